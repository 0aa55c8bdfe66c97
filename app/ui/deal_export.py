"""Export the deals the board shows (its pipeline and filters) from the window.

The same file dialog, worker, progress and Cancel as every list's export
(export_dialog.start_export); the rows are board.deal_rows, written by
io.export_deals (.xlsx with money cells, or .csv).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ..services import pipeline as pl
from ..services.errors import ServiceError
from ..services.io.export import export_deals as write_deals
from .export_dialog import ExportTask, session_run, start_export

if TYPE_CHECKING:
    from ..db import Database
    from ..services.board import BoardFilter


def export_deals(parent: QWidget, database: Database, flt: BoardFilter,
                 on_message: Callable[[str], None]) -> ExportTask | None:
    """Ask for a file, then write the deals ``flt`` lets through to it on a worker;
    None when the user cancelled the file dialog."""
    try:
        with database.session_scope() as session:
            name = pl.get_pipeline(session, flt.pipeline_id).name
    except ServiceError:
        name = ""
    default = QCoreApplication.translate("Export", "{pipeline} deals").format(
        pipeline=name).strip()
    return start_export(parent, database, kind="deals", default_name=default,
                        run=session_run(write_deals, flt, now=dt.datetime.now().astimezone()),
                        on_message=on_message)
