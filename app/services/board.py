"""What the pipeline board and its table show: deals by stage, with column totals.

One query per call, plain tuples out (no ORM objects): the board of 10,000 open deals
is read in a few tens of milliseconds. Open deals are filtered by expected close,
won and lost ones by the day they closed; when no close range is given, the closed
columns show the deals closed on or after ``closed_since`` (the board's "recent"),
so 200,000 old wins do not bury this month's.

The text filter matches title, contact and company by casefolded substring, in
Python: SQLite's LIKE folds ASCII only, and the rows are bounded by the filters above.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import String, func, literal, select
from sqlalchemy.orm import Session

from app.models import Company, Contact, Deal, LostReason, Stage
from app.models.enums import StageKind

from .pipeline import StageInfo


@dataclass(frozen=True)
class BoardFilter:
    pipeline_id: int
    owner: str | None = None
    source: str | None = None
    close_from: dt.date | None = None
    close_to: dt.date | None = None
    text: str | None = None
    #: With no close range: the first day whose won and lost deals the board shows.
    closed_since: dt.date | None = None


class Card(NamedTuple):
    """One deal as the board and its table show it. A named tuple: the board builds
    ten thousand of them per load, and a tuple is made in one C call."""

    id: int
    stage_id: int
    title: str
    contact_id: int | None
    company_id: int | None
    #: The names are read only when asked for (``names=True``, or party_names() for the
    #: cards a view shows): the joins to contacts and companies were half of a board.
    contact_name: str | None
    company_name: str | None
    value_minor: int
    currency: str
    expected_close: dt.date | None
    probability: int
    status: StageKind
    closed_on: dt.date | None
    owner: str | None
    source: str | None
    lost_reason: str | None

    @property
    def party(self) -> str:
        """Who the deal is with: the contact, else the company."""
        return self.contact_name or self.company_name or ""

    @property
    def weighted_minor(self) -> int:
        return (self.value_minor * self.probability + 50) // 100

    def is_overdue(self, today: dt.date) -> bool:
        return (self.status is StageKind.OPEN and self.expected_close is not None
                and self.expected_close < today)


@dataclass(frozen=True)
class Totals:
    """A column's header: how many deals, and per currency their total and weighted
    value (most common currency first)."""

    count: int
    money: tuple[tuple[str, int, int], ...]


def totals(cards: Iterable[Card]) -> Totals:
    count = 0
    total: dict[str, int] = defaultdict(int)
    weighted: dict[str, int] = defaultdict(int)
    seen: dict[str, int] = defaultdict(int)
    for card in cards:
        count += 1
        total[card.currency] += card.value_minor
        weighted[card.currency] += card.value_minor * card.probability
        seen[card.currency] += 1
    order = sorted(seen, key=lambda c: (-seen[c], c))
    return Totals(count, tuple((c, total[c], (weighted[c] + 50) // 100) for c in order))


_KINDS = {kind.value: kind for kind in StageKind}


def merge_totals(parts: Iterable[Totals]) -> Totals:
    """The totals of several columns together (most common currency first)."""
    count = 0
    total: dict[str, int] = defaultdict(int)
    weighted: dict[str, int] = defaultdict(int)
    for part in parts:
        count += part.count
        for currency, value, weight in part.money:
            total[currency] += value
            weighted[currency] += weight
    order = sorted(total, key=lambda c: (-total[c], c))
    return Totals(count, tuple((c, total[c], weighted[c]) for c in order))


def _query(session: Session, flt: BoardFilter, stage_ids: Sequence[int] | None,
           names: bool) -> list[Card]:
    """Open deals by expected close, and won and lost ones by close day: two queries,
    each walking its own range of the (pipeline, status, closed_on) index, rather than
    one OR that SQLite answers by reading every deal of the pipeline."""
    probability = func.coalesce(Deal.probability, Stage.probability)
    needle = (flt.text or "").strip().casefold()
    names = names or bool(needle)  # the text filter matches the names too
    no_name = literal(None, String())
    base = (
        select(Deal.id, Deal.stage_id, Deal.title, Deal.contact_id, Deal.company_id,
               Contact.display_name if names else no_name, Company.name if names else no_name,
               Deal.value_minor, Deal.currency, Deal.expected_close, probability,
               Deal.status, Deal.closed_on, Deal.owner, Deal.source, LostReason.name)
        .join(Stage, Stage.id == Deal.stage_id)
        .outerjoin(LostReason, LostReason.id == Deal.lost_reason_id)
        .where(Deal.pipeline_id == flt.pipeline_id, Deal.deleted_at.is_(None))
    )
    if names:
        base = (base.outerjoin(Contact, Contact.id == Deal.contact_id)
                .outerjoin(Company, Company.id == Deal.company_id))
    if stage_ids is not None:
        base = base.where(Deal.stage_id.in_(stage_ids))
    if flt.owner:
        base = base.where(Deal.owner == flt.owner)
    if flt.source:
        base = base.where(Deal.source == flt.source)
    # Open deals by expected close (undated last), closed ones newest first; sorted by
    # SQLite, in C (a Python sort key cost 3 us a card).
    open_query = base.where(Deal.status == StageKind.OPEN.value).order_by(
        Deal.expected_close.is_(None), Deal.expected_close, Deal.id)
    closed_query = base.where(
        Deal.status.in_((StageKind.WON.value, StageKind.LOST.value))
    ).order_by(Deal.closed_on.desc(), Deal.id.desc())
    if flt.close_from is not None:
        open_query = open_query.where(Deal.expected_close >= flt.close_from)
        closed_query = closed_query.where(Deal.closed_on >= flt.close_from)
    if flt.close_to is not None:
        open_query = open_query.where(Deal.expected_close <= flt.close_to)
        closed_query = closed_query.where(Deal.closed_on <= flt.close_to)
    if flt.close_from is None and flt.close_to is None and flt.closed_since is not None:
        closed_query = closed_query.where(Deal.closed_on >= flt.closed_since)
    kinds = _KINDS
    # Core execution on the session's connection: the ORM's row loading adds nothing
    # here but 20 ms per board.
    connection = session.connection()
    cards = [
        Card(i, s, t, ci, co, cn, con, val, cur, exp, prob, kinds[st], clo, own, src, lr)
        for query in (open_query, closed_query)
        for i, s, t, ci, co, cn, con, val, cur, exp, prob, st, clo, own, src, lr
        in connection.execute(query)
    ]
    if needle:
        cards = [c for c in cards if needle in c.title.casefold()
                 or needle in (c.contact_name or "").casefold()
                 or needle in (c.company_name or "").casefold()]
    return cards


def board(
    session: Session, flt: BoardFilter, stages: Sequence[StageInfo], *, names: bool = False
) -> dict[int, list[Card]]:
    """The cards of every stage in ``stages`` (the pipeline's live ones), by stage id;
    without the party names unless ``names`` (see party_names)."""
    found: dict[int, list[Card]] = {s.id: [] for s in stages}
    for card in _query(session, flt, None, names):
        column = found.get(card.stage_id)
        if column is not None:
            column.append(card)
    return found


def columns(session: Session, flt: BoardFilter, stage_ids: Sequence[int], *,
            names: bool = False) -> dict[int, list[Card]]:
    """The cards of only some stages: what a move changes (two columns)."""
    found: dict[int, list[Card]] = {i: [] for i in stage_ids}
    for card in _query(session, flt, stage_ids, names):
        found[card.stage_id].append(card)
    return found


def deal_rows(session: Session, flt: BoardFilter) -> list[Card]:
    """The board's deals as one list, with their party names (the table and export)."""
    return _query(session, flt, None, True)


def party_names(session: Session, cards: Iterable[Card]) -> dict[int, str]:
    """Who each card's deal is with (its contact's name, else its company's), by deal
    id: for the cards a view is about to paint."""
    wanted = list(cards)
    contact_ids = {c.contact_id for c in wanted if c.contact_id is not None}
    company_ids = {c.company_id for c in wanted if c.contact_id is None and c.company_id}
    contacts = _names(session, Contact.id, Contact.display_name, contact_ids)
    companies = _names(session, Company.id, Company.name, company_ids)
    return {
        c.id: (contacts.get(c.contact_id, "") if c.contact_id is not None
               else companies.get(c.company_id, "") if c.company_id is not None else "")
        for c in wanted
    }


_ID_CHUNK = 500  # bound parameters per query, well under every database's limit


def _names(session: Session, key: Any, name: Any, ids: set[int]) -> dict[int, str]:
    found: dict[int, str] = {}
    ordered = sorted(ids)
    for start in range(0, len(ordered), _ID_CHUNK):
        chunk = ordered[start:start + _ID_CHUNK]
        found.update((i, n) for i, n in session.execute(select(key, name).where(key.in_(chunk))))
    return found


def owners(session: Session) -> list[str]:
    return sorted(o for o in session.scalars(
        select(Deal.owner).where(Deal.owner.is_not(None)).distinct()) if o)


def sources(session: Session) -> list[str]:
    return sorted(s for s in session.scalars(
        select(Deal.source).where(Deal.source.is_not(None)).distinct()) if s)
