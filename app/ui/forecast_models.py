"""The forecast view's tables: a small read-only model of figures, formatted by kind.

Each table of the view (stage conversion, time in stage, sources) is a handful of
rows computed in one go by the analytics service, so the model holds them all and is
reset when new figures land. A column has a kind that says how a value reads: text,
a count, a share shown as a percent, days to one decimal, or money in the figures'
currency (the locale's digits and grouping, money_text). No value (no conversion past
the last stage, no finished visit) reads as a dash. ``RAW_ROLE`` gives the value as
computed, for tests and for anyone who needs the number rather than its text.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt

from .money_text import format_money

RAW_ROLE = Qt.ItemDataRole.UserRole + 1
NO_VALUE = "—"
_NUMERIC = frozenset({"int", "percent", "days", "money"})

Index = QModelIndex | QPersistentModelIndex


def percent_text(share: float, locale: QLocale | None = None) -> str:
    """A share (0.5) as a percent to one decimal, in the locale's digits: "50.0%"."""
    locale = locale or QLocale()
    return f"{locale.toString(share * 100, 'f', 1)}{locale.percent()}"


def days_text(days: float, locale: QLocale | None = None) -> str:
    return (locale or QLocale()).toString(days, "f", 1)


class FiguresModel(QAbstractTableModel):
    """Rows of figures under fixed columns, each column a (header, kind) pair."""

    def __init__(self, columns: Sequence[tuple[str, str]], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = [header for header, _kind in columns]
        self._kinds = [kind for _header, kind in columns]
        self._rows: list[tuple[Any, ...]] = []
        self._currency = ""

    def set_figures(self, rows: Sequence[tuple[Any, ...]], currency: str | None) -> None:
        """Show ``rows`` (one value per column; money in minor units of ``currency``)."""
        self.beginResetModel()
        self._rows = [tuple(row) for row in rows]
        self._currency = currency or ""
        self.endResetModel()

    @property
    def rows(self) -> list[tuple[Any, ...]]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        value = self._rows[index.row()][index.column()]
        kind = self._kinds[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(value, kind)
        if role == Qt.ItemDataRole.ToolTipRole and kind == "text":
            return value  # a long stage or source name cut by the column
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(index.column())
        if role == RAW_ROLE:
            return value
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def text(self, value: Any, kind: str) -> str:
        if value is None:
            return NO_VALUE if kind in _NUMERIC else ""
        if kind == "int":
            return QLocale().toString(int(value))
        if kind == "percent":
            return percent_text(float(value))
        if kind == "days":
            return days_text(float(value))
        if kind == "money":
            return format_money(int(value), self._currency)
        return str(value)

    def _alignment(self, column: int) -> int:
        if self._kinds[column] in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
