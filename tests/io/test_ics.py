"""Tasks out to an iCalendar file: written atomically, read back with icalendar."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from icalendar import Calendar
from sqlalchemy.orm import Session

from app.models.enums import Priority, TaskStatus
from app.services import contacts, tasks
from app.services.contacts import ContactInput
from app.services.io.ics import task_uid, write_tasks_ics
from app.services.tasks import TaskInput, TaskRecord

TASHKENT = dt.timezone(dt.timedelta(hours=5))
NOW = dt.datetime(2025, 6, 2, 15, 0, tzinfo=TASHKENT)


def _read(path: Path) -> dict[str, Calendar]:
    calendar = Calendar.from_ical(path.read_bytes())
    assert str(calendar["VERSION"]) == "2.0" and "Rapport" in str(calendar["PRODID"])
    return {str(todo["UID"]): todo for todo in calendar.walk("VTODO")}


def _tasks(session: Session) -> list[TaskRecord]:
    cid = contacts.create_contact(session, ContactInput(display_name="Ли Мин"), region="UZ").id
    dated = tasks.create_task(session, TaskInput(
        title="Send the price list", notes="Wholesale, 2025", contact_id=cid,
        due_date=dt.date(2025, 6, 5), priority=Priority.HIGH))
    timed = tasks.create_task(session, TaskInput(
        title="Call; then, visit", due_at=dt.datetime(2025, 6, 3, 10, 0, tzinfo=TASHKENT),
        remind_at=dt.datetime(2025, 6, 3, 9, 45, tzinfo=TASHKENT), priority=Priority.LOW))
    done = tasks.create_task(session, TaskInput(title="Done already"))
    finished = tasks.complete_task(session, done.id, now=NOW).task
    return [dated, tasks.get_task(session, timed.id), finished]


def test_round_trip(session: Session, tmp_path: Path) -> None:
    records = _tasks(session)
    path = tmp_path / "tasks.ics"
    assert write_tasks_ics(records, path, now=NOW) == 3
    todos = _read(path)
    assert list(todos) == [task_uid(t.id) for t in records]
    assert task_uid(7) == "rapport-task-7@rapport.local"
    dated, timed, done = (todos[task_uid(t.id)] for t in records)
    utc_now = NOW.astimezone(dt.UTC)
    for todo in (dated, timed, done):
        assert todo.decoded("DTSTAMP") == utc_now
    assert str(dated["SUMMARY"]) == "Send the price list"
    assert str(dated["DESCRIPTION"]) == "Wholesale, 2025\n\nContact: Ли Мин"
    assert dated.decoded("DUE") == dt.date(2025, 6, 5)
    assert (int(dated["PRIORITY"]), str(dated["STATUS"])) == (1, "NEEDS-ACTION")
    assert "COMPLETED" not in dated and not dated.walk("VALARM")

    assert str(timed["SUMMARY"]) == "Call; then, visit" and "DESCRIPTION" not in timed
    assert timed.decoded("DUE") == dt.datetime(2025, 6, 3, 5, 0, tzinfo=dt.UTC)
    assert int(timed["PRIORITY"]) == 9
    (alarm,) = timed.walk("VALARM")
    assert str(alarm["ACTION"]) == "DISPLAY" and str(alarm["DESCRIPTION"]) == "Call; then, visit"
    assert alarm.decoded("TRIGGER") == dt.datetime(2025, 6, 3, 4, 45, tzinfo=dt.UTC)
    assert b"TRIGGER;VALUE=DATE-TIME:20250603T044500Z" in path.read_bytes()

    assert (str(done["STATUS"]), int(done["PRIORITY"])) == ("COMPLETED", 5)
    assert done.decoded("COMPLETED") == utc_now and "DUE" not in done


def test_contact_line_can_be_translated(session: Session, tmp_path: Path) -> None:
    path = tmp_path / "t.ics"
    write_tasks_ics(_tasks(session)[:1], path, now=NOW, contact_line="Контакт: {name}")
    (todo,) = _read(path).values()
    assert str(todo["DESCRIPTION"]).endswith("Контакт: Ли Мин")


def test_no_tasks_is_an_empty_calendar(tmp_path: Path) -> None:
    path = tmp_path / "empty.ics"
    assert write_tasks_ics(iter(()), path, now=NOW) == 0
    assert _read(path) == {}


def test_a_failed_export_keeps_the_old_file_and_leaves_no_litter(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = _tasks(session)
    out = tmp_path / "out"  # tmp_path also holds the database
    out.mkdir()
    path = out / "tasks.ics"
    write_tasks_ics(records[:1], path, now=NOW)
    before = path.read_bytes()

    def broken(*args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(OSError, match="disk full"):
        write_tasks_ics(records, path, now=NOW)
    assert path.read_bytes() == before
    assert [p.name for p in out.iterdir()] == ["tasks.ics"]
    monkeypatch.undo()
    assert write_tasks_ics(records, path, now=NOW) == 3 and len(_read(path)) == 3


def test_naive_now_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        write_tasks_ics([], tmp_path / "x.ics", now=dt.datetime(2025, 6, 2, 12, 0))
    assert not (tmp_path / "x.ics").exists()


def test_cancelled_status(tmp_path: Path) -> None:
    record = TaskRecord(
        id=1, title="Never mind", notes=None, contact_id=None, contact_name=None,
        due_date=None, due_at=None, remind_at=None, priority=Priority.NORMAL,
        status=TaskStatus.CANCELLED, completed_at=None, owner=None,
        created_at=NOW, updated_at=NOW,
    )
    write_tasks_ics([record], tmp_path / "c.ics", now=NOW)
    (todo,) = _read(tmp_path / "c.ics").values()
    assert str(todo["STATUS"]) == "CANCELLED" and "COMPLETED" not in todo
