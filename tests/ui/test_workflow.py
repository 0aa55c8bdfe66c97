"""A sales rep's day through the window: create a contact with a bad email, fix it,
find it by a phone fragment, log a call with a follow-up, see it in the agenda,
complete it, delete the contact, restore it from the Trash, undo and redo."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from app.models import Contact, Interaction
from app.services.agenda import Bucket
from app.services.contacts import ContactInput, create_contact
from app.services.tasks import TaskInput, create_task
from app.ui.contact_form import ContactDialog


def _form(window, qtbot) -> ContactDialog:
    window.new_action.trigger()
    dialog = window.findChild(ContactDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_a_day_with_one_customer(start_rapport, tmp_path: Path, qtbot, dialogs):
    rapport = start_rapport(tmp_path / "crm.sqlite3")
    window, db = rapport.window, rapport.database

    # Create through the form: a bad email is refused where it was typed.
    dialog = _form(window, qtbot)
    qtbot.keyClicks(dialog.first_name, "Aziza")
    qtbot.keyClicks(dialog.last_name, "Karimova")
    qtbot.keyClicks(dialog.email, "aziza@@example")
    qtbot.keyClicks(dialog.phone, "+998 90 765 43 21")
    dialog.save()
    assert dialog.isVisible() and dialog.errors["email"].isVisible()
    with db.session_scope() as s:
        assert s.scalar(select(func.count()).select_from(Contact)) == 0
    dialog.email.setText("aziza@example.uz")
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        dialog.save()
    contact_id = saved.args[0]

    # Find it again by a fragment of the phone, typed as people type it.
    window.contacts.show_list()
    window.show_section("contacts")
    with qtbot.waitSignal(window.contacts.model.countChanged, timeout=3000):
        qtbot.keyClicks(window.contacts.search, "90 765")
    assert window.contacts.model.contact_id(0) == contact_id
    assert window.contacts.model.rowCount() == 1

    # Log a call with a follow-up in three days: it lands in "Next 7 days".
    window.contacts.open_contact(contact_id)
    bar = window.contacts.page.quick_log
    bar.subject.setText("Asked for a quote")
    bar.follow_up.setChecked(True)
    bar.follow_up_days.setValue(3)
    with qtbot.waitSignal(bar.logged, timeout=5000):
        bar.log()
    window.show_section("tasks")
    with qtbot.waitSignal(window.tasks.agendaLoaded, timeout=5000) as loaded:
        window.tasks.reload()
    agenda = loaded.args[0]
    assert agenda.counts[Bucket.NEXT_7_DAYS] == 1
    (task,) = agenda.items[Bucket.NEXT_7_DAYS]
    assert task.contact_id == contact_id

    # Delete the contact: it goes to the Trash; restore it; undo and redo the restore.
    window.show_section("contacts")
    window.contacts.show_list()
    window.contacts.search.clear()
    window.contacts.apply()
    window.contacts.table.selectRow(0)
    window.contacts.delete_selected()
    with db.session_scope() as s:
        assert s.get(Contact, contact_id).deleted_at is not None
    window.contacts.trash.setChecked(True)
    assert window.contacts.model.contact_id(0) == contact_id
    window.contacts.table.selectRow(0)
    window.contacts.restore_selected()
    with db.session_scope() as s:
        assert s.get(Contact, contact_id).deleted_at is None
        assert s.scalar(select(func.count()).select_from(Interaction)) == 1  # kept
    window.undo_action.trigger()
    with db.session_scope() as s:
        assert s.get(Contact, contact_id).deleted_at is not None
    window.redo_action.trigger()
    with db.session_scope() as s:
        assert s.get(Contact, contact_id).deleted_at is None
    assert dialogs == []


def test_the_status_bar_counts_overdue_tasks(start_rapport, tmp_path, qtbot):
    path = tmp_path / "crm.sqlite3"
    rapport = start_rapport(path)
    with rapport.database.session_scope() as s:
        person = create_contact(s, ContactInput(first_name="Bobur"), region="UZ")
        for days in (1, 2):
            create_task(s, TaskInput(title=f"Call back {days}", contact_id=person.id,
                                     due_date=dt.date.today() - dt.timedelta(days=days)))
    window = rapport.window
    window.notifier.check_now()
    qtbot.waitUntil(lambda: window.overdue_label.text() == "2 overdue", timeout=5000)
    assert window.overdue_label.isVisible()


def test_ctrl_n_opens_the_contact_form(start_rapport, tmp_path, qtbot):
    window = start_rapport(tmp_path / "crm.sqlite3").window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(ContactDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_a_banner_shows_a_reminder_without_a_tray_and_a_click_hides_it(start_rapport,
                                                                       tmp_path, qtbot):
    window = start_rapport(tmp_path / "crm.sqlite3").window
    window.notifier.banner.emit("Reminder: Call Dilnoza")
    assert window.banner is not None and window.banner.isVisible()
    assert window.banner.text() == "Reminder: Call Dilnoza"
    assert window.splitter.isVisible()  # the sections are still there below it
    qtbot.mouseClick(window.banner, Qt.MouseButton.LeftButton)
    assert not window.banner.isVisible()
