"""Background work in the shape of Anki's QueryOp: run off the GUI thread, report back by signal.

``run_in_background(fn, on_done=..., on_error=...)`` runs ``fn(cancel)`` on the global
QThreadPool. The result (or the exception) comes back through a signal that lives in
the GUI thread, so the callbacks run there and may touch widgets; the worker never
does. ``cancel`` is a ``threading.Event`` that long services poll.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

Work = Callable[[threading.Event], Any]


class BackgroundOp(QObject):
    """One piece of work; keep the object to cancel it or to wait for its signals."""

    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self.cancel_event = threading.Event()
        self.running = False

    def cancel(self) -> None:
        self.cancel_event.set()

    def _run(self) -> None:
        try:
            result = self._work(self.cancel_event)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, not lost
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)
        finally:
            self.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, op: BackgroundOp) -> None:
        super().__init__()
        self._op = op

    def run(self) -> None:
        self._op._run()


# Ops in flight, so that neither Python nor Qt frees one before its signals are delivered.
_IN_FLIGHT: set[BackgroundOp] = set()


@contextmanager
def long_job_gc() -> Iterator[None]:
    """Around a long job on a worker (an import): keep the objects alive when it
    starts out of the garbage collector's full passes until it ends.

    A full pass stops every thread, the GUI's too, for as long as it takes to visit
    every tracked object: with Qt, SQLAlchemy and phonenumbers loaded, 40-80 ms, and a
    job that allocates a lot triggers one every few seconds. Frozen, the start-up
    objects are skipped and the pauses halve (measured by benchmarks/bench_import.py).
    They return to the collector when the job ends.
    """
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def run_in_background(
    work: Work,
    *,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    parent: QObject | None = None,
) -> BackgroundOp:
    """Start ``work(cancel_event)`` on the thread pool; callbacks run on the GUI thread."""
    op = BackgroundOp(work, parent)
    if on_done is not None:
        op.succeeded.connect(on_done)
    if on_error is not None:
        op.failed.connect(on_error)
    _IN_FLIGHT.add(op)
    op.finished.connect(lambda: _finish(op))
    op.running = True
    QThreadPool.globalInstance().start(_Runnable(op))
    return op


def _finish(op: BackgroundOp) -> None:
    op.running = False
    _IN_FLIGHT.discard(op)


def wait_for_all(msecs: int = -1) -> bool:
    """Block until the pool is idle (at exit, so no worker outlives the database).

    -1 waits as long as it takes.
    """
    return QThreadPool.globalInstance().waitForDone(msecs)
