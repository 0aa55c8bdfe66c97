"""Undoable purchase writes: log and delete, as QUndoCommands on the app's stack.

They behave like the deal commands (app.ui.deal_commands): pushing one performs it,
each redo() and undo() is one unit of work, a service error makes the command obsolete
and is kept in ``error``. Each step announces ``Changes.loyaltyChanged`` with the
contact, whose page then shows the purchase, the points and the tier as they are now.

The undo of a log moves the purchase to the Trash (its points are reversed), the undo
of a delete restores it (it earns its points again): the ledger only ever grows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from ..services import purchases
from ..services.purchases import PurchaseInput, PurchaseRecord
from .money_text import format_money
from .undo_commands import ServiceCommand

if TYPE_CHECKING:
    from ..db import Database
    from .changes import Changes


class PurchaseCommand(ServiceCommand):
    """Base of the purchase commands: announces the contact they touched."""

    def _announce(self, ids: set[int]) -> None:
        self._changes.loyaltyChanged.emit(ids)


class LogPurchaseCommand(PurchaseCommand):
    """Log a purchase; undo moves it to the Trash, redo brings it back."""

    def __init__(self, database: Database, changes: Changes, data: PurchaseInput,
                 amount_text: str) -> None:
        text = QCoreApplication.translate("UndoCommands", "Log purchase of {amount}")
        super().__init__(database, changes, text.format(amount=amount_text))
        self._data = data
        self.record: PurchaseRecord | None = None

    def _first_redo(self, session: Session) -> Iterable[int]:
        self.record = purchases.log_purchase(session, self._data, today=dt.date.today())
        return {self.record.contact_id}

    def _undo(self, session: Session) -> Iterable[int]:
        assert self.record is not None
        purchases.delete_purchase(session, self.record.id, today=dt.date.today())
        return {self.record.contact_id}

    def _redo_again(self, session: Session) -> Iterable[int]:
        assert self.record is not None
        purchases.restore_purchase(session, self.record.id, today=dt.date.today())
        return {self.record.contact_id}


class DeletePurchaseCommand(PurchaseCommand):
    """Move a purchase to the Trash (its points are reversed); undo restores it."""

    def __init__(self, database: Database, changes: Changes, record: PurchaseRecord) -> None:
        text = QCoreApplication.translate("UndoCommands", "Delete purchase of {amount}")
        super().__init__(database, changes, text.format(
            amount=format_money(record.total_minor, record.currency)))
        self.record = record

    def _first_redo(self, session: Session) -> Iterable[int]:
        purchases.delete_purchase(session, self.record.id, today=dt.date.today())
        return {self.record.contact_id}

    def _undo(self, session: Session) -> Iterable[int]:
        purchases.restore_purchase(session, self.record.id, today=dt.date.today())
        return {self.record.contact_id}

    def _redo_again(self, session: Session) -> Iterable[int]:
        return self._first_redo(session)
