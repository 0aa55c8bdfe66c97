"""Step 2 of the import wizard: which field each column of the file fills.

One row per column: its header, a few of its values, and a combo of every field (in
the interface language), "Ignore this column" and "Custom field…". The mapping starts
as ``mapping.suggest_mapping`` guesses it from the headers, for the tool the file came
from ("Mapping from"), or from a saved template. A field that takes one column only
(all but emails, phones and tags) moves when chosen for a second column: the first
column is then ignored, and the status line says so. The fields are those of what the
rows are (``ImportWizard.records``); "Mapping from" and custom fields are for contacts.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ..services.io.fields import CUSTOM_PREFIX, FIELDS
from ..services.io.fields import field as field_of
from ..services.io.mapping import CUSTOM_NAME_LEN, PRESETS, suggest_mapping
from .import_files import FileSample
from .import_templates import TemplateButtons
from .import_wizard import ElidedLabel

if TYPE_CHECKING:
    from .import_wizard import ImportWizard

CUSTOM = "\x00custom"  # the "Custom field…" item's data: asks for a name
SAMPLES_SHOWN = 3
SUGGEST_ROWS = 20  # rows the suggestion looks at (a column of addresses is an email)
HEADER_EMS = 30  # a column name wider than this many average characters is cut with "…"


def preset_names() -> dict[str, str]:
    """The "Mapping from" choices: suggest_mapping's presets, for a person."""
    return {
        "auto": QCoreApplication.translate("ImportMapping", "Any file (by column names)"),
        "google": "Google Contacts", "outlook": "Microsoft Outlook", "hubspot": "HubSpot",
        "salesforce": "Salesforce", "pipedrive": "Pipedrive",
    }


def field_text(key: str, kind: str = "contacts") -> str:
    """A field's label in the interface language; a custom field by its name."""
    if key.startswith(CUSTOM_PREFIX):
        return QCoreApplication.translate("ImportMapping", "Custom field “{name}”").format(
            name=key[len(CUSTOM_PREFIX):])
    return QCoreApplication.translate("ImportFields", field_of(kind, key).label)


def takes_one_column(key: str, kind: str = "contacts") -> bool:
    return key.startswith(CUSTOM_PREFIX) or not field_of(kind, key).multi


class MappingPage(QWizardPage):
    """A combo per column; ``columns()`` is the mapping (a field key or None each)."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self._built_for: tuple[FileSample, str] | None = None  # the sample and records
        self._keys: list[str | None] = []
        self._quiet = False
        self.template_name = ""  # the template last saved or used, offered again
        self.template_date_order: str | None = None  # the date order of the one used
        self.combos: list[QComboBox] = []
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(self.tr("Choose the field each column fills. Columns set to "
                                 "“Ignore this column” are not imported."))

        self.preset = QComboBox()
        self.preset.setObjectName("mapping-preset")
        names = preset_names()
        for key in PRESETS:
            self.preset.addItem(names.get(key, key), key)
        self.preset.activated.connect(lambda _i: self.apply_preset())
        preset_label = self.preset_label = QLabel(self.tr("&Mapping from:"))
        preset_label.setBuddy(self.preset)
        self.templates = TemplateButtons(self)
        top = QHBoxLayout()
        top.addWidget(preset_label)
        top.addWidget(self.preset)
        top.addStretch(1)
        top.addWidget(self.templates.use_button)
        top.addWidget(self.templates.save_button)

        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        # No Tab stop of its own: Tab goes from combo to combo, each scrolled into sight.
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # A few columns' rows in sight even when the wizard is made small.
        self.scroll_area.setMinimumHeight(self.preset.sizeHint().height() * 6)
        self.status = QLabel()
        self.status.setObjectName("mapping-status")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.status)
        # Tab goes left to right, as the buttons are shown (they were made save first).
        QWidget.setTabOrder(self.preset, self.templates.use_button)
        QWidget.setTabOrder(self.templates.use_button, self.templates.save_button)

    # The mapping ----------------------------------------------------------------------
    def headers(self) -> tuple[str, ...]:
        sample = self._wizard.sample
        return sample.headers if sample is not None else ()

    def columns(self) -> tuple[str | None, ...]:
        return tuple(self._keys)

    @property
    def kind(self) -> str:
        """What the rows are: the fields offered are its own."""
        return self._wizard.records

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        sample = self._wizard.sample
        if sample is None or self._built_for == (sample, self.kind):
            return  # back from the preview: keep what was chosen
        self._built_for = (sample, self.kind)
        self._build_rows(sample)
        contacts = self.kind == "contacts"  # the tools' exports are of contacts
        self.preset.setVisible(contacts)
        self.preset_label.setVisible(contacts)
        self.preset.setCurrentIndex(0)
        self.template_name = ""
        self.template_date_order = None
        self.apply_preset()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return any(key is not None for key in self._keys)

    def apply_preset(self) -> None:
        preset = self.preset.currentData()
        sample = self._wizard.sample
        rows = [row.cells for row in sample.rows[:SUGGEST_ROWS]] if sample is not None else []
        mapping = suggest_mapping(self.headers(), kind=self.kind,
                                  preset=preset if self.kind == "contacts" else "auto",
                                  samples=rows)
        self.set_columns(mapping.columns)
        found = sum(key is not None for key in self._keys)
        self.say(self.tr("Columns matched to a field by their names: {found} of {total}.")
                 .format(found=found, total=len(self._keys))
                 if found else self.tr("No column name matched a field: choose them below."))

    def set_columns(self, columns: Sequence[str | None]) -> None:
        """Put a whole mapping in place (a preset's, a template's)."""
        keys = list(columns)[:len(self.combos)]
        keys += [None] * (len(self.combos) - len(keys))
        for combo, key in zip(self.combos, keys, strict=True):
            self._select(combo, key)
        self._keys = keys
        self._changed()

    def say(self, text: str) -> None:
        self.status.setText(text)

    # Rows -----------------------------------------------------------------------------
    def _build_rows(self, sample: FileSample) -> None:
        host = QWidget()
        grid = QGridLayout(host)
        grid.setHorizontalSpacing(2 * grid.verticalSpacing() + 4)  # columns apart, rows close
        for column, text in enumerate((self.tr("Column in the file"), self.tr("Values"),
                                       self.tr("Field in Rapport"))):
            heading = QLabel(f"<b>{text}</b>")
            grid.addWidget(heading, 0, column)
        self.combos = []
        choices = self._choices(host)  # goes with the rows
        for i, header in enumerate(sample.headers):
            name = ElidedLabel(header)
            name.setToolTip(header)
            name.setMaximumWidth(name.fontMetrics().averageCharWidth() * HEADER_EMS)
            values = sample.samples(i, SAMPLES_SHOWN)
            shown = ElidedLabel(" · ".join(v[:40] for v in values))
            shown.setToolTip("\n".join(values))
            # The values take the room the names and combos leave, never more: a long
            # value is cut, the combo stays on the page.
            shown.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            shown.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # quieter than names
            combo = self._combo(i, header, choices)
            grid.addWidget(name, i + 1, 0)
            grid.addWidget(shown, i + 1, 1)
            grid.addWidget(combo, i + 1, 2)
            self.combos.append(combo)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(len(sample.headers) + 1, 1)
        self.scroll_area.setWidget(host)  # deletes the rows of another file or sheet
        self._keys = [None] * len(self.combos)

    def _choices(self, owner: QWidget) -> QStandardItemModel:
        """The items every column's combo offers, in one model they share (a file may
        have a hundred columns: one list, not a hundred). A custom field named for one
        column is then offered in all of them."""
        model = QStandardItemModel(owner)

        def add(text: str, key: str | None) -> None:
            item = QStandardItem(text)
            item.setData(key, Qt.ItemDataRole.UserRole)
            model.appendRow(item)

        def separator() -> None:
            item = QStandardItem()
            item.setData("separator", Qt.ItemDataRole.AccessibleDescriptionRole)
            item.setFlags(Qt.ItemFlag.NoItemFlags)  # as QComboBox.insertSeparator makes
            model.appendRow(item)

        add(self.tr("Ignore this column"), None)
        separator()
        for f in FIELDS[self.kind]:
            add(QCoreApplication.translate("ImportFields", f.label), f.key)
        if self.kind == "contacts":  # custom fields are the contacts' own
            separator()
            add(self.tr("Custom field…"), CUSTOM)
        return model

    def _combo(self, column: int, header: str, choices: QStandardItemModel) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(f"mapping-{column}")
        combo.setAccessibleName(header)
        combo.setModel(choices)
        combo.currentIndexChanged.connect(lambda index: self._on_chosen(column, index))
        return combo

    def _select(self, combo: QComboBox, key: str | None) -> None:
        """Show ``key`` in a combo without treating it as the user's choice."""
        self._quiet = True
        try:
            index = combo.findData(key) if key is not None else 0
            if index < 0:  # a custom field not offered yet: before "Custom field…"
                index = combo.count() - 1
                combo.insertItem(index, field_text(key or "", self.kind), key)
            combo.setCurrentIndex(index)
        finally:
            self._quiet = False

    def _on_chosen(self, column: int, index: int) -> None:
        if self._quiet:
            return
        combo = self.combos[column]
        key = combo.itemData(index)
        if key == CUSTOM:
            name = self._ask_custom_name(combo.accessibleName())
            if not name:
                self._select(combo, self._keys[column])  # cancelled: as it was
                return
            if len(name) > CUSTOM_NAME_LEN:
                self._select(combo, self._keys[column])
                self.say(self.tr("A custom field name has at most {limit} characters.")
                         .format(limit=CUSTOM_NAME_LEN))
                return
            key = CUSTOM_PREFIX + name
            self._select(combo, key)
        self.choose(column, key)

    def choose(self, column: int, key: str | None) -> None:
        """Map a column to a field (None: ignore it), moving a one-column field."""
        messages: list[str] = []
        if key is not None and takes_one_column(key, self.kind):
            for other, taken in enumerate(self._keys):
                if other != column and taken == key:
                    self._keys[other] = None
                    self._select(self.combos[other], None)
                    messages.append(self.tr("“{field}” fills one column only: “{column}” "
                                            "is now ignored.").format(
                        field=field_text(key, self.kind), column=self.headers()[other]))
        self._keys[column] = key
        self._select(self.combos[column], key)
        self.say(" ".join(messages))
        self._changed()

    def _ask_custom_name(self, header: str) -> str:
        name, ok = QInputDialog.getText(
            self, self.tr("Custom Field"),
            self.tr("Name of the custom field for “{column}”:").format(column=header),
            QLineEdit.EchoMode.Normal, header)
        return name.strip() if ok else ""

    def _changed(self) -> None:
        self._wizard.columns = tuple(self._keys)
        self.completeChanged.emit()
