"""The merge dialog: both contacts side by side, a pick per field, everything moves."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from app.db import open_database
from app.services import contacts, interactions, tasks
from app.services.contacts import ContactInput
from app.services.errors import NotFoundError
from app.ui.changes import Changes
from app.ui.merge_dialog import DuplicatesDialog, MergeDialog


@pytest.fixture
def db(tmp_path: Path):
    database = open_database(str(tmp_path / "merge.sqlite3"))
    yield database
    database.dispose()


@pytest.fixture
def pair(db) -> tuple[int, int]:
    """Two records of one person, each with interactions, tasks and tags of its own."""
    with db.session_scope() as s:
        kept = contacts.create_contact(s, ContactInput(
            first_name="Aziza", last_name="Karimova", emails=["aziza@example.com"],
            phones=["+998 90 123 45 67"], tags=["VIP"], owner="Dilnoza"), region="UZ")
        other = contacts.create_contact(s, ContactInput(
            first_name="Aziza", last_name="Karimova", emails=["a.karimova@example.org"],
            title="Purchasing manager", tags=["Wholesale", "vip"], owner="Rustam",
            notes="Met at the Tashkent trade fair"), region="UZ")
        for cid, n in ((kept.id, 2), (other.id, 3)):
            for i in range(n):
                interactions.log_interaction(s, interactions.InteractionInput(
                    contact_id=cid, channel="meeting", subject=f"visit {i}",
                    occurred_at=dt.datetime(2026, 2, 1 + i, tzinfo=dt.UTC)))
        for cid, title in ((kept.id, "Call back"), (other.id, "Send samples"),
                           (other.id, "Invoice")):
            tasks.create_task(s, tasks.TaskInput(title=title, contact_id=cid))
        return kept.id, other.id


@pytest.fixture
def open_dialog(db, qtbot):
    changes, stack = Changes(), QUndoStack()

    def make(survivor: int, other: int) -> MergeDialog:
        dialog = MergeDialog(db, changes, stack, survivor, other)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    make.changes, make.stack = changes, stack  # type: ignore[attr-defined]
    return make


def _counts(db, contact_id: int) -> tuple[int, list[str]]:
    with db.session_scope() as s:
        return (interactions.count_interactions(s, contact_id),
                sorted(t.title for t in tasks.tasks_for_contact(s, contact_id)))


def test_the_dialog_shows_both_sides_and_what_moves(open_dialog, pair):
    kept, other = pair
    dialog = open_dialog(kept, other)
    assert dialog.radios[("owner", "survivor")].text() == "Dilnoza"
    assert dialog.radios[("owner", "other")].text() == "Rustam"
    assert dialog.radios[("owner", "survivor")].isChecked()
    # The survivor has no title: the other's is the default, and can be chosen.
    assert dialog.radios[("title", "other")].isChecked()
    # The same on both sides: nothing to choose.
    assert not dialog.radios[("first_name", "other")].isEnabled()
    summary = dialog.summary.text()
    assert "Interactions that move: 3" in summary and "Tasks that move: 2" in summary
    assert "Tags added: Wholesale" in summary
    assert "a.karimova@example.org" in summary


def test_merge_keeps_every_interaction_task_and_tag_on_the_survivor(db, open_dialog, pair,
                                                                    qtbot):
    kept, other = pair
    dialog = open_dialog(kept, other)
    qtbot.mouseClick(dialog.radios[("owner", "other")], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.merged) as merged, \
            qtbot.waitSignal(open_dialog.changes.contactsChanged) as announced:
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert merged.args == [kept] and announced.args == [{kept, other}]
    assert not dialog.isVisible()

    assert _counts(db, kept) == (5, ["Call back", "Invoice", "Send samples"])
    assert _counts(db, other) == (0, [])
    with db.session_scope() as s:
        survivor = contacts.get_contact(s, kept)
        gone = contacts.get_contact(s, other, include_deleted=True)
    assert set(survivor.tags) == {"VIP", "Wholesale"}
    assert survivor.owner == "Rustam" and survivor.title == "Purchasing manager"
    assert survivor.emails == ("aziza@example.com", "a.karimova@example.org")
    assert gone.deleted_at is not None

    stack = open_dialog.stack
    assert stack.count() == 1
    stack.undo()
    assert _counts(db, kept) == (2, ["Call back"])
    assert _counts(db, other) == (3, ["Invoice", "Send samples"])


def test_swap_keeps_the_other_contact(db, open_dialog, pair, qtbot):
    kept, other = pair
    dialog = open_dialog(kept, other)
    qtbot.mouseClick(dialog.swap_button, Qt.MouseButton.LeftButton)
    assert (dialog.survivor_id, dialog.other_id) == (other, kept)
    assert dialog.radios[("owner", "survivor")].text() == "Rustam"
    assert "Interactions that move: 2" in dialog.summary.text()
    with qtbot.waitSignal(dialog.merged) as merged:
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert merged.args == [other]
    assert _counts(db, other)[0] == 5
    with db.session_scope() as s, pytest.raises(NotFoundError):
        contacts.get_contact(s, kept)


def test_a_merge_that_fails_says_why_and_stays_open(db, open_dialog, pair, dialogs, qtbot):
    kept, other = pair
    dialog = open_dialog(kept, other)
    with db.session_scope() as s:
        contacts.delete_contact(s, other)  # moved to the Trash in another window
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert dialogs and dialogs[0][0] == "warning" and "Trash" in dialogs[0][2]
    assert dialog.isVisible() and open_dialog.stack.count() == 0
    assert _counts(db, kept) == (2, ["Call back"])


def test_merging_a_contact_with_itself_is_refused(db, pair, qapp):
    from app.services.errors import ValidationError

    with pytest.raises(ValidationError):
        MergeDialog(db, Changes(), QUndoStack(), pair[0], pair[0])


def test_the_duplicates_dialog_answers_with_the_chosen_contact(db, pair, qtbot):
    from app.services.duplicates import find_duplicates

    with db.session_scope() as s:
        matches = find_duplicates(s, ContactInput(first_name="A", emails=["AZIZA@example.com"],
                                                  phones=["+998901234567"]), region="UZ")
    dialog = DuplicatesDialog(matches)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.list.count() == 1
    assert "same email, same phone" in dialog.list.item(0).text()
    with qtbot.waitSignal(dialog.finished) as finished:
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert finished.args == [DuplicatesDialog.MERGE]
    assert dialog.selected_id() == pair[0]
