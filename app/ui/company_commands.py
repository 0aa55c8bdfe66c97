"""Undoable company writes: create and edit as QUndoCommands, beside the contact ones.

They run like the contact commands (app.ui.undo_commands.ContactCommand): pushing one
performs it, each redo() and undo() is one unit of work, and a service error makes the
command obsolete, stores it in ``error`` and, after the first redo, is announced by
``command_failures().failed`` for the main window to show.

Undo and redo put the company back *exactly*: the records read before and after the
first redo hold every stored column, and ``companies.put_back_company`` writes them
back (refreshing the search documents of its people when the name changes, as the
edit itself did). The undo of a create removes the company for good, which is only
allowed while no contact belongs to it; its redo stores it again under the same id.

Each step announces ``Changes.contactsChanged`` with an empty set, as the company form
did: the hub has no signal of its own for companies, and a company's name shows in the
contact list and is found by the contact search.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from ..services import companies
from ..services.companies import CompanyInput, CompanyRecord
from .undo_commands import ContactCommand

if TYPE_CHECKING:
    from ..db import Database
    from .changes import Changes

# What a company step tells the contact views: "some contacts, or a company".
_ANY: tuple[int, ...] = ()


# The same English as the contact commands' texts, told apart for translators: other
# languages name what is created ("создание компании", not "создание контакта").
def _create_text(name: str) -> str:
    return QCoreApplication.translate("UndoCommands", "Create {name}", "company").format(
        name=name)


def _edit_text(name: str) -> str:
    return QCoreApplication.translate("UndoCommands", "Edit {name}", "company").format(
        name=name)


class CreateCompanyCommand(ContactCommand):
    """Create a company; undo removes it (while nobody belongs to it), redo puts it back."""

    def __init__(self, database: Database, changes: Changes, data: CompanyInput,
                 *, region: str | None = None) -> None:
        super().__init__(database, changes, _create_text(data.name.strip()))
        self._data = data
        self._region = region
        self.company_id: int | None = None
        self.record: CompanyRecord | None = None  # as the first redo stored it

    def _first_redo(self, session: Session) -> Iterable[int]:
        self.record = companies.create_company(session, self._data, region=self._region)
        self.company_id = self.record.id
        self.setText(_create_text(self.record.name))
        return _ANY

    def _undo(self, session: Session) -> Iterable[int]:
        assert self.company_id is not None
        companies.remove_new_company(session, self.company_id)
        return _ANY

    def _redo_again(self, session: Session) -> Iterable[int]:
        assert self.record is not None
        companies.put_back_company(session, self.record, reinsert=True)
        return _ANY


class EditCompanyCommand(ContactCommand):
    """Replace a company's fields (companies.update_company); undo puts the old ones back."""

    def __init__(self, database: Database, changes: Changes, company_id: int,
                 data: CompanyInput, *, region: str | None = None) -> None:
        super().__init__(database, changes, _edit_text(data.name.strip()))
        self.company_id = company_id
        self._data = data
        self._region = region
        self._before: CompanyRecord | None = None
        self.record: CompanyRecord | None = None  # as the first redo stored it

    def _first_redo(self, session: Session) -> Iterable[int]:
        self._before = companies.get_company(session, self.company_id)
        self.record = companies.update_company(session, self.company_id, self._data,
                                               region=self._region)
        self.setText(_edit_text(self.record.name))
        return _ANY

    def _undo(self, session: Session) -> Iterable[int]:
        assert self._before is not None
        companies.put_back_company(session, self._before)
        return _ANY

    def _redo_again(self, session: Session) -> Iterable[int]:
        assert self.record is not None
        companies.put_back_company(session, self.record)
        return _ANY
