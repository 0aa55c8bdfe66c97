"""Companies, contacts, their extra emails and phones, and tags."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, SoftDelete, Timestamps, UTCDateTime

NAME_LEN = 200
EMAIL_LEN = 320  # RFC 5321: 64 local + @ + 255 domain
PHONE_LEN = 64
E164_LEN = 16  # "+" and at most 15 digits
SHORT_LEN = 100
URL_LEN = 500

contact_tags = Table(
    "contact_tags",
    Base.metadata,
    Column("contact_id", ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_contact_tags_tag_id", "tag_id"),
)


class Address:
    """A postal address, in the parts vCard and spreadsheets use."""

    street: Mapped[str | None] = mapped_column(String(NAME_LEN))
    city: Mapped[str | None] = mapped_column(String(SHORT_LEN))
    region: Mapped[str | None] = mapped_column(String(SHORT_LEN))
    postal_code: Mapped[str | None] = mapped_column(String(20))
    country: Mapped[str | None] = mapped_column(String(SHORT_LEN))


class Company(Address, Timestamps, SoftDelete, Base):
    __tablename__ = "companies"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(NAME_LEN))
    #: casefold()ed name: sorting and matching that work beyond ASCII on any database.
    name_key: Mapped[str] = mapped_column(String(NAME_LEN), index=True)
    industry: Mapped[str | None] = mapped_column(String(SHORT_LEN))
    website: Mapped[str | None] = mapped_column(String(URL_LEN))
    phone: Mapped[str | None] = mapped_column(String(PHONE_LEN))
    phone_e164: Mapped[str | None] = mapped_column(String(E164_LEN))
    notes: Mapped[str | None] = mapped_column(Text)

    contacts: Mapped[list[Contact]] = relationship(back_populates="company")


class Contact(Address, Timestamps, SoftDelete, Base):
    __tablename__ = "contacts"
    __table_args__ = (
        Index("ix_contacts_sort_key_id", "sort_key", "id"),
        Index("ix_contacts_company_id", "company_id"),
        Index("ix_contacts_email_key", "email_key"),
        Index("ix_contacts_phone_e164", "phone_e164"),
        # The sortable columns of the contact list; in SQLite each index also holds the
        # rowid, so ORDER BY column, id walks it without a sort.
        Index("ix_contacts_last_contacted_at", "last_contacted_at"),
        Index("ix_contacts_lifecycle_stage", "lifecycle_stage"),
        Index("ix_contacts_owner", "owner"),
        Index("ix_contacts_source", "source"),
        Index("ix_contacts_city", "city"),
        # Only the contacts in the Trash: the Trash list reads it, and the live count is
        # all rows minus these. (A full index on deleted_at would tempt SQLite, which has
        # no statistics, to walk it for every "not deleted" query instead of the sort.)
        Index("ix_contacts_trash", "deleted_at",
              sqlite_where=text("deleted_at IS NOT NULL"),
              postgresql_where=text("deleted_at IS NOT NULL")),
        # Live contacts by id with their sort key: where a search's first match lies
        # along the name order is one min() over its matches, and this answers each
        # match from a small index instead of a seek into the wide contact rows
        # (see services.search._walk_start).
        Index("ix_contacts_live_sort_key", "id", "sort_key",
              sqlite_where=text("deleted_at IS NULL"),
              postgresql_where=text("deleted_at IS NULL")),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    first_name: Mapped[str | None] = mapped_column(String(NAME_LEN))
    last_name: Mapped[str | None] = mapped_column(String(NAME_LEN))
    display_name: Mapped[str] = mapped_column(String(NAME_LEN))
    #: casefold()ed display name, the sort order of the contact list.
    sort_key: Mapped[str] = mapped_column(String(NAME_LEN))
    company_id: Mapped[int | None] = mapped_column(
        ForeignKey("companies.id", ondelete="SET NULL")
    )
    title: Mapped[str | None] = mapped_column(String(SHORT_LEN))

    # The primary email and phone live in the row (list, sort, search); further ones
    # are ContactEmail / ContactPhone rows.
    email: Mapped[str | None] = mapped_column(String(EMAIL_LEN))
    email_key: Mapped[str | None] = mapped_column(String(EMAIL_LEN))
    phone: Mapped[str | None] = mapped_column(String(PHONE_LEN))
    phone_e164: Mapped[str | None] = mapped_column(String(E164_LEN))

    birthday: Mapped[dt.date | None] = mapped_column(Date)
    owner: Mapped[str | None] = mapped_column(String(SHORT_LEN))
    source: Mapped[str | None] = mapped_column(String(SHORT_LEN))
    lifecycle_stage: Mapped[str] = mapped_column(String(20), default="lead")

    marketing_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    consent_source: Mapped[str | None] = mapped_column(String(SHORT_LEN))

    notes: Mapped[str | None] = mapped_column(Text)
    custom_fields: Mapped[dict[str, Any] | None] = mapped_column(JSON)

    # When the newest interaction happened (kept by the services that log them), for
    # "days since last contact" and its filter.
    last_contacted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    # The folded document search matches against (app.services.search_text); in SQLite
    # an FTS5 trigram index over it is kept in sync by triggers (migration 0002).
    search_text: Mapped[str | None] = mapped_column(Text)

    company: Mapped[Company | None] = relationship(back_populates="contacts")
    extra_emails: Mapped[list[ContactEmail]] = relationship(
        back_populates="contact",
        cascade="all, delete-orphan",
        order_by="ContactEmail.position",
        passive_deletes=True,
    )
    extra_phones: Mapped[list[ContactPhone]] = relationship(
        back_populates="contact",
        cascade="all, delete-orphan",
        order_by="ContactPhone.position",
        passive_deletes=True,
    )
    tags: Mapped[list[Tag]] = relationship(secondary=contact_tags, back_populates="contacts")


class ContactEmail(Base):
    """An email address beyond the contact's primary one."""

    __tablename__ = "contact_emails"
    __table_args__ = (
        Index("ix_contact_emails_contact_id", "contact_id", "position"),
        Index("ix_contact_emails_address_key", "address_key"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=1)
    label: Mapped[str | None] = mapped_column(String(40))
    address: Mapped[str] = mapped_column(String(EMAIL_LEN))
    address_key: Mapped[str] = mapped_column(String(EMAIL_LEN))

    contact: Mapped[Contact] = relationship(back_populates="extra_emails")


class ContactPhone(Base):
    """A phone number beyond the contact's primary one: as typed, and as E.164."""

    __tablename__ = "contact_phones"
    __table_args__ = (
        Index("ix_contact_phones_contact_id", "contact_id", "position"),
        Index("ix_contact_phones_e164", "e164"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=1)
    label: Mapped[str | None] = mapped_column(String(40))
    raw: Mapped[str] = mapped_column(String(PHONE_LEN))
    e164: Mapped[str | None] = mapped_column(String(E164_LEN))

    contact: Mapped[Contact] = relationship(back_populates="extra_phones")


class Tag(Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(SHORT_LEN))
    name_key: Mapped[str] = mapped_column(String(SHORT_LEN), unique=True)
    color: Mapped[str] = mapped_column(String(9), default="#808080")

    contacts: Mapped[list[Contact]] = relationship(
        secondary=contact_tags, back_populates="tags"
    )
