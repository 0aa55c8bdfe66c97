"""What every reader hands the importer: a sheet of cells under one header row.

A workbook sheet, a CSV file and a file of vCards all arrive as a ``Table``: the
header names, then the data rows streamed one at a time, each with its row number in
the file (for previews and the error report). Cells keep the type the file gave them
(a date cell is a ``datetime``, a number cell an ``int`` or ``float``, text a ``str``)
so that the value parsers can tell a real date from text that looks like one.

A file that cannot be read raises ``ImportFileError``: one clear sentence, no
traceback, and nothing in the database touched (reading happens before any write).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ServiceError

#: One cell as read: text, a number, a truth value, a date or a time, or empty.
Cell = str | int | float | bool | dt.date | dt.datetime | None


class ImportFileError(ServiceError):
    """The file cannot be read as a table (corrupt, encrypted, empty, not what its
    name says...). ``str()`` is the English one-line reason; the UI translates it."""

    context = "Import"


@dataclass(frozen=True)
class Row:
    """One data row: its 1-based line (CSV, vCard: the card's first line) or row
    (sheet) number in the file, and one cell per header."""

    number: int
    cells: tuple[Cell, ...]


@dataclass
class Table:
    """A readable table: where it came from, its header, and its rows (read once).

    ``rows`` is an iterator over the data rows below the header, with empty rows
    skipped, trailing empty columns dropped and every row padded or cut to the
    header's width. Iterate it once; reopen the file to read it again.
    """

    path: Path
    #: "xlsx", "csv" or "vcf".
    kind: str
    headers: tuple[str, ...]
    rows: Iterator[Row]
    #: The 1-based row (line) number of the header in the file; 0 for vCards.
    header_row: int = 1
    #: Workbooks: every sheet's name, and the one read.
    sheets: tuple[str, ...] = ()
    sheet: str | None = None
    #: Text files: the encoding and delimiter found, so the preview can show them.
    encoding: str | None = None
    delimiter: str | None = None
    #: Things the reader noticed that the user should see (a guessed encoding...).
    notes: list[str] = field(default_factory=list)
