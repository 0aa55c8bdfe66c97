"""The task forms: create or edit a task, complete one (logging its outcome), pick a day.

Each form that writes is one user action: on OK it calls the service in one session. A
ValidationError keeps the form open with the translated message in red under the field
it names (``err.field``), and nothing is written (the session rolls back). After a write
the form announces it on the Changes hub, so the agenda and the status bar follow.

Dates and times are typed in the user's local calendar and handed to the services as
local aware datetimes (the services find the calendar day in the zone given).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from ..messages import QT_TRANSLATE_NOOP
from ..models.enums import Priority
from ..services import contacts, deals, tasks
from ..services.errors import ServiceError, ValidationError
from ..services.interactions import LIMITS as INTERACTION_LIMITS
from ..services.interactions import InteractionInput
from .i18n import translated
from .labels import CHANNELS, LOGGED_CHANNELS, PRIORITIES, label

if TYPE_CHECKING:
    from ..db import Database
    from .changes import Changes
    from .settings import Settings

REMIND_NEEDS_DUE = QT_TRANSLATE_NOOP(
    "Validation", "A reminder at the due time needs a due date. Choose one, or another reminder."
)
REMIND_NONE, REMIND_AT_DUE, REMIND_CUSTOM = range(3)
#: The time of day a reminder "at the due time" of a task without a time goes off.
DAY_START = dt.time(9, 0)
ERROR_STYLE = "color: #c62828;"


def local_now() -> dt.datetime:
    """Now, as an aware datetime in the user's zone (what the services want)."""
    return dt.datetime.now().astimezone()


def local_moment(day: dt.date, time: dt.time) -> dt.datetime:
    """``day`` at ``time`` on the local clock, as an aware datetime."""
    return dt.datetime.combine(day, time).astimezone()


def priority_label(priority: int) -> str:
    return QCoreApplication.translate("Labels", PRIORITIES[int(priority)])


def due_text(task: tasks.TaskRecord) -> str:
    """The due day (and time) in the interface locale's short format."""
    locale = QLocale()
    if task.due_at is not None:
        local = task.due_at.astimezone()
        return locale.toString(QDateTime(_qdate(local.date()), QTime(local.hour, local.minute)),
                               QLocale.FormatType.ShortFormat)
    if task.due_date is not None:
        return locale.toString(_qdate(task.due_date), QLocale.FormatType.ShortFormat)
    return ""


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def _pytime(time: QTime) -> dt.time:
    return dt.time(time.hour(), time.minute())


class FieldErrors:
    """Red labels under form fields, one per service field name, plus one for the rest."""

    def __init__(self, fields: tuple[str, ...]) -> None:
        self.labels: dict[str, QLabel] = {}
        for field in (*fields, "general"):
            label = QLabel()
            label.setObjectName(f"error-{field}")
            label.setStyleSheet(ERROR_STYLE)
            label.setWordWrap(True)
            label.hide()
            self.labels[field] = label

    def under(self, field: str, widget: QWidget) -> QWidget:
        """``widget`` with the error label of ``field`` below it, for a form row."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        layout.addWidget(self.labels[field])
        return box

    def clear(self) -> None:
        for message in self.labels.values():
            message.clear()
            message.hide()

    def show(self, err: BaseException) -> None:
        field = getattr(err, "field", "general")
        label = self.labels.get(field, self.labels["general"])
        label.setText(translated(err))
        label.show()


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class TaskDialog(QDialog):
    """Create a task (for a contact, when given) or edit ``task``; emits ``saved``."""

    saved = Signal(object)  # TaskRecord

    def __init__(self, database: Database, settings: Settings, parent: QWidget | None = None,
                 *, contact_id: int | None = None, task: tasks.TaskRecord | None = None,
                 changes: Changes | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("task-dialog")
        self._db, self._changes, self._task = database, changes, task
        self._contact_id = task.contact_id if task is not None else contact_id
        self.setWindowTitle(self.tr("Edit Task") if task else self.tr("New Task"))
        self.errors = FieldErrors(("title", "notes", "contact_id", "due_date", "due_at",
                                   "remind_at", "priority", "owner", "deal_id"))
        self.title = QLineEdit()
        self.title.setObjectName("task-title")
        self.title.setMaxLength(tasks.LIMITS["title"])
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("task-notes")
        self.has_date = QCheckBox(self.tr("Due on"))
        self.due_date = QDateEdit(QDate.currentDate())
        self.due_date.setCalendarPopup(True)
        self.has_time = QCheckBox(self.tr("at"))
        self.due_time = QTimeEdit(QTime(DAY_START.hour, DAY_START.minute))
        self.reminder = QComboBox()
        self.reminder.setObjectName("task-reminder")
        self.reminder.addItems([self.tr("No reminder"), self.tr("At the due time"),
                                self.tr("At…")])
        self.remind_at = QDateTimeEdit(QDateTime.currentDateTime().addSecs(3600))
        self.remind_at.setCalendarPopup(True)
        self.priority = QComboBox()
        self.priority.setObjectName("task-priority")
        for value in (Priority.HIGH, Priority.NORMAL, Priority.LOW):
            self.priority.addItem(priority_label(value), int(value))
        self.owner = QLineEdit(settings.owner_name)
        self.owner.setObjectName("task-owner")
        self.owner.setMaxLength(tasks.LIMITS["owner"])
        for box in (self.has_date, self.has_time):
            box.toggled.connect(self._enable)
        self.reminder.currentIndexChanged.connect(self._enable)

        due = QHBoxLayout()
        due.setContentsMargins(0, 0, 0, 0)
        for widget in (self.has_date, self.due_date, self.has_time, self.due_time):
            due.addWidget(widget)
        due.addStretch(1)
        due_row = QWidget()
        due_row.setLayout(due)
        remind = QHBoxLayout()
        remind.setContentsMargins(0, 0, 0, 0)
        remind.addWidget(self.reminder)
        remind.addWidget(self.remind_at, 1)
        remind_row = QWidget()
        remind_row.setLayout(remind)

        e = self.errors
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), e.under("title", self.title))
        form.addRow(self.tr("Due:"), e.under("due_date", e.under("due_at", due_row)))
        form.addRow(self.tr("&Reminder:"), e.under("remind_at", remind_row))
        form.addRow(self.tr("&Priority:"), e.under("priority", self.priority))
        form.addRow(self.tr("&Owner:"), e.under("owner", self.owner))
        if self._contact_id is not None:
            self.contact = QLabel(self._contact_name())
            self.contact.setObjectName("task-contact")
            form.addRow(self.tr("Contact:"), e.under("contact_id", self.contact))
        # The deal the task is about: offered when the contact has open deals.
        self.deal = QComboBox()
        self.deal.setObjectName("task-deal")
        self.deal.addItem(self.tr("No deal"), None)
        for deal_id, deal_title in self._deal_choices():
            self.deal.addItem(deal_title, deal_id)
        if self.deal.count() > 1:
            form.addRow(self.tr("&Deal:"), e.under("deal_id", self.deal))
        else:
            self.deal.hide()
        form.addRow(self.tr("&Notes:"), e.under("notes", self.notes))
        self.buttons = _buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(e.labels["general"])
        layout.addWidget(self.buttons)
        if task is not None:
            self._fill(task)
        self._enable()

    def _contact_name(self) -> str:
        if self._task is not None and self._task.contact_name:
            return self._task.contact_name
        try:
            with self._db.session_scope() as session:  # one row by key
                return contacts.get_contact(session, int(self._contact_id or 0)).display_name
        except ServiceError as err:
            return translated(err)

    def _deal_choices(self) -> list[tuple[int, str]]:
        """(id, title) of the contact's open deals, and the task's own deal (even when it
        is closed now, so that editing keeps it)."""
        if self._contact_id is None and (self._task is None or self._task.deal_id is None):
            return []
        with self._db.session_scope() as session:
            found = (deals.open_deal_choices(session, self._contact_id)
                     if self._contact_id is not None else [])
            own = self._task.deal_id if self._task is not None else None
            if own is not None and all(own != deal_id for deal_id, _title in found):
                try:
                    found.insert(0, (own, deals.get_deal(session, own).title))
                except ServiceError:  # gone for good meanwhile
                    pass
        return found

    def _fill(self, task: tasks.TaskRecord) -> None:
        self.title.setText(task.title)
        self.notes.setPlainText(task.notes or "")
        self.has_date.setChecked(task.due_date is not None)
        if task.due_date is not None:
            self.due_date.setDate(_qdate(task.due_date))
        if task.due_at is not None:
            local = task.due_at.astimezone()
            self.has_time.setChecked(True)
            self.due_time.setTime(QTime(local.hour, local.minute))
        if task.remind_at is not None:
            if task.remind_at == task.due_at:
                self.reminder.setCurrentIndex(REMIND_AT_DUE)
            else:
                local = task.remind_at.astimezone()
                self.reminder.setCurrentIndex(REMIND_CUSTOM)
                self.remind_at.setDateTime(QDateTime(_qdate(local.date()),
                                                     QTime(local.hour, local.minute)))
        self.priority.setCurrentIndex(self.priority.findData(int(task.priority)))
        self.owner.setText(task.owner or "")
        self.deal.setCurrentIndex(max(0, self.deal.findData(task.deal_id))
                                  if task.deal_id is not None else 0)

    def _enable(self) -> None:
        dated = self.has_date.isChecked()
        self.due_date.setEnabled(dated)
        self.has_time.setEnabled(dated)
        self.due_time.setEnabled(dated and self.has_time.isChecked())
        self.remind_at.setEnabled(self.reminder.currentIndex() == REMIND_CUSTOM)

    def task_input(self) -> tasks.TaskInput:
        """What the form says, as the service's input (ValidationError for a reminder
        at the due time of a task with no due date)."""
        due_date = _pydate(self.due_date.date()) if self.has_date.isChecked() else None
        due_at = None
        if due_date is not None and self.has_time.isChecked():
            due_at = local_moment(due_date, _pytime(self.due_time.time()))
        remind_at = None
        choice = self.reminder.currentIndex()
        if choice == REMIND_AT_DUE:
            if due_date is None:
                raise ValidationError("remind_at", REMIND_NEEDS_DUE)
            remind_at = due_at or local_moment(due_date, DAY_START)
        elif choice == REMIND_CUSTOM:
            moment = self.remind_at.dateTime()
            remind_at = local_moment(_pydate(moment.date()), _pytime(moment.time()))
        return tasks.TaskInput(
            title=self.title.text(), notes=self.notes.toPlainText(),
            contact_id=self._contact_id, due_date=due_date, due_at=due_at,
            remind_at=remind_at, priority=int(self.priority.currentData()),
            owner=self.owner.text(), deal_id=self.deal.currentData(),
        )

    def accept(self) -> None:
        """Save in one session; on a ValidationError stay open and say what is wrong."""
        self.errors.clear()
        try:
            data = self.task_input()
            with self._db.session_scope() as session:
                if self._task is None:
                    record = tasks.create_task(session, data)
                else:
                    record = tasks.update_task(session, self._task.id, data)
        except (ServiceError, SQLAlchemyError) as err:
            self.errors.show(err)
            return
        self.saved.emit(record)
        if self._changes is not None:
            self._changes.tasksChanged.emit()
        super().accept()


class CompleteDialog(QDialog):
    """Complete a task with an optional outcome: a logged interaction with its contact."""

    completed = Signal(object)  # tasks.CompletedTask

    def __init__(self, database: Database, task: tasks.TaskRecord,
                 parent: QWidget | None = None, *, changes: Changes | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("complete-dialog")
        self.setWindowTitle(self.tr("Complete Task"))
        self._db, self._task, self._changes, self._today = database, task, changes, today
        self.errors = FieldErrors(("channel", "subject", "body"))
        self.channel = QComboBox()
        self.channel.setObjectName("outcome-channel")
        for channel in LOGGED_CHANNELS:
            self.channel.addItem(label(CHANNELS, channel), channel)
        self.subject = QLineEdit(task.title)
        self.subject.setObjectName("outcome-subject")
        self.subject.setMaxLength(INTERACTION_LIMITS["subject"])
        self.text = QPlainTextEdit()
        self.text.setObjectName("outcome-text")
        intro = QLabel(self.tr("Log what came of “{title}” with {contact}?").format(
            title=task.title, contact=task.contact_name or ""))
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Channel:"), self.errors.under("channel", self.channel))
        form.addRow(self.tr("&Subject:"), self.errors.under("subject", self.subject))
        form.addRow(self.tr("&What happened:"), self.errors.under("body", self.text))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.log_button = self.buttons.addButton(self.tr("Complete and Log"),
                                                 QDialogButtonBox.ButtonRole.AcceptRole)
        self.skip_button = self.buttons.addButton(self.tr("Complete without Logging"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.log_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.skip_button.clicked.connect(lambda: self.complete(log=False))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.errors.labels["general"])
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        self.complete(log=True)

    def complete(self, *, log: bool) -> None:
        """Complete the task (logging the outcome when ``log``) in one session."""
        self.errors.clear()
        outcome = None
        if log and self._task.contact_id is not None:
            outcome = InteractionInput(
                contact_id=self._task.contact_id, channel=str(self.channel.currentData()),
                subject=self.subject.text(), body=self.text.toPlainText())
        try:
            with self._db.session_scope() as session:
                done = tasks.complete_task(session, self._task.id, outcome=outcome,
                                           now=local_now(), today=self._today)
        except (ServiceError, SQLAlchemyError) as err:
            self.errors.show(err)
            return
        self.completed.emit(done)
        if self._changes is not None:
            self._changes.tasksChanged.emit()
            if done.logged is not None:
                contact_id = done.logged.interaction.contact_id
                self._changes.interactionsChanged.emit(contact_id)
                self._changes.contactsChanged.emit({contact_id})  # its last contact moved
        super().accept()


class RescheduleDialog(QDialog):
    """Pick a new due day (or none) on a calendar; emits ``chosen(date | None)``."""

    chosen = Signal(object)

    def __init__(self, current: dt.date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reschedule-dialog")
        self.setWindowTitle(self.tr("Reschedule Task"))
        self.date = QDateEdit(_qdate(current) if current else QDate.currentDate())
        self.date.setObjectName("reschedule-date")
        self.date.setCalendarPopup(True)
        self.no_date = QCheckBox(self.tr("No due date"))
        self.no_date.setObjectName("reschedule-no-date")
        self.no_date.toggled.connect(lambda on: self.date.setEnabled(not on))
        self.buttons = _buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Due on:")))
        layout.addWidget(self.date)
        layout.addWidget(self.no_date)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        self.chosen.emit(None if self.no_date.isChecked() else _pydate(self.date.date()))
        super().accept()
