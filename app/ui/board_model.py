"""One column of the pipeline board: a list model of deal cards, and the card painter.

A column is a QListView over a ``StageColumnModel`` (no widget per card), painted by
``CardDelegate``; thousands of cards cost one row of data each. Drag and drop goes
through the model/view drag API: ``mimeData`` packs the dragged deal ids, and the
target column's ``dropMimeData`` asks for the move (``dropRequested``) instead of
inserting rows itself. The board moves the deal through an undoable command and then
reloads the two columns from the database, so what is shown is what is stored.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QDate,
    QLocale,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ..services.board import Card
from ..services.pipeline import StageInfo
from .money_text import format_money

MIME_TYPE = "application/x-rapport-deals"
CARD_ROLE = Qt.ItemDataRole.UserRole + 1
PARTY_ROLE = Qt.ItemDataRole.UserRole + 3
#: Party names are read for this many cards around the one being painted.
NAME_WINDOW = 60

#: Reads the party names of some cards (board.party_names in a unit of work).
NameLoader = Callable[[list[Card]], dict[int, str]]
_Index = QModelIndex | QPersistentModelIndex


class StageColumnModel(QAbstractListModel):
    """The cards of one stage, in the order the board service gives them."""

    #: Deal ids dropped on this column: (ids, this column's stage id).
    dropRequested = Signal(list, int)

    def __init__(self, stage: StageInfo, parent: Any = None, *,
                 names: dict[int, str] | None = None,
                 name_loader: NameLoader | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.cards: list[Card] = []
        self.today = dt.date.today()
        # Who each deal is with, by deal id: shared by the board's columns (a moved
        # card keeps its name) and filled for the cards painted, a window at a time.
        self.names = names if names is not None else {}
        self.name_loader = name_loader

    def party(self, row: int) -> str:
        card = self.cards[row]
        if card.contact_name or card.company_name:
            return card.party
        if card.contact_id is None and card.company_id is None:
            return ""
        name = self.names.get(card.id)
        if name is None and self.name_loader is not None:
            window = self.cards[max(0, row - NAME_WINDOW // 4):row + NAME_WINDOW]
            self.names.update(self.name_loader([c for c in window if c.id not in self.names]))
            name = self.names.get(card.id)
        return name or ""

    def set_cards(self, cards: list[Card], today: dt.date) -> None:
        self.beginResetModel()
        self.cards = cards
        self.today = today
        self.endResetModel()

    def row_of(self, deal_id: int) -> int | None:
        for row, card in enumerate(self.cards):
            if card.id == deal_id:
                return row
        return None

    # Qt's model API ------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.cards)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.cards):
            return None
        card = self.cards[index.row()]
        if role == CARD_ROLE:
            return card
        if role == PARTY_ROLE:
            return self.party(index.row())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return card.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(t for t in (card.title, self.party(index.row()),
                                         format_money(card.value_minor, card.currency)) if t)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled)

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        ids = sorted({self.cards[i.row()].id for i in indexes if i.isValid()})
        data = QMimeData()
        payload = {"deals": ids, "from_stage": self.stage.id}
        data.setData(MIME_TYPE, QByteArray(json.dumps(payload).encode()))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,  # noqa: N802
                        column: int, parent: _Index) -> bool:
        return data.hasFormat(MIME_TYPE) and action == Qt.DropAction.MoveAction

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,  # noqa: N802
                     column: int, parent: _Index) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        try:
            payload = json.loads(bytes(data.data(MIME_TYPE).data()).decode())
            ids = [int(i) for i in payload["deals"]]
            source = int(payload["from_stage"])
        except (ValueError, KeyError, TypeError):
            return False
        if source == self.stage.id or not ids:
            return False
        self.dropRequested.emit(ids, self.stage.id)
        # Nothing is inserted here, and the source column removes nothing (its model has
        # no removeRows): both are reloaded from the database after the move.
        return True


class CardDelegate(QStyledItemDelegate):
    """Paints a card: title, who it is with, value, expected close (red when overdue)."""

    PADDING = 8
    MARGIN = 4

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._overdue = self.tr("overdue")

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        bold = QFont(option.font)
        bold.setBold(True)
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.9))
        return bold, small

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802
        bold, small = self._fonts(option)
        height = (QFontMetrics(bold).height() + 2 * QFontMetrics(small).height()
                  + 2 * self.PADDING + 2 * self.MARGIN + 4)
        return QSize(200, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        card: Card | None = index.data(CARD_ROLE)
        if card is None:
            return
        model = index.model()
        today = getattr(model, "today", dt.date.today())
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = option.rect.adjusted(self.MARGIN, self.MARGIN, -self.MARGIN, -self.MARGIN)
        fill = palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base)
        border = palette.color(QPalette.ColorRole.Mid)
        if option.state & QStyle.StateFlag.State_HasFocus:
            border = palette.color(QPalette.ColorRole.Highlight)
        painter.setPen(border)
        painter.setBrush(fill)
        painter.drawRoundedRect(box, 6, 6)

        text_color = palette.color(QPalette.ColorRole.HighlightedText if selected
                                   else QPalette.ColorRole.Text)
        faint = QColor(text_color)
        faint.setAlphaF(0.7)
        bold, small = self._fonts(option)
        inner = box.adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING)
        y = inner.top()

        def line(text: str, font: QFont, color: QColor, align: Qt.AlignmentFlag,
                 top: int, width: int | None = None) -> int:
            metrics = QFontMetrics(font)
            painter.setFont(font)
            painter.setPen(color)
            room = width if width is not None else inner.width()
            elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
            rect = QRect(inner.left(), top, inner.width(), metrics.height())
            painter.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), elided)
            return metrics.height()

        left = Qt.AlignmentFlag.AlignLeft
        y += line(card.title, bold, text_color, left, y)
        y += line(index.data(PARTY_ROLE) or "—", small, faint, left, y) + 2
        value = format_money(card.value_minor, card.currency, decimals=False)
        value_width = QFontMetrics(small).horizontalAdvance(value)
        line(value, small, text_color, left, y)
        when = card.closed_on or card.expected_close
        if when is not None:
            date_text = QLocale().toString(QDate(when.year, when.month, when.day),
                                           QLocale.FormatType.ShortFormat)
            color = faint
            if card.is_overdue(today):
                date_text = f"{date_text} · {self._overdue}"
                color = QColor("#ffd0d0") if selected else QColor("#c62828")
            room = max(0, inner.width() - value_width - 12)
            line(date_text, small, color, Qt.AlignmentFlag.AlignRight, y, room)
        painter.restore()
