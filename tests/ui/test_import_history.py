"""File > Import History: the imports listed, and one undone as a whole after a confirmation."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from app.models import Contact
from app.services.contacts import ContactInput, create_contact
from app.services.io.import_plan import ImportOptions
from app.services.io.importer import import_file
from app.ui.import_history import BatchesModel, ImportHistoryDialog


def _count(database) -> int:
    with database.session_scope() as s:
        return int(s.scalar(select(func.count()).select_from(Contact)) or 0)


def _imported(database, tmp_path: Path) -> int:
    """An import of two new contacts and one update of a stored one; its batch id."""
    with database.session_scope() as s:
        create_contact(s, ContactInput(first_name="Ann", last_name="Lee",
                                       emails=["ann@example.com"]))
    path = tmp_path / "fair.csv"
    path.write_text("Full name,Email,Job title\n"
                    "Ann Lee,ann@example.com,Buyer\n"
                    "Bob Ray,bob@example.com,\n"
                    "Cy Dee,cy@example.com,\n", encoding="utf-8")
    with database.session_scope() as s:
        report = import_file(s, path, options=ImportOptions(on_duplicate="update"))
    return report.result.batch_id


def test_the_history_lists_an_import_and_undoing_it_removes_its_contacts(
        start_rapport, tmp_path: Path, qtbot, monkeypatch, dialogs, qtmodeltester):
    window = start_rapport(tmp_path / "db.sqlite3").window
    database = window.database
    _imported(database, tmp_path)
    window.show_section("contacts")
    window.changes.contactsChanged.emit(set())
    assert window.contacts.model.rowCount() == 3

    window.import_history_action.trigger()
    dialog = window.findChild(ImportHistoryDialog)
    assert dialog is not None and dialog.isVisible()
    model = dialog.model
    qtmodeltester.check(model)
    assert model.rowCount() == 1

    def cell(column: int) -> str:
        return model.index(0, column).data()

    assert cell(BatchesModel.COL_FILE) == "fair.csv" and cell(BatchesModel.COL_WHEN)
    assert (cell(BatchesModel.COL_CREATED), cell(BatchesModel.COL_UPDATED),
            cell(BatchesModel.COL_REJECTED)) == ("2", "1", "0")
    assert cell(BatchesModel.COL_STATUS) == "Imported"
    assert dialog.undo_button.isEnabled()  # the newest is selected

    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert "Contacts it created, which will be removed: 2" in asked[0]
    assert "which will be put back as they were: 1" in asked[0]
    assert _count(database) == 3  # answered Cancel: nothing undone

    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.changes.contactsChanged, timeout=20_000) as announced:
        qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert announced.args == [set()]
    assert cell(BatchesModel.COL_STATUS) == "Undone"
    assert "Undone on" in model.index(0, BatchesModel.COL_STATUS).data(
        Qt.ItemDataRole.ToolTipRole)
    assert dialog.status.text() == ("Undone. Contacts removed: 2. Contacts put back as they "
                                    "were: 1.")
    assert not dialog.undo_button.isEnabled()  # a batch is undone once
    assert _count(database) == 1 and window.contacts.model.rowCount() == 1
    with database.session_scope() as s:
        assert s.scalars(select(Contact.title)).one() is None  # Ann as she was
    assert dialogs == []


def test_an_empty_history_says_so(start_rapport, tmp_path: Path, qtbot):
    window = start_rapport(tmp_path / "db.sqlite3").window
    window.show_import_history()
    dialog = window.findChild(ImportHistoryDialog)
    assert dialog.model.rowCount() == 0 and not dialog.undo_button.isEnabled()
    assert dialog.status.text() == "Nothing has been imported yet."
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
