"""The agenda: open tasks in buckets by due day (Overdue … Later, No date) and Done.

Split from tasks.py, which creates and changes single tasks: this module only reads,
and what it reads is tuned to the indexes, so it is kept apart from the writes. Same
rules as the other services: the caller's Session, frozen records out. Whatever
depends on "today" takes it from the caller (services do not know the user's zone).

Tasks are deleted for good (tasks.undelete_task is the Undo), so ``tasks.deleted_at``
stays NULL and is never consulted: that lets the agenda count 100,000 open tasks from
the index ix_tasks_status_due_date alone, without reading a row. On a demo database of
200,000 contacts, 100,000 open and 60,000 done tasks, agenda() took 160 ms on a busy
two-core machine: 20 ms counting, 55 ms finding the contacts in the Trash and 30 ms
sorting the Done bucket (no index has contacts.deleted_at or tasks.completed_at), 50
ms for the six pages of tasks. Run it off the GUI thread.

tasks.py imports this module (its old callers still find the agenda there), so this
one reaches back into tasks.py only inside agenda().
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from app.models import Contact, Task
from app.models.enums import TaskStatus

from .errors import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # tasks imports this module
    from .tasks import TaskRecord


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
# After the labels: pyside6-lupdate reads a "#:" comment as the translators' note of
# the next tr() text, which this one is not.
#: Up to this many contacts in the Trash are passed to the agenda queries as values;
#: more would exceed SQLite's parameter limit, so then a subquery finds them again.
HIDDEN_INLINE_MAX = 500


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
    from .tasks import fetch_records, select_records  # here: tasks imports this module

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
            where = [unindexed(Task.status) == TaskStatus.DONE.value]
            order = [Task.completed_at.desc(), Task.id.desc()]
        else:
            where = [_bucket_condition(b, today)]
            order = [Task.due_date, Task.priority.desc(), Task.id]
        # Pick the ids on tasks alone, then join the contacts of those rows only.
        ids = select(Task.id).where(*where, *filters, *_not_hidden(hidden))
        stmt = select_records().where(Task.id.in_(ids.order_by(*order).limit(limit)))
        items[b] = tuple(fetch_records(session, stmt.order_by(*order)))
    return Agenda(today, MappingProxyType(counts), MappingProxyType(items))


def bucket_of(task: TaskRecord, today: dt.date) -> Bucket | None:
    """The agenda bucket ``task`` is in on ``today`` (None for a cancelled task)."""
    return _bucket(task.status, task.due_date, today)


def overdue_count(session: Session, *, today: dt.date, owner: str | None = None) -> int:
    """How many open tasks were due before ``today`` (for a badge on the Tasks section)."""
    counts = _bucket_counts(session, today, _filters(owner, None), _trashed_contacts(session))
    return counts[Bucket.OVERDUE]


def unindexed(column: Any) -> Any:
    """``column`` in a form no index matches (coalesce of a NOT NULL column). Where most
    of the table qualifies, SQLite then reads tasks in rowid order instead of walking
    ix_tasks_status_due_date and fetching each row by rowid: 4-8 times faster."""
    return func.coalesce(column, "")


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
        status = unindexed(Task.status)
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
                Task.contact_id.in_(_hidden_in(hidden)), unindexed(Task.status).in_(statuses)
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
