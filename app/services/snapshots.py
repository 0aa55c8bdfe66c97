"""Undoing contact writes: snapshots for an edit, ``unmerge`` for a merge, purge for a create.

Split from merge.py, which does merges: everything here puts a contact back as it
was, and the undo commands of the UI are its only users (besides merge_contacts,
which takes the snapshots its MergeUndo keeps). merge.py imports this module, not the
other way round, and still re-exports the names the undo commands use from it.

``contact_snapshot`` / ``restore_snapshot`` serve the undo of a plain edit,
``unmerge`` the undo of a merge (from the MergeUndo the merge returned), and
``purge_contact`` the undo of a create (after contacts.delete_contact). Extra email /
phone rows come back with their content, position and label but new row ids: nothing
refers to those ids, and the old ones may have been reused. Moving interactions and
tasks back leaves their ``updated_at`` alone: their content is unchanged. Same rules
as the other services: the caller's Session, flush but no commit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, fields
from types import MappingProxyType
from typing import Any

from sqlalchemy import delete, null, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from app.models import Company, Contact, ContactEmail, ContactPhone, Interaction, Tag, Task

from . import validation as v
from .contacts import (
    COMPANY_MISSING,
    CONTACT_NOT_FOUND,
    ContactRecord,
    get_contact,
    refresh_search_text,
)
from .errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError

_CHUNK = 500  # ids per IN (...) list, far below every database's parameter limit

NOT_IN_TRASH = QT_TRANSLATE_NOOP(
    "Validation", "“{name}” is not in the Trash. Move it to the Trash first."
)


@dataclass(frozen=True)
class ExtraEmail:
    position: int
    label: str | None
    address: str
    address_key: str


@dataclass(frozen=True)
class ExtraPhone:
    position: int
    label: str | None
    raw: str
    e164: str | None


@dataclass(frozen=True)
class ContactSnapshot:
    """Everything editable about one contact at one moment, for undo and redo.

    ``tags`` are names, ``tag_ids`` the same tags' ids (restored by id; by name when
    a tag no longer exists). Built by contact_snapshot, written back by
    restore_snapshot; the UI only keeps it.
    """

    contact_id: int
    first_name: str | None
    last_name: str | None
    display_name: str
    sort_key: str
    company_id: int | None
    title: str | None
    email: str | None
    email_key: str | None
    phone: str | None
    phone_e164: str | None
    birthday: dt.date | None
    owner: str | None
    source: str | None
    lifecycle_stage: str
    marketing_consent: bool
    consent_at: dt.datetime | None
    consent_source: str | None
    notes: str | None
    street: str | None
    city: str | None
    region: str | None
    postal_code: str | None
    country: str | None
    custom_fields: Mapping[str, v.CustomValue] | None
    last_contacted_at: dt.datetime | None
    deleted_at: dt.datetime | None
    updated_at: dt.datetime
    extra_emails: tuple[ExtraEmail, ...]
    extra_phones: tuple[ExtraPhone, ...]
    tags: tuple[str, ...]
    tag_ids: tuple[int, ...]


# Every column a snapshot keeps and restores: the fields above named after a Contact
# column (search_text is rebuilt from them; updated_at is set last, on its own).
_SNAPSHOT_COLUMNS = tuple(
    f.name for f in fields(ContactSnapshot)
    if f.name not in ("contact_id", "updated_at", "extra_emails", "extra_phones", "tags",
                      "tag_ids")
)


@dataclass(frozen=True)
class MergeUndo:
    """What ``unmerge`` needs: both contacts as they were, and the rows that moved."""

    survivor: ContactSnapshot
    other: ContactSnapshot
    interaction_ids: tuple[int, ...]
    task_ids: tuple[int, ...]


def contact_snapshot(session: Session, contact_id: int) -> ContactSnapshot:
    """The editable state of a contact (in the Trash or not), for restore_snapshot."""
    contact = contact_row(session, contact_id)
    tags = sorted(contact.tags, key=lambda t: (t.name_key, t.id))
    columns: dict[str, Any] = {c: getattr(contact, c) for c in _SNAPSHOT_COLUMNS}
    if columns["custom_fields"] is not None:
        columns["custom_fields"] = MappingProxyType(dict(columns["custom_fields"]))
    return ContactSnapshot(
        contact_id=contact.id,
        # Read back: after a flush that updated several rows at once (executemany), the
        # in-memory onupdate value can differ from the stored one by microseconds.
        updated_at=session.scalars(
            select(Contact.updated_at).where(Contact.id == contact_id)).one(),
        extra_emails=tuple(ExtraEmail(e.position, e.label, e.address, e.address_key)
                           for e in contact.extra_emails),
        extra_phones=tuple(ExtraPhone(p.position, p.label, p.raw, p.e164)
                           for p in contact.extra_phones),
        tags=tuple(t.name for t in tags),
        tag_ids=tuple(t.id for t in tags),
        **columns,
    )


def restore_snapshot(session: Session, snapshot: ContactSnapshot) -> ContactRecord:
    """Write a snapshot back: fields, extra emails and phones, tags, Trash state and
    ``updated_at``, so the contact is as it was when the snapshot was taken.

    ``last_contacted_at`` stays: an edit does not change it, and interactions logged
    since (kept by the interaction services) still count.
    """
    return _restore(session, snapshot, with_last_contacted=False)


def unmerge(session: Session, undo: MergeUndo) -> None:
    """Put both contacts of a merge back as they were before it (the undo of a merge).

    Expects the state the merge left (later changes undone first, as an undo stack
    does). NotFoundError if either contact has since been purged.
    """
    survivor_id, other_id = undo.survivor.contact_id, undo.other.contact_id
    for cid in (survivor_id, other_id):
        if session.get(Contact, cid) is None:
            raise NotFoundError(CONTACT_NOT_FOUND, id=cid)
    for model, ids in ((Interaction, undo.interaction_ids), (Task, undo.task_ids)):
        for chunk in _chunks(ids):
            session.execute(
                update(model).where(model.id.in_(chunk), model.contact_id == survivor_id)
                .values(contact_id=other_id, updated_at=model.updated_at)
            )
    # last_contacted_at too: the merge may have raised the survivor's.
    _restore(session, undo.other, with_last_contacted=True)
    _restore(session, undo.survivor, with_last_contacted=True)


def purge_contact(session: Session, contact_id: int) -> None:
    """Delete one contact in the Trash for good, with its extra emails and phones, tag
    links, interactions and tasks (ON DELETE CASCADE). One not in the Trash is refused."""
    contact = contact_row(session, contact_id)
    if contact.deleted_at is None:
        raise ValidationError("contact_id", NOT_IN_TRASH, id=contact_id,
                              name=contact.display_name)
    session.flush()
    session.execute(delete(Contact).where(Contact.id == contact_id))
    session.expire_all()  # related rows in the identity map are gone too


def contact_row(session: Session, contact_id: int) -> Contact:
    """The Contact row, in the Trash or not; NotFoundError if there is none."""
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise NotFoundError(CONTACT_NOT_FOUND, id=contact_id)
    return contact


def set_custom_fields(contact: Contact, values: Mapping[str, Any] | None) -> None:
    """Store ``values`` as the contact's custom fields (a merge and a restore both do)."""
    # SQL NULL for none, not the JSON text 'null' a plain None would store; a copy, so
    # that two contacts never share one mutable dict.
    contact.custom_fields = null() if values is None else dict(values)


def _restore(
    session: Session, snapshot: ContactSnapshot, *, with_last_contacted: bool
) -> ContactRecord:
    contact = contact_row(session, snapshot.contact_id)
    company_id = snapshot.company_id
    if company_id is not None and company_id != contact.company_id:
        if session.get(Company, company_id) is None:
            raise ValidationError("company_id", COMPANY_MISSING, id=company_id)
    skipped = {"custom_fields"} if with_last_contacted else {"custom_fields", "last_contacted_at"}
    for column in _SNAPSHOT_COLUMNS:
        if column not in skipped:
            setattr(contact, column, getattr(snapshot, column))
    set_custom_fields(contact, snapshot.custom_fields)
    contact.extra_emails = [
        ContactEmail(position=e.position, label=e.label, address=e.address,
                     address_key=e.address_key) for e in snapshot.extra_emails
    ]
    contact.extra_phones = [
        ContactPhone(position=p.position, label=p.label, raw=p.raw, e164=p.e164)
        for p in snapshot.extra_phones
    ]
    contact.tags = _tags(session, snapshot.tag_ids, snapshot.tags)
    refresh_search_text(session, contact)
    contact.updated_at = snapshot.updated_at
    flag_modified(contact, "updated_at")  # so the onupdate default cannot replace it
    session.flush()
    return get_contact(session, contact.id, include_deleted=True)


def _chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start:start + _CHUNK]


def _tags(session: Session, ids: Sequence[int], names: Sequence[str]) -> list[Tag]:
    """The tags by id; one that no longer exists is found or made again by name."""
    found = {t.id: t for t in session.scalars(select(Tag).where(Tag.id.in_(list(ids))))}
    tags: list[Tag] = []
    for tag_id, name in zip(ids, names, strict=True):
        tag = found.get(tag_id)
        if tag is None:
            key = name.casefold()
            tag = session.scalar(select(Tag).where(Tag.name_key == key))
            if tag is None:
                tag = Tag(name=name, name_key=key)
                session.add(tag)
        tags.append(tag)
    return tags
