"""A helper process that runs SQL for the recompute on one range of contacts.

SQLite runs one statement on one core, and threads in one process do not help: its
global memory mutex serialises them (measured: two threads, each summing half of the
purchases, took as long as one thread summing all). Separate processes do scale. So
the recompute (``app.services.standings_parts``) starts one of these per core, each
with its own range of contacts, and each writes what it computes into its own scratch
file, which the recompute then attaches.

Standard library only, and started with ``python -I -S`` (no site-packages), so that
starting one costs tens of milliseconds. It opens the user's database read-only
(``mode=ro``): whatever it is sent, it cannot change the user's data.

Protocol: one JSON object per line on stdin, one reply per line on stdout.

* ``{"open": {"scratch": PATH, "source": PATH}}``: create the scratch file (its main
  schema) and attach the database read-only as ``src``.
* ``{"run": [[SQL, PARAMS], ...]}``: run the statements in order and commit.
* ``{"quit": true}``: close and exit (the reply adds ``peak_kib``, its peak resident
  memory where the system tells it).

Every reply is ``{"ok": true}`` or ``{"error": MESSAGE}``; after an error the worker
keeps nothing half-done that matters (its scratch file is thrown away by the caller).
"""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path
from typing import Any


def _open(scratch: str, source: str) -> sqlite3.Connection:
    connection = sqlite3.connect(Path(scratch).as_uri(), uri=True, isolation_level=None)
    # A scratch file: nothing to recover after a crash, but a failed batch rolls back.
    connection.execute("PRAGMA journal_mode = MEMORY")
    connection.execute("PRAGMA synchronous = OFF")
    connection.execute("PRAGMA temp_store = MEMORY")
    connection.execute("PRAGMA cache_size = -32768")
    connection.execute("PRAGMA busy_timeout = 5000")
    # cache=private: with a shared cache the workers would share (and lock) one cache.
    connection.execute("ATTACH DATABASE ? AS src",
                       (Path(source).as_uri() + "?mode=ro&cache=private",))
    return connection


def _run(connection: sqlite3.Connection, statements: list[list[Any]]) -> None:
    connection.execute("BEGIN")
    try:
        for statement, params in statements:
            connection.execute(statement, params)
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")


def serve(lines: Any, reply: Any) -> None:
    """Answer each request line until ``quit`` or the end of input."""
    connection: sqlite3.Connection | None = None
    try:
        for line in lines:
            request = json.loads(line)
            try:
                if "open" in request:
                    connection = _open(request["open"]["scratch"], request["open"]["source"])
                elif "run" in request:
                    if connection is None:
                        raise RuntimeError("run before open")
                    _run(connection, request["run"])
                elif request.get("quit"):
                    reply({"ok": True, "peak_kib": _peak_kib()})
                    return
                else:
                    raise RuntimeError(f"unknown request: {sorted(request)}")
            except (sqlite3.Error, RuntimeError, OSError) as error:
                reply({"error": f"{type(error).__name__}: {error}"})
                continue
            reply({"ok": True})
    finally:
        if connection is not None:
            connection.close()


def _peak_kib() -> int | None:
    """This process's peak resident memory (Linux), for the benchmark's figures."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def _reply(message: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


if __name__ == "__main__":
    serve(sys.stdin, _reply)
