"""Deterministic demo data at any size, written in bulk.

The same ``seed`` and ``today`` always give the same rows. Rows are made in batches
of plain tuples and written with the driver's ``executemany`` on SQLite (SQLAlchemy
Core on other databases). No ORM objects are built: at a million contacts that
would be ~20 times slower. (A generator thread feeding the writer was tried and
measured no faster: the writer takes the GIL back for every row it binds.)
"""

from __future__ import annotations

import datetime as dt
import math
import random
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from typing import Any, TextIO

from sqlalchemy import Engine, func, select

from app.models import Base

from . import demo_data as D
from .search import search_index_suspended
from .search_text import contact_document

Progress = Callable[[int, int], None]
Row = tuple[Any, ...]

HISTORY_DAYS = 3 * 365  # interactions spread over three years
FUTURE_DAYS = 400  # tasks are due up to a year ahead
BATCH_ROWS = 20_000
COMMIT_ROWS = 400_000

CONTACT_COLUMNS = (
    "id", "first_name", "last_name", "display_name", "sort_key", "company_id", "title",
    "email", "email_key", "phone", "phone_e164", "birthday", "owner", "source",
    "lifecycle_stage", "marketing_consent", "consent_at", "consent_source", "notes",
    "custom_fields", "street", "city", "region", "postal_code", "country",
    "created_at", "updated_at", "deleted_at", "last_contacted_at", "search_text",
)
COMPANY_COLUMNS = (
    "id", "name", "name_key", "industry", "website", "phone", "phone_e164", "notes",
    "street", "city", "region", "postal_code", "country", "created_at", "updated_at",
    "deleted_at",
)
INTERACTION_COLUMNS = (
    "id", "contact_id", "channel", "direction", "occurred_at", "subject", "body", "outcome",
    "task_id", "created_at", "updated_at", "deleted_at",
)
TASK_COLUMNS = (
    "id", "title", "notes", "due_date", "due_at", "remind_at", "priority", "status",
    "completed_at", "owner", "contact_id", "created_at", "updated_at", "deleted_at",
)
TAG_COLUMNS = ("id", "name", "name_key", "color")
CONTACT_EMAIL_COLUMNS = ("id", "contact_id", "position", "label", "address", "address_key")
CONTACT_PHONE_COLUMNS = ("id", "contact_id", "position", "label", "raw", "e164")
CONTACT_TAG_COLUMNS = ("contact_id", "tag_id")

COLUMNS: dict[str, Sequence[str]] = {
    "tags": TAG_COLUMNS,
    "companies": COMPANY_COLUMNS,
    "contacts": CONTACT_COLUMNS,
    "contact_emails": CONTACT_EMAIL_COLUMNS,
    "contact_phones": CONTACT_PHONE_COLUMNS,
    "contact_tags": CONTACT_TAG_COLUMNS,
    "tasks": TASK_COLUMNS,
    "interactions": INTERACTION_COLUMNS,
}


class DemoError(Exception):
    """The demo cannot be written; the message says why."""


class DemoCancelled(DemoError):
    def __init__(self) -> None:
        super().__init__("Demo generation was cancelled; the last batch was rolled back.")


@dataclass(frozen=True)
class DemoPlan:
    contacts: int
    interactions: int
    companies: int
    tasks: int
    seed: int = 42
    today: dt.date = field(default_factory=lambda: dt.datetime.now(dt.UTC).date())
    # One contact (the first written) gets this many interactions, the "big account"
    # that shows how a long timeline behaves.
    whale_interactions: int = 0

    @classmethod
    def for_contacts(
        cls,
        contacts: int,
        *,
        interactions: int | None = None,
        companies: int | None = None,
        tasks: int | None = None,
        seed: int = 42,
        today: dt.date | None = None,
    ) -> DemoPlan:
        inter = contacts * 10 if interactions is None else interactions
        if contacts == 0 and inter:
            raise DemoError("Interactions need contacts: give --contacts of at least 1.")
        return cls(
            contacts=contacts,
            interactions=inter,
            companies=max(1, contacts // 20) if companies is None else companies,
            tasks=contacts // 5 if tasks is None else tasks,
            seed=seed,
            today=today or dt.datetime.now(dt.UTC).date(),
            whale_interactions=min(20_000, inter // 50) if contacts > 1 else 0,
        )

    @property
    def total_rows(self) -> int:
        """Rows of the main tables (the progress total); link tables come on top."""
        return self.contacts + self.interactions + self.companies + self.tasks + len(D.TAGS)


@dataclass(frozen=True)
class DemoResult:
    counts: dict[str, int]
    seconds: float

    @property
    def rows(self) -> int:
        return sum(self.counts.values())

    @property
    def rows_per_second(self) -> float:
        return self.rows / self.seconds if self.seconds > 0 else 0.0


class ConsoleProgress:
    """Prints "demo: 42%" lines to a stream, at most once per percent."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._last = -1

    def __call__(self, done: int, total: int) -> None:
        pct = 100 * done // total if total else 100
        if pct != self._last:
            self._last = pct
            print(f"\rdemo: {pct:3d}%", end="" if pct < 100 else "\n", file=self._stream,
                  flush=True)


# --------------------------------------------------------------------------- values


class _Clock:
    """Moments as whole seconds since the start of the history, and their stored form.

    For SQLite the text SQLAlchemy would write is built from two lookup tables
    (day and time of day), which is several times faster than strftime per row.
    """

    def __init__(self, today: dt.date, sqlite: bool) -> None:
        self.start = dt.datetime.combine(today - dt.timedelta(days=HISTORY_DAYS), dt.time(),
                                         dt.UTC)
        self.now = HISTORY_DAYS * 86_400 + 12 * 3600  # noon UTC of "today"
        self.sqlite = sqlite
        days = [self.start.date() + dt.timedelta(days=d) for d in range(HISTORY_DAYS +
                                                                        FUTURE_DAYS)]
        if sqlite:
            self._days = [d.isoformat() + " " for d in days]
            self._hms = [f"{h:02d}:{m:02d}:{s:02d}.000000" for h in range(24) for m in range(60)
                         for s in range(60)]
            self._dates: list[Any] = [d.isoformat() for d in days]
        else:
            self._dates = days

    def at(self, seconds: int) -> Any:
        if self.sqlite:
            return self._days[seconds // 86_400] + self._hms[seconds % 86_400]
        return self.start + dt.timedelta(seconds=seconds)

    def date(self, day: int) -> Any:
        return self._dates[day]

    def today_index(self) -> int:
        return HISTORY_DAYS


def _weighted(pairs: Sequence[tuple[Any, int]]) -> list[Any]:
    return [value for value, weight in pairs for _ in range(weight)]


_PHONE_AREAS_US = ["202", "212", "312", "415", "512", "617", "718", "305"]
_RU_MOBILE = ["912", "915", "916", "926", "903", "999"]
_UZ_MOBILE = ["90", "91", "93", "94", "97", "99", "88", "33"]


def _phone(rng: random.Random, lang: str) -> tuple[str, str]:
    """A valid phone number for the contact's country: (as typed, E.164)."""
    n = rng.randrange(10_000_000, 100_000_000)  # eight random digits
    d = f"{n:08d}"
    if lang == "ru":
        op = _RU_MOBILE[n % len(_RU_MOBILE)]
        return f"+7 {op} {d[:3]}-{d[3:5]}-{d[5:7]}", f"+7{op}{d[:7]}"
    if lang == "zh":
        return f"138 {d[:4]} {d[4:]}", f"+86138{d}"
    if lang == "uz":
        op = _UZ_MOBILE[n % len(_UZ_MOBILE)]
        return f"+998 {op} {d[:3]} {d[3:5]} {d[5:7]}", f"+998{op}{d[:7]}"
    kind = n % 10
    if kind < 6:
        area = _PHONE_AREAS_US[n % len(_PHONE_AREAS_US)]
        return f"({area}) 555-01{d[:2]}", f"+1{area}55501{d[:2]}"
    if kind < 8:
        return f"07400 {d[:6]}", f"+447400{d[:6]}"
    return f"0151 {d}", f"+49151{d}"


class _Generator:
    """Builds the rows, table by table, in batches (deterministic for a seed)."""

    def __init__(self, plan: DemoPlan, offsets: dict[str, int], sqlite: bool) -> None:
        self.plan = plan
        self.rng = random.Random(plan.seed)
        self.off = offsets
        self.clock = _Clock(plan.today, sqlite)
        self.sqlite = sqlite
        self.true: Any = 1 if sqlite else True
        self.false: Any = 0 if sqlite else False
        self.langs = _weighted([("en", 40), ("ru", 25), ("zh", 15), ("uz", 20)])
        self.lifecycle = _weighted(D.LIFECYCLE_WEIGHTS)
        self.sources = _weighted(D.SOURCE_WEIGHTS)
        self.created: list[int] = []  # creation second of each contact, for interactions
        self.last: list[int] = []  # second of each contact's newest interaction (-1: none)
        self.company_names: list[str] = []
        self.counts: list[int] = []  # interactions per contact, drawn before the contacts

    # Each generator yields (table, rows) batches.
    def tags(self) -> Iterator[tuple[str, list[Row]]]:
        base = self.off["tags"]
        rows = [(base + i + 1, name, name.casefold(), color)
                for i, (name, color) in enumerate(D.TAGS)]
        yield "tags", rows

    def companies(self) -> Iterator[tuple[str, list[Row]]]:
        rng, clock, base = self.rng, self.clock, self.off["companies"]
        pools = {"en": D.COMPANY_EN, "ru": D.COMPANY_RU, "zh": D.COMPANY_ZH, "uz": D.COMPANY_UZ}
        order = ["en", "ru", "zh", "uz"]
        batch: list[Row] = []
        for i in range(self.plan.companies):
            lang = order[i % 4]
            a, b, c = pools[lang]
            x, y, z = rng.choice(a), rng.choice(b), rng.choice(c)
            if lang == "zh":
                name = f"{x}{y}{z}"
            elif lang == "ru":
                name = f"{z} «{x}{y.lower()}»"
            else:
                name = f"{x} {y} {z}"
            if i >= 4 * 40:  # keep names distinct-looking at scale
                name = f"{name} {i // 160 + 1}"
            slug = f"company{base + i + 1}"
            city, region, country = rng.choice(D.CITIES[lang])
            raw, e164 = _phone(rng, lang)
            created = clock.at(rng.randrange(0, clock.now))
            self.company_names.append(name)
            batch.append((base + i + 1, name, name.casefold(), rng.choice(D.INDUSTRIES),
                          f"https://www.{slug}.example.com", raw, e164, None,
                          f"{rng.randrange(1, 300)} {rng.choice(D.STREETS[lang])}", city,
                          region, f"{rng.randrange(10000, 999999)}", country,
                          created, created, None))
            if len(batch) >= BATCH_ROWS:
                yield "companies", batch
                batch = []
        if batch:
            yield "companies", batch

    def _name(self, lang: str, female: bool) -> tuple[str, str, str, str, str]:
        """first, last, display, latin first, latin last."""
        rng = self.rng
        if lang == "en":
            first = rng.choice(D.EN_FIRST_F if female else D.EN_FIRST_M)
            last = rng.choice(D.EN_LAST)
            return first, last, f"{first} {last}", first.lower(), _latin(last)
        if lang == "zh":
            sur, sur_l = rng.choice(D.ZH_SURNAME)
            given, given_l = rng.choice(D.ZH_GIVEN)
            return given, sur, sur + given, given_l, sur_l
        firsts, lasts = ((D.RU_FIRST_F if female else D.RU_FIRST_M), D.RU_LAST) if lang == "ru" \
            else ((D.UZ_FIRST_F if female else D.UZ_FIRST_M), D.UZ_LAST)
        first, first_l = rng.choice(firsts)
        masc, fem, last_l = rng.choice(lasts)
        last = fem if female else masc
        return first, last, f"{first} {last}", first_l, last_l + ("a" if female else "")

    def contacts(self) -> Iterator[tuple[str, list[Row]]]:
        rng, clock, plan = self.rng, self.clock, self.plan
        rand = rng.random
        base = self.off["contacts"]
        email_id, phone_id = self.off["contact_emails"], self.off["contact_phones"]
        tag_base, n_tags = self.off["tags"], len(D.TAGS)
        n_comp, comp_base = plan.companies, self.off["companies"]
        domains = ["example.com", "example.org", "example.net", "mail.example"]
        titles, owners, consent_src = D.TITLES, D.OWNERS, D.CONSENT_SOURCES
        langs, lifecycle, sources = self.langs, self.lifecycle, self.sources
        born = dt.date(1950, 1, 1)
        birthdays = [born + dt.timedelta(days=d) for d in range(0, 20_000, 7)]
        birth_values: list[Any] = [d.isoformat() for d in birthdays] if self.sqlite else birthdays
        created_list, last_list = self.created, self.last
        self.counts = counts = self._counts()
        company_names = self.company_names
        document = contact_document
        rows: list[Row] = []
        emails: list[Row] = []
        phones: list[Row] = []
        tags: list[Row] = []
        lang_index = {"en": 0, "ru": 1, "zh": 2, "uz": 3}
        for i in range(plan.contacts):
            cid = base + i + 1
            lang = langs[int(rand() * len(langs))]
            female = rand() < 0.5
            first, last, display, fl, ll = self._name(lang, female)
            created_s = int(rand() * clock.now)
            created_list.append(created_s)
            created = clock.at(created_s)
            email = email_key = None
            if rand() < 0.85:
                email_key = f"{fl}.{ll}{cid}@{domains[cid % 4]}"
                email = email_key if rand() < 0.9 else email_key.capitalize()
            phone = e164 = None
            if rand() < 0.9:
                phone, e164 = _phone(rng, lang)
            company_id = None
            if n_comp and rand() < 0.7:
                k = int(rand() * max(1, n_comp // 4)) * 4 + lang_index[lang]
                company_id = comp_base + (k if k < n_comp else k % n_comp) + 1
            street = city = region = postal = country = None
            if rand() < 0.6:
                city, region, country = D.CITIES[lang][int(rand() * len(D.CITIES[lang]))]
                street = f"{int(rand() * 200) + 1} {D.STREETS[lang][cid % len(D.STREETS[lang])]}"
                postal = f"{int(rand() * 900000) + 100000}"
            birthday = birth_values[int(rand() * len(birth_values))] if rand() < 0.3 else None
            consent = rand() < 0.55
            deleted = created if rand() < 0.001 else None
            last_s = -1
            if counts and counts[i]:
                last_s = created_s + int(rand() * (clock.now - created_s))
            last_list.append(last_s)
            title = titles[int(rand() * len(titles))]
            notes = "Prefers WhatsApp; call after 10am." if rand() < 0.05 else None
            extra_email = extra_phone = None
            if email_key and rand() < 0.08:
                email_id += 1
                work = f"{fl}@company{company_id or cid}.example.com"
                emails.append((email_id, cid, 1, "work", work, work))
                extra_email = work
            if phone and rand() < 0.06:
                phone_id += 1
                raw2, e2 = _phone(rng, lang)
                phones.append((phone_id, cid, 1, "work", raw2, e2))
                extra_phone = (e2, raw2)
            search = document(
                display_name=display, first_name=first, last_name=last,
                emails=(email, extra_email),
                phones=((e164, phone), extra_phone) if extra_phone else ((e164, phone),),
                company=company_names[company_id - comp_base - 1] if company_id else None,
                notes=notes,
            )
            rows.append((
                cid, first, last, display, display.casefold(), company_id,
                title, email, email_key, phone, e164, birthday,
                owners[int(rand() * len(owners))], sources[int(rand() * len(sources))],
                lifecycle[int(rand() * len(lifecycle))],
                self.true if consent else self.false, created if consent else None,
                consent_src[cid % len(consent_src)] if consent else None,
                notes, None,
                street, city, region, postal, country, created, created, deleted,
                clock.at(last_s) if last_s >= 0 else None, search,
            ))
            r = rand()
            k = 0 if r < 0.5 else 1 if r < 0.8 else 2 if r < 0.95 else 3
            if k:
                for t in rng.sample(range(n_tags), k):
                    tags.append((cid, tag_base + t + 1))
            if len(rows) >= BATCH_ROWS:
                yield "contacts", rows
                yield from (("contact_emails", emails), ("contact_phones", phones),
                            ("contact_tags", tags))
                rows, emails, phones, tags = [], [], [], []
        if rows:
            yield "contacts", rows
            yield from (("contact_emails", emails), ("contact_phones", phones),
                        ("contact_tags", tags))

    def tasks(self) -> Iterator[tuple[str, list[Row]]]:
        rng, clock, plan = self.rng, self.clock, self.plan
        rand = rng.random
        base, cbase, n = self.off["tasks"], self.off["contacts"], plan.contacts
        today = clock.today_index()
        titles, owners = D.TASK_TITLES, D.OWNERS
        batch: list[Row] = []
        for i in range(plan.tasks):
            r = rand()
            status = "open" if r < 0.6 else "done" if r < 0.95 else "cancelled"
            if status == "open":
                day = today + int(rand() * 120) - 60
            else:
                day = today - int(rand() * (HISTORY_DAYS - 30))
            due = clock.date(day) if rand() < 0.9 else None
            created_s = max(0, day - int(rand() * 14)) * 86_400 + 9 * 3600
            created_s = min(created_s, clock.now)
            created = clock.at(created_s)
            completed = clock.at(min(day * 86_400 + 15 * 3600, clock.now)) \
                if status == "done" else None
            contact = cbase + int(rand() * n) + 1 if n and rand() < 0.95 else None
            r2 = rand()
            priority = 2 if r2 < 0.15 else 0 if r2 < 0.35 else 1
            batch.append((base + i + 1, titles[int(rand() * len(titles))], None, due, None,
                          None, priority, status, completed, owners[int(rand() * len(owners))],
                          contact, created, completed or created, None))
            if len(batch) >= BATCH_ROWS:
                yield "tasks", batch
                batch = []
        if batch:
            yield "tasks", batch

    def _interaction_pool(self) -> list[tuple[str, str, str, str, str | None]]:
        pool = []
        for channel, weight in D.CHANNEL_WEIGHTS:
            templates = D.INTERACTIONS[channel]
            for j in range(weight * 4):
                direction, subject, body, outcome = templates[j % len(templates)]
                pool.append((channel, direction, subject.replace("{n}", str(1000 + j * 37)),
                             body, outcome))
        return pool

    def _counts(self) -> list[int]:
        """Interactions per contact: skewed (exponential), summing exactly to the plan."""
        plan, rng = self.plan, self.rng
        n, total = plan.contacts, plan.interactions
        if n == 0:
            return []
        counts = [0] * n
        whale = min(plan.whale_interactions, total)
        counts[0] = whale
        rest = total - whale
        if n == 1 or rest == 0:
            counts[0] += rest
            return counts
        weights = [-math.log(1.0 - rng.random()) for _ in range(n - 1)]
        scale = rest / sum(weights)
        given = 0
        for i, w in enumerate(weights, start=1):
            c = int(w * scale)
            counts[i] = c
            given += c
        for i in range(rest - given):  # the remainder, one each
            counts[1 + i % (n - 1)] += 1
        return counts

    def interactions(self) -> Iterator[tuple[str, list[Row]]]:
        rng, clock = self.rng, self.clock
        rand = rng.random
        pool = self._interaction_pool()
        npool = len(pool)
        base, cbase = self.off["interactions"], self.off["contacts"]
        now = clock.now
        at = clock.at
        iid = base
        batch: list[Row] = []
        append = batch.append
        counts = self.counts or self._counts()
        for i, count in enumerate(counts):
            if not count:
                continue
            cid = cbase + i + 1
            start = self.created[i] if i < len(self.created) else 0
            # The newest interaction is the contact's last_contacted_at, drawn with it.
            last = self.last[i] if i < len(self.last) and self.last[i] >= 0 else now
            span = last - start
            times = sorted(start + int(rand() * span) for _ in range(count - 1))
            times.append(last)
            for s in times:
                iid += 1
                ch, direction, subject, body, outcome = pool[int(rand() * npool)]
                ts = at(s)
                append((iid, cid, ch, direction, ts, subject, body, outcome, None, ts, ts, None))
            if len(batch) >= BATCH_ROWS:
                yield "interactions", batch
                batch = []
                append = batch.append
        if batch:
            yield "interactions", batch

    def batches(self) -> Iterator[tuple[str, list[Row]]]:
        yield from self.tags()
        yield from self.companies()
        yield from self.contacts()
        yield from self.tasks()
        yield from self.interactions()


def _latin(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


# --------------------------------------------------------------------------- writing


def _offsets(engine: Engine) -> dict[str, int]:
    """The highest id of each table, so new demo rows follow existing ones."""
    tables = Base.metadata.tables
    out: dict[str, int] = {}
    with engine.connect() as conn:
        for name in ("tags", "companies", "contacts", "contact_emails", "contact_phones",
                     "tasks", "interactions"):
            out[name] = conn.execute(select(func.coalesce(func.max(tables[name].c.id), 0))
                                     ).scalar_one()
        existing_tags = conn.execute(select(tables["tags"].c.name_key)).scalars().all()
    clash = {name.casefold() for name, _ in D.TAGS} & set(existing_tags)
    if clash:
        raise DemoError("This database already holds demo data (its tags exist). "
                        "Use a new database file for another demo.")
    return out


def generate(
    engine: Engine,
    plan: DemoPlan,
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> DemoResult:
    """Write the demo rows of ``plan`` into the (already migrated) database.

    Rows are committed every few hundred thousand; a cancel rolls back the batch in
    progress and raises DemoCancelled.
    """
    started = time.perf_counter()
    sqlite = engine.dialect.name == "sqlite"
    gen = _Generator(plan, _offsets(engine), sqlite)
    counts = dict.fromkeys(COLUMNS, 0)
    total = plan.total_rows
    writer = _SqliteWriter(engine) if sqlite else _CoreWriter(engine)
    try:
        with writer.bulk():
            _write_all(gen, writer, counts, total, progress, cancel)
        writer.commit()
    except BaseException:
        writer.rollback()
        raise
    finally:
        writer.close()
    return DemoResult(counts=counts, seconds=time.perf_counter() - started)


def _write_all(
    gen: _Generator,
    writer: _SqliteWriter | _CoreWriter,
    counts: dict[str, int],
    total: int,
    progress: Progress | None,
    cancel: threading.Event | None,
) -> None:
    done = since_commit = 0
    for table, rows in gen.batches():
            if cancel is not None and cancel.is_set():
                raise DemoCancelled()
            writer.write(table, rows)
            counts[table] += len(rows)
            since_commit += len(rows)
            if since_commit >= COMMIT_ROWS:
                writer.commit()
                since_commit = 0
            if table in _PROGRESS_TABLES:
                done += len(rows)
                if progress is not None:
                    progress(done, total)


_PROGRESS_TABLES = frozenset(("tags", "companies", "contacts", "tasks", "interactions"))


class _SqliteWriter:
    """executemany on the driver connection, with SQL built from the table's columns."""

    def __init__(self, engine: Engine) -> None:
        self._raw = engine.raw_connection()
        self._cur = self._raw.cursor()
        # A bigger page cache keeps the index pages of a long load in memory.
        self._cur.execute("PRAGMA cache_size = -262144")
        self._sql = {
            table: f"INSERT INTO {table} ({', '.join(cols)}) "
            f"VALUES ({', '.join('?' * len(cols))})"
            for table, cols in COLUMNS.items()
        }

    def write(self, table: str, rows: list[Row]) -> None:
        if rows:
            self._cur.executemany(self._sql[table], rows)

    def bulk(self) -> AbstractContextManager[None]:
        """The search index is rebuilt once at the end instead of row by row."""
        return search_index_suspended(self._raw)

    def commit(self) -> None:
        self._raw.commit()

    def rollback(self) -> None:
        self._raw.rollback()

    def close(self) -> None:
        self._cur.execute("PRAGMA cache_size = -65536")
        self._cur.close()
        self._raw.close()


class _CoreWriter:
    """SQLAlchemy Core inserts, for databases other than SQLite."""

    def __init__(self, engine: Engine) -> None:
        self._conn = engine.connect()
        self._tables = Base.metadata.tables

    def bulk(self) -> AbstractContextManager[None]:
        return nullcontext()

    def write(self, table: str, rows: list[Row]) -> None:
        if rows:
            cols = COLUMNS[table]
            self._conn.execute(self._tables[table].insert(),
                               [dict(zip(cols, row, strict=True)) for row in rows])

    def commit(self) -> None:
        self._conn.commit()

    def rollback(self) -> None:
        self._conn.rollback()

    def close(self) -> None:
        self._conn.close()
