"""Where every customer stands: lifecycle status, RFM scores and segment, tier, points.

Computed in SQL for all contacts at once (``recompute``), or for one contact right
after a purchase, a redemption or an enrolment (``recompute_contact``: everything but
the RFM scores, which rank a customer against all the others). The results replace
the ``customer_status`` rows, and every change of lifecycle status or tier is recorded
(``lifecycle_changes``, ``tier_changes``) with the day of the recompute. Contacts who
never bought and are not members have no row: they are Prospects.

Lifecycle rules, with the programme's thresholds (N = new_days, default 90; L =
lapsed_days, 365; E = expanding_margin_pct, 20), "days since" counted in whole days
from ``today``; the first rule that holds wins:

1. Lapsed: no purchase for more than L days (a reactivation candidate).
2. Reactivated: the last purchase is at most N days old and came more than L days
   after the one before it (bought again after being lapsed).
3. New: the first purchase is at most N days old (exactly N days still counts).
4. At risk: one purchase only, older than N days (never came back); or no purchase for
   more than twice the customer's usual interval, which is the mean gap between their
   purchases, (last - first) / (purchases - 1). Exactly twice is not yet at risk.
5. Expanding: spend in the last 12 months (365 days) above the 12 months before by
   more than E percent (both in the programme's currency, and the earlier not zero).
6. Active: bought again within their usual interval.

Tiers (members only): the highest tier whose threshold the member's value reaches,
the value being the spend of the last 365 days in the programme currency (tier basis
"spend") or the points purchases earned in them, less what deleted purchases took back
in them (basis "points"; as points.earned_since counts). The points balance is the
sum of the member's ledger. Points expire first (``points.expire``), when the
programme says they do.

The statements are in ``standings_sql``. On a large SQLite database they run in
helper processes, one per core, each over its own range of contacts, reading what is
committed (``standings_parts``); the unit of work then does every write itself. On
PostgreSQL, for one contact, on a small database, or while the unit of work holds
changes of its own, they run on the session's connection.

``lifecycle_baseline.python_baseline`` does the same computation in Python over fetched
rows, for the benchmark's comparison and for the tests, which check that both agree.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.models import LoyaltyProgram
from app.models.enums import Lifecycle, TierBasis

from . import rfm, standings_parts, standings_sql
from .loyalty import DEFAULT_CURRENCY
from .standings_sql import Dialect, Scope

#: progress(done, total, step) after each step; the UI shows ``step``.
Progress = Callable[[int, int, str], None]
YEAR = 365


class RecomputeCancelled(Exception):
    """The user cancelled; the caller's unit of work rolls everything back."""


@dataclass(frozen=True)
class Thresholds:
    program_id: int | None
    currency: str
    new_days: int = 90
    lapsed_days: int = 365
    expanding_margin_pct: int = 20
    tier_basis: TierBasis = TierBasis.SPEND


@dataclass(frozen=True)
class RecomputeResult:
    customers: int  # contacts with a standing (customers and members)
    written: int  # of those, the rows that changed and were written
    status_changes: int
    tier_changes: int


def thresholds(session: Session) -> Thresholds:
    """The programme's thresholds (the defaults while there is no programme)."""
    program = session.scalars(select(LoyaltyProgram).order_by(LoyaltyProgram.id)).first()
    if program is None:
        return Thresholds(None, DEFAULT_CURRENCY)
    return Thresholds(program.id, program.currency, program.new_days, program.lapsed_days,
                      program.expanding_margin_pct, TierBasis(program.tier_basis))


def classify(*, orders: int, first: dt.date, last: dt.date, previous: dt.date | None,
             spend_12m: int, spend_prev_12m: int, today: dt.date,
             th: Thresholds) -> Lifecycle:
    """The lifecycle rules above, for one customer (``previous``: the purchase day
    before ``last``, None when there is none)."""
    since_last = (today - last).days
    if since_last > th.lapsed_days:
        return Lifecycle.LAPSED
    if since_last <= th.new_days and previous is not None and \
            (last - previous).days > th.lapsed_days:
        return Lifecycle.REACTIVATED
    if (today - first).days <= th.new_days:
        return Lifecycle.NEW
    if orders == 1 or since_last * (orders - 1) > 2 * (last - first).days:
        return Lifecycle.AT_RISK
    if spend_prev_12m > 0 and spend_12m * 100 > spend_prev_12m * (100 + th.expanding_margin_pct):
        return Lifecycle.EXPANDING
    return Lifecycle.ACTIVE


_log = logging.getLogger(__name__)
_TEMP = ("lc_agg", "lc_points", "lc_rfm", "lc_final", "lc_rank_r", "lc_rank_f", "lc_rank_m",
         "lc_pin", "lc_changed", "lc_gone")
#: The steps of a recompute, as progress names them.
STEPS = ("purchases", "scores", "expire", "points", "status", "changes", "store")


def recompute(session: Session, *, today: dt.date, progress: Progress | None = None,
              cancel: Any = None, workers: int | None = None) -> RecomputeResult:
    """Every contact's status, scores, tier and balance, stored; see the module.

    ``workers``: how many helper processes share the reading (app.services
    .standings_parts); None lets a large SQLite database use one per core, 0 or 1
    keeps everything on the session's connection."""
    return _run(session, today, None, progress, cancel, workers)


def recompute_contact(session: Session, contact_id: int, *, today: dt.date) -> None:
    """One contact's status, tier and balance (its RFM scores stay as last computed)."""
    _run(session, today, contact_id, None, None, 0)


@dataclass(frozen=True)
class _Work:
    """What the standings steps share."""

    session: Session
    sql: Dialect
    th: Thresholds
    params: dict[str, Any]
    today: dt.date
    step: Callable[[str], None]
    run: Callable[..., int]

    def run_all(self, statements: list[str], **params: Any) -> None:
        for statement in statements:
            self.run(statement, **params)


def _edges(count: int, value_at: Callable[[str, int], Any]) -> dict[str, Any]:
    """The four edge values of each RFM measure (rfm.edge_offsets), by position in
    its sorted values (the lc_rank tables); None for all when nobody bought."""
    names = standings_sql.edge_names()
    return {name: value_at(f"lc_rank_{letter}", offset) if count else None
            for letter, _column in standings_sql.MEASURES
            for name, offset in zip(names[letter], rfm.edge_offsets(max(count, 1)),
                                    strict=True)}


def _standings_here(w: _Work, *, one: bool) -> None:
    """lc_final on the session's own connection, in temporary tables."""
    from . import points  # the ledger's own module expires points

    scope = Scope.local(one)
    w.step("purchases")
    w.run_all(standings_sql.purchases(scope, w.sql), **w.params)
    w.step("scores")
    if not one:
        w.run_all(standings_sql.ranks(scope, w.sql))
        count = int(w.session.execute(text("SELECT count(*) FROM lc_agg")).scalar_one())
        edges = _edges(count, lambda table, k: w.session.execute(
            text(f"SELECT v FROM {table} WHERE k = :k"), {"k": k + 1}).scalar_one())
        w.run_all(standings_sql.scores(scope), **edges)
    # Every read of the big tables first: until its first write to the main database
    # (points expiry, next) the recompute holds no write lock, so the window's own
    # writes meanwhile never wait for it.
    w.step("expire")
    if not one:
        points.expire(w.session, today=w.today)
    w.step("points")
    w.run_all(standings_sql.points(scope), **w.params)
    w.step("status")
    w.run_all(standings_sql.final(scope, w.sql, w.th.tier_basis, one=one), **w.params)
    # The differences look contacts up in it (a NOT EXISTS per stored row).
    w.run("CREATE INDEX lc_final_contact ON lc_final (contact_id)")
    w.run_all(standings_sql.differences(scope, w.sql), **w.params)


def _standings_in_workers(w: _Work, helpers: int, cancel: Any) -> bool:
    """lc_final from helper processes, each over its range of contacts (see
    app.services.standings_parts): the same statements, into their scratch files,
    reading what is committed. Only points expiry writes here, after every read; the
    balances the workers summed before it are then corrected by what it wrote. False,
    with nothing done, when the helpers cannot be started."""
    from . import points

    # The unit of work's transaction begins here, reading the ledger: from now on it
    # sees what it sees now, and the helpers, starting after, read the same unless
    # someone commits meanwhile. Then its first write fails (SQLite refuses to write
    # from an outdated snapshot) and nothing is stored, as on one connection.
    w.run("CREATE TEMP TABLE lc_pin (before BIGINT)")
    w.run("INSERT INTO lc_pin SELECT coalesce(max(id), 0) FROM points_entries")
    before = w.session.execute(text("SELECT before FROM lc_pin")).scalar_one()
    try:
        workers = standings_parts.Workers.start(w.session, helpers)
    except (standings_parts.WorkerError, OSError) as error:
        _log.warning("no helper processes (%s): the recompute runs on one connection", error)
        return False
    scope = Scope.worker()
    try:
        w.step("purchases")
        workers.run(standings_sql.purchases(scope, w.sql) + standings_sql.ranks(scope, w.sql)
                    + standings_sql.points(scope), w.params, cancel)
        w.step("scores")
        with workers.ranks() as ranks:
            edges = _edges(ranks.total("lc_rank_r"), ranks.kth)
        workers.run(standings_sql.scores(scope), edges, cancel)
        w.step("expire")
        expired = points.expire(w.session, today=w.today)
        w.step("points")  # summed by the workers with the purchases
        w.step("status")
        workers.run(standings_sql.final(scope, w.sql, w.th.tier_basis, one=False)
                    + standings_sql.differences(scope, w.sql), w.params, cancel)
        if cancel is not None and cancel.is_set():
            raise RecomputeCancelled()
        parts = workers.attach(w.session)
    finally:
        workers.close()
    # The workers' tables, keyed by contact, read where they are: a view over each kind.
    for table in ("lc_final", "lc_changed", "lc_gone"):
        w.run(f"CREATE TEMP VIEW {table} AS "
              + " UNION ALL ".join(f"SELECT * FROM {part}.{table}" for part in parts))
    for part in parts if expired else ():
        w.run(f"""UPDATE {part}.lc_final SET points = points + (SELECT sum(e.points)
                FROM points_entries e WHERE e.contact_id = lc_final.contact_id
                AND e.id > :before)
            WHERE contact_id IN (SELECT contact_id FROM points_entries WHERE id > :before)""",
              before=before)
        # The workers compared the balances before the expiry: a balance it changed is
        # a change to store too.
        w.run(f"""INSERT OR IGNORE INTO {part}.lc_changed
            SELECT f.contact_id FROM {part}.lc_final f
            JOIN customer_status o ON o.contact_id = f.contact_id
            WHERE f.contact_id IN (SELECT contact_id FROM points_entries WHERE id > :before)
            AND f.points IS NOT o.points""", before=before)
    return True


def _drop_temp(session: Session, sql: Dialect, run: Callable[..., int]) -> None:
    # Views over the workers' tables when they made them (SQLite).
    if sql.sqlite:
        for (name,) in session.execute(text(
                "SELECT name FROM temp.sqlite_master WHERE type = 'view' "
                "AND name IN ('lc_final', 'lc_changed', 'lc_gone')")).all():
            run(f"DROP VIEW temp.{name}")
    for name in _TEMP:
        run(sql.drop(name))


def _run(session: Session, today: dt.date, contact_id: int | None,
         progress: Progress | None, cancel: Any, workers: int | None) -> RecomputeResult:
    sql = Dialect(session)
    th = thresholds(session)
    one = contact_id is not None
    steps = STEPS
    done = 0

    def step(name: str) -> None:
        nonlocal done
        if cancel is not None and cancel.is_set():
            raise RecomputeCancelled()
        if progress is not None:
            progress(done, len(steps), name)
        done += 1

    def run(statement: str, **params: Any) -> int:
        started = time.perf_counter()
        result = session.execute(text(statement), params)
        if _log.isEnabledFor(logging.DEBUG):  # what each statement costs, to tune it
            _log.debug("%7.2fs  %s", time.perf_counter() - started,
                       " ".join(statement.split())[:90])
        return int(getattr(result, "rowcount", 0) or 0)

    params: dict[str, Any] = {
        "cid": contact_id, "cur": th.currency, "today": sql.day(today),
        "y1": sql.day(today - dt.timedelta(days=YEAR)),
        "y2": sql.day(today - dt.timedelta(days=2 * YEAR)),
        "t12": sql.moment(dt.datetime.combine(today - dt.timedelta(days=YEAR), dt.time(),
                                              dt.UTC)),
        "new_days": th.new_days, "lapsed": th.lapsed_days, "margin": th.expanding_margin_pct,
        "pid": th.program_id, "today_n": (today - dt.date(2000, 1, 1)).days,
    }
    if sql.sqlite:  # julianday numbers: the same differences from another origin
        params["today_n"] = today.toordinal() + 1721424

    _drop_temp(session, sql, run)
    work = _Work(session, sql, th, params, today, step, run)
    helpers = 0 if one else standings_parts.workers_for(session, workers)
    if not (helpers and _standings_in_workers(work, helpers, cancel)):
        _standings_here(work, one=one)

    step("changes")
    gone = "FROM customer_status o WHERE o.contact_id IN (SELECT contact_id FROM lc_gone)"
    changed = run("""INSERT INTO lifecycle_changes (contact_id, status, previous, changed_on)
        SELECT contact_id, lifecycle, coalesce(old_lifecycle, 'prospect'), :today
        FROM lc_final WHERE lifecycle <> coalesce(old_lifecycle, 'prospect')""", **params)
    changed += run(f"""INSERT INTO lifecycle_changes (contact_id, status, previous, changed_on)
        SELECT o.contact_id, 'prospect', o.lifecycle, :today {gone}
        AND o.lifecycle <> 'prospect'""", **params)
    tiers = run("""INSERT INTO tier_changes (contact_id, tier_id, previous_tier_id, changed_on,
                                           tier_name, previous_name)
        SELECT f.contact_id, f.tier_id, f.old_tier, :today, t.name, p.name
        FROM lc_final f LEFT JOIN tiers t ON t.id = f.tier_id
        LEFT JOIN tiers p ON p.id = f.old_tier
        WHERE coalesce(f.tier_id, 0) <> coalesce(f.old_tier, 0)""", **params)
    tiers += run(f"""INSERT INTO tier_changes (contact_id, tier_id, previous_tier_id,
                                             changed_on, tier_name, previous_name)
        SELECT o.contact_id, NULL, o.tier_id, :today, NULL, p.name
        {gone.replace('FROM customer_status o', 'FROM customer_status o '
                      'LEFT JOIN tiers p ON p.id = o.tier_id')}
        AND o.tier_id IS NOT NULL""", **params)

    step("store")  # only what changed (lc_changed, lc_gone: standings_sql.differences)
    run("DELETE FROM customer_status WHERE contact_id IN (SELECT contact_id FROM lc_changed)")
    run("DELETE FROM customer_status WHERE contact_id IN (SELECT contact_id FROM lc_gone)")
    written = run("""INSERT INTO customer_status (contact_id, lifecycle, lifecycle_since,
            recency, frequency, monetary, segment, tier_id, points, orders, spend_12m,
            spend_prev_12m, spend_total, first_purchase, last_purchase, computed_on)
        SELECT contact_id, lifecycle,
               CASE WHEN lifecycle = old_lifecycle THEN old_since ELSE :today END,
               recency, frequency, monetary, segment, tier_id, points, orders, spend_12m,
               spend_prev, spend_total, first_day, last_day, :today
        FROM lc_final f WHERE f.contact_id IN (SELECT contact_id FROM lc_changed)""",
                  **params)
    customers = session.execute(text("SELECT count(*) FROM lc_final")).scalar_one()
    _drop_temp(session, sql, run)
    session.expire_all()
    return RecomputeResult(int(customers), written, changed, tiers)
