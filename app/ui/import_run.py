"""Step 4 of the import wizard: the import itself, on a worker, and what it did.

The whole file is read, planned and stored by ``importer.import_file`` (contacts) or
``import_records.import_records`` (companies, interactions, tasks, purchases) in one
unit of work on a worker thread, so the window stays responsive. The worker reports rows done
through a plain counter that a timer shows (a worker never touches a widget). The
wizard's Cancel sets the cancel flag: the service raises Cancelled at its next chunk,
the unit of work rolls back, and nothing is stored. At the end: the counts, and the
rows left out can be saved as an .xlsx with their reasons (written on a worker too).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from ..services.io.mapping import ColumnMapping
from .i18n import translated
from .workers import BackgroundOp, long_job_gc, run_in_background

if TYPE_CHECKING:
    from ..services.io.importer import ImportReport
    from .changes import Changes
    from .import_wizard import ImportWizard

POLL_MS = 100  # how often the rows-done counter is shown


def announce_import(changes: Changes, kind: str) -> None:
    """Tell the window an import of ``kind`` was stored or undone: the lists and open
    pages reload; contacts and purchases change the loyalty standings, which are then
    recomputed (``importsChanged``)."""
    changes.contactsChanged.emit(set())
    if kind == "tasks":
        changes.tasksChanged.emit()
    if kind == "purchases":
        changes.loyaltyChanged.emit(set())
    if kind in ("contacts", "purchases"):
        changes.importsChanged.emit()


class RunPage(QWizardPage):
    """Runs the import when shown; complete (Finish enabled) once it has stopped."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self._op: BackgroundOp | None = None
        self._done_rows = 0  # written by the worker, read by the timer
        self.report: ImportReport | None = None
        self.outcome = ""  # "done", "cancelled" or "failed" once stopped
        self.setTitle(self.tr("Import"))
        self.setFinalPage(True)

        self.progress = QProgressBar()
        self.progress.setObjectName("import-progress")
        self.progress.setRange(0, 0)  # busy: the file's row count is not known ahead
        self.progress.setTextVisible(False)  # the rows done are said below it
        self.rows_label = QLabel()
        self.rows_label.setObjectName("import-rows")
        self.result_label = QLabel()
        self.result_label.setObjectName("import-result")
        self.result_label.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save the Rejected Rows…"))
        self.save_button.setObjectName("save-rejected")
        self.save_button.clicked.connect(self.save_rejected)
        self.save_button.hide()
        self.saved_label = QLabel()
        self.saved_label.setObjectName("saved-rejected")
        self.saved_label.setWordWrap(True)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._show_rows)

        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.rows_label)
        layout.addWidget(self.result_label)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addStretch(1)
        layout.addLayout(save_row)
        layout.addWidget(self.saved_label)
        layout.addStretch(1)

    @property
    def running(self) -> bool:
        return self._op is not None

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self._op is None and bool(self.outcome)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        if self._op is None and not self.outcome:
            self.start()

    def start(self) -> None:
        from ..services.io.import_records import import_records
        from ..services.io.importer import import_file

        wizard = self._wizard
        database, path, kind = wizard.database, wizard.path, wizard.records
        sample = wizard.sample
        sheet = sample.sheet if sample is not None else None
        mapping = ColumnMapping(columns=tuple(wizard.columns), kind=kind,
                                headers=sample.headers if sample is not None else ())
        options = wizard.import_options()

        def progress(done: int) -> None:
            self._done_rows = done  # an int store: safe from the worker thread

        def work(cancel: Any) -> ImportReport:
            with long_job_gc(), database.session_scope() as session:
                if kind != "contacts":
                    return import_records(session, path, kind=kind, mapping=mapping,
                                          sheet=sheet, options=options,
                                          date_order=options.date_order,
                                          progress=progress, cancel=cancel)
                return import_file(session, path, mapping=mapping, sheet=sheet,
                                   options=options, date_order=options.date_order,
                                   progress=progress, cancel=cancel)

        self.setSubTitle(self.tr("Importing {name}…").format(name=path.name))
        self.rows_label.setText(self.tr("Reading the file…"))
        self._op = run_in_background(work, on_done=self._finished, on_error=self._failed)
        self._timer.start()
        self.completeChanged.emit()

    def cancel(self) -> None:
        """Ask the import to stop; it rolls back, and _failed() says so."""
        if self._op is not None:
            self._op.cancel()
            self.rows_label.setText(self.tr("Cancelling…"))

    def _show_rows(self) -> None:
        if self._done_rows and self._op is not None and not self._op.cancel_event.is_set():
            self.rows_label.setText(self.tr("Rows done: {count}").format(
                count=QLocale().toString(self._done_rows)))

    def _stopped(self, outcome: str) -> None:
        self._op = None
        self._timer.stop()
        self.outcome = outcome
        self.progress.setRange(0, 1)
        self.progress.setValue(1 if outcome == "done" else 0)
        # Nothing is left to cancel: Finish alone closes the wizard.
        self._wizard.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.completeChanged.emit()

    def _finished(self, report: ImportReport) -> None:
        self.report = report
        self._stopped("done")
        result = report.result
        locale = QLocale()
        self.setSubTitle(self.tr("{name} was imported.").format(name=self._wizard.path.name))
        self.rows_label.setText("")
        lines = [
            self.tr("Created: {count}").format(count=locale.toString(result.created)),
            self.tr("Updated: {count}").format(count=locale.toString(result.updated)),
            self.tr("Skipped (already in Rapport): {count}").format(
                count=locale.toString(result.skipped)),
            self.tr("Rejected: {count}").format(count=locale.toString(result.rejected_count)),
        ]
        if result.warnings:
            lines.append(self.tr("Warnings (values to check): {count}")
                         .format(count=locale.toString(result.warnings)))
        self.result_label.setText("\n".join(lines))
        self.save_button.setVisible(bool(result.rejected))
        announce_import(self._wizard.changes, self._wizard.records)

    def _failed(self, exc: BaseException) -> None:
        from ..services.io.import_apply import Cancelled

        cancelled = isinstance(exc, Cancelled)
        self._stopped("cancelled" if cancelled else "failed")
        self.rows_label.setText("")
        self.setSubTitle("")
        if cancelled:
            self.result_label.setText(self.tr("Cancelled: nothing was imported."))
        else:
            self.result_label.setText(
                self.tr("The import failed: {reason}\nNothing was imported.")
                .format(reason=translated(exc)))

    # The error report -----------------------------------------------------------------
    def save_rejected(self) -> None:
        """Ask where, then write the rejected rows and their reasons to an .xlsx."""
        from ..services.io.importer import write_error_report

        report = self.report
        if report is None or not report.result.rejected:
            return
        source = self._wizard.path
        suggested = source.with_name(self.tr("{name} - rejected rows").format(
            name=source.stem) + ".xlsx")
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the Rejected Rows"), str(suggested),
            self.tr("Excel workbooks (*.xlsx)"))
        if not chosen:
            return
        target = Path(chosen if chosen.lower().endswith(".xlsx") else chosen + ".xlsx")
        headers, rejected = report.headers, report.result.rejected
        row_label, reason_label = self.tr("Row"), self.tr("Reason")
        self.save_button.setEnabled(False)
        self.saved_label.setText(self.tr("Saving…"))

        def work(_cancel: Any) -> Path:
            return write_error_report(target, headers, rejected, row_label=row_label,
                                      reason_label=reason_label)

        run_in_background(work, on_done=self._saved, on_error=self._save_failed)

    def _saved(self, path: Path) -> None:
        self.save_button.setEnabled(True)
        self.saved_label.setText(self.tr("Saved to {path}").format(path=path))

    def _save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.saved_label.setText(self.tr("The rows could not be saved: {reason}").format(
            reason=translated(exc)))
