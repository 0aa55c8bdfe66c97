"""The Loyalty section: the stored figures on screen, a count opening its contacts, and
acting on a list (follow-ups for the reactivation list, export for mailing with consent)."""

from __future__ import annotations

import csv
import datetime as dt
import re
import sys
import types
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QWidget
from sqlalchemy import func, select

from app.db import Database, open_database
from app.models import (
    Contact,
    CustomerStatus,
    LifecycleChange,
    LoyaltyMember,
    LoyaltyProgram,
    PointsEntry,
    Purchase,
    Task,
    Tier,
)
from app.services import contacts
from app.services.contacts import ContactInput
from app.services.loyalty_report import ListQuery, store_loyalty_report
from app.ui.changes import Changes
from app.ui.contact_list_dialog import ContactListDialog
from app.ui.contact_list_model import CONTACT_ID_ROLE
from app.ui.loyalty_section import LoyaltySection
from app.ui.loyalty_tables import FigureTable
from app.ui.workers import wait_for_all

TODAY = dt.date(2025, 6, 15)
PEOPLE = (  # name, owner, consent, lifecycle, segment, tier, spend, orders
    ("Ольга Иванова-Петрова", "Dilnoza", True, "lapsed", "hibernating", "Silver", 300_00, 3),
    ("Bob Brown", "Sam", False, "lapsed", "lost", None, 50_00, 1),
    ("王晓明", None, True, "lapsed", "lost", None, 40_00, 1),
    ("Алиса Смирнова", "Dilnoza", True, "active", "champions", "Gold", 900_00, 6),
    ("Dana Doe", "Sam", False, "new", "new", None, 20_00, 1),
)


def _fill(database: Database, *, report: bool = True) -> dict[str, int]:
    with database.session_scope() as s:
        program = LoyaltyProgram(name="Club", currency="USD")
        s.add(program)
        s.flush()
        tiers = {}
        for position, name in enumerate(("Silver", "Gold")):
            tier = Tier(program_id=program.id, name=name, position=position,
                        threshold=(position + 1) * 100_00)
            s.add(tier)
            s.flush()
            tiers[name] = tier.id
        ids: dict[str, int] = {}
        for name, owner, consent, status, segment, held, spend, orders in PEOPLE:
            ids[name] = contacts.create_contact(s, ContactInput(
                display_name=name, owner=owner, marketing_consent=consent,
                emails=[f"c{len(ids)}@example.com"])).id
            recent = {"Алиса Смирнова": (900_00, dt.date(2025, 6, 1)),
                      "Dana Doe": (20_00, dt.date(2025, 6, 10))}
            spend_12m, last = recent.get(name, (0, dt.date(2023, 3, 1)))
            s.add(CustomerStatus(contact_id=ids[name], lifecycle=status, segment=segment,
                                 tier_id=tiers[held] if held else None, spend_total=spend,
                                 orders=orders, spend_12m=spend_12m, last_purchase=last,
                                 computed_on=TODAY))
            if held or name == "Bob Brown":
                s.add(LoyaltyMember(contact_id=ids[name], joined_on=dt.date(2024, 1, 1)))
        for name, day, minor in (("Алиса Смирнова", "2025-06-01", 500_00),
                                 ("Алиса Смирнова", "2025-05-01", 400_00),
                                 ("Dana Doe", "2025-06-10", 20_00)):
            s.add(Purchase(contact_id=ids[name], purchased_on=dt.date.fromisoformat(day),
                           total_minor=minor, currency="USD"))
        s.add(PointsEntry(contact_id=ids["Алиса Смирнова"], kind="earn", points=900,
                          occurred_at=dt.datetime(2025, 6, 1, tzinfo=dt.UTC)))
        s.add(PointsEntry(contact_id=ids["Алиса Смирнова"], kind="redeem", points=-200,
                          cost_minor=15_00, occurred_at=dt.datetime(2025, 6, 2, tzinfo=dt.UTC)))
        for name in ("Ольга Иванова-Петрова", "王晓明"):
            s.add(LifecycleChange(contact_id=ids[name], previous="at_risk", status="lapsed",
                                  changed_on=dt.date(2025, 6, 3)))
        s.flush()
        if report:
            store_loyalty_report(s, TODAY)
    return ids


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = open_database(str(tmp_path / "loyalty.sqlite3"))
    yield db
    wait_for_all()
    db.dispose()


@pytest.fixture
def changes() -> Changes:
    return Changes()


def _section(qtbot, database: Database, settings, changes: Changes) -> LoyaltySection:
    widget = LoyaltySection(database, settings, changes, QUndoStack())
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.show()
    return widget


@pytest.fixture
def section(qtbot, database: Database, settings, changes: Changes) -> LoyaltySection:
    _fill(database)
    return _section(qtbot, database, settings, changes)


def _cell(table: FigureTable, label: str, column: int) -> QModelIndex:
    model = table.model()
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == label:
            return model.index(row, column)
    raise AssertionError(f"no row {label!r}")


def _texts(table: FigureTable) -> list[list[str]]:
    model = table.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def _names(qtbot, dialog: ContactListDialog, count: int) -> list[str]:
    """The names in a list dialog, once it is counted and its rows are read."""
    model = dialog.model
    qtbot.waitUntil(lambda: model.rowCount() == count, timeout=10_000)
    qtbot.waitUntil(lambda: all(model.index(r, 0).data() != "Loading…"
                                for r in range(count)), timeout=10_000)
    return [model.index(r, 0).data() for r in range(count)]


def _click(qtbot, table: FigureTable, index: QModelIndex) -> ContactListDialog:
    rect = table.visualRect(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    section = table.window()
    assert isinstance(section, LoyaltySection)
    return section.dialogs[-1]


def test_before_the_first_recompute_the_section_says_what_to_do(
        qtbot, database: Database, settings, changes: Changes) -> None:
    section = _section(qtbot, database, settings, changes)
    assert section.stack.currentIndex() == 0
    assert section.empty_title.text() == "Recompute to see where your customers stand"
    assert section.empty_button.isVisible()


def test_the_section_shows_the_stored_figures(section: LoyaltySection) -> None:
    figures = section.figures
    assert section.stack.currentIndex() == 1
    assert "Computed on" in section.computed_label.text()
    assert "2025" in section.computed_label.text()
    funnel = {row[0]: row[1:] for row in _texts(figures.funnel)}
    assert funnel["Lapsed"] == ["3", "2", "0"]
    assert funnel["Active"] == ["1", "0", "0"]
    assert funnel["At risk"] == ["0", "0", "2"]
    segments = {row[0]: row[1:] for row in _texts(figures.segments)}
    assert segments["Champions"] == ["1", "900.00 USD", "150.00 USD"]
    assert segments["Lost"] == ["2", "90.00 USD", "45.00 USD"]
    assert segments["Loyal"] == ["0", "—", "—"]
    assert _texts(figures.tiers) == [["Silver", "1", "0.0%"], ["Gold", "1", "100.0%"],
                                     ["No tier", "1", "0.0%"]]
    assert _texts(figures.revenue) == [["Members", "900.00 USD", "1", "900.00 USD"],
                                       ["Non-members", "20.00 USD", "1", "20.00 USD"]]
    assert _texts(figures.points)[:2] == [["Issued", "900", "900"], ["Redeemed", "200", "200"]]
    assert _texts(figures.costs) == [["Cost of rewards", "15.00 USD", "15.00 USD"]]
    assert "700" in figures.outstanding.text()
    assert figures.win_back_text.text().startswith("3 lapsed customer")


def test_a_count_opens_its_contacts(qtbot, section: LoyaltySection) -> None:
    dialog = _click(qtbot, section.figures.funnel, _cell(section.figures.funnel, "Lapsed", 1))
    assert dialog.windowTitle() == "Lapsed"
    assert dialog.query == ListQuery("lifecycle", "lapsed")
    assert _names(qtbot, dialog, 3) == ["Bob Brown", "Ольга Иванова-Петрова", "王晓明"]
    assert dialog.count_label.text().startswith("3 contact")

    moved = _click(qtbot, section.figures.funnel, _cell(section.figures.funnel, "Lapsed", 2))
    assert moved.query == ListQuery("moved_into", "lapsed", dt.date(2025, 6, 1))
    assert _names(qtbot, moved, 2) == ["Ольга Иванова-Петрова", "王晓明"]
    assert moved.windowTitle().startswith("Moved into Lapsed in ")

    gold = _click(qtbot, section.figures.tiers, _cell(section.figures.tiers, "Gold", 1))
    assert _names(qtbot, gold, 1) == ["Алиса Смирнова"]


def test_double_clicking_a_row_opens_its_count(qtbot, section: LoyaltySection) -> None:
    table = section.figures.segments
    rect = table.visualRect(_cell(table, "Lost", 0))
    # A double click is a press and release, then the double click (as a mouse gives).
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert section.dialogs == []  # the name is no link: a single click opens nothing
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = section.dialogs[-1]
    assert dialog.query == ListQuery("segment", "lost")
    assert _names(qtbot, dialog, 2) == ["Bob Brown", "王晓明"]


def test_open_contact_from_a_list(qtbot, section: LoyaltySection) -> None:
    dialog = section.open_list(ListQuery("segment", "champions"), "Champions")
    assert _names(qtbot, dialog, 1) == ["Алиса Смирнова"]
    with qtbot.waitSignal(section.openContactRequested) as opened:
        dialog.open_button.click()
    assert opened.args == [dialog.model.index(0, 0).data(CONTACT_ID_ROLE)]


def test_follow_ups_for_the_reactivation_list(
        qtbot, section: LoyaltySection, database: Database, changes: Changes) -> None:
    section.figures.win_back_button.click()
    dialog = section.dialogs[-1]
    assert dialog.query == ListQuery("lifecycle", "lapsed")
    _names(qtbot, dialog, 3)
    assert dialog.hint.isVisible() and "opted in" in dialog.hint.text()
    asked: list[int] = []

    def answer(parent: QWidget, count: int, default_title: str,
               today: dt.date) -> tuple[str, dt.date] | None:
        asked.append(count)
        return "Invite back with 10% off", dt.date(2025, 6, 22)

    dialog.ask_follow_up = answer
    with qtbot.waitSignal(changes.tasksChanged, timeout=10_000), \
            qtbot.waitSignal(dialog.actionDone, timeout=10_000) as done:
        dialog.follow_up_button.click()
    assert asked == [3] and done.args == [3]
    assert dialog.result_label.text().startswith("Created 3 follow-up task")
    with database.session_scope() as s:
        tasks = s.execute(select(Contact.display_name, Task.owner, Task.title, Task.due_date,
                                 Task.status).join(Contact, Contact.id == Task.contact_id)
                          .order_by(Contact.sort_key)).all()
    assert tasks == [
        ("Bob Brown", "Sam", "Invite back with 10% off", dt.date(2025, 6, 22), "open"),
        ("Ольга Иванова-Петрова", "Dilnoza", "Invite back with 10% off",
         dt.date(2025, 6, 22), "open"),
        ("王晓明", None, "Invite back with 10% off", dt.date(2025, 6, 22), "open"),
    ]


def test_cancelled_follow_ups_create_nothing(qtbot, section: LoyaltySection,
                                             database: Database) -> None:
    dialog = section.win_back()
    _names(qtbot, dialog, 3)
    dialog.ask_follow_up = lambda *_args: None
    dialog.follow_up_button.click()
    with database.session_scope() as s:
        assert s.scalar(select(func.count()).select_from(Task)) == 0


def test_follow_ups_for_a_list_emptied_meanwhile_are_refused_with_a_message(
        qtbot, section: LoyaltySection, database: Database,
        dialogs: list[tuple[str, str, str]]) -> None:
    dialog = section.win_back()
    _names(qtbot, dialog, 3)
    with database.session_scope() as s:  # elsewhere, the three go to the Trash
        for contact in s.scalars(select(Contact).where(Contact.display_name.in_(
                ["Bob Brown", "Ольга Иванова-Петрова", "王晓明"]))):
            contact.deleted_at = dt.datetime(2025, 6, 15, tzinfo=dt.UTC)
    dialog.ask_follow_up = lambda *_args: ("Call", dt.date(2025, 6, 22))
    with qtbot.waitSignal(dialog.actionDone, timeout=10_000) as done:
        dialog.follow_up_button.click()
    assert done.args == [0]
    (kind, title, text), = dialogs
    assert (kind, title) == ("warning", "Create follow-ups")
    assert "This list holds no contacts" in text
    with database.session_scope() as s:
        assert s.scalar(select(func.count()).select_from(Task)) == 0


def test_the_follow_up_form_needs_a_title(qtbot) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from app.ui.list_actions import FollowUpAsk

    form = FollowUpAsk(3, "Follow up: Lapsed", TODAY)
    qtbot.addWidget(form)
    ok = form.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    assert form.answer() == ("Follow up: Lapsed", dt.date(2025, 6, 22))
    form.title.setText("   ")
    assert not ok.isEnabled()


def test_log_a_campaign_on_a_list(qtbot, section: LoyaltySection, database: Database,
                                  changes: Changes) -> None:
    dialog = section.win_back()
    _names(qtbot, dialog, 3)
    dialog.ask_campaign = lambda *_args: ("email", "We miss you", None)
    with qtbot.waitSignal(changes.contactsChanged, timeout=10_000), \
            qtbot.waitSignal(dialog.actionDone, timeout=10_000):
        dialog.campaign_button.click()
    with database.session_scope() as s:
        touched = s.scalars(select(Contact.display_name)
                            .where(Contact.last_contacted_at.is_not(None))).all()
    assert sorted(touched) == sorted(["Bob Brown", "Ольга Иванова-Петрова", "王晓明"])
    # The section's figures are now behind: it says so.
    assert section.stale_label.isVisible()


def test_export_for_mailing_respects_consent(
        qtbot, section: LoyaltySection, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        dialogs: list[tuple[str, str, str]]) -> None:
    target = tmp_path / "win back.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_a, **_k: (str(target), "CSV, comma-separated (*.csv)"))
    dialog = section.win_back()
    _names(qtbot, dialog, 3)
    dialog.export_for_mailing()
    assert dialog.export_task is not None
    with qtbot.waitSignal(dialog.export_task.ended, timeout=10_000) as ended:
        pass
    assert ended.args[0].count == 2
    with target.open(encoding="utf-8-sig", newline="") as f:
        names = sorted(row["Full name"] for row in csv.DictReader(f))
    assert names == sorted(["Ольга Иванова-Петрова", "王晓明"])
    (kind, _title, text), = dialogs
    assert kind == "information"
    # (Plural forms as the shipped English translation gives them, or the source's.)
    assert re.match(r"Exported 2 contact(s|\(s\)) who opted in", text)
    assert re.search(r"1 contact(\(s\))? of the list (was|were) left out for lack of consent",
                     text)


def test_export_of_a_list_with_no_consent_writes_nothing(
        qtbot, section: LoyaltySection, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        dialogs: list[tuple[str, str, str]]) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_a, **_k: (str(folder / "new.xlsx"), ""))
    dialog = section.open_list(ListQuery("segment", "new"), "New customers")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10_000)
    dialog.export_for_mailing()
    assert dialog.export_task is not None
    with qtbot.waitSignal(dialog.export_task.ended, timeout=10_000) as ended:
        pass
    assert ended.args == [None]
    assert list(folder.iterdir()) == []
    (kind, _title, text), = dialogs
    assert kind == "warning" and "None of the 1 contacts" in text


def test_recompute_shows_progress_then_the_new_figures(
        qtbot, database: Database, settings, changes: Changes) -> None:
    _fill(database, report=False)
    section = _section(qtbot, database, settings, changes)
    assert section.stack.currentIndex() == 0
    steps: list[tuple[int, int]] = []

    def fake(db, today, progress, cancel):
        assert today == TODAY
        for done in range(3):
            progress(done, 3, "step")
            steps.append((done, 3))
        with db.session_scope() as session:
            store_loyalty_report(session, today)
        return types.SimpleNamespace(customers=5)

    section.today = lambda: TODAY
    section.run_recompute = fake
    with qtbot.waitSignal(section.recomputed, timeout=10_000) as ended, \
            qtbot.waitSignal(changes.loyaltyChanged, timeout=10_000):
        section.recompute_button.click()
        assert section.cancel_button.isVisible() and section.progress.isVisible()
    assert ended.args == [True] and steps
    assert section.stack.currentIndex() == 1
    assert not section.cancel_button.isVisible() and not section.stale_label.isVisible()
    assert _texts(section.figures.funnel)[5][:2] == ["Lapsed", "3"]


def test_recompute_runs_the_real_recompute(
        qtbot, database: Database, settings, changes: Changes) -> None:
    _fill(database, report=False)
    section = _section(qtbot, database, settings, changes)
    with qtbot.waitSignal(section.recomputed, timeout=30_000) as ended:
        section.recompute()
    assert ended.args == [True]
    report = section.report
    assert report is not None and report.computed_on == dt.date.today()
    # Every live contact stands somewhere in the funnel.
    assert sum(step.count for step in report.funnel) == len(PEOPLE)
    assert sum(t.members for t in report.tiers) == report.members == 3


def test_a_cancelled_recompute_changes_nothing(
        qtbot, database: Database, settings, changes: Changes) -> None:
    _fill(database, report=False)
    section = _section(qtbot, database, settings, changes)
    messages: list[str] = []
    section.statusMessage.connect(messages.append)

    def fake(db, today, progress, cancel):
        with db.session_scope() as session:
            store_loyalty_report(session, today)
            assert cancel.wait(10)
            raise RuntimeError("cancelled")

    section.run_recompute = fake
    with qtbot.waitSignal(section.recomputed, timeout=10_000) as ended:
        section.recompute()
        section.cancel_button.click()
    assert ended.args == [False]
    assert messages == ["Recompute cancelled; the figures shown are the last ones stored."]
    assert section.stack.currentIndex() == 0
    section.reload()
    assert section.report is None


def test_changes_mark_the_figures_stale(section: LoyaltySection, changes: Changes) -> None:
    assert not section.stale_label.isVisible()
    changes.loyaltyChanged.emit({1})
    assert section.stale_label.isVisible()


def test_programme_settings_opens_the_settings_dialog(
        section: LoyaltySection, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[tuple[object, object]] = []

    class FakeDialog:
        def __init__(self, database, changes, parent) -> None:
            opened.append((database, changes))

        def open(self) -> None:
            pass

    module = types.ModuleType("app.ui.loyalty_settings")
    module.LoyaltySettingsDialog = FakeDialog  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "app.ui.loyalty_settings", module)
    section.settings_button.click()
    assert opened == [(section.database, section.changes)]


def test_the_models_pass_the_model_tester(qtbot, qtmodeltester,
                                          section: LoyaltySection) -> None:
    for table in (section.figures.funnel, section.figures.segments, section.figures.tiers,
                  section.figures.revenue):
        qtmodeltester.check(table.model())
    dialog = section.win_back()
    _names(qtbot, dialog, 3)
    qtmodeltester.check(dialog.model)


def test_a_link_cell_shows_a_pointing_hand(qtbot, section: LoyaltySection) -> None:
    table = section.figures.funnel
    index = _cell(table, "Lapsed", 1)
    assert table.model().data(index, Qt.ItemDataRole.FontRole).underline()
    table.entered.emit(index)
    assert table.viewport().cursor().shape() == Qt.CursorShape.PointingHandCursor
    table.entered.emit(_cell(table, "Lapsed", 0))
    assert table.viewport().cursor().shape() == Qt.CursorShape.ArrowCursor
    # A zero opens nothing, so it is no link.
    zero = _cell(table, "Expanding", 1)
    assert zero.data() == "0" and table.model().data(zero, Qt.ItemDataRole.FontRole) is None
    assert not table.open_index(zero, row_default=False)


def _saving_during(database: Database, ids: dict[str, int], attempts: int):
    """A progress callback that, during the first ``attempts`` runs of the standings,
    saves a purchase for Bob Brown from another connection (the window, meanwhile)."""
    runs: list[str] = []

    def progress(_done: int, _total: int, step: str) -> None:
        if step == "purchases":
            runs.append(step)
        if step == "scores" and len(runs) <= attempts:
            with database.session_scope() as other:
                other.add(Purchase(contact_id=ids["Bob Brown"], purchased_on=TODAY,
                                   total_minor=70_00, currency="USD"))

    return progress, runs


def test_a_recompute_outdated_by_a_save_meanwhile_runs_again_and_counts_it(
        database: Database) -> None:
    from app.ui.loyalty_section import run_recompute

    ids = _fill(database, report=False)
    progress, runs = _saving_during(database, ids, attempts=1)
    result = run_recompute(database, TODAY, progress, types.SimpleNamespace(
        is_set=lambda: False))
    assert len(runs) == 2  # the first run found its snapshot outdated at its first write
    with database.session_scope() as s:
        bob = s.get(CustomerStatus, ids["Bob Brown"])
        assert bob is not None
        # his one purchase on record is the one saved meanwhile (_fill stored no purchase
        # of his, only a standing of 50.00 last bought in 2023)
        assert (bob.orders, bob.spend_total, bob.last_purchase) == (1, 70_00, TODAY)
    assert result.written > 0


def test_a_recompute_outdated_every_time_gives_up_and_stores_nothing(
        database: Database) -> None:
    from sqlalchemy.exc import OperationalError

    from app.services import recompute
    from app.ui.loyalty_section import run_recompute

    ids = _fill(database, report=False)
    progress, runs = _saving_during(database, ids, attempts=recompute.ATTEMPTS)
    with pytest.raises(OperationalError) as raised:
        run_recompute(database, TODAY, progress, types.SimpleNamespace(is_set=lambda: False))
    assert recompute.outdated(raised.value)
    assert len(runs) == recompute.ATTEMPTS
    with database.session_scope() as s:
        assert s.scalar(select(func.count()).select_from(CustomerStatus)) == len(PEOPLE)
        bob = s.get(CustomerStatus, ids["Bob Brown"])
        assert bob is not None  # as _fill stored it, the three purchases saved meanwhile
        assert (bob.spend_total, bob.last_purchase) == (50_00, dt.date(2023, 3, 1))


def _sqlite_error(code: int) -> Exception:
    """SQLite's error ``code`` as SQLAlchemy raises it."""
    import sqlite3

    from sqlalchemy.exc import OperationalError

    cause = sqlite3.OperationalError("database is locked")
    cause.sqlite_errorcode = code  # type: ignore[attr-defined]
    return OperationalError("INSERT …", {}, cause)


def test_only_an_outdated_snapshot_is_worth_another_run() -> None:
    import sqlite3

    from app.services import recompute

    assert recompute.outdated(_sqlite_error(sqlite3.SQLITE_BUSY_SNAPSHOT))
    assert not recompute.outdated(_sqlite_error(sqlite3.SQLITE_BUSY))
    assert not recompute.outdated(_sqlite_error(sqlite3.SQLITE_FULL))
    assert not recompute.outdated(RuntimeError("cancelled"))


def test_the_reports_too_run_again_when_outdated(database: Database, monkeypatch) -> None:
    """The stored figures are a unit of work of their own: outdated twice, they are
    read a third time and stored."""
    import sqlite3

    from app.services import recompute
    from app.services.loyalty_report import loyalty_report
    from app.ui.loyalty_section import run_recompute

    _fill(database, report=False)
    runs: list[int] = []
    real = recompute.reports

    def outdated_twice(session, **kwargs):  # type: ignore[no-untyped-def]
        runs.append(1)
        if len(runs) < 3:
            raise _sqlite_error(sqlite3.SQLITE_BUSY_SNAPSHOT)
        real(session, **kwargs)

    monkeypatch.setattr(recompute, "reports", outdated_twice)
    run_recompute(database, TODAY, lambda *_a: None, types.SimpleNamespace(
        is_set=lambda: False))
    assert len(runs) == 3
    with database.session_scope() as s:
        report = loyalty_report(s)
        assert report is not None and report.computed_on == TODAY


def test_a_recompute_outdated_every_time_says_why_in_words(
        qtbot, section: LoyaltySection, monkeypatch) -> None:
    import sqlite3

    from PySide6.QtWidgets import QMessageBox

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: said.append(text))
    section._recompute_failed(_sqlite_error(sqlite3.SQLITE_BUSY_SNAPSHOT))
    section._recompute_failed(RuntimeError("disk on fire"))
    assert len(said) == 2
    assert "kept being saved" in said[0] and "database is locked" not in said[0]
    assert said[1].endswith("disk on fire")
