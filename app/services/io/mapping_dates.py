"""Reading dates and times out of spreadsheet cells: Excel serial numbers and written dates.

This module only recognises; ``values`` turns its ``DateReadError`` reasons into the
translatable sentences a person sees. Written dates understood:

* ISO: 2025-03-01, 2025-03-01T10:00, 2025-03-01 10:00:30+05:00, 2025/03/01, 20250301;
* day first with dots (the Russian, Uzbek and German way, never month first):
  01.03.2025, 1.3.25, "01.03.2025 г.";
* slashes or dashes, whose order is the caller's (``"dmy"`` or ``"mdy"``): 01/03/2025;
  without an order, a date is read only when it can be read one way (13/03/2025, or
  day and month equal) and is otherwise "ambiguous", so the wizard can ask;
* month names in English, Russian and Uzbek (Latin and Cyrillic), whole or cut to
  three letters or more: 1 March 2025, Mar 1, 2025, 01-Mar-25, 1 марта 2025, 1-mart 2025,
  2025-yil 1-mart; and Chinese 2025年3月1日.

A time may follow (10:00, 10:00:30.5, 10:00 PM) with an offset (Z, +05:00, UTC). Two-digit
years follow Excel: 00-29 are 2000-2029, 30-99 are 1930-1999.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from collections.abc import Iterable

from .table import Cell

#: The last day Excel can show (9999-12-31).
EXCEL_MAX_SERIAL = 2958465
# Serial 1 is 1900-01-01. Excel also counts a 29 February 1900 that never was (serial 60,
# kept from Lotus 1-2-3), so from serial 61 (1900-03-01) on, day 0 is 1899-12-30.
_EPOCH_EARLY = dt.datetime(1899, 12, 31)
_EPOCH = dt.datetime(1899, 12, 30)
_MS_PER_DAY = 86_400_000

# Reasons of DateReadError.
NOT_A_DATE = "not_a_date"
AMBIGUOUS = "ambiguous"
NOT_DMY = "not_dmy"
NOT_MDY = "not_mdy"
LEAP_1900 = "leap_1900"
OUT_OF_RANGE = "out_of_range"

_MONTHS: tuple[tuple[str, ...], ...] = (
    ("january", "январь", "января", "yanvar", "январ"),
    ("february", "февраль", "февраля", "fevral", "феврал"),
    ("march", "март", "марта", "mart"),
    ("april", "апрель", "апреля", "aprel", "апрел"),
    ("may", "май", "мая"),
    ("june", "июнь", "июня", "iyun", "июн"),
    ("july", "июль", "июля", "iyul", "июл"),
    ("august", "август", "августа", "avgust"),
    ("september", "сентябрь", "сентября", "sentabr", "сентябр"),
    ("october", "октябрь", "октября", "oktabr", "октябр"),
    ("november", "ноябрь", "ноября", "noyabr", "ноябр"),
    ("december", "декабрь", "декабря", "dekabr", "декабр"),
)

_TIME = (
    r"(?:[T\s]+(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?:[.,](?P<f>\d{1,6}))?)?"
    r"\s*(?P<ampm>[ap]\.?m\.?)?)?"
    r"\s*(?P<tz>z|utc|gmt|[+-]\d{2}(?::?\d{2})?)?"
)
_NUM_DATES = (
    ("ymd", re.compile(r"(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})" + _TIME, re.I)),
    ("ymd", re.compile(r"(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})", re.I)),
    ("ymd", re.compile(r"(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})[日号]?" + _TIME, re.I)),
    ("dmy", re.compile(r"(?P<a>\d{1,2})\.(?P<b>\d{1,2})\.(?P<y>\d{4}|\d{2})" + _TIME, re.I)),
    ("slash", re.compile(r"(?P<a>\d{1,2})[/-](?P<b>\d{1,2})[/-](?P<y>\d{4}|\d{2})" + _TIME, re.I)),
)
_WORD = r"(?P<mon>[^\W\d_]{3,})\.?"
_NAME_DATES = (
    re.compile(r"(?P<d>\d{1,2})(?:st|nd|rd|th)?[\s.-]+" + _WORD + r"[\s,.-]+(?P<y>\d{4}|\d{2})"
               + _TIME, re.I),
    re.compile(_WORD + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})" + _TIME, re.I),
    re.compile(r"(?P<y>\d{4})-yil,?\s+(?P<d>\d{1,2})-" + _WORD + _TIME, re.I),
)
# "01.03.2025 г." (Russian "year"), "2025 y." (Uzbek).
_YEAR_WORD = re.compile(r"\s*(?:г|y|yil)\.?$", re.I)
_SLASH = re.compile(r"\s*(\d{1,2})[/-](\d{1,2})[/-](?:\d{4}|\d{2})\b")


class DateReadError(ValueError):
    """A cell is not a date; ``reason`` is one of the module's reason constants."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def from_excel_serial(serial: float) -> dt.datetime:
    """The naive date and time an Excel (1900 date system) serial number stands for.

    The fraction is the time of day, rounded to the millisecond (Excel's own precision),
    so 0.4166666667 is 10:00 and not 09:59:59.999.
    """
    if not math.isfinite(serial) or serial < 1 or serial >= EXCEL_MAX_SERIAL + 1:
        raise DateReadError(OUT_OF_RANGE)
    if 60 <= serial < 61:
        raise DateReadError(LEAP_1900)
    days = math.floor(serial)
    millis = round((serial - days) * _MS_PER_DAY)
    epoch = _EPOCH if serial >= 61 else _EPOCH_EARLY
    try:
        return epoch + dt.timedelta(days=days, milliseconds=millis)
    except OverflowError:  # 9999-12-31 plus a fraction that rounds up to midnight
        raise DateReadError(OUT_OF_RANGE) from None


def from_yyyymmdd(number: int) -> dt.date | None:
    """The date an eight-digit number such as 20250301 writes, or None."""
    if not 10_000_101 <= number <= 99_991_231:
        return None
    try:
        return dt.date(number // 10_000, number // 100 % 100, number % 100)
    except ValueError:
        return None


def read_date_text(text: str, order: str | None) -> tuple[dt.date, dt.time | None]:
    """The date written in ``text`` and the time after it (aware if an offset was given).

    ``order`` ("dmy", "mdy" or None) decides slash and dash dates only.
    """
    text = _YEAR_WORD.sub("", unicodedata.normalize("NFKC", text).strip())
    for shape, pattern in _NUM_DATES:
        match = pattern.fullmatch(text)
        if match is None:
            continue
        if shape == "ymd":
            y, m, d = int(match["y"]), int(match["m"]), int(match["d"])
        elif shape == "dmy":
            y, m, d = _year(match["y"]), int(match["b"]), int(match["a"])
        else:
            y = _year(match["y"])
            m, d = _slash_order(int(match["a"]), int(match["b"]), y, order)
        return _date(y, m, d), _time(match)
    for pattern in _NAME_DATES:
        match = pattern.fullmatch(text)
        if match is not None and (month := month_number(match["mon"])) is not None:
            return _date(_year(match["y"]), month, int(match["d"])), _time(match)
    raise DateReadError(NOT_A_DATE)


def month_number(word: str) -> int | None:
    """1-12 for a month's name (whole, or its first three letters or more), else None."""
    word = word.casefold()
    found = {
        number
        for number, names in enumerate(_MONTHS, start=1)
        for name in names
        if name == word or (len(word) >= 3 and name.startswith(word))
    }
    return found.pop() if len(found) == 1 else None


def guess_date_order(cells: Iterable[Cell]) -> str | None:
    """The date order of a column's slash dates: "dmy" when a first part is over 12,
    "mdy" when a second part is; None when no value decides it or values disagree."""
    seen: set[str] = set()
    for cell in cells:
        parts = slash_parts(cell) if isinstance(cell, str) else None
        if parts is not None:
            first, second = parts
            if first > 12 >= second:
                seen.add("dmy")
            elif second > 12 >= first:
                seen.add("mdy")
    return seen.pop() if len(seen) == 1 else None


def needs_date_order(cells: Iterable[Cell]) -> bool:
    """Whether some value reads as two different dates (03/01/2025), so that the order
    matters: ask the user when this is true and guess_date_order gives None."""
    for cell in cells:
        parts = slash_parts(cell) if isinstance(cell, str) else None
        if parts is not None and parts[0] != parts[1] and max(parts) <= 12 and min(parts) >= 1:
            return True
    return False


def slash_parts(text: str) -> tuple[int, int] | None:
    """The first two numbers of a slash or dash date such as 03/01/2025, else None."""
    match = _SLASH.match(text)
    return (int(match[1]), int(match[2])) if match else None


def _slash_order(a: int, b: int, year: int, order: str | None) -> tuple[int, int]:
    """(month, day) of a slash date whose first two parts are ``a`` and ``b``."""
    if order == "dmy":
        if not _valid(year, b, a):
            raise DateReadError(NOT_DMY)
        return b, a
    if order == "mdy":
        if not _valid(year, a, b):
            raise DateReadError(NOT_MDY)
        return a, b
    day_first, month_first = _valid(year, b, a), _valid(year, a, b)
    if day_first and month_first and a != b:
        raise DateReadError(AMBIGUOUS)
    return (b, a) if day_first else (a, b)


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 30 else 1900
    return year


def _date(year: int, month: int, day: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise DateReadError(NOT_A_DATE) from None


def _time(match: re.Match[str]) -> dt.time | None:
    """The time (and offset) after a date, or None when only a date was written."""
    groups = match.groupdict()
    if groups.get("h") is None:
        if groups.get("tz"):
            raise DateReadError(NOT_A_DATE)  # an offset without a time means nothing
        return None
    hour, minute = int(groups["h"]), int(groups["mi"])
    second = int(groups["s"] or 0)
    micro = int((groups["f"] or "0").ljust(6, "0"))
    if ampm := groups.get("ampm"):
        if not 1 <= hour <= 12:
            raise DateReadError(NOT_A_DATE)
        hour = hour % 12 + (12 if ampm[0].lower() == "p" else 0)
    tzinfo = _offset(groups.get("tz"))
    try:
        return dt.time(hour, minute, second, micro, tzinfo=tzinfo)
    except ValueError:
        raise DateReadError(NOT_A_DATE) from None


def _offset(text: str | None) -> dt.tzinfo | None:
    if not text:
        return None
    if text.lower() in ("z", "utc", "gmt"):
        return dt.UTC
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:] or 0)
    if hours > 23 or minutes > 59:
        raise DateReadError(NOT_A_DATE)
    delta = dt.timedelta(hours=hours, minutes=minutes)
    return dt.timezone(-delta if text[0] == "-" else delta)
