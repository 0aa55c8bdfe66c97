"""The company form: create or edit one company, with messages under the wrong field.

Saving builds a CompanyInput from what the form shows and pushes a create or edit
command (app.ui.company_commands) on the undo stack, so Edit > Undo takes it back; the
command writes in one unit of work. A ValidationError is shown in red under the field
it names (any other service error above the fields) and nothing is written (nor kept
on the stack). Saving an unchanged company writes nothing and adds no undo step.

After a write the command announces ``Changes.contactsChanged`` with an empty set: the
hub has no signal of its own for companies, and a company's name shows in the contact
list and is found by the contact search, so the contact views must re-read.
"""

from __future__ import annotations

from dataclasses import fields
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..services import companies
from ..services.companies import CompanyInput, CompanyRecord
from ..services.errors import ValidationError
from .company_commands import CreateCompanyCommand, EditCompanyCommand
from .i18n import translated

if TYPE_CHECKING:
    from ..db import Database
    from .changes import Changes
    from .settings import Settings

ERROR_STYLE = "color: #c62828;"
# The one-line fields: attribute name = CompanyInput / CompanyRecord field.
LINES = ("name", "industry", "website", "phone", "street", "city", "region",
         "postal_code", "country")


class CompanyDialog(QDialog):
    """New company (``company_id=None``) or edit one; ``saved(id)`` after a write.

    Writes go on ``undo_stack`` (the main window's); without one, on a stack of the
    form's own, so they still run as the same commands.
    """

    saved = Signal(int)

    def __init__(self, database: Database, settings: Settings, changes: Changes,
                 parent: QWidget | None = None, *, company_id: int | None = None,
                 undo_stack: QUndoStack | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("company-dialog")
        self._db, self._settings, self._changes = database, settings, changes
        self._undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.company_id = company_id
        self.record: CompanyRecord | None = None
        self.errors: dict[str, QLabel] = {}
        self._inputs: dict[str, QWidget] = {}
        if company_id is not None:
            with database.session_scope() as session:
                self.record = companies.get_company(session, company_id)
        self._build()
        self._fill(self.record)
        self.setWindowTitle(self.tr("New Company") if self.record is None else
                            self.tr("Edit {name}").format(name=self.record.name))

    # Building -------------------------------------------------------------------------
    def _build(self) -> None:
        (self.name, self.industry, self.website, self.phone, self.street, self.city,
         self.region, self.postal_code, self.country) = (QLineEdit() for _ in LINES)
        self.website.setPlaceholderText(self.tr("For example: example.com"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        form = QFormLayout()
        for text, key, widget in (
            (self.tr("Name:"), "name", self.name),
            (self.tr("Industry:"), "industry", self.industry),
            (self.tr("Website:"), "website", self.website),
            (self.tr("Phone:"), "phone", self.phone),
            (self.tr("Street:"), "street", self.street), (self.tr("City:"), "city", self.city),
            (self.tr("Region:"), "region", self.region),
            (self.tr("Postal code:"), "postal_code", self.postal_code),
            (self.tr("Country:"), "country", self.country),
            (self.tr("Notes:"), "notes", self.notes),
        ):
            form.addRow(text, self._field(key, widget))

        self.form_error = self._error_label("form")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save-button")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form_error)
        layout.addLayout(form, 1)
        layout.addWidget(self.buttons)
        self.name.setFocus()

    def _field(self, key: str, widget: QWidget) -> QWidget:
        """The input with its (hidden) error message under it."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(self._error_label(key))
        widget.setObjectName(key)
        self._inputs[key] = widget
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(self.errors[key].hide)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(self.errors[key].hide)
        return box

    def _error_label(self, key: str) -> QLabel:
        error = QLabel()
        error.setObjectName(f"error-{key}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        self.errors[key] = error
        return error

    def _fill(self, record: CompanyRecord | None) -> None:
        if record is None:
            return
        for name in LINES:
            getattr(self, name).setText(getattr(record, name) or "")
        self.notes.setPlainText(record.notes or "")

    # Reading and saving ---------------------------------------------------------------
    def company_input(self) -> CompanyInput:
        """What the form shows, as the service takes it (the service checks it)."""
        text = {name: getattr(self, name).text() for name in LINES}
        return CompanyInput(**text, notes=self.notes.toPlainText())

    def save(self) -> None:
        """Write the company (the Save button); on an error show it and keep the form."""
        for error in self.errors.values():
            error.hide()
        data = self.company_input()
        if self.record is not None and _comparable(data) == _comparable(self.record.to_input()):
            self.accept()  # nothing changed: nothing to write or announce
            return
        region = self._settings.phone_region
        command: CreateCompanyCommand | EditCompanyCommand
        if self.company_id is None:
            command = CreateCompanyCommand(self._db, self._changes, data, region=region)
        else:
            command = EditCompanyCommand(self._db, self._changes, self.company_id, data,
                                         region=region)
        self._undo_stack.push(command)  # performs it, and announces the change
        if command.error is not None:  # invalid input, or the company went to the Trash
            self.show_error(command.error)
            return
        assert command.record is not None
        self.company_id, self.record = command.record.id, command.record
        self.saved.emit(command.record.id)
        self.accept()

    def show_error(self, err: BaseException) -> None:
        """Show a message under the field it is about, and go to that field."""
        key = err.field if isinstance(err, ValidationError) else "form"
        if key not in self.errors:
            key = "form"
        self.errors[key].setText(translated(err))
        self.errors[key].show()
        widget = self._inputs.get(key)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)


def _comparable(data: CompanyInput) -> dict[str, object]:
    """The fields of an input with blanks and surrounding spaces ignored."""
    return {f.name: (value.strip() or None) if isinstance(value, str) else value
            for f in fields(data) for value in (getattr(data, f.name),)}
