"""The aggregate queries behind the Loyalty section's stored report (loyalty_report.py).

Each function is one or two SQL statements that GROUP BY a handful of keys (tiers,
statuses, segments, point kinds) and return those few rows; nothing here fetches a row
per contact or per purchase. Every figure counts live contacts only (a contact in the
Trash is left out, as every list leaves it out) and live purchases only. The
definitions are written down in loyalty_report's docstring.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, case, distinct, func, select
from sqlalchemy.orm import Session

from app.models import (
    Contact,
    CustomerStatus,
    LifecycleChange,
    LoyaltyMember,
    PointsEntry,
    Purchase,
    Tier,
)
from app.models.enums import Lifecycle, PointsKind

from .lifecycle import YEAR, thresholds
from .months import month_bounds
from .stats import active_contact_count


def _live(contact_id: Any) -> ColumnElement[bool]:
    """``contact_id`` is no contact in the Trash.

    Asked of the Trash (a few rows, read from its partial index ix_contacts_trash)
    rather than by joining every row to its contact: a join reads each contact's wide
    row for its deleted_at, ten times slower over a million of them."""
    return contact_id.not_in(select(Contact.id).where(Contact.deleted_at.is_not(None)))


@dataclass(frozen=True)
class Programme:
    """What the report needs of the programme: its currency and its tiers in order."""

    currency: str | None
    tiers: tuple[tuple[int, str], ...]


@dataclass(frozen=True)
class TierRow:
    """Live members holding a stored tier (None: no tier), and how many of them bought
    twice or more in the 12 months."""

    tier_id: int | None
    members: int
    repeat_buyers: int


@dataclass(frozen=True)
class RevenueRow:
    """The stored 12-month spend of members, or of everyone else, and its buyers."""

    member: bool
    buyers: int
    revenue_minor: int


@dataclass(frozen=True)
class PointsRow:
    kind: str
    points_all: int
    points_recent: int
    cost_all: int
    cost_recent: int


def year_start(today: dt.date) -> dt.date:
    """The first day of the 12 months that end with ``today``: 365 days, the window
    the recompute's ``spend_12m`` uses (lifecycle.YEAR: purchased after today - 365)."""
    return today - dt.timedelta(days=YEAR - 1)


def programme(session: Session) -> Programme:
    """The programme's currency (the recompute's: its default without a programme, so
    that revenue here and the stored spend agree) and its tiers in order."""
    th = thresholds(session)
    if th.program_id is None:
        return Programme(th.currency, ())
    tiers = session.execute(
        select(Tier.id, Tier.name).where(Tier.program_id == th.program_id)
        .order_by(Tier.position, Tier.threshold, Tier.id)).all()
    return Programme(th.currency, tuple((int(i), str(n)) for i, n in tiers))


def tiers(session: Session, today: dt.date) -> list[TierRow]:
    """Live members per stored tier, and the repeat buyers among them: for each member
    one seek into the covering index (contact_id, purchased_on, currency, total_minor,
    deleted_at) counts their purchases of the 12 months (any currency), reading only
    those index entries (100,000 contacts, 1M purchases: 40 ms; a pass over every
    purchase of the window instead: 200 ms)."""
    bought = (select(func.count()).select_from(Purchase)
              .where(Purchase.contact_id == LoyaltyMember.contact_id,
                     Purchase.purchased_on >= year_start(today), Purchase.purchased_on <= today,
                     Purchase.deleted_at.is_(None))
              .correlate(LoyaltyMember).scalar_subquery())
    stmt = (select(CustomerStatus.tier_id, func.count(),
                   func.coalesce(func.sum(case((bought >= 2, 1), else_=0)), 0))
            .select_from(LoyaltyMember)
            .outerjoin(CustomerStatus, CustomerStatus.contact_id == LoyaltyMember.contact_id)
            .where(_live(LoyaltyMember.contact_id))
            .group_by(CustomerStatus.tier_id))
    return [TierRow(tier_id, int(n), int(rep)) for tier_id, n, rep in session.execute(stmt)]


def lifecycle_counts(session: Session) -> dict[str, int]:
    """Live contacts per stored status. A contact with no stored status (never bought,
    not a member: the recompute stores no row) is a Prospect."""
    stmt = (select(CustomerStatus.lifecycle, func.count())
            .where(_live(CustomerStatus.contact_id))
            .group_by(CustomerStatus.lifecycle))
    counts = {str(status): int(n) for status, n in session.execute(stmt)}
    placed = sum(n for status, n in counts.items() if status != Lifecycle.PROSPECT.value)
    counts[Lifecycle.PROSPECT.value] = active_contact_count(session) - placed
    return counts


def moves(session: Session, today: dt.date, *, into: bool) -> dict[str, int]:
    """Per status, the contacts with a change into it (``into``) or out of it dated in
    the calendar month of ``today``."""
    first, following = month_bounds(today)
    column = LifecycleChange.status if into else LifecycleChange.previous
    stmt = (select(column, func.count(distinct(LifecycleChange.contact_id)))
            .where(_live(LifecycleChange.contact_id))
            .where(LifecycleChange.changed_on >= first, LifecycleChange.changed_on < following,
                   column.is_not(None))
            .group_by(column))
    return {str(status): int(n) for status, n in session.execute(stmt)}


def segment_totals(session: Session) -> dict[str, tuple[int, int, int]]:
    """Per segment: contacts, their spend_total summed, their orders summed."""
    cs = CustomerStatus
    stmt = (select(cs.segment, func.count(), func.coalesce(func.sum(cs.spend_total), 0),
                   func.coalesce(func.sum(cs.orders), 0))
            .where(_live(cs.contact_id))
            .where(cs.segment.is_not(None))
            .group_by(cs.segment))
    return {str(seg): (int(n), int(rev), int(orders))
            for seg, n, rev, orders in session.execute(stmt)}


def revenue(session: Session, today: dt.date) -> list[RevenueRow]:
    """Members' and everyone else's spend of the 12 months, from the stored statuses
    (``spend_12m``: the recompute's sum of the programme-currency purchases dated after
    today - 365), and their buyers: those whose last purchase is in the 12 months. One
    pass over customer_status, not over the purchases."""
    cs = CustomerStatus
    # A plain expression without bound values, so that GROUP BY repeats it exactly
    # (PostgreSQL compares the rendered text of the two).
    member = LoyaltyMember.contact_id.is_not(None)
    stmt = (select(member,
                   func.coalesce(func.sum(case((cs.last_purchase >= year_start(today), 1),
                                               else_=0)), 0),
                   func.coalesce(func.sum(cs.spend_12m), 0))
            .select_from(cs)
            .outerjoin(LoyaltyMember, LoyaltyMember.contact_id == cs.contact_id)
            .where(_live(cs.contact_id))
            .group_by(member))
    return [RevenueRow(bool(m), int(buyers), int(total))
            for m, buyers, total in session.execute(stmt)]


def points_rows(session: Session, today: dt.date) -> list[PointsRow]:
    """Per ledger kind: points and reward cost, all time and in the last 12 months
    (entries from 00:00 UTC of the first day of the 12 months to the end of
    ``today``)."""
    start = dt.datetime.combine(year_start(today), dt.time(), dt.UTC)
    end = dt.datetime.combine(today + dt.timedelta(days=1), dt.time(), dt.UTC)
    recent = and_(PointsEntry.occurred_at >= start, PointsEntry.occurred_at < end)
    cost = func.coalesce(PointsEntry.cost_minor, 0)
    stmt = (select(PointsEntry.kind,
                   func.coalesce(func.sum(PointsEntry.points), 0),
                   func.coalesce(func.sum(case((recent, PointsEntry.points), else_=0)), 0),
                   func.coalesce(func.sum(cost), 0),
                   func.coalesce(func.sum(case((recent, cost), else_=0)), 0))
            .where(_live(PointsEntry.contact_id))
            .group_by(PointsEntry.kind))
    return [PointsRow(kind, int(a), int(r), int(ca), int(cr))
            for kind, a, r, ca, cr in session.execute(stmt)]


#: The ledger kinds that are corrections (their net sum is reported as such).
CORRECTIONS = (PointsKind.ADJUST.value, PointsKind.REVERSE.value)
