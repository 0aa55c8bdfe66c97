"""File > Import History: every import with its counts, and undoing one as a whole.

The history is ``import_batches.list_batches`` (the newest first, a couple of hundred
at most: one small query), with what each brought in (contacts, companies,
interactions, tasks or purchases). "Undo This Import" says first how many of those
will be removed and how many put back, then runs ``undo_batch`` in one unit of work on a
worker (an import of many thousands takes a while to take out), tells the Changes
hub, and the row then shows "Undone".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..services.io.import_batches import (
    BatchRecord,
    UndoResult,
    get_batch,
    list_batches,
    undo_batch,
)
from .i18n import translated
from .import_files import records_text
from .import_run import announce_import
from .workers import run_in_background

if TYPE_CHECKING:
    from ..db import Database
    from .changes import Changes

BatchIdRole = Qt.ItemDataRole.UserRole + 1


def local_time_text(moment: dt.datetime | None) -> str:
    """A stored UTC moment in local time, in the interface's short format."""
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    local = moment.astimezone()
    when = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return QLocale().toString(when, QLocale.FormatType.ShortFormat)


class BatchesModel(QAbstractTableModel):
    """Import batches, one per row: file, time, counts, undone or not."""

    COL_FILE, COL_KIND, COL_WHEN, COL_CREATED, COL_UPDATED, COL_SKIPPED, COL_REJECTED, \
        COL_STATUS = range(8)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._records: list[BatchRecord] = []
        self._headers = (self.tr("File"), self.tr("Records"), self.tr("Imported", "column: when"),
                         self.tr("Created"),
                         self.tr("Updated"), self.tr("Skipped"), self.tr("Rejected"),
                         self.tr("Status"))

    def set_records(self, records: Sequence[BatchRecord]) -> None:
        self.beginResetModel()  # a reload: the list as a whole
        self._records = list(records)
        self.endResetModel()

    def replace(self, record: BatchRecord) -> None:
        """One batch changed (undone): repaint its row only."""
        for row, old in enumerate(self._records):
            if old.id == record.id:
                self._records[row] = record
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.COL_STATUS))
                return

    def record(self, row: int) -> BatchRecord:
        return self._records[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._records)

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
        record = self._records[index.row()]
        column = index.column()
        if role == BatchIdRole:
            return record.id
        if role == Qt.ItemDataRole.TextAlignmentRole and self.COL_CREATED <= column \
                <= self.COL_REJECTED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_FILE:
            return record.file_name  # the column may be too narrow for a long name
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_STATUS \
                and record.undone_at is not None:
            return self.tr("Undone on {when}").format(when=local_time_text(record.undone_at))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        locale = QLocale()
        counts = {self.COL_CREATED: record.created, self.COL_UPDATED: record.updated,
                  self.COL_SKIPPED: record.skipped, self.COL_REJECTED: record.rejected}
        if column in counts:
            return locale.toString(counts[column])
        if column == self.COL_FILE:
            return record.file_name
        if column == self.COL_KIND:
            return records_text(record.kind)
        if column == self.COL_WHEN:
            return local_time_text(record.started_at)
        if record.undone_at is not None:
            return self.tr("Undone")
        return self.tr("Imported", "status") if record.finished_at is not None else ""


class ImportHistoryDialog(QDialog):
    """The imports, newest first; undo a whole one. ``undone(batch_id)`` after an undo."""

    undone = Signal(int)

    def __init__(self, database: Database, changes: Changes,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import-history")
        self.setWindowTitle(self.tr("Import History"))
        self._db, self._changes = database, changes
        self._busy = False
        self.model = BatchesModel(self)
        self.table = QTableView()
        self.table.setObjectName("import-history-table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the buttons
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # "batch_…_2025.xlsx"
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel()
        self.status.setObjectName("history-status")
        self.status.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.undo_button = buttons.addButton(self.tr("&Undo This Import…"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.undo_button.setObjectName("undo-import")
        self.undo_button.clicked.connect(self.undo_selected)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        # Tab as the buttons are shown, Undo then Close (Close was made first).
        QWidget.setTabOrder(self.table, self.undo_button)
        QWidget.setTabOrder(self.undo_button, buttons.button(QDialogButtonBox.StandardButton.Close))
        self.resize(860, 440)
        self.load()
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_button())
        if self.model.rowCount():
            self.table.selectRow(0)
        else:
            # No empty grid: the sentence alone, in the middle, as the Import/Export page.
            self.table.hide()
            self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.setStretchFactor(self.status, 1)
            self.status.setText(self.tr("Nothing has been imported yet."))
        self._update_button()

    def load(self) -> None:
        with self._db.session_scope() as session:
            self.model.set_records(list_batches(session))
        self.table.resizeColumnsToContents()

    def selected(self) -> BatchRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _update_button(self) -> None:
        record = self.selected()
        self.undo_button.setEnabled(not self._busy and record is not None
                                    and record.undone_at is None)

    def undo_selected(self) -> None:
        """Confirm, then undo the selected import on a worker."""
        record = self.selected()
        if record is None or record.undone_at is not None or self._busy:
            return
        question = "\n\n".join((
            self.tr("Undo the import of “{file}” ({when})?").format(
                file=record.file_name, when=local_time_text(record.started_at)),
            self._undo_counts(record)))
        answer = QMessageBox.question(self, self.tr("Undo Import"), question,
                                      QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        database, batch_id = self._db, record.id

        def work(_cancel: Any) -> tuple[UndoResult, BatchRecord]:
            with database.session_scope() as session:
                result = undo_batch(session, batch_id)
                return result, get_batch(session, batch_id)

        self._busy = True
        self._update_button()
        self.status.setText(self.tr("Undoing the import of “{file}”…").format(
            file=record.file_name))
        run_in_background(work, on_done=self._undone, on_error=self._undo_failed)

    def _undo_counts(self, record: BatchRecord) -> str:
        """What undoing ``record`` will remove and put back, in its kind's words."""
        locale = QLocale()
        created, updated = locale.toString(record.created), locale.toString(record.updated)
        if record.kind == "companies":
            return "\n".join((
                self.tr("Companies it created, which will be removed: {count}").format(
                    count=created),
                self.tr("Companies it updated, which will be put back as they were: {count}")
                .format(count=updated)))
        if record.kind in ("interactions", "tasks", "purchases"):
            removed = {
                "interactions": self.tr("Interactions it added, which will be removed: {count}"),
                "tasks": self.tr("Tasks it added, which will be removed: {count}"),
                "purchases": self.tr("Purchases it added, which will be removed (with the "
                                     "points they earned): {count}"),
            }[record.kind]
            return removed.format(count=created)
        return "\n".join((
            self.tr("Contacts it created, which will be removed: {count}").format(
                count=created),
            self.tr("Contacts it updated, which will be put back as they were: {count}")
            .format(count=updated)))

    def _undone(self, outcome: tuple[UndoResult, BatchRecord]) -> None:
        result, record = outcome
        self._busy = False
        self.model.replace(record)
        self._update_button()
        self.status.setText(self._undone_text(record.kind, result))
        announce_import(self._changes, record.kind)
        self.undone.emit(record.id)

    def _undone_text(self, kind: str, result: UndoResult) -> str:
        locale = QLocale()
        if kind == "companies":
            return self.tr("Undone. Companies removed: {removed}. Companies put back as they "
                           "were: {restored}.").format(
                removed=locale.toString(result.companies_removed),
                restored=locale.toString(result.companies_restored))
        if kind == "interactions":
            return self.tr("Undone. Interactions removed: {count}.").format(
                count=locale.toString(result.interactions_removed))
        if kind == "tasks":
            return self.tr("Undone. Tasks removed: {count}.").format(
                count=locale.toString(result.tasks_removed))
        if kind == "purchases":
            return self.tr("Undone. Purchases removed: {count}.").format(
                count=locale.toString(result.purchases_removed))
        return self.tr("Undone. Contacts removed: {removed}. Contacts put back as they were: "
                       "{restored}.").format(removed=locale.toString(result.removed),
                                             restored=locale.toString(result.restored))

    def _undo_failed(self, exc: BaseException) -> None:
        self._busy = False
        self.load()  # it may have been undone elsewhere meanwhile
        self._update_button()
        self.status.setText(self.tr("The import could not be undone: {reason}").format(
            reason=translated(exc)))
