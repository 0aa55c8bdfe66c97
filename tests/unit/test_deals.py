"""Deals and their stage history: create, move, undo a move, delete; the board's columns."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import Database
from app.models import Deal, StageChange
from app.models.enums import StageKind
from app.services import board, contacts, deals, money
from app.services import pipeline as pl
from app.services.contacts import ContactInput
from app.services.deals import DealInput
from app.services.errors import NotFoundError, ValidationError

T0 = dt.datetime(2025, 3, 1, 9, 0, tzinfo=dt.UTC)
TODAY = dt.date(2025, 6, 2)


def _sales(session: Session) -> pl.PipelineInfo:
    pl.ensure_default(session)
    return pl.pipelines(session)[0]


def _stage(p: pl.PipelineInfo, name: str) -> int:
    return next(s.id for s in p.stages if s.name == name)


def _deal(session: Session, p: pl.PipelineInfo, title: str = "Cotton, 20 t", *,
          stage: str = "Lead", value: int = 1_250_000, **extra: object) -> deals.DealRecord:
    data = DealInput(title=title, stage_id=_stage(p, stage), currency="USD",
                     value_minor=value, **extra)  # type: ignore[arg-type]
    return deals.create_deal(session, data, now=T0, today=TODAY)


def test_default_pipeline_is_created_once_in_the_users_language(session: Session) -> None:
    russian = {"Sales": "Продажи", "Lead": "Лид", "Won": "Выиграна"}
    assert pl.ensure_default(session, lambda s: russian.get(s, s)) is True
    assert pl.ensure_default(session) is False
    (sales,) = pl.pipelines(session)
    assert sales.name == "Продажи"
    assert [(s.name, s.probability, s.kind) for s in sales.stages] == [
        ("Лид", 10, StageKind.OPEN), ("Qualified", 25, StageKind.OPEN),
        ("Proposal", 50, StageKind.OPEN), ("Negotiation", 75, StageKind.OPEN),
        ("Выиграна", 100, StageKind.WON), ("Lost", 0, StageKind.LOST),
    ]
    assert len(pl.lost_reasons(session)) == 6


def test_a_new_deal_has_its_first_visit_and_the_stage_probability(session: Session) -> None:
    sales = _sales(session)
    record = _deal(session, sales, value=money.parse_amount("12 500,00", "USD"))
    assert record.value_minor == 1_250_000 and record.status is StageKind.OPEN
    assert record.effective_probability == 10 and record.weighted_minor == 125_000
    assert [(v.stage_name, v.entered_at, v.left_at) for v in deals.history(session, record.id)] == [
        ("Lead", T0, None)]


@pytest.mark.parametrize(("field", "data"), [
    ("title", {"title": "   "}),
    ("currency", {"currency": "dollars"}),
    ("value", {"value_minor": -5}),
    ("value", {"value_minor": 10**16}),
    ("probability", {"probability": 101}),
    ("contact_id", {"contact_id": 999}),
])
def test_bad_deal_input_is_refused_and_stores_nothing(
    session: Session, field: str, data: dict[str, object]
) -> None:
    sales = _sales(session)
    base = {"title": "Deal", "stage_id": sales.stages[0].id, "currency": "USD"}
    with pytest.raises(ValidationError) as caught:
        deals.create_deal(session, DealInput(**{**base, **data}))  # type: ignore[arg-type]
    assert caught.value.field == field
    assert session.scalar(select(func.count()).select_from(Deal)) == 0


def test_move_to_won_closes_and_back_to_open_reopens(session: Session) -> None:
    sales = _sales(session)
    record = _deal(session, sales)
    later = T0 + dt.timedelta(days=3)
    deals.move_deal(session, record.id, _stage(sales, "Won"), now=later, today=TODAY)
    won = deals.get_deal(session, record.id)
    assert won.status is StageKind.WON and won.closed_on == TODAY
    reason = pl.lost_reasons(session)[0]
    deals.move_deal(session, record.id, _stage(sales, "Lost"), lost_reason_id=reason.id,
                    closed_on=dt.date(2025, 5, 1), now=later + dt.timedelta(days=1))
    lost = deals.get_deal(session, record.id)
    assert (lost.status, lost.closed_on, lost.lost_reason) == (
        StageKind.LOST, dt.date(2025, 5, 1), reason.name)
    deals.move_deal(session, record.id, _stage(sales, "Proposal"),
                    now=later + dt.timedelta(days=2))
    reopened = deals.get_deal(session, record.id)
    assert (reopened.status, reopened.closed_on, reopened.lost_reason_id) == (
        StageKind.OPEN, None, None)
    assert [v.stage_name for v in deals.history(session, record.id)] == [
        "Lead", "Won", "Lost", "Proposal"]


def test_a_close_date_before_the_deal_began_is_refused(session: Session) -> None:
    sales = _sales(session)
    record = _deal(session, sales)
    with pytest.raises(ValidationError):
        deals.move_deal(session, record.id, _stage(sales, "Won"), closed_on=dt.date(2020, 1, 1))
    assert deals.get_deal(session, record.id).stage_name == "Lead"
    assert len(deals.history(session, record.id)) == 1


def test_undo_of_a_move_leaves_no_trace(session: Session) -> None:
    sales = _sales(session)
    record = _deal(session, sales)
    move = deals.move_deal(session, record.id, _stage(sales, "Won"),
                           now=T0 + dt.timedelta(days=1), today=TODAY)
    assert move is not None
    deals.undo_move(session, move)
    back = deals.get_deal(session, record.id)
    assert (back.stage_name, back.status, back.closed_on) == ("Lead", StageKind.OPEN, None)
    assert [(v.stage_name, v.left_at) for v in deals.history(session, record.id)] == [
        ("Lead", None)]
    # Once the deal has moved on, that old move can no longer be taken back.
    move = deals.move_deal(session, record.id, _stage(sales, "Qualified"), now=T0)
    deals.move_deal(session, record.id, _stage(sales, "Proposal"), now=T0)
    assert move is not None
    with pytest.raises(ValidationError):
        deals.undo_move(session, move)


def test_moving_to_the_same_stage_does_nothing(session: Session) -> None:
    sales = _sales(session)
    record = _deal(session, sales)
    assert deals.move_deal(session, record.id, record.stage_id) is None
    assert len(deals.history(session, record.id)) == 1


def test_deleted_deals_leave_the_board_and_come_back(session: Session) -> None:
    sales = _sales(session)
    record = _deal(session, sales)
    flt = board.BoardFilter(sales.id)
    deals.delete_deal(session, record.id)
    assert board.board(session, flt, sales.stages)[record.stage_id] == []
    with pytest.raises(NotFoundError):
        deals.move_deal(session, record.id, _stage(sales, "Won"))
    deals.restore_deal(session, record.id)
    assert [c.id for c in board.board(session, flt, sales.stages)[record.stage_id]] == [record.id]


def test_board_filters_and_totals(session: Session) -> None:
    sales = _sales(session)
    karimova = contacts.create_contact(session, ContactInput(display_name="Дилноза Каримова"))
    a = _deal(session, sales, "Хлопок", value=100_00, contact_id=karimova.id, owner="Aziz",
              source="referral", expected_close=dt.date(2025, 5, 1))
    b = _deal(session, sales, "Silk", value=300_00, probability=50,
              expected_close=dt.date(2025, 7, 1))
    c = _deal(session, sales, "Wool", value=50_00)
    old = _deal(session, sales, "Old win", value=999_00)
    deals.move_deal(session, old.id, _stage(sales, "Won"), closed_on=dt.date(2025, 3, 2))
    recent = _deal(session, sales, "New win", value=70_00)
    deals.move_deal(session, recent.id, _stage(sales, "Won"), closed_on=dt.date(2025, 5, 30))

    flt = board.BoardFilter(sales.id, closed_since=dt.date(2025, 5, 3))
    cols = board.board(session, flt, sales.stages)
    lead = cols[_stage(sales, "Lead")]
    assert [x.id for x in lead] == [a.id, b.id, c.id]  # by expected close, undated last
    assert lead[0].is_overdue(TODAY) and not lead[1].is_overdue(TODAY)
    # The board reads names only for the cards shown, or all of them when asked.
    assert lead[0].party == "" and lead[0].contact_id == karimova.id
    assert board.party_names(session, lead) == {a.id: "Дилноза Каримова", b.id: "", c.id: ""}
    named = board.board(session, flt, sales.stages, names=True)[_stage(sales, "Lead")]
    assert named[0].party == "Дилноза Каримова"
    # 100 + 300 + 50 dollars; weighted 10 % + 50 % + 10 %.
    assert board.totals(lead) == board.Totals(3, (("USD", 450_00, 10_00 + 150_00 + 5_00),))
    assert [x.id for x in cols[_stage(sales, "Won")]] == [recent.id]

    def titles(**kw: object) -> list[str]:
        f = board.BoardFilter(sales.id, **kw)  # type: ignore[arg-type]
        return sorted(x.title for x in board.deal_rows(session, f))

    assert titles(text="КАРИМ") == ["Хлопок"]
    assert titles(text="хлоп") == ["Хлопок"]
    assert titles(owner="Aziz") == ["Хлопок"]
    assert titles(source="referral") == ["Хлопок"]
    assert titles(close_from=dt.date(2025, 3, 1), close_to=dt.date(2025, 5, 31)) == [
        "New win", "Old win", "Хлопок"]
    assert board.owners(session) == ["Aziz"]


def test_remove_stage_moves_its_deals_with_recorded_visits(session: Session) -> None:
    sales = _sales(session)
    record = _deal(session, sales, stage="Qualified")
    with pytest.raises(ValidationError):
        pl.remove_stage(session, _stage(sales, "Qualified"))
    moved = pl.remove_stage(session, _stage(sales, "Qualified"),
                            move_to=_stage(sales, "Proposal"), now=T0 + dt.timedelta(days=2))
    assert moved == 1
    assert [v.stage_name for v in deals.history(session, record.id)] == ["Qualified", "Proposal"]
    names = [s.name for s in pl.pipelines(session)[0].stages]
    assert names == ["Lead", "Proposal", "Negotiation", "Won", "Lost"]


def test_the_last_open_stage_cannot_go(session: Session) -> None:
    sales = _sales(session)
    for name in ("Lead", "Qualified", "Proposal"):
        pl.remove_stage(session, _stage(sales, name))
    with pytest.raises(ValidationError):
        pl.remove_stage(session, _stage(sales, "Negotiation"))
    with pytest.raises(ValidationError):
        pl.update_stage(session, _stage(sales, "Negotiation"), kind="won")


def test_stage_names_are_unique_within_a_pipeline(session: Session) -> None:
    sales = _sales(session)
    with pytest.raises(ValidationError):
        pl.add_stage(session, sales.id, "  proposal ")
    added = pl.add_stage(session, sales.id, "Demo", probability=40)
    assert [s.name for s in pl.get_pipeline(session, sales.id).stages][3:6] == [
        "Negotiation", "Demo", "Won"]
    pl.move_stage(session, added.id, 1)
    assert [s.name for s in pl.get_pipeline(session, sales.id).stages][:3] == [
        "Lead", "Demo", "Qualified"]


# Any sequence of moves and undos leaves exactly the path that stands ----------------
_ACTIONS = st.lists(
    st.one_of(st.tuples(st.just("move"), st.integers(0, 5), st.integers(0, 500)),
              st.tuples(st.just("undo"), st.just(0), st.just(0))),
    max_size=25,
)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(actions=_ACTIONS)
def test_stage_history_is_exactly_the_path_taken(db: Database, actions: list) -> None:
    with db.session_scope() as session:
        sales = _sales(session)
        record = _deal(session, sales)
        path: list[tuple[int, dt.datetime]] = [(record.stage_id, T0)]
        undoable: list[deals.Move] = []
        clock = T0
        for action, index, minutes in actions:
            if action == "undo":
                if undoable:
                    deals.undo_move(session, undoable.pop())
                    path.pop()
                continue
            clock += dt.timedelta(minutes=minutes)
            target = sales.stages[index]
            move = deals.move_deal(session, record.id, target.id, now=clock, today=TODAY)
            if move is None:
                assert target.id == path[-1][0]
                continue
            undoable.append(move)
            path.append((target.id, clock))
        visits = deals.history(session, record.id)
        assert [v.stage_id for v in visits] == [stage for stage, _ in path]
        assert [v.entered_at for v in visits] == [when for _, when in path]
        assert [v.left_at for v in visits] == [when for _, when in path[1:]] + [None]
        now = deals.get_deal(session, record.id)
        assert now.stage_id == path[-1][0]
        kind = sales.stage(now.stage_id).kind
        assert now.status is kind and (now.closed_on is None) == (kind is StageKind.OPEN)
        open_visits = session.scalar(select(func.count()).select_from(StageChange).where(
            StageChange.deal_id == record.id, StageChange.left_at.is_(None)))
        assert open_visits == 1
        # Each finished visit knows its length (days in stage sum it); the open one not.
        for entered, left, seconds in session.execute(
                select(StageChange.entered_at, StageChange.left_at, StageChange.seconds)
                .where(StageChange.deal_id == record.id)):
            expected = None if left is None else int((left - entered).total_seconds())
            assert seconds == expected
        session.rollback()


def test_a_deal_created_on_an_evening_west_of_utc_closes_that_day(session: Session) -> None:
    sales = _sales(session)
    # 20:30 in New York on 25 November is already the 26th in UTC.
    evening = dt.datetime(2025, 11, 26, 1, 30, tzinfo=dt.UTC)
    record = deals.create_deal(session, DealInput(
        title="Evening deal", stage_id=_stage(sales, "Lead"), currency="USD"), now=evening)
    with pytest.raises(ValidationError):
        deals.move_deal(session, record.id, _stage(sales, "Won"),
                        closed_on=dt.date(2025, 11, 24), now=evening)
    deals.move_deal(session, record.id, _stage(sales, "Won"), closed_on=dt.date(2025, 11, 25),
                    now=evening)
    assert deals.get_deal(session, record.id).closed_on == dt.date(2025, 11, 25)


def test_a_contacts_deals_are_read_in_one_statement_as_each_reads_alone(
        db: Database) -> None:
    """Open deals first by expected close, then the closed ones; the names they show
    (stage, contact, company, lost reason) as get_deal gives them; the Trash left out;
    and one statement for them all, however many there are."""
    from sqlalchemy import event

    from app.services import companies
    from app.services.companies import CompanyInput

    with db.session_scope() as s:
        p = _sales(s)
        ann = contacts.create_contact(s, ContactInput(display_name="Анна Петрова")).id
        firm = companies.create_company(s, CompanyInput(name="Toshkent Tekstil")).id
        reason = pl.add_lost_reason(s, "Price").id
        made = [_deal(s, p, f"Deal {i}", contact_id=ann, company_id=firm if i % 2 else None,
                      expected_close=TODAY + dt.timedelta(days=(7 * i) % 30))
                for i in range(12)]
        deals.move_deal(s, made[3].id, _stage(p, "Lost"), closed_on=TODAY,
                        lost_reason_id=reason, now=T0, today=TODAY)
        deals.move_deal(s, made[5].id, _stage(p, "Won"), closed_on=TODAY, now=T0,
                        today=TODAY)
        deals.delete_deal(s, made[7].id)
    with db.session_scope() as s:
        statements: list[str] = []

        def seen(*args: object) -> None:
            statements.append(str(args[2]))

        connection = s.connection()
        event.listen(connection, "before_cursor_execute", seen)
        found = deals.deals_of_contact(s, ann)
        of_firm = deals.deals_of_company(s, firm)
        event.remove(connection, "before_cursor_execute", seen)
        assert len(statements) == 2
        each = {d.id: deals.get_deal(s, d.id) for d in found}
    assert found == [each[d.id] for d in found]
    assert made[7].id not in each and len(found) == 11
    open_ones = [d for d in found if d.status is StageKind.OPEN]
    assert found[:len(open_ones)] == open_ones
    assert [d.expected_close for d in open_ones] == sorted(d.expected_close for d in open_ones)
    lost = next(d for d in found if d.id == made[3].id)
    assert (lost.lost_reason, lost.stage_name, lost.contact_name) == ("Price", "Lost",
                                                                       "Анна Петрова")
    assert {d.id for d in of_firm} == {d.id for d in found if d.company_id == firm}
    assert all(d.company_name == "Toshkent Tekstil" for d in of_firm)
