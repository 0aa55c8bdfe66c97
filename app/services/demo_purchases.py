"""Demo purchases with realistic buying habits, added in bulk to a database with contacts.

Not every contact buys (about 70 % do, when there are purchases enough). A buyer has a
personal interval, drawn log-uniformly from a week to a year, a typical basket
(log-normal), a favourite channel and a currency (the programme's, mostly), and one of
a few habits over the three years of history before ``today``:

* steady: buys every interval or so until today (active, or Champions when often);
* expanding: the same, spending more and more in the last two years;
* slowing: stopped two to three intervals ago (at risk);
* lapsed: stopped over a year ago;
* reactivated: bought for a while, stopped for over a year, and came back;
* new: first bought in the last three months.

Each buyer's purchases fall one per slot of their active time, at a random day in the
slot, so they keep their rhythm. The counts are scaled so that exactly ``count``
purchases are written. About one in ten purchases has one to three lines that sum to
its total. A share of the buyers (``members_share``) are members of the loyalty
programme, who joined one to sixty days before their first purchase: they earn points
on purchases in the programme's currency (purchases.points_for's rule), redeem some
now and then at a cost to the business, and a few get an adjustment by hand.

As in services.demo, rows are tuples in their stored form written with the driver's
``executemany`` in chunks (Core inserts on other databases): ten million purchases
never sit in memory at once, only a few arrays per buyer. With a Session everything
goes into its transaction (flushed, not committed); with an Engine, the work is
committed every million purchases. The same ``seed``, ``today`` and contacts give the
same rows.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from array import array
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from app.models import Contact
from app.models.loyalty import LoyaltyMember, PointsEntry, Purchase, PurchaseLine

from . import loyalty
from .demo import DemoError
from .demo_purchases_rows import Clock, PurchaseRows, Writer

Progress = Callable[[int, int], None]

HISTORY_DAYS = 3 * 365
BUYER_SHARE = 0.7
CHUNK = 50_000  # purchases per executemany
COMMIT_PURCHASES = 1_000_000  # with an Engine: committed this often
STEADY, EXPANDING, SLOWING, LAPSED, REACTIVATED, NEW = range(6)
#: How many buyers in a hundred have each habit.
HABITS = ((STEADY, 45), (EXPANDING, 12), (SLOWING, 12), (LAPSED, 15), (REACTIVATED, 8),
          (NEW, 8))
_MIN_DAYS, _MAX_DAYS = 7.0, 365.0


def add_purchases(
    engine_or_session: Engine | Session,
    count: int,
    *,
    members_share: float = 0.3,
    seed: int = 7,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> int:
    """Add ``count`` purchases to the live contacts (module doc), creating the loyalty
    programme if there is none. Returns how many purchases were added. DemoError,
    before anything is written, for a negative count, a share outside 0-1, or no live
    contact."""
    if count < 0:
        raise DemoError("The number of purchases cannot be negative.")
    if not 0 <= members_share <= 1:
        raise DemoError("The share of members must be between 0 and 1.")
    if count == 0:
        return 0
    if isinstance(engine_or_session, Session):
        return _add(engine_or_session, count, members_share, seed, today, progress, False)
    with Session(engine_or_session) as session:
        added = _add(session, count, members_share, seed, today, progress, True)
        session.commit()
    return added


def _add(session: Session, count: int, share: float, seed: int, today: dt.date | None,
         progress: Progress | None, commits: bool) -> int:
    contacts = array("q", session.scalars(
        select(Contact.id).where(Contact.deleted_at.is_(None)).order_by(Contact.id)))
    if not contacts:
        raise DemoError("Purchases need contacts: add contacts first (demo --contacts N).")
    info = loyalty.program(session)
    joined = {cid: day for cid, day in session.execute(
        select(LoyaltyMember.contact_id, LoyaltyMember.joined_on))}
    sqlite = session.get_bind().dialect.name == "sqlite"
    clock = Clock(today or dt.datetime.now(dt.UTC).date(), HISTORY_DAYS, sqlite)
    rng = random.Random(seed)
    buyers = _Buyers(rng, contacts, count)
    rows = PurchaseRows(rng, clock, info.currency, info.points_per_unit, ids=(
        _top(session, Purchase.id), _top(session, PurchaseLine.id), _top(session, PointsEntry.id)))
    writer = Writer(session, sqlite)
    done = since_commit = 0
    with writer.bigger_cache():
        for i, n in enumerate(buyers.counts):
            if not n:
                continue
            cid = buyers.ids[i]
            days = buyers.days(i, n)
            known = joined.get(cid)
            member_from: int | None = clock.index(known) if known is not None else None
            if member_from is None and rng.random() < share:
                member_from = days[0] - 1 - int(rng.random() * 60)
                rows.members.append((cid, clock.date(member_from)))
            rows.buyer(cid, days, buyers.basket[i], buyers.growth[i], buyers.habit[i] ==
                       EXPANDING, buyers.currency[i], buyers.channel[i], member_from)
            if len(rows.purchases) >= CHUNK:
                done, since_commit = _flush(writer, rows, done, since_commit, count, progress,
                                            session if commits else None)
        _flush(writer, rows, done, since_commit, count, progress, session if commits else None)
    session.flush()
    return count


def _flush(writer: Writer, rows: PurchaseRows, done: int, since_commit: int, total: int,
           progress: Progress | None, commit: Session | None) -> tuple[int, int]:
    added = len(rows.purchases)
    writer.write_all(rows)
    done += added
    since_commit += added
    if commit is not None and since_commit >= COMMIT_PURCHASES:
        commit.commit()
        since_commit = 0
    if progress is not None and added:
        progress(done, total)
    return done, since_commit


def _top(session: Session, column: Any) -> int:
    return int(session.scalar(select(func.coalesce(func.max(column), 0))) or 0)


class _Buyers:
    """Who buys, with which habit, and how many purchases each makes (scaled to the
    count asked); a few compact arrays per buyer."""

    def __init__(self, rng: random.Random, contacts: array[int], count: int) -> None:
        self.rng = rng
        rand = rng.random
        horizon = HISTORY_DAYS
        share = BUYER_SHARE if count >= len(contacts) else min(1.0, count / len(contacts))
        habits = [h for h, weight in HABITS for _ in range(weight)]
        low, span = math.log(_MIN_DAYS), math.log(_MAX_DAYS / _MIN_DAYS)
        self.ids = array("q")
        self.habit = array("b")
        self.interval = array("d")
        self.start = array("l")
        self.gap_from = array("l")  # the first day of a pause (reactivated), else the end
        self.gap_to = array("l")  # the day buying starts again, else the end
        self.end = array("l")
        self.basket = array("d")
        self.growth = array("d")
        self.currency = array("b")
        self.channel = array("b")
        expected = array("d")
        for cid in contacts:
            if rand() >= share:
                continue
            habit = habits[int(rand() * len(habits))]
            interval = math.exp(low + rand() * span)
            end = horizon
            if habit == NEW:
                start = horizon - 1 - int(rand() * 85)
            elif habit == LAPSED:
                end = horizon - 370 - int(rand() * 300)
                start = int(rand() * end * 0.7)
            elif habit == SLOWING:
                start = int(rand() * horizon * 0.5)
                end = horizon - min(330, int(interval * (2.2 + rand())))
            elif habit == REACTIVATED:
                start = int(rand() * 200)
            else:
                start = int(rand() * horizon * 0.7)
            gap_from = gap_to = end
            if habit == REACTIVATED:
                gap_from = start + 60 + int(rand() * 200)
                gap_to = min(horizon - 20, gap_from + 370 + int(rand() * 200))
            active = (gap_from - start) + (end - gap_to) + 1
            self.ids.append(cid)
            self.habit.append(habit)
            self.interval.append(interval)
            self.start.append(start)
            self.gap_from.append(gap_from)
            self.gap_to.append(gap_to)
            self.end.append(end)
            self.basket.append(math.exp(math.log(35.0) + rng.gauss(0, 0.8)))
            self.growth.append(0.8 + rand() * 1.7 if habit == EXPANDING else 0.0)
            self.currency.append(0 if rand() < 0.92 else 1 + int(rand() * 3))
            self.channel.append(int(rand() * 100))
            expected.append(max(1.0, active / interval))
        self.counts = _scaled(rng, expected, count)

    def days(self, i: int, n: int) -> list[int]:
        """The days (indexes) of buyer ``i``'s ``n`` purchases: one in each of ``n``
        equal slots of their active time, so they keep their rhythm."""
        rand = self.rng.random
        first = self.gap_from[i] - self.start[i]
        active = first + (self.end[i] - self.gap_to[i]) + 1
        step = active / n
        start, gap_to = self.start[i], self.gap_to[i]
        out = []
        for j in range(n):
            pos = int(step * (j + rand()))
            out.append(start + pos if pos < first else gap_to + pos - first)
        return out


def _scaled(rng: random.Random, expected: array[float], count: int) -> array[int]:
    """Whole counts within one of ``expected`` × (count / their sum), summing to
    ``count`` exactly (systematic rounding of the running sum)."""
    total = sum(expected)
    factor = count / total if total else 0.0
    counts = array("l", bytes(8 * len(expected)))
    offset = rng.random()
    running = 0.0
    given = 0
    for i, e in enumerate(expected):
        running += e * factor
        upto = min(count, int(running + offset))
        counts[i] = upto - given
        given = upto
    if expected:
        counts[len(expected) - 1] += count - given
    return counts


__all__ = ["HISTORY_DAYS", "add_purchases"]
