"""The contact page and the Tasks agenda on the demo database.

Runs in a child process that holds only what the app holds (the contact page, then
the Tasks section, on the database), like bench_contacts. Timings:

* contact page: ``show_contact`` on a page already built for another contact (the
  app reuses the page) until the timeline's viewport is repainted. Five opens of
  contact 1 (20,000 interactions in the demo), each after opening another contact,
  so that neither the model's pages nor the header are left over; the first of the
  five is the cold one;
* scroll to the oldest: after each of those opens, scrollToBottom and repaint (the
  timeline finds the last page's key with one offset, then reads that page);
* agenda: a new TasksSection and its reload() (tasks.agenda() on a worker) until
  agendaLoaded has been emitted and the tree repainted; five times, a fresh section
  each time, the first cold. tasks.agenda() alone, on this thread, is reported too:
  it tells the query from the rest (the worker hand-off, the model and the paint).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .common import REPO, Figure

CONTACT = 1  # the demo's contact with 20,000 interactions
RUNS = 5
TARGET_MS = 200


def bench(db_path: Path) -> list[Figure]:
    with tempfile.TemporaryDirectory(prefix="rapport-bench-activity-") as profile:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RAPPORT_DATA_DIR": profile}
        out = subprocess.run([sys.executable, "-m", "benchmarks.bench_activity", str(db_path)],
                             cwd=REPO, env=env, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise RuntimeError(out.stderr)
    r = json.loads(out.stdout.strip().splitlines()[-1])
    n, tasks = r["interactions"], r["open_tasks"]
    open_ms, scroll_ms, agenda_ms = (statistics.median(r[k]) for k in ("open", "scroll", "agenda"))
    return [
        Figure(f"contact page: open a contact with {n:,} interactions, painted "
               f"(median of {RUNS})", open_ms, "ms", f"< {TARGET_MS} ms", open_ms < TARGET_MS),
        Figure("contact page: open it the first time (cold), painted", r["open"][0], "ms"),
        Figure(f"contact page: scroll to the oldest of {n:,}, painted (median of {RUNS})",
               scroll_ms, "ms"),
        Figure("contact page: scroll to the oldest the first time", r["scroll"][0], "ms"),
        Figure(f"agenda: open with {tasks:,} open tasks, painted (median of {RUNS})",
               agenda_ms, "ms", f"< {TARGET_MS} ms", agenda_ms < TARGET_MS),
        Figure("agenda: open the first time (cold), painted", r["agenda"][0], "ms"),
        Figure(f"agenda: tasks.agenda() alone, GUI thread (median of {RUNS})",
               statistics.median(r["agenda_query"]), "ms"),
    ]


def _painted(app, view) -> None:
    view.viewport().repaint()
    app.processEvents()


def _child(db_path: str) -> dict[str, object]:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from app.db import open_database
    from app.services import tasks
    from app.ui.changes import Changes
    from app.ui.contact_page import ContactPage
    from app.ui.settings import Settings
    from app.ui.task_dialog import local_now
    from app.ui.tasks_section import TasksSection
    from app.ui.workers import wait_for_all

    app = QApplication([])
    database = open_database(db_path, migrate=False)
    settings = Settings()
    changes = Changes()
    with database.session_scope() as s:  # a live contact with a few interactions
        other = s.connection().exec_driver_sql(
            "SELECT c.id FROM contacts c WHERE c.id <> ? AND c.deleted_at IS NULL AND "
            "EXISTS (SELECT 1 FROM interactions i WHERE i.contact_id = c.id) "
            "ORDER BY c.id LIMIT 1", (CONTACT,)).scalar_one()

    # The contact page, built once for another contact and reused, as the app does.
    page = ContactPage(database, settings, changes)
    page.resize(1200, 760)
    page.show_contact(other)
    page.show()
    _painted(app, page.timeline)
    model = page.timeline_model
    opens, scrolls = [], []
    for _ in range(RUNS):
        page.show_contact(other)
        _painted(app, page.timeline)
        t0 = time.perf_counter()
        page.show_contact(CONTACT)
        _painted(app, page.timeline)
        opens.append((time.perf_counter() - t0) * 1000)
        count = model.rowCount()
        assert count > 0 and model.record(0) is not None
        lookups = model.key_lookups
        t0 = time.perf_counter()
        page.timeline.scrollToBottom()
        _painted(app, page.timeline)
        scrolls.append((time.perf_counter() - t0) * 1000)
        assert model.key_lookups > lookups, "the oldest page was not read by the paint"
        assert model.record(count - 1) is not None
    page.hide()

    # The agenda: a fresh section each time, loaded on its worker, then painted.
    agendas, loads = [], []
    for _ in range(RUNS):
        loop = QEventLoop()
        landed: list[tasks.Agenda] = []
        t0 = time.perf_counter()
        section = TasksSection(database, settings, changes)
        section.agendaLoaded.connect(
            lambda agenda, got=landed, stop=loop: (got.append(agenda), stop.quit()))
        section.resize(1200, 760)
        section.reload()
        section.show()  # after reload(): the section is no longer stale, so no second load
        QTimer.singleShot(60_000, loop.quit)
        loop.exec()
        if not landed:
            raise RuntimeError("the agenda did not load within a minute")
        _painted(app, section.tree)
        agendas.append((time.perf_counter() - t0) * 1000)
        agenda = landed[0]
        # Untimed: the owners' load that follows the agenda, so it slows no next run.
        wait_for_all()
        app.processEvents()
        section.hide()
        section.deleteLater()
    app.processEvents()
    today = local_now().date()
    for _ in range(RUNS):
        with database.session_scope() as s:
            t0 = time.perf_counter()
            tasks.agenda(s, today=today)
            loads.append((time.perf_counter() - t0) * 1000)
    return {"interactions": count, "open": opens, "scroll": scrolls,
            "open_tasks": agenda.open_count, "agenda": agendas, "agenda_query": loads}


if __name__ == "__main__":
    print(json.dumps(_child(sys.argv[1])))
    sys.stdout.flush()
    # PySide6 6.12 can abort while freeing widgets at interpreter exit (a refcount
    # error in its own teardown); the figures are out, so leave without the teardown.
    os._exit(0)
