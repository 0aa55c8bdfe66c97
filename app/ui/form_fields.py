"""Field widgets of the contact form, kept apart so other views can reuse them.

Split from contact_form.py, which lays the fields out, fills and reads them, and
saves: TagsEdit, CompanyBox and the date helpers know nothing of a contact or of the
dialog, and the contact list's filter bar already uses CompanyBox as it is. TagsEdit
and CompanyBox translate in their own class's context (as ``tr()`` does),
NO_SUCH_COMPANY in "Validation" like every other field message.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QDate, QStringListModel, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..messages import QT_TRANSLATE_NOOP
from ..services import companies
from ..services.errors import ValidationError

if TYPE_CHECKING:
    from ..db import Database

SEARCH_DELAY_MS = 150
COMPANY_CHOICES = 20  # companies offered in the drop-down at a time
NO_SUCH_COMPANY = QT_TRANSLATE_NOOP(
    "Validation",
    "There is no company called “{name}”. Choose one from the list, or clear the field "
    "for no company.",
)


class _TagCompleter(QCompleter):
    """Completes the tag after the last comma, keeping the ones before it."""

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt override
        return [path.rsplit(",", 1)[-1].strip()]

    def pathFromIndex(self, index) -> str:  # noqa: N802 - Qt override
        head = cast(QLineEdit, self.widget()).text().rpartition(",")[0]
        return f"{head}, {super().pathFromIndex(index)}" if head else super().pathFromIndex(index)


class TagsEdit(QWidget):
    """Tags typed with commas (completed from the stored ones), shown as coloured chips."""

    def __init__(self, colors: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colors = {name.casefold(): color for name, color in colors.items()}
        self.line = QLineEdit()
        self.line.setObjectName("tags")
        self.line.setPlaceholderText(self.tr("Separate tags with commas"))
        completer = _TagCompleter(QStringListModel(list(colors), self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.line.setCompleter(completer)
        self._chip_labels: list[QLabel] = []
        self._chips = QHBoxLayout()
        self._chips.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line)
        layout.addLayout(self._chips)
        self.line.textChanged.connect(self._show_chips)

    def names(self) -> list[str]:
        return self.line.text().split(",") if self.line.text().strip() else []

    def chips(self) -> list[QLabel]:
        return list(self._chip_labels)

    def _show_chips(self, text: str) -> None:
        while self._chips.takeAt(0) is not None:
            pass
        for old in self._chip_labels:
            old.deleteLater()
        self._chip_labels.clear()
        for name in (t.strip() for t in text.split(",")):
            if name:
                color = self._colors.get(name.casefold(), "#808080")
                chip = QLabel(name)
                chip.setObjectName("tag-chip")
                chip.setStyleSheet(f"background: {color}; color: {_ink(color)}; "
                                   "border-radius: 8px; padding: 1px 8px;")
                self._chips.addWidget(chip)
                self._chip_labels.append(chip)
        self._chips.addStretch(1)


class LookupBox(QComboBox):
    """An editable choice of a record by name: after a typing pause the drop-down
    offers what ``lookup(text)`` finds, as (name, id) pairs; blank means none.
    CompanyBox and the deal form's ContactBox differ only in their lookup."""

    def __init__(self, database: Database, name: str, placeholder: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._db = database
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.edit = cast(QLineEdit, self.lineEdit())
        self.edit.setPlaceholderText(placeholder)
        self.edit.setClearButtonEnabled(True)
        cast(QCompleter, self.completer()).setCompletionMode(
            QCompleter.CompletionMode.PopupCompletion)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.edit.textEdited.connect(lambda _text: self._timer.start())

    def lookup(self, text: str) -> list[tuple[str, int]]:
        raise NotImplementedError

    def set_choices(self, choices: list[tuple[str, int]]) -> None:
        """Offer ``choices`` without changing what is typed."""
        text, cursor = self.edit.text(), self.edit.cursorPosition()
        self.blockSignals(True)
        self.clear()
        for name, record_id in choices:
            self.addItem(name, record_id)
        self.setCurrentIndex(-1)
        self.edit.setText(text)
        self.edit.setCursorPosition(cursor)
        self.blockSignals(False)

    def search(self) -> None:
        self._timer.stop()
        self.set_choices(self.lookup(self.currentText()))
        if self.edit.hasFocus() and self.count():
            cast(QCompleter, self.completer()).complete()


class CompanyBox(LookupBox):
    """An editable company choice: the drop-down offers the companies whose name starts
    with what is typed (one LIMIT query along the name index, after a typing pause);
    blank means no company."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, "company",
                         QCoreApplication.translate("CompanyBox", "No company"), parent)

    def lookup(self, text: str) -> list[tuple[str, int]]:
        """(name, id) of the companies whose name starts with ``text``."""
        key = unicodedata.normalize("NFC", text.strip()).casefold()
        with self._db.session_scope() as session:
            found = companies.list_companies(session, limit=COMPANY_CHOICES,
                                             after=(key, 0) if key else None)
        return [(c.name, c.id) for c in found if c.name_key.startswith(key)]

    def select(self, company_id: int | None, name: str | None) -> None:
        """Show a company (kept even when it is in the Trash), or none."""
        shown = self.lookup("")
        if company_id is not None and name is not None:
            shown = [(name, company_id), *(c for c in shown if c[1] != company_id)]
        self.set_choices(shown)
        self.setCurrentIndex(self.findData(company_id) if company_id is not None else -1)

    def company_id(self) -> int | None:
        """The chosen company; ValidationError for a name that is no company."""
        text = self.currentText().strip()
        if not text:
            return None
        key = unicodedata.normalize("NFC", text).casefold()
        shown = [(self.itemText(i), self.itemData(i)) for i in range(self.count())]
        current = self.currentIndex()
        if current >= 0:
            shown.insert(0, shown[current])
        for choices in (shown, None):  # what is offered, else ask the database
            for name, company_id in choices if choices is not None else self.lookup(text):
                if name.casefold() == key:
                    return int(company_id)
        raise ValidationError("company_id", NO_SUCH_COMPANY, name=text)


def date_edit() -> QDateEdit:
    """A date field with a calendar pop-up, for past days only; disabled until a
    checkbox (birthday known, consent given) enables it."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setMaximumDate(QDate.currentDate())
    edit.setEnabled(False)
    return edit


def date_of(edit: QDateEdit) -> dt.date:
    """The day ``edit`` shows."""
    day = edit.date()
    return dt.date(day.year(), day.month(), day.day())


def set_date(edit: QDateEdit, day: dt.date) -> None:
    """Show ``day`` in ``edit``."""
    edit.setDate(QDate(day.year, day.month, day.day))


def _ink(background: str) -> str:
    """Black or white text, whichever reads better on ``background`` (#rrggbb)."""
    try:
        r, g, b = (int(background[i:i + 2], 16) for i in (1, 3, 5))
    except ValueError:
        return "black"
    return "black" if 0.299 * r + 0.587 * g + 0.114 * b > 150 else "white"
