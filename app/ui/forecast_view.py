"""The Pipeline section's forecast: a chart by month and tables of conversion, time, sources.

``ForecastView(database).load(pipeline_id, stages)`` reads the pipeline's analytics on
a worker (analytics_report.build_report: one unit of work, a few aggregate queries) and
shows them when they land; a newer load makes an older result stale, and it is
dropped. Money figures count one currency: the most common among the pipeline's deals,
or the one chosen in the drop-down that appears when the deals use more than one.

"Save chart as PNG…" grabs the chart as it is on screen; "Export to Excel…" writes the
month figures and every table into one workbook (io.analytics_writer) on a worker.
Both write through a temporary file, so a failure leaves no half-written file. A
pipeline with no deals shows an empty state instead of a chart of zeros.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..services.analytics_report import AnalyticsReport, build_report
from ..services.io.analytics_writer import write_analytics
from .chart_files import ask_save_path, save_chart_png
from .forecast_charts import ForecastChart
from .forecast_models import FiguresModel
from .i18n import translated
from .labels import SOURCES, label
from .money_text import format_money
from .workers import BackgroundOp, run_in_background

if TYPE_CHECKING:
    from ..db import Database
    from ..services.pipeline import StageInfo

LOADING, EMPTY, FIGURES = range(3)


def source_label(source: str) -> str:
    """A stored acquisition source as the interface names it."""
    return label(SOURCES, source)


class ForecastView(QWidget):
    """The forecast and analytics of one pipeline (see the module's words)."""

    #: A line for the window's status bar.
    statusMessage = Signal(str)  # noqa: N815 - Qt's naming
    #: A report is on screen (after each load).
    loaded = Signal()
    #: The workbook was written: its path.
    exported = Signal(object)

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("forecast-view")
        self._db = database
        self._generation = 0
        self._pipeline_id: int | None = None
        self._stages: tuple[StageInfo, ...] = ()
        self._currency: str | None = None
        #: What is on screen, or None before the first load lands.
        self.report: AnalyticsReport | None = None
        #: Today's date, for the chart's months (tests fix it).
        self.today: Callable[[], dt.date] = dt.date.today
        self.export_op: BackgroundOp | None = None

        self.currency_label = QLabel(self.tr("Currency:"))
        self.currency_box = QComboBox()
        self.currency_box.setObjectName("forecast-currency")
        self.currency_label.setBuddy(self.currency_box)
        self.currency_box.activated.connect(self._currency_chosen)
        self.currency_note = QLabel()
        self.currency_note.setWordWrap(True)
        self.currency_note.setStyleSheet("color: palette(dark);")
        self.save_chart_button = QPushButton(self.tr("Save chart as PNG…"))
        self.save_chart_button.clicked.connect(self.save_chart)
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.clicked.connect(self.export_excel)
        top = QHBoxLayout()
        top.addWidget(self.currency_label)
        top.addWidget(self.currency_box)
        top.addWidget(self.currency_note, 1)
        top.addStretch()  # keeps the buttons at the right when the currency is hidden
        top.addWidget(self.save_chart_button)
        top.addWidget(self.export_button)

        self.stack = QStackedWidget()
        self.loading_label = QLabel()
        self.loading_label.setWordWrap(True)
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.loading_label)
        self.stack.addWidget(self._empty_page())
        self.stack.addWidget(self._figures_page())

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        self.loading_label.setText(self.tr("Loading the forecast…"))
        self._show_page(LOADING)

    # Building --------------------------------------------------------------------------
    def _empty_page(self) -> QWidget:
        page = QWidget()
        title = QLabel(self.tr("No deals in this pipeline yet"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(self.tr(
            "Add deals on the board. Here you will then see the weighted value of the open "
            "deals by the month they are expected to close, the won value by month, how "
            "deals move from stage to stage, how long they stay in each, and which "
            "sources win."))
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setMaximumWidth(520)
        # Minimum: a wrapped label then gets the height its lines need.
        text.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.empty_title, self.empty_text = title, text
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return page

    def _figures_page(self) -> QWidget:
        page = QWidget()
        self.chart = ForecastChart()
        self.chart.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.undated_label = QLabel()
        self.undated_label.setWordWrap(True)
        self.conversion_model = FiguresModel([
            (self.tr("Stage"), "text"), (self.tr("Reached"), "int"),
            (self.tr("Conversion"), "percent")], self)
        self.times_model = FiguresModel([
            (self.tr("Stage"), "text"), (self.tr("Finished visits"), "int"),
            (self.tr("Mean days"), "days")], self)
        self.sources_model = FiguresModel([
            (self.tr("Source"), "text"), (self.tr("Won"), "int"), (self.tr("Lost"), "int"),
            (self.tr("Win rate"), "percent"), (self.tr("Average won deal"), "money")], self)
        self.conversion_table = self._table(self.conversion_model, "forecast-conversion")
        self.times_table = self._table(self.times_model, "forecast-times")
        self.sources_table = self._table(self.sources_model, "forecast-sources")
        tables = QGridLayout()
        captions = (
            (self.tr("Stage conversion"), self.tr(
                "Deals that reached each stage, and the share of them that reached the next.")),
            (self.tr("Time in stage"), self.tr("Mean days of the visits that have ended.")),
            (self.tr("Acquisition sources"), self.tr(
                "Won and lost deals by source; the average counts the won deals.")),
        )
        for column, ((title, hint), table) in enumerate(zip(
                captions, (self.conversion_table, self.times_table, self.sources_table),
                strict=True)):
            caption = QLabel(f"<b>{title}</b>")
            caption.setToolTip(hint)
            table.setToolTip(hint)
            tables.addWidget(caption, 0, column)
            tables.addWidget(table, 1, column)
        for column, stretch in enumerate((3, 3, 5)):
            tables.setColumnStretch(column, stretch)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chart, 3)
        layout.addWidget(self.undated_label)
        layout.addLayout(tables, 2)
        return page

    def _table(self, model: FiguresModel, name: str) -> QTableView:
        table = QTableView()
        table.setObjectName(name)
        table.setModel(model)
        table.verticalHeader().hide()
        table.setAlternatingRowColors(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.setMinimumHeight(120)
        return table

    def _show_page(self, page: int) -> None:
        self.stack.setCurrentIndex(page)
        ready = page == FIGURES
        self.save_chart_button.setEnabled(ready)
        self.export_button.setEnabled(ready)
        several = ready and self.report is not None and len(self.report.currencies) > 1
        for widget in (self.currency_label, self.currency_box, self.currency_note):
            widget.setVisible(several)

    # Loading ---------------------------------------------------------------------------
    def load(self, pipeline_id: int, stages: tuple[StageInfo, ...]) -> BackgroundOp | None:
        """Read the analytics of ``pipeline_id`` (its live ``stages``, in board order) on a
        worker and show them. Returns the op (tests may wait on it)."""
        if pipeline_id != self._pipeline_id or self.report is None:
            self._currency = None if pipeline_id != self._pipeline_id else self._currency
            self.report = None
            self.loading_label.setText(self.tr("Loading the forecast…"))
            self._show_page(LOADING)
        self._pipeline_id, self._stages = pipeline_id, tuple(stages)
        return self.reload()

    def reload(self) -> BackgroundOp | None:
        """Read the figures again (after deals changed); None before the first load."""
        if self._pipeline_id is None:
            return None
        self._generation += 1
        generation, db, today = self._generation, self._db, self.today()
        pipeline_id, stages, currency = self._pipeline_id, self._stages, self._currency

        def work(_cancel: Any) -> tuple[int, AnalyticsReport | Exception]:
            # A failure comes back as the result, with its generation, so that a stale
            # one is dropped like a stale report (and bound-method slots, which Qt
            # disconnects when the view goes, are all this connects).
            try:
                with db.session_scope() as session:
                    return generation, build_report(session, pipeline_id, stages,
                                                    today=today, currency=currency)
            except Exception as exc:  # noqa: BLE001 - shown in the view
                return generation, exc

        return run_in_background(work, on_done=self._on_loaded)

    def _on_loaded(self, result: tuple[int, AnalyticsReport | Exception]) -> None:
        generation, report = result
        if generation != self._generation:
            return  # a newer load is under way
        if isinstance(report, Exception):
            self._on_failed(report)
            return
        self.report = report
        if report.empty or report.analytics is None:
            self._show_page(EMPTY)
            self.loaded.emit()
            return
        self._currency = report.currency
        currency = str(report.currency)
        analytics = report.analytics
        self.currency_box.clear()
        self.currency_box.addItems(list(report.currencies))
        self.currency_box.setCurrentText(currency)
        self.currency_note.setText(self.tr(
            "Money figures count the deals in {currency}; counts take every deal.")
            .format(currency=currency))
        self.chart.show_months(report.months, currency)
        undated = analytics.forecast.undated_weighted_minor
        self.undated_label.setVisible(bool(undated))
        self.undated_label.setText(self.tr(
            "Open deals with no expected close, weighted: {amount} (not in the chart).")
            .format(amount=format_money(undated, currency)))
        self.conversion_model.set_figures(
            [(s.name, s.reached, s.rate) for s in analytics.conversion], currency)
        self.times_model.set_figures(
            [(t.name, t.visits, t.mean_days) for t in analytics.stage_times], currency)
        self.sources_model.set_figures(
            [(source_label(s.source) if s.source else self.tr("(none)"), s.won, s.lost,
              s.win_rate, s.mean_won_minor) for s in analytics.sources], currency)
        self._show_page(FIGURES)
        self.loaded.emit()

    def _on_failed(self, err: BaseException) -> None:
        self.loading_label.setText(self.tr("The forecast could not be read: {reason}")
                                   .format(reason=translated(err)))
        self._show_page(LOADING)

    def _currency_chosen(self, index: int) -> None:
        chosen = self.currency_box.itemText(index)
        if chosen and chosen != self._currency:
            self._currency = chosen
            self.reload()

    # Files -----------------------------------------------------------------------------
    def _file_name(self) -> str:
        pipeline = self.report.pipeline_name if self.report else ""
        return self.tr("{pipeline} forecast").format(pipeline=pipeline).strip()

    def save_chart(self) -> None:
        """Ask for a file, then save the chart as it is on screen as a PNG image."""
        save_chart_png(self, self.chart, self._file_name(), self.statusMessage.emit)

    def export_excel(self) -> BackgroundOp | None:
        """Ask for a file, then write the figures into a workbook on a worker."""
        report = self.report
        if report is None or report.empty:
            return None
        target = ask_save_path(self, self.tr("Export to Excel"), self._file_name(), "xlsx",
                           QCoreApplication.translate("Export", "Excel workbook (*.xlsx)"))
        if target is None:
            return None
        now = dt.datetime.now().astimezone()

        def work(_cancel: Any) -> Path:
            return write_analytics(report, target, now=now,
                                   translate=QCoreApplication.translate,
                                   source_label=source_label)

        self.export_button.setEnabled(False)
        self.statusMessage.emit(self.tr("Exporting the forecast…"))
        self.export_op = run_in_background(work, on_done=self._exported,
                                           on_error=self._export_failed)
        return self.export_op

    def _exported(self, path: Path) -> None:
        self.export_button.setEnabled(self.stack.currentIndex() == FIGURES)
        self.statusMessage.emit(self.tr("Exported the forecast to {path}").format(path=path))
        self.exported.emit(path)

    def _export_failed(self, err: BaseException) -> None:
        self.export_button.setEnabled(self.stack.currentIndex() == FIGURES)
        self.statusMessage.emit("")
        QMessageBox.warning(self, self.tr("Export failed"),
                            self.tr("Nothing was exported: {reason}")
                            .format(reason=translated(err)))
