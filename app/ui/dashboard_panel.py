"""One chart of the Dashboard in its frame: a title, what it shows, the chart, two files.

"Save as PNG…" grabs the chart as it is on screen; "Export data…" writes the chart's
numbers (dashboard_tables) into a workbook with an About sheet, on a worker
(io.figures_writer). Both ask for the file first and write through a temporary file
(atomic_write), so a failure leaves no half-written file, and say what happened.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..services.io import about_writer
from ..services.io.figures_writer import AboutRows, FigureSheet, write_figures
from .chart_files import ask_save_path, save_chart_png
from .dashboard_charts import DashboardChart
from .i18n import translated
from .workers import BackgroundOp, run_in_background


class ChartPanel(QFrame):
    """A chart with its title, hint and file buttons. ``sheet()`` gives the chart's
    numbers for the export, ``about()`` the About sheet's rows (the section sets both)."""

    statusMessage = Signal(str)  # noqa: N815 - Qt's naming
    #: The workbook was written: its path.
    exported = Signal(object)

    def __init__(self, key: str, title: str, hint: str, chart: DashboardChart,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"dashboard-{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title, self.chart = title, chart
        self.sheet: Callable[[], FigureSheet] | None = None
        self.about: Callable[[], AboutRows] = list
        self.file_name = title
        self.export_op: BackgroundOp | None = None

        heading = QLabel(title)
        font = QFont(heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        heading.setFont(font)
        heading.setWordWrap(True)
        self.hint = QLabel(hint)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(dark);")
        self.hint.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.save_button = QToolButton()
        self.save_button.setText(self.tr("Save as PNG…"))
        self.save_button.clicked.connect(self.save_png)
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("Export data…"))
        self.export_button.clicked.connect(self.export_data)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        chart.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(chart, 1)

    def save_png(self) -> None:
        """Ask for a file, then save the chart as it is on screen as a PNG image."""
        save_chart_png(self, self.chart, self.file_name, self.statusMessage.emit)

    def export_data(self) -> BackgroundOp | None:
        """Ask for a file, then write the chart's numbers into a workbook on a worker."""
        if self.sheet is None:
            return None
        target = ask_save_path(self, self.tr("Export data"), self.file_name, "xlsx",
                               QCoreApplication.translate("Export", "Excel workbook (*.xlsx)"))
        if target is None:
            return None
        sheet, about = self.sheet(), list(self.about())
        about_name = self.tr("About")

        def work(_cancel: Any) -> Path:
            return write_figures(target, [sheet], about_name, about)

        self.export_button.setEnabled(False)
        self.statusMessage.emit(self.tr("Exporting “{chart}”…").format(chart=self.title))
        self.export_op = run_in_background(work, on_done=self._exported,
                                           on_error=self._export_failed)
        return self.export_op

    def _exported(self, path: Path) -> None:
        self.export_button.setEnabled(True)
        self.statusMessage.emit(self.tr("Exported the data to {path}").format(path=path))
        self.exported.emit(path)

    def _export_failed(self, err: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.statusMessage.emit("")
        QMessageBox.warning(self, self.tr("Export failed"),
                            self.tr("Nothing was exported: {reason}")
                            .format(reason=translated(err)))


def exported_at(now: dt.datetime) -> str:
    """The moment of an export as the About sheet says it, on this computer's clock."""
    local = now.astimezone().replace(microsecond=0)
    return f"{local:%Y-%m-%d %H:%M:%S} ({about_writer.zone(local)})"
