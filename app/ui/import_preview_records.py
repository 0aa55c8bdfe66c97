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
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
)

from ..services.io.fields import field as field_of
from ..services.io.import_records_rows import RecordRow
from .i18n import translated


def value_text(value: Any) -> str:
    """A value read from a cell, as the window shows it (in the user's locale)."""
    locale = QLocale()
    if isinstance(value, dt.datetime):
        local = value.astimezone() if value.tzinfo is not None else value
        return locale.toString(QDateTime(QDate(local.year, local.month, local.day),
                                         QTime(local.hour, local.minute)),
                               QLocale.FormatType.ShortFormat)
    if isinstance(value, dt.date):
        return locale.toString(QDate(value.year, value.month, value.day),
                               QLocale.FormatType.ShortFormat)
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
        self._kind = "contacts"
        self._keys: list[str] = []

    def set_rows(self, kind: str, keys: Sequence[str], rows: Sequence[RecordRow]) -> None:
        self.beginResetModel()  # another mapping: other columns
        self._kind, self._keys, self._rows = kind, list(keys), list(rows)
        self.endResetModel()

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
        column = index.column()
        if role == StateRole:
            return "problem" if row.problems else None
        if role == Qt.ItemDataRole.BackgroundRole and row.problems:
            return PROBLEM_COLOR
        if role == Qt.ItemDataRole.ForegroundRole and row.problems:
            return INK  # readable on the light tint in a dark theme too
        if role == Qt.ItemDataRole.ToolTipRole and row.problems:
            return "\n".join(self.reasons(row))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return QLocale().toString(row.number)
        if column == self.problems_column:
            return "; ".join(self.reasons(row))
        value = row.values.get(self._keys[column - 1])
        return "" if value is None else value_text(value)

    @staticmethod
    def reasons(row: RecordRow) -> list[str]:
        return [translated(issue) for issue in row.issues] or list(row.problems)
