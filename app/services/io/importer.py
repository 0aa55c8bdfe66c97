"""Import a file of contacts: read, map, plan, store, and report the rows left out.

The one service the wizard and the command line share. ``import_file`` opens the
file (readers.read_table), maps its columns (a given mapping, a template, or the one
suggested from the headers), guesses the date order from the first rows when not
given, plans every row and stores them through import_apply, all inside the
caller's unit of work: the caller commits, or rolls back on an error or a cancel, so
an import is all or nothing. A dry run is the same import rolled back by the caller,
so its counts are exactly what a real run would give.

``write_error_report`` writes the rejected rows to an .xlsx: each row's original
cells, its row number in the file, and the reasons.
"""

from __future__ import annotations

import itertools
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from ..errors import QT_TRANSLATE_NOOP
from . import values
from .fields import field as field_of
from .import_apply import Cancelled, ImportResult, Rejected, apply, mapping_json
from .import_plan import ImportOptions, plan
from .mapping import ColumnMapping, suggest_mapping
from .readers import read_table
from .table import ImportFileError, Row

GUESS_ROWS = 200  # rows read ahead to guess the date order

NO_ROWS = QT_TRANSLATE_NOOP("Import", "{name} has a header row but no rows below it.")
WRONG_WIDTH = QT_TRANSLATE_NOOP(
    "Import", "The mapping has {mapped} columns but the file has {columns}.")


@dataclass
class ImportReport:
    """What an import did, for the summary and the --json line."""

    result: ImportResult
    headers: tuple[str, ...]
    mapping: ColumnMapping
    encoding: str | None
    sheet: str | None


def import_file(
    session: Session,
    path: Path,
    *,
    mapping: ColumnMapping | None = None,
    preset: str = "auto",
    sheet: str | None = None,
    options: ImportOptions | None = None,
    date_order: str | None = None,
    progress: Callable[[int], None] | None = None,
    cancel: Any = None,
) -> ImportReport:
    """Import contacts from ``path`` (see module doc). ``date_order`` None: guessed."""
    options = options or ImportOptions()
    with read_table(path, sheet=sheet) as table:
        chosen = mapping or suggest_mapping(table.headers, kind="contacts", preset=preset)
        if len(chosen.columns) != len(table.headers):
            raise ImportFileError(WRONG_WIDTH, mapped=len(chosen.columns),
                                  columns=len(table.headers))
        ahead = list(itertools.islice(table.rows, GUESS_ROWS))
        if not ahead:
            raise ImportFileError(NO_ROWS, name=path.name)
        if date_order is None:
            date_order = guess_order(ahead, chosen) or options.date_order
        options = replace(options, date_order=date_order)
        rows = itertools.chain(ahead, table.rows)
        planned = plan(rows, chosen, options)
        about = mapping_json("contacts", table.headers, chosen.columns, options)
        result = apply(session, planned, file_name=path.name, options=options,
                       mapping_json=about, progress=progress, cancel=cancel)
        return ImportReport(result=result, headers=table.headers, mapping=chosen,
                            encoding=table.encoding, sheet=table.sheet)


def guess_order(rows: Sequence[Row], mapping: ColumnMapping) -> str | None:
    """"dmy" or "mdy" from the values of the mapping's date and time columns (for any
    kind of record), or None when none tells (then the options' order applies: the
    wizard asks when values.needs_date_order)."""
    for i, key in enumerate(mapping.columns):
        if key is None or field_of(mapping.kind, key).kind not in ("date", "datetime"):
            continue
        order = values.guess_date_order([r.cells[i] for r in rows if i < len(r.cells)])
        if order is not None:
            return order
    return None


def write_error_report(path: Path, headers: Sequence[str], rejected: Sequence[Rejected],
                       *, row_label: str = "Row", reason_label: str = "Reason") -> Path:
    """The rejected rows as an .xlsx: row number, reasons, then the original cells.

    Written to a temporary file and moved into place, so a failure leaves no half
    report. Cells are written as their types; text is never read as a formula.
    """
    import xlsxwriter

    folder = path.parent
    fd, tmp = tempfile.mkstemp(prefix=".rapport-report-", suffix=".xlsx", dir=folder)
    os.close(fd)
    try:
        book = xlsxwriter.Workbook(tmp, {"constant_memory": True, "strings_to_formulas": False,
                                         "strings_to_urls": False,
                                         "strings_to_numbers": False})
        sheet = book.add_worksheet()
        bold = book.add_format({"bold": True})
        dates = book.add_format({"num_format": "yyyy-mm-dd"})
        sheet.write_row(0, 0, [row_label, reason_label, *headers], bold)
        sheet.freeze_panes(1, 0)
        sheet.set_column(1, 1, 50)
        for n, row in enumerate(rejected, start=1):
            sheet.write_number(n, 0, row.number)
            sheet.write_string(n, 1, "; ".join(row.reasons))
            for c, cell in enumerate(row.cells, start=2):
                _write_cell(sheet, n, c, cell, dates)
        book.close()
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def _write_cell(sheet: Any, r: int, c: int, cell: Any, dates: Any) -> None:
    import datetime as dt

    if cell is None:
        return
    if isinstance(cell, bool):
        sheet.write_boolean(r, c, cell)
    elif isinstance(cell, int | float):
        sheet.write_number(r, c, cell)
    elif isinstance(cell, dt.datetime):
        sheet.write_datetime(r, c, cell.replace(tzinfo=None), dates)
    elif isinstance(cell, dt.date):
        sheet.write_datetime(r, c, dt.datetime.combine(cell, dt.time()), dates)
    else:
        sheet.write_string(r, c, str(cell))


__all__ = ["Cancelled", "ImportReport", "guess_order", "import_file", "write_error_report"]
