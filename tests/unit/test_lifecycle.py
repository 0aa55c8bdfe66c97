"""Lifecycle rules on hand-made histories (boundaries included), RFM scores and segments,
tiers, the changes recorded, and the SQL recompute against the Python baseline."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import (
    Contact,
    CustomerStatus,
    LifecycleChange,
    LoyaltyMember,
    LoyaltyProgram,
    PointsEntry,
    Purchase,
    Tier,
    TierChange,
)
from app.models.enums import Lifecycle, Segment
from app.services import lifecycle, rfm
from app.services.lifecycle_baseline import python_baseline

TODAY = dt.date(2025, 6, 30)


def _day(days_ago: int) -> dt.date:
    return TODAY - dt.timedelta(days=days_ago)


def _program(session: Session, **kw: object) -> LoyaltyProgram:
    program = LoyaltyProgram(name="Rewards", currency="USD", points_per_unit=1,
                             tier_basis="spend", new_days=90, lapsed_days=365,
                             expanding_margin_pct=20, **kw)
    session.add(program)
    session.flush()
    for position, (name, threshold) in enumerate((("Bronze", 0), ("Silver", 50_000),
                                                  ("Gold", 200_000))):
        session.add(Tier(program_id=program.id, name=name, position=position,
                         threshold=threshold, discount_pct=5 * position))
    session.flush()
    return program


_names = iter(f"Customer {i}" for i in range(10_000))


def _customer(session: Session, *purchases: tuple[int, int], currency: str = "USD",
              member: bool = False) -> int:
    """A contact with purchases given as (days ago, total in cents)."""
    name = next(_names)
    contact = Contact(display_name=name, sort_key=name.casefold(), lifecycle_stage="customer",
                      marketing_consent=False)
    session.add(contact)
    session.flush()
    for days_ago, total in purchases:
        session.add(Purchase(contact_id=contact.id, purchased_on=_day(days_ago), channel="store",
                             total_minor=total, currency=currency))
    if member:
        session.add(LoyaltyMember(contact_id=contact.id, joined_on=_day(1000)))
    session.flush()
    return contact.id


def _status(session: Session, contact_id: int) -> Lifecycle | None:
    row = session.get(CustomerStatus, contact_id)
    return None if row is None else Lifecycle(row.lifecycle)


@pytest.fixture
def program(session: Session) -> LoyaltyProgram:
    return _program(session)


@pytest.mark.parametrize(("purchases", "expected"), [
    ([(90, 1000)], Lifecycle.NEW),  # exactly 90 days ago: still new
    ([(91, 1000)], Lifecycle.AT_RISK),  # one purchase, past the new window: never came back
    ([(365, 1000)], Lifecycle.AT_RISK),  # exactly 365 days: not yet lapsed
    ([(366, 1000)], Lifecycle.LAPSED),
    ([(400, 1000), (366, 1000)], Lifecycle.LAPSED),
    ([(800, 1000), (10, 1000)], Lifecycle.REACTIVATED),  # 790 days apart, back lately
    ([(800, 1000), (435, 1000), (70, 1000)], Lifecycle.ACTIVE),  # gaps of exactly 365
    # Came back 100 days ago: past the window of Reactivated, within its 700-day habit.
    ([(800, 1000), (100, 1000)], Lifecycle.ACTIVE),
    ([(150, 1000), (100, 1000)], Lifecycle.ACTIVE),  # 100 days = exactly twice 50
    ([(151, 1000), (101, 1000)], Lifecycle.AT_RISK),  # 101 days > twice 50
    ([(500, 10000), (200, 8000), (30, 5001)], Lifecycle.EXPANDING),  # 130.01 > 100 × 1.2
    ([(500, 10000), (200, 7000), (30, 5000)], Lifecycle.ACTIVE),  # 120.00: exactly +20 %
    ([(100, 1000), (100, 1000)], Lifecycle.AT_RISK),  # twice the same day, then nothing
])
def test_lifecycle_rules(session: Session, program: LoyaltyProgram,
                         purchases: list[tuple[int, int]], expected: Lifecycle) -> None:
    contact_id = _customer(session, *purchases)
    lifecycle.recompute(session, today=TODAY)
    assert _status(session, contact_id) is expected


def test_prospects_have_no_row_and_deleted_purchases_do_not_count(
    session: Session, program: LoyaltyProgram
) -> None:
    prospect = _customer(session)
    buyer = _customer(session, (10, 500))
    lifecycle.recompute(session, today=TODAY)
    assert _status(session, prospect) is None
    assert _status(session, buyer) is Lifecycle.NEW
    session.scalars(select(Purchase).where(Purchase.contact_id == buyer)).one().deleted_at = \
        dt.datetime(2025, 6, 29, tzinfo=dt.UTC)
    session.flush()
    lifecycle.recompute(session, today=TODAY)
    assert _status(session, buyer) is None
    changes = session.execute(select(LifecycleChange.status, LifecycleChange.previous)
                              .where(LifecycleChange.contact_id == buyer)
                              .order_by(LifecycleChange.id)).all()
    assert changes == [("new", "prospect"), ("prospect", "new")]


def test_each_change_of_status_is_recorded_with_its_day(
    session: Session, program: LoyaltyProgram
) -> None:
    contact_id = _customer(session, (10, 1000))
    lifecycle.recompute(session, today=TODAY)
    lifecycle.recompute(session, today=TODAY + dt.timedelta(days=30))  # still new
    later = TODAY + dt.timedelta(days=100)
    lifecycle.recompute(session, today=later)
    assert session.execute(
        select(LifecycleChange.previous, LifecycleChange.status, LifecycleChange.changed_on)
        .where(LifecycleChange.contact_id == contact_id).order_by(LifecycleChange.id)
    ).all() == [("prospect", "new", TODAY), ("new", "at_risk", later)]
    row = session.get(CustomerStatus, contact_id)
    assert row is not None and row.lifecycle_since == later and row.computed_on == later


def test_rfm_scores_by_quintile_with_ties_sharing_a_score(
    session: Session, program: LoyaltyProgram
) -> None:
    # Ten customers: frequencies 1,1,2,2,3,3,4,4,5,5 (last purchases all 5 days ago, so
    # recency ties for everyone) and spends 1..10 dollars.
    ids = []
    for index in range(10):
        orders = index // 2 + 1
        spend = (index + 1) * 100
        ids.append(_customer(session, *[(5 + k, spend if k == 0 else 0)
                                       for k in range(orders)]))
    lifecycle.recompute(session, today=TODAY)
    rows = {c: session.get(CustomerStatus, c) for c in ids}
    assert [rows[c].frequency for c in ids] == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]  # type: ignore[union-attr]
    assert [rows[c].monetary for c in ids] == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]  # type: ignore[union-attr]
    assert {rows[c].recency for c in ids} == {1}  # type: ignore[union-attr]
    # A tie across a quintile edge: values 1, 2, 2, 2, 3 of five customers.
    assert [rfm.score(lower, 5) for lower in (0, 1, 1, 1, 4)] == [1, 2, 2, 2, 5]


@pytest.mark.parametrize(("r", "f", "m", "expected"), [
    (5, 5, 5, Segment.CHAMPIONS), (4, 4, 4, Segment.CHAMPIONS),
    (5, 1, 1, Segment.NEW), (5, 1, 5, Segment.NEW),
    (3, 3, 3, Segment.LOYAL), (4, 3, 3, Segment.LOYAL),
    (4, 2, 2, Segment.POTENTIAL_LOYALISTS), (3, 2, 2, Segment.NEED_ATTENTION),
    (1, 5, 4, Segment.CANT_LOSE), (2, 5, 5, Segment.AT_RISK), (1, 3, 3, Segment.AT_RISK),
    (2, 2, 2, Segment.HIBERNATING), (1, 2, 2, Segment.LOST), (1, 1, 1, Segment.LOST),
])
def test_segment_rules(session: Session, r: int, f: int, m: int, expected: Segment) -> None:
    assert rfm.segment(r, f, m) is expected
    # The SQL the recompute runs says the same.
    found = session.execute(select(
        __import__("sqlalchemy").text(rfm.segment_sql(str(r), str(f), str(m))))).scalar()
    assert found == expected.value


def test_tiers_for_members_only_and_tier_changes(session: Session,
                                                 program: LoyaltyProgram) -> None:
    member = _customer(session, (100, 30_000), (20, 30_000), member=True)  # $600: Silver
    other = _customer(session, (100, 300_000))  # big spender, not a member
    lifecycle.recompute(session, today=TODAY)
    tiers = {t.id: t.name for t in session.scalars(select(Tier))}
    member_row, other_row = session.get(CustomerStatus, member), session.get(CustomerStatus, other)
    assert member_row is not None and tiers[member_row.tier_id] == "Silver"  # type: ignore[index]
    assert other_row is not None and other_row.tier_id is None
    session.add(Purchase(contact_id=member, purchased_on=_day(1), channel="online",
                         total_minor=150_000, currency="USD"))
    session.flush()
    lifecycle.recompute_contact(session, member, today=TODAY)
    row = session.get(CustomerStatus, member)
    assert row is not None and tiers[row.tier_id] == "Gold"  # type: ignore[index]
    assert session.execute(select(TierChange.previous_name, TierChange.tier_name)
                           .where(TierChange.contact_id == member)
                           .order_by(TierChange.id)).all() == [(None, "Silver"),
                                                               ("Silver", "Gold")]


def test_recompute_contact_keeps_the_rfm_scores_and_touches_no_one_else(
    session: Session, program: LoyaltyProgram
) -> None:
    first = _customer(session, (50, 1000))
    second = _customer(session, (40, 2000))
    lifecycle.recompute(session, today=TODAY)
    before = session.get(CustomerStatus, second)
    assert before is not None
    scores = (before.recency, before.frequency, before.monetary, before.segment)
    later = TODAY + dt.timedelta(days=60)
    lifecycle.recompute_contact(session, first, today=later)
    session.expire_all()
    row = session.get(CustomerStatus, first)
    assert row is not None and row.lifecycle == "at_risk" and row.computed_on == later
    after = session.get(CustomerStatus, second)
    assert after is not None and after.computed_on == TODAY
    assert (after.recency, after.frequency, after.monetary, after.segment) == scores


def test_sql_and_python_agree_on_a_random_book(session: Session,
                                               program: LoyaltyProgram) -> None:
    rng = random.Random(11)
    for _ in range(150):
        purchases = [(rng.randint(0, 1100), rng.choice([0, 999, 5000, 25_000, 120_000]))
                     for _ in range(rng.choice([0, 1, 1, 2, 3, 5, 8]))]
        contact_id = _customer(session, *purchases, member=rng.random() < 0.4,
                               currency=rng.choice(["USD", "USD", "EUR"]))
        if rng.random() < 0.3:
            session.add(PointsEntry(contact_id=contact_id, kind="earn",
                                    points=rng.randint(1, 900),
                                    occurred_at=dt.datetime(2025, 1, 1, tzinfo=dt.UTC)))
    session.flush()
    lifecycle.recompute(session, today=TODAY)
    expected = python_baseline(session, today=TODAY)
    stored = {row.contact_id: row for row in session.scalars(select(CustomerStatus))}
    assert set(stored) == set(expected)
    for contact_id, standing in expected.items():
        row = stored[contact_id]
        assert (Lifecycle(row.lifecycle), row.recency, row.frequency, row.monetary,
                row.segment, row.tier_id, row.points, row.orders, row.spend_12m,
                row.spend_prev_12m, row.spend_total) == (
            standing.lifecycle, standing.recency, standing.frequency, standing.monetary,
            standing.segment.value if standing.segment else None, standing.tier_id,
            standing.points, standing.orders, standing.spend_12m, standing.spend_prev_12m,
            standing.spend_total), contact_id


@given(st.lists(st.integers(0, 20), min_size=1, max_size=60))
def test_scores_from_four_edges_equal_scores_by_rank(values: list[int]) -> None:
    ordered = sorted(values)
    edges = [ordered[i] for i in rfm.edge_offsets(len(values))]
    for x in values:
        lower = sum(1 for v in values if v < x)
        assert rfm.score(lower, len(values)) == 1 + sum(1 for e in edges if x > e)
