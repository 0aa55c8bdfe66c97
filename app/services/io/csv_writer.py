"""Exports as CSV: UTF-8 with a byte-order mark, commas, minimal quoting, CRLF lines.

The BOM is what makes Excel (and Numbers, LibreOffice) open the file as UTF-8 rather
than the machine's legacy code page, so Cyrillic, Uzbek and Chinese names survive a
double-click; other programs skip it. Lines end in CRLF as RFC 4180 says; a value with
a comma, a quote or a line break is quoted.

Values are text, so each kind is spelled out: dates as 2025-06-02, moments as local
time in ISO 8601 with the offset (2025-06-02T20:00:00+05:00: a person reads their own
clock and a program knows the moment exactly), truth values as TRUE / FALSE (what Excel
writes), numbers as digits, tags joined with ", ".

Formula injection (OWASP, "CSV Injection"): a spreadsheet runs a cell that begins with
= + - @, a tab or a carriage return as a formula. Such text is written with an
apostrophe in front, which spreadsheets take as "this is text"; text that already
begins with apostrophes before one of those characters gets one more, so that
``unprotect()`` (one apostrophe off, for the importer) gives back exactly what was
exported. A phone typed +998... thus reads '+998... in the file.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from .sheet_writer import BUFFER, Column, Row, local

ENCODING = "utf-8-sig"  # UTF-8, with the BOM written first
#: What makes a spreadsheet read a cell as a formula (OWASP's list).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def protect(text: str) -> str:
    """``text`` as it goes into a CSV cell: an apostrophe before a would-be formula."""
    if text and (text[0] in FORMULA_START or text[0] == "'" and _formula_after_quotes(text)):
        return "'" + text
    return text


def unprotect(text: str) -> str:
    """What ``protect`` wrote, back as it was (for reading a Rapport CSV)."""
    if text[:1] == "'" and _formula_after_quotes(text):
        return text[1:]
    return text


def _formula_after_quotes(text: str) -> bool:
    rest = text.lstrip("'")
    return bool(rest) and rest[0] in FORMULA_START


class CsvSheetWriter:
    """Writes the header, then rows, into ``path`` (an existing, empty file)."""

    def __init__(self, path: Path, columns: Sequence[Column], *, tz: dt.tzinfo | None
                 ) -> None:
        self._file: TextIO = open(path, "w", encoding=ENCODING, newline="",
                                buffering=BUFFER)
        self._csv = csv.writer(self._file, lineterminator="\r\n",
                               quoting=csv.QUOTE_MINIMAL)
        self._convert = [_converter(column.kind, tz) for column in columns]
        self._csv.writerow([protect(column.header) for column in columns])

    def write_rows(self, rows: Sequence[Row]) -> None:
        convert = self._convert
        self._csv.writerows(
            ["" if value is None else to_text(value)
             for to_text, value in zip(convert, row, strict=True)]
            for row in rows
        )

    def finish(self, about: Sequence[tuple[str, str]]) -> None:
        self._file.close()

    def abort(self) -> None:
        self._file.close()


def _converter(kind: str, tz: dt.tzinfo | None) -> Callable[[Any], Any]:
    if kind == "int":
        return int  # csv writes the digits
    if kind == "date":
        return dt.date.isoformat
    if kind == "datetime":
        return lambda value: local(value, tz).isoformat()
    if kind == "bool":
        return _truth
    if kind == "list":
        return lambda value: protect(", ".join(value))
    if kind == "any":
        return _any
    return protect


def _truth(value: bool) -> str:
    return "TRUE" if value else "FALSE"


def _any(value: Any) -> Any:
    if isinstance(value, bool):
        return _truth(value)
    if isinstance(value, int | float):
        return value
    return protect(str(value))
