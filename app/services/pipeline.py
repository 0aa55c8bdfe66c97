"""Pipelines and their ordered stages, and the editable list of lost reasons.

Same rules as every service: the caller's Session, flush but no commit, frozen records
out, validation before anything changes. Stage names are the user's data; the default
"Sales" pipeline is created on first run with names the caller translates
(``ensure_default(session, translate)``), so a Russian user starts with Russian stages.

Removing a stage that holds deals moves them first (a recorded move, so their history
stays exact) and then hides the stage (``removed_at``): its past visits keep pointing
at it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Deal, LostReason, Pipeline, Stage, utcnow
from app.models.enums import StageKind

from . import validation as v
from .errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError

STAGE_LIMITS = v.column_limits(Stage)
PIPELINE_LIMITS = v.column_limits(Pipeline)

# The first-run pipeline: name, probability and kind of each stage.
DEFAULT_PIPELINE = QT_TRANSLATE_NOOP("Pipeline", "Sales")
DEFAULT_STAGES: tuple[tuple[str, int, StageKind], ...] = (
    (QT_TRANSLATE_NOOP("Pipeline", "Lead"), 10, StageKind.OPEN),
    (QT_TRANSLATE_NOOP("Pipeline", "Qualified"), 25, StageKind.OPEN),
    (QT_TRANSLATE_NOOP("Pipeline", "Proposal"), 50, StageKind.OPEN),
    (QT_TRANSLATE_NOOP("Pipeline", "Negotiation"), 75, StageKind.OPEN),
    (QT_TRANSLATE_NOOP("Pipeline", "Won"), 100, StageKind.WON),
    (QT_TRANSLATE_NOOP("Pipeline", "Lost"), 0, StageKind.LOST),
)
DEFAULT_LOST_REASONS = (
    QT_TRANSLATE_NOOP("Pipeline", "Price too high"),
    QT_TRANSLATE_NOOP("Pipeline", "Chose a competitor"),
    QT_TRANSLATE_NOOP("Pipeline", "No budget"),
    QT_TRANSLATE_NOOP("Pipeline", "No decision"),
    QT_TRANSLATE_NOOP("Pipeline", "Bad timing"),
    QT_TRANSLATE_NOOP("Pipeline", "Stopped answering"),
)

PIPELINE_NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "This pipeline no longer exists.")
STAGE_NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "This stage no longer exists.")
REASON_NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "This lost reason no longer exists.")
NAME_REQUIRED = QT_TRANSLATE_NOOP("Validation", "Type a name.")
NAME_TAKEN = QT_TRANSLATE_NOOP("Validation", "“{name}” is already taken. Choose another name.")
PROBABILITY_INVALID = QT_TRANSLATE_NOOP(
    "Validation", "“{value}” is not a probability. Use a whole percent from 0 to 100."
)
KIND_INVALID = QT_TRANSLATE_NOOP(
    "Validation", "“{value}” is not a kind of stage. Choose open, won or lost."
)
STAGE_HAS_DEALS = QT_TRANSLATE_NOOP(
    "Validation", "“{name}” holds {count} deals. Choose the stage to move them to first."
)
MOVE_TARGET_INVALID = QT_TRANSLATE_NOOP(
    "Validation", "The deals can only move to another stage of the same pipeline."
)
LAST_OPEN_STAGE = QT_TRANSLATE_NOOP(
    "Validation", "A pipeline needs at least one open stage, so “{name}” cannot go."
)


@dataclass(frozen=True)
class StageInfo:
    id: int
    pipeline_id: int
    name: str
    position: int
    probability: int
    kind: StageKind


@dataclass(frozen=True)
class PipelineInfo:
    id: int
    name: str
    #: The live stages, in board order.
    stages: tuple[StageInfo, ...]

    def stage(self, stage_id: int) -> StageInfo:
        for stage in self.stages:
            if stage.id == stage_id:
                return stage
        raise KeyError(stage_id)


@dataclass(frozen=True)
class Reason:
    id: int
    name: str


def _stage_info(stage: Stage) -> StageInfo:
    return StageInfo(stage.id, stage.pipeline_id, stage.name, stage.position,
                     stage.probability, StageKind(stage.kind))


def _live_stages(session: Session, pipeline_id: int) -> list[Stage]:
    return list(session.scalars(
        select(Stage)
        .where(Stage.pipeline_id == pipeline_id, Stage.removed_at.is_(None))
        .order_by(Stage.position, Stage.id)
    ))


def _info(session: Session, pipeline: Pipeline) -> PipelineInfo:
    stages = tuple(_stage_info(s) for s in _live_stages(session, pipeline.id))
    return PipelineInfo(pipeline.id, pipeline.name, stages)


def ensure_default(session: Session, translate: Callable[[str], str] = str) -> bool:
    """Create the "Sales" pipeline and the lost reasons when there are none (first run).

    ``translate`` turns each English default into the user's language. True when
    something was created.
    """
    created = False
    if session.scalar(select(func.count()).select_from(Pipeline)) == 0:
        _create(session, translate(DEFAULT_PIPELINE),
                [(translate(name), p, kind) for name, p, kind in DEFAULT_STAGES])
        created = True
    if session.scalar(select(func.count()).select_from(LostReason)) == 0:
        for position, name in enumerate(DEFAULT_LOST_REASONS):
            session.add(LostReason(name=translate(name), position=position))
        created = True
    session.flush()
    return created


def pipelines(session: Session) -> list[PipelineInfo]:
    """Every pipeline with its live stages, in the user's order."""
    rows = session.scalars(select(Pipeline).order_by(Pipeline.position, Pipeline.id))
    return [_info(session, p) for p in rows]


def get_pipeline(session: Session, pipeline_id: int) -> PipelineInfo:
    pipeline = session.get(Pipeline, pipeline_id)
    if pipeline is None:
        raise NotFoundError(PIPELINE_NOT_FOUND, id=pipeline_id)
    return _info(session, pipeline)


def load_stage(session: Session, stage_id: int) -> Stage:
    """A live stage (for the deals service); NotFoundError when gone or removed."""
    stage = session.get(Stage, stage_id)
    if stage is None or stage.removed_at is not None:
        raise NotFoundError(STAGE_NOT_FOUND, id=stage_id)
    return stage


def create_pipeline(
    session: Session, name: str, translate: Callable[[str], str] = str
) -> PipelineInfo:
    """A new pipeline, with the default stages to rename (a board needs stages)."""
    stages = [(translate(n), p, kind) for n, p, kind in DEFAULT_STAGES]
    return _info(session, _create(session, name, stages))


def _create(
    session: Session, name: str, stages: Sequence[tuple[str, int, StageKind]]
) -> Pipeline:
    text = _pipeline_name(session, name, None)
    position = (session.scalar(select(func.max(Pipeline.position))) or 0) + 1
    pipeline = Pipeline(name=text, position=position)
    session.add(pipeline)
    session.flush()
    for index, (stage_name, probability, kind) in enumerate(stages):
        session.add(Stage(pipeline_id=pipeline.id, name=stage_name, position=index,
                          probability=probability, kind=kind.value))
    session.flush()
    return pipeline


def rename_pipeline(session: Session, pipeline_id: int, name: str) -> PipelineInfo:
    pipeline = session.get(Pipeline, pipeline_id)
    if pipeline is None:
        raise NotFoundError(PIPELINE_NOT_FOUND, id=pipeline_id)
    pipeline.name = _pipeline_name(session, name, pipeline_id)
    session.flush()
    return _info(session, pipeline)


def _pipeline_name(session: Session, name: str, own_id: int | None) -> str:
    text = v.clean_text("name", name, limit=PIPELINE_LIMITS["name"])
    if text is None:
        raise ValidationError("name", NAME_REQUIRED)
    for other_id, other in session.execute(select(Pipeline.id, Pipeline.name)):
        if other_id != own_id and other.casefold() == text.casefold():
            raise ValidationError("name", NAME_TAKEN, name=text)
    return text


def _probability(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 100:
        raise ValidationError("probability", PROBABILITY_INVALID, value=str(value))
    return value


def check_probability(value: int | None) -> int | None:
    """A deal's own probability: None (the stage's) or a whole percent."""
    return None if value is None else _probability(value)


def _kind(value: object) -> StageKind:
    try:
        return StageKind(str(value))
    except ValueError:
        raise ValidationError("kind", KIND_INVALID, value=str(value)) from None


def _stage_name(session: Session, pipeline_id: int, name: str, own_id: int | None) -> str:
    text = v.clean_text("name", name, limit=STAGE_LIMITS["name"])
    if text is None:
        raise ValidationError("name", NAME_REQUIRED)
    for stage in _live_stages(session, pipeline_id):
        if stage.id != own_id and stage.name.casefold() == text.casefold():
            raise ValidationError("name", NAME_TAKEN, name=text)
    return text


def add_stage(
    session: Session,
    pipeline_id: int,
    name: str,
    *,
    probability: int = 0,
    kind: StageKind | str = StageKind.OPEN,
    position: int | None = None,
) -> StageInfo:
    """A new stage at ``position`` among the live stages (at the end of the open ones
    when None: before Won and Lost, where a new step of selling belongs)."""
    if session.get(Pipeline, pipeline_id) is None:
        raise NotFoundError(PIPELINE_NOT_FOUND, id=pipeline_id)
    text = _stage_name(session, pipeline_id, name, None)
    chance, stage_kind = _probability(probability), _kind(kind)
    stages = _live_stages(session, pipeline_id)
    if position is None:
        open_count = sum(1 for s in stages if s.kind == StageKind.OPEN)
        position = open_count if stage_kind is StageKind.OPEN else len(stages)
    stage = Stage(pipeline_id=pipeline_id, name=text, probability=chance, kind=stage_kind.value)
    session.add(stage)
    stages.insert(max(0, min(position, len(stages))), stage)
    _renumber(stages)
    session.flush()
    return _stage_info(stage)


def update_stage(
    session: Session,
    stage_id: int,
    *,
    name: str | None = None,
    probability: int | None = None,
    kind: StageKind | str | None = None,
) -> StageInfo:
    """Rename a stage, or change its probability or kind (None leaves a field be).

    Changing the kind does not move deals: their status follows on their next move.
    """
    stage = load_stage(session, stage_id)
    text = None if name is None else _stage_name(session, stage.pipeline_id, name, stage.id)
    chance = None if probability is None else _probability(probability)
    new_kind = None if kind is None else _kind(kind)
    if new_kind is not None and new_kind is not StageKind.OPEN and stage.kind == StageKind.OPEN:
        _keep_an_open_stage(session, stage)
    if text is not None:
        stage.name = text
    if chance is not None:
        stage.probability = chance
    if new_kind is not None:
        stage.kind = new_kind.value
    session.flush()
    return _stage_info(stage)


def move_stage(session: Session, stage_id: int, position: int) -> list[StageInfo]:
    """Put a stage at ``position`` of its pipeline's live stages; returns the new order."""
    stage = load_stage(session, stage_id)
    stages = [s for s in _live_stages(session, stage.pipeline_id) if s.id != stage.id]
    stages.insert(max(0, min(position, len(stages))), stage)
    _renumber(stages)
    session.flush()
    return [_stage_info(s) for s in stages]


def _renumber(stages: Sequence[Stage]) -> None:
    for index, stage in enumerate(stages):
        stage.position = index


def _keep_an_open_stage(session: Session, stage: Stage) -> None:
    others = [s for s in _live_stages(session, stage.pipeline_id)
              if s.id != stage.id and s.kind == StageKind.OPEN]
    if not others:
        raise ValidationError("kind", LAST_OPEN_STAGE, name=stage.name)


def deals_in_stage(session: Session, stage_id: int) -> int:
    """How many deals (not in the Trash) sit in a stage now."""
    return session.scalar(
        select(func.count()).select_from(Deal)
        .where(Deal.stage_id == stage_id, Deal.deleted_at.is_(None))
    ) or 0


def remove_stage(
    session: Session,
    stage_id: int,
    *,
    move_to: int | None = None,
    now: dt.datetime | None = None,
    today: dt.date | None = None,
) -> int:
    """Hide a stage; its deals (even those in the Trash) move to ``move_to`` first, as
    recorded moves. Without ``move_to``, a stage holding deals is refused. Returns how
    many deals moved."""
    from . import deals  # deals imports this module

    stage = load_stage(session, stage_id)
    if stage.kind == StageKind.OPEN:
        _keep_an_open_stage(session, stage)
    ids = list(session.scalars(select(Deal.id).where(Deal.stage_id == stage.id)))
    if ids:
        live = deals_in_stage(session, stage.id)
        if move_to is None:
            raise ValidationError("move_to", STAGE_HAS_DEALS, name=stage.name, count=live)
        target = load_stage(session, move_to)
        if target.pipeline_id != stage.pipeline_id or target.id == stage.id:
            raise ValidationError("move_to", MOVE_TARGET_INVALID)
        for deal_id in ids:
            deals.move_deal(session, deal_id, target.id, now=now, today=today,
                            include_trash=True)
    stage.removed_at = v.utc_moment("now", now) or utcnow()
    _renumber([s for s in _live_stages(session, stage.pipeline_id) if s.id != stage.id])
    session.flush()
    return len(ids)


# Lost reasons ---------------------------------------------------------------------------
def lost_reasons(session: Session) -> list[Reason]:
    rows = session.execute(
        select(LostReason.id, LostReason.name)
        .where(LostReason.removed_at.is_(None))
        .order_by(LostReason.position, LostReason.id)
    )
    return [Reason(i, n) for i, n in rows]


def add_lost_reason(session: Session, name: str) -> Reason:
    text = _reason_name(session, name, None)
    position = (session.scalar(select(func.max(LostReason.position))) or 0) + 1
    reason = LostReason(name=text, position=position)
    session.add(reason)
    session.flush()
    return Reason(reason.id, reason.name)


def rename_lost_reason(session: Session, reason_id: int, name: str) -> Reason:
    reason = _load_reason(session, reason_id)
    reason.name = _reason_name(session, name, reason.id)
    session.flush()
    return Reason(reason.id, reason.name)


def remove_lost_reason(session: Session, reason_id: int) -> None:
    """Hide a reason from the list; deals lost for it keep it."""
    _load_reason(session, reason_id).removed_at = utcnow()
    session.flush()


def _load_reason(session: Session, reason_id: int) -> LostReason:
    reason = session.get(LostReason, reason_id)
    if reason is None or reason.removed_at is not None:
        raise NotFoundError(REASON_NOT_FOUND, id=reason_id)
    return reason


def _reason_name(session: Session, name: str, own_id: int | None) -> str:
    text = v.clean_text("name", name, limit=v.column_limits(LostReason)["name"])
    if text is None:
        raise ValidationError("name", NAME_REQUIRED)
    for reason in lost_reasons(session):
        if reason.id != own_id and reason.name.casefold() == text.casefold():
            raise ValidationError("name", NAME_TAKEN, name=text)
    return text
