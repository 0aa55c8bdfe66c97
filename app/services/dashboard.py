"""The Dashboard's five series, worked out by the recompute and stored for instant opening.

``store_dashboard(session, today)`` runs a few aggregate queries (dashboard_queries) and
stores their results as JSON in StoredReport "dashboard"; ``dashboard(session)`` reads
them back as frozen dataclasses (None before the first recompute). Opening the
Dashboard reads one row; nothing scales with the contacts or purchases there.

The series cover the 24 months that end with the month of ``today`` (``months``):

* New customers by acquisition source: the live contacts whose first purchase
  (customer_status.first_purchase) falls in the month, by contacts.source. The eight
  sources with the most new customers over the 24 months get a band each; the rest
  are summed in one "other" band; contacts with no source are the "none" band.
* Repeat-purchase (retention) rate by first-purchase cohort: of the live customers
  whose first purchase fell in the month, the share with another purchase on a later
  day no more than 365 days after the first one (and not after ``today``). A cohort is
  ``complete`` once 365 days have passed since its month's last day; until then its
  rate can still rise.
* Revenue by tier: the total of the live purchases in the programme's currency (the
  recompute's default without a programme, as the Loyalty section counts), by purchase
  month and the buyer's current tier (customer_status.tier_id); a band for every tier
  of the programme, lowest first, after the "none" band: non-members, members with no
  tier, and buyers the recompute has not seen yet.
* Reactivations: lifecycle_changes rows with status "reactivated" in the month.
* The open pipeline: the open deals of the first pipeline by live open stage: their
  count, and the total and weighted value (value x probability, the deal's own or its
  stage's) of those in the pipeline's main currency (forecast.main_currency).

"Live" leaves out contacts and purchases in the Trash. Money is in minor units, with
its currency beside it.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from app.models import StoredReport, utcnow

from . import dashboard_queries as q
from .dashboard_queries import Band, Cohort, PipelineFigures, StageFigures, month_starts

__all__ = [
    "REPORT_NAME",
    "Band",
    "Cohort",
    "Dashboard",
    "PipelineFigures",
    "StageFigures",
    "dashboard",
    "dumps",
    "loads",
    "store_dashboard",
]

REPORT_NAME = "dashboard"
MONTHS = 24
#: The layout of the stored JSON; a stored report of another version reads as none.
VERSION = 1


@dataclass(frozen=True)
class Dashboard:
    computed_on: dt.date
    #: When the recompute stored it (aware, UTC).
    computed_at: dt.datetime
    #: The first day of each month of the series, oldest first.
    months: tuple[dt.date, ...]
    new_customers: tuple[Band, ...]
    #: One per month of ``months``.
    retention: tuple[Cohort, ...]
    #: The currency of ``revenue`` (None: none to count in).
    revenue_currency: str | None
    revenue: tuple[Band, ...]
    #: One count per month of ``months``.
    reactivations: tuple[int, ...]
    #: None when there is no pipeline.
    pipeline: PipelineFigures | None

    @property
    def empty(self) -> bool:
        """Nothing to chart: no customers, no purchases, no reactivations, no open deal."""
        return (not any(sum(b.values) for b in self.new_customers + self.revenue)
                and not any(c.customers for c in self.retention)
                and not any(self.reactivations)
                and not (self.pipeline and any(s.count for s in self.pipeline.stages)))


def compute(session: Session, today: dt.date, now: dt.datetime | None = None) -> Dashboard:
    """Work the series out (see the module's words) without storing them."""
    months = month_starts(today, MONTHS)
    currency, revenue = q.revenue_by_tier(session, months, today)
    return Dashboard(
        computed_on=today,
        computed_at=now or utcnow(),
        months=months,
        new_customers=q.new_customers_by_source(session, months, today),
        retention=q.retention_by_cohort(session, months, today),
        revenue_currency=currency,
        revenue=revenue,
        reactivations=q.reactivations(session, months, today),
        pipeline=q.open_pipeline(session),
    )


def store_dashboard(session: Session, today: dt.date) -> None:
    """Compute the series as of ``today`` and store them (flushed, not committed)."""
    report = compute(session, today)
    row = session.get(StoredReport, REPORT_NAME)
    if row is None:
        row = StoredReport(name=REPORT_NAME)
        session.add(row)
    row.computed_on = report.computed_on
    row.computed_at = report.computed_at
    row.data = dumps(report)
    session.flush()


def dashboard(session: Session) -> Dashboard | None:
    """The stored series, or None before the first recompute (or when the stored JSON is
    of another version)."""
    row = session.get(StoredReport, REPORT_NAME)
    if row is None:
        return None
    return loads(row.data, row.computed_on, row.computed_at)


# The stored JSON -----------------------------------------------------------------------
def _band(band: Band) -> dict[str, Any]:
    return {"kind": band.kind, "name": band.name, "values": list(band.values)}


def dumps(report: Dashboard) -> str:
    """The JSON text stored for ``report`` (its day and time are the row's columns)."""
    pipeline = report.pipeline
    data: dict[str, Any] = {
        "version": VERSION,
        "months": [m.isoformat() for m in report.months],
        "new_customers": [_band(b) for b in report.new_customers],
        "retention": [[c.customers, c.repeat, c.complete] for c in report.retention],
        "revenue_currency": report.revenue_currency,
        "revenue": [_band(b) for b in report.revenue],
        "reactivations": list(report.reactivations),
        "pipeline": None if pipeline is None else {
            "id": pipeline.pipeline_id, "name": pipeline.name,
            "currency": pipeline.currency, "other_currencies": pipeline.other_currencies,
            "stages": [[s.stage_id, s.name, s.count, s.total_minor, s.weighted_minor]
                       for s in pipeline.stages],
        },
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def loads(text: str, computed_on: dt.date, computed_at: dt.datetime) -> Dashboard | None:
    """The Dashboard stored as ``text``; None when it is not one this version wrote."""
    try:
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("version") != VERSION:
            return None
        months = tuple(dt.date.fromisoformat(m) for m in data["months"])

        def bands(key: str) -> tuple[Band, ...]:
            return tuple(Band(str(b["kind"]), str(b["name"]), tuple(int(v) for v in b["values"]))
                         for b in data[key])

        stored = data["pipeline"]
        pipeline = None if stored is None else PipelineFigures(
            int(stored["id"]), str(stored["name"]), stored["currency"],
            int(stored["other_currencies"]),
            tuple(StageFigures(int(i), str(n), int(c), int(t), int(w))
                  for i, n, c, t, w in stored["stages"]))
        return Dashboard(
            computed_on=computed_on,
            computed_at=computed_at,
            months=months,
            new_customers=bands("new_customers"),
            retention=tuple(Cohort(m, int(n), int(r), bool(done))
                            for m, (n, r, done) in zip(months, data["retention"], strict=True)),
            revenue_currency=data["revenue_currency"],
            revenue=bands("revenue"),
            reactivations=tuple(int(n) for n in data["reactivations"]),
            pipeline=pipeline,
        )
    except (ValueError, KeyError, TypeError):
        return None
