"""The contact list as a windowed Qt model: a million rows open and scroll like a thousand.

The model holds the row count (from the database) and a small cache of pages of 200
rows, fetched when ``data()`` first asks for a row of theirs. A page next to a cached
one is fetched by key (the rows after the previous page's last key, or before the
next page's first); the last page is fetched from the end; only a jump into the
middle uses an offset along the sort index. Sorting re-runs the query in another
index order; nothing is sorted or filtered in Python.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ..messages import QT_TRANSLATE_NOOP
from ..services import search
from ..services.search import ContactQuery, ContactRow
from .labels import SOURCES, STAGES, label
from .page_cache import PageCache

if TYPE_CHECKING:
    from ..db import Database

PAGE_SIZE = 100
PAGES_KEPT = 80  # 8,000 rows: a few screens in each direction and the ends
# A search counts its matches up to this many at first; past it the list grows as it
# is scrolled (canFetchMore), so a keystroke never waits for 100,000 matches counted.
SEARCH_COUNT_CAP = 1000
ContactIdRole = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


class Column(NamedTuple):
    key: str
    title: str  # translated in context "ContactsModel"
    sort: str | None  # a key of search.SORT_COLUMNS, or None when not sortable
    value: Callable[[ContactRow], Any]


COLUMNS: tuple[Column, ...] = (
    Column("name", QT_TRANSLATE_NOOP("ContactsModel", "Name"), "name", lambda r: r.display_name),
    Column("company", QT_TRANSLATE_NOOP("ContactsModel", "Company"), None,
           lambda r: r.company_name),
    Column("title", QT_TRANSLATE_NOOP("ContactsModel", "Title"), None, lambda r: r.title),
    Column("email", QT_TRANSLATE_NOOP("ContactsModel", "Email"), "email", lambda r: r.email),
    Column("phone", QT_TRANSLATE_NOOP("ContactsModel", "Phone"), "phone", lambda r: r.phone),
    Column("city", QT_TRANSLATE_NOOP("ContactsModel", "City"), "city", lambda r: r.city),
    Column("stage", QT_TRANSLATE_NOOP("ContactsModel", "Stage"), "stage",
           lambda r: label(STAGES, r.lifecycle_stage)),
    Column("owner", QT_TRANSLATE_NOOP("ContactsModel", "Owner"), "owner", lambda r: r.owner),
    Column("source", QT_TRANSLATE_NOOP("ContactsModel", "Source"), "source",
           lambda r: label(SOURCES, r.source)),
    Column("consent", QT_TRANSLATE_NOOP("ContactsModel", "Marketing"), None,
           lambda r: r.marketing_consent),
    Column("last_contact", QT_TRANSLATE_NOOP("ContactsModel", "Last contact"), "last_contact",
           lambda r: r.last_contacted_at),
    Column("created", QT_TRANSLATE_NOOP("ContactsModel", "Added"), "created",
           lambda r: r.created_at),
)
COLUMN_KEYS = tuple(c.key for c in COLUMNS)


class ContactsModel(QAbstractTableModel):
    """Rows of ``search.page()`` for one ``ContactQuery``, fetched a page at a time."""

    #: The number of matching contacts changed (after a new query or a refresh).
    countChanged = Signal(int)

    def __init__(
        self,
        database: Database,
        *,
        now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
        initial_count: int | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._db = database
        self._now = now
        self._query = ContactQuery()
        self._count = 0
        self._capped = False  # _count is a lower bound: more matches may follow
        self._many = False  # the search matched more than the cap (pages walk the index)
        self._pages: PageCache[ContactRow] = PageCache(PAGE_SIZE, PAGES_KEPT)
        self.fetches = 0  # pages read from the database (tests and benchmarks look)
        if initial_count is None:  # the start-up worker has counted the live contacts
            self._load_count()
        else:
            self._count = initial_count

    # Query ----------------------------------------------------------------------------
    @property
    def query(self) -> ContactQuery:
        return self._query

    def set_query(self, query: ContactQuery) -> None:
        """Show the contacts matching ``query`` (a new search, filter or sort)."""
        self.beginResetModel()
        self._query = query
        self._pages.clear()
        self._load_count()
        self.endResetModel()
        self.countChanged.emit(self._count)

    def refresh(self) -> None:
        """Re-read the count and forget cached rows (after contacts were added or removed)."""
        self.set_query(self._query)

    def _load_count(self) -> None:
        cap = SEARCH_COUNT_CAP if self._query.text.strip() else None
        with self._db.session_scope() as session:
            found = search.count(session, self._query, now=self._now(), cap=cap)
        self._capped = self._many = cap is not None and found > cap
        self._count = min(found, cap) if cap is not None else found

    @property
    def complete(self) -> bool:
        """False while a search has shown only the first of its many matches."""
        return not self._capped

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._capped

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        """The view reached the end of a capped search: count the rest and show it."""
        if parent.isValid() or not self._capped:
            return
        with self._db.session_scope() as session:
            total = search.count(session, self._query, now=self._now())
        if total > self._count:
            self.beginInsertRows(QModelIndex(), self._count, total - 1)
            self._count, self._capped = total, False
            self.endInsertRows()
        else:
            self._capped = False
        self.countChanged.emit(self._count)

    # Qt model -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ContactsModel", COLUMNS[section].title)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        ContactIdRole):
            return None
        row = self.row(index.row())
        if row is None:
            return None
        if role == ContactIdRole:
            return row.id
        value = COLUMNS[index.column()].value(row)
        return _display(value)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column].sort if 0 <= column < len(COLUMNS) else None
        if key is None:
            return  # not an indexed order: the view keeps the current one
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self._query.sort, self._query.descending):
            self.set_query(replace(self._query, sort=key, descending=descending))

    # Rows -----------------------------------------------------------------------------
    def contact_id(self, row: int) -> int | None:
        found = self.row(row)
        return found.id if found is not None else None

    def row(self, row: int) -> ContactRow | None:
        """The row at a position, reading its page if it is not cached."""
        return self._pages.row(row, self._fetch)

    def _fetch(self, number: int) -> list[ContactRow]:
        last_page = max(0, (self._count - 1) // PAGE_SIZE)
        kwargs: dict[str, Any] = {"limit": PAGE_SIZE}
        previous, following = self._pages.get(number - 1), self._pages.get(number + 1)
        if number == 0:
            pass
        elif previous:
            kwargs["after"] = previous[-1].key
        elif following:
            kwargs["before"] = following[0].key
        elif number == last_page and not self._capped:
            kwargs.update(from_end=True, limit=self._count - number * PAGE_SIZE)
        else:
            kwargs["offset"] = number * PAGE_SIZE
        kwargs["many"] = self._many
        with self._db.session_scope() as session:
            rows = search.page(session, self._query, now=self._now(), **kwargs)
        self.fetches += 1
        self._pages.store(number, rows)
        return rows


def _display(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        if value:
            return QCoreApplication.translate("ContactsModel", "Yes")
        return QCoreApplication.translate("ContactsModel", "No")
    if isinstance(value, dt.datetime):
        local = value.astimezone()
        return QLocale().toString(QDate(local.year, local.month, local.day),
                                  QLocale.FormatType.ShortFormat)
    return value
