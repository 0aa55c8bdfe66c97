"""Follow-up tasks: create, change, complete, snooze; the agenda and due reminders.

Like every service: takes the caller's Session, flushes but never commits, returns
frozen TaskRecords (never ORM objects), and validates all input before it touches the
session, so a ValidationError leaves session and database as they were.

``due_date`` is a day in the user's calendar. Services do not know the user's time
zone, so whatever depends on "today" takes a ``today`` date from the caller, and a
``due_at``/``until`` moment is read in the zone it was given in (pass a local aware
datetime) to find its calendar day.

Tasks are deleted for good (undelete_task is the Undo), so ``tasks.deleted_at`` stays
NULL and is never consulted: that lets the agenda count 100,000 open tasks from the
index ix_tasks_status_due_date alone, without reading a row. On a demo database of
200,000 contacts, 100,000 open and 60,000 done tasks, agenda() took 160 ms on a busy
two-core machine: 20 ms counting, 55 ms finding the contacts in the Trash and 30 ms
sorting the Done bucket (no index has contacts.deleted_at or tasks.completed_at), 50
ms for the six pages of tasks. Run it off the GUI thread.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Select, case, func, or_, select
from sqlalchemy.orm import Session

from app.models import Contact, Task, utcnow
from app.models.enums import Priority, TaskStatus

from . import validation as v
from .errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError

if TYPE_CHECKING:  # interactions imports this module, for follow-ups
    from .interactions import InteractionInput, LoggedInteraction

LIMITS = v.column_limits(Task)
#: Up to this many contacts in the Trash are passed to the agenda queries as values;
#: more would exceed SQLite's parameter limit, so then a subquery finds them again.
HIDDEN_INLINE_MAX = 500
_FIELDS = ("title", "notes", "contact_id", "due_date", "due_at", "remind_at", "owner")

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
PRIORITY_INVALID = QT_TRANSLATE_NOOP(
    "Validation", "“{value}” is not a priority. Choose one of: {choices}."
)


class Bucket(StrEnum):
    """The sections of the agenda, in display order. Values are stable (settings, tests)."""

    OVERDUE = "overdue"
    TODAY = "today"
    NEXT_7_DAYS = "next_7_days"
    LATER = "later"
    NO_DATE = "no_date"
    DONE = "done"

    @property
    def label(self) -> str:
        """The untranslated heading; translate it in the "Tasks" context."""
        return _BUCKET_LABELS[self]


_BUCKET_LABELS = {
    Bucket.OVERDUE: QT_TRANSLATE_NOOP("Tasks", "Overdue"),
    Bucket.TODAY: QT_TRANSLATE_NOOP("Tasks", "Today"),
    Bucket.NEXT_7_DAYS: QT_TRANSLATE_NOOP("Tasks", "Next 7 days"),
    Bucket.LATER: QT_TRANSLATE_NOOP("Tasks", "Later"),
    Bucket.NO_DATE: QT_TRANSLATE_NOOP("Tasks", "No date"),
    Bucket.DONE: QT_TRANSLATE_NOOP("Tasks", "Done"),
}
#: The buckets of open tasks: together they hold every open task exactly once.
OPEN_BUCKETS = (Bucket.OVERDUE, Bucket.TODAY, Bucket.NEXT_7_DAYS, Bucket.LATER, Bucket.NO_DATE)


@dataclass(frozen=True)
class TaskInput:
    """What the task form gives. ``due_at`` and ``remind_at`` must be aware datetimes;
    when ``due_at`` is given, ``due_date`` may be left out (it is due_at's calendar day
    in the zone it was given in)."""

    title: str
    notes: str | None = None
    contact_id: int | None = None
    due_date: dt.date | None = None
    due_at: dt.datetime | None = None
    remind_at: dt.datetime | None = None
    priority: int = Priority.NORMAL
    owner: str | None = None


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


@dataclass(frozen=True)
class Agenda:
    """The task list of one day. ``counts`` are complete; ``items`` hold the first
    ``limit`` tasks of each bucket (earliest due first, then higher priority; the Done
    bucket newest completed first)."""

    today: dt.date
    counts: Mapping[Bucket, int]
    items: Mapping[Bucket, tuple[TaskRecord, ...]]

    @property
    def open_count(self) -> int:
        return sum(self.counts[b] for b in OPEN_BUCKETS)


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
    status and times, and its id unless a new task has taken that id since."""
    columns = _validate(session, record.to_input(), None)
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
    this task; its own follow-up, if asked for, is due ``today`` + N days. A task that
    is already done keeps its completion time.
    """
    from . import interactions  # here, not at the top: interactions imports this module

    task = _load(session, task_id)
    moment = utc_moment("now", now) or utcnow()
    logged = None
    if outcome is not None:
        outcome = dataclasses.replace(outcome, task_id=task.id)
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


def agenda(
    session: Session,
    *,
    today: dt.date,
    owner: str | None = None,
    priority: int | None = None,
    limit: int = 200,
) -> Agenda:
    """Every bucket's full count and its first ``limit`` tasks; see the module notes.

    ``owner`` and ``priority`` keep only the tasks with exactly that owner / priority.
    Tasks of contacts in the Trash are left out.
    """
    if limit < 1:
        raise ValueError("limit must be at least 1")
    filters = _filters(owner, priority)
    hidden = _trashed_contacts(session)
    counts = _bucket_counts(session, today, filters, hidden)
    items: dict[Bucket, tuple[TaskRecord, ...]] = {}
    where: list[ColumnElement[bool]]
    order: list[Any]
    for b in Bucket:
        if counts[b] == 0:
            items[b] = ()
            continue
        if b is Bucket.DONE:  # no index has completed_at: read the table in order
            where = [_unindexed(Task.status) == TaskStatus.DONE.value]
            order = [Task.completed_at.desc(), Task.id.desc()]
        else:
            where = [_bucket_condition(b, today)]
            order = [Task.due_date, Task.priority.desc(), Task.id]
        # Pick the ids on tasks alone, then join the contacts of those rows only.
        ids = select(Task.id).where(*where, *filters, *_not_hidden(hidden))
        stmt = _select_records().where(Task.id.in_(ids.order_by(*order).limit(limit)))
        items[b] = tuple(_rows(session, stmt.order_by(*order)))
    return Agenda(today, MappingProxyType(counts), MappingProxyType(items))


def bucket_of(task: TaskRecord, today: dt.date) -> Bucket | None:
    """The agenda bucket ``task`` is in on ``today`` (None for a cancelled task)."""
    return _bucket(task.status, task.due_date, today)


def task_owners(session: Session) -> list[str]:
    """The owners tasks have, for the agenda's filter."""
    stmt = select(Task.owner).where(Task.owner.is_not(None)).distinct().order_by(Task.owner)
    return [owner for owner in session.scalars(stmt) if owner]


def overdue_count(session: Session, *, today: dt.date, owner: str | None = None) -> int:
    """How many open tasks were due before ``today`` (for a badge on the Tasks section)."""
    counts = _bucket_counts(session, today, _filters(owner, None), _trashed_contacts(session))
    return counts[Bucket.OVERDUE]


def due_reminders(session: Session, *, now: dt.datetime, since: dt.datetime) -> list[TaskRecord]:
    """Open tasks whose reminder falls in (``since``, ``now``], earliest first.

    The notifier calls it on a timer with the previous call's ``now`` as ``since``, so
    each reminder fires once. No index has remind_at, so this reads the tasks table in
    order (about 25 ms per 150,000 tasks): once a minute, or off the GUI thread.
    """
    start, end = _aware("since", since), _aware("now", now)
    stmt = _select_records().where(
        _unindexed(Task.status) == TaskStatus.OPEN.value,
        Task.remind_at > start,
        Task.remind_at <= end,
        Contact.deleted_at.is_(None),  # looked up only for the few rows due
    )
    return _rows(session, stmt.order_by(Task.remind_at, Task.id))


def tasks_for_contact(
    session: Session, contact_id: int, *, include_done: bool = False
) -> list[TaskRecord]:
    """A contact's tasks: open ones by due date (undated last), then closed ones (done
    or cancelled, when ``include_done``) newest completed first."""
    stmt = _select_records().where(Task.contact_id == contact_id)
    if not include_done:
        stmt = stmt.where(Task.status == TaskStatus.OPEN.value)
    stmt = stmt.order_by(
        case((Task.status == TaskStatus.OPEN.value, 0), else_=1),
        Task.due_date.is_(None), Task.due_date, Task.priority.desc(),
        Task.completed_at.desc(), Task.id,
    )
    return _rows(session, stmt)


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


def _validate(session: Session, data: TaskInput, current: Task | None) -> dict[str, Any]:
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
    return cols


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


def _load(session: Session, task_id: int) -> Task:
    task = session.get(Task, task_id)
    if task is None:
        raise NotFoundError(TASK_NOT_FOUND, id=task_id)
    return task


def _set(task: Task, changes: Mapping[str, Any]) -> None:
    for name, value in changes.items():
        setattr(task, name, value)


def _filters(owner: str | None, priority: int | None) -> list[ColumnElement[bool]]:
    filters = []
    if owner is not None:
        filters.append(Task.owner == owner)
    if priority is not None:
        filters.append(Task.priority == int(priority))
    return filters


def _trashed_contacts(session: Session) -> list[int]:
    """Ids of the contacts in the Trash that have tasks (usually few).

    Read from the Trash's partial index (ix_contacts_trash), each checked for a task
    through ix_tasks_contact_id: about a millisecond at a million contacts. Checking
    the contact of every task in the agenda queries instead measured ten times slower.
    """
    has_task = select(Task.id).where(Task.contact_id == Contact.id).exists()
    stmt = select(Contact.id).where(Contact.deleted_at.is_not(None), has_task)
    return list(session.scalars(stmt))


def _hidden_in(hidden: list[int]) -> Any:
    """``hidden`` as the right side of IN: bound values, or for a Trash too big for
    one statement's parameters, the query that finds them again."""
    if len(hidden) <= HIDDEN_INLINE_MAX:
        return hidden
    return select(Contact.id).where(Contact.deleted_at.is_not(None))


def _not_hidden(hidden: list[int]) -> list[ColumnElement[bool]]:
    if not hidden:
        return []
    return [or_(Task.contact_id.is_(None), Task.contact_id.not_in(_hidden_in(hidden)))]


def _unindexed(column: Any) -> Any:
    """``column`` in a form no index matches (coalesce of a NOT NULL column). Where most
    of the table qualifies, SQLite then reads tasks in rowid order instead of walking
    ix_tasks_status_due_date and fetching each row by rowid: 4-8 times faster."""
    return func.coalesce(column, "")


def _bucket_counts(
    session: Session, today: dt.date, filters: list[ColumnElement[bool]], hidden: list[int]
) -> dict[Bucket, int]:
    """Open and done tasks per (status, due_date), folded into buckets here.

    Unfiltered, the GROUP BY walks the covering index ix_tasks_status_due_date in order
    (no row is read, no sort: 15 ms for 160,000 tasks), less the tasks of trashed
    contacts, found through ix_tasks_contact_id. Owner and priority live in the rows:
    filtered, the table is read in order and the groups sorted (70 ms), which beats
    fetching each row by rowid from the index (130-330 ms). One GROUP BY on a CASE of
    the bucket needs that sort even unfiltered.
    """
    statuses = (TaskStatus.OPEN.value, TaskStatus.DONE.value)
    minus: list[Any] = []
    if filters:
        status = _unindexed(Task.status)
        rows = session.execute(
            select(status, Task.due_date, func.count())
            .where(status.in_(statuses), *filters, *_not_hidden(hidden))
            .group_by(status, Task.due_date)
        )
    else:
        count = select(Task.status, Task.due_date, func.count()).group_by(
            Task.status, Task.due_date
        )
        rows = session.execute(count.where(Task.status.in_(statuses)))
        if hidden:
            minus = list(session.execute(count.where(
                Task.contact_id.in_(_hidden_in(hidden)), _unindexed(Task.status).in_(statuses)
            )))
    counts = dict.fromkeys(Bucket, 0)
    for sign, found in ((1, rows), (-1, minus)):
        for status, due_date, n in found:
            bucket = _bucket(TaskStatus(status), due_date, today)
            if bucket is not None:  # always: only open and done tasks are counted
                counts[bucket] += sign * n
    return counts


def _bucket(status: TaskStatus, due_date: dt.date | None, today: dt.date) -> Bucket | None:
    if status is TaskStatus.DONE:
        return Bucket.DONE
    if status is not TaskStatus.OPEN:
        return None
    if due_date is None:
        return Bucket.NO_DATE
    if due_date < today:
        return Bucket.OVERDUE
    if due_date == today:
        return Bucket.TODAY
    return Bucket.NEXT_7_DAYS if due_date <= today + dt.timedelta(days=7) else Bucket.LATER


def _bucket_condition(bucket: Bucket, today: dt.date) -> ColumnElement[bool]:
    """An open bucket as a range of ix_tasks_status_due_date."""
    week_end = today + dt.timedelta(days=7)
    due = Task.due_date
    condition = {
        Bucket.OVERDUE: due < today,
        Bucket.TODAY: due == today,
        Bucket.NEXT_7_DAYS: (due > today) & (due <= week_end),
        Bucket.LATER: due > week_end,
        Bucket.NO_DATE: due.is_(None),
    }[bucket]
    return (Task.status == TaskStatus.OPEN.value) & condition


def _from_tasks(*columns: Any) -> Select[Any]:
    """SELECT ``columns`` FROM tasks LEFT JOIN contacts (for the contact's name)."""
    return select(*columns).select_from(Task).outerjoin(Contact, Contact.id == Task.contact_id)


def _select_records() -> Select[Any]:
    return _from_tasks(Task, Contact.display_name)


def _rows(session: Session, stmt: Select[Any]) -> list[TaskRecord]:
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
