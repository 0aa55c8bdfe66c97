"""A contact's timeline as a windowed Qt model, its delegate and its view.

The model holds the count (``interactions.count_interactions``) and a small cache of
pages of 100 rows, newest first. A page is read when ``data()`` first asks for one of
its rows, by key: ``timeline_page(before=...)`` with the key of the last row of the
page above. The key that ends every page read is kept (a tuple per page, never
evicted), so a page that fell out of the cache comes back with one query. A page far
below anything read (a scrollbar dragged to the bottom) finds the key above it with
one offset along the covering index instead of reading every page in between:
measured at 20,000 interactions, walking 200 pages took 400 ms, the offset 3 ms.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QDateTime,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QContextMenuEvent, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)
from sqlalchemy.orm import Session

from ..services import interactions
from ..services.interactions import InteractionRecord
from .labels import CHANNELS, DIRECTIONS, label
from .page_cache import PageCache

if TYPE_CHECKING:
    from ..db import Database

PAGE_SIZE = 100
PAGES_KEPT = 50  # 5,000 rows: several screens each way
WALK_PAGES = 2  # a page this close below a known key is reached by reading the pages between

_ROLE = Qt.ItemDataRole.UserRole
ChannelRole = _ROLE + 1
DirectionRole = _ROLE + 2
OccurredAtRole = _ROLE + 3  # aware UTC datetime
SubjectRole = _ROLE + 4
BodyRole = _ROLE + 5
OutcomeRole = _ROLE + 6
InteractionIdRole = _ROLE + 7

_ARROWS = {"outbound": "↗", "inbound": "↙", "internal": "↔"}
_CHANNEL_COLORS = {
    "call": "#2e7d32", "email": "#1565c0", "meeting": "#6a1b9a", "visit": "#ef6c00",
    "sms": "#00838f", "chat": "#00897b", "letter": "#5d4037", "note": "#757575",
    "social": "#ad1457",
}

Index = QModelIndex | QPersistentModelIndex
Key = tuple[dt.datetime, int]


def local_text(moment: dt.datetime) -> str:
    """An aware moment as the user's local date and time, in the locale's short form."""
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)


class TimelineModel(QAbstractListModel):
    """The interactions of one contact, newest first (occurred_at, id descending)."""

    #: The number of interactions changed (after set_contact or refresh).
    countChanged = Signal(int)

    def __init__(self, database: Database, contact_id: int | None,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._db = database
        self._contact_id = contact_id
        self._count = 0
        self._pages: PageCache[InteractionRecord] = PageCache(PAGE_SIZE, PAGES_KEPT)
        self._ends: dict[int, Key] = {}  # page number -> key of its last row
        self.fetches = 0  # pages read (tests and benchmarks look)
        self.key_lookups = 0  # offsets taken to find a far page's key
        self._load()

    @property
    def contact_id(self) -> int | None:
        return self._contact_id

    def set_contact(self, contact_id: int | None) -> None:
        """Show another contact's timeline (None: an empty one)."""
        self._contact_id = contact_id
        self.refresh()

    def refresh(self) -> None:
        """Re-read the count and the first page; forget every other row and key."""
        self.beginResetModel()
        self._load()
        self.endResetModel()
        self.countChanged.emit(self._count)

    def _load(self) -> None:
        """The count and the first page in one unit of work: what a view shows first."""
        self._pages.clear()
        self._ends.clear()
        self._count = 0
        if self._contact_id is None:
            return
        with self._db.session_scope() as session:
            self._count = interactions.count_interactions(session, self._contact_id)
            if self._count:
                self._store(0, interactions.timeline_page(
                    session, self._contact_id, limit=PAGE_SIZE))
                self.fetches += 1

    # Qt model -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._count

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        value = _ROLES.get(role)
        if value is None:
            return None
        record = self.record(index.row())
        return None if record is None else value(record)

    # Rows -----------------------------------------------------------------------------
    def record(self, row: int) -> InteractionRecord | None:
        """The interaction at a position, reading its page if it is not cached."""
        if not 0 <= row < self._count or self._contact_id is None:
            return None
        return self._pages.row(row, self._fetch)

    def _fetch(self, number: int) -> list[InteractionRecord]:
        assert self._contact_id is not None  # record() checked
        with self._db.session_scope() as session:
            if number:
                known = max((n for n in self._ends if n < number), default=-1)
                if number - 1 - known > WALK_PAGES:
                    self.key_lookups += 1
                    key = interactions.timeline_key_at(session, self._contact_id,
                                                       number * PAGE_SIZE - 1)
                    if key is None:  # fewer rows than counted: changed since
                        return []
                    self._ends[number - 1] = key
                else:  # read the few pages between, keeping them
                    for between in range(known + 1, number):
                        if not self._read(session, between):
                            return []
            return self._read(session, number)

    def _read(self, session: Session, number: int) -> list[InteractionRecord]:
        """Page ``number`` by the key of the page above (known by the caller)."""
        assert self._contact_id is not None
        before = self._ends.get(number - 1) if number else None
        if number and before is None:
            return []
        rows = interactions.timeline_page(session, self._contact_id, limit=PAGE_SIZE,
                                          before=before)
        self.fetches += 1
        self._store(number, rows)
        return rows

    def _store(self, number: int, rows: list[InteractionRecord]) -> None:
        self._pages.store(number, rows)
        if rows:
            self._ends[number] = rows[-1].page_key


def channel_text(channel: str) -> str:
    return label(CHANNELS, channel)


def direction_text(direction: str | None) -> str:
    return label(DIRECTIONS, direction)


def summary(record: InteractionRecord) -> str:
    """One line: channel, local time, subject (or the start of the text), outcome."""
    parts = [channel_text(record.channel), local_text(record.occurred_at)]
    text = record.subject or (record.body or "").split("\n", 1)[0]
    if text:
        parts.append(text)
    if record.outcome:
        parts.append(record.outcome)
    return " · ".join(parts)


_ROLES: dict[int, Callable[[InteractionRecord], Any]] = {
    Qt.ItemDataRole.DisplayRole: summary,
    Qt.ItemDataRole.ToolTipRole: summary,
    ChannelRole: lambda r: r.channel.value,
    DirectionRole: lambda r: r.direction.value if r.direction else None,
    OccurredAtRole: lambda r: r.occurred_at,
    SubjectRole: lambda r: r.subject,
    BodyRole: lambda r: r.body,
    OutcomeRole: lambda r: r.outcome,
    InteractionIdRole: lambda r: r.id,
}


class TimelineDelegate(QStyledItemDelegate):
    """Two lines a row: channel, time and subject in bold; text and outcome in grey.

    Every row is the same height (``row_height``), fixed in the view.
    """

    PAD = 4

    @classmethod
    def row_height(cls, metrics: QFontMetrics) -> int:
        return 2 * metrics.height() + 3 * cls.PAD

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        return QSize(200, self.row_height(option.fontMetrics))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        channel = index.data(ChannelRole)
        if channel is None:
            return
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = opt.palette
        text_color = palette.color(QPalette.ColorRole.HighlightedText if selected
                                   else QPalette.ColorRole.Text)
        grey = text_color if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        rect: QRect = opt.rect.adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)
        fm = opt.fontMetrics
        line = fm.height()

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        dot = line // 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(_CHANNEL_COLORS.get(channel, "#808080")))
        painter.drawEllipse(rect.left(), rect.top() + (line - dot) // 2, dot, dot)
        x = rect.left() + dot + self.PAD
        direction = index.data(DirectionRole)
        head = channel_text(channel)
        if direction:
            head += " " + _ARROWS.get(direction, "")
        head += "  " + local_text(index.data(OccurredAtRole)) + "  "
        painter.setPen(text_color)
        first = QRect(x, rect.top(), rect.right() - x, line)
        painter.drawText(first, Qt.AlignmentFlag.AlignVCenter, fm.elidedText(
            head, Qt.TextElideMode.ElideRight, first.width()))
        subject = index.data(SubjectRole)
        used = fm.horizontalAdvance(head)
        if subject and used < first.width():
            bold = QFont(opt.font)
            bold.setBold(True)
            painter.setFont(bold)
            rest = first.adjusted(used, 0, 0, 0)
            painter.drawText(rest, Qt.AlignmentFlag.AlignVCenter, painter.fontMetrics()
                             .elidedText(subject, Qt.TextElideMode.ElideRight, rest.width()))
            painter.setFont(opt.font)
        detail = " — ".join(part for part in (
            " ".join((index.data(BodyRole) or "").split()), index.data(OutcomeRole) or "",
        ) if part)
        if detail:
            painter.setPen(grey)
            second = QRect(x, rect.top() + line + self.PAD, rect.right() - x, line)
            painter.drawText(second, Qt.AlignmentFlag.AlignVCenter, fm.elidedText(
                detail, Qt.TextElideMode.ElideRight, second.width()))
        painter.restore()



class TimelineView(QTableView):
    """The timeline's view: a one-column table of fixed-height rows that looks like a list.

    Not a QListView: even with uniform item sizes, QListView lays out every row on each
    reset (measured: 60 ms at 20,000 rows, 300 ms at 100,000), while a table with fixed
    row heights shows any number of rows in about 3 ms.
    """

    #: The menu of the current row was asked for (right click or the Menu key), to be
    #: shown at this global point.
    rowMenuRequested = Signal(QPoint)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(TimelineDelegate(self))
        self.horizontalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fit_rows()

    def _fit_rows(self) -> None:
        height = TimelineDelegate.row_height(self.fontMetrics())
        self.verticalHeader().setMinimumSectionSize(height)
        self.verticalHeader().setDefaultSectionSize(height)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt's name
        """A right click makes the row under the mouse current; the Menu key keeps the
        current row and puts its menu on it (Qt would put it in the middle of the view)."""
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            index = self.currentIndex()
            where = self.viewport().mapToGlobal(self.visualRect(index).center())
        else:  # from the viewport, in its coordinates
            index = self.indexAt(event.pos())
            if index.isValid():
                self.setCurrentIndex(index)
            where = event.globalPos()
        event.accept()
        if index.isValid():
            self.rowMenuRequested.emit(where)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FontChange:
            self._fit_rows()
        super().changeEvent(event)
