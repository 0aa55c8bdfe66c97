"""The company form, typed into as a person would: inline errors, saving, editing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from sqlalchemy import func, select

from app.db import open_database
from app.models import Company
from app.services import companies, contacts
from app.services.companies import CompanyInput
from app.services.contacts import ContactInput
from app.ui.changes import Changes
from app.ui.company_form import CompanyDialog


@pytest.fixture
def db(tmp_path: Path):
    database = open_database(str(tmp_path / "companies.sqlite3"))
    yield database
    database.dispose()


@pytest.fixture
def env(db, settings, qtbot):
    settings.set_value("phone/default_region", "UZ")
    changes = Changes()

    def open_form(company_id: int | None = None) -> CompanyDialog:
        dialog = CompanyDialog(db, settings, changes, company_id=company_id)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    open_form.changes = changes  # type: ignore[attr-defined]
    return open_form


def _create(db, data: CompanyInput) -> int:
    with db.session_scope() as s:
        return companies.create_company(s, data, region="UZ").id


def _get(db, company_id: int):
    with db.session_scope() as s:
        return companies.get_company(s, company_id, include_deleted=True)


def _count(db) -> int:
    with db.session_scope() as s:
        return s.scalar(select(func.count()).select_from(Company)) or 0


def _type(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.clear()
    qtbot.keyClicks(widget, text)


def _save(qtbot, dialog: CompanyDialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_a_bad_website_is_shown_under_its_field_then_fixed_and_saved(db, env, qtbot):
    dialog = env()
    assert dialog.objectName() == "company-dialog" and dialog.windowTitle() == "New Company"
    _type(qtbot, dialog.name, "Acme Trading")
    _type(qtbot, dialog.industry, "Wholesale")
    _type(qtbot, dialog.website, "not a site")
    _type(qtbot, dialog.phone, "(71) 200-00-00")
    _type(qtbot, dialog.city, "Toshkent")
    dialog.notes.setPlainText("Pays on time.")
    with qtbot.assertNotEmitted(env.changes.contactsChanged):
        _save(qtbot, dialog)
    error = dialog.errors["website"]
    assert error.isVisible() and "“not a site” is not a web address" in error.text()
    assert dialog.focusWidget() is dialog.website and dialog.isVisible()
    assert not dialog.errors["form"].isVisible() and not dialog.errors["name"].isVisible()
    assert _count(db) == 0

    _type(qtbot, dialog.website, "Acme.example.com/shop")
    assert not error.isVisible()  # typing in the field clears its message
    with qtbot.waitSignal(env.changes.contactsChanged) as announced, \
            qtbot.waitSignal(dialog.saved) as saved:
        _save(qtbot, dialog)
    assert announced.args == [set()]  # company names show in the contact list
    assert not dialog.isVisible() and dialog.result() == CompanyDialog.DialogCode.Accepted
    record = _get(db, saved.args[0])
    assert (record.name, record.industry, record.city) == ("Acme Trading", "Wholesale",
                                                           "Toshkent")
    assert record.website == "https://acme.example.com/shop"
    assert (record.phone, record.phone_e164) == ("(71) 200-00-00", "+998712000000")
    assert record.notes == "Pays on time." and dialog.company_id == record.id


def test_a_name_is_required_and_a_bad_phone_goes_under_the_phone(db, env, qtbot):
    dialog = env()
    _type(qtbot, dialog.website, "example.com")
    _save(qtbot, dialog)
    assert "Type the name of the company." in dialog.errors["name"].text()
    assert dialog.errors["name"].isVisible() and dialog.focusWidget() is dialog.name

    _type(qtbot, dialog.name, "Bazaar Foods")
    assert not dialog.errors["name"].isVisible()
    _type(qtbot, dialog.phone, "12")
    _save(qtbot, dialog)
    assert dialog.errors["phone"].isVisible() and "too few digits" in dialog.errors[
        "phone"].text()
    assert dialog.focusWidget() is dialog.phone and _count(db) == 0


def test_edit_a_company_through_the_form(db, env, qtbot):
    company_id = _create(db, CompanyInput(name="Acme", website="acme.example.com",
                                          phone="+998 71 200 00 00", street="1 Navoi St",
                                          notes="Line one\nLine two"))
    dialog = env(company_id)
    assert dialog.windowTitle() == "Edit Acme"
    assert dialog.website.text() == "https://acme.example.com"
    assert dialog.street.text() == "1 Navoi St"
    assert dialog.notes.toPlainText() == "Line one\nLine two"
    _type(qtbot, dialog.name, "Acme Trading")
    _type(qtbot, dialog.country, "Uzbekistan")
    with qtbot.waitSignal(dialog.saved) as saved:
        _save(qtbot, dialog)
    assert saved.args == [company_id] and _count(db) == 1
    record = _get(db, company_id)
    assert (record.name, record.country, record.street) == ("Acme Trading", "Uzbekistan",
                                                            "1 Navoi St")
    assert record.phone_e164 == "+998712000000"


def test_saving_an_unchanged_company_writes_nothing(db, env, qtbot):
    company_id = _create(db, CompanyInput(name="Acme", industry="Retail", website="acme.uz",
                                          phone="+998 71 200 00 00", notes="Notes"))
    before = _get(db, company_id)
    dialog = env(company_id)
    with qtbot.assertNotEmitted(env.changes.contactsChanged):
        _save(qtbot, dialog)
    assert not dialog.isVisible() and dialog.result() == CompanyDialog.DialogCode.Accepted
    assert _get(db, company_id) == before


def test_a_company_moved_to_the_trash_meanwhile_is_reported_above_the_fields(db, env, qtbot):
    company_id = _create(db, CompanyInput(name="Acme"))
    dialog = env(company_id)
    with db.session_scope() as s:
        companies.delete_company(s, company_id)
    _type(qtbot, dialog.name, "Acme Trading")
    with qtbot.assertNotEmitted(dialog.saved):
        _save(qtbot, dialog)
    assert dialog.errors["form"].isVisible() and dialog.isVisible()
    assert "“Acme” is in the Trash" in dialog.errors["form"].text()
    assert _get(db, company_id).name == "Acme"


def test_cancel_writes_nothing(db, env, qtbot):
    dialog = env()
    _type(qtbot, dialog.name, "Acme")
    with qtbot.assertNotEmitted(dialog.saved):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and _count(db) == 0


def test_a_create_is_undone_while_nobody_belongs_to_the_company_then_refused(
        start_rapport, tmp_path: Path, settings, dialogs, qtbot):
    window = start_rapport(tmp_path / "undo.sqlite3").window
    database, stack = window.database, window.undo_stack
    dialog = CompanyDialog(database, settings, window.changes, window, undo_stack=stack)
    qtbot.addWidget(dialog)
    dialog.show()
    _type(qtbot, dialog.name, "Acme Trading")
    _type(qtbot, dialog.city, "Toshkent")
    with qtbot.waitSignal(window.changes.contactsChanged):
        _save(qtbot, dialog)
    created = _get(database, dialog.company_id)
    assert window.undo_action.text() == "Undo Create Acme Trading"

    with qtbot.waitSignal(window.changes.contactsChanged):
        window.undo_action.trigger()  # Edit > Undo: the company is gone
    assert _count(database) == 0 and dialogs == []
    window.redo_action.trigger()  # Edit > Redo: back under its id, exactly
    assert _get(database, created.id) == created

    with database.session_scope() as s:  # somebody joins it
        contacts.create_contact(s, ContactInput(first_name="Aziza", company_id=created.id),
                                region="UZ")
    window.undo_action.trigger()
    assert dialogs == [("warning", "Rapport",
                        "“Acme Trading” has contacts now, so creating it cannot be undone.")]
    assert _get(database, created.id) == created
    assert not window.undo_action.isEnabled()  # a step it cannot take is not kept


def test_a_refused_save_leaves_no_undo_step(db, settings, qtbot):
    stack = QUndoStack()
    dialog = CompanyDialog(db, settings, Changes(), undo_stack=stack)
    qtbot.addWidget(dialog)
    dialog.show()
    _type(qtbot, dialog.website, "not a site")
    _save(qtbot, dialog)
    assert dialog.errors["name"].isVisible() and stack.count() == 0
