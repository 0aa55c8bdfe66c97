"""The rows of demo purchases (demo_purchases): days and moments in their stored form,
one buyer's purchases with their lines and points, and the bulk writer."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy.orm import Session

from app.models import Base
from app.models.base import sqlite_utc_text

from . import money
from .loyalty import points_for_amount

Row = tuple[Any, ...]

#: Rough units of each currency per US dollar, to make baskets of similar worth.
RATES = {"USD": 1.0, "EUR": 0.92, "GBP": 0.79, "UZS": 12_600.0, "RUB": 92.0, "CNY": 7.2,
         "KZT": 470.0, "JPY": 150.0}
OTHER_CURRENCIES = ("EUR", "USD", "UZS", "RUB", "CNY")
CATALOGUE = (
    ("Coffee beans 1 kg", "CF-1000"), ("Green tea", "TE-0200"), ("Croissant", "BK-0007"),
    ("Gift card", "GC-0050"), ("Wireless earbuds", "EL-2201"), ("Notebook A5", "ST-0105"),
    ("Кофе в зёрнах", "CF-1001"), ("Шоколад горький", "CH-0090"), ("Плед шерстяной", "HM-0311"),
    ("茉莉花茶", "TE-0888"), ("保温杯", "HM-0520"), ("月饼礼盒", "BK-0815"),
    ("Choy piyola", "HM-0107"), ("Non", "BK-0001"), ("Atlas roʻmol", "TX-0440"),
)
REWARDS = ("Reward: free coffee", "Reward: 10% voucher", "Reward: gift card",
           "Reward: free delivery")
NOTES = ("Paid by card at the till.", "Gift wrapped.", "Delivered by courier.",
         "Оплата при получении.", "送货上门", "Toʻlov naqd pulda.")
PURCHASE_COLUMNS = ("id", "contact_id", "purchased_on", "channel", "total_minor", "currency",
                    "note", "created_at", "updated_at", "deleted_at")
LINE_COLUMNS = ("id", "purchase_id", "product", "sku", "quantity", "unit_price_minor")
POINTS_COLUMNS = ("id", "contact_id", "occurred_at", "kind", "points", "purchase_id",
                  "reverses_id", "reason", "cost_minor")
MEMBER_COLUMNS = ("contact_id", "joined_on")
REDEEM_AT = 500  # points a member holds before redeeming some
_PAD = 120  # days before the history that membership days may fall on
_SPREAD = 4096


class Clock:
    """Days as indexes from ``history`` days before ``today`` (which is index
    ``history``), and their stored forms: on SQLite the text SQLAlchemy writes, taken
    from lookup tables; elsewhere dates and aware datetimes."""

    def __init__(self, today: dt.date, history: int, sqlite: bool) -> None:
        self.origin = today - dt.timedelta(days=history)
        self.today = history
        self.sqlite = sqlite
        days = [self.origin + dt.timedelta(days=d) for d in range(-_PAD, history + 1)]
        self._dates: list[Any] = [d.isoformat() for d in days] if sqlite else days
        if sqlite:
            self._prefix = [sqlite_utc_text(dt.datetime.combine(d, dt.time(), dt.UTC))[:11]
                            for d in days]

    def index(self, day: dt.date) -> int:
        return (day - self.origin).days

    def date(self, i: int) -> Any:
        return self._dates[i + _PAD]

    def at(self, i: int, hms: str) -> Any:
        """The moment ``hms`` ("12:00:30") UTC of day ``i``."""
        if self.sqlite:
            return self._prefix[i + _PAD] + hms + ".000000"
        return dt.datetime.combine(self._dates[i + _PAD], dt.time.fromisoformat(hms), dt.UTC)


class PurchaseRows:
    """Builds each buyer's rows into the lists written per chunk."""

    def __init__(self, rng: random.Random, clock: Clock, currency: str, per_unit: int,
                 ids: tuple[int, int, int]) -> None:
        self.rng, self.clock = rng, clock
        self.program, self.per_unit = currency, per_unit
        self.currencies = [currency, *[c for c in OTHER_CURRENCIES if c != currency][:3]]
        self.rates = [RATES.get(c, 1.0) for c in self.currencies]
        self.scales = [10 ** money.exponent(c) for c in self.currencies]
        self.spread = [rng.lognormvariate(0, 0.45) for _ in range(_SPREAD)]
        self.purchase_id, self.line_id, self.entry_id = ids
        self.purchases: list[Row] = []
        self.lines: list[Row] = []
        self.points: list[Row] = []
        self.members: list[Row] = []
        self.expand_from = clock.today - 730  # expanding buyers grow over two years

    def buyer(self, cid: int, days: list[int], basket: float, growth: float,
              expanding: bool, currency: int, channel_pct: int, member_from: int | None
              ) -> None:
        """Append the rows of one buyer's purchases on ``days`` (in order)."""
        rand = self.rng.random
        clock, spread = self.clock, self.spread
        code, rate, scale = self.currencies[currency], self.rates[currency], self.scales[currency]
        favourite = ("store" if channel_pct < 55 else "online" if channel_pct < 90
                     else "phone" if channel_pct < 97 else "other")
        earns = member_from is not None and currency == 0 and self.per_unit > 0
        balance = 0
        pid = self.purchase_id
        append = self.purchases.append
        for d in days:
            pid += 1
            major = basket * spread[int(rand() * _SPREAD)]
            if expanding and d > self.expand_from:
                major *= 1 + growth * min(1.0, (d - self.expand_from) / 730)
            value = major * rate
            if rate >= 1000:  # so'm and the like: whole hundreds
                minor = max(1, round(value / 100)) * 100 * scale
            elif rate >= 50:
                minor = max(1, round(value)) * scale
            else:
                minor = max(1, round(value * scale))
            r = rand()
            channel = favourite if r < 0.8 else ("store", "online", "phone", "other")[
                int((r - 0.8) * 20)]
            noon = clock.at(d, "12:00:00")
            note = NOTES[int(rand() * len(NOTES))] if rand() < 0.005 else None
            append((pid, cid, clock.date(d), channel, minor, code, note, noon, noon, None))
            if rand() < 0.1:
                self._lines(pid, minor)
            if earns and d >= member_from:  # type: ignore[operator]
                balance = self._points(cid, pid, d, minor, balance)
        self.purchase_id = pid

    def _lines(self, pid: int, total: int) -> None:
        rand = self.rng.random
        n = 1 + int(rand() * 3)
        cuts = sorted(int(rand() * total) for _ in range(n - 1))
        parts = [b - a for a, b in zip([0, *cuts], [*cuts, total], strict=True)]
        if min(parts) < 1:
            parts = [total]
        for part in parts:
            product, sku = CATALOGUE[int(rand() * len(CATALOGUE))]
            quantity = 2 if part % 2 == 0 and rand() < 0.3 else 1
            self.line_id += 1
            self.lines.append((self.line_id, pid, product, sku, quantity, part // quantity))

    def _points(self, cid: int, pid: int, d: int, minor: int, balance: int) -> int:
        """The member's earn entry for a purchase, then now and then a redemption or an
        adjustment; the balance after them (never below zero)."""
        rand, clock = self.rng.random, self.clock
        earned = points_for_amount(minor, self.program, self.per_unit)
        if earned > 0:
            self.entry_id += 1
            self.points.append((self.entry_id, cid, clock.at(d, "12:00:00"), "earn", earned,
                                pid, None, None, None))
            balance += earned
        if balance >= REDEEM_AT and rand() < 0.2:
            spent = REDEEM_AT * (1 + int(rand() * min(4, balance // REDEEM_AT)))
            cost = spent * self.scales[0] // (100 * self.per_unit)  # a cent a point per unit
            self.entry_id += 1
            self.points.append((self.entry_id, cid, clock.at(d, "12:00:30"), "redeem", -spent,
                                None, None, REWARDS[int(rand() * len(REWARDS))], cost))
            balance -= spent
        if rand() < 0.003:
            change, reason = ((-50, "Correction: a receipt counted twice")
                              if balance >= 50 and rand() < 0.4
                              else (100, "Goodwill: sorry for the late delivery"))
            self.entry_id += 1
            self.points.append((self.entry_id, cid, clock.at(d, "13:00:00"), "adjust", change,
                                None, None, reason, None))
            balance += change
        return balance


class Writer:
    """executemany through the SQLite driver on the session's connection (so in its
    transaction); a Core insert elsewhere."""

    TABLES = (("loyalty_members", MEMBER_COLUMNS, "members"),
              ("purchases", PURCHASE_COLUMNS, "purchases"),
              ("purchase_lines", LINE_COLUMNS, "lines"),
              ("points_entries", POINTS_COLUMNS, "points"))

    def __init__(self, session: Session, sqlite: bool) -> None:
        self.session, self.sqlite = session, sqlite

    def write_all(self, rows: PurchaseRows) -> None:
        """Write and empty the lists of ``rows``, members and purchases first."""
        for table, columns, attribute in self.TABLES:
            found: list[Row] = getattr(rows, attribute)
            self._write(table, columns, found)
            found.clear()

    def _write(self, table: str, columns: tuple[str, ...], rows: list[Row]) -> None:
        if not rows:
            return
        conn = self.session.connection()
        if not self.sqlite:
            conn.execute(Base.metadata.tables[table].insert(),
                         [dict(zip(columns, row, strict=True)) for row in rows])
            return
        cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            cursor.executemany(f"INSERT INTO {table} ({', '.join(columns)}) "  # noqa: S608
                               f"VALUES ({', '.join('?' * len(columns))})", rows)
        finally:
            cursor.close()

    @contextmanager
    def bigger_cache(self) -> Iterator[None]:
        """A 256 MiB page cache while writing on SQLite: the index pages of a long load
        stay in memory. Put back to the usual 64 MiB after."""
        if not self.sqlite:
            yield
            return
        driver = self.session.connection().connection.driver_connection
        driver.execute("PRAGMA cache_size = -262144")  # type: ignore[union-attr]
        try:
            yield
        finally:
            self.session.connection().connection.driver_connection.execute(  # type: ignore[union-attr]
                "PRAGMA cache_size = -65536")
