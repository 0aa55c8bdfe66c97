"""The Dashboard's charts: bars (stacked or side by side) and the retention line.

QtCharts, painted (no widget per bar), set up as the forecast's chart is: numbers in the
user's locale, the legend below, no animation. Each chart keeps the figures it draws
(``values``: whole numbers, minor units for money) and a ``describe`` function that
says one of them in words, for the tooltip shown on hover; money is drawn in major
units with the currency code as the axis title.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QLegend,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QCursor, QFontMetricsF, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import QToolTip, QWidget

from ..services import money
from ..services.dashboard_queries import Cohort
from .forecast_charts import month_label

MIN_HEIGHT = 320
TICKS = 6
BAR_WIDTH = 0.75  # of a category's width
#: Bands with more than this many entries put the legend at the side (a row of them
#: below a chart half a window wide cuts their names short).
LEGEND_BELOW_MAX = 4
LEGEND_SHARE = 0.3
LEGEND_MIN_WIDTH = 120
QWIDGETSIZE_MAX = float((1 << 24) - 1)
#: What a chart's width has besides its plot: the value axis, its title, margins.
Y_AXIS_ROOM = 90
#: The room QtCharts leaves on each side of an axis label.
LABEL_PADDING = 6
#: Eight distinct colours for named bands (Tableau 10), then the "other" and "none" ones:
#: QtCharts' own theme has five, and pales the sixth and later into the background.
PALETTE = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1",
           "#ff9da7")
OTHER_COLOR = "#9c755f"
NONE_COLOR = "#bab0ac"


def band_colors(kinds: Sequence[str]) -> list[QColor]:
    """A colour per band: the palette in turn for named bands ("value"), brown for
    "other", grey for "none"."""
    colors, named = [], 0
    for kind in kinds:
        if kind == "other":
            colors.append(QColor(OTHER_COLOR))
        elif kind == "none":
            colors.append(QColor(NONE_COLOR))
        else:
            colors.append(QColor(PALETTE[named % len(PALETTE)]))
            named += 1
    return colors

Describe = Callable[[int], str]


def count_text(value: int) -> str:
    return QLocale().toString(value)


def money_text(currency: str) -> Describe:
    from .money_text import format_money

    return lambda minor: format_money(minor, currency)


def _major(currency: str | None) -> Callable[[int], float]:
    if currency is None:
        return float
    return lambda minor: float(money.to_decimal(minor, currency))


class DashboardChart(QChartView):
    """A chart view with the house settings; ``clear()`` before drawing anew."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        self.chart_ = QChart()
        super().__init__(self.chart_, parent)
        self.setObjectName(name)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(MIN_HEIGHT)
        self.chart_.setLocalizeNumbers(True)
        self.chart_.setMargins(QMargins(4, 4, 4, 4))
        self.chart_.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.categories: list[str] = []
        self._month_axis: QCategoryAxis | None = None
        self._axis_months: tuple[dt.date, ...] = ()
        self._step = 0

    def clear(self) -> None:
        self._month_axis = None
        self.chart_.removeAllSeries()
        for axis in self.chart_.axes():
            self.chart_.removeAxis(axis)
        self.chart_.setLocale(QLocale())

    def category_axis(self, labels: Sequence[str]) -> QBarCategoryAxis:
        axis = QBarCategoryAxis()
        axis.append(list(labels))
        self.chart_.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        return axis

    def month_axis(self, months: Sequence[dt.date]) -> QCategoryAxis:
        """An axis of months, the bars (or points) at 0, 1, 2 …, labelled by calendar
        quarter ("Jan 2026" under the three months from January) with a grid line
        between quarters, or by half-year or year when the chart is too narrow for that
        (labels_step). A category axis with a label per month cuts every label short
        under 24 bars half a window wide: QtCharts gives a label its bar's width."""
        axis = QCategoryAxis()
        axis.setStartValue(-0.5)
        axis.setRange(-0.5, len(months) - 0.5)
        axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionCenter)
        self.chart_.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        self._month_axis, self._axis_months, self._step = axis, tuple(months), 0
        self._label_months()
        return axis

    def _label_months(self) -> None:
        axis, months = self._month_axis, self._axis_months
        if axis is None or not months:
            return
        step = self.labels_step()
        if step == self._step:
            return
        self._step = step
        for old in axis.categoriesLabels():
            axis.remove(old)
        locale = QLocale()
        starts = [0] + [i for i, m in enumerate(months) if i and (m.month - 1) % step == 0]
        for start, end in zip(starts, [*starts[1:], len(months)], strict=True):
            month = months[start]
            if end - start >= min(step, 2):
                name = locale.standaloneMonthName(month.month, QLocale.FormatType.ShortFormat)
                text = f"{name}<br>{month.year}"
            else:  # too narrow for a name: a label nobody sees (labels must differ)
                text = "\u200b" * (start + 1)
            axis.append(text, end - 0.5)

    def labels_step(self) -> int:
        """Months per label: 3 when a quarter's width holds "Sep" and "2026" (in the
        axis's font and language), else 6, else 12."""
        axis = self._month_axis
        if axis is None or not self._axis_months:
            return 3
        metrics = QFontMetricsF(axis.labelsFont())
        locale = QLocale()
        widest = max([metrics.horizontalAdvance(locale.standaloneMonthName(
            m, QLocale.FormatType.ShortFormat)) for m in (1, 4, 7, 10)]
            + [metrics.horizontalAdvance("2026")])
        plot = float(self.width() - Y_AXIS_ROOM)
        if self.chart_.legend().isVisible() and \
                self.chart_.legend().alignment() == Qt.AlignmentFlag.AlignRight:
            plot -= self.chart_.legend().maximumWidth()
        per_month = plot / len(self._axis_months)
        for step in (3, 6):
            if per_month * step - 2 * LABEL_PADDING >= widest:
                return step
        return 12

    def place_legend(self, entries: int) -> None:
        legend = self.chart_.legend()
        legend.setVisible(entries > 1)
        legend.setAlignment(Qt.AlignmentFlag.AlignBottom if entries <= LEGEND_BELOW_MAX
                            else Qt.AlignmentFlag.AlignRight)
        self._fit_legend()
        self._label_months()

    def _fit_legend(self) -> None:
        """A legend at the side takes at most a share of the width (it cuts long names
        short, and the tooltip says them whole), so that the bars keep room."""
        legend = self.chart_.legend()
        if legend.alignment() == Qt.AlignmentFlag.AlignRight:
            legend.setMaximumWidth(max(LEGEND_MIN_WIDTH, self.width() * LEGEND_SHARE))
        else:
            legend.setMaximumWidth(QWIDGETSIZE_MAX)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's naming
        self._fit_legend()
        self._label_months()
        super().resizeEvent(event)

    def value_axis(self, top: float, title: str = "", label_format: str = "%.0f",
                   whole: bool = False) -> QValueAxis:
        axis = QValueAxis()
        axis.setLabelFormat(label_format)  # grouped by the chart's locale
        if whole and top <= TICKS - 1:
            axis.setRange(0.0, float(TICKS - 1))  # counts: no 0.2 of a customer
            axis.setTickCount(TICKS)
        else:
            axis.setRange(0.0, top * 1.05 if top > 0 else 1.0)
            axis.setTickCount(TICKS)
            axis.applyNiceNumbers()
        axis.setTitleText(title)
        self.chart_.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
        return axis


class BarsChart(DashboardChart):
    """Bars per category: one QBarSet per band, stacked or side by side."""

    def __init__(self, name: str, *, stacked: bool, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.stacked = stacked
        self.sets: list[QBarSet] = []
        self.values: list[tuple[int, ...]] = []
        self.months: list[dt.date] = []
        self.describe: Describe = count_text

    def show_bars(self, categories: Sequence[str] | Sequence[dt.date],
                  bands: Sequence[tuple[str, Sequence[int]]], *, currency: str | None = None,
                  axis_title: str = "", describe: Describe = count_text,
                  colors: Sequence[QColor] = (), axis_labels: Sequence[str] = ()) -> None:
        """Draw ``bands`` (a label and a whole number per category: counts, or minor
        units of ``currency``). The categories are named (stages: ``axis_labels`` may
        say more under each than its name), or months (dates); ``colors``, one per band
        (default: the palette in turn)."""
        self.clear()
        months = bool(categories) and isinstance(categories[0], dt.date)
        self.months = [c for c in categories if isinstance(c, dt.date)]
        self.categories = ([month_label(m) for m in self.months] if months
                           else [str(c) for c in categories])
        self.describe = describe
        self.values = [tuple(int(v) for v in values) for _label, values in bands]
        major = _major(currency)
        series = QStackedBarSeries() if self.stacked else QBarSeries()
        self.sets = []
        colors = list(colors) or band_colors(["value"] * len(bands))
        for (label, _values), values, color in zip(bands, self.values, colors, strict=True):
            bar_set = QBarSet(label)
            bar_set.setColor(color)
            bar_set.setBorderColor(color)
            bar_set.append([major(v) for v in values])
            series.append(bar_set)
            self.sets.append(bar_set)
        if self.stacked:
            top = max((sum(major(v[i]) for v in self.values) for i in range(len(categories))),
                      default=0.0)
        else:
            top = max((major(v) for values in self.values for v in values), default=0.0)
        series.hovered.connect(self._hovered)
        self.chart_.addSeries(series)
        series.setBarWidth(BAR_WIDTH)
        series.attachAxis(self.month_axis(self.months) if months else
                          self.category_axis(axis_labels or self.categories))
        series.attachAxis(self.value_axis(top, axis_title, whole=currency is None))
        self.place_legend(len(bands))

    def _hovered(self, status: bool, index: int, bar_set: QBarSet) -> None:
        if not status or bar_set not in self.sets or not 0 <= index < len(self.categories):
            QToolTip.hideText()
            return
        value = self.values[self.sets.index(bar_set)][index]
        QToolTip.showText(QCursor.pos(), self.tr("{series}\n{category}: {value}").format(
            series=bar_set.label(), category=self.categories[index],
            value=self.describe(value)), self)


class RetentionChart(DashboardChart):
    """The repeat-purchase rate per first-purchase month, as a line in percent: complete
    cohorts solid, the cohorts still inside their year dashed. Months without new
    customers have no point."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.cohorts: tuple[Cohort, ...] = ()
        self.complete = QLineSeries()
        self.open = QLineSeries()

    def show_cohorts(self, cohorts: Sequence[Cohort]) -> None:
        self.clear()
        self.cohorts = tuple(cohorts)
        months = [c.month for c in self.cohorts]
        self.categories = [month_label(m) for m in months]
        self.complete = QLineSeries()
        self.complete.setName(self.tr("Complete cohorts"))
        self.open = QLineSeries()
        self.open.setName(self.tr("Less than a year so far"))
        last_complete: QPointF | None = None
        for index, cohort in enumerate(self.cohorts):
            if cohort.rate is None:
                continue
            point = QPointF(index, cohort.rate * 100)
            if cohort.complete:
                self.complete.append(point)
                last_complete = point
            else:
                if self.open.count() == 0 and last_complete is not None:
                    self.open.append(last_complete)  # the dashes go on from the line
                self.open.append(point)
        axis = self.month_axis(months)
        values = self.value_axis(100.0, self.tr("Bought again"), "%.0f%%")
        values.setRange(0.0, 100.0)
        values.setTickCount(TICKS)
        for series in (self.complete, self.open):
            series.setPointsVisible(True)
            series.hovered.connect(self._hovered)
            self.chart_.addSeries(series)
            series.attachAxis(axis)
            series.attachAxis(values)
        pen = QPen(self.open.pen())
        pen.setStyle(Qt.PenStyle.DashLine)
        pen.setWidthF(2.0)
        self.open.setPen(pen)
        color = QColor(PALETTE[0])
        self.complete.setColor(color)
        self.open.setColor(color)
        self.place_legend(2)
        self.chart_.legend().setMarkerShape(QLegend.MarkerShape.MarkerShapeFromSeries)

    def _hovered(self, point: QPointF, state: bool) -> None:
        index = round(point.x())
        if not state or not 0 <= index < len(self.cohorts):
            QToolTip.hideText()
            return
        cohort = self.cohorts[index]
        QToolTip.showText(QCursor.pos(), self.tr(
            "{month}: {repeat} of {customers} new customers bought again ({rate})").format(
                month=self.categories[index], repeat=count_text(cohort.repeat),
                customers=count_text(cohort.customers),
                rate=QLocale().toString((cohort.rate or 0.0) * 100, "f", 1) + " %"), self)


