"""The common ground of importing companies, interactions and tasks: a row read into
field values, the messages every kind shares, and the bulk writes.

``RowReader`` turns a file's Row into a ``RecordRow``: each mapped cell parsed by its
field's kind (values.parse_value), the values by field key, and the reason of every
cell that cannot be read. The kinds' writers (import_records_companies,
import_records_activity) then check what only they know (a required channel, a
contact to link to) and store the rows in bulk.

A moment given as a day alone (a date cell, "12.03.2025", an Excel serial without a
fraction) is taken as noon of that day in the import's zone: its day then stays the
same in any zone within twelve hours of it, where midnight would show as the day
before a little to the west. A date cell of Excel holding exactly midnight is read as
a day alone, as that is how Excel keeps dates.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from app.models import ImportChange, utcnow

from ..errors import QT_TRANSLATE_NOOP, ServiceError
from . import mapping_dates, values
from .fields import field as field_of
from .import_plan import ImportOptions
from .mapping import ColumnMapping
from .table import Cell, Row

CHUNK = 2_000  # rows decided and written together
IN_LIST = 500  # values per IN (...) list

MISSING = QT_TRANSLATE_NOOP("Import", "This row has no “{column}”, which is required.")

#: Fields parsed otherwise than their catalogue kind says: a priority is a number or a
#: word ("high"); a moment is read by ``moment`` (a day alone is its noon).
_PARSE_AS = {"priority": "priority"}
_NOON = dt.time(12, 0)


@dataclass
class RecordRow:
    """One row of the file: its cells, the values read from them, what is wrong."""

    number: int
    cells: tuple[Cell, ...]
    values: dict[str, Any] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    #: The problems found reading the cells, as messages the window can translate.
    issues: list[ServiceError] = field(default_factory=list)
    warnings: int = 0
    #: The contact it names, as lookup keys: the email key and the folded names
    #: (set by import_records_links.ContactFinder.load).
    link: tuple[str | None, tuple[str, ...]] | None = None

    @property
    def ok(self) -> bool:
        return not self.problems

    def text(self, key: str) -> str | None:
        value = self.values.get(key)
        return value if isinstance(value, str) else None


class RowReader:
    """Reads rows through a mapping, with the import's date order, zone and region."""

    def __init__(self, mapping: ColumnMapping, options: ImportOptions) -> None:
        self.options = options
        self.targets = [(i, key, _kind(mapping.kind, key))
                        for i, key in enumerate(mapping.columns) if key is not None]
        headers = mapping.headers or ()
        self.labels = {key: headers[i] for i, key, _ in reversed(self.targets)
                       if i < len(headers) and headers[i].strip()}
        self.kind = mapping.kind

    def read(self, row: Row) -> RecordRow:
        read = RecordRow(number=row.number, cells=row.cells)
        for i, key, kind in self.targets:
            cell = row.cells[i] if i < len(row.cells) else None
            if key in read.values or cell is None or (isinstance(cell, str)
                                                      and not cell.strip()):
                continue
            try:
                value = self._parse(kind, cell, read)
            except values.ValueProblem as problem:
                read.problems.append(str(problem))
                read.issues.append(problem)
                continue
            if value is not None:
                read.values[key] = value
        return read

    def _parse(self, kind: str, cell: Cell, read: RecordRow) -> Any:
        o = self.options
        if kind == "datetime":
            return moment(cell, o.date_order, o.tz)
        warnings: list[values.ValueWarning] = []
        value = values.parse_value(kind, cell, order=o.date_order, tz=o.tz, region=o.region,
                                   warnings=warnings)
        read.warnings += len(warnings)
        return value

    def label(self, key: str) -> str:
        """What the file calls a field: its column's header, else the field's label."""
        return self.labels.get(key) or field_of(self.kind, key).label

    def missing(self, key: str) -> str:
        return str(ServiceError(MISSING, column=self.label(key)))


def _kind(kind: str, key: str) -> str:
    return _PARSE_AS.get(key) or field_of(kind, key).kind


def moment(cell: Cell, order: str | None, tz: dt.tzinfo) -> dt.datetime | None:
    """An aware UTC moment from a cell (values.parse_datetime); a day alone is its noon
    in ``tz`` (module doc)."""
    found = values.parse_datetime(cell, order, tz)
    if found is None or not _day_alone(cell, order):
        return found
    day = found.astimezone(tz).date() if not isinstance(cell, dt.date) else _date(cell)
    try:
        return dt.datetime.combine(day, _NOON, tzinfo=tz).astimezone(dt.UTC)
    except OverflowError:  # noon of 31 December 9999 west of UTC: keep its midnight
        return found


def _date(cell: dt.date) -> dt.date:
    return cell.date() if isinstance(cell, dt.datetime) else cell


def _day_alone(cell: Cell, order: str | None) -> bool:
    if isinstance(cell, dt.datetime):
        return cell.tzinfo is None and cell.time() == dt.time()
    if isinstance(cell, dt.date):
        return True
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        return float(cell).is_integer()
    if isinstance(cell, str):
        try:
            return mapping_dates.read_date_text(cell, order)[1] is None
        except mapping_dates.DateReadError:
            return False  # parse_datetime read it some other way: keep its reading
    return False


def chunks(rows: Iterator[RecordRow], size: int = CHUNK) -> Iterator[list[RecordRow]]:
    while chunk := list(islice(rows, size)):
        yield chunk


def slices(items: Sequence[Any], size: int = IN_LIST) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def insert_returning_ids(session: Session, table: Any, rows: list[dict[str, Any]]
                         ) -> list[int]:
    """Insert many rows in one go; their new ids, in the order of ``rows``.

    One INSERT ... RETURNING per page of rows (SQLAlchemy's "insertmanyvalues"), on
    SQLite (3.35 and later) and PostgreSQL alike; the ids come from the database, so a
    PostgreSQL sequence stays in step.
    """
    if not rows:
        return []
    stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    return [row[0] for row in session.connection().execute(stmt, rows)]


def record_changes(session: Session, batch_id: int, entity: str, action: str,
                   changes: list[tuple[int, str | None]]) -> None:
    """ImportChange rows (id, before) for records of one entity the batch touched."""
    if changes:
        session.connection().execute(insert(ImportChange), [
            {"batch_id": batch_id, "entity": entity, "entity_id": entity_id,
             "action": action, "before": before} for entity_id, before in changes])


def stamped(columns: dict[str, Any], now: dt.datetime | None = None) -> dict[str, Any]:
    """A new row's columns with its created, updated and (not) deleted times."""
    now = now or utcnow()
    return {**columns, "created_at": now, "updated_at": now, "deleted_at": None}
