"""The mapping step of the import wizard: suggested fields, the tool a file came from,
fields that take one column, custom fields, and templates saved and used again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWizard
from sqlalchemy import select

from app.models import Contact
from app.ui.import_templates import templates_folder
from app.ui.import_wizard import MAPPING_PAGE, ImportWizard

Button = QWizard.WizardButton


def _write_csv(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _mapping(window, qtbot, path: Path) -> ImportWizard:
    """The wizard for ``path``, on its mapping page."""
    window.import_contacts(path)
    [wizard] = [w for w in window.findChildren(ImportWizard) if w.isVisible()]
    qtbot.waitUntil(lambda: wizard.file_page.isComplete(), timeout=10_000)
    _click(qtbot, wizard, Button.NextButton)
    assert wizard.currentId() == MAPPING_PAGE
    return wizard


def _click(qtbot, wizard: ImportWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled(), which
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _import(qtbot, wizard: ImportWizard) -> None:
    _click(qtbot, wizard, Button.NextButton)
    _click(qtbot, wizard, Button.CommitButton)
    qtbot.waitUntil(lambda: wizard.run_page.isComplete(), timeout=20_000)


def test_a_field_for_one_column_moves_and_a_custom_field_is_named(start_rapport, tmp_path,
                                                                   qtbot, monkeypatch):
    window = start_rapport(tmp_path / "db.sqlite3").window
    path = _write_csv(tmp_path / "cards.csv",
                      "Name,Work email,Card\nAnn Lee,ann@example.com,A-17\n")
    wizard = _mapping(window, qtbot, path)
    page = wizard.mapping_page
    name, email, card = page.combos
    name.setCurrentIndex(name.findData("last_name"))
    card.setCurrentIndex(card.findData("last_name"))  # "Last name" takes one column only
    assert name.currentData() is None and card.currentData() == "last_name"
    assert page.status.text() == "“Last name” fills one column only: “Name” is now ignored."

    email.setCurrentIndex(email.findData("email"))
    card.setCurrentIndex(card.findData("email"))  # emails may come from several columns
    assert email.currentData() == "email" and card.currentData() == "email"

    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("", False))
    card.setCurrentIndex(card.count() - 1)  # "Custom field…", then cancelled: as it was
    assert card.currentData() == "email"
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Loyalty card", True))
    card.setCurrentIndex(card.count() - 1)
    assert card.currentData() == "custom:Loyalty card"
    assert card.currentText() == "Custom field “Loyalty card”"

    name.setCurrentIndex(name.findData("full_name"))
    assert page.columns() == ("full_name", "email", "custom:Loyalty card")
    _import(qtbot, wizard)
    with window.database.session_scope() as s:
        contact = s.scalars(select(Contact)).one()
        assert contact.custom_fields == {"Loyalty card": "A-17"}


def test_the_tool_a_file_came_from_changes_what_its_headers_mean(start_rapport, tmp_path,
                                                                 qtbot):
    window = start_rapport(tmp_path / "db.sqlite3").window
    path = _write_csv(tmp_path / "outlook.csv",
                      "Name,Title,Email,Company\nAnn Lee,Ms,ann@example.com,Acme\n")
    wizard = _mapping(window, qtbot, path)
    page = wizard.mapping_page
    assert page.columns() == ("full_name", "title", "email", "company")
    assert page.status.text() == "Columns matched to a field by their names: 4 of 4."
    assert [page.combos[1].itemText(i) for i in (0, page.combos[1].count() - 1)] == [
        "Ignore this column", "Custom field…"]
    page.preset.setFocus()
    page.preset.setCurrentIndex(page.preset.findData("outlook"))
    page.preset.activated.emit(page.preset.currentIndex())
    assert page.preset.currentText() == "Microsoft Outlook"
    assert page.columns() == ("full_name", None, "email", "company")  # Outlook's Title: Ms
    assert page.combos[1].currentText() == "Ignore this column"

    for combo in page.combos:
        combo.setCurrentIndex(0)  # nothing mapped: nothing to import
    assert not wizard.button(Button.NextButton).isEnabled()


def test_a_mapping_saved_as_a_template_is_used_for_the_next_file(start_rapport, tmp_path,
                                                                 qtbot, monkeypatch):
    window = start_rapport(tmp_path / "db.sqlite3").window
    first = _write_csv(tmp_path / "march.csv", "Client,Mail,Kod\nAnn Lee,ann@example.com,7\n")
    wizard = _mapping(window, qtbot, first)
    page = wizard.mapping_page
    client, mail, code = page.combos
    client.setCurrentIndex(client.findData("full_name"))
    mail.setCurrentIndex(mail.findData("email"))
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Monthly leads", True))
    qtbot.mouseClick(page.templates.save_button, Qt.MouseButton.LeftButton)
    assert page.status.text() == "Saved as the template “Monthly leads”."
    assert (templates_folder() / "Monthly leads.json").is_file()
    wizard.reject()

    # Next month: the columns come in another order, under the same names.
    second = _write_csv(tmp_path / "april.csv",
                        "Kod,Mail,Client\n8,bob@example.com,Bob Ray\n")
    wizard = _mapping(window, qtbot, second)
    page = wizard.mapping_page
    offered: list[list[str]] = []

    def pick(_parent, _title, _label, names, *_args):
        offered.append(list(names))
        return names[0], True

    monkeypatch.setattr(QInputDialog, "getItem", pick)
    qtbot.mouseClick(page.templates.use_button, Qt.MouseButton.LeftButton)
    assert offered == [["Monthly leads"]]
    assert page.columns() == (None, "email", "full_name")
    assert page.status.text() == "Template “Monthly leads” applied. Columns mapped: 2."

    asked: list[str] = []  # saving under the same name asks before replacing
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, _t, text, *_a: asked.append(text)
                        or QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(page.templates.save_button, Qt.MouseButton.LeftButton)
    assert asked == ["There is a template “Monthly leads” already. Replace it?"]
    _import(qtbot, wizard)
    assert "Created: 1" in wizard.run_page.result_label.text()


def test_use_template_with_none_saved_says_how_to_make_one(start_rapport, tmp_path, qtbot):
    window = start_rapport(tmp_path / "db.sqlite3").window
    wizard = _mapping(window, qtbot, _write_csv(tmp_path / "a.csv", "Name\nAnn\n"))
    page = wizard.mapping_page
    qtbot.mouseClick(page.templates.use_button, Qt.MouseButton.LeftButton)
    assert "No template has been saved yet" in page.status.text()
