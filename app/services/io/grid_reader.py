"""From raw rows to a ``Table``: find the header row, the columns in use, the data.

Workbook sheets and CSV files both arrive as a stream of raw rows (a row number and
the cells from some first column on). People's files rarely start with the header in
row 1: an export often begins with a title ("Clients export 2025"), a date, a blank
line. So the header is looked for among the first ``HEADER_SCAN`` non-empty rows:

    the first row with at least two non-empty cells, at least two thirds of them
    short text labels (not numbers, dates or number-like text such as a phone), and
    those labels at least two thirds distinct; a row that is clearly narrower than
    the table (under half the widest row seen, or followed by a row at least half as
    wide again: a "title | date" pair above a wider header) is passed over.

When no row qualifies (a one-column list of emails, say) the first non-empty row is
the header. The columns kept are those with a header or a value in the rows read
ahead (``WIDTH_SCAN`` rows below the header): leading and trailing empty columns go,
a column with data but no header is named "Column 7" (by its position in the file),
and duplicate names stay as they are for the mapping to sort out. Empty rows are
skipped. Rows are streamed: only the rows read ahead are ever held in memory.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from ..errors import QT_TRANSLATE_NOOP
from .table import Cell, Row, Table

#: Non-empty rows examined for the header.
HEADER_SCAN = 20
#: Rows read ahead below the header to learn which columns hold data.
WIDTH_SCAN = 200
#: Empty columns allowed between unnamed columns of data past the header.
MAX_GAP = 10
#: A header label is at most this long; longer text is data (a note, an address).
LABEL_MAX = 80

#: Shown in the preview (translated there) when some row is wider than the header.
WIDE_ROWS_NOTE = QT_TRANSLATE_NOOP(
    "Import", "Some rows have more cells than the header row; the extra cells were ignored.")

#: Text that reads as a number, a date or a phone, not as a column name.
_NUMBER_LIKE = re.compile(r"[\s+\-−(]*\d[\d\s.,:/()\-−]*")

RawRow = tuple[int, Sequence[Cell]]


def build_table(raw: Iterable[RawRow], *, path: Path, kind: str, first_col: int = 0,
                **about: Any) -> Table:
    """Read ahead in ``raw`` to find the header and columns; the rest streams.

    ``first_col`` is the 0-based file column of each raw row's first cell (a sheet
    reader may skip leading empty columns); ``about`` fills the remaining ``Table``
    fields (sheets, sheet, encoding, delimiter, notes). A source with no non-empty
    row gives a table with no headers and no rows; callers refuse it first.
    """
    stream = iter(raw)
    ahead = _read_ahead(stream)
    notes: list[str] = about.pop("notes", None) or []
    if not ahead:
        return Table(path=path, kind=kind, headers=(), rows=iter(()), header_row=0,
                     notes=notes, **about)
    h = find_header(ahead)
    header_number, header = ahead[h]
    body = ahead[h + 1:]
    body += _read_ahead(stream, WIDTH_SCAN - len(body))  # the width sample
    lo, hi = _used_columns(header, body)
    headers = tuple(_label(c) or f"Column {first_col + lo + j + 1}"
                    for j, c in enumerate(_fit(header, lo, hi)))
    rows = _rows(body, stream, lo, hi, notes)
    return Table(path=path, kind=kind, headers=headers, rows=rows,
                 header_row=header_number, notes=notes, **about)


def find_header(rows: Sequence[RawRow]) -> int:
    """The index in ``rows`` (non-empty rows, in order) of the header; see module doc."""
    counts = [_filled(cells) for _, cells in rows]
    widest = max(counts, default=0)
    for i, (_, cells) in enumerate(rows[:HEADER_SCAN]):
        n = counts[i]
        if n < 2 or n * 2 < widest:
            continue
        after = counts[i + 1] if i + 1 < len(rows) else 0
        if after >= n + 2 and after * 2 >= n * 3:
            continue  # a title block above a wider table
        if _labels_like(cells, n):
            return i
    return 0


def _labels_like(cells: Sequence[Cell], filled: int) -> bool:
    labels = [c.strip() for c in cells if isinstance(c, str) and _is_label(c)]
    if len(labels) * 3 < filled * 2:
        return False
    return len({label.casefold() for label in labels}) * 3 >= len(labels) * 2


def _is_label(text: str) -> bool:
    text = text.strip()
    return 0 < len(text) <= LABEL_MAX and _NUMBER_LIKE.fullmatch(text) is None


def _filled(cells: Sequence[Cell]) -> int:
    return len(cells) - sum(1 for c in cells if c is None or c == "")


def _read_ahead(stream: Iterator[RawRow], limit: int = HEADER_SCAN) -> list[RawRow]:
    """Up to ``limit`` non-empty rows from ``stream`` (and the empty ones before them)."""
    out: list[RawRow] = []
    for number, cells in stream:
        if _filled(cells):
            out.append((number, cells))
            if len(out) >= limit:
                break
    return out


def _used_columns(header: Sequence[Cell], body: Sequence[RawRow]) -> tuple[int, int]:
    """The [lo, hi) range of columns with a header or a value in the sample.

    Past the header's last name, columns with data are taken while they come within
    ``MAX_GAP`` columns of each other: a stray cell at XFD1048576 does not make a
    table 16,384 columns wide (its cells count as extra, see WIDE_ROWS_NOTE).
    """
    named = [i for i, c in enumerate(header) if c is not None and c != ""]
    used = set(named)
    for _, cells in body:
        used.update(i for i, c in enumerate(cells) if c is not None and c != "")
    lo, hi = min(used), max(named) + 1
    for i in sorted(c for c in used if c >= hi):
        if i - hi >= MAX_GAP:
            break
        hi = i + 1
    return min(lo, hi - 1), hi


def _fit(cells: Sequence[Cell], lo: int, hi: int) -> list[Cell]:
    """``cells[lo:hi]``, padded with None to the width."""
    out = list(cells[lo:hi])
    if len(out) < hi - lo:
        out.extend([None] * (hi - lo - len(out)))
    return out


def _label(cell: Cell) -> str:
    """A header cell as a column name: whitespace collapsed, dates as ISO text."""
    if cell is None:
        return ""
    if isinstance(cell, dt.date):
        return cell.isoformat()
    return " ".join(str(cell).split())


def _rows(body: list[RawRow], stream: Iterator[RawRow], lo: int, hi: int,
          notes: list[str]) -> Iterator[Row]:
    """The data rows, cut or padded to the header's width; empty rows skipped."""
    width = hi - lo
    pad = [None] * width
    wide = False
    for number, cells in _chain(body, stream):
        if len(cells) > hi and not wide and _filled(cells[hi:]):
            wide = True
            notes.append(WIDE_ROWS_NOTE)
        row = list(cells[lo:hi])
        if len(row) < width:
            row += pad[:width - len(row)]
        if row.count(None) == width:
            continue
        yield Row(number, tuple(row))


def _chain(body: list[RawRow], stream: Iterator[RawRow]) -> Iterator[RawRow]:
    yield from body
    body.clear()  # let the read-ahead rows go once they have been handed out
    yield from stream
