"""Tasks out to calendars: an iCalendar (.ics) file of VTODOs, per RFC 5545.

Calendar and to-do apps (Thunderbird, Outlook, Apple Reminders) import it; each task
keeps a stable UID, so exporting again updates the same to-dos instead of doubling
them. Times are written in UTC; a task with only a due day gets a DATE value.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from icalendar import Alarm, Calendar, Todo

from app.models.enums import Priority, TaskStatus

from ..errors import QT_TRANSLATE_NOOP
from ..tasks import TaskRecord
from .atomic_write import write_atomically

PRODID = "-//Rapport//Rapport CRM//EN"
UID_DOMAIN = "rapport.local"
#: The line the contact's name is written in, below the notes. The file is read by
#: other people's apps, so the UI may pass it translated.
CONTACT_LINE = QT_TRANSLATE_NOOP("Export", "Contact: {name}")

# RFC 5545 3.8.1.9: 1 is the highest priority, 5 medium, 9 the lowest (0: undefined).
ICS_PRIORITY = {Priority.HIGH: 1, Priority.NORMAL: 5, Priority.LOW: 9}
ICS_STATUS = {
    TaskStatus.OPEN: "NEEDS-ACTION",
    TaskStatus.DONE: "COMPLETED",
    TaskStatus.CANCELLED: "CANCELLED",
}


def task_uid(task_id: int) -> str:
    """The UID of a task in every export, so that re-imports update rather than add."""
    return f"rapport-task-{task_id}@{UID_DOMAIN}"


def write_tasks_ics(
    tasks: Iterable[TaskRecord],
    path: Path,
    *,
    now: dt.datetime,
    contact_line: str = CONTACT_LINE,
) -> int:
    """Write one VTODO per task to ``path``; returns how many were written.

    ``now`` (aware) is the DTSTAMP of every to-do. The file is written to a temporary
    file beside ``path`` and moved over it, so a failed export never leaves half a
    calendar behind (or destroys the previous one).
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be an aware datetime")
    stamp = now.astimezone(dt.UTC)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    count = 0
    for task in tasks:
        calendar.add_component(_todo(task, stamp, contact_line))
        count += 1
    write_atomically(Path(path), calendar.to_ical())
    return count


def _todo(task: TaskRecord, stamp: dt.datetime, contact_line: str) -> Todo:
    todo = Todo()
    todo.add("uid", task_uid(task.id))
    todo.add("dtstamp", stamp)
    todo.add("created", task.created_at)
    todo.add("last-modified", task.updated_at)
    todo.add("summary", task.title)
    description = [task.notes] if task.notes else []
    if task.contact_name:
        description.append(contact_line.format(name=task.contact_name))
    if description:
        todo.add("description", "\n\n".join(description))
    if task.due_at is not None:
        todo.add("due", task.due_at.astimezone(dt.UTC))
    elif task.due_date is not None:
        todo.add("due", task.due_date)
    todo.add("priority", ICS_PRIORITY[task.priority])
    todo.add("status", ICS_STATUS[task.status])
    if task.completed_at is not None and task.status is TaskStatus.DONE:
        todo.add("completed", task.completed_at.astimezone(dt.UTC))
    if task.remind_at is not None:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", task.title)  # required for DISPLAY alarms
        # An absolute trigger must say VALUE=DATE-TIME (RFC 5545 3.8.6.3).
        alarm.add("trigger", task.remind_at.astimezone(dt.UTC),
                  parameters={"VALUE": "DATE-TIME"})
        todo.add_component(alarm)
    return todo

