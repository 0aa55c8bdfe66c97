"""Interactions: log a call, email, visit... with a contact, page through its timeline.

Like every service: takes the caller's Session, flushes but never commits, returns
frozen records, and validates all input before it touches the session. Logging keeps
``contacts.last_contacted_at`` (the newest interaction of the contact) up to date, and
can create the follow-up task ("call back in 3 days") in the same unit of work.

Interactions are deleted for good (delete_interaction returns the record, whose
``to_input()`` logs it again as the Undo), so ``interactions.deleted_at`` stays NULL
and is not consulted: the count of a timeline is then read from its index alone.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import bindparam, func, select, tuple_
from sqlalchemy.orm import Session

from app.models import Contact, Interaction, Task, UTCDateTime, utcnow
from app.models.enums import Channel, Direction

from . import tasks
from . import validation as v
from .contacts import CONTACT_IN_TRASH, CONTACT_NOT_FOUND
from .errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError

E = TypeVar("E", bound=StrEnum)

LIMITS = v.column_limits(Interaction)
MAX_FOLLOW_UP_DAYS = 3650
_FIELDS = ("contact_id", "channel", "direction", "occurred_at", "subject", "body", "outcome",
           "task_id", "deal_id")

INTERACTION_NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "This interaction no longer exists.")
CHOICE_INVALID = QT_TRANSLATE_NOOP(
    "Validation", "“{value}” is not one of the choices: {choices}."
)
FOLLOW_UP_RANGE = QT_TRANSLATE_NOOP(
    "Validation", "A follow-up can be due {minimum} to {maximum} days ahead, not {value}."
)
TASK_MISSING = QT_TRANSLATE_NOOP("Validation", "The chosen task no longer exists.")
#: Titles of follow-ups when none is typed: stored text, so the UI should pass its own
#: translated ``follow_up_title``; these are the English fallback.
FOLLOW_UP_SUBJECT = QT_TRANSLATE_NOOP("Tasks", "Follow up: {subject}")
FOLLOW_UP_CHANNEL = QT_TRANSLATE_NOOP("Tasks", "Follow up on the {channel}")


@dataclass(frozen=True)
class InteractionInput:
    """What the "log interaction" form gives. Blank text means "no value".

    ``occurred_at`` is an aware datetime (None: now). ``follow_up_days`` asks for an
    open follow-up task due that many days after today, titled ``follow_up_title`` (or
    a default) and owned by ``owner``; both are used by log_interaction only.
    ``task_id`` is the task this interaction completed (set by tasks.complete_task).
    ``deal_id`` is the deal it was about (its follow-up is about that deal too).
    """

    contact_id: int
    channel: str
    direction: str | None = None
    occurred_at: dt.datetime | None = None
    subject: str | None = None
    body: str | None = None
    outcome: str | None = None
    follow_up_days: int | None = None
    follow_up_title: str | None = None
    owner: str | None = None
    task_id: int | None = None
    deal_id: int | None = None


@dataclass(frozen=True)
class InteractionRecord:
    """A stored interaction, detached from the database. Times are aware UTC."""

    id: int
    contact_id: int
    channel: Channel
    direction: Direction | None
    occurred_at: dt.datetime
    subject: str | None
    body: str | None
    outcome: str | None
    task_id: int | None
    created_at: dt.datetime
    updated_at: dt.datetime
    deal_id: int | None = None

    @property
    def page_key(self) -> tuple[dt.datetime, int]:
        """Pass as ``before`` to timeline_page to get the page after this row."""
        return (self.occurred_at, self.id)

    def to_input(self) -> InteractionInput:
        """The input that would store this interaction unchanged (no follow-up)."""
        return InteractionInput(**{f: getattr(self, f) for f in _FIELDS})


@dataclass(frozen=True)
class LoggedInteraction:
    """What log_interaction stored: the interaction and the follow-up task, if asked."""

    interaction: InteractionRecord
    follow_up: tasks.TaskRecord | None


def log_interaction(
    session: Session,
    data: InteractionInput,
    *,
    now: dt.datetime | None = None,
    today: dt.date | None = None,
) -> LoggedInteraction:
    """Store an interaction, move the contact's last contact, create the follow-up.

    ``today`` is the user's local date, the day the follow-up's N days count from
    (default: the UTC date of ``now``). NotFoundError if the contact does not exist or
    is in the Trash.
    """
    moment = tasks.utc_moment("now", now) or utcnow()
    columns = _validate(session, data, default_time=moment)
    follow_up = _follow_up_input(data, columns, today or moment.date())
    interaction = Interaction(**columns)
    session.add(interaction)
    task = tasks.create_task(session, follow_up) if follow_up is not None else None
    contact = session.get_one(Contact, interaction.contact_id)
    if contact.last_contacted_at is None or contact.last_contacted_at < interaction.occurred_at:
        contact.last_contacted_at = interaction.occurred_at
    session.flush()
    return LoggedInteraction(_to_record(interaction), task)


def update_interaction(
    session: Session, interaction_id: int, data: InteractionInput
) -> InteractionRecord:
    """Replace the fields of an interaction; ``occurred_at`` None keeps its time.

    ``follow_up_*`` and ``owner`` are ignored: a follow-up, once made, is a task of its
    own. The last contact of the contact(s) involved is recomputed.
    """
    interaction = _load(session, interaction_id)
    columns = _validate(session, data, default_time=interaction.occurred_at,
                        kept_deal=interaction.deal_id)
    before = interaction.contact_id
    for name, value in columns.items():
        setattr(interaction, name, value)
    session.flush()
    for contact_id in {before, interaction.contact_id}:
        _refresh_last_contacted(session, contact_id)
    return _to_record(interaction)


def delete_interaction(session: Session, interaction_id: int) -> InteractionRecord:
    """Delete an interaction for good and recompute its contact's last contact.

    Returns what was deleted: ``log_interaction(s, record.to_input())`` puts it back.
    """
    interaction = _load(session, interaction_id)
    record = _to_record(interaction)
    session.delete(interaction)
    session.flush()
    _refresh_last_contacted(session, record.contact_id)
    return record


def link_follow_up(session: Session, interaction_id: int, task_id: int) -> InteractionRecord:
    """Make ``task_id`` the follow-up of an interaction, if it has no task yet.

    For "Follow up…" on a timeline row: the task is created first (by the task form),
    then linked here. An interaction that already has a task (the follow-up it created,
    or the task it completed) keeps it: the first link is the one that tells its story.
    NotFoundError if the interaction is gone; ValidationError if the task is.
    """
    interaction = _load(session, interaction_id)
    if session.get(Task, task_id) is None:
        raise ValidationError("task_id", TASK_MISSING, id=task_id)
    if interaction.task_id is None:
        interaction.task_id = task_id
        session.flush()
    return _to_record(interaction)


def get_interaction(session: Session, interaction_id: int) -> InteractionRecord:
    """One interaction; NotFoundError if there is none."""
    return _to_record(_load(session, interaction_id))


def timeline_page(
    session: Session,
    contact_id: int,
    *,
    limit: int = 100,
    before: tuple[dt.datetime, int] | None = None,
) -> list[InteractionRecord]:
    """A page of a contact's interactions, newest first, after ``before`` if given.

    Keyset paging on ix_interactions_contact_id_occurred_at (whose entries end in the
    rowid, so ORDER BY occurred_at, id needs no sort): every page costs the same.
    ``before`` is the ``page_key`` of the previous page's last record.
    """
    if limit < 1:
        raise ValueError("limit must be at least 1")
    stmt = select(Interaction).where(Interaction.contact_id == contact_id)
    if before is not None:
        moment = bindparam("before_at", tasks.utc_moment("before", before[0]), UTCDateTime())
        key = tuple_(Interaction.occurred_at, Interaction.id)
        stmt = stmt.where(key < tuple_(moment, bindparam("before_id", before[1])))
    stmt = stmt.order_by(Interaction.occurred_at.desc(), Interaction.id.desc()).limit(limit)
    return [_to_record(i) for i in session.scalars(stmt)]


def count_interactions(session: Session, contact_id: int) -> int:
    """How many interactions a contact has (for the timeline's scroll bar)."""
    stmt = select(func.count()).select_from(Interaction).where(
        Interaction.contact_id == contact_id
    )
    return session.scalar(stmt) or 0


def timeline_key_at(
    session: Session, contact_id: int, position: int
) -> tuple[dt.datetime, int] | None:
    """The page key of the timeline row at ``position`` (newest first): an offset along
    the covering index (contact_id, occurred_at, rowid), reading no row. For a far jump
    in the timeline, where walking page by page would read every page between."""
    found = session.execute(
        select(Interaction.occurred_at, Interaction.id)
        .where(Interaction.contact_id == contact_id)
        .order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
        .offset(position)
        .limit(1)
    ).first()
    return None if found is None else (found[0], found[1])


def default_follow_up_title(channel: Channel, subject: str | None) -> str:
    """The (English) title of a follow-up when none is typed, within the column limit."""
    if subject:
        title = FOLLOW_UP_SUBJECT.format(subject=subject)
    else:
        title = FOLLOW_UP_CHANNEL.format(channel=channel.value)
    limit = tasks.LIMITS["title"]
    return title if len(title) <= limit else title[: limit - 1] + "…"


def _validate(session: Session, data: InteractionInput, *, default_time: dt.datetime,
              kept_deal: int | None = None) -> dict[str, Any]:
    contact = session.get(Contact, data.contact_id)
    if contact is None:
        raise NotFoundError(CONTACT_NOT_FOUND, id=data.contact_id)
    if contact.deleted_at is not None:
        raise NotFoundError(CONTACT_IN_TRASH, id=contact.id, name=contact.display_name)
    cols: dict[str, Any] = {"contact_id": contact.id}
    cols["channel"] = _choice("channel", data.channel, Channel).value
    direction = v.clean_text("direction", data.direction, limit=None)
    cols["direction"] = _choice("direction", direction, Direction).value if direction else None
    cols["occurred_at"] = tasks.utc_moment("occurred_at", data.occurred_at) or default_time
    cols["subject"] = v.clean_text("subject", data.subject, limit=LIMITS["subject"])
    cols["body"] = v.clean_text("body", data.body, limit=v.NOTES_LEN, multiline=True)
    cols["outcome"] = v.clean_text("outcome", data.outcome, limit=LIMITS["outcome"])
    if data.task_id is not None and session.get(Task, data.task_id) is None:
        raise ValidationError("task_id", TASK_MISSING, id=data.task_id)
    cols["task_id"] = data.task_id
    cols["deal_id"] = tasks.check_deal(session, data.deal_id, kept_deal)
    return cols


def _follow_up_input(
    data: InteractionInput, columns: dict[str, Any], today: dt.date
) -> tasks.TaskInput | None:
    """The follow-up task to create, checked here so that the errors name the fields of
    the interaction form and nothing is stored when one is wrong."""
    days = data.follow_up_days
    if days is None:
        return None
    if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= MAX_FOLLOW_UP_DAYS:
        raise ValidationError("follow_up_days", FOLLOW_UP_RANGE, value=days, minimum=0,
                              maximum=MAX_FOLLOW_UP_DAYS)
    title = v.clean_text("follow_up_title", data.follow_up_title, limit=tasks.LIMITS["title"])
    owner = v.clean_text("owner", data.owner, limit=tasks.LIMITS["owner"])
    return tasks.TaskInput(
        title=title or default_follow_up_title(Channel(columns["channel"]), columns["subject"]),
        contact_id=columns["contact_id"],
        due_date=today + dt.timedelta(days=days),
        owner=owner,
        deal_id=columns["deal_id"],
    )


def _choice(field: str, value: str | None, kind: type[E]) -> E:
    text = v.require_text(field, value, limit=None)
    try:
        return kind(text.lower())
    except ValueError:
        choices = ", ".join(item.value for item in kind)
        raise ValidationError(field, CHOICE_INVALID, value=text, choices=choices) from None


def _refresh_last_contacted(session: Session, contact_id: int) -> None:
    """Set the contact's last contact to its newest interaction (None when it has none):
    one step down the index from its end."""
    newest = session.scalar(
        select(Interaction.occurred_at)
        .where(Interaction.contact_id == contact_id)
        .order_by(Interaction.occurred_at.desc())
        .limit(1)
    )
    contact = session.get(Contact, contact_id)
    if contact is not None and contact.last_contacted_at != newest:
        contact.last_contacted_at = newest
        session.flush()


def _load(session: Session, interaction_id: int) -> Interaction:
    interaction = session.get(Interaction, interaction_id)
    if interaction is None:
        raise NotFoundError(INTERACTION_NOT_FOUND, id=interaction_id)
    return interaction


def _to_record(interaction: Interaction) -> InteractionRecord:
    direction = interaction.direction
    return InteractionRecord(
        id=interaction.id,
        contact_id=interaction.contact_id,
        channel=Channel(interaction.channel),
        direction=Direction(direction) if direction else None,
        occurred_at=interaction.occurred_at,
        subject=interaction.subject,
        body=interaction.body,
        outcome=interaction.outcome,
        task_id=interaction.task_id,
        deal_id=interaction.deal_id,
        created_at=interaction.created_at,
        updated_at=interaction.updated_at,
    )
