"""The Tasks section: the agenda's buckets and counts, its filters, the actions on a task
(complete with an outcome, snooze, reschedule, reassign, delete and undo), the task form
and its inline errors, and the .ics export."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QInputDialog, QLineEdit

from app.db import Database, open_database
from app.models.enums import Priority, TaskStatus
from app.services import interactions, tasks
from app.services.agenda import Bucket
from app.services.contacts import ContactInput, create_contact
from app.services.tasks import TaskInput
from app.ui.agenda_model import COL_CONTACT, COL_DUE, COL_OWNER
from app.ui.changes import Changes
from app.ui.task_dialog import (
    CompleteDialog,
    RescheduleDialog,
    TaskDialog,
    local_moment,
    priority_label,
)
from app.ui.tasks_section import TasksSection
from app.ui.workers import wait_for_all

TODAY = dt.date(2026, 3, 10)  # a Tuesday
NOW = local_moment(TODAY, dt.time(10, 0))


def _day(days: int) -> dt.date:
    return TODAY + dt.timedelta(days=days)


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = open_database(str(tmp_path / "tasks.sqlite3"))
    yield db
    wait_for_all()  # no worker may outlive the engine
    db.dispose()


@pytest.fixture
def changes() -> Changes:
    return Changes()


@pytest.fixture
def contact_id(database: Database) -> int:
    with database.session_scope() as s:
        return create_contact(s, ContactInput(first_name="Dilnoza", last_name="Karimova"),
                              region="UZ").id


def _add(database: Database, title: str, days: int | None, **fields) -> tasks.TaskRecord:
    with database.session_scope() as s:
        return tasks.create_task(s, TaskInput(title=title, due_date=None if days is None
                                              else _day(days), **fields))


@pytest.fixture
def make_section(database, settings, changes, qtbot):
    def make(**kwargs) -> TasksSection:
        section = TasksSection(database, settings, changes, clock=lambda: NOW, **kwargs)
        qtbot.addWidget(section)
        section.resize(900, 600)
        with qtbot.waitSignal(section.agendaLoaded, timeout=5000):
            section.show()
        return section

    return make


def _shown(section: TasksSection) -> dict[Bucket, list[str]]:
    model = section.model
    found = {}
    for row, bucket in enumerate(Bucket):
        parent = model.index(row, 0)
        found[bucket] = [model.index(r, 0, parent).data() for r in range(model.rowCount(parent))]
    return found


def _headings(section: TasksSection) -> list[str]:
    return [section.model.index(row, 0).data() for row in range(section.model.rowCount())]


def _select(section: TasksSection, qtbot, task_id: int) -> None:
    """Click the task's row, as a person would."""
    index = section.model.task_index(task_id)
    assert index is not None
    section.tree.scrollTo(index)
    rect = section.tree.visualRect(index)
    qtbot.mouseClick(section.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert section.selected_task().id == task_id


def _dialog(section: TasksSection, kind, name: str | None = None):
    """The open dialog of a kind (a closed one may linger until it is deleted)."""
    children = section.findChildren(kind, name) if name else section.findChildren(kind)
    found = [d for d in children if d.isVisible()]
    assert len(found) == 1
    return found[0]


def _ok(buttons: QDialogButtonBox, qtbot) -> None:
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def test_the_agenda_puts_each_task_in_its_bucket_with_counts(
        database, contact_id, make_section, qtbot):
    _add(database, "Call about the invoice", -1, contact_id=contact_id, owner="Aziz")
    _add(database, "Send the catalogue", 0)
    _add(database, "Visit the shop", 3, priority=Priority.HIGH)
    _add(database, "Quarterly review", 30)
    _add(database, "Someday", None)
    done = _add(database, "Already done", -2)
    with database.session_scope() as s:
        tasks.complete_task(s, done.id, now=NOW)

    section = make_section()
    assert _headings(section) == ["Overdue (1)", "Today (1)", "Next 7 days (1)", "Later (1)",
                                  "No date (1)", "Done (1)"]
    assert _shown(section) == {
        Bucket.OVERDUE: ["Call about the invoice"], Bucket.TODAY: ["Send the catalogue"],
        Bucket.NEXT_7_DAYS: ["Visit the shop"], Bucket.LATER: ["Quarterly review"],
        Bucket.NO_DATE: ["Someday"], Bucket.DONE: ["Already done"],
    }
    overdue = section.model.task_index(
        section.model.agenda.items[Bucket.OVERDUE][0].id).siblingAtColumn
    assert overdue(COL_CONTACT).data() == "Dilnoza Karimova"
    assert overdue(COL_OWNER).data() == "Aziz"
    assert overdue(COL_DUE).data() != ""
    assert section.tree.isVisible() and not section.empty.isVisible()
    with qtbot.waitSignal(section.overdueChanged, timeout=5000) as signal:
        section.reload()
    assert signal.args == [1]


def test_a_full_bucket_shows_its_first_rows_and_its_whole_count(
        database, make_section, qtmodeltester):
    for i in range(3):
        _add(database, f"Call {i}", 0)
    section = make_section(limit=2)
    assert _headings(section)[1] == "Today (3)"
    assert _shown(section)[Bucket.TODAY] == [
        "Call 0", "Call 1", "1 more not shown: narrow the list with the filters"]
    qtmodeltester.check(section.model, force_py=True)


def test_no_tasks_shows_the_empty_state(make_section):
    section = make_section()
    assert section.empty.isVisible() and not section.tree.isVisible()
    assert "No follow-ups yet" in section.empty.text()
    assert not section.export_action.isEnabled()


def test_filters_by_owner_and_priority(database, make_section, qtbot):
    _add(database, "Aziz high", 0, owner="Aziz", priority=Priority.HIGH)
    _add(database, "Aziz low", 1, owner="Aziz", priority=Priority.LOW)
    _add(database, "Bobur high", 2, owner="Bobur", priority=Priority.HIGH)
    section = make_section()
    qtbot.waitUntil(lambda: section.owner_filter.count() == 3)
    assert [section.owner_filter.itemText(i) for i in range(3)] == [
        "Any owner", "Aziz", "Bobur"]
    with qtbot.waitSignal(section.agendaLoaded, timeout=5000):
        section.owner_filter.setCurrentIndex(section.owner_filter.findText("Aziz"))
    assert sum(_shown(section).values(), []) == ["Aziz high", "Aziz low"]
    with qtbot.waitSignal(section.agendaLoaded, timeout=5000):
        section.priority_filter.setCurrentIndex(
            section.priority_filter.findText(priority_label(Priority.HIGH)))
    assert sum(_shown(section).values(), []) == ["Aziz high"]
    with qtbot.waitSignal(section.agendaLoaded, timeout=5000):
        section.owner_filter.setCurrentIndex(0)
    assert sum(_shown(section).values(), []) == ["Aziz high", "Bobur high"]
    with qtbot.waitSignal(section.agendaLoaded, timeout=5000):
        section.priority_filter.setCurrentIndex(
            section.priority_filter.findText(priority_label(Priority.NORMAL)))
    assert section.empty.isVisible() and section.empty.text() == "No tasks match these filters."


def test_complete_with_an_outcome_logs_it_and_moves_the_task_to_done(
        database, contact_id, make_section, qtbot):
    task = _add(database, "Call about the invoice", -1, contact_id=contact_id)
    section = make_section()
    _select(section, qtbot, task.id)
    section.complete_action.trigger()
    dialog = _dialog(section, CompleteDialog)
    dialog.channel.setCurrentIndex(dialog.channel.findData("email"))
    qtbot.keyClicks(dialog.text, "Paid in full")
    with qtbot.waitSignal(section.agendaLoaded, timeout=5000):
        qtbot.mouseClick(dialog.log_button, Qt.MouseButton.LeftButton)
    assert _shown(section)[Bucket.OVERDUE] == []
    assert _shown(section)[Bucket.DONE] == ["Call about the invoice"]
    with database.session_scope() as s:
        assert interactions.count_interactions(s, contact_id) == 1
        logged = interactions.timeline_page(s, contact_id)[0]
        assert tasks.get_task(s, task.id).status is TaskStatus.DONE
    assert (logged.channel, logged.subject, logged.body, logged.task_id) == (
        "email", "Call about the invoice", "Paid in full", task.id)


def test_complete_without_logging_writes_no_interaction(
        database, contact_id, make_section, qtbot):
    task = _add(database, "Call back", 0, contact_id=contact_id)
    section = make_section()
    _select(section, qtbot, task.id)
    section.complete_action.trigger()
    dialog = _dialog(section, CompleteDialog)
    with qtbot.waitSignal(section.agendaLoaded, timeout=5000):
        qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    assert _shown(section)[Bucket.DONE] == ["Call back"]
    with database.session_scope() as s:
        assert interactions.count_interactions(s, contact_id) == 0


def test_snooze_reschedule_and_reassign_change_the_agenda(database, make_section, qtbot):
    task = _add(database, "Chase the order", -2, owner="Aziz")
    section = make_section()
    _select(section, qtbot, task.id)
    with qtbot.waitSignal(section.agendaLoaded, timeout=5000):
        section.snooze_hour_action.trigger()  # due yesterday, snoozed to 11:00 today
    assert _shown(section)[Bucket.TODAY] == ["Chase the order"]
    with qtbot.waitSignal(section.agendaLoaded, timeout=5000):
        section.snooze_week_action.trigger()  # to Monday 9:00
    assert _shown(section)[Bucket.NEXT_7_DAYS] == ["Chase the order"]
    with database.session_scope() as s:
        assert tasks.get_task(s, task.id).due_date == _day(6)

    section.reschedule_action.trigger()
    dialog = _dialog(section, RescheduleDialog)
    dialog.date.setDate(dialog.date.date().addDays(30))
    with qtbot.waitSignal(section.agendaLoaded, timeout=5000):
        _ok(dialog.buttons, qtbot)
    assert _shown(section)[Bucket.LATER] == ["Chase the order"]

    section.reschedule_action.trigger()
    dialog = _dialog(section, RescheduleDialog)
    qtbot.mouseClick(dialog.no_date, Qt.MouseButton.LeftButton, pos=QPoint(4, 4))
    with qtbot.waitSignal(section.agendaLoaded, timeout=5000):
        _ok(dialog.buttons, qtbot)
    assert _shown(section)[Bucket.NO_DATE] == ["Chase the order"]

    section.reassign_action.trigger()
    ask = _dialog(section, QInputDialog, "reassign-dialog")
    field = ask.findChild(QLineEdit)
    field.selectAll()
    qtbot.keyClicks(field, "Bobur")
    with qtbot.waitSignal(section.agendaLoaded, timeout=5000):
        _ok(ask.findChild(QDialogButtonBox), qtbot)
    row = section.model.task_index(task.id)
    assert row.siblingAtColumn(COL_OWNER).data() == "Bobur"
    assert section.selected_task().id == task.id  # the selection survives a reload


def test_delete_says_so_and_undo_brings_the_task_back(database, make_section, qtbot):
    task = _add(database, "Send the contract", 0)
    stack = QUndoStack()
    section = make_section(undo_stack=stack)
    _select(section, qtbot, task.id)
    with qtbot.waitSignal(section.statusMessage) as message, \
            qtbot.waitSignal(section.agendaLoaded, timeout=5000):
        section.delete_action.trigger()
    assert message.args == ["Deleted “Send the contract”"]
    assert _shown(section)[Bucket.TODAY] == []
    with qtbot.waitSignal(section.agendaLoaded, timeout=5000):
        stack.undo()
    assert _shown(section)[Bucket.TODAY] == ["Send the contract"]
    with qtbot.waitSignal(section.agendaLoaded, timeout=5000):
        stack.redo()
    assert _shown(section)[Bucket.TODAY] == []


def test_delete_without_an_undo_stack_still_says_so(database, make_section, qtbot):
    task = _add(database, "Old note", None)
    section = make_section()
    _select(section, qtbot, task.id)
    with qtbot.waitSignal(section.statusMessage) as message:
        section.delete_action.trigger()
    assert message.args == ["Deleted “Old note”"]
    with database.session_scope() as s:
        assert tasks.agenda(s, today=TODAY).counts[Bucket.NO_DATE] == 0


def test_a_task_made_in_the_form_appears(database, settings, make_section, qtbot):
    settings.set_value("user/owner_name", "Aziz")
    section = make_section()
    section.new_action.trigger()
    dialog = _dialog(section, TaskDialog)
    assert dialog.owner.text() == "Aziz"
    qtbot.keyClicks(dialog.title, "Prepare the offer")
    with qtbot.waitSignal(dialog.saved) as saved, \
            qtbot.waitSignal(section.agendaLoaded, timeout=5000):
        _ok(dialog.buttons, qtbot)
    assert saved.args[0].title == "Prepare the offer" and saved.args[0].owner == "Aziz"
    assert _shown(section)[Bucket.NO_DATE] == ["Prepare the offer"]
    assert not section.empty.isVisible()


def test_the_form_stores_a_contact_due_time_and_reminder(
        database, settings, contact_id, qtbot):
    dialog = TaskDialog(database, settings, contact_id=contact_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.contact.text() == "Dilnoza Karimova"
    qtbot.keyClicks(dialog.title, "Meet at the office")
    dialog.has_date.setChecked(True)
    dialog.due_date.setDate(dialog.due_date.date().addDays(2))
    dialog.has_time.setChecked(True)
    dialog.reminder.setCurrentIndex(1)  # at the due time
    with qtbot.waitSignal(dialog.saved) as saved:
        _ok(dialog.buttons, qtbot)
    record = saved.args[0]
    assert record.contact_id == contact_id and record.remind_at == record.due_at
    assert record.due_at.astimezone().time() == dt.time(9, 0)
    assert record.due_date == record.due_at.astimezone().date()


def test_an_empty_title_is_shown_under_the_field_and_nothing_is_written(
        database, settings, qtbot):
    dialog = TaskDialog(database, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    _ok(dialog.buttons, qtbot)
    error = dialog.errors.labels["title"]
    assert dialog.isVisible() and error.isVisible() and error.text()
    dialog.reminder.setCurrentIndex(1)  # at the due time, but there is no due date
    qtbot.keyClicks(dialog.title, "Call")
    _ok(dialog.buttons, qtbot)
    assert not error.isVisible()
    assert "needs a due date" in dialog.errors.labels["remind_at"].text()
    with database.session_scope() as s:
        assert not any(tasks.agenda(s, today=TODAY).counts.values())


def test_editing_a_task_from_the_agenda(database, make_section, qtbot):
    task = _add(database, "Draft", 5, priority=Priority.LOW)
    section = make_section()
    index = section.model.task_index(task.id)
    section.tree.activated.emit(index)  # double-click or Return
    dialog = _dialog(section, TaskDialog)
    assert dialog.title.text() == "Draft" and dialog.has_date.isChecked()
    dialog.title.selectAll()
    qtbot.keyClicks(dialog.title, "Final")
    with qtbot.waitSignal(section.agendaLoaded, timeout=5000):
        _ok(dialog.buttons, qtbot)
    assert _shown(section)[Bucket.NEXT_7_DAYS] == ["Final"]


def test_export_writes_an_ics_file_calendars_read(
        database, contact_id, make_section, qtbot, tmp_path, monkeypatch):
    _add(database, "Call about the invoice", 1, contact_id=contact_id)
    _add(database, "Someday", None)
    target = tmp_path / "agenda"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(target), ""))
    section = make_section()
    with qtbot.waitSignal(section.statusMessage, timeout=5000,
                          check_params_cb=lambda text: text.startswith("Exported")) as done:
        section.export_action.trigger()
    written = target.with_suffix(".ics")
    assert done.args == [f"Exported 2 tasks to {written}"]
    calendar = Calendar.from_ical(written.read_bytes())
    todos = {str(todo["summary"]): todo for todo in calendar.walk("VTODO")}
    assert set(todos) == {"Call about the invoice", "Someday"}
    assert "Dilnoza Karimova" in str(todos["Call about the invoice"]["description"])


def test_tasks_changed_reloads_and_stale_loads_are_dropped(
        database, changes, make_section, qtbot):
    section = make_section()
    _add(database, "Added elsewhere", 0)
    with qtbot.waitSignal(section.agendaLoaded, timeout=5000):
        changes.tasksChanged.emit()
    assert _shown(section)[Bucket.TODAY] == ["Added elsewhere"]
    landed = []
    section.agendaLoaded.connect(landed.append)
    ops = [section.reload() for _ in range(3)]
    # An op stops running once its result has been delivered to the section.
    qtbot.waitUntil(lambda: not any(op.running for op in ops))
    assert len(landed) == 1
