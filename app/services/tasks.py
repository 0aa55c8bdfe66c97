"""Follow-up tasks: create, change, complete, snooze, delete; due reminders.

Like every service: takes the caller's Session, flushes but never commits, returns
frozen TaskRecords (never ORM objects), and validates all input before it touches the
session, so a ValidationError leaves session and database as they were.

``due_date`` is a day in the user's calendar. Services do not know the user's time
zone, so whatever depends on "today" takes a ``today`` date from the caller, and a
``due_at``/``until`` moment is read in the zone it was given in (pass a local aware
datetime) to find its calendar day.

Tasks are deleted for good (undelete_task is the Undo), so ``tasks.deleted_at`` stays
NULL and is never consulted. The agenda, which reads tasks by bucket, lives in
agenda.py; its names are imported here too, so ``tasks.agenda()`` keeps working.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, case, select
from sqlalchemy.orm import Session

from app.models import Contact, Deal, Task, utcnow
from app.models.enums import Priority, TaskStatus

from . import validation as v
from .agenda import (  # noqa: F401 - the agenda moved there; tasks.agenda() etc. still work
    OPEN_BUCKETS,
    Agenda,
    Bucket,
    agenda,
    bucket_of,
    overdue_count,
    unindexed,
)
from .errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError

if TYPE_CHECKING:  # interactions imports this module, for follow-ups
    from .interactions import InteractionInput, LoggedInteraction

LIMITS = v.column_limits(Task)
_FIELDS = ("title", "notes", "contact_id", "due_date", "due_at", "remind_at", "owner",
           "deal_id")

TASK_NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "This task no longer exists.")
CONTACT_MISSING = QT_TRANSLATE_NOOP(
    "Validation", "The chosen contact no longer exists. Choose another one."
)
CONTACT_IN_TRASH = QT_TRANSLATE_NOOP(
    "Validation",
    "The contact “{name}” is in the Trash. Restore it first or choose another contact.",
)
NO_TIME_ZONE = QT_TRANSLATE_NOOP(
    "Validation", "The time {value} has no time zone, so the moment it means is unknown."
)
DUE_TIME_OFF_DATE = QT_TRANSLATE_NOOP(
    "Validation", "The due time {due_at} is not on the due date {due_date}."
)
DEAL_MISSING = QT_TRANSLATE_NOOP(
    "Validation", "The chosen deal no longer exists. Choose another one, or none."
)
DEAL_IN_TRASH = QT_TRANSLATE_NOOP(
    "Validation",
    "The deal “{title}” is in the Trash. Restore it first or choose another deal.",
)
PRIORITY_INVALID = QT_TRANSLATE_NOOP(
    "Validation", "“{value}” is not a priority. Choose one of: {choices}."
)


@dataclass(frozen=True)
class TaskInput:
    """What the task form gives. ``due_at`` and ``remind_at`` must be aware datetimes;
    when ``due_at`` is given, ``due_date`` may be left out (it is due_at's calendar day
    in the zone it was given in). ``deal_id`` is the deal the task is about."""

    title: str
    notes: str | None = None
    contact_id: int | None = None
    due_date: dt.date | None = None
    due_at: dt.datetime | None = None
    remind_at: dt.datetime | None = None
    priority: int = Priority.NORMAL
    owner: str | None = None
    deal_id: int | None = None


@dataclass(frozen=True)
class TaskRecord:
    """A stored task, detached from the database. Times are aware UTC datetimes."""

    id: int
    title: str
    notes: str | None
    contact_id: int | None
    contact_name: str | None
    due_date: dt.date | None
    due_at: dt.datetime | None
    remind_at: dt.datetime | None
    priority: Priority
    status: TaskStatus
    completed_at: dt.datetime | None
    owner: str | None
    created_at: dt.datetime
    updated_at: dt.datetime
    deal_id: int | None = None

    @property
    def is_open(self) -> bool:
        return self.status is TaskStatus.OPEN

    def to_input(self) -> TaskInput:
        """The input that would store this task unchanged."""
        return TaskInput(priority=self.priority, **{f: getattr(self, f) for f in _FIELDS})


@dataclass(frozen=True)
class CompletedTask:
    """What complete_task did: the task, and the outcome it logged (if one was given)."""

    task: TaskRecord
    logged: LoggedInteraction | None


def create_task(session: Session, data: TaskInput) -> TaskRecord:
    """Store a new open task."""
    columns = _validate(session, data, None)
    task = Task(status=TaskStatus.OPEN.value, **columns)
    session.add(task)
    session.flush()
    return _record(session, task)


def update_task(session: Session, task_id: int, data: TaskInput) -> TaskRecord:
    """Replace the editable fields of a task (its status is changed by complete/reopen)."""
    task = _load(session, task_id)
    _set(task, _validate(session, data, task))
    return _record(session, task)


def get_task(session: Session, task_id: int) -> TaskRecord:
    """One task; NotFoundError if there is none."""
    return _record(session, _load(session, task_id))


def delete_task(session: Session, task_id: int) -> TaskRecord:
    """Delete a task for good; returns it, so that undelete_task can put it back.

    Interactions that completed it keep existing, without the link.
    """
    task = _load(session, task_id)
    record = _record(session, task)
    session.delete(task)
    session.flush()
    return record


def undelete_task(session: Session, record: TaskRecord) -> TaskRecord:
    """Put back a task delete_task returned (the Undo of a delete): every field, its
    status and times, and its id unless a new task has taken that id since. Its deal
    link stays even when the deal is in the Trash now, and goes if the deal is gone."""
    data = record.to_input()
    if data.deal_id is not None and session.get(Deal, data.deal_id) is None:
        data = dataclasses.replace(data, deal_id=None)
    columns = _validate(session, data, None, keep_deal=data.deal_id)
    free = session.get(Task, record.id) is None
    task = Task(id=record.id if free else None, status=record.status.value,
                completed_at=record.completed_at, created_at=record.created_at, **columns)
    session.add(task)
    return _record(session, task)


def complete_task(
    session: Session,
    task_id: int,
    *,
    now: dt.datetime | None = None,
    outcome: InteractionInput | None = None,
    today: dt.date | None = None,
) -> CompletedTask:
    """Mark a task done at ``now``; with ``outcome``, also log that interaction for it.

    The outcome is logged first (it may fail validation) with its ``task_id`` set to
    this task and, unless it names a deal, about the task's deal (when that is not in
    the Trash); its own follow-up, if asked for, is due ``today`` + N days. A task that
    is already done keeps its completion time.
    """
    from . import interactions  # here, not at the top: interactions imports this module

    task = _load(session, task_id)
    moment = utc_moment("now", now) or utcnow()
    logged = None
    if outcome is not None:
        deal_id = outcome.deal_id or _live_deal(session, task.deal_id)
        outcome = dataclasses.replace(outcome, task_id=task.id, deal_id=deal_id)
        logged = interactions.log_interaction(session, outcome, now=moment, today=today)
    if task.status != TaskStatus.DONE:
        _set(task, {"status": TaskStatus.DONE.value, "completed_at": moment})
    return CompletedTask(_record(session, task), logged)


def reopen_task(session: Session, task_id: int) -> TaskRecord:
    """Make a done or cancelled task open again."""
    task = _load(session, task_id)
    _set(task, {"status": TaskStatus.OPEN.value, "completed_at": None})
    return _record(session, task)


def snooze_task(session: Session, task_id: int, *, until: dt.datetime) -> TaskRecord:
    """Remind again at ``until``; a task due before then becomes due then.

    ``until`` is read in its own zone to find its calendar day: pass local time.
    """
    moment = _aware("until", until)
    task = _load(session, task_id)
    changes: dict[str, Any] = {"remind_at": moment}
    if task.due_at is not None and task.due_at < moment:
        changes.update(due_at=moment, due_date=until.date())
    elif task.due_date is not None and task.due_date < until.date():
        changes["due_date"] = until.date()
    _set(task, changes)
    return _record(session, task)


def reschedule_task(
    session: Session, task_id: int, due_date: dt.date | None, due_at: dt.datetime | None = None
) -> TaskRecord:
    """Set a new due day (None: no date) and optionally time, as in TaskInput."""
    changes = _due(due_date, due_at)
    task = _load(session, task_id)
    _set(task, changes)
    return _record(session, task)


def reassign_task(session: Session, task_id: int, owner: str | None) -> TaskRecord:
    """Give the task to another owner (blank: nobody)."""
    value = v.clean_text("owner", owner, limit=LIMITS["owner"])
    task = _load(session, task_id)
    _set(task, {"owner": value})
    return _record(session, task)


def task_owners(session: Session) -> list[str]:
    """The owners tasks have, for the agenda's filter."""
    stmt = select(Task.owner).where(Task.owner.is_not(None)).distinct().order_by(Task.owner)
    return [owner for owner in session.scalars(stmt) if owner]


def due_reminders(session: Session, *, now: dt.datetime, since: dt.datetime) -> list[TaskRecord]:
    """Open tasks whose reminder falls in (``since``, ``now``], earliest first.

    The notifier calls it on a timer with the previous call's ``now`` as ``since``, so
    each reminder fires once. No index has remind_at, so this reads the tasks table in
    order (about 25 ms per 150,000 tasks): once a minute, or off the GUI thread.
    """
    start, end = _aware("since", since), _aware("now", now)
    stmt = select_records().where(
        unindexed(Task.status) == TaskStatus.OPEN.value,
        Task.remind_at > start,
        Task.remind_at <= end,
        Contact.deleted_at.is_(None),  # looked up only for the few rows due
    )
    return fetch_records(session, stmt.order_by(Task.remind_at, Task.id))


def tasks_for_contact(
    session: Session, contact_id: int, *, include_done: bool = False
) -> list[TaskRecord]:
    """A contact's tasks: open ones by due date (undated last), then closed ones (done
    or cancelled, when ``include_done``) newest completed first."""
    stmt = select_records().where(Task.contact_id == contact_id)
    if not include_done:
        stmt = stmt.where(Task.status == TaskStatus.OPEN.value)
    stmt = stmt.order_by(
        case((Task.status == TaskStatus.OPEN.value, 0), else_=1),
        Task.due_date.is_(None), Task.due_date, Task.priority.desc(),
        Task.completed_at.desc(), Task.id,
    )
    return fetch_records(session, stmt)


def utc_moment(field: str, value: dt.datetime | None) -> dt.datetime | None:
    """An aware datetime in UTC (None stays None); a naive one is a ValidationError."""
    return None if value is None else _aware(field, value)


def _aware(field: str, value: dt.datetime) -> dt.datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError(field, NO_TIME_ZONE, value=value.isoformat(sep=" "))
    return value.astimezone(dt.UTC)


def _due(due_date: dt.date | None, due_at: dt.datetime | None) -> dict[str, Any]:
    if isinstance(due_date, dt.datetime):
        due_date = due_date.date()
    moment = utc_moment("due_at", due_at)
    if due_at is not None:
        if due_date is None:
            due_date = due_at.date()
        elif due_date != due_at.date():
            raise ValidationError("due_at", DUE_TIME_OFF_DATE, due_at=due_at.isoformat(sep=" "),
                                  due_date=due_date.isoformat())
    return {"due_date": due_date, "due_at": moment}


def _validate(session: Session, data: TaskInput, current: Task | None, *,
              keep_deal: int | None = None) -> dict[str, Any]:
    cols: dict[str, Any] = {"title": v.require_text("title", data.title, limit=LIMITS["title"])}
    cols["notes"] = v.clean_text("notes", data.notes, limit=v.NOTES_LEN, multiline=True)
    cols["contact_id"] = _check_contact(session, data.contact_id, current)
    cols.update(_due(data.due_date, data.due_at))
    cols["remind_at"] = utc_moment("remind_at", data.remind_at)
    try:
        cols["priority"] = Priority(data.priority).value
    except ValueError:
        choices = ", ".join(f"{p.value} ({p.name.lower()})" for p in Priority)
        raise ValidationError("priority", PRIORITY_INVALID, value=data.priority,
                              choices=choices) from None
    cols["owner"] = v.clean_text("owner", data.owner, limit=LIMITS["owner"])
    kept = current.deal_id if current is not None else keep_deal
    cols["deal_id"] = check_deal(session, data.deal_id, kept)
    return cols


def check_deal(session: Session, deal_id: int | None, kept: int | None = None) -> int | None:
    """A deal a task or an interaction can be about: it exists and is not in the Trash
    (``kept``, the link a record has already, stays even when its deal is in the Trash,
    so that the record can still be edited)."""
    if deal_id is None or deal_id == kept:
        return deal_id
    deal = session.get(Deal, deal_id)
    if deal is None:
        raise ValidationError("deal_id", DEAL_MISSING, id=deal_id)
    if deal.deleted_at is not None:
        raise ValidationError("deal_id", DEAL_IN_TRASH, id=deal_id, title=deal.title)
    return deal_id


def _check_contact(session: Session, contact_id: int | None, current: Task | None) -> int | None:
    """A contact that can be linked: it exists and is not in the Trash (a task keeps the
    contact it already has, so that it can still be edited)."""
    if contact_id is None or (current is not None and current.contact_id == contact_id):
        return contact_id
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise ValidationError("contact_id", CONTACT_MISSING, id=contact_id)
    if contact.deleted_at is not None:
        raise ValidationError("contact_id", CONTACT_IN_TRASH, id=contact_id,
                              name=contact.display_name)
    return contact_id


def _live_deal(session: Session, deal_id: int | None) -> int | None:
    """``deal_id`` when that deal exists and is not in the Trash, else None."""
    deal = session.get(Deal, deal_id) if deal_id is not None else None
    return deal_id if deal is not None and deal.deleted_at is None else None


def _load(session: Session, task_id: int) -> Task:
    task = session.get(Task, task_id)
    if task is None:
        raise NotFoundError(TASK_NOT_FOUND, id=task_id)
    return task


def _set(task: Task, changes: Mapping[str, Any]) -> None:
    for name, value in changes.items():
        setattr(task, name, value)



def _from_tasks(*columns: Any) -> Select[Any]:
    """SELECT ``columns`` FROM tasks LEFT JOIN contacts (for the contact's name)."""
    return select(*columns).select_from(Task).outerjoin(Contact, Contact.id == Task.contact_id)


def select_records() -> Select[Any]:
    """The rows fetch_records turns into TaskRecords; add WHERE and ORDER BY."""
    return _from_tasks(Task, Contact.display_name)


def fetch_records(session: Session, stmt: Select[Any]) -> list[TaskRecord]:
    """Run a statement made from select_records(); its rows as TaskRecords."""
    return [_to_record(task, name) for task, name in session.execute(stmt)]


def _record(session: Session, task: Task) -> TaskRecord:
    session.flush()
    contact = session.get(Contact, task.contact_id) if task.contact_id is not None else None
    return _to_record(task, contact.display_name if contact is not None else None)


def _to_record(task: Task, contact_name: str | None) -> TaskRecord:
    return TaskRecord(
        id=task.id,
        contact_name=contact_name,
        priority=Priority(task.priority),
        status=TaskStatus(task.status),
        completed_at=task.completed_at,
        created_at=task.created_at,
        updated_at=task.updated_at,
        **{f: getattr(task, f) for f in _FIELDS},
    )
