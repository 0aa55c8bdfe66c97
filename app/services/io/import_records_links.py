"""Finding the contact an imported interaction or task belongs to, a chunk at a time.

A row names its contact by email address ("contact_email") or by name
("contact_name"). Only live contacts (not in the Trash) are linked to:

* an email address is compared by its key (validation.normalize_email: the local part
  lower-cased, the domain in IDNA form) with every contact's primary and extra
  addresses. Addresses identify people here as they do when contacts are imported, so
  when several contacts share one the oldest contact holding it as its primary address
  is chosen (else the oldest holding it as an extra one);
* a name is compared with each contact's display name, ignoring case (through its
  casefolded ``sort_key``, which works beyond ASCII on any database) and, when it does
  not match as written, runs of spaces. Names do not
  identify people: when several contacts have the name, the row is refused and the
  reason says so, asking for the email address;
* when the row gives both and no contact has the address, the name is tried (files
  keep old addresses); when it has neither, it names no contact.

``ContactFinder.load`` looks a whole chunk's addresses and names up with a few indexed
IN queries; ``find`` then answers each row from memory.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Contact, ContactEmail

from .. import validation as v
from ..contacts import LIMITS as CONTACT_LIMITS
from ..errors import QT_TRANSLATE_NOOP, ServiceError, ValidationError
from .import_records_rows import RecordRow, slices

NO_CONTACT_GIVEN = QT_TRANSLATE_NOOP(
    "Import", "The row names no contact: give the contact's email address or name.")
UNKNOWN_EMAIL = QT_TRANSLATE_NOOP("Import", "No contact has the email address “{value}”.")
UNKNOWN_NAME = QT_TRANSLATE_NOOP("Import", "No contact is named “{value}”.")
SAME_NAME = QT_TRANSLATE_NOOP(
    "Import", "{count} contacts are named “{value}”: give the email address of the one "
    "meant.")


class ContactFinder:
    """The live contacts a chunk of rows names, by email key and by folded name."""

    def __init__(self, session: Session) -> None:
        self.s = session
        self.by_email: dict[str, int] = {}
        self.by_name: dict[str, list[int]] = {}

    def load(self, rows: list[RecordRow]) -> None:
        """Look up the addresses and names of ``rows`` (those still fine)."""
        emails: set[str] = set()
        names: set[str] = set()
        for row in rows:
            if not row.ok:
                continue
            try:
                row.link = email, name = _email_key(row), _name_keys(row)
            except ValidationError as exc:
                row.problems.append(str(exc))
                continue
            if email is not None:
                emails.add(email)
            names.update(name)
        self.by_email = self._emails(sorted(emails))
        self.by_name = self._names(sorted(names))

    def find(self, row: RecordRow, *, required: bool) -> int | None:
        """The id of the contact ``row`` names; None when it names none and need not.
        A row that names someone who cannot be found gets the reasons and None."""
        email, name = row.link or (_email_key(row), _name_keys(row))
        if email is None and not name:
            if required:
                row.problems.append(str(ServiceError(NO_CONTACT_GIVEN)))
            return None
        reasons: list[ServiceError] = []
        if email is not None:
            if email in self.by_email:
                return self.by_email[email]
            reasons.append(ServiceError(UNKNOWN_EMAIL, value=row.text("contact_email")))
        if name:
            found = next((self.by_name[k] for k in name if k in self.by_name), [])
            if len(found) == 1:
                return found[0]
            shown = _shown_name(row)
            reasons.append(ServiceError(SAME_NAME, count=len(found), value=shown) if found
                           else ServiceError(UNKNOWN_NAME, value=shown))
        row.problems += [str(r) for r in reasons]
        return None

    def _emails(self, keys: list[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        live = Contact.deleted_at.is_(None)
        for part in slices(keys):
            for key, cid in self.s.execute(
                    select(Contact.email_key, Contact.id)
                    .where(Contact.email_key.in_(part), live).order_by(Contact.id)):
                if key is not None:
                    found.setdefault(key, cid)
        extra: dict[str, int] = {}
        for part in slices([k for k in keys if k not in found]):
            for key, cid in self.s.execute(
                    select(ContactEmail.address_key, ContactEmail.contact_id)
                    .join(Contact, Contact.id == ContactEmail.contact_id)
                    .where(ContactEmail.address_key.in_(part), live)
                    .order_by(ContactEmail.contact_id)):
                extra.setdefault(key, cid)
        return found | extra

    def _names(self, keys: list[str]) -> dict[str, list[int]]:
        found: dict[str, list[int]] = defaultdict(list)
        for part in slices(keys):
            for key, cid in self.s.execute(
                    select(Contact.sort_key, Contact.id)
                    .where(Contact.sort_key.in_(part), Contact.deleted_at.is_(None))
                    .order_by(Contact.id)):
                found[key].append(cid)
        return dict(found)


def _email_key(row: RecordRow) -> str | None:
    text = row.text("contact_email")
    if text is None:
        return None
    return v.normalize_email(text, field="contact_email")[1]


def _name_keys(row: RecordRow) -> tuple[str, ...]:
    """The name folded as a contact's sort_key is (NFC, casefolded), then with its runs
    of spaces made one (a cell's "Bob  Ray" is the contact "Bob Ray")."""
    text = v.clean_text("contact_name", row.text("contact_name"), limit=None)
    if text is None:
        return ()
    limit = CONTACT_LIMITS["sort_key"]
    exact, joined = text.casefold()[:limit], " ".join(text.split()).casefold()[:limit]
    return (exact,) if exact == joined else (exact, joined)


def _shown_name(row: RecordRow) -> str:
    return " ".join((row.text("contact_name") or "").split())
