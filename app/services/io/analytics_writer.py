"""The forecast view's figures as one Excel workbook: a sheet per table, and an About sheet.

Sheets: the months of the chart (weighted value of open deals by expected close, won
value by close month), stage conversion, time in stage, and acquisition sources. Cells
are typed as in every Rapport workbook: months are dates, counts are numbers, money is
a number in major units under its currency's format (money_cells), shares are
fractions under a percent format, a figure with no value (no conversion past the last
stage, no finished visit yet) is an empty cell. Each sheet has a bold frozen header
with an autofilter, and columns as wide as their contents.

Unlike a list export, this is a report for people, not a file to import back: headers
and sheet names are in the user's language (``translate(context, text)``, English by
default). The file is written whole or not at all (atomic_write).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from xlsxwriter import Workbook
from xlsxwriter.exceptions import XlsxWriterException

from app import __version__

from .. import money
from ..analytics_report import AnalyticsReport
from ..errors import QT_TRANSLATE_NOOP
from . import about_writer as about
from .atomic_write import atomic_output
from .money_cells import MoneyCell, number_format
from .sheet_writer import CANNOT_WRITE, ExportError
from .xlsx_writer import FILTER_BUTTON, MAX_WIDTH, MIN_WIDTH

NO_DEALS = QT_TRANSLATE_NOOP(
    "Analytics", "The pipeline has no deals, so there is nothing to export.")

C = "Analytics"
FORECAST = QT_TRANSLATE_NOOP("Analytics", "Forecast")
CONVERSION = QT_TRANSLATE_NOOP("Analytics", "Stage conversion")
TIMES = QT_TRANSLATE_NOOP("Analytics", "Time in stage")
SOURCES = QT_TRANSLATE_NOOP("Analytics", "Sources")
ABOUT = QT_TRANSLATE_NOOP("Analytics", "About")

MONTH = QT_TRANSLATE_NOOP("Analytics", "Month")
WEIGHTED = QT_TRANSLATE_NOOP("Analytics", "Weighted value of open deals")
WON = QT_TRANSLATE_NOOP("Analytics", "Won value")
STAGE = QT_TRANSLATE_NOOP("Analytics", "Stage")
REACHED = QT_TRANSLATE_NOOP("Analytics", "Reached")
CONVERSION_RATE = QT_TRANSLATE_NOOP("Analytics", "Conversion")
VISITS = QT_TRANSLATE_NOOP("Analytics", "Finished visits")
MEAN_DAYS = QT_TRANSLATE_NOOP("Analytics", "Mean days")
SOURCE = QT_TRANSLATE_NOOP("Analytics", "Source")
WON_COUNT = QT_TRANSLATE_NOOP("Analytics", "Won")
LOST_COUNT = QT_TRANSLATE_NOOP("Analytics", "Lost")
WIN_RATE = QT_TRANSLATE_NOOP("Analytics", "Win rate")
MEAN_WON = QT_TRANSLATE_NOOP("Analytics", "Average won deal")
NO_SOURCE = QT_TRANSLATE_NOOP("Analytics", "(none)")

PIPELINE = QT_TRANSLATE_NOOP("Analytics", "Pipeline")
CURRENCY = QT_TRANSLATE_NOOP("Analytics", "Currency")
CURRENCY_TEXT = QT_TRANSLATE_NOOP(
    "Analytics", "Money figures count the deals in {currency}; counts take every deal.")
UNDATED = QT_TRANSLATE_NOOP("Analytics", "Open deals with no expected close (weighted)")
EXPORTED_AT = QT_TRANSLATE_NOOP("Analytics", "Exported at")
WRITTEN_BY = QT_TRANSLATE_NOOP("Analytics", "Written by")

#: A column: its header template and its kind (text, month, int, money, percent, days).
Spec = tuple[str, str]


def write_analytics(
    report: AnalyticsReport, path: Path | str, *, now: dt.datetime,
    tz: dt.tzinfo | None = None, translate: about.Translate = about.english,
    source_label: Callable[[str], str] | None = None,
) -> Path:
    """Write ``report`` into the workbook ``path``; ``source_label`` names a stored
    acquisition source as the view shows it (default: as stored). ExportError when
    the report is empty or the file cannot be written (then nothing was)."""
    if report.analytics is None or report.currency is None:
        raise ExportError(NO_DEALS)
    target = Path(path)
    try:
        with atomic_output(target) as temp:
            _Book(temp, report, translate, source_label or (lambda s: s)).write(now, tz)
    except (OSError, XlsxWriterException) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise ExportError(CANNOT_WRITE, path=str(target), reason=reason) from exc
    return target


class _Book:
    def __init__(self, path: Path, report: AnalyticsReport, translate: about.Translate,
                 source_label: Callable[[str], str]) -> None:
        self.report, self.tr, self.source_label = report, translate, source_label
        self.book = Workbook(str(path), {"strings_to_formulas": False, "strings_to_urls": False,
                                         "strings_to_numbers": False})
        self.bold = self.book.add_format({"bold": True})
        self.month = self.book.add_format({"num_format": "mmm yyyy", "align": "left"})
        self.percent = self.book.add_format({"num_format": "0.0%"})
        self.days = self.book.add_format({"num_format": "0.0"})
        self.money = self.book.add_format({"num_format": number_format(str(report.currency))})
        self.names: set[str] = set()

    def write(self, now: dt.datetime, tz: dt.tzinfo | None) -> None:
        report, analytics, currency = self.report, self.report.analytics, self.report.currency
        assert analytics is not None and currency is not None
        self.sheet(FORECAST, [(MONTH, "month"), (WEIGHTED, "money"), (WON, "money")],
                   [(m.month, MoneyCell(m.weighted_minor, currency),
                     MoneyCell(m.won_minor, currency)) for m in report.months])
        self.sheet(CONVERSION, [(STAGE, "text"), (REACHED, "int"), (CONVERSION_RATE, "percent")],
                   [(s.name, s.reached, s.rate) for s in analytics.conversion])
        self.sheet(TIMES, [(STAGE, "text"), (VISITS, "int"), (MEAN_DAYS, "days")],
                   [(t.name, t.visits, t.mean_days) for t in analytics.stage_times])
        self.sheet(SOURCES, [(SOURCE, "text"), (WON_COUNT, "int"), (LOST_COUNT, "int"),
                             (WIN_RATE, "percent"), (MEAN_WON, "money")],
                   [(self.source_label(s.source) if s.source else self.tr(C, NO_SOURCE),
                     s.won, s.lost, s.win_rate,
                     None if s.mean_won_minor is None else MoneyCell(s.mean_won_minor, currency))
                    for s in analytics.sources])
        self.about(now, tz)
        self.book.close()

    def sheet(self, name: str, specs: Sequence[Spec], rows: Sequence[tuple[Any, ...]]) -> None:
        sheet = self.book.add_worksheet(self.sheet_name(name))
        headers = [self.tr(C, header) for header, _kind in specs]
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
            sheet.write_number(r, c, value.major, self.money)
            places = money.exponent(value.currency)
            return len(f"{value.major:,.{places}f} {value.currency}")
        sheet.write_string(r, c, str(value))
        return len(str(value))

    def sheet_name(self, template: str) -> str:
        """The translated name, cut to what a sheet name may be, and unique."""
        name = "".join(ch for ch in self.tr(C, template) if ch not in "[]:*?/\\")[:31]
        name = name or template
        base, n = name, 2
        while name.casefold() in self.names:
            name = f"{base[:28]} {n}"
            n += 1
        self.names.add(name.casefold())
        return name

    def fill(self, template: str, **values: Any) -> str:
        try:
            return self.tr(C, template).format(**values)
        except (KeyError, IndexError, ValueError):  # a translation broke a placeholder
            return template.format(**values)

    def about(self, now: dt.datetime, tz: dt.tzinfo | None) -> None:
        report, currency = self.report, str(self.report.currency)
        assert report.analytics is not None
        sheet = self.book.add_worksheet(self.sheet_name(ABOUT))
        wrap = self.book.add_format({"text_wrap": True, "valign": "top"})
        label = self.book.add_format({"bold": True, "valign": "top", "text_wrap": True})
        sheet.set_column(0, 0, 30)
        sheet.set_column(1, 1, 60)
        local = now.astimezone(tz).replace(microsecond=0)
        rows: list[tuple[str, Any]] = [
            (PIPELINE, report.pipeline_name),
            (CURRENCY, f"{currency}. " + self.fill(CURRENCY_TEXT, currency=currency)),
            (UNDATED, MoneyCell(report.analytics.forecast.undated_weighted_minor, currency)),
            (EXPORTED_AT, f"{local:%Y-%m-%d %H:%M:%S} ({about.zone(local)})"),
            (WRITTEN_BY, f"Rapport {__version__}"),
        ]
        for r, (name, value) in enumerate(rows):
            sheet.write_string(r, 0, self.tr(C, name), label)
            if isinstance(value, MoneyCell):
                sheet.write_number(r, 1, value.major, self.book.add_format(
                    {"num_format": number_format(currency), "align": "left", "valign": "top"}))
            else:
                sheet.write_string(r, 1, value, wrap)
