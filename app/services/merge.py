"""Merging two contacts into one: the preview the merge dialog shows, and the merge.

A merge keeps one contact (the survivor) and moves everything of the other to it: the
fields a person picked, every interaction and task, every tag link, and every email
address and phone number the survivor lacks. The other goes to the Trash, so nothing
is lost until the Trash is emptied. MergeResult carries a MergeUndo: plain data from
which ``unmerge`` puts both contacts back exactly as they were.

The undo side (MergeUndo and unmerge, and the snapshots that also undo plain edits)
lives in snapshots.py; the names the undo commands use are imported here as well, so
``merge.unmerge`` and ``merge.contact_snapshot`` keep working. Moving interactions
and tasks leaves their ``updated_at`` alone: their content is unchanged. Same rules
as the other services: the caller's Session, flush but no commit.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.models import Contact, ContactEmail, ContactPhone, Interaction, Task, utcnow

from .contacts import CONTACT_IN_TRASH, ContactRecord, get_contact, refresh_search_text
from .errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from .snapshots import (  # noqa: F401 - the undo side moved there; merge.unmerge() etc. work
    ContactSnapshot,
    MergeUndo,
    contact_row,
    contact_snapshot,
    purge_contact,
    restore_snapshot,
    set_custom_fields,
    unmerge,
)

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

MERGE_WITH_ITSELF = QT_TRANSLATE_NOOP(
    "Validation", "A contact cannot be merged with itself. Choose another contact."
)


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
                set_custom_fields(survivor, other.custom_fields)
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


def _pair(session: Session, survivor_id: int, other_id: int) -> tuple[Contact, Contact]:
    if survivor_id == other_id:
        raise ValidationError("other_id", MERGE_WITH_ITSELF, id=other_id)
    pair = []
    for contact_id in (survivor_id, other_id):
        contact = contact_row(session, contact_id)
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
