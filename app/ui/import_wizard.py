"""The import wizard: a file of contacts (or companies, interactions, tasks or
purchases) in, in four steps, with Back and Next.

1. File: what the file is (kind, sheet, encoding, delimiter), read on a worker; a file
   that cannot be read says why in one line and Next stays disabled. What its rows
   are: contacts unless chosen otherwise (``ImportWizard.records``).
2. Mapping (``import_mapping``): which field each column fills.
3. Preview (``import_preview``): the first rows as they will be stored, with their
   problems; the date order and what to do with duplicates.
4. Import (``import_run``): the whole file stored on a worker in one unit of work,
   with progress and Cancel (which rolls everything back), then the counts.

The pages share what is known so far through the wizard: ``sample`` (the file's
header and first rows), ``columns`` (the mapping) and ``import_options()``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QCloseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from .i18n import translated
from .import_files import RECORD_KINDS, FileLook, FileSample, kind_text, look_at, records_text
from .workers import BackgroundOp, run_in_background

if TYPE_CHECKING:
    from ..db import Database
    from ..services.io.import_plan import ImportOptions
    from .changes import Changes
    from .settings import Settings

ERROR_STYLE = "color: #c62828;"
FILE_PAGE, MAPPING_PAGE, PREVIEW_PAGE, RUN_PAGE = range(4)


def delimiter_text(delimiter: str) -> str:
    names = {
        ",": QCoreApplication.translate("ImportWizard", "Comma"),
        ";": QCoreApplication.translate("ImportWizard", "Semicolon"),
        "\t": QCoreApplication.translate("ImportWizard", "Tab"),
        "|": QCoreApplication.translate("ImportWizard", "Vertical bar"),
    }
    return names.get(delimiter, f"“{delimiter}”")


class ElidedLabel(QLabel):
    """One line of plain text that gives way: cut with "…" where it does not fit.

    A long file name, column name or value must not widen the wizard past the screen
    or push the mapping's combos out of sight; the whole text goes in a tooltip.
    """

    def __init__(self, text: str, mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight) -> None:
        super().__init__(text)
        self._mode = mode
        self.setTextFormat(Qt.TextFormat.PlainText)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(self.fontMetrics().horizontalAdvance("…") * 3,
                     super().minimumSizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), self._mode, rect.width())
        painter = QPainter(self)
        self.style().drawItemText(painter, rect, int(self.alignment()), self.palette(),
                                  self.isEnabled(), text, self.foregroundRole())


class ImportWizard(QWizard):
    """Import one file of contacts or other records; the Changes hub hears of a stored
    import."""

    def __init__(self, database: Database, settings: Settings, changes: Changes, path: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from .import_mapping import MappingPage
        from .import_preview import PreviewPage
        from .import_run import RunPage

        self.setObjectName("import-wizard")
        self.database, self.settings, self.changes, self.path = database, settings, changes, path
        self.records = "contacts"  # what the rows are: a key of fields.FIELDS
        self.sample: FileSample | None = None
        self.columns: tuple[str | None, ...] = ()
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.run_page = RunPage(self)
        for page_id, page in ((FILE_PAGE, self.file_page), (MAPPING_PAGE, self.mapping_page),
                              (PREVIEW_PAGE, self.preview_page), (RUN_PAGE, self.run_page)):
            self.setPage(page_id, page)
        self.set_records("contacts")
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.resize(860, 620)

    def set_records(self, kind: str) -> None:
        """What the file's rows are; the mapping is suggested afresh for it."""
        self.records = kind
        titles = {
            "contacts": self.tr("Import Contacts"),
            "companies": self.tr("Import Companies"),
            "interactions": self.tr("Import Interactions"),
            "tasks": self.tr("Import Tasks"),
            "purchases": self.tr("Import Purchases"),
        }
        self.setWindowTitle(titles[kind])

    def import_options(self) -> ImportOptions:
        """How the rows are read and stored, as chosen on the preview page."""
        from ..services.io.import_plan import ImportOptions

        on_duplicate, overwrite = self.preview_page.duplicate_choice()
        return ImportOptions(on_duplicate=on_duplicate, overwrite=overwrite,
                             date_order=self.preview_page.date_order(),
                             region=self.settings.phone_region,
                             tz=dt.datetime.now().astimezone().tzinfo or dt.UTC)

    # Closing while an import runs cancels it; the wizard closes once it has stopped.
    def reject(self) -> None:
        if self.run_page.running:
            self.run_page.cancel()
            return
        self.file_page.forget()
        super().reject()

    def cancel_import(self) -> None:
        """The main window is closing: stop an import rather than wait for its end."""
        if self.run_page.running:
            self.run_page.cancel()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.run_page.running:
            self.run_page.cancel()
            event.ignore()
            return
        super().closeEvent(event)


class FilePage(QWizardPage):
    """Step 1: the file, read on a worker; Next once its header and first rows are in."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self._op: BackgroundOp | None = None
        self._error: str | None = None
        self._asked_sheet: str | None = None
        self._generation = 0
        self.setTitle(self.tr("File"))
        self.setSubTitle(self.tr("Rapport reads the file's header and first rows."))

        self.name = ElidedLabel(wizard.path.name, Qt.TextElideMode.ElideMiddle)  # the suffix shows
        self.name.setObjectName("file-name")
        self.name.setToolTip(str(wizard.path))
        self.records = QComboBox()
        self.records.setObjectName("file-records")
        for kind in RECORD_KINDS:
            self.records.addItem(records_text(kind), kind)
        self.records.currentIndexChanged.connect(
            lambda _i: wizard.set_records(self.records.currentData()))
        self.kind = QLabel()
        self.kind.setObjectName("file-kind")
        self.sheet = QComboBox()
        self.sheet.setObjectName("file-sheet")
        self.sheet.activated.connect(lambda _i: self.load(self.sheet.currentText()))
        self.encoding = QLabel()
        self.encoding.setObjectName("file-encoding")
        self.delimiter = QLabel()
        self.delimiter.setObjectName("file-delimiter")
        self.columns = QLabel()
        self.columns.setObjectName("file-columns")
        self.columns.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("file-status")
        self.status.setWordWrap(True)
        # "Reading {name}…" and the errors name the file: a long name without spaces must
        # not set the wizard's minimum width (it wraps where it can, else is cut).
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        self.form = QFormLayout()
        self.form.addRow(self.tr("File:"), self.name)
        self.form.addRow(self.tr("&Import as:"), self.records)
        self.form.addRow(self.tr("Kind:"), self.kind)
        self.form.addRow(self.tr("&Sheet:"), self.sheet)
        self.form.addRow(self.tr("Encoding:"), self.encoding)
        self.form.addRow(self.tr("Delimiter:"), self.delimiter)
        self.form.addRow(self.tr("Columns:"), self.columns)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.status)
        layout.addStretch(1)
        for widget in (self.sheet, self.encoding, self.delimiter, self.columns):
            self.form.setRowVisible(widget, False)

    @property
    def loading(self) -> bool:
        return self._op is not None

    @property
    def error(self) -> str | None:
        """The reason the file cannot be imported, as shown; None when it can."""
        return self._error

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        if self._wizard.sample is None and self._op is None and self._error is None:
            self.load(None)

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self._wizard.sample is not None and self._op is None

    def load(self, sheet: str | None) -> None:
        """Read the file (one sheet of it) again, on a worker."""
        path = self._wizard.path
        if self._op is not None:
            self._op.cancel()  # its late result is ignored: see _read
        self._error = None
        self._wizard.sample = None
        self._show_status(self.tr("Reading {name}…").format(name=path.name), error=False)
        self.sheet.setEnabled(False)
        self._generation += 1
        generation = self._generation  # a later read makes this one's result stale
        self._asked_sheet = sheet
        self._op = run_in_background(lambda _cancel: look_at(path, sheet),
                                     on_done=lambda look: self._read(generation, look),
                                     on_error=lambda exc: self._failed(generation, exc))
        self.completeChanged.emit()

    def forget(self) -> None:
        """The wizard goes away: a read still running is no longer wanted."""
        if self._op is not None:
            self._op.cancel()
        self._op = None
        self._generation += 1

    def _read(self, generation: int, look: FileLook) -> None:
        if generation != self._generation or self._op is None:
            return  # a read of another sheet, or of a wizard since closed
        self._show_sheets(look.sheets, look.sample.sheet if look.sample else self._asked_sheet)
        if look.sample is None:
            self.kind.setText(kind_text("xlsx") if look.sheets else "")
            self._failed(generation, look.error or RuntimeError())
            return
        self._op = None
        sample = self._wizard.sample = look.sample
        self.kind.setText(kind_text(sample.kind))
        self.encoding.setText(sample.encoding or "")
        self.form.setRowVisible(self.encoding, bool(sample.encoding))
        self.delimiter.setText(delimiter_text(sample.delimiter) if sample.delimiter else "")
        self.form.setRowVisible(self.delimiter, bool(sample.delimiter))
        self.columns.setText(", ".join(sample.headers))
        self.form.setRowVisible(self.columns, True)
        notes = [QCoreApplication.translate("Import", note) for note in sample.notes]
        self._show_status("\n".join(notes), error=False)
        self.completeChanged.emit()
        self._refocus()

    def _refocus(self) -> None:
        """While the file is read the sheet combo and Next are disabled, and the focus
        goes on to Cancel, where Enter would close the wizard: once read, it comes back
        to the sheet (a workbook), else to Next."""
        cancel = self._wizard.button(QWizard.WizardButton.CancelButton)
        focus = self._wizard.focusWidget()
        if focus is not None and focus is not cancel and focus.isEnabled():
            return  # the person has put it somewhere: leave it there
        target = self.sheet if self.sheet.isVisibleTo(self) else \
            self._wizard.button(QWizard.WizardButton.NextButton)
        if target.isEnabled():
            target.setFocus()

    def _show_sheets(self, sheets: tuple[str, ...], current: str | None) -> None:
        self.sheet.clear()
        self.sheet.addItems(list(sheets))
        self.sheet.setCurrentIndex(sheets.index(current) if current in sheets else -1)
        self.sheet.setEnabled(True)
        self.form.setRowVisible(self.sheet, bool(sheets))

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation or self._op is None:
            return
        self._op = None
        self.sheet.setEnabled(True)
        for widget in (self.encoding, self.delimiter, self.columns):
            self.form.setRowVisible(widget, False)
        self._error = translated(exc) or type(exc).__name__
        self._show_status(self._error, error=True)
        self.completeChanged.emit()
        self._refocus()

    def _show_status(self, text: str, *, error: bool) -> None:
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.status.setText(text)
        self.status.setVisible(bool(text))
