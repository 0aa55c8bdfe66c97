"""The Pipeline board: columns and their totals, a drag through the model/view drag API,
keyboard moves, a move to Won asking for the close date, undo, and two-column repaints."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QUndoStack

from app.db import Database, open_database
from app.models.enums import StageKind
from app.services import contacts, deals
from app.services import pipeline as pl
from app.services.contacts import ContactInput
from app.services.deals import DealInput
from app.ui.board_model import CARD_ROLE
from app.ui.changes import Changes
from app.ui.deal_commands import Closing
from app.ui.pipeline_section import PipelineSection
from app.ui.workers import wait_for_all


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = open_database(str(tmp_path / "pipeline.sqlite3"))
    with db.session_scope() as s:
        pl.ensure_default(s)
        stages = {st.name: st.id for st in pl.pipelines(s)[0].stages}
        karimova = contacts.create_contact(s, ContactInput(display_name="Дилноза Каримова"))
        for title, stage, value in (("Хлопок, 20 т", "Lead", 1_000_00),
                                    ("Silk", "Lead", 500_00),
                                    ("Wool", "Qualified", 2_000_00),
                                    ("丝绸 order", "Negotiation", 800_00)):
            deals.create_deal(s, DealInput(title=title, stage_id=stages[stage], currency="USD",
                                           value_minor=value, contact_id=karimova.id))
    yield db
    wait_for_all()
    db.dispose()


@pytest.fixture
def section(qtbot, database: Database, settings) -> PipelineSection:
    widget = PipelineSection(database, settings, Changes(), QUndoStack())
    qtbot.addWidget(widget)
    widget.resize(1400, 700)
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.show()
    return widget


def _column(section: PipelineSection, name: str):
    return next(c for c in section.board.columns.values() if c.stage.name == name)


def _titles(section: PipelineSection, name: str) -> list[str]:
    return [card.title for card in _column(section, name).model.cards]


def _resets(section: PipelineSection) -> dict[str, int]:
    counts = {c.stage.name: 0 for c in section.board.columns.values()}
    for column in section.board.columns.values():
        column.model.modelReset.connect(
            lambda name=column.stage.name: counts.__setitem__(name, counts[name] + 1))
    return counts


def test_board_shows_a_column_per_stage_with_counts_and_totals(section: PipelineSection) -> None:
    assert [c.stage.name for c in section.board.columns.values()] == [
        "Lead", "Qualified", "Proposal", "Negotiation", "Won", "Lost"]
    assert sorted(_titles(section, "Lead")) == ["Silk", "Хлопок, 20 т"]
    lead = _column(section, "Lead")
    assert lead.title.text() == "Lead · 2"
    # $1,500 in Lead, weighted at 10 %: $150.
    assert "1,500 USD" in lead.figures.text() and "150 USD" in lead.figures.text()
    assert _column(section, "Proposal").figures.text() == "No deals"
    assert "4 open deals" in section.summary.text()


def test_drag_to_proposal_then_keyboard_to_won_then_undo(
    qtbot, section: PipelineSection
) -> None:
    resets = _resets(section)
    lead = _column(section, "Lead")
    row = next(i for i, c in enumerate(lead.model.cards) if c.title == "Silk")
    mime = lead.model.mimeData([lead.model.index(row, 0)])
    proposal = _column(section, "Proposal")
    assert proposal.model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex())
    assert proposal.model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex())

    assert _titles(section, "Proposal") == ["Silk"]
    assert _titles(section, "Lead") == ["Хлопок, 20 т"]
    assert proposal.title.text() == "Proposal · 1"
    assert "500 USD" in proposal.figures.text() and "250 USD" in proposal.figures.text()
    # Only the two columns the deal left and entered were reset (and so repainted).
    assert resets == {"Lead": 1, "Qualified": 0, "Proposal": 1, "Negotiation": 0,
                      "Won": 0, "Lost": 0}

    # Keyboard: the moved card is selected; Ctrl+Right twice takes it to Won, which asks.
    asked: list[str] = []

    def answer(_parent, _db, stage, *, default_date):
        asked.append(stage.name)
        return Closing(closed_on=default_date)

    section.ask_closing = answer
    silk_list = proposal.list
    assert section.board.current_deal() is not None
    qtbot.keyClick(silk_list, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert _titles(section, "Negotiation") == ["丝绸 order", "Silk"] or \
        sorted(_titles(section, "Negotiation")) == ["Silk", "丝绸 order"]
    negotiation = _column(section, "Negotiation")
    qtbot.keyClick(negotiation.list, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["Won"]
    assert _titles(section, "Won") == ["Silk"]
    won = _column(section, "Won")
    assert won.title.text() == "Won · 1" and "500 USD" in won.figures.text()

    with section.database.session_scope() as s:
        silk = next(d for d in deals.deals_of_contact(s, _contact_id(s)) if d.title == "Silk")
        assert silk.status is StageKind.WON and silk.closed_on == dt.date.today()
        assert [v.stage_name for v in deals.history(s, silk.id)] == [
            "Lead", "Proposal", "Negotiation", "Won"]

    section.undo_stack.undo()
    assert _titles(section, "Won") == []
    assert "Silk" in _titles(section, "Negotiation")
    with section.database.session_scope() as s:
        silk = next(d for d in deals.deals_of_contact(s, _contact_id(s)) if d.title == "Silk")
        assert silk.status is StageKind.OPEN and silk.closed_on is None
        assert [v.stage_name for v in deals.history(s, silk.id)] == [
            "Lead", "Proposal", "Negotiation"]


def _contact_id(session) -> int:
    return contacts.list_contacts(session, limit=1)[0].id


def test_cancelled_closing_leaves_the_deal_where_it_was(section: PipelineSection) -> None:
    section.ask_closing = lambda *_a, **_k: None
    negotiation = _column(section, "Negotiation")
    deal_id = negotiation.model.cards[0].id
    assert section.move_deal(deal_id, _column(section, "Lost").stage.id) is False
    assert _titles(section, "Negotiation") == ["丝绸 order"]
    assert section.undo_stack.count() == 0


def test_text_filter_narrows_every_column(qtbot, section: PipelineSection) -> None:
    with qtbot.waitSignal(section.loaded, timeout=5_000):
        section.search.setText("хлоп")
    assert _titles(section, "Lead") == ["Хлопок, 20 т"]
    assert _titles(section, "Qualified") == []


def test_table_view_lists_the_same_deals(section: PipelineSection) -> None:
    section.show_view(1)
    model = section.table.source_model
    titles = sorted(model.index(r, 0).data() for r in range(model.rowCount()))
    assert titles == sorted(["Хлопок, 20 т", "Silk", "Wool", "丝绸 order"])
    card = model.index(0, 0).data(CARD_ROLE)
    assert card is not None
