"""How every export is written: typed columns, pages of rows, one file, whole or none.

An export is one table: a header of ``Column``s, then rows that are tuples of plain
Python values in column order (``None`` for an empty cell). export.py plans a ``Job``
on the database (columns, a lazy iterator of pages, the row count); ``write_job``
writes it with the writer of the format (xlsx_writer, csv_writer, vcard_writer), which
all take the same rows, so the database is read once whatever the format.

Column kinds, and how they are written:

* ``text``: a string; never a formula (see the writers).
* ``int``: a whole number, as a number.
* ``date``: a calendar day, as a date.
* ``datetime``: a moment, aware or naive in UTC (as Rapport stores it), written in
  local time.
* ``bool``: a truth value.
* ``list``: a tuple of strings (tags), joined with ", " in a table.
* ``any``: a custom field value (text, number or truth value), typed as it comes.
* ``money``: a money_cells.MoneyCell, in a workbook a number in major units under a
  format naming its currency (CSV writers are given ``text`` columns of
  money.plain_text instead).

Times: people read their own clock, so each writer shows moments in ``tz`` (None: the
computer's local zone, daylight saving time included), to the second. The workbook's
About sheet names the zone; a CSV cell carries its offset.

The file is written to a temporary file beside the target and moved over it at the
end (atomic_write): a cancelled or failed export leaves no file, and the previous one
untouched. ``progress(done, total)`` is called after each page; ``cancel.is_set()`` is
checked before each page and before the file is completed.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from app import __version__

from ..errors import QT_TRANSLATE_NOOP, ServiceError
from . import about_writer as about
from .atomic_write import atomic_output
from .table import Cell

#: The export formats, by file suffix.
FORMATS = {".xlsx": "xlsx", ".csv": "csv", ".vcf": "vcf"}
#: The write buffer of export files. Each write to a file releases the GIL, and a
#: worker that does so every millisecond starves the GUI thread (see
#: xlsx_writer._buffer_rows); 1 MiB means a few writes a second.
BUFFER = 1 << 20
#: Data rows a workbook sheet holds below its header (Excel's limit).
XLSX_MAX_ROWS = 1_048_575

CANNOT_WRITE = QT_TRANSLATE_NOOP("Export", "Cannot write “{path}”: {reason}.")
UNKNOWN_FORMAT = QT_TRANSLATE_NOOP(
    "Export", "“{name}” is not a file Rapport can write. Name it .xlsx, .csv or .vcf.")
VCARD_CONTACTS_ONLY = QT_TRANSLATE_NOOP(
    "Export", "vCard files hold contacts only. Choose .xlsx or .csv for this export.")
TOO_MANY_ROWS = QT_TRANSLATE_NOOP(
    "Export", "{count} rows are more than a workbook holds ({limit}). Export them as .csv.")
CANCELLED = QT_TRANSLATE_NOOP("Export", "The export was cancelled.")


class ExportError(ServiceError):
    """The export cannot be written, and nothing was. ``str()`` is the English reason."""

    context = "Export"


class ExportCancelled(ServiceError):
    """``cancel`` was set: the export stopped and left no file."""

    context = "Export"

    def __init__(self) -> None:
        super().__init__(CANCELLED)


class Cancel(Protocol):
    """A threading.Event, or anything else that says whether to stop."""

    def is_set(self) -> bool: ...


Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Column:
    """One exported column: the field key it holds (``email`` for every email column,
    ``custom:<name>`` for a custom field), its header and its kind (see above)."""

    key: str
    header: str
    kind: str = "text"


#: A row of cells in column order; a ``list`` column holds a tuple of strings.
Row = tuple[Cell | tuple[str, ...], ...]


@dataclass
class Job:
    """One export, planned on the database: its columns, its pages (read lazily, in
    the caller's session), how many rows there will be, what chose them (in words)."""

    kind: str
    columns: list[Column]
    pages: Iterator[list[Row]]
    total: int
    search: str | None = None
    filters: list[about.Phrase] = field(default_factory=list)


@dataclass(frozen=True)
class ExportResult:
    count: int
    path: Path
    #: "xlsx", "csv" or "vcf".
    format: str = "xlsx"
    #: Cells cut at a workbook's 32,767 characters (only long notes reach it).
    truncated: int = 0


@dataclass(frozen=True)
class Options:
    """How to write: the format (None: from the suffix), the zone of local time (None:
    this computer's), progress and cancel hooks, and ``translate(context, text)`` for
    the About sheet (the window passes QCoreApplication.translate)."""

    fmt: str | None = None
    tz: dt.tzinfo | None = None
    progress: Progress | None = None
    cancel: Cancel | None = None
    translate: about.Translate = about.english


class SheetWriter(Protocol):
    """Writes one export into a file that already exists (empty) at the given path."""

    def write_rows(self, rows: Sequence[Row]) -> None:
        """Append rows below the ones written so far."""

    def finish(self, about: Sequence[tuple[str, str]]) -> None:
        """Complete the file; ``about`` says what was exported, as (label, text)
        pairs, for formats that have room for it (the workbook's About sheet)."""

    def abort(self) -> None:
        """Let go of the file after a failure or a cancel (it is then deleted)."""


def export_format(path: Path | str, fmt: str | None = None) -> str:
    """The format to write: ``fmt`` if given, else from the suffix; ExportError if none."""
    chosen = fmt if fmt is not None else FORMATS.get(Path(path).suffix.lower())
    if chosen not in FORMATS.values():
        raise ExportError(UNKNOWN_FORMAT, name=Path(path).name)
    return str(chosen)


def write_job(path: Path | str, kind: str, plan: Callable[[], Job], options: Options, *,
              now: dt.datetime) -> ExportResult:
    """Check the format, open the temporary file (proving the folder writable before
    any database work), ``plan()`` the job, write it page by page, move it into place.
    ``now`` (aware) is the time of export the About sheet gives."""
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be an aware datetime")
    target = Path(path)
    fmt = export_format(target, options.fmt)
    if fmt == "vcf" and kind != "contacts":
        raise ExportError(VCARD_CONTACTS_ONLY)
    try:
        with atomic_output(target) as temp:
            job = plan()
            if fmt == "xlsx" and job.total > XLSX_MAX_ROWS:
                raise ExportError(TOO_MANY_ROWS, count=f"{job.total:,}",
                                  limit=f"{XLSX_MAX_ROWS:,}")
            count, truncated = _write(job, fmt, temp, options, now)
    except OSError as exc:
        raise ExportError(CANNOT_WRITE, path=str(target),
                          reason=exc.strerror or str(exc)) from exc
    return ExportResult(count, target, fmt, truncated)


def open_writer(fmt: str, path: Path, columns: Sequence[Column], *,
                tz: dt.tzinfo | None, sheet: str = "Data") -> SheetWriter:
    """A writer of ``fmt`` ("xlsx", "csv" or "vcf") into ``path``; ``sheet`` names the
    workbook's data sheet."""
    if fmt == "xlsx":
        from .xlsx_writer import XlsxSheetWriter

        return XlsxSheetWriter(path, columns, tz=tz, sheet=sheet)
    if fmt == "csv":
        from .csv_writer import CsvSheetWriter

        return CsvSheetWriter(path, columns, tz=tz)
    if fmt == "vcf":
        from .vcard_writer import VcardWriter

        return VcardWriter(path, columns)
    raise ValueError(f"unknown export format {fmt!r}")


def local(value: dt.datetime, tz: dt.tzinfo | None) -> dt.datetime:
    """A moment (naive: UTC) on the clock of ``tz`` (None: this computer's), to the
    second (a workbook keeps a fraction of a day; microseconds would not survive it)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(tz).replace(microsecond=0)


def _write(job: Job, fmt: str, temp: Path, options: Options, now: dt.datetime
           ) -> tuple[int, int]:
    writer = open_writer(fmt, temp, job.columns, tz=options.tz,
                         sheet=about.sheet_name(job.kind, options.translate))
    done = 0
    try:
        _report(options, done, job.total)
        for rows in job.pages:
            _check(options)
            writer.write_rows(rows)
            done += len(rows)
            _report(options, done, job.total)
            time.sleep(0)  # hand the GIL to the GUI thread between pages
        _check(options)
        truncated = int(getattr(writer, "truncated", 0))
        writer.finish(about.facts(
            job.kind, search=job.search, filters=job.filters, count=done,
            truncated=truncated, now=now, tz=options.tz, version=__version__,
            translate=options.translate))
    except BaseException:
        writer.abort()
        raise
    return done, truncated


def _check(options: Options) -> None:
    if options.cancel is not None and options.cancel.is_set():
        raise ExportCancelled()


def _report(options: Options, done: int, total: int) -> None:
    if options.progress is not None:
        options.progress(done, max(total, done))
