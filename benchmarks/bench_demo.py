"""Demo generation at scale, against raw sqlite3 executemany of the same rows.

Our figure is the whole `demo` service: generating the rows and writing them.
The baseline is the driver alone: the very same rows (made by the same generator
beforehand, outside the clock) written by ``sqlite3.executemany`` into an empty
database with the same schema and pragmas, committed at the same points. The
target is ours <= 1.5x the baseline.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import time
from pathlib import Path

from app.db import _sqlite_pragmas, open_database
from app.services import demo
from app.services.search import search_index_suspended

from .common import Figure, peak_rss_mib

TODAY = dt.date(2026, 11, 24)


def _fresh(path: Path) -> None:
    for p in path.parent.glob(path.name + "*"):
        p.unlink()


def run_demo(path: Path, contacts: int, interactions: int) -> demo.DemoResult:
    _fresh(path)
    db = open_database(str(path))
    try:
        plan = demo.DemoPlan.for_contacts(contacts, interactions=interactions, today=TODAY)
        return demo.generate(db.engine, plan)
    finally:
        db.dispose()


def run_raw_baseline(path: Path, contacts: int, interactions: int) -> tuple[int, float]:
    """Seconds spent in executemany/commit alone, for the same rows."""
    _fresh(path)
    open_database(str(path)).dispose()  # same schema, via the migrations
    plan = demo.DemoPlan.for_contacts(contacts, interactions=interactions, today=TODAY)
    gen = demo._Generator(plan, dict.fromkeys(
        ("tags", "companies", "contacts", "contact_emails", "contact_phones", "tasks",
         "interactions"), 0), sqlite=True)
    conn = sqlite3.connect(path)
    _sqlite_pragmas(conn, None)
    conn.execute("PRAGMA cache_size = -262144")
    sql = {t: f"INSERT INTO {t} ({', '.join(c)}) VALUES ({', '.join('?' * len(c))})"
           for t, c in demo.COLUMNS.items()}
    spent = 0.0
    rows_total = since_commit = 0
    # The same writes as the demo's, the search index suspended during the load and
    # rebuilt once at the end; only the writing is on the clock, not making the rows.
    index = search_index_suspended(conn)
    t0 = time.perf_counter()
    index.__enter__()
    spent += time.perf_counter() - t0
    for table, rows in gen.batches():
        t0 = time.perf_counter()
        conn.executemany(sql[table], rows)
        since_commit += len(rows)
        if since_commit >= demo.COMMIT_ROWS:
            conn.commit()
            since_commit = 0
        spent += time.perf_counter() - t0
        rows_total += len(rows)
    t0 = time.perf_counter()
    index.__exit__(None, None, None)  # the rebuild
    conn.commit()
    spent += time.perf_counter() - t0
    conn.close()
    return rows_total, spent


def bench(workdir: Path, contacts: int, interactions: int) -> tuple[list[Figure], Path]:
    demo_db = workdir / f"demo-{contacts}.sqlite3"
    raw_db = workdir / f"raw-{contacts}.sqlite3"
    result = run_demo(demo_db, contacts, interactions)
    raw_rows, raw_seconds = run_raw_baseline(raw_db, contacts, interactions)
    _fresh(raw_db)
    assert raw_rows == result.rows, (raw_rows, result.rows)
    ratio = result.seconds / raw_seconds
    size_mib = sum(p.stat().st_size for p in demo_db.parent.glob(demo_db.name + "*")) / 2**20
    label = f"{contacts:,} contacts + {interactions:,} interactions"
    return [
        Figure(f"demo: {label} ({result.rows:,} rows in all)", result.seconds, "s",
               "< 180 s at 1M + 10M", result.seconds < 180 or contacts < 1_000_000),
        Figure("demo: generation rate", result.rows_per_second, "rows/s", ">= 80,000",
               result.rows_per_second >= 80_000),
        Figure("raw sqlite3 executemany, same rows", raw_rows / raw_seconds, "rows/s"),
        Figure("demo time / raw executemany time", ratio, "x", "<= 1.5", ratio <= 1.5),
        Figure("database size on disk", size_mib, "MiB"),
        Figure("peak memory of the benchmark process", peak_rss_mib(), "MiB"),
    ], demo_db
