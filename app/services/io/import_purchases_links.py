"""Finding the contact an imported purchase belongs to, a chunk of rows at a time.

A purchase row names its customer by email address ("contact_email"), phone number
("contact_phone") or name ("contact_name"), in that order of precedence. Only live
contacts (not in the Trash) are linked to:

* an email address is compared by its key (validation.normalize_email) with every
  contact's primary and extra addresses;
* a phone number by its E.164 form (validation.normalize_phone, with the import's
  region for numbers written without "+") with every contact's primary and extra
  phones;
* a name with each contact's display name, ignoring case and runs of spaces (the
  casefolded ``sort_key``, as import_records_links compares names).

The first of these the row gives that matches exactly one contact links it. A value
that matches several contacts is narrowed by the values after it (an email shared by
two people and the phone of one of them); when that still leaves several, or nothing
the row gives matches anyone, the row is refused and the reason says which. Money is
at stake (points, tiers), so a purchase is never given to a guess.

``load`` looks a chunk's addresses, phones and names up with a few indexed IN
queries; ``find`` then answers each row from memory.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Contact, ContactEmail, ContactPhone

from .. import validation as v
from ..errors import QT_TRANSLATE_NOOP, ValidationError
from .import_records_links import UNKNOWN_EMAIL, UNKNOWN_NAME, _email_key, _name_keys, _shown_name
from .import_records_rows import RecordRow, slices
from .values import ValueProblem

NO_CUSTOMER_GIVEN = QT_TRANSLATE_NOOP(
    "Import", "The row names no customer: give the contact's email address, phone or name.")
UNKNOWN_PHONE = QT_TRANSLATE_NOOP("Import", "No contact has the phone number “{value}”.")
SHARED_EMAIL = QT_TRANSLATE_NOOP(
    "Import", "{count} contacts have the email address “{value}”: give the phone number of "
    "the one meant.")
SHARED_PHONE = QT_TRANSLATE_NOOP(
    "Import", "{count} contacts have the phone number “{value}”: give the email address of "
    "the one meant.")
SHARED_NAME = QT_TRANSLATE_NOOP(
    "Import", "{count} contacts are named “{value}”: give the email address or phone of the "
    "one meant.")

#: The lookup keys of one row: its email key, phone in E.164, folded names.
_Keys = tuple[str | None, str | None, tuple[str, ...]]


class PurchaseContactFinder:
    """The live contacts a chunk of rows names, by email key, phone and folded name."""

    def __init__(self, session: Session, region: str | None) -> None:
        self.s = session
        self.region = region
        self.keys: dict[int, _Keys] = {}  # by row number
        self.by_email: dict[str, set[int]] = {}
        self.by_phone: dict[str, set[int]] = {}
        self.by_name: dict[str, set[int]] = {}

    @staticmethod
    def names_someone(row: RecordRow) -> bool:
        return any(row.values.get(k) is not None
                   for k in ("contact_email", "contact_phone", "contact_name"))

    def load(self, rows: Iterable[RecordRow]) -> None:
        """Look up what ``rows`` (those still fine) give as their customer."""
        self.keys = {}
        emails: set[str] = set()
        phones: set[str] = set()
        names: set[str] = set()
        for row in rows:
            if not row.ok:
                continue
            try:
                keys = _email_key(row), self._phone(row), _name_keys(row)
            except ValidationError as exc:
                row.problems.append(str(ValueProblem.of(exc)))
                continue
            self.keys[row.number] = keys
            email, phone, name = keys
            if email is not None:
                emails.add(email)
            if phone is not None:
                phones.add(phone)
            names.update(name)
        self.by_email = self._lookup(sorted(emails), (Contact.email_key, Contact.id),
                                     (ContactEmail.address_key, ContactEmail.contact_id))
        self.by_phone = self._lookup(sorted(phones), (Contact.phone_e164, Contact.id),
                                     (ContactPhone.e164, ContactPhone.contact_id))
        self.by_name = self._lookup(sorted(names), (Contact.sort_key, Contact.id), None)

    def find(self, row: RecordRow) -> int | None:
        """The id of the one contact ``row`` names, or None with the reasons added to
        the row's problems (see the module doc)."""
        keys = self.keys.get(row.number)
        if keys is None:
            return None  # its keys could not be read: the row has its problem already
        email, phone, names = keys
        given: list[tuple[set[int], str, str, str]] = []
        if email is not None:
            given.append((self.by_email.get(email, set()), row.text("contact_email") or "",
                          UNKNOWN_EMAIL, SHARED_EMAIL))
        if phone is not None:
            given.append((self.by_phone.get(phone, set()), row.text("contact_phone") or "",
                          UNKNOWN_PHONE, SHARED_PHONE))
        if names:
            found = next((self.by_name[k] for k in names if k in self.by_name), set())
            given.append((found, _shown_name(row), UNKNOWN_NAME, SHARED_NAME))
        if not given:
            row.problems.append(str(ValueProblem(NO_CUSTOMER_GIVEN)))
            return None
        pool: set[int] | None = None
        shared: ValueProblem | None = None
        unknown: list[ValueProblem] = []
        for found, shown, none_message, several_message in given:
            if not found:
                unknown.append(ValueProblem(none_message, value=shown))
                continue
            if pool is None:
                pool = set(found)
                if len(found) > 1:
                    shared = ValueProblem(several_message, count=len(found), value=shown)
            elif pool & found:
                pool &= found
            if len(pool) == 1:
                return next(iter(pool))
        row.problems += [str(shared)] if shared is not None else [str(p) for p in unknown]
        return None

    def _phone(self, row: RecordRow) -> str | None:
        text = row.text("contact_phone")
        if text is None:
            return None
        return v.normalize_phone(text, self.region, field="contact_phone")[1]

    def _lookup(self, keys: list[str], primary: tuple[Any, Any],
                extra: tuple[Any, Any] | None) -> dict[str, set[int]]:
        """Every live contact holding each key, as its primary value or an extra one."""
        found: dict[str, set[int]] = defaultdict(set)
        live = Contact.deleted_at.is_(None)
        column, owner = primary
        for part in slices(keys):
            for key, cid in self.s.execute(
                    select(column, owner).where(column.in_(part), live)):
                found[key].add(cid)
            if extra is None:
                continue
            column2, owner2 = extra
            for key, cid in self.s.execute(
                    select(column2, owner2).join(Contact, Contact.id == owner2)
                    .where(column2.in_(part), live)):
                found[key].add(cid)
        return dict(found)
