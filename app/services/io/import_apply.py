"""Storing planned rows: all of them in one transaction, in bulk, as one ImportBatch.

``apply`` takes the planned rows (import_plan) in chunks. For each chunk it finds the
contacts already stored with the same emails or phones (a few indexed IN queries, not
one per row), decides per row (create, update, skip, reject), finds or creates the
companies and tags named, and inserts the new contacts with their extra emails,
phones and tags as bulk inserts. Every created or changed record is written down in
ImportChange rows, the changed ones with their state from before, so the batch can be
undone as a whole later (import_batches.undo_batch).

Nothing is committed here: the caller's unit of work commits at the end, or rolls
everything back on an error or a cancel (all or nothing). The search index is fed
once per chunk with one INSERT ... SELECT instead of row by row through its trigger:
at a million contacts that is six times faster (3 s against 17 s per 100,000 rows).

The rows are read, planned and made ready for storing (search text, values in their
stored form: ContactRows) on a thread of their own, one chunk ahead of the caller's
thread, which runs every statement (_planned_ahead): SQLite works without the GIL, so
the two overlap. On SQLite each chunk takes a handful of statements, each of many
rows (the lookups in one, inserts of up to 1,024 rows): every statement hands the
GIL to the planning thread and waits to get it back.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import queue
import sqlite3
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, islice
from operator import itemgetter
from typing import Any, NamedTuple, Protocol

from sqlalchemy import JSON, Boolean, Date, func, insert, select, text
from sqlalchemy.orm import Session

from app.models import (
    Company,
    Contact,
    ContactEmail,
    ContactPhone,
    ImportBatch,
    ImportChange,
    Tag,
    UTCDateTime,
    contact_tags,
    utcnow,
)
from app.models.base import sqlite_utc_text

from .. import contacts
from ..companies import CompanyInput, validate_company_input
from ..errors import ServiceError
from ..search_text import contact_document
from ..snapshots import contact_snapshot
from .import_plan import ImportOptions, PlannedRow, merged_input
from .import_snapshots import snapshot_to_json

CHUNK = 2_000
_IN = 500  # values per IN (...) list


class Cancelled(Exception):
    """The user cancelled: the caller rolls the transaction back."""


class _Flag(Protocol):
    def is_set(self) -> bool: ...


@dataclass
class Rejected:
    """A row that was not stored, with its original cells and why."""

    number: int
    cells: tuple[Any, ...]
    reasons: list[str]


@dataclass
class ImportResult:
    batch_id: int
    created: int = 0
    updated: int = 0
    skipped: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    warnings: int = 0

    @property
    def rejected_count(self) -> int:
        return len(self.rejected)


def apply(
    session: Session,
    planned: Iterable[PlannedRow],
    *,
    file_name: str,
    options: ImportOptions,
    mapping_json: str | None = None,
    progress: Callable[[int], None] | None = None,
    cancel: _Flag | None = None,
) -> ImportResult:
    """Store planned contact rows as one ImportBatch (not committed; see module doc).

    ``planned`` is iterated on a thread of its own (_planned_ahead): it must not use
    ``session``, which stays on the caller's thread.
    """
    batch = ImportBatch(kind="contacts", file_name=file_name[:200], started_at=utcnow(),
                        created=0, updated=0, skipped=0, rejected=0, options=mapping_json)
    session.add(batch)
    session.flush()
    result = ImportResult(batch_id=batch.id)
    writer = _Writer(session, batch.id, options)
    done = 0
    with (small_page_cache(session), writer.search_index_fed_in_bulk(),
          _planned_ahead(planned, CHUNK, writer.rows.prepare) as chunks):
        for chunk in chunks:
            if cancel is not None and cancel.is_set():
                raise Cancelled
            writer.store(chunk, result)
            done += len(chunk[0])
            if progress is not None:
                progress(done)
    batch.created, batch.updated, batch.skipped = result.created, result.updated, result.skipped
    batch.rejected = result.rejected_count
    batch.finished_at = utcnow()
    session.flush()
    return result


_DONE = object()
#: The page cache of an import's connection, in KiB: the 64 MiB it has otherwise would
#: fill with the pages the import writes and keep the process over 300 MB; with 16 MiB
#: the import was measured as fast (benchmarks/bench_import.py).
IMPORT_CACHE_KIB = 16 * 1024


@contextmanager
def small_page_cache(session: Session) -> Iterator[None]:
    """SQLite's page cache of the session's connection at IMPORT_CACHE_KIB while the
    block runs, as it was afterwards (the setting is not part of the transaction, so
    a rollback keeps it: it is put back whatever happens)."""
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    connection = session.connection()
    before = int(connection.exec_driver_sql("PRAGMA cache_size").scalar_one())
    connection.exec_driver_sql(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {before}")


@contextmanager
def _planned_ahead(planned: Iterable[PlannedRow], size: int,
                   prepare: Callable[[PlannedRow], _Prepared | None]
                   ) -> Iterator[Iterator[_Chunk]]:
    """The planned rows in chunks, with what ``prepare`` makes of each (in a list of
    their own: fewer objects for the garbage collector to go through), read, planned
    and prepared on a thread of their own while the caller stores the chunk before.

    Reading and planning are Python (they hold the GIL); storing is mostly SQLite,
    which lets go of the GIL while it works, so the two overlap. The thread touches no
    database: the caller's thread runs every statement of the transaction. It stays
    one chunk ahead, and whatever ends the block (the last chunk, an error, a cancel)
    stops it and waits for it, so the file is not read after the import returns. An
    error while reading or planning is raised in the caller's thread, at the chunk
    where it happened.
    """
    handed: queue.Queue[Any] = queue.Queue(maxsize=1)
    stop = threading.Event()

    def hand(item: Any) -> bool:
        while not stop.is_set():
            try:
                handed.put(item, timeout=0.05)
                return True
            except queue.Full:
                continue
        return False

    def plan_ahead() -> None:
        try:
            rows = iter(planned)
            while not stop.is_set() and (chunk := list(islice(rows, size))):
                if not hand((chunk, [prepare(row) for row in chunk])):
                    return
            hand(_DONE)
        except BaseException as exc:  # handed over: the caller raises it
            hand(exc)

    def taken() -> Iterator[_Chunk]:
        while (item := handed.get()) is not _DONE:
            if isinstance(item, BaseException):
                raise item
            yield item

    worker = threading.Thread(target=plan_ahead, name="rapport-import-plan", daemon=True)
    with _IMPORT_PACE.quickened():
        worker.start()
        try:
            yield taken()
        finally:
            stop.set()
            worker.join()


class _ImportPace:
    """Two settings of the interpreter while imports run, put back when the last ends.

    The switch interval: how long a thread waiting for the GIL waits before it asks for
    it, shortened to 1 ms (Python's default is 5 ms). After each statement the storing
    thread needs the GIL back from the planning thread, which never gives it up of its
    own accord: at 5 ms a wait, the waits ate all that the overlap saves (measured on
    the benchmark's workbook and a million contacts: 13.5 s without the thread, as much
    with it, 10.5-11.5 s with it at 1 ms). The window's thread gets the GIL back sooner.

    The garbage collector's threshold for the young generation, raised from 700 new
    objects to YOUNG: an import makes some thirty containers a row, nearly all of which
    live until their chunk is stored, so at 700 the collector ran thousands of times
    and found next to nothing: 0.5-1.8 s of the benchmark's 10-12 s (measured with
    the collector off, and at YOUNG, which keeps that gain with the same peak memory).
    Cycles are still collected, in fewer, larger passes, which the window feels a
    little: the benchmark's longest stall was 66-73 ms at YOUNG against 59-60 ms at 700
    (two runs each; the limit is 100 ms).

    Both are the interpreter's, so nested or concurrent imports share one setting.
    """

    SHORT = 0.001
    YOUNG = 50_000

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._users = 0
        self._saved_interval = 0.0
        self._saved_threshold: tuple[int, ...] = ()

    @contextmanager
    def quickened(self) -> Iterator[None]:
        with self._lock:
            if self._users == 0:
                self._saved_interval = sys.getswitchinterval()
                sys.setswitchinterval(min(self._saved_interval, self.SHORT))
                self._saved_threshold = gc.get_threshold()
                young, *older = self._saved_threshold
                if young:  # 0: automatic collection is off, and stays off
                    gc.set_threshold(max(young, self.YOUNG), *older)
            self._users += 1
        try:
            yield
        finally:
            with self._lock:
                self._users -= 1
                if self._users == 0:
                    sys.setswitchinterval(self._saved_interval)
                    gc.set_threshold(*self._saved_threshold)


_IMPORT_PACE = _ImportPace()


def _reasons(row: PlannedRow) -> list[str]:
    return [str(p) for p in row.problems]


class _Prepared(NamedTuple):
    """What a planned row that is ok will need if it is stored as a new contact."""

    #: PlannedRow.keys(): its emails and phones, what duplicates are matched on
    keys: tuple[str, ...]
    #: its contacts columns (ContactRows.columns, without the last six), search text
    #: included: on SQLite in their stored form
    values: tuple[Any, ...]
    #: its company_id before the company it names is found
    company: int | None


#: A chunk of planned rows, and what ContactRows.prepare made of each.
_Chunk = tuple[list[PlannedRow], list[_Prepared | None]]


class ContactRows:
    """A planned row as the values of a new contacts row: everything that does not
    depend on the database (its search text, its values in their stored form), so that
    it can be done on the planning thread, off the thread that waits on SQLite."""

    #: the columns _Writer._create adds after ``values``, in this order
    LAST = ("company_id", "id", "created_at", "updated_at", "deleted_at", "last_contacted_at")

    def __init__(self, sqlite: bool) -> None:
        self.sqlite = sqlite
        self.columns: tuple[str, ...] = ()  # learnt from the first row

    def prepare(self, row: PlannedRow) -> _Prepared | None:
        """What ``row`` needs if it is created (None for a row that is not ok)."""
        if not row.ok:
            return None
        valid = row.valid
        assert valid is not None
        cols = valid.columns
        if not self.columns:
            self._learn(cols)
        values = list(self._get(cols))
        custom = values[self._custom]
        values[self._custom] = custom if isinstance(custom, dict) else None
        for i, encode in self._encoders:
            if values[i] is not None:
                values[i] = encode(values[i])
        extra_e = valid.emails[1:]
        extra_p = valid.phones[1:]
        values.append(contact_document(
            display_name=cols["display_name"], first_name=cols["first_name"],
            last_name=cols["last_name"], emails=[cols["email"], *(d for d, _k in extra_e)],
            phones=[(cols["phone_e164"], cols["phone"]), *((e, r) for r, e in extra_p)],
            company=row.company, notes=cols["notes"]))
        return _Prepared(tuple(row.keys()), tuple(values), cols["company_id"])

    def _learn(self, cols: dict[str, Any]) -> None:
        """The columns, from validate_input's (every row has the same ones)."""
        names = [n for n in cols if n not in self.LAST]
        self._get = itemgetter(*names)
        self._custom = names.index("custom_fields")
        table = Contact.__table__
        self._encoders = [(i, e) for i, n in enumerate(names) if self.sqlite
                          and (e := _sqlite_encoder(table.c[n].type)) is not None]
        self.columns = (*names, "search_text", *self.LAST)


#: FTS5's own default "automerge", and the import's setting while it feeds the index
#: (0): SQLite merges the index's segments as rows come in, which made the benchmark's
#: 90,000 new contacts cost 3.0-3.7 s of indexing instead of 1.2-1.3 s. Off, the import
#: adds a few segments more (FTS5 still merges when a level holds 16, its
#: "crisismerge"); with the setting back, later writes merge them, and searches were
#: measured as quick either way (benchmarks/bench_contacts.py). The setting is put back
#: as it was stored; when none was, as this default, stored (the same behaviour).
FTS_AUTOMERGE = 4
_FTS_SET = "INSERT INTO contacts_fts(contacts_fts, rank) VALUES (:k, :v)"


class _Writer:
    """One import's writes: the matching, the bulk inserts, the change records."""

    def __init__(self, session: Session, batch_id: int, options: ImportOptions) -> None:
        self.s = session
        self.batch_id = batch_id
        self.options = options
        self.sqlite = session.get_bind().dialect.name == "sqlite"
        #: keys (email key, E.164) of contacts this import created -> their id
        self.created_keys: dict[str, int] = {}
        self.companies: dict[str, int] = {}  # name_key -> id
        self.tags: dict[str, int] = {}  # name_key -> id
        self.next_id = (session.scalar(select(func.max(Contact.id))) or 0) + 1
        self._variables: int | None = None  # SQLite's limit of values in a statement
        self.rows = ContactRows(self.sqlite)

    # The search index ---------------------------------------------------------------
    def search_index_fed_in_bulk(self) -> Any:
        from contextlib import contextmanager

        @contextmanager
        def suspended() -> Iterator[None]:
            if not self.sqlite:
                yield
                return
            conn = self.s.connection()
            found = conn.execute(text(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                "AND name = 'contacts_fts_insert'")).scalar()
            if found is None:
                yield
                return
            conn.execute(text("DROP TRIGGER contacts_fts_insert"))
            merge = conn.execute(text(
                "SELECT v FROM contacts_fts_config WHERE k = 'automerge'")).scalar()
            conn.execute(text(_FTS_SET), {"k": "automerge", "v": 0})
            yield  # an error rolls back the DROP and the setting with everything else
            conn.execute(text(_FTS_SET), {"k": "automerge", "v": FTS_AUTOMERGE
                                          if merge is None else merge})
            conn.execute(text(found))

        return suspended()

    def _feed_index(self, first_id: int, last_id: int) -> None:
        if self.sqlite and last_id >= first_id:
            self.s.execute(text(
                "INSERT INTO contacts_fts(rowid, search_text) SELECT id, search_text "
                "FROM contacts WHERE id BETWEEN :a AND :b AND search_text IS NOT NULL"),
                {"a": first_id, "b": last_id})

    # One chunk ----------------------------------------------------------------------
    def store(self, chunk: _Chunk, result: ImportResult) -> None:
        """Store one chunk: its rows, and what ContactRows.prepare made of each (None
        for a row that is not ok)."""
        rows, prepared = chunk
        existing = self._existing([k for ready in prepared if ready for k in ready.keys])
        same_ids = self._same_ids(rows)
        created_keys = self.created_keys
        creates: list[tuple[PlannedRow, _Prepared]] = []
        pending: dict[str, PlannedRow] = {}  # keys of rows created in this chunk
        merged: set[int] = set()  # rows of ``creates`` changed since they were prepared
        for row, ready in zip(rows, prepared, strict=True):
            result.warnings += len(row.warnings)
            if ready is None:
                result.rejected.append(Rejected(row.number, row.cells, _reasons(row)))
                continue
            keys = ready.keys
            match = row.rapport_id if row.rapport_id in same_ids else None
            if match is None:
                match = _first(existing, keys)
            if match is None:
                match = _first(created_keys, keys)
            twin = _first(pending, keys)
            if row.nameless and (self.options.on_duplicate != "update"
                                 or (match is None and twin is None)):
                reason = str(row.warnings[-1])  # a name is needed to create a contact
                result.rejected.append(Rejected(row.number, row.cells, [reason]))
                continue
            if (match is None and twin is None) or self.options.on_duplicate == "create":
                creates.append((row, ready))
                for k in keys:
                    pending.setdefault(k, row)
            elif self.options.on_duplicate == "skip":
                result.skipped += 1
            elif twin is not None:  # an earlier row of this chunk, not stored yet
                self._merge_into(twin, row)
                merged.add(id(twin))
                result.updated += 1
            else:
                assert match is not None
                if self._update(match, row, result):
                    result.updated += 1
        if merged:
            creates = [(row, self.rows.prepare(row) or ready) if id(row) in merged
                       else (row, ready) for row, ready in creates]
        self._create(creates, result)

    def _same_ids(self, chunk: list[PlannedRow]) -> set[int]:
        """The Rapport IDs of the chunk that name the same live contact here.

        A file exported from another database carries ids of other people, so an id
        counts only when the stored contact there has the row's name too.
        """
        wanted = {r.rapport_id: r.valid.columns["sort_key"] for r in chunk
                  if r.rapport_id is not None and r.valid is not None}
        same: set[int] = set()
        ids = list(wanted)
        for i in range(0, len(ids), _IN):
            for cid, sort_key in self.s.execute(
                    select(Contact.id, Contact.sort_key)
                    .where(Contact.id.in_(ids[i:i + _IN]), Contact.deleted_at.is_(None))):
                if wanted[cid] == sort_key:
                    same.add(cid)
        return same

    def _existing(self, keys: list[str]) -> dict[str, int]:
        """Live contacts holding any of ``keys`` (primary or extra email or phone): for
        each key the first contact found, looking at primary emails and phones before
        extra ones, and in the order of their index (lowest row id first)."""
        found: dict[str, int] = {}
        emails = sorted({k[2:] for k in keys if k.startswith("e:")})
        phones = sorted({k[2:] for k in keys if k.startswith("p:")})
        if self.sqlite:
            if emails or phones:
                self.s.flush()  # as an ORM query would: the driver sees what is flushed
                answer = self._driver_execute(_EXISTING_SQL, (json.dumps(emails),
                                                              json.dumps(phones)))
                # (where, key, row id, contact id): sorted, the first of each key wins
                for where, key, _row_id, cid in sorted(json.loads(answer[0][0])):
                    found.setdefault(("e:", "e:", "p:", "p:")[where] + key, cid)
            return found
        live = Contact.deleted_at.is_(None)
        for part in _slices(emails):
            for key, cid in self.s.execute(
                    select(Contact.email_key, Contact.id).where(Contact.email_key.in_(part),
                                                               live)):
                found.setdefault(f"e:{key}", cid)
            for key, cid in self.s.execute(
                    select(ContactEmail.address_key, ContactEmail.contact_id)
                    .join(Contact, Contact.id == ContactEmail.contact_id)
                    .where(ContactEmail.address_key.in_(part), live)):
                found.setdefault(f"e:{key}", cid)
        for part in _slices(phones):
            for key, cid in self.s.execute(
                    select(Contact.phone_e164, Contact.id).where(Contact.phone_e164.in_(part),
                                                                live)):
                found.setdefault(f"p:{key}", cid)
            for key, cid in self.s.execute(
                    select(ContactPhone.e164, ContactPhone.contact_id)
                    .join(Contact, Contact.id == ContactPhone.contact_id)
                    .where(ContactPhone.e164.in_(part), live)):
                found.setdefault(f"p:{key}", cid)
        return found

    def _merge_into(self, twin: PlannedRow, row: PlannedRow) -> None:
        assert twin.data is not None and row.data is not None
        twin.data = merged_input(twin.data, row.data, overwrite=self.options.overwrite)
        twin.company = (row.company if self.options.overwrite and row.company
                        else twin.company or row.company)
        twin.valid = contacts.validate_input(twin.data, self.options.region)

    def _update(self, contact_id: int, row: PlannedRow, result: ImportResult) -> bool:
        assert row.data is not None
        try:
            before = contact_snapshot(self.s, contact_id)
            current = contacts.get_contact(self.s, contact_id).to_input()
            new = row.data
            if row.company:
                new = _with(new, company_id=self._company_id(row.company))
            merged = merged_input(current, new, overwrite=self.options.overwrite)
            region = self.options.region
            if merged == current or _same(contacts.validate_input(merged, region),
                                          contacts.validate_input(current, region)):
                result.skipped += 1  # nothing new: not a change
                return False
            contacts.update_contact(self.s, contact_id, merged, region=self.options.region)
        except ServiceError as exc:
            result.rejected.append(Rejected(row.number, row.cells, [str(exc)]))
            return False
        self.s.add(ImportChange(batch_id=self.batch_id, entity="contact", entity_id=contact_id,
                                action="updated", before=snapshot_to_json(before)))
        return True

    # Creating -------------------------------------------------------------------------
    def _create(self, rows: list[tuple[PlannedRow, _Prepared]], result: ImportResult) -> None:
        if not rows:
            return
        now: Any = utcnow()
        company_ids = self._companies({r.company for r, _ready in rows if r.company})
        tag_ids = self._tags({k: n for r, _ready in rows if r.valid
                              for k, n in r.valid.tags.items()})
        if self.sqlite:
            now = _utc_text(now)  # ContactRows.prepare hands the rest in stored form
        first = self.next_id
        people: list[tuple[Any, ...]] = []
        emails: list[tuple[Any, ...]] = []
        phones: list[tuple[Any, ...]] = []
        links: list[tuple[Any, ...]] = []
        changes: list[tuple[Any, ...]] = []
        created_keys = self.created_keys
        batch = self.batch_id
        cid = self.next_id
        for row, ready in rows:
            valid = row.valid
            assert valid is not None
            company = company_ids[row.company.strip().casefold()] if row.company else ready.company
            people.append((*ready.values, company, cid, now, now, None, None))
            if len(valid.emails) > 1:
                emails += [(cid, i, d, k, None)
                           for i, (d, k) in enumerate(valid.emails[1:], start=1)]
            if len(valid.phones) > 1:
                phones += [(cid, i, r, e, None)
                           for i, (r, e) in enumerate(valid.phones[1:], start=1)]
            if valid.tags:
                links += [(cid, tag_ids[k]) for k in valid.tags]
            if not self.sqlite:
                changes.append((batch, "contact", cid, "created", None))
            for k in ready.keys:
                created_keys.setdefault(k, cid)
            cid += 1
        self.next_id = cid
        self._insert_rows(Contact.__table__, self.rows.columns, people, stored=True)
        self._insert_rows(ContactEmail.__table__, _EMAIL_COLUMNS, emails)
        self._insert_rows(ContactPhone.__table__, _PHONE_COLUMNS, phones)
        self._insert_rows(contact_tags, ("contact_id", "tag_id"), links)
        if self.sqlite:  # one row each, in id order, as below: without a value to pass
            self.s.execute(text(
                'INSERT INTO import_changes (batch_id, entity, entity_id, action, "before") '
                "SELECT :batch, 'contact', id, 'created', NULL FROM contacts "
                "WHERE id BETWEEN :a AND :b ORDER BY id"),
                {"batch": batch, "a": first, "b": self.next_id - 1})
        self._insert_rows(ImportChange.__table__, _CHANGE_COLUMNS, changes)
        self._feed_index(first, self.next_id - 1)
        result.created += len(rows)

    def _insert(self, table: Any, rows: list[dict[str, Any]]) -> None:
        """Insert many rows given as dicts (with the same keys) in this transaction."""
        if rows:
            names = tuple(rows[0])
            get = itemgetter(*names)
            self._insert_rows(table, names, [
                get(row) if len(names) > 1 else (get(row),) for row in rows])

    def _insert_rows(self, table: Any, names: tuple[str, ...], rows: list[tuple[Any, ...]],
                     *, stored: bool = False) -> None:
        """Insert many rows (tuples of values for ``names``; ``stored``: on SQLite,
        already in their stored form) in this transaction.

        On SQLite, straight through the driver with the values in their stored form
        (the bulk loader's way, as in services.demo), as a few INSERTs of many rows
        each: SQLAlchemy's executemany would process each value of each row in Python,
        which at 100,000 contacts costs more than SQLite's own work, and every INSERT
        lets other threads run while SQLite works (see _planned_ahead): one per row
        would hand the GIL back and forth a hundred thousand times. Elsewhere, a Core
        executemany.
        """
        if not rows:
            return
        conn = self.s.connection()
        if not self.sqlite:
            conn.execute(insert(table), [dict(zip(names, row, strict=True)) for row in rows])
            return
        encoders = [] if stored else [(i, e) for i, n in enumerate(names)
                                      if (e := _sqlite_encoder(table.c[n].type)) is not None]
        if encoders:
            encoded = []
            for row in rows:
                cells = list(row)
                for i, encode in encoders:
                    if cells[i] is not None:
                        cells[i] = encode(cells[i])
                encoded.append(cells)
            rows = encoded  # type: ignore[assignment]  # lists: tuples as far as SQL goes
        cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            start = 0
            for size in _statement_sizes(len(rows), self._largest_insert(len(names))):
                cursor.execute(_insert_sql(table.name, names, size),
                               list(chain.from_iterable(rows[start:start + size])))
                start += size
        finally:
            cursor.close()

    def _largest_insert(self, width: int) -> int:
        """Rows in one INSERT at most: a power of two, with at most _MAX_VALUES values
        (and no more than SQLite takes)."""
        if self._variables is None:
            driver = self.s.connection().connection.driver_connection
            self._variables = int(driver.getlimit(  # type: ignore[union-attr]
                sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER))
        rows = max(1, min(self._variables, _MAX_VALUES) // width)
        return 1 << (rows.bit_length() - 1)

    def _driver_execute(self, sql: str, params: tuple[Any, ...]) -> list[Any]:
        """One statement through the SQLite driver, in this transaction: its rows."""
        conn = self.s.connection()
        cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            return cursor.execute(sql, params).fetchall()
        finally:
            cursor.close()

    def _company_id(self, name: str) -> int:
        return self._companies({name})[name.strip().casefold()]

    def _companies(self, names: set[str]) -> dict[str, int]:
        """Ids of the companies named (by case-insensitive name), creating new ones."""
        wanted = {n.strip().casefold(): n.strip() for n in names}
        missing = [k for k in wanted if k not in self.companies]
        for part in _slices(missing):
            for key, cid in self.s.execute(
                    select(Company.name_key, Company.id)
                    .where(Company.name_key.in_(part), Company.deleted_at.is_(None))
                    .order_by(Company.id)):
                self.companies.setdefault(key, cid)
        new = [k for k in missing if k not in self.companies]
        if new:
            now = utcnow()
            first = (self.s.scalar(select(func.max(Company.id))) or 0) + 1
            rows, changes = [], []
            for cid, key in enumerate(new, start=first):
                cols = validate_company_input(CompanyInput(name=wanted[key]), None)
                rows.append({**cols, "id": cid, "created_at": now, "updated_at": now,
                             "deleted_at": None})
                changes.append({"batch_id": self.batch_id, "entity": "company",
                                "entity_id": cid, "action": "created", "before": None})
                self.companies[key] = cid
            self._insert(Company.__table__, rows)
            self._insert(ImportChange.__table__, changes)
        return {k: self.companies[k] for k in wanted}

    def _tags(self, names: dict[str, str]) -> dict[str, int]:
        missing = [k for k in names if k not in self.tags]
        for part in _slices(missing):
            for key, tid in self.s.execute(select(Tag.name_key, Tag.id)
                                           .where(Tag.name_key.in_(part))):
                self.tags[key] = tid
        for key in missing:
            if key not in self.tags:
                tag = Tag(name=names[key], name_key=key)
                self.s.add(tag)
                self.s.flush()
                self.tags[key] = tag.id
        return {k: self.tags[k] for k in names}


def _same(a: contacts.Valid, b: contacts.Valid) -> bool:
    """Whether two checked inputs store the same contact (phones typed differently,
    an email's case, a moment given to the second: all the same)."""
    def plain(valid: contacts.Valid) -> tuple[Any, ...]:
        cols = {k: (None if k == "custom_fields" and not isinstance(v, dict) else v)
                for k, v in valid.columns.items() if k != "consent_at"}
        moment = valid.columns.get("consent_at")
        second = moment.replace(microsecond=0) if moment is not None else None
        return (cols, second, [k for _d, k in valid.emails], [e for _r, e in valid.phones],
                sorted(valid.tags))
    return plain(a) == plain(b)


def _first(found: dict[str, Any], keys: Iterable[str]) -> Any:
    """The value of the first of ``keys`` in ``found``, or None."""
    for key in keys:
        if key in found:
            return found[key]
    return None


_EMAIL_COLUMNS = ("contact_id", "position", "address", "address_key", "label")
_PHONE_COLUMNS = ("contact_id", "position", "raw", "e164", "label")
_CHANGE_COLUMNS = ("batch_id", "entity", "entity_id", "action", "before")

# _Writer._existing on SQLite: the four lookups of a chunk's emails (?1) and phones (?2)
# in one statement whose one row is a JSON list: one step of SQLite, so one wait for
# the GIL, where a row per match would wait once per match (see _planned_ahead).
_EXISTING_SQL = """
SELECT json_group_array(json_array(kind, k, row_id, cid)) FROM (
  SELECT 0 AS kind, email_key AS k, id AS row_id, id AS cid FROM contacts
  WHERE email_key IN (SELECT value FROM json_each(?1)) AND deleted_at IS NULL
  UNION ALL
  SELECT 1, e.address_key, e.id, e.contact_id FROM contact_emails AS e
  JOIN contacts AS c ON c.id = e.contact_id
  WHERE e.address_key IN (SELECT value FROM json_each(?1)) AND c.deleted_at IS NULL
  UNION ALL
  SELECT 2, phone_e164, id, id FROM contacts
  WHERE phone_e164 IN (SELECT value FROM json_each(?2)) AND deleted_at IS NULL
  UNION ALL
  SELECT 3, p.e164, p.id, p.contact_id FROM contact_phones AS p
  JOIN contacts AS c ON c.id = p.contact_id
  WHERE p.e164 IN (SELECT value FROM json_each(?2)) AND c.deleted_at IS NULL)
"""


#: Values in one INSERT at most: SQLite's own default limit, and a statement the driver
#: keeps prepared of a few megabytes at most.
_MAX_VALUES = 32_766


def _statement_sizes(rows: int, largest: int) -> Iterator[int]:
    """``rows`` rows split into INSERTs: of ``largest`` rows (a power of two), then of
    the powers of two that make the rest. A handful of statements, of at most a dozen
    different sizes, which the driver keeps prepared (a size for every count would fill
    its cache with statements of a megabyte each)."""
    full, rest = divmod(rows, largest)
    yield from [largest] * full
    while rest:
        size = 1 << (rest.bit_length() - 1)
        yield size
        rest -= size


@lru_cache(maxsize=64)
def _insert_sql(table: str, names: tuple[str, ...], rows: int) -> str:
    """INSERT of ``rows`` rows (the same string object each time: the driver's cache of
    prepared statements finds it at once)."""
    one = f"({', '.join('?' * len(names))})"
    return f"INSERT INTO {table} ({', '.join(names)}) VALUES {', '.join([one] * rows)}"


def _sqlite_encoder(type_: Any) -> Callable[[Any], Any] | None:
    """How a value of a column type is stored by SQLite (None: as it is)."""
    if isinstance(type_, UTCDateTime):
        return _utc_text  # one moment for a whole chunk: encoded once
    if isinstance(type_, JSON):
        return lambda v: json.dumps(v, ensure_ascii=False)
    if isinstance(type_, Boolean):
        return int
    if isinstance(type_, Date):
        return lambda v: v.isoformat()
    return None


@lru_cache(maxsize=256)
def _utc_text(moment: dt.datetime) -> str:
    return sqlite_utc_text(moment)


def _slices(values: list[str]) -> Iterator[list[str]]:
    for i in range(0, len(values), _IN):
        yield values[i:i + _IN]


def _with(data: contacts.ContactInput, **changes: Any) -> contacts.ContactInput:
    from dataclasses import replace

    return replace(data, **changes)


def mapping_json(kind: str, headers: Iterable[str], columns: Iterable[str | None],
                 options: ImportOptions) -> str:
    """What the history keeps about how a file was read."""
    return json.dumps({
        "kind": kind,
        "mapping": {h: c for h, c in zip(headers, columns, strict=False) if c},
        "on_duplicate": options.on_duplicate, "overwrite": options.overwrite,
        "date_order": options.date_order, "region": options.region,
    }, ensure_ascii=False)


