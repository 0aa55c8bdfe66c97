"""Export contacts, companies, tasks, interactions and deals to .xlsx, .csv or .vcf files.

``export_contacts(session, query, path, now=...)`` writes the contacts a ContactQuery
matches: the list's search and filters exactly, as search.where() builds them (the
list's sort aside, see below). The others write companies (all, or those whose name
contains a text), tasks (the agenda's filters: owner, priority, status) and
interactions (one contact's, or everyone's in a time range); deals (a pipeline's, as
the board filters them) are written by export_deals.py, importable from here. The
format comes from the suffix (or ``fmt``); how files are written, atomically, is in
sheet_writer.

Rows are read in keyset pages of ``PAGE`` in the order the records were created (by
id): one pass along the table, where the list's name order would seek every row
(3.7 s instead of 1 s for 100,000 contacts); the spreadsheet sorts in a click. Extra
emails, phones and tags come with one IN query per page. Nothing holds all the rows.

Columns are the fields.py labels, so a file Rapport wrote maps back on import as it
is. A contact's further emails and phones go in "Email 2", "Email 3"... right after
"Email" (as many as the exported contact with the most has), likewise "Phone 2"...;
tags are one "Tags" cell joined with ", "; each custom field is a column headed
"Custom: <name>" (sorted by name), so that a custom field called "City" cannot be
taken for the address on the way back in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from app.models import Company, Contact, ContactEmail, ContactPhone, Interaction, Tag, Task
from app.models import contact_tags as links
from app.models.enums import Priority

from .. import search
from . import about_writer as about
from .export_deals import export_deals  # noqa: F401 - the deals export, beside the others
from .fields import CUSTOM_HEADER_PREFIX, CUSTOM_PREFIX, FIELDS
from .sheet_writer import (  # noqa: F401 - the export API, importable from here
    Cancel,
    Column,
    ExportCancelled,
    ExportError,
    ExportResult,
    Job,
    Options,
    Progress,
    Row,
    export_format,
    write_job,
)

PAGE = 2000
#: The header of a custom field's column is this and the field's name.
_KINDS = {"int": "int", "date": "date", "datetime": "datetime", "bool": "bool", "tags": "list"}


@dataclass(frozen=True)
class TaskQuery:
    """The tasks to export, as the agenda filters them; empty means "any"."""

    owner: str | None = None
    priority: int | None = None
    statuses: tuple[str, ...] = ()


def custom_header(name: str) -> str:
    return CUSTOM_HEADER_PREFIX + name


def columns_for(kind: str, *, emails: int = 1, phones: int = 1,
                custom: Sequence[str] = ()) -> list[Column]:
    """The columns of a kind: its fields.py labels, ``emails``/``phones`` columns for a
    contact's email and phone ("Email", "Email 2"...), then the custom fields."""
    counts = {"email": emails, "phone": phones} if kind == "contacts" else {}
    columns: list[Column] = []
    for f in FIELDS[kind]:
        for i in range(counts.get(f.key, 1)):
            header = f.label if i == 0 else f"{f.label} {i + 1}"
            columns.append(Column(f.key, header, _KINDS.get(f.kind, "text")))
    columns += [Column(CUSTOM_PREFIX + n, custom_header(n), "any") for n in custom]
    return columns


# Contacts ------------------------------------------------------------------------------
def _utc(column: Any) -> Any:
    """A moment column read without its UTCDateTime wrapper: the writers take a naive
    datetime as UTC (which is what SQLite stores; PostgreSQL gives it aware anyway).
    The wrapper's per-value Python call is a third of SQLAlchemy's cost in reading a
    page of contacts."""
    return type_coerce(column, column.type.impl)


_CONTACT_SQL: dict[str, Any] = {
    "id": Contact.id, "full_name": Contact.display_name, "first_name": Contact.first_name,
    "last_name": Contact.last_name, "email": Contact.email, "phone": Contact.phone,
    "company": Company.name, "title": Contact.title, "street": Contact.street,
    "city": Contact.city, "region": Contact.region, "postal_code": Contact.postal_code,
    "country": Contact.country, "birthday": Contact.birthday, "owner": Contact.owner,
    "source": Contact.source, "lifecycle_stage": Contact.lifecycle_stage,
    "marketing_consent": Contact.marketing_consent, "consent_at": _utc(Contact.consent_at),
    "consent_source": Contact.consent_source, "notes": Contact.notes,
    "created_at": _utc(Contact.created_at),
}
_KEYS = [f.key for f in FIELDS["contacts"]]
_SQL_KEYS = [k for k in _KEYS if k != "tags"]
# Where the extra emails, the extra phones and the tags go among the SQL columns.
_E = _SQL_KEYS.index("email") + 1
_P = _SQL_KEYS.index("phone") + 1
_T = _SQL_KEYS.index(_KEYS[_KEYS.index("tags") - 1]) + 1
if not _E < _P < _T:
    raise ImportError("fields.py moved email, phone or tags: update export._contact_pages")


def export_contacts(
    session: Session, query: search.ContactQuery, path: Path | str, *, now: dt.datetime,
    fmt: str | None = None, progress: Progress | None = None, cancel: Cancel | None = None,
    tz: dt.tzinfo | None = None, translate: about.Translate = about.english,
) -> ExportResult:
    """Write the contacts ``query`` matches to ``path`` (.xlsx, .csv or .vcf).

    ``now`` (aware) is the time of export and the "now" of the last-contact filter.
    """
    return write_job(path, "contacts", lambda: contacts_job(session, query, now=now),
                     Options(fmt, tz, progress, cancel, translate), now=now)


def contacts_job(session: Session, query: search.ContactQuery, *, now: dt.datetime) -> Job:
    """The planned export of the contacts ``query`` matches: the columns (which need
    the most emails, phones and the custom field names among them: three queries), and
    the pages, read as they are iterated."""
    condition = search.where(session, query, now=now)
    return contacts_job_where(session, condition, search.count(session, query, now=now),
                              query.text, _contact_filters(session, query.filters))


def contacts_job_where(session: Session, condition: ColumnElement[bool], count: int,
                       search_text: str | None, filters: list[about.Phrase]) -> Job:
    """The planned export of the contacts ``condition`` selects (``count`` of them),
    the About sheet naming ``search_text`` and ``filters``: for any list of contacts."""
    emails = 1 + _most(session, ContactEmail.contact_id, condition)
    phones = 1 + _most(session, ContactPhone.contact_id, condition)
    custom = _custom_names(session, condition)
    return Job("contacts", columns_for("contacts", emails=emails, phones=phones, custom=custom),
               _contact_pages(session, condition, emails - 1, phones - 1, custom),
               count, search_text, filters)


def _most(session: Session, contact_id: Any, condition: ColumnElement[bool]) -> int:
    """The most rows any matching contact has in an extra emails (or phones) table."""
    per_contact = (select(func.count().label("n"))
                   .where(contact_id.in_(select(Contact.id).where(condition)))
                   .group_by(contact_id).subquery())
    return int(session.scalar(select(func.max(per_contact.c.n))) or 0)


def _custom_names(session: Session, condition: ColumnElement[bool]) -> list[str]:
    names: set[str] = set()
    stmt = select(Contact.custom_fields).where(condition, Contact.custom_fields.is_not(None))
    for (values,) in session.execute(stmt):
        if isinstance(values, dict):
            names.update(values)
    return sorted(names, key=lambda n: (n.casefold(), n))


def _contact_pages(session: Session, condition: ColumnElement[bool], more_emails: int,
                   more_phones: int, custom: Sequence[str]) -> Iterator[list[Row]]:
    columns = [_CONTACT_SQL[k] for k in _SQL_KEYS]
    if custom:
        columns.append(Contact.custom_fields)
    stmt = (select(*columns).select_from(Contact)
            .outerjoin(Company, Company.id == Contact.company_id).where(condition))
    no_emails, no_phones, no_custom = (None,) * more_emails, (None,) * more_phones, \
        (None,) * len(custom)
    n = len(_SQL_KEYS)
    for page in _keyset(session, stmt, [Contact.id], len(columns)):
        ids = _id_condition([r[0] for r in page])
        emails = _extras(session, ContactEmail, ContactEmail.address, ids, more_emails)
        phones = _extras(session, ContactPhone, ContactPhone.raw, ids, more_phones)
        tags = _tags(session, ids)
        # Per row: slices and concatenation only (the export's Python cost is here).
        yield [
            r[:_E] + emails.get(r[0], no_emails) + r[_E:_P] + phones.get(r[0], no_phones)
            + r[_P:_T] + (tags.get(r[0]),) + r[_T:n]
            + (tuple(r[n].get(c) for c in custom) if custom and r[n] else no_custom)
            for r in page
        ]


def _id_condition(ids: list[int]) -> Callable[[Any], ColumnElement[bool]]:
    """How to pick the rows of a page's contacts from another table.

    A page of ascending ids that is dense (the whole list, a broad filter) becomes a
    range, which costs nothing to build; a sparse one an IN list (2,000 bound values
    cost SQLAlchemy some 10 ms to render, and there are three per page).
    """
    first, last = ids[0], ids[-1]
    if last - first < 2 * len(ids):
        return lambda column: column.between(first, last)
    return lambda column: column.in_(ids)


def _extras(session: Session, table: Any, value: Any,
            ids: Callable[[Any], ColumnElement[bool]], width: int
            ) -> dict[int, tuple[str | None, ...]]:
    """The further emails (or phones) of the contacts ``ids``, each padded to
    ``width``, in their order."""
    if not width:
        return {}
    stmt = (select(table.contact_id, value).where(ids(table.contact_id))
            .order_by(table.contact_id, table.position, table.id))
    found: dict[int, list[str]] = {}
    for contact_id, text in session.connection().execute(stmt).all():
        found.setdefault(contact_id, []).append(text)
    return {k: (*v, *(None,) * (width - len(v))) for k, v in found.items()}


def _tags(session: Session, ids: Callable[[Any], ColumnElement[bool]]
          ) -> dict[int, tuple[str, ...]]:
    stmt = (select(links.c.contact_id, Tag.name).join(Tag, Tag.id == links.c.tag_id)
            .where(ids(links.c.contact_id)).order_by(links.c.contact_id, Tag.name_key))
    found: dict[int, list[str]] = {}
    for contact_id, name in session.connection().execute(stmt).all():
        found.setdefault(contact_id, []).append(name)
    return {k: tuple(v) for k, v in found.items()}


def _contact_filters(session: Session, f: search.ContactFilters) -> list[about.Phrase]:
    """The filters of the contact list, in words, for the About sheet."""
    words: list[about.Phrase] = []
    if f.tag_ids:
        names = session.scalars(select(Tag.name).where(Tag.id.in_(f.tag_ids))
                                .order_by(Tag.name_key))
        words.append((about.TAGS, {"names": ", ".join(names)}))
    for template, values in ((about.STAGES, f.stages), (about.SOURCES, f.sources),
                             (about.OWNERS, f.owners)):
        if values:
            words.append((template, {"names": ", ".join(values)}))
    if f.company_id is not None:
        name = session.scalar(select(Company.name).where(Company.id == f.company_id))
        words.append((about.COMPANY, {"name": name}) if name else (about.NO_COMPANY, {}))
    for templates, flag in ((about.CONSENT, f.marketing_consent),
                            (about.OPEN_TASKS, f.has_open_tasks)):
        if flag is not None:
            words.append((templates[flag], {}))
    if f.not_contacted_days is not None:
        words.append((about.QUIET, {"days": f.not_contacted_days}))
    if f.trash:
        words.append((about.TRASH, {}))
    return words


# Companies, tasks, interactions ---------------------------------------------------------
_COMPANY_SQL = {"id": Company.id, "name": Company.name, "phone": Company.phone}
_TASK_SQL = {"contact_email": Contact.email, "contact_name": Contact.display_name,
             "title": Task.title, "due_date": Task.due_date, "priority": Task.priority,
             "status": Task.status, "owner": Task.owner, "notes": Task.notes}
_INTERACTION_SQL = {"contact_email": Contact.email, "contact_name": Contact.display_name,
                    "occurred_at": _utc(Interaction.occurred_at)}


def _sql(kind: str, table: Any, known: dict[str, Any]) -> list[Any]:
    return [known[f.key] if f.key in known else getattr(table, f.key)
            for f in FIELDS[kind]]


def export_companies(
    session: Session, path: Path | str, *, text: str = "", now: dt.datetime,
    fmt: str | None = None, progress: Progress | None = None, cancel: Cancel | None = None,
    tz: dt.tzinfo | None = None, translate: about.Translate = about.english,
) -> ExportResult:
    """Write the companies (not in the Trash) whose name contains ``text`` (any case;
    blank: all of them), in name order."""
    def plan() -> Job:
        condition: ColumnElement[bool] = Company.deleted_at.is_(None)
        folded = text.strip().casefold()
        if folded:
            escaped = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            condition = and_(condition, Company.name_key.like(f"%{escaped}%", escape="\\"))
        columns = _sql("companies", Company, _COMPANY_SQL)
        total = session.scalar(select(func.count()).select_from(Company).where(condition))
        pages = _keyset(session, select(*columns).where(condition),
                        [Company.name_key, Company.id], len(columns))
        return Job("companies", columns_for("companies"), pages, int(total or 0), text)

    return write_job(path, "companies", plan, Options(fmt, tz, progress, cancel, translate),
                     now=now)


def export_tasks(
    session: Session, path: Path | str, *, query: TaskQuery = TaskQuery(), now: dt.datetime,
    fmt: str | None = None, progress: Progress | None = None, cancel: Cancel | None = None,
    tz: dt.tzinfo | None = None, translate: about.Translate = about.english,
) -> ExportResult:
    """Write the tasks ``query`` lets through, oldest first; like the agenda, not those
    of contacts in the Trash."""
    def plan() -> Job:
        parts = [or_(Task.contact_id.is_(None), Contact.deleted_at.is_(None))]
        words: list[about.Phrase] = []
        if query.owner is not None:
            parts.append(Task.owner == query.owner)
            words.append((about.OWNERS, {"names": query.owner}))
        if query.priority is not None:
            parts.append(Task.priority == query.priority)
            words.append((about.PRIORITY, {"name": Priority(query.priority).name.lower()}))
        if query.statuses:
            parts.append(Task.status.in_(query.statuses))
            words.append((about.STATUS, {"names": ", ".join(query.statuses)}))
        base = select(Task.id).outerjoin(Contact, Contact.id == Task.contact_id)
        total = session.scalar(select(func.count()).select_from(base.where(*parts).subquery()))
        columns = _sql("tasks", Task, _TASK_SQL)
        stmt = select(*columns).select_from(Task).outerjoin(
            Contact, Contact.id == Task.contact_id).where(*parts)
        return Job("tasks", columns_for("tasks"), _keyset(session, stmt, [Task.id], len(columns)),
                   int(total or 0), None, words)

    return write_job(path, "tasks", plan, Options(fmt, tz, progress, cancel, translate), now=now)


def export_interactions(
    session: Session, path: Path | str, *, contact_id: int | None = None,
    since: dt.datetime | None = None, until: dt.datetime | None = None, now: dt.datetime,
    fmt: str | None = None, progress: Progress | None = None, cancel: Cancel | None = None,
    tz: dt.tzinfo | None = None, translate: about.Translate = about.english,
) -> ExportResult:
    """Write one contact's interactions (``contact_id``), or those of every contact not
    in the Trash; either way only those at or after ``since`` and before ``until``
    (aware datetimes). One contact's come in time order, everyone's in the order they
    were logged (by id: no index orders ten million interactions by time)."""
    def plan() -> Job:
        parts: list[ColumnElement[bool]] = []
        words: list[about.Phrase] = []
        if contact_id is not None:
            parts.append(Interaction.contact_id == contact_id)
            name = session.scalar(select(Contact.display_name).where(Contact.id == contact_id))
            words.append((about.CONTACT, {"name": name or f"#{contact_id}"}))
        else:
            parts.append(Contact.deleted_at.is_(None))
        for template, moment, condition in (
                (about.SINCE, since, lambda m: Interaction.occurred_at >= m),
                (about.UNTIL, until, lambda m: Interaction.occurred_at < m)):
            if moment is not None:
                parts.append(condition(moment))
                local = moment.astimezone(tz).replace(microsecond=0)
                words.append((template, {"moment": f"{local:%Y-%m-%d %H:%M}"}))
        keys = [Interaction.occurred_at, Interaction.id] if contact_id is not None \
            else [Interaction.id]
        columns = _sql("interactions", Interaction, _INTERACTION_SQL)
        stmt = select(*columns).select_from(Interaction).join(
            Contact, Contact.id == Interaction.contact_id).where(*parts)
        total = session.scalar(select(func.count()).select_from(
            select(Interaction.id).join(Contact, Contact.id == Interaction.contact_id)
            .where(*parts).subquery()))
        return Job("interactions", columns_for("interactions"),
                   _keyset(session, stmt, keys, len(columns)), int(total or 0), None, words)

    return write_job(path, "interactions", plan, Options(fmt, tz, progress, cancel, translate),
                     now=now)


def _keyset(session: Session, stmt: Select[Any], keys: Sequence[Any], width: int
            ) -> Iterator[list[tuple[Any, ...]]]:
    """Pages of ``stmt``'s rows in ``keys`` order (unique together, never NULL), each
    row cut to its first ``width`` columns (the keys are selected after them)."""
    stmt = stmt.add_columns(*keys).order_by(*keys).limit(PAGE)
    after: tuple[Any, ...] | None = None
    while True:
        # Core: plain column rows need none of the ORM's result handling.
        rows = session.connection().execute(
            stmt if after is None else stmt.where(_after(keys, after))).all()
        if not rows:
            return
        yield [r[:width] for r in rows]
        if len(rows) < PAGE:
            return
        after = rows[-1][width:]


def _after(keys: Sequence[Any], values: Sequence[Any]) -> ColumnElement[bool]:
    if len(keys) == 1:
        return keys[0] > values[0]
    return or_(keys[0] > values[0], and_(keys[0] == values[0], _after(keys[1:], values[1:])))
