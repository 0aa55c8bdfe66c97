"""The whole recompute, as the Loyalty section's button and the end of an import run it:
every customer's standing (``standings``: lifecycle.recompute, points expiry included),
then the figures the Loyalty section and the Dashboard show (``reports``: stored, so
that they open at once).

The window runs the two as two units of work: the standings' writes come after all
their reads and are done in seconds, and the reports read in a transaction of their
own and write two rows at its end, so the window's own writes never wait behind the
long reads. A cancel (``cancel.set()``, seen between steps) or an error rolls back the
unit of work it happens in. ``recompute`` runs both in the caller's one session (the
command line, the benchmark). ``progress(done, total, step)`` names the step running.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any

from sqlalchemy.orm import Session

from . import lifecycle
from .lifecycle import Progress, RecomputeCancelled, RecomputeResult

__all__ = ["RecomputeCancelled", "RecomputeResult", "outdated", "recompute", "reports",
           "standings"]

#: The steps after the standings, in order, as progress names them.
REPORT_STEPS = ("loyalty report", "dashboard")
TOTAL = len(lifecycle.STEPS) + len(REPORT_STEPS)


#: Times the window runs the standings (or the reports) while saves made meanwhile
#: outdate what they read (outdated).
ATTEMPTS = 3


def outdated(error: BaseException) -> bool:
    """Whether ``error`` is SQLite refusing a unit of work's first write because another
    connection (the window saving a purchase, say) committed after it began reading
    (SQLITE_BUSY_SNAPSHOT). Nothing was stored, and running it again reads what was
    saved, so the window tries again (ATTEMPTS) before it reports the error."""
    cause = getattr(error, "orig", error)
    return getattr(cause, "sqlite_errorcode", None) == sqlite3.SQLITE_BUSY_SNAPSHOT


def standings(session: Session, *, today: dt.date, progress: Progress | None = None,
              cancel: Any = None) -> RecomputeResult:
    """Every contact's lifecycle, scores, tier and balance (steps 0..6 of TOTAL)."""
    def step(done: int, _total: int, name: str) -> None:
        if progress is not None:
            progress(done, TOTAL, name)

    return lifecycle.recompute(session, today=today, progress=step, cancel=cancel)


def reports(session: Session, *, today: dt.date, progress: Progress | None = None,
            cancel: Any = None) -> None:
    """The stored figures of the Loyalty section and the Dashboard (the last steps)."""
    from .dashboard import store_dashboard
    from .loyalty_report import store_loyalty_report

    for index, (name, store) in enumerate(zip(REPORT_STEPS, (store_loyalty_report,
                                                             store_dashboard), strict=True)):
        if cancel is not None and cancel.is_set():
            raise RecomputeCancelled()
        if progress is not None:
            progress(len(lifecycle.STEPS) + index, TOTAL, name)
        store(session, today)
    if progress is not None:
        progress(TOTAL, TOTAL, "done")


def recompute(session: Session, *, today: dt.date, progress: Progress | None = None,
              cancel: Any = None) -> RecomputeResult:
    """Standings and reports in the caller's one unit of work."""
    result = standings(session, today=today, progress=progress, cancel=cancel)
    reports(session, today=today, progress=progress, cancel=cancel)
    return result
