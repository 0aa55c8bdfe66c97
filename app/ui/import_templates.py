"""The mapping page's "Save as template…" and "Use template…": named mappings kept as files.

A person who imports the same export every month maps its columns once and saves the
mapping under a name; next month "Use template…" puts it back, column by column,
matched by header (``templates.apply_template``). Templates are JSON files in the
``import-templates`` folder of the per-user data folder; reading or writing one is a
small file, quick enough for the GUI thread. Files in the folder that are not
templates are left alone (and named when there is nothing else to offer).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QPushButton

from .. import config
from ..services.errors import ServiceError
from ..services.io import templates
from ..services.io.mapping import ColumnMapping
from .i18n import translated
from .import_files import records_text

if TYPE_CHECKING:
    from .import_mapping import MappingPage

TEMPLATES_FOLDER = "import-templates"


def templates_folder() -> Path:
    return config.data_dir() / TEMPLATES_FOLDER


class TemplateButtons(QObject):
    """Two buttons for the mapping page, and what they do."""

    def __init__(self, page: MappingPage) -> None:
        super().__init__(page)
        self._page = page
        self.save_button = QPushButton(self.tr("Sa&ve as Template…"))
        self.save_button.setObjectName("save-template")
        self.save_button.clicked.connect(self.save)
        self.use_button = QPushButton(self.tr("Use &Template…"))
        self.use_button.setObjectName("use-template")
        self.use_button.clicked.connect(self.use)

    def save(self) -> None:

        page = self._page
        name, ok = QInputDialog.getText(
            page, self.tr("Save as Template"),
            self.tr("Name of the template (the mapping of these columns):"),
            QLineEdit.EchoMode.Normal, page.template_name)
        name = " ".join(name.split())
        if not ok or not name:
            return
        folder = templates_folder()
        try:
            mapping = ColumnMapping(page.columns(), page.kind, page.headers())
            template = templates.template_from_mapping(name, mapping)
            if templates.template_path(folder, template.name).exists() and not self._replace(
                    template.name, folder):
                return
            templates.save_template(folder, template)
        except ServiceError as exc:
            page.say(translated(exc))
            return
        page.template_name = template.name
        page.say(self.tr("Saved as the template “{name}”.").format(name=template.name))

    def _replace(self, name: str, folder: Path) -> bool:
        found, _errors = templates.list_templates(folder)
        kinds = [t.kind for t in found if t.name.casefold() == name.casefold()]
        if kinds and kinds[0] != self._page.kind:  # not offered by "Use Template…" here
            question = self.tr("There is a template “{name}” for importing {records} "
                               "already. Replace it?").format(
                name=name, records=records_text(kinds[0]).casefold())
        else:
            question = self.tr("There is a template “{name}” already. Replace it?").format(
                name=name)
        answer = QMessageBox.question(
            self._page, self.tr("Save as Template"), question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def use(self) -> None:

        page = self._page
        found, errors = templates.list_templates(templates_folder())
        found = [t for t in found if t.kind == page.kind]
        if not found:
            page.say(translated(errors[0]) if errors else self.tr(
                "No template has been saved yet: map the columns, then “Save as Template…”."))
            return
        names = [t.name for t in found]
        current = names.index(page.template_name) if page.template_name in names else 0
        name, ok = QInputDialog.getItem(page, self.tr("Use Template"), self.tr("&Template:"),
                                        names, current, False)
        if not ok or name not in names:
            return
        template = found[names.index(name)]
        mapping = templates.apply_template(template, page.headers())
        page.set_columns(mapping.columns)
        page.template_name = template.name
        page.template_date_order = template.date_order
        count = sum(key is not None for key in mapping.columns)
        page.say(self.tr("Template “{name}” applied. Columns mapped: {count}.").format(
            name=template.name, count=count))
