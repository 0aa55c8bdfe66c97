"""The reminder notifier: each reminder once, when its time comes; the overdue count;
a tray message where there is a tray, a banner where there is none."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from app.db import Database, open_database
from app.services import tasks
from app.services.contacts import ContactInput, create_contact
from app.services.tasks import TaskInput
from app.ui import reminders
from app.ui.changes import Changes
from app.ui.reminders import ReminderNotifier
from app.ui.task_dialog import local_moment
from app.ui.workers import wait_for_all

TODAY = dt.date(2026, 3, 10)
NOW = local_moment(TODAY, dt.time(10, 0))
HOUR = dt.timedelta(hours=1)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = open_database(str(tmp_path / "reminders.sqlite3"))
    yield db
    wait_for_all()
    db.dispose()


@pytest.fixture
def no_tray(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))


@pytest.fixture
def changes() -> Changes:
    return Changes()


@pytest.fixture
def clock() -> Clock:
    return Clock(NOW)


@pytest.fixture
def notifier(database, changes, clock, qapp) -> Iterator[ReminderNotifier]:
    found = ReminderNotifier(database, changes, interval_ms=3_600_000, clock=clock,
                             since=NOW - HOUR)
    yield found
    found.stop()


def _add(database: Database, title: str, **fields) -> tasks.TaskRecord:
    with database.session_scope() as s:
        return tasks.create_task(s, TaskInput(title=title, **fields))


def _check(notifier: ReminderNotifier, qtbot) -> list[tasks.TaskRecord]:
    fired: list[tasks.TaskRecord] = []
    notifier.reminder.connect(fired.append)
    with qtbot.waitSignal(notifier.checked, timeout=5000):
        assert notifier.check_now()
    notifier.reminder.disconnect(fired.append)
    return fired


def test_a_reminder_that_came_due_fires_once(database, notifier, clock, qtbot, no_tray):
    with database.session_scope() as s:
        contact = create_contact(s, ContactInput(display_name="Dilnoza Karimova"), region="UZ")
    past = _add(database, "Call Dilnoza", contact_id=contact.id, due_date=TODAY,
                remind_at=NOW - dt.timedelta(minutes=5))
    later = _add(database, "Send the offer", remind_at=NOW + dt.timedelta(minutes=10))
    _add(database, "Long ago", remind_at=NOW - 2 * HOUR)  # before the notifier started
    with qtbot.waitSignal(notifier.banner) as banner:
        fired = _check(notifier, qtbot)
    assert [t.id for t in fired] == [past.id]
    assert banner.args[0].startswith("Reminder: Call Dilnoza: Dilnoza Karimova · due ")
    assert _check(notifier, qtbot) == []  # not twice
    clock.now = NOW + dt.timedelta(minutes=11)
    assert [t.id for t in _check(notifier, qtbot)] == [later.id]
    assert _check(notifier, qtbot) == []


def test_done_tasks_do_not_remind(database, notifier, qtbot, no_tray):
    task = _add(database, "Already handled", remind_at=NOW - dt.timedelta(minutes=1))
    with database.session_scope() as s:
        tasks.complete_task(s, task.id, now=NOW)
    assert _check(notifier, qtbot) == []


def test_the_overdue_count_follows_every_check_and_change(
        database, notifier, changes, qtbot, no_tray):
    for days in (-3, -1):
        _add(database, f"Late by {-days}", due_date=TODAY + dt.timedelta(days=days))
    _add(database, "Due today", due_date=TODAY)
    done = _add(database, "Late but done", due_date=TODAY - dt.timedelta(days=5))
    with database.session_scope() as s:
        tasks.complete_task(s, done.id, now=NOW)
    with qtbot.waitSignal(notifier.overdueChanged, timeout=5000) as counted:
        notifier.check_now()
    assert counted.args == [2] and notifier.overdue_count == 2
    _add(database, "Also late", due_date=TODAY - dt.timedelta(days=1))
    with qtbot.waitSignal(notifier.overdueChanged, timeout=5000) as counted:
        changes.tasksChanged.emit()
    assert counted.args == [3]


def test_a_check_asked_for_while_one_runs_runs_after_it(notifier, qtbot, no_tray):
    checks = []
    notifier.checked.connect(lambda: checks.append(1))
    assert notifier.check_now()
    assert not notifier.check_now()  # the first is still running: this one waits
    qtbot.waitUntil(lambda: len(checks) == 2)


def test_the_timer_checks_by_itself(database, changes, clock, qtbot, no_tray):
    _add(database, "Ring", remind_at=NOW - dt.timedelta(seconds=1))
    ticking = ReminderNotifier(database, changes, interval_ms=20, clock=clock,
                               since=NOW - HOUR)
    try:
        with qtbot.waitSignal(ticking.reminder, timeout=5000) as fired:
            pass
        assert fired.args[0].title == "Ring"
    finally:
        ticking.stop()


class FakeTray(QObject):
    """Stands in for the system tray, which the offscreen platform does not have."""

    MessageIcon = QSystemTrayIcon.MessageIcon
    messageClicked = Signal()
    made: list[FakeTray] = []

    def __init__(self, icon, parent=None) -> None:
        super().__init__(parent)
        self.icon, self.visible, self.messages = icon, False, []
        FakeTray.made.append(self)

    @staticmethod
    def isSystemTrayAvailable() -> bool:  # noqa: N802 - Qt's name
        return True

    def setToolTip(self, _text: str) -> None:  # noqa: N802 - Qt's name
        pass

    def show(self) -> None:
        self.visible = True

    def hide(self) -> None:
        self.visible = False

    def showMessage(self, title, text, icon, msecs) -> None:  # noqa: N802 - Qt's name
        self.messages.append((title, text))


def test_with_a_tray_the_reminder_is_a_tray_message(database, notifier, clock, qtbot,
                                                    monkeypatch):
    FakeTray.made.clear()
    monkeypatch.setattr(reminders, "QSystemTrayIcon", FakeTray)
    banners = []
    notifier.banner.connect(banners.append)
    for minutes in (3, 2, 1):
        _add(database, f"Task {minutes}", remind_at=NOW - dt.timedelta(minutes=minutes))
    assert len(_check(notifier, qtbot)) == 3
    _add(database, "One more", remind_at=NOW + dt.timedelta(seconds=1))
    clock.now = NOW + HOUR
    assert len(_check(notifier, qtbot)) == 1
    assert len(FakeTray.made) == 1 and FakeTray.made[0].visible  # made once, lazily
    assert FakeTray.made[0].messages == [
        ("Reminders (3)", "Task 3\nTask 2\nTask 1"), ("Reminder: One more", "")]
    assert banners == []
    with qtbot.waitSignal(notifier.notificationClicked):
        FakeTray.made[0].messageClicked.emit()
    notifier.stop()
    assert not FakeTray.made[0].visible
