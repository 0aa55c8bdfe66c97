"""Each Dashboard chart's numbers as a table: its workbook sheet, and the names of its bands.

The chart and its export read the same stored figures through these functions, so the
file holds exactly what the chart shows: a row per month (or per stage), a column per
band, typed cells (months as dates, counts as numbers, money in its currency's format,
rates as percentages; no value is an empty cell).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..services.dashboard import Band, Dashboard
from ..services.dashboard_queries import NONE, OTHER
from ..services.io.figures_writer import FigureSheet
from ..services.io.money_cells import MoneyCell
from .labels import SOURCES, label


def source_label(band: Band) -> str:
    """A band of new customers: the source as the interface names it."""
    if band.kind == NONE:
        return QCoreApplication.translate("Dashboard", "No source")
    if band.kind == OTHER:
        return QCoreApplication.translate("Dashboard", "Other sources")
    return label(SOURCES, band.name)


def tier_label(band: Band) -> str:
    """A band of revenue: the tier's name, or "No tier"."""
    if band.kind == NONE:
        return QCoreApplication.translate("Dashboard", "No tier")
    return band.name


def _month() -> tuple[str, str]:
    return (QCoreApplication.translate("Dashboard", "Month"), "month")


def _total(kind: str) -> tuple[str, str]:
    return (QCoreApplication.translate("Dashboard", "Total"), kind)


def new_customers_sheet(report: Dashboard) -> FigureSheet:
    bands = report.new_customers
    columns = (_month(), *((source_label(b), "int") for b in bands), _total("int"))
    rows = tuple(
        (month, *(b.values[i] for b in bands), sum(b.values[i] for b in bands))
        for i, month in enumerate(report.months))
    return FigureSheet(QCoreApplication.translate("Dashboard", "New customers"), columns, rows)


def retention_sheet(report: Dashboard) -> FigureSheet:
    columns = (
        _month(),
        (QCoreApplication.translate("Dashboard", "New customers"), "int"),
        (QCoreApplication.translate("Dashboard", "Bought again within a year"), "int"),
        (QCoreApplication.translate("Dashboard", "Repeat rate"), "percent"),
        (QCoreApplication.translate("Dashboard", "Final"), "text"),
    )
    final = QCoreApplication.translate("Dashboard", "Yes")
    so_far = QCoreApplication.translate("Dashboard", "Not yet, less than a year so far")
    rows = tuple((c.month, c.customers, c.repeat, c.rate, final if c.complete else so_far)
                 for c in report.retention)
    return FigureSheet(QCoreApplication.translate("Dashboard", "Repeat purchases"), columns,
                       rows)


def revenue_sheet(report: Dashboard) -> FigureSheet:
    currency = report.revenue_currency or ""
    bands = report.revenue
    columns = (_month(), *((tier_label(b), "money") for b in bands), _total("money"))
    rows = tuple(
        (month, *(MoneyCell(b.values[i], currency) for b in bands),
         MoneyCell(sum(b.values[i] for b in bands), currency))
        for i, month in enumerate(report.months))
    return FigureSheet(QCoreApplication.translate("Dashboard", "Revenue by tier"), columns,
                       rows)


def reactivations_sheet(report: Dashboard) -> FigureSheet:
    columns = (_month(), (QCoreApplication.translate("Dashboard", "Reactivated customers"),
                          "int"))
    return FigureSheet(QCoreApplication.translate("Dashboard", "Reactivations"), columns,
                       tuple(zip(report.months, report.reactivations, strict=True)))


def pipeline_sheet(report: Dashboard) -> FigureSheet:
    figures = report.pipeline
    columns = ((QCoreApplication.translate("Dashboard", "Stage"), "text"),
               (QCoreApplication.translate("Dashboard", "Open deals"), "int"),
               (QCoreApplication.translate("Dashboard", "Total value"), "money"),
               (QCoreApplication.translate("Dashboard", "Weighted value"), "money"))
    name = QCoreApplication.translate("Dashboard", "Open pipeline")
    if figures is None:
        return FigureSheet(name, columns, ())
    currency = figures.currency

    def cell(minor: int) -> MoneyCell | None:
        return None if currency is None else MoneyCell(minor, currency)

    rows = tuple((s.name, s.count, cell(s.total_minor), cell(s.weighted_minor))
                 for s in figures.stages)
    return FigureSheet(name, columns, rows)
