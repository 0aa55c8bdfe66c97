"""Contact search and the contact list's pages: filters, sort orders, keyset paging.

One query shape serves the whole list: ``ContactQuery`` (text, filters, sort) is turned
into a WHERE clause; ``count()`` says how many rows match and ``page()`` fetches a
window of them, by key after or before a known row, from either end, or (for a jump
into the middle) by offset along the sort index.

Text search matches substrings of ``contacts.search_text`` (see ``search_text``). On
SQLite the FTS5 trigram index answers terms of three characters or more, each passed
to MATCH as one quoted string; shorter terms are checked on the row with instr(), and
a query of short terms only matches the start of the name through the sort-key index.
On other databases the same conditions run as plain LIKE (with pg_trgm later). User
text only ever reaches SQL as bound parameters, never as query syntax.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    ColumnElement,
    and_,
    exists,
    func,
    literal_column,
    null,
    or_,
    select,
    text,
)
from sqlalchemy.orm import Session

from app.models import Company, Contact, Task, contact_tags

from .search_text import query_terms

TRIGRAM = 3
WALK_START_LIMIT = 25_000  # see _walk_start()
_TOP = "\U0010ffff"  # sorts after every character: the upper bound of a prefix range

#: Sort orders of the contact list: key -> the column ordered by (then by id). Each is
#: the first column of an index, so a page is a walk along it, never a sort.
SORT_COLUMNS: dict[str, Any] = {
    "name": Contact.sort_key,
    "email": Contact.email_key,
    "phone": Contact.phone_e164,
    "city": Contact.city,
    "stage": Contact.lifecycle_stage,
    "owner": Contact.owner,
    "source": Contact.source,
    "last_contact": Contact.last_contacted_at,
    "created": Contact.id,
}


@dataclass(frozen=True)
class ContactFilters:
    """Filters beside the search box; empty means "any"."""

    tag_ids: tuple[int, ...] = ()
    stages: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    owners: tuple[str, ...] = ()
    company_id: int | None = None
    marketing_consent: bool | None = None
    has_open_tasks: bool | None = None
    #: Last contact more than this many days ago, or never.
    not_contacted_days: int | None = None
    #: The Trash instead of the live list.
    trash: bool = False


@dataclass(frozen=True)
class ContactQuery:
    text: str = ""
    filters: ContactFilters = field(default_factory=ContactFilters)
    sort: str = "name"
    descending: bool = False


#: A row's position in a sort order: (value of the sort column, id).
Key = tuple[Any, int]


@dataclass(frozen=True)
class ContactRow:
    """One line of the contact list."""

    id: int
    display_name: str
    company_name: str | None
    title: str | None
    email: str | None
    phone: str | None
    city: str | None
    lifecycle_stage: str
    owner: str | None
    source: str | None
    marketing_consent: bool
    last_contacted_at: dt.datetime | None
    created_at: dt.datetime
    key: Key


def _sort_column(query: ContactQuery) -> Any:
    try:
        return SORT_COLUMNS[query.sort]
    except KeyError:
        raise ValueError(f"unknown sort order {query.sort!r}") from None


def where(
    session: Session, query: ContactQuery, *, now: dt.datetime, many: bool = False
) -> ColumnElement[bool]:
    """The WHERE clause of a query: search text and filters together.

    ``many``: the search matches many contacts; the match set then only filters a walk
    along the sort index instead of driving the query (see page()).
    """
    f = query.filters
    parts: list[ColumnElement[bool]] = [
        Contact.deleted_at.is_not(None) if f.trash else Contact.deleted_at.is_(None)
    ]
    parts += _text_conditions(session, query.text, many)
    if f.tag_ids:
        parts.append(exists().where(
            contact_tags.c.contact_id == Contact.id, contact_tags.c.tag_id.in_(f.tag_ids)
        ))
    if f.stages:
        parts.append(Contact.lifecycle_stage.in_(f.stages))
    if f.sources:
        parts.append(Contact.source.in_(f.sources))
    if f.owners:
        parts.append(Contact.owner.in_(f.owners))
    if f.company_id is not None:
        parts.append(Contact.company_id == f.company_id)
    if f.marketing_consent is not None:
        parts.append(Contact.marketing_consent.is_(f.marketing_consent))
    if f.has_open_tasks is not None:
        open_task = exists().where(
            Task.contact_id == Contact.id, Task.status == "open", Task.deleted_at.is_(None)
        )
        parts.append(open_task if f.has_open_tasks else ~open_task)
    if f.not_contacted_days is not None:
        cutoff = now - dt.timedelta(days=f.not_contacted_days)
        parts.append(or_(Contact.last_contacted_at.is_(None),
                         Contact.last_contacted_at < cutoff))
    return and_(*parts)


def _phrase(terms: list[str]) -> str:
    return " AND ".join('"' + t.replace('"', '""') + '"' for t in terms)


def _fts_matches(session: Session, text_: str, limit: int) -> int | None:
    """How many rows the FTS index matches (Trash included), counting no further than
    ``limit + 1``; None without FTS terms. The index streams its matches, so a capped
    count of a common fragment stops early."""
    long_terms = [t for t in query_terms(text_) if len(t) >= TRIGRAM]
    if not long_terms or not _fts(session):
        return None
    stmt = text("SELECT count(*) FROM (SELECT rowid FROM contacts_fts "
                "WHERE contacts_fts MATCH :fts LIMIT :limit)")
    return int(session.execute(stmt, {"fts": _phrase(long_terms), "limit": limit + 1})
               .scalar_one())


def _walk_start(
    session: Session, query: ContactQuery, column: Any, descending: bool, *, now: dt.datetime
) -> ColumnElement[bool] | None:
    """Where the first match lies along the sort index, when finding out is cheap.

    Matches can cluster far along the order (Chinese names sort after Latin and
    Cyrillic ones), and a walk from the start would pass most of the index first.
    The first match's value is one aggregate over the matches, affordable up to a few
    tens of thousands of them; past that the matches are dense enough to walk to.
    """
    matches = _fts_matches(session, query.text, WALK_START_LIMIT)
    if matches is None or matches > WALK_START_LIMIT:
        return None
    if column is Contact.sort_key and _text_only(query):
        value, null_count = _name_edge(session, query.text, descending), 0
    else:
        edge = func.max(column) if descending else func.min(column)
        nulls = func.count() - func.count(column)
        value, null_count = session.execute(
            select(edge, nulls).where(where(session, query, now=now))
        ).one()
    if value is None or (null_count and not descending):
        return None  # NULLs come first ascending: the walk starts at the start anyway
    return column <= value if descending else column >= value


def _fts(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def _text_only(query: ContactQuery, *, short_terms: bool = False) -> bool:
    """A search of the live list, no filters, with terms the FTS index answers (and,
    with ``short_terms``, maybe shorter ones too)."""
    terms = query_terms(query.text)
    long_terms = [t for t in terms if len(t) >= TRIGRAM]
    return query.filters == ContactFilters() and bool(long_terms) and (
        short_terms or len(long_terms) == len(terms))


def _count_hits(session: Session, text_: str, cap: int) -> int:
    """How many live contacts a search matches, up to ``cap + 1``, driven by the index.

    The FTS index yields its matches one by one and the count stops at the cap, so a
    fragment matching a hundred thousand contacts costs as little as one matching a
    thousand. (As "id IN (matches)" SQLite would first collect every match.) CROSS
    JOIN keeps the index the outer loop.
    """
    terms = query_terms(text_)
    params: dict[str, Any] = {
        "fts": _phrase([t for t in terms if len(t) >= TRIGRAM]), "limit": cap + 1}
    checks = ""
    for i, t in enumerate(t for t in terms if len(t) < TRIGRAM):
        checks += f" AND instr(c.search_text, :short{i}) > 0"
        params[f"short{i}"] = t
    stmt = text(
        "SELECT count(*) FROM (SELECT c.id FROM contacts_fts CROSS JOIN contacts AS c "
        "ON c.id = contacts_fts.rowid WHERE contacts_fts MATCH :fts "
        f"AND c.deleted_at IS NULL{checks} LIMIT :limit)"
    )
    return int(session.execute(stmt, params).scalar_one())


def _name_edge(session: Session, text_: str, descending: bool) -> str | None:
    """The first (or last) name-order key among the live contacts a search matches.

    Read through the partial index of live ids and sort keys: SQLite would otherwise
    seek each match in the table by rowid, which at tens of thousands of matches costs
    several times more. SQLAlchemy renders no table hints for SQLite, hence the text.
    """
    edge = "max" if descending else "min"
    stmt = text(
        f"SELECT {edge}(sort_key) FROM contacts INDEXED BY ix_contacts_live_sort_key "
        "WHERE deleted_at IS NULL AND id IN "
        "(SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH :fts)"
    )
    terms = query_terms(text_)
    value = session.execute(stmt.bindparams(fts=_phrase(terms))).scalar_one()
    return None if value is None else str(value)


def _text_conditions(session: Session, text_: str, many: bool) -> list[ColumnElement[bool]]:
    terms = query_terms(text_)
    if not terms:
        return []
    conditions: list[ColumnElement[bool]] = []
    long_terms = [t for t in terms if len(t) >= TRIGRAM]
    if _fts(session):
        if long_terms:
            # Each term is one FTS5 string (quotes doubled), so nothing the user types is
            # query syntax; a string of trigrams matches exactly where the term is a
            # substring, so the index alone answers it.
            phrase = _phrase(long_terms)
            fts = text("SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH :fts")
            matching = fts.bindparams(fts=phrase).columns(literal_column("rowid"))
            # "id + 0" hides the rowid from the planner: with many matches, walking the
            # sort index and testing each row against the set beats fetching every
            # match and sorting them (10x at a million contacts, SQLite having no
            # statistics to know it).
            ident = Contact.id + 0 if many else Contact.id
            conditions.append(ident.in_(matching))
        else:
            first = terms[0]
            conditions.append(and_(Contact.sort_key >= first, Contact.sort_key < first + _TOP))
        for t in terms:
            if len(t) < TRIGRAM:  # the index cannot check these; the row can
                conditions.append(func.instr(Contact.search_text, t) > 0)
    else:
        for t in terms:
            escaped = t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            conditions.append(Contact.search_text.like(f"%{escaped}%", escape="\\"))
    return conditions


def count(
    session: Session, query: ContactQuery, *, now: dt.datetime, cap: int | None = None
) -> int:
    """How many contacts match; with ``cap``, counting stops after ``cap + 1``."""
    if query.text.strip() == "" and query.filters == ContactFilters():
        from .stats import active_contact_count

        return active_contact_count(session)  # the whole live list: by index, not rows
    if cap is not None and _text_only(query, short_terms=True) and _fts(session):
        return _count_hits(session, query.text, cap)
    condition = where(session, query, now=now)
    if cap is None:
        stmt = select(func.count()).select_from(Contact).where(condition)
    else:
        inner = select(Contact.id).where(condition).limit(cap + 1).subquery()
        stmt = select(func.count()).select_from(inner)
    return int(session.execute(stmt).scalar_one())


def _columns(sort_column: Any) -> Any:  # a Select of the ContactRow columns
    return select(
        Contact.id, Contact.display_name, Company.name, Contact.title, Contact.email,
        Contact.phone, Contact.city, Contact.lifecycle_stage, Contact.owner, Contact.source,
        Contact.marketing_consent, Contact.last_contacted_at, Contact.created_at,
        sort_column,
    ).outerjoin(Company, Company.id == Contact.company_id)


def _after(column: Any, key: Key, forward: bool) -> ColumnElement[bool]:
    """Rows strictly after ``key`` in (column, id) order, NULLs first (SQLite's order)."""
    value, ident = key
    if column is Contact.id:
        return Contact.id > ident if forward else Contact.id < ident
    if forward:
        if value is None:
            return or_(and_(column.is_(None), Contact.id > ident), column.is_not(None))
        return or_(column > value, and_(column == value, Contact.id > ident))
    if value is None:
        return and_(column.is_(None), Contact.id < ident)
    return or_(column < value, and_(column == value, Contact.id < ident), column.is_(None))


def page(
    session: Session,
    query: ContactQuery,
    *,
    now: dt.datetime,
    limit: int,
    after: Key | None = None,
    before: Key | None = None,
    from_end: bool = False,
    offset: int | None = None,
    many: bool = False,
) -> list[ContactRow]:
    """A window of matching contacts in list order.

    ``after``: the rows following a known row; ``before``: the rows preceding one;
    ``from_end``: the last ``limit`` rows; ``offset``: rows from a position (a jump).
    With none of them, the first rows. ``many``: the search matches many contacts, so
    walking the sort index and keeping the matches beats sorting them all.
    """
    column = _sort_column(query)
    # The list order, and whether this fetch walks it backwards.
    descending = query.descending
    backwards = before is not None or from_end
    walk_descending = descending != backwards
    conditions = [where(session, query, now=now, many=many)]
    anchor = after if after is not None else before
    if anchor is not None:
        # "After" in the walk direction.
        conditions.append(_after(column, anchor, forward=not walk_descending))
    elif many and column is not Contact.id:
        start = _walk_start(session, query, column, walk_descending, now=now)
        if start is not None:
            conditions.append(start)
    searching = bool(query_terms(query.text)) and not many
    # With a search the matches are usually few, and sorting them beats walking the
    # whole index checking each row (which SQLite would otherwise pick for ORDER BY).
    # ifnull(x, NULL) is x, but as an expression it hides the index from the planner.
    order_column = func.ifnull(column, null()) if searching and column is not Contact.id \
        else column
    if column is Contact.id:
        order = [Contact.id.desc() if walk_descending else Contact.id.asc()]
    elif walk_descending:
        order = [order_column.desc(), Contact.id.desc()]
    else:
        order = [order_column.asc(), Contact.id.asc()]
    stmt = _columns(column).where(*conditions).order_by(*order).limit(limit)
    if offset is not None and anchor is None and not backwards:
        stmt = stmt.offset(offset)
    rows = [
        ContactRow(
            id=r[0], display_name=r[1], company_name=r[2], title=r[3], email=r[4],
            phone=r[5], city=r[6], lifecycle_stage=r[7], owner=r[8], source=r[9],
            marketing_consent=bool(r[10]), last_contacted_at=r[11], created_at=r[12],
            key=(r[13], r[0]),
        )
        for r in session.execute(stmt)
    ]
    if backwards:
        rows.reverse()
    return rows


@contextmanager
def search_index_suspended(conn: Any) -> Iterator[None]:
    """For bulk loads on a SQLite DBAPI connection: rebuild the FTS index once at the end.

    Rebuilding the trigram index over 100,000 contacts takes under 2 s; keeping it up to
    date row by row through the trigger takes five times as long. The trigger is put
    back exactly as it was (its SQL is read from the schema, not repeated here).
    """
    cur = conn.cursor()
    try:
        found = cur.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'contacts_fts_insert'"
        ).fetchone()
        if found is None:
            yield
            return
        cur.execute("DROP TRIGGER contacts_fts_insert")
        try:
            yield
        finally:
            cur.execute(found[0])
            cur.execute("INSERT INTO contacts_fts(contacts_fts) VALUES ('rebuild')")
    finally:
        cur.close()
