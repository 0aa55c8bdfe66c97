"""Excel workbooks (.xlsx, .xlsm) in: one sheet as a ``Table``, cells keeping their types.

Two engines, one result:

* **python-calamine** (Rust) is the default: a 100,000-row, 12-column sheet reads in
  1.3-1.7 s here (60-78k rows/s, scan and header detection included; 115-130 MB
  peak), against 9.6-13 s for openpyxl (8-10k rows/s; 40-65 MB). Its ``iter_rows``
  only spares building one Python list for the whole sheet: ``get_sheet_by_name``
  loads the sheet as a dense grid (about 32 bytes a cell, plus the text), so
  memory grows with the sheet.
* **openpyxl, read-only** streams the sheet's XML with constant memory (defusedxml is
  installed, so it refuses entity declarations: no XML bombs). It is used when the
  grid calamine would build is estimated (from the scan in workbook_reader) above
  ``CALAMINE_BUDGET``: a far stray cell, or more than about 130,000 rows of 12
  columns (the budget keeps an import under 300 MB);
  and when calamine fails on a file, as a second opinion before calling it damaged.
  openpyxl trusts the sheet's declared ``<dimension>`` and pads every row out to it,
  so a file declaring A1:L1000000 and holding 10 rows would give a million empty
  rows: ``reset_dimensions()`` drops the declaration and rows stop at the data.

Cells come out the same from both: text as ``str`` ("" as None), whole numbers as
``int`` (a phone stored as a number is 998901234567, not 9.98901234567e11), other
numbers as ``float``, ``bool``, dates as ``date`` and date-times as ``datetime`` (a
date-time at exactly midnight reads as a date, as calamine gives it), times and
durations as text (a ``Cell`` has no time type), error values (#N/A...) as None.
"""

from __future__ import annotations

import datetime as dt
import warnings
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from defusedxml import DefusedXmlException

from ..errors import QT_TRANSLATE_NOOP
from .grid_reader import RawRow, build_table
from .table import Cell, ImportFileError, Table
from .text_reader import CANNOT_READ
from .workbook_reader import (
    DAMAGED,
    UNSAFE_XML,
    ZIP_ERRORS,
    ZIP_PASSWORD,
    Extent,
    choose_sheet,
    read_sheets,
)

#: Bytes of memory calamine may use for one sheet, as estimated from its extent: an
#: import stays under 300 MB resident whatever the file (measured: 266 MB for 100,000
#: rows of 12 columns, estimated at 98 MB), and a bigger sheet streams through openpyxl
#: (40-65 MB, whatever its size) at a fifth of the speed.
CALAMINE_BUDGET = 128 << 20
#: Per cell of the dense grid calamine builds (measured: 12.6 M cells, ~380 MB).
CALAMINE_CELL_BYTES = 32
ROW_READ_FAILED = QT_TRANSLATE_NOOP(
    "Import", "{name} could not be read to the end (row {row}): {reason}")
_ERRORS = frozenset(("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A",
                     "#GETTING_DATA", "#SPILL!", "#CALC!"))


def sheet_names(path: Path) -> list[str]:
    """The names of the workbook's sheets of cells, in tab order (chart sheets left out)."""
    with _zip(path) as zf:
        sheets, _ = read_sheets(zf, path.name)
    return [s.name for s in sheets if s.worksheet]


@contextmanager
def open_xlsx(path: Path, *, sheet: str | None = None,
              engine: str = "auto") -> Iterator[Table]:
    """The chosen sheet of ``path`` as a Table. ``engine``: "auto" (see module doc),
    "calamine" or "openpyxl" (the tests use these to reach both)."""
    with _zip(path) as zf:
        sheets, active = read_sheets(zf, path.name)
        info, extent = choose_sheet(zf, sheets, active, sheet, path.name)
        shared = sum(i.file_size for i in zf.infolist() if i.filename.endswith("sharedStrings.xml"))
    names = tuple(s.name for s in sheets if s.worksheet)
    fits = fits_calamine(extent, shared)
    use = engine if engine != "auto" else "calamine" if fits else "openpyxl"
    raw: Iterator[RawRow] | None = None
    first_col, close = 0, _nothing
    if use == "calamine":
        try:
            raw, first_col = _calamine_rows(path, info.name)
        except ImportFileError:
            raise
        except BaseException as exc:  # noqa: B036 - a Rust panic is a BaseException
            if not _is_calamine_failure(exc):
                raise  # KeyboardInterrupt, SystemExit
            if engine != "auto":
                raise ImportFileError(DAMAGED, name=path.name) from None
            # otherwise openpyxl has a second look before the file is called damaged
    if raw is None:
        raw, close = _openpyxl_rows(path, info.name)
    try:
        yield build_table(raw, path=path, kind="xlsx", first_col=first_col,
                          sheets=names, sheet=info.name)
    finally:
        close()


def fits_calamine(extent: Extent, shared_strings: int = 0) -> bool:
    """Whether calamine's in-memory grid for this sheet (plus its text: at most the
    sheet's XML and the shared strings' XML) stays within the budget."""
    grid = extent.rows * extent.cols * CALAMINE_CELL_BYTES
    return grid + extent.xml_bytes + shared_strings <= CALAMINE_BUDGET


@contextmanager
def _zip(path: Path) -> Iterator[zipfile.ZipFile]:
    try:
        zf = zipfile.ZipFile(path)
    except ZIP_ERRORS:  # a damaged directory can also claim a zip version from the future
        raise ImportFileError(DAMAGED, name=path.name) from None
    with zf:
        yield zf


def _is_calamine_failure(exc: BaseException) -> bool:
    """An error of calamine's own: any Exception, or the PanicException pyo3 raises for
    a Rust panic (a BaseException, so that ``except Exception`` does not hide it)."""
    return isinstance(exc, Exception) or type(exc).__name__ == "PanicException"


def _calamine_rows(path: Path, name: str) -> tuple[Iterator[RawRow], int]:
    from python_calamine import CalamineWorkbook, PasswordError

    try:
        book = CalamineWorkbook.from_path(str(path))
    except PasswordError:
        raise ImportFileError(ZIP_PASSWORD, name=path.name) from None
    try:
        grid = book.get_sheet_by_name(name)
    finally:
        book.close()
    start = grid.start
    if start is None:
        return iter(()), 0
    # iter_rows starts at row 1 of the sheet but at the first column in use.
    return _convert_calamine(grid.iter_rows()), start[1]


def _convert_calamine(rows: Iterator[list[Any]]) -> Iterator[RawRow]:
    """Calamine's values as Cells; strings (most cells) pass through untouched."""
    for number, row in enumerate(rows, 1):
        yield number, [(v or None) if v.__class__ is str else _cell(v) for v in row]


def _cell(v: Any) -> Cell:
    """A non-text value as a Cell (both engines)."""
    if v.__class__ is float:
        return int(v) if v.is_integer() else v
    if v.__class__ is dt.datetime:
        return v.date() if v.time() == dt.time() and v.tzinfo is None else v
    if isinstance(v, dt.time):
        return v.isoformat()
    if isinstance(v, dt.timedelta):
        return _duration(v)
    return v


def _duration(v: dt.timedelta) -> str:
    """A duration as Excel shows [h]:mm:ss: 30:00:00, not "1 day, 6:00:00"."""
    seconds = round(v.total_seconds())
    sign = "-" if seconds < 0 else ""
    hours, rest = divmod(abs(seconds), 3600)
    return f"{sign}{hours}:{rest // 60:02d}:{rest % 60:02d}"


def _openpyxl_rows(path: Path, name: str) -> tuple[Iterator[RawRow], Callable[[], None]]:
    import openpyxl

    try:
        with warnings.catch_warnings():  # unsupported extensions etc.: not our reader's
            warnings.simplefilter("ignore")
            book = openpyxl.load_workbook(path, read_only=True, data_only=True,
                                          keep_links=False)
    except ImportFileError:
        raise
    except Exception as exc:  # openpyxl raises anything from KeyError to TypeError
        raise _openpyxl_error(exc, path.name) from None
    try:
        sheet = book[name]
        sheet.reset_dimensions()  # the declared size may be stale: stop at the data
    except Exception:
        book.close()
        raise ImportFileError(DAMAGED, name=path.name) from None
    return _stream_openpyxl(sheet.iter_rows(min_row=1, values_only=True), path), book.close


def _stream_openpyxl(rows: Iterator[tuple[Any, ...]], path: Path) -> Iterator[RawRow]:
    number = 0
    try:
        for number, row in enumerate(rows, 1):
            yield number, [_openpyxl_cell(v) for v in row]
    except ImportFileError:
        raise
    except OSError as exc:
        raise ImportFileError(ROW_READ_FAILED, name=path.name, row=number + 1,
                              reason=exc.strerror or str(exc)) from None
    except Exception as exc:
        raise _openpyxl_error(exc, path.name) from None


def _openpyxl_cell(v: Any) -> Cell:
    if v is None:
        return None
    if v.__class__ is str:
        return None if not v or v in _ERRORS else v
    if v.__class__ is int or v.__class__ is bool:
        return v
    return _cell(v)


def _openpyxl_error(exc: Exception, name: str) -> ImportFileError:
    cause: BaseException | None = exc
    for _ in range(8):  # openpyxl wraps the parser's error in a ValueError
        if cause is None:
            break
        if isinstance(cause, DefusedXmlException):
            return ImportFileError(UNSAFE_XML, name=name)
        cause = cause.__cause__ or cause.__context__
    if isinstance(exc, RuntimeError) and "encrypted" in str(exc):
        return ImportFileError(ZIP_PASSWORD, name=name)
    if isinstance(exc, OSError) and not isinstance(exc, ZIP_ERRORS):
        return ImportFileError(CANNOT_READ, name=name, reason=exc.strerror or str(exc))
    return ImportFileError(DAMAGED, name=name)


def _nothing() -> None:
    pass
