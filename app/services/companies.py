"""Companies: create, change, read, page through, move to the Trash and back, purge.

Same rules as app.services.contacts: the caller's Session, flush but no commit, frozen
records out, complete validation before anything changes. A company in the Trash keeps
its contacts (they still show its name) but cannot be given to another contact;
emptying the Trash leaves those contacts without a company (ON DELETE SET NULL).

Undo and redo (app.ui.company_commands) write a company back from a CompanyRecord,
which holds every stored column: ``put_back_company`` for an edit, ``remove_new_company``
and ``put_back_company(..., reinsert=True)`` for a create.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import ColumnElement, delete, exists, select, tuple_
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from app.models import Company, Contact, utcnow

from . import validation as v
from .contacts import ContactRecord, list_contacts
from .errors import QT_TRANSLATE_NOOP, NotFoundError, ServiceError, ValidationError

LIMITS = v.column_limits(Company)
_TEXT_FIELDS = ("industry", "street", "city", "region", "postal_code", "country")
# What put_back_company writes back (updated_at too, and deleted_at on a reinsert).
_STORED_FIELDS = ("name", "name_key", "industry", "website", "phone", "phone_e164",
                  *_TEXT_FIELDS[1:], "notes")

COMPANY_NOT_FOUND = QT_TRANSLATE_NOOP(
    "Errors", "This company no longer exists. It may have been removed from the Trash."
)
COMPANY_IN_TRASH = QT_TRANSLATE_NOOP("Errors", "“{name}” is in the Trash. Restore it first.")
NAME_REQUIRED = QT_TRANSLATE_NOOP("Validation", "Type the name of the company.")
COMPANY_IN_USE = QT_TRANSLATE_NOOP(
    "Errors", "“{name}” has contacts now, so creating it cannot be undone."
)
COMPANY_ID_TAKEN = QT_TRANSLATE_NOOP(
    "Errors", "“{name}” cannot be created again: another company has taken its place."
)


@dataclass(frozen=True)
class CompanyInput:
    """What a company form gives. Blank text means "no value"; ``name`` is required.

    ``website`` is stored with a scheme ("example.com" -> "https://example.com");
    ``phone`` is read like a contact's, with the region given to create_company.
    """

    name: str
    industry: str | None = None
    website: str | None = None
    phone: str | None = None
    street: str | None = None
    city: str | None = None
    region: str | None = None
    postal_code: str | None = None
    country: str | None = None
    notes: str | None = None


@dataclass(frozen=True)
class CompanyRecord:
    """A stored company, detached from the database. Times are aware UTC datetimes."""

    id: int
    name: str
    name_key: str
    industry: str | None
    website: str | None
    phone: str | None
    phone_e164: str | None
    street: str | None
    city: str | None
    region: str | None
    postal_code: str | None
    country: str | None
    notes: str | None
    created_at: dt.datetime
    updated_at: dt.datetime
    deleted_at: dt.datetime | None

    @property
    def page_key(self) -> tuple[str, int]:
        """Pass as ``after`` to list_companies to get the page after this row."""
        return (self.name_key, self.id)

    def to_input(self) -> CompanyInput:
        """The input that would store this company unchanged."""
        return CompanyInput(
            name=self.name, industry=self.industry, website=self.website, phone=self.phone,
            street=self.street, city=self.city, region=self.region,
            postal_code=self.postal_code, country=self.country, notes=self.notes,
        )


def create_company(
    session: Session, data: CompanyInput, *, region: str | None = None
) -> CompanyRecord:
    """Store a new company. ``region``: country assumed for a phone typed without +."""
    columns = validate_company_input(data, region)
    company = Company(**columns)
    session.add(company)
    session.flush()
    return _record(company)


def update_company(
    session: Session, company_id: int, data: CompanyInput, *, region: str | None = None
) -> CompanyRecord:
    """Replace the editable fields of a company that is not in the Trash."""
    company = _load(session, company_id, include_deleted=False)
    old_name = company.name
    for name, value in validate_company_input(data, region).items():
        setattr(company, name, value)
    if company.name != old_name:
        _refresh_people(session, company)
    session.flush()
    return _record(company)


def put_back_company(
    session: Session, record: CompanyRecord, *, reinsert: bool = False
) -> CompanyRecord:
    """Write a company back exactly as ``record`` shows it: the undo and redo of an edit.

    Every field and ``updated_at`` are written, and a change of name refreshes the search
    documents of its people, as update_company does; whether it is in the Trash stays as
    it is now. With ``reinsert`` (the redo of a create that remove_new_company undid) the
    company is stored again under its id, its times and Trash state as they were.
    NotFoundError if it is gone; ServiceError if its id was taken meanwhile.
    """
    company = session.get(Company, record.id)
    if reinsert:
        if company is not None:
            raise ServiceError(COMPANY_ID_TAKEN, id=record.id, name=record.name)
        company = Company(id=record.id, created_at=record.created_at,
                          deleted_at=record.deleted_at)
        session.add(company)
    elif company is None:
        raise NotFoundError(COMPANY_NOT_FOUND, id=record.id)
    old_name = company.name
    for field in _STORED_FIELDS:
        setattr(company, field, getattr(record, field))
    company.updated_at = record.updated_at
    flag_modified(company, "updated_at")  # so the onupdate default cannot replace it
    if not reinsert and company.name != old_name:
        _refresh_people(session, company)
    session.flush()
    return _record(company)


def remove_new_company(session: Session, company_id: int) -> CompanyRecord:
    """Delete a company for good while no contact belongs to it: the undo of a create.

    Returns what was removed (``put_back_company(s, record, reinsert=True)`` stores it
    again). ServiceError if any contact, even one in the Trash, belongs to it by now:
    removing the company would silently take it from them.
    """
    company = _load(session, company_id, include_deleted=True)
    record = _record(company)
    if session.scalar(select(exists().where(Contact.company_id == company_id))):
        raise ServiceError(COMPANY_IN_USE, id=company_id, name=company.name)
    session.delete(company)
    session.flush()
    return record


def get_company(
    session: Session, company_id: int, *, include_deleted: bool = False
) -> CompanyRecord:
    """One company; NotFoundError if there is none, or it is in the Trash."""
    return _record(_load(session, company_id, include_deleted=include_deleted))


def list_companies(
    session: Session,
    *,
    limit: int = 100,
    after: tuple[str, int] | None = None,
    include_deleted: bool = False,
) -> list[CompanyRecord]:
    """A page of companies in (name_key, id) order, after the row ``after`` if given."""
    condition = None if include_deleted else Company.deleted_at.is_(None)
    return _page(session, limit, after, condition)


def list_deleted_companies(
    session: Session, *, limit: int = 100, after: tuple[str, int] | None = None
) -> list[CompanyRecord]:
    """A page of the companies in the Trash, in list order."""
    return _page(session, limit, after, Company.deleted_at.is_not(None))


def company_contacts(
    session: Session, company_id: int, *, limit: int = 100, after: tuple[str, int] | None = None
) -> list[ContactRecord]:
    """A page of the contacts (not in the Trash) of a company, in contact list order.

    Works for a company in the Trash too: its contacts are still there.
    """
    _load(session, company_id, include_deleted=True)
    return list_contacts(session, limit=limit, after=after, company_id=company_id)


def delete_company(session: Session, company_id: int) -> CompanyRecord:
    """Move a company to the Trash; its contacts keep it and stay where they are."""
    company = _load(session, company_id, include_deleted=True)
    if company.deleted_at is None:
        company.deleted_at = utcnow()
        session.flush()
    return _record(company)


def restore_company(session: Session, company_id: int) -> CompanyRecord:
    """Bring a company back from the Trash (a no-op for one not in it)."""
    company = _load(session, company_id, include_deleted=True)
    if company.deleted_at is not None:
        company.deleted_at = None
        session.flush()
    return _record(company)


def purge_deleted_companies(session: Session) -> int:
    """Empty the Trash of companies for good; returns how many were deleted.

    Their contacts stay and lose the company (ON DELETE SET NULL).
    """
    stmt = delete(Company).where(Company.deleted_at.is_not(None))
    result = cast(CursorResult[Any], session.execute(stmt))
    session.expire_all()  # contacts in the identity map had their company_id cleared
    return result.rowcount


def _refresh_people(session: Session, company: Company) -> None:
    """Its people are found by the company's name: rebuild their search documents."""
    from .contacts import refresh_search_text

    for contact in session.scalars(select(Contact).where(Contact.company_id == company.id)):
        refresh_search_text(session, contact)


def _load(session: Session, company_id: int, *, include_deleted: bool) -> Company:
    company = session.get(Company, company_id)
    if company is None:
        raise NotFoundError(COMPANY_NOT_FOUND, id=company_id)
    if company.deleted_at is not None and not include_deleted:
        raise NotFoundError(COMPANY_IN_TRASH, id=company_id, name=company.name)
    return company


def _page(
    session: Session,
    limit: int,
    after: tuple[str, int] | None,
    condition: ColumnElement[bool] | None,
) -> list[CompanyRecord]:
    if limit < 1:
        raise ValueError("limit must be at least 1")
    stmt = select(Company).order_by(Company.name_key, Company.id).limit(limit)
    if condition is not None:
        stmt = stmt.where(condition)
    if after is not None:
        stmt = stmt.where(tuple_(Company.name_key, Company.id) > tuple_(after[0], after[1]))
    return [_record(company) for company in session.scalars(stmt)]


def _record(company: Company) -> CompanyRecord:
    return CompanyRecord(
        id=company.id, name=company.name, name_key=company.name_key,
        industry=company.industry, website=company.website, phone=company.phone,
        phone_e164=company.phone_e164, street=company.street, city=company.city,
        region=company.region, postal_code=company.postal_code, country=company.country,
        notes=company.notes, created_at=company.created_at, updated_at=company.updated_at,
        deleted_at=company.deleted_at,
    )


def validate_company_input(data: CompanyInput, region: str | None) -> dict[str, Any]:
    """The columns of a company input, checked and normalised (no database needed)."""
    name = v.clean_text("name", data.name, limit=LIMITS["name"])
    if name is None:
        raise ValidationError("name", NAME_REQUIRED)
    columns: dict[str, Any] = {"name": name, "name_key": name.casefold()[: LIMITS["name_key"]]}
    columns["website"] = v.normalize_website(data.website)
    columns["phone"] = columns["phone_e164"] = None
    if data.phone and data.phone.strip():
        columns["phone"], columns["phone_e164"] = v.normalize_phone(
            data.phone, region, field="phone"
        )
    for field in _TEXT_FIELDS:
        columns[field] = v.clean_text(field, getattr(data, field), limit=LIMITS[field])
    columns["notes"] = v.clean_text("notes", data.notes, limit=v.NOTES_LEN, multiline=True)
    return columns
