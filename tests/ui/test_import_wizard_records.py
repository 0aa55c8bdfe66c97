"""The import wizard with rows that are not contacts: interactions, purchases and
companies chosen on the first page, mapped with their own fields, previewed, imported,
listed in the Import History and undone there."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWizard
from sqlalchemy import func, select

from app.models import Company, Interaction, Purchase
from app.services.contacts import ContactInput, create_contact
from app.ui.import_history import BatchesModel, ImportHistoryDialog
from app.ui.import_preview import StateRole
from app.ui.import_wizard import MAPPING_PAGE, PREVIEW_PAGE, RUN_PAGE, ImportWizard

Button = QWizard.WizardButton


def _count(database, model) -> int:
    with database.session_scope() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def _wizard_for(window, qtbot, path: Path, records: str) -> ImportWizard:
    window.import_contacts(path)
    [wizard] = [w for w in window.findChildren(ImportWizard) if w.isVisible()]
    qtbot.waitUntil(lambda: not wizard.file_page.loading, timeout=10_000)
    combo = wizard.file_page.records
    assert combo.currentData() == "contacts"  # unless chosen otherwise
    combo.setCurrentIndex(combo.findData(records))
    return wizard


def _next(qtbot, wizard: ImportWizard, which: QWizard.WizardButton = Button.NextButton) -> None:
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled(), which
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_interactions_are_mapped_previewed_imported_and_undone(
        start_rapport, tmp_path: Path, qtbot, monkeypatch, dialogs, qtmodeltester):
    window = start_rapport(tmp_path / "db.sqlite3").window
    database = window.database
    with database.session_scope() as s:
        ann = create_contact(s, ContactInput(first_name="Ann", last_name="Lee",
                                             emails=["ann@example.com"])).id
    path = tmp_path / "calls.csv"
    path.write_text("Contact email,Channel,Date,Subject\n"
                    "ann@example.com,call,2025-03-01,First call\n"
                    "ann@example.com,carrier pigeon,2025-03-02,Lost bird\n"
                    "nobody@example.com,email,2025-03-03,Nobody we know\n"
                    "ann@example.com,visit,,No date\n", encoding="utf-8")
    wizard = _wizard_for(window, qtbot, path, "interactions")
    assert wizard.windowTitle() == "Import Interactions"

    _next(qtbot, wizard)
    assert wizard.currentId() == MAPPING_PAGE
    page = wizard.mapping_page
    assert wizard.columns == ("contact_email", "channel", "occurred_at", "subject")
    assert not page.preset.isVisible()  # the tools' exports are of contacts
    offered = [page.combos[0].itemData(i) for i in range(page.combos[0].count())]
    assert "subject" in offered and "first_name" not in offered

    _next(qtbot, wizard)
    assert wizard.currentId() == PREVIEW_PAGE
    preview = wizard.preview_page
    model = preview.table.model()
    assert model is preview.records_model
    qtmodeltester.check(model)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in
               range(model.columnCount())]
    assert headers == ["Row", "Contact email", "Channel", "When", "Subject", "Problems"]
    assert (model.index(0, 2).data(), model.index(0, 4).data()) == ("Call", "First call")
    assert [model.index(r, 0).data(StateRole) for r in range(4)] == [
        None, "problem", None, "problem"]
    assert "pigeon" in model.index(1, model.problems_column).data()
    assert model.index(3, model.problems_column).data() == \
        "This row has no “Date”, which is required."
    assert "linked to its contact when it is imported" in preview.summary.text()
    # Importing the same interaction twice is a choice: skip it (the default) or not.
    box = preview.duplicates_box
    assert box.isVisible() and "interaction already in Rapport" in box.title()
    assert [key for key, b in preview.duplicate_buttons.items() if b.isVisible()] == [
        "skip", "create"]
    assert preview.duplicate_buttons["skip"].isChecked()

    _next(qtbot, wizard, Button.CommitButton)
    assert wizard.currentId() == RUN_PAGE
    qtbot.waitUntil(lambda: wizard.run_page.isComplete(), timeout=20_000)
    assert wizard.run_page.outcome == "done"
    result = wizard.run_page.report.result
    assert (result.created, result.rejected_count) == (1, 3)
    with database.session_scope() as s:
        stored = s.scalars(select(Interaction)).all()
        assert [(i.contact_id, i.channel, i.subject) for i in stored] == [
            (ann, "call", "First call")]
    wizard.accept()

    window.import_history_action.trigger()
    dialog = window.findChild(ImportHistoryDialog)
    assert dialog is not None
    history = dialog.model
    assert history.index(0, BatchesModel.COL_KIND).data() == \
        "Interactions (calls, emails, meetings…)"
    asked: list[str] = []

    def yes(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    with qtbot.waitSignal(window.changes.contactsChanged, timeout=20_000):
        qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert "Interactions it added, which will be removed: 1" in asked[0]
    assert dialog.status.text() == "Undone. Interactions removed: 1."
    assert _count(database, Interaction) == 0
    assert dialogs == []


def test_purchases_from_the_wizard_reach_the_loyalty_standings(
        start_rapport, tmp_path: Path, qtbot):
    window = start_rapport(tmp_path / "db.sqlite3").window
    database = window.database
    with database.session_scope() as s:
        create_contact(s, ContactInput(first_name="Bo", last_name="Kim",
                                       emails=["bo@example.com"]))
    path = tmp_path / "orders.csv"
    path.write_text("Email,Order,Date,Total,Currency\n"
                    "bo@example.com,A-1,2025-05-01,120.50,USD\n"
                    "bo@example.com,A-2,2025-05-09,30,USD\n", encoding="utf-8")
    wizard = _wizard_for(window, qtbot, path, "purchases")
    _next(qtbot, wizard)
    assert wizard.columns == ("contact_email", "order", "purchased_on", "total", "currency")
    _next(qtbot, wizard)
    model = wizard.preview_page.records_model
    assert [model.index(r, 0).data(StateRole) for r in range(2)] == [None, None]
    with qtbot.waitSignal(window.changes.importsChanged, timeout=20_000):
        _next(qtbot, wizard, Button.CommitButton)
        qtbot.waitUntil(lambda: wizard.run_page.isComplete(), timeout=20_000)
    with database.session_scope() as s:
        totals = sorted(s.scalars(select(Purchase.total_minor)).all())
    assert totals == [3000, 12050]


def test_companies_match_by_name_and_the_choice_says_so(start_rapport, tmp_path: Path, qtbot):
    window = start_rapport(tmp_path / "db.sqlite3").window
    path = tmp_path / "firms.csv"
    path.write_text("Company,Website\nAcme,acme.example\nGlobex,globex.example\n",
                    encoding="utf-8")
    wizard = _wizard_for(window, qtbot, path, "companies")
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    preview = wizard.preview_page
    assert preview.duplicates_box.isVisible()
    assert preview.duplicates_box.title() == \
        "A row with the name of a company already in Rapport"
    assert preview.duplicate_buttons["create"].text() == "&Create a new company anyway"
    assert preview.duplicate_buttons["overwrite"].isVisible()
    _next(qtbot, wizard, Button.CommitButton)
    qtbot.waitUntil(lambda: wizard.run_page.isComplete(), timeout=20_000)
    assert _count(window.database, Company) == 2
    wizard.accept()

    # Back to contacts on a new wizard: the contact fields and presets again.
    other = _wizard_for(window, qtbot, path, "contacts")
    _next(qtbot, other)
    assert other.mapping_page.preset.isVisible()
    assert other.columns[0] == "company"
