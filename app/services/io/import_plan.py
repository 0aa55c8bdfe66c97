"""From a file's row to a contact ready to store, or to the reasons it cannot be.

``plan_row`` reads one Row through a ColumnMapping: each mapped cell is parsed by its
field's kind (values.parse_value), the parts are gathered into a ContactInput, and the
contact service checks it exactly as the form would (contacts.validate_input), without
touching the database. The result says what would be stored, with every problem of
the row (a bad email, an unparseable date, no name) and every warning (a phone that
was stored as a number and may have lost its leading zero). The preview shows the
first planned rows; the import plans them all, then writes (import_apply).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from .. import contacts
from ..errors import QT_TRANSLATE_NOOP, ServiceError
from . import values
from .fields import CUSTOM_PREFIX
from .fields import field as field_of
from .mapping import ColumnMapping, split_full_name
from .table import Cell, Row

ON_DUPLICATE = ("skip", "update", "create")

NOTHING_TO_IMPORT = QT_TRANSLATE_NOOP(
    "Import", "No column is mapped to a field. Map at least a name column.")


@dataclass(frozen=True)
class ImportOptions:
    """How to read and store the rows.

    ``on_duplicate``: what to do with a row whose email or phone matches a contact
    already stored (or an earlier row of the file): skip it, update that contact, or
    create a new contact anyway. ``overwrite``: when updating, replace filled fields
    too (otherwise only empty ones are filled). ``date_order``: "dmy" or "mdy" for
    dates like 03/04/2025. ``region``: the country assumed for phones typed without
    "+". ``tz``: the zone of times written without one.
    """

    on_duplicate: str = "skip"
    overwrite: bool = False
    date_order: str = "dmy"
    region: str | None = None
    tz: dt.tzinfo = dt.UTC

    def __post_init__(self) -> None:
        if self.on_duplicate not in ON_DUPLICATE:
            raise ValueError(f"on_duplicate must be one of {ON_DUPLICATE}")
        if self.date_order not in ("dmy", "mdy"):
            raise ValueError("date_order must be 'dmy' or 'mdy'")


@dataclass
class PlannedRow:
    """One row as it would be stored, or why it cannot be."""

    number: int
    cells: tuple[Cell, ...]
    data: contacts.ContactInput | None = None
    valid: contacts.Valid | None = None
    #: The company named in the row (found or created by name when stored).
    company: str | None = None
    #: The "Rapport ID" column of a file Rapport exported: the contact it came from.
    rapport_id: int | None = None
    #: The row has no name: it can only update a contact it matches (else rejected).
    nameless: bool = False
    problems: list[ServiceError] = field(default_factory=list)
    warnings: list[ServiceError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.valid is not None and not self.problems

    def keys(self) -> list[str]:
        """Its normalised emails and phones: what duplicates are matched on."""
        if self.valid is None:
            return []
        return ([f"e:{key}" for _display, key in self.valid.emails]
                + [f"p:{e164}" for _raw, e164 in self.valid.phones])


def plan(rows: Iterable[Row], mapping: ColumnMapping, options: ImportOptions
         ) -> Iterator[PlannedRow]:
    read = _RowReader(mapping, options)
    for row in rows:
        yield read(row)


def _kinds(mapping: ColumnMapping) -> list[str | None]:
    return [None if key is None else field_of("contacts", key).kind for key in mapping.columns]


def plan_row(row: Row, mapping: ColumnMapping, options: ImportOptions,
             *, kinds: list[str | None] | None = None) -> PlannedRow:
    """One row planned; ``kinds`` (each column's field kind) saves looking them up
    again for every row of a file."""
    return _RowReader(mapping, options, kinds)(row)


# Where a column's value goes (_RowReader): the ContactInput field of its key (the
# first column of a key wins; _TEXT: a text field, whose value is the stripped text of
# a text cell), or one of the others.
_PART, _TEXT, _PHONES, _EMAILS, _TAGS, _CUSTOM, _FULL_NAME, _ID, _KEPT = range(9)
_SPECIAL = {"phone": _PHONES, "email": _EMAILS, "tags": _TAGS, "full_name": _FULL_NAME,
            "id": _ID, "created_at": _KEPT}


class _RowReader:
    """plan_row for the rows of one file: what each mapped column needs (its parser
    with the options, where its value goes) is worked out once, not once per cell."""

    def __init__(self, mapping: ColumnMapping, options: ImportOptions,
                 kinds: list[str | None] | None = None) -> None:
        kinds = kinds if kinds is not None else _kinds(mapping)
        self.options = options
        self.width = min(len(mapping.columns), len(kinds))  # the columns read
        # (index, key, where its value goes, its parser) of each mapped column
        self.columns: list[tuple[int, str, int, Callable[[Cell], Any]]] = []
        for i, (key, kind) in enumerate(zip(mapping.columns, kinds, strict=False)):
            if key is None:
                continue
            goes = (_CUSTOM if key.startswith(CUSTOM_PREFIX)
                    else _SPECIAL.get(key, _TEXT if kind == "text" else _PART))
            parse = values.parser_for(str(kind), order=options.date_order, tz=options.tz,
                                      region=options.region)
            self.columns.append((i, key, goes, parse))

    def __call__(self, row: Row) -> PlannedRow:
        options = self.options
        cells = row.cells
        planned = PlannedRow(number=row.number, cells=cells)
        columns = self.columns
        if len(cells) < self.width:  # only the columns the row reaches count
            columns = [c for c in columns if c[0] < len(cells)]
        if not columns:
            planned.problems.append(ServiceError(NOTHING_TO_IMPORT))
            return planned
        parts: dict[str, Any] = {}
        emails: list[str] = []
        phones: list[str] = []
        tags: list[str] = []
        custom: dict[str, Any] = {}
        full_name: str | None = None
        for i, key, goes, parse in columns:
            cell = cells[i]
            if cell is None:
                continue
            if isinstance(cell, str):
                text = cell.strip()
                if not text:
                    continue
                if goes == _TEXT:  # most cells: values.text_of, without the call
                    if key not in parts:
                        parts[key] = text
                    continue
            try:
                if goes == _PHONES:  # Google joins several in one cell with " ::: "
                    for part in values.split_multi(cell):
                        phone, warning = values.phone_text(part, options.region)
                        if warning is not None:
                            planned.warnings.append(warning)
                        if phone:
                            phones.append(phone)
                    continue
                if goes == _EMAILS:
                    emails += [str(values.text_of(part)) for part in values.split_multi(cell)]
                    continue
                value: Any = parse(cell)
            except values.ValueProblem as problem:
                planned.problems.append(problem)
                continue
            if value is None:
                continue
            if goes == _PART or goes == _TEXT:
                parts.setdefault(key, value)
            elif goes == _TAGS:
                tags.extend(value)
            elif goes == _CUSTOM:
                custom[key[len(CUSTOM_PREFIX):]] = value
            elif goes == _FULL_NAME:
                full_name = value
            elif goes == _ID:
                planned.rapport_id = value if isinstance(value, int) else None
            # _KEPT (created_at): kept as stored, an import does not rewrite history
        return _checked(planned, parts, emails, phones, tags, custom, full_name, options)


def _checked(planned: PlannedRow, parts: dict[str, Any], emails: list[str],
             phones: list[str], tags: list[str], custom: dict[str, Any],
             full_name: str | None, options: ImportOptions) -> PlannedRow:
    """The row's values gathered into a ContactInput and checked as the form would."""
    if full_name and not (parts.get("first_name") or parts.get("last_name")):
        first, last = split_full_name(full_name)
        parts["first_name"], parts["last_name"] = first, last
        if not (first or last):
            parts["display_name"] = full_name
    elif full_name and "display_name" not in parts:
        parts["display_name"] = full_name  # as the file shows it, beside its parts
    planned.company = parts.pop("company", None)
    planned.data = contacts.ContactInput(
        emails=emails, phones=phones, tags=tags, custom_fields=custom or None, **parts)
    if planned.problems:
        return planned
    try:
        planned.valid = contacts.validate_input(planned.data, options.region)
    except ServiceError as exc:
        if getattr(exc, "template", None) != contacts.NAME_REQUIRED:
            planned.problems.append(exc)
            return planned
        # No name: fine for a row that only updates a contact it matches (an email and
        # a new phone number, say). Checked with a stand-in name for its other values.
        try:
            planned.valid = contacts.validate_input(
                replace(planned.data, display_name="?"), options.region)
        except ServiceError as other:
            planned.problems.append(other)
            return planned
        planned.nameless = True
        planned.warnings.append(exc)
    return planned


def merged_input(current: contacts.ContactInput, new: contacts.ContactInput,
                 *, overwrite: bool) -> contacts.ContactInput:
    """``current`` with ``new``'s values: its empty fields filled, or (``overwrite``)
    every field the row gives replaced. Emails, phones and tags are added to, never
    dropped: a spreadsheet column cannot say "remove this address"."""
    changes: dict[str, Any] = {}
    for name in contacts.ContactInput.__dataclass_fields__:
        mine, theirs = getattr(current, name), getattr(new, name)
        if name in ("emails", "phones", "tags"):
            changes[name] = _union(mine, theirs)
        elif name == "custom_fields":
            if theirs:
                base = dict(mine or {})
                for k, val in theirs.items():
                    if overwrite or base.get(k) in (None, ""):
                        base[k] = val
                changes[name] = base
        elif name == "company_id":
            if theirs is not None and (overwrite or mine is None):
                changes[name] = theirs
        elif name == "marketing_consent":
            if theirs and not mine:
                changes[name] = True  # a row can give consent; only the form withdraws it
        elif theirs not in (None, "") and (overwrite or mine in (None, "")):
            changes[name] = theirs
    return contacts.ContactInput(**{**_as_dict(current), **changes})


def _union(mine: Sequence[str], theirs: Sequence[str]) -> list[str]:
    seen = {x.casefold() for x in mine}
    return [*mine, *(x for x in theirs if x.casefold() not in seen)]


def _as_dict(data: contacts.ContactInput) -> dict[str, Any]:
    return {name: getattr(data, name) for name in contacts.ContactInput.__dataclass_fields__}
