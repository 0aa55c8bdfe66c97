"""Undo commands: create, edit, delete, restore and merge, undone and redone exactly."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack

from app.db import open_database
from app.services import contacts, interactions, merge, tasks
from app.services.companies import CompanyInput
from app.services.contacts import ContactInput
from app.services.errors import NotFoundError, ValidationError
from app.ui.changes import Changes
from app.ui.company_commands import CreateCompanyCommand, EditCompanyCommand
from app.ui.i18n import install_translators
from app.ui.undo_commands import (
    CreateContactCommand,
    DeleteContactCommand,
    EditContactCommand,
    MergeCommand,
    RestoreContactCommand,
    command_failures,
)

AZIZA = ContactInput(first_name="Aziza", last_name="Karimova", emails=["aziza@example.com"],
                     phones=["+998 90 123 45 67"], tags=["VIP"], lifecycle_stage="customer")


@pytest.fixture
def db(tmp_path: Path):
    database = open_database(str(tmp_path / "undo.sqlite3"))
    yield database
    database.dispose()


@pytest.fixture
def changes(qapp) -> Changes:
    return Changes()


@pytest.fixture
def stack(qapp) -> QUndoStack:
    return QUndoStack()


def _create(db, data: ContactInput) -> int:
    with db.session_scope() as s:
        return contacts.create_contact(s, data, region="UZ").id


def _record(db, contact_id: int) -> contacts.ContactRecord:
    with db.session_scope() as s:
        return contacts.get_contact(s, contact_id, include_deleted=True)


def _state(db, *ids: int) -> list[tuple[contacts.ContactRecord, int, int]]:
    """Each contact's record and how many interactions and tasks it has."""
    with db.session_scope() as s:
        return [(contacts.get_contact(s, cid, include_deleted=True),
                 interactions.count_interactions(s, cid),
                 len(tasks.tasks_for_contact(s, cid, include_done=True))) for cid in ids]


def test_create_is_undone_to_the_trash_and_redone_exactly(db, changes, stack, qtbot):
    command = CreateContactCommand(db, changes, AZIZA, region="UZ")
    with qtbot.waitSignal(changes.contactsChanged) as announced:
        stack.push(command)
    assert command.error is None and stack.count() == 1
    assert stack.undoText() == "Create Aziza Karimova"
    created = _record(db, command.contact_id)
    assert announced.args == [{created.id}]
    assert created.emails == ("aziza@example.com",) and created.tags == ("VIP",)

    with qtbot.waitSignal(changes.contactsChanged):
        stack.undo()
    trashed = _record(db, created.id)
    assert trashed.deleted_at is not None  # undo never purges: it is in the Trash
    with db.session_scope() as s, pytest.raises(NotFoundError):
        contacts.get_contact(s, created.id)

    stack.redo()
    assert _record(db, created.id) == created


def test_edit_is_undone_and_redone_exactly(db, changes, stack):
    contact_id = _create(db, AZIZA)
    before = _record(db, contact_id)
    data = dataclasses.replace(before.to_input(), phones=["+998 91 765 43 21"],
                               title="Director", tags=["VIP", "Wholesale"])
    command = EditContactCommand(db, changes, contact_id, data, region="UZ")
    stack.push(command)
    assert command.error is None
    assert stack.undoText() == "Edit Aziza Karimova"
    after = _record(db, contact_id)
    assert after.title == "Director" and after.phones[0].e164 == "+998917654321"

    stack.undo()
    assert _record(db, contact_id) == before
    stack.redo()
    assert _record(db, contact_id) == after
    stack.undo()
    assert _record(db, contact_id) == before


def test_delete_and_restore_of_several_contacts(db, changes, stack, qtbot):
    ids = [_create(db, ContactInput(first_name=name)) for name in ("Ali", "Bek", "Dilya")]
    before = _state(db, *ids)
    delete = DeleteContactCommand(db, changes, ids)
    with qtbot.waitSignal(changes.contactsChanged) as announced:
        stack.push(delete)
    assert announced.args == [set(ids)]
    assert stack.undoText() == "Delete 3 contacts"
    deleted = _state(db, *ids)
    assert all(record.deleted_at is not None for record, _, _ in deleted)

    stack.undo()
    assert _state(db, *ids) == before
    stack.redo()
    assert _state(db, *ids) == deleted

    restore = RestoreContactCommand(db, changes, ids[:1])
    stack.push(restore)
    assert stack.undoText() == "Restore Ali"
    assert _record(db, ids[0]).deleted_at is None
    stack.undo()
    assert _state(db, ids[0]) == deleted[:1]


def test_merge_is_undone_and_redone_exactly(db, changes, stack):
    survivor = _create(db, AZIZA)
    other = _create(db, ContactInput(first_name="Aziza", last_name="K.",
                                     emails=["a.karimova@example.org"], tags=["Wholesale"],
                                     title="Buyer"))
    with db.session_scope() as s:
        for cid, n in ((survivor, 2), (other, 3)):
            for i in range(n):
                interactions.log_interaction(s, interactions.InteractionInput(
                    contact_id=cid, channel="call", subject=f"call {i}",
                    occurred_at=dt.datetime(2026, 1, 1 + i, tzinfo=dt.UTC)))
        tasks.create_task(s, tasks.TaskInput(title="Send the price list", contact_id=other))
    before = _state(db, survivor, other)

    command = MergeCommand(db, changes, survivor, other, {"title": "other"})
    stack.push(command)
    assert command.error is None
    assert stack.undoText() == "Merge Aziza K. into Aziza Karimova"
    assert (command.moved_interactions, command.moved_tasks) == (3, 1)
    after = _state(db, survivor, other)
    (kept, kept_calls, kept_tasks), (gone, gone_calls, gone_tasks) = after
    assert (kept_calls, kept_tasks, gone_calls, gone_tasks) == (5, 1, 0, 0)
    assert kept.title == "Buyer" and set(kept.tags) == {"VIP", "Wholesale"}
    assert gone.deleted_at is not None

    stack.undo()
    assert _state(db, survivor, other) == before
    stack.redo()
    assert _state(db, survivor, other) == after
    stack.undo()
    assert _state(db, survivor, other) == before


def test_a_failing_first_redo_is_dropped_and_writes_nothing(db, changes, stack):
    contact_id = _create(db, AZIZA)
    before = _record(db, contact_id)
    bad = dataclasses.replace(before.to_input(), emails=["aziza@@example"])
    command = EditContactCommand(db, changes, contact_id, bad, region="UZ")
    stack.push(command)
    assert isinstance(command.error, ValidationError) and command.error.field == "emails"
    assert stack.count() == 0
    assert _record(db, contact_id) == before

    missing = MergeCommand(db, changes, contact_id, 9999)
    stack.push(missing)
    assert isinstance(missing.error, NotFoundError) and stack.count() == 0


def test_a_failing_undo_is_announced_and_leaves_the_stack(db, changes, stack, qtbot):
    contact_id = _create(db, AZIZA)
    stack.push(DeleteContactCommand(db, changes, [contact_id]))
    with db.session_scope() as s:
        merge.purge_contact(s, contact_id)  # the Trash was emptied meanwhile
    with qtbot.waitSignal(command_failures().failed) as failed:
        stack.undo()
    assert isinstance(failed.args[0], NotFoundError)
    assert stack.count() == 0 and not stack.canRedo()


@pytest.mark.parametrize(("language", "expected"), [
    ("en", ["Delete 2 contacts", "Delete 5 contacts", "Delete 21 contacts",
            "Restore 21 contacts"]),
    ("ru", ["удаление 2 контактов", "удаление 5 контактов", "удаление 21 контакта",
            "восстановление 21 контакта"]),
    ("uz", ["2 ta kontaktni oʻchirish", "5 ta kontaktni oʻchirish",
            "21 ta kontaktni oʻchirish", "21 ta kontaktni tiklash"]),
])
def test_texts_with_a_count_are_plurals_in_every_language(db, changes, qapp, language,
                                                          expected):
    install_translators(qapp, language)
    texts = [DeleteContactCommand(db, changes, range(1, n + 1)).text() for n in (2, 5, 21)]
    texts.append(RestoreContactCommand(db, changes, range(1, 22)).text())
    assert texts == expected


def test_company_steps_are_named_apart_from_contact_steps(db, changes, qapp):
    install_translators(qapp, "ru")
    assert CreateCompanyCommand(db, changes, CompanyInput(name=" Acme ")).text() == (
        "создание компании «Acme»")
    assert EditCompanyCommand(db, changes, 1, CompanyInput(name="Acme")).text() == (
        "изменение компании «Acme»")
    assert CreateContactCommand(db, changes, ContactInput(first_name="Ali")).text() == (
        "создание контакта «Ali»")
