"""The forecast view's figures as one Excel workbook: a sheet per table, and an About sheet.

Sheets: the months of the chart (weighted value of open deals by expected close, won
value by close month), stage conversion, time in stage, and acquisition sources. Cells
are typed as figures_writer writes them: months are dates, counts are numbers, money is
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
from collections.abc import Callable
from pathlib import Path

from app import __version__

from ..analytics_report import AnalyticsReport
from ..errors import QT_TRANSLATE_NOOP
from . import about_writer as about
from .figures_writer import FiguresBook, write_book
from .money_cells import MoneyCell
from .sheet_writer import ExportError

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
    label = source_label or (lambda s: s)
    return write_book(path, lambda book: _write(book, report, label, now, tz),
                      translate=translate, context=C)


def _write(book: FiguresBook, report: AnalyticsReport, source_label: Callable[[str], str],
           now: dt.datetime, tz: dt.tzinfo | None) -> None:
    analytics, currency = report.analytics, report.currency
    assert analytics is not None and currency is not None
    book.sheet(FORECAST, [(MONTH, "month"), (WEIGHTED, "money"), (WON, "money")],
               [(m.month, MoneyCell(m.weighted_minor, currency),
                 MoneyCell(m.won_minor, currency)) for m in report.months])
    book.sheet(CONVERSION, [(STAGE, "text"), (REACHED, "int"), (CONVERSION_RATE, "percent")],
               [(s.name, s.reached, s.rate) for s in analytics.conversion])
    book.sheet(TIMES, [(STAGE, "text"), (VISITS, "int"), (MEAN_DAYS, "days")],
               [(t.name, t.visits, t.mean_days) for t in analytics.stage_times])
    book.sheet(SOURCES, [(SOURCE, "text"), (WON_COUNT, "int"), (LOST_COUNT, "int"),
                         (WIN_RATE, "percent"), (MEAN_WON, "money")],
               [(source_label(s.source) if s.source else book.text(NO_SOURCE),
                 s.won, s.lost, s.win_rate,
                 None if s.mean_won_minor is None else MoneyCell(s.mean_won_minor, currency))
                for s in analytics.sources])
    local = now.astimezone(tz).replace(microsecond=0)
    book.about(ABOUT, [
        (PIPELINE, report.pipeline_name),
        (CURRENCY, f"{currency}. " + book.fill(CURRENCY_TEXT, currency=currency)),
        (UNDATED, MoneyCell(analytics.forecast.undated_weighted_minor, currency)),
        (EXPORTED_AT, f"{local:%Y-%m-%d %H:%M:%S} ({about.zone(local)})"),
        (WRITTEN_BY, f"Rapport {__version__}"),
    ])
