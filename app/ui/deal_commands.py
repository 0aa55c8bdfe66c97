"""Undoable deal writes: create, edit, move, delete as QUndoCommands on the app's stack.

They behave like the contact commands (app.ui.undo_commands): pushing one performs it,
each redo() and undo() is one unit of work, a service error makes the command obsolete
and is kept in ``error`` (after the first redo it is announced by
``command_failures().failed``). Each step ends by announcing
``Changes.dealsChanged`` with the stages whose columns changed, so the board reloads
those two columns and nothing else.

A move is taken back exactly (``deals.undo_move``: the visit it opened goes, the one
it closed is open again); its redo moves again, recording a new visit at that moment.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from ..services import deals
from ..services.deals import DealInput, DealRecord, Move
from .undo_commands import ServiceCommand

if TYPE_CHECKING:
    from ..db import Database
    from .changes import Changes


@dataclasses.dataclass(frozen=True)
class Closing:
    """What a move to Won or Lost asks for: the close date and, for Lost, the reason."""

    closed_on: dt.date | None = None
    lost_reason_id: int | None = None


class DealCommand(ServiceCommand):
    """Base of the deal commands: announces the stages whose columns they changed. A
    second redo does the first again unless a subclass knows better."""

    def _announce(self, ids: set[int]) -> None:
        self._changes.dealsChanged.emit(frozenset(ids))

    def _redo_again(self, session: Session) -> Iterable[int]:
        return self._first_redo(session)


class CreateDealCommand(DealCommand):
    """Create a deal; undo moves it to the Trash, redo brings it back."""

    def __init__(self, database: Database, changes: Changes, data: DealInput) -> None:
        text = QCoreApplication.translate("UndoCommands", "Create deal {title}")
        super().__init__(database, changes, text.format(title=data.title.strip()))
        self._data = data
        self.record: DealRecord | None = None

    def _first_redo(self, session: Session) -> Iterable[int]:
        self.record = deals.create_deal(session, self._data)
        return {self.record.stage_id}

    def _undo(self, session: Session) -> Iterable[int]:
        assert self.record is not None
        deals.delete_deal(session, self.record.id)
        return {self.record.stage_id}

    def _redo_again(self, session: Session) -> Iterable[int]:
        assert self.record is not None
        deals.restore_deal(session, self.record.id)
        return {self.record.stage_id}


class EditDealCommand(DealCommand):
    """Change a deal's fields and, when its stage changed, move it (a recorded move)."""

    def __init__(self, database: Database, changes: Changes, deal_id: int, data: DealInput,
                 closing: Closing | None = None) -> None:
        text = QCoreApplication.translate("UndoCommands", "Edit deal {title}")
        super().__init__(database, changes, text.format(title=data.title.strip()))
        self.deal_id = deal_id
        self._data = data
        self._closing = closing or Closing()
        self._before: DealRecord | None = None
        self._after: DealRecord | None = None
        self._move: Move | None = None

    def _first_redo(self, session: Session) -> Iterable[int]:
        self._before = deals.get_deal(session, self.deal_id)
        same_stage = dataclasses.replace(self._data, stage_id=self._before.stage_id)
        self._after = deals.update_deal(session, self.deal_id, same_stage)
        return self._move_if_asked(session)

    def _move_if_asked(self, session: Session) -> Iterable[int]:
        assert self._before is not None
        self._move = deals.move_deal(session, self.deal_id, self._data.stage_id,
                                     closed_on=self._closing.closed_on,
                                     lost_reason_id=self._closing.lost_reason_id)
        return {self._before.stage_id, self._data.stage_id}

    def _undo(self, session: Session) -> Iterable[int]:
        assert self._before is not None
        if self._move is not None:
            deals.undo_move(session, self._move)
        deals.put_back(session, self._before)
        return {self._before.stage_id, self._data.stage_id}

    def _redo_again(self, session: Session) -> Iterable[int]:
        assert self._after is not None
        deals.put_back(session, self._after)
        return self._move_if_asked(session)


class MoveDealCommand(DealCommand):
    """Move a deal to another stage (the board's drag and Ctrl+Left/Right)."""

    def __init__(self, database: Database, changes: Changes, deal_id: int, title: str,
                 stage_id: int, stage_name: str, closing: Closing | None = None) -> None:
        text = QCoreApplication.translate("UndoCommands", "Move {title} to {stage}")
        super().__init__(database, changes, text.format(title=title, stage=stage_name))
        self.deal_id = deal_id
        self.stage_id = stage_id
        self._closing = closing or Closing()
        self.move: Move | None = None

    def _first_redo(self, session: Session) -> Iterable[int]:
        self.move = deals.move_deal(session, self.deal_id, self.stage_id,
                                    closed_on=self._closing.closed_on,
                                    lost_reason_id=self._closing.lost_reason_id)
        if self.move is None:  # it was there already: nothing to undo
            self.setObsolete(True)
            return set()
        return {self.move.from_stage_id, self.move.to_stage_id}

    def _undo(self, session: Session) -> Iterable[int]:
        assert self.move is not None
        deals.undo_move(session, self.move)
        return {self.move.from_stage_id, self.move.to_stage_id}


class DeleteDealCommand(DealCommand):
    """Move a deal to the Trash; undo restores it."""

    def __init__(self, database: Database, changes: Changes, record: DealRecord) -> None:
        text = QCoreApplication.translate("UndoCommands", "Delete deal {title}")
        super().__init__(database, changes, text.format(title=record.title))
        self.record = record

    def _first_redo(self, session: Session) -> Iterable[int]:
        deals.delete_deal(session, self.record.id)
        return {self.record.stage_id}

    def _undo(self, session: Session) -> Iterable[int]:
        deals.restore_deal(session, self.record.id)
        return {self.record.stage_id}
