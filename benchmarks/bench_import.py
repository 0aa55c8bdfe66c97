"""Import of a 100,000-row, 12-column workbook into the 1M-contact demo database.

The workbook is generated once (deterministic) in the bench folder: names in four
scripts, emails, phones in the formats people keep (some stored as numbers), company,
title, city, country, birthday (real date cells), tags, notes, source; one row in
twenty repeats the email of a contact already in the database, so the duplicate
check has work to do (skip mode).

Measured in a child process that holds only what the app would, on a copy of the
database (the import is committed, so the demo database is not touched):

* python-calamine alone iterating the sheet, the floor any import stands on (in a
  process of its own, so that its memory is not counted as the import's);
* the whole import (read, map, check, look for duplicates, insert, feed the search
  index, commit), run on a worker thread as the window runs it, while a 10 ms QTimer
  on the GUI thread records the longest gap between its ticks (an event-loop stall);
* the child's peak resident memory (VmHWM);
* the same import with its storing replaced by nothing (rolled back), in a process of
  its own: the floor that reading, checking and preparing the rows set on their own
  (the planning thread is what the storing waits for).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from .common import REPO, Figure

ROWS = 100_000
HEADERS = ["First name", "Last name", "Email", "Phone", "Company", "Job title", "City",
           "Country", "Birthday", "Tags", "Notes", "Source"]


def bench(db_path: Path) -> list[Figure]:
    book = db_path.parent / f"import-{ROWS}.xlsx"
    if not book.exists():
        make_workbook(book, db_path)
    with tempfile.TemporaryDirectory(prefix="rapport-bench-import-", dir=db_path.parent) as tmp:
        copy = Path(tmp) / "import.sqlite3"
        shutil.copyfile(db_path, copy)
        _flushed(copy)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RAPPORT_DATA_DIR": tmp}
        r: dict[str, Any] = {}
        # The floor in a process of its own: its sheet in memory must not count in the
        # import's peak memory (VmHWM keeps the highest mark a process ever reached).
        for args in (["--calamine", str(book)], ["--no-storing", str(copy), str(book)],
                     [str(copy), str(book)]):
            out = subprocess.run([sys.executable, "-m", "benchmarks.bench_import", *args],
                                 cwd=REPO, env=env, capture_output=True, text=True,
                                 check=False)
            if out.returncode != 0:
                raise RuntimeError(out.stderr)
            r.update(json.loads(out.stdout.strip().splitlines()[-1]))
    ratio = r["import_s"] / r["calamine_s"]
    return [
        Figure(f"import: python-calamine alone iterating the {ROWS:,}-row workbook",
               r["calamine_s"], "s"),
        Figure(f"import: the {ROWS:,}-row workbook into the 1M database, committed",
               r["import_s"], "s", "< 6 s", r["import_s"] < 6),
        Figure("import: rows per second", ROWS / r["import_s"], "rows/s"),
        Figure("import / calamine iterating alone", ratio, "x", "<= 2.5", ratio <= 2.5),
        Figure("import: the same with its storing replaced by nothing (read, check, "
               "prepare)", r["no_storing_s"], "s"),
        Figure("import: created / skipped as duplicates / rejected",
               r["created"], f"/ {r['skipped']:,} / {r['rejected']:,}"),
        Figure("import: longest event-loop stall while it runs", r["stall_ms"], "ms",
               "< 100 ms", r["stall_ms"] < 100),
        Figure("import: peak resident memory of the process", r["rss_mib"], "MiB",
               "< 300 MiB", r["rss_mib"] < 300),
        Figure("import: python-calamine alone, peak resident memory of its process",
               r["calamine_rss_mib"], "MiB"),
    ]


def _flushed(path: Path) -> None:
    """Wait until the copy is on disk. Otherwise the import's first checkpoint (SQLite
    syncs the database file then) waits for the system to write the whole fresh copy,
    gigabytes, and the import is timed with the copying of the database it runs on."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def make_workbook(path: Path, db_path: Path, seed: int = 7) -> None:
    """The benchmark's workbook, written with XlsxWriter (as Excel would store it)."""
    import sqlite3

    import xlsxwriter

    rng = random.Random(seed)
    conn = sqlite3.connect(db_path)
    existing = [r[0] for r in conn.execute(
        "SELECT email FROM contacts WHERE email IS NOT NULL AND id % 97 = 0 LIMIT 6000")]
    conn.close()
    first = ["James", "Mary", "Иван", "Ольга", "Gʻulom", "Dilnoza", "伟", "芳", "Aziz",
             "Sarah", "Дмитрий", "Nodira"]
    last = ["Smith", "Johnson", "Иванов", "Петрова", "Karimov", "Yoʻldosheva", "王", "李",
            "Rahimov", "O'Brien", "Соколов", "Tursunova"]
    cities = [("Tashkent", "Uzbekistan", "+998 9{} {:03d} {:02d} {:02d}"),
              ("Moscow", "Russia", "+7 91{} {:03d}-{:02d}-{:02d}"),
              ("Shanghai", "China", "+86 13{} {:04d} {:04d}"),
              ("Boston", "United States", "+1 617 55{} {:04d}")]
    tmp = path.with_suffix(".tmp.xlsx")
    book = xlsxwriter.Workbook(str(tmp), {"constant_memory": True})
    sheet = book.add_worksheet("Clients")
    bold = book.add_format({"bold": True})
    date = book.add_format({"num_format": "dd.mm.yyyy"})
    sheet.write_row(0, 0, HEADERS, bold)
    for i in range(1, ROWS + 1):
        f, la = rng.choice(first), rng.choice(last)
        city, country, pattern = rng.choice(cities)
        if city == "Shanghai":
            phone: object = pattern.format(rng.randint(0, 9), rng.randint(0, 9999),
                                           rng.randint(0, 9999))
        elif city == "Boston":
            phone = pattern.format(rng.randint(0, 9), rng.randint(0, 9999))
        else:
            phone = pattern.format(rng.randint(0, 9), rng.randint(0, 999), rng.randint(0, 99),
                                   rng.randint(0, 99))
        if rng.random() < 0.1:  # stored as a number by the program that wrote it
            phone = int("".join(ch for ch in str(phone) if ch.isdigit()))
        email = (rng.choice(existing) if existing and rng.random() < 0.05
                 else f"client{i}.{rng.randint(0, 999)}@example{i % 40}.com")
        row = [f, la, email, phone, f"Company {i % 3000}", rng.choice(["CEO", "Buyer", ""]),
               city, country, None, rng.choice(["VIP", "wholesale, retail", ""]),
               rng.choice(["", "Met at the fair", "Prefers email"]),
               rng.choice(["referral", "website", "event"])]
        sheet.write_row(i, 0, row)
        sheet.write_datetime(i, 8, dt.datetime(1960, 1, 1) + dt.timedelta(
            days=rng.randint(0, 15000)), date)
    book.close()
    os.replace(tmp, path)


def _peak_rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM")


def _calamine(book: str) -> None:
    """python-calamine alone opening and iterating the sheet."""
    from python_calamine import CalamineWorkbook

    t0 = time.perf_counter()
    wb = CalamineWorkbook.from_path(book)
    rows = sum(1 for _ in wb.get_sheet_by_index(0).iter_rows())
    calamine_s = time.perf_counter() - t0
    assert rows == ROWS + 1
    print(json.dumps({"calamine_s": calamine_s, "calamine_rss_mib": _peak_rss_mib()}))


def _child(db_path: str, book: str) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app.db import open_database
    from app.services.io.import_plan import ImportOptions
    from app.services.io.importer import import_file
    from app.ui.workers import long_job_gc, run_in_background

    app = QApplication([])
    database = open_database(db_path)  # at head already (__main__ upgrades the demo)
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    outcome: dict[str, object] = {}

    def work(_cancel: object) -> dict[str, int]:
        with long_job_gc(), database.session_scope() as s:  # as the wizard runs it
            report = import_file(s, Path(book), options=ImportOptions(region="UZ"))
        res = report.result
        return {"created": res.created, "skipped": res.skipped, "rejected": res.rejected_count}

    def done(result: dict[str, int]) -> None:
        outcome.update(result)
        app.quit()

    def failed(exc: BaseException) -> None:
        outcome["error"] = repr(exc)
        app.quit()

    t0 = time.perf_counter()
    timer.start()
    run_in_background(work, on_done=done, on_error=failed)
    app.exec()
    import_s = time.perf_counter() - t0
    timer.stop()
    if "error" in outcome:
        raise RuntimeError(outcome["error"])
    print(json.dumps({"import_s": import_s,
                      "stall_ms": max(gaps) * 1000 if gaps else 0.0,
                      "median_gap_ms": statistics.median(gaps) * 1000 if gaps else 0.0,
                      "rss_mib": _peak_rss_mib(), **outcome}))


def _no_storing(db_path: str, book: str) -> None:
    """The import as _child runs it (a thread planning, this one taking the chunks),
    each chunk handed to a store that does nothing, then rolled back."""
    from app.db import open_database
    from app.services.io import import_apply
    from app.services.io.import_plan import ImportOptions
    from app.services.io.importer import import_file
    from app.ui.workers import long_job_gc

    import_apply._Writer.store = lambda self, chunk, result: None  # type: ignore[method-assign]
    database = open_database(db_path)
    t0 = time.perf_counter()
    with long_job_gc(), database.session_scope() as s:
        import_file(s, Path(book), options=ImportOptions(region="UZ"))
        no_storing_s = time.perf_counter() - t0
        s.rollback()
    print(json.dumps({"no_storing_s": no_storing_s}))


if __name__ == "__main__":
    if sys.argv[1] == "--calamine":
        _calamine(sys.argv[2])
    elif sys.argv[1] == "--no-storing":
        _no_storing(sys.argv[2], sys.argv[3])
    else:
        _child(sys.argv[1], sys.argv[2])
    sys.stdout.flush()
    os._exit(0)
