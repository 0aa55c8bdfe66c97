"""The quick-log bar: a call with its follow-up in a few keystrokes, the time typed in
local time stored in UTC, and bad input shown in the bar with nothing written."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import func, select

from app.db import Database, open_database
from app.models import Interaction, Task
from app.services import contacts, interactions, tasks
from app.services.contacts import ContactInput, create_contact
from app.services.interactions import InteractionInput
from app.ui.changes import Changes
from app.ui.contact_page import ContactPage
from app.ui.quick_log import CHANNELS, QuickLogBar
from app.ui.timeline_model import ChannelRole, SubjectRole

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(str(tmp_path / "rapport.sqlite3"))
    yield database
    database.dispose()


@pytest.fixture
def contact_id(db: Database) -> int:
    with db.session_scope() as s:
        return create_contact(s, ContactInput(first_name="Malika", last_name="Yusupova",
                                              phones=["90 765 43 21"]), region="UZ").id


def _counts(db: Database) -> tuple[int, int]:
    with db.session_scope() as s:
        return (s.scalar(select(func.count()).select_from(Interaction)) or 0,
                s.scalar(select(func.count()).select_from(Task)) or 0)


def _active(qtbot, widget: QWidget) -> None:
    """Shown and active, as a window the user types in (shortcuts need that)."""
    widget.show()
    with qtbot.waitActive(widget):
        widget.activateWindow()


@pytest.fixture
def bar(db, settings, contact_id, qtbot) -> QuickLogBar:
    widget = QuickLogBar(db, settings, Changes())
    qtbot.addWidget(widget)
    widget.set_contact(contact_id)
    _active(qtbot, widget)
    return widget


def test_a_call_with_a_follow_up_in_a_few_keystrokes(db, settings, contact_id, qtbot):
    settings.set_value("user/owner_name", "Dilnoza")
    with db.session_scope() as s:  # an older interaction, so the new one must go on top
        interactions.log_interaction(s, InteractionInput(
            contact_id=contact_id, channel="email", subject="Catalogue",
            occurred_at=dt.datetime(2024, 5, 1, 9, tzinfo=dt.UTC)))
    changes = Changes()
    page = ContactPage(db, settings, changes)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show_contact(contact_id)
    _active(qtbot, page)
    assert page.card.last_contact.text().startswith("Last contact: ")
    assert page.card.last_contact.text() != "Last contact: today"
    log = page.quick_log

    log.focus_channel()
    qtbot.keyClick(log.channel, "n")  # Note; the user changes their mind
    qtbot.keyClick(log.channel, "c")  # the next channel with C: Call
    assert log.channel.currentData() == "call"
    qtbot.keyClick(log.channel, Qt.Key.Key_Tab)
    assert log.direction.hasFocus() and log.direction.currentData() == "outbound"
    qtbot.keyClicks(log.subject, "Price list")
    qtbot.keyClicks(log.outcome, "interested")
    qtbot.keyClick(log.follow_up, Qt.Key.Key_Space)
    assert log.follow_up.isChecked() and log.follow_up_days.value() == 3
    with qtbot.waitSignals([log.logged, changes.interactionsChanged, changes.tasksChanged]):
        qtbot.keyClick(log.outcome, Qt.Key.Key_Return, CTRL)

    top = page.timeline_model.index(0)
    assert top.data(SubjectRole) == "Price list" and top.data(ChannelRole) == "call"
    assert page.timeline_model.rowCount() == 2
    assert page.card.last_contact.text() == "Last contact: today"
    due = dt.date.today() + dt.timedelta(days=3)
    due_text = QLocale().toString(QDate(due.year, due.month, due.day),
                                  QLocale.FormatType.ShortFormat)
    assert [page.follow_ups.item(r).text() for r in range(page.follow_ups.count())] == [
        f"Follow up: Price list — due {due_text}"]
    with db.session_scope() as s:
        (task,) = tasks.tasks_for_contact(s, contact_id)
    assert (task.due_date, task.owner) == (due, "Dilnoza")
    # Ready for the next one: the text is gone, the channel stays.
    assert (log.subject.text(), log.text.toPlainText(), log.outcome.text()) == ("", "", "")
    assert not log.follow_up.isChecked() and log.channel.currentData() == "call"
    assert log.error.isHidden()


def test_a_pasted_subject_over_the_limit_is_refused_and_nothing_written(db, bar, qtbot):
    before = _counts(db)
    QApplication.clipboard().setText("Very long subject " * 20)  # 360 characters
    bar.subject.setFocus()
    qtbot.keyClick(bar.subject, Qt.Key.Key_V, CTRL)
    assert len(bar.subject.text()) == 360
    bar.follow_up.setChecked(True)
    with qtbot.assertNotEmitted(bar.logged):
        qtbot.mouseClick(bar.log_button, Qt.MouseButton.LeftButton)
    assert bar.error.isVisible()
    assert bar.error.text().startswith("Subject: ") and "300" in bar.error.text()
    assert bar.subject.hasFocus()
    assert _counts(db) == before
    assert len(bar.subject.text()) == 360  # kept, to be shortened
    qtbot.keyClick(bar.subject, Qt.Key.Key_Backspace)
    assert bar.error.isHidden()


def test_a_contact_moved_to_the_trash_is_explained_not_logged(db, bar, contact_id, qtbot):
    with db.session_scope() as s:
        contacts.delete_contact(s, contact_id)
    qtbot.keyClicks(bar.subject, "Hello")
    with qtbot.assertNotEmitted(bar.logged):
        qtbot.keyClick(bar.subject, Qt.Key.Key_Return, CTRL)
    assert "Trash" in bar.error.text()
    assert _counts(db) == (0, 0)


def test_the_time_typed_is_local_and_stored_in_utc(db, bar, contact_id, qtbot):
    local = QDateTime(QDate(2025, 1, 15), QTime(14, 30))
    bar.when.setDateTime(local)  # as the user sets it
    qtbot.keyClicks(bar.subject, "Visit at the shop")
    bar.channel.setFocus()
    qtbot.keyClick(bar.channel, "v")
    with qtbot.waitSignal(bar.logged) as logged:
        qtbot.mouseClick(bar.log_button, Qt.MouseButton.LeftButton)
    stored = logged.args[0].interaction
    expected = dt.datetime(2025, 1, 15, 14, 30).astimezone().astimezone(dt.UTC)
    assert stored.occurred_at == expected and stored.channel == "visit"
    assert logged.args[0].follow_up is None
    # The next entry is "now" again.
    assert abs(bar.when.dateTime().secsTo(QDateTime.currentDateTime())) < 60


def test_an_untouched_time_means_the_moment_of_logging(db, bar, qtbot):
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    qtbot.keyClicks(bar.text, "Quick note")
    with qtbot.waitSignal(bar.logged) as logged:
        qtbot.keyClick(bar.text, Qt.Key.Key_Return, CTRL)
    record = logged.args[0].interaction
    assert before <= record.occurred_at <= dt.datetime.now(dt.UTC)
    assert (record.body, record.subject, record.direction) == ("Quick note", None, "outbound")


def test_keyboard_order_and_every_channel_by_its_letter(bar, qtbot):
    def tab_through(count: int) -> list[QWidget]:
        bar.focus_channel()
        seen = [QApplication.focusWidget()]
        for _ in range(count - 1):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            seen.append(QApplication.focusWidget())
        return seen

    order = [bar.channel, bar.direction, bar.when, bar.subject, bar.text, bar.outcome,
             bar.follow_up, bar.log_button]
    # Tab leaves the time at once (arrows move between its parts); the days wait for
    # the follow-up to be ticked.
    assert tab_through(len(order)) == order
    qtbot.keyClick(bar.follow_up, Qt.Key.Key_Space)
    assert tab_through(len(order) + 1) == [*order[:-1], bar.follow_up_days, bar.log_button]
    assert [bar.channel.itemData(i) for i in range(bar.channel.count())] == list(CHANNELS)
    found = []
    for letter in "cemvslnc":
        qtbot.keyClick(bar.channel, letter)
        found.append(bar.channel.currentData())
    assert found == ["chat", "email", "meeting", "visit", "sms", "letter", "note", "call"]
    qtbot.keyClick(bar.direction, "i")
    assert bar.direction.currentData() == "inbound"
    qtbot.keyClick(bar.direction, "i")
    assert bar.direction.currentData() == "internal"
