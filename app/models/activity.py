"""What happens with a contact: interactions on every channel, and follow-up tasks."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Index, Integer, SmallInteger, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, SoftDelete, Timestamps, UTCDateTime
from .people import SHORT_LEN, Contact

SUBJECT_LEN = 300


class Task(Timestamps, SoftDelete, Base):
    """A follow-up. ``due_date`` is the day in the user's calendar; ``due_at`` the exact
    moment when a time was given (its local date is ``due_date``)."""

    __tablename__ = "tasks"
    __table_args__ = (
        Index("ix_tasks_status_due_date", "status", "due_date"),
        Index("ix_tasks_contact_id", "contact_id"),
        Index("ix_tasks_deal_id", "deal_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(SUBJECT_LEN))
    notes: Mapped[str | None] = mapped_column(Text)
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    due_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    remind_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    priority: Mapped[int] = mapped_column(SmallInteger, default=1)
    status: Mapped[str] = mapped_column(String(12), default="open")
    completed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    owner: Mapped[str | None] = mapped_column(String(SHORT_LEN))
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE")
    )

    #: The deal this follow-up is about (the deal's page and the contact's list it).
    deal_id: Mapped[int | None] = mapped_column(ForeignKey("deals.id", ondelete="SET NULL"))

    contact: Mapped[Contact | None] = relationship()


class Interaction(Timestamps, SoftDelete, Base):
    """One touch with a contact on one channel: a call, an email, a visit..."""

    __tablename__ = "interactions"
    __table_args__ = (
        Index("ix_interactions_contact_id_occurred_at", "contact_id", "occurred_at"),
        # Deleting a task clears task_id on its interactions (ON DELETE SET NULL): an
        # index, so that does not scan ten million interactions.
        Index("ix_interactions_task_id", "task_id"),
        Index("ix_interactions_deal_id", "deal_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    channel: Mapped[str] = mapped_column(String(16))
    direction: Mapped[str | None] = mapped_column(String(12))
    occurred_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    subject: Mapped[str | None] = mapped_column(String(SUBJECT_LEN))
    body: Mapped[str | None] = mapped_column(Text)
    outcome: Mapped[str | None] = mapped_column(String(SHORT_LEN))
    #: The follow-up this interaction created, or the task it completed.
    task_id: Mapped[int | None] = mapped_column(ForeignKey("tasks.id", ondelete="SET NULL"))
    #: The deal this touch was about.
    deal_id: Mapped[int | None] = mapped_column(ForeignKey("deals.id", ondelete="SET NULL"))

    contact: Mapped[Contact] = relationship()
    task: Mapped[Task | None] = relationship()
