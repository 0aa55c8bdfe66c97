"""The rows of a contact-list dialog: a list of the Loyalty section, windowed.

``ContactListModel`` holds the list's contact ids in name order (``set_ids``, read once
by the dialog on a worker: loyalty_lists.ordered_ids, 0.4 s for 135,000 of a million)
and reads a page of rows by id (loyalty_lists.contacts_by_ids, a few milliseconds
wherever the page is), on a worker too, when the view first asks for one of its rows.
The rows repaint when their page lands; a few pages are kept. A contact deleted since
the ids were read shows an empty row until the list is read again.
"""

from __future__ import annotations

from array import array
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ..services.loyalty_lists import ListedContact, ListQuery, contacts_by_ids
from .loyalty_tables import LIFECYCLE_NAMES, name_of
from .money_text import format_money
from .page_cache import PageCache
from .workers import run_in_background

if TYPE_CHECKING:
    from ..db import Database

PAGE = 200
PAGES_KEPT = 20
Index = QModelIndex | QPersistentModelIndex
CONTACT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ContactListModel(QAbstractTableModel):
    """A list's contacts, windowed: ``set_ids`` with the list's ids in name order (read
    once, on a worker); a page of rows is read by id on a worker when the view first
    asks for one of its rows (a few milliseconds wherever the page is), and its rows
    repaint when it lands."""

    COLUMNS = ("name", "company", "email", "phone", "owner", "consent", "status", "tier",
               "last_purchase", "spend")
    #: A page landed (its number).
    pageLoaded = Signal(int)  # noqa: N815 - Qt's naming

    def __init__(self, database: Database, query: ListQuery, currency: str | None,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._db, self.query, self._currency = database, query, currency
        self._total = 0
        self._ids: array[int] = array("q")
        self._generation = 0
        self._pending: set[int] = set()
        self._cache: PageCache[ListedContact | None] = PageCache(PAGE, PAGES_KEPT)
        self._headers = (self.tr("Name"), self.tr("Company"), self.tr("Email"),
                         self.tr("Phone"), self.tr("Owner"), self.tr("Opted in"),
                         self.tr("Status"), self.tr("Tier"), self.tr("Last purchase"),
                         self.tr("Spend"))

    def set_ids(self, ids: array[int]) -> None:
        """The list's contacts, in the order shown."""
        self.beginResetModel()
        self._ids = ids
        self._total = len(ids)
        self._generation += 1
        self._pending.clear()
        self._cache.clear()
        self.endResetModel()

    @property
    def total(self) -> int:
        return self._total

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def contact_at(self, row: int) -> ListedContact | None:
        """The contact of a row, or None while its page is being read (which this asks
        for)."""
        if not 0 <= row < self._total:
            return None
        number, within = divmod(row, PAGE)
        rows = self._cache.get(number)
        if rows is None:
            self._request(number)
            return None
        return rows[within] if within < len(rows) else None

    def _request(self, number: int) -> None:
        if number in self._pending:
            return
        self._pending.add(number)
        db, generation = self._db, self._generation
        ids = self._ids[number * PAGE:(number + 1) * PAGE]

        def work(_cancel: Any) -> tuple[int, int, list[ListedContact | None]]:
            with db.session_scope() as s:
                return generation, number, contacts_by_ids(s, ids)

        run_in_background(work, on_done=self._landed, on_error=self._lost)

    def _landed(self, result: tuple[int, int, list[ListedContact | None]]) -> None:
        generation, number, rows = result
        if generation != self._generation:
            return  # counted again since: that page is of another list
        self._pending.discard(number)
        self._cache.store(number, rows)
        first = number * PAGE
        last = min(first + PAGE, self._total) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0),
                                  self.index(last, len(self.COLUMNS) - 1))
        self.pageLoaded.emit(number)

    def _lost(self, _err: BaseException) -> None:
        self._pending.clear()  # asked again when next painted

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        contact = self.contact_at(index.row())
        key = self.COLUMNS[index.column()]
        if contact is None:  # its page is being read, or it was deleted since
            if role != Qt.ItemDataRole.DisplayRole or key != "name":
                return None
            if self._cache.get(index.row() // PAGE) is None:
                return self.tr("Loading…")
            return self.tr("(deleted since the list was opened)")
        if role == CONTACT_ID_ROLE:
            return contact.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(contact, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "spend":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, c: ListedContact, key: str) -> str:
        if key == "name":
            return c.display_name
        if key == "consent":
            return self.tr("Yes") if c.marketing_consent else self.tr("No")
        if key == "status":
            return name_of(LIFECYCLE_NAMES, c.lifecycle.value) if c.lifecycle else ""
        if key == "last_purchase":
            if c.last_purchase is None:
                return ""
            day = c.last_purchase
            return QLocale().toString(QDate(day.year, day.month, day.day),
                                      QLocale.FormatType.ShortFormat)
        if key == "spend":
            return format_money(c.spend_total, self._currency) if self._currency \
                and c.orders else ""
        value = {"company": c.company_name, "email": c.email, "phone": c.phone,
                 "owner": c.owner, "tier": c.tier_name}[key]
        return value or ""
