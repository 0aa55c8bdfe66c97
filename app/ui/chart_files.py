"""Files from charts: where to save one, and a chart saved as a PNG image.

Shared by the pipeline's forecast and the Dashboard's panels. The messages are in the
"ChartFiles" context; the file is written atomically (a failure leaves nothing).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..services.io.atomic_write import atomic_output
from .export_dialog import safe_file_name


def ask_save_path(parent: QWidget, title: str, name: str, suffix: str,
                  filter_text: str) -> Path | None:
    """Ask where to save (in Documents by default); the path with ``suffix``, or None."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    default = Path(folder) / f"{safe_file_name(name)}.{suffix}"
    path, _chosen = QFileDialog.getSaveFileName(parent, title, str(default), filter_text)
    if not path:
        return None
    target = Path(path)
    return target if target.suffix.lower() == f".{suffix}" else \
        target.with_name(f"{target.name}.{suffix}")


def save_chart_png(parent: QWidget, chart: QWidget, name: str,
                   on_message: Callable[[str], None]) -> Path | None:
    """Ask for a file, then save ``chart`` as it is on screen as a PNG image; the path
    written, or None (cancelled, or failed with a message box)."""
    target = ask_save_path(parent, QCoreApplication.translate("ChartFiles", "Save chart"),
                           name, "png",
                           QCoreApplication.translate("ChartFiles", "PNG images (*.png)"))
    if target is None:
        return None
    image = chart.grab()
    try:
        with atomic_output(target) as temp:
            if not image.save(str(temp), "PNG"):
                raise OSError(QCoreApplication.translate(
                    "ChartFiles", "the image could not be encoded"))
    except OSError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("ChartFiles", "Save failed"),
                            QCoreApplication.translate(
                                "ChartFiles", "The chart could not be saved to {path}: {reason}"
                            ).format(path=target, reason=exc.strerror or str(exc)))
        return None
    on_message(QCoreApplication.translate("ChartFiles", "Saved the chart to {path}")
               .format(path=target))
    return target
