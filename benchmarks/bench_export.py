"""Export of every contact to .xlsx: its cost over the bare writer, and a window that
stays responsive meanwhile.

Runs in a child process (like bench_contacts). Figures:

* export: ``export_contacts`` of every live contact of the demo database to .xlsx,
  from the query to the file in place (planning queries, keyset pages, extra emails,
  phones and tags, typed cells, About sheet, atomic rename);
* bare writer: the same rows, read beforehand into memory as the values XlsxWriter
  takes (local naive datetimes, joined tags), written by XlsxWriter in constant_memory
  mode with one typed call per non-empty cell and the same formats: what any export
  to .xlsx must pay. The ratio of the two is the export's own cost. Both are timed in
  CPU seconds of the process as well as on the clock, best of three runs each,
  alternated, and the ratio is taken of the CPU times: on a machine shared with other
  work the clock measures the neighbours too (both run on one thread, SQLite in it);
* memory: the process's peak resident memory after the first export (pages are read
  and written one at a time, so it does not grow with the number of contacts);
* .csv: the same export to CSV (for scale);
* responsiveness: the export run by ``run_in_background`` as the window runs it,
  while a 10 ms QTimer on the GUI thread notes the longest gap between its ticks
  (a gap is time the window could not repaint or react).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .common import REPO, Figure

TICK_MS = 10
RUNS = 3
RATIO_TARGET = 1.2
STALL_TARGET_MS = 100


def bench(db_path: Path) -> list[Figure]:
    with tempfile.TemporaryDirectory(prefix="rapport-bench-export-") as folder:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RAPPORT_DATA_DIR": folder}
        out = subprocess.run(
            [sys.executable, "-m", "benchmarks.bench_export", str(db_path), folder],
            cwd=REPO, env=env, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise RuntimeError(out.stderr)
    r = json.loads(out.stdout.strip().splitlines()[-1])
    n = r["rows"]
    ratio = r["export_cpu_s"] / r["bare_cpu_s"]
    return [
        Figure(f"export: {n:,} contacts to .xlsx, clock (best of {RUNS})", r["export_s"], "s"),
        Figure(f"export: {n:,} contacts to .xlsx, CPU (best of {RUNS})", r["export_cpu_s"],
               "s"),
        Figure(f"export: bare XlsxWriter, same rows from memory, CPU (best of {RUNS})",
               r["bare_cpu_s"], "s"),
        Figure("export: .xlsx export / bare writer, CPU", ratio, "x", f"<= {RATIO_TARGET}",
               ratio <= RATIO_TARGET),
        Figure("export: peak memory of the process after the first export", r["rss_mib"],
               "MiB"),
        Figure(f"export: {n:,} contacts to .csv", r["csv_s"], "s"),
        Figure("export: longest GUI-thread gap during an export on a worker",
               r["stall_ms"], "ms", f"< {STALL_TARGET_MS} ms", r["stall_ms"] < STALL_TARGET_MS),
    ]


def _bare_rows(database, now):
    """Every exported row, as XlsxWriter takes the values, and the columns."""
    from app.services.io.export import contacts_job
    from app.services.io.sheet_writer import local
    from app.services.search import ContactQuery

    with database.session_scope() as session:
        job = contacts_job(session, ContactQuery(), now=now)
        kinds = [c.kind for c in job.columns]
        rows = []
        for page in job.pages:
            for row in page:
                rows.append(tuple(
                    None if v is None
                    else local(v, None).replace(tzinfo=None) if k == "datetime"
                    else ", ".join(v) if k == "list" else v
                    for k, v in zip(kinds, row, strict=True)))
    return job.columns, rows


def _bare_write(path: Path, columns, rows) -> tuple[float, float]:
    from xlsxwriter import Workbook

    t0, c0 = time.perf_counter(), time.process_time()
    book = Workbook(str(path), {"constant_memory": True, "strings_to_formulas": False,
                                "strings_to_urls": False, "strings_to_numbers": False})
    sheet = book.add_worksheet("Contacts")
    date = book.add_format({"num_format": "yyyy-mm-dd"})
    moment = book.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
    calls = {"int": (sheet.write_number, None), "date": (sheet.write_datetime, date),
             "datetime": (sheet.write_datetime, moment), "bool": (sheet.write_boolean, None)}
    plan = [calls.get(c.kind, (sheet.write_string, None)) for c in columns]
    for c, column in enumerate(columns):
        sheet.write_string(0, c, column.header)
    for r, row in enumerate(rows, 1):
        for c, value in enumerate(row):
            if value is not None:
                write, fmt = plan[c]
                write(r, c, value, fmt)
    book.close()
    return time.perf_counter() - t0, time.process_time() - c0


def _export(database, path: Path, now) -> tuple[float, float, int]:
    from app.services.io.export import export_contacts
    from app.services.search import ContactQuery

    t0, c0 = time.perf_counter(), time.process_time()
    with database.session_scope() as session:
        result = export_contacts(session, ContactQuery(), path, now=now)
    return time.perf_counter() - t0, time.process_time() - c0, result.count


def _longest_stall(database, path: Path, now) -> float:
    """Export on a worker as the window does; the longest gap between timer ticks."""
    from PySide6.QtCore import QEventLoop, QTimer

    from app.services.io.export import export_contacts
    from app.services.search import ContactQuery
    from app.ui.workers import run_in_background

    gaps = [0.0]
    last = [time.perf_counter()]

    def tick() -> None:
        t = time.perf_counter()
        gaps[0] = max(gaps[0], t - last[0])
        last[0] = t

    def work(cancel):
        with database.session_scope() as session:
            return export_contacts(session, ContactQuery(), path, now=now, cancel=cancel)

    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    loop = QEventLoop()
    timer.start()
    last[0] = time.perf_counter()
    op = run_in_background(work, on_error=lambda err: print(err, file=sys.stderr))
    op.finished.connect(loop.quit)
    loop.exec()
    timer.stop()
    return gaps[0] * 1000


def _peak_rss_mib() -> float:
    """This process's peak resident memory so far (VmHWM; see bench_contacts)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc/self/status")


def _child(db_path: str, folder: str) -> None:
    from PySide6.QtWidgets import QApplication

    from app.db import open_database

    app = QApplication([])  # noqa: F841 - the timer and the worker's signals need it
    database = open_database(db_path, migrate=False)
    now = dt.datetime.now().astimezone()
    out = Path(folder)
    *first, count = _export(database, out / "export-0.xlsx", now)
    exports, rss_mib = [first], _peak_rss_mib()  # before any rows are held
    columns, rows = _bare_rows(database, now)
    bares = [_bare_write(out / "bare-0.xlsx", columns, rows)]
    for run in range(1, RUNS):
        exports.append(_export(database, out / f"export-{run}.xlsx", now)[:2])
        bares.append(_bare_write(out / f"bare-{run}.xlsx", columns, rows))
    del rows
    t0 = time.perf_counter()
    from app.services.io.export import export_contacts
    from app.services.search import ContactQuery

    with database.session_scope() as session:
        export_contacts(session, ContactQuery(), out / "export.csv", now=now)
    csv_s = time.perf_counter() - t0
    stall_ms = _longest_stall(database, out / "worker.xlsx", now)
    database.dispose()
    print(json.dumps({
        "rows": count, "export_s": min(w for w, _c in exports),
        "export_cpu_s": min(c for _w, c in exports), "bare_cpu_s": min(c for _w, c in bares),
        "csv_s": csv_s, "stall_ms": stall_ms, "rss_mib": rss_mib}))


if __name__ == "__main__":
    _child(sys.argv[1], sys.argv[2])
    sys.stdout.flush()
    os._exit(0)  # see bench_contacts: skip PySide6's teardown at exit
