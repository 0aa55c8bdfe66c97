"""Item models of the pipeline settings dialog: a pipeline's stages, and the lost reasons.

Both lists are short (a handful of rows), so each model holds its rows as the frozen
records the service returns. An edit in place does not write by itself: ``setData``
hands the change to the ``edit`` callback (the dialog, which runs it as one unit of
work) and shows the record it gets back, or keeps the row as it was when the callback
returns None (the dialog has shown why).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QComboBox, QSpinBox, QStyledItemDelegate, QWidget

from ..messages import QT_TRANSLATE_NOOP
from ..models.enums import StageKind
from ..services.pipeline import Reason, StageInfo
from .labels import label

# The kinds of stage, as the user reads them (stored values -> context "Labels").
STAGE_KINDS: dict[str, str] = {
    StageKind.OPEN.value: QT_TRANSLATE_NOOP("Labels", "Open"),
    StageKind.WON.value: QT_TRANSLATE_NOOP("Labels", "Won"),
    StageKind.LOST.value: QT_TRANSLATE_NOOP("Labels", "Lost"),
}

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex

StageEdit = Callable[..., StageInfo | None]
ReasonEdit = Callable[[int, str], Reason | None]


def kind_label(kind: str) -> str:
    return label(STAGE_KINDS, kind)


def percent_text(value: int) -> str:
    return QCoreApplication.translate("PipelineSettings", "{percent}%").format(
        percent=QLocale().toString(value))


class StageTableModel(QAbstractTableModel):
    """The live stages of one pipeline in board order: name, win probability, kind."""

    COL_NAME, COL_PROBABILITY, COL_KIND = range(3)
    _HEADERS = (
        QT_TRANSLATE_NOOP("PipelineSettings", "Stage"),
        QT_TRANSLATE_NOOP("PipelineSettings", "Win probability"),
        QT_TRANSLATE_NOOP("PipelineSettings", "Kind"),
    )
    _FIELDS = ("name", "probability", "kind")

    def __init__(self, edit: StageEdit, parent: Any = None) -> None:
        super().__init__(parent)
        self._edit = edit
        self.stages: list[StageInfo] = []

    def set_stages(self, stages: tuple[StageInfo, ...] | list[StageInfo]) -> None:
        self.beginResetModel()
        self.stages = list(stages)
        self.endResetModel()

    def row_of(self, stage_id: int) -> int | None:
        for row, stage in enumerate(self.stages):
            if stage.id == stage_id:
                return row
        return None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.stages)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._HEADERS)):
            return QCoreApplication.translate("PipelineSettings", self._HEADERS[section])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.stages):
            return None
        stage, column = self.stages[index.row()], index.column()
        if role == ID_ROLE:
            return stage.id
        if role == Qt.ItemDataRole.EditRole:
            return (stage.name, stage.probability, stage.kind.value)[column]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.COL_NAME:
                return stage.name
            if column == self.COL_PROBABILITY:
                return percent_text(stage.probability)
            return kind_label(stage.kind.value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_PROBABILITY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row, column = index.row(), index.column()
        stage = self.stages[row]
        if value == (stage.name, stage.probability, stage.kind.value)[column]:
            return False
        changed = self._edit(stage.id, **{self._FIELDS[column]: value})
        if changed is None:
            return False
        self.stages[row] = changed
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        return True


class StageDelegate(QStyledItemDelegate):
    """A 0-100 % spin box for the probability and a list of kinds for the kind."""

    def createEditor(self, parent: QWidget, option: Any, index: _Index) -> QWidget:
        if index.column() == StageTableModel.COL_PROBABILITY:
            spin = QSpinBox(parent)
            spin.setRange(0, 100)
            spin.setSuffix(QCoreApplication.translate("PipelineSettings", "%"))
            return spin
        if index.column() == StageTableModel.COL_KIND:
            combo = QComboBox(parent)
            for value in STAGE_KINDS:
                combo.addItem(kind_label(value), value)
            return combo
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QSpinBox):
            editor.setValue(int(value))
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: _Index) -> None:
        if isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value())
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        else:
            super().setModelData(editor, model, index)


class ReasonListModel(QAbstractListModel):
    """The live lost reasons, in the user's order; renamed in place through ``edit``."""

    def __init__(self, edit: ReasonEdit, parent: Any = None) -> None:
        super().__init__(parent)
        self._edit = edit
        self.reasons: list[Reason] = []

    def set_reasons(self, reasons: list[Reason]) -> None:
        self.beginResetModel()
        self.reasons = list(reasons)
        self.endResetModel()

    def row_of(self, reason_id: int) -> int | None:
        for row, reason in enumerate(self.reasons):
            if reason.id == reason_id:
                return row
        return None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.reasons)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.reasons):
            return None
        reason = self.reasons[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole,
                    Qt.ItemDataRole.ToolTipRole):
            return reason.name
        if role == ID_ROLE:
            return reason.id
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row = index.row()
        if value == self.reasons[row].name:
            return False
        changed = self._edit(self.reasons[row].id, str(value))
        if changed is None:
            return False
        self.reasons[row] = changed
        self.dataChanged.emit(index, index)
        return True
