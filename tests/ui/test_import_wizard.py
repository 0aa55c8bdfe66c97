"""The import wizard, walked as a person would: a file, its columns, the preview, the import.

Files are written into tmp_path (CSV text; workbooks through openpyxl). The wizard is
opened from the main window, so the contact list and the status bar are seen to follow.
"""

from __future__ import annotations

import threading
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QWizard
from sqlalchemy import func, select

from app.models import Contact, ImportBatch
from app.services.io import importer
from app.ui.import_preview import StateRole
from app.ui.import_wizard import MAPPING_PAGE, PREVIEW_PAGE, RUN_PAGE, ImportWizard

Button = QWizard.WizardButton


def _write_csv(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _count(database, model=Contact) -> int:
    with database.session_scope() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def _open_wizard(window, qtbot, path: Path) -> ImportWizard:
    window.import_contacts(path)
    [wizard] = [w for w in window.findChildren(ImportWizard) if w.isVisible()]
    assert wizard.path == path
    qtbot.waitUntil(lambda: not wizard.file_page.loading, timeout=10_000)
    return wizard


def _click(qtbot, wizard: ImportWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled(), which
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _to_preview(qtbot, wizard: ImportWizard) -> None:
    _click(qtbot, wizard, Button.NextButton)
    assert wizard.currentId() == MAPPING_PAGE
    _click(qtbot, wizard, Button.NextButton)
    assert wizard.currentId() == PREVIEW_PAGE


def _import(qtbot, wizard: ImportWizard) -> None:
    _click(qtbot, wizard, Button.CommitButton)
    assert wizard.currentId() == RUN_PAGE
    qtbot.waitUntil(lambda: wizard.run_page.isComplete(), timeout=20_000)


PEOPLE = ("Full name,Email,Phone,Company\n"
          "Ann Lee,ann@example.com,+998 90 123 45 67,Acme\n"
          "Bob Ray,not-an-email,,\n"
          "Cy Dee,cy@example.com,,Acme\n")


def test_a_csv_with_a_bad_row_is_imported_and_its_rejected_row_saved(
        start_rapport, tmp_path: Path, qtbot, monkeypatch, dialogs, qtmodeltester):
    window = start_rapport(tmp_path / "db.sqlite3").window
    window.show_section("contacts")
    path = _write_csv(tmp_path / "people.csv", PEOPLE)
    wizard = _open_wizard(window, qtbot, path)

    page = wizard.file_page
    assert page.name.text() == "people.csv" and page.error is None
    assert page.kind.text() == "Text file with columns (CSV)"
    assert page.delimiter.text() == "Comma" and page.encoding.text()
    assert not page.sheet.isVisible()  # not a workbook
    assert wizard.button(Button.NextButton).isEnabled()

    _click(qtbot, wizard, Button.NextButton)  # the mapping, as suggested from the headers
    mapping = wizard.mapping_page
    assert [c.currentData() for c in mapping.combos] == ["full_name", "email", "phone",
                                                         "company"]
    assert [c.currentText() for c in mapping.combos] == ["Full name", "Email", "Phone",
                                                         "Company"]
    _click(qtbot, wizard, Button.NextButton)

    preview = wizard.preview_page  # the bad email is marked before anything is stored
    model = preview.model
    qtmodeltester.check(model)
    assert model.rowCount() == 3 and _count(window.database) == 0
    states = [model.index(r, 0).data(StateRole) for r in range(3)]
    assert states == [None, "problem", None]
    bad = model.index(1, model.COL_PROBLEMS)
    assert "not-an-email" in bad.data() and "not-an-email" in bad.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(1, 1).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(0, model.COL_NAME).data() == "Ann Lee"
    assert model.index(0, model.COL_PHONE).data() == "+998901234567"
    assert model.index(0, model.COL_COMPANY).data() == "Acme"
    assert preview.summary.text() == "Rows shown: 3. Rows that will not be imported: 1."
    assert not preview.dates.isVisible()  # no date column: nothing to ask

    with qtbot.waitSignal(window.changes.contactsChanged) as announced:
        _import(qtbot, wizard)
    assert announced.args == [set()]
    run = wizard.run_page
    assert run.outcome == "done"
    text = run.result_label.text()
    assert "Created: 2" in text and "Rejected: 1" in text and "Updated: 0" in text
    assert not wizard.button(Button.BackButton).isVisible()  # stored: no going back
    assert _count(window.database) == 2
    assert window.contacts.model.rowCount() == 2  # the open list reloaded
    assert window.count_label.text() == "2 contacts"

    target = tmp_path / "rejected.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_args, **_kw: (str(target), ""))
    assert run.save_button.isVisible()
    qtbot.mouseClick(run.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: run.saved_label.text().startswith("Saved to"), timeout=10_000)
    sheet = openpyxl.load_workbook(target).active
    assert [c.value for c in sheet[1]][:2] == ["Row", "Reason"]
    assert sheet.cell(2, 1).value == 3 and "not-an-email" in sheet.cell(2, 4).value
    assert sheet.max_row == 2

    _click(qtbot, wizard, Button.FinishButton)
    assert not wizard.isVisible() and dialogs == []


def _slow_import(monkeypatch) -> tuple[threading.Event, threading.Event]:
    """The import pauses after its first chunk until the test lets it go on."""
    paused, go_on = threading.Event(), threading.Event()
    real = importer.import_file

    def import_file(session, path, *, progress, **kw):
        def tick(done: int) -> None:
            progress(done)
            paused.set()
            go_on.wait(10)

        return real(session, path, progress=tick, **kw)

    monkeypatch.setattr(importer, "import_file", import_file)
    return paused, go_on


def test_cancel_during_the_import_stores_nothing(start_rapport, tmp_path: Path, qtbot,
                                                 monkeypatch):
    window = start_rapport(tmp_path / "db.sqlite3").window
    rows = "".join(f"Person {i},p{i}@example.com\n" for i in range(2_500))  # two chunks
    path = _write_csv(tmp_path / "many.csv", "Full name,Email\n" + rows)
    paused, go_on = _slow_import(monkeypatch)
    wizard = _open_wizard(window, qtbot, path)
    _to_preview(qtbot, wizard)
    _click(qtbot, wizard, Button.CommitButton)
    try:
        qtbot.waitUntil(paused.is_set, timeout=20_000)  # the first rows are in, not committed
        run = wizard.run_page
        qtbot.waitUntil(lambda: run.rows_label.text() == "Rows done: 2,000")
        assert run.running and not wizard.button(Button.FinishButton).isEnabled()
        _click(qtbot, wizard, Button.CancelButton)
        assert wizard.isVisible() and run.rows_label.text() == "Cancelling…"
    finally:
        go_on.set()
    qtbot.waitUntil(lambda: run.isComplete(), timeout=20_000)
    assert run.outcome == "cancelled"
    assert run.result_label.text() == "Cancelled: nothing was imported."
    assert _count(window.database) == 0 and _count(window.database, ImportBatch) == 0
    _click(qtbot, wizard, Button.FinishButton)
    assert not wizard.isVisible()


def test_a_corrupt_workbook_says_why_and_next_stays_disabled(start_rapport, tmp_path, qtbot):
    window = start_rapport(tmp_path / "db.sqlite3").window
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 this is not really a workbook" * 10)
    wizard = _open_wizard(window, qtbot, path)
    page = wizard.file_page
    assert page.error and page.status.isVisible() and page.status.text() == page.error
    assert "\n" not in page.error and "Traceback" not in page.error
    assert not page.isComplete() and not wizard.button(Button.NextButton).isEnabled()
    _click(qtbot, wizard, Button.CancelButton)
    assert not wizard.isVisible()


def test_a_workbook_offers_its_sheets_and_reads_the_one_picked(start_rapport, tmp_path,
                                                                qtbot, settings):
    settings.set_value("phone/default_region", "UZ")  # phones are read as Uzbek ones
    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "Notes"
    notes.append(["Exported for the fair"])
    clients = book.create_sheet("Clients")
    clients.append(["First name", "Last name", "Email", "Phone"])
    clients.append(["Dilnoza", "Karimova", "dilnoza@example.uz", 901234567])  # a number
    path = tmp_path / "book.xlsx"
    book.save(path)
    window = start_rapport(tmp_path / "db.sqlite3").window
    wizard = _open_wizard(window, qtbot, path)
    page = wizard.file_page  # the active sheet is a cover with a title and no table
    assert page.kind.text() == "Excel workbook" and page.sheet.isVisible()
    assert [page.sheet.itemText(i) for i in range(page.sheet.count())] == ["Notes", "Clients"]
    assert page.error and page.status.isVisible() and not page.isComplete()
    assert not wizard.button(Button.NextButton).isEnabled()
    page.sheet.setFocus()
    qtbot.keyClick(page.sheet, Qt.Key.Key_End)  # Clients: the last sheet
    qtbot.waitUntil(lambda: not page.loading and page.isComplete(), timeout=10_000)
    assert page.error is None and not page.status.isVisible()
    assert wizard.sample is not None and wizard.sample.sheet == "Clients"
    assert wizard.sample.headers == ("First name", "Last name", "Email", "Phone")
    assert not page.encoding.isVisible() and not page.delimiter.isVisible()
    _to_preview(qtbot, wizard)
    model = wizard.preview_page.model
    assert model.index(0, model.COL_NAME).data() == "Dilnoza Karimova"
    assert model.index(0, 0).data(StateRole) == "warning"  # amber: imported, but check it
    assert "leading 0" in model.index(0, model.COL_PROBLEMS).data()
    assert "leading 0" in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    _import(qtbot, wizard)
    assert "Created: 1" in wizard.run_page.result_label.text()


@pytest.mark.parametrize(("birthday", "shown", "checked"), [
    ("03/04/1990", True, None),        # both readings possible: asked
    ("25/12/1990", True, "date-dmy"),  # a day over 12 first: day first, preset
    ("1990-12-25", False, None),       # ISO: nothing to ask
])
def test_the_date_order_is_asked_only_when_the_dates_do_not_tell(
        start_rapport, tmp_path, qtbot, birthday, shown, checked):
    window = start_rapport(tmp_path / "db.sqlite3").window
    path = _write_csv(tmp_path / "dates.csv", f"Full name,Birthday\nAnn Lee,{birthday}\n")
    wizard = _open_wizard(window, qtbot, path)
    _to_preview(qtbot, wizard)
    page = wizard.preview_page
    assert page.dates.isVisible() is shown
    if checked:
        assert page.findChild(type(page.day_first), checked).isChecked()
    if birthday == "03/04/1990":
        birthday_column = page.model.COL_BIRTHDAY
        page.month_first.setChecked(True)  # the preview follows the choice
        assert wizard.import_options().date_order == "mdy"
        march = page.model.index(0, birthday_column).data()
        page.day_first.setChecked(True)
        assert page.model.index(0, birthday_column).data() != march


def test_the_duplicate_choice_reaches_the_import(start_rapport, tmp_path, qtbot):
    window = start_rapport(tmp_path / "db.sqlite3").window
    first = _write_csv(tmp_path / "first.csv", "Full name,Email\nAnn Lee,ann@example.com\n")
    wizard = _open_wizard(window, qtbot, first)
    _to_preview(qtbot, wizard)
    _import(qtbot, wizard)
    _click(qtbot, wizard, Button.FinishButton)

    again = _write_csv(tmp_path / "again.csv",
                       "Full name,Email,Job title\nAnn Lee,ann@example.com,Buyer\n")
    wizard = _open_wizard(window, qtbot, again)
    _to_preview(qtbot, wizard)
    page = wizard.preview_page
    assert page.duplicate_buttons["skip"].isChecked()
    update = page.duplicate_buttons["update"]
    qtbot.mouseClick(update, Qt.MouseButton.LeftButton, pos=QPoint(8, update.height() // 2))
    assert wizard.import_options().on_duplicate == "update"
    _import(qtbot, wizard)
    assert "Updated: 1" in wizard.run_page.result_label.text()
    with window.database.session_scope() as s:
        assert s.scalars(select(Contact.title)).one() == "Buyer"
