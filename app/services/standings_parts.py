"""The heavy half of the standings recompute, spread over the machine's cores.

SQLite runs a statement on one core. On a large database (a million contacts, ten
million purchases) the recompute therefore starts one helper process per core
(``app.services.sql_worker``, up to ``MAX_WORKERS``), gives each a range of contacts
holding about the same number of purchases, and has each run the same statements the
one-connection recompute runs (``standings_sql``), into its own scratch file, reading
the user's database read-only. The unit of work then attaches those files and does
every write itself, in its own transaction, as before.

The scratch files stay attached to the unit of work's connection until its
transaction has ended (SQLite cannot detach a file a transaction has read); the
connection pool's check-in then detaches them and deletes the folder
(``app.db.after_checkin``).
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from app.db import after_checkin

from . import sql_worker

#: More processes than this gain little: the purchases are read from one disk.
MAX_WORKERS = 4
#: Below this (the highest purchase id, a count that ignores deletions) one connection
#: is as quick as starting helpers.
MIN_PURCHASES = 500_000
_SAMPLES = 512
_LOWEST, _HIGHEST = -(2**63), 2**63 - 1  # SQLite's integer range (ids never reach it)
_STALE_S = 24 * 3600  # scratch folders older than this were left by a crash
_log = logging.getLogger(__name__)
#: The workers' peak memory of the last recomputes in this process (for the benchmark).
closed: deque[list[int | None]] = deque(maxlen=16)


_PREFIX = "rapport-standings-"


def _sweep_stale_folders() -> None:
    """Delete the scratch folders of recomputes that ended without cleaning up (the
    application was killed): those not touched for a day."""
    now = time.time()
    for folder in Path(tempfile.gettempdir()).glob(_PREFIX + "*"):
        try:
            if now - folder.stat().st_mtime > _STALE_S:
                shutil.rmtree(folder, ignore_errors=True)
        except OSError:
            pass


class WorkerError(RuntimeError):
    """A helper process failed; the recompute's unit of work rolls back."""


def workers_for(session: Session, requested: int | None) -> int:
    """How many helpers to use: ``requested`` if given (0 or 1: none), otherwise one
    per core, when the database is a SQLite file holding enough purchases. None while
    the unit of work has uncommitted changes, which the helpers could not see."""
    if not sys.executable or _database_file(session) is None or _has_written(session):
        return 0
    if requested is not None:
        return min(requested, MAX_WORKERS) if requested >= 2 else 0
    cores = min(os.cpu_count() or 1, MAX_WORKERS)
    if cores < 2:
        return 0
    top = session.execute(text("SELECT max(id) FROM purchases")).scalar()
    return cores if (top or 0) >= MIN_PURCHASES else 0


def _has_written(session: Session) -> bool:
    """Whether the unit of work holds changes of its own: the helpers read only what is
    committed, so then everything stays on its connection."""
    if session.new or session.dirty or session.deleted:
        return True
    dbapi = session.connection().connection.dbapi_connection
    return bool(getattr(dbapi, "in_transaction", False))


def _database_file(session: Session) -> Path | None:
    bind = session.get_bind()
    engine = bind if isinstance(bind, Engine) else bind.engine
    if engine.dialect.name != "sqlite":
        return None
    name = engine.url.database
    if not name or name == ":memory:" or name.startswith("file:"):
        return None
    path = Path(name).resolve()  # the helpers open it as an absolute file: URI
    return path if path.is_file() else None


def contact_ranges(session: Session, count: int) -> list[tuple[int, int]]:
    """``count`` ranges of contact ids [lo, hi) covering every id, each holding about
    as many purchases: the boundaries are quantiles of the contact ids of purchases
    sampled at evenly spaced ids (a few hundred key look-ups)."""
    top = session.execute(text("SELECT max(id) FROM purchases")).scalar() or 0
    ids = sorted({max(1, top * i // _SAMPLES) for i in range(1, _SAMPLES + 1)})
    sampled: list[int] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ", ".join(str(i) for i in chunk)  # integers computed here, not input
        sampled += session.execute(text(
            f"SELECT contact_id FROM purchases WHERE id IN ({marks})")).scalars().all()
    sampled.sort()
    bounds = [_LOWEST]
    for k in range(1, count):
        cut = sampled[len(sampled) * k // count] if sampled else _HIGHEST
        bounds.append(max(cut, bounds[-1]))
    bounds.append(_HIGHEST)
    return list(zip(bounds, bounds[1:], strict=False))


def kth_smallest(sizes: Sequence[int], at: Callable[[int, int], Any], k: int) -> Any:
    """The value at 0-based position ``k`` of the sorted union of several sorted
    sequences, ``at(part, i)`` reading the ``i``-th value of one: about forty reads
    for two parts of 350,000 values each, a few hundred for four.

    Each round probes every remaining sequence ``step`` values past what has been set
    aside and sets aside the ``step`` values before the lowest probe: with
    ``step * parts <= k + 1`` at most ``k`` values of the union can sort before them
    (ties going their way), so the answer is still ahead, ``step`` places nearer.
    """
    if not 0 <= k < sum(sizes):
        raise IndexError(k)
    start = [0] * len(sizes)
    while True:
        live = [p for p, size in enumerate(sizes) if start[p] < size]
        if len(live) == 1:
            return at(live[0], start[live[0]] + k)
        if k == 0:
            return min(at(p, start[p]) for p in live)
        step = max(1, (k + 1) // len(live))
        probes = []
        for p in live:
            taken = min(step, sizes[p] - start[p])
            probes.append((at(p, start[p] + taken - 1), p, taken))
        _value, p, taken = min(probes)
        start[p] += taken
        k -= taken


class Ranks:
    """Every worker's rank tables (k, v) taken together (Workers.ranks)."""

    def __init__(self, connections: list[sqlite3.Connection]) -> None:
        self._connections = connections

    def _sizes(self, table: str) -> list[int]:
        return [c.execute(f"SELECT coalesce(max(k), 0) FROM {table}").fetchone()[0]
                for c in self._connections]

    def total(self, table: str) -> int:
        """How many rows the workers' ``table`` holds together."""
        return sum(self._sizes(table))

    def kth(self, table: str, k: int) -> Any:
        """The value at 0-based position ``k`` of the workers' ``table`` together."""
        def at(part: int, i: int) -> Any:
            return self._connections[part].execute(
                f"SELECT v FROM {table} WHERE k = ?", (i + 1,)).fetchone()[0]

        return kth_smallest(self._sizes(table), at, k)


@dataclass
class _Worker:
    lo: int
    hi: int
    scratch: Path
    process: subprocess.Popen[str]
    errors: IO[str]

    def ask(self, request: dict[str, Any]) -> dict[str, Any]:
        assert self.process.stdin is not None and self.process.stdout is not None
        try:
            self.process.stdin.write(json.dumps(request) + "\n")
            self.process.stdin.flush()
            line = self.process.stdout.readline()
        except (OSError, ValueError):  # its pipes are gone, or closed
            line = ""
        if not line:
            self.errors.seek(0)
            raise WorkerError(f"the helper process stopped: {self.errors.read()[-500:]}")
        reply = json.loads(line)
        if "error" in reply:
            raise WorkerError(reply["error"])
        return dict(reply)


class Workers:
    """Helper processes, one per contact range, each with its scratch file."""

    def __init__(self, source: Path, ranges: list[tuple[int, int]]) -> None:
        _sweep_stale_folders()
        self.folder = Path(tempfile.mkdtemp(prefix=_PREFIX))
        self.attached = False  # once attached, the connection's check-in deletes folder
        #: Each worker's peak resident memory in KiB once closed (None where unknown).
        self.peaks_kib: list[int | None] = []
        self.workers: list[_Worker] = []
        self._pool = ThreadPoolExecutor(len(ranges), thread_name_prefix="standings")
        try:
            for index, (lo, hi) in enumerate(ranges):
                errors = open(self.folder / f"worker{index}.log", "w+", encoding="utf-8")
                process = subprocess.Popen(
                    [sys.executable, "-I", "-S", sql_worker.__file__],
                    stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=errors,
                    text=True, encoding="utf-8",
                    creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
                self.workers.append(
                    _Worker(lo, hi, self.folder / f"part{index}.sqlite3", process, errors))
            self._all(lambda w: {"open": {"scratch": str(w.scratch), "source": str(source)}})
        except BaseException:
            self.close()
            raise

    @classmethod
    def start(cls, session: Session, count: int) -> Workers:
        source = _database_file(session)
        assert source is not None
        return cls(source, contact_ranges(session, count))

    def run(self, statements: list[str], params: dict[str, Any],
            cancel: threading.Event | None = None) -> None:
        """Every worker runs the statements over its range, all at once."""
        started = time.perf_counter()
        self._all(lambda w: {"run": [[s, {**params, "lo": w.lo, "hi": w.hi}]
                                     for s in statements]}, cancel)
        if _log.isEnabledFor(logging.DEBUG):
            _log.debug("%7.2fs  %d workers: %s", time.perf_counter() - started,
                       len(self.workers), " ".join(statements[-1].split())[:70])

    def _all(self, request: Callable[[_Worker], dict[str, Any]],
             cancel: threading.Event | None = None) -> None:
        futures = [self._pool.submit(w.ask, request(w)) for w in self.workers]
        while True:
            done, pending = wait(futures, timeout=0.1, return_when=FIRST_EXCEPTION)
            failed = [f for f in done if f.exception() is not None]
            if failed or (cancel is not None and cancel.is_set() and pending):
                self.kill()
                if failed:
                    raise failed[0].exception()  # type: ignore[misc]
                return  # the caller sees the cancel at its next step
            if not pending:
                return

    @contextmanager
    def ranks(self) -> Iterator[Ranks]:
        """The workers' sorted tables, read through short read-only connections."""
        connections = [sqlite3.connect(w.scratch.as_uri() + "?mode=ro", uri=True)
                       for w in self.workers]
        try:
            yield Ranks(connections)
        finally:
            for connection in connections:
                connection.close()

    def attach(self, session: Session) -> list[str]:
        """Attach every scratch file to the session's connection (until its check-in,
        which detaches them and deletes the folder); their schema names."""
        connection = session.connection()
        names: list[str] = []
        folder = self.folder

        def detach(dbapi_connection: Any) -> None:
            if dbapi_connection is not None:
                for name in names:
                    try:
                        dbapi_connection.execute(f"DETACH DATABASE {name}")
                    except sqlite3.Error as error:  # the next attach detaches it first
                        _log.warning("could not detach %s: %s", name, error)
            shutil.rmtree(folder, ignore_errors=True)

        after_checkin(connection, detach)  # first, so that a failed attach is undone too
        self.attached = True
        left = {row[1] for row in connection.execute(text("PRAGMA database_list"))}
        for index, worker in enumerate(self.workers):
            name = f"lc_part{index}"
            if name in left:  # left by a recompute whose detach failed
                connection.execute(text(f"DETACH DATABASE {name}"))
            connection.execute(text(f"ATTACH DATABASE :path AS {name}"),
                               {"path": str(worker.scratch)})
            names.append(name)
        return names

    def kill(self) -> None:
        for worker in self.workers:
            if worker.process.poll() is None:
                worker.process.kill()
        for worker in self.workers:
            worker.process.wait()

    def close(self) -> None:
        """Stop the workers; the folder goes too unless a connection attached it."""
        for worker in self.workers:
            peak = None
            if worker.process.poll() is None:
                try:
                    peak = worker.ask({"quit": True}).get("peak_kib")
                except (OSError, ValueError, WorkerError):
                    pass
            self.peaks_kib.append(peak)
            if worker.process.poll() is None:
                try:
                    worker.process.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    worker.process.kill()
                    worker.process.wait()
            for stream in (worker.process.stdin, worker.process.stdout):
                if stream is not None:
                    try:
                        stream.close()
                    except OSError:  # a killed worker's pipe: nothing left to flush to
                        pass
            worker.errors.close()
        self._pool.shutdown(wait=True)
        _log.debug("workers' peak memory (KiB): %s", self.peaks_kib)
        closed.append(self.peaks_kib)
        if not self.attached:
            shutil.rmtree(self.folder, ignore_errors=True)
