"""Calendar months: the few ways the reports and the points count them, in one place.

A month is counted by its index (year x 12 + month - 1), so that going back or forth any
number of months is one division, whatever years it crosses.
"""

from __future__ import annotations

import calendar
import datetime as dt


def _shifted(day: dt.date, count: int) -> tuple[int, int]:
    """(year, month) ``count`` months after ``day``'s month (before, if < 0)."""
    year, month = divmod(day.year * 12 + day.month - 1 + count, 12)
    return year, month + 1


def add_months(month: dt.date, count: int) -> dt.date:
    """The first day of the month ``count`` months after ``month``'s (before, if < 0)."""
    return dt.date(*_shifted(month, count), 1)


def month_bounds(day: dt.date) -> tuple[dt.date, dt.date]:
    """The first day of ``day``'s month and the first day of the next."""
    return add_months(day, 0), add_months(day, 1)


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` calendar months earlier (the month's last day when it is
    shorter: 31 March less one month is 28 or 29 February)."""
    year, month = _shifted(day, -months)
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
