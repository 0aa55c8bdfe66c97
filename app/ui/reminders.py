"""Reminders while the app runs: a desktop notification when a task's reminder time comes.

A QTimer asks ``tasks.due_reminders(now, since=<previous check>)`` every 30 seconds on
a worker, so each reminder fires exactly once, however long a check takes or however
late the timer runs (after the machine slept, the next check covers the whole gap). The
same worker call counts the overdue tasks for the status bar. Results come back to the
GUI thread, which alone shows them: QSystemTrayIcon.showMessage where the desktop has a
tray, else ``banner(str)`` for the main window to put on screen.

Reminders that fell due while the app was closed are not replayed: the first check
looks back to when the notifier started (or to ``since`` when given).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon

from ..services import tasks
from ..services.tasks import TaskRecord
from .task_dialog import due_text, local_now
from .workers import BackgroundOp, run_in_background

if TYPE_CHECKING:
    from ..db import Database
    from .changes import Changes

log = logging.getLogger(__name__)

CHECK_INTERVAL_MS = 30_000
MESSAGE_MS = 10_000  # how long a tray message stays up
LISTED = 5  # titles named in one message; the rest are counted


class ReminderNotifier(QObject):
    """Checks for due reminders on a timer and on every change of tasks."""

    reminder = Signal(object)  # TaskRecord, once per reminder that came due
    banner = Signal(str)  # the message, when there is no system tray to show it in
    overdueChanged = Signal(int)  # open tasks due before today, after every check
    checked = Signal()  # a check has landed (after its reminder and overdue signals)
    notificationClicked = Signal()  # the tray message was clicked: show the agenda

    def __init__(self, database: Database, changes: Changes, parent: QObject | None = None,
                 *, interval_ms: int = CHECK_INTERVAL_MS,
                 clock: Callable[[], dt.datetime] = local_now,
                 since: dt.datetime | None = None) -> None:
        super().__init__(parent)
        self._db, self._clock = database, clock
        self._since = since or clock()
        self._checking_since = self._since
        self._op: BackgroundOp | None = None
        self._again = False  # a check was asked for while one was running
        self._tray: QSystemTrayIcon | None = None
        self.overdue_count: int | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check_now)
        self.timer.start()
        changes.tasksChanged.connect(self.check_now)

    def stop(self) -> None:
        """Stop checking and take the tray icon away (at exit)."""
        self.timer.stop()
        if self._tray is not None:
            self._tray.hide()

    def check_now(self) -> bool:
        """Start a check; False if one is running (it is then repeated when that lands)."""
        if self._op is not None and self._op.running:
            self._again = True
            return False
        now, since = self._clock(), self._since
        self._since = max(since, now)  # the next check starts where this one ends
        db, today = self._db, now.date()

        def check(_cancel: Any) -> tuple[list[TaskRecord], int]:
            with db.session_scope() as session:
                due = tasks.due_reminders(session, now=now, since=since)
                return due, tasks.overdue_count(session, today=today)

        self._checking_since = since
        self._op = run_in_background(check, on_done=self._on_checked, on_error=self._on_failed)
        return True

    def _on_checked(self, result: tuple[list[TaskRecord], int]) -> None:
        due, overdue = result
        for task in due:
            self.reminder.emit(task)
        if due:
            self._show(due)
        self.overdue_count = overdue
        self.overdueChanged.emit(overdue)
        self._finish()

    def _on_failed(self, err: BaseException) -> None:
        # Look back over the failed window again next time, so no reminder is lost.
        self._since = min(self._since, self._checking_since)
        log.warning("Checking for reminders failed: %s", err)
        self._finish()

    def _finish(self) -> None:
        self._op = None
        self.checked.emit()
        if self._again:
            self._again = False
            self.check_now()

    # Showing ---------------------------------------------------------------------------
    def message(self, due: list[TaskRecord]) -> tuple[str, str]:
        """(title, text) of the notification for the tasks that came due."""
        if len(due) == 1:
            task = due[0]
            title = self.tr("Reminder: {title}").format(title=task.title)
            details = [task.contact_name or ""]
            if task.due_date is not None:
                details.append(self.tr("due {when}").format(when=due_text(task)))
            return title, " · ".join(d for d in details if d)
        title = self.tr("Reminders ({count})").format(count=QLocale().toString(len(due)))
        lines = [task.title for task in due[:LISTED]]
        if len(due) > LISTED:
            more = QLocale().toString(len(due) - LISTED)
            lines.append(self.tr("and {count} more").format(count=more))
        return title, "\n".join(lines)

    def _show(self, due: list[TaskRecord]) -> None:
        title, text = self.message(due)
        if QSystemTrayIcon.isSystemTrayAvailable():
            self._tray_icon().showMessage(title, text, QSystemTrayIcon.MessageIcon.Information,
                                          MESSAGE_MS)
        else:
            self.banner.emit(f"{title}: {text.replace(chr(10), '; ')}" if text else title)

    def _tray_icon(self) -> QSystemTrayIcon:
        """The tray icon, made on first use with the application's icon."""
        if self._tray is None:
            icon = QApplication.windowIcon()
            if icon.isNull():
                style = QApplication.style()
                icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self._tray = QSystemTrayIcon(icon, self)
            self._tray.setToolTip(self.tr("Rapport"))
            self._tray.messageClicked.connect(self.notificationClicked)
            self._tray.show()
        return self._tray
