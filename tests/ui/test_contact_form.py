"""The contact form, typed into as a person would: inline errors, duplicates, saving."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QUndoStack
from sqlalchemy import func, select

from app.db import open_database
from app.models import Contact, Tag
from app.services import companies, contacts, interactions
from app.services.companies import CompanyInput
from app.services.contacts import ContactInput
from app.ui.changes import Changes
from app.ui.contact_form import ContactDialog
from app.ui.merge_dialog import DuplicatesDialog

# Completion pop-ups open as a person types; the offscreen platform cannot raise them or
# let them grab the keyboard, and says so (about itself, not about Rapport).
POPUPS = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")


@pytest.fixture
def db(tmp_path: Path):
    database = open_database(str(tmp_path / "form.sqlite3"))
    yield database
    database.dispose()


@pytest.fixture
def env(db, settings, qtbot):
    settings.set_value("phone/default_region", "UZ")
    settings.set_value("user/owner_name", "Dilnoza")
    changes, stack = Changes(), QUndoStack()

    def open_form(contact_id: int | None = None) -> ContactDialog:
        dialog = ContactDialog(db, settings, changes, stack, contact_id=contact_id)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    open_form.changes, open_form.stack = changes, stack  # type: ignore[attr-defined]
    return open_form


def _create(db, data: ContactInput) -> int:
    with db.session_scope() as s:
        return contacts.create_contact(s, data, region="UZ").id


def _count(db) -> int:
    with db.session_scope() as s:
        return s.scalar(select(func.count()).select_from(Contact)) or 0


def _type(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.clear()
    qtbot.keyClicks(widget, text)


def _save(qtbot, dialog: ContactDialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_a_bad_email_is_shown_under_its_field_and_nothing_is_written(db, env, qtbot):
    dialog = env()
    assert dialog.owner.text() == "Dilnoza" and dialog.stage.currentData() == "lead"
    _type(qtbot, dialog.first_name, "Aziza")
    _type(qtbot, dialog.last_name, "Karimova")
    _type(qtbot, dialog.email, "aziza@@example")
    _save(qtbot, dialog)
    error = dialog.errors["email"]
    assert error.isVisible() and "more than one @" in error.text()
    assert dialog.focusWidget() is dialog.email and dialog.isVisible()
    assert _count(db) == 0 and env.stack.count() == 0

    _type(qtbot, dialog.email, "aziza@example.com")
    assert not error.isVisible()  # typing in the field clears its message
    with qtbot.waitSignal(dialog.saved) as saved:
        _save(qtbot, dialog)
    assert not dialog.isVisible() and dialog.result() == ContactDialog.DialogCode.Accepted
    with db.session_scope() as s:
        record = contacts.get_contact(s, saved.args[0])
    assert (record.display_name, record.emails) == ("Aziza Karimova", ("aziza@example.com",))
    assert record.owner == "Dilnoza" and record.lifecycle_stage == "lead"
    assert env.stack.undoText() == "Create Aziza Karimova"


def test_errors_in_other_lines_and_tabs_go_to_their_field(db, env, qtbot):
    dialog = env()
    _type(qtbot, dialog.first_name, "Bobur")
    dialog.more_phones.setPlainText("+998 90 123 45 67\n12")
    _save(qtbot, dialog)
    assert dialog.errors["more_phones"].isVisible()
    assert "too few digits" in dialog.errors["more_phones"].text()
    assert dialog.more_phones.textCursor().selectedText() == "12"

    dialog.more_phones.clear()
    dialog.first_name.clear()
    _save(qtbot, dialog)
    assert "Type a name" in dialog.errors["display_name"].text()
    assert _count(db) == 0


def test_edit_a_phone_through_the_form(db, env, qtbot):
    contact_id = _create(db, ContactInput(first_name="Aziza", last_name="Karimova",
                                          phones=["+998 90 123 45 67"], tags=["VIP"]))
    dialog = env(contact_id)
    assert dialog.phone.text() == "+998 90 123 45 67"
    assert dialog.tags.line.text() == "VIP"
    _type(qtbot, dialog.phone, "91 765-43-21")
    with qtbot.waitSignal(env.changes.contactsChanged) as announced:
        _save(qtbot, dialog)
    assert announced.args == [{contact_id}]
    with db.session_scope() as s:
        record = contacts.get_contact(s, contact_id)
    assert [(p.raw, p.e164) for p in record.phones] == [("91 765-43-21", "+998917654321")]
    assert record.tags == ("VIP",)
    assert env.stack.undoText() == "Edit Aziza Karimova"
    env.stack.undo()
    with db.session_scope() as s:
        assert contacts.get_contact(s, contact_id).phones[0].e164 == "+998901234567"


def test_saving_an_unchanged_contact_writes_nothing(db, env, qtbot):
    contact_id = _create(db, ContactInput(first_name="Aziza", emails=["aziza@example.com"],
                                          marketing_consent=True, consent_source="web form",
                                          birthday=dt.date(1991, 5, 4)))
    dialog = env(contact_id)
    _save(qtbot, dialog)
    assert not dialog.isVisible() and env.stack.count() == 0


def test_same_email_in_another_case_asks_first_then_saves_anyway(db, env, qtbot):
    existing = _create(db, ContactInput(first_name="Aziza", emails=["aziza@example.com"]))
    dialog = env()
    _type(qtbot, dialog.first_name, "Aziza")
    _type(qtbot, dialog.email, "AZIZA@Example.COM")
    _save(qtbot, dialog)
    ask = dialog.duplicates_dialog
    assert ask is not None and ask.isVisible() and _count(db) == 1
    assert ask.selected_id() == existing and "same email" in ask.list.item(0).text()
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(ask.save_button, Qt.MouseButton.LeftButton)
    assert _count(db) == 2 and not dialog.isVisible()


def test_same_phone_in_another_format_offers_to_open_the_existing(db, env, qtbot):
    existing = _create(db, ContactInput(first_name="Rustam", phones=["+998901234567"]))
    _create(db, ContactInput(first_name="Someone", phones=["+998 91 000 00 00"]))
    dialog = env()
    _type(qtbot, dialog.first_name, "Rustam")
    _type(qtbot, dialog.phone, "(90) 123-45-67")
    _save(qtbot, dialog)
    ask = dialog.duplicates_dialog
    assert ask is not None and ask.list.count() == 1
    with qtbot.waitSignal(dialog.openRequested) as requested:
        qtbot.mouseClick(ask.open_button, Qt.MouseButton.LeftButton)
    assert requested.args == [existing]
    assert not dialog.isVisible() and _count(db) == 2 and env.stack.count() == 0


def test_back_to_editing_keeps_the_form_open(db, env, qtbot):
    _create(db, ContactInput(first_name="Rustam", emails=["r@example.com"]))
    dialog = env()
    _type(qtbot, dialog.first_name, "Rustam")
    _type(qtbot, dialog.email, "R@example.com")
    _save(qtbot, dialog)
    assert dialog.duplicates_dialog is not None
    dialog.duplicates_dialog.reject()
    assert dialog.isVisible() and _count(db) == 1


def test_merge_into_the_existing_contact_from_the_form(db, env, qtbot):
    existing = _create(db, ContactInput(first_name="Aziza", last_name="Karimova",
                                        emails=["aziza@example.com"], tags=["VIP"]))
    with db.session_scope() as s:
        interactions.log_interaction(s, interactions.InteractionInput(
            contact_id=existing, channel="call"))
    dialog = env()
    _type(qtbot, dialog.first_name, "Aziza")
    _type(qtbot, dialog.email, "Aziza@example.com")
    _type(qtbot, dialog.tags.line, "Wholesale")
    _save(qtbot, dialog)
    assert dialog.duplicates_dialog is not None
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(dialog.duplicates_dialog.merge_button, Qt.MouseButton.LeftButton)
    merge = dialog.merge_dialog
    assert merge is not None and merge.isVisible()
    assert (merge.survivor_id, merge.other_id) == (existing, saved.args[0])
    with qtbot.waitSignal(dialog.openRequested) as requested:
        qtbot.mouseClick(merge.merge_button, Qt.MouseButton.LeftButton)
    assert requested.args == [existing] and not dialog.isVisible()
    with db.session_scope() as s:
        survivor = contacts.get_contact(s, existing)
        assert contacts.get_contact(s, saved.args[0], include_deleted=True).deleted_at
        assert interactions.count_interactions(s, existing) == 1
    assert set(survivor.tags) == {"VIP", "Wholesale"}
    assert env.stack.count() == 2  # the create and the merge, each undoable


@POPUPS
def test_company_tags_consent_and_the_rest(db, env, qtbot):
    with db.session_scope() as s:
        acme = companies.create_company(s, CompanyInput(name="Acme Trading"))
        companies.create_company(s, CompanyInput(name="Bazaar Foods"))
        s.add(Tag(name="VIP", name_key="vip", color="#ffd700"))
        s.add(Tag(name="Wholesale", name_key="wholesale"))
    dialog = env()
    _type(qtbot, dialog.first_name, "Aziza")
    dialog.company.edit.setFocus()
    qtbot.keyClicks(dialog.company.edit, "acm")
    qtbot.waitUntil(lambda: dialog.company.count() == 1)
    assert dialog.company.itemText(0) == "Acme Trading"
    dialog.company.setCurrentIndex(0)
    _type(qtbot, dialog.tags.line, "vip, who")
    completer = dialog.tags.line.completer()
    assert completer.completionCount() == 1  # "who", the text after the comma
    completer.setCurrentRow(0)
    assert completer.currentCompletion() == "vip, Wholesale"  # the tags before it stay
    _type(qtbot, dialog.tags.line, "vip, New")
    chips = dialog.tags.chips()
    assert [c.text() for c in chips] == ["vip", "New"]
    assert "#ffd700" in chips[0].styleSheet()
    dialog.tabs.setCurrentIndex(1)
    dialog.stage.setCurrentIndex(dialog.stage.findData("customer"))
    _type(qtbot, dialog.source.lineEdit(), "Referral")
    qtbot.mouseClick(dialog.consent, Qt.MouseButton.LeftButton)
    assert dialog.consent_source.isEnabled()
    _type(qtbot, dialog.consent_source, "Signed form")
    dialog.consent_date.setDate(QDate(2026, 3, 8))
    dialog.tabs.setCurrentIndex(2)
    dialog.birthday_known.setChecked(True)
    dialog.birthday.setDate(QDate(1990, 7, 15))
    _type(qtbot, dialog.city, "Samarqand")
    with qtbot.waitSignal(dialog.saved) as saved:
        _save(qtbot, dialog)
    with db.session_scope() as s:
        record = contacts.get_contact(s, saved.args[0])
    assert record.company_id == acme.id and record.tags == ("New", "VIP")
    assert (record.lifecycle_stage, record.source) == ("customer", "referral")
    assert record.marketing_consent and record.consent_source == "Signed form"
    assert record.consent_at is not None
    assert record.consent_at.astimezone().date() == dt.date(2026, 3, 8)
    assert record.birthday == dt.date(1990, 7, 15) and record.city == "Samarqand"


def test_a_company_that_does_not_exist_is_reported(db, env, qtbot):
    dialog = env()
    _type(qtbot, dialog.first_name, "Aziza")
    _type(qtbot, dialog.company.edit, "Nowhere Ltd")
    _save(qtbot, dialog)
    assert "Nowhere Ltd" in dialog.errors["company"].text()
    assert dialog.focusWidget() is dialog.company and _count(db) == 0


def test_duplicates_dialog_codes_are_distinct_from_accept_and_reject():
    codes = {DuplicatesDialog.OPEN, DuplicatesDialog.MERGE, DuplicatesDialog.SAVE_ANYWAY}
    assert len(codes) == 3 and not codes & {0, 1}


@POPUPS
def test_a_very_similar_name_at_the_same_company_is_a_likely_duplicate(db, env, qtbot):
    with db.session_scope() as s:
        acme = companies.create_company(s, CompanyInput(name="Acme Trading"))
    existing = _create(db, ContactInput(first_name="Aziza", last_name="Karimova",
                                        company_id=acme.id))
    dialog = env()
    _type(qtbot, dialog.first_name, "Azisa")
    _type(qtbot, dialog.last_name, "Karimova")
    _type(qtbot, dialog.company.edit, "acme trading")
    _save(qtbot, dialog)
    ask = dialog.duplicates_dialog
    assert ask is not None and ask.selected_id() == existing
    assert "similar name at the same company" in ask.list.item(0).text()
