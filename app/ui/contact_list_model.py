"""The rows of a contact-list dialog: a list of the Loyalty section, windowed.

``ContactListModel`` knows the list's row count (``set_total``, after the dialog counts
it on a worker) and reads a page of rows (loyalty_lists.contacts_in), on a worker too,
when the view first asks for one of its rows: a page of a long list sorts the whole
list by name, at a million contacts longer than the GUI thread may wait. The rows
repaint when their page lands; a few pages are kept.
"""

from __future__ import annotations

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

from ..services.loyalty_lists import ListedContact, ListQuery, contacts_in
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
    """A list's contacts, windowed: ``set_total`` after counting; a page of rows is read
    on a worker when the view first asks for one of its rows (a page of a long list
    sorts the whole list by name: at a million contacts longer than the GUI thread may
    wait), and its rows repaint when it lands."""

    COLUMNS = ("name", "company", "email", "phone", "owner", "consent", "status", "tier",
               "last_purchase", "spend")
    #: A page landed (its number).
    pageLoaded = Signal(int)  # noqa: N815 - Qt's naming

    def __init__(self, database: Database, query: ListQuery, currency: str | None,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._db, self.query, self._currency = database, query, currency
        self._total = 0
        self._generation = 0
        self._pending: set[int] = set()
        self._cache: PageCache[ListedContact] = PageCache(PAGE, PAGES_KEPT)
        self._headers = (self.tr("Name"), self.tr("Company"), self.tr("Email"),
                         self.tr("Phone"), self.tr("Owner"), self.tr("Opted in"),
                         self.tr("Status"), self.tr("Tier"), self.tr("Last purchase"),
                         self.tr("Spend"))

    def set_total(self, total: int) -> None:
        self.beginResetModel()
        self._total = total
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
        db, query, generation = self._db, self.query, self._generation

        def work(_cancel: Any) -> tuple[int, int, list[ListedContact]]:
            with db.session_scope() as s:
                return generation, number, contacts_in(s, query, limit=PAGE,
                                                       offset=number * PAGE)

        run_in_background(work, on_done=self._landed, on_error=self._lost)

    def _landed(self, result: tuple[int, int, list[ListedContact]]) -> None:
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
        if contact is None:
            loading = role == Qt.ItemDataRole.DisplayRole and key == "name"
            return self.tr("Loading…") if loading else None
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
