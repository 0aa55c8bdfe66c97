"""The questions the pipeline settings dialog asks: a name, a yes/no, where deals go.

Each is a plain function the dialog calls through this module, so a test replaces it
(``monkeypatch.setattr(pipeline_settings_ask, "text", ...)``) instead of driving a modal
window. None or False means the person cancelled.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ..models.enums import StageKind
from ..services.pipeline import StageInfo


def text(parent: QWidget, title: str, prompt: str, value: str = "") -> str | None:
    """A line of text, or None when cancelled. Blank text is returned for the service
    to refuse with its own message."""
    answer, ok = QInputDialog.getText(parent, title, prompt, QLineEdit.EchoMode.Normal, value)
    return answer if ok else None


def confirm(parent: QWidget, title: str, question: str, action: str) -> bool:
    """True when the person chose ``action`` (a button named for what it does);
    Cancel is the default, so a stray Enter removes nothing."""
    box = QMessageBox(QMessageBox.Icon.Question, title, question,
                      QMessageBox.StandardButton.Cancel, parent)
    do = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is do


def nearest_choice(stage: StageInfo, others: Sequence[StageInfo]) -> int:
    """The index in ``others`` to offer first: the closest stage in board order of the
    same kind (so open deals stay open), else the closest one."""
    def distance(other: StageInfo) -> tuple[bool, int, int]:
        return (other.kind is not stage.kind, abs(other.position - stage.position),
                other.position)
    return min(range(len(others)), key=lambda i: distance(others[i]))


class MoveDealsDialog(QDialog):
    """Where should the deals of a stage being removed go? A combo of the other stages."""

    def __init__(self, parent: QWidget | None, stage: StageInfo, count: int,
                 others: Sequence[StageInfo]) -> None:
        super().__init__(parent)
        self.setObjectName("move-deals-dialog")
        self.setWindowTitle(self.tr("Remove Stage"))
        self._others = list(others)
        if count:
            explain = self.tr("“{name}” holds %n deal(s). Choose the stage to move them "
                              "to; each move is recorded in the deal's history.", "", count)
        else:
            explain = self.tr("Deals in the Trash are still in “{name}”. Choose the stage "
                              "to move them to; each move is recorded in the deal's history.")
        self.explanation = QLabel(explain.format(name=stage.name))
        self.explanation.setWordWrap(True)
        self.target = QComboBox()
        self.target.setObjectName("move-target")
        for other in self._others:
            self.target.addItem(other.name, other.id)
        self.target.setCurrentIndex(nearest_choice(stage, self._others))
        self.closing_hint = QLabel(self.tr("Deals moved to a won or lost stage are closed "
                                           "with today's date."))
        self.closing_hint.setWordWrap(True)
        self.target.currentIndexChanged.connect(self._show_hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Move and Remove"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Move them to:"), self.target)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.closing_hint)
        layout.addWidget(buttons)
        self._show_hint()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 50)

    def _show_hint(self) -> None:
        self.closing_hint.setVisible(self.chosen_kind() is not StageKind.OPEN)

    def chosen_kind(self) -> StageKind | None:
        index = self.target.currentIndex()
        return self._others[index].kind if index >= 0 else None

    def chosen(self) -> int | None:
        value = self.target.currentData()
        return int(value) if value is not None else None


def move_target(parent: QWidget, stage: StageInfo, count: int,
                others: Sequence[StageInfo]) -> int | None:
    """The id of the stage to move ``stage``'s deals to, or None when cancelled."""
    dialog = MoveDealsDialog(parent, stage, count, others)
    return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
