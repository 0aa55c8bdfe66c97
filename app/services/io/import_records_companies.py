"""Storing imported companies: matched by name, created in bulk, updated with a snapshot.

A row is a company when companies.validate_company_input accepts it, exactly as the
company form would (its name is required, the website and phone are checked); a row it
refuses is rejected with that reason. A company already stored is the live one (not in
the Trash) with the same name, ignoring case (``name_key``; the oldest if several).
The "Rapport ID" column of an exported file is not used to match: a name is what
people see and what another database shares.

What happens to a row whose company exists follows ``ImportOptions.on_duplicate``:

* "skip": nothing, the row counts as skipped;
* "update": its empty fields are filled from the row (``overwrite``: every field the
  row gives replaces the stored one); a row that changes nothing counts as skipped.
  The company's columns from before are kept as JSON in the ImportChange row, so
  undo puts them back (``restore_company``);
* "create": a new company with the same name.

Two rows of one file with the same name are one company, as for contacts: the second
is skipped, merged into the first ("update"), or a company of its own ("create").
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Company

from .. import companies
from ..companies import CompanyInput, CompanyRecord, validate_company_input
from ..errors import ServiceError
from .import_apply import ImportResult, Rejected
from .import_plan import ImportOptions
from .import_records_rows import (
    RecordRow,
    insert_returning_ids,
    record_changes,
    slices,
    stamped,
)

_INPUT_FIELDS = tuple(f.name for f in dataclasses.fields(CompanyInput))
_TIMES = ("created_at", "updated_at", "deleted_at")


@dataclasses.dataclass
class _New:
    """A company this chunk will create, and the rows it came from."""

    data: CompanyInput
    columns: dict[str, Any]


class CompanyWriter:
    """One company import's decisions and writes, a chunk at a time."""

    entity = "company"

    def __init__(self, session: Session, batch_id: int, options: ImportOptions) -> None:
        self.s = session
        self.batch_id = batch_id
        self.options = options
        self.created: dict[str, int] = {}  # name_key -> id, companies this import made

    def store(self, chunk: list[RecordRow], result: ImportResult) -> None:
        checked: list[tuple[RecordRow, CompanyInput, dict[str, Any]]] = []
        for row in chunk:
            result.warnings += row.warnings
            if row.ok:
                given: dict[str, Any] = {k: row.values.get(k) for k in _INPUT_FIELDS}
                data = CompanyInput(**{**given, "name": given["name"] or ""})
                try:
                    checked.append((row, data, validate_company_input(data, self.options.region)))
                    continue
                except ServiceError as exc:
                    row.problems.append(str(exc))
            result.rejected.append(Rejected(row.number, row.cells, row.problems))
        stored = self._stored([cols["name_key"] for _r, _d, cols in checked])
        mode = self.options.on_duplicate
        pending: dict[str, _New] = {}
        creates: list[_New] = []
        for row, data, cols in checked:
            key = cols["name_key"]
            match = self.created.get(key, stored.get(key))
            twin = pending.get(key)
            if mode == "create" or (match is None and twin is None):
                creates.append(new := _New(data, cols))
                pending.setdefault(key, new)
            elif mode == "skip":
                result.skipped += 1
            elif twin is not None:
                self._merge_into(twin, data, row, result)
            else:
                assert match is not None
                self._update(match, data, row, result)
        ids = insert_returning_ids(self.s, Company.__table__,
                                   [stamped(new.columns) for new in creates])
        for new, cid in zip(creates, ids, strict=True):
            self.created.setdefault(new.columns["name_key"], cid)
        record_changes(self.s, self.batch_id, "company", "created", [(i, None) for i in ids])
        result.created += len(ids)

    def finish(self, result: ImportResult) -> None:
        """Nothing is left to do once every chunk is stored."""

    def _stored(self, keys: list[str]) -> dict[str, int]:
        """Live companies with these name keys (the oldest of each name)."""
        found: dict[str, int] = {}
        for part in slices(sorted(set(keys) - set(self.created))):
            for key, cid in self.s.execute(
                    select(Company.name_key, Company.id)
                    .where(Company.name_key.in_(part), Company.deleted_at.is_(None))
                    .order_by(Company.id)):
                found.setdefault(key, cid)
        return found

    def _merge_into(self, twin: _New, data: CompanyInput, row: RecordRow,
                    result: ImportResult) -> None:
        merged = merged_company(twin.data, data, overwrite=self.options.overwrite)
        if merged == twin.data:
            result.skipped += 1
            return
        try:
            columns = validate_company_input(merged, self.options.region)
        except ServiceError as exc:
            result.rejected.append(Rejected(row.number, row.cells, [str(exc)]))
            return
        twin.data, twin.columns = merged, columns
        result.updated += 1

    def _update(self, company_id: int, data: CompanyInput, row: RecordRow,
                result: ImportResult) -> None:
        before = companies.get_company(self.s, company_id)
        current = before.to_input()
        merged = merged_company(current, data, overwrite=self.options.overwrite)
        if merged == current or _same(merged, current, self.options.region):
            result.skipped += 1  # nothing new: not a change
            return
        try:
            companies.update_company(self.s, company_id, merged, region=self.options.region)
        except ServiceError as exc:
            result.rejected.append(Rejected(row.number, row.cells, [str(exc)]))
            return
        record_changes(self.s, self.batch_id, "company", "updated",
                       [(company_id, company_to_json(before))])
        result.updated += 1


def merged_company(current: CompanyInput, new: CompanyInput, *, overwrite: bool
                   ) -> CompanyInput:
    """``current`` with ``new``'s values: its empty fields filled, or (``overwrite``)
    every field the row gives replaced (a blank cell never clears a field)."""
    changes = {name: getattr(new, name) for name in _INPUT_FIELDS
               if getattr(new, name) not in (None, "")
               and (overwrite or getattr(current, name) in (None, ""))}
    return dataclasses.replace(current, **changes)


def _same(a: CompanyInput, b: CompanyInput, region: str | None) -> bool:
    """Whether two inputs store the same company (a phone typed otherwise...)."""
    try:
        return validate_company_input(a, region) == validate_company_input(b, region)
    except ServiceError:
        return False


def company_to_json(record: CompanyRecord) -> str:
    """Every stored column of a company, for the import history (times in ISO form)."""
    data = dataclasses.asdict(record)
    for name in _TIMES:
        data[name] = data[name].isoformat() if data[name] is not None else None
    return json.dumps(data, ensure_ascii=False)


def company_from_json(text: str) -> CompanyRecord:
    data: dict[str, Any] = json.loads(text)
    for name in _TIMES:
        if data.get(name) is not None:
            data[name] = dt.datetime.fromisoformat(data[name])
    known = {f.name for f in dataclasses.fields(CompanyRecord)}
    return CompanyRecord(**{k: v for k, v in data.items() if k in known})


def restore_company(session: Session, before: str) -> bool:
    """Put a company back as an import found it; False when it is gone since."""
    record = company_from_json(before)
    if session.get(Company, record.id) is None:
        return False
    companies.put_back_company(session, record)
    return True
