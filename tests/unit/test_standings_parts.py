"""The standings recompute spread over helper processes (app.services.standings_parts):
the same standings as on one connection, the user's data safe from the helpers, and
nothing left behind."""

from __future__ import annotations

import datetime as dt
import json
import random
import sqlite3
import tempfile
import threading
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select, text
from sqlalchemy.exc import OperationalError

from app.db import Database
from app.models import (
    Contact,
    CustomerStatus,
    LifecycleChange,
    LoyaltyMember,
    LoyaltyProgram,
    PointsEntry,
    Purchase,
    Tier,
)
from app.services import lifecycle, standings_parts
from app.services.lifecycle_baseline import python_baseline

TODAY = dt.date(2025, 6, 30)
COLUMNS = ("lifecycle", "lifecycle_since", "recency", "frequency", "monetary", "segment",
           "tier_id", "points", "orders", "spend_12m", "spend_prev_12m", "spend_total",
           "first_purchase", "last_purchase")


def _book(db: Database, seed: int, *, customers: int = 160, expiry_months: int | None = None
          ) -> None:
    """A committed programme and a random book of customers, members and ledger entries."""
    rng = random.Random(seed)
    with db.session_scope() as s:
        program = LoyaltyProgram(name="Club", currency="USD", points_per_unit=1,
                                 tier_basis=rng.choice(["spend", "points"]), new_days=90,
                                 lapsed_days=365, expanding_margin_pct=20,
                                 expiry_months=expiry_months)
        s.add(program)
        s.flush()
        for position, threshold in enumerate((0, 30_000, 150_000)):
            s.add(Tier(program_id=program.id, name=f"T{position}", position=position,
                       threshold=threshold, discount_pct=position))
        for i in range(customers):
            contact = Contact(display_name=f"Buyer {seed}-{i}", sort_key=f"buyer {i:05}",
                              lifecycle_stage="customer", marketing_consent=False)
            s.add(contact)
            s.flush()
            for _ in range(rng.choice([0, 1, 1, 2, 3, 6])):
                s.add(Purchase(contact_id=contact.id, channel="online",
                               purchased_on=TODAY - dt.timedelta(days=rng.randint(0, 1200)),
                               total_minor=rng.choice([0, 999, 4_000, 30_000, 99_000]),
                               currency=rng.choice(["USD", "USD", "USD", "EUR"])))
            if rng.random() < 0.4:
                s.add(LoyaltyMember(contact_id=contact.id, joined_on=dt.date(2022, 1, 1)))
                for _ in range(rng.randint(0, 3)):
                    s.add(PointsEntry(contact_id=contact.id, kind="earn",
                                      points=rng.randint(1, 500),
                                      occurred_at=dt.datetime(rng.randint(2022, 2025), 1, 1,
                                                              tzinfo=dt.UTC)))


def _stored(db: Database) -> dict[int, tuple[object, ...]]:
    with db.session_scope() as s:
        return {row.contact_id: tuple(getattr(row, c) for c in COLUMNS)
                for row in s.scalars(select(CustomerStatus))}


def _scratch_folders() -> set[Path]:
    return set(Path(tempfile.gettempdir()).glob("rapport-standings-*"))


@pytest.mark.parametrize("seed", [1, 2])
def test_helpers_compute_what_one_connection_and_python_compute(db: Database,
                                                                seed: int) -> None:
    _book(db, seed)
    folders = _scratch_folders()
    with db.session_scope() as s:
        assert standings_parts.workers_for(s, 3) == 3
        helped = lifecycle.recompute(s, today=TODAY, workers=3)
        expected = python_baseline(s, today=TODAY)
    by_helpers = _stored(db)
    assert set(by_helpers) == set(expected) and helped.customers == len(expected)
    for contact_id, standing in expected.items():
        row = by_helpers[contact_id]
        assert (row[0], row[2], row[3], row[4], row[5], row[6], row[7]) == (
            standing.lifecycle.value, standing.recency, standing.frequency,
            standing.monetary, standing.segment.value if standing.segment else None,
            standing.tier_id, standing.points), contact_id

    with db.session_scope() as s:  # the same again on one connection: nothing to change
        again = lifecycle.recompute(s, today=TODAY, workers=0)
    assert (again.written, again.status_changes, again.tier_changes) == (0, 0, 0)
    assert _stored(db) == by_helpers
    assert _scratch_folders() == folders  # detached and deleted with the unit of work
    with db.engine.connect() as connection:
        names = [row[1] for row in connection.execute(text("PRAGMA database_list"))]
    assert names == ["main"] or names == ["main", "temp"]


def test_helpers_record_who_left_and_who_changed(db: Database) -> None:
    """A second recompute after some customers' purchases were deleted (they become
    Prospects again: their stored standing goes, and the change is recorded) and a
    new purchase (that customer's row is rewritten)."""
    _book(db, 12)
    with db.session_scope() as s:
        lifecycle.recompute(s, today=TODAY, workers=2)
    with db.session_scope() as s:
        members = set(s.scalars(select(LoyaltyMember.contact_id)))
        buyers = sorted(set(s.scalars(select(Purchase.contact_id))) - members)
        leaving, buying = buyers[:3], buyers[3]
        for purchase in s.scalars(select(Purchase).where(Purchase.contact_id.in_(leaving))):
            purchase.deleted_at = dt.datetime(2025, 6, 1, tzinfo=dt.UTC)
        s.add(Purchase(contact_id=buying, channel="store", purchased_on=TODAY,
                       total_minor=77_700, currency="USD"))
    with db.session_scope() as s:
        result = lifecycle.recompute(s, today=TODAY, workers=2)
        expected = python_baseline(s, today=TODAY)
        gone = s.scalars(select(LifecycleChange.contact_id).where(
            LifecycleChange.status == "prospect")).all()
    stored = _stored(db)
    assert set(stored) == set(expected) and not set(leaving) & set(stored)
    assert sorted(gone) == leaving
    assert stored[buying][COLUMNS.index("last_purchase")] == TODAY
    assert result.written >= 1 and result.status_changes >= len(leaving)


def test_points_expired_by_the_same_recompute_count_in_the_balance(db: Database) -> None:
    _book(db, 5, customers=60, expiry_months=12)
    with db.session_scope() as s:
        lifecycle.recompute(s, today=TODAY, workers=2)
    with db.session_scope() as s:
        expired = s.scalar(select(func.count()).where(PointsEntry.kind == "expire"))
        ledger = dict(s.execute(select(PointsEntry.contact_id, func.sum(PointsEntry.points))
                                .group_by(PointsEntry.contact_id)).all())
        balances = {row.contact_id: row.points for row in s.scalars(select(CustomerStatus))}
    assert expired  # the book has points older than twelve months
    assert {c: p for c, p in balances.items() if c in ledger} == ledger
    assert all(balances[c] == 0 for c in balances if c not in ledger)


def test_a_purchase_saved_during_the_recompute_is_not_overwritten(db: Database) -> None:
    """The helpers read after the unit of work began: a save meanwhile makes the
    recompute fail (its snapshot is outdated) instead of storing stale standings."""
    _book(db, 9, customers=30)
    with db.session_scope() as s:
        newcomer = Contact(display_name="Late buyer", sort_key="late buyer",
                           lifecycle_stage="customer", marketing_consent=False)
        s.add(newcomer)
    saved: list[int] = []

    def progress(_done: int, _total: int, step: str) -> None:
        if step == "scores" and not saved:  # meanwhile, the window saves a purchase
            with db.session_scope() as other:
                other.add(Purchase(contact_id=newcomer.id, channel="store",
                                   purchased_on=TODAY, total_minor=5_000, currency="USD"))
                other.flush()
                lifecycle.recompute_contact(other, newcomer.id, today=TODAY)
            saved.append(newcomer.id)

    with pytest.raises(OperationalError, match="locked"), db.session_scope() as s:
        lifecycle.recompute(s, today=TODAY, workers=2, progress=progress)
    assert saved
    assert _stored(db)[newcomer.id][0] == "new"  # the window's own standing stands


def test_without_helpers_the_recompute_runs_on_its_own_connection(db: Database) -> None:
    _book(db, 10, customers=40)

    def refuse(_session: object, _count: int) -> standings_parts.Workers:
        raise standings_parts.WorkerError("process creation refused")

    with pytest.MonkeyPatch.context() as patch, db.session_scope() as s:
        patch.setattr(standings_parts.Workers, "start", refuse)
        result = lifecycle.recompute(s, today=TODAY, workers=2)
        expected = python_baseline(s, today=TODAY)
    assert result.customers == len(expected) > 0
    assert {c: row[0] for c, row in _stored(db).items()} == {
        c: standing.lifecycle.value for c, standing in expected.items()}


def test_points_that_expire_later_are_stored_for_customers_who_stand_as_before(
        db: Database) -> None:
    """Expiry switched on after a first recompute: the second one expires points of
    customers whose standing is otherwise unchanged, and stores their new balance."""
    _book(db, 5, customers=60)
    with db.session_scope() as s:
        lifecycle.recompute(s, today=TODAY, workers=2)
    with db.session_scope() as s:
        s.scalars(select(LoyaltyProgram)).one().expiry_months = 12
    with db.session_scope() as s:
        result = lifecycle.recompute(s, today=TODAY, workers=2)
    with db.session_scope() as s:
        expired = set(s.scalars(select(PointsEntry.contact_id).where(
            PointsEntry.kind == "expire")))
        ledger = dict(s.execute(select(PointsEntry.contact_id, func.sum(PointsEntry.points))
                                .group_by(PointsEntry.contact_id)).all())
        balances = {row.contact_id: row.points for row in s.scalars(select(CustomerStatus))}
    assert expired and result.written >= len(expired)
    assert {c: balances[c] for c in expired} == {c: ledger[c] for c in expired}


def test_uncommitted_changes_keep_the_recompute_on_its_own_connection(db: Database) -> None:
    _book(db, 3, customers=20)
    with db.session_scope() as s:
        contact = s.scalars(select(Contact).order_by(Contact.id)).first()
        assert contact is not None
        s.add(Purchase(contact_id=contact.id, channel="store", purchased_on=TODAY,
                       total_minor=12_345, currency="USD"))
        s.flush()
        assert standings_parts.workers_for(s, 2) == 0
        lifecycle.recompute(s, today=TODAY, workers=2)
        row = s.get(CustomerStatus, contact.id)
        assert row is not None and row.last_purchase == TODAY


def test_a_cancel_stops_the_helpers_and_changes_nothing(db: Database) -> None:
    _book(db, 4, customers=40)
    cancel = threading.Event()

    def progress(_done: int, _total: int, step: str) -> None:
        if step == "scores":
            cancel.set()

    folders = _scratch_folders()
    with pytest.raises(lifecycle.RecomputeCancelled), db.session_scope() as s:
        lifecycle.recompute(s, today=TODAY, workers=2, progress=progress, cancel=cancel)
    assert _stored(db) == {}
    assert _scratch_folders() == folders


def test_helpers_cannot_write_the_users_database(db: Database) -> None:
    _book(db, 6, customers=5)
    with db.session_scope() as s:
        workers = standings_parts.Workers.start(s, 2)
    try:
        with pytest.raises(standings_parts.WorkerError, match="readonly"):
            workers.run(["DELETE FROM src.contacts"], {})
    finally:
        workers.close()
    with db.session_scope() as s:
        assert s.scalar(select(func.count()).select_from(Contact)) == 5


def test_a_helper_that_dies_fails_the_recompute_with_a_message(db: Database) -> None:
    _book(db, 7, customers=30)

    def progress(_done: int, _total: int, step: str) -> None:
        if step == "scores":
            for worker in started[0].workers:
                worker.process.kill()
                worker.process.wait()

    started: list[standings_parts.Workers] = []
    original = standings_parts.Workers.start

    def start(session: object, count: int) -> standings_parts.Workers:
        started.append(original(session, count))  # type: ignore[arg-type]
        return started[-1]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(standings_parts.Workers, "start", start)
        with pytest.raises(standings_parts.WorkerError, match="stopped"), \
                db.session_scope() as s:
            lifecycle.recompute(s, today=TODAY, workers=2, progress=progress)
    assert _stored(db) == {}


def test_contact_ranges_cover_every_id_in_order(db: Database) -> None:
    _book(db, 8, customers=50)
    with db.session_scope() as s:
        ranges = standings_parts.contact_ranges(s, 3)
        ids = s.scalars(select(Purchase.contact_id)).all()
    assert len(ranges) == 3
    assert all(lo <= hi for lo, hi in ranges)
    assert all(a[1] == b[0] for a, b in zip(ranges, ranges[1:], strict=False))
    assert ranges[0][0] < min(ids) and max(ids) < ranges[-1][1]


@given(st.lists(st.lists(st.integers(-5, 30), max_size=25), min_size=1, max_size=5),
       st.data())
def test_kth_smallest_of_sorted_parts_equals_sorting_them_together(
        parts: list[list[int]], data: st.DataObject) -> None:
    parts = [sorted(p) for p in parts]
    union = sorted(v for p in parts for v in p)
    if not union:
        with pytest.raises(IndexError):
            standings_parts.kth_smallest([len(p) for p in parts], lambda p, i: parts[p][i], 0)
        return
    k = data.draw(st.integers(0, len(union) - 1))
    assert standings_parts.kth_smallest([len(p) for p in parts],
                                        lambda p, i: parts[p][i], k) == union[k]


def test_the_worker_reports_a_bad_request_and_carries_on(tmp_path: Path) -> None:
    from app.services import sql_worker

    source = tmp_path / "source.sqlite3"
    with sqlite3.connect(source) as connection:
        connection.execute("CREATE TABLE t (x INTEGER)")
        connection.execute("INSERT INTO t VALUES (1), (2)")
    replies: list[dict[str, object]] = []
    requests = [
        {"run": [["SELECT 1", {}]]},
        {"open": {"scratch": str(tmp_path / "s.sqlite3"), "source": str(source)}},
        {"run": [["CREATE TABLE c AS SELECT sum(x) AS n FROM src.t", {}]]},
        {"run": [["CREATE TABLE d (y)", {}], ["INSERT INTO nowhere VALUES (1)", {}]]},
        {"quit": True}]
    sql_worker.serve([json.dumps(r) for r in requests], replies.append)
    assert "run before open" in str(replies[0]["error"])
    assert replies[1] == {"ok": True} and replies[2] == {"ok": True}
    assert "no such table: nowhere" in str(replies[3]["error"])
    assert replies[4]["ok"] is True
    with sqlite3.connect(tmp_path / "s.sqlite3") as scratch:
        assert scratch.execute("SELECT n FROM c").fetchone() == (3,)
        # All or nothing: the failed batch left no table d behind.
        assert scratch.execute("SELECT count(*) FROM sqlite_master WHERE name = 'd'"
                               ).fetchone() == (0,)
