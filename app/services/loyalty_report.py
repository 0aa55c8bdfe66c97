"""The Loyalty section's figures: computed in SQL by the recompute, stored, read in one row.

``store_loyalty_report(session, today)`` works the figures out with a few aggregate
queries (loyalty_figures.py) over the stored per-contact results (customer_status,
lifecycle_changes, loyalty_members, tiers), the points ledger and the purchases of the
last 12 months, and stores them as JSON in StoredReport "loyalty".
``loyalty_report(session)`` reads them back as frozen dataclasses: one row, so the
section opens at once; None before the first recompute. The contact lists behind the
counts are in loyalty_lists.py (``ListQuery``, ``contacts_in``, ``count_in``), importable
from here too.

Definitions (``today`` is the day of the recompute):

* Everything counts live contacts only: a contact in the Trash is left out of every
  figure and every list. Purchases in the Trash are left out too.
* The 12 months: the 365 days up to and including ``today`` (from ``period_start``), as
  the recompute counts ``spend_12m``; for the ledger, from 00:00 UTC of
  ``period_start`` to the end of ``today``.
* The programme currency is the loyalty programme's (without a programme, the
  recompute's default). Revenue counts purchases in that currency only.
* Tier distribution: the programme's members per tier they hold in customer_status;
  members with no tier (below the lowest threshold, or not recomputed yet) in a row of
  their own (``tier_id`` None). Every tier of the programme is listed, in order, even
  with no members.
* Lifecycle funnel: per status, the contacts whose stored status it is (Prospects
  include the contacts with no stored status: never bought, not members); "moved in" the
  contacts with a LifecycleChange into the status dated in ``today``'s calendar month
  (a contact who moved in twice counts once), "moved out" those with one out of it
  (a change's ``previous`` status). A contact's first placement (no previous status)
  is a move in, and no move out.
* RFM segments: per segment, the contacts in it; revenue, the sum of their stored
  ``spend_total`` (all their purchases in the programme currency, as the recompute
  counts it); average order value, that revenue divided by the sum of their stored
  ``orders``, rounded to the minor unit (None with no orders). Contacts with no
  segment (never bought) are not in the table.
* Members' revenue versus non-members': the spend of the 12 months the recompute
  stores per contact (``spend_12m``, in the programme currency) summed over the
  contacts who are members now, and over everyone else; buyers, the group's contacts
  whose last purchase (any currency) is in the 12 months; per customer, the revenue
  divided by the buyers.
* Points: per ledger kind, summed, over the 12 months and all time. Issued: "earn"
  entries; redeemed: "redeem" entries; expired: "expire" entries (the last two shown
  as positive numbers); corrections: "adjust" and "reverse" entries, net. Outstanding:
  the sum of the whole ledger, the points customers still hold.
* Cost of rewards: the sum of ``cost_minor`` of the "redeem" entries (programme
  currency), over the 12 months and all time.
* Repeat-purchase rate by tier: of a tier's members, the share with two or more live
  purchases (any currency) dated in the 12 months up to ``today``; likewise for the
  members with no tier.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from app.models import StoredReport, utcnow
from app.models.enums import Lifecycle, PointsKind, Segment

from . import loyalty_figures as fig
from .loyalty_lists import (  # noqa: F401 - the lists behind the counts, importable from here
    KINDS,
    ListedContact,
    ListQuery,
    contacts_in,
    count_in,
    list_ids,
)

NAME = "loyalty"
#: The layout of the stored JSON; a report stored by another layout reads as None
#: (the section then asks for a recompute).
VERSION = 1


def _ratio(part: int, whole: int) -> int | None:
    """``part / whole`` rounded half up to a whole number; None when ``whole`` is 0."""
    return None if whole <= 0 else (2 * part + whole) // (2 * whole)


@dataclass(frozen=True)
class TierFigures:
    """A tier (``tier_id`` None: members with no tier) and its members."""

    tier_id: int | None
    name: str | None
    members: int
    #: Members with two or more purchases in the 12 months.
    repeat_buyers: int

    @property
    def repeat_rate(self) -> float | None:
        return self.repeat_buyers / self.members if self.members else None


@dataclass(frozen=True)
class FunnelStep:
    status: Lifecycle
    count: int
    moved_in: int
    moved_out: int


@dataclass(frozen=True)
class SegmentFigures:
    segment: Segment
    count: int
    revenue_minor: int
    orders: int

    @property
    def aov_minor(self) -> int | None:
        """Average order value, in minor units of the programme currency."""
        return _ratio(self.revenue_minor, self.orders)


@dataclass(frozen=True)
class GroupRevenue:
    """Revenue of the 12 months of a group (members, or the others)."""

    revenue_minor: int
    #: The group's contacts who bought in the 12 months.
    buyers: int

    @property
    def per_customer_minor(self) -> int | None:
        return _ratio(self.revenue_minor, self.buyers)


@dataclass(frozen=True)
class PointsFigures:
    """Points by what happened to them, and the cost of the rewards redeemed."""

    issued: int
    redeemed: int
    expired: int
    corrections: int
    reward_cost_minor: int


@dataclass(frozen=True)
class LoyaltyReport:
    computed_on: dt.date
    computed_at: dt.datetime
    currency: str | None
    #: The first day of the 12 months (which end on ``computed_on``).
    period_start: dt.date
    #: Live members of the programme.
    members: int
    tiers: tuple[TierFigures, ...]
    funnel: tuple[FunnelStep, ...]
    segments: tuple[SegmentFigures, ...]
    members_revenue: GroupRevenue
    others_revenue: GroupRevenue
    points_12m: PointsFigures
    points_all: PointsFigures
    points_outstanding: int

    @property
    def month(self) -> dt.date:
        """The first day of the month the funnel's moves count."""
        return self.computed_on.replace(day=1)


def compute_loyalty_report(session: Session, today: dt.date) -> LoyaltyReport:
    """The figures, worked out now (store_loyalty_report stores them)."""
    program = fig.programme(session)
    by_tier = {row.tier_id: row for row in fig.tiers(session, today)}

    def tier(tier_id: int | None, name: str | None) -> TierFigures:
        row = by_tier.get(tier_id)
        return TierFigures(tier_id, name, row.members if row else 0,
                           row.repeat_buyers if row else 0)

    tiers = [tier(tier_id, name) for tier_id, name in program.tiers]
    tiers.append(tier(None, None))

    counts = fig.lifecycle_counts(session)
    into = fig.moves(session, today, into=True)
    out = fig.moves(session, today, into=False)
    funnel = tuple(FunnelStep(s, counts.get(s.value, 0), into.get(s.value, 0),
                              out.get(s.value, 0)) for s in Lifecycle)

    totals = fig.segment_totals(session)
    segments = tuple(SegmentFigures(s, *totals.get(s.value, (0, 0, 0))) for s in Segment)

    revenue = {row.member: row for row in fig.revenue(session, today)}

    def group(member: bool) -> GroupRevenue:
        row = revenue.get(member)
        return GroupRevenue(row.revenue_minor, row.buyers) if row else GroupRevenue(0, 0)

    points = {r.kind: r for r in fig.points_rows(session, today)}

    def ledger(recent: bool) -> PointsFigures:
        def total(*kinds: str) -> int:
            return sum((points[k].points_recent if recent else points[k].points_all)
                       for k in kinds if k in points)

        redeem = points.get(PointsKind.REDEEM.value)
        cost = 0 if redeem is None else (redeem.cost_recent if recent else redeem.cost_all)
        return PointsFigures(total(PointsKind.EARN.value), -total(PointsKind.REDEEM.value),
                             -total(PointsKind.EXPIRE.value), total(*fig.CORRECTIONS), cost)

    return LoyaltyReport(
        computed_on=today, computed_at=utcnow(), currency=program.currency,
        period_start=fig.year_start(today),
        members=sum(row.members for row in by_tier.values()),
        tiers=tuple(tiers), funnel=funnel, segments=segments,
        members_revenue=group(True), others_revenue=group(False),
        points_12m=ledger(True), points_all=ledger(False),
        points_outstanding=sum(r.points_all for r in points.values()),
    )


def store_loyalty_report(session: Session, today: dt.date) -> None:
    """Work the figures out for ``today`` and store them (replacing the last ones)."""
    report = compute_loyalty_report(session, today)
    data = json.dumps(_to_json(report), ensure_ascii=False, separators=(",", ":"))
    row = session.get(StoredReport, NAME)
    if row is None:
        session.add(StoredReport(name=NAME, computed_on=report.computed_on,
                                 computed_at=report.computed_at, data=data))
    else:
        row.computed_on, row.computed_at, row.data = (report.computed_on,
                                                      report.computed_at, data)
    session.flush()


def loyalty_report(session: Session) -> LoyaltyReport | None:
    """The stored figures; None before the first recompute (or from an older layout)."""
    row = session.get(StoredReport, NAME)
    if row is None:
        return None
    try:
        data = json.loads(row.data)
        if data.get("version") != VERSION:
            return None
        return _from_json(data, row.computed_on, row.computed_at)
    except (ValueError, KeyError, TypeError):
        return None  # damaged: a recompute writes it again


def _to_json(r: LoyaltyReport) -> dict[str, Any]:
    def points(p: PointsFigures) -> list[int]:
        return [p.issued, p.redeemed, p.expired, p.corrections, p.reward_cost_minor]

    return {
        "version": VERSION,
        "currency": r.currency,
        "period_start": r.period_start.isoformat(),
        "members": r.members,
        "tiers": [[t.tier_id, t.name, t.members, t.repeat_buyers] for t in r.tiers],
        "funnel": [[f.status.value, f.count, f.moved_in, f.moved_out] for f in r.funnel],
        "segments": [[s.segment.value, s.count, s.revenue_minor, s.orders]
                     for s in r.segments],
        "members_revenue": [r.members_revenue.revenue_minor, r.members_revenue.buyers],
        "others_revenue": [r.others_revenue.revenue_minor, r.others_revenue.buyers],
        "points_12m": points(r.points_12m),
        "points_all": points(r.points_all),
        "points_outstanding": r.points_outstanding,
    }


def _from_json(d: dict[str, Any], computed_on: dt.date, computed_at: dt.datetime
               ) -> LoyaltyReport:
    def known(kind: type[Any], rows: list[list[Any]]) -> list[list[Any]]:
        values = {k.value for k in kind}
        return [row for row in rows if row[0] in values]

    return LoyaltyReport(
        computed_on=computed_on, computed_at=computed_at, currency=d["currency"],
        period_start=dt.date.fromisoformat(d["period_start"]), members=int(d["members"]),
        tiers=tuple(TierFigures(t[0], t[1], int(t[2]), int(t[3])) for t in d["tiers"]),
        funnel=tuple(FunnelStep(Lifecycle(f[0]), int(f[1]), int(f[2]), int(f[3]))
                     for f in known(Lifecycle, d["funnel"])),
        segments=tuple(SegmentFigures(Segment(s[0]), int(s[1]), int(s[2]), int(s[3]))
                       for s in known(Segment, d["segments"])),
        members_revenue=GroupRevenue(*map(int, d["members_revenue"])),
        others_revenue=GroupRevenue(*map(int, d["others_revenue"])),
        points_12m=PointsFigures(*map(int, d["points_12m"])),
        points_all=PointsFigures(*map(int, d["points_all"])),
        points_outstanding=int(d["points_outstanding"]),
    )
