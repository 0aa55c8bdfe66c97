"""The Dashboard's series against a small hand-made set, and their stored JSON.

customer_status and lifecycle_changes rows are written here directly (as the recompute
would), so each figure below can be worked out by hand from the docstring of ``shop``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy.orm import Session

from app.models import (
    Contact,
    CustomerStatus,
    LifecycleChange,
    LoyaltyProgram,
    Purchase,
    StoredReport,
    Tier,
)
from app.services import dashboard as dash
from app.services import deals
from app.services import pipeline as pl
from app.services.dashboard_queries import Band, Cohort, StageFigures
from app.services.deals import DealInput

TODAY = dt.date(2026, 3, 15)
D = dt.date
TRASHED = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def contact(session: Session, name: str, source: str | None = None, *,
            trashed: bool = False) -> int:
    row = Contact(display_name=name, sort_key=name.casefold(), source=source,
                  deleted_at=TRASHED if trashed else None)
    session.add(row)
    session.flush()
    return row.id


def buy(session: Session, contact_id: int, day: dt.date, total: int, currency: str = "USD",
        *, deleted: bool = False) -> None:
    session.add(Purchase(contact_id=contact_id, purchased_on=day, total_minor=total,
                         currency=currency, channel="store",
                         deleted_at=TRASHED if deleted else None))


def status(session: Session, contact_id: int, first: dt.date | None,
           tier_id: int | None = None) -> None:
    session.add(CustomerStatus(contact_id=contact_id, lifecycle="active", first_purchase=first,
                               tier_id=tier_id, computed_on=TODAY))


def change(session: Session, contact_id: int, day: dt.date, state: str = "reactivated") -> None:
    session.add(LifecycleChange(contact_id=contact_id, status=state, previous="lapsed",
                                changed_on=day))


@pytest.fixture
def shop(session: Session) -> dict[str, int]:
    """Today is 15 March 2026: the window runs from April 2024 to March 2026.

    * A, website, Silver: first buys 10 Jan 2025 ($100), again 1 Jun 2025 ($50).
    * B, website: 20 Jan 2025 ($200); a deleted purchase 1 Feb 2025; again 21 Jan 2026,
      366 days later ($10): not retained.
    * C, referral, Bronze: 5 Jan 2025 ($30), again 5 Jan 2026, exactly 365 days ($40).
    * D, no source: 7 Jan 2025 twice ($1 + $2, the same day: not a repeat).
    * E, source "": 1 Mar 2026 ($5), again 10 Mar 2026 ($6); 20 Mar 2026 is after today.
    * F, website, in the Trash: 15 Jan 2025 and 16 Jan 2025; counts nowhere.
    * G, website, Silver: first bought 10 Jan 2024 (before the window), again 3 Feb 2025
      ($70) and 4 Feb 2025 in euros (not counted in dollars).
    * H, event: no status row (the recompute has not seen it), bought 2 Feb 2025 ($8).

    January 2025: 4 new customers (A, B website; C referral; D none); of them A and C
    bought again within 365 days: 50 %, a complete cohort. March 2026: E, 100 %, open.
    Revenue in dollars: Jan 2025 none 203 (B 200, D 3), Bronze 30, Silver 100; Feb 2025
    none 8 (H), Silver 70; Jun 2025 Silver 50; Jan 2026 none 10, Bronze 40; Mar 2026
    none 11. Reactivations: 2 in May 2025, 1 in March 2026.
    """
    s = session
    program = LoyaltyProgram(name="Club", currency="USD")
    s.add(program)
    s.flush()
    silver = Tier(program_id=program.id, name="Silver", position=1, threshold=10000)
    bronze = Tier(program_id=program.id, name="Bronze", position=0, threshold=0)
    s.add_all([silver, bronze])
    s.flush()
    ids = {name: contact(s, name, source) for name, source in (
        ("A", "website"), ("B", "website"), ("C", "referral"), ("D", None), ("E", ""),
        ("G", "website"), ("H", "event"))}
    ids["F"] = contact(s, "F", "website", trashed=True)
    a, b, c, d, e, f, g, h = (ids[k] for k in "ABCDEFGH")
    buy(s, a, D(2025, 1, 10), 10000)
    buy(s, a, D(2025, 6, 1), 5000)
    buy(s, b, D(2025, 1, 20), 20000)
    buy(s, b, D(2025, 2, 1), 99900, deleted=True)
    buy(s, b, D(2026, 1, 21), 1000)
    buy(s, c, D(2025, 1, 5), 3000)
    buy(s, c, D(2026, 1, 5), 4000)
    buy(s, d, D(2025, 1, 7), 100)
    buy(s, d, D(2025, 1, 7), 200)
    buy(s, e, D(2026, 3, 1), 500)
    buy(s, e, D(2026, 3, 10), 600)
    buy(s, e, D(2026, 3, 20), 700)
    buy(s, f, D(2025, 1, 15), 50000)
    buy(s, f, D(2025, 1, 16), 50000)
    buy(s, g, D(2024, 1, 10), 90000)
    buy(s, g, D(2025, 2, 3), 7000)
    buy(s, g, D(2025, 2, 4), 7000, "EUR")
    buy(s, h, D(2025, 2, 2), 800)
    status(s, a, D(2025, 1, 10), silver.id)
    status(s, b, D(2025, 1, 20))
    status(s, c, D(2025, 1, 5), bronze.id)
    status(s, d, D(2025, 1, 7))
    status(s, e, D(2026, 3, 1))
    status(s, f, D(2025, 1, 15))
    status(s, g, D(2024, 1, 10), silver.id)
    change(s, a, D(2025, 5, 3))
    change(s, b, D(2025, 5, 31))
    change(s, e, D(2026, 3, 1))
    change(s, c, D(2024, 3, 31))  # before the window
    change(s, d, D(2025, 5, 4), "lapsed")
    change(s, f, D(2025, 5, 5))  # in the Trash
    s.flush()
    return ids


def at(report: dash.Dashboard, values: tuple[int, ...]) -> dict[dt.date, int]:
    return {m: v for m, v in zip(report.months, values, strict=True) if v}


def test_the_window_is_the_24_months_ending_with_today(session: Session) -> None:
    report = dash.compute(session, TODAY)
    assert len(report.months) == 24
    assert report.months[0] == D(2024, 4, 1) and report.months[-1] == D(2026, 3, 1)


def test_new_customers_by_source(session: Session, shop: dict[str, int]) -> None:
    report = dash.compute(session, TODAY)
    bands = {(b.kind, b.name): at(report, b.values) for b in report.new_customers}
    assert bands == {
        ("value", "website"): {D(2025, 1, 1): 2},
        ("value", "referral"): {D(2025, 1, 1): 1},
        ("none", ""): {D(2025, 1, 1): 1, D(2026, 3, 1): 1},  # D (NULL) and E ("")
    }
    assert [b.name for b in report.new_customers][:2] == ["website", "referral"]


def test_sources_past_the_eighth_share_one_band(session: Session) -> None:
    for n in range(10):  # source s0 has 10 new customers, s9 one
        for i in range(10 - n):
            status(session, contact(session, f"{n}-{i}", f"s{n}"), D(2025, 7, 1 + i))
    session.flush()
    report = dash.compute(session, TODAY)
    names = [(b.kind, b.name, sum(b.values)) for b in report.new_customers]
    assert names == [("value", f"s{n}", 10 - n) for n in range(8)] + [("other", "", 3)]


def test_retention_by_first_purchase_cohort(session: Session, shop: dict[str, int]) -> None:
    report = dash.compute(session, TODAY)
    cohorts = {c.month: c for c in report.retention if c.customers}
    assert cohorts == {
        D(2025, 1, 1): Cohort(D(2025, 1, 1), 4, 2, True),
        D(2026, 3, 1): Cohort(D(2026, 3, 1), 1, 1, False),
    }
    assert cohorts[D(2025, 1, 1)].rate == 0.5
    assert len(report.retention) == 24
    # A cohort is complete once 365 days have passed since its month's last day.
    by_month = {c.month: c.complete for c in report.retention}
    assert by_month[D(2025, 2, 1)] is True  # 28 Feb 2025 + 365 days = 28 Feb 2026
    assert by_month[D(2025, 3, 1)] is False  # 31 Mar 2025 + 365 days = 31 Mar 2026
    empty = next(c for c in report.retention if not c.customers)
    assert empty.rate is None


def test_revenue_by_tier_in_the_programme_currency(session: Session,
                                                   shop: dict[str, int]) -> None:
    report = dash.compute(session, TODAY)
    assert report.revenue_currency == "USD"
    assert [(b.kind, b.name) for b in report.revenue] == [
        ("none", ""), ("value", "Bronze"), ("value", "Silver")]
    none, bronze, silver = (at(report, b.values) for b in report.revenue)
    assert none == {D(2025, 1, 1): 20300, D(2025, 2, 1): 800, D(2026, 1, 1): 1000,
                    D(2026, 3, 1): 1100}
    assert bronze == {D(2025, 1, 1): 3000, D(2026, 1, 1): 4000}
    assert silver == {D(2025, 1, 1): 10000, D(2025, 2, 1): 7000, D(2025, 6, 1): 5000}


def test_without_a_programme_revenue_counts_the_default_currency(session: Session) -> None:
    one, two = contact(session, "One"), contact(session, "Two")
    buy(session, one, D(2026, 1, 2), 100)
    buy(session, two, D(2026, 1, 3), 200)
    buy(session, two, D(2026, 2, 3), 99999, "EUR")
    status(session, two, D(2026, 1, 3), None)
    session.flush()
    report = dash.compute(session, TODAY)
    assert report.revenue_currency == "USD"  # lifecycle.DEFAULT_CURRENCY
    assert [(b.kind, at(report, b.values)) for b in report.revenue] == [
        ("none", {D(2026, 1, 1): 300})]


def test_reactivations_per_month(session: Session, shop: dict[str, int]) -> None:
    report = dash.compute(session, TODAY)
    assert at(report, report.reactivations) == {D(2025, 5, 1): 2, D(2026, 3, 1): 1}


def test_open_pipeline_by_stage(session: Session) -> None:
    pl.ensure_default(session)
    sales = pl.pipelines(session)[0]
    stage = {s.name: s.id for s in sales.stages}

    def deal(title: str, where: str, value: int, currency: str = "USD", **kw: object) -> int:
        data = DealInput(title=title, stage_id=stage[where], currency=currency,
                         value_minor=value, **kw)  # type: ignore[arg-type]
        return deals.create_deal(session, data).id

    deal("a", "Lead", 100000)  # 10 %
    deal("b", "Lead", 30000, probability=40)
    deal("c", "Proposal", 200000)  # 50 %
    deal("d", "Lead", 777, "EUR")  # counted, not summed
    won = deal("e", "Lead", 500000)
    deals.move_deal(session, won, stage["Won"])
    deals.delete_deal(session, deal("f", "Qualified", 400000))
    figures = dash.compute(session, TODAY).pipeline
    assert figures is not None
    assert (figures.name, figures.currency, figures.other_currencies) == ("Sales", "USD", 1)
    assert figures.stages == (
        StageFigures(stage["Lead"], "Lead", 3, 130000, 22000),
        StageFigures(stage["Qualified"], "Qualified", 0, 0, 0),
        StageFigures(stage["Proposal"], "Proposal", 1, 200000, 100000),
        StageFigures(stage["Negotiation"], "Negotiation", 0, 0, 0),
    )


def test_nothing_stored_reads_as_none_and_an_empty_database_is_empty(
        session: Session) -> None:
    assert dash.dashboard(session) is None
    report = dash.compute(session, TODAY)
    assert report.empty and report.pipeline is None
    assert report.new_customers == ()
    assert [(b.kind, b.values) for b in report.revenue] == [("none", (0,) * 24)]
    assert report.reactivations == (0,) * 24


def test_the_stored_json_round_trips(session: Session, shop: dict[str, int]) -> None:
    pl.ensure_default(session)
    dash.store_dashboard(session, TODAY)
    row = session.get(StoredReport, "dashboard")
    assert row is not None and row.computed_on == TODAY
    stored = dash.dashboard(session)
    assert stored is not None and not stored.empty
    assert stored == dataclasses.replace(dash.compute(session, TODAY),
                                         computed_at=row.computed_at)
    # A second recompute replaces the row.
    dash.store_dashboard(session, TODAY + dt.timedelta(days=40))
    again = dash.dashboard(session)
    assert again is not None and again.months[-1] == D(2026, 4, 1)
    assert session.query(StoredReport).count() == 1


def test_names_survive_the_json(session: Session) -> None:
    name = "Постоянные клиенты 顧客 \"quoted\""
    status(session, contact(session, "X", name), D(2026, 2, 2))
    session.flush()
    dash.store_dashboard(session, TODAY)
    stored = dash.dashboard(session)
    assert stored is not None
    assert stored.new_customers == (Band("value", name, (0,) * 22 + (1, 0)),)


@pytest.mark.parametrize("data", ["not json", "[]", '{"version": 99}', '{"version": 1}'])
def test_a_stored_report_this_version_did_not_write_reads_as_none(
        session: Session, data: str) -> None:
    session.add(StoredReport(name="dashboard", computed_on=TODAY,
                             computed_at=dt.datetime(2026, 3, 15, tzinfo=dt.UTC), data=data))
    session.flush()
    assert dash.dashboard(session) is None
