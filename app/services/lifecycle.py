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

``python_baseline`` does the same computation in Python over fetched rows, for the
benchmark's comparison and for the tests, which check that both agree.
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
from app.models.base import sqlite_utc_text
from app.models.enums import Lifecycle, TierBasis

from . import rfm
from .loyalty import DEFAULT_CURRENCY

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


# SQL ---------------------------------------------------------------------------------
class _Dialect:
    """The few pieces of SQL that differ between SQLite and PostgreSQL."""

    def __init__(self, session: Session) -> None:
        self.sqlite = session.get_bind().dialect.name == "sqlite"

    def day_number(self, expr: str) -> str:
        """A date as a whole number of days (only differences are used)."""
        if self.sqlite:
            return f"CAST(julianday({expr}) AS INTEGER)"
        return f"({expr} - DATE '2000-01-01')"

    def day(self, value: dt.date) -> Any:
        return value.isoformat() if self.sqlite else value

    def moment(self, value: dt.datetime) -> Any:
        return sqlite_utc_text(value) if self.sqlite else value

    def differs(self, a: str, b: str) -> str:
        """``a`` and ``b`` differ, NULL being a value like any other."""
        return f"{a} IS NOT {b}" if self.sqlite else f"{a} IS DISTINCT FROM {b}"

    def drop(self, name: str) -> str:
        return f"DROP TABLE IF EXISTS {'temp.' if self.sqlite else ''}{name}"


_log = logging.getLogger(__name__)
_TEMP = ("lc_agg", "lc_points", "lc_rfm", "lc_final")
#: The steps of a recompute, as progress names them.
STEPS = ("purchases", "scores", "expire", "points", "status", "changes", "store")


def recompute(session: Session, *, today: dt.date, progress: Progress | None = None,
              cancel: Any = None) -> RecomputeResult:
    """Every contact's status, scores, tier and balance, stored; see the module."""
    return _run(session, today, None, progress, cancel)


def recompute_contact(session: Session, contact_id: int, *, today: dt.date) -> None:
    """One contact's status, tier and balance (its RFM scores stay as last computed)."""
    _run(session, today, contact_id, None, None)


def _scores(session: Session, run: Callable[..., int]) -> None:
    """RFM scores and segments of every customer in lc_agg (see app.services.rfm)."""
    run("""CREATE TEMP TABLE lc_rfm (contact_id INTEGER PRIMARY KEY, r SMALLINT,
        f SMALLINT, m SMALLINT, segment VARCHAR(20))""")
    count = int(session.execute(text("SELECT count(*) FROM lc_agg")).scalar_one())
    if not count:
        return
    edges: dict[str, Any] = {}
    scores = []
    for letter, column in (("r", "last_n"), ("f", "orders"), ("m", "spend_total")):
        run(f"CREATE INDEX lc_agg_{column} ON lc_agg ({column})")
        names = []
        for k, offset in enumerate(rfm.edge_offsets(count)):
            name = f"{letter}{k}"
            edges[name] = session.execute(
                text(f"SELECT {column} FROM lc_agg ORDER BY {column} LIMIT 1 OFFSET :o"),
                {"o": offset}).scalar_one()
            names.append(name)
        scores.append(f"{rfm.score_from_edges_sql(column, names)} AS {letter}")
    run(f"""INSERT INTO lc_rfm
        SELECT contact_id, r, f, m, {rfm.segment_sql('r', 'f', 'm')}
        FROM (SELECT contact_id, {', '.join(scores)} FROM lc_agg) AS scored""", **edges)
    # Gone again, so that what follows walks lc_agg in contact order (its key): through
    # one of these the look-ups of each contact's rows elsewhere land all over the disk.
    for column in ("last_n", "orders", "spend_total"):
        run(f"DROP INDEX lc_agg_{column}")


def _run(session: Session, today: dt.date, contact_id: int | None,
         progress: Progress | None, cancel: Any) -> RecomputeResult:
    from . import points  # the ledger's own module expires points

    sql = _Dialect(session)
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

    only = "AND contact_id = :cid" if one else ""
    dn = sql.day_number
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

    for name in _TEMP:
        run(sql.drop(name))

    step("purchases")
    # The temporary tables are keyed by contact (filled in contact order, so appended),
    # so that the joins below are lookups by key rather than indexes built on the fly.
    run("""CREATE TEMP TABLE lc_agg (contact_id INTEGER PRIMARY KEY, orders INTEGER,
        first_day DATE, last_day DATE, first_n INTEGER, last_n INTEGER,
        spend_total BIGINT, spend_12m BIGINT, spend_prev BIGINT)""")
    run(f"""INSERT INTO lc_agg
        SELECT contact_id, count(*) AS orders,
               min(purchased_on) AS first_day, max(purchased_on) AS last_day,
               {dn('min(purchased_on)')} AS first_n, {dn('max(purchased_on)')} AS last_n,
               sum(CASE WHEN currency = :cur THEN total_minor ELSE 0 END) AS spend_total,
               sum(CASE WHEN currency = :cur AND purchased_on > :y1
                        THEN total_minor ELSE 0 END) AS spend_12m,
               sum(CASE WHEN currency = :cur AND purchased_on > :y2 AND purchased_on <= :y1
                        THEN total_minor ELSE 0 END) AS spend_prev
        FROM purchases WHERE deleted_at IS NULL {only}
        GROUP BY contact_id""", **params)

    step("scores")
    if not one:
        _scores(session, run)

    # Every read of the big tables first: until its first write to the main database
    # (points expiry, next) the recompute holds no write lock, so the window's own
    # writes meanwhile never wait for it.
    step("expire")
    if not one:
        points.expire(session, today=today)

    step("points")
    run("""CREATE TEMP TABLE lc_points (contact_id INTEGER PRIMARY KEY, balance BIGINT,
        earned_12m BIGINT)""")
    run(f"""INSERT INTO lc_points
        SELECT contact_id, sum(points) AS balance,
               sum(CASE WHEN kind IN ('earn', 'reverse') AND purchase_id IS NOT NULL
                        AND occurred_at > :t12 THEN points ELSE 0 END) AS earned_12m
        FROM points_entries WHERE 1 = 1 {only}
        GROUP BY contact_id""", **params)

    step("status")
    previous = (f"(SELECT {dn('max(p.purchased_on)')} FROM purchases p "
                "WHERE p.contact_id = a.contact_id AND p.purchased_on < a.last_day "
                "AND p.deleted_at IS NULL)")
    lifecycle = f"""CASE
        WHEN :today_n - a.last_n > :lapsed THEN 'lapsed'
        WHEN :today_n - a.last_n <= :new_days
             AND a.last_n - coalesce({previous}, a.last_n) > :lapsed THEN 'reactivated'
        WHEN :today_n - a.first_n <= :new_days THEN 'new'
        WHEN a.orders = 1 THEN 'at_risk'
        WHEN (:today_n - a.last_n) * (a.orders - 1) > 2 * (a.last_n - a.first_n)
             THEN 'at_risk'
        WHEN a.spend_prev > 0 AND a.spend_12m * 100 > a.spend_prev * (100 + :margin)
             THEN 'expanding'
        ELSE 'active' END"""
    value = "coalesce(a.spend_12m, 0)" if th.tier_basis is TierBasis.SPEND else \
        "coalesce(pts.earned_12m, 0)"
    tier = ("CASE WHEN mem.contact_id IS NULL THEN NULL ELSE "
            "(SELECT t.id FROM tiers t WHERE t.program_id = :pid "
            f"AND t.threshold <= {value} ORDER BY t.threshold DESC, t.position DESC "
            "LIMIT 1) END")
    scores = ("o.recency AS recency, o.frequency AS frequency, o.monetary AS monetary, "
              "o.segment AS segment" if one else
              "s.r AS recency, s.f AS frequency, s.m AS monetary, s.segment AS segment")
    join_scores = "" if one else "LEFT JOIN lc_rfm s ON s.contact_id = c.contact_id"
    members = ("SELECT contact_id FROM loyalty_members m WHERE NOT EXISTS "
               "(SELECT 1 FROM lc_agg x WHERE x.contact_id = m.contact_id) " + only)
    run(f"""CREATE TEMP TABLE lc_final AS
        SELECT c.contact_id,
               CASE WHEN a.contact_id IS NULL THEN 'prospect' ELSE {lifecycle} END
                   AS lifecycle,
               {scores},
               {tier} AS tier_id,
               coalesce(pts.balance, 0) AS points, coalesce(a.orders, 0) AS orders,
               coalesce(a.spend_12m, 0) AS spend_12m, coalesce(a.spend_prev, 0) AS spend_prev,
               coalesce(a.spend_total, 0) AS spend_total,
               a.first_day, a.last_day,
               o.lifecycle AS old_lifecycle, o.lifecycle_since AS old_since,
               o.tier_id AS old_tier
        FROM (SELECT contact_id FROM lc_agg UNION ALL {members}) AS c
        LEFT JOIN lc_agg a ON a.contact_id = c.contact_id
        LEFT JOIN lc_points pts ON pts.contact_id = c.contact_id
        LEFT JOIN loyalty_members mem ON mem.contact_id = c.contact_id
        LEFT JOIN customer_status o ON o.contact_id = c.contact_id
        {join_scores}""", **params)

    # The changes below look contacts up in it (a NOT EXISTS per stored row).
    run("CREATE INDEX lc_final_contact ON lc_final (contact_id)")

    step("changes")
    gone = f"""FROM customer_status o WHERE NOT EXISTS
        (SELECT 1 FROM lc_final f WHERE f.contact_id = o.contact_id) {only}"""
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

    step("store")
    # Only the rows that changed are written: on an ordinary day most customers stand
    # where they stood, and rewriting a million rows would cost more than the rest.
    differs = " OR ".join(sql.differs(f"f.{new}", f"o.{old}") for new, old in (
        ("lifecycle", "lifecycle"), ("recency", "recency"), ("frequency", "frequency"),
        ("monetary", "monetary"), ("segment", "segment"), ("tier_id", "tier_id"),
        ("points", "points"), ("orders", "orders"), ("spend_12m", "spend_12m"),
        ("spend_prev", "spend_prev_12m"), ("spend_total", "spend_total"),
        ("first_day", "first_purchase"), ("last_day", "last_purchase")))
    run(f"""DELETE FROM customer_status WHERE contact_id IN (
        SELECT f.contact_id FROM lc_final f JOIN customer_status o
        ON o.contact_id = f.contact_id WHERE {differs})""")
    run(f"""DELETE FROM customer_status WHERE NOT EXISTS (SELECT 1 FROM lc_final f
        WHERE f.contact_id = customer_status.contact_id) {only}""", **params)
    written = run("""INSERT INTO customer_status (contact_id, lifecycle, lifecycle_since,
            recency, frequency, monetary, segment, tier_id, points, orders, spend_12m,
            spend_prev_12m, spend_total, first_purchase, last_purchase, computed_on)
        SELECT contact_id, lifecycle,
               CASE WHEN lifecycle = old_lifecycle THEN old_since ELSE :today END,
               recency, frequency, monetary, segment, tier_id, points, orders, spend_12m,
               spend_prev, spend_total, first_day, last_day, :today
        FROM lc_final f WHERE NOT EXISTS
            (SELECT 1 FROM customer_status o WHERE o.contact_id = f.contact_id)""", **params)
    customers = session.execute(text("SELECT count(*) FROM lc_final")).scalar_one()
    for name in _TEMP:
        run(sql.drop(name))
    session.expire_all()
    return RecomputeResult(int(customers), written, changed, tiers)
