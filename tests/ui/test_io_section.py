"""How an import starts: File > Import…, a file dropped on the window, the Import/Export page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog

from app.services.io.importer import import_file
from app.ui.import_history import ImportHistoryDialog
from app.ui.import_wizard import ImportWizard
from app.ui.io_section import IoSection

CSV = "Full name,Email\nAnn Lee,ann@example.com\nBob Ray,bob@example.com\n"


def _csv(tmp_path: Path, name: str = "people.csv") -> Path:
    path = tmp_path / name
    path.write_text(CSV, encoding="utf-8")
    return path


def _mime(*paths: Path | str) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl(p) if isinstance(p, str) else QUrl.fromLocalFile(str(p))
                  for p in paths])
    return mime


def _drag_enter(window, mime: QMimeData) -> bool:
    event = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    event.setAccepted(False)
    QApplication.sendEvent(window, event)
    return event.isAccepted()


def _wizards(window) -> list[ImportWizard]:
    return [w for w in window.findChildren(ImportWizard) if w.isVisible()]


def test_dropping_a_csv_on_the_window_opens_the_wizard_for_it(start_rapport, tmp_path, qtbot):
    window = start_rapport(tmp_path / "db.sqlite3").window
    assert window.acceptDrops()
    path = _csv(tmp_path)
    mime = _mime(path)
    assert _drag_enter(window, mime)
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    assert drop.isAccepted()
    [wizard] = _wizards(window)
    assert wizard.path == path
    qtbot.waitUntil(lambda: wizard.file_page.isComplete(), timeout=10_000)
    assert wizard.sample is not None and wizard.sample.headers == ("Full name", "Email")
    wizard.reject()


def test_what_cannot_be_imported_is_not_accepted_as_a_drop(start_rapport, tmp_path):
    window = start_rapport(tmp_path / "db.sqlite3").window
    report = tmp_path / "report.pdf"
    report.write_bytes(b"%PDF-1.4")
    assert not _drag_enter(window, _mime(report))
    assert not _drag_enter(window, _mime(_csv(tmp_path, "a.csv"), _csv(tmp_path, "b.csv")))
    assert not _drag_enter(window, _mime("https://example.com/people.csv"))
    assert _drag_enter(window, _mime(_csv(tmp_path, "UPPER.CSV")))


def test_no_drop_before_the_database_is_open(settings, tmp_path, qtbot):
    from app.ui.main_window import MainWindow

    window = MainWindow(settings, str(tmp_path / "db.sqlite3"))
    qtbot.addWidget(window)
    assert not _drag_enter(window, _mime(_csv(tmp_path)))
    assert not window.import_action.isEnabled()
    assert not window.import_history_action.isEnabled()


def test_file_import_asks_for_a_file_then_opens_the_wizard(start_rapport, tmp_path, qtbot,
                                                           monkeypatch):
    window = start_rapport(tmp_path / "db.sqlite3").window
    action = window.import_action
    assert action in window.menuBar().actions()[0].menu().actions()
    assert QKeySequence("Ctrl+Shift+I") in action.shortcuts()
    asked: list[str] = []

    def cancelled(_parent, _title, _folder, filters):
        asked.append(filters)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", cancelled)
    action.trigger()
    assert "*.xlsx *.xlsm *.csv *.tsv *.txt *.vcf" in asked[0] and _wizards(window) == []

    path = _csv(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(path), ""))
    action.trigger()
    [wizard] = _wizards(window)
    assert wizard.path == path
    qtbot.waitUntil(lambda: wizard.file_page.isComplete(), timeout=10_000)
    wizard.reject()


def test_the_import_export_page_starts_imports_and_lists_the_last_ones(
        start_rapport, tmp_path, qtbot, monkeypatch):
    window = start_rapport(tmp_path / "db.sqlite3").window
    window.show_section("import_export")
    page = window.pages.currentWidget()
    assert isinstance(page, IoSection) and page.isVisible()
    assert page.none_yet.isVisible() and not page.recent.isVisible()
    assert "Export…" in page.export_note.text()

    path = _csv(tmp_path)
    with window.database.session_scope() as s:
        import_file(s, path)
    window.changes.contactsChanged.emit(set())  # as the wizard does after an import
    assert page.recent.isVisible() and page.model.rowCount() == 1
    assert page.model.index(0, 0).data() == "people.csv"

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(path), ""))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    [wizard] = _wizards(window)
    qtbot.waitUntil(lambda: wizard.file_page.isComplete(), timeout=10_000)
    wizard.reject()

    qtbot.mouseClick(page.history_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(ImportHistoryDialog)
    assert dialog is not None and dialog.isVisible() and dialog.model.rowCount() == 1
    dialog.reject()
