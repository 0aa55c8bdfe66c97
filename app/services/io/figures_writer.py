"""Figures as an Excel workbook: typed sheets of small tables, and an About sheet.

What the forecast's workbook (analytics_writer) and each Dashboard chart's export share.
A sheet is a header of (text, kind) columns and rows of plain values; cells are typed as
in every Rapport workbook:

* ``text``: a string, never a formula;
* ``int``: a count, as a number;
* ``month``: a date (the first of its month) shown as "Jan 2026";
* ``money``: a money_cells.MoneyCell, a number in major units under its currency's format;
* ``percent``: a share (0.25), as a number under a percent format;
* ``days``: a number of days with one decimal;
* ``None`` in any column: an empty cell (no value, such as the rate of no customers).

Each sheet has a bold frozen header with an autofilter, and columns as wide as their
contents. Sheet names, headers and About labels go through ``translate(context, text)``
(the forecast translates its templates there; a caller whose texts are translated
already passes about_writer.english). The file is written whole or not at all
(atomic_write); a failure is an ExportError that names the file and the reason.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from xlsxwriter import Workbook
from xlsxwriter.exceptions import XlsxWriterException

from .. import money
from . import about_writer as about
from .atomic_write import atomic_output
from .money_cells import MoneyCell, number_format
from .sheet_writer import CANNOT_WRITE, ExportError
from .xlsx_writer import FILTER_BUTTON, MAX_WIDTH, MIN_WIDTH

#: A column: its header and its kind (see the module's words).
Spec = tuple[str, str]
#: About sheet rows: a label and a text or a MoneyCell.
AboutRows = Sequence[tuple[str, "str | MoneyCell"]]


@dataclass(frozen=True)
class FigureSheet:
    """One table of figures: the sheet's name, its columns, its rows."""

    name: str
    columns: tuple[Spec, ...]
    rows: tuple[tuple[Any, ...], ...]


class FiguresBook:
    """An open workbook; add sheets, then an About sheet, then ``close()``."""

    def __init__(self, path: Path, translate: about.Translate = about.english,
                 context: str = "") -> None:
        self.tr, self.context = translate, context
        self.book = Workbook(str(path), {"strings_to_formulas": False, "strings_to_urls": False,
                                         "strings_to_numbers": False})
        self.bold = self.book.add_format({"bold": True})
        self.month = self.book.add_format({"num_format": "mmm yyyy", "align": "left"})
        self.percent = self.book.add_format({"num_format": "0.0%"})
        self.days = self.book.add_format({"num_format": "0.0"})
        self._money: dict[tuple[str, bool], Any] = {}
        self.names: set[str] = set()

    def text(self, template: str) -> str:
        return self.tr(self.context, template)

    def money_format(self, currency: str, *, about_cell: bool = False) -> Any:
        key = (currency, about_cell)
        if key not in self._money:
            spec: dict[str, Any] = {"num_format": number_format(currency)}
            if about_cell:
                spec |= {"align": "left", "valign": "top"}
            self._money[key] = self.book.add_format(spec)
        return self._money[key]

    def sheet(self, name: str, specs: Sequence[Spec], rows: Sequence[tuple[Any, ...]]) -> None:
        sheet = self.book.add_worksheet(self.sheet_name(name))
        headers = [self.text(header) for header, _kind in specs]
        for c, header in enumerate(headers):
            sheet.write_string(0, c, header, self.bold)
        widths = [len(h) + FILTER_BUTTON for h in headers]
        for r, row in enumerate(rows, start=1):
            for c, ((_header, kind), value) in enumerate(zip(specs, row, strict=True)):
                if value is None:
                    continue
                widths[c] = max(widths[c], self.cell(sheet, r, c, kind, value))
        sheet.freeze_panes(1, 0)
        sheet.autofilter(0, 0, max(len(rows), 1), len(specs) - 1)
        for c, width in enumerate(widths):
            sheet.set_column(c, c, max(MIN_WIDTH, min(width + 1, MAX_WIDTH)))

    def cell(self, sheet: Any, r: int, c: int, kind: str, value: Any) -> int:
        """Write one typed cell; the width it shows at (about)."""
        if kind == "month":
            sheet.write_datetime(r, c, value, self.month)
            return 9
        if kind == "int":
            sheet.write_number(r, c, value)
            return len(f"{value:,}")
        if kind == "percent":
            sheet.write_number(r, c, value, self.percent)
            return 7
        if kind == "days":
            sheet.write_number(r, c, value, self.days)
            return len(f"{value:,.1f}")
        if kind == "money":
            sheet.write_number(r, c, value.major, self.money_format(value.currency))
            places = money.exponent(value.currency)
            return len(f"{value.major:,.{places}f} {value.currency}")
        sheet.write_string(r, c, str(value))
        return len(str(value))

    def sheet_name(self, template: str) -> str:
        """The translated name, cut to what a sheet name may be, and unique."""
        name = "".join(ch for ch in self.text(template) if ch not in "[]:*?/\\")[:31]
        name = name or template[:31] or "Sheet"
        base, n = name, 2
        while name.casefold() in self.names:
            name = f"{base[:28]} {n}"
            n += 1
        self.names.add(name.casefold())
        return name

    def fill(self, template: str, **values: Any) -> str:
        """The translated template with its values (the English one if a translation
        broke a placeholder)."""
        try:
            return self.text(template).format(**values)
        except (KeyError, IndexError, ValueError):
            return template.format(**values)

    def about(self, name: str, rows: AboutRows) -> None:
        """An About sheet: a bold label and its text (or amount) per row."""
        sheet = self.book.add_worksheet(self.sheet_name(name))
        wrap = self.book.add_format({"text_wrap": True, "valign": "top"})
        label = self.book.add_format({"bold": True, "valign": "top", "text_wrap": True})
        sheet.set_column(0, 0, 30)
        sheet.set_column(1, 1, 60)
        for r, (key, value) in enumerate(rows):
            sheet.write_string(r, 0, self.text(key), label)
            if isinstance(value, MoneyCell):
                sheet.write_number(r, 1, value.major,
                                   self.money_format(value.currency, about_cell=True))
            else:
                sheet.write_string(r, 1, value, wrap)

    def close(self) -> None:
        self.book.close()


def write_book(path: Path | str, fill: Callable[[FiguresBook], None], *,
               translate: about.Translate = about.english, context: str = "") -> Path:
    """Open a FiguresBook on a temporary file beside ``path``, let ``fill`` add its
    sheets, then close it and move it into place. ExportError when it cannot be written
    (then nothing was)."""
    target = Path(path)
    try:
        with atomic_output(target) as temp:
            book = FiguresBook(temp, translate, context)
            fill(book)
            book.close()
    except (OSError, XlsxWriterException) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise ExportError(CANNOT_WRITE, path=str(target), reason=reason) from exc
    return target


def write_figures(path: Path | str, sheets: Sequence[FigureSheet], about_name: str,
                  about_rows: AboutRows) -> Path:
    """Write ``sheets`` (texts already in the user's language) and an About sheet."""
    def fill(book: FiguresBook) -> None:
        for figures in sheets:
            book.sheet(figures.name, figures.columns, figures.rows)
        book.about(about_name, about_rows)

    return write_book(path, fill)
