"""The contact page: the header card, the windowed timeline against a plain query, the
open follow-ups, and what it re-reads when something changes."""

from __future__ import annotations

import datetime as dt
import random
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from sqlalchemy import event, select, update

from app.db import Database, open_database
from app.models import Interaction, Tag
from app.models.base import sqlite_utc_text
from app.services import companies, contacts, interactions, tasks
from app.services.contacts import ContactInput, create_contact
from app.ui.changes import Changes
from app.ui.contact_page import ContactPage
from app.ui.timeline_model import (
    PAGE_SIZE,
    ChannelRole,
    InteractionIdRole,
    OccurredAtRole,
    SubjectRole,
    TimelineModel,
)

BUSY = 20_000
# A popup menu asks the window system for a grab and to be raised; the offscreen
# platform has neither and says so. About the test platform, not about Rapport.
POPUP_WARNINGS = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")
START = dt.datetime(2019, 3, 1, 8, 0, tzinfo=dt.UTC)
CHANNELS = ("call", "email", "meeting", "visit", "sms", "chat", "letter", "note")


def _add_interactions(database: Database, contact_id: int, n: int) -> None:
    """``n`` interactions in one executemany, oldest first by id. Times repeat (three
    rows a minute, and the 250 oldest all at one moment), so ties cross page edges."""
    rows = []
    for i in range(n):
        when = sqlite_utc_text(START + dt.timedelta(minutes=max(0, i - 250) // 3))
        rows.append((contact_id, CHANNELS[i % len(CHANNELS)], "outbound", when,
                     f"Subject {i}", f"Body of {i}\nsecond line", "done", when, when))
    newest = sqlite_utc_text(START + dt.timedelta(minutes=max(0, n - 251) // 3))
    with database.session_scope() as s:
        s.connection().exec_driver_sql(
            "INSERT INTO interactions (contact_id, channel, direction, occurred_at, subject,"
            " body, outcome, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        s.connection().exec_driver_sql(
            "UPDATE contacts SET last_contacted_at = ? WHERE id = ?", (newest, contact_id))


def _expected(database: Database, contact_id: int) -> list[int]:
    with database.session_scope() as s:
        return list(s.scalars(select(Interaction.id).where(Interaction.contact_id == contact_id)
                              .order_by(Interaction.occurred_at.desc(), Interaction.id.desc())))


@pytest.fixture(scope="module")
def busy(tmp_path_factory) -> Iterator[tuple[Database, int]]:
    """A database (read only in the tests) with one contact of 20,000 interactions."""
    database = open_database(str(tmp_path_factory.mktemp("busy") / "busy.sqlite3"))
    with database.session_scope() as s:
        cid = create_contact(s, ContactInput(first_name="Busy", last_name="Bee"),
                             region="UZ").id
    _add_interactions(database, cid, BUSY)
    yield database, cid
    database.dispose()


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(str(tmp_path / "rapport.sqlite3"))
    yield database
    database.dispose()


def _page(qtbot, database: Database, settings, changes: Changes | None = None) -> ContactPage:
    page = ContactPage(database, settings, changes or Changes())
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    qtbot.waitExposed(page)
    return page


def _aziz(database: Database) -> int:
    with database.session_scope() as s:
        company = companies.create_company(s, companies.CompanyInput(name="Samarkand Silk"))
        cid = create_contact(s, ContactInput(
            first_name="Aziz", last_name="Karimov", title="Buyer", company_id=company.id,
            phones=["90 123 45 67", "+7 912 345-67-89"], emails=["Aziz@Example.com"],
            tags=["VIP", "<b>R&D</b>"], lifecycle_stage="customer", source="referral",
            marketing_consent=True, consent_at=dt.datetime(2025, 3, 14, 9, tzinfo=dt.UTC),
            consent_source="web form", owner="Dilnoza"), region="UZ").id
        s.execute(update(Tag).where(Tag.name == "VIP").values(color="#ffd700"))
    return cid


def test_the_header_shows_who_and_how_to_reach_them(db, settings, qtbot):
    cid = _aziz(db)
    page = _page(qtbot, db, settings)
    page.show_contact(cid)
    card = page.card
    assert card.name.text() == "Aziz Karimov"
    assert card.job.text().startswith("Buyer at <a href=\"company:")  # a link to its page
    assert card.job.text().endswith(">Samarkand Silk</a>")
    assert '<a href="tel:+998901234567">90 123 45 67</a>' in card.phones.text()
    assert 'href="tel:+79123456789"' in card.phones.text()
    assert '<a href="mailto:Aziz@Example.com">Aziz@Example.com</a>' in card.emails.text()
    assert card.phones.openExternalLinks() and card.emails.openExternalLinks()
    assert "VIP" in card.tags.text() and "#ffd700" in card.tags.text()
    assert "&lt;b&gt;R&amp;D&lt;/b&gt;" in card.tags.text()  # escaped, not bold
    assert card.stage.text() == "Stage: Customer · Source: Referral"
    assert card.consent.text().startswith("Opted in on ")
    assert card.consent.text().endswith("(web form)")
    assert card.owner.text() == "Owner: Dilnoza"
    assert card.last_contact.text() == "Never contacted"
    assert page.timeline_model.rowCount() == 0
    assert page.follow_ups.count() == 0


def test_the_buttons_ask_for_back_edit_and_a_new_task(db, settings, qtbot):
    cid = _aziz(db)
    page = _page(qtbot, db, settings)
    page.show_contact(cid)
    with qtbot.waitSignal(page.editRequested) as edit:
        qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.newTaskRequested) as new_task:
        qtbot.mouseClick(page.new_task_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.backRequested):
        qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    assert edit.args == [cid] and new_task.args == [cid]


def test_20000_interactions_open_at_once_newest_first(busy, settings, qtbot):
    database, cid = busy
    page = _page(qtbot, database, settings)
    statements: list[str] = []

    def record(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement)

    event.listen(database.engine, "before_cursor_execute", record)
    try:
        started = time.perf_counter()
        page.show_contact(cid)
        page.timeline.viewport().repaint()  # the rows on screen are asked for now
        elapsed = time.perf_counter() - started
    finally:
        event.remove(database.engine, "before_cursor_execute", record)
    model, view = page.timeline_model, page.timeline
    expected = _expected(database, cid)
    assert model.rowCount() == BUSY
    assert view.indexAt(QPoint(5, 5)).row() == 0
    assert view.indexAt(QPoint(5, 5)).data(InteractionIdRole) == expected[0]
    assert model.fetches <= 2 and model.key_lookups == 0
    # Header: contact and company; follow-ups: one; timeline: count and first page;
    # deals: one (the quick-log bar's deal choices come from the same list); loyalty:
    # the programme, its tiers, the stored standing, tier history, membership,
    # balance, the name, the purchases and their count: one query each.
    # (The first page opened also creates the loyalty programme, once: not counted.)
    reads = [x for x in statements if x.lstrip().upper().startswith("SELECT")]
    assert len(reads) <= 15, "\n".join(x.split("\n")[0][:90] for x in reads)
    # (the English plural "interactions" comes with the next lupdate of rapport_en.ts)
    assert page.timeline_box.title().startswith("Timeline (20,000 interaction")
    assert page.card.last_contact.text().startswith("Last contact: ")
    print(f"opened a contact with {BUSY} interactions in {elapsed * 1000:.0f} ms")

    # Dragging the scroll bar to the end shows the oldest, without reading what is between.
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum())
    bottom = QPoint(5, view.viewport().height() - 5)
    qtbot.waitUntil(lambda: view.indexAt(bottom).row() == BUSY - 1)
    assert view.indexAt(bottom).data(InteractionIdRole) == expected[-1]
    assert view.indexAt(bottom).data(SubjectRole) == "Subject 0"
    assert model.fetches <= 4 and model.key_lookups == 1


def test_the_timeline_gives_the_rows_of_a_plain_query(busy, qapp):
    database, cid = busy
    expected = _expected(database, cid)
    model = TimelineModel(database, cid)
    n = model.rowCount()
    assert n == len(expected) == BUSY
    edges = [PAGE_SIZE * k + d for k in (1, 2, 3, 50, 100, 197, 198, 199) for d in (-1, 0, 1)]
    probes = [n - 1, n // 2, *edges, 0, n - PAGE_SIZE - 1, 250, 249]
    probes += random.Random(11).sample(range(n), 60)
    got = {row: model.index(row).data(InteractionIdRole) for row in probes}
    assert got == {row: expected[row] for row in probes}
    assert model.fetches < 120  # jumps found their keys by offset, not page by page
    # Walking in order from a fresh model gives the whole list, page after page.
    fresh = TimelineModel(database, cid)
    assert [fresh.index(r).data(InteractionIdRole) for r in range(n)] == expected
    assert fresh.fetches == BUSY // PAGE_SIZE and fresh.key_lookups == 0
    # Rows of pages dropped from the cache come back the same.
    assert [fresh.index(r).data(InteractionIdRole) for r in range(0, n, 97)] == expected[::97]
    newest = model.index(0)
    assert newest.data(ChannelRole) in CHANNELS
    assert newest.data(OccurredAtRole).tzinfo is dt.UTC
    assert newest.data(SubjectRole) == f"Subject {BUSY - 1}"
    assert f"Subject {BUSY - 1} · done" in newest.data()  # the one-line summary


def test_the_timeline_model_passes_qt_model_checks(db, qtmodeltester):
    with db.session_scope() as s:
        cid = create_contact(s, ContactInput(first_name="Few"), region="UZ").id
    _add_interactions(db, cid, 2 * PAGE_SIZE + 30)
    qtmodeltester.check(TimelineModel(db, cid), force_py=True)
    qtmodeltester.check(TimelineModel(db, None), force_py=True)


def test_open_follow_ups_are_listed_and_completed(db, settings, qtbot):
    cid = _aziz(db)
    today = dt.date.today()
    with db.session_scope() as s:
        late = tasks.create_task(s, tasks.TaskInput(
            title="Send the price list", contact_id=cid, due_date=today - dt.timedelta(days=2)))
        tasks.create_task(s, tasks.TaskInput(title="Call about the order", contact_id=cid))
    changes = Changes()
    page = _page(qtbot, db, settings, changes)
    page.show_contact(cid)
    texts = [page.follow_ups.item(r).text() for r in range(page.follow_ups.count())]
    assert texts[0].startswith("Send the price list — due ") and texts[1] == "Call about the order"
    assert not page.complete_button.isEnabled()
    page.follow_ups.setCurrentRow(0)
    with qtbot.waitSignal(changes.tasksChanged):
        qtbot.mouseClick(page.complete_button, Qt.MouseButton.LeftButton)
    assert [page.follow_ups.item(r).text() for r in range(page.follow_ups.count())] == [
        "Call about the order"]
    with db.session_scope() as s:
        assert not tasks.get_task(s, late.id).is_open


def test_the_page_follows_changes_made_elsewhere(db, settings, qtbot):
    cid = _aziz(db)
    changes = Changes()
    page = _page(qtbot, db, settings, changes)
    page.show_contact(cid)
    with db.session_scope() as s:
        record = contacts.get_contact(s, cid)
        contacts.update_contact(s, cid, ContactInput(**{
            **record.to_input().__dict__, "display_name": "Aziz aka", "tags": ["VIP"]}),
            region="UZ")
    changes.contactsChanged.emit({cid + 1})  # another contact: nothing to re-read
    assert page.card.name.text() == "Aziz Karimov"
    changes.contactsChanged.emit({cid})
    assert page.card.name.text() == "Aziz aka"
    assert "R&amp;D" not in page.card.tags.text()

    _add_interactions(db, cid, 3)
    page.hide()  # a hidden page re-reads when it is shown again
    changes.interactionsChanged.emit(cid)
    assert page.timeline_model.rowCount() == 0
    page.show()
    assert page.timeline_model.rowCount() == 3
    assert page.card.last_contact.text() != "Never contacted"

    with db.session_scope() as s:
        contacts.delete_contact(s, cid)
    changes.contactsChanged.emit({cid})
    assert "Trash" in page.card.name.text()
    assert not page.quick_log.isEnabled() and not page.edit_button.isEnabled()
    assert page.back_button.isEnabled()


def test_rows_are_painted_in_two_lines_of_one_height(busy, settings, qtbot):
    database, cid = busy
    page = _page(qtbot, database, settings)
    page.show_contact(cid)
    view = page.timeline
    image = view.viewport().grab().toImage()
    assert not image.isNull()
    first, second = view.visualRect(view.model().index(0, 0)), view.visualRect(
        view.model().index(1, 0))
    line = view.fontMetrics().height()
    assert first.height() == second.height() >= 2 * line


def _log(database: Database, cid: int, channel: str, subject: str | None,
         minutes: int) -> int:
    with database.session_scope() as s:
        return interactions.log_interaction(s, interactions.InteractionInput(
            contact_id=cid, channel=channel, subject=subject,
            occurred_at=START + dt.timedelta(minutes=minutes))).interaction.id


def _task_of(database: Database, interaction_id: int) -> tasks.TaskRecord | None:
    with database.session_scope() as s:
        task_id = interactions.get_interaction(s, interaction_id).task_id
        return None if task_id is None else tasks.get_task(s, task_id)


def _ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


@POPUP_WARNINGS
def test_follow_up_from_a_timeline_rows_menu_creates_a_linked_task(db, settings, qtbot):
    cid = _aziz(db)
    quote = _log(db, cid, "call", "  Price   list for 2026 ", 10)  # the newest: row 0
    visit = _log(db, cid, "visit", None, 5)
    changes = Changes()
    page = _page(qtbot, db, settings, changes)
    page.show_contact(cid)
    view = page.timeline
    assert not page.follow_up_button.isEnabled()  # no row chosen yet

    # A right click on the second row makes it current and offers "Follow up…" there.
    spot = view.visualRect(page.timeline_model.index(1)).center()
    QApplication.sendEvent(view.viewport(), QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, spot, view.viewport().mapToGlobal(spot)))
    menu = page.timeline_menu
    assert menu is not None and menu.isVisible()
    assert [a.text() for a in menu.actions()] == ["Follow up…"]
    assert view.currentIndex().row() == 1 and page.follow_up_button.isEnabled()
    menu.actions()[0].trigger()
    menu.close()
    dialog = page.follow_up_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.title.text() == "Follow up: Visit"  # no subject: the channel's name
    assert dialog.contact.text() == "Aziz Karimov"
    with qtbot.waitSignal(changes.tasksChanged), \
            qtbot.waitSignal(changes.interactionsChanged) as linked:
        _ok(qtbot, dialog)
    assert linked.args == [cid] and not dialog.isVisible()
    task = _task_of(db, visit)
    assert task is not None and (task.title, task.contact_id) == ("Follow up: Visit", cid)
    assert [page.follow_ups.item(r).text() for r in range(page.follow_ups.count())] == [
        "Follow up: Visit"]
    assert _task_of(db, quote) is None


@POPUP_WARNINGS
def test_follow_up_is_reached_from_the_keyboard_and_keeps_an_existing_link(
        db, settings, qtbot):
    cid = _aziz(db)
    quote = _log(db, cid, "call", "  Price   list for 2026 ", 10)
    page = _page(qtbot, db, settings)
    page.show_contact(cid)
    view = page.timeline
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)  # the first row becomes current
    assert view.currentIndex().row() == 0
    # The Menu key (as the window system delivers it: a keyboard context menu event at
    # the middle of the view) puts the row's menu on the current row.
    middle = view.rect().center()
    QApplication.sendEvent(view, QContextMenuEvent(
        QContextMenuEvent.Reason.Keyboard, middle, view.mapToGlobal(middle)))
    menu = page.timeline_menu
    assert menu is not None and menu.isVisible()
    row = view.visualRect(view.currentIndex())
    assert row.contains(view.viewport().mapFromGlobal(menu.pos()))
    menu.close()

    # The button under the timeline is in the tab order and does the same.
    assert page.follow_up_button.focusPolicy() & Qt.FocusPolicy.TabFocus
    page.follow_up_button.setFocus()
    qtbot.keyClick(page.follow_up_button, Qt.Key.Key_Space)
    first = page.follow_up_dialog
    assert first is not None and first.title.text() == "Follow up: Price list for 2026"
    _ok(qtbot, first)
    linked = _task_of(db, quote)
    assert linked is not None and linked.title == "Follow up: Price list for 2026"

    # A second follow-up of the same interaction is a task, but the first stays linked.
    view.setCurrentIndex(page.timeline_model.index(0))
    page.follow_up_action.trigger()
    second = page.follow_up_dialog
    assert second is not None and second is not first
    second.title.setText("Call again")
    _ok(qtbot, second)
    assert _task_of(db, quote) == linked
    with db.session_scope() as s:
        assert [t.title for t in tasks.tasks_for_contact(s, cid)] == [
            "Follow up: Price list for 2026", "Call again"]
