"""The loyalty programme: its one settings row, its tiers, and who is enrolled.

Same rules as every service: the caller's Session, flush but no commit, frozen records
out, everything validated before anything changes.

There is one programme. ``program(session)`` creates it on first use with the usual
settings (1 point per unit of its currency, tiers by spend over 12 months, no expiry)
and four tiers, Bronze, Silver, Gold and Platinum, whose names the caller translates
(``translate``), so a Russian user starts with Russian tier names. A tier's threshold is
in points or in minor units of the programme's currency, whichever the tier basis says.

Saving the tiers replaces the list: a tier given with its id keeps its row (so the
customers who hold it, and the history of tier changes, still point at it), a tier
without one is added, and a tier left out is removed (customers holding it hold no
tier until the next recompute; the history keeps its name).

Only members (``enroll``) earn points and hold tiers; leaving keeps the points ledger
as it is (the points are not taken away, but cannot be redeemed).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.models import Contact, LoyaltyMember, LoyaltyProgram, Tier, utcnow
from app.models.enums import TierBasis

from . import contacts, money
from . import validation as v
from .errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError

PROGRAM_LIMITS = v.column_limits(LoyaltyProgram)
TIER_LIMITS = v.column_limits(Tier)
BENEFITS_LEN = 2_000

DEFAULT_CURRENCY = "USD"
DEFAULT_NAME = QT_TRANSLATE_NOOP("Loyalty", "Rewards")
#: The first-run tiers: name, threshold in major units of spend, discount %, benefits.
DEFAULT_TIERS: tuple[tuple[str, int, int, str], ...] = (
    (QT_TRANSLATE_NOOP("Loyalty", "Bronze"), 0, 0,
     QT_TRANSLATE_NOOP("Loyalty", "Points on every purchase.")),
    (QT_TRANSLATE_NOOP("Loyalty", "Silver"), 500, 5,
     QT_TRANSLATE_NOOP("Loyalty", "5% off every purchase.")),
    (QT_TRANSLATE_NOOP("Loyalty", "Gold"), 2_000, 10,
     QT_TRANSLATE_NOOP("Loyalty", "10% off every purchase and early access to sales.")),
    (QT_TRANSLATE_NOOP("Loyalty", "Platinum"), 10_000, 15,
     QT_TRANSLATE_NOOP("Loyalty", "15% off every purchase, early access and a personal "
                                  "adviser.")),
)

POINTS_PER_UNIT_MAX = 1_000
EXPIRY_MONTHS_MAX = 120
DAYS_MAX = 36_500  # a hundred years: further than any purchase history goes
MARGIN_MAX = 1_000

POINTS_PER_UNIT_INVALID = QT_TRANSLATE_NOOP(
    "Validation", "Points per unit must be a whole number from 0 to {limit}."
)
BASIS_INVALID = QT_TRANSLATE_NOOP(
    "Validation", "“{value}” is not a tier basis. Choose points or spend."
)
EXPIRY_INVALID = QT_TRANSLATE_NOOP(
    "Validation", "Points expire after 1 to {limit} months, or never."
)
DAYS_INVALID = QT_TRANSLATE_NOOP(
    "Validation", "Type a whole number of days from 1 to {limit}."
)
LAPSED_NOT_AFTER_NEW = QT_TRANSLATE_NOOP(
    "Validation",
    "A customer is lapsed after more days ({lapsed}) than a customer counts as new ({new}).",
)
MARGIN_INVALID = QT_TRANSLATE_NOOP(
    "Validation", "The expanding margin must be a whole percent from 0 to {limit}."
)
NAME_REQUIRED = QT_TRANSLATE_NOOP("Validation", "Type a name.")
TIER_NAME_REQUIRED = QT_TRANSLATE_NOOP("Validation", "Tier {number} has no name. Type one.")
TIER_NAME_TAKEN = QT_TRANSLATE_NOOP(
    "Validation", "There are two tiers named “{name}”. Give each tier its own name."
)
TIER_THRESHOLD_INVALID = QT_TRANSLATE_NOOP(
    "Validation", "The threshold of “{name}” must be a whole number from 0 to {limit}."
)
TIER_THRESHOLDS_ORDER = QT_TRANSLATE_NOOP(
    "Validation",
    "The threshold of “{name}” must be higher than that of “{previous}”: each tier "
    "needs more than the one before it.",
)
TIER_DISCOUNT_INVALID = QT_TRANSLATE_NOOP(
    "Validation", "The discount of “{name}” must be a whole percent from 0 to 100."
)
TIER_NOT_FOUND = QT_TRANSLATE_NOOP(
    "Errors", "The tier “{name}” no longer exists. Close the settings and open them again."
)


@dataclass(frozen=True)
class TierInfo:
    id: int
    name: str
    position: int
    #: Points, or minor units of the programme's currency, over the last 12 months.
    threshold: int
    discount_pct: int
    benefits: str | None


@dataclass(frozen=True)
class ProgramInfo:
    id: int
    name: str
    currency: str
    points_per_unit: int
    tier_basis: TierBasis
    #: None: points never expire.
    expiry_months: int | None
    new_days: int
    lapsed_days: int
    expanding_margin_pct: int
    #: Lowest threshold first.
    tiers: tuple[TierInfo, ...]

    def tier(self, tier_id: int | None) -> TierInfo | None:
        return next((t for t in self.tiers if t.id == tier_id), None)

    def next_tier(self, value: int) -> TierInfo | None:
        """The first tier whose threshold ``value`` (points or spend) has not reached."""
        return next((t for t in self.tiers if t.threshold > value), None)

    def tier_for(self, value: int) -> TierInfo | None:
        """The highest tier whose threshold ``value`` reaches."""
        reached = [t for t in self.tiers if t.threshold <= value]
        return reached[-1] if reached else None


@dataclass(frozen=True)
class ProgramInput:
    """What the settings dialog gives; the tiers are saved apart (``save_tiers``)."""

    currency: str
    points_per_unit: int = 1
    tier_basis: TierBasis | str = TierBasis.SPEND
    expiry_months: int | None = None
    new_days: int = 90
    lapsed_days: int = 365
    expanding_margin_pct: int = 20
    name: str | None = None  # None keeps the programme's name


@dataclass(frozen=True)
class TierInput:
    name: str
    threshold: int
    discount_pct: int = 0
    benefits: str | None = None
    #: The tier this row edits; None for a new tier.
    id: int | None = None


def points_for_amount(total_minor: int, currency: str, per_unit: int) -> int:
    """What an amount in the programme's currency earns: floor(total in major units x
    points per unit), in integers (amounts are never negative). The one rule, for a
    purchase saved (purchases.points_earned), checked or earned by an import, or made
    by the demo; points_for_amount_sql is the same in SQL."""
    return total_minor * per_unit // 10 ** money.exponent(currency)


def points_for_amount_sql(total_minor: Any, currency: str, per_unit: int) -> Any:
    """points_for_amount of a column (or expression) of totals, in SQL."""
    return (total_minor * per_unit) // (10 ** money.exponent(currency))


def _row(session: Session) -> LoyaltyProgram | None:
    return session.scalar(select(LoyaltyProgram).order_by(LoyaltyProgram.id).limit(1))


def _tier_info(tier: Tier) -> TierInfo:
    return TierInfo(tier.id, tier.name, tier.position, tier.threshold, tier.discount_pct,
                    tier.benefits)


def _tier_rows(session: Session, program_id: int) -> list[Tier]:
    return list(session.scalars(select(Tier).where(Tier.program_id == program_id)
                                .order_by(Tier.position, Tier.threshold, Tier.id)))


def _info(session: Session, row: LoyaltyProgram) -> ProgramInfo:
    return ProgramInfo(
        id=row.id, name=row.name, currency=row.currency, points_per_unit=row.points_per_unit,
        tier_basis=TierBasis(row.tier_basis), expiry_months=row.expiry_months,
        new_days=row.new_days, lapsed_days=row.lapsed_days,
        expanding_margin_pct=row.expanding_margin_pct,
        tiers=tuple(_tier_info(t) for t in _tier_rows(session, row.id)),
    )


def program(
    session: Session, translate: Callable[[str], str] = str, *, currency: str | None = None
) -> ProgramInfo:
    """The programme, created on first use in ``currency`` (default US dollars) with the
    default tiers, whose names and benefits ``translate`` puts in the user's language."""
    row = _row(session)
    if row is None:
        code = money.normalize_currency(currency or DEFAULT_CURRENCY)
        row = LoyaltyProgram(name=translate(DEFAULT_NAME), currency=code, points_per_unit=1,
                             tier_basis=TierBasis.SPEND.value, expiry_months=None,
                             new_days=90, lapsed_days=365, expanding_margin_pct=20,
                             updated_at=utcnow())
        session.add(row)
        session.flush()
        scale = 10 ** money.exponent(code)
        for position, (name, major, discount, benefits) in enumerate(DEFAULT_TIERS):
            session.add(Tier(program_id=row.id, name=translate(name), position=position,
                             threshold=major * scale, discount_pct=discount,
                             benefits=translate(benefits)))
        session.flush()
    return _info(session, row)


def _whole(value: object, low: int, high: int) -> int | None:
    """``value`` when it is a whole number within [low, high], else None."""
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        return None
    return value


def update_program(session: Session, data: ProgramInput) -> ProgramInfo:
    """Change the programme's settings (not its tiers)."""
    row = _row(session)
    if row is None:
        program(session, currency=data.currency)
        row = _row(session)
        assert row is not None
    currency = money.normalize_currency(data.currency)
    per_unit = _whole(data.points_per_unit, 0, POINTS_PER_UNIT_MAX)
    if per_unit is None:
        raise ValidationError("points_per_unit", POINTS_PER_UNIT_INVALID,
                              limit=POINTS_PER_UNIT_MAX)
    try:
        basis = TierBasis(str(data.tier_basis))
    except ValueError:
        raise ValidationError("tier_basis", BASIS_INVALID, value=str(data.tier_basis)) from None
    expiry = None
    if data.expiry_months is not None:
        expiry = _whole(data.expiry_months, 1, EXPIRY_MONTHS_MAX)
        if expiry is None:
            raise ValidationError("expiry_months", EXPIRY_INVALID, limit=EXPIRY_MONTHS_MAX)
    new_days = _whole(data.new_days, 1, DAYS_MAX)
    if new_days is None:
        raise ValidationError("new_days", DAYS_INVALID, limit=DAYS_MAX)
    lapsed_days = _whole(data.lapsed_days, 1, DAYS_MAX)
    if lapsed_days is None:
        raise ValidationError("lapsed_days", DAYS_INVALID, limit=DAYS_MAX)
    if lapsed_days <= new_days:
        raise ValidationError("lapsed_days", LAPSED_NOT_AFTER_NEW, lapsed=lapsed_days,
                              new=new_days)
    margin = _whole(data.expanding_margin_pct, 0, MARGIN_MAX)
    if margin is None:
        raise ValidationError("expanding_margin_pct", MARGIN_INVALID, limit=MARGIN_MAX)
    name = row.name
    if data.name is not None:
        cleaned = v.clean_text("name", data.name, limit=PROGRAM_LIMITS["name"])
        if cleaned is None:
            raise ValidationError("name", NAME_REQUIRED)
        name = cleaned
    row.name, row.currency, row.points_per_unit = name, currency, per_unit
    row.tier_basis, row.expiry_months = basis.value, expiry
    row.new_days, row.lapsed_days, row.expanding_margin_pct = new_days, lapsed_days, margin
    row.updated_at = utcnow()
    session.flush()
    return _info(session, row)


def tiers(session: Session) -> list[TierInfo]:
    """The programme's tiers, lowest threshold first (none before the programme exists)."""
    row = _row(session)
    return [] if row is None else [_tier_info(t) for t in _tier_rows(session, row.id)]


def save_tiers(session: Session, items: Sequence[TierInput]) -> list[TierInfo]:
    """Replace the list of tiers with ``items``, in their order (see the module's notes)."""
    info = program(session)
    cleaned: list[tuple[str, int, int, str | None, int | None]] = []
    seen: dict[str, str] = {}
    for number, item in enumerate(items, start=1):
        name = v.clean_text("tiers", item.name, limit=TIER_LIMITS["name"], index=number - 1)
        if name is None:
            raise ValidationError("tiers", TIER_NAME_REQUIRED, number=number, index=number - 1)
        key = name.casefold()
        if key in seen:
            raise ValidationError("tiers", TIER_NAME_TAKEN, name=name, index=number - 1)
        seen[key] = name
        threshold = _whole(item.threshold, 0, money.MAX_MINOR)
        if threshold is None:
            raise ValidationError("tiers", TIER_THRESHOLD_INVALID, name=name,
                                  limit=money.MAX_MINOR, index=number - 1)
        if cleaned and threshold <= cleaned[-1][1]:
            raise ValidationError("tiers", TIER_THRESHOLDS_ORDER, name=name,
                                  previous=cleaned[-1][0], index=number - 1)
        discount = _whole(item.discount_pct, 0, 100)
        if discount is None:
            raise ValidationError("tiers", TIER_DISCOUNT_INVALID, name=name, index=number - 1)
        benefits = v.clean_text("tiers", item.benefits, limit=BENEFITS_LEN, multiline=True,
                                index=number - 1)
        cleaned.append((name, threshold, discount, benefits, item.id))
    existing = {t.id: t for t in _tier_rows(session, info.id)}
    for (name, *_rest, tier_id) in cleaned:
        if tier_id is not None and tier_id not in existing:
            raise NotFoundError(TIER_NOT_FOUND, name=name)
    kept = {c[4] for c in cleaned if c[4] is not None}
    gone = [tier_id for tier_id in existing if tier_id not in kept]
    if gone:
        session.execute(delete(Tier).where(Tier.id.in_(gone)))
    for position, (name, threshold, discount, benefits, tier_id) in enumerate(cleaned):
        tier = existing[tier_id] if tier_id is not None else Tier(program_id=info.id)
        tier.name, tier.position, tier.threshold = name, position, threshold
        tier.discount_pct, tier.benefits = discount, benefits
        if tier_id is None:
            session.add(tier)
    session.flush()
    session.expire_all()  # rows pointing at a removed tier were set to NULL by the database
    return tiers(session)


def _live_contact(session: Session, contact_id: int) -> Contact:
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise NotFoundError(contacts.CONTACT_NOT_FOUND, id=contact_id)
    if contact.deleted_at is not None:
        raise NotFoundError(contacts.CONTACT_IN_TRASH, id=contact_id, name=contact.display_name)
    return contact


def enroll(session: Session, contact_id: int, *, today: dt.date) -> dt.date:
    """Make a contact a member from ``today``; the day they joined (an earlier day when
    they are a member already). The programme is created if there is none yet."""
    _live_contact(session, contact_id)
    program(session)
    member = session.get(LoyaltyMember, contact_id)
    if member is None:
        member = LoyaltyMember(contact_id=contact_id, joined_on=today)
        session.add(member)
        session.flush()
    return member.joined_on


def leave(session: Session, contact_id: int) -> bool:
    """End a contact's membership; False when they were not a member. Their ledger
    stays as it is."""
    member = session.get(LoyaltyMember, contact_id)
    if member is None:
        return False
    session.delete(member)
    session.flush()
    return True


def is_member(session: Session, contact_id: int) -> bool:
    return session.get(LoyaltyMember, contact_id) is not None


def joined_on(session: Session, contact_id: int) -> dt.date | None:
    """The day a member joined; None for a contact who is not a member."""
    member = session.get(LoyaltyMember, contact_id)
    return member.joined_on if member is not None else None
