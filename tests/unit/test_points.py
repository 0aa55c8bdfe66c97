"""The points ledger: append-only, the balance is the sum, redemptions within the balance,
reversing entries, and expiry first in, first out."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import PointsEntry
from app.models.enums import PointsKind
from app.services import loyalty, points
from app.services.contacts import ContactInput, create_contact
from app.services.errors import NotFoundError, ValidationError
from app.services.loyalty import ProgramInput

TODAY = dt.date(2025, 6, 15)
NOW = dt.datetime(2025, 6, 15, 10, 0, tzinfo=dt.UTC)


def _member(session: Session, first: str = "Malika", last: str = "Yusupova") -> int:
    contact_id = create_contact(session, ContactInput(first_name=first, last_name=last)).id
    loyalty.enroll(session, contact_id, today=TODAY)
    return contact_id


def _earn(session: Session, contact_id: int, amount: int, when: dt.datetime = NOW) -> int:
    return points.append(session, contact_id, PointsKind.EARN, amount, now=when).id


def _entries(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(PointsEntry)) or 0


def _ago(months: int) -> dt.datetime:
    day = points.months_before(TODAY, months)
    return dt.datetime.combine(day, dt.time(12), dt.UTC)


def _expire_after(session: Session, months: int | None) -> None:
    loyalty.program(session)
    loyalty.update_program(session, ProgramInput(currency="USD", expiry_months=months))


# The balance is the sum ------------------------------------------------------------------
_STEPS = st.lists(st.one_of(
    st.tuples(st.just("earn"), st.integers(1, 500)),
    st.tuples(st.just("redeem"), st.integers(-5, 800)),
    st.tuples(st.just("adjust"), st.integers(-600, 600)),
    st.tuples(st.just("reverse"), st.integers(0, 30)),
), max_size=25)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=_STEPS)
def test_the_balance_is_always_the_sum_of_the_ledger(session: Session, steps) -> None:
    """Any sequence of earn, redeem, adjust and reverse: refusals write nothing, what
    is written moves the balance by its points, and the balance never goes below zero
    by anything a person does."""
    contact_id = _member(session)
    expected = 0
    for action, value in steps:
        before = _entries(session)
        mine = [e for e in points.ledger(session, contact_id, limit=1000)]
        try:
            if action == "earn":
                entry = points.append(session, contact_id, PointsKind.EARN, value, now=NOW)
            elif action == "redeem":
                entry = points.redeem(session, contact_id, value, reason="Mug", now=NOW)
            elif action == "adjust":
                entry = points.adjust(session, contact_id, value, reason="Goodwill", now=NOW)
            else:
                if not mine:
                    continue
                target = mine[value % len(mine)]
                entry = points.reverse(session, target.id, reason="Mistake", now=NOW)
        except ValidationError:
            assert _entries(session) == before
            if action == "redeem" and 0 < value:
                assert value > expected  # refused only beyond the balance
            continue
        expected += entry.points
        assert _entries(session) == before + 1
        if action == "reverse":
            assert entry.points == -target.points and entry.reverses_id == target.id
        ledger = points.ledger(session, contact_id, limit=1000)
        assert points.balance(session, contact_id) == sum(e.points for e in ledger) == expected
        assert expected >= 0


# Redeeming ---------------------------------------------------------------------------------
def test_redeeming_beyond_the_balance_is_refused_with_the_numbers(session: Session) -> None:
    contact_id = _member(session)
    _earn(session, contact_id, 120)
    with pytest.raises(ValidationError) as caught:
        points.redeem(session, contact_id, 500, reason="Free dinner")
    assert str(caught.value) == "Malika Yusupova has 120 points; 500 cannot be redeemed."
    assert caught.value.field == "points"
    assert _entries(session) == 1 and points.balance(session, contact_id) == 120


def test_a_redemption_records_the_reward_and_its_cost(session: Session) -> None:
    contact_id = _member(session)
    _earn(session, contact_id, 120)
    entry = points.redeem(session, contact_id, 120, reason="  Free coffee ", cost_minor=350,
                          now=NOW)
    assert (entry.kind, entry.points, entry.reason, entry.cost_minor) == (
        PointsKind.REDEEM, -120, "Free coffee", 350)
    assert points.balance(session, contact_id) == 0


@pytest.mark.parametrize(("value", "reason", "cost", "field"), [
    (0, "Mug", None, "points"),
    (-10, "Mug", None, "points"),
    (10, "   ", None, "reason"),
    (10, "Mug", -1, "cost"),
    (points.POINTS_MAX + 1, "Mug", None, "points"),
])
def test_bad_redemptions_write_nothing(session: Session, value: int, reason: str,
                                       cost: int | None, field: str) -> None:
    contact_id = _member(session)
    _earn(session, contact_id, 100)
    with pytest.raises(ValidationError) as caught:
        points.redeem(session, contact_id, value, reason=reason, cost_minor=cost)
    assert caught.value.field == field
    assert _entries(session) == 1


def test_a_contact_who_is_not_a_member_cannot_redeem_or_be_given_points(
    session: Session
) -> None:
    contact_id = _member(session)
    _earn(session, contact_id, 100)
    loyalty.leave(session, contact_id)
    with pytest.raises(ValidationError, match="not a member"):
        points.redeem(session, contact_id, 10, reason="Mug")
    with pytest.raises(ValidationError, match="not a member"):
        points.adjust(session, contact_id, 10, reason="Birthday")
    # What they still hold can be taken away by hand.
    points.adjust(session, contact_id, -100, reason="Left the programme")
    assert points.balance(session, contact_id) == 0


# Adjusting ---------------------------------------------------------------------------------
def test_adjustments_need_a_reason_and_points_and_stay_within_the_balance(
    session: Session
) -> None:
    contact_id = _member(session)
    assert points.adjust(session, contact_id, 40, reason="Birthday").points == 40
    with pytest.raises(ValidationError) as caught:
        points.adjust(session, contact_id, 0, reason="Nothing")
    assert caught.value.field == "points"
    with pytest.raises(ValidationError) as caught:
        points.adjust(session, contact_id, 5, reason="")
    assert caught.value.field == "reason"
    with pytest.raises(ValidationError) as caught:
        points.adjust(session, contact_id, -41, reason="Correction")
    assert str(caught.value) == "Malika Yusupova has 40 points; 41 cannot be taken away."
    assert points.balance(session, contact_id) == 40 and _entries(session) == 1


def test_unknown_contacts_and_entries_are_not_found(session: Session) -> None:
    with pytest.raises(NotFoundError):
        points.redeem(session, 999, 1, reason="Mug")
    with pytest.raises(NotFoundError):
        points.reverse(session, 999, reason="Mistake")


# Reversing ---------------------------------------------------------------------------------
def test_reversing_a_redemption_gives_the_points_back_once(session: Session) -> None:
    contact_id = _member(session)
    _earn(session, contact_id, 100)
    spent = points.redeem(session, contact_id, 60, reason="Mug", now=NOW)
    back = points.reverse(session, spent.id, reason="Mug out of stock", now=NOW)
    assert (back.kind, back.points, back.reverses_id) == (PointsKind.REVERSE, 60, spent.id)
    assert points.balance(session, contact_id) == 100
    with pytest.raises(ValidationError, match="reversed already"):
        points.reverse(session, spent.id, reason="Again")
    with pytest.raises(ValidationError, match="reversal cannot be reversed"):
        points.reverse(session, back.id, reason="Undo the undo")
    shown = {e.id: e for e in points.ledger(session, contact_id)}
    assert shown[spent.id].reversed_by == back.id and shown[back.id].reversed_by is None
    # The redemption itself is still there as it was.
    assert shown[spent.id].points == -60
    assert points.balance(session, contact_id) == 100 and _entries(session) == 3


def test_a_reversal_may_not_take_the_balance_below_zero(session: Session) -> None:
    contact_id = _member(session)
    earned = _earn(session, contact_id, 100)
    points.redeem(session, contact_id, 80, reason="Mug")
    with pytest.raises(ValidationError) as caught:
        points.reverse(session, earned, reason="Wrong customer")
    assert "has 20 points" in str(caught.value)
    assert points.balance(session, contact_id) == 20 and _entries(session) == 2


def test_expired_points_are_not_reversed(session: Session) -> None:
    contact_id = _member(session)
    _expire_after(session, 12)
    _earn(session, contact_id, 100, _ago(13))
    assert points.expire(session, today=TODAY, now=NOW) == 1
    expired = session.scalar(select(PointsEntry.id).where(PointsEntry.kind == "expire"))
    assert expired is not None
    with pytest.raises(ValidationError, match="Expired points cannot be reversed"):
        points.reverse(session, expired, reason="Be kind")
    assert points.balance(session, contact_id) == 0


# Expiry ------------------------------------------------------------------------------------
def test_expiry_uses_the_oldest_points_first(session: Session) -> None:
    contact_id = _member(session)
    _expire_after(session, 12)
    _earn(session, contact_id, 100, _ago(13))
    _earn(session, contact_id, 50, _ago(1))
    points.redeem(session, contact_id, 30, reason="Mug", now=NOW - dt.timedelta(days=3))
    assert points.expire(session, today=TODAY, now=NOW) == 1
    newest = points.ledger(session, contact_id, limit=1)[0]
    assert (newest.kind, newest.points) == (PointsKind.EXPIRE, -70)
    assert points.balance(session, contact_id) == 50
    # Again: the 30 redeemed and the 70 expired used up the old 100.
    assert points.expire(session, today=TODAY, now=NOW) == 0
    assert points.balance(session, contact_id) == 50 and _entries(session) == 4


def test_expiry_counts_a_reversal_with_the_entry_it_cancels(session: Session) -> None:
    contact_id = _member(session)
    _expire_after(session, 12)
    _earn(session, contact_id, 100, _ago(14))
    recent = _earn(session, contact_id, 40, _ago(2))
    spent = points.redeem(session, contact_id, 25, reason="Mug", now=_ago(1))
    points.reverse(session, recent, reason="Returned", now=NOW)  # touches no old points
    points.reverse(session, spent.id, reason="Out of stock", now=NOW)  # nothing was used
    assert points.expire(session, today=TODAY, now=NOW) == 1
    assert points.ledger(session, contact_id, limit=1)[0].points == -100
    assert points.balance(session, contact_id) == 0


def test_expiry_follows_the_setting_and_counts_the_contacts_who_lost_points(
    session: Session
) -> None:
    old_timer, regular, newcomer = (_member(session, n, "Karimov")
                                    for n in ("Aziz", "Bobur", "Dilnoza"))
    _earn(session, old_timer, 100, _ago(30))
    _earn(session, regular, 100, _ago(25))
    _earn(session, regular, 10, _ago(1))
    _earn(session, newcomer, 100, _ago(11))
    _expire_after(session, None)
    assert points.expire(session, today=TODAY, now=NOW) == 0
    _expire_after(session, 24)
    assert points.expire(session, today=TODAY, now=NOW) == 2
    assert [points.balance(session, c) for c in (old_timer, regular, newcomer)] == [0, 10, 100]
    _expire_after(session, 6)  # the newcomer's points are old now; the recent 10 are not
    assert points.expire(session, today=TODAY, now=NOW) == 1
    assert [points.balance(session, c) for c in (old_timer, regular, newcomer)] == [0, 10, 0]


def test_the_expiry_cutoff_is_calendar_months() -> None:
    assert points.months_before(dt.date(2025, 3, 31), 1) == dt.date(2025, 2, 28)
    assert points.months_before(dt.date(2024, 3, 31), 1) == dt.date(2024, 2, 29)
    assert points.months_before(dt.date(2025, 1, 15), 13) == dt.date(2023, 12, 15)
    assert points.months_before(dt.date(2025, 6, 15), 120) == dt.date(2015, 6, 15)


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 10**15), st.sampled_from(["USD", "JPY", "KWD", "UZS", "RUB", "CNY"]),
       st.integers(0, loyalty.POINTS_PER_UNIT_MAX))
def test_the_points_rule_gives_the_same_in_sql(total: int, currency: str, per_unit: int
                                               ) -> None:
    """An import earns its members' points in SQL, a purchase saved in the window in
    Python: the same amount earns the same points either way, to the largest amount."""
    import sqlite3

    from sqlalchemy import column, literal_column
    from sqlalchemy.dialects import sqlite

    expression = loyalty.points_for_amount_sql(column("total"), currency, per_unit)
    sql = str(select(expression).select_from(
        select(literal_column(str(total)).label("total")).subquery())
        .compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
    in_sql = sqlite3.connect(":memory:").execute(sql).fetchone()[0]
    assert in_sql == loyalty.points_for_amount(total, currency, per_unit)
    assert isinstance(in_sql, int)
