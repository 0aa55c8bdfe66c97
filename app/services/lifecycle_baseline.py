"""The recompute done the slow way: fetch the rows, loop in Python.

Not used by the application. The benchmark times it beside ``lifecycle.recompute``
(the issue asks the SQL to be at least five times faster), and the tests check that
both give the same statuses, scores, segments, tiers and balances. It computes what
``recompute`` stores but writes nothing, so the comparison flatters it if anything.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import LoyaltyMember, PointsEntry, Purchase, Tier
from app.models.enums import Lifecycle, PointsKind, Segment, TierBasis

from . import rfm
from .lifecycle import YEAR, classify, thresholds


@dataclass(frozen=True)
class Standing:
    lifecycle: Lifecycle
    recency: int | None
    frequency: int | None
    monetary: int | None
    segment: Segment | None
    tier_id: int | None
    points: int
    orders: int
    spend_12m: int
    spend_prev_12m: int
    spend_total: int


def python_baseline(session: Session, *, today: dt.date) -> dict[int, Standing]:
    th = thresholds(session)
    y1, y2 = today - dt.timedelta(days=YEAR), today - dt.timedelta(days=2 * YEAR)
    moment12 = dt.datetime.combine(y1, dt.time(), dt.UTC)
    # contact: [orders, first, last, previous day, spend total, 12m, prev 12m]
    agg: dict[int, list] = {}
    rows = session.execute(
        select(Purchase.contact_id, Purchase.purchased_on, Purchase.currency,
               Purchase.total_minor)
        .where(Purchase.deleted_at.is_(None))
        .order_by(Purchase.contact_id, Purchase.purchased_on)
    )
    for contact_id, day, currency, total in rows:
        a = agg.get(contact_id)
        if a is None:
            a = agg[contact_id] = [0, day, day, None, 0, 0, 0]
        if day > a[2]:
            a[3] = a[2]
        a[0] += 1
        a[2] = day
        if currency == th.currency:
            a[4] += total
            if day > y1:
                a[5] += total
            elif day > y2:
                a[6] += total
    balances: dict[int, int] = {}
    earned: dict[int, int] = {}
    by_purchase = (PointsKind.EARN, PointsKind.REVERSE)
    for contact_id, kind, points, when, purchase_id in session.execute(
            select(PointsEntry.contact_id, PointsEntry.kind, PointsEntry.points,
                   PointsEntry.occurred_at, PointsEntry.purchase_id)):
        balances[contact_id] = balances.get(contact_id, 0) + points
        if kind in by_purchase and purchase_id is not None and when > moment12:
            earned[contact_id] = earned.get(contact_id, 0) + points
    members = set(session.scalars(select(LoyaltyMember.contact_id)))
    tiers = [] if th.program_id is None else list(session.execute(
        select(Tier.threshold, Tier.position, Tier.id).where(Tier.program_id == th.program_id)
        .order_by(Tier.threshold, Tier.position)))
    thresholds_only = [t[0] for t in tiers]

    count = len(agg)
    scores: dict[int, tuple[int, int, int]] = {}
    if count:
        lower = [_lower_counts({c: a[2] for c, a in agg.items()}),
                 _lower_counts({c: a[0] for c, a in agg.items()}),
                 _lower_counts({c: a[4] for c, a in agg.items()})]
        scores = {c: (rfm.score(lower[0][c], count), rfm.score(lower[1][c], count),
                      rfm.score(lower[2][c], count)) for c in agg}

    result: dict[int, Standing] = {}
    for contact_id in set(agg) | members:
        a = agg.get(contact_id)
        status = Lifecycle.PROSPECT if a is None else classify(
            orders=a[0], first=a[1], last=a[2], previous=a[3], spend_12m=a[5],
            spend_prev_12m=a[6], today=today, th=th)
        tier_id = None
        if contact_id in members and tiers:
            value = (a[5] if a else 0) if th.tier_basis is TierBasis.SPEND else \
                earned.get(contact_id, 0)
            at = bisect_right(thresholds_only, value)
            tier_id = tiers[at - 1][2] if at else None
        r = f = m = None
        segment = None
        if contact_id in scores:
            r, f, m = scores[contact_id]
            segment = rfm.segment(r, f, m)
        result[contact_id] = Standing(
            status, r, f, m, segment, tier_id, balances.get(contact_id, 0),
            a[0] if a else 0, a[5] if a else 0, a[6] if a else 0, a[4] if a else 0)
    return result


def _lower_counts(values: dict[int, object]) -> dict[int, int]:
    """For each key, how many values are strictly lower than its value."""
    ordered = sorted(values.items(), key=lambda kv: kv[1])  # type: ignore[arg-type,return-value]
    found: dict[int, int] = {}
    start = 0
    for index, (key, value) in enumerate(ordered):
        if index and value != ordered[index - 1][1]:
            start = index
        found[key] = start
    return found
