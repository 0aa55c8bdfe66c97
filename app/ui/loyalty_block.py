"""The loyalty block of a contact's page: two tabs, where they stand in the programme
(the tab is named after it), and their purchases.

Two tabs rather than two boxes, so that the side column of the page is no taller than
before. For a member: the tier (name and discount, its benefits in the tooltip), the points
balance, the spend of the last 12 months in the programme's currency, the progress to
the next tier ("350.00 USD to Gold", or points when the tiers count points), the
history of tier changes, and Redeem… and Adjust… (app.ui.points_dialog). For anyone
else: "Enroll in loyalty programme". The second tab is the PurchasesBox, with "Log
purchase…" (Ctrl+Shift+P anywhere on the page, which also shows that tab).

``show_for(contact_id)`` reads everything in one unit of work (the stored status of the
contact, the ledger's balance, the programme: app.services.loyalty_status, and a page
of purchases). The block re-reads on ``Changes.loyaltyChanged`` for its contact (or an
empty set: the programme changed) while visible, or when next shown. Enrolling is one
unit of work with the contact's status recomputed; leaving (the box's context menu)
asks first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence, QShortcut, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from ..models.enums import TierBasis
from ..services import contacts, loyalty, loyalty_status, purchases
from ..services.errors import ServiceError
from ..services.loyalty_status import Standing, TierStep
from .deal_fields import day_text, default_currency
from .i18n import translated
from .money_text import format_money
from .points_dialog import ADJUST, REDEEM, PointsDialog
from .purchase_dialog import loyalty_default
from .purchases_box import SHOWN, PurchasesBox

if TYPE_CHECKING:
    from ..db import Database
    from .changes import Changes
    from .settings import Settings

FAILURES = (ServiceError, SQLAlchemyError)
LOG_PURCHASE_KEYS = "Ctrl+Shift+P"
HISTORY_ROWS = 2  # rows of tier history shown before it scrolls


def confirm_leave(parent: QWidget, name: str) -> bool:
    """Ask before ending a membership (a test replaces this function)."""
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("LoyaltyBlock", "Leave Programme"),
        QCoreApplication.translate(
            "LoyaltyBlock", "End the membership of {name}? Their points stay in the ledger "
            "but cannot be redeemed until they enroll again.").format(name=name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Yes


class LoyaltyBlock(QTabWidget):
    """One contact's standing and purchases; ``show_for(id)`` points it at one."""

    def __init__(self, database: Database, settings: Settings, changes: Changes,
                 undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loyalty-block")
        self._db, self._settings, self._changes = database, settings, changes
        self._contact_id: int | None = None
        self._name = ""
        self._stale = False
        self._live = True
        self.standing: Standing | None = None
        self.points_dialog: QDialog | None = None  # Redeem, Adjust or the history

        self.box = QWidget()
        self.box.setObjectName("loyalty-box")
        self.tier = self._label("loyalty-tier")
        font = QFont(self.tier.font())
        font.setBold(True)
        self.tier.setFont(font)
        self.points = self._label("loyalty-points")
        self.spend = self._label("loyalty-spend")
        self.progress = QProgressBar()
        self.progress.setObjectName("loyalty-progress")
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(self.fontMetrics().height() // 2 + 4)
        self.to_next = self._label("loyalty-to-next")
        self.history = QListWidget()
        self.history.setObjectName("loyalty-history")
        self.history.setMaximumHeight(self.fontMetrics().lineSpacing() * HISTORY_ROWS + 8)
        self.history.setToolTip(self.tr("Tier changes, newest first"))
        self.redeem_button = self._button(self.tr("Redeem…"), "loyalty-redeem",
                                          lambda: self.open_points(REDEEM))
        self.adjust_button = self._button(self.tr("Adjust…"), "loyalty-adjust",
                                          lambda: self.open_points(ADJUST))
        self.ledger_button = self._button(self.tr("Points &History…"), "loyalty-ledger",
                                          self.open_ledger)
        self.enroll_button = self._button(self.tr("Enroll in loyalty programme"),
                                          "loyalty-enroll", self.enroll)
        self.not_member = self._label("loyalty-not-member")
        self.error = self._label("loyalty-error")
        self.error.setStyleSheet("color: #c62828;")
        self.error.hide()
        self.leave_action = QAction(self.tr("Leave Programme…"), self)
        self.leave_action.triggered.connect(self.leave)
        self.box.addAction(self.leave_action)
        self.box.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.member_part = QWidget()
        column = QVBoxLayout(self.member_part)
        column.setContentsMargins(0, 0, 0, 0)
        for widget in (self.tier, self.points, self.spend, self.progress, self.to_next,
                       self.history):
            column.addWidget(widget)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.adjust_button)
        buttons.addWidget(self.redeem_button)
        column.addLayout(buttons)
        # A row of its own: three buttons side by side do not fit a narrow page.
        column.addWidget(self.ledger_button, 0, Qt.AlignmentFlag.AlignRight)
        self.guest_part = QWidget()
        column = QVBoxLayout(self.guest_part)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.not_member)
        column.addWidget(self.enroll_button, 0, Qt.AlignmentFlag.AlignRight)
        inside = QVBoxLayout(self.box)
        inside.addWidget(self.member_part)
        inside.addWidget(self.guest_part)
        inside.addWidget(self.error)
        inside.addStretch(1)
        self.guest_part.hide()

        self.purchases = PurchasesBox(database, settings, changes, undo_stack)
        self.setDocumentMode(True)
        self.tabBar().setElideMode(Qt.TextElideMode.ElideRight)
        # The standing scrolls inside its tab rather than make the page taller.
        self.box_scroll = QScrollArea()
        self.box_scroll.setWidget(self.box)
        self.box_scroll.setWidgetResizable(True)
        self.box_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.box_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.addTab(self.box_scroll, self.tr("Loyalty"))
        self.addTab(self.purchases, self.tr("Purchases"))
        changes.loyaltyChanged.connect(self._on_changed)

    def install_shortcut(self, page: QWidget) -> QShortcut:
        """Ctrl+Shift+P anywhere on ``page`` opens the purchase form."""
        shortcut = QShortcut(QKeySequence(LOG_PURCHASE_KEYS), page)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.log_purchase)
        return shortcut

    def log_purchase(self) -> None:
        """Show the purchases and open the purchase form."""
        if self.purchases.isEnabled():
            self.setCurrentWidget(self.purchases)
            self.purchases.log_purchase()

    # Reading --------------------------------------------------------------------------
    def show_for(self, contact_id: int) -> None:
        self._contact_id = contact_id
        self._stale = False
        self.reload()

    def reload(self) -> None:
        if self._contact_id is None:
            return
        contact_id = self._contact_id
        try:
            with self._db.session_scope() as session:
                self._name = contacts.display_name(session, contact_id)
                found = loyalty_status.standing(
                    session, contact_id, today=dt.date.today(), translate=loyalty_default,
                    currency=default_currency(self._settings))
                bought = purchases.purchases_of(session, contact_id, limit=SHOWN)
                count = purchases.purchase_count(session, contact_id)
        except FAILURES as err:  # the contact was purged meanwhile
            self._show_error(err)
            return
        self.error.hide()
        self.show_standing(found)
        self.purchases.show_records(contact_id, bought, count)
        self.setTabText(self.indexOf(self.purchases),
                        self.tr("Purchases (%Ln)", "", count) if count else self.tr("Purchases"))

    def show_standing(self, found: Standing) -> None:
        self.standing = found
        member = found.is_member
        self.member_part.setVisible(member)
        self.guest_part.setVisible(not member)
        self.leave_action.setEnabled(member and self._live)
        self.setTabText(self.indexOf(self.box_scroll), found.program.name)
        if not member:
            self.not_member.setText(self.tr("{name} is not a member of {programme}.").format(
                name=self._name, programme=found.program.name))
            return
        info, locale = found.program, QLocale()
        if found.tier is not None:
            self.tier.setText(self.tr("{tier} · {discount}% discount").format(
                tier=found.tier.name, discount=locale.toString(found.tier.discount_pct))
                if found.tier.discount_pct else found.tier.name)
            self.tier.setToolTip(found.tier.benefits or "")
        else:
            self.tier.setText(self.tr("No tier yet") if found.computed_on is not None
                              else self.tr("Tier not computed yet"))
            self.tier.setToolTip("")
        points_text = self.tr("%Ln point(s)", "", found.points)
        self.points.setText(self.tr("{points} · member since {date}").format(
            points=points_text, date=day_text(found.member_since))
            if found.member_since else points_text)
        self.spend.setText(self.tr("Spent in 12 months: {amount}").format(
            amount=format_money(found.spend_12m, info.currency)))
        self.progress.setValue(round(found.progress * 1000))
        self.to_next.setText(self._to_next_text(found))
        self.history.clear()
        self.history.addItems([self._step_text(step) for step in found.history])
        self.history.setVisible(bool(found.history))

    def _to_next_text(self, found: Standing) -> str:
        upcoming = found.next_tier
        if upcoming is None:
            return self.tr("Top tier reached")
        missing = upcoming.threshold - found.value
        if found.program.tier_basis is TierBasis.POINTS:
            return self.tr("%Ln point(s) to {tier}", "", missing).format(tier=upcoming.name)
        return self.tr("{amount} to {tier}").format(
            amount=format_money(missing, found.program.currency), tier=upcoming.name)

    def _step_text(self, step: TierStep) -> str:
        day = day_text(step.changed_on)
        if step.tier_name is None:
            return self.tr("{date}: no tier (was {previous})").format(
                date=day, previous=step.previous_name or "")
        if step.previous_name is None:
            return self.tr("{date}: {tier}").format(date=day, tier=step.tier_name)
        return self.tr("{date}: {previous} → {tier}").format(
            date=day, previous=step.previous_name, tier=step.tier_name)

    # Actions --------------------------------------------------------------------------
    def enroll(self) -> None:
        """Make the contact a member from today, and show their tier at once."""
        if self._contact_id is None:
            return
        if self._write(lambda s, cid: loyalty.enroll(s, cid, today=dt.date.today())):
            self._changes.loyaltyChanged.emit({self._contact_id})

    def leave(self) -> None:
        if self._contact_id is None or not confirm_leave(self, self._name):
            return
        if self._write(lambda s, cid: loyalty.leave(s, cid)):
            self._changes.loyaltyChanged.emit({self._contact_id})

    def _write(self, work) -> bool:
        """``work(session, contact_id)`` and the contact's recompute, in one unit of work."""
        contact_id = self._contact_id
        assert contact_id is not None
        try:
            with self._db.session_scope() as session:
                work(session, contact_id)
                purchases.refresh_status(session, contact_id, today=dt.date.today())
        except FAILURES as err:
            self._show_error(err)
            return False
        return True

    def open_points(self, mode: str) -> None:
        """The Redeem… or Adjust… form for this contact."""
        if self._contact_id is None or self.standing is None:
            return
        dialog = PointsDialog(self._db, self._changes, self._contact_id, mode=mode,
                              name=self._name, balance=self.standing.points,
                              currency=self.standing.program.currency, parent=self)
        if self.points_dialog is not None:
            self.points_dialog.deleteLater()  # the one opened before
        self.points_dialog = dialog
        dialog.open()

    def open_ledger(self) -> None:
        """The contact's points, entry by entry, with Reverse… (app.ui.points_history)."""
        from .points_history import PointsHistoryDialog

        if self._contact_id is None:
            return
        dialog = PointsHistoryDialog(self._db, self._changes, self._contact_id,
                                     name=self._name, parent=self)
        if self.points_dialog is not None:
            self.points_dialog.deleteLater()  # the one opened before
        self.points_dialog = dialog
        dialog.open()

    def set_live(self, live: bool) -> None:
        """Enable the actions only for a contact that is there (not in the Trash)."""
        self._live = live
        for widget in (self.redeem_button, self.adjust_button, self.ledger_button,
                       self.enroll_button, self.purchases):
            widget.setEnabled(live)
        self.leave_action.setEnabled(live and self.standing is not None
                                     and self.standing.is_member)

    # Helpers --------------------------------------------------------------------------
    def _show_error(self, err: BaseException) -> None:
        self.error.setText(translated(err))
        self.error.show()

    def _on_changed(self, ids: Collection[int]) -> None:
        if self._contact_id is None or (ids and self._contact_id not in ids):
            return
        if not self.isVisible():
            self._stale = True
            return
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()

    def _label(self, name: str) -> QLabel:
        widget = QLabel()
        widget.setObjectName(name)
        widget.setWordWrap(True)
        widget.setTextFormat(Qt.TextFormat.PlainText)
        return widget

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button
