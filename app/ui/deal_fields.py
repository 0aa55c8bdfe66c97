"""Small pieces the deal views share: a contact picker, dates, status and currency.

ContactBox is to contacts what form_fields.CompanyBox is to companies: an editable
combo whose drop-down offers the contacts matching what is typed (the contact list's
own search, one LIMIT query after a typing pause); blank means no contact.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import unicodedata
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QWidget

from .. import config
from ..messages import QT_TRANSLATE_NOOP
from ..models.enums import StageKind
from ..services import search
from ..services.deals import DealInput
from ..services.errors import ValidationError
from .form_fields import LookupBox
from .labels import label

if TYPE_CHECKING:
    from ..db import Database
    from ..services.deals import DealRecord
    from .settings import Settings

SEARCH_DELAY_MS = 150
CONTACT_CHOICES = 20  # contacts offered in the drop-down at a time
FALLBACK_CURRENCY = "USD"
# Offered in the currency drop-down after the user's own; any other code can be typed.
COMMON_CURRENCIES = ("USD", "EUR", "GBP", "CNY", "JPY", "RUB", "UZS", "KZT", "TRY", "AED")
NO_SUCH_CONTACT = QT_TRANSLATE_NOOP(
    "Validation",
    "There is no contact called “{name}”. Choose one from the list, or clear the field "
    "for no contact.",
)
DEAL_STATUSES: dict[str, str] = {
    StageKind.OPEN.value: QT_TRANSLATE_NOOP("Labels", "Open"),
    StageKind.WON.value: QT_TRANSLATE_NOOP("Labels", "Won"),
    StageKind.LOST.value: QT_TRANSLATE_NOOP("Labels", "Lost"),
}
TASK_STATUSES: dict[str, str] = {
    "open": QT_TRANSLATE_NOOP("Labels", "Open task"),
    "done": QT_TRANSLATE_NOOP("Labels", "Done task"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "Cancelled task"),
}



def comparable(data: DealInput) -> DealInput:
    """The input with blanks as None and surrounding spaces gone: an edit that changes
    nothing else is no change."""
    def norm(value: Any) -> Any:
        return (value.strip() or None) if isinstance(value, str) else value
    return DealInput(**{f.name: norm(getattr(data, f.name)) for f in dataclasses.fields(data)})


def default_currency(settings: Settings) -> str:
    """The currency of a new deal: the preference, else the system's, else the
    interface locale's, else US dollars."""
    chosen = settings.value("deals/currency").strip().upper()
    if len(chosen) == 3 and chosen.isalpha():
        return chosen
    code = config.system_currency() or QLocale().currencySymbol(
        QLocale.CurrencySymbolFormat.CurrencyIsoCode)
    return code if len(code) == 3 and code.isalpha() else FALLBACK_CURRENCY


def day_text(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day),
                              QLocale.FormatType.ShortFormat)


def status_text(record: DealRecord) -> str:
    """"Open", "Won", or "Lost" with the reason when there is one."""
    text = label(DEAL_STATUSES, record.status.value)
    if record.status is StageKind.LOST and record.lost_reason:
        text = f"{text} ({record.lost_reason})"
    return text


class ContactBox(LookupBox):
    """An editable contact choice; the drop-down offers the contacts found by the
    contact list's search for what is typed (after a typing pause)."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, "contact",
                         QCoreApplication.translate("ContactBox", "No contact"), parent)

    def lookup(self, text: str) -> list[tuple[str, int]]:
        """(name, id) of the live contacts the search finds for ``text``."""
        query = search.ContactQuery(text=text.strip())
        with self._db.session_scope() as session:
            rows = search.page(session, query, now=dt.datetime.now(dt.UTC),
                               limit=CONTACT_CHOICES)
        return [(row.display_name, row.id) for row in rows]

    def select(self, contact_id: int | None, name: str | None) -> None:
        """Show a contact (kept even when it is in the Trash), or none."""
        shown: list[tuple[str, int]] = []
        if contact_id is not None and name is not None:
            shown.append((name, contact_id))
        self.set_choices(shown)
        self.setCurrentIndex(self.findData(contact_id) if contact_id is not None else -1)
        if contact_id is None:
            self.edit.clear()

    def contact_id(self) -> int | None:
        """The chosen contact; ValidationError for a name that is no contact."""
        text = self.currentText().strip()
        if not text:
            return None
        current = self.currentIndex()
        if current >= 0 and self.itemText(current).strip() == text:
            return int(self.itemData(current))
        key = unicodedata.normalize("NFC", text).casefold()
        shown = [(self.itemText(i), self.itemData(i)) for i in range(self.count())]
        for choices in (shown, None):  # what is offered, else ask the database
            for name, contact_id in choices if choices is not None else self.lookup(text):
                if unicodedata.normalize("NFC", name).casefold() == key:
                    return int(contact_id)
        raise ValidationError("contact_id", NO_SUCH_CONTACT, name=text)
