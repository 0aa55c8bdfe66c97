"""Deals: create, change, move between stages (recording every visit), delete, restore.

Same rules as every service. A move closes the deal's open StageChange row and opens
one for the new stage, and the deal takes the new stage's kind as its status: Won and
Lost set ``closed_on`` (and Lost its reason), moving back to an open stage clears them.
``undo_move`` takes a move back exactly: the visit it opened is deleted and the one it
closed is open again, so the history holds only moves that stand.

Deleting moves a deal to the Trash (``deleted_at``); restoring brings it back as it was.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Company, Contact, Deal, Interaction, LostReason, Stage, StageChange, Task
from app.models import utcnow as _utcnow
from app.models.enums import StageKind

from . import money
from . import pipeline as pl
from . import validation as v
from .errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError

LIMITS = v.column_limits(Deal)

DEAL_NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "This deal no longer exists.")
DEAL_IN_TRASH = QT_TRANSLATE_NOOP("Errors", "The deal “{title}” is in the Trash.")
TITLE_REQUIRED = QT_TRANSLATE_NOOP("Validation", "Type a title for the deal.")
CONTACT_MISSING = QT_TRANSLATE_NOOP(
    "Validation", "The chosen contact no longer exists. Choose another one."
)
COMPANY_MISSING = QT_TRANSLATE_NOOP(
    "Validation", "The chosen company no longer exists. Choose another one."
)
STAGE_OF_OTHER_PIPELINE = QT_TRANSLATE_NOOP(
    "Validation", "The stage “{stage}” belongs to another pipeline."
)
REASON_MISSING = QT_TRANSLATE_NOOP("Validation", "Choose why the deal was lost.")
MOVED_SINCE = QT_TRANSLATE_NOOP(
    "Errors", "The deal “{title}” has moved since, so this move cannot be taken back."
)
CLOSE_BEFORE_OPEN = QT_TRANSLATE_NOOP(
    "Validation", "The close date {closed_on} is before the deal was created ({created})."
)


@dataclass(frozen=True)
class DealInput:
    """What the deal form gives. ``value_minor`` is in minor units of ``currency``;
    ``probability`` overrides the stage's when not None."""

    title: str
    stage_id: int
    currency: str
    value_minor: int = 0
    contact_id: int | None = None
    company_id: int | None = None
    expected_close: dt.date | None = None
    owner: str | None = None
    source: str | None = None
    probability: int | None = None
    notes: str | None = None


_INPUT_FIELDS = tuple(f.name for f in fields(DealInput))


@dataclass(frozen=True)
class DealRecord:
    id: int
    title: str
    pipeline_id: int
    stage_id: int
    stage_name: str
    currency: str
    value_minor: int
    contact_id: int | None
    contact_name: str | None
    company_id: int | None
    company_name: str | None
    expected_close: dt.date | None
    owner: str | None
    source: str | None
    #: The deal's own probability, or None when it takes the stage's.
    probability: int | None
    stage_probability: int
    status: StageKind
    lost_reason_id: int | None
    lost_reason: str | None
    closed_on: dt.date | None
    notes: str | None
    created_at: dt.datetime
    updated_at: dt.datetime
    deleted_at: dt.datetime | None

    @property
    def effective_probability(self) -> int:
        return self.stage_probability if self.probability is None else self.probability

    @property
    def weighted_minor(self) -> int:
        """value × probability, rounded to the nearest minor unit."""
        return (self.value_minor * self.effective_probability + 50) // 100

    def to_input(self) -> DealInput:
        return DealInput(**{f: getattr(self, f) for f in _INPUT_FIELDS})


@dataclass(frozen=True)
class Move:
    """What move_deal did, so that undo_move can take it back."""

    deal_id: int
    title: str
    from_stage_id: int
    to_stage_id: int
    #: The visit the move closed (None for a deal that had none) and the one it opened.
    closed_visit_id: int | None
    opened_visit_id: int
    # The deal as it was before.
    pipeline_id: int
    status: str
    closed_on: dt.date | None
    lost_reason_id: int | None


@dataclass(frozen=True)
class Visit:
    stage_id: int
    stage_name: str
    entered_at: dt.datetime
    left_at: dt.datetime | None


def _today(today: dt.date | None) -> dt.date:
    return today or dt.date.today()


def _load(session: Session, deal_id: int, *, include_trash: bool = False) -> Deal:
    deal = session.get(Deal, deal_id)
    if deal is None:
        raise NotFoundError(DEAL_NOT_FOUND, id=deal_id)
    if deal.deleted_at is not None and not include_trash:
        raise NotFoundError(DEAL_IN_TRASH, id=deal_id, title=deal.title)
    return deal


def _validate(session: Session, data: DealInput) -> dict[str, Any]:
    title = v.clean_text("title", data.title, limit=LIMITS["title"])
    if title is None:
        raise ValidationError("title", TITLE_REQUIRED)
    currency = money.normalize_currency(data.currency)
    value = money.check_minor(data.value_minor)
    stage = pl.load_stage(session, data.stage_id)
    if data.contact_id is not None:
        contact = session.get(Contact, data.contact_id)
        if contact is None or contact.deleted_at is not None:
            raise ValidationError("contact_id", CONTACT_MISSING)
    if data.company_id is not None:
        company = session.get(Company, data.company_id)
        if company is None or company.deleted_at is not None:
            raise ValidationError("company_id", COMPANY_MISSING)
    return {
        "title": title,
        "currency": currency,
        "value_minor": value,
        "stage_id": stage.id,
        "pipeline_id": stage.pipeline_id,
        "contact_id": data.contact_id,
        "company_id": data.company_id,
        "expected_close": data.expected_close,
        "owner": v.clean_text("owner", data.owner, limit=LIMITS["owner"]),
        "source": v.clean_text("source", data.source, limit=LIMITS["source"]),
        "probability": pl.check_probability(data.probability),
        "notes": v.clean_text("notes", data.notes, limit=None, multiline=True),
    }


def create_deal(
    session: Session,
    data: DealInput,
    *,
    now: dt.datetime | None = None,
    today: dt.date | None = None,
) -> DealRecord:
    """Store a new deal in its stage, with its first visit. A deal created straight into
    a Won or Lost stage is closed ``today``."""
    columns = _validate(session, data)
    moment = v.utc_moment("now", now) or _utcnow()
    stage = session.get(Stage, columns["stage_id"])
    assert stage is not None
    status = StageKind(stage.kind)
    deal = Deal(status=status.value, created_at=moment, updated_at=moment,
                closed_on=None if status is StageKind.OPEN else _today(today), **columns)
    session.add(deal)
    session.flush()
    session.add(StageChange(deal_id=deal.id, stage_id=stage.id, entered_at=moment))
    session.flush()
    return get_deal(session, deal.id)


def update_deal(session: Session, deal_id: int, data: DealInput) -> DealRecord:
    """Replace the editable fields. A different ``stage_id`` is a move (recorded)."""
    deal = _load(session, deal_id)
    columns = _validate(session, data)
    stage_id = columns.pop("stage_id")
    pipeline_id = columns.pop("pipeline_id")
    for key, value in columns.items():
        setattr(deal, key, value)
    session.flush()
    if stage_id != deal.stage_id or pipeline_id != deal.pipeline_id:
        move_deal(session, deal.id, stage_id)
    return get_deal(session, deal.id)


def put_back(session: Session, record: DealRecord) -> DealRecord:
    """Write a deal's editable fields back as ``record`` holds them (the undo of an
    edit); the stage is not touched: moves are undone by undo_move."""
    deal = _load(session, record.id)
    columns = _validate(session, record.to_input())
    for key in ("stage_id", "pipeline_id"):
        columns.pop(key)
    for key, value in columns.items():
        setattr(deal, key, value)
    deal.updated_at = record.updated_at
    session.flush()
    return get_deal(session, deal.id)


def get_deal(session: Session, deal_id: int) -> DealRecord:
    deal = session.get(Deal, deal_id)
    if deal is None:
        raise NotFoundError(DEAL_NOT_FOUND, id=deal_id)
    stage = session.get(Stage, deal.stage_id)
    assert stage is not None
    contact = session.get(Contact, deal.contact_id) if deal.contact_id else None
    company = session.get(Company, deal.company_id) if deal.company_id else None
    reason = session.get(LostReason, deal.lost_reason_id) if deal.lost_reason_id else None
    return _record(deal, stage.name, stage.probability,
                   contact.display_name if contact else None,
                   company.name if company else None, reason.name if reason else None)


def _record(deal: Deal, stage_name: str, stage_probability: int, contact_name: str | None,
            company_name: str | None, lost_reason: str | None) -> DealRecord:
    return DealRecord(
        id=deal.id, title=deal.title, pipeline_id=deal.pipeline_id, stage_id=deal.stage_id,
        stage_name=stage_name, currency=deal.currency, value_minor=deal.value_minor,
        contact_id=deal.contact_id, contact_name=contact_name,
        company_id=deal.company_id, company_name=company_name,
        expected_close=deal.expected_close, owner=deal.owner, source=deal.source,
        probability=deal.probability, stage_probability=stage_probability,
        status=StageKind(deal.status), lost_reason_id=deal.lost_reason_id,
        lost_reason=lost_reason, closed_on=deal.closed_on,
        notes=deal.notes, created_at=deal.created_at, updated_at=deal.updated_at,
        deleted_at=deal.deleted_at,
    )


def move_deal(
    session: Session,
    deal_id: int,
    stage_id: int,
    *,
    closed_on: dt.date | None = None,
    lost_reason_id: int | None = None,
    now: dt.datetime | None = None,
    today: dt.date | None = None,
    include_trash: bool = False,
) -> Move | None:
    """Move a deal to a stage (of any pipeline); None when it is there already.

    To Won or Lost: ``closed_on`` (default ``today``) and, for Lost, ``lost_reason_id``
    from the list (None is allowed: "no reason given").
    """
    deal = _load(session, deal_id, include_trash=include_trash)
    stage = pl.load_stage(session, stage_id)
    if stage.id == deal.stage_id:
        return None
    kind = StageKind(stage.kind)
    moment = v.utc_moment("now", now) or _utcnow()
    if kind is not StageKind.OPEN:
        closed_on = closed_on or _today(today)
        # The day the deal was created somewhere on Earth (UTC-12 at the latest): the
        # service does not know the user's zone, and a deal created on a New York
        # evening is already tomorrow in UTC.
        created = (deal.created_at - dt.timedelta(hours=12)).date()
        if closed_on < created:
            raise ValidationError("closed_on", CLOSE_BEFORE_OPEN, closed_on=closed_on.isoformat(),
                                  created=created.isoformat())
    if kind is StageKind.LOST and lost_reason_id is not None:
        reason = session.get(LostReason, lost_reason_id)
        if reason is None:
            raise ValidationError("lost_reason_id", REASON_MISSING)

    current = session.scalar(
        select(StageChange).where(StageChange.deal_id == deal.id, StageChange.left_at.is_(None))
        .order_by(StageChange.entered_at.desc(), StageChange.id.desc()).limit(1)
    )
    before = Move(deal.id, deal.title, deal.stage_id, stage.id,
                  current.id if current else None, 0, deal.pipeline_id, deal.status,
                  deal.closed_on, deal.lost_reason_id)
    if current is not None:
        # A visit never ends before it began, whatever the clocks of two machines did.
        current.left_at = max(moment, current.entered_at)
        current.seconds = int((current.left_at - current.entered_at).total_seconds())
    visit = StageChange(deal_id=deal.id, stage_id=stage.id,
                        entered_at=current.left_at if current else moment)
    session.add(visit)
    deal.stage_id, deal.pipeline_id, deal.status = stage.id, stage.pipeline_id, kind.value
    deal.closed_on = None if kind is StageKind.OPEN else closed_on
    deal.lost_reason_id = lost_reason_id if kind is StageKind.LOST else None
    session.flush()
    return Move(**{**before.__dict__, "opened_visit_id": visit.id})


def undo_move(session: Session, move: Move) -> DealRecord:
    """Take a move back: its visit goes, the one it closed is open again, and the deal
    has its stage, status, close date and reason as before."""
    deal = _load(session, move.deal_id, include_trash=True)
    visit = session.get(StageChange, move.opened_visit_id)
    if deal.stage_id != move.to_stage_id or visit is None or visit.left_at is not None:
        raise ValidationError("stage_id", MOVED_SINCE, title=move.title)
    session.delete(visit)
    if move.closed_visit_id is not None:
        closed = session.get(StageChange, move.closed_visit_id)
        if closed is not None:
            closed.left_at = closed.seconds = None
    deal.stage_id, deal.pipeline_id, deal.status = (move.from_stage_id, move.pipeline_id,
                                                    move.status)
    deal.closed_on, deal.lost_reason_id = move.closed_on, move.lost_reason_id
    session.flush()
    return get_deal(session, deal.id)


def delete_deal(session: Session, deal_id: int, *, now: dt.datetime | None = None) -> DealRecord:
    """Move a deal to the Trash; restore_deal brings it back."""
    deal = _load(session, deal_id)
    deal.deleted_at = v.utc_moment("now", now) or _utcnow()
    session.flush()
    return get_deal(session, deal.id)


def restore_deal(session: Session, deal_id: int) -> DealRecord:
    deal = _load(session, deal_id, include_trash=True)
    deal.deleted_at = None
    session.flush()
    return get_deal(session, deal.id)


def history(session: Session, deal_id: int) -> list[Visit]:
    """Every stage the deal visited, oldest first."""
    rows = session.execute(
        select(StageChange.stage_id, Stage.name, StageChange.entered_at, StageChange.left_at)
        .join(Stage, Stage.id == StageChange.stage_id)
        .where(StageChange.deal_id == deal_id)
        .order_by(StageChange.entered_at, StageChange.id)
    )
    return [Visit(*row) for row in rows]


def deals_of_contact(session: Session, contact_id: int) -> list[DealRecord]:
    """A contact's deals (not in the Trash): open ones first, by expected close."""
    return _records(session, Deal.contact_id == contact_id)


def deals_of_company(session: Session, company_id: int) -> list[DealRecord]:
    return _records(session, Deal.company_id == company_id)


def _records(session: Session, where: Any) -> list[DealRecord]:
    """The deals ``where`` selects (not in the Trash), with the names they show, in one
    statement: a company with hundreds of deals opens as quickly as one with a few."""
    rows = session.execute(
        select(Deal, Stage.name, Stage.probability, Contact.display_name, Company.name,
               LostReason.name)
        .join(Stage, Stage.id == Deal.stage_id)
        .outerjoin(Contact, Contact.id == Deal.contact_id)
        .outerjoin(Company, Company.id == Deal.company_id)
        .outerjoin(LostReason, LostReason.id == Deal.lost_reason_id)
        .where(where, Deal.deleted_at.is_(None))
        .order_by((Deal.status != StageKind.OPEN.value), Deal.expected_close, Deal.id)
    )
    return [_record(deal, stage, chance, contact, company, reason)
            for deal, stage, chance, contact, company, reason in rows]


def open_deal_choices(session: Session, contact_id: int) -> list[tuple[int, str]]:
    """(id, title) of a contact's open deals: what a logged call or a task can be about."""
    rows = session.execute(
        select(Deal.id, Deal.title)
        .where(Deal.contact_id == contact_id, Deal.deleted_at.is_(None),
               Deal.status == StageKind.OPEN.value)
        .order_by(Deal.expected_close, Deal.id)
    )
    return [(i, t) for i, t in rows]


@dataclass(frozen=True)
class LinkedActivity:
    kind: str  # "interaction" or "task"
    id: int
    when: dt.datetime | dt.date | None
    text: str
    detail: str  # the channel of an interaction, the status of a task


def linked_activity(session: Session, deal_id: int) -> list[LinkedActivity]:
    """The interactions and tasks about a deal, newest first."""
    found = [
        LinkedActivity("interaction", i, when, subject or "", channel)
        for i, when, subject, channel in session.execute(
            select(Interaction.id, Interaction.occurred_at, Interaction.subject,
                   Interaction.channel)
            .where(Interaction.deal_id == deal_id, Interaction.deleted_at.is_(None))
        )
    ]
    found += [
        LinkedActivity("task", i, due, title, status)
        for i, due, title, status in session.execute(
            select(Task.id, Task.due_date, Task.title, Task.status).where(Task.deal_id == deal_id)
        )
    ]

    def key(item: LinkedActivity) -> dt.datetime:
        when = item.when
        if isinstance(when, dt.datetime):
            return when
        if isinstance(when, dt.date):
            return dt.datetime.combine(when, dt.time(), dt.UTC)
        return dt.datetime.min.replace(tzinfo=dt.UTC)

    return sorted(found, key=key, reverse=True)
