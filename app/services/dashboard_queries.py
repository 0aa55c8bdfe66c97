"""The aggregate queries behind the Dashboard's series (see app.services.dashboard).

Each series is one GROUP BY over the rows of the 24-month window, returning a row per
month and band (never per contact or purchase); the bands are then filled in here.
Months are grouped by a date's year and month digits (``forecast.year_month``), which needs no
date parsing on SQLite and is ``extract`` elsewhere.

Query shapes, measured on benchmarks/bench_loyalty.py's database (1,000,000 contacts,
10,000,000 purchases over three years written contact by contact, 30 % of the buyers
members; two thirds of the purchases and 351,000 first purchases fall in the window):

* new customers (1.2 s): one pass over customer_status, a contact row by primary key
  for each first purchase in the window;
* retention (1.7 s): the same pass, and for each of those customers one seek into
  ix_purchases_contact_id_purchased_on (which holds the amount, currency and Trash
  mark) for a purchase in the year after the first;
* revenue (see revenue_by_tier): all of it by day from ix_purchases_purchased_on, the
  members' by tier from their purchases in contact order (3 s, most of it sorting by
  tier and month). The first needs the currency, amount and Trash mark in
  ix_purchases_purchased_on: with the purchase row read for each of 6.7 million
  purchases, in no useful order, it took 24 s, from the index alone 1.2 s;
* reactivations (0.3 s): the window's range of ix_lifecycle_changes_changed_on;
* the pipeline (a few ms): the open deals of one pipeline.

Contacts in the Trash are left out by ``NOT IN`` the few of them (ix_contacts_trash),
one small lookup table built once per query, or, where the rest is read from an index
that holds no contact, by taking their own figures off.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, case, exists, func, select
from sqlalchemy.orm import Session

from app.models import (
    Contact,
    CustomerStatus,
    Deal,
    LifecycleChange,
    Purchase,
    Stage,
)
from app.models.enums import Lifecycle, StageKind

from . import forecast
from . import pipeline as pl
from .loyalty_figures import programme
from .months import add_months

#: The kinds of band of a stacked series.
VALUE, NONE, OTHER = "value", "none", "other"
#: Sources with a band of their own; the others are summed in the "other" band.
SOURCE_BANDS = 8
#: A customer is retained by another purchase at most this many days after the first.
REPEAT_DAYS = 365


@dataclass(frozen=True)
class Band:
    """One band of a stacked series: a value per month of the Dashboard's ``months``.

    ``kind`` is "value" (``name`` is the stored source, or the tier's name), "none" (no
    source; no tier) or "other" (the sources without a band of their own together)."""

    kind: str
    name: str
    values: tuple[int, ...]


@dataclass(frozen=True)
class Cohort:
    """The customers whose first purchase fell in ``month``, and how many bought again."""

    month: dt.date
    customers: int
    repeat: int
    #: REPEAT_DAYS have passed since the month's last day: the rate is final.
    complete: bool

    @property
    def rate(self) -> float | None:
        return self.repeat / self.customers if self.customers else None


@dataclass(frozen=True)
class StageFigures:
    stage_id: int
    name: str
    count: int  # open deals in any currency
    total_minor: int  # of those in the pipeline's currency
    weighted_minor: int


@dataclass(frozen=True)
class PipelineFigures:
    pipeline_id: int
    name: str
    #: The currency the money counts (None: no deals at all).
    currency: str | None
    #: Open deals in other currencies: counted, not summed.
    other_currencies: int
    #: The live open stages, in board order.
    stages: tuple[StageFigures, ...]


def month_starts(today: dt.date, count: int) -> tuple[dt.date, ...]:
    """The first days of the ``count`` months that end with ``today``'s, oldest first."""
    last = dt.date(today.year, today.month, 1)
    return tuple(add_months(last, i - count + 1) for i in range(count))


def days_after(session: Session, column: Any, days: int) -> Any:
    """The date ``days`` after a date column, as the dialect writes date arithmetic."""
    if session.get_bind().dialect.name == "sqlite":
        return func.date(column, f"+{int(days)} days")
    return column + days


def _in_trash() -> Any:
    return select(Contact.id).where(Contact.deleted_at.is_not(None))


def _has_trash(session: Session) -> bool:
    found = session.scalar(select(Contact.id).where(Contact.deleted_at.is_not(None)).limit(1))
    return found is not None


def _index(months: tuple[dt.date, ...]) -> dict[tuple[int, int], int]:
    return {(m.year, m.month): i for i, m in enumerate(months)}


def _in_window(column: Any, months: tuple[dt.date, ...], today: dt.date
               ) -> list[ColumnElement[bool]]:
    return [column >= months[0], column <= today]


def new_customers_by_source(session: Session, months: tuple[dt.date, ...],
                            today: dt.date) -> tuple[Band, ...]:
    year, month = forecast.year_month(session, CustomerStatus.first_purchase)
    rows = session.execute(
        select(year, month, Contact.source, func.count())
        .select_from(CustomerStatus)
        .join(Contact, Contact.id == CustomerStatus.contact_id)
        .where(*_in_window(CustomerStatus.first_purchase, months, today),
               Contact.deleted_at.is_(None))
        .group_by(year, month, Contact.source)
    )
    index = _index(months)
    counts: dict[str, list[int]] = defaultdict(lambda: [0] * len(months))
    for y, m, source, count in rows:
        counts[source or ""][index[(int(y), int(m))]] += int(count)
    named = sorted((s for s in counts if s), key=lambda s: (-sum(counts[s]), s))
    bands = [Band(VALUE, s, tuple(counts[s])) for s in named[:SOURCE_BANDS]]
    if len(named) > SOURCE_BANDS:
        rest = [counts[s] for s in named[SOURCE_BANDS:]]
        bands.append(Band(OTHER, "", tuple(sum(column) for column in zip(*rest, strict=True))))
    if "" in counts:
        bands.append(Band(NONE, "", tuple(counts[""])))
    return tuple(bands)


def retention_by_cohort(session: Session, months: tuple[dt.date, ...],
                        today: dt.date) -> tuple[Cohort, ...]:
    status = CustomerStatus
    again = exists().where(
        Purchase.contact_id == status.contact_id,
        Purchase.purchased_on > status.first_purchase,
        Purchase.purchased_on <= days_after(session, status.first_purchase, REPEAT_DAYS),
        Purchase.purchased_on <= today,
        Purchase.deleted_at.is_(None),
    )
    year, month = forecast.year_month(session, status.first_purchase)
    found = {
        (int(y), int(m)): (int(n), int(r or 0))
        for y, m, n, r in session.execute(
            select(year, month, func.count(), func.sum(case((again, 1), else_=0)))
            .where(*_in_window(status.first_purchase, months, today),
                   status.contact_id.not_in(_in_trash()))
            .group_by(year, month)
        )
    }
    cohorts = []
    for start in months:
        customers, repeat = found.get((start.year, start.month), (0, 0))
        last_day = add_months(start, 1) - dt.timedelta(days=1)
        complete = today >= last_day + dt.timedelta(days=REPEAT_DAYS)
        cohorts.append(Cohort(start, customers, repeat, complete))
    return tuple(cohorts)


def revenue_by_tier(session: Session, months: tuple[dt.date, ...],
                    today: dt.date) -> tuple[str | None, tuple[Band, ...]]:
    """The programme's currency (loyalty_figures.programme: the recompute's, as the
    Loyalty section counts it), and a band per tier, lowest first, after the "none" band.

    Not one join of every purchase to its buyer's status (a lookup per purchase, then a
    sort of the window's purchases by month and tier: 15 s here), but:

    * all the window's revenue by day, read from ix_purchases_purchased_on alone (it
      holds the currency, amount and Trash mark), in its order: nothing to sort; less
      that of the few contacts in the Trash, read by contact;
    * the members' revenue by tier and month, from each tier's members in contact order
      (ix_customer_status_tier_id) into ix_purchases_contact_id_purchased_on;
    * "none" is the difference."""
    found = programme(session)
    currency, tiers = found.currency, found.tiers
    if currency is None:
        return None, ()
    live = [*_in_window(Purchase.purchased_on, months, today), Purchase.deleted_at.is_(None),
            Purchase.currency == currency]
    index = _index(months)
    rest = [0] * len(months)

    def by_day(*where: ColumnElement[bool]) -> list[tuple[dt.date, int]]:
        return [(day, int(total)) for day, total in session.execute(
            select(Purchase.purchased_on, func.sum(Purchase.total_minor))
            .where(*live, *where).group_by(Purchase.purchased_on))]

    for day, total in by_day():
        rest[index[(day.year, day.month)]] += total
    if _has_trash(session):
        for day, total in by_day(Purchase.contact_id.in_(_in_trash())):
            rest[index[(day.year, day.month)]] -= total
    sums: dict[int, list[int]] = {t: [0] * len(months) for t, _name in tiers}
    if tiers:
        year, month = forecast.year_month(session, Purchase.purchased_on)
        for tier_id, y, m, total in session.execute(
            select(CustomerStatus.tier_id, year, month, func.sum(Purchase.total_minor))
            .select_from(CustomerStatus)
            .join(Purchase, Purchase.contact_id == CustomerStatus.contact_id)
            .where(CustomerStatus.tier_id.in_(list(sums)), *live,
                   CustomerStatus.contact_id.not_in(_in_trash()))
            .group_by(CustomerStatus.tier_id, year, month)
        ):
            i = index[(int(y), int(m))]
            sums[tier_id][i] += int(total)
            rest[i] -= int(total)
    bands = [Band(NONE, "", tuple(rest))]
    bands += [Band(VALUE, name, tuple(sums[t])) for t, name in tiers]
    return currency, tuple(bands)


def reactivations(session: Session, months: tuple[dt.date, ...],
                  today: dt.date) -> tuple[int, ...]:
    year, month = forecast.year_month(session, LifecycleChange.changed_on)
    index = _index(months)
    counts = [0] * len(months)
    for y, m, n in session.execute(
        select(year, month, func.count())
        .where(LifecycleChange.status == Lifecycle.REACTIVATED.value,
               *_in_window(LifecycleChange.changed_on, months, today),
               LifecycleChange.contact_id.not_in(_in_trash()))
        .group_by(year, month)
    ):
        counts[index[(int(y), int(m))]] += int(n)
    return tuple(counts)


def open_pipeline(session: Session) -> PipelineFigures | None:
    """The open deals of the first pipeline by stage (see the Dashboard's words)."""
    pipelines = pl.pipelines(session)
    if not pipelines:
        return None
    pipeline = pipelines[0]
    currency = forecast.main_currency(session, pipeline.id)
    mine = Deal.currency == currency
    probability = func.coalesce(Deal.probability, Stage.probability)
    found = {
        stage_id: (int(n), int(other or 0), int(total or 0), int(weighted or 0))
        for stage_id, n, other, total, weighted in session.execute(
            select(Deal.stage_id, func.count(),
                   func.sum(case((mine, 0), else_=1)),
                   func.sum(case((mine, Deal.value_minor), else_=0)),
                   func.sum(case((mine, Deal.value_minor * probability), else_=0)))
            .join(Stage, Stage.id == Deal.stage_id)
            .where(Deal.pipeline_id == pipeline.id, Deal.status == StageKind.OPEN.value,
                   Deal.deleted_at.is_(None))
            .group_by(Deal.stage_id)
        )
    }
    stages = []
    for stage in pipeline.stages:
        if stage.kind is not StageKind.OPEN:
            continue
        n, _other, total, weighted = found.get(stage.id, (0, 0, 0, 0))
        stages.append(StageFigures(stage.id, stage.name, n, total, (weighted + 50) // 100))
    other = sum(figures[1] for figures in found.values())
    return PipelineFigures(pipeline.id, pipeline.name, currency, other, tuple(stages))
