"""Customer lifecycle and loyalty with the issue's figures: 1,000,000 contacts and
10,000,000 purchases.

``loyalty_database(folder)`` makes (once) bench-data/loyalty.sqlite3: a copy of
bench-data/demo-1000000.sqlite3 when it is there (the main demo: 1M contacts and 10M
interactions), upgraded to the newest schema, else 1M contacts of services.demo with
few interactions; then 10,000,000 purchases of services.demo_purchases (30 % of the
buyers in the loyalty programme). It is built under another name and renamed when
complete, so an interrupted build is not reused.

The timings run in a child process that holds only the database, like the other
benchmarks, "today" being the newest purchase day (so an old bench database gives the
same figures):

* recompute: ``recompute.recompute()`` (every customer's lifecycle, RFM, tier and
  points, then the stored figures of the Loyalty section and the Dashboard), each run
  committed in its own unit of work; median of 3. The child's peak resident memory
  (VmHWM) is read right after, before anything else can raise it;
* memory of the standings: the child's VmHWM when the first run reaches its first
  report, plus the peaks the helper processes report as they exit (they run side by
  side, so their peaks add up); the helpers have exited before the reports begin;
* the parts of it, from the moments its progress names each step: the standings
  (lifecycle.recompute, with one helper process per core, up to 4) and each stored
  report;
* the same standings computed in Python over fetched rows
  (``lifecycle_baseline.python_baseline``), once, and how many times slower it is than
  the standings in SQL (the same work: the baseline stores no report); and the
  standings once more on the session's connection alone (``workers=0``), for
  comparison;
* the window: a fresh Loyalty section and a fresh Dashboard section, shown, from their
  construction until their stored figures are on screen (``loaded``) and painted;
  median of 5 each (the first, cold, is reported too).
"""

from __future__ import annotations

import json
import os
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from .common import REPO, Figure

CONTACTS = 1_000_000
PURCHASES = 10_000_000
MEMBERS_SHARE = 0.3
SEED = 7
RUNS = 3
UI_RUNS = 5
RECOMPUTE_TARGET_S = 20
MEMORY_TARGET_MIB = 500
RATIO_TARGET = 5
OPEN_TARGET_MS = 300
LOADED_TIMEOUT_MS = 120_000


def loyalty_database(folder: Path) -> Path:
    """bench-data/loyalty.sqlite3 (in ``folder``), built when missing, upgraded when the
    schema has moved on."""
    from app.db import make_engine, open_database, upgrade
    from app.services import demo
    from app.services.demo_purchases import add_purchases

    path = folder / "loyalty.sqlite3"
    if path.exists():
        open_database(str(path)).dispose()
        return path
    folder.mkdir(parents=True, exist_ok=True)
    partial = folder / "loyalty.partial.sqlite3"
    for leftover in _with_journals(partial):
        leftover.unlink(missing_ok=True)
    source = folder / f"demo-{CONTACTS}.sqlite3"
    started = time.perf_counter()
    if source.exists():
        _copy(source, partial)
        # Upgraded in place, without the copy open_database would keep from before:
        # the source is there to make another.
        engine = make_engine(f"sqlite:///{partial}")
        try:
            upgrade(engine)
        finally:
            engine.dispose()
        print(f"loyalty: copied and upgraded {source.name} in "
              f"{time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    database = open_database(str(partial))
    try:
        if not source.exists():
            demo.generate(database.engine, demo.DemoPlan.for_contacts(
                CONTACTS, interactions=CONTACTS, tasks=CONTACTS // 20))
        begun = time.perf_counter()
        add_purchases(database.engine, PURCHASES, members_share=MEMBERS_SHARE, seed=SEED,
                      progress=_Progress())
        print(f"loyalty: {PURCHASES:,} purchases in {time.perf_counter() - begun:.0f} s",
              file=sys.stderr, flush=True)
        with database.engine.connect() as conn:  # fold the WAL into the file
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        database.dispose()
    partial.rename(path)
    print(f"loyalty: {path} built in {time.perf_counter() - started:.0f} s, "
          f"{path.stat().st_size / 2**30:.2f} GiB", file=sys.stderr, flush=True)
    return path


def _with_journals(path: Path) -> list[Path]:
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


def _copy(source: Path, target: Path) -> None:
    """A consistent copy through SQLite's backup API (the source may have a WAL)."""
    src = sqlite3.connect(source.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            with dst:
                src.backup(dst, pages=65_536)
        finally:
            dst.close()
    finally:
        src.close()


class _Progress:
    """Prints "loyalty: 42%" to stderr, every ten percent."""

    def __init__(self) -> None:
        self.last = -1

    def __call__(self, done: int, total: int) -> None:
        tenth = 10 * done // total
        if tenth != self.last:
            self.last = tenth
            print(f"loyalty: purchases {10 * tenth}%", file=sys.stderr, flush=True)


def bench(folder: Path) -> list[Figure]:
    db_path = loyalty_database(folder)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "RAPPORT_DATA_DIR": str(folder / "loyalty-profile")}
    out = subprocess.run([sys.executable, "-m", "benchmarks.bench_loyalty", str(db_path)],
                         cwd=REPO, env=env, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise RuntimeError(out.stderr)
    r = json.loads(out.stdout.strip().splitlines()[-1])
    size = f"{r['contacts']:,} contacts, {r['purchases']:,} purchases"
    recompute_s = statistics.median(r["recompute"])
    parts = {name: statistics.median(runs) for name, runs in r["parts"].items()}
    # The baseline computes the standings only: it is compared with the same work.
    standings_s = parts.get("standings", recompute_s)
    ratio = r["baseline"] / standings_s
    standings_mib = r["standings_rss_mib"] + r["helpers_mib"]
    # The target is the lifecycle + RFM + tier recompute: the standings. The
    # figures the two sections show, stored after them, are reported beside it.
    figures = [
        Figure(f"loyalty: lifecycle + RFM + tiers + points (lifecycle.recompute) over {size} "
               f"(median of {RUNS})", standings_s, "s", f"< {RECOMPUTE_TARGET_S} s",
               standings_s < RECOMPUTE_TARGET_S),
        Figure(f"loyalty: the whole recompute, with the stored figures of the Loyalty "
               f"section and the Dashboard (median of {RUNS})", recompute_s, "s"),
        Figure("loyalty: recompute, the first run", r["recompute"][0], "s"),
        Figure("loyalty: peak memory of the standings (first run): the process (VmHWM when "
               "the first report begins)", r["standings_rss_mib"], "MiB"),
        Figure(f"loyalty: and of its {r['helpers']} helper processes, added up (VmHWM of each)",
               r["helpers_mib"], "MiB"),
        Figure("loyalty: peak memory of the standings, the process and its helpers together",
               standings_mib, "MiB", f"< {MEMORY_TARGET_MIB} MiB",
               standings_mib < MEMORY_TARGET_MIB),
        Figure(f"loyalty: peak memory of the process over the {RUNS} whole recomputes (the "
               "helpers have exited before the reports)", r["rss_mib"], "MiB",
               f"< {MEMORY_TARGET_MIB} MiB", r["rss_mib"] < MEMORY_TARGET_MIB),
    ]
    figures += [Figure(f"loyalty: recompute, of which {name} (median of {RUNS})", seconds, "s")
                for name, seconds in parts.items()]
    figures += [
        Figure("loyalty: the same standings in Python over fetched rows (once)",
               r["baseline"], "s"),
        Figure("loyalty: standings in SQL (lifecycle.recompute), times faster than in Python",
               ratio, "x", f">= {RATIO_TARGET}x", ratio >= RATIO_TARGET),
        Figure("loyalty: the standings on the session's connection alone, without helper "
               "processes (once)", r["one_connection"], "s"),
        Figure("loyalty: that, times faster than in Python", r["baseline"] / r["one_connection"],
               "x"),
    ]
    for name, size, opened, paged in r["lists"]:
        figures += [
            Figure(f"loyalty: open the list {name} ({size:,} contacts): their ids in name "
                   "order (median of 3)", opened * 1000, "ms"),
            Figure("loyalty: then its last page of 100 rows, by id (median of 3)",
                   paged * 1000, "ms"),
        ]
    for key, name in (("loyalty", "the Loyalty section"), ("dashboard", "the Dashboard")):
        runs = r["ui"].get(key)
        if not runs:
            print(f"loyalty: {name} could not be opened: {r['ui'].get(key + '_error')}",
                  file=sys.stderr)
            continue
        opened = statistics.median(runs)
        figures += [
            Figure(f"loyalty: open {name} from stored figures, painted (median of "
                   f"{UI_RUNS})", opened, "ms", f"< {OPEN_TARGET_MS} ms",
                   opened < OPEN_TARGET_MS),
            Figure(f"loyalty: open {name} the first time (cold), painted", runs[0], "ms"),
        ]
    return figures


def _peak_rss_mib() -> float:
    """This process's peak resident memory since exec (VmHWM; see bench_contacts)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc/self/status")


def _child(db_path: str) -> dict[str, object]:
    from sqlalchemy import func, select

    from app.db import open_database
    from app.models import Contact
    from app.models.loyalty import Purchase
    from app.services import lifecycle, recompute, standings_parts

    database = open_database(db_path, migrate=False)
    with database.session_scope() as s:
        today = s.scalar(select(func.max(Purchase.purchased_on)))
        purchases = s.scalar(select(func.count()).select_from(Purchase)) or 0
        contacts = s.scalar(select(func.count()).select_from(Contact)) or 0
    assert today is not None, "the database has no purchases"
    recompute_s: list[float] = []
    parts: dict[str, list[float]] = {}
    standings_rss: list[float] = []  # the process's peak when the first report begins
    for _ in range(RUNS):
        marks: list[tuple[str, float]] = []

        def mark(_done: int, _total: int, step: str, marks: list[Any] = marks) -> None:
            marks.append((step, time.perf_counter()))
            if step == recompute.REPORT_STEPS[0] and not standings_rss:
                standings_rss.append(_peak_rss_mib())

        t0 = time.perf_counter()
        with database.session_scope() as s:
            recompute.recompute(s, today=today, progress=mark)
        recompute_s.append(time.perf_counter() - t0)
        for name, seconds in _parts(marks, t0, recompute.REPORT_STEPS).items():
            parts.setdefault(name, []).append(seconds)
    rss = _peak_rss_mib()
    # Each recompute's helpers, added up (they run at the same time); the first run's.
    helpers = [sum(p or 0 for p in run) / 1024 for run in standings_parts.closed]
    t0 = time.perf_counter()  # the same standings without helper processes, once
    with database.session_scope() as s:
        lifecycle.recompute(s, today=today, workers=0)
    one_connection = time.perf_counter() - t0
    baseline = _baseline(database, today)
    lists = _lists(database)
    ui = _window(database)
    database.dispose()
    return {"contacts": contacts, "purchases": purchases, "today": today.isoformat(),
            "recompute": recompute_s, "parts": parts, "rss_mib": rss, "baseline": baseline,
            "helpers_mib": helpers[0] if helpers else 0.0,
            "helpers": len(standings_parts.closed[0]) if standings_parts.closed else 0,
            "standings_rss_mib": standings_rss[0] if standings_rss else rss,
            "one_connection": one_connection, "lists": lists,
            "ui": ui}


def _parts(marks: list[tuple[str, float]], start: float, reports: tuple[str, ...]
           ) -> dict[str, float]:
    """The seconds of the standings (every step before the first report) and of each
    report step, from the moments progress named each step."""
    out: dict[str, float] = {}
    begun = {step: moment for step, moment in reversed(marks)}  # each step's first mark
    ends = sorted(begun.values())
    for step in reports:
        if step in begun:
            later = [m for m in ends if m > begun[step]]
            out[step] = (later[0] if later else marks[-1][1]) - begun[step]
    if reports and reports[0] in begun:
        out["standings"] = begun[reports[0]] - start
    return out


def _baseline(database: Any, today: Any) -> float:
    try:
        from app.services.lifecycle_baseline import python_baseline
    except ImportError:  # where the issue first put it
        from app.services.lifecycle import python_baseline  # type: ignore[attr-defined,no-redef]
    t0 = time.perf_counter()
    with database.session_scope() as s:
        python_baseline(s, today=today)
    return time.perf_counter() - t0


def _lists(database: Any) -> list[list[Any]]:
    """Opening a list of the section, as its dialog does: every id in name order
    (median of 3), then the last page's rows by id; for the largest lists."""
    from app.services.loyalty_lists import ListQuery, contacts_by_ids, ordered_ids

    out: list[list[Any]] = []
    for kind, value in (("lifecycle", "lapsed"), ("lifecycle", "prospect"),
                        ("segment", "champions")):
        query = ListQuery(kind, value)
        opened, paged, size = [], [], 0
        for _ in range(3):
            with database.session_scope() as s:
                t0 = time.perf_counter()
                ids = ordered_ids(s, query)
                opened.append(time.perf_counter() - t0)
                t0 = time.perf_counter()
                contacts_by_ids(s, ids[-100:])
                paged.append(time.perf_counter() - t0)
                size = len(ids)
        out.append([f"{kind} {value}", size, statistics.median(opened),
                    statistics.median(paged)])
    return out


def _window(database: Any) -> dict[str, object]:
    """Each section opened afresh UI_RUNS times, from construction until its stored
    figures are shown and painted."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from app.ui.changes import Changes
    from app.ui.settings import Settings
    from app.ui.workers import wait_for_all

    app = QApplication.instance() or QApplication([])
    settings = Settings()
    makers: dict[str, Any] = {}
    out: dict[str, object] = {}
    try:
        from app.ui.loyalty_section import LoyaltySection

        makers["loyalty"] = lambda: LoyaltySection(database, settings, Changes(), QUndoStack())
    except ImportError as exc:
        out["loyalty_error"] = str(exc)
    try:
        from app.ui.dashboard_section import DashboardSection

        makers["dashboard"] = lambda: DashboardSection(database, settings, Changes())
    except ImportError as exc:
        out["dashboard_error"] = str(exc)
    for key, make in makers.items():
        runs: list[float] = []
        for _ in range(UI_RUNS):
            t0 = time.perf_counter()
            section = make()
            section.resize(1400, 900)
            loop = QEventLoop()
            shown: list[bool] = []
            section.loaded.connect(lambda shown=shown, loop=loop: (shown.append(True),
                                                                  loop.quit()))
            QTimer.singleShot(LOADED_TIMEOUT_MS, loop.quit)
            section.show()
            if not shown:  # it may load at once, before the loop runs
                loop.exec()
            section.repaint()
            app.processEvents()
            runs.append((time.perf_counter() - t0) * 1000)
            section.close()
            section.deleteLater()
            app.processEvents()
        out[key] = runs
    wait_for_all()
    return out


if __name__ == "__main__":
    print(json.dumps(_child(sys.argv[1])))
