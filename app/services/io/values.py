"""From spreadsheet cells to the values an import stores, one parser per kind of field.

A cell keeps the type its file gave it (see ``table.Cell``), so each parser takes what
spreadsheets really hold: a phone typed into Excel becomes the number 998901234567.0, a
date may be a real date cell, an Excel serial number or text in one of many orders. Each
parser returns the value (None for an empty cell) or raises ``ValueProblem``: a one-line
reason for the import report. A problem found by Rapport's own checks
(``app.services.validation``) keeps that module's sentence and translation context, so
a row reads the same in the import report as in the contact form.

``parse_value`` picks the parser from ``fields.Field.kind``. This module is the one to
import: the text, number and word parsers (``mapping_cells``) and the date order guess
(``mapping_dates``) are re-exported here.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal

import phonenumbers
from phonenumbers import NumberParseException

from .. import validation
from ..errors import QT_TRANSLATE_NOOP, ValidationError
from ..phone_validity import is_valid_number
from . import mapping_dates as dates
from .mapping_cells import (
    NOT_A_CHANNEL,
    NOT_A_DIRECTION,
    NOT_A_NUMBER,
    NOT_A_PRIORITY,
    NOT_A_STAGE,
    NOT_TEXT,
    NOT_YES_NO,
    NUMBER_TOO_BIG,
    ValueProblem,
    ValueWarning,
    fold_text,
    parse_bool,
    parse_channel,
    parse_direction,
    parse_int,
    parse_priority,
    parse_stage,
    shown,
    text_of,
)
from .mapping_dates import guess_date_order, needs_date_order
from .table import Cell

__all__ = [
    "NOT_A_CHANNEL", "NOT_A_DIRECTION", "NOT_A_NUMBER", "NOT_A_PRIORITY", "NOT_A_STAGE",
    "NOT_TEXT", "NOT_YES_NO", "NUMBER_TOO_BIG", "Value", "ValueProblem", "ValueWarning",
    "fold_text", "guess_date_order",
    "needs_date_order", "parse_bool", "parse_channel", "parse_date", "parse_datetime",
    "parse_direction", "parse_email", "parse_int", "parse_phone", "parse_priority",
    "parse_stage", "parse_tags", "parse_value", "parser_for", "phone_text", "shown",
    "split_multi", "text_of",
]

#: What parse_value returns.
Value = str | int | bool | dt.date | dt.datetime | tuple[str, ...] | None

C = "Import"
NOT_A_DATE = QT_TRANSLATE_NOOP("Import", "“{value}” is not a date.")
DATE_AMBIGUOUS = QT_TRANSLATE_NOOP(
    "Import", "“{value}” can be read day first or month first. Choose the order of the dates."
)
DATE_NOT_DMY = QT_TRANSLATE_NOOP(
    "Import", "“{value}” is not a date written day first (day/month/year).")
DATE_NOT_MDY = QT_TRANSLATE_NOOP(
    "Import", "“{value}” is not a date written month first (month/day/year)."
)
DATE_1900 = QT_TRANSLATE_NOOP(
    "Import", "“{value}” is 29 February 1900, a day that exists only in Excel. Correct the cell."
)
DATE_RANGE = QT_TRANSLATE_NOOP(
    "Import", "“{value}” is too far in the past or the future for a date.")
NOT_A_PHONE = QT_TRANSLATE_NOOP("Import", "“{value}” is not a phone number.")
PHONE_WAS_NUMBER = QT_TRANSLATE_NOOP(
    "Import",
    "“{value}” was stored as a number in the spreadsheet, so a leading 0 or + may have "
    "been lost. Check the number.",
)
PHONE_DIGITS_LOST = QT_TRANSLATE_NOOP(
    "Import",
    "“{value}” is in scientific notation and has lost its last digits. Format the column "
    "as text in the spreadsheet and import again.",
)

_DATE_REASONS = {
    dates.NOT_A_DATE: NOT_A_DATE,
    dates.AMBIGUOUS: DATE_AMBIGUOUS,
    dates.NOT_DMY: DATE_NOT_DMY,
    dates.NOT_MDY: DATE_NOT_MDY,
    dates.LEAP_1900: DATE_1900,
    dates.OUT_OF_RANGE: DATE_RANGE,
}
_SCIENTIFIC = re.compile(r"([0-9])(?:[.,]([0-9]+))?[eE]\+?([0-9]{1,2})")
_BARE_DIGITS = re.compile(r"[1-9][0-9]{6,16}")
_MULTI_SPLIT = re.compile(r"\s*(?::::|;|[\r\n]+)\s*")
_TAG_SPLIT = re.compile(r"\s*(?::::|[,;|\r\n])\s*")
_ANGLE_ADDRESS = re.compile(r"[^<>]*<([^<>]+)>")
#: Google Contacts puts every contact in this system group; it is not a tag.
GOOGLE_ALL_CONTACTS = "* myContacts"


# --- dates ---------------------------------------------------------------------------


def parse_date(cell: Cell, order: str | None = None) -> dt.date | None:
    """A date from a date cell, an Excel serial number, a number like 20250301 or text
    (see ``mapping_dates``); ``order`` ("dmy", "mdy" or None) reads 01/03/2025."""
    if cell is None or (isinstance(cell, str) and not cell.strip()):
        return None
    if isinstance(cell, dt.datetime):
        return cell.date()
    if isinstance(cell, dt.date):
        return cell
    with _date_problem(cell):
        if isinstance(cell, bool):
            raise dates.DateReadError(dates.NOT_A_DATE)
        if isinstance(cell, int | float):
            if math.isfinite(cell) and float(cell).is_integer():
                if (day := dates.from_yyyymmdd(int(cell))) is not None:
                    return day
            return dates.from_excel_serial(cell).date()
        return dates.read_date_text(cell, order)[0]


def parse_datetime(
    cell: Cell, order: str | None = None, tz: dt.tzinfo = dt.UTC
) -> dt.datetime | None:
    """An aware UTC moment. A cell without an offset (a date cell, a serial number, text
    such as "01.03.2025 10:00") is local time in ``tz``; a date alone is its midnight."""
    if cell is None or (isinstance(cell, str) and not cell.strip()):
        return None
    with _date_problem(cell):
        if isinstance(cell, dt.datetime):
            moment = cell
        elif isinstance(cell, dt.date):
            moment = dt.datetime.combine(cell, dt.time())
        elif isinstance(cell, int | float) and not isinstance(cell, bool):
            moment = dates.from_excel_serial(cell)
        elif isinstance(cell, str):
            day, time = dates.read_date_text(cell, order)
            moment = dt.datetime.combine(day, time or dt.time())
        else:
            raise dates.DateReadError(dates.NOT_A_DATE)
        if moment.tzinfo is None or moment.utcoffset() is None:
            moment = moment.replace(tzinfo=tz)
        try:
            return moment.astimezone(dt.UTC)
        except (OverflowError, ValueError):  # year 1 or 9999 pushed past the calendar
            raise dates.DateReadError(dates.OUT_OF_RANGE) from None


@contextmanager
def _date_problem(cell: Cell) -> Iterator[None]:
    """Turn the reader's DateReadError into the ValueProblem that explains it."""
    try:
        yield
    except dates.DateReadError as error:
        raise ValueProblem(_DATE_REASONS[error.reason], value=shown(cell)) from None


# --- emails and phones -----------------------------------------------------------------


def parse_email(cell: Cell) -> str | None:
    """An email address as written (trimmed, NFC), checked like the contact form does.

    A "mailto:" prefix and a display name around the address ("Ivan <ivan@example.com>")
    are dropped.
    """
    text = text_of(cell)
    if text is None:
        return None
    if match := _ANGLE_ADDRESS.fullmatch(text):
        text = match[1].strip()
    if text[:7].casefold() == "mailto:":
        text = text[7:].strip()
    try:
        return validation.normalize_email(text, field="email")[0]
    except ValidationError as error:
        raise ValueProblem.of(error) from None


def phone_text(cell: Cell, region: str | None = None) -> tuple[str | None, ValueWarning | None]:
    """A phone's text, and a warning when the spreadsheet may have damaged it.

    Excel turns "+998 90 123 45 67" typed without spaces into the number 998901234567
    (losing the +) and "0791 112 3456" into 7911123456 (losing the 0). A number cell is
    turned back into digits: with a "+" when the digits make a valid international number
    that is not also a valid national number of ``region``; with a warning when they do
    not make a valid international number (a leading 0 or + may be gone). Text of bare
    digits gets its "+" back the same way, without a warning. Text in scientific notation
    ("9.98901234567E+11", from a CSV saved by Excel) is read as its digits, with a warning
    when the notation kept fewer digits than the number has. Other text is kept as it is.
    """
    if cell is None:
        return None, None
    if isinstance(cell, bool | dt.date):
        raise ValueProblem(NOT_A_PHONE, value=shown(cell))
    if isinstance(cell, str):
        text = cell.strip()
        if not text:
            return None, None
        if text[0] == "+":  # as typed: the usual case, neither of the two below
            return text, None
        if match := _SCIENTIFIC.fullmatch(text):
            written = Decimal(text.replace(",", "."))
            if written != written.to_integral_value():
                raise ValueProblem(NOT_A_PHONE, value=text)
            digits = str(int(written))
            kept = 1 + len(match[2] or "")
            if kept < len(digits) and digits.endswith("0" * (len(digits) - kept)):
                return digits, ValueWarning(PHONE_DIGITS_LOST, value=text)
            return _restored(digits, region, warn=True)
        if _BARE_DIGITS.fullmatch(text):
            return _restored(text, region, warn=False)
        return text, None
    if isinstance(cell, float) and not (math.isfinite(cell) and cell.is_integer()):
        raise ValueProblem(NOT_A_PHONE, value=shown(cell))
    number = int(cell)
    if not 0 < number < 10**17:
        raise ValueProblem(NOT_A_PHONE, value=shown(cell))
    return _restored(str(number), region, warn=True)


def parse_phone(cell: Cell, region: str | None = None) -> tuple[str | None, ValueWarning | None]:
    """phone_text, then checked like the contact form checks it (valid for its country;
    ``region`` is the country assumed for numbers without a country code)."""
    text, warning = phone_text(cell, region)
    if text is not None:
        try:
            validation.normalize_phone(text, region, field="phone")
        except ValidationError as error:
            raise ValueProblem.of(error) from None
    return text, warning


def _restored(digits: str, region: str | None, *, warn: bool) -> tuple[str, ValueWarning | None]:
    international = _is_valid("+" + digits, None)
    region = region.strip().upper() if region else None
    national = (international  # else it changes nothing: spare parsing it
                and region in phonenumbers.SUPPORTED_REGIONS and _is_valid(digits, region))
    text = "+" + digits if international and not national else digits
    warning = ValueWarning(PHONE_WAS_NUMBER, value=text) if warn and not international else None
    return text, warning


def _is_valid(text: str, region: str | None) -> bool:
    try:
        return is_valid_number(validation.parse_phone(text, region))
    except NumberParseException:
        return False


# --- lists ---------------------------------------------------------------------------


def split_multi(cell: Cell) -> tuple[Cell, ...]:
    """The values of a cell that holds several emails or phones: Google Contacts joins
    them with " ::: ", other files with ";" or line breaks. Commas do not split (a phone
    may be written "+7 495 123-45-67, доб. 12"). Non-text cells are one value."""
    if not isinstance(cell, str):
        return () if cell is None else (cell,)
    if ";" not in cell and "\n" not in cell and "\r" not in cell and ":::" not in cell:
        text = cell.strip()  # one value, the usual case: no need to split
        return (text,) if text else ()
    return tuple(part for part in _MULTI_SPLIT.split(cell.strip()) if part)


def parse_tags(cell: Cell) -> tuple[str, ...]:
    """Tag names split on , ; | line breaks and Google's " ::: ", in order, repeats
    (ignoring case) dropped. Google's "* myContacts" group is not a tag; its other system
    groups lose their "* " ("* starred" is "starred")."""
    text = text_of(cell)
    if text is None:
        return ()
    tags: dict[str, str] = {}
    for part in _TAG_SPLIT.split(text):
        if part.casefold() == GOOGLE_ALL_CONTACTS.casefold():
            continue
        name = part.removeprefix("* ").strip()
        if name:
            tags.setdefault(name.casefold(), name)
    return tuple(tags.values())


# --- by field kind -------------------------------------------------------------------


def parse_value(
    field_kind: str,
    cell: Cell,
    *,
    order: str | None = None,
    tz: dt.tzinfo = dt.UTC,
    region: str | None = None,
    warnings: list[ValueWarning] | None = None,
) -> Value:
    """The value of ``cell`` for a field of kind ``field_kind`` (``fields.Field.kind``).

    ``order`` is the column's date order, ``tz`` the zone of times written without one,
    ``region`` the country of phone numbers without a country code. Warnings about a
    value that was kept (a phone that lost its 0) are appended to ``warnings``. Raises
    ValueProblem only; an unknown kind is a programming error (KeyError).
    """
    if field_kind == "phone":
        text, warning = parse_phone(cell, region)
        if warning is not None and warnings is not None:
            warnings.append(warning)
        return text
    if field_kind == "date":
        return parse_date(cell, order)
    if field_kind == "datetime":
        return parse_datetime(cell, order, tz)
    return _PARSERS[field_kind](cell)


def parser_for(
    field_kind: str, *, order: str | None = None, tz: dt.tzinfo = dt.UTC,
    region: str | None = None,
) -> Callable[[Cell], Value]:
    """``parse_value`` for one kind and one set of options, as a function of the cell
    alone (no warnings kept): an import looks the parser up once per column, not once
    per cell."""
    if field_kind == "phone":
        return lambda cell: parse_phone(cell, region)[0]
    if field_kind == "date":
        return lambda cell: parse_date(cell, order)
    if field_kind == "datetime":
        return lambda cell: parse_datetime(cell, order, tz)
    found = _PARSERS.get(field_kind)
    if found is None:  # a programming error, raised as parse_value raises it
        return lambda cell: parse_value(field_kind, cell)
    return found


_PARSERS: dict[str, Callable[[Cell], Value]] = {
    "text": text_of,
    "email": parse_email,
    "bool": parse_bool,
    "int": parse_int,
    "tags": parse_tags,
    "stage": parse_stage,
    "channel": parse_channel,
    "direction": parse_direction,
    "priority": parse_priority,
}
