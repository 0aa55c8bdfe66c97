"""Undoable contact writes: create, edit, delete, restore and merge as QUndoCommands.

Pushing a command performs it (QUndoStack.push calls redo()), so every write of the
contact form, the merge dialog and the list goes through here and can be undone from
the Edit menu. Each redo() and undo() is one unit of work (``session_scope``) and ends
by announcing the contacts it touched on the Changes hub.

Undo and redo put contacts back *exactly*: the state after the first redo is kept as a
``merge.contact_snapshot`` and written back by ``restore_snapshot`` (which restores
``updated_at`` and the Trash state too), rather than running the service again. The
undo of a create moves the contact to the Trash; nothing on the stack ever purges.

A service error (a contact purged from the Trash meanwhile, a value that no longer
validates) leaves the database as it was (the session rolls back), stores the error
in ``error`` and makes the command obsolete, so QUndoStack drops it instead of keeping
a step it cannot take. Commands show nothing: after ``push`` the caller reads
``error``; a failure of a later undo or redo from the Edit menu is announced by
``command_failures().failed`` for the main window to show.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from ..services import contacts, merge
from ..services.contacts import ContactInput
from ..services.errors import ServiceError
from ..services.merge import ContactSnapshot, MergeUndo, Pick

if TYPE_CHECKING:
    from ..db import Database
    from .changes import Changes

# What a command's unit of work may raise for a person to read; anything else is a bug.
FAILURES = (ServiceError, SQLAlchemyError)


def input_name(data: ContactInput) -> str:
    """The name a contact input will be shown by (as contacts derives it, roughly)."""
    if data.display_name and data.display_name.strip():
        return data.display_name.strip()
    parts = (data.first_name, data.last_name)
    return " ".join(p.strip() for p in parts if p and p.strip())


class UndoCommands(QObject):
    """The command texts with a count, as real plurals in the "UndoCommands" context.

    A QObject named like the context because pyside6-lupdate takes a plural only from
    ``self.tr(text, "", n)``: it reads ``QCoreApplication.translate(context, text,
    None, n)`` as a plain message, whose one translation cannot agree with every count.
    """

    def delete_many(self, count: int) -> str:
        return self.tr("Delete %n contact(s)", "", count)

    def restore_many(self, count: int) -> str:
        return self.tr("Restore %n contact(s)", "", count)


class CommandFailures(QObject):
    """Announces a command that failed when undone or redone from the Edit menu."""

    failed = Signal(object)  # the exception; show it with app.ui.i18n.translated()


_failures: CommandFailures | None = None


def command_failures() -> CommandFailures:
    """The one CommandFailures of the application, made on first use."""
    global _failures
    if _failures is None:
        _failures = CommandFailures(QCoreApplication.instance())
    return _failures


class ServiceCommand(QUndoCommand):
    """Base of every command: runs work in one session, announces what it touched
    (``_announce``, by the subclass's signal), handles failure."""

    def __init__(self, database: Database, changes: Changes, text: str) -> None:
        super().__init__(text)
        self._db = database
        self._changes = changes
        self.error: BaseException | None = None
        self._done_once = False

    def _run(self, work: Callable[[Session], Iterable[int]]) -> bool:
        """Run ``work`` in a unit of work; True when it committed."""
        try:
            with self._db.session_scope() as session:
                ids = set(work(session))
        except FAILURES as err:
            self.error = err
            self.setObsolete(True)
            if self._done_once:  # not inside push(): nobody else will see it
                command_failures().failed.emit(err)
            return False
        self._announce(ids)
        return True

    def _announce(self, ids: set[int]) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self._done_once:
            self._run(self._redo_again)
        elif self._run(self._first_redo):
            self._done_once = True

    def undo(self) -> None:
        self._run(self._undo)

    # Subclasses: each returns the ids of what it wrote (contacts, or stages).
    def _first_redo(self, session: Session) -> Iterable[int]:
        raise NotImplementedError

    def _redo_again(self, session: Session) -> Iterable[int]:
        raise NotImplementedError

    def _undo(self, session: Session) -> Iterable[int]:
        raise NotImplementedError


class ContactCommand(ServiceCommand):
    """Base of the contact commands: announces the contacts they wrote."""

    def _announce(self, ids: set[int]) -> None:
        self._changes.contactsChanged.emit(ids)


def _restore_all(session: Session, snapshots: Iterable[ContactSnapshot]) -> list[int]:
    ids = []
    for snapshot in snapshots:
        merge.restore_snapshot(session, snapshot)
        ids.append(snapshot.contact_id)
    return ids


class CreateContactCommand(ContactCommand):
    """Create a contact; undo moves it to the Trash, redo brings it back as it was."""

    def __init__(self, database: Database, changes: Changes, data: ContactInput,
                 *, region: str | None = None) -> None:
        super().__init__(database, changes, self._text(input_name(data)))
        self._data = data
        self._region = region
        self.contact_id: int | None = None
        self._after: ContactSnapshot | None = None

    def _first_redo(self, session: Session) -> Iterable[int]:
        record = contacts.create_contact(session, self._data, region=self._region)
        self.contact_id = record.id
        self._after = merge.contact_snapshot(session, record.id)
        self.setText(self._text(record.display_name))
        return {record.id}

    @staticmethod
    def _text(name: str) -> str:
        return QCoreApplication.translate("UndoCommands", "Create {name}").format(name=name)

    def _undo(self, session: Session) -> Iterable[int]:
        assert self.contact_id is not None
        contacts.delete_contact(session, self.contact_id)
        return {self.contact_id}

    def _redo_again(self, session: Session) -> Iterable[int]:
        assert self._after is not None
        return _restore_all(session, [self._after])


class EditContactCommand(ContactCommand):
    """Replace a contact's fields (contacts.update_contact); undo puts the old ones back."""

    def __init__(self, database: Database, changes: Changes, contact_id: int,
                 data: ContactInput, *, region: str | None = None) -> None:
        super().__init__(database, changes, self._text(input_name(data)))
        self.contact_id = contact_id
        self._data = data
        self._region = region
        self._before: ContactSnapshot | None = None
        self._after: ContactSnapshot | None = None

    def _first_redo(self, session: Session) -> Iterable[int]:
        self._before = merge.contact_snapshot(session, self.contact_id)
        record = contacts.update_contact(session, self.contact_id, self._data,
                                         region=self._region)
        self._after = merge.contact_snapshot(session, self.contact_id)
        self.setText(self._text(record.display_name))
        return {self.contact_id}

    @staticmethod
    def _text(name: str) -> str:
        return QCoreApplication.translate("UndoCommands", "Edit {name}").format(name=name)

    def _undo(self, session: Session) -> Iterable[int]:
        assert self._before is not None
        return _restore_all(session, [self._before])

    def _redo_again(self, session: Session) -> Iterable[int]:
        assert self._after is not None
        return _restore_all(session, [self._after])


class _TrashCommand(ContactCommand):
    """Move contacts to or from the Trash; undo and redo write the snapshots back."""

    def __init__(self, database: Database, changes: Changes, ids: Iterable[int],
                 *, name: str | None = None) -> None:
        self.contact_ids = tuple(dict.fromkeys(ids))
        count = len(self.contact_ids)
        text = self._one_text(name or "") if count == 1 else self._many_text(count)
        super().__init__(database, changes, text)
        self._before: list[ContactSnapshot] = []
        self._after: list[ContactSnapshot] = []

    def _change(self, session: Session, contact_id: int) -> contacts.ContactRecord:
        raise NotImplementedError

    def _one_text(self, name: str) -> str:
        raise NotImplementedError

    def _many_text(self, count: int) -> str:
        raise NotImplementedError

    def _first_redo(self, session: Session) -> Iterable[int]:
        for contact_id in self.contact_ids:
            self._before.append(merge.contact_snapshot(session, contact_id))
            record = self._change(session, contact_id)
            if len(self.contact_ids) == 1:
                self.setText(self._one_text(record.display_name))
        self._after = [merge.contact_snapshot(session, cid) for cid in self.contact_ids]
        return self.contact_ids

    def _undo(self, session: Session) -> Iterable[int]:
        return _restore_all(session, self._before)

    def _redo_again(self, session: Session) -> Iterable[int]:
        return _restore_all(session, self._after)


class DeleteContactCommand(_TrashCommand):
    """Move contacts to the Trash (soft delete). ``name``: the text for a single one."""

    def _change(self, session: Session, contact_id: int) -> contacts.ContactRecord:
        return contacts.delete_contact(session, contact_id)

    def _one_text(self, name: str) -> str:
        return QCoreApplication.translate("UndoCommands", "Delete {name}").format(name=name)

    def _many_text(self, count: int) -> str:
        return UndoCommands().delete_many(count)


class RestoreContactCommand(_TrashCommand):
    """Bring contacts back from the Trash; undo sends them back."""

    def _change(self, session: Session, contact_id: int) -> contacts.ContactRecord:
        return contacts.restore_contact(session, contact_id)

    def _one_text(self, name: str) -> str:
        return QCoreApplication.translate("UndoCommands", "Restore {name}").format(name=name)

    def _many_text(self, count: int) -> str:
        return UndoCommands().restore_many(count)


class MergeCommand(ContactCommand):
    """Merge ``other`` into ``survivor`` (merge.merge_contacts); undo is merge.unmerge."""

    def __init__(self, database: Database, changes: Changes, survivor_id: int,
                 other_id: int, picks: Mapping[str, Pick] | None = None,
                 *, names: tuple[str, str] | None = None) -> None:
        survivor_name, other_name = names or ("", "")
        super().__init__(database, changes, self._text(survivor_name, other_name))
        self.survivor_id = survivor_id
        self.other_id = other_id
        self._picks = dict(picks or {})
        self._undo_data: MergeUndo | None = None
        self._after: list[ContactSnapshot] = []
        self.moved_interactions = 0
        self.moved_tasks = 0

    @staticmethod
    def _text(survivor: str, other: str) -> str:
        return QCoreApplication.translate(
            "UndoCommands", "Merge {other} into {survivor}").format(other=other, survivor=survivor)

    def _merge(self, session: Session) -> Iterable[int]:
        result = merge.merge_contacts(session, self.survivor_id, self.other_id, self._picks)
        self._undo_data = result.undo
        return {self.survivor_id, self.other_id}

    def _first_redo(self, session: Session) -> Iterable[int]:
        ids = self._merge(session)
        assert self._undo_data is not None
        self.setText(self._text(self._undo_data.survivor.display_name,
                                self._undo_data.other.display_name))
        self.moved_interactions = len(self._undo_data.interaction_ids)
        self.moved_tasks = len(self._undo_data.task_ids)
        self._after = [merge.contact_snapshot(session, cid)
                       for cid in (self.survivor_id, self.other_id)]
        return ids

    def _redo_again(self, session: Session) -> Iterable[int]:
        # Merging again from the same state gives the same contacts; the snapshots then
        # put back the moments (updated_at, deleted_at) of the first merge.
        ids = self._merge(session)
        _restore_all(session, self._after)
        return ids

    def _undo(self, session: Session) -> Iterable[int]:
        assert self._undo_data is not None
        merge.unmerge(session, self._undo_data)
        return {self.survivor_id, self.other_id}
