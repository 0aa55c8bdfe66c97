"""The main window: sections, empty states, menus and shortcuts, state kept across runs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt, QThreadPool
from PySide6.QtGui import QKeySequence, QUndoCommand
from PySide6.QtWidgets import QLabel

from app.services.contacts import ContactInput, create_contact
from app.ui.app import Rapport
from app.ui.contacts_section import ContactsSection
from app.ui.dashboard_section import DashboardSection
from app.ui.empty_state import EmptyState
from app.ui.i18n import install_translators
from app.ui.io_section import IoSection
from app.ui.loyalty_section import LoyaltySection
from app.ui.pipeline_section import PipelineSection
from app.ui.sections import SECTIONS
from app.ui.tasks_section import TasksSection


def test_window_opens_on_a_new_database_and_says_it_is_empty(start_rapport, tmp_path: Path):
    db_path = tmp_path / "new.sqlite3"
    rapport = start_rapport(db_path)
    window = rapport.window
    assert db_path.exists()
    assert window.isVisible()
    assert window.database is rapport.database
    assert window.count_label.text().startswith("0 ")
    assert window.db_label.text() == "new.sqlite3"
    assert window.statusBar().currentMessage() == ""  # "Opening the database…" is gone
    assert window.backup_action.isEnabled()


def test_every_section_opens_over_the_database(start_rapport, tmp_path: Path, qtbot):
    window = start_rapport(tmp_path / "db.sqlite3").window
    assert window.sidebar.count() == len(SECTIONS) == 6
    titles = []
    for row, spec in enumerate(SECTIONS):
        item = window.sidebar.item(row)
        rect = window.sidebar.visualItemRect(item)
        qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton,
                         pos=rect.center())
        assert window.current_section() == spec.key
        page = window.pages.currentWidget()
        assert page.isVisible()
        built = {"contacts": ContactsSection, "tasks": TasksSection,
                 "pipeline": PipelineSection, "loyalty": LoyaltySection,
                 "dashboard": DashboardSection, "import_export": IoSection}
        assert isinstance(page, built[spec.key])  # built over the database
        assert window.section_actions[row].isChecked()
        titles.append(item.text())
    assert titles == ["Contacts", "Tasks", "Pipeline", "Loyalty", "Dashboard", "Import/Export"]


def test_ctrl_number_switches_sections(start_rapport, tmp_path: Path, qtbot):
    window = start_rapport(tmp_path / "db.sqlite3").window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section() == "pipeline"
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section() == "import_export"


def _all_actions(window) -> list:
    found = []
    for menu_action in window.menuBar().actions():
        found += [a for a in menu_action.menu().actions() if not a.isSeparator()]
    return found


def test_menus_carry_the_standard_shortcuts_once_each(start_rapport, tmp_path: Path):
    window = start_rapport(tmp_path / "db.sqlite3").window
    expected = {
        "action-new": "Ctrl+N", "action-find": "Ctrl+F", "action-undo": "Ctrl+Z",
        "action-redo": "Ctrl+Shift+Z", "action-quit": "Ctrl+Q", "action-preferences": "Ctrl+,",
        "action-section-contacts": "Ctrl+1", "action-section-import_export": "Ctrl+6",
    }
    actions = {a.objectName(): a for a in _all_actions(window)}
    for name, key in expected.items():
        assert QKeySequence(key) in actions[name].shortcuts(), name
    # A sequence bound twice is ambiguous to Qt and triggers nothing.
    seen: dict[str, str] = {}
    for action in actions.values():
        for sequence in action.shortcuts():
            text = sequence.toString()
            assert text not in seen, f"{text} on {seen.get(text)} and {action.objectName()}"
            seen[text] = action.objectName()
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Edit", "&View", "&Help"]
    assert [a.objectName() for a in window.menuBar().actions()[3].menu().actions()] == [
        "action-about", "action-about-qt"]


def test_new_and_find_are_answered_once_the_database_is_open(start_rapport, tmp_path: Path,
                                                            qtbot):
    from app.ui.contact_form import ContactDialog

    window = start_rapport(tmp_path / "db.sqlite3").window
    assert window.find_action.isEnabled() and window.new_action.isEnabled()
    window.show_section("loyalty")
    window.new_action.trigger()
    dialog = window.findChild(ContactDialog)
    assert dialog is not None and dialog.isVisible()
    assert window.current_section() == "contacts"
    dialog.reject()


def test_new_and_find_lead_to_contacts_once_answered(settings, tmp_path: Path, qtbot):
    rapport = Rapport(settings, str(tmp_path / "db.sqlite3"))
    assert rapport.precheck()
    window = rapport.start()
    qtbot.addWidget(window)
    asked: list[str] = []
    window.newRequested.connect(lambda: asked.append("new"))
    window.findRequested.connect(lambda: asked.append("find"))
    assert not window.new_action.isEnabled()  # not before the database is open
    with qtbot.waitSignal(rapport.databaseReady, timeout=20_000):
        pass
    window.show_section("loyalty")
    window.find_action.trigger()
    assert window.current_section() == "contacts"
    window.show_section("tasks")
    window.new_action.trigger()
    assert window.current_section() == "contacts"
    assert asked == ["find", "new"]
    window.close()
    rapport.shutdown()


def test_the_section_menu_always_ticks_the_current_section(start_rapport, tmp_path: Path):
    window = start_rapport(tmp_path / "db.sqlite3").window
    window.section_actions[2].trigger()
    window.section_actions[2].trigger()  # choosing the current one again
    assert window.current_section() == "pipeline"
    assert [a.isChecked() for a in window.section_actions] == [
        False, False, True, False, False, False]


def test_undo_and_redo_follow_the_undo_stack(start_rapport, tmp_path: Path, qtbot):
    window = start_rapport(tmp_path / "db.sqlite3").window
    log: list[str] = []

    class Rename(QUndoCommand):
        def redo(self) -> None:
            log.append("do")

        def undo(self) -> None:
            log.append("undo")

    assert not window.undo_action.isEnabled()
    window.undo_stack.push(Rename("Rename contact"))
    assert window.undo_action.isEnabled()
    assert window.undo_action.text() == "Undo Rename contact"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert log == ["do", "undo", "do"]


def test_geometry_splitter_and_section_are_restored(start_rapport, tmp_path: Path, settings):
    db_path = tmp_path / "db.sqlite3"
    first = start_rapport(db_path).window
    screen = first.screen().availableGeometry()
    size = QSize(screen.width() * 3 // 4, screen.height() * 3 // 4)
    first.resize(size)
    first.splitter.setSizes([260, size.width() - 260])
    first.show_section("loyalty")
    first.close()

    second = start_rapport(db_path).window
    assert second.size() == size
    assert second.splitter.sizes()[0] == 260
    assert second.current_section() == "loyalty"
    assert isinstance(second.pages.currentWidget(), LoyaltySection)


def test_first_run_fits_the_screen_and_opens_contacts(start_rapport, tmp_path: Path):
    window = start_rapport(tmp_path / "db.sqlite3").window
    screen = window.screen().availableGeometry()
    assert window.width() == min(1200, int(screen.width() * 0.9))
    assert window.height() == min(760, int(screen.height() * 0.9))
    assert window.current_section() == "contacts"


def test_a_stored_section_that_no_longer_exists_falls_back(settings, start_rapport, tmp_path):
    settings.set_window_text("section", "reports-from-a-future-version")
    window = start_rapport(tmp_path / "db.sqlite3").window
    assert window.current_section() == "contacts"


def test_status_bar_counts_contacts_in_the_interface_language(
    start_rapport, tmp_path: Path, qapp
):
    db_path = tmp_path / "db.sqlite3"
    rapport = start_rapport(db_path)
    with rapport.database.session_scope() as s:
        create_contact(s, ContactInput(first_name="Aziza", last_name="Karimova"), region="UZ")
    rapport.window.close()
    rapport.shutdown()
    try:
        install_translators(qapp, "en")
        window = start_rapport(db_path).window
        assert window.count_label.text() == "1 contact"
        window.set_contact_count(1234567)
        assert window.count_label.text() == "1,234,567 contacts"
        install_translators(qapp, "ru")
        window.set_contact_count(1234567)
        assert window.count_label.text() == "1\u00a0234\u00a0567 контактов"  # Qt groups with NBSP
        window.set_contact_count(21)
        assert window.count_label.text() == "21 контакт"
    finally:
        install_translators(qapp, "en")


def test_about_names_the_version_and_database(start_rapport, tmp_path: Path, dialogs):
    window = start_rapport(tmp_path / "db.sqlite3").window
    window.about_action.trigger()
    kind, title, text = dialogs[-1]
    assert kind == "about" and title == "About Rapport"
    assert "0.1.0" in text and "db.sqlite3" in text


def test_backup_writes_a_copy_beside_the_database(start_rapport, tmp_path: Path, qtbot,
                                                  dialogs):
    db_path = tmp_path / "db.sqlite3"
    window = start_rapport(db_path).window
    window.backup_action.trigger()
    assert not window.backup_action.isEnabled()  # one at a time
    qtbot.waitUntil(lambda: window.backup_action.isEnabled(), timeout=10_000)
    copies = list(tmp_path.glob("db.copy-*.sqlite3"))
    assert len(copies) == 1
    assert copies[0].read_bytes()[:16] == b"SQLite format 3\x00"
    assert str(copies[0]) in window.statusBar().currentMessage()
    assert dialogs == []


@pytest.mark.parametrize("language", ["zh_CN", "ru", "uz"])
def test_each_shipped_language_translates_the_window(start_rapport, tmp_path, qapp, language):
    try:
        install_translators(qapp, language)
        window = start_rapport(tmp_path / "db.sqlite3").window
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus != ["&File", "&Edit", "&View", "&Help"]
        assert all(window.sidebar.item(r).text() != s.title for r, s in enumerate(SECTIONS))
        window.show_section("pipeline")
        board = window.pages.currentWidget()
        assert board.new_button.text() != "New deal…"
        assert board.views.button(0).text() != "Board"
    finally:
        install_translators(qapp, "en")


def test_quitting_while_the_database_opens_waits_and_lets_it_go(settings, tmp_path, qtbot):
    rapport = Rapport(settings, str(tmp_path / "db.sqlite3"))
    ready: list[object] = []
    rapport.databaseReady.connect(ready.append)
    assert rapport.precheck()
    rapport.start()
    qtbot.waitUntil(lambda: rapport.open_op is not None)  # the worker has started
    rapport.shutdown()  # what run_gui does once the event loop has ended
    assert QThreadPool.globalInstance().activeThreadCount() == 0  # waited for
    assert not rapport.window.isVisible()
    qtbot.waitUntil(lambda: not rapport.open_op.running)  # its result, delivered late...
    assert ready == [] and rapport.database is None  # ...is let go: the worker closed it


def test_a_section_looked_at_before_the_database_opens_says_it_is_opening(qtbot, settings):
    from app.ui.main_window import MainWindow

    window = MainWindow(settings, "db.sqlite3")
    qtbot.addWidget(window)
    window.show()
    window.finish_startup()
    window.show_section("loyalty")
    page = window.pages.currentWidget()
    assert isinstance(page, EmptyState)
    texts = [label.text() for label in page.findChildren(QLabel)]
    assert "Loyalty" in texts and "Opening the database…" in texts
