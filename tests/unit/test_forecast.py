"""Forecast, conversion, days in stage and sources against figures worked out by hand."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from app.services import deals, forecast
from app.services import pipeline as pl
from app.services.deals import DealInput

DAY0 = dt.datetime(2025, 3, 1, tzinfo=dt.UTC)


def _day(n: float) -> dt.datetime:
    return DAY0 + dt.timedelta(days=n)


@pytest.fixture
def sales(session: Session) -> pl.PipelineInfo:
    """Seven deals (and one in the Trash) with these paths, day numbers after 1 March:

    D1 Lead 0 -> Qualified 2 -> Proposal 5 -> Won 10 (closed 10 Mar), referral, $1,000
    D2 Lead 0 -> Qualified 4 -> Lost 6, referral, $500
    D3 Lead 0 -> Proposal 1 (skipped Qualified), open, expected 15 Jul, $2,000 at 50 %
    D4 Lead 0, open, expected 20 Jul, $300 with its own 40 %, website
    D5 Lead 0 -> Lost 3, no source, $100
    D6 Lead 0, open, no expected close, $1,000 at 10 %
    D7 Lead 0 -> Won 7 (closed 8 Mar), website, €999
    D8 like D1 but in the Trash: counts nowhere.
    """
    pl.ensure_default(session)
    p = pl.pipelines(session)[0]
    stage = {s.name: s.id for s in p.stages}

    def deal(title: str, value: int, path: list[tuple[str, float]], *, currency: str = "USD",
             closed: dt.date | None = None, **extra: object) -> int:
        record = deals.create_deal(session, DealInput(
            title=title, stage_id=stage["Lead"], currency=currency, value_minor=value,
            **extra), now=DAY0)  # type: ignore[arg-type]
        for name, day in path:
            deals.move_deal(session, record.id, stage[name], now=_day(day), closed_on=closed)
        return record.id

    deal("D1", 100_000, [("Qualified", 2), ("Proposal", 5), ("Won", 10)],
         closed=dt.date(2025, 3, 10), source="referral")
    deal("D2", 50_000, [("Qualified", 4), ("Lost", 6)], closed=dt.date(2025, 3, 7),
         source="referral")
    deal("D3", 200_000, [("Proposal", 1)], expected_close=dt.date(2025, 7, 15))
    deal("D4", 30_000, [], expected_close=dt.date(2025, 7, 20), probability=40,
         source="website")
    deal("D5", 10_000, [("Lost", 3)], closed=dt.date(2025, 3, 4))
    deal("D6", 100_000, [])
    deal("D7", 99_900, [("Won", 7)], currency="EUR", closed=dt.date(2025, 3, 8),
         source="website")
    gone = deal("D8", 100_000, [("Qualified", 2), ("Proposal", 5), ("Won", 10)],
                closed=dt.date(2025, 3, 10), source="referral")
    deals.delete_deal(session, gone)
    return p


def test_forecast_weights_open_deals_and_sums_wins_by_month(
    session: Session, sales: pl.PipelineInfo
) -> None:
    assert forecast.main_currency(session, sales.id) == "USD"
    result = forecast.forecast(session, sales.id, "USD")
    assert result.months == (
        forecast.MonthFigures(dt.date(2025, 3, 1), 0, 100_000),
        # D3 2,000 × 50 % + D4 300 × 40 %
        forecast.MonthFigures(dt.date(2025, 7, 1), 100_000 + 12_000, 0),
    )
    assert result.undated_weighted_minor == 10_000  # D6 1,000 × 10 %


def test_conversion_counts_deals_that_reached_a_stage_or_beyond(
    session: Session, sales: pl.PipelineInfo
) -> None:
    steps = forecast.conversion(session, sales.stages)
    assert [(s.name, s.reached) for s in steps] == [
        ("Lead", 7), ("Qualified", 4), ("Proposal", 3), ("Negotiation", 2), ("Won", 2)]
    assert [s.rate for s in steps] == [
        pytest.approx(4 / 7), pytest.approx(3 / 4), pytest.approx(2 / 3), 1.0, None]


def test_days_in_stage_average_finished_visits(session: Session, sales: pl.PipelineInfo) -> None:
    times = {t.name: (t.visits, t.mean_days) for t in forecast.stage_times(session, sales.stages)}
    assert times["Lead"] == (5, pytest.approx((2 + 4 + 1 + 3 + 7) / 5))
    assert times["Qualified"] == (2, pytest.approx((3 + 2) / 2))
    assert times["Proposal"] == (1, pytest.approx(5.0))
    assert times["Negotiation"] == (0, None)
    assert set(times) == {"Lead", "Qualified", "Proposal", "Negotiation"}


def test_sources_win_rate_and_mean_deal(session: Session, sales: pl.PipelineInfo) -> None:
    found = {f.source: f for f in forecast.sources(session, sales.id, "USD")}
    assert set(found) == {"referral", "website", ""}
    assert (found["referral"].won, found["referral"].lost) == (1, 1)
    assert found["referral"].win_rate == 0.5 and found["referral"].mean_won_minor == 100_000
    assert found["website"].win_rate == 1.0 and found["website"].mean_won_minor is None  # €
    assert found[""].win_rate == 0.0


def test_analytics_of_an_empty_pipeline(session: Session) -> None:
    pl.ensure_default(session)
    p = pl.pipelines(session)[0]
    result = forecast.analytics(session, p.id, p.stages, "USD")
    assert result.forecast.months == () and result.sources == ()
    assert [s.reached for s in result.conversion] == [0, 0, 0, 0, 0]
