"""The loyalty programme: created once with the default tiers in the user's language, its
settings and tiers validated before anything changes, and who is a member."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import CustomerStatus, LoyaltyProgram, Tier
from app.models.enums import TierBasis
from app.services import contacts, loyalty
from app.services.contacts import ContactInput, create_contact
from app.services.errors import NotFoundError, ValidationError
from app.services.loyalty import ProgramInput, TierInput

TODAY = dt.date(2025, 6, 15)


def test_the_programme_is_created_once_with_translated_tiers(session: Session) -> None:
    russian = {"Rewards": "Бонусы", "Bronze": "Бронза", "Gold": "Золото"}
    info = loyalty.program(session, lambda s: russian.get(s, s), currency="uzs")
    assert (info.name, info.currency, info.points_per_unit, info.tier_basis,
            info.expiry_months, info.new_days, info.lapsed_days,
            info.expanding_margin_pct) == ("Бонусы", "UZS", 1, TierBasis.SPEND, None, 90, 365,
                                           20)
    assert [(t.name, t.threshold, t.discount_pct) for t in info.tiers] == [
        ("Бронза", 0, 0), ("Silver", 50_000, 5), ("Золото", 200_000, 10),
        ("Platinum", 1_000_000, 15)]
    assert all(t.benefits for t in info.tiers)
    again = loyalty.program(session, currency="EUR")
    assert again == info
    assert session.scalar(select(func.count()).select_from(LoyaltyProgram)) == 1


def test_thresholds_follow_the_decimals_of_the_currency(session: Session) -> None:
    info = loyalty.program(session, currency="JPY")
    assert [t.threshold for t in info.tiers] == [0, 500, 2_000, 10_000]


def test_the_tier_reached_and_the_next_one(session: Session) -> None:
    info = loyalty.program(session)
    assert info.tier_for(49_999).name == "Bronze"  # type: ignore[union-attr]
    assert info.tier_for(50_000).name == "Silver"  # type: ignore[union-attr]
    assert info.next_tier(50_000).name == "Gold"  # type: ignore[union-attr]
    assert info.next_tier(1_000_000) is None


def test_settings_are_saved(session: Session) -> None:
    loyalty.program(session)
    info = loyalty.update_program(session, ProgramInput(
        currency=" eur ", points_per_unit=3, tier_basis="points", expiry_months=18,
        new_days=60, lapsed_days=200, expanding_margin_pct=0, name=" Club "))
    assert (info.name, info.currency, info.points_per_unit, info.tier_basis,
            info.expiry_months, info.new_days, info.lapsed_days,
            info.expanding_margin_pct) == ("Club", "EUR", 3, TierBasis.POINTS, 18, 60, 200, 0)
    assert len(info.tiers) == 4  # the tiers are saved apart


_GOOD = ProgramInput(currency="USD")


@pytest.mark.parametrize(("field", "change"), [
    ("currency", {"currency": "US dollars"}),
    ("points_per_unit", {"points_per_unit": -1}),
    ("points_per_unit", {"points_per_unit": 1_001}),
    ("tier_basis", {"tier_basis": "visits"}),
    ("expiry_months", {"expiry_months": 0}),
    ("expiry_months", {"expiry_months": 121}),
    ("new_days", {"new_days": 0}),
    ("lapsed_days", {"lapsed_days": -5}),
    ("lapsed_days", {"new_days": 120, "lapsed_days": 120}),
    ("expanding_margin_pct", {"expanding_margin_pct": -1}),
    ("expanding_margin_pct", {"expanding_margin_pct": 1_001}),
    ("name", {"name": "   "}),
])
def test_bad_settings_are_refused_and_change_nothing(
    session: Session, field: str, change: dict[str, object]
) -> None:
    before = loyalty.program(session)
    with pytest.raises(ValidationError) as caught:
        loyalty.update_program(session, dataclasses.replace(_GOOD, **change))  # type: ignore[arg-type]
    assert caught.value.field == field
    assert loyalty.program(session) == before


def test_lapsing_must_come_after_being_new(session: Session) -> None:
    with pytest.raises(ValidationError) as caught:
        loyalty.update_program(session, ProgramInput(currency="USD", new_days=400))
    assert str(caught.value) == ("A customer is lapsed after more days (365) than a customer "
                                 "counts as new (400).")


def test_saving_tiers_replaces_the_list_keeping_the_ids_of_kept_tiers(
    session: Session
) -> None:
    bronze, silver, gold, _platinum = loyalty.program(session).tiers
    saved = loyalty.save_tiers(session, [
        TierInput("Member", 0, 0, None, id=bronze.id),
        TierInput("Gold", 150_000, 12, "Free delivery\nand a gift", id=gold.id),
        TierInput("Diamond", 5_000_000, 20),
    ])
    assert [(t.name, t.threshold, t.discount_pct, t.benefits, t.position) for t in saved] == [
        ("Member", 0, 0, None, 0), ("Gold", 150_000, 12, "Free delivery\nand a gift", 1),
        ("Diamond", 5_000_000, 20, None, 2)]
    assert saved[0].id == bronze.id and saved[1].id == gold.id
    assert session.scalar(select(func.count()).select_from(Tier)) == 3
    assert session.get(Tier, silver.id) is None
    assert loyalty.tiers(session) == saved


def test_removing_a_tier_leaves_its_holders_without_one(session: Session) -> None:
    bronze, silver, *_ = loyalty.program(session).tiers
    contact_id = create_contact(session, ContactInput(first_name="Aziz")).id
    session.add(CustomerStatus(contact_id=contact_id, lifecycle="active", tier_id=silver.id,
                               computed_on=TODAY))
    session.flush()
    loyalty.save_tiers(session, [TierInput("Bronze", 0, id=bronze.id)])
    status = session.get(CustomerStatus, contact_id)
    assert status is not None and status.tier_id is None


@pytest.mark.parametrize(("tiers", "message"), [
    ([TierInput("Bronze", 0), TierInput("  ", 100)], "Tier 2 has no name"),
    ([TierInput("Gold", 0), TierInput("GOLD", 100)], "two tiers named “GOLD”"),
    ([TierInput("A", 0), TierInput("B", 100), TierInput("C", 100)],
     "“C” must be higher than that of “B”"),
    ([TierInput("A", 500), TierInput("B", 100)], "“B” must be higher"),
    ([TierInput("A", -1)], "threshold of “A”"),
    ([TierInput("A", 0, 101)], "discount of “A”"),
    ([TierInput("A", 0, -5)], "discount of “A”"),
])
def test_bad_tiers_are_refused_and_change_nothing(
    session: Session, tiers: list[TierInput], message: str
) -> None:
    before = loyalty.program(session).tiers
    with pytest.raises(ValidationError, match=message) as caught:
        loyalty.save_tiers(session, tiers)
    assert caught.value.field == "tiers"
    assert tuple(loyalty.tiers(session)) == before
    assert session.scalar(select(func.count()).select_from(Tier)) == 4


def test_a_tier_removed_meanwhile_is_not_found(session: Session) -> None:
    loyalty.program(session)
    with pytest.raises(NotFoundError):
        loyalty.save_tiers(session, [TierInput("Ghost", 0, id=9_999)])


def test_enroll_and_leave(session: Session) -> None:
    contact_id = create_contact(session, ContactInput(first_name="Dilnoza")).id
    assert not loyalty.is_member(session, contact_id)
    assert loyalty.enroll(session, contact_id, today=TODAY) == TODAY
    # Enrolling again keeps the day they joined.
    assert loyalty.enroll(session, contact_id, today=TODAY + dt.timedelta(days=9)) == TODAY
    assert loyalty.is_member(session, contact_id)
    assert loyalty.joined_on(session, contact_id) == TODAY
    assert loyalty.leave(session, contact_id) is True
    assert loyalty.leave(session, contact_id) is False
    assert not loyalty.is_member(session, contact_id)


def test_contacts_gone_or_in_the_trash_cannot_enroll(session: Session) -> None:
    contact_id = create_contact(session, ContactInput(first_name="Dilnoza")).id
    contacts.delete_contact(session, contact_id)
    with pytest.raises(NotFoundError, match="in the Trash"):
        loyalty.enroll(session, contact_id, today=TODAY)
    with pytest.raises(NotFoundError):
        loyalty.enroll(session, 12_345, today=TODAY)
    assert not loyalty.is_member(session, contact_id)
