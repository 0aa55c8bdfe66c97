"""The Dashboard section: five charts of the figures the last recompute stored.

Opening the section reads one stored row (services.dashboard.dashboard: no figure is
computed here), so it shows at once; "Computed on …" says how old the figures are.
Before the first recompute an empty state explains what will be here. Recompute asks
the window (``recomputeRequested``) to run the Loyalty section's recompute, whose end
is announced on ``Changes.loyaltyChanged``: the section then reads the figures again,
at once when it is on screen, else when it is next shown.

The charts sit in a scrolling grid, two side by side when there is room (a window of
about 1,440 pixels), one above the other otherwise. Each can be saved as a PNG image
and its numbers exported to a workbook (dashboard_panel).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QFont, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import __version__

from ..services.dashboard import Dashboard, dashboard
from ..services.io.figures_writer import FigureSheet
from . import dashboard_tables as tables
from .dashboard_charts import (
    BarsChart,
    RetentionChart,
    band_colors,
    count_text,
    money_text,
)
from .dashboard_panel import ChartPanel, exported_at
from .i18n import translated

if TYPE_CHECKING:
    from ..db import Database
    from .changes import Changes
    from .settings import Settings

EMPTY, CHARTS = range(2)
EMPTY_TEXT_WIDTH = 520
#: The section is at least this wide (pixels) for two charts side by side: a window of
#: 1,280 pixels and more, beside the sidebar.
TWO_COLUMNS_FROM = 1040


class DashboardSection(QWidget):
    """The Dashboard (see the module's words)."""

    statusMessage = Signal(str)  # noqa: N815 - Qt's naming
    #: The stored figures were read and are shown (or the empty state is).
    loaded = Signal()
    #: The Recompute button was pressed: the window runs the recompute.
    recomputeRequested = Signal()  # noqa: N815 - Qt's naming

    def __init__(self, database: Database, settings: Settings, changes: Changes,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard-section")
        self.database, self.settings, self.changes = database, settings, changes
        #: What is on screen: None before the first recompute (or a load).
        self.report: Dashboard | None = None
        self._dirty = True
        self._columns = 0

        self.computed_label = QLabel()
        self.computed_label.setObjectName("dashboard-computed")
        self.computed_label.setWordWrap(True)
        self.recompute_button = QPushButton(self.tr("Recompute"))
        self.recompute_button.setToolTip(self.tr(
            "Work out every customer's standing and these figures again"))
        self.recompute_button.clicked.connect(self.recomputeRequested)
        top = QHBoxLayout()
        top.addWidget(self.computed_label, 1)
        top.addWidget(self.recompute_button)

        self.stack = QStackedWidget()
        self.stack.addWidget(self._empty_page())
        self.stack.addWidget(self._charts_page())
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        self._show_page(EMPTY)

        signal = getattr(changes, "loyaltyChanged", None)
        if signal is not None:
            signal.connect(self._changed)

    # Building --------------------------------------------------------------------------
    def _empty_page(self) -> QWidget:
        page = QWidget()
        self.empty_title = QLabel()
        font = QFont(self.empty_title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.empty_title.setFont(font)
        self.empty_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_title.setWordWrap(True)
        self.empty_text = QLabel()
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text.setFixedWidth(EMPTY_TEXT_WIDTH)
        self.empty_text.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)
        self.empty_button = QPushButton(self.tr("Recompute now"))
        self.empty_button.clicked.connect(self.recomputeRequested)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.empty_title)
        # Centred by stretches, not by alignment: an aligned item would be asked its
        # height for the whole row's width, and get a line or two too few.
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.empty_text)
        row.addStretch()
        layout.addLayout(row)
        layout.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return page

    def _charts_page(self) -> QWidget:
        self.sources_chart = BarsChart("dashboard-sources-chart", stacked=True)
        self.retention_chart = RetentionChart("dashboard-retention-chart")
        self.revenue_chart = BarsChart("dashboard-revenue-chart", stacked=True)
        self.reactivations_chart = BarsChart("dashboard-reactivations-chart", stacked=False)
        self.pipeline_chart = BarsChart("dashboard-pipeline-chart", stacked=False)
        self.sources_panel = ChartPanel("sources", self.tr("New customers by source"), self.tr(
            "Customers whose first purchase fell in the month, by where they came from."),
            self.sources_chart)
        self.retention_panel = ChartPanel("retention", self.tr("Repeat purchases"), self.tr(
            "Of the customers who first bought in the month, the share who bought again "
            "within a year (365 days). Dashed: less than a year has passed, the share may "
            "still rise."), self.retention_chart)
        self.revenue_panel = ChartPanel("revenue", self.tr("Revenue by tier"), self.tr(
            "Purchases by month, by the tier their buyer holds now."), self.revenue_chart)
        self.reactivations_panel = ChartPanel("reactivations", self.tr("Reactivations"), self.tr(
            "Lapsed customers who bought again, by the month they came back."),
            self.reactivations_chart)
        self.pipeline_panel = ChartPanel("pipeline", self.tr("Open pipeline"), self.tr(
            "Open deals by stage: their value, and their value weighted by the chance "
            "of winning them."), self.pipeline_chart)
        sheets = (tables.new_customers_sheet, tables.retention_sheet, tables.revenue_sheet,
                  tables.reactivations_sheet, tables.pipeline_sheet)
        for panel, sheet in zip(self.panels, sheets, strict=True):
            panel.sheet = self._sheet_of(sheet)
            panel.about = self._about_of(panel)
            panel.statusMessage.connect(self.statusMessage)

        self.grid_widget = QWidget()
        self.grid = QGridLayout(self.grid_widget)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("dashboard-scroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setWidget(self.grid_widget)
        self._lay_out(1)
        return self.scroll_area

    @property
    def panels(self) -> tuple[ChartPanel, ...]:
        return (self.sources_panel, self.retention_panel, self.revenue_panel,
                self.reactivations_panel, self.pipeline_panel)

    def _lay_out(self, columns: int) -> None:
        """Put the panels in ``columns`` columns, in reading order."""
        if columns == self._columns:
            return
        self._columns = columns
        for panel in self.panels:
            self.grid.removeWidget(panel)
        for index, panel in enumerate(self.panels):
            self.grid.addWidget(panel, index // columns, index % columns)
        for column in range(2):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's naming
        super().resizeEvent(event)
        # The section's own width: its children are resized after this event.
        self._lay_out(2 if event.size().width() >= TWO_COLUMNS_FROM else 1)

    def _show_page(self, page: int) -> None:
        self.stack.setCurrentIndex(page)
        self.recompute_button.setVisible(page == CHARTS or self.report is not None)

    # Loading ---------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's naming
        super().showEvent(event)
        if self._dirty:
            self.reload()

    def _changed(self, _contact_ids: object = None) -> None:
        self._dirty = True
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        """Read the stored figures (one row) and show them."""
        self._dirty = False
        try:
            with self.database.session_scope() as session:
                report = dashboard(session)
        except Exception as exc:  # noqa: BLE001 - shown in the section
            self.report = None
            self.computed_label.setText(self.tr("The figures could not be read: {reason}")
                                        .format(reason=translated(exc)))
            self._show_empty(self.tr("No figures to show"), "")
            self.loaded.emit()
            return
        self.report = report
        if report is None:
            self.computed_label.setText(self.tr("Not computed yet."))
            self._show_empty(self.tr("No figures yet"), self.tr(
                "The Dashboard charts new customers by source, repeat purchases, revenue by "
                "tier, reactivations and the open pipeline. The recompute works them out "
                "after imports and whenever you ask for it."))
        else:
            self.computed_label.setText(self._computed_text(report))
            if report.empty:
                self._show_empty(self.tr("Nothing to chart yet"), self.tr(
                    "No customer has bought anything in the last two years and no deal is "
                    "open. Log purchases or import them, then recompute."))
            else:
                self._draw(report)
                self._show_page(CHARTS)
        self.loaded.emit()

    def _show_empty(self, title: str, text: str) -> None:
        self.empty_title.setText(title)
        self.empty_text.setText(text)
        self.empty_text.setVisible(bool(text))
        self._show_page(EMPTY)

    def _computed_text(self, report: Dashboard) -> str:
        locale = QLocale()
        moment = report.computed_at.astimezone()
        day = locale.toString(QDate(report.computed_on.year, report.computed_on.month,
                                    report.computed_on.day), QLocale.FormatType.LongFormat)
        time = locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
        return self.tr("Computed on {date} at {time}.").format(date=day, time=time)

    def _draw(self, report: Dashboard) -> None:
        for panel in self.panels:
            panel.file_name = f"{panel.title} {report.computed_on.isoformat()}"
        self.sources_chart.show_bars(
            report.months, [(tables.source_label(b), b.values) for b in report.new_customers],
            axis_title=self.tr("Customers"), describe=count_text,
            colors=band_colors([b.kind for b in report.new_customers]))
        self.retention_chart.show_cohorts(report.retention)
        currency = report.revenue_currency
        self.revenue_panel.setVisible(currency is not None)
        if currency is not None:
            self.revenue_chart.show_bars(
                report.months, [(tables.tier_label(b), b.values) for b in report.revenue],
                currency=currency, axis_title=currency,
                describe=money_text(currency), colors=band_colors([b.kind for b in report.revenue]))
        self.reactivations_chart.show_bars(
            report.months, [(self.tr("Reactivated customers"), report.reactivations)],
            axis_title=self.tr("Customers"), describe=count_text)
        self._draw_pipeline(report)

    def _draw_pipeline(self, report: Dashboard) -> None:
        figures = report.pipeline
        self.pipeline_panel.setVisible(figures is not None)
        if figures is None:
            return
        # Under each stage's name its count of deals (a category axis takes HTML).
        names = [s.name for s in figures.stages]
        axis = [s.name + "<br>" + self.tr("%n deal(s)", "", s.count) for s in figures.stages]
        currency = figures.currency
        if currency is None:  # no deal in any currency: counts only
            self.pipeline_chart.show_bars(names, [(self.tr("Open deals"),
                                                   [s.count for s in figures.stages])],
                                          describe=count_text, axis_labels=axis)
            return
        self.pipeline_chart.show_bars(
            names, [(self.tr("Total value"), [s.total_minor for s in figures.stages]),
                    (self.tr("Weighted value"), [s.weighted_minor for s in figures.stages])],
            currency=currency, axis_title=currency, describe=money_text(currency),
            axis_labels=axis)

    # The About sheet of an export ----------------------------------------------------------
    def _sheet_of(self, build: Callable[[Dashboard], FigureSheet]) -> Callable[[], FigureSheet]:
        def sheet() -> FigureSheet:
            assert self.report is not None
            return build(self.report)
        return sheet

    def _about_of(self, panel: ChartPanel) -> Callable[[], list[tuple[str, str]]]:
        def about() -> list[tuple[str, str]]:
            report = self.report
            assert report is not None
            rows = [(self.tr("Chart"), panel.title), (self.tr("What it shows"),
                                                       panel.hint.text())]
            if panel is self.revenue_panel and report.revenue_currency:
                rows.append((self.tr("Currency"), self.tr(
                    "{currency}, the loyalty programme's: purchases in other currencies "
                    "are not counted.").format(currency=report.revenue_currency)))
            if panel is self.pipeline_panel and report.pipeline is not None:
                rows.append((self.tr("Pipeline"), report.pipeline.name))
                if report.pipeline.currency:
                    rows.append((self.tr("Currency"), self.tr(
                        "{currency}: the values count the deals in {currency}. Open deals "
                        "in other currencies, counted but not summed: {count}.").format(
                            currency=report.pipeline.currency,
                            count=report.pipeline.other_currencies)))
            rows += [
                (self.tr("Computed on"), report.computed_on.isoformat()),
                (self.tr("Exported at"), exported_at(dt.datetime.now(dt.UTC))),
                (self.tr("Written by"), f"Rapport {__version__}"),
            ]
            return rows
        return about
