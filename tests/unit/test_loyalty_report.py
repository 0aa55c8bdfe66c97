"""The Loyalty section's stored report and the contact lists behind its counts, against a
hand-made set of members, purchases, ledger entries and stored statuses (inserted
directly, as the recompute would leave them)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.models import (
    Contact,
    CustomerStatus,
    LifecycleChange,
    LoyaltyMember,
    LoyaltyProgram,
    PointsEntry,
    Purchase,
    StoredReport,
    Tier,
)
from app.models.enums import Lifecycle, Segment
from app.services import contacts
from app.services.contacts import ContactInput
from app.services.loyalty_lists import contacts_by_ids, ordered_ids
from app.services.loyalty_report import (
    ListQuery,
    contacts_in,
    count_in,
    loyalty_report,
    store_loyalty_report,
)

TODAY = dt.date(2025, 6, 15)


def _at(day: str, hour: int = 12) -> dt.datetime:
    return dt.datetime.combine(dt.date.fromisoformat(day), dt.time(hour), dt.UTC)


@dataclass(frozen=True)
class World:
    ids: dict[str, int]
    tiers: dict[str, int]


def build_world(s: Session) -> World:
    """Seven contacts: members in Gold, Silver and no tier, two non-members, one just
    enrolled (no status yet) and a Gold member in the Trash, who counts nowhere. The
    stored statuses agree with the purchases, as the recompute would store them."""
    program = LoyaltyProgram(name="Club", currency="USD")
    s.add(program)
    s.flush()
    tiers = {}
    for position, name in enumerate(("Bronze", "Silver", "Gold")):
        tier = Tier(program_id=program.id, name=name, position=position,
                    threshold=position * 100_00)
        s.add(tier)
        s.flush()
        tiers[name] = tier.id

    people = {  # key: (name, owner, consent)
        "alisa": ("Алиса Смирнова", "Dilnoza", True),
        "bob": ("Bob Brown", "Sam", False),
        "chen": ("Chen Wei 陈伟", None, True),
        "dana": ("Dana Doe", "Sam", True),
        "eve": ("Eve Evans", None, False),
        "frank": ("Frank Ford", "Sam", True),
        "zed": ("Zed Trashed", "Sam", True),
    }
    ids = {}
    for key, (name, owner, consent) in people.items():
        ids[key] = contacts.create_contact(s, ContactInput(
            display_name=name, owner=owner, marketing_consent=consent,
            emails=[f"{key}@example.com"])).id
    s.get_one(Contact, ids["zed"]).deleted_at = _at("2025-06-01")

    for key in ("alisa", "bob", "chen", "frank", "zed"):
        s.add(LoyaltyMember(contact_id=ids[key], joined_on=dt.date(2024, 1, 1)))

    statuses = {  # key: lifecycle, segment, tier, spend_total, orders, spend_12m, last purchase
        "alisa": ("active", "champions", "Gold", 500_01, 4, 370_00, "2025-06-01"),
        "bob": ("lapsed", "hibernating", "Silver", 120_01, 2, 0, "2024-01-01"),
        "chen": ("lapsed", "lost", None, 30_00, 1, 30_00, "2025-05-01"),
        "dana": ("new", "new", None, 100_00, 2, 100_00, "2025-06-12"),
        "eve": ("prospect", None, None, 0, 0, 0, None),
        "zed": ("lapsed", "champions", "Gold", 1000_00, 1, 1000_00, "2025-06-01"),
    }
    for key, (lifecycle, segment, held, spend, orders, spend_12m, last) in statuses.items():
        s.add(CustomerStatus(contact_id=ids[key], lifecycle=lifecycle, segment=segment,
                             tier_id=tiers[held] if held else None, spend_total=spend,
                             orders=orders, spend_12m=spend_12m,
                             last_purchase=dt.date.fromisoformat(last) if last else None,
                             computed_on=TODAY))

    purchases = [  # key, day, minor, currency, deleted
        ("alisa", "2025-06-01", 200_00, "USD", False),
        ("alisa", "2025-01-10", 100_00, "USD", False),
        ("alisa", "2024-06-16", 70_00, "USD", False),   # the first day of the 12 months
        ("alisa", "2024-06-15", 50_00, "USD", False),   # the day before: outside
        ("alisa", "2025-03-01", 10_00, "EUR", False),   # counts as a purchase, not revenue
        ("bob", "2024-01-01", 120_01, "USD", False),
        ("chen", "2025-05-01", 30_00, "USD", False),
        ("chen", "2024-06-15", 10_00, "USD", False),    # the day before the 12 months
        ("chen", "2025-05-02", 10_00, "USD", True),     # in the Trash
        ("chen", "2025-06-16", 10_00, "USD", False),    # after today
        ("dana", "2025-06-10", 80_00, "USD", False),
        ("dana", "2025-06-12", 20_00, "USD", False),
        ("dana", "2025-06-13", 999_00, "USD", True),    # in the Trash
        ("dana", "2025-06-16", 5_00, "USD", False),     # after today
        ("zed", "2025-06-01", 1000_00, "USD", False),   # contact in the Trash
    ]
    for key, day, minor, currency, deleted in purchases:
        s.add(Purchase(contact_id=ids[key], purchased_on=dt.date.fromisoformat(day),
                       total_minor=minor, currency=currency,
                       deleted_at=_at("2025-06-14") if deleted else None))

    ledger = [  # key, moment, kind, points, cost
        ("alisa", _at("2025-06-01"), "earn", 370, None),
        ("alisa", _at("2024-06-15", 23), "earn", 50, None),   # before the 12 months
        ("alisa", _at("2024-06-16", 0), "earn", 7, None),     # their first moment
        ("alisa", _at("2025-02-01"), "redeem", -100, 500),
        ("alisa", _at("2025-05-01"), "expire", -20, None),
        ("alisa", _at("2025-04-01"), "adjust", 5, None),
        ("bob", _at("2024-01-01"), "earn", 120, None),
        ("bob", _at("2024-02-01"), "redeem", -50, 300),
        ("bob", _at("2025-03-01"), "reverse", -10, None),
        ("zed", _at("2025-06-01"), "earn", 1000, None),
        ("zed", _at("2025-06-02"), "redeem", -1000, 9999),
    ]
    for key, moment, kind, points, cost in ledger:
        s.add(PointsEntry(contact_id=ids[key], occurred_at=moment, kind=kind, points=points,
                          cost_minor=cost))

    changes = [  # key, previous, status, day
        ("bob", "active", "at_risk", "2025-06-02"),
        ("bob", "at_risk", "lapsed", "2025-06-10"),
        ("chen", "active", "at_risk", "2025-05-20"),     # last month
        ("chen", "at_risk", "lapsed", "2025-06-05"),
        ("dana", "prospect", "new", "2025-06-10"),
        ("alisa", None, "active", "2025-06-01"),         # first placement
        ("alisa", "active", "expanding", "2025-06-03"),
        ("alisa", "expanding", "active", "2025-06-09"),  # back: moved into Active twice
        ("zed", "at_risk", "lapsed", "2025-06-03"),      # in the Trash
    ]
    for key, previous, status, day in changes:
        s.add(LifecycleChange(contact_id=ids[key], previous=previous, status=status,
                              changed_on=dt.date.fromisoformat(day)))
    s.flush()
    return World(ids, tiers)


@pytest.fixture
def world(session: Session) -> World:
    return build_world(session)


def _stored(session: Session):
    store_loyalty_report(session, TODAY)
    report = loyalty_report(session)
    assert report is not None
    return report


def test_no_report_before_the_first_recompute(session: Session) -> None:
    assert loyalty_report(session) is None


def test_tier_distribution_counts_live_members_and_those_with_no_tier(
        session: Session, world: World) -> None:
    report = _stored(session)
    assert [(t.name, t.members) for t in report.tiers] == [
        ("Bronze", 0), ("Silver", 1), ("Gold", 1), (None, 2)]
    assert report.members == 4
    assert report.tiers[2].tier_id == world.tiers["Gold"]


def test_funnel_counts_statuses_and_this_months_moves(session: Session, world: World) -> None:
    report = _stored(session)
    funnel = {f.status: (f.count, f.moved_in, f.moved_out) for f in report.funnel}
    assert [f.status for f in report.funnel] == list(Lifecycle)
    assert funnel[Lifecycle.LAPSED] == (2, 2, 0)
    assert funnel[Lifecycle.AT_RISK] == (0, 1, 2)  # Chen moved in last month
    assert funnel[Lifecycle.ACTIVE] == (1, 1, 2)   # Alisa twice, counted once
    assert funnel[Lifecycle.EXPANDING] == (0, 1, 1)
    assert funnel[Lifecycle.NEW] == (1, 1, 0)
    # Eve is stored as a Prospect; Frank, just enrolled, has no stored status yet.
    assert funnel[Lifecycle.PROSPECT] == (2, 0, 1)
    assert funnel[Lifecycle.REACTIVATED] == (0, 0, 0)


def test_segments_have_count_revenue_and_average_order_value(
        session: Session, world: World) -> None:
    report = _stored(session)
    segments = {s.segment: s for s in report.segments}
    assert [s.segment for s in report.segments] == list(Segment)
    champions = segments[Segment.CHAMPIONS]  # Zed, in the Trash, is not counted
    assert (champions.count, champions.revenue_minor, champions.orders) == (1, 500_01, 4)
    assert champions.aov_minor == 125_00  # 125.0025 rounds down
    assert segments[Segment.HIBERNATING].aov_minor == 60_01  # 60.005 rounds half up
    assert segments[Segment.NEW].aov_minor == 50_00
    assert (segments[Segment.LOYAL].count, segments[Segment.LOYAL].aov_minor) == (0, None)


def test_members_revenue_against_the_others_over_twelve_months(
        session: Session, world: World) -> None:
    report = _stored(session)
    assert report.currency == "USD"
    assert report.period_start == dt.date(2024, 6, 16)
    # The stored 12-month spend: Alisa 370 and Chen 30 (Bob bought before the 12
    # months, Zed is in the Trash); Dana 100.
    assert (report.members_revenue.revenue_minor, report.members_revenue.buyers) == (400_00, 2)
    assert report.members_revenue.per_customer_minor == 200_00
    assert (report.others_revenue.revenue_minor, report.others_revenue.buyers) == (100_00, 1)
    assert report.others_revenue.per_customer_minor == 100_00


def test_points_issued_redeemed_expired_and_the_cost_of_rewards(
        session: Session, world: World) -> None:
    report = _stored(session)
    recent, ever = report.points_12m, report.points_all
    assert (recent.issued, recent.redeemed, recent.expired, recent.corrections) == (
        377, 100, 20, -5)
    assert recent.reward_cost_minor == 500
    assert (ever.issued, ever.redeemed, ever.expired, ever.corrections) == (547, 150, 20, -5)
    assert ever.reward_cost_minor == 800
    assert report.points_outstanding == 547 - 150 - 20 - 5


def test_repeat_purchase_rate_by_tier(session: Session, world: World) -> None:
    """Alisa (Gold) bought four times in the 12 months (once on their first day, once
    in euros); Chen (no tier) once: his others are outside them or in the Trash."""
    report = _stored(session)
    rates = {t.name: (t.repeat_buyers, t.repeat_rate) for t in report.tiers}
    assert rates == {"Bronze": (0, None), "Silver": (0, 0.0), "Gold": (1, 1.0),
                     None: (0, 0.0)}


def test_a_second_recompute_replaces_the_stored_report(session: Session, world: World) -> None:
    _stored(session)
    session.execute(delete(LifecycleChange))
    store_loyalty_report(session, TODAY + dt.timedelta(days=30))
    assert session.scalar(select(func.count()).select_from(StoredReport)) == 1
    report = loyalty_report(session)
    assert report is not None and report.computed_on == dt.date(2025, 7, 15)
    assert report.month == dt.date(2025, 7, 1)
    assert all(f.moved_in == 0 for f in report.funnel)


def test_a_damaged_stored_report_reads_as_none(session: Session, world: World) -> None:
    _stored(session)
    session.get_one(StoredReport, "loyalty").data = "{not json"
    assert loyalty_report(session) is None


def _names(session: Session, query: ListQuery, **page: int) -> list[str]:
    return [c.display_name for c in contacts_in(session, query, **page)]


@pytest.mark.parametrize(("query", "names"), [
    (ListQuery("lifecycle", "lapsed"), ["Bob Brown", "Chen Wei 陈伟"]),
    (ListQuery("lifecycle", "active"), ["Алиса Смирнова"]),
    (ListQuery("lifecycle", "reactivated"), []),
    (ListQuery("lifecycle", "prospect"), ["Eve Evans", "Frank Ford"]),
    (ListQuery("segment", "champions"), ["Алиса Смирнова"]),
    (ListQuery("segment", "new"), ["Dana Doe"]),
    (ListQuery("tier", None), ["Chen Wei 陈伟", "Frank Ford"]),
    (ListQuery("moved_into", "lapsed", dt.date(2025, 6, 30)), ["Bob Brown", "Chen Wei 陈伟"]),
    (ListQuery("moved_into", "at_risk", dt.date(2025, 5, 1)), ["Chen Wei 陈伟"]),
    (ListQuery("moved_out", "at_risk", dt.date(2025, 6, 1)), ["Bob Brown", "Chen Wei 陈伟"]),
    (ListQuery("moved_into", "active", dt.date(2025, 6, 1)), ["Алиса Смирнова"]),
])
def test_each_list_holds_the_contacts_its_count_counts(
        session: Session, world: World, query: ListQuery, names: list[str]) -> None:
    assert _names(session, query) == names
    assert count_in(session, query) == len(names)


def test_lists_match_the_report_counts(session: Session, world: World) -> None:
    report = _stored(session)
    for step in report.funnel:
        assert count_in(session, ListQuery("lifecycle", step.status.value)) == step.count
        assert count_in(session, ListQuery("moved_into", step.status.value,
                                           report.month)) == step.moved_in
        assert count_in(session, ListQuery("moved_out", step.status.value,
                                           report.month)) == step.moved_out
    for seg in report.segments:
        assert count_in(session, ListQuery("segment", seg.segment.value)) == seg.count
    for tier in report.tiers:
        assert count_in(session, ListQuery("tier", tier.tier_id)) == tier.members


def test_a_tier_list_and_its_rows(session: Session, world: World) -> None:
    (gold,) = contacts_in(session, ListQuery("tier", world.tiers["Gold"]))
    assert (gold.display_name, gold.owner, gold.email, gold.marketing_consent) == (
        "Алиса Смирнова", "Dilnoza", "alisa@example.com", True)
    assert (gold.lifecycle, gold.segment, gold.tier_name) == (
        Lifecycle.ACTIVE, Segment.CHAMPIONS, "Gold")
    assert (gold.orders, gold.spend_total) == (4, 500_01)


def test_a_list_is_read_a_page_at_a_time(session: Session, world: World) -> None:
    query = ListQuery("tier", None)
    assert _names(session, query, limit=1) == ["Chen Wei 陈伟"]
    assert _names(session, query, limit=1, offset=1) == ["Frank Ford"]
    assert _names(session, query, limit=1, offset=2) == []


@pytest.mark.parametrize("query", [
    ListQuery("lifecycle", "lapsed"), ListQuery("lifecycle", "prospect"),
    ListQuery("tier", None), ListQuery("moved_out", "at_risk", dt.date(2025, 6, 1)),
])
def test_the_dialog_reads_the_ids_in_name_order_then_the_rows_by_id(
        session: Session, world: World, query: ListQuery) -> None:
    ids = ordered_ids(session, query)
    listed = contacts_in(session, query)
    assert list(ids) == [c.id for c in listed] and len(ids) == count_in(session, query)
    assert contacts_by_ids(session, ids) == listed


def test_a_contact_who_moved_twice_is_listed_once_and_one_deleted_since_leaves_a_gap(
        session: Session, world: World) -> None:
    query = ListQuery("moved_into", "lapsed", dt.date(2025, 6, 30))
    bob = world.ids["bob"]
    session.add(LifecycleChange(contact_id=bob, status="lapsed", previous="at_risk",
                                changed_on=dt.date(2025, 6, 20)))
    session.flush()
    ids = ordered_ids(session, query)
    assert _names(session, query) == ["Bob Brown", "Chen Wei 陈伟"]
    assert list(ids) == [bob, world.ids["chen"]] and count_in(session, query) == 2
    contacts.delete_contact(session, bob)  # while the list is open
    rows = contacts_by_ids(session, ids)
    assert rows[0] is None and rows[1] is not None and rows[1].display_name == "Chen Wei 陈伟"
    assert list(ordered_ids(session, query)) == [world.ids["chen"]]


@pytest.mark.parametrize("query", [
    ListQuery("lifecycle", "sleeping"), ListQuery("segment", None),
    ListQuery("tier", "Gold"), ListQuery("moved_into", "lapsed"), ListQuery("everyone"),
])
def test_a_malformed_list_is_refused(session: Session, query: ListQuery) -> None:
    with pytest.raises(ValueError):
        count_in(session, query)
