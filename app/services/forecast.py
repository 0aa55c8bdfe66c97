"""The pipeline's numbers: forecast by month, stage conversion, days in stage, sources.

Every figure is one aggregate query over all deals (or all stage visits) of a
pipeline; nothing is fetched row by row. Money figures count the deals of one
currency (the caller's, usually the most common one); counts take every deal.

Definitions (the tests check them against hand-computed figures):

* Forecast: weighted value (value × probability, the deal's own or its stage's) of
  open deals by the month of their expected close, beside won value by the month the
  deals closed. Open deals with no expected close are summed apart (``undated``).
* Conversion: the stages of kind open and won, in board order, form the funnel. A
  deal *reached* a stage when it visited that stage or one further along (so a deal
  that skipped Qualified has passed it). The conversion of a stage is the share of
  the deals that reached it that reached the next one too. Lost stages are not steps.
* Days in stage: the mean length of the finished visits to each stage (a visit that
  goes on has no length yet), in days.
* Sources: per acquisition source, won and lost deal counts, win rate = won / (won +
  lost), and the mean value of the won deals.

Query shapes (measured on 10,000 open + 200,000 closed deals and 705,000 visits, see
benchmarks/bench_pipeline.py): each query reads one covering index in its own order,
so nothing is sorted and no table row is fetched: the deal figures from
ix_deals_pipeline_id_status_currency_source, the funnel from the deal-ordered visits
index, days in stage from the stage-ordered one. Deals in the Trash are not filtered
visit by visit (a NOT IN per visit cost a fifth of each pass): the figures are counted
over every deal, and those of the deals in the Trash, usually none or few, taken off.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, case, extract, func, select
from sqlalchemy.orm import Session

from app.models import Deal, Stage, StageChange
from app.models.enums import StageKind

from .pipeline import StageInfo


@dataclass(frozen=True)
class MonthFigures:
    month: dt.date  # the first day of the month
    weighted_minor: int  # open deals expected to close in it, weighted
    won_minor: int  # deals won in it


@dataclass(frozen=True)
class Forecast:
    currency: str
    months: tuple[MonthFigures, ...]
    undated_weighted_minor: int


@dataclass(frozen=True)
class StageConversion:
    stage_id: int
    name: str
    reached: int
    #: Share of ``reached`` that reached the next step; None for the last step or none.
    rate: float | None


@dataclass(frozen=True)
class StageTime:
    stage_id: int
    name: str
    visits: int  # finished visits
    mean_days: float | None


@dataclass(frozen=True)
class SourceFigures:
    source: str  # "" for deals with none
    won: int
    lost: int
    won_value_minor: int  # of the currency's won deals
    won_in_currency: int

    @property
    def win_rate(self) -> float | None:
        closed = self.won + self.lost
        return self.won / closed if closed else None

    @property
    def mean_won_minor(self) -> int | None:
        if not self.won_in_currency:
            return None
        return (self.won_value_minor + self.won_in_currency // 2) // self.won_in_currency


@dataclass(frozen=True)
class Analytics:
    forecast: Forecast
    conversion: tuple[StageConversion, ...]
    stage_times: tuple[StageTime, ...]
    sources: tuple[SourceFigures, ...]


def main_currency(session: Session, pipeline_id: int) -> str | None:
    """The currency most of a pipeline's deals are in."""
    return session.scalar(
        select(Deal.currency).where(Deal.pipeline_id == pipeline_id, Deal.deleted_at.is_(None))
        .group_by(Deal.currency).order_by(func.count().desc(), Deal.currency).limit(1)
    )


def _live(pipeline_id: int) -> list[ColumnElement[bool]]:
    return [Deal.pipeline_id == pipeline_id, Deal.deleted_at.is_(None)]


def year_month(session: Session, column: Any) -> tuple[Any, Any]:
    """The year and the month of a date column, to group by. SQLite stores a date as
    'YYYY-MM-DD' text, so there they are its digits: strftime() parsing every row made
    the won-by-month query twice as slow."""
    if session.get_bind().dialect.name == "sqlite":
        return func.substr(column, 1, 4), func.substr(column, 6, 2)
    return extract("year", column), extract("month", column)


def forecast(session: Session, pipeline_id: int, currency: str) -> Forecast:
    probability = func.coalesce(Deal.probability, Stage.probability)
    year, month = year_month(session, Deal.expected_close)
    weighted: dict[tuple[int, int], int] = {}
    undated = 0
    for y, m, total in session.execute(
        select(year, month, func.sum(Deal.value_minor * probability))
        .join(Stage, Stage.id == Deal.stage_id)
        .where(*_live(pipeline_id), Deal.status == StageKind.OPEN.value,
               Deal.currency == currency)
        .group_by(year, month)
    ):
        if y is None:
            undated = (int(total) + 50) // 100
        else:
            weighted[(int(y), int(m))] = (int(total) + 50) // 100
    year, month = year_month(session, Deal.closed_on)
    won = {
        (int(y), int(m)): int(total)
        for y, m, total in session.execute(
            select(year, month, func.sum(Deal.value_minor))
            .where(*_live(pipeline_id), Deal.status == StageKind.WON.value,
                   Deal.currency == currency, Deal.closed_on.is_not(None))
            .group_by(year, month)
        )
    }
    months = tuple(
        MonthFigures(dt.date(y, m, 1), weighted.get((y, m), 0), won.get((y, m), 0))
        for y, m in sorted(set(weighted) | set(won))
    )
    return Forecast(currency, months, undated)


def _has_trash(session: Session) -> bool:
    """Whether any deal is in the Trash (the figures of its visits are taken off)."""
    found = session.scalar(select(Deal.id).where(Deal.deleted_at.is_not(None)).limit(1))
    return found is not None


def _in_trash() -> ColumnElement[bool]:
    return StageChange.deal_id.in_(select(Deal.id).where(Deal.deleted_at.is_not(None)))


def conversion(session: Session, stages: tuple[StageInfo, ...]) -> tuple[StageConversion, ...]:
    """The funnel of a pipeline's live open and won stages (see the module's words)."""
    return _conversion(session, stages, _has_trash(session))


def _conversion(session: Session, stages: tuple[StageInfo, ...],
                trash: bool) -> tuple[StageConversion, ...]:
    steps = [s for s in stages if s.kind is not StageKind.LOST]
    if not steps:
        return ()
    # Every step of the pipeline, removed ones too (their visits count where they
    # stood), mapped to its position in the query: a join per visit costs more.
    positions: dict[int, int] = {
        stage_id: position for stage_id, position in session.execute(
            select(Stage.id, Stage.position)
            .where(Stage.pipeline_id == steps[0].pipeline_id,
                   Stage.kind != StageKind.LOST.value))
    }

    def reached_of(*where: ColumnElement[bool]) -> list[int]:
        # The furthest step of each deal (NULL: none of this pipeline's), in deal order.
        furthest = (
            select(func.max(case(positions, value=StageChange.stage_id)).label("position"))
            .where(*where).group_by(StageChange.deal_id).subquery()
        )
        row = session.execute(select(*(
            func.sum(case((furthest.c.position >= step.position, 1), else_=0))
            for step in steps))).one()
        return [int(n or 0) for n in row]

    reached = reached_of()
    if trash:
        reached = [n - gone for n, gone in zip(reached, reached_of(_in_trash()), strict=True)]
    result = []
    for index, step in enumerate(steps):
        rate = None
        if index + 1 < len(steps) and reached[index]:
            rate = reached[index + 1] / reached[index]
        result.append(StageConversion(step.id, step.name, reached[index], rate))
    return tuple(result)


def stage_times(session: Session, stages: tuple[StageInfo, ...]) -> tuple[StageTime, ...]:
    return _stage_times(session, stages, _has_trash(session))


def _stage_times(session: Session, stages: tuple[StageInfo, ...],
                 trash: bool) -> tuple[StageTime, ...]:
    steps = [s for s in stages if s.kind is StageKind.OPEN]
    if not steps:
        return ()
    def totals(*where: ColumnElement[bool]) -> dict[int, tuple[int, float]]:
        return {
            stage_id: (int(visits), int(seconds or 0) / 86400)
            for stage_id, visits, seconds in session.execute(
                select(StageChange.stage_id, func.count(), func.sum(StageChange.seconds))
                .where(StageChange.seconds.is_not(None), *where)
                .group_by(StageChange.stage_id)
            )
        }

    found = totals(StageChange.stage_id.in_([s.id for s in steps]))
    # Without a stage condition, so that SQLite (which keeps no statistics) seeks the
    # few deals of the Trash by deal rather than walking every visit of each stage
    # (0.7 s for 2,000 deals in the Trash).
    gone = totals(_in_trash()) if trash else {}
    result = []
    for s in steps:
        visits, days = found.get(s.id, (0, 0.0))
        less_visits, less_days = gone.get(s.id, (0, 0.0))
        visits -= less_visits
        mean = (days - less_days) / visits if visits else None
        result.append(StageTime(s.id, s.name, visits, mean))
    return tuple(result)


def sources(session: Session, pipeline_id: int, currency: str) -> tuple[SourceFigures, ...]:
    # Grouped in the order of the covering index (nothing to sort), summed up here.
    rows = session.execute(
        select(Deal.status, Deal.currency, Deal.source, func.count(), func.sum(Deal.value_minor))
        .where(*_live(pipeline_id),
               Deal.status.in_((StageKind.WON.value, StageKind.LOST.value)))
        .group_by(Deal.status, Deal.currency, Deal.source)
    )
    sums: dict[str, list[int]] = {}  # source: won, lost, won value and won count in currency
    for status, deal_currency, source, count, value in rows:
        figures = sums.setdefault(source or "", [0, 0, 0, 0])
        if status == StageKind.WON.value:
            figures[0] += count
            if deal_currency == currency:
                figures[2] += int(value or 0)
                figures[3] += count
        else:
            figures[1] += count
    found = [SourceFigures(s, w, lo, v, n) for s, (w, lo, v, n) in sums.items()]
    return tuple(sorted(found, key=lambda f: (-(f.won + f.lost), f.source)))


def analytics(
    session: Session, pipeline_id: int, stages: tuple[StageInfo, ...], currency: str
) -> Analytics:
    trash = _has_trash(session)
    return Analytics(
        forecast(session, pipeline_id, currency),
        _conversion(session, stages, trash),
        _stage_times(session, stages, trash),
        sources(session, pipeline_id, currency),
    )
