"""The duplicate warning of the contact form, and the dialog that merges two contacts.

DuplicatesDialog lists the stored contacts that look like the one being saved
(``duplicates.find_duplicates``) and lets the person open one, merge into one, or
save anyway. MergeDialog shows two contacts side by side (``merge.merge_preview``),
one radio button per side per field, what will move, and pushes a MergeCommand, so
the merge is one step of Edit > Undo.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..services import merge
from ..services.contacts import ContactRecord
from ..services.duplicates import DuplicateMatch
from ..services.merge import MergeField, MergePreview, Pick
from .i18n import translated
from .labels import SOURCES, STAGES, label
from .undo_commands import MergeCommand

if TYPE_CHECKING:
    from ..db import Database
    from .changes import Changes

NOTES_SHOWN = 60  # characters of the notes shown in a cell; the tooltip has them all


class DuplicatesDialog(QDialog):
    """"This person may already be here": open, merge into, or save anyway.

    Finishes with one of the result codes below; ``selected_id()`` is the contact
    chosen in the list (the best match unless the person picked another).
    """

    OPEN = 2
    MERGE = 3
    SAVE_ANYWAY = 4

    def __init__(self, matches: Sequence[DuplicateMatch], parent: QWidget | None = None,
                 ) -> None:
        super().__init__(parent)
        self.setObjectName("duplicates-dialog")
        self.setWindowTitle(self.tr("Possible duplicate"))
        intro = QLabel(self.tr("This person may already be in Rapport:"))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("duplicates-list")
        for match in matches:
            item = QListWidgetItem(self._describe(match))
            item.setData(Qt.ItemDataRole.UserRole, match.contact_id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self.done(self.OPEN))

        buttons = QDialogButtonBox()
        self.open_button = self._button(buttons, self.tr("Open Existing"), "open-existing",
                                        self.OPEN)
        self.merge_button = self._button(buttons, self.tr("Merge into Existing…"),
                                         "merge-existing", self.MERGE)
        self.save_button = self._button(buttons, self.tr("Save Anyway"), "save-anyway",
                                        self.SAVE_ANYWAY)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Back to Editing"))
        cancel.setObjectName("back-to-editing")
        buttons.rejected.connect(self.reject)
        self.open_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def _button(self, box: QDialogButtonBox, text: str, name: str, code: int) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(name)
        button.clicked.connect(lambda: self.done(code))
        return button

    def _describe(self, match: DuplicateMatch) -> str:
        reasons = {
            "email": self.tr("same email"),
            "phone": self.tr("same phone"),
            "name": self.tr("similar name at the same company"),
        }
        parts = [match.display_name]
        parts += [p for p in (match.company_name, match.email, match.phone) if p]
        why = ", ".join(reasons.get(r, r) for r in match.reasons)
        return " · ".join(parts) + f" ({why})"

    def selected_id(self) -> int:
        item = self.list.currentItem() or self.list.item(0)
        return int(item.data(Qt.ItemDataRole.UserRole))


class MergeDialog(QDialog):
    """Two contacts side by side; the survivor keeps the picked values and everything
    of the other (interactions, tasks, tags, emails, phones), which goes to the Trash.

    Raises ServiceError from the constructor when the two cannot be merged (one is
    gone or in the Trash, or they are the same contact). ``merged(survivor_id)`` is
    emitted after the merge was done (pushed on ``undo_stack``).
    """

    merged = Signal(int)

    def __init__(self, database: Database, changes: Changes, undo_stack: QUndoStack,
                 survivor_id: int, other_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("merge-dialog")
        self.setWindowTitle(self.tr("Merge Contacts"))
        self._db = database
        self._changes = changes
        self._undo_stack = undo_stack
        self.survivor_id = survivor_id
        self.other_id = other_id
        self.groups: dict[str, QButtonGroup] = {}
        self.radios: dict[tuple[str, Pick], QRadioButton] = {}

        intro = QLabel(self.tr("Choose the value to keep for each field. The interactions, "
                               "tasks, tags, emails and phone numbers of both are kept on "
                               "the contact that stays."))
        intro.setWordWrap(True)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.summary = QLabel()
        self.summary.setObjectName("merge-summary")
        self.summary.setWordWrap(True)

        buttons = QDialogButtonBox()
        self.swap_button = buttons.addButton(self.tr("Swap"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.swap_button.setObjectName("swap")
        self.swap_button.setToolTip(self.tr("Keep the other contact instead"))
        self.swap_button.clicked.connect(self.swap)
        self.merge_button = buttons.addButton(self.tr("Merge"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setObjectName("merge-button")
        self.merge_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.merge)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.resize(760, 600)
        self._load()

    def _load(self) -> None:
        with self._db.session_scope() as session:
            self.preview = merge.merge_preview(session, self.survivor_id, self.other_id)
        self.groups.clear()
        self.radios.clear()
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        survivor, other = self.preview.survivor, self.preview.other
        headers = (self.tr("Field"),
                   self.tr("{name} (stays)").format(name=survivor.display_name),
                   self.tr("{name} (goes to the Trash)").format(name=other.display_name))
        for column, text in enumerate(headers):
            header = QLabel(text)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            grid.addWidget(header, 0, column)
        for row, field in enumerate(self.preview.fields, start=1):
            self._add_row(grid, row, field)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(len(self.preview.fields) + 1, 1)
        self.scroll_area.setWidget(grid_host)  # deletes the previous grid
        self.summary.setText(self._summary(self.preview))

    def _add_row(self, grid: QGridLayout, row: int, field: MergeField) -> None:
        grid.addWidget(QLabel(self._field_label(field.name)), row, 0)
        group = QButtonGroup(grid.parentWidget())
        sides: tuple[tuple[int, Pick, object, ContactRecord], ...] = (
            (1, "survivor", field.survivor, self.preview.survivor),
            (2, "other", field.other, self.preview.other))
        for column, pick, value, record in sides:
            text, tip = self._value_text(field.name, value, record)
            radio = QRadioButton(text.replace("&", "&&"))  # no mnemonics in values
            radio.setObjectName(f"pick-{field.name}-{pick}")
            radio.setToolTip(tip)
            radio.setChecked(field.default == pick)
            radio.setEnabled(field.differs)  # the same on both sides: nothing to choose
            group.addButton(radio)
            self.groups[field.name] = group
            self.radios[(field.name, pick)] = radio
            grid.addWidget(radio, row, column, Qt.AlignmentFlag.AlignLeft)

    def picks(self) -> dict[str, Pick]:
        """The side chosen for every field."""
        return {name: "other" if self.radios[(name, "other")].isChecked() else "survivor"
                for name in self.groups}

    def swap(self) -> None:
        """Keep the other contact instead (the picks start again from the defaults)."""
        self.survivor_id, self.other_id = self.other_id, self.survivor_id
        self._load()

    def merge(self) -> None:
        names = (self.preview.survivor.display_name, self.preview.other.display_name)
        command = MergeCommand(self._db, self._changes, self.survivor_id, self.other_id,
                               self.picks(), names=names)
        self._undo_stack.push(command)
        if command.error is not None:
            QMessageBox.warning(self, self.tr("Cannot Merge"), translated(command.error))
            return
        self.merged.emit(self.survivor_id)
        self.accept()

    # Texts ----------------------------------------------------------------------------
    def _summary(self, preview: MergePreview) -> str:
        lines = [
            self.tr("Interactions that move: {count}").format(count=preview.interactions),
            self.tr("Tasks that move: {count}").format(count=preview.tasks),
        ]
        for text, values in ((self.tr("Tags added: {values}"), preview.new_tags),
                             (self.tr("Email addresses added: {values}"), preview.new_emails),
                             (self.tr("Phone numbers added: {values}"), preview.new_phones)):
            if values:
                lines.append(text.format(values=", ".join(values)))
        lines.append(self.tr("“{name}” then goes to the Trash; Edit > Undo puts both back.")
                     .format(name=preview.other.display_name))
        return "\n".join(lines)

    def _field_label(self, name: str) -> str:
        labels = {
            "first_name": self.tr("First name"), "last_name": self.tr("Last name"),
            "display_name": self.tr("Display name"), "title": self.tr("Title"),
            "company_id": self.tr("Company"), "email": self.tr("Primary email"),
            "phone": self.tr("Primary phone"), "birthday": self.tr("Birthday"),
            "owner": self.tr("Owner"), "source": self.tr("Source"),
            "lifecycle_stage": self.tr("Lifecycle stage"),
            "marketing_consent": self.tr("Marketing consent"), "notes": self.tr("Notes"),
            "address": self.tr("Address"), "custom_fields": self.tr("Custom fields"),
        }
        return labels.get(name, name)

    def _value_text(self, name: str, value: object, record: ContactRecord) -> tuple[str, str]:
        """(what the cell shows, its tooltip) for one side of one field."""
        empty = self.tr("(empty)")
        text: str
        if name == "company_id":
            text = (record.company_name or "") if value is not None else ""
        elif name == "birthday" and isinstance(value, dt.date):
            text = _date_text(value)
        elif name == "lifecycle_stage":
            text = label(STAGES, str(value or ""))
        elif name == "source":
            text = label(SOURCES, str(value or ""))
        elif name == "marketing_consent" and isinstance(value, tuple):
            consent, when, how = value
            if not consent:
                text = self.tr("Not opted in")
            else:
                parts = [self.tr("Opted in")]
                if isinstance(when, dt.datetime):
                    parts.append(_date_text(when.astimezone().date()))
                parts += [how] if how else []
                text = " · ".join(parts)
        elif name == "address" and isinstance(value, tuple):
            text = ", ".join(str(part) for part in value if part)
        elif name == "custom_fields" and isinstance(value, Mapping):
            text = "; ".join(f"{key}: {item}" for key, item in value.items())
        else:
            text = "" if value is None else str(value)
        full = text
        if "\n" in text or len(text) > NOTES_SHOWN:
            text = text.replace("\n", " ")[:NOTES_SHOWN].rstrip() + "…"
        return (text or empty), full


def _date_text(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day),
                              QLocale.FormatType.ShortFormat)
