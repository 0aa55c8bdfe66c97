"""Contacts: create, change, read, page through, move to the Trash and back, purge.

Every function takes the Session of the caller's unit of work, flushes (so new rows
have ids) but never commits, and returns frozen ContactRecords, never ORM objects.
Input is validated completely before anything is added to the session, so a
ValidationError leaves the session and the database as they were.

Editing is a full replace of the editable fields: build the input from what the form
shows (``record.to_input()`` and ``dataclasses.replace`` for a partial change).
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, cast

from sqlalchemy import ColumnElement, delete, func, null, select, tuple_
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import Session, joinedload, selectinload

from app.models import Company, Contact, ContactEmail, ContactPhone, Tag, utcnow
from app.models.enums import LifecycleStage

from . import validation as v
from .errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from .search_text import contact_document

LIMITS = v.column_limits(Contact)
TAG_LIMITS = v.column_limits(Tag)
_TEXT_FIELDS = ("title", "street", "city", "region", "postal_code", "country", "owner", "source")
# Fields that are the same in the input, the row and the record.
_PLAIN_FIELDS = ("first_name", "last_name", "display_name", "company_id", *_TEXT_FIELDS,
                 "birthday", "lifecycle_stage", "marketing_consent", "consent_at",
                 "consent_source", "notes")

CONTACT_NOT_FOUND = QT_TRANSLATE_NOOP(
    "Errors", "This contact no longer exists. It may have been removed from the Trash."
)
CONTACT_IN_TRASH = QT_TRANSLATE_NOOP("Errors", "“{name}” is in the Trash. Restore it first.")
NAME_REQUIRED = QT_TRANSLATE_NOOP(
    "Validation", "Type a name: a first name, a last name or a display name."
)
NAME_TOO_LONG = QT_TRANSLATE_NOOP(
    "Validation",
    "The first and last name together are {length} characters long, over the limit of "
    "{limit}. Type a shorter display name.",
)
COMPANY_MISSING = QT_TRANSLATE_NOOP(
    "Validation", "The chosen company no longer exists. Choose another one."
)
COMPANY_IN_TRASH = QT_TRANSLATE_NOOP(
    "Validation",
    "The company “{name}” is in the Trash. Restore it first or choose another company.",
)
BIRTHDAY_IN_FUTURE = QT_TRANSLATE_NOOP("Validation", "A birthday cannot be in the future.")


@dataclass(frozen=True)
class Phone:
    """A phone number as typed and in E.164 form (None only for rows written elsewhere)."""

    raw: str
    e164: str | None


@dataclass(frozen=True)
class ContactInput:
    """What a contact form (or an import row) gives. Blank text means "no value".

    ``emails`` and ``phones`` are in order, the first being the primary one; blank
    lines are skipped and repeats (same key / same E.164) are dropped. ``tags`` are tag
    names, created when new, matched case-insensitively. ``region`` is the address
    part (state, province); the country assumed for phones is create_contact's
    ``region`` keyword.
    """

    first_name: str | None = None
    last_name: str | None = None
    display_name: str | None = None
    emails: Sequence[str] = ()
    phones: Sequence[str] = ()
    company_id: int | None = None
    title: str | None = None
    street: str | None = None
    city: str | None = None
    region: str | None = None
    postal_code: str | None = None
    country: str | None = None
    birthday: dt.date | None = None
    owner: str | None = None
    source: str | None = None
    lifecycle_stage: str | None = None
    marketing_consent: bool = False
    consent_at: dt.datetime | None = None
    consent_source: str | None = None
    notes: str | None = None
    custom_fields: Mapping[str, v.CustomValue] | None = None
    tags: Sequence[str] = ()


@dataclass(frozen=True)
class ContactRecord:
    """A stored contact, detached from the database. Times are aware UTC datetimes."""

    id: int
    display_name: str
    sort_key: str
    first_name: str | None
    last_name: str | None
    emails: tuple[str, ...]
    phones: tuple[Phone, ...]
    company_id: int | None
    company_name: str | None
    title: str | None
    street: str | None
    city: str | None
    region: str | None
    postal_code: str | None
    country: str | None
    birthday: dt.date | None
    owner: str | None
    source: str | None
    lifecycle_stage: str
    marketing_consent: bool
    consent_at: dt.datetime | None
    consent_source: str | None
    notes: str | None
    custom_fields: Mapping[str, v.CustomValue]
    tags: tuple[str, ...]
    created_at: dt.datetime
    updated_at: dt.datetime
    deleted_at: dt.datetime | None

    @property
    def page_key(self) -> tuple[str, int]:
        """Pass as ``after`` to list_contacts to get the page after this row."""
        return (self.sort_key, self.id)

    def to_input(self) -> ContactInput:
        """The input that would store this contact unchanged."""
        return ContactInput(
            emails=list(self.emails),
            phones=[p.raw for p in self.phones],
            custom_fields=dict(self.custom_fields),
            tags=list(self.tags),
            **{name: getattr(self, name) for name in _PLAIN_FIELDS},
        )


@dataclass
class Valid:
    """A contact input checked and normalised: the row's columns, and its extra parts."""

    columns: dict[str, Any]
    emails: list[tuple[str, str]]
    phones: list[tuple[str, str]]
    tags: dict[str, str]  # name_key -> name


def create_contact(
    session: Session, data: ContactInput, *, region: str | None = None
) -> ContactRecord:
    """Store a new contact. ``region``: country assumed for phones typed without +."""
    valid = _validate(session, data, region, None)
    contact = Contact()
    _apply(session, contact, valid)
    session.add(contact)
    session.flush()
    return _record(session, contact)


def update_contact(
    session: Session, contact_id: int, data: ContactInput, *, region: str | None = None
) -> ContactRecord:
    """Replace the editable fields of a contact that is not in the Trash."""
    contact = _load(session, contact_id, include_deleted=False)
    valid = _validate(session, data, region, contact)
    _apply(session, contact, valid)
    session.flush()
    return _record(session, contact)


def get_contact(
    session: Session, contact_id: int, *, include_deleted: bool = False
) -> ContactRecord:
    """One contact; NotFoundError if there is none, or it is in the Trash."""
    return _record(session, _load(session, contact_id, include_deleted=include_deleted))


@dataclass(frozen=True)
class ContactSummary:
    """What a contact's page header shows: the record plus what ContactRecord leaves out."""

    contact: ContactRecord
    tag_colors: tuple[tuple[str, str], ...]  # (name, colour) in the record's tag order
    last_contacted_at: dt.datetime | None


def get_contact_summary(session: Session, contact_id: int) -> ContactSummary:
    """The contact with its emails, phones and tags (two indexed queries), for its page."""
    # Held in ``row``: the session keeps objects weakly, and get_contact must find this
    # one (with its collections loaded) instead of reading them again one by one.
    row = session.scalars(
        select(Contact).where(Contact.id == contact_id).options(
            joinedload(Contact.extra_emails), joinedload(Contact.extra_phones),
            # Not joinedload: a LEFT JOIN through the link table makes SQLite read every
            # tag link of every contact (450 ms at a million); this is one indexed IN.
            selectinload(Contact.tags))
    ).unique().first()
    record = get_contact(session, contact_id)  # the row above, plus the company
    assert row is not None  # get_contact raised NotFoundError otherwise
    colors = {t.name: t.color for t in row.tags}
    return ContactSummary(record, tuple((n, colors.get(n, "#808080")) for n in record.tags),
                       row.last_contacted_at)


def display_name(session: Session, contact_id: int) -> str:
    """A contact's name (one query; NotFoundError when there is no such contact)."""
    name = session.scalar(select(Contact.display_name).where(Contact.id == contact_id))
    if name is None:
        raise NotFoundError(CONTACT_NOT_FOUND, id=contact_id)
    return name


def contact_owners(session: Session, limit: int = 500) -> list[str]:
    """The owners contacts have, for a filter.

    A skip-scan along ix_contacts_owner: one index seek per owner ("the next owner
    after this one"), where SELECT DISTINCT would read the whole index (a quarter of a
    second at a million contacts, on the GUI thread).
    """
    owners: list[str] = []
    after = ""
    while len(owners) < limit:
        found = session.scalar(select(func.min(Contact.owner)).where(Contact.owner > after))
        if found is None:
            break
        owners.append(found)
        after = found
    return owners


def list_tags(session: Session, limit: int | None = None) -> list[tuple[int, str, str]]:
    """(id, name, colour) of the tags, by name."""
    stmt = select(Tag.id, Tag.name, Tag.color).order_by(Tag.name_key).limit(limit)
    return [(int(i), str(n), str(c)) for i, n, c in session.execute(stmt)]


def list_contacts(
    session: Session,
    *,
    limit: int = 100,
    after: tuple[str, int] | None = None,
    include_deleted: bool = False,
    company_id: int | None = None,
) -> list[ContactRecord]:
    """A page of contacts in list order (sort_key, id), after the row ``after`` if given.

    Keyset paging on the index ix_contacts_sort_key_id: every page costs the same, the
    last as much as the first. ``after`` is the ``page_key`` of the previous page's
    last record.
    """
    condition = None if include_deleted else Contact.deleted_at.is_(None)
    return _page(session, limit, after, condition, company_id)


def list_deleted_contacts(
    session: Session, *, limit: int = 100, after: tuple[str, int] | None = None
) -> list[ContactRecord]:
    """A page of the contacts in the Trash, in list order."""
    return _page(session, limit, after, Contact.deleted_at.is_not(None), None)


def delete_contact(session: Session, contact_id: int) -> ContactRecord:
    """Move a contact to the Trash (soft delete); a contact already there stays as is."""
    contact = _load(session, contact_id, include_deleted=True)
    if contact.deleted_at is None:
        contact.deleted_at = utcnow()
        session.flush()
    return _record(session, contact)


def restore_contact(session: Session, contact_id: int) -> ContactRecord:
    """Bring a contact back from the Trash (a no-op for one not in it)."""
    contact = _load(session, contact_id, include_deleted=True)
    if contact.deleted_at is not None:
        contact.deleted_at = None
        session.flush()
    return _record(session, contact)


def purge_deleted_contacts(session: Session) -> int:
    """Empty the Trash of contacts for good; returns how many were deleted.

    Their extra emails, phones, tag links, tasks and interactions go with them (ON
    DELETE CASCADE, enforced on SQLite by the foreign_keys pragma of app.db).
    """
    stmt = delete(Contact).where(Contact.deleted_at.is_not(None))
    result = cast(CursorResult[Any], session.execute(stmt))
    session.expire_all()  # related rows in the identity map are gone too
    return result.rowcount


def _load(session: Session, contact_id: int, *, include_deleted: bool) -> Contact:
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise NotFoundError(CONTACT_NOT_FOUND, id=contact_id)
    if contact.deleted_at is not None and not include_deleted:
        raise NotFoundError(CONTACT_IN_TRASH, id=contact_id, name=contact.display_name)
    return contact


def _page(
    session: Session,
    limit: int,
    after: tuple[str, int] | None,
    condition: ColumnElement[bool] | None,
    company_id: int | None,
) -> list[ContactRecord]:
    if limit < 1:
        raise ValueError("limit must be at least 1")
    stmt = (
        select(Contact)
        .options(
            selectinload(Contact.extra_emails),
            selectinload(Contact.extra_phones),
            selectinload(Contact.tags),
        )
        .order_by(Contact.sort_key, Contact.id)
        .limit(limit)
    )
    if condition is not None:
        stmt = stmt.where(condition)
    if company_id is not None:
        stmt = stmt.where(Contact.company_id == company_id)
    if after is not None:
        stmt = stmt.where(tuple_(Contact.sort_key, Contact.id) > tuple_(after[0], after[1]))
    contacts = session.scalars(stmt).all()
    names = _company_names(session, {c.company_id for c in contacts if c.company_id})
    return [_to_record(c, names.get(c.company_id or 0)) for c in contacts]


def _company_names(session: Session, ids: Iterable[int]) -> dict[int, str]:
    wanted = set(ids)
    if not wanted:
        return {}
    rows = session.execute(select(Company.id, Company.name).where(Company.id.in_(wanted)))
    return {row.id: row.name for row in rows}


def _record(session: Session, contact: Contact) -> ContactRecord:
    ids = [contact.company_id] if contact.company_id else []
    return _to_record(contact, _company_names(session, ids).get(contact.company_id or 0))


def _to_record(contact: Contact, company_name: str | None) -> ContactRecord:
    emails = [contact.email] if contact.email else []
    emails += [e.address for e in contact.extra_emails]
    phones = [Phone(contact.phone, contact.phone_e164)] if contact.phone else []
    phones += [Phone(p.raw, p.e164) for p in contact.extra_phones]
    tags = sorted(contact.tags, key=lambda t: (t.name_key, t.id))
    return ContactRecord(
        id=contact.id,
        sort_key=contact.sort_key,
        emails=tuple(emails),
        phones=tuple(phones),
        company_name=company_name,
        custom_fields=MappingProxyType(dict(contact.custom_fields or {})),
        tags=tuple(t.name for t in tags),
        created_at=contact.created_at,
        updated_at=contact.updated_at,
        deleted_at=contact.deleted_at,
        **{name: getattr(contact, name) for name in _PLAIN_FIELDS},
    )


def _apply(session: Session, contact: Contact, valid: Valid) -> None:
    tags = _get_or_create_tags(session, valid.tags)
    for name, value in valid.columns.items():
        setattr(contact, name, value)
    # The input has no labels ("work", "home": imports and the demo set them); an
    # address or number that stays keeps its label.
    email_labels = {e.address_key: e.label for e in contact.extra_emails}
    phone_labels = {p.e164: p.label for p in contact.extra_phones}
    contact.extra_emails = [
        ContactEmail(position=i, address=display, address_key=key, label=email_labels.get(key))
        for i, (display, key) in enumerate(valid.emails[1:], start=1)
    ]
    contact.extra_phones = [
        ContactPhone(position=i, raw=raw, e164=e164, label=phone_labels.get(e164))
        for i, (raw, e164) in enumerate(valid.phones[1:], start=1)
    ]
    contact.tags = tags
    refresh_search_text(session, contact)


def refresh_search_text(session: Session, contact: Contact) -> None:
    """Rebuild the document search matches for ``contact`` from its current fields.

    Call after anything that changes what a contact is found by: its names, emails,
    phones, company (or the company's name), title, city or notes.
    """
    company_name = None
    if contact.company_id is not None:
        with session.no_autoflush:  # the contact may not be in the session yet
            company = session.get(Company, contact.company_id)
        company_name = company.name if company is not None else None
    contact.search_text = contact_document(
        display_name=contact.display_name,
        first_name=contact.first_name,
        last_name=contact.last_name,
        emails=[contact.email, *(e.address for e in contact.extra_emails)],
        phones=[(contact.phone_e164, contact.phone),
                *((p.e164, p.raw) for p in contact.extra_phones)],
        company=company_name,
        notes=contact.notes,
    )


def _get_or_create_tags(session: Session, names: dict[str, str]) -> list[Tag]:
    if not names:
        return []
    found = session.scalars(select(Tag).where(Tag.name_key.in_(list(names))))
    existing = {tag.name_key: tag for tag in found}
    tags = []
    for key, name in names.items():
        tag = existing.get(key)
        if tag is None:
            tag = Tag(name=name, name_key=key)
            session.add(tag)
        tags.append(tag)
    return tags


def _validate(
    session: Session, data: ContactInput, region: str | None, current: Contact | None
) -> Valid:
    valid = validate_input(data, region, current)
    valid.columns["company_id"] = _check_company(session, data.company_id, current)
    return valid


def validate_input(
    data: ContactInput, region: str | None, current: Contact | None = None
) -> Valid:
    """Check and normalise a contact input without the database (imports check many
    rows this way, then their companies in bulk). ``company_id`` is taken as given."""
    # An import checks every row with this, so it is written for speed: empty fields
    # (most of them) skip the calls, and the columns are gathered in one dict at the end
    # (in the order of the checks, which decides the error raised first).
    clean_text = v.clean_text
    first = data.first_name
    first = None if first is None else clean_text("first_name", first, limit=_FIRST_LEN)
    last = data.last_name
    last = None if last is None else clean_text("last_name", last, limit=_LAST_LEN)
    display = data.display_name
    display = None if display is None else clean_text("display_name", display,
                                                      limit=_DISPLAY_LEN)
    display = display or _derive_display(first, last)

    emails: dict[str, str] = {}  # key -> display, first one wins
    for i, text in enumerate(data.emails):
        if text and text.strip():
            display_email, key = v.normalize_email(text, field="emails", index=i)
            emails.setdefault(key, display_email)
    phones: dict[str, str] = {}  # e164 -> raw
    for i, text in enumerate(data.phones):
        if text and text.strip():
            raw, e164 = v.normalize_phone(text, region, field="phones", index=i)
            phones.setdefault(e164, raw)
    email_key, email = next(iter(emails.items())) if emails else (None, None)
    phone_e164, phone = next(iter(phones.items())) if phones else (None, None)

    texts = [None if (value := getattr(data, name)) is None
             else clean_text(name, value, limit=limit) for name, limit in _TEXT_LIMITS]
    birthday = data.birthday
    if isinstance(birthday, dt.datetime):
        birthday = birthday.date()
    if birthday is not None and birthday > dt.date.today():
        raise ValidationError("birthday", BIRTHDAY_IN_FUTURE, value=birthday.isoformat())
    stage = data.lifecycle_stage
    stage = _LEAD if stage is None else v.normalize_stage(stage).value

    consent = bool(data.marketing_consent)
    consent_at = consent_source = None
    if consent:
        consent_source = v.clean_text(
            "consent_source", data.consent_source, limit=LIMITS["consent_source"]
        )
        consent_at = v.utc_moment("consent_at", data.consent_at)
        if consent_at is None:
            # A form that does not show the moment must not move it on every save.
            kept = current.consent_at if current is not None and current.marketing_consent else None
            consent_at = kept or utcnow()
    notes = data.notes
    if notes is not None:
        notes = clean_text("notes", notes, limit=v.NOTES_LEN, multiline=True)
    custom = v.clean_custom_fields(data.custom_fields) if data.custom_fields else None

    tags: dict[str, str] = {}
    for i, name in enumerate(data.tags):
        tag = clean_text("tags", name, limit=_TAG_LEN, index=i)
        if tag is not None:
            tags.setdefault(tag.casefold()[:_TAG_KEY_LEN], tag)
    title, street, city, region_, postal_code, country, owner, source = texts
    return Valid(
        columns={
            "first_name": first, "last_name": last, "display_name": display,
            "sort_key": display.casefold()[:_SORT_KEY_LEN],
            "email": email, "email_key": email_key, "phone": phone, "phone_e164": phone_e164,
            "company_id": data.company_id,
            "title": title, "street": street, "city": city, "region": region_,
            "postal_code": postal_code, "country": country, "owner": owner, "source": source,
            "birthday": birthday, "lifecycle_stage": stage,
            "marketing_consent": consent, "consent_at": consent_at,
            "consent_source": consent_source, "notes": notes,
            # SQL NULL, not the JSON text 'null' a plain None would store (JSON's default).
            "custom_fields": _SQL_NULL if custom is None else custom,
        },
        emails=[(display_email, key) for key, display_email in emails.items()],
        phones=[(raw, e164) for e164, raw in phones.items()],
        tags=tags,
    )


_FIRST_LEN = LIMITS["first_name"]
_LAST_LEN = LIMITS["last_name"]
_DISPLAY_LEN = LIMITS["display_name"]
_TEXT_LIMITS = tuple((name, LIMITS[name]) for name in _TEXT_FIELDS)
_SORT_KEY_LEN = LIMITS["sort_key"]
_TAG_LEN = TAG_LIMITS["name"]
_TAG_KEY_LEN = TAG_LIMITS["name_key"]
_LEAD = LifecycleStage.LEAD.value
_SQL_NULL = null()


def _derive_display(first: str | None, last: str | None) -> str:
    """"First Last"; for East Asian names written in their own script, "LastFirst"."""
    if not first and not last:
        raise ValidationError("display_name", NAME_REQUIRED)
    if first and last and _is_cjk(first + last):
        display = last + first
    else:
        display = f"{first} {last}" if first and last else (first or last or "")
    if len(display) > LIMITS["display_name"]:
        raise ValidationError(
            "display_name", NAME_TOO_LONG, length=len(display), limit=LIMITS["display_name"]
        )
    return display


def _is_cjk(text: str) -> bool:
    if text.isascii():  # no ASCII character has one of these names (most names: quick)
        return False
    prefixes = ("CJK ", "HIRAGANA", "KATAKANA", "HANGUL", "IDEOGRAPHIC")
    return all(unicodedata.name(ch, "").startswith(prefixes) for ch in text)


def _check_company(session: Session, company_id: int | None, current: Contact | None) -> int | None:
    """A company that can be assigned: it exists and is not in the Trash.

    A contact keeps the company it already has even when that one is in the Trash
    (soft-deleting a company leaves its contacts alone), so that editing them still works.
    """
    if company_id is None or (current is not None and current.company_id == company_id):
        return company_id
    company = session.get(Company, company_id)
    if company is None:
        raise ValidationError("company_id", COMPANY_MISSING, id=company_id)
    if company.deleted_at is not None:
        raise ValidationError("company_id", COMPANY_IN_TRASH, id=company_id, name=company.name)
    return company_id
