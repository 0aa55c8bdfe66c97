"""Export from the window: ask for a file, write it on a worker, show progress and Cancel.

``start_export(parent, database, kind=..., run=...)`` is all a section needs (the
board's deals go through deal_export.export_deals, which calls it): it asks
for a file name (QFileDialog; the format is the name's suffix, or the chosen filter's),
then runs ``run(session, path, fmt=, progress=, cancel=, translate=)`` on the thread
pool in one session. A window-modal progress dialog appears if the export takes more
than a moment; the worker only stores its progress in two numbers, which a timer on
the GUI thread reads (no widget is touched from the worker). Cancel sets the worker's
cancel flag: the service stops at the next page and leaves no file behind. The end is
reported through ``on_message`` (the section's status bar signal); a failure also in a
message box, since the file the user asked for is not there.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from ..services.io.sheet_writer import FORMATS, ExportCancelled, ExportResult
from .i18n import translated
from .workers import BackgroundOp, run_in_background

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ..db import Database

POLL_MS = 100
SHOW_AFTER_MS = 400  # a quick export finishes without a dialog flashing up
NAME_EMS = 80  # a file name longer than this many average characters is cut in the middle
_UNSAFE = '<>:"/\\|?*'

#: run(session, path, fmt=..., progress=..., cancel=..., translate=...) -> ExportResult
Run = Callable[..., ExportResult]


def safe_file_name(name: str) -> str:
    """``name`` without the characters file systems refuse (for a default file name)."""
    cleaned = "".join("_" if ch in _UNSAFE or ord(ch) < 32 else ch for ch in name).strip(". ")
    return cleaned or "export"


class ExportTask(QObject):
    """One export in flight: its worker, its progress dialog, and how it ended."""

    #: The ExportResult, or None when it failed or was cancelled.
    ended = Signal(object)

    def __init__(self, parent: QWidget, database: Database, kind: str, target: Path,
                 fmt: str, run: Run, on_message: Callable[[str], None]) -> None:
        super().__init__(parent)
        self._parent, self._kind, self._target = parent, kind, target
        self._on_message = on_message
        self._done = self._total = 0
        self.dialog = QProgressDialog(self._label(), self.tr("Cancel"), 0, 0, parent)
        self.dialog.setObjectName("export-progress")
        self.dialog.setWindowTitle(self.tr("Export"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._show_progress)

        def progress(done: int, total: int) -> None:  # on the worker: numbers only
            self._done, self._total = done, total

        def work(cancel: Any) -> ExportResult:
            with database.session_scope() as session:
                return run(session, target, fmt=fmt, progress=progress, cancel=cancel,
                           translate=QCoreApplication.translate)

        # Not a child of this object: the op must outlive it until its signals are in.
        self.op: BackgroundOp = run_in_background(work, on_done=self._on_done,
                                                  on_error=self._on_error)
        self.dialog.canceled.connect(self.op.cancel)
        self._timer.start()

    def cancel(self) -> None:
        self.op.cancel()

    def _label(self) -> str:
        # The progress dialog is as wide as its label: a long file name is cut in the
        # middle (its suffix stays in sight) so that the dialog stays on the screen.
        metrics = self._parent.fontMetrics()
        name = metrics.elidedText(self._target.name, Qt.TextElideMode.ElideMiddle,
                                  metrics.averageCharWidth() * NAME_EMS)
        return self.tr("Writing {file}…").format(file=name)

    def _show_progress(self) -> None:
        if self._total:
            self.dialog.setMaximum(self._total)
            self.dialog.setValue(min(self._done, self._total))

    def _close(self) -> None:
        self._timer.stop()
        self.dialog.canceled.disconnect(self.op.cancel)
        self.dialog.close()
        self.dialog.deleteLater()

    def _on_done(self, result: ExportResult) -> None:
        self._close()
        self._on_message(self._done_text(result))
        self.ended.emit(result)

    def _on_error(self, err: BaseException) -> None:
        self._close()
        if isinstance(err, ExportCancelled):
            self._on_message(self.tr("Export cancelled; no file was written."))
        else:
            self._on_message("")
            QMessageBox.warning(self._parent, self.tr("Export failed"),
                                self.tr("Nothing was exported: {reason}")
                                .format(reason=translated(err)))
        self.ended.emit(None)

    def _done_text(self, result: ExportResult) -> str:
        n, path = result.count, str(result.path)
        if self._kind == "contacts":
            text = self.tr("Exported %n contact(s) to {path}", "", n)
        elif self._kind == "companies":
            text = self.tr("Exported %n company(ies) to {path}", "", n)
        elif self._kind == "tasks":
            text = self.tr("Exported %n task(s) to {path}", "", n)
        elif self._kind == "deals":
            text = self.tr("Exported %n deal(s) to {path}", "", n)
        else:
            text = self.tr("Exported %n interaction(s) to {path}", "", n)
        return text.format(path=path)


def ask_target(parent: QWidget, default_name: str, formats: Sequence[str]
               ) -> tuple[Path, str] | None:
    """Ask where to export; the path (with its suffix) and format, or None."""
    names = {
        "xlsx": QCoreApplication.translate("Export", "Excel workbook (*.xlsx)"),
        "csv": QCoreApplication.translate("Export", "CSV, comma-separated (*.csv)"),
        "vcf": QCoreApplication.translate("Export", "vCard address book (*.vcf)"),
    }
    filters = [names[f] for f in formats]
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    default = Path(folder) / f"{safe_file_name(default_name)}.{formats[0]}"
    path, chosen = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("Export", "Export"), str(default),
        ";;".join(filters), filters[0])
    if not path:
        return None
    target = Path(path)
    fmt = FORMATS.get(target.suffix.lower())
    if fmt not in formats:  # no suffix, or one of another kind: the filter decides
        fmt = formats[filters.index(chosen)] if chosen in filters else formats[0]
        target = target.with_name(f"{target.name}.{fmt}")
    return target, str(fmt)


def start_export(parent: QWidget, database: Database, *, kind: str, default_name: str,
                 run: Run, on_message: Callable[[str], None],
                 formats: Sequence[str] = ("xlsx", "csv")) -> ExportTask | None:
    """Ask for a file, then export to it on a worker; None when the user cancelled."""
    chosen = ask_target(parent, default_name, formats)
    if chosen is None:
        return None
    target, fmt = chosen
    task = ExportTask(parent, database, kind, target, fmt, run, on_message)
    task.ended.connect(lambda _result: task.deleteLater())
    return task


def session_run(export: Callable[..., ExportResult], *args: Any, **kwargs: Any) -> Run:
    """A ``Run`` calling ``export(session, *args, path, **kwargs, **hooks)``."""
    def run(session: Session, path: Path, **hooks: Any) -> ExportResult:
        return export(session, *args, path, **kwargs, **hooks)

    return run
