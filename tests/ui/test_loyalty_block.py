"""The loyalty block of a contact's page: log a purchase in a few keystrokes and see the
points and the tier change, undo it, delete one (asked first) and undo that, redeem
within the balance only, adjust, and enroll."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from sqlalchemy import func, select

from app.db import Database, open_database
from app.models import PointsEntry, Purchase
from app.services import loyalty, points, purchases
from app.services.contacts import ContactInput, create_contact
from app.services.purchases import LineInput, PurchaseInput
from app.ui import loyalty_block, purchases_box
from app.ui.changes import Changes
from app.ui.contact_page import ContactPage
from app.ui.points_dialog import PointsDialog
from app.ui.purchase_dialog import PurchaseDialog

TODAY = dt.date.today()


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(str(tmp_path / "rapport.sqlite3"))
    yield database
    database.dispose()


def _contact(db: Database, *, member: bool, first: str = "Malika",
             last: str = "Yusupova") -> int:
    with db.session_scope() as s:
        loyalty.program(s)  # USD: Bronze 0, Silver 500, Gold 2,000, Platinum 10,000
        contact_id = create_contact(s, ContactInput(first_name=first, last_name=last)).id
        if member:
            loyalty.enroll(s, contact_id, today=TODAY)
            purchases.refresh_status(s, contact_id, today=TODAY)
    return contact_id


def _page(qtbot, db: Database, settings, contact_id: int) -> tuple[ContactPage, QUndoStack]:
    stack = QUndoStack()
    page = ContactPage(db, settings, Changes(), undo_stack=stack)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    qtbot.waitExposed(page)
    page.show_contact(contact_id)
    return page, stack


def _count(db: Database, model: type) -> int:
    with db.session_scope() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def _balance(db: Database, contact_id: int) -> int:
    with db.session_scope() as s:
        return points.balance(s, contact_id)


def _open_purchase_form(qtbot, page: ContactPage) -> PurchaseDialog:
    with qtbot.waitActive(page):
        page.activateWindow()
    page.timeline.setFocus()
    qtbot.keyClick(page.timeline, Qt.Key.Key_P,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = page.extras.purchases.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_a_purchase_logged_in_a_few_keystrokes_changes_points_and_tier(
    qtbot, db: Database, settings
) -> None:
    contact_id = _contact(db, member=True)
    page, stack = _page(qtbot, db, settings, contact_id)
    block = page.extras
    assert block.tier.text() == "Bronze"
    assert block.points.text().startswith("0 point")
    assert block.to_next.text() == "500.00 USD to Silver"

    dialog = _open_purchase_form(qtbot, page)
    assert block.currentWidget() is block.purchases
    assert dialog.focusWidget() is dialog.amount
    assert dialog.day.date().toPython() == TODAY
    assert dialog.channel.currentData() == "store" and dialog.currency.currentText() == "USD"
    qtbot.keyClicks(dialog.amount, "650")
    assert dialog.hint.text().startswith("Earns 650 point")  # (plural: "points")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert not dialog.isVisible()

    assert block.purchases.texts() == [f"{purchases_box.day_text(TODAY)} · Store · 650.00 USD"]
    assert block.tabText(1) == "Purchases (1)"
    assert block.points.text().startswith("650 point")
    assert block.tier.text() == "Silver · 5% discount"
    assert block.spend.text() == "Spent in 12 months: 650.00 USD"
    assert block.to_next.text() == "1,350.00 USD to Gold"
    assert block.history.item(0).text().endswith("Bronze → Silver")

    stack.undo()  # the purchase goes to the Trash, its points are reversed
    assert block.purchases.texts() == [] and block.purchases.empty.isVisible()
    assert block.points.text().startswith("0 point") and block.tier.text() == "Bronze"
    assert _balance(db, contact_id) == 0
    stack.redo()
    assert block.points.text().startswith("650 point") and len(block.purchases.texts()) == 1
    assert _count(db, Purchase) == 1


def test_a_purchase_with_lines_and_the_mistakes_the_form_shows(
    qtbot, db: Database, settings
) -> None:
    contact_id = _contact(db, member=True)
    page, _stack = _page(qtbot, db, settings, contact_id)
    dialog = _open_purchase_form(qtbot, page)

    qtbot.keyClicks(dialog.amount, "-5")
    dialog.save()
    assert dialog.isVisible() and dialog.errors.labels["total"].text() == (
        "The amount cannot be negative.")
    dialog.amount.setText("30")
    dialog.add_line("Green tea", 2, "12.50", sku="TEA-1")
    dialog.save()
    assert dialog.errors.labels["total"].text().startswith(
        "The lines add up to 25.00 USD, but the total is 30.00 USD.")
    dialog.add_line("Cup", 1, "abc")
    dialog.save()
    assert "is not an amount" in dialog.errors.labels["lines"].text()
    assert dialog.table.currentIndex().row() == 1  # the line at fault is chosen
    assert _count(db, Purchase) == 0

    dialog.lines.removeRow(1)
    dialog.amount.clear()
    assert dialog.amount.placeholderText() == "25.00 (the lines' sum)"
    dialog.day.setDate(dialog.day.date().addDays(-1))  # the day before joining
    assert dialog.hint.text() == "Bought before joining Rewards: earns no points."
    dialog.day.setDate(dialog.day.maximumDate())
    dialog.currency.setCurrentText("EUR")
    assert dialog.hint.text() == "Only purchases in USD earn points."
    dialog.channel.setCurrentIndex(dialog.channel.findData("online"))
    dialog.save()
    assert not dialog.isVisible()
    assert page.extras.purchases.texts() == [
        f"{purchases_box.day_text(TODAY)} · Online · 25.00 EUR\nGreen tea ×2"]
    assert _balance(db, contact_id) == 0  # another currency earns nothing


def test_deleting_a_purchase_asks_and_undo_restores_it(
    qtbot, db: Database, settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    contact_id = _contact(db, member=True)
    with db.session_scope() as s:
        purchases.log_purchase(s, PurchaseInput(contact_id, TODAY, None, "USD", lines=(
            LineInput("Teapot", 1, 4_500),)), today=TODAY)
    page, stack = _page(qtbot, db, settings, contact_id)
    box = page.extras.purchases
    box.list.setCurrentRow(0)
    asked: list[str] = []

    def decline(_parent: object, question: str) -> bool:
        asked.append(question)
        return False

    monkeypatch.setattr(purchases_box, "confirm_delete", decline)
    box.delete_selected()
    assert asked and "45.00 USD" in asked[0] and _count(db, Purchase) == 1
    assert len(box.texts()) == 1

    monkeypatch.setattr(purchases_box, "confirm_delete", lambda _parent, _question: True)
    box.list.setCurrentRow(0)
    box.delete_selected()
    assert box.texts() == [] and _balance(db, contact_id) == 0
    with db.session_scope() as s:
        kinds = [e.kind.value for e in points.ledger(s, contact_id)]
    assert kinds == ["reverse", "earn"]  # the earning stands, cancelled by a reversal
    stack.undo()
    assert len(box.texts()) == 1 and _balance(db, contact_id) == 45
    assert page.extras.points.text().startswith("45 point")


def test_redeeming_beyond_the_balance_is_refused_and_within_it_is_done(
    qtbot, db: Database, settings
) -> None:
    contact_id = _contact(db, member=True)
    with db.session_scope() as s:
        points.adjust(s, contact_id, 120, reason="Welcome gift")
    page, _stack = _page(qtbot, db, settings, contact_id)
    block = page.extras
    assert block.points.text().startswith("120 point")
    qtbot.mouseClick(block.redeem_button, Qt.MouseButton.LeftButton)
    dialog = block.points_dialog
    assert isinstance(dialog, PointsDialog) and dialog.isVisible()
    dialog.points.setValue(500)
    dialog.reason.setText("Free dinner")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.errors.labels["points"].text() == (
        "Malika Yusupova has 120 points; 500 cannot be redeemed.")
    assert _count(db, PointsEntry) == 1

    dialog.points.setValue(100)
    dialog.cost.setText("3.50")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert block.points.text().startswith("20 point")
    with db.session_scope() as s:
        spent = points.ledger(s, contact_id, limit=1)[0]
    assert (spent.points, spent.reason, spent.cost_minor) == (-100, "Free dinner", 350)


def test_adjusting_needs_a_reason(qtbot, db: Database, settings) -> None:
    contact_id = _contact(db, member=True)
    page, _stack = _page(qtbot, db, settings, contact_id)
    block = page.extras
    qtbot.mouseClick(block.adjust_button, Qt.MouseButton.LeftButton)
    dialog = block.points_dialog
    assert dialog is not None
    dialog.points.setValue(75)
    dialog.save()
    assert dialog.errors.labels["reason"].text() == "Say why: type a reason."
    assert _count(db, PointsEntry) == 0
    dialog.reason.setText("Birthday")
    dialog.save()
    assert not dialog.isVisible() and block.points.text().startswith("75 point")


def test_a_contact_who_is_not_a_member_can_be_enrolled(
    qtbot, db: Database, settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    contact_id = _contact(db, member=False, first="王", last="小明")
    page, _stack = _page(qtbot, db, settings, contact_id)
    block = page.extras
    assert block.guest_part.isVisible() and not block.member_part.isVisible()
    assert block.not_member.text() == "小明王 is not a member of Rewards."
    qtbot.mouseClick(block.enroll_button, Qt.MouseButton.LeftButton)
    assert block.member_part.isVisible() and not block.guest_part.isVisible()
    assert block.tier.text() == "Bronze"
    with db.session_scope() as s:
        assert loyalty.joined_on(s, contact_id) == TODAY
    monkeypatch.setattr(loyalty_block, "confirm_leave", lambda _parent, _name: True)
    block.leave_action.trigger()
    assert block.guest_part.isVisible()
    with db.session_scope() as s:
        assert not loyalty.is_member(s, contact_id)


def test_the_block_follows_changes_made_elsewhere(qtbot, db: Database, settings) -> None:
    contact_id = _contact(db, member=True)
    page, _stack = _page(qtbot, db, settings, contact_id)
    with db.session_scope() as s:
        points.adjust(s, contact_id, 40, reason="Goodwill")
    page.extras._changes.loyaltyChanged.emit({contact_id + 1})  # another contact
    assert page.extras.points.text().startswith("0 point")
    page.extras._changes.loyaltyChanged.emit(set())  # the programme: everyone
    assert page.extras.points.text().startswith("40 point")


def test_a_ledger_entry_is_reversed_from_the_points_history(
        qtbot, db: Database, settings, monkeypatch, qtmodeltester) -> None:
    from PySide6.QtWidgets import QInputDialog

    from app.ui.points_history import LedgerModel, PointsHistoryDialog

    contact_id = _contact(db, member=True)
    with db.session_scope() as s:
        points.adjust(s, contact_id, 120, reason="Welcome gift")
        points.redeem(s, contact_id, 100, reason="Free dinner")
    page, _stack = _page(qtbot, db, settings, contact_id)
    block = page.extras
    qtbot.mouseClick(block.ledger_button, Qt.MouseButton.LeftButton)
    dialog = block.points_dialog
    assert isinstance(dialog, PointsHistoryDialog) and dialog.isVisible()
    model = dialog.model
    qtmodeltester.check(model)
    rows = [(model.index(r, LedgerModel.COL_KIND).data(),
             model.index(r, LedgerModel.COL_POINTS).data(),
             model.index(r, LedgerModel.COL_REASON).data()) for r in range(model.rowCount())]
    assert rows == [("Redeemed", "-100", "Free dinner"), ("Adjusted", "+120", "Welcome gift")]

    # The welcome gift cannot go: 20 points are left, and reversing it takes 120.
    dialog.table.selectRow(1)
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a: ("Given by mistake", True))
    qtbot.mouseClick(dialog.reverse_button, Qt.MouseButton.LeftButton)
    assert "reversing this entry would take away 120" in dialog.status.text()
    assert _count(db, PointsEntry) == 2

    # The dinner was cancelled: its redemption is reversed, and the points come back.
    dialog.table.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a: ("Dinner cancelled", True))
    qtbot.mouseClick(dialog.reverse_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "Reversed: 100 points."
    assert model.index(0, LedgerModel.COL_KIND).data() == "Reversal"
    assert model.index(1, LedgerModel.COL_STATE).data() == "Reversed"
    dialog.table.selectRow(1)
    assert not dialog.reverse_button.isEnabled()  # an entry is reversed once
    dialog.table.selectRow(0)
    assert not dialog.reverse_button.isEnabled()  # and a reversal not at all
    assert block.points.text().startswith("120 point")
