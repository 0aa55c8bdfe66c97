"""Import a file of companies, interactions, tasks or purchases: the sibling of
importer.import_file.

``import_records(session, path, kind=...)`` opens the file (readers.read_table), maps its
columns (the mapping given, else the one suggested from the headers for ``kind``),
guesses the date order from the first rows when not given, reads every row through
the mapping (import_records_rows) and stores the rows a chunk at a time through the
kind's writer: companies are matched by name (import_records_companies); interactions
and tasks are linked to their contacts by email address or name
(import_records_links) and stored in bulk (import_records_activity); purchases are
linked by email, phone or name, grouped by order number, and earn members their points
(import_purchases).

Everything happens in the caller's unit of work, as one ImportBatch of that kind with
an ImportChange row for each record created or changed, so that
import_batches.undo_batch can undo it as a whole. The caller commits, or rolls back on
an error or a cancel: ``cancel.is_set()`` is checked between chunks and raises
Cancelled. A row that cannot be stored is not an error: it comes back in the report's
``rejected`` with its cells and reasons (importer.write_error_report writes them).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Protocol

from sqlalchemy.orm import Session

from app.models import ImportBatch, utcnow

from .import_apply import Cancelled, ImportResult, mapping_json, small_page_cache
from .import_plan import ImportOptions
from .import_purchases import PurchaseWriter
from .import_records_activity import InteractionWriter, TaskWriter
from .import_records_companies import CompanyWriter
from .import_records_rows import RecordRow, RowReader, chunks
from .importer import GUESS_ROWS, NO_ROWS, WRONG_WIDTH, ImportReport, guess_order
from .mapping import ColumnMapping, suggest_mapping
from .readers import read_table
from .table import ImportFileError

__all__ = ["KINDS", "Cancelled", "ImportReport", "guess_order", "import_records"]

KINDS = ("companies", "interactions", "tasks", "purchases")


class _Flag(Protocol):
    def is_set(self) -> bool: ...


class _Writer(Protocol):
    def store(self, chunk: list[RecordRow], result: ImportResult) -> None: ...

    def finish(self, result: ImportResult) -> None: ...


def import_records(
    session: Session,
    path: Path,
    *,
    kind: str,
    mapping: ColumnMapping | None = None,
    sheet: str | None = None,
    options: ImportOptions | None = None,
    date_order: str | None = None,
    progress: Callable[[int], None] | None = None,
    cancel: _Flag | None = None,
) -> ImportReport:
    """Import ``kind`` records ("companies", "interactions", "tasks", "purchases") from
    ``path`` (see module doc). ``date_order`` None: guessed from the first rows, else
    the options' order. ``progress`` is called with the number of rows read so far."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}")
    if mapping is not None and mapping.kind != kind:
        raise ValueError(f"a mapping for {mapping.kind} cannot import {kind}")
    options = options or ImportOptions()
    path = Path(path)
    with read_table(path, sheet=sheet) as table:
        chosen = mapping or suggest_mapping(table.headers, kind=kind)
        if len(chosen.columns) != len(table.headers):
            raise ImportFileError(WRONG_WIDTH, mapped=len(chosen.columns),
                                  columns=len(table.headers))
        if not chosen.headers:
            chosen = replace(chosen, headers=tuple(table.headers))
        ahead = list(itertools.islice(table.rows, GUESS_ROWS))
        if not ahead:
            raise ImportFileError(NO_ROWS, name=path.name)
        if date_order is None:
            date_order = guess_order(ahead, chosen) or options.date_order
        options = replace(options, date_order=date_order)
        reader = RowReader(chosen, options)
        rows = (reader.read(row) for row in itertools.chain(ahead, table.rows))
        about = mapping_json(kind, table.headers, chosen.columns, options)
        result = _store(session, rows, kind=kind, reader=reader, file_name=path.name,
                        options=options, about=about, progress=progress, cancel=cancel)
        return ImportReport(result=result, headers=table.headers, mapping=chosen,
                            encoding=table.encoding, sheet=table.sheet)


def _store(session: Session, rows: Iterator[RecordRow], *, kind: str, reader: RowReader,
           file_name: str, options: ImportOptions, about: str,
           progress: Callable[[int], None] | None, cancel: _Flag | None) -> ImportResult:
    """Write the rows as one ImportBatch of ``kind`` (not committed)."""
    batch = ImportBatch(kind=kind, file_name=file_name[:200], started_at=utcnow(),
                        created=0, updated=0, skipped=0, rejected=0, options=about)
    session.add(batch)
    session.flush()
    result = ImportResult(batch_id=batch.id)
    writer = _writer(session, kind, batch.id, options, reader)
    done = 0
    with small_page_cache(session):
        for chunk in chunks(rows):
            if cancel is not None and cancel.is_set():
                raise Cancelled
            writer.store(chunk, result)
            done += len(chunk)
            if progress is not None:
                progress(done)
        writer.finish(result)
    batch.created, batch.updated, batch.skipped = result.created, result.updated, result.skipped
    batch.rejected = result.rejected_count
    batch.finished_at = utcnow()
    session.flush()
    return result


def _writer(session: Session, kind: str, batch_id: int, options: ImportOptions,
            reader: RowReader) -> _Writer:
    if kind == "companies":
        return CompanyWriter(session, batch_id, options)
    if kind == "interactions":
        return InteractionWriter(session, batch_id, options, reader)
    if kind == "purchases":
        return PurchaseWriter(session, batch_id, options, reader)
    return TaskWriter(session, batch_id, options, reader)
