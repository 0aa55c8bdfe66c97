"""The board's deals as one sortable table (the Pipeline section's "Table" view)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ..models.enums import StageKind
from ..services import money
from ..services.board import Card
from .board_model import CARD_ROLE
from .labels import SOURCES, label
from .money_text import format_money

_Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
(COL_TITLE, COL_PARTY, COL_STAGE, COL_VALUE, COL_PROBABILITY, COL_WEIGHTED, COL_EXPECTED,
 COL_CLOSED, COL_OWNER, COL_SOURCE) = range(10)


def _qdate(day: dt.date | None) -> QDate | None:
    return None if day is None else QDate(day.year, day.month, day.day)


class DealTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Card] = []
        self.stage_names: dict[int, str] = {}
        self.today = dt.date.today()
        self._sort: tuple[int, Qt.SortOrder] = (COL_EXPECTED, Qt.SortOrder.AscendingOrder)
        self._headers = [
            self.tr("Title"), self.tr("Contact or company"), self.tr("Stage"), self.tr("Value"),
            self.tr("Probability"), self.tr("Weighted"), self.tr("Expected close"),
            self.tr("Closed on"), self.tr("Owner"), self.tr("Source"),
        ]

    def set_rows(self, rows: list[Card], stage_names: dict[int, str], today: dt.date) -> None:
        self.beginResetModel()
        self.rows, self.stage_names, self.today = list(rows), stage_names, today
        self._sort_rows()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted here, with one key per row (a proxy model's comparisons call data()
        twice per comparison: a second for 15,000 deals)."""
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._sort_rows()
        self.layoutChanged.emit()

    def _sort_rows(self) -> None:
        column, order = self._sort
        self.rows.sort(key=lambda card: self._sort_value(card, column),
                       reverse=order == Qt.SortOrder.DescendingOrder)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        card = self.rows[index.row()]
        column = index.column()
        if role == CARD_ROLE:
            return card
        if role == SORT_ROLE:
            return self._sort_value(card, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(card, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
                COL_VALUE, COL_PROBABILITY, COL_WEIGHTED):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_EXPECTED and \
                card.is_overdue(self.today):
            return QColor("#c62828")
        return None

    def _text(self, card: Card, column: int) -> Any:
        locale = QLocale()
        if column == COL_TITLE:
            return card.title
        if column == COL_PARTY:
            return card.party
        if column == COL_STAGE:
            name = self.stage_names.get(card.stage_id, "")
            if card.status is StageKind.LOST and card.lost_reason:
                return f"{name} ({card.lost_reason})"
            return name
        if column == COL_VALUE:
            return format_money(card.value_minor, card.currency)
        if column == COL_PROBABILITY:
            return f"{card.probability} %"
        if column == COL_WEIGHTED:
            return format_money(card.weighted_minor, card.currency)
        if column in (COL_EXPECTED, COL_CLOSED):
            day = _qdate(card.expected_close if column == COL_EXPECTED else card.closed_on)
            return "" if day is None else locale.toString(day, QLocale.FormatType.ShortFormat)
        if column == COL_OWNER:
            return card.owner or ""
        if column == COL_SOURCE:
            return label(SOURCES, card.source)
        return None

    def _sort_value(self, card: Card, column: int) -> Any:
        if column == COL_VALUE:
            return float(money.to_decimal(card.value_minor, card.currency))
        if column == COL_WEIGHTED:
            return float(money.to_decimal(card.weighted_minor, card.currency))
        if column == COL_PROBABILITY:
            return card.probability
        if column in (COL_EXPECTED, COL_CLOSED):
            day = card.expected_close if column == COL_EXPECTED else card.closed_on
            return day.toordinal() if day else 10**7
        return (self._text(card, column) or "").casefold()


class DealTable(QTableView):
    openRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pipeline-table")
        self.source_model = DealTableModel(self)
        self.setModel(self.source_model)
        self.setSortingEnabled(True)
        self.sortByColumn(COL_EXPECTED, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        # One row height for all: no per-row size query over thousands of deals.
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(COL_TITLE, 220)
        header.resizeSection(COL_PARTY, 180)
        self.doubleClicked.connect(self._open)

    def set_rows(self, rows: list[Card], stage_names: dict[int, str], today: dt.date) -> None:
        self.source_model.set_rows(rows, stage_names, today)

    def _open(self, index: QModelIndex) -> None:
        card: Card | None = index.data(CARD_ROLE)
        if card is not None:
            self.openRequested.emit(card.id)

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open(self.currentIndex())
            return
        super().keyPressEvent(event)
