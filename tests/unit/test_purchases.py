"""Purchases: lines and totals, points earned by members in the programme's currency,
delete and restore through reversing entries, the contact's status recomputed, and bad
input that stores nothing."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import CustomerStatus, PointsEntry, Purchase, PurchaseLine, TierChange
from app.models.enums import PointsKind, PurchaseChannel
from app.services import contacts, loyalty, money, points, purchases
from app.services.contacts import ContactInput, create_contact
from app.services.errors import NotFoundError, ValidationError
from app.services.loyalty import ProgramInput
from app.services.purchases import LineInput, PurchaseInput

TODAY = dt.date(2025, 6, 15)
NOW = dt.datetime(2025, 6, 15, 10, 0, tzinfo=dt.UTC)


@pytest.fixture
def contact_id(session: Session) -> int:
    loyalty.program(session)  # USD, 1 point per dollar
    return create_contact(session, ContactInput(first_name="Malika", last_name="Yusupova")).id


def _buy(session: Session, contact_id: int, total: int | None, *, currency: str = "USD",
         day: dt.date = TODAY, **extra: object) -> purchases.PurchaseRecord:
    data = PurchaseInput(contact_id=contact_id, purchased_on=day, total_minor=total,
                         currency=currency, **extra)  # type: ignore[arg-type]
    return purchases.log_purchase(session, data, today=TODAY, now=NOW)


def _count(session: Session, model: type) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def test_a_purchase_with_lines_and_no_total_takes_their_sum(
    session: Session, contact_id: int
) -> None:
    lines = (LineInput("Green tea, 250 g", 3, 1_250, sku="TEA-250"),
             LineInput("  Teapot ", 1, 4_500))
    record = _buy(session, contact_id, None, lines=lines, channel="online",
                  note="Gift wrap")
    assert (record.total_minor, record.channel, record.note) == (8_250, PurchaseChannel.ONLINE,
                                                                 "Gift wrap")
    assert [(ln.product, ln.sku, ln.quantity, ln.unit_price_minor, ln.total_minor)
            for ln in record.lines] == [("Green tea, 250 g", "TEA-250", 3, 1_250, 3_750),
                                        ("Teapot", None, 1, 4_500, 4_500)]
    # Both given and agreeing is fine too.
    assert _buy(session, contact_id, 8_250, lines=lines).total_minor == 8_250


def test_lines_that_do_not_match_the_total_are_refused_with_both_sums(
    session: Session, contact_id: int
) -> None:
    with pytest.raises(ValidationError) as caught:
        _buy(session, contact_id, 10_000, lines=(LineInput("Teapot", 2, 4_500),))
    assert caught.value.field == "total"
    assert "The lines add up to 90.00 USD, but the total is 100.00 USD." in str(caught.value)
    assert _count(session, Purchase) == _count(session, PurchaseLine) == 0


def test_purchases_are_listed_newest_first_and_counted(session: Session,
                                                       contact_id: int) -> None:
    for days, total in ((30, 1_000), (2, 2_000), (400, 3_000), (2, 4_000)):
        _buy(session, contact_id, total, day=TODAY - dt.timedelta(days=days))
    found = purchases.purchases_of(session, contact_id, limit=3)
    assert [p.total_minor for p in found] == [4_000, 2_000, 1_000]
    assert [p.total_minor for p in purchases.purchases_of(session, contact_id, 3, 3)] == [3_000]
    assert purchases.purchase_count(session, contact_id) == 4
    purchases.delete_purchase(session, found[0].id, now=NOW, today=TODAY)
    assert purchases.purchase_count(session, contact_id) == 3


def test_only_members_earn_and_only_in_the_programme_currency(
    session: Session, contact_id: int
) -> None:
    assert _buy(session, contact_id, 5_000).points == 0  # not a member yet
    loyalty.enroll(session, contact_id, today=TODAY)
    loyalty.update_program(session, ProgramInput(currency="USD", points_per_unit=2))
    earned = _buy(session, contact_id, 1_299)  # 12.99 USD x 2 = 25.98 -> 25 points
    assert earned.points == 25
    assert _buy(session, contact_id, 9_900_000, currency="UZS").points == 0
    assert _buy(session, contact_id, 49).points == 0  # 0.98 points: no entry at all
    (entry,) = points.ledger(session, contact_id)
    assert (entry.kind, entry.points, entry.purchase_id) == (PointsKind.EARN, 25, earned.id)
    assert points.balance(session, contact_id) == 25


def test_purchases_from_before_joining_earn_nothing(session: Session, contact_id: int) -> None:
    loyalty.enroll(session, contact_id, today=TODAY - dt.timedelta(days=10))
    assert _buy(session, contact_id, 5_000, day=TODAY - dt.timedelta(days=11)).points == 0
    assert _buy(session, contact_id, 5_000, day=TODAY - dt.timedelta(days=10)).points == 50


def test_points_of_a_purchase_logged_late_count_from_its_day(
    session: Session, contact_id: int
) -> None:
    """The earning is dated noon UTC of the purchase day, so a purchase typed in a year
    late expires as if it had been logged that day."""
    long_ago = points.months_before(TODAY, 13)
    loyalty.enroll(session, contact_id, today=long_ago)
    old = _buy(session, contact_id, 10_000, day=long_ago)
    _buy(session, contact_id, 2_000)
    earned = {e.purchase_id: e.occurred_at for e in points.ledger(session, contact_id)}
    assert earned[old.id] == dt.datetime.combine(long_ago, dt.time(12), dt.UTC)
    assert min(earned.values()) < NOW and max(earned.values()) <= NOW
    loyalty.update_program(session, ProgramInput(currency="USD", expiry_months=12))
    assert points.expire(session, today=TODAY, now=NOW) == 1
    assert points.balance(session, contact_id) == 20


def test_a_currency_without_decimals_earns_per_whole_unit(session: Session) -> None:
    loyalty.program(session, currency="JPY")
    contact_id = create_contact(session, ContactInput(first_name="Yuki")).id
    loyalty.enroll(session, contact_id, today=TODAY)
    assert _buy(session, contact_id, 1_500, currency="JPY").points == 1_500


def test_deleting_reverses_the_points_and_restoring_earns_them_again(
    session: Session, contact_id: int
) -> None:
    loyalty.enroll(session, contact_id, today=TODAY)
    record = _buy(session, contact_id, 12_000)
    gone = purchases.delete_purchase(session, record.id, now=NOW, today=TODAY)
    assert gone.deleted_at is not None and gone.points == 0
    assert points.balance(session, contact_id) == 0
    earn, reverse = sorted(points.ledger(session, contact_id), key=lambda e: e.id)
    assert (earn.kind, earn.points, earn.reversed_by) == (PointsKind.EARN, 120, reverse.id)
    assert (reverse.kind, reverse.points, reverse.purchase_id) == (PointsKind.REVERSE, -120,
                                                                   record.id)
    with pytest.raises(NotFoundError):
        purchases.delete_purchase(session, record.id)
    back = purchases.restore_purchase(session, record.id, now=NOW, today=TODAY)
    assert back.deleted_at is None and back.points == 120
    assert points.balance(session, contact_id) == 120
    kinds = [e.kind for e in sorted(points.ledger(session, contact_id), key=lambda e: e.id)]
    assert kinds == [PointsKind.EARN, PointsKind.REVERSE, PointsKind.EARN]
    with pytest.raises(NotFoundError):
        purchases.restore_purchase(session, record.id)


def test_delete_then_restore_leaves_the_balance_as_it_was_after_a_hand_reversal(
    session: Session, contact_id: int
) -> None:
    loyalty.enroll(session, contact_id, today=TODAY)
    record = _buy(session, contact_id, 10_000)
    (earn,) = points.ledger(session, contact_id)
    points.reverse(session, earn.id, reason="Refunded at the till", now=NOW)
    assert points.balance(session, contact_id) == 0
    later = NOW + dt.timedelta(hours=1)
    purchases.delete_purchase(session, record.id, now=later, today=TODAY)
    purchases.restore_purchase(session, record.id, now=later, today=TODAY)
    assert points.balance(session, contact_id) == 0  # not 100: nothing was taken back


def test_deleting_a_purchase_whose_points_were_spent_leaves_a_debt(
    session: Session, contact_id: int
) -> None:
    loyalty.enroll(session, contact_id, today=TODAY)
    record = _buy(session, contact_id, 10_000)
    points.redeem(session, contact_id, 80, reason="Teapot", now=NOW)
    purchases.delete_purchase(session, record.id, now=NOW, today=TODAY)
    assert points.balance(session, contact_id) == -80
    with pytest.raises(ValidationError, match="has -80 points; 1 cannot be redeemed"):
        points.redeem(session, contact_id, 1, reason="Mug")


def test_the_contacts_status_and_tier_follow_each_purchase(
    session: Session, contact_id: int
) -> None:
    loyalty.enroll(session, contact_id, today=TODAY)
    first = _buy(session, contact_id, 40_000)  # 400 USD: Bronze
    status = session.get(CustomerStatus, contact_id)
    assert status is not None and (status.points, status.spend_12m) == (400, 40_000)
    info = loyalty.program(session)
    assert info.tier(status.tier_id) is not None
    assert info.tier(status.tier_id).name == "Bronze"  # type: ignore[union-attr]
    _buy(session, contact_id, 20_000)  # 600 USD in 12 months: Silver
    session.refresh(status)
    assert info.tier(status.tier_id).name == "Silver"  # type: ignore[union-attr]
    purchases.delete_purchase(session, first.id, now=NOW, today=TODAY)
    session.refresh(status)
    assert (status.points, status.spend_12m) == (200, 20_000)
    names = session.execute(select(TierChange.previous_name, TierChange.tier_name)
                            .order_by(TierChange.id)).all()
    assert [tuple(n) for n in names] == [(None, "Bronze"), ("Bronze", "Silver"),
                                         ("Silver", "Bronze")]


@pytest.mark.parametrize(("field", "change"), [
    ("total", {"total_minor": -100}),
    ("total", {"total_minor": money.MAX_MINOR + 1}),
    ("total", {"total_minor": None}),
    ("total", {"total_minor": 0}),
    ("currency", {"currency": "dollars"}),
    ("purchased_on", {"purchased_on": TODAY + dt.timedelta(days=1)}),
    ("purchased_on", {"purchased_on": dt.date(1899, 12, 31)}),
    ("channel", {"channel": "carrier pigeon"}),
    ("total", {"total_minor": 500, "lines": (LineInput("Tea", 1, 400),)}),
    ("lines", {"total_minor": None, "lines": (LineInput("Tea", 0, 400),)}),
    ("lines", {"total_minor": None, "lines": (LineInput("Tea", 1_000_001, 1),)}),
    ("lines", {"total_minor": None, "lines": (LineInput("Tea", 1, -1),)}),
    ("lines", {"total_minor": None, "lines": (LineInput("  ", 1, 100),)}),
    ("lines", {"total_minor": None, "lines": (LineInput("Gold", 1_000_000, 10**12),)}),
    ("note", {"note": "bad \x00 byte"}),
])
def test_bad_purchases_are_refused_and_store_nothing(
    session: Session, contact_id: int, field: str, change: dict[str, object]
) -> None:
    loyalty.enroll(session, contact_id, today=TODAY)
    data = PurchaseInput(contact_id=contact_id, purchased_on=TODAY, total_minor=1_000,
                         currency="USD")
    with pytest.raises(ValidationError) as caught:
        purchases.log_purchase(session, dataclasses.replace(data, **change),  # type: ignore[arg-type]
                               today=TODAY)
    assert caught.value.field == field
    assert _count(session, Purchase) == _count(session, PointsEntry) == 0


def test_a_contact_in_the_trash_cannot_buy(session: Session, contact_id: int) -> None:
    contacts.delete_contact(session, contact_id)
    with pytest.raises(ValidationError) as caught:
        _buy(session, contact_id, 1_000)
    assert caught.value.field == "contact_id"
    assert _count(session, Purchase) == 0


def test_a_purchase_earning_more_points_than_an_entry_holds_is_refused(
    session: Session, contact_id: int
) -> None:
    loyalty.enroll(session, contact_id, today=TODAY)
    loyalty.update_program(session, ProgramInput(currency="USD", points_per_unit=1_000))
    with pytest.raises(ValidationError, match="more than one entry can hold"):
        _buy(session, contact_id, 300_000_000)  # 3 million dollars x 1,000 points
    assert _count(session, Purchase) == _count(session, PointsEntry) == 0
