"""The Tasks section: the agenda (Overdue, Today, Next 7 days, Later, No date, Done).

``agenda.agenda()`` runs on a worker (about 160 ms over 100,000 open tasks) and hands
back every bucket's full count and its first ``limit`` tasks; the tree shows those
through AgendaModel (agenda_model.py), with a "more not shown" row where a bucket holds
more, and the counts in the headings. A newer reload makes an older result stale, and
the stale result is dropped. Every write is one session on the GUI thread (a single row
by key) followed by ``changes.tasksChanged``, which every view of tasks, this one
included, listens to.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QPoint,
    QStandardPaths,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QKeySequence,
    QShowEvent,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QToolBar,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from ..models.enums import Priority, TaskStatus
from ..services import tasks
from ..services.agenda import Agenda, Bucket
from ..services.agenda import agenda as load_agenda
from ..services.errors import ServiceError
from ..services.io import ics
from ..services.tasks import TaskRecord
from .agenda_model import BUCKETS, AgendaModel, TaskRole
from .i18n import translated
from .task_dialog import (
    DAY_START,
    CompleteDialog,
    RescheduleDialog,
    TaskDialog,
    local_moment,
    local_now,
    priority_label,
)
from .workers import BackgroundOp, run_in_background

if TYPE_CHECKING:
    from ..db import Database
    from .changes import Changes
    from .settings import Settings

AGENDA_LIMIT = 200  # tasks shown per bucket; the headings always show the full counts
EXPORT_LIMIT = 2**31 - 1  # an export takes every task the filters let through


class TasksSection(QWidget):
    """The agenda with its filters and the actions on the selected task."""

    overdueChanged = Signal(int)  # the loaded agenda's Overdue count (filters applied)
    agendaLoaded = Signal(object)  # Agenda, each time a reload lands
    statusMessage = Signal(str)  # for the main window's status bar

    def __init__(self, database: Database, settings: Settings, changes: Changes,
                 parent: QWidget | None = None, *, undo_stack: QUndoStack | None = None,
                 limit: int = AGENDA_LIMIT,
                 clock: Callable[[], dt.datetime] = local_now) -> None:
        super().__init__(parent)
        self.setObjectName("tasks-section")
        self._db, self._settings, self._changes = database, settings, changes
        self._undo, self._limit, self._clock = undo_stack, limit, clock
        self._generation = 0
        self._stale = True  # loaded on first show, or when reload() is called
        self._owners_stale = True
        self._collapsed = {Bucket.DONE}
        self.owners: list[str] = []
        self._export_target: Path | None = None
        self.export_task: Any = None  # the spreadsheet export in flight (export_dialog)

        self.model = AgendaModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("agenda")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.activated.connect(lambda index: self.edit_task(index.data(TaskRole)))
        self.tree.expanded.connect(lambda i: self._collapsed.discard(self.model.bucket(i)))
        self.tree.collapsed.connect(lambda i: self._collapsed.add(BUCKETS[i.row()]))
        self.tree.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        for column, width in enumerate((320, 180, 140, 90)):
            self.tree.header().resizeSection(column, width)

        self.empty = QLabel(self.tr("No follow-ups yet.\nCreate one with New Task…"))
        self.empty.setObjectName("tasks-empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()

        self.owner_filter = QComboBox()
        self.owner_filter.setObjectName("filter-task-owner")
        self.owner_filter.addItem(self.tr("Any owner"), None)
        self.priority_filter = QComboBox()
        self.priority_filter.setObjectName("filter-task-priority")
        self.priority_filter.addItem(self.tr("Any priority"), None)
        for value in (Priority.HIGH, Priority.NORMAL, Priority.LOW):
            self.priority_filter.addItem(priority_label(value), int(value))
        for combo in (self.owner_filter, self.priority_filter):
            combo.currentIndexChanged.connect(lambda _i: self.reload())

        self._build_actions()
        filters = QHBoxLayout()
        filters.addWidget(self.owner_filter)
        filters.addWidget(self.priority_filter)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addLayout(filters)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty, 1)
        changes.tasksChanged.connect(self._on_tasks_changed)
        self._update_actions()

    def _build_actions(self) -> None:
        def action(text: str, name: str, slot: Callable[[], Any]) -> QAction:
            act = QAction(text, self)
            act.setObjectName(name)
            act.triggered.connect(lambda _checked=False: slot())
            return act

        self.new_action = action(self.tr("New Task…"), "action-new-task", self.new_task)
        self.complete_action = action(self.tr("Complete…"), "action-complete-task",
                                      self.complete_selected)
        self.snooze_hour_action = action(self.tr("For 1 Hour"), "action-snooze-hour",
                                         lambda: self.snooze_selected(self._in_an_hour()))
        start = QLocale().toString(QTime(DAY_START.hour, DAY_START.minute),
                                   QLocale.FormatType.ShortFormat)
        self.snooze_tomorrow_action = action(
            self.tr("Until Tomorrow, {time}").format(time=start), "action-snooze-tomorrow",
            lambda: self.snooze_selected(self._day_start(1)))
        self.snooze_week_action = action(
            self.tr("Until Monday, {time}").format(time=start), "action-snooze-week",
            lambda: self.snooze_selected(self._day_start(7 - self._today().weekday())))
        self.snooze_menu = QMenu(self.tr("Snooze"), self)
        for act in (self.snooze_hour_action, self.snooze_tomorrow_action,
                    self.snooze_week_action):
            self.snooze_menu.addAction(act)
        self.reschedule_action = action(self.tr("Reschedule…"), "action-reschedule-task",
                                        self.reschedule_selected)
        self.reassign_action = action(self.tr("Reassign…"), "action-reassign-task",
                                      self.reassign_selected)
        self.delete_action = action(self.tr("Delete"), "action-delete-task",
                                    self.delete_selected)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        # Only while the agenda has focus: the contact list has a Delete of its own.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.delete_action)
        self.export_action = action(self.tr("Export to .ics…"), "action-export-ics",
                                    self.export_ics)
        self.export_table_action = action(self.tr("Export to Spreadsheet…"),
                                          "action-export-tasks", self.export_table)
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("tasks-toolbar")
        self.toolbar.addAction(self.new_action)
        self.toolbar.addAction(self.complete_action)
        snooze = QToolButton()
        snooze.setText(self.snooze_menu.title())
        snooze.setMenu(self.snooze_menu)
        snooze.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.toolbar.addWidget(snooze)
        for act in (self.reschedule_action, self.reassign_action, self.delete_action):
            self.toolbar.addAction(act)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.export_action)
        self.toolbar.addAction(self.export_table_action)

    # Loading ---------------------------------------------------------------------------
    def reload(self) -> BackgroundOp:
        """Load the agenda (and the owners) on a worker; an older load in flight is
        dropped when it lands. Returns the agenda's op (tests wait on it)."""
        self._stale = False
        self._generation += 1
        generation, today, db, limit = self._generation, self._today(), self._db, self._limit
        owner, priority = self.owner_filter.currentData(), self.priority_filter.currentData()

        def load(_cancel: Any) -> tuple[int, Agenda]:
            with db.session_scope() as session:
                return generation, load_agenda(session, today=today, owner=owner,
                                               priority=priority, limit=limit)

        return run_in_background(load, on_done=self._on_loaded, on_error=self._on_load_failed)

    def _load_owners(self) -> None:
        """The owner filter's choices: read after the agenda has landed (the query reads
        the whole table, and must not slow the agenda down), and again after changes."""
        self._owners_stale = False
        db = self._db

        def owners(_cancel: Any) -> list[str]:
            with db.session_scope() as session:
                return tasks.task_owners(session)

        run_in_background(owners, on_done=self._on_owners)

    def _on_tasks_changed(self) -> None:
        self._owners_stale = True
        if self.isVisible():
            self.reload()
        else:
            self._stale = True  # reloaded when next shown

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _on_loaded(self, result: tuple[int, Agenda]) -> None:
        generation, agenda = result
        if generation != self._generation:
            return  # a newer reload is on its way
        selected = self.selected_task()
        self.model.set_agenda(agenda)
        for row, bucket in enumerate(Bucket):
            self.tree.setExpanded(self.model.index(row, 0), bucket not in self._collapsed)
        if selected is not None:
            index = self.model.task_index(selected.id)
            if index is not None:
                self.tree.setCurrentIndex(index)
        filtered = self.owner_filter.currentIndex() > 0 or self.priority_filter.currentIndex() > 0
        nothing = not any(agenda.counts.values())
        self.empty.setText(self.tr("No tasks match these filters.") if filtered
                           else self.tr("No follow-ups yet.\nCreate one with New Task…"))
        self.empty.setVisible(nothing)
        self.tree.setVisible(not nothing)
        self._update_actions()
        self.overdueChanged.emit(agenda.counts[Bucket.OVERDUE])
        self.agendaLoaded.emit(agenda)
        if self._owners_stale:
            self._load_owners()

    def _on_load_failed(self, err: BaseException) -> None:
        self.statusMessage.emit(self.tr("The tasks could not be loaded: {reason}")
                                .format(reason=translated(err)))

    def _on_owners(self, owners: list[str]) -> None:
        if owners == self.owners:
            return
        self.owners = owners
        current = self.owner_filter.currentData()
        self.owner_filter.blockSignals(True)
        while self.owner_filter.count() > 1:
            self.owner_filter.removeItem(1)
        for owner in sorted({*owners, *([current] if current else [])}):
            self.owner_filter.addItem(owner, owner)
        self.owner_filter.setCurrentIndex(max(0, self.owner_filter.findData(current)))
        self.owner_filter.blockSignals(False)

    # Selection -------------------------------------------------------------------------
    def selected_task(self) -> TaskRecord | None:
        rows = self.tree.selectionModel().selectedRows()
        return rows[0].data(TaskRole) if rows else None

    def _update_actions(self) -> None:
        task = self.selected_task()
        is_open = task is not None and task.is_open
        for act in (self.complete_action, self.reschedule_action, self.snooze_hour_action,
                    self.snooze_tomorrow_action, self.snooze_week_action):
            act.setEnabled(is_open)
        self.reassign_action.setEnabled(task is not None)
        self.delete_action.setEnabled(task is not None)
        agenda = self.model.agenda
        self.export_action.setEnabled(agenda is not None and any(agenda.counts.values()))
        self.export_table_action.setEnabled(self.export_action.isEnabled())

    def _context_menu(self, pos: QPoint) -> None:
        index = self.tree.indexAt(pos)
        if index.data(TaskRole) is not None:
            self.tree.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction(self.new_action)
        if self.selected_task() is not None:
            menu.addAction(self.complete_action)
            menu.addMenu(self.snooze_menu)
            for act in (self.reschedule_action, self.reassign_action, self.delete_action):
                menu.addAction(act)
        menu.addSeparator()
        menu.addAction(self.export_action)
        menu.addAction(self.export_table_action)
        menu.popup(self.tree.viewport().mapToGlobal(pos))

    # Actions ---------------------------------------------------------------------------
    def _today(self) -> dt.date:
        return self._clock().date()

    def _in_an_hour(self) -> dt.datetime:
        return self._clock() + dt.timedelta(hours=1)

    def _day_start(self, days: int) -> dt.datetime:
        return local_moment(self._today() + dt.timedelta(days=days), DAY_START)

    def write(self, work: Callable[[Session], Any], message: str = "") -> Any:
        """Run one user action in one session, then announce it; None if it failed."""
        try:
            with self._db.session_scope() as session:
                result = work(session)
        except (ServiceError, SQLAlchemyError) as err:
            QMessageBox.warning(self, self.tr("Tasks"), translated(err))
            self._changes.tasksChanged.emit()  # the task may be gone: show what is there
            return None
        self._changes.tasksChanged.emit()
        if message:
            self.statusMessage.emit(message)
        return result

    def new_task(self, contact_id: int | None = None) -> TaskDialog:
        """Open the task form (for a contact, when given); it saves on OK."""
        dialog = TaskDialog(self._db, self._settings, self, contact_id=contact_id,
                            changes=self._changes)
        return self._open(dialog)

    def edit_task(self, task: TaskRecord | None) -> TaskDialog | None:
        if task is None:
            return None
        return self._open(TaskDialog(self._db, self._settings, self, task=task,
                                     changes=self._changes))

    def _open(self, dialog: Any) -> Any:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def complete_selected(self) -> None:
        """Complete the selected task, asking for an outcome when it has a contact."""
        task = self.selected_task()
        if task is None:
            return
        if task.contact_id is None:  # nothing to log an interaction against
            self.write(lambda s: tasks.complete_task(s, task.id, now=self._clock()),
                       self.tr("Completed “{title}”").format(title=task.title))
            return
        dialog = CompleteDialog(self._db, task, self, changes=self._changes,
                                today=self._today())
        dialog.completed.connect(lambda _done: self.statusMessage.emit(
            self.tr("Completed “{title}”").format(title=task.title)))
        self._open(dialog)

    def snooze_selected(self, until: dt.datetime) -> None:
        task = self.selected_task()
        if task is not None:
            self.write(lambda s: tasks.snooze_task(s, task.id, until=until),
                       self.tr("Snoozed “{title}”").format(title=task.title))

    def reschedule_selected(self) -> None:
        task = self.selected_task()
        if task is None:
            return
        dialog = RescheduleDialog(task.due_date, self)
        dialog.chosen.connect(lambda day: self._reschedule(task, day))
        self._open(dialog)

    def _reschedule(self, task: TaskRecord, day: dt.date | None) -> None:
        # A task with a time keeps its time of day on the new date.
        due_at = None
        if day is not None and task.due_at is not None:
            due_at = local_moment(day, task.due_at.astimezone().time().replace(tzinfo=None))
        self.write(lambda s: tasks.reschedule_task(s, task.id, day, due_at),
                   self.tr("Rescheduled “{title}”").format(title=task.title))

    def reassign_selected(self) -> None:
        task = self.selected_task()
        if task is None:
            return
        dialog = QInputDialog(self)
        dialog.setObjectName("reassign-dialog")
        dialog.setWindowTitle(self.tr("Reassign Task"))
        dialog.setLabelText(self.tr("Owner of “{title}”:").format(title=task.title))
        dialog.setTextValue(task.owner or "")
        dialog.textValueSelected.connect(lambda owner: self.write(
            lambda s: tasks.reassign_task(s, task.id, owner),
            self.tr("Reassigned “{title}”").format(title=task.title)))
        self._open(dialog)

    def delete_selected(self) -> None:
        task = self.selected_task()
        if task is None:
            return
        message = self.tr("Deleted “{title}”").format(title=task.title)
        if self._undo is None:
            self.write(lambda s: tasks.delete_task(s, task.id), message)
            return
        command = DeleteTaskCommand(self._db, self._changes, task)
        self._undo.push(command)  # push() deletes it (redo)
        if command.error is not None:
            QMessageBox.warning(self, self.tr("Tasks"), translated(command.error))
        else:
            self.statusMessage.emit(message)

    def export_ics(self) -> None:
        """Ask for a file, then write the filtered tasks to it on a worker."""
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export Tasks"), str(Path(folder) / "tasks.ics"),
            self.tr("iCalendar files (*.ics)"))
        if not path:
            return
        target = Path(path if path.lower().endswith(".ics") else path + ".ics")
        db, today, now = self._db, self._today(), self._clock()
        owner, priority = self.owner_filter.currentData(), self.priority_filter.currentData()
        line = QCoreApplication.translate("Export", ics.CONTACT_LINE)

        def export(_cancel: Any) -> int:
            with db.session_scope() as session:
                agenda = load_agenda(session, today=today, owner=owner, priority=priority,
                                     limit=EXPORT_LIMIT)
            records = [task for bucket in Bucket for task in agenda.items[bucket]]
            return ics.write_tasks_ics(records, target, now=now, contact_line=line)

        self._export_target = target
        self.statusMessage.emit(self.tr("Exporting tasks…"))
        run_in_background(export, on_done=self._on_exported, on_error=self._on_export_failed)

    def export_table(self) -> None:
        """Write the tasks the agenda shows (its filters; open and done, as its buckets
        hold) to a workbook or CSV file, on a worker (see export_dialog)."""
        from ..services.io.export import TaskQuery, export_tasks
        from .export_dialog import session_run, start_export

        query = TaskQuery(owner=self.owner_filter.currentData(),
                          priority=self.priority_filter.currentData(),
                          statuses=(TaskStatus.OPEN.value, TaskStatus.DONE.value))
        self.export_task = start_export(
            self, self._db, kind="tasks", default_name=self.tr("tasks"),
            run=session_run(export_tasks, query=query, now=self._clock()),
            on_message=self.statusMessage.emit)

    def _on_exported(self, count: int) -> None:
        self.statusMessage.emit(self.tr("Exported {count} tasks to {path}").format(
            count=QLocale().toString(count), path=self._export_target))

    def _on_export_failed(self, err: BaseException) -> None:
        self.statusMessage.emit("")
        QMessageBox.warning(self, self.tr("Export failed"),
                            self.tr("The tasks could not be exported: {reason}")
                            .format(reason=translated(err)))


class DeleteTaskCommand(QUndoCommand):
    """Delete a task; Undo puts it back (with its id, unless that was taken since).

    Each redo() and undo() is one unit of work followed by ``tasksChanged``. A step that
    fails (the task was deleted or restored elsewhere meanwhile) writes nothing, keeps
    the error in ``error`` and makes the command obsolete, so the stack drops it.
    """

    def __init__(self, database: Database, changes: Changes, task: TaskRecord) -> None:
        super().__init__(QCoreApplication.translate("TasksSection", "Delete Task “{title}”")
                         .format(title=task.title))
        self._db, self._changes, self._record = database, changes, task
        self.error: BaseException | None = None

    def _run(self, work: Callable[[Session], TaskRecord]) -> None:
        try:
            with self._db.session_scope() as session:
                self._record = work(session)
        except (ServiceError, SQLAlchemyError) as err:
            self.error = err
            self.setObsolete(True)
        self._changes.tasksChanged.emit()

    def redo(self) -> None:
        self._run(lambda s: tasks.delete_task(s, self._record.id))

    def undo(self) -> None:
        self._run(lambda s: tasks.undelete_task(s, self._record))
