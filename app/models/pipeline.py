"""The sales pipeline: pipelines of ordered stages, deals, and every stage visit.

A StageChange row is one visit of a deal to a stage: when it entered and when it left
(NULL while it is still there). The rows of a deal are its exact history, so the
analytics (conversion from stage to stage, days in each stage) are read from them
rather than estimated. A removed stage keeps its row (``removed_at``), so the history
that passed through it stays whole.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
    Date,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, SoftDelete, Timestamps, UTCDateTime
from .people import NAME_LEN, SHORT_LEN, Company, Contact

TITLE_LEN = 300


class Pipeline(Timestamps, Base):
    __tablename__ = "pipelines"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(NAME_LEN))
    position: Mapped[int] = mapped_column(Integer, default=0)


class Stage(Base):
    __tablename__ = "stages"
    __table_args__ = (Index("ix_stages_pipeline_id_position", "pipeline_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    pipeline_id: Mapped[int] = mapped_column(ForeignKey("pipelines.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(SHORT_LEN))
    position: Mapped[int] = mapped_column(Integer, default=0)
    #: Chance of winning a deal in this stage, in whole percent (0-100).
    probability: Mapped[int] = mapped_column(SmallInteger, default=0)
    #: "open", "won" or "lost" (app.models.enums.StageKind).
    kind: Mapped[str] = mapped_column(String(8), default="open")
    removed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())


class LostReason(Base):
    """An entry of the editable list of reasons a deal was lost."""

    __tablename__ = "lost_reasons"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(SHORT_LEN))
    position: Mapped[int] = mapped_column(Integer, default=0)
    removed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())


class Deal(Timestamps, SoftDelete, Base):
    __tablename__ = "deals"
    __table_args__ = (
        # The board: a pipeline's open deals, and its recently closed ones.
        Index("ix_deals_pipeline_id_status_closed_on", "pipeline_id", "status", "closed_on"),
        # The analytics (won by month, sources, currencies) read this index alone, in
        # its order: the columns after ``source`` are there to be read, not searched.
        Index("ix_deals_pipeline_id_status_currency_source", "pipeline_id", "status",
              "currency", "source", "closed_on", "value_minor", "deleted_at"),
        # Only the deals in the Trash (as ix_contacts_trash): the analytics take their
        # visits off the figures of all visits.
        Index("ix_deals_trash", "deleted_at", sqlite_where=text("deleted_at IS NOT NULL"),
              postgresql_where=text("deleted_at IS NOT NULL")),
        # A stage's deals: the two columns a move reloads, and a stage's count.
        Index("ix_deals_stage_id_status", "stage_id", "status"),
        Index("ix_deals_contact_id", "contact_id"),
        Index("ix_deals_company_id", "company_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    pipeline_id: Mapped[int] = mapped_column(ForeignKey("pipelines.id"))
    stage_id: Mapped[int] = mapped_column(ForeignKey("stages.id"))
    title: Mapped[str] = mapped_column(String(TITLE_LEN))
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL")
    )
    company_id: Mapped[int | None] = mapped_column(
        ForeignKey("companies.id", ondelete="SET NULL")
    )
    #: The value in minor units of ``currency`` (cents for USD, tiyin for UZS).
    value_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    currency: Mapped[str] = mapped_column(String(3))
    expected_close: Mapped[dt.date | None] = mapped_column(Date)
    owner: Mapped[str | None] = mapped_column(String(SHORT_LEN))
    source: Mapped[str | None] = mapped_column(String(SHORT_LEN))
    #: Whole percent when the user overrides the stage's probability, else NULL.
    probability: Mapped[int | None] = mapped_column(SmallInteger)
    #: "open", "won" or "lost": the kind of the stage the deal is in.
    status: Mapped[str] = mapped_column(String(8), default="open")
    lost_reason_id: Mapped[int | None] = mapped_column(
        ForeignKey("lost_reasons.id", ondelete="SET NULL")
    )
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)

    stage: Mapped[Stage] = relationship()
    contact: Mapped[Contact | None] = relationship()
    company: Mapped[Company | None] = relationship()


class StageChange(Base):
    """One visit of a deal to a stage."""

    __tablename__ = "stage_changes"
    __table_args__ = (
        # A deal's history in order; with stage_id, the funnel reads it alone.
        Index("ix_stage_changes_deal_id_entered_at_stage_id", "deal_id", "entered_at",
              "stage_id"),
        # Days in each stage read this one alone.
        Index("ix_stage_changes_stage_id_seconds", "stage_id", "seconds"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    deal_id: Mapped[int] = mapped_column(ForeignKey("deals.id", ondelete="CASCADE"))
    stage_id: Mapped[int] = mapped_column(ForeignKey("stages.id"))
    entered_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    left_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    #: How long the finished visit lasted, in whole seconds (left_at - entered_at, set
    #: when it ends): the days-in-stage figures sum it instead of parsing two times
    #: per visit.
    seconds: Mapped[int | None] = mapped_column(Integer)
