"""The contacts behind a count of the Loyalty section, and what to do with all of them.

The dialog counts its list on a worker and then shows it windowed (contact_list_model:
pages of rows read on a worker as the view asks for them). From the list:

* Create follow-ups…: a task for each contact, assigned to the contact's owner;
* Log campaign…: an interaction on each contact (their last contact moves to it);
* Export for mailing…: the contacts who opted in to marketing, to .xlsx or .csv (the
  message says how many were left out for lack of consent);
* Open contact (or double-click): ``openContactRequested(contact_id)``.

The two bulk writes are one unit of work each (campaigns.py: INSERT…SELECT), run on a
worker with the buttons disabled; their end is announced on the Changes hub.
"""

from __future__ import annotations

import datetime as dt
from array import array
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..services import campaigns
from ..services.io.sheet_writer import ExportResult
from ..services.loyalty_lists import ListQuery, ordered_ids
from . import list_actions
from .contact_list_model import ContactListModel
from .export_dialog import ExportTask, start_export
from .i18n import translated
from .workers import BackgroundOp, run_in_background

if TYPE_CHECKING:
    from ..db import Database
    from .changes import Changes


class ContactListDialog(QDialog):
    """One list of contacts and the actions on all of them (see the module's words)."""

    openContactRequested = Signal(int)  # noqa: N815 - Qt's naming
    statusMessage = Signal(str)  # noqa: N815
    #: The list was counted and is shown.
    loaded = Signal()
    #: A bulk action ended (its count; 0 when it failed).
    actionDone = Signal(int)  # noqa: N815

    def __init__(self, database: Database, changes: Changes, query: ListQuery, title: str,
                 currency: str | None, *, hint: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contact-list-dialog")
        self.setWindowTitle(title)
        self._db, self._changes, self.query, self.list_title = database, changes, query, title
        self.today = dt.date.today()
        self.ask_follow_up = list_actions.ask_follow_up
        self.ask_campaign = list_actions.ask_campaign
        self.op: BackgroundOp | None = None
        self.export_task: ExportTask | None = None
        self._left_out = 0

        heading = QLabel(title)
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        self.count_label = QLabel(self.tr("Counting…"))
        self.count_label.setObjectName("list-count")
        self.hint = QLabel(hint)
        self.hint.setWordWrap(True)
        self.hint.setVisible(bool(hint))

        self.model = ContactListModel(database, query, currency, self)
        self.table = QTableView()
        self.table.setObjectName("contact-list")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        for column, width in enumerate((120, 170, 120, 100, 70, 90, 100, 100, 110), start=1):
            header.resizeSection(column, width)
        self.table.doubleClicked.connect(lambda _i: self.open_contact())

        self.follow_up_button = QPushButton(self.tr("Create follow-ups…"))
        self.follow_up_button.clicked.connect(self.create_follow_ups)
        self.campaign_button = QPushButton(self.tr("Log campaign…"))
        self.campaign_button.clicked.connect(self.log_campaign)
        self.export_button = QPushButton(self.tr("Export for mailing…"))
        self.export_button.setToolTip(self.tr(
            "Only the contacts who opted in to marketing are exported."))
        self.export_button.clicked.connect(self.export_for_mailing)
        self.open_button = QPushButton(self.tr("Open contact"))
        self.open_button.clicked.connect(self.open_contact)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        self._actions = (self.follow_up_button, self.campaign_button, self.export_button,
                         self.open_button)
        buttons = QHBoxLayout()
        for button in self._actions[:3]:
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(close)
        self.result_label = QLabel()
        self.result_label.setObjectName("list-result")
        self.result_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.count_label)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.result_label)
        layout.addLayout(buttons)
        self.resize(1160, 600)
        self._enable(False)
        self.reload()

    # Loading ---------------------------------------------------------------------------
    def reload(self) -> BackgroundOp:
        db, query = self._db, self.query

        def work(_cancel: Any) -> array[int]:
            with db.session_scope() as s:
                return ordered_ids(s, query)

        self.op = run_in_background(work, on_done=self._counted, on_error=self._failed)
        return self.op

    def _counted(self, ids: array[int]) -> None:
        self.model.set_ids(ids)
        total = len(ids)
        self.count_label.setText(self.tr("%n contact(s)", "", total) if total
                                 else self.tr("No contacts in this list now."))
        self._enable(True)
        if total:
            self.table.selectRow(0)
        self.loaded.emit()

    def _failed(self, err: BaseException) -> None:
        self.count_label.setText(translated(err))
        self._enable(True)
        self.actionDone.emit(0)

    def _enable(self, on: bool) -> None:
        has_rows = self.model.total > 0
        for button in self._actions:
            button.setEnabled(on and has_rows)

    # Actions ---------------------------------------------------------------------------
    def selected_contact(self) -> int | None:
        index = self.table.currentIndex()
        contact = self.model.contact_at(index.row()) if index.isValid() else None
        return contact.id if contact else None

    def open_contact(self) -> None:
        contact_id = self.selected_contact()
        if contact_id is not None:
            self.openContactRequested.emit(contact_id)

    def create_follow_ups(self) -> None:
        default = self.tr("Follow up: {list}").format(list=self.list_title)
        answer = self.ask_follow_up(self, self.model.total, default, self.today)
        if answer is None:
            return
        title, due = answer
        now = dt.datetime.now(dt.UTC)
        self._run(lambda s: campaigns.create_follow_ups(s, self.query, title=title, due=due,
                                                        now=now),
                  self._followed_up, self.tr("Create follow-ups"))

    def _followed_up(self, count: int) -> None:
        self._changes.tasksChanged.emit()
        self._report(self.tr("Created %n follow-up task(s).", "", count), count)

    def log_campaign(self) -> None:
        answer = self.ask_campaign(self, self.model.total, self.list_title)
        if answer is None:
            return
        channel, subject, body = answer
        now = dt.datetime.now(dt.UTC)
        self._run(lambda s: campaigns.log_campaign(s, self.query, channel=channel,
                                                   subject=subject, body=body,
                                                   occurred_at=now),
                  self._logged, self.tr("Log campaign"))

    def _logged(self, count: int) -> None:
        self._changes.contactsChanged.emit(set())  # their last contact moved
        self._report(self.tr("Logged the campaign on %n contact(s).", "", count), count)

    def _run(self, action: Any, done: Any, title: str) -> None:
        """``action(session)`` in one unit of work on a worker; ``done(count)`` after."""
        db = self._db

        def work(_cancel: Any) -> int:
            with db.session_scope() as s:
                return int(action(s))

        def failed(err: BaseException) -> None:
            self._enable(True)
            self.result_label.setText("")
            QMessageBox.warning(self, title, translated(err))
            self.actionDone.emit(0)

        def succeeded(count: int) -> None:
            self._enable(True)
            done(count)

        self._enable(False)
        self.result_label.setText(self.tr("Working…"))
        self.op = run_in_background(work, on_done=succeeded, on_error=failed)

    def _report(self, text: str, count: int) -> None:
        self.result_label.setText(text)
        self.statusMessage.emit(text)
        self.actionDone.emit(count)

    def export_for_mailing(self) -> None:
        query, name = self.query, self.list_title
        now = dt.datetime.now().astimezone()

        def run(session: Any, path: Any, **hooks: Any) -> ExportResult:
            result, left_out = campaigns.export_list(session, query, path, now=now,
                                                     list_name=name, **hooks)
            self._left_out = left_out  # read on the GUI thread, after ``ended``
            return result

        self.export_task = start_export(self, self._db, kind="contacts", default_name=name,
                                        run=run, on_message=self.statusMessage.emit)
        if self.export_task is not None:
            self.export_task.ended.connect(self._exported)

    def _exported(self, result: ExportResult | None) -> None:
        if result is None:
            return
        text = self.tr("Exported %n contact(s) who opted in to marketing to {path}.", "",
                       result.count).format(path=str(result.path))
        if self._left_out:
            text += " " + self.tr("%n contact(s) of the list were left out for lack of "
                                  "consent.", "", self._left_out)
        else:
            text += " " + self.tr("Everyone in the list opted in.")
        self.result_label.setText(text)
        QMessageBox.information(self, self.tr("Export for mailing"), text)
