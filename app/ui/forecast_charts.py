"""The forecast chart: two bars per month, weighted open value beside won value.

A QtCharts bar chart (painted, no widget per bar). The categories are the report's
months (the last twelve and the next six), named in the user's language; the value
axis is in the currency's major units with the locale's digit grouping (QtCharts
localises the numbers of its labels when told to) and is headed by the currency code.
Hovering a bar shows its exact amount.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, Qt
from PySide6.QtGui import QCursor, QPainter
from PySide6.QtWidgets import QToolTip, QWidget

from ..services import money
from ..services.forecast import MonthFigures
from .money_text import format_money

MIN_HEIGHT = 260
TICKS = 6
BAR_WIDTH = 0.8  # of a month's width, for its two bars together


def month_label(month: dt.date, locale: QLocale | None = None) -> str:
    """"Jan 2026": the month's short stand-alone name and the year."""
    locale = locale or QLocale()
    name = locale.standaloneMonthName(month.month, QLocale.FormatType.ShortFormat)
    return f"{name} {month.year}"


def axis_labels(months: Sequence[dt.date], locale: QLocale | None = None) -> list[str]:
    """The month axis's labels: the short month name with the year under it (a
    category axis needs every label unique, and "Jan 2026" on one line is cut to
    "Jan ..." under eighteen narrow bars)."""
    locale = locale or QLocale()
    return [f"{locale.standaloneMonthName(m.month, QLocale.FormatType.ShortFormat)}"
            f"<br>{m.year}" for m in months]


class ForecastChart(QChartView):
    """The chart of the forecast view; ``show_months`` draws a report's months."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.chart_ = QChart()
        super().__init__(self.chart_, parent)
        self.setObjectName("forecast-chart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(MIN_HEIGHT)
        self.chart_.setLocalizeNumbers(True)
        self.chart_.setMargins(QMargins(4, 4, 4, 4))
        self.chart_.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.months: tuple[MonthFigures, ...] = ()
        self.currency = ""
        self.weighted = QBarSet("")
        self.won = QBarSet("")

    def show_months(self, months: Sequence[MonthFigures], currency: str) -> None:
        """Draw ``months`` in ``currency`` (amounts are minor units of it)."""
        chart, locale = self.chart_, QLocale()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.setLocale(locale)
        self.months, self.currency = tuple(months), currency
        self.weighted = QBarSet(self.tr("Weighted value of open deals, by expected close"))
        self.won = QBarSet(self.tr("Won value, by close month"))
        top = 0.0
        for m in self.months:
            weighted = float(money.to_decimal(m.weighted_minor, currency))
            won = float(money.to_decimal(m.won_minor, currency))
            self.weighted.append(weighted)
            self.won.append(won)
            top = max(top, weighted, won)
        series = QBarSeries()
        series.setBarWidth(BAR_WIDTH)
        series.append(self.weighted)
        series.append(self.won)
        series.hovered.connect(self._hovered)
        chart.addSeries(series)

        months_axis = QBarCategoryAxis()
        months_axis.append(axis_labels([m.month for m in self.months], locale))
        chart.addAxis(months_axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(months_axis)

        values_axis = QValueAxis()
        values_axis.setLabelFormat("%.0f")  # grouped by the chart's locale
        values_axis.setRange(0.0, top * 1.05 if top > 0 else 1.0)
        values_axis.setTickCount(TICKS)
        values_axis.applyNiceNumbers()
        values_axis.setTitleText(currency)
        chart.addAxis(values_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(values_axis)

    def _hovered(self, status: bool, index: int, bar_set: QBarSet) -> None:
        if not status or not 0 <= index < len(self.months):
            QToolTip.hideText()
            return
        figures = self.months[index]
        minor = figures.weighted_minor if bar_set is self.weighted else figures.won_minor
        QToolTip.showText(QCursor.pos(), self.tr("{series}\n{month}: {amount}").format(
            series=bar_set.label(), month=month_label(figures.month),
            amount=format_money(minor, self.currency)), self)
