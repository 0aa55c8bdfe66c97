"""The deal form, the closing dialog and the Deals block of the contact and company pages:
create a deal from a contact's page, edit it, undo it, close it as lost with a new
reason, link a logged call and a task to it, and bad input that stores nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget
from sqlalchemy import func, select

from app.db import Database, open_database
from app.models import Deal, LostReason
from app.models.enums import StageKind
from app.services import companies, deals, pipeline, tasks
from app.services.contacts import ContactInput, create_contact
from app.ui import close_deal_dialog
from app.ui.changes import Changes
from app.ui.close_deal_dialog import ClosingDialog, ask_closing
from app.ui.company_page import CompanyPage
from app.ui.contact_page import ContactPage
from app.ui.deal_commands import Closing
from app.ui.deal_dialog import DealDialog
from app.ui.task_dialog import TaskDialog


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(str(tmp_path / "rapport.sqlite3"))
    yield database
    database.dispose()


@pytest.fixture
def contact_id(db: Database) -> int:
    with db.session_scope() as s:
        firm = companies.create_company(s, companies.CompanyInput(name="Grand Hotel"))
        return create_contact(s, ContactInput(first_name="Malika", last_name="Yusupova",
                                              company_id=firm.id), region="UZ").id


def _page(qtbot, db: Database, settings, changes: Changes, stack: QUndoStack) -> ContactPage:
    page = ContactPage(db, settings, changes, undo_stack=stack)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    qtbot.waitExposed(page)
    return page


def _deals(db: Database) -> list[Deal]:
    with db.session_scope() as s:
        found = list(s.scalars(select(Deal).order_by(Deal.id)))
        s.expunge_all()
    return found


def _stage(db: Database, name: str) -> pipeline.StageInfo:
    with db.session_scope() as s:
        pipeline.ensure_default(s)
        return next(st for st in pipeline.pipelines(s)[0].stages if st.name == name)


def _new_deal_dialog(qtbot, page: ContactPage) -> DealDialog:
    qtbot.mouseClick(page.deals.new_button, Qt.MouseButton.LeftButton)
    dialog = page.deals.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_a_deal_made_on_a_contact_page_is_listed_edited_and_undone(
        db, settings, contact_id, qtbot):
    settings.set_value("user/owner_name", "Dilnoza")
    changes, stack = Changes(), QUndoStack()
    page = _page(qtbot, db, settings, changes, stack)
    page.show_contact(contact_id)
    assert page.deals.texts() == []
    assert not page.quick_log.deal.isVisibleTo(page)  # no open deals: no Deal choice

    dialog = _new_deal_dialog(qtbot, page)
    # The contact and its company come chosen; the first stage and the owner too.
    assert dialog.contact.currentText() == "Malika Yusupova"
    assert dialog.company.currentText() == "Grand Hotel"
    assert dialog.stage.currentText() == "Lead"
    assert dialog.owner.text() == "Dilnoza"
    assert dialog.currency.currentText() == "USD"  # the C locale names none: the default
    assert dialog.probability.text() == "The stage's (10 %)"
    qtbot.keyClicks(dialog.title, "Twenty chairs")
    qtbot.keyClicks(dialog.value, "1 234,50")
    dialog.save_button.click()
    assert not dialog.isVisible()

    [deal] = _deals(db)
    assert (deal.title, deal.value_minor, deal.currency) == ("Twenty chairs", 123450, "USD")
    assert deal.contact_id == contact_id and deal.owner == "Dilnoza"
    assert deal.probability is None  # the stage's
    assert page.deals.texts() == ["Twenty chairs\nLead · 1,234.50 USD"]
    assert page.deals.title() == "Deals (1 open)"
    assert page.quick_log.deal.isVisibleTo(page)  # now the call can be about it

    # Enter on the row opens the deal; a new value and stage are saved as an edit.
    page.deals.list.setCurrentRow(0)
    qtbot.keyClick(page.deals.list, Qt.Key.Key_Return)
    edit = page.deals.dialog
    assert edit is not None and edit is not dialog and edit.record is not None
    assert edit.value.text() == "1234.50"
    edit.value.setText("15000")
    edit.stage.setCurrentIndex(edit.stage.findText("Proposal"))
    edit.probability.setValue(60)
    edit.save_button.click()
    assert not edit.isVisible()
    [deal] = _deals(db)
    assert (deal.value_minor, deal.probability) == (1500000, 60)
    assert page.deals.texts() == ["Twenty chairs\nProposal · 15,000.00 USD"]
    with db.session_scope() as s:
        assert [v.stage_name for v in deals.history(s, deal.id)] == ["Lead", "Proposal"]

    # Undo the edit, then the create: the deal goes to the Trash and off the page.
    assert stack.count() == 2
    stack.undo()
    assert page.deals.texts() == ["Twenty chairs\nLead · 1,234.50 USD"]
    stack.undo()
    assert page.deals.texts() == []
    assert page.deals.title() == "Deals"
    [deal] = _deals(db)
    assert deal.deleted_at is not None
    assert not page.quick_log.deal.isVisibleTo(page)
    stack.redo()
    assert page.deals.texts() == ["Twenty chairs\nLead · 1,234.50 USD"]


def test_a_bad_amount_is_explained_and_nothing_is_stored(db, settings, contact_id, qtbot):
    changes, stack = Changes(), QUndoStack()
    page = _page(qtbot, db, settings, changes, stack)
    page.show_contact(contact_id)
    dialog = _new_deal_dialog(qtbot, page)
    dialog.title.setText("Chairs")
    for text, message in (
            ("twelve", "“twelve” is not an amount. Type digits, such as 1250 or 1 250.50."),
            ("-5", "The amount cannot be negative."),
            ("1.2345", "USD has 2 decimal places; “1.2345” has more.")):
        dialog.value.setText(text)
        dialog.save_button.click()
        assert dialog.isVisible()
        assert dialog.errors.labels["value"].text() == message
        assert dialog.errors.labels["value"].isVisibleTo(dialog)
    dialog.value.setText("5.5")
    dialog.currency.setEditText("JPY")  # yen have no decimals
    dialog.save_button.click()
    assert dialog.errors.labels["value"].text() == "JPY has 0 decimal places; “5.5” has more."
    dialog.currency.setEditText("U$")
    dialog.save_button.click()
    assert dialog.errors.labels["currency"].text().startswith("“U$” is not a currency code.")
    assert _deals(db) == [] and stack.count() == 0


def test_the_service_s_refusal_keeps_the_form_open_with_its_message(
        db, settings, contact_id, qtbot):
    changes, stack = Changes(), QUndoStack()
    dialog = DealDialog(db, settings, changes, stack, contact_id=contact_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.save_button.click()  # no title
    assert dialog.isVisible()
    assert dialog.errors.labels["title"].text() == "Type a title for the deal."
    dialog.title.setText("Chairs")
    dialog.contact.setEditText("Nobody Atall")
    dialog.save_button.click()
    assert dialog.errors.labels["contact_id"].text().startswith(
        "There is no contact called “Nobody Atall”.")
    assert _deals(db) == [] and stack.count() == 0


def test_a_deal_from_a_company_page_with_a_contact_typed_by_name(
        db, settings, contact_id, qtbot):
    changes, stack = Changes(), QUndoStack()
    with db.session_scope() as s:
        firm_id = companies.list_companies(s, limit=1)[0].id
    page = CompanyPage(db, settings, changes, undo_stack=stack)
    qtbot.addWidget(page)
    page.show()
    page.show_company(firm_id)
    qtbot.mouseClick(page.deals.new_button, Qt.MouseButton.LeftButton)
    dialog = page.deals.dialog
    assert dialog is not None
    assert dialog.company.currentText() == "Grand Hotel" and dialog.contact.currentText() == ""
    dialog.title.setText("Lobby sofas")
    dialog.contact.setEditText("malika yusupova")
    dialog.save_button.click()
    assert not dialog.isVisible()
    [deal] = _deals(db)
    assert (deal.contact_id, deal.company_id) == (contact_id, firm_id)
    assert page.deals.texts() == ["Lobby sofas\nLead · 0.00 USD"]


def test_moving_a_deal_to_lost_asks_why_and_cancel_changes_nothing(
        db, settings, contact_id, qtbot, monkeypatch):
    changes, stack = Changes(), QUndoStack()
    lead, lost = _stage(db, "Lead"), _stage(db, "Lost")
    with db.session_scope() as s:
        deal_id = deals.create_deal(s, deals.DealInput(
            title="Curtains", stage_id=lead.id, currency="EUR", contact_id=contact_id)).id
        reason = pipeline.lost_reasons(s)[0]
    asked: list[pipeline.StageInfo] = []
    answer: list[Closing | None] = [None]

    def ask(_parent: QWidget, _database: Database, stage: pipeline.StageInfo, *,
            default_date: dt.date) -> Closing | None:
        asked.append(stage)
        assert default_date == dt.date.today()
        return answer[0]

    monkeypatch.setattr(close_deal_dialog, "ask_closing", ask)
    dialog = DealDialog(db, settings, changes, stack, deal_id=deal_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.stage.setCurrentIndex(dialog.stage.findData(lost.id))
    dialog.save_button.click()  # Cancel in the closing dialog: still open, nothing moved
    assert asked == [lost] and dialog.isVisible() and stack.count() == 0
    assert _deals(db)[0].stage_id == lead.id

    # A close date before the deal existed: the service says so, in the form.
    answer[0] = Closing(closed_on=dt.date(2000, 1, 1), lost_reason_id=reason.id)
    dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.errors.labels["closed_on"].text().startswith("The close date 2000-01-01 ")
    assert _deals(db)[0].stage_id == lead.id

    answer[0] = Closing(closed_on=dt.date.today(), lost_reason_id=reason.id)
    dialog.save_button.click()
    assert not dialog.isVisible()
    [deal] = _deals(db)
    assert (deal.stage_id, deal.status, deal.lost_reason_id, deal.closed_on) == (
        lost.id, "lost", reason.id, dt.date.today())
    stack.undo()
    [deal] = _deals(db)
    assert (deal.stage_id, deal.status, deal.lost_reason_id) == (lead.id, "open", None)


def test_the_closing_dialog_adds_a_lost_reason_and_returns_it(db, qtbot):
    lost = _stage(db, "Lost")
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[str] = []

    def drive() -> None:
        dialog = parent.findChild(ClosingDialog)
        assert dialog is not None
        assert dialog.reason.currentText() == "No reason given"
        dialog.add_button.click()
        dialog.new_reason.setText("  price too HIGH ")  # taken, whatever the case
        qtbot.keyClick(dialog.new_reason, Qt.Key.Key_Return)
        seen.append(dialog.error.text())
        assert dialog.isVisible()  # Enter added (or refused) the reason, did not close
        dialog.new_reason.setText("   ")
        dialog.save_reason.click()
        seen.append(dialog.error.text())
        dialog.new_reason.setText("Went with the cheaper offer")
        dialog.save_reason.click()
        assert dialog.error.isHidden()
        seen.append(dialog.reason.currentText())
        dialog.date.setDate(dialog.date.date().addDays(-2))
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    QTimer.singleShot(0, drive)
    closing = ask_closing(parent, db, lost, default_date=dt.date(2025, 6, 12))
    assert seen == ["“price too HIGH” is already taken. Choose another name.",
                    "Type a name.", "Went with the cheaper offer"]
    with db.session_scope() as s:
        added = s.scalar(select(LostReason).where(
            LostReason.name == "Went with the cheaper offer"))
        assert added is not None
        reason_id = added.id
        assert s.scalar(select(func.count()).select_from(LostReason)) == 7
    assert closing == Closing(closed_on=dt.date(2025, 6, 10), lost_reason_id=reason_id)

    def cancel() -> None:
        dialog = parent.findChild(ClosingDialog)
        assert dialog is not None
        dialog.reject()

    QTimer.singleShot(0, cancel)
    assert ask_closing(parent, db, _stage(db, "Won"), default_date=dt.date(2025, 6, 12)) \
        is None


def test_a_won_stage_asks_only_the_date(db, qtbot):
    dialog = ClosingDialog(None, db, _stage(db, "Won"), default_date=dt.date(2025, 1, 31))
    qtbot.addWidget(dialog)
    assert dialog.closing() == Closing(closed_on=dt.date(2025, 1, 31), lost_reason_id=None)
    assert not dialog.reason.isVisibleTo(dialog)


def test_a_call_logged_about_a_deal_shows_in_its_activity(db, settings, contact_id, qtbot):
    changes, stack = Changes(), QUndoStack()
    lead = _stage(db, "Lead")
    with db.session_scope() as s:
        deal_id = deals.create_deal(s, deals.DealInput(
            title="Twenty chairs", stage_id=lead.id, currency="USD",
            contact_id=contact_id)).id
        won = deals.create_deal(s, deals.DealInput(
            title="Old order", stage_id=_stage(db, "Won").id, currency="USD",
            contact_id=contact_id))
    page = _page(qtbot, db, settings, changes, stack)
    page.show_contact(contact_id)
    log = page.quick_log
    # Only the open deal is offered, after "No deal".
    assert [log.deal.itemText(i) for i in range(log.deal.count())] == [
        "No deal", "Twenty chairs"]
    assert page.deals.texts()[1].startswith("Old order\nWon · 0.00 USD · closed ")
    log.deal.setCurrentIndex(log.deal.findData(deal_id))
    qtbot.keyClicks(log.subject, "Talked about the chairs")
    log.follow_up.setChecked(True)
    log.log_button.click()
    assert log.error.isHidden()

    page.deals.open_deal(deal_id)
    dialog = page.deals.dialog
    assert dialog is not None and dialog.tabs is not None
    rows = dialog.activity.texts()
    # Newest first: the follow-up, due in three days, above the call of today.
    assert [row[1:] for row in rows] == [["Open task", "Follow up: Talked about the chairs"],
                                         ["Call", "Talked about the chairs"]]
    assert [dialog.tabs.tabText(i) for i in range(3)] == ["Deal", "History", "Activity"]
    assert dialog.history.topLevelItem(0).text(0) == "Lead"
    assert dialog.history.topLevelItem(0).text(2) == "still there"
    dialog.reject()
    page.deals.open_deal(won.id)
    closed = page.deals.dialog
    assert closed is not None and closed.status.text().startswith("Won on ")


def test_a_task_can_be_about_one_of_the_contact_s_open_deals(db, settings, contact_id, qtbot):
    changes = Changes()
    bare = TaskDialog(db, settings, contact_id=contact_id, changes=changes)
    qtbot.addWidget(bare)
    assert not bare.deal.isVisibleTo(bare)  # no open deals: no choice to make
    with db.session_scope() as s:
        deal_id = deals.create_deal(s, deals.DealInput(
            title="Twenty chairs", stage_id=_stage(db, "Lead").id, currency="USD",
            contact_id=contact_id)).id
    dialog = TaskDialog(db, settings, contact_id=contact_id, changes=changes)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.deal.isVisibleTo(dialog)
    dialog.title.setText("Send the price list")
    dialog.deal.setCurrentIndex(dialog.deal.findData(deal_id))
    dialog.accept()
    with db.session_scope() as s:
        [task] = tasks.tasks_for_contact(s, contact_id)
        assert task.deal_id == deal_id
        assert [a.text for a in deals.linked_activity(s, deal_id)] == ["Send the price list"]
        deals.move_deal(s, deal_id, _stage(db, "Won").id)  # closed: no longer offered...
    edit = TaskDialog(db, settings, task=task, changes=changes)
    qtbot.addWidget(edit)
    assert edit.deal.currentData() == deal_id  # ...but a task about it keeps it
    edit.accept()
    with db.session_scope() as s:
        assert tasks.get_task(s, task.id).deal_id == deal_id


def test_delete_moves_the_deal_to_the_trash_and_undo_brings_it_back(
        db, settings, contact_id, qtbot):
    changes, stack = Changes(), QUndoStack()
    with db.session_scope() as s:
        deal_id = deals.create_deal(s, deals.DealInput(
            title="Curtains", stage_id=_stage(db, "Lead").id, currency="EUR",
            contact_id=contact_id)).id
    page = _page(qtbot, db, settings, changes, stack)
    page.show_contact(contact_id)
    page.deals.open_deal(deal_id)
    dialog = page.deals.dialog
    assert dialog is not None
    dialog.delete_button.click()
    assert not dialog.isVisible()
    assert page.deals.texts() == []
    stack.undo()
    assert page.deals.texts() == ["Curtains\nLead · 0.00 EUR"]
    assert _deals(db)[0].deleted_at is None
    assert _deals(db)[0].status == StageKind.OPEN.value


def test_new_deals_take_the_currency_chosen_in_the_preferences(db, settings, qtbot):
    settings.set_value("deals/currency", "uzs")
    dialog = DealDialog(db, settings, Changes(), QUndoStack())
    qtbot.addWidget(dialog)
    assert dialog.currency.currentText() == "UZS"
    dialog.title.setText("Carpets")
    dialog.value.setText("1 500 000")
    dialog.save_button.click()
    [deal] = _deals(db)
    assert (deal.value_minor, deal.currency, deal.contact_id) == (150000000, "UZS", None)
