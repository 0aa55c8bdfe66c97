"""The main window: sidebar of sections, a page per section, menus and the status bar.

The window is shown before the database is open (opening, and migrating if need be,
runs on a worker; see ``app.ui.app``). Until ``set_database()`` is called, the actions
that need data are disabled and the status bar says what is happening.

Start-up builds only the shell (menus, sidebar, status bar) before the window is
shown; icons and the current page follow on the first event-loop turn, and other
pages when first visited. The shell avoids the ``Qt`` namespace and QStyle's enums,
whose first use costs PySide6 about 25 ms of enum building.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMetaMethod, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from .. import __version__
from .changes import Changes
from .i18n import translated
from .sections import SECTION_KEYS, SECTIONS, section
from .settings import Settings
from .workers import run_in_background

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QPushButton

    from ..db import Database

DEFAULT_SIZE = QSize(1200, 760)
SIDEBAR_WIDTH = 200


def _set_shortcuts(action: QAction, *wanted: QKeySequence.StandardKey | str) -> None:
    """Every binding of each standard key, then the extra ones, without duplicates.

    A key sequence given twice makes Qt call every press ambiguous, so none triggers.
    (setShortcuts() with a list: setShortcut()'s overloads make PySide6 build every
    enum of the Qt namespace, which start-up avoids.)
    """
    sequences: list[QKeySequence] = []
    for item in wanted:
        found = ([QKeySequence(item)] if isinstance(item, str)
                 else QKeySequence.keyBindings(item))
        for sequence in found:
            if not sequence.isEmpty() and sequence not in sequences:
                sequences.append(sequence)
    if sequences:
        action.setShortcuts(sequences)


def _delete_on_close(widget: QWidget) -> None:
    from PySide6.QtCore import Qt  # not at import: see finish_startup()

    widget.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)


class MainWindow(QMainWindow):
    """Rapport's one main window."""

    # Asked for by File > New and Edit > Find; the Contacts section answers them.
    newRequested = Signal()
    findRequested = Signal()
    sectionChanged = Signal(str)
    #: The window was closed by the user (Quit, the close button): the app ends.
    closed = Signal()

    def __init__(self, settings: Settings, target: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.target = target
        self.database: Database | None = None
        self.undo_stack = QUndoStack(self)
        self.changes = Changes(self)  # every view listens here; every write announces
        self.startup_finished = False  # see finish_startup()
        self.setObjectName("MainWindow")
        self.setWindowTitle(self.tr("Rapport"))
        self.setUnifiedTitleAndToolBarOnMac(True)

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setUniformItemSizes(True)
        self.sidebar.setMinimumWidth(140)
        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        self._built: dict[int, QWidget] = {}
        self._placeholders: list[QWidget] = []
        for spec in SECTIONS:
            item = QListWidgetItem(spec.display_title())
            item.setSizeHint(QSize(0, 36))
            self.sidebar.addItem(item)
            self._placeholders.append(QWidget())  # until the section is first shown
            self.pages.addWidget(self._placeholders[-1])
        self.sidebar.currentRowChanged.connect(self._on_row_changed)

        self.splitter = QSplitter()  # horizontal
        self.splitter.setObjectName("splitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.banner: QPushButton | None = None  # made by show_banner(), when first needed

        self._build_actions()
        self._build_menus()
        self._build_status_bar()
        self._set_data_actions_enabled(False)
        self._restore_state()
        QTimer.singleShot(0, self.finish_startup)

    def finish_startup(self) -> None:
        """What the first paint can do without: icons and the current page."""
        if self.startup_finished:
            return
        self.startup_finished = True
        from PySide6.QtCore import Qt

        from .empty_state import section_icon

        for row, spec in enumerate(SECTIONS):
            self.sidebar.item(row).setIcon(section_icon(self, spec))
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAcceptDrops(True)  # a file dropped on the window is imported (see dropEvent)
        self._show_row(self.sidebar.currentRow())

    # Building -------------------------------------------------------------------------
    def _action(self, text: str, *shortcuts: QKeySequence.StandardKey | str,
                slot=None, name: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        _set_shortcuts(action, *shortcuts)
        if slot is not None:
            action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.new_action = self._action(self.tr("&New Contact…"), keys.New, slot=self._on_new,
                                       name="action-new")
        self.new_deal_action = self._action(self.tr("New &Deal…"), "Ctrl+Shift+D",
                                            slot=self.new_deal, name="action-new-deal")
        self.backup_action = self._action(self.tr("&Back Up Database…"), slot=self.back_up,
                                          name="action-backup")
        self.import_action = self._action(self.tr("&Import…"), "Ctrl+Shift+I",
                                          slot=lambda: self.import_contacts(),
                                          name="action-import")
        self.import_history_action = self._action(self.tr("Import &History…"),
                                                  slot=self.show_import_history,
                                                  name="action-import-history")
        # Qt has no Quit key on Windows and no Preferences key outside macOS: add the
        # usual ones (Ctrl+, is GNOME's and most editors' Preferences key).
        self.quit_action = self._action(self.tr("&Quit"), keys.Quit, "Ctrl+Q",
                                        slot=self.close, name="action-quit")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        # Qt's own "Undo %1"/"Redo %1" texts, translated by Qt's catalogue.
        self.undo_action = self.undo_stack.createUndoAction(self)
        self.undo_action.setObjectName("action-undo")
        _set_shortcuts(self.undo_action, keys.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self)
        self.redo_action.setObjectName("action-redo")
        _set_shortcuts(self.redo_action, keys.Redo, "Ctrl+Shift+Z")
        self.find_action = self._action(self.tr("&Find…"), keys.Find, slot=self._on_find,
                                        name="action-find")
        self.preferences_action = self._action(
            self.tr("&Preferences…"), keys.Preferences, "Ctrl+,",
            slot=self.show_preferences, name="action-preferences",
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)

        self.section_actions: list[QAction] = []
        self.section_group = QActionGroup(self)  # exclusive: one section is current
        for number, spec in enumerate(SECTIONS, start=1):
            action = self._action(spec.display_title(), f"Ctrl+{number}",
                                  name=f"action-section-{spec.key}")
            action.setCheckable(True)
            self.section_group.addAction(action)
            action.triggered.connect(lambda _=False, key=spec.key: self.show_section(key))
            self.section_actions.append(action)

        self.about_action = self._action(self.tr("&About Rapport"), slot=self.show_about,
                                         name="action-about")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_qt_action = self._action(self.tr("About &Qt"), slot=QApplication.aboutQt,
                                            name="action-about-qt")
        self.about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.new_deal_action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.import_history_action)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)

        view_menu = bar.addMenu(self.tr("&View"))
        for action in self.section_actions:
            view_menu.addAction(action)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)
        help_menu.addAction(self.about_qt_action)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.count_label = QLabel()
        self.count_label.setObjectName("contact-count")
        self.overdue_label = QLabel()
        self.overdue_label.setObjectName("overdue-count")
        self.overdue_label.hide()  # styled when first shown (set_overdue_count)
        status.addPermanentWidget(self.overdue_label)
        self.db_label = QLabel()
        self.db_label.setObjectName("database-label")
        status.addPermanentWidget(self.count_label)
        status.addPermanentWidget(self.db_label)
        self.db_label.setText(self._short_target())
        self.db_label.setToolTip(self.target)

    def _short_target(self) -> str:
        return self.target if "://" in self.target else Path(self.target).name

    # Sections -------------------------------------------------------------------------
    def current_section(self) -> str:
        row = self.sidebar.currentRow()
        return SECTION_KEYS[row] if row >= 0 else SECTION_KEYS[0]

    def show_section(self, key: str) -> None:
        self.sidebar.setCurrentRow(SECTION_KEYS.index(section(key).key))

    def section_page(self, key: str) -> QWidget:
        return self._page(SECTION_KEYS.index(key))

    def _page(self, row: int) -> QWidget:
        """The page of a section, built the first time it is needed (start-up builds one)."""
        page = self._built.get(row)
        if page is None:
            from .empty_state import EmptyState

            placeholder = self._placeholders[row]
            factory = self._section_factories().get(SECTIONS[row].key)
            if factory is not None and self.database is not None:
                page = self._built[row] = factory()
            else:
                page = self._built[row] = EmptyState(SECTIONS[row])
            self.pages.insertWidget(row, page)
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()
        return page

    def install_section(self, key: str, page: QWidget) -> None:
        """Put a built section in place of its placeholder or empty state."""
        row = SECTION_KEYS.index(key)
        old = self._built.get(row) or self._placeholders[row]
        self.pages.insertWidget(row, page)
        current = self.pages.currentWidget() is old
        self.pages.removeWidget(old)
        old.deleteLater()
        self._built[row] = page
        if current or self.sidebar.currentRow() == row:
            self.pages.setCurrentWidget(page)

    def _on_row_changed(self, row: int) -> None:
        if row < 0:
            return
        if self.startup_finished:
            self._show_row(row)
        for index, action in enumerate(self.section_actions):
            action.setChecked(index == row)
        self.sectionChanged.emit(SECTION_KEYS[row])

    def _show_row(self, row: int) -> None:
        self.pages.setCurrentWidget(self._page(row))

    def _on_new(self) -> None:
        self.show_section("contacts")
        self.newRequested.emit()

    def _on_find(self) -> None:
        self.show_section("contacts")
        self.findRequested.emit()

    # Database -------------------------------------------------------------------------
    def show_busy(self, text: str) -> None:
        self.statusBar().showMessage(text)

    def set_database(self, database: Database, contact_count: int) -> None:
        """The database is open: build the sections that need it, enable what needs it."""
        self.database = database
        from .contacts_section import ContactsSection
        from .reminders import ReminderNotifier
        from .tasks_section import TasksSection
        from .undo_commands import command_failures

        self.contacts = ContactsSection(database, self.settings, initial_count=contact_count,
                                        changes=self.changes, undo_stack=self.undo_stack)
        self.install_section("contacts", self.contacts)
        self.findRequested.connect(self.contacts.focus_search)
        self.newRequested.connect(self.new_contact)
        self.contacts.editContactRequested.connect(self.edit_contact)
        self.contacts.newTaskRequested.connect(self.new_task)
        self.contacts.statusMessage.connect(lambda text: self.statusBar().showMessage(text, 5000))

        self.tasks = TasksSection(database, self.settings, self.changes,
                                  undo_stack=self.undo_stack)
        self.install_section("tasks", self.tasks)
        self.tasks.statusMessage.connect(lambda text: self.statusBar().showMessage(text, 5000))

        self.notifier = ReminderNotifier(database, self.changes, self)
        self.notifier.overdueChanged.connect(self.set_overdue_count)
        self.notifier.banner.connect(self.show_banner)
        self.notifier.notificationClicked.connect(self._show_agenda)
        self.changes.contactsChanged.connect(lambda _ids: self._recount_contacts())
        command_failures().failed.connect(self._command_failed)
        self.changes.importsChanged.connect(self._recompute_after_import)
        for key, factory in self._section_factories().items():
            if SECTION_KEYS.index(key) in self._built:  # shown before the data was
                self.install_section(key, factory())

        self._set_data_actions_enabled(True)
        self.backup_action.setEnabled(database.path is not None)
        self.statusBar().clearMessage()
        self.set_contact_count(contact_count)
        self.notifier.check_now()

    # Contacts and tasks, from anywhere ------------------------------------------------
    def new_contact(self) -> None:
        self._contact_dialog(None)

    def edit_contact(self, contact_id: int) -> None:
        self._contact_dialog(contact_id)

    def _contact_dialog(self, contact_id: int | None) -> None:
        from ..services.errors import ServiceError
        from .contact_form import ContactDialog

        assert self.database is not None
        try:
            dialog = ContactDialog(self.database, self.settings, self.changes, self.undo_stack,
                                   self, contact_id=contact_id)
        except ServiceError as exc:
            self._warn(exc)
            return
        _delete_on_close(dialog)
        dialog.openRequested.connect(self._open_contact)
        dialog.saved.connect(self._open_contact)
        dialog.open()

    def _open_contact(self, contact_id: int) -> None:
        self.show_section("contacts")
        self.contacts.open_contact(contact_id)

    def new_task(self, contact_id: int | None = None) -> None:
        from .task_dialog import TaskDialog

        assert self.database is not None
        dialog = TaskDialog(self.database, self.settings, self, contact_id=contact_id,
                            changes=self.changes)
        _delete_on_close(dialog)
        dialog.open()

    def _show_agenda(self) -> None:
        self.show_section("tasks")
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def _recount_contacts(self) -> None:
        if self.database is None:
            return
        from ..services.stats import active_contact_count

        with self.database.session_scope() as session:  # two index counts: milliseconds
            self.set_contact_count(active_contact_count(session))

    def set_overdue_count(self, count: int) -> None:
        if count and not self.overdue_label.styleSheet():
            # Here, not at start-up: a style sheet costs the first paint its style setup.
            self.overdue_label.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.overdue_label.setText(self.tr("%Ln overdue", "", count) if count else "")
        self.overdue_label.setVisible(count > 0)

    def show_banner(self, text: str) -> None:
        """An in-app notice (reminders, when the desktop has no tray to show them): a strip
        above the sections, hidden by a click. Built on first use, not at start-up."""
        if self.banner is None:
            from PySide6.QtWidgets import QPushButton, QVBoxLayout

            self.banner = QPushButton()
            self.banner.setObjectName("banner")
            self.banner.setFlat(True)
            self.banner.setStyleSheet("background: #fff4ce; color: #3d3000; padding: 6px; "
                                      "text-align: left; border: 1px solid #e6d28a;")
            self.banner.clicked.connect(self.banner.hide)
            self.takeCentralWidget()  # the splitter, kept by self.splitter
            central = QWidget()
            column = QVBoxLayout(central)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(0)
            column.addWidget(self.banner)
            column.addWidget(self.splitter, 1)
            self.setCentralWidget(central)
            self.splitter.show()  # taken out and put back: shown again
            central.show()
        self.banner.setText(text)
        self.banner.show()

    def _command_failed(self, exc: BaseException) -> None:
        if self.isVisible():  # the hub is app-wide; a closed window says nothing
            self._warn(exc)

    def _warn(self, exc: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, self.tr("Rapport"), translated(exc))

    def set_contact_count(self, count: int) -> None:
        self.count_label.setText(self.tr("%Ln contact(s)", "", count))

    def _set_data_actions_enabled(self, enabled: bool) -> None:
        self.backup_action.setEnabled(enabled)
        self.import_action.setEnabled(enabled)
        self.import_history_action.setEnabled(enabled)
        self.new_deal_action.setEnabled(enabled)
        # New and Find stay disabled until a section answers them (the Contacts list does),
        # rather than promising a dialog that does not come.
        for action, signal in ((self.new_action, self.newRequested),
                               (self.find_action, self.findRequested)):
            action.setEnabled(enabled and self.isSignalConnected(QMetaMethod.fromSignal(signal)))

    def back_up(self) -> None:
        """File > Back Up Database: an online copy beside the database, off the GUI thread."""
        if self.database is None or self.database.path is None:
            return
        from ..db import MANUAL, backup_sqlite

        path = self.database.path
        self.backup_action.setEnabled(False)
        self.statusBar().showMessage(self.tr("Backing up the database…"))

        def done(written) -> None:
            self.backup_action.setEnabled(True)
            self.statusBar().showMessage(
                self.tr("Backup written to {path}").format(path=written))

        def failed(exc: BaseException) -> None:
            from PySide6.QtWidgets import QMessageBox

            self.backup_action.setEnabled(True)
            self.statusBar().clearMessage()
            QMessageBox.warning(self, self.tr("Backup failed"),
                                self.tr("The backup could not be written: {reason}")
                                .format(reason=translated(exc)))

        run_in_background(lambda _cancel: backup_sqlite(path, label=MANUAL),
                          on_done=done, on_error=failed,
                          parent=self)

    # Import ---------------------------------------------------------------------------
    def new_deal(self) -> None:
        """File > New Deal: on the Pipeline board, in its first open stage."""
        self.show_section("pipeline")
        page = self.section_page("pipeline")
        new = getattr(page, "new_deal", None)
        if new is not None:
            new()

    def _section_factories(self) -> dict[str, Callable[[], QWidget]]:
        """The sections built when first shown (they cost nothing until then)."""
        return {"pipeline": self._pipeline_section, "loyalty": self._loyalty_section,
                "dashboard": self._dashboard_section, "import_export": self._io_section}

    def _loyalty_section(self) -> QWidget:
        from .loyalty_section import LoyaltySection

        assert self.database is not None
        section = LoyaltySection(self.database, self.settings, self.changes, self.undo_stack)
        section.statusMessage.connect(lambda text: self.statusBar().showMessage(text, 5000))
        section.openContactRequested.connect(self._open_contact)
        self.loyalty_section = section
        return section

    def _dashboard_section(self) -> QWidget:
        from .dashboard_section import DashboardSection

        assert self.database is not None
        section = DashboardSection(self.database, self.settings, self.changes)
        # Its Recompute is the Loyalty section's (one recompute serves both).
        section.recomputeRequested.connect(self._recompute_from_dashboard)
        return section

    def _recompute_after_import(self) -> None:
        """An import may have brought purchases or contacts: recompute the standings in
        the background (the Loyalty section shows the progress if it is looked at)."""
        page = self.section_page("loyalty")
        start = getattr(page, "recompute", None)
        if start is not None:
            start()

    def _recompute_from_dashboard(self) -> None:
        self.show_section("loyalty")
        page = self.section_page("loyalty")
        start = getattr(page, "recompute", None)
        if start is not None:
            start()

    def _pipeline_section(self) -> QWidget:
        from .pipeline_section import PipelineSection

        assert self.database is not None
        section = PipelineSection(self.database, self.settings, self.changes, self.undo_stack)
        section.statusMessage.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.pipeline_section = section
        return section

    def _io_section(self) -> QWidget:
        from .io_section import IoSection

        assert self.database is not None
        page = IoSection(self.database, self.changes)
        page.importRequested.connect(lambda: self.import_contacts())
        page.historyRequested.connect(self.show_import_history)
        return page

    def import_contacts(self, path: Path | None = None) -> None:
        """File > Import…, a dropped file, the section's button: the wizard for a file."""
        if self.database is None:
            return
        from .import_files import ask_for_import_file
        from .import_wizard import ImportWizard

        if path is None:
            path = ask_for_import_file(self, self.settings)
            if path is None:
                return
        wizard = ImportWizard(self.database, self.settings, self.changes, path, self)
        _delete_on_close(wizard)
        self.closed.connect(wizard.cancel_import)
        wizard.open()

    def show_import_history(self) -> None:
        if self.database is None:
            return
        from .import_history import ImportHistoryDialog

        dialog = ImportHistoryDialog(self.database, self.changes, self)
        _delete_on_close(dialog)
        dialog.open()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        from .import_files import dropped_file

        if self.database is not None and dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        from .import_files import dropped_file

        path = dropped_file(event.mimeData())
        if self.database is None or path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.import_contacts(path)

    # Dialogs --------------------------------------------------------------------------
    def show_preferences(self) -> None:
        from .preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self)
        dialog.open()

    def show_about(self) -> None:
        import html

        from PySide6 import __version__ as pyside_version
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("About Rapport"),
            self.tr(
                "<h3>Rapport {version}</h3>"
                "<p>An offline-first CRM: contacts, conversations, follow-ups, deals and "
                "loyalty, in one file on your computer.</p>"
                "<p>Database: {database}</p><p>Qt for Python {qt}</p>"
            ).format(version=__version__, database=html.escape(self.target), qt=pyside_version),
        )

    # State ----------------------------------------------------------------------------
    def _restore_state(self) -> None:
        geometry = self.settings.window_bytes("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(self._first_run_size())
        state = self.settings.window_bytes("state")
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.window_bytes("splitter")
        if splitter is None or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([SIDEBAR_WIDTH, DEFAULT_SIZE.width() - SIDEBAR_WIDTH])
        last = self.settings.window_text("section")
        self.show_section(last if last in SECTION_KEYS else SECTION_KEYS[0])

    def _first_run_size(self) -> QSize:
        """DEFAULT_SIZE, or nine tenths of a smaller screen."""
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None:
            return DEFAULT_SIZE
        room = screen.availableGeometry().size() * 0.9
        return DEFAULT_SIZE.boundedTo(room)

    def save_state(self) -> None:
        self.settings.set_window_bytes("geometry", self.saveGeometry())
        self.settings.set_window_bytes("state", self.saveState())
        self.settings.set_window_bytes("splitter", self.splitter.saveState())
        self.settings.set_window_text("section", self.current_section())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.save_state()
        if self.database is not None:
            from .undo_commands import command_failures

            command_failures().failed.disconnect(self._command_failed)
            self.notifier.stop()
        super().closeEvent(event)
        self.closed.emit()
