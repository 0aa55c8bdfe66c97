"""Merging two contacts into one, undoing the merge, and snapshots for undoing edits.

A merge keeps one contact (the survivor) and moves everything of the other to it: the
fields a person picked, every interaction and task, every tag link, and every email
address and phone number the survivor lacks. The other goes to the Trash, so nothing
is lost until the Trash is emptied. MergeResult carries a MergeUndo: plain data from
which ``unmerge`` puts both contacts back exactly as they were.

``contact_snapshot`` / ``restore_snapshot`` serve the undo of a plain edit the same
way, and ``purge_contact`` the undo of a create (after contacts.delete_contact).
Extra email / phone rows come back with their content, position and label but new
row ids: nothing refers to those ids, and the old ones may have been reused. Moving
interactions and tasks leaves their ``updated_at`` alone: their content is unchanged.
Same rules as the other services: the caller's Session, flush but no commit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Literal

from sqlalchemy import delete, func, null, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from app.models import Company, Contact, ContactEmail, ContactPhone, Interaction, Tag, Task, utcnow

from . import validation as v
from .contacts import (
    COMPANY_MISSING,
    CONTACT_IN_TRASH,
    CONTACT_NOT_FOUND,
    ContactRecord,
    get_contact,
    refresh_search_text,
)
from .errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError

Pick = Literal["survivor", "other"]

#: The choices of the merge dialog -> the Contact columns each one sets together.
FIELD_COLUMNS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "first_name": ("first_name",),
    "last_name": ("last_name",),
    "display_name": ("display_name", "sort_key"),
    "title": ("title",),
    "company_id": ("company_id",),
    "email": ("email", "email_key"),
    "phone": ("phone", "phone_e164"),
    "birthday": ("birthday",),
    "owner": ("owner",),
    "source": ("source",),
    "lifecycle_stage": ("lifecycle_stage",),
    "marketing_consent": ("marketing_consent", "consent_at", "consent_source"),
    "notes": ("notes",),
    "address": ("street", "city", "region", "postal_code", "country"),
    "custom_fields": ("custom_fields",),
})
MERGEABLE_FIELDS: tuple[str, ...] = tuple(FIELD_COLUMNS)
# What the dialog shows for a choice: match keys and sort keys stay hidden.
_SHOWN = {**FIELD_COLUMNS, "display_name": ("display_name",), "email": ("email",),
          "phone": ("phone",)}
# Every column a snapshot keeps and restores (search_text is rebuilt from them).
_SNAPSHOT_COLUMNS = (*(c for cols in FIELD_COLUMNS.values() for c in cols),
                     "last_contacted_at", "deleted_at")
_CHUNK = 500  # ids per IN (...) list, far below every database's parameter limit

MERGE_WITH_ITSELF = QT_TRANSLATE_NOOP(
    "Validation", "A contact cannot be merged with itself. Choose another contact."
)
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


@dataclass(frozen=True)
class MergeField:
    """One row of the merge dialog. Values are the column's, or a tuple for a group
    ("address": street, city, region, postal code, country; "marketing_consent":
    consent, when, how). ``default`` is the pick used when none is given."""

    name: str
    survivor: object
    other: object
    default: Pick

    @property
    def differs(self) -> bool:
        return self.survivor != self.other


@dataclass(frozen=True)
class MergePreview:
    """Both contacts side by side, and what the survivor would gain from the other.

    Counts include rows in the Trash: they move too.
    """

    survivor: ContactRecord
    other: ContactRecord
    fields: tuple[MergeField, ...]
    interactions: int
    tasks: int
    new_tags: tuple[str, ...]
    new_emails: tuple[str, ...]
    new_phones: tuple[str, ...]


@dataclass(frozen=True)
class MergeUndo:
    """What ``unmerge`` needs: both contacts as they were, and the rows that moved."""

    survivor: ContactSnapshot
    other: ContactSnapshot
    interaction_ids: tuple[int, ...]
    task_ids: tuple[int, ...]


@dataclass(frozen=True)
class MergeResult:
    """The survivor after the merge, and the undo of it (keep it on the undo stack)."""

    survivor: ContactRecord
    other_id: int
    undo: MergeUndo

    @property
    def moved_interactions(self) -> int:
        return len(self.undo.interaction_ids)

    @property
    def moved_tasks(self) -> int:
        return len(self.undo.task_ids)


def merge_preview(session: Session, survivor_id: int, other_id: int) -> MergePreview:
    """The dialog's data: both sides of every MERGEABLE_FIELDS choice, and counts."""
    survivor, other = _pair(session, survivor_id, other_id)
    fields = tuple(
        MergeField(name, _shown(survivor, name), _shown(other, name),
                   _default_pick(survivor, other, name))
        for name in MERGEABLE_FIELDS
    )
    have_tags = {t.id for t in survivor.tags}
    new_tags = sorted((t for t in other.tags if t.id not in have_tags), key=lambda t: t.name_key)
    have_emails = {key for _, key, _ in _emails(survivor)}
    have_phones = {key for _, key, _ in _phones(survivor)}
    return MergePreview(
        survivor=get_contact(session, survivor_id),
        other=get_contact(session, other_id),
        fields=fields,
        interactions=_count(session, Interaction, other_id),
        tasks=_count(session, Task, other_id),
        new_tags=tuple(t.name for t in new_tags),
        new_emails=tuple(a for a, key, _ in _emails(other) if key not in have_emails),
        new_phones=tuple(raw for raw, key, _ in _phones(other) if key not in have_phones),
    )


def merge_contacts(
    session: Session,
    survivor_id: int,
    other_id: int,
    picks: Mapping[str, Pick] | None = None,
) -> MergeResult:
    """Merge ``other`` into ``survivor`` and move ``other`` to the Trash.

    ``picks`` chooses, per MERGEABLE_FIELDS name, whose value the survivor keeps; a
    choice not given takes the survivor's value, or the other's where the survivor
    has none. Emails and phones of both are kept: "email" / "phone" only choose which
    one is primary. A contact in the Trash can neither survive nor be merged.
    """
    chosen = _check_picks(picks or {})
    survivor, other = _pair(session, survivor_id, other_id)
    interaction_ids = _ids(session, Interaction, other_id)
    task_ids = _ids(session, Task, other_id)
    undo = MergeUndo(contact_snapshot(session, survivor_id), contact_snapshot(session, other_id),
                     interaction_ids, task_ids)

    email_pick = chosen.get("email") or _default_pick(survivor, other, "email")
    phone_pick = chosen.get("phone") or _default_pick(survivor, other, "phone")
    emails = _union(_emails(survivor), _emails(other), first=email_pick == "other")
    phones = _union(_phones(survivor), _phones(other), first=phone_pick == "other")
    for name in MERGEABLE_FIELDS:
        if name not in ("email", "phone") and (
            chosen.get(name) or _default_pick(survivor, other, name)
        ) == "other":
            for column in FIELD_COLUMNS[name]:
                setattr(survivor, column, getattr(other, column))
            if name == "custom_fields":
                _set_custom_fields(survivor, other.custom_fields)
    survivor.email, survivor.email_key = (emails[0][0], emails[0][1]) if emails else (None, None)
    survivor.phone, survivor.phone_e164 = (phones[0][0], _e164(phones[0][1])) if phones else (
        None, None)
    survivor.extra_emails = [
        ContactEmail(position=i, address=a, address_key=key, label=label)
        for i, (a, key, label) in enumerate(emails[1:], start=1)
    ]
    survivor.extra_phones = [
        ContactPhone(position=i, raw=raw, e164=_e164(key), label=label)
        for i, (raw, key, label) in enumerate(phones[1:], start=1)
    ]
    other.extra_emails = []
    other.extra_phones = []
    have_tags = {t.id for t in survivor.tags}
    survivor.tags = [*survivor.tags, *(t for t in other.tags if t.id not in have_tags)]
    other.tags = []

    for model in (Interaction, Task):
        session.execute(
            update(model).where(model.contact_id == other_id)
            .values(contact_id=survivor_id, updated_at=model.updated_at)
        )
    newest = session.scalar(
        select(func.max(Interaction.occurred_at))
        .where(Interaction.contact_id == survivor_id, Interaction.deleted_at.is_(None))
    )
    moments = [m for m in (survivor.last_contacted_at, other.last_contacted_at, newest) if m]
    survivor.last_contacted_at = max(moments, default=None)
    refresh_search_text(session, survivor)
    other.deleted_at = utcnow()
    session.flush()
    return MergeResult(get_contact(session, survivor_id), other_id, undo)


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


def contact_snapshot(session: Session, contact_id: int) -> ContactSnapshot:
    """The editable state of a contact (in the Trash or not), for restore_snapshot."""
    contact = _get(session, contact_id)
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


def _restore(
    session: Session, snapshot: ContactSnapshot, *, with_last_contacted: bool
) -> ContactRecord:
    contact = _get(session, snapshot.contact_id)
    company_id = snapshot.company_id
    if company_id is not None and company_id != contact.company_id:
        if session.get(Company, company_id) is None:
            raise ValidationError("company_id", COMPANY_MISSING, id=company_id)
    skipped = {"custom_fields"} if with_last_contacted else {"custom_fields", "last_contacted_at"}
    for column in _SNAPSHOT_COLUMNS:
        if column not in skipped:
            setattr(contact, column, getattr(snapshot, column))
    _set_custom_fields(contact, snapshot.custom_fields)
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


def purge_contact(session: Session, contact_id: int) -> None:
    """Delete one contact in the Trash for good, with its extra emails and phones, tag
    links, interactions and tasks (ON DELETE CASCADE). One not in the Trash is refused."""
    contact = _get(session, contact_id)
    if contact.deleted_at is None:
        raise ValidationError("contact_id", NOT_IN_TRASH, id=contact_id,
                              name=contact.display_name)
    session.flush()
    session.execute(delete(Contact).where(Contact.id == contact_id))
    session.expire_all()  # related rows in the identity map are gone too


def _set_custom_fields(contact: Contact, values: Mapping[str, Any] | None) -> None:
    # SQL NULL for none, not the JSON text 'null' a plain None would store; a copy, so
    # that two contacts never share one mutable dict.
    contact.custom_fields = null() if values is None else dict(values)


def _get(session: Session, contact_id: int) -> Contact:
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise NotFoundError(CONTACT_NOT_FOUND, id=contact_id)
    return contact


def _pair(session: Session, survivor_id: int, other_id: int) -> tuple[Contact, Contact]:
    if survivor_id == other_id:
        raise ValidationError("other_id", MERGE_WITH_ITSELF, id=other_id)
    pair = []
    for contact_id in (survivor_id, other_id):
        contact = _get(session, contact_id)
        if contact.deleted_at is not None:
            raise NotFoundError(CONTACT_IN_TRASH, id=contact_id, name=contact.display_name)
        pair.append(contact)
    return pair[0], pair[1]


def _check_picks(picks: Mapping[str, str]) -> dict[str, Pick]:
    chosen: dict[str, Pick] = {}
    for name, pick in picks.items():
        if name not in FIELD_COLUMNS:
            raise ValueError(f"{name!r} is not one of MERGEABLE_FIELDS")
        if pick not in ("survivor", "other"):
            raise ValueError(f"pick for {name!r} must be 'survivor' or 'other', not {pick!r}")
        chosen[name] = "other" if pick == "other" else "survivor"
    return chosen


def _shown(contact: Contact, name: str) -> object:
    values = [getattr(contact, column) for column in _SHOWN[name]]
    if name == "custom_fields" and values[0] is not None:
        return MappingProxyType(dict(values[0]))
    return values[0] if len(values) == 1 else tuple(values)


def _default_pick(survivor: Contact, other: Contact, name: str) -> Pick:
    """The survivor's value, unless it has none and the other has one."""
    def empty(value: object) -> bool:
        if isinstance(value, tuple):
            return all(empty(part) for part in value)
        return value is None or value is False or value == "" or value == {}

    mine, theirs = _shown(survivor, name), _shown(other, name)
    return "other" if empty(mine) and not empty(theirs) else "survivor"


_Item = tuple[str, str, "str | None"]  # (as shown, match key, label)


def _emails(contact: Contact) -> list[_Item]:
    items: list[_Item] = []
    if contact.email:
        items.append((contact.email, contact.email_key or contact.email.casefold(), None))
    items += [(e.address, e.address_key, e.label) for e in contact.extra_emails]
    return items


def _phones(contact: Contact) -> list[_Item]:
    # A number stored without E.164 (written by an older import) matches by its text.
    items: list[_Item] = []
    if contact.phone:
        items.append((contact.phone, contact.phone_e164 or "raw:" + contact.phone, None))
    items += [(p.raw, p.e164 or "raw:" + p.raw, p.label) for p in contact.extra_phones]
    return items


def _e164(key: str) -> str | None:
    return None if key.startswith("raw:") else key


def _union(mine: list[_Item], theirs: list[_Item], *, first: bool) -> list[_Item]:
    """Both lists without repeated keys; ``first``: the other's primary leads."""
    ordered = [*theirs[:1], *mine, *theirs[1:]] if first and theirs else [*mine, *theirs]
    seen: dict[str, _Item] = {}
    for item in ordered:
        seen.setdefault(item[1], item)
    return list(seen.values())


def _ids(session: Session, model: type[Interaction] | type[Task], contact_id: int
         ) -> tuple[int, ...]:
    return tuple(session.scalars(select(model.id).where(model.contact_id == contact_id)))


def _count(session: Session, model: type[Interaction] | type[Task], contact_id: int) -> int:
    stmt = select(func.count()).select_from(model).where(model.contact_id == contact_id)
    return session.execute(stmt).scalar_one()


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
