"""The pipeline board's widgets: a row of stage columns, each a header over a list view.

The view only shows and asks: moves (dropped cards, Ctrl+Left/Right), opening a deal
(double-click, Enter) and deleting one (Delete) are signals the section answers.
Reloading one column resets only that column's model, so a move repaints two columns.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..models.enums import StageKind
from ..services import board
from ..services.board import Card
from ..services.pipeline import StageInfo
from .board_model import CARD_ROLE, CardDelegate, NameLoader, StageColumnModel
from .money_text import format_money

COLUMN_WIDTH = 250


class CardList(QListView):
    """A column's list: drags cards out, takes them in, and knows its keys."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)  # thousands of cards: no per-row size query
        # Laid out a batch at a time between event-loop turns: the first cards paint
        # before a column of thousands has been laid out in full.
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(200)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)


class BoardColumn(QFrame):
    def __init__(self, stage: StageInfo, delegate: CardDelegate, names: dict[int, str],
                 name_loader: NameLoader | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"board-column-{stage.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(COLUMN_WIDTH)
        self.stage = stage
        self.totals = board.Totals(0, ())
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.figures = QLabel()
        self.figures.setTextFormat(Qt.TextFormat.PlainText)
        self.figures.setWordWrap(True)
        self.model = StageColumnModel(stage, self, names=names, name_loader=name_loader)
        self.list = CardList(self)
        self.list.setObjectName(f"board-list-{stage.id}")
        self.list.setModel(self.model)
        self.list.setItemDelegate(delegate)
        self.list.setAccessibleName(stage.name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.figures)
        layout.addWidget(self.list, 1)

    def set_cards(self, cards: list[Card], today: dt.date,
                  totals: board.Totals | None = None) -> None:
        """Show these cards; ``totals`` when the worker has summed them already."""
        self.model.set_cards(cards, today)
        if totals is None:
            totals = board.totals(cards)
        self.totals = totals
        self.title.setText(f"{self.stage.name} · {QLocale().toString(totals.count)}")
        # The most common currency only, so that the header keeps its height; the
        # others are named in the tooltip.
        lines: list[str] = []
        tips = []
        for currency, total, weighted in totals.money:
            text = format_money(total, currency, decimals=False)
            weighted_text = self.tr("weighted {weighted}").format(
                weighted=format_money(weighted, currency, decimals=False))
            tips.append(f"{text}, {weighted_text}" if self.stage.kind is StageKind.OPEN
                        else text)
            if not lines:
                lines.append(text)
                if self.stage.kind is StageKind.OPEN:
                    lines.append(weighted_text)
        if len(totals.money) > 1:
            lines.append(self.tr("and %n other currencies", "", len(totals.money) - 1))
        if not lines:
            lines.append(self.tr("No deals"))
        self.figures.setToolTip("\n".join(tips))
        self.figures.setText("\n".join(lines))
        self.title.setToolTip(self.tr("Win probability {p} %").format(p=self.stage.probability))


class BoardView(QScrollArea):
    """The stage columns side by side, scrolling sideways when they do not fit."""

    moveRequested = Signal(list, int)  # deal ids, stage id
    stepRequested = Signal(int, int)  # deal id, -1 (left) or +1 (right)
    openRequested = Signal(int)  # deal id
    deleteRequested = Signal(int)  # deal id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.delegate = CardDelegate(self)
        self.columns: dict[int, BoardColumn] = {}
        #: Party names by deal id, shared by the columns; the section sets the loader.
        self.names: dict[int, str] = {}
        self.name_loader: NameLoader | None = None
        self._strip = QWidget()
        self._row = QHBoxLayout(self._strip)
        self._row.setContentsMargins(6, 6, 6, 6)
        self._row.setSpacing(8)
        self._strip.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)
        self.setWidget(self._strip)

    def set_stages(self, stages: Sequence[StageInfo]) -> None:
        """Build one column per stage (again, when the stages changed)."""
        if [c.stage for c in self.columns.values()] == list(stages):
            return
        for column in self.columns.values():
            self._row.removeWidget(column)
            column.deleteLater()
        self.columns = {}
        while self._row.count():
            self._row.takeAt(0)
        for stage in stages:
            column = BoardColumn(stage, self.delegate, self.names, self.name_loader,
                                 self._strip)
            column.model.dropRequested.connect(self.moveRequested)
            column.list.doubleClicked.connect(self._open_index)
            column.list.installEventFilter(self)
            self.columns[stage.id] = column
            self._row.addWidget(column)
        self._row.addStretch(1)

    def set_cards(self, cards: dict[int, list[Card]], today: dt.date,
                  totals: dict[int, board.Totals] | None = None) -> None:
        for stage_id, column_cards in cards.items():
            column = self.columns.get(stage_id)
            if column is not None:
                column.set_cards(column_cards, today, (totals or {}).get(stage_id))

    def stage_order(self) -> list[int]:
        return list(self.columns)

    def current_deal(self) -> int | None:
        """The deal selected in the column that has focus (or any selected one)."""
        focused = [c for c in self.columns.values() if c.list.hasFocus()]
        for column in focused + list(self.columns.values()):
            index = column.list.currentIndex()
            if index.isValid() and column.list.selectionModel().isSelected(index):
                card: Card = index.data(CARD_ROLE)
                return card.id
        return None

    def select_deal(self, deal_id: int, *, focus: bool = True) -> bool:
        """Select a deal's card wherever it is; True when found."""
        for column in self.columns.values():
            row = column.model.row_of(deal_id)
            if row is not None:
                index = column.model.index(row, 0)
                column.list.setCurrentIndex(index)
                column.list.scrollTo(index)
                if focus:
                    column.list.setFocus()
                    self.ensureWidgetVisible(column)
                return True
        return False

    def _open_index(self, index: QModelIndex) -> None:
        card: Card | None = index.data(CARD_ROLE)
        if card is not None:
            self.openRequested.emit(card.id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, CardList):
            key_event: QKeyEvent = event  # type: ignore[assignment]
            index = watched.currentIndex()
            card: Card | None = index.data(CARD_ROLE) if index.isValid() else None
            key = key_event.key()
            ctrl = bool(key_event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            if card is not None and ctrl and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
                self.stepRequested.emit(card.id, -1 if key == Qt.Key.Key_Left else 1)
                return True
            if card is not None and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.openRequested.emit(card.id)
                return True
            if card is not None and key == Qt.Key.Key_Delete:
                self.deleteRequested.emit(card.id)
                return True
            if not ctrl and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
                self._focus_neighbour(watched, -1 if key == Qt.Key.Key_Left else 1)
                return True
        return super().eventFilter(watched, event)

    def _focus_neighbour(self, current: CardList, step: int) -> None:
        """Left/Right without Ctrl walk between columns, like a spreadsheet's arrows."""
        columns = list(self.columns.values())
        at = next(i for i, c in enumerate(columns) if c.list is current)
        target = columns[max(0, min(len(columns) - 1, at + step))]
        target.list.setFocus()
        if not target.list.currentIndex().isValid() and target.model.rowCount():
            target.list.setCurrentIndex(target.model.index(0, 0))
        self.ensureWidgetVisible(target)
