"""The Loyalty section: where customers stand, from the figures the last recompute stored.

Showing the section reads one row (loyalty_report.loyalty_report: the stored JSON), so
it opens at once whatever the size of the history; before the first recompute it says
so and offers the Recompute button. Recompute runs ``recompute.standings`` and then
``recompute.reports`` (every customer's standing, then the stored figures) on a worker,
as two units of work, with a progress bar fed by polling and a Cancel that rolls back
the one running (each runs again, up to recompute.ATTEMPTS times in all, when a save
made meanwhile outdated what it read); then the section reloads and announces
``Changes.loyaltyChanged`` (everything: an empty set).

Every count opens its contacts (contact_list_dialog), and from there follow-ups, a
campaign or an export for mailing act on all of them; "Win back lapsed customers…"
opens the reactivation candidates. A purchase, a redemption, an import or an edit of
contacts (``loyaltyChanged``, ``contactsChanged``) leaves the stored figures behind:
the section says so until the next recompute.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..services.loyalty_report import ListQuery, LoyaltyReport, loyalty_report
from .contact_list_dialog import ContactListDialog
from .i18n import translated
from .loyalty_figures_view import LoyaltyFiguresView
from .loyalty_tables import LIFECYCLE_NAMES, name_of
from .workers import BackgroundOp, run_in_background

if TYPE_CHECKING:

    from ..db import Database
    from .changes import Changes
    from .settings import Settings

_log = logging.getLogger(__name__)
EMPTY, FIGURES = range(2)
POLL_MS = 100

#: run(session, today, progress, cancel) -> the recompute's result
# run(database, today, progress, cancel) -> the standings result
Recompute = Callable[[Any, dt.date, Callable[[int, int, str], None], Any], Any]


def run_recompute(database: Database, today: dt.date,
                  progress: Callable[[int, int, str], None], cancel: Any) -> Any:
    """The standings, then the stored figures, as two units of work (see
    app.services.recompute: the window's writes never wait behind the long reads)."""
    from ..services import recompute

    result = _attempts(database, lambda session: recompute.standings(
        session, today=today, progress=progress, cancel=cancel))
    _attempts(database, lambda session: recompute.reports(
        session, today=today, progress=progress, cancel=cancel))
    return result


def _attempts(database: Database, work: Callable[[Any], Any]) -> Any:
    """``work(session)`` in a unit of work of its own, run again (recompute.ATTEMPTS
    times in all) while saves made meanwhile outdate what it read (recompute.outdated):
    each run that failed so stored nothing."""
    from ..services import recompute

    attempt = 1
    while True:
        try:
            with database.session_scope() as session:
                return work(session)
        except Exception as error:
            if attempt == recompute.ATTEMPTS or not recompute.outdated(error):
                raise
            attempt += 1
            _log.info("outdated by a save meanwhile: attempt %d", attempt)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class LoyaltySection(QWidget):
    statusMessage = Signal(str)  # noqa: N815 - Qt's naming
    #: The stored figures (or the empty state) are on screen.
    loaded = Signal()
    openContactRequested = Signal(int)  # noqa: N815
    #: A recompute ended (True when it stored new figures).
    recomputed = Signal(bool)

    def __init__(self, database: Database, settings: Settings, changes: Changes,
                 undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loyalty-section")
        self.database, self.settings, self.changes = database, settings, changes
        self.undo_stack = undo_stack
        self.report: LoyaltyReport | None = None
        self.stale = False
        self._dirty = True
        self._announcing = False
        self.today: Callable[[], dt.date] = dt.date.today
        #: The recompute to run (tests put a stand-in here).
        self.run_recompute: Recompute = run_recompute
        self.recompute_op: BackgroundOp | None = None
        self._progress = (0, 0)
        self.dialogs: list[ContactListDialog] = []
        self._build()
        changes.contactsChanged.connect(lambda _ids: self._on_changed())
        changes.loyaltyChanged.connect(lambda _ids: self._on_changed())

    # Building --------------------------------------------------------------------------
    def _build(self) -> None:
        self.computed_label = QLabel()
        self.computed_label.setObjectName("loyalty-computed")
        self.stale_label = QLabel(self.tr(
            "Purchases, points or contacts changed since: recompute to bring the figures up "
            "to date."))
        self.stale_label.setObjectName("loyalty-stale")
        self.stale_label.setWordWrap(True)
        self.stale_label.setStyleSheet("color: palette(link); font-weight: bold;")
        self.stale_label.hide()
        self.settings_button = QPushButton(self.tr("Programme settings…"))
        self.settings_button.clicked.connect(self.edit_settings)
        self.recompute_button = QPushButton(self.tr("Recompute"))
        self.recompute_button.setObjectName("loyalty-recompute")
        self.recompute_button.setToolTip(self.tr(
            "Work out every customer’s status, segment, tier and points again, and the "
            "figures shown here."))
        self.recompute_button.clicked.connect(self.recompute)
        self.progress = QProgressBar()
        self.progress.setObjectName("loyalty-progress")
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(220)
        self.progress_label = QLabel()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel_recompute)
        for widget in (self.progress, self.progress_label, self.cancel_button):
            widget.hide()
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._show_progress)

        top = QHBoxLayout()
        top.addWidget(self.computed_label)
        top.addStretch(1)
        top.addWidget(self.progress_label)
        top.addWidget(self.progress)
        top.addWidget(self.cancel_button)
        top.addWidget(self.settings_button)
        top.addWidget(self.recompute_button)

        self.figures = LoyaltyFiguresView()
        self.figures.listRequested.connect(self.open_list)
        self.figures.winBackRequested.connect(self.win_back)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._empty_page())
        self.stack.addWidget(self.figures)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stale_label)
        layout.addWidget(self.stack, 1)

    def _empty_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("loyalty-empty")
        self.empty_title = QLabel(self.tr("Recompute to see where your customers stand"))
        font = QFont(self.empty_title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.empty_title.setFont(font)
        self.empty_title.setWordWrap(True)
        self.empty_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(self.tr(
            "Rapport works out from their purchases who is new, active, expanding, at risk "
            "or lapsed, ranks every customer by recency, frequency and spend, places "
            "members in their tiers, and shows whether the loyalty programme pays. It "
            "takes a moment on a large history; after that this page opens at once."))
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setMaximumWidth(560)
        text.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.empty_button = QPushButton(self.tr("Recompute now"))
        self.empty_button.setObjectName("loyalty-recompute-empty")
        self.empty_button.clicked.connect(self.recompute)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.empty_title)
        layout.addWidget(text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(12)
        layout.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return page

    # Loading ---------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._dirty:
            self.reload()

    def reload(self) -> None:
        """Read the stored report (one row) and show it."""
        self._dirty = False
        shown = self.report.computed_at if self.report else None
        with self.database.session_scope() as s:
            self.report = loyalty_report(s)
        if self.report is not None and self.report.computed_at != shown and shown is not None:
            self.stale = False  # a recompute elsewhere (after an import) stored new ones
        self._show()
        self.loaded.emit()

    def _show(self) -> None:
        report = self.report
        if report is None:
            self.computed_label.setText(self.tr("Not computed yet"))
            self.stack.setCurrentIndex(EMPTY)
            self.stale_label.hide()
            return
        locale = QLocale()
        self.computed_label.setText(self.tr(
            "Computed on {date}; the last 12 months run from {start}.").format(
            date=locale.toString(_qdate(report.computed_on), QLocale.FormatType.LongFormat),
            start=locale.toString(_qdate(report.period_start), QLocale.FormatType.ShortFormat)))
        self.figures.set_report(report)
        self.stack.setCurrentIndex(FIGURES)
        self.stale_label.setVisible(self.stale)

    def _on_changed(self) -> None:
        if self._announcing:
            return
        if self.report is not None:
            self.stale = True
            self.stale_label.show()
        self._dirty = True
        if self.isVisible():
            self.reload()

    # Recompute -------------------------------------------------------------------------
    def recompute(self) -> BackgroundOp | None:
        if self.recompute_op is not None and self.recompute_op.running:
            return None
        today, db, run = self.today(), self.database, self.run_recompute
        self._progress = (0, 0)

        def progress(done: int, total: int, _step: str) -> None:  # on the worker: numbers
            self._progress = (done, total)

        def work(cancel: Any) -> Any:
            return run(db, today, progress, cancel)

        self._busy(True)
        self.recompute_op = run_in_background(work, on_done=self._recompute_done,
                                              on_error=self._recompute_failed)
        return self.recompute_op

    def cancel_recompute(self) -> None:
        if self.recompute_op is not None and self.recompute_op.running:
            self.recompute_op.cancel()
            self.progress_label.setText(self.tr("Cancelling…"))
            self.cancel_button.setEnabled(False)

    def _busy(self, on: bool) -> None:
        for widget in (self.progress, self.progress_label, self.cancel_button):
            widget.setVisible(on)
        self.cancel_button.setEnabled(on)
        self.recompute_button.setEnabled(not on)
        self.empty_button.setEnabled(not on)
        if on:
            self.progress.setRange(0, 0)
            self.progress_label.setText(self.tr("Recomputing…"))
            self._poll.start()
        else:
            self._poll.stop()

    def _show_progress(self) -> None:
        done, total = self._progress
        if total and not self.recompute_op_cancelled():
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
            self.progress_label.setText(self.tr("Recomputing… step %1 of %2")
                                        .replace("%1", str(min(done + 1, total)))
                                        .replace("%2", str(total)))

    def recompute_op_cancelled(self) -> bool:
        op = self.recompute_op
        return op is not None and op.cancel_event.is_set()

    def _recompute_done(self, result: Any) -> None:
        self._busy(False)
        self.stale = False
        self.reload()
        customers = getattr(result, "customers", None)
        text = (self.tr("Recomputed %n customer(s).", "", customers)
                if isinstance(customers, int) else self.tr("Recomputed."))
        self.statusMessage.emit(text)
        self._announcing = True
        try:
            self.changes.loyaltyChanged.emit(set())
        finally:
            self._announcing = False
        self.recomputed.emit(True)

    def _recompute_failed(self, err: BaseException) -> None:
        from ..services import recompute

        cancelled = self.recompute_op_cancelled()
        self._busy(False)
        if cancelled:
            self.statusMessage.emit(
                self.tr("Recompute cancelled; the figures shown are the last ones stored."))
        elif recompute.outdated(err):
            QMessageBox.warning(self, self.tr("Recompute"), self.tr(
                "Purchases or points kept being saved while the figures were recomputed, "
                "so none were stored; those shown are the last ones stored. Recompute "
                "again once the saving is done."))
        else:
            QMessageBox.warning(self, self.tr("Recompute"), self.tr(
                "The figures could not be recomputed; those shown are the last ones stored: "
                "{reason}")
                .format(reason=translated(err)))
        self.recomputed.emit(False)

    # Lists -----------------------------------------------------------------------------
    def open_list(self, query: ListQuery, title: str, hint: str = "") -> ContactListDialog:
        dialog = ContactListDialog(self.database, self.changes, query, title,
                                   self.report.currency if self.report else None,
                                   hint=hint, parent=self)
        dialog.openContactRequested.connect(self.openContactRequested)
        dialog.statusMessage.connect(self.statusMessage)
        dialog.finished.connect(lambda _r: self._forget(dialog))
        self.dialogs.append(dialog)
        dialog.open()
        return dialog

    def _forget(self, dialog: ContactListDialog) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)
        dialog.deleteLater()

    def win_back(self) -> ContactListDialog:
        """The reactivation candidates: the Lapsed customers, with what to do."""
        title = self.tr("Lapsed customers: win them back")
        hint = self.tr(
            "They have not bought for a long time ({status}). Create a follow-up for each "
            "(assigned to the contact’s owner), log the campaign you sent them, or export "
            "those who opted in to marketing for a mailing.").format(
            status=name_of(LIFECYCLE_NAMES, "lapsed"))
        return self.open_list(ListQuery("lifecycle", "lapsed"), title, hint)

    def edit_settings(self) -> None:
        from .loyalty_settings import LoyaltySettingsDialog

        dialog = LoyaltySettingsDialog(self.database, self.changes, self)
        dialog.open()
