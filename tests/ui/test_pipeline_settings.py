"""The pipeline settings dialog: stages, pipelines and lost reasons, each change at once.

The dialog is driven through its buttons, keys and cell editors; the questions it asks
(a name, "remove?", where deals go) are answered by replacing the asking functions.
What is checked is what the person relies on: the service's order and names afterwards,
the deals' recorded history, the message on a refusal and nothing written then.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QPushButton, QSpinBox

from app.models.enums import StageKind
from app.services import deals
from app.services import pipeline as pl
from app.services.deals import DealInput
from app.ui import pipeline_settings_ask as ask
from app.ui.changes import Changes
from app.ui.pipeline_settings import PipelineSettingsDialog
from app.ui.pipeline_settings_models import StageTableModel

DEFAULT_NAMES = ["Lead", "Qualified", "Proposal", "Negotiation", "Won", "Lost"]


@dataclass
class Answers:
    """What the replaced asking functions answer, and what they were asked."""

    texts: list[str | None] = field(default_factory=list)
    confirm: bool = True
    target: str | None = None  # the name of the stage to move deals to; None = Cancel
    asked: list[tuple[str, Any]] = field(default_factory=list)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    given = Answers()

    def text(_parent, title, _prompt, value=""):
        given.asked.append(("text", (title, value)))
        return given.texts.pop(0)

    def confirm(_parent, title, question, _action):
        given.asked.append(("confirm", question))
        return given.confirm

    def move_target(_parent, stage, count, others):
        given.asked.append(("move", (stage.name, count, [o.name for o in others])))
        if given.target is None:
            return None
        return next(o.id for o in others if o.name == given.target)

    monkeypatch.setattr(ask, "text", text)
    monkeypatch.setattr(ask, "confirm", confirm)
    monkeypatch.setattr(ask, "move_target", move_target)
    return given


@pytest.fixture
def sales(db) -> int:
    with db.session_scope() as s:
        pl.ensure_default(s)
        return pl.pipelines(s)[0].id


@pytest.fixture
def changes() -> Changes:
    return Changes()


@pytest.fixture
def emitted(changes: Changes) -> list[object]:
    seen: list[object] = []
    changes.dealsChanged.connect(seen.append)
    return seen


@pytest.fixture
def dialog(qtbot, db, sales, changes) -> Iterator[PipelineSettingsDialog]:
    window = PipelineSettingsDialog(db, changes, pipeline_id=sales)
    qtbot.addWidget(window)
    window.show()
    yield window


def stage_names(db, pipeline_id: int) -> list[str]:
    with db.session_scope() as s:
        return [stage.name for stage in pl.get_pipeline(s, pipeline_id).stages]


def shown_names(dialog: PipelineSettingsDialog) -> list[str]:
    model = dialog.stage_model
    return [model.index(row, StageTableModel.COL_NAME).data() for row in range(model.rowCount())]


def select_stage(dialog: PipelineSettingsDialog, name: str) -> None:
    row = shown_names(dialog).index(name)
    dialog.stage_view.setCurrentIndex(dialog.stage_model.index(row, 0))


def click(qtbot, dialog, name: str) -> None:
    button = dialog.findChild(QPushButton, name)
    assert button is not None and button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def focus(qtbot, widget) -> None:
    """Give ``widget`` the keyboard focus in an active window, as a person's click does
    (shortcuts only work in the active window)."""
    window = widget.window()
    if QApplication.activeWindow() is not window:
        with qtbot.waitActive(window):
            window.activateWindow()
    widget.setFocus()


def press(qtbot, widget, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    focus(qtbot, widget)
    qtbot.keyClick(widget, key, modifier)


def stage_id(db, pipeline_id: int, name: str) -> int:
    with db.session_scope() as s:
        return next(st.id for st in pl.get_pipeline(s, pipeline_id).stages if st.name == name)


def make_deals(db, pipeline_id: int, stage: str, *titles: str) -> list[int]:
    target = stage_id(db, pipeline_id, stage)
    with db.session_scope() as s:
        return [deals.create_deal(s, DealInput(title=t, stage_id=target, currency="USD",
                                               value_minor=100_00)).id for t in titles]


def test_shows_the_stages_in_board_order_with_probability_and_kind(dialog):
    assert shown_names(dialog) == DEFAULT_NAMES
    model = dialog.stage_model
    assert model.index(2, StageTableModel.COL_PROBABILITY).data() == "50%"
    assert [model.index(r, StageTableModel.COL_KIND).data() for r in (0, 4, 5)] == [
        "Open", "Won", "Lost"]
    assert dialog.pipeline_combo.currentText() == "Sales"


def test_add_a_stage_and_see_it_in_the_services_order(qtbot, dialog, db, sales, answers,
                                                      emitted):
    answers.texts = ["Demo"]
    click(qtbot, dialog, "add-stage")
    expected = ["Lead", "Qualified", "Proposal", "Negotiation", "Demo", "Won", "Lost"]
    assert stage_names(db, sales) == expected
    assert shown_names(dialog) == expected
    assert dialog.current_stage().name == "Demo"
    assert emitted == [frozenset()]


def test_a_blank_name_for_a_new_stage_is_refused_with_a_message(qtbot, dialog, db, sales,
                                                                answers, emitted):
    answers.texts = ["   "]
    click(qtbot, dialog, "add-stage")
    assert dialog.message.isVisible() and dialog.message.text() == "Type a name."
    assert stage_names(db, sales) == DEFAULT_NAMES
    assert emitted == []


def test_reorder_with_the_buttons_and_the_keyboard(qtbot, dialog, db, sales, emitted):
    select_stage(dialog, "Proposal")
    click(qtbot, dialog, "move-stage-up")
    assert stage_names(db, sales) == ["Lead", "Proposal", "Qualified", "Negotiation", "Won",
                                      "Lost"]
    press(qtbot, dialog.stage_view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert stage_names(db, sales)[:2] == ["Proposal", "Lead"]
    assert dialog.current_stage().name == "Proposal"  # the moved stage stays selected
    assert not dialog.move_up_action.isEnabled()  # the first one cannot go higher
    press(qtbot, dialog.stage_view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    click(qtbot, dialog, "move-stage-down")
    assert stage_names(db, sales) == ["Lead", "Qualified", "Proposal", "Negotiation", "Won",
                                      "Lost"]
    assert shown_names(dialog) == stage_names(db, sales)
    assert len(emitted) == 4


def test_rename_to_a_taken_name_shows_the_message_and_changes_nothing(qtbot, dialog, db,
                                                                     sales, answers, emitted):
    select_stage(dialog, "Qualified")
    answers.texts = ["won"]
    click(qtbot, dialog, "rename-stage")
    assert answers.asked == [("text", ("Rename Stage", "Qualified"))]
    assert dialog.message.text() == "“won” is already taken. Choose another name."
    # In place (F2, type, Enter) the same.
    index = dialog.stage_model.index(1, StageTableModel.COL_NAME)
    assert dialog.stage_model.setData(index, "Lead") is False
    assert stage_names(db, sales) == DEFAULT_NAMES
    assert shown_names(dialog) == DEFAULT_NAMES
    assert emitted == []

    answers.texts = ["Квалифицирован"]
    click(qtbot, dialog, "rename-stage")
    assert stage_names(db, sales)[1] == "Квалифицирован"
    assert not dialog.message.isVisible()
    assert emitted == [frozenset()]


def _edit_cell(qtbot, dialog, row: int, column: int):
    """Open the cell's editor as F2 does and return it."""
    index = dialog.stage_model.index(row, column)
    dialog.stage_view.setCurrentIndex(index)
    press(qtbot, dialog.stage_view, Qt.Key.Key_F2)
    return dialog.stage_view.focusWidget()


def test_a_stage_removed_meanwhile_is_said_and_the_list_catches_up(qtbot, dialog, db, sales,
                                                                   answers, emitted):
    with db.session_scope() as s:  # another window of the app removes it
        pl.remove_stage(s, stage_id(db, sales, "Proposal"))
    select_stage(dialog, "Proposal")
    answers.texts = ["Offer"]
    click(qtbot, dialog, "rename-stage")
    assert dialog.message.text() == "This stage no longer exists."
    qtbot.waitUntil(lambda: "Proposal" not in shown_names(dialog))
    assert stage_names(db, sales) == shown_names(dialog)
    assert emitted == []


def test_probability_and_kind_are_edited_in_place(qtbot, dialog, db, sales, emitted):
    spin = _edit_cell(qtbot, dialog, 0, StageTableModel.COL_PROBABILITY)
    assert isinstance(spin, QSpinBox) and (spin.minimum(), spin.maximum()) == (0, 100)
    spin.setValue(15)
    qtbot.keyClick(spin, Qt.Key.Key_Return)  # the view commits it on its next turn
    qtbot.waitUntil(lambda: len(emitted) == 1)
    combo = _edit_cell(qtbot, dialog, 3, StageTableModel.COL_KIND)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(StageKind.WON.value))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(emitted) == 2)
    with db.session_scope() as s:
        stages = pl.get_pipeline(s, sales).stages
    assert (stages[0].probability, stages[3].kind) == (15, StageKind.WON)
    assert dialog.stage_model.index(0, StageTableModel.COL_PROBABILITY).data() == "15%"
    assert dialog.stage_model.index(3, StageTableModel.COL_KIND).data() == "Won"


def test_remove_a_stage_with_deals_moves_them_and_records_each_move(qtbot, dialog, db, sales,
                                                                    answers, emitted):
    moved = make_deals(db, sales, "Qualified", "Kiosk order", "Café fit-out")
    untouched = make_deals(db, sales, "Lead", "Other")
    dialog.reload()
    select_stage(dialog, "Qualified")
    answers.target = "Proposal"
    press(qtbot, dialog.stage_view, Qt.Key.Key_Delete)
    assert answers.asked == [("move", ("Qualified", 2, [n for n in DEFAULT_NAMES
                                                          if n != "Qualified"]))]
    assert stage_names(db, sales) == ["Lead", "Proposal", "Negotiation", "Won", "Lost"]
    assert shown_names(dialog) == stage_names(db, sales)
    proposal = stage_id(db, sales, "Proposal")
    with db.session_scope() as s:
        for deal_id in moved:
            assert deals.get_deal(s, deal_id).stage_id == proposal
            visits = deals.history(s, deal_id)
            assert [v.stage_name for v in visits] == ["Qualified", "Proposal"]
            assert visits[0].left_at == visits[1].entered_at and visits[1].left_at is None
        assert [v.stage_name for v in deals.history(s, untouched[0])] == ["Lead"]
    assert emitted == [frozenset()]


def test_remove_with_cancel_changes_nothing(qtbot, dialog, db, sales, answers, emitted):
    held = make_deals(db, sales, "Qualified", "Kiosk order")
    dialog.reload()
    select_stage(dialog, "Qualified")
    answers.target = None
    click(qtbot, dialog, "remove-stage")
    select_stage(dialog, "Proposal")  # no deals: asked to confirm, and cancelled
    answers.confirm = False
    press(qtbot, dialog.stage_view, Qt.Key.Key_Delete)
    assert [kind for kind, _ in answers.asked] == ["move", "confirm"]
    assert stage_names(db, sales) == DEFAULT_NAMES
    with db.session_scope() as s:
        assert [v.stage_name for v in deals.history(s, held[0])] == ["Qualified"]
    assert emitted == []


def test_remove_an_empty_stage_after_asking(qtbot, dialog, db, sales, answers, emitted):
    select_stage(dialog, "Negotiation")
    press(qtbot, dialog.stage_view, Qt.Key.Key_Delete)
    assert answers.asked == [("confirm",
                              "Remove the stage “Negotiation”? This cannot be undone.")]
    assert stage_names(db, sales) == ["Lead", "Qualified", "Proposal", "Won", "Lost"]
    assert dialog.current_stage().name == "Won"  # the one that took its place
    assert emitted == [frozenset()]


def test_deals_in_the_trash_still_get_a_stage(qtbot, dialog, db, sales, answers):
    trashed = make_deals(db, sales, "Qualified", "Old deal")[0]
    with db.session_scope() as s:
        deals.delete_deal(s, trashed)
    select_stage(dialog, "Qualified")
    answers.target = "Lead"
    click(qtbot, dialog, "remove-stage")
    assert [kind for kind, _ in answers.asked] == ["confirm", "move"]
    assert answers.asked[1][1][1] == 0  # none on the board
    assert "Qualified" not in stage_names(db, sales)
    with db.session_scope() as s:
        assert [v.stage_name for v in deals.history(s, trashed)] == ["Qualified", "Lead"]


def test_removing_the_last_open_stage_shows_the_services_message(qtbot, db, changes, answers,
                                                                 emitted):
    with db.session_scope() as s:
        pipeline = pl.create_pipeline(s, "Renewals")
        for stage in pipeline.stages[:3]:
            pl.remove_stage(s, stage.id)
    window = PipelineSettingsDialog(db, changes, pipeline_id=pipeline.id)
    qtbot.addWidget(window)
    window.show()
    select_stage(window, "Negotiation")
    press(qtbot, window.stage_view, Qt.Key.Key_Delete)
    assert window.message.text() == (
        "A pipeline needs at least one open stage, so “Negotiation” cannot go.")
    assert answers.asked == []
    assert stage_names(db, pipeline.id) == ["Negotiation", "Won", "Lost"]
    assert emitted == []


def test_add_a_pipeline_gets_the_default_stages(qtbot, dialog, db, answers, emitted):
    answers.texts = ["Wholesale"]
    click(qtbot, dialog, "add-pipeline")
    with db.session_scope() as s:
        found = {p.name: p.id for p in pl.pipelines(s)}
    assert set(found) == {"Sales", "Wholesale"}
    assert stage_names(db, found["Wholesale"]) == DEFAULT_NAMES
    assert dialog.pipeline_combo.currentText() == "Wholesale"
    assert dialog.pipeline_id() == found["Wholesale"]
    assert shown_names(dialog) == DEFAULT_NAMES
    assert emitted == [frozenset()]

    dialog.pipeline_combo.setCurrentIndex(dialog.pipeline_combo.findText("Sales"))
    assert dialog.pipeline_id() == found["Sales"]
    answers.texts = ["  wholesale "]
    click(qtbot, dialog, "rename-pipeline")
    assert dialog.message.text() == "“wholesale” is already taken. Choose another name."
    answers.texts = ["Retail"]
    click(qtbot, dialog, "rename-pipeline")
    with db.session_scope() as s:
        assert sorted(p.name for p in pl.pipelines(s)) == ["Retail", "Wholesale"]
    assert dialog.pipeline_combo.currentText() == "Retail"


def test_add_rename_and_remove_a_lost_reason(qtbot, dialog, db, answers, emitted):
    with db.session_scope() as s:
        before = [r.name for r in pl.lost_reasons(s)]

    def names() -> list[str]:
        with db.session_scope() as s:
            return [r.name for r in pl.lost_reasons(s)]

    dialog.tabs.setCurrentWidget(dialog.reasons)
    answers.texts = ["Paperwork"]
    click(qtbot, dialog, "add-reason")
    assert names() == [*before, "Paperwork"]
    assert dialog.reasons.current_reason().name == "Paperwork"

    answers.texts = ["no budget"]  # taken (any case)
    click(qtbot, dialog, "rename-reason")
    assert dialog.message.text() == "“no budget” is already taken. Choose another name."
    assert names() == [*before, "Paperwork"]

    first = dialog.reasons.model.index(0, 0)  # in place (F2) the same
    assert dialog.reasons.model.setData(first, "Paperwork") is False
    assert names() == [*before, "Paperwork"]

    answers.texts = ["Too much paperwork"]
    click(qtbot, dialog, "rename-reason")
    assert names() == [*before, "Too much paperwork"]

    press(qtbot, dialog.reasons.view, Qt.Key.Key_Delete)
    assert answers.asked[-1] == ("confirm", "Remove “Too much paperwork” from the list? "
                                            "Deals lost for this reason keep it.")
    assert names() == before
    assert len(emitted) == 3


def test_move_deals_dialog_offers_the_nearest_stage_of_the_same_kind(qtbot, db, sales):
    with db.session_scope() as s:
        stages = pl.get_pipeline(s, sales).stages
    qualified = stages[1]
    others = [st for st in stages if st.id != qualified.id]
    window = ask.MoveDealsDialog(None, qualified, 3, others)
    qtbot.addWidget(window)
    assert "“Qualified” holds 3 deal" in window.explanation.text()
    assert window.target.currentText() == "Lead"
    assert window.closing_hint.isHidden()
    window.target.setCurrentIndex(window.target.findText("Won"))
    assert not window.closing_hint.isHidden()  # moving there closes them
    assert window.chosen() == stages[4].id


def test_tab_walks_the_controls_in_order(qtbot, dialog):
    select_stage(dialog, "Proposal")  # in the middle: every stage button is enabled
    chain = [dialog.pipeline_combo, dialog.add_pipeline_button, dialog.rename_pipeline_button,
             dialog.stage_view, *dialog.stage_buttons]
    focus(qtbot, chain[0])
    for expected in chain[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is expected
