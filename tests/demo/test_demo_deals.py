"""Demo deals: exact counts, whole and contiguous stage histories, statuses that match
their stage, deterministic for a seed, and refused cleanly when they cannot be made."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app import cli
from app.db import Database, open_database
from app.models import Contact, Deal, LostReason, Pipeline, Stage, StageChange
from app.models.enums import ACQUISITION_SOURCES, StageKind
from app.services import demo, forecast
from app.services import pipeline as pl
from app.services.demo_deals import add_deals

TODAY = dt.date(2026, 11, 24)
NOW = dt.datetime.combine(TODAY, dt.time(12), dt.UTC)


def _contacts(path: Path, contacts: int = 120, seed: int = 7) -> Database:
    database = open_database(str(path))
    demo.generate(database.engine, demo.DemoPlan.for_contacts(
        contacts, interactions=0, seed=seed, today=TODAY))
    return database


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """120 contacts, then deals added twice (the second time after existing ones):
    40 open and 160 closed in all."""
    database = _contacts(tmp_path_factory.mktemp("deals") / "demo.sqlite3")
    calls: list[tuple[int, int]] = []
    with database.session_scope() as s:
        assert add_deals(s, 30, 120, today=TODAY, progress=lambda *a: calls.append(a)) == 150
    with database.session_scope() as s:
        assert add_deals(s, 10, 40, seed=6, today=TODAY) == 50
    assert calls[-1] == (150, 150)
    yield database
    database.dispose()


def test_counts_are_exactly_as_asked(demo_db: Database) -> None:
    with demo_db.session_scope() as s:
        by_status = dict(s.execute(select(Deal.status, func.count()).group_by(Deal.status)).all())
    assert by_status[StageKind.OPEN.value] == 40
    assert by_status[StageKind.WON.value] + by_status[StageKind.LOST.value] == 160
    # Roughly a third of the closed deals are won.
    assert 0.2 < by_status[StageKind.WON.value] / 160 < 0.5


def test_every_history_is_contiguous_and_ends_in_the_current_stage(demo_db: Database) -> None:
    with demo_db.session_scope() as s:
        deals = {d.id: d for d in s.scalars(select(Deal))}
        visits: dict[int, list[StageChange]] = defaultdict(list)
        for visit in s.scalars(select(StageChange).order_by(StageChange.deal_id,
                                                            StageChange.entered_at,
                                                            StageChange.id)):
            visits[visit.deal_id].append(visit)
    assert set(visits) == set(deals)
    for deal_id, path in visits.items():
        deal = deals[deal_id]
        assert path[0].entered_at == deal.created_at
        assert [v.left_at for v in path].count(None) == 1, deal_id
        assert path[-1].left_at is None and path[-1].stage_id == deal.stage_id
        assert deal.updated_at == path[-1].entered_at
        for before, after in zip(path, path[1:], strict=False):
            assert before.left_at == after.entered_at, deal_id
            assert before.entered_at < before.left_at
            assert before.stage_id != after.stage_id
        assert NOW - dt.timedelta(days=3 * 366) < path[0].entered_at
        assert path[-1].entered_at <= NOW


def test_status_matches_the_stage_and_closed_deals_are_closed(demo_db: Database) -> None:
    with demo_db.session_scope() as s:
        reasons = set(s.scalars(select(LostReason.id)))
        rows = s.execute(
            select(Deal, Stage.kind, Stage.pipeline_id).join(Stage, Stage.id == Deal.stage_id)
        ).all()
        entered = dict(s.execute(
            select(StageChange.deal_id, StageChange.entered_at)
            .where(StageChange.left_at.is_(None))).all())
    for deal, kind, pipeline_id in rows:
        assert deal.status == kind and deal.pipeline_id == pipeline_id
        if deal.status == StageKind.OPEN.value:
            assert deal.closed_on is None and deal.lost_reason_id is None
        else:
            assert deal.closed_on == entered[deal.id].date()  # the day of the last move
        if deal.status == StageKind.LOST.value:
            assert deal.lost_reason_id in reasons
        else:
            assert deal.lost_reason_id is None


def test_deals_link_live_contacts_and_their_companies(demo_db: Database) -> None:
    with demo_db.session_scope() as s:
        contacts = {c.id: c for c in s.scalars(select(Contact))}
        deals = s.scalars(select(Deal)).all()
    for deal in deals:
        assert deal.contact_id is not None
        contact = contacts[deal.contact_id]
        assert contact.deleted_at is None
        assert deal.company_id == contact.company_id
        assert deal.title and deal.value_minor > 0
        assert deal.currency in {"USD", "EUR", "UZS"}
        assert deal.source is None or deal.source in ACQUISITION_SOURCES
        assert deal.probability is None or 0 <= deal.probability <= 100
    assert {d.currency for d in deals} == {"USD", "EUR", "UZS"}
    assert any(d.company_id for d in deals) and any(d.source is None for d in deals)
    open_deals = [d for d in deals if d.status == StageKind.OPEN.value]
    assert any(d.expected_close and d.expected_close < TODAY for d in open_deals)  # overdue
    assert any(d.expected_close and d.expected_close >= TODAY for d in open_deals)


def test_the_analytics_read_the_histories(demo_db: Database) -> None:
    """Every deal starts in an open stage, so all reached the first step, and exactly
    the won ones reached Won."""
    with demo_db.session_scope() as s:
        info = pl.pipelines(s)[0]
        won = s.scalar(select(func.count()).select_from(Deal)
                       .where(Deal.status == StageKind.WON.value))
        steps = forecast.conversion(s, info.stages)
        times = forecast.stage_times(s, info.stages)
    reached = [step.reached for step in steps]
    assert reached[0] == 200 and reached[-1] == won
    assert reached == sorted(reached, reverse=True)
    assert all(t.mean_days and t.mean_days > 0 for t in times if t.visits)


def _digest(path: Path) -> str:
    conn = sqlite3.connect(path)
    h = hashlib.sha256()
    for table in ("deals", "stage_changes"):
        for row in conn.execute(f"SELECT * FROM {table} ORDER BY id"):  # noqa: S608
            h.update(repr(row).encode())
    conn.close()
    return h.hexdigest()


def test_the_same_seed_gives_the_same_deals(tmp_path: Path) -> None:
    for name, seed in (("a", 3), ("b", 3), ("c", 4)):
        database = _contacts(tmp_path / f"{name}.sqlite3", contacts=50)
        with database.session_scope() as s:
            add_deals(s, 20, 60, seed=seed, today=TODAY)
        database.dispose()
    assert _digest(tmp_path / "a.sqlite3") == _digest(tmp_path / "b.sqlite3")
    assert _digest(tmp_path / "a.sqlite3") != _digest(tmp_path / "c.sqlite3")


def test_without_contacts_or_with_a_negative_count_nothing_is_written(db: Database) -> None:
    with db.session_scope() as s:
        with pytest.raises(demo.DemoError, match="Deals need contacts"):
            add_deals(s, 5, 5, today=TODAY)
        with pytest.raises(demo.DemoError, match="cannot be negative"):
            add_deals(s, -1, 5, today=TODAY)
        assert s.scalar(select(func.count()).select_from(Deal)) == 0
        assert s.scalar(select(func.count()).select_from(Pipeline)) == 0


def test_cli_demo_adds_deals_after_the_contacts(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "crm.sqlite3"
    assert cli.main(["demo", "--db", str(path), "--contacts", "60", "--interactions", "0",
                     "--open-deals", "5", "--closed-deals", "15", "--quiet",
                     "--today", "2026-11-24"]) == 0
    assert "Deals: 20 (5 open, 15 won or lost)" in capsys.readouterr().out
    conn = sqlite3.connect(path)
    counts = dict(conn.execute("SELECT status = 'open', count(*) FROM deals GROUP BY 1"))
    conn.close()
    assert counts == {1: 5, 0: 15}


def test_cli_demo_refuses_deals_without_contacts(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "crm.sqlite3"
    assert cli.main(["demo", "--db", str(path), "--contacts", "0", "--open-deals", "3",
                     "--quiet"]) == cli.EXIT_BAD_INPUT
    assert "Deals need contacts" in capsys.readouterr().err
    assert not path.exists()  # refused before anything was written
    with pytest.raises(SystemExit):
        cli.main(["demo", "--db", str(path), "--closed-deals", "-4"])
