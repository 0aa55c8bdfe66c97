"""The import wizard's preview of rows that are not contacts (companies, interactions,
tasks, purchases): each row read through the mapping (``import_records_rows.RowReader``,
no database), one column per mapped field with the value as it will be stored, and
the problems found reading its cells. Which contact a row belongs to is looked up
when it is imported; a row whose contact is not found is reported then.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ..services.errors import ServiceError
from ..services.io.fields import field as field_of
from ..services.io.import_records_rows import RecordRow
from .deal_fields import day_text
from .i18n import translated
from .import_history import local_time_text
from .labels import CHANNELS, DIRECTIONS, PRIORITIES, SOURCES, STAGES, label

#: Fields whose values are stored keys ("call", "outbound"), shown by their labels.
_LABELS = {"channel": CHANNELS, "direction": DIRECTIONS, "lifecycle_stage": STAGES,
           "source": SOURCES}


def value_text(value: Any, key: str | None = None) -> str:
    """A value read from a cell for the field ``key``, as the window shows it (in the
    user's locale; a stored key by its label)."""
    if key in _LABELS and isinstance(value, str):
        return label(_LABELS[key], value)
    if key == "priority" and isinstance(value, int) and value in PRIORITIES:
        return QCoreApplication.translate("Labels", PRIORITIES[value])
    locale = QLocale()
    if isinstance(value, dt.datetime):
        return local_time_text(value)
    if isinstance(value, dt.date):
        return day_text(value)
    if isinstance(value, bool):
        return QCoreApplication.translate("ImportPreview", "Yes") if value else \
            QCoreApplication.translate("ImportPreview", "No")
    if isinstance(value, int):
        return locale.toString(value)
    if isinstance(value, Decimal | float):
        return locale.toString(float(value), "g", 15)
    if isinstance(value, list | tuple | set):
        return ", ".join(value_text(v) for v in value)
    return str(value)


class RecordsPreviewModel(QAbstractTableModel):
    """Rows read, one column per mapped field, then the problems; ``StateRole`` is
    "problem" for a row that will not be imported."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[RecordRow] = []
        self._problems: list[list[str]] = []
        self._kind = "contacts"
        self._keys: list[str] = []

    def set_rows(self, kind: str, keys: Sequence[str], rows: Sequence[RecordRow],
                 problems: Sequence[Sequence[ServiceError]]) -> None:
        """The rows read, and the problems of each (import_records_preview)."""
        self.beginResetModel()  # another mapping: other columns
        self._kind, self._keys, self._rows = kind, list(keys), list(rows)
        self._problems = [[translated(p) for p in found] for found in problems]
        self.endResetModel()

    def bad_rows(self) -> int:
        return sum(1 for found in self._problems if found)

    @property
    def problems_column(self) -> int:
        return len(self._keys) + 1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._keys) + 2

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return QCoreApplication.translate("ImportPreview", "Row")
        if section == self.problems_column:
            return QCoreApplication.translate("ImportPreview", "Problems")
        return QCoreApplication.translate("ImportFields",
                                          field_of(self._kind, self._keys[section - 1]).label)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        from .import_preview import INK, PROBLEM_COLOR, StateRole

        if not index.isValid():
            return None
        row = self._rows[index.row()]
        problems = self._problems[index.row()]
        column = index.column()
        if role == StateRole:
            return "problem" if problems else None
        if role == Qt.ItemDataRole.BackgroundRole and problems:
            return PROBLEM_COLOR
        if role == Qt.ItemDataRole.ForegroundRole and problems:
            return INK  # readable on the light tint in a dark theme too
        if role == Qt.ItemDataRole.ToolTipRole and problems:
            return "\n".join(problems)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return QLocale().toString(row.number)
        if column == self.problems_column:
            return "; ".join(problems)
        key = self._keys[column - 1]
        value = row.values.get(key)
        return "" if value is None else value_text(value, key)
