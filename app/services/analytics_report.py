"""The pipeline's analytics as the forecast view and its workbook show them.

forecast.analytics() gives the figures; this module adds what a screen and a report
need around them, in one unit of work off the GUI thread: the pipeline's name, the
currencies its deals are in (the most common first, which is forecast.main_currency),
and the months of the chart, a fixed window of the last ``past`` months (this one
included) and the next ``ahead``, with zeros where nothing was expected or won, so the
bars of an empty month are there to see rather than missing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Deal, Pipeline

from . import forecast
from .forecast import Analytics, MonthFigures
from .months import add_months
from .pipeline import StageInfo

PAST_MONTHS = 12  # the current month and the eleven before it
AHEAD_MONTHS = 6


@dataclass(frozen=True)
class AnalyticsReport:
    pipeline_id: int
    pipeline_name: str
    #: The currencies of the pipeline's live deals, the most common first; empty when
    #: the pipeline has no deals (then ``analytics`` is None).
    currencies: tuple[str, ...]
    #: The currency the money figures count (one of ``currencies``), or None.
    currency: str | None
    analytics: Analytics | None
    #: The chart's months, oldest first, zeros included.
    months: tuple[MonthFigures, ...]
    today: dt.date

    @property
    def empty(self) -> bool:
        return not self.currencies


def currencies(session: Session, pipeline_id: int) -> tuple[str, ...]:
    """The currencies of a pipeline's live deals, the most common first (ties by code,
    as forecast.main_currency orders them)."""
    return tuple(session.scalars(
        select(Deal.currency)
        .where(Deal.pipeline_id == pipeline_id, Deal.deleted_at.is_(None))
        .group_by(Deal.currency).order_by(func.count().desc(), Deal.currency)
    ))


def month_window(figures: tuple[MonthFigures, ...], today: dt.date, *,
                 past: int = PAST_MONTHS, ahead: int = AHEAD_MONTHS
                 ) -> tuple[MonthFigures, ...]:
    """The months from ``past - 1`` months before ``today``'s to ``ahead`` after it,
    each with its figures or zeros."""
    found = {m.month: m for m in figures}
    first = add_months(dt.date(today.year, today.month, 1), 1 - past)
    months = (add_months(first, i) for i in range(past + ahead))
    return tuple(found.get(m, MonthFigures(m, 0, 0)) for m in months)


def build_report(session: Session, pipeline_id: int, stages: tuple[StageInfo, ...], *,
                 today: dt.date, currency: str | None = None) -> AnalyticsReport:
    """Everything the forecast view shows for a pipeline. ``currency`` None (or one its
    deals do not use) means the most common one."""
    name = session.scalar(select(Pipeline.name).where(Pipeline.id == pipeline_id)) or ""
    found = currencies(session, pipeline_id)
    if not found:
        return AnalyticsReport(pipeline_id, name, (), None, None, (), today)
    chosen = currency if currency in found else found[0]
    figures = forecast.analytics(session, pipeline_id, stages, chosen)
    return AnalyticsReport(pipeline_id, name, found, chosen, figures,
                           month_window(figures.forecast.months, today), today)
