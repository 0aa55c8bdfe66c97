"""Step 3 of the import wizard: the first rows as they will be stored, and how to store them.

The first PREVIEW_ROWS rows of the file are planned (``import_plan.plan_row``, no
database) with the mapping and options chosen so far, and shown in a table: the
values that will be stored, and a Problems column. A row that will be rejected is
soft red with its reasons in its tooltip; a row with warnings (a phone that may have
lost its leading zero) is amber. Below: the order of dates like 03/04/2025 (asked
when the file's dates do not tell), and what to do with rows that match a stored
contact (or company). Rows of other records are read and shown by
``import_preview_records``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from ..services.io import values
from ..services.io.fields import CUSTOM_PREFIX
from ..services.io.fields import field as field_of
from ..services.io.import_plan import PlannedRow, plan_row
from ..services.io.import_records_preview import row_problems
from ..services.io.import_records_rows import RowReader
from ..services.io.mapping import ColumnMapping
from .i18n import translated
from .import_files import PREVIEW_ROWS
from .import_preview_records import RecordsPreviewModel

if TYPE_CHECKING:
    from .import_wizard import ImportWizard

PROBLEM_COLOR, WARNING_COLOR, INK = QColor("#fde7e9"), QColor("#fff4ce"), QColor("#202020")
#: Custom role: "problem", "warning" or None for a row.
StateRole = Qt.ItemDataRole.UserRole + 1
# (on_duplicate, overwrite) per duplicate choice, in the order of the radio buttons.
DUPLICATE_CHOICES = {"skip": ("skip", False), "update": ("update", False),
                     "overwrite": ("update", True), "create": ("create", False)}
#: The widest a value column opens, in average characters: one long value (a company's
#: full legal name) must not push the other columns, and Problems last, far out of sight.
#: A column can still be widened by hand.
COLUMN_EMS = 40


class PreviewModel(QAbstractTableModel):
    """Planned rows as a table: a few stored values per row, then its problems."""

    COL_ROW, COL_NAME, COL_EMAIL, COL_PHONE, COL_COMPANY, COL_TITLE, COL_CITY, \
        COL_BIRTHDAY, COL_TAGS, COL_PROBLEMS = range(10)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PlannedRow] = []
        self._headers = (self.tr("Row"), self.tr("Name"), self.tr("Emails"), self.tr("Phones"),
                         self.tr("Company"), self.tr("Job title"), self.tr("City"),
                         self.tr("Birthday"), self.tr("Tags"), self.tr("Problems"))

    def set_rows(self, rows: Sequence[PlannedRow]) -> None:
        self.beginResetModel()  # a new plan: every row may differ
        self._rows = list(rows)
        self.endResetModel()

    def planned(self, row: int) -> PlannedRow:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        planned = self._rows[index.row()]
        state = "problem" if planned.problems else "warning" if planned.warnings else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(planned, index.column())
        if role == StateRole:
            return state
        if role == Qt.ItemDataRole.BackgroundRole and state is not None:
            return PROBLEM_COLOR if state == "problem" else WARNING_COLOR
        if role == Qt.ItemDataRole.ForegroundRole and state is not None:
            return INK  # readable on the light tint in a dark theme too
        if role == Qt.ItemDataRole.ToolTipRole and state is not None:
            return "\n".join(reasons(planned))
        return None

    def _text(self, planned: PlannedRow, column: int) -> str:
        data, valid = planned.data, planned.valid
        if column == self.COL_ROW:
            return QLocale().toString(planned.number)
        if column == self.COL_PROBLEMS:
            return "; ".join(reasons(planned))
        if data is None:
            return ""
        if column == self.COL_NAME:
            if valid is not None:
                return str(valid.columns.get("display_name") or "")
            return data.display_name or " ".join(p for p in (data.first_name, data.last_name) if p)
        if column == self.COL_EMAIL:
            return ", ".join(e for e, _k in valid.emails) if valid else ", ".join(data.emails)
        if column == self.COL_PHONE:
            return ", ".join(e164 or raw for raw, e164 in valid.phones) if valid else \
                ", ".join(data.phones)
        if column == self.COL_BIRTHDAY:
            return _date_text(data.birthday)
        if column == self.COL_TAGS:
            return ", ".join(data.tags)
        text = {self.COL_COMPANY: planned.company, self.COL_TITLE: data.title,
                self.COL_CITY: data.city}.get(column)
        return text or ""


def reasons(planned: PlannedRow) -> list[str]:
    """A row's problems, then its warnings, in the interface language."""
    return [translated(p) for p in planned.problems] + [translated(w) for w in planned.warnings]


def _date_text(day: dt.date | None) -> str:
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def locale_date_order() -> str:
    """"mdy" where the interface's short dates put the month first (en_US), else "dmy"."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat).lstrip("'")
    return "mdy" if fmt[:1] == "M" else "dmy"


class PreviewPage(QWizardPage):
    """The planned first rows, the date order and the duplicate handling."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("The first rows as they will be stored. Rows in red will "
                                 "not be imported; point at one to see why."))
        self.setCommitPage(True)  # after Import, there is no going back
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))

        self.summary = QLabel()
        self.summary.setObjectName("preview-summary")
        self.summary.setWordWrap(True)
        self.model = PreviewModel(self)
        self.records_model = RecordsPreviewModel(self)
        self.table = QTableView()
        self.table.setObjectName("preview-table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the options below
        self.table.verticalHeader().hide()
        # One line a row, as the contact list: more rows in sight; long values end in "…".
        self.table.setWordWrap(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        row_height = self.table.fontMetrics().height() + 8
        self.table.verticalHeader().setDefaultSectionSize(row_height)
        self.table.setMinimumHeight(row_height * 6)  # the header and a few rows, however small
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)

        self.dates = QGroupBox(self.tr("Dates such as 03/04/2025 are written"))
        self.dates.setObjectName("date-order")
        self.day_first = QRadioButton(self.tr("&Day first (31.12.2025)"))
        self.day_first.setObjectName("date-dmy")
        self.month_first = QRadioButton(self.tr("M&onth first (12/31/2025)"))
        self.month_first.setObjectName("date-mdy")
        self.date_note = QLabel()
        self.date_note.setObjectName("date-note")
        self.date_note.setWordWrap(True)
        row = QHBoxLayout(self.dates)
        row.addWidget(self.day_first)
        row.addWidget(self.month_first)
        row.addWidget(self.date_note, 1)
        self.day_first.setChecked(locale_date_order() == "dmy")
        self.month_first.setChecked(locale_date_order() == "mdy")
        self.day_first.toggled.connect(lambda _on: self.replan())

        box = self.duplicates_box = QGroupBox()
        self.duplicates = QButtonGroup(self)
        self.duplicate_buttons: dict[str, QRadioButton] = {}
        # Two by two (skip | create, update | overwrite): the table keeps the height.
        grid = QGridLayout(box)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        for key, (row_at, column_at) in zip(("skip", "update", "overwrite", "create"),
                                            ((0, 0), (1, 0), (1, 1), (0, 1)), strict=True):
            button = QRadioButton()
            button.setObjectName(f"duplicates-{key}")
            self.duplicates.addButton(button)
            self.duplicate_buttons[key] = button
            grid.addWidget(button, row_at, column_at)
        self.duplicate_buttons["skip"].setChecked(True)
        for group in (self.dates, box):  # as tall as their lines; the table takes the rest
            group.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.dates)
        layout.addWidget(box)

    def date_order(self) -> str:
        return "mdy" if self.month_first.isChecked() else "dmy"

    def duplicate_choice(self) -> tuple[str, bool]:
        for key, button in self.duplicate_buttons.items():
            if button.isChecked():
                return DUPLICATE_CHOICES[key]
        return DUPLICATE_CHOICES["skip"]

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self._set_duplicate_texts()
        self._set_date_order()
        self.replan()

    def _set_duplicate_texts(self) -> None:
        """Contacts match on email or phone, companies on their name: either may be
        skipped, updated or created anyway. An interaction, task or purchase that is
        already stored can be skipped or imported again (nothing says which stored
        one a row would change)."""
        kind = self._wizard.records
        buttons = self.duplicate_buttons
        if kind == "companies":
            texts = {"title": self.tr("A row with the name of a company already in Rapport"),
                     "skip": self.tr("&Skip it"),
                     "update": self.tr("&Update the existing company (fill empty fields)"),
                     "overwrite": self.tr("Update and over&write the existing company"),
                     "create": self.tr("&Create a new company anyway")}
        elif kind == "contacts":
            texts = {"title": self.tr("A row with the email or phone of a contact already "
                                      "in Rapport"),
                     "skip": self.tr("&Skip it"),
                     "update": self.tr("&Update the existing contact (fill empty fields)"),
                     "overwrite": self.tr("Update and over&write the existing contact"),
                     "create": self.tr("&Create a new contact anyway")}
        else:
            titles = {
                "interactions": self.tr("A row like an interaction already in Rapport (the "
                                        "same contact, channel, time and subject)"),
                "tasks": self.tr("A row like a task already in Rapport (the same contact, "
                                 "title and due date)"),
                "purchases": self.tr("A row like a purchase already in Rapport (the same "
                                     "contact, day, total and currency)"),
            }
            texts = {"title": titles[kind], "skip": self.tr("&Skip it"),
                     "create": self.tr("&Import it anyway")}
        self.duplicates_box.setTitle(texts["title"])
        for key, button in buttons.items():
            button.setVisible(key in texts)
            button.setText(texts.get(key, ""))
        if not any(b.isChecked() and b.isVisibleTo(self) for b in buttons.values()):
            buttons["skip"].setChecked(True)  # a choice made for another kind

    def _date_cells(self) -> list[list[Any]]:
        """The values of each column mapped to a date field, in the sampled rows."""
        sample = self._wizard.sample
        if sample is None:
            return []
        found = []
        for i, key in enumerate(self._wizard.columns):
            if key is None or key.startswith(CUSTOM_PREFIX):
                continue
            if field_of(self._wizard.records, key).kind in ("date", "datetime"):
                found.append([row.cells[i] for row in sample.rows if i < len(row.cells)])
        return found

    def _set_date_order(self) -> None:
        """Preset the order the dates tell; ask (show the choice) when they do not."""
        columns = self._date_cells()
        guessed = next((g for g in map(values.guess_date_order, columns) if g), None)
        needed = any(values.needs_date_order(cells) for cells in columns)
        self.dates.setVisible(guessed is not None or needed)
        kept = self._wizard.mapping_page.template_date_order
        if guessed is not None:
            (self.month_first if guessed == "mdy" else self.day_first).setChecked(True)
            self.date_note.setText(self.tr("Found from the dates in the file."))
        elif kept is not None:
            (self.month_first if kept == "mdy" else self.day_first).setChecked(True)
            self.date_note.setText(self.tr("As the template says."))
        else:
            self.date_note.setText(self.tr("The dates in the file can be read both ways: "
                                           "choose how it writes them."))

    def replan(self) -> None:
        """Plan the first rows again with the current mapping and options (cheap)."""
        sample = self._wizard.sample
        if sample is None:
            return
        kind = self._wizard.records
        mapping = ColumnMapping(columns=tuple(self._wizard.columns), kind=kind,
                                headers=sample.headers)
        options = self._wizard.import_options()
        rows = sample.rows[:PREVIEW_ROWS]
        if kind == "contacts":
            planned = [plan_row(row, mapping, options) for row in rows]
            self.model.set_rows(planned)
            model: PreviewModel | RecordsPreviewModel = self.model
            last, bad = self.model.COL_PROBLEMS, sum(1 for p in planned if p.problems)
        else:
            reader = RowReader(mapping, options)
            read = [reader.read(row) for row in rows]
            keys = list(dict.fromkeys(key for key in mapping.columns if key is not None))
            self.records_model.set_rows(kind, keys, read,
                                        [row_problems(reader, r) for r in read])
            model, last = self.records_model, self.records_model.problems_column
            bad = self.records_model.bad_rows()
        if self.table.model() is not model:
            self.table.setModel(model)
        self.table.resizeColumnsToContents()
        widest = self.table.fontMetrics().averageCharWidth() * COLUMN_EMS
        header = self.table.horizontalHeader()
        for column in range(last):  # the last one stretches
            header.resizeSection(column, min(header.sectionSize(column), widest))
        locale = QLocale()
        summary = self.tr("Rows shown: {count}. Rows that will not be imported: {bad}.").format(
            count=locale.toString(len(rows)), bad=locale.toString(bad))
        if kind != "contacts" and kind != "companies":
            summary += " " + self.tr("Each row is linked to its contact when it is imported; "
                                     "a row whose contact is not found is reported then.")
        self.summary.setText(summary)
