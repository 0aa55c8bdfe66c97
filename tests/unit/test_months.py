"""Calendar months as the reports and points expiry count them."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from app.services.months import add_months, month_bounds, months_before

_days = st.dates(dt.date(1900, 1, 1), dt.date(2200, 12, 31))


@given(_days, st.integers(-1200, 1200), st.integers(-1200, 1200))
def test_months_add_up_across_years(day: dt.date, a: int, b: int) -> None:
    first = add_months(day, a)
    assert first.day == 1
    assert (first.year - day.year) * 12 + first.month - day.month == a
    assert add_months(first, b) == add_months(day, a + b)


@given(_days)
def test_a_day_lies_within_its_month(day: dt.date) -> None:
    first, following = month_bounds(day)
    assert first <= day < following
    assert first.day == following.day == 1
    assert (following - first).days in (28, 29, 30, 31)


@given(_days, st.integers(0, 1200))
def test_months_before_keeps_the_day_or_the_months_last(day: dt.date, months: int) -> None:
    earlier = months_before(day, months)
    assert earlier.replace(day=1) == add_months(day, -months)
    following = month_bounds(earlier)[1]
    last = (following - dt.timedelta(days=1)).day
    assert earlier.day == min(day.day, last)


def test_the_end_of_a_long_month_less_one_is_the_end_of_february() -> None:
    assert months_before(dt.date(2025, 3, 31), 1) == dt.date(2025, 2, 28)
    assert months_before(dt.date(2024, 3, 31), 1) == dt.date(2024, 2, 29)
    assert month_bounds(dt.date(2024, 12, 31)) == (dt.date(2024, 12, 1), dt.date(2025, 1, 1))
