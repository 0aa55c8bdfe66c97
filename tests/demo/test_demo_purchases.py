"""Demo purchases: exact counts, buyers with habits (lapsed, reactivated, new), members
who joined before they first bought and earn points by the programme's rule, a ledger
that never goes below zero, lines that add up, the same data for the same seed, and
bad requests refused before anything is written."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app import cli
from app.db import Database, open_database
from app.models import Contact
from app.models.loyalty import (
    LoyaltyMember,
    LoyaltyProgram,
    PointsEntry,
    Purchase,
    PurchaseLine,
    Tier,
)
from app.services import demo, money
from app.services.demo_purchases import add_purchases

TODAY = dt.date(2026, 11, 24)
CONTACTS = 150
FIRST, SECOND = 1500, 300


def _contacts(path: Path, contacts: int = CONTACTS) -> Database:
    database = open_database(str(path))
    demo.generate(database.engine, demo.DemoPlan.for_contacts(
        contacts, interactions=0, tasks=0, seed=3, today=TODAY))
    return database


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """150 contacts, 1,500 purchases through a session, then 300 more through the engine
    with another seed and no new members (the members of the first earn on them)."""
    database = _contacts(tmp_path_factory.mktemp("purchases") / "demo.sqlite3")
    calls: list[tuple[int, int]] = []
    with database.session_scope() as s:
        assert add_purchases(s, FIRST, members_share=0.4, today=TODAY,
                             progress=lambda *a: calls.append(a)) == FIRST
    assert calls[-1] == (FIRST, FIRST)
    assert add_purchases(database.engine, SECOND, members_share=0, seed=8,
                         today=TODAY) == SECOND
    yield database
    database.dispose()


def _rows(database: Database, stmt) -> list[tuple]:  # type: ignore[no-untyped-def]
    with database.session_scope() as s:
        return [tuple(r) for r in s.execute(stmt)]


def test_exactly_the_purchases_asked_are_added_and_not_everyone_buys(demo_db):
    with demo_db.session_scope() as s:
        assert s.scalar(select(func.count()).select_from(Purchase)) == FIRST + SECOND
        buyers = s.scalar(select(func.count(func.distinct(Purchase.contact_id))))
        program = s.scalars(select(LoyaltyProgram)).one()
        tiers = s.scalar(select(func.count()).select_from(Tier))
    assert 0 < buyers < CONTACTS
    assert (program.currency, tiers) == ("USD", 4)


def test_buyers_have_habits_some_lapse_some_come_back_some_are_new(demo_db):
    days: dict[int, list[dt.date]] = defaultdict(list)
    for cid, day in _rows(demo_db, select(Purchase.contact_id, Purchase.purchased_on)
                          .order_by(Purchase.contact_id, Purchase.purchased_on)):
        days[cid].append(day)
    year = dt.timedelta(days=365)
    lapsed = [c for c, d in days.items() if d[-1] < TODAY - year]
    new = [c for c, d in days.items() if d[0] > TODAY - dt.timedelta(days=90)]
    back = [c for c, d in days.items() if d[-1] > TODAY - year and any(
        b - a > year for a, b in zip(d, d[1:], strict=False))]
    assert lapsed and new and back
    assert all(TODAY - 3 * year <= d[0] and d[-1] <= TODAY for d in days.values())
    channels = {c for (c,) in _rows(demo_db, select(Purchase.channel).distinct())}
    assert channels == {"store", "online", "phone", "other"}
    currencies = dict(_rows(demo_db, select(Purchase.currency, func.count())
                            .group_by(Purchase.currency)))
    assert currencies["USD"] > 0.8 * (FIRST + SECOND) and len(currencies) > 1


def test_members_joined_before_their_first_purchase(demo_db):
    # Of the run that enrolled them (the second run's days are drawn afresh).
    firsts = dict(_rows(demo_db, select(Purchase.contact_id, func.min(Purchase.purchased_on))
                        .where(Purchase.id <= FIRST).group_by(Purchase.contact_id)))
    members = _rows(demo_db, select(LoyaltyMember.contact_id, LoyaltyMember.joined_on))
    assert 0.2 * len(firsts) < len(members) < 0.6 * len(firsts)
    assert all(joined < firsts[cid] for cid, joined in members)


def test_earn_entries_follow_the_programme_rule(demo_db):
    members = dict(_rows(demo_db, select(LoyaltyMember.contact_id, LoyaltyMember.joined_on)))
    with demo_db.session_scope() as s:
        program = s.scalars(select(LoyaltyProgram)).one()
        scale = 10 ** money.exponent(program.currency)
        purchases = {r[0]: r[1:] for r in s.execute(select(
            Purchase.id, Purchase.contact_id, Purchase.total_minor, Purchase.currency,
            Purchase.purchased_on))}
        earned = {r[0]: r[1:] for r in s.execute(
            select(PointsEntry.purchase_id, PointsEntry.contact_id, PointsEntry.points,
                   PointsEntry.occurred_at).where(PointsEntry.kind == "earn"))}
    expected = {pid for pid, (cid, total, currency, day) in purchases.items()
                if cid in members and currency == program.currency and day >= members[cid]
                and total * program.points_per_unit // scale > 0}
    assert set(earned) == expected and expected
    for pid, (cid, points, at) in earned.items():
        contact, total, _currency, day = purchases[pid]
        assert cid == contact
        assert points == total * program.points_per_unit // scale
        assert at == dt.datetime.combine(day, dt.time(12), dt.UTC)


def test_the_ledger_never_goes_below_zero_and_rewards_have_a_cost(demo_db):
    entries = _rows(demo_db, select(PointsEntry.contact_id, PointsEntry.kind,
                                    PointsEntry.points, PointsEntry.cost_minor)
                    .order_by(PointsEntry.contact_id, PointsEntry.occurred_at, PointsEntry.id))
    balance: dict[int, int] = defaultdict(int)
    kinds = defaultdict(int)
    for cid, kind, points, cost in entries:
        balance[cid] += points
        kinds[kind] += 1
        assert balance[cid] >= 0
        if kind == "redeem":
            assert points < 0 and cost > 0
    assert kinds["earn"] > kinds["redeem"] > 0


def test_the_lines_of_a_purchase_add_up_to_its_total(demo_db):
    sums = _rows(demo_db, select(Purchase.total_minor,
                                 func.sum(PurchaseLine.quantity * PurchaseLine.unit_price_minor),
                                 func.count())
                 .join(PurchaseLine, PurchaseLine.purchase_id == Purchase.id)
                 .group_by(Purchase.id))
    assert 0.05 * (FIRST + SECOND) < len(sums) < 0.15 * (FIRST + SECOND)
    assert all(total == lines for total, lines, _n in sums)
    assert {n for *_rest, n in sums} == {1, 2, 3}


def _digest(database: Database) -> str:
    digest = hashlib.sha256()
    for stmt in (select(Purchase.__table__).order_by(Purchase.id),
                 select(PurchaseLine.__table__).order_by(PurchaseLine.id),
                 select(PointsEntry.__table__).order_by(PointsEntry.id),
                 select(LoyaltyMember.__table__).order_by(LoyaltyMember.contact_id)):
        for row in _rows(database, stmt):
            digest.update(repr(row).encode())
    return digest.hexdigest()


def test_the_same_seed_gives_the_same_data(tmp_path):
    digests = []
    for name, seed in (("a", 11), ("b", 11), ("c", 12)):
        database = _contacts(tmp_path / f"{name}.sqlite3", 60)
        add_purchases(database.engine, 400, seed=seed, today=TODAY)
        digests.append(_digest(database))
        database.dispose()
    assert digests[0] == digests[1] != digests[2]


@pytest.mark.parametrize(("count", "share", "message"), [
    (-1, 0.3, "cannot be negative"),
    (10, 1.5, "between 0 and 1"),
])
def test_bad_requests_are_refused_before_anything_is_written(tmp_path, count, share, message):
    database = _contacts(tmp_path / "d.sqlite3", 10)
    with pytest.raises(demo.DemoError, match=message):
        add_purchases(database.engine, count, members_share=share, today=TODAY)
    with database.session_scope() as s:
        assert s.scalar(select(func.count()).select_from(Purchase)) == 0
        assert s.scalar(select(func.count()).select_from(LoyaltyProgram)) == 0
    database.dispose()


def test_purchases_need_contacts(db):
    with db.session_scope() as s:
        s.add(Contact(display_name="Gone", sort_key="gone",
                      deleted_at=dt.datetime.now(dt.UTC)))
    with pytest.raises(demo.DemoError, match="need contacts"):
        add_purchases(db.engine, 10, today=TODAY)


def test_the_demo_command_adds_purchases(tmp_path, capsys):
    path = str(tmp_path / "cli.sqlite3")
    assert cli.main(["demo", "--db", path, "--contacts", "40", "--interactions", "0",
                     "--purchases", "250", "--members-share", "0.5", "--today",
                     TODAY.isoformat(), "--quiet"]) == 0
    assert "Purchases: 250 (50% of buyers" in capsys.readouterr().out
    database = open_database(path)
    with database.session_scope() as s:
        assert s.scalar(select(func.count()).select_from(Purchase)) == 250
    database.dispose()
    with pytest.raises(SystemExit):
        cli.main(["demo", "--db", path, "--purchases", "5", "--members-share", "2"])
    assert "not between 0 and 1" in capsys.readouterr().err
    assert cli.main(["demo", "--db", str(tmp_path / "x.sqlite3"), "--contacts", "0",
                     "--purchases", "5"]) == cli.EXIT_BAD_INPUT
    assert "Purchases need contacts" in capsys.readouterr().err
