"""The whole recompute, as the Loyalty section's button and the end of an import run it:
every customer's standing (lifecycle.recompute, points expiry first), then the figures
the Loyalty section and the Dashboard show (stored, so that they open at once).

One unit of work: a cancel (``cancel.set()``, seen between steps) or an error leaves
everything as it was. ``progress(done, total, step)`` names the step running.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from . import lifecycle
from .lifecycle import Progress, RecomputeCancelled, RecomputeResult

__all__ = ["RecomputeCancelled", "RecomputeResult", "recompute"]

#: The steps after the standings, in order, as progress names them.
REPORT_STEPS = ("loyalty report", "dashboard")


def recompute(session: Session, *, today: dt.date, progress: Progress | None = None,
              cancel: Any = None) -> RecomputeResult:
    from .dashboard import store_dashboard
    from .loyalty_report import store_loyalty_report

    offset = len(REPORT_STEPS)

    def standings(done: int, total: int, step: str) -> None:
        if progress is not None:
            progress(done, total + offset, step)

    result = lifecycle.recompute(session, today=today, progress=standings, cancel=cancel)
    total = len(lifecycle.STEPS) + offset
    for index, (step, store) in enumerate(zip(REPORT_STEPS, (store_loyalty_report,
                                                             store_dashboard), strict=True)):
        if cancel is not None and cancel.is_set():
            raise RecomputeCancelled()
        if progress is not None:
            progress(len(lifecycle.STEPS) + index, total, step)
        store(session, today)
    if progress is not None:
        progress(total, total, "done")
    return result
