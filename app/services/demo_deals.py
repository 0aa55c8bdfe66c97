"""Demo deals with exact stage histories, added in bulk to a database that has contacts.

Each deal walks the open stages of the default pipeline forward (now and then skipping
one, or taking one step back and forward again), spending a realistic, log-normally
drawn time in each, and ends where it is now: still open, or Won or Lost. Its visits
are contiguous (each begins the moment the previous one ended) and only the last one
is still going on, so the pipeline analytics read from the demo are exact.

As in services.demo, rows are plain tuples built in Python and written in chunks with
the driver's ``executemany`` on the session's own connection (Core inserts on other
databases), so they belong to the caller's transaction. The same ``seed`` and ``today``
give the same rows.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from bisect import bisect_right
from collections.abc import Callable, Sequence
from itertools import accumulate
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Base, Company, Contact, Deal, StageChange
from app.models.base import sqlite_utc_text
from app.models.enums import ACQUISITION_SOURCES, StageKind

from . import demo_data as D
from . import money
from . import pipeline as pl
from .demo import DemoError

Progress = Callable[[int, int], None]
Row = tuple[Any, ...]

CHUNK = 20_000  # deals per executemany
HISTORY_DAYS = 3 * 365  # deals were created up to three years ago
FUTURE_DAYS = 400  # open deals are expected to close up to a year ahead
DAY = 86_400
WIN_RATE = 0.35

DEAL_COLUMNS = (
    "id", "pipeline_id", "stage_id", "title", "contact_id", "company_id", "value_minor",
    "currency", "expected_close", "owner", "source", "probability", "status",
    "lost_reason_id", "closed_on", "notes", "created_at", "updated_at", "deleted_at",
)
VISIT_COLUMNS = ("id", "deal_id", "stage_id", "entered_at", "left_at", "seconds")

# Median days a deal spends in the 1st, 2nd, ... open stage (the last repeats).
_STAGE_DAYS = (5.0, 9.0, 14.0, 11.0)
_STAGE_SIGMA = 0.9
# (currency, share, median amount in major units, rounded to a multiple of)
_CURRENCIES = (("USD", 0.75, 4_000, 50), ("EUR", 0.15, 3_500, 50),
               ("UZS", 0.10, 40_000_000, 100_000))
_SOURCE_WEIGHTS = {"referral": 20, "website": 25, "walk-in": 8, "event": 10, "cold call": 12,
                   "social media": 12, "advertising": 8, "partner": 5, "import": 2}
_WHAT = {
    "en": ("Annual subscription", "Pilot project", "Website redesign", "Support contract",
           "Bulk order", "Onboarding package", "Renewal", "Upgrade to Pro",
           "Consulting hours", "Hardware refresh", "Training workshop", "Licence expansion"),
    "ru": ("Годовая подписка", "Пилотный проект", "Поставка оборудования",
           "Договор на поддержку", "Оптовый заказ", "Продление лицензии", "Обучение персонала",
           "Внедрение CRM"),
    "zh": ("年度订阅", "试点项目", "网站改版", "技术支持合同", "批量订单", "续约", "员工培训",
           "设备更新"),
}
_NOTES = ("Decision maker is the CFO; send the numbers first.",
          "Wants a discount for paying a year ahead.",
          "Asked for references from the same industry.",
          "Budget approved for next quarter.")


def add_deals(
    session: Session,
    open_count: int,
    closed_count: int,
    *,
    seed: int = 5,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> int:
    """Add ``open_count`` open and ``closed_count`` won or lost deals to the first
    pipeline (the default one, created if there is none), linked to random live
    contacts and their companies, each with its stage history. Flushes, never commits;
    returns how many deals were added. DemoError, before anything is written, when a
    count is negative, there is no live contact, or closed deals are asked of a
    pipeline with no Won or Lost stage."""
    if open_count < 0 or closed_count < 0:
        raise DemoError("The number of deals cannot be negative.")
    total = open_count + closed_count
    if total == 0:
        return 0
    parties = _parties(session)
    if not parties:
        raise DemoError("Deals need contacts: add contacts first (demo --contacts N).")
    pl.ensure_default(session)
    info = pl.pipelines(session)[0]
    open_ids = [s.id for s in info.stages if s.kind is StageKind.OPEN]
    won = next((s.id for s in info.stages if s.kind is StageKind.WON), None)
    lost = next((s.id for s in info.stages if s.kind is StageKind.LOST), None)
    if not open_ids:
        raise DemoError(f"The pipeline “{info.name}” has no open stage for deals to walk.")
    if closed_count and (won is None or lost is None):
        raise DemoError(f"The pipeline “{info.name}” needs a Won and a Lost stage for "
                        "closed deals.")
    sqlite = session.get_bind().dialect.name == "sqlite"
    clock = _Clock(today or dt.datetime.now(dt.UTC).date(), sqlite, today is None)
    maker = _Maker(random.Random(seed), clock, info.id, open_ids, won or 0, lost or 0,
                   [r.id for r in pl.lost_reasons(session)], parties)
    writer = _Writer(session, sqlite)
    deal_id = session.scalar(select(func.coalesce(func.max(Deal.id), 0))) or 0
    visit_id = session.scalar(select(func.coalesce(func.max(StageChange.id), 0))) or 0
    opens_left, done = open_count, 0
    while done < total:
        deals: list[Row] = []
        visits: list[Row] = []
        for _ in range(min(CHUNK, total - done)):
            # Open and closed deals are mixed in id order, and the counts stay exact.
            is_open = maker.rng.random() * (total - done) < opens_left
            opens_left -= is_open
            deal_id += 1
            done += 1
            visit_id = maker.deal(deal_id, is_open, visit_id, deals, visits)
        writer.write("deals", DEAL_COLUMNS, deals)
        writer.write("stage_changes", VISIT_COLUMNS, visits)
        if progress is not None:
            progress(done, total)
    session.flush()
    return total


def _parties(session: Session) -> list[tuple[int, str, int | None, str | None]]:
    """(contact id, name, company id, company name) of every live contact."""
    rows = session.execute(
        select(Contact.id, Contact.display_name, Company.id, Company.name)
        .outerjoin(Company, (Company.id == Contact.company_id) & Company.deleted_at.is_(None))
        .where(Contact.deleted_at.is_(None))
        .order_by(Contact.id)
    )
    return [(c, n, k, kn) for c, n, k, kn in rows]


class _Clock:
    """Moments as whole seconds since midnight UTC, HISTORY_DAYS + 1 days before
    ``today``, and days as indexes from there; their stored forms for the database."""

    def __init__(self, today: dt.date, sqlite: bool, real_now: bool) -> None:
        self.origin = dt.datetime.combine(today - dt.timedelta(days=HISTORY_DAYS + 1),
                                          dt.time(), dt.UTC)
        now = dt.datetime.combine(today, dt.time(12), dt.UTC)
        if real_now:  # never a visit that begins later than now
            now = min(now, dt.datetime.now(dt.UTC))
        self.now = int((now - self.origin).total_seconds())
        self.today = self.now // DAY
        self.last_day = self.today + FUTURE_DAYS
        days = [self.origin.date() + dt.timedelta(days=d) for d in range(self.last_day + 1)]
        self.sqlite = sqlite
        if sqlite:  # the text SQLAlchemy would write, from lookup tables ("YYYY-MM-DD ")
            self._days = [sqlite_utc_text(self.origin + dt.timedelta(days=d))[:11]
                          for d in range(len(days))]
            self._hms = [f"{h:02d}:{m:02d}:{s:02d}.000000"
                         for h in range(24) for m in range(60) for s in range(60)]
            self._dates: list[Any] = [d.isoformat() for d in days]
        else:
            self._dates = days

    def at(self, seconds: int) -> Any:
        if self.sqlite:
            return self._days[seconds // DAY] + self._hms[seconds % DAY]
        return self.origin + dt.timedelta(seconds=seconds)

    def date(self, day: int) -> Any:
        return self._dates[max(0, min(day, self.last_day))]


class _Maker:
    """Builds one deal and its visits at a time (deterministic for a seed)."""

    def __init__(self, rng: random.Random, clock: _Clock, pipeline_id: int,
                 open_ids: Sequence[int], won: int, lost: int, reasons: Sequence[int],
                 parties: Sequence[tuple[int, str, int | None, str | None]]) -> None:
        self.rng, self.clock, self.pipeline_id = rng, clock, pipeline_id
        self.open_ids, self.won, self.lost = list(open_ids), won, lost
        self.reasons = list(reasons)
        self.parties = parties
        n = len(open_ids)
        # How far a deal got: open deals are mostly early, won ones mostly late.
        self.now_cum = list(accumulate(0.7**i for i in range(n)))
        self.lost_cum = list(accumulate(0.6**i for i in range(n)))
        self.won_cum = list(accumulate(3.0**i for i in range(n)))
        self.reason_cum = list(accumulate(len(reasons) - i + 2 for i in range(len(reasons))))
        self.mu = [math.log(_STAGE_DAYS[min(i, len(_STAGE_DAYS) - 1)] * DAY) for i in range(n)]
        sources = list(ACQUISITION_SOURCES)
        self.sources, self.source_cum = sources, list(
            accumulate(_SOURCE_WEIGHTS.get(s, 5) for s in sources))
        self.factor = {c: 10 ** money.exponent(c) for c, *_rest in _CURRENCIES}

    def _pick(self, cum: Sequence[float]) -> int:
        """An index drawn with the weights whose running sums are ``cum``."""
        return bisect_right(cum, self.rng.random() * cum[-1])

    def _path(self, top: int) -> list[int]:
        """The open stages visited, by index, on the way to stage ``top``."""
        rand = self.rng.random
        pos = 1 if top >= 1 and rand() < 0.1 else 0
        path = [pos]
        backed = False
        while pos < top:
            pos += 2 if pos + 2 <= top and rand() < 0.12 else 1
            path.append(pos)
            if not backed and 0 < pos < top and rand() < 0.08:  # back once, then on again
                path += [pos - 1, pos]
                backed = True
        return path

    def _value(self) -> tuple[int, str]:
        r = self.rng.random()
        for currency, share, median, step in _CURRENCIES:
            r -= share
            if r < 0 or currency == _CURRENCIES[-1][0]:
                amount = self.rng.lognormvariate(math.log(median), 1.0)
                major = max(step, round(amount / step) * step)
                return major * self.factor[currency], currency
        raise AssertionError("unreachable")

    def deal(self, deal_id: int, is_open: bool, visit_id: int, deals: list[Row],
             visits: list[Row]) -> int:
        """Append the deal's row and its visits' rows; returns the last visit id."""
        rng, clock = self.rng, self.clock
        rand = rng.random
        won = not is_open and rand() < WIN_RATE
        top = self._pick(self.now_cum if is_open else self.won_cum if won else self.lost_cum)
        path = self._path(top)
        if is_open and top > 0 and rand() < 0.04:  # stepped back, and is there now
            path.append(top - 1)
        lengths = [max(3600, int(rng.lognormvariate(self.mu[i], _STAGE_SIGMA)))
                   for i in path]
        stages = [self.open_ids[i] for i in path]
        if is_open:
            lengths[-1] = int(lengths[-1] * rand())  # how long it has been there so far
        else:
            stages.append(self.won if won else self.lost)
            lengths.append(0)
        span = sum(lengths)
        room = HISTORY_DAYS * DAY
        if span > room:
            lengths = [x * room // span for x in lengths]
            span = sum(lengths)
        start = clock.now - span - (0 if is_open else int(rand() * (room - span)))
        moment = start
        last = len(stages) - 1
        for k, stage_id in enumerate(stages):
            visit_id += 1
            end = moment + lengths[k]
            visits.append((visit_id, deal_id, stage_id, clock.at(moment),
                           None if k == last else clock.at(end),
                           None if k == last else end - moment))
            if k < last:
                moment = end
        contact_id, name, company_id, company = self.parties[int(rand() * len(self.parties))]
        party = company or name
        first = party[:1]
        lang = "ru" if "\u0400" <= first <= "\u04ff" else "zh" if first >= "\u2e80" else "en"
        what = _WHAT[lang]
        value, currency = self._value()
        close_day = moment // DAY
        if is_open:
            expected = None if rand() < 0.07 else clock.date(
                clock.today + int(rng.gauss(35, 35)))
        else:
            expected = None if rand() < 0.1 else clock.date(close_day + int(rng.gauss(0, 20)))
        status = StageKind.OPEN if is_open else StageKind.WON if won else StageKind.LOST
        reason = None
        if status is StageKind.LOST and self.reasons:
            reason = self.reasons[self._pick(self.reason_cum)]
        owner = None if rand() < 0.03 else D.OWNERS[int(rand() * len(D.OWNERS))]
        source = None if rand() < 0.1 else self.sources[self._pick(self.source_cum)]
        probability = int(rand() * 19 + 1) * 5 if rand() < 0.1 else None
        notes = _NOTES[int(rand() * len(_NOTES))] if rand() < 0.04 else None
        deals.append((
            deal_id, self.pipeline_id, stages[-1], f"{what[int(rand() * len(what))]} — {party}",
            contact_id, company_id, value, currency, expected, owner, source, probability,
            status.value, reason, None if is_open else clock.date(close_day), notes,
            clock.at(start), clock.at(moment), None,
        ))
        return visit_id


class _Writer:
    """executemany through the SQLite driver on the session's connection (so in the
    caller's transaction); a Core insert elsewhere."""

    def __init__(self, session: Session, sqlite: bool) -> None:
        self.session, self.sqlite = session, sqlite

    def write(self, table: str, columns: Sequence[str], rows: list[Row]) -> None:
        if not rows:
            return
        conn = self.session.connection()
        if not self.sqlite:
            conn.execute(Base.metadata.tables[table].insert(), [dict(zip(columns, row, strict=True))
                                           for row in rows])
            return
        cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            cursor.executemany(f"INSERT INTO {table} ({', '.join(columns)}) "  # noqa: S608
                               f"VALUES ({', '.join('?' * len(columns))})", rows)
        finally:
            cursor.close()
