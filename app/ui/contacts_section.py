"""The Contacts section: search as you type, filters, and the windowed contact table."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..services import contacts
from ..services.errors import ValidationError
from ..services.search import ContactFilters, ContactQuery
from .changes import Changes
from .contacts_model import COLUMNS, ContactIdRole, ContactsModel
from .labels import SOURCES, STAGES, label

if TYPE_CHECKING:
    from ..db import Database
    from .company_page import CompanyPage
    from .contact_page import ContactPage
    from .export_dialog import ExportTask
    from .settings import Settings

SEARCH_DELAY_MS = 150  # typing pauses shorter than this do not run a query
HEADER_STATE = "contacts-header"


class ContactsSection(QWidget):
    """Search box and filters over a table of every contact."""

    contactActivated = Signal(int)
    editContactRequested = Signal(int)
    newTaskRequested = Signal(int)
    statusMessage = Signal(str)

    def __init__(self, database: Database, settings: Settings,
                 parent: QWidget | None = None, *, initial_count: int | None = None,
                 changes: Changes | None = None, undo_stack: QUndoStack | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contacts-section")
        self._db = database
        self._settings = settings
        self.changes = changes if changes is not None else Changes(self)
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.page: ContactPage | None = None  # built when a contact is first opened
        self.company_page: CompanyPage | None = None  # likewise, for companies
        self._before_company: QWidget | None = None
        self._list_stale = False

        self.search = QLineEdit()
        self.search.setObjectName("contact-search")
        self.search.setPlaceholderText(
            self.tr("Search names, emails, phones, companies and notes"))
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.apply)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.search.returnPressed.connect(self.apply)

        self.stage = self._combo("filter-stage", self.tr("Any stage"),
                                 [(label(STAGES, k), k) for k in STAGES])
        self.source = self._combo("filter-source", self.tr("Any source"),
                                  [(label(SOURCES, k), k) for k in SOURCES])
        self.owner = self._combo("filter-owner", self.tr("Any owner"), [])
        self.tag = self._combo("filter-tag", self.tr("Any tag"), [])
        from .form_fields import CompanyBox  # the form's company chooser, prefix search

        self.company = CompanyBox(database)
        self.company.setObjectName("filter-company")
        self.company.edit.setPlaceholderText(self.tr("Any company"))
        self.company.setMinimumContentsLength(14)
        self.company.activated.connect(lambda _i: self.apply())
        self.company.edit.editingFinished.connect(self.apply)
        self.company.edit.textChanged.connect(
            lambda text: self.apply() if not text.strip() else None)
        self.consent = self._combo("filter-consent", self.tr("Marketing: any"), [
            (self.tr("Opted in"), True), (self.tr("Not opted in"), False)])
        self.open_tasks = self._combo("filter-open-tasks", self.tr("Tasks: any"), [
            (self.tr("Has open tasks"), True), (self.tr("No open tasks"), False)])
        self.quiet_days = QSpinBox()
        self.quiet_days.setObjectName("filter-quiet-days")
        self.quiet_days.setRange(0, 3650)
        self.quiet_days.setSpecialValueText(self.tr("Last contact: any"))
        self.quiet_days.setPrefix(self.tr("No contact for "))
        self.quiet_days.setSuffix(self.tr(" days"))
        self.quiet_days.valueChanged.connect(lambda _v: self._debounce.start())
        self.trash = QCheckBox(self.tr("Trash"))
        self.trash.setObjectName("filter-trash")
        self.trash.toggled.connect(lambda _on: self.apply())
        self.empty_trash_button = QPushButton(self.tr("Empty Trash…"))
        self.empty_trash_button.setObjectName("empty-trash")
        self.empty_trash_button.clicked.connect(self.empty_trash)
        self.trash.toggled.connect(self.empty_trash_button.setVisible)
        self.empty_trash_button.hide()

        self.count_label = QLabel()
        self.count_label.setObjectName("contacts-count")

        self.model = ContactsModel(database, initial_count=initial_count, parent=self)
        self.model.countChanged.connect(self._show_count)
        self.table = QTableView()
        self.table.setObjectName("contacts-table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # Uniform rows: the view never asks for every row's height, so a million rows
        # cost what one screen costs.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self.table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._on_sort_indicator)
        self.table.activated.connect(self._on_activated)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._table_menu)
        self.delete_action = QAction(self.tr("Move to Trash"), self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.table.addAction(self.delete_action)
        self.export_action = QAction(self.tr("Export…"), self)
        self.export_action.setObjectName("action-export-contacts")
        self.export_action.setToolTip(self.tr(
            "Write the contacts this search and these filters show to a file"))
        self.export_action.triggered.connect(lambda _checked=False: self.export())
        self.export_button = QToolButton()
        self.export_button.setObjectName("export-contacts")
        self.export_button.setDefaultAction(self.export_action)
        self.export_task: ExportTask | None = None
        self._restore_header()
        for signal in (header.sectionMoved, header.sectionResized, header.sortIndicatorChanged):
            signal.connect(lambda *_: self._save_header())

        filters = QHBoxLayout()
        # Each filter may shrink below its text (which is then cut with "…") down to a
        # few characters: at their natural widths the row needs 1,300 px in English and
        # 1,700 in Russian, and it would hold the whole window that wide.
        narrow = self.fontMetrics().horizontalAdvance("x") * 8
        for widget in (self.stage, self.source, self.owner, self.tag, self.company, self.consent,
                       self.open_tasks, self.quiet_days, self.trash, self.empty_trash_button):
            if widget is not self.trash:
                widget.setMinimumWidth(narrow)
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        # Export… ends the search line, not the row of filters: that row is the widest
        # line of the window already.
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.export_button)
        self.list_page = QWidget()
        layout = QVBoxLayout(self.list_page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(search_row)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        # The list and one contact's page share the section; Back returns to the list
        # where it was (same query, same scroll position).
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list_page)
        outer = QVBoxLayout(self)
        outer.addWidget(self.stack)
        self.contactActivated.connect(self.open_contact)
        for signal in (self.changes.contactsChanged, self.changes.interactionsChanged):
            signal.connect(lambda *_: self._on_data_changed())

        self._load_choices()
        self._show_count(self.model.rowCount())

    # Building -------------------------------------------------------------------------
    def _combo(self, name: str, any_text: str, items: list[tuple[str, Any]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(any_text, None)
        for text, value in items:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(lambda _i: self.apply())
        return combo

    def _load_choices(self) -> None:
        """Owners and tags come from the data (both are indexed, so this is quick)."""
        with self._db.session_scope() as session:
            owners = contacts.contact_owners(session)
            tags = contacts.list_tags(session)
        for combo, items in ((self.owner, [(o, o) for o in owners]),
                             (self.tag, [(name, tag_id) for tag_id, name, _color in tags])):
            combo.blockSignals(True)
            for text, value in items:
                combo.addItem(text, value)
            combo.blockSignals(False)

    # Query ----------------------------------------------------------------------------
    def current_query(self) -> ContactQuery:
        def chosen(combo: QComboBox) -> tuple[Any, ...]:
            value = combo.currentData()
            return () if value is None else (value,)

        days = self.quiet_days.value()
        try:
            company_id = self.company.company_id()
        except ValidationError:
            company_id = -1  # a name that is no company: nobody matches
        filters = ContactFilters(
            company_id=company_id,
            stages=chosen(self.stage),
            sources=chosen(self.source),
            owners=chosen(self.owner),
            tag_ids=chosen(self.tag),
            marketing_consent=self.consent.currentData(),
            has_open_tasks=self.open_tasks.currentData(),
            not_contacted_days=days or None,
            trash=self.trash.isChecked(),
        )
        return replace(self.model.query, text=self.search.text(), filters=filters)

    def apply(self) -> None:
        """Run the search and filters now (the debounce timer calls this)."""
        self._debounce.stop()
        query = self.current_query()
        if query != self.model.query:
            self.model.set_query(query)
            self.table.scrollToTop()

    def refresh(self) -> None:
        self.model.refresh()

    # Actions on the selected contacts -----------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [cid for cid in (self.model.contact_id(r) for r in rows) if cid is not None]

    def _table_menu(self, pos: QPoint) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        menu = QMenu(self)
        if len(ids) == 1:
            menu.addAction(self.tr("Open"), lambda: self.open_contact(ids[0]))
            if not self.trash.isChecked():
                menu.addAction(self.tr("Edit…"), lambda: self.editContactRequested.emit(ids[0]))
                menu.addAction(self.tr("New Task…"), lambda: self.newTaskRequested.emit(ids[0]))
        if len(ids) == 2 and not self.trash.isChecked():
            menu.addAction(self.tr("Merge These Two…"), lambda: self.merge(ids[0], ids[1]))
        menu.addSeparator()
        if self.trash.isChecked():
            menu.addAction(self.tr("Restore"), self.restore_selected)
        else:
            menu.addAction(self.delete_action)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def delete_selected(self) -> None:
        """Move the selected contacts to the Trash (undoable)."""
        from .undo_commands import DeleteContactCommand

        ids = self.selected_ids()
        if ids and not self.trash.isChecked():
            self._push(DeleteContactCommand(self._db, self.changes, ids))
            self.statusMessage.emit(self.tr("Moved %n contact(s) to the Trash", "", len(ids)))

    def restore_selected(self) -> None:
        from .undo_commands import RestoreContactCommand

        ids = self.selected_ids()
        if ids and self.trash.isChecked():
            self._push(RestoreContactCommand(self._db, self.changes, ids))
            self.statusMessage.emit(self.tr("Restored %n contact(s)", "", len(ids)))

    def merge(self, first: int, second: int) -> None:
        from ..services.errors import ServiceError
        from .merge_dialog import MergeDialog

        try:
            dialog = MergeDialog(self._db, self.changes, self.undo_stack, first, second, self)
        except ServiceError as exc:
            self._warn(exc)
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.merged.connect(self.open_contact)
        dialog.open()

    def export(self) -> None:
        """Write the contacts the list shows (its search and filters) to a file the
        user picks, on a worker (see export_dialog)."""
        import datetime as dt

        from ..services.io.export import export_contacts
        from .export_dialog import session_run, start_export

        self.apply()  # a search typed a moment ago counts
        run = session_run(export_contacts, self.current_query(),
                          now=dt.datetime.now().astimezone())
        self.export_task = start_export(
            self, self._db, kind="contacts", default_name=self.tr("contacts"), run=run,
            on_message=self.statusMessage.emit, formats=("xlsx", "csv", "vcf"))

    def empty_trash(self) -> None:
        """Delete the contacts in the Trash for good, after asking. Not undoable, so the
        undo history (which may refer to them) is cleared."""
        from PySide6.QtWidgets import QMessageBox

        from ..services.contacts import purge_deleted_contacts

        answer = QMessageBox.question(
            self, self.tr("Empty Trash"),
            self.tr("Delete every contact in the Trash for good, with their interactions "
                    "and tasks? This cannot be undone."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        with self._db.session_scope() as session:
            purged = purge_deleted_contacts(session)
        self.undo_stack.clear()
        self.changes.contactsChanged.emit(set())
        self.statusMessage.emit(self.tr("Deleted %n contact(s) for good", "", purged))

    def _push(self, command: Any) -> None:
        self.undo_stack.push(command)
        if getattr(command, "error", None) is not None:
            self._warn(command.error)

    def _warn(self, exc: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox

        from .i18n import translated

        QMessageBox.warning(self, self.tr("Contacts"), translated(exc))

    # The contact page -------------------------------------------------------------------
    def open_contact(self, contact_id: int) -> None:
        """Show one contact's page in place of the list."""
        if self.page is None:
            from .contact_page import ContactPage

            self.page = ContactPage(self._db, self._settings, self.changes,
                                    undo_stack=self.undo_stack)
            self.page.backRequested.connect(self.show_list)
            self.page.editRequested.connect(self.editContactRequested)
            self.page.newTaskRequested.connect(self.newTaskRequested)
            self.page.card.companyRequested.connect(self.open_company)
            self.stack.addWidget(self.page)
        self.page.show_contact(contact_id)
        self.stack.setCurrentWidget(self.page)

    def open_company(self, company_id: int) -> None:
        """Show a company's page (its people, windowed); Back returns to the contact."""
        if self.company_page is None:
            from .company_page import CompanyPage

            self.company_page = CompanyPage(self._db, self._settings, self.changes,
                                            undo_stack=self.undo_stack)
            self.company_page.backRequested.connect(self._back_from_company)
            self.company_page.contactActivated.connect(self.open_contact)
            self.company_page.statusMessage.connect(self.statusMessage)
            self.stack.addWidget(self.company_page)
        self._before_company = self.stack.currentWidget()
        self.company_page.show_company(company_id)
        self.stack.setCurrentWidget(self.company_page)

    def _back_from_company(self) -> None:
        if self._before_company is self.page and self.page is not None:
            self.stack.setCurrentWidget(self.page)
        else:
            self.show_list()

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.list_page)
        if self._list_stale:
            self._list_stale = False
            self._refresh_keeping_place()
        self.table.setFocus()

    def _on_data_changed(self) -> None:
        """Contacts or their last contact changed: refresh the list now, or on return."""
        if self.stack.currentWidget() is self.list_page and self.isVisible():
            self._refresh_keeping_place()
        else:
            self._list_stale = True

    def _refresh_keeping_place(self) -> None:
        scroll = self.table.verticalScrollBar().value()
        self.model.refresh()
        self.table.verticalScrollBar().setValue(scroll)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _show_count(self, count: int) -> None:
        if self.model.complete:
            self.count_label.setText(self.tr("%Ln contact(s)", "", count))
        else:
            self.count_label.setText(self.tr("More than %Ln contact(s)", "", count))

    def _on_activated(self, index: Any) -> None:
        contact_id = index.data(ContactIdRole)
        if contact_id is not None:
            self.contactActivated.emit(int(contact_id))

    # Header: sort, columns shown, state kept --------------------------------------------
    def _on_sort_indicator(self, section: int, order: Qt.SortOrder) -> None:
        if COLUMNS[section].sort is None:
            # Only indexed orders are offered; put the indicator back on the real one.
            current = next(i for i, c in enumerate(COLUMNS) if c.sort == self.model.query.sort)
            want = (Qt.SortOrder.DescendingOrder if self.model.query.descending
                    else Qt.SortOrder.AscendingOrder)
            QTimer.singleShot(0, lambda: self.table.horizontalHeader().setSortIndicator(
                current, want))

    def _header_menu(self, pos: QPoint) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for i in range(len(COLUMNS)):
            action = menu.addAction(str(self.model.headerData(i, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(i))
            action.setEnabled(i != 0)  # the name always shows
            action.toggled.connect(lambda on, i=i: self.set_column_visible(i, on))
        menu.popup(header.mapToGlobal(pos))

    def set_column_visible(self, column: int, visible: bool) -> None:
        self.table.horizontalHeader().setSectionHidden(column, not visible)
        self._save_header()

    def _restore_header(self) -> None:
        header = self.table.horizontalHeader()
        state = self._settings.window_bytes(HEADER_STATE)
        if state is None or not header.restoreState(state):
            for key in ("title", "source", "created"):
                header.setSectionHidden([c.key for c in COLUMNS].index(key), True)
            header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
            for i, width in enumerate((220, 200, 140, 240, 150, 120, 100, 120, 110, 90, 110)):
                header.resizeSection(i, width)
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def _save_header(self) -> None:
        self._settings.set_window_bytes(HEADER_STATE, self.table.horizontalHeader().saveState())

