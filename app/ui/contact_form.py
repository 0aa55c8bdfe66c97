"""The contact form: create or edit one contact, with messages under the wrong field.

Saving builds a ContactInput from what the form shows and pushes a Create or Edit
command (the push writes; Edit > Undo takes it back). A ValidationError from the
service is shown in red under the field it names and nothing is written. Before a
create, and before an edit that changes a name, email, phone or company, the form
asks ``duplicates.find_duplicates`` whether the person is already here, and offers
to open the existing contact, merge into it, or save anyway.

"Merge into existing…" saves this contact first (one undo step), then opens the
merge dialog with the existing contact as the survivor (a second step). Cancelling
the merge leaves the contact saved, as "Save anyway" would; the form closes.

The tags, company and date widgets live in form_fields.py; CompanyBox can still be
imported from here, where the contact list has always found it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import fields
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCursor, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..services import contacts, duplicates
from ..services import validation as v
from ..services.contacts import ContactInput, ContactRecord
from ..services.errors import ServiceError, ValidationError
from .form_fields import CompanyBox, TagsEdit, date_edit, date_of, set_date
from .i18n import translated
from .labels import SOURCES, STAGES, label
from .merge_dialog import DuplicatesDialog, MergeDialog
from .undo_commands import CreateContactCommand, EditContactCommand

if TYPE_CHECKING:
    from ..db import Database
    from .changes import Changes
    from .settings import Settings

TAG_CHOICES = 2000  # tag names offered for completion
ERROR_STYLE = "color: #c62828;"
BIRTHDAY_SHOWN = dt.date(1990, 1, 1)  # the date offered while the birthday is unknown
# The plain one-line fields: attribute name = ContactRecord / ContactInput field.
_LINES = ("first_name", "last_name", "display_name", "title", "email", "phone", "owner",
          "street", "city", "region", "postal_code", "country", "consent_source")
# What, when changed by an edit, calls for a new look for duplicates.
_IDENTITY = ("first_name", "last_name", "display_name", "emails", "phones", "company_id")
# Service field name -> the form's field; emails / phones go by their index instead.
_FIELDS = {"company_id": "company", "lifecycle_stage": "stage", "consent_at": "consent_date"}


class ContactDialog(QDialog):
    """New contact (``contact_id=None``) or edit one. ``saved(id)`` after a write;
    ``openRequested(id)``: show that contact (an existing duplicate, a merge survivor)."""

    saved = Signal(int)
    openRequested = Signal(int)

    def __init__(self, database: Database, settings: Settings, changes: Changes,
                 undo_stack: QUndoStack, parent: QWidget | None = None, *,
                 contact_id: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contact-dialog")
        self._db, self._settings = database, settings
        self._changes, self._undo_stack = changes, undo_stack
        self.contact_id = contact_id
        self.record: ContactRecord | None = None
        self.errors: dict[str, QLabel] = {}
        self._inputs: dict[str, QWidget] = {}
        self.duplicates_dialog: DuplicatesDialog | None = None
        self.merge_dialog: MergeDialog | None = None
        self._pending: ContactInput | None = None
        with database.session_scope() as session:
            if contact_id is not None:
                self.record = contacts.get_contact(session, contact_id)
            colors = {name: color for _id, name, color in
                      contacts.list_tags(session, limit=TAG_CHOICES)}
        self._build(colors)
        self._fill(self.record)
        self.setWindowTitle(self.tr("New Contact") if self.record is None else
                            self.tr("Edit {name}").format(name=self.record.display_name))

    # Building -------------------------------------------------------------------------
    def _build(self, tag_colors: dict[str, str]) -> None:
        (self.first_name, self.last_name, self.display_name, self.title, self.email,
         self.phone, self.owner, self.street, self.city, self.region, self.postal_code,
         self.country, self.consent_source) = (QLineEdit() for _ in _LINES)
        self.display_name.setPlaceholderText(self.tr("Made from the first and last name"))
        self.consent_source.setPlaceholderText(self.tr("For example: signed form at the shop"))
        self.company = CompanyBox(self._db)
        self.more_emails, self.more_phones = QPlainTextEdit(), QPlainTextEdit()
        for box in (self.more_emails, self.more_phones):
            box.setPlaceholderText(self.tr("One per line"))
            box.setTabChangesFocus(True)
            box.setFixedHeight(box.fontMetrics().lineSpacing() * 3 + 12)
        self.tags = TagsEdit(tag_colors)
        self.stage = QComboBox()
        for key in STAGES:
            self.stage.addItem(label(STAGES, key), key)
        self.source = QComboBox()
        self.source.setEditable(True)
        self.source.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for key in SOURCES:
            self.source.addItem(label(SOURCES, key), key)
        self.consent = QCheckBox(self.tr("Agreed to receive marketing"))
        self.consent_date = date_edit()
        self.consent.toggled.connect(self.consent_date.setEnabled)
        self.consent.toggled.connect(self.consent_source.setEnabled)
        self.consent_source.setEnabled(False)
        self.birthday_known = QCheckBox(self.tr("Known"))
        self.birthday = date_edit()
        self.birthday_known.toggled.connect(self.birthday.setEnabled)
        birthday = QWidget()
        birthday.setObjectName("birthday-row")
        self.birthday.setObjectName("birthday")
        row = QHBoxLayout(birthday)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.birthday_known)
        row.addWidget(self.birthday, 1)
        self.notes = QPlainTextEdit()

        self.tabs = QTabWidget()
        self._page(self.tr("Contact"), [
            (self.tr("First name:"), "first_name", self.first_name),
            (self.tr("Last name:"), "last_name", self.last_name),
            (self.tr("Display name:"), "display_name", self.display_name),
            (self.tr("Company:"), "company", self.company),
            (self.tr("Title:"), "title", self.title),
            (self.tr("Email:"), "email", self.email),
            (self.tr("Other emails:"), "more_emails", self.more_emails),
            (self.tr("Phone:"), "phone", self.phone),
            (self.tr("Other phones:"), "more_phones", self.more_phones),
            (self.tr("Tags:"), "tags", self.tags)])
        self._page(self.tr("Sales && Consent"), [
            (self.tr("Lifecycle stage:"), "stage", self.stage),
            (self.tr("Source:"), "source", self.source), (self.tr("Owner:"), "owner", self.owner),
            (self.tr("Marketing:"), "consent", self.consent),
            (self.tr("Opted in on:"), "consent_date", self.consent_date),
            (self.tr("How obtained:"), "consent_source", self.consent_source)])
        self._page(self.tr("Personal"), [
            (self.tr("Birthday:"), "birthday", birthday),
            (self.tr("Street:"), "street", self.street),
            (self.tr("City:"), "city", self.city), (self.tr("Region:"), "region", self.region),
            (self.tr("Postal code:"), "postal_code", self.postal_code),
            (self.tr("Country:"), "country", self.country),
            (self.tr("Notes:"), "notes", self.notes)])
        self._inputs.update(birthday=self.birthday, tags=self.tags.line)

        self.form_error = self._error_label("form")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save-button")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form_error)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.first_name.setFocus()

    def _error_label(self, key: str) -> QLabel:
        error = QLabel()
        error.setObjectName(f"error-{key}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        self.errors[key] = error
        return error

    def _page(self, title: str, rows: list[tuple[str, str, QWidget]]) -> None:
        """A tab of fields, each with its (hidden) error message under it."""
        page = QWidget()
        form = QFormLayout(page)
        for text, key, widget in rows:
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(self._error_label(key))
            self._inputs[key] = widget
            if not widget.objectName():
                widget.setObjectName(key)
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(self.errors[key].hide)
            form.addRow(text, box)
        self.tabs.addTab(page, title)

    def _fill(self, record: ContactRecord | None) -> None:
        if record is None:
            self.owner.setText(self._settings.owner_name)
            self.stage.setCurrentIndex(self.stage.findData("lead"))
            self.source.setCurrentIndex(-1)
            self.company.select(None, None)
            set_date(self.birthday, BIRTHDAY_SHOWN)
            set_date(self.consent_date, dt.date.today())
            return
        for name in _LINES:
            getattr(self, name).setText(getattr(record, name, None) or "")
        if record.display_name == " ".join(filter(None, (record.first_name, record.last_name))):
            self.display_name.clear()  # made from the names: let it follow them
        self.email.setText(record.emails[0] if record.emails else "")
        self.more_emails.setPlainText("\n".join(record.emails[1:]))
        self.phone.setText(record.phones[0].raw if record.phones else "")
        self.more_phones.setPlainText("\n".join(p.raw for p in record.phones[1:]))
        self.tags.line.setText(", ".join(record.tags))
        self.company.select(record.company_id, record.company_name)
        self.stage.setCurrentIndex(max(0, self.stage.findData(record.lifecycle_stage)))
        self.source.setCurrentIndex(self.source.findData(record.source))
        if self.source.currentIndex() < 0:
            self.source.setEditText(record.source or "")
        self.consent.setChecked(record.marketing_consent)
        consent_at = record.consent_at
        set_date(self.consent_date,
                 consent_at.astimezone().date() if consent_at else dt.date.today())
        self.birthday_known.setChecked(record.birthday is not None)
        set_date(self.birthday, record.birthday or BIRTHDAY_SHOWN)
        self.notes.setPlainText(record.notes or "")

    # Reading the form -----------------------------------------------------------------
    def contact_input(self) -> ContactInput:
        """What the form shows, as the service takes it. ValidationError for a company
        typed that does not exist (the service checks everything else)."""
        def lines(box: QPlainTextEdit) -> list[str]:
            return box.toPlainText().split("\n") if box.toPlainText().strip() else []

        text = {name: getattr(self, name).text() for name in _LINES
                if name not in ("email", "phone", "consent_source")}
        consent = self.consent.isChecked()
        return ContactInput(
            **text,
            emails=[self.email.text(), *lines(self.more_emails)],
            phones=[self.phone.text(), *lines(self.more_phones)],
            company_id=self.company.company_id(),
            birthday=date_of(self.birthday) if self.birthday_known.isChecked() else None,
            source=self._source(),
            lifecycle_stage=self.stage.currentData(),
            marketing_consent=consent,
            consent_at=self._consent_at() if consent else None,
            consent_source=self.consent_source.text() if consent else None,
            notes=self.notes.toPlainText(),
            custom_fields=dict(self.record.custom_fields) if self.record else None,
            tags=self.tags.names(),
        )

    def _source(self) -> str | None:
        text = self.source.currentText().strip()
        found = self.source.findText(text, Qt.MatchFlag.MatchFixedString)  # any case
        return self.source.itemData(found) if found >= 0 else (text or None)

    def _consent_at(self) -> dt.datetime:
        """The stored moment while its day is kept; now for today; else that day's start."""
        day = date_of(self.consent_date)
        stored = self.record.consent_at if self.record else None
        if stored is not None and stored.astimezone().date() == day:
            return stored
        if day == dt.date.today():
            return dt.datetime.now(dt.UTC)
        return dt.datetime.combine(day, dt.time()).astimezone()

    # Saving ---------------------------------------------------------------------------
    def save(self) -> None:
        """Check, ask about duplicates if need be, then write (the Save button)."""
        for error in self.errors.values():
            error.hide()
        region = self._settings.phone_region
        try:
            data = self.contact_input()
            # Emails and phones first: they decide the duplicate check, so a typo is
            # reported before the person is asked about duplicates.
            for i, text in enumerate(data.emails):
                if text.strip():
                    v.normalize_email(text, field="emails", index=i)
            for i, text in enumerate(data.phones):
                if text.strip():
                    v.normalize_phone(text, region, field="phones", index=i)
        except ValidationError as err:
            self.show_error(err)
            return
        old = _comparable(self.record.to_input()) if self.record is not None else None
        new = _comparable(data)
        if new == old:
            self.accept()  # nothing changed: no write, no undo step
            return
        if old is None or any(old[name] != new[name] for name in _IDENTITY):
            with self._db.session_scope() as session:
                matches = duplicates.find_duplicates(session, data, region=region,
                                                     exclude_id=self.contact_id)
            if matches:
                self._pending = data
                if self.duplicates_dialog is not None:
                    self.duplicates_dialog.deleteLater()  # the one of an earlier save
                self.duplicates_dialog = DuplicatesDialog(matches, self)
                self.duplicates_dialog.finished.connect(self._duplicates_answered)
                self.duplicates_dialog.open()
                return
        if self._write(data):
            self.accept()

    def _duplicates_answered(self, result: int) -> None:
        dialog, data = self.duplicates_dialog, self._pending
        assert dialog is not None and data is not None
        existing = dialog.selected_id()
        if result == DuplicatesDialog.OPEN:
            self.openRequested.emit(existing)
            self.reject()
        elif result == DuplicatesDialog.SAVE_ANYWAY:
            if self._write(data):
                self.accept()
        elif result == DuplicatesDialog.MERGE and self._write(data):
            self._open_merge(existing)

    def _write(self, data: ContactInput) -> bool:
        """Push the create or edit; on failure show the message and keep the form open."""
        region = self._settings.phone_region
        command: CreateContactCommand | EditContactCommand
        if self.contact_id is None:
            command = CreateContactCommand(self._db, self._changes, data, region=region)
        else:
            command = EditContactCommand(self._db, self._changes, self.contact_id, data,
                                         region=region)
        self._undo_stack.push(command)
        if command.error is not None:
            self.show_error(command.error)
            return False
        self.contact_id = command.contact_id
        assert self.contact_id is not None
        self.saved.emit(self.contact_id)
        return True

    def _open_merge(self, survivor_id: int) -> None:
        assert self.contact_id is not None
        try:
            dialog = MergeDialog(self._db, self._changes, self._undo_stack, survivor_id,
                                 self.contact_id, self)
        except ServiceError as err:
            QMessageBox.warning(self, self.tr("Cannot Merge"), translated(err))
            self.accept()
            return
        self.merge_dialog = dialog
        dialog.merged.connect(self.openRequested)
        dialog.finished.connect(lambda _result: self.accept())
        dialog.open()

    def show_error(self, err: BaseException) -> None:
        """Show a message under the field it is about, and go to that field."""
        key = "form"
        line = None
        if isinstance(err, ValidationError):
            index = err.params.get("index")
            if err.field in ("emails", "phones"):
                single = err.field[:-1]
                key = single if not index else f"more_{err.field}"
                line = None if not index else index - 1
            else:
                key = _FIELDS.get(err.field, err.field)
        if key not in self.errors:
            key = "form"
        self.errors[key].setText(translated(err))
        self.errors[key].show()
        widget = self._inputs.get(key)
        if widget is None:
            return
        for page in range(self.tabs.count()):
            if cast(QWidget, self.tabs.widget(page)).isAncestorOf(widget):
                self.tabs.setCurrentIndex(page)
        if isinstance(widget, QPlainTextEdit) and line is not None:
            cursor = QTextCursor(widget.document().findBlockByNumber(line))
            cursor.select(QTextCursor.SelectionType.LineUnderCursor)
            widget.setTextCursor(cursor)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)


def _comparable(data: ContactInput) -> dict[str, object]:
    """The fields of an input with blanks and surrounding spaces ignored, and the
    display name the service would make when none is typed."""
    def norm(value: object) -> object:
        if isinstance(value, str):
            return value.strip() or None
        if isinstance(value, list | tuple):
            return [t.strip() for t in value if isinstance(t, str) and t.strip()]
        return value

    values = {f.name: norm(getattr(data, f.name)) for f in fields(data)}
    if values["display_name"] is None:
        names = (values["first_name"], values["last_name"])
        values["display_name"] = " ".join(n for n in names if isinstance(n, str))
    return values
