"""Redeem points for a reward, or adjust them by hand: the two small forms of the
loyalty block on a contact's page.

Each OK is one unit of work: the ledger entry (app.services.points, which refuses a
redemption beyond the balance, a missing reason, points taken below zero) and the
contact's status recomputed at once, then ``Changes.loyaltyChanged`` with the contact.
A refusal shows the service's message under the field it is about, writes nothing,
and keeps the form open. Ledger entries are corrected by reversing entries, not by
Edit > Undo, so these are not on the undo stack.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from ..services import money, points, purchases
from ..services.errors import ServiceError, ValidationError
from ..services.points import LedgerEntry
from .task_dialog import FieldErrors

if TYPE_CHECKING:
    from ..db import Database
    from .changes import Changes

REDEEM, ADJUST = "redeem", "adjust"


class PointsDialog(QDialog):
    """``mode`` REDEEM (points, reward, its cost) or ADJUST (signed points, reason) for
    one contact; ``saved(LedgerEntry)`` after the write."""

    saved = Signal(object)

    def __init__(self, database: Database, changes: Changes, contact_id: int, *,
                 mode: str, name: str, balance: int, currency: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"points-{mode}-dialog")
        self._db, self._changes = database, changes
        self.contact_id, self.mode, self._currency = contact_id, mode, currency
        self.errors = FieldErrors(("points", "reason", "cost", "contact_id", "entry"))
        redeem = mode == REDEEM
        self.setWindowTitle(self.tr("Redeem Points: {name}").format(name=name) if redeem
                            else self.tr("Adjust Points: {name}").format(name=name))
        self.balance = QLabel(self.tr("Balance: %Ln point(s)", "", balance))
        self.balance.setObjectName("points-balance")
        self.points = QSpinBox()
        self.points.setObjectName("points-value")
        self.points.setGroupSeparatorShown(True)
        self.points.setRange(1 if redeem else -points.POINTS_MAX, points.POINTS_MAX)
        self.points.setValue(1 if redeem else 0)
        self.reason = QLineEdit()
        self.reason.setObjectName("points-reason")
        self.reason.setMaxLength(points.REASON_LEN)
        self.reason.setPlaceholderText(self.tr("The reward, such as a free coffee") if redeem
                                       else self.tr("Why, such as a birthday gift"))
        self.cost = QLineEdit()
        self.cost.setObjectName("points-cost")
        self.cost.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.cost.setPlaceholderText(self.tr("optional"))
        cost_row = self.cost_row = QWidget()  # kept: an adjustment shows no cost
        row = QHBoxLayout(cost_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.cost, 1)
        row.addWidget(QLabel(currency))
        e = self.errors
        form = QFormLayout()
        form.addRow(self.balance)
        form.addRow(self.tr("&Points:"), e.under("points", self.points))
        form.addRow(self.tr("&Reward:") if redeem else self.tr("&Reason:"),
                    e.under("reason", self.reason))
        if redeem:
            form.addRow(self.tr("&Cost of the reward:"), e.under("cost", cost_row))
        else:
            cost_row.hide()
            self.points.setToolTip(self.tr("Positive adds points, negative takes them away"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("points-ok")
        self.ok_button.setText(self.tr("Redeem") if redeem else self.tr("Adjust"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for field in ("contact_id", "entry", "general"):
            layout.addWidget(e.labels[field])
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)
        self.points.setFocus()
        self.points.selectAll()

    def save(self) -> None:
        """Write the entry and recompute the contact, or show why not and stay open."""
        self.errors.clear()
        try:
            cost_text = self.cost.text().strip()
            cost = (money.parse_amount(cost_text, self._currency, field="cost")
                    if self.mode == REDEEM and cost_text else None)
            with self._db.session_scope() as session:
                entry = self._write(session, cost)
                purchases.refresh_status(session, self.contact_id, today=dt.date.today())
        except (ServiceError, SQLAlchemyError) as err:
            self.errors.show(err)
            if isinstance(err, ValidationError) and err.field == "reason":
                self.reason.setFocus()
            elif isinstance(err, ValidationError) and err.field == "cost":
                self.cost.setFocus()
            else:
                self.points.setFocus()
            return
        self._changes.loyaltyChanged.emit({self.contact_id})
        self.saved.emit(entry)
        self.accept()

    def _write(self, session, cost: int | None) -> LedgerEntry:
        if self.mode == REDEEM:
            return points.redeem(session, self.contact_id, self.points.value(),
                                 reason=self.reason.text(), cost_minor=cost)
        return points.adjust(session, self.contact_id, self.points.value(),
                             reason=self.reason.text())
