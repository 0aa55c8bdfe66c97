"""Exports as Excel workbooks (.xlsx), streamed with XlsxWriter.

``constant_memory`` mode writes each row to disk as soon as the next one starts, so
100,000 contacts cost no more memory than one. Cells are typed: numbers are numbers,
dates are dates (yyyy-mm-dd), moments are local date-times (yyyy-mm-dd hh:mm:ss,
timezone-naive, as Excel has no zones; the About sheet names the zone), truth values
are TRUE/FALSE cells. The header row is bold and frozen, with an autofilter over the
data; column widths come from the header and the first page of rows, capped.

Text never becomes a formula, a link or a number: it is written with write_string
(whatever it begins with: = + - @), and the workbook's string conversions are all off
besides. Excel holds at most 32,767 characters in a cell; longer text (only notes can
be that long) is cut there, and the About sheet says how many cells were.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from xlsxwriter import Workbook

from .. import money
from .money_cells import MoneyCell, number_format
from .sheet_writer import BUFFER, Column, Row

MAX_WIDTH = 60  # characters: a long note must not make a column a screen wide
MIN_WIDTH = 6
FILTER_BUTTON = 3  # room for the autofilter's drop-down button beside the header text
ABOUT_SHEET = "About"
EXCEL_EPOCH = dt.datetime(1899, 12, 30)
EXCEL_EPOCH_ORDINAL = EXCEL_EPOCH.toordinal()
ONE_DAY = dt.timedelta(days=1)
#: Serials from here on (1900-03-01) need no correction for Excel's 29 February 1900.
EXCEL_SERIAL_SAFE = 61
_FIXED_WIDTHS = {"date": 11, "datetime": 20, "bool": 7}

CellWriter = Callable[[int, int, Any, Any], int]


class XlsxSheetWriter:
    """One data sheet (``sheet``) and the About sheet, written into ``path``."""

    def __init__(self, path: Path, columns: Sequence[Column], *, tz: dt.tzinfo | None,
                 sheet: str = "Data") -> None:
        self._columns = tuple(columns)
        self._tz = tz
        self._book = Workbook(str(path), {
            "constant_memory": True,
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "strings_to_numbers": False,
        })
        self._sheet = self._book.add_worksheet(sheet)
        _buffer_rows(self._sheet)
        self._bold = self._book.add_format({"bold": True})
        self._date = self._book.add_format({"num_format": "yyyy-mm-dd"})
        self._moment = self._book.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
        self._plan = [self._cell_writer(column) for column in self._columns]
        self._row = 0
        self._sized = False
        #: Cells whose text was cut at Excel's limit.
        self.truncated = 0
        for c, column in enumerate(self._columns):
            self._sheet.write_string(0, c, column.header, self._bold)
        self._sheet.freeze_panes(1, 0)

    def write_rows(self, rows: Sequence[Row]) -> None:
        if not self._sized:
            self._size_columns(rows)
        plan, r, cut = self._plan, self._row, 0
        # The inner loop is the export's cost: one call per non-empty cell, nothing else.
        for row in rows:
            r += 1
            for c, value in enumerate(row):
                if value is not None:
                    write, fmt = plan[c]
                    if write(r, c, value, fmt):
                        cut += 1
        self._row = r
        self.truncated += cut

    def finish(self, about: Sequence[tuple[str, str]]) -> None:
        last_col = max(len(self._columns) - 1, 0)
        self._sheet.autofilter(0, 0, self._row, last_col)
        if not self._sized:
            self._size_columns(())
        sheet = self._book.add_worksheet(ABOUT_SHEET)
        wrap = self._book.add_format({"text_wrap": True, "valign": "top"})
        label = self._book.add_format({"bold": True, "valign": "top"})
        sheet.set_column(0, 0, 24)
        sheet.set_column(1, 1, 90)
        for r, (name, text) in enumerate(about):
            sheet.write_string(r, 0, name, label)
            sheet.write_string(r, 1, text, wrap)
        self._book.close()

    def abort(self) -> None:
        """Drop the rows written so far without assembling a workbook (which would cost
        as much as finishing). In constant_memory mode XlsxWriter keeps each sheet's rows
        in a file of its own in the temp folder, removed only by close(): remove them
        here (private attributes, hence the guards)."""
        for sheet in self._book.worksheets():
            handle = getattr(sheet, "row_data_fh", None)
            name = getattr(sheet, "row_data_filename", None)
            with contextlib.suppress(OSError):
                if handle is not None:
                    handle.close()
                if name:
                    os.unlink(name)
        self._book.fileclosed = True

    # Building -------------------------------------------------------------------------
    def _cell_writer(self, column: Column) -> tuple[CellWriter, Any]:
        """The call that writes one non-empty cell of ``column``, and its format. Each
        returns non-zero only when the text was cut (or fell outside the sheet)."""
        sheet, tz = self._sheet, self._tz
        kind = column.kind
        if kind == "int":
            return sheet.write_number, None
        if kind == "bool":
            return sheet.write_boolean, None
        # Dates and moments go in as the serial numbers Excel keeps (days since
        # 1899-12-30), in three C calls: XlsxWriter's own conversion is Python code,
        # a tenth of the whole export. Its leap-year-1900 correction is left to it.
        if kind == "date":
            def day(r: int, c: int, value: dt.date, fmt: Any) -> int:
                serial = value.toordinal() - EXCEL_EPOCH_ORDINAL
                if serial < EXCEL_SERIAL_SAFE:
                    return sheet.write_datetime(r, c, value, fmt)
                return sheet.write_number(r, c, serial, fmt)

            return day, self._date
        if kind == "datetime":
            def moment(r: int, c: int, value: dt.datetime, fmt: Any) -> int:
                if value.tzinfo is None:  # UTC, see sheet_writer
                    value = value.replace(tzinfo=dt.UTC)
                naive = value.astimezone(tz).replace(tzinfo=None, microsecond=0)
                serial = (naive - EXCEL_EPOCH) / ONE_DAY
                if serial < EXCEL_SERIAL_SAFE:
                    return sheet.write_datetime(r, c, naive, fmt)
                return sheet.write_number(r, c, serial, fmt)

            return moment, self._moment
        if kind == "list":
            def joined(r: int, c: int, value: tuple[str, ...], fmt: Any) -> int:
                return sheet.write_string(r, c, ", ".join(value))

            return joined, None
        if kind == "any":
            return self._any, None
        if kind == "money":
            return self._money_writer(), None
        return sheet.write_string, None

    def _money_writer(self) -> CellWriter:
        """A MoneyCell as a number in major units under its currency's format (one
        format object per currency met: a column may mix currencies)."""
        formats: dict[str, Any] = {}
        sheet, book = self._sheet, self._book

        def amount(r: int, c: int, value: MoneyCell, _fmt: Any) -> int:
            cell_format = formats.get(value.currency)
            if cell_format is None:
                cell_format = formats[value.currency] = book.add_format(
                    {"num_format": number_format(value.currency)})
            return int(sheet.write_number(r, c, value.major, cell_format))

        return amount

    def _any(self, r: int, c: int, value: Any, fmt: Any) -> int:
        """A custom field: a truth value, a number or text, each as what it is."""
        if isinstance(value, bool):
            return self._sheet.write_boolean(r, c, value)
        if isinstance(value, int | float):
            return self._sheet.write_number(r, c, value)
        return self._sheet.write_string(r, c, str(value))

    def _size_columns(self, sample: Sequence[Row]) -> None:
        """Widths from the header and the first rows (constant_memory writes the column
        widths at close, so they may be set after rows)."""
        self._sized = True
        for c, column in enumerate(self._columns):
            width = len(column.header) + FILTER_BUTTON
            fixed = _FIXED_WIDTHS.get(column.kind)
            if fixed is not None:
                width = max(width, fixed)
            else:
                for row in sample:
                    width = max(width, _text_width(row[c]))
            self._sheet.set_column(c, c, max(MIN_WIDTH, min(width + 1, MAX_WIDTH)))


def _buffer_rows(sheet: Any) -> None:
    """Give the sheet's row file a 1 MiB buffer instead of 8 KiB.

    Not for speed but for the window: each write to the file releases the GIL, and a
    thread that releases and retakes it every millisecond starves the GUI thread, whose
    claim to the GIL is only pressed after 5 ms without a switch (CPython's convoy
    effect). With a 1 MiB buffer the worker writes a few times a second, and the GUI
    thread gets its turn within the 5 ms switch interval: the longest stall of the
    window during a 100,000-contact export fell from 230 ms to 20-60 ms (what is left
    is mostly a full garbage collection, which stops every thread). The file is
    XlsxWriter's (private attributes, hence the guards); close() reads it back.
    """
    handle: Any = getattr(sheet, "row_data_fh", None)
    current: Any = getattr(sheet, "fh", None)
    name = getattr(sheet, "row_data_filename", "")
    if handle is None or not name or current is not handle:
        return
    handle.close()
    sheet.row_data_fh = sheet.fh = open(name, "w+", encoding="utf-8", buffering=BUFFER)


def _text_width(value: object) -> int:
    if value is None:
        return 0
    if isinstance(value, MoneyCell):  # as shown: grouped, with the code
        places = money.exponent(value.currency)
        return len(f"{value.major:,.{places}f} {value.currency}")
    if isinstance(value, tuple):
        value = ", ".join(value)
    text = str(value)
    return len(text.partition("\n")[0])
