"""The statements of the standings recompute (see app.services.lifecycle for the rules).

The same statements run either on the unit of work's own connection, into temporary
tables (``Scope.local``), or in helper processes over ranges of contacts, into their
scratch files with the user's database attached read-only as ``src``
(``Scope.worker``; see app.services.standings_parts). One text for both, so that the
two ways cannot compute different things; the tests compare them with each other and
with the Python baseline.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from app.models.base import sqlite_utc_text
from app.models.enums import TierBasis

from . import rfm

#: The three RFM measures: score letter, lc_agg column.
MEASURES = (("r", "last_n"), ("f", "orders"), ("m", "spend_total"))


class Dialect:
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


@dataclass(frozen=True)
class Scope:
    """Where the statements read and write."""

    create: str  # how a working table is created
    src: str  # the prefix of the user's tables
    only: str  # the condition on contact_id that limits the work ("" for everyone)

    @classmethod
    def local(cls, contact: bool) -> Scope:
        """On the unit of work's connection: everyone, or the contact ``:cid``."""
        return cls("CREATE TEMP TABLE", "", "AND contact_id = :cid" if contact else "")

    @classmethod
    def worker(cls) -> Scope:
        """In a helper process: the contacts from ``:lo`` up to ``:hi`` (excluded)."""
        return cls("CREATE TABLE", "src.", "AND contact_id >= :lo AND contact_id < :hi")


Statements = list[str]
#: The columns of lc_final, in the order ``final`` selects them.
FINAL_COLUMNS = ("contact_id", "lifecycle", "recency", "frequency", "monetary", "segment",
                 "tier_id", "points", "orders", "spend_12m", "spend_prev", "spend_total",
                 "first_day", "last_day", "old_lifecycle", "old_since", "old_tier")


def purchases(scope: Scope, sql: Dialect) -> Statements:
    """lc_agg: each buyer's orders, first and last day, and spend (programme currency).
    Keyed by contact and filled in contact order, so the joins below are key look-ups."""
    dn = sql.day_number
    return [
        f"""{scope.create} lc_agg (contact_id INTEGER PRIMARY KEY, orders INTEGER,
            first_day DATE, last_day DATE, first_n INTEGER, last_n INTEGER,
            spend_total BIGINT, spend_12m BIGINT, spend_prev BIGINT)""",
        f"""INSERT INTO lc_agg
            SELECT contact_id, count(*) AS orders,
                   min(purchased_on) AS first_day, max(purchased_on) AS last_day,
                   {dn('min(purchased_on)')} AS first_n, {dn('max(purchased_on)')} AS last_n,
                   sum(CASE WHEN currency = :cur THEN total_minor ELSE 0 END) AS spend_total,
                   sum(CASE WHEN currency = :cur AND purchased_on > :y1
                            THEN total_minor ELSE 0 END) AS spend_12m,
                   sum(CASE WHEN currency = :cur AND purchased_on > :y2
                            AND purchased_on <= :y1 THEN total_minor ELSE 0 END) AS spend_prev
            FROM {scope.src}purchases WHERE deleted_at IS NULL {scope.only}
            GROUP BY contact_id""",
    ]


def ranks(scope: Scope, sql: Dialect) -> Statements:
    """lc_rank_r/f/m: each RFM measure's values in ascending order, ``k`` counting from
    1, so that the score edges are look-ups by ``k`` (across every worker's tables)."""
    out: Statements = []
    for letter, column in MEASURES:
        out.append(f"{scope.create} lc_rank_{letter} (k INTEGER PRIMARY KEY, v BIGINT)")
        if sql.sqlite:  # rowids follow the insertion order: 1, 2, … in sorted order
            out.append(f"INSERT INTO lc_rank_{letter} (v) "
                       f"SELECT {column} FROM lc_agg ORDER BY {column}")
        else:
            out.append(f"INSERT INTO lc_rank_{letter} (k, v) SELECT row_number() "
                       f"OVER (ORDER BY {column}), {column} FROM lc_agg")
    return out


def points(scope: Scope) -> Statements:
    """lc_points: each ledger holder's balance and the points purchases earned in the
    last 365 days (less their reversals), for the tier basis "points"."""
    return [
        f"""{scope.create} lc_points (contact_id INTEGER PRIMARY KEY, balance BIGINT,
            earned_12m BIGINT)""",
        f"""INSERT INTO lc_points
            SELECT contact_id, sum(points) AS balance,
                   sum(CASE WHEN kind IN ('earn', 'reverse') AND purchase_id IS NOT NULL
                            AND occurred_at > :t12 THEN points ELSE 0 END) AS earned_12m
            FROM {scope.src}points_entries WHERE 1 = 1 {scope.only}
            GROUP BY contact_id""",
    ]


def edge_names() -> dict[str, list[str]]:
    """The parameter names of each measure's four edge values."""
    return {letter: [f"{letter}{k}" for k in range(4)] for letter, _ in MEASURES}


def scores(scope: Scope) -> Statements:
    """lc_rfm: every buyer's scores and segment, from the edge parameters (r0…m3)."""
    names = edge_names()
    scored = ", ".join(f"{rfm.score_from_edges_sql(column, names[letter])} AS {letter}"
                       for letter, column in MEASURES)
    return [
        f"""{scope.create} lc_rfm (contact_id INTEGER PRIMARY KEY, r SMALLINT,
            f SMALLINT, m SMALLINT, segment VARCHAR(20))""",
        f"""INSERT INTO lc_rfm
            SELECT contact_id, r, f, m, {rfm.segment_sql('r', 'f', 'm')}
            FROM (SELECT contact_id, {scored} FROM lc_agg) AS scored""",
    ]


def final(scope: Scope, sql: Dialect, basis: TierBasis, *, one: bool) -> Statements:
    """lc_final: every contact with a standing (buyers and members), the new standing
    next to the stored one. With ``one`` (a single contact) the RFM scores stay as
    stored, since they rank a customer against all the others."""
    src = scope.src
    previous = (f"(SELECT {sql.day_number('max(p.purchased_on)')} FROM {src}purchases p "
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
    value = "coalesce(a.spend_12m, 0)" if basis is TierBasis.SPEND else \
        "coalesce(pts.earned_12m, 0)"
    tier = ("CASE WHEN mem.contact_id IS NULL THEN NULL ELSE "
            f"(SELECT t.id FROM {src}tiers t WHERE t.program_id = :pid "
            f"AND t.threshold <= {value} ORDER BY t.threshold DESC, t.position DESC "
            "LIMIT 1) END")
    if one:
        scored = ("o.recency AS recency, o.frequency AS frequency, o.monetary AS monetary, "
                  "o.segment AS segment")
        join_scores = ""
    else:
        scored = "s.r AS recency, s.f AS frequency, s.m AS monetary, s.segment AS segment"
        join_scores = "LEFT JOIN lc_rfm s ON s.contact_id = c.contact_id"
    members = (f"SELECT contact_id FROM {src}loyalty_members m WHERE NOT EXISTS "
               f"(SELECT 1 FROM lc_agg x WHERE x.contact_id = m.contact_id) {scope.only}")
    rows = f"""SELECT c.contact_id,
               CASE WHEN a.contact_id IS NULL THEN 'prospect' ELSE {lifecycle} END
                   AS lifecycle,
               {scored},
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
        LEFT JOIN {src}loyalty_members mem ON mem.contact_id = c.contact_id
        LEFT JOIN {src}customer_status o ON o.contact_id = c.contact_id
        {join_scores}"""
    if scope.src:  # a worker's: keyed by contact, read by key through the parts' view
        return [f"{scope.create} lc_final (contact_id INTEGER PRIMARY KEY, "
                + ", ".join(FINAL_COLUMNS[1:]) + ")",
                f"INSERT INTO lc_final {rows}"]
    return [f"{scope.create} lc_final AS {rows}"]


#: lc_final's columns and the customer_status columns they are stored in.
STORED = (("lifecycle", "lifecycle"), ("recency", "recency"), ("frequency", "frequency"),
          ("monetary", "monetary"), ("segment", "segment"), ("tier_id", "tier_id"),
          ("points", "points"), ("orders", "orders"), ("spend_12m", "spend_12m"),
          ("spend_prev", "spend_prev_12m"), ("spend_total", "spend_total"),
          ("first_day", "first_purchase"), ("last_day", "last_purchase"))


def differences(scope: Scope, sql: Dialect) -> Statements:
    """lc_changed: the contacts of lc_final whose standing is new or differs from the
    stored one (only those are written: on an ordinary day most customers stand where
    they stood); lc_gone: the stored standings of contacts no longer in lc_final."""
    src = scope.src
    differs = " OR ".join(sql.differs(f"f.{new}", f"o.{old}") for new, old in STORED)
    return [
        f"{scope.create} lc_changed (contact_id INTEGER PRIMARY KEY)",
        f"""INSERT INTO lc_changed SELECT f.contact_id FROM lc_final f
            LEFT JOIN {src}customer_status o ON o.contact_id = f.contact_id
            WHERE o.contact_id IS NULL OR {differs}""",
        f"{scope.create} lc_gone (contact_id INTEGER PRIMARY KEY)",
        f"""INSERT INTO lc_gone SELECT o.contact_id FROM {src}customer_status o
            WHERE NOT EXISTS (SELECT 1 FROM lc_final f WHERE f.contact_id = o.contact_id)
            {scope.only}""",
    ]
