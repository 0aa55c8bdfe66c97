"""What each import did, so that it can be listed and undone as a whole.

An ImportBatch is one file brought in: its name, kind, time and counts. Each record
it created or changed has an ImportChange row; a changed record keeps its state from
before the import (a JSON snapshot), so undoing the batch removes what it created and
puts back what it changed. The change rows point at records by kind and id rather
than by foreign key: one table serves contacts, companies, interactions and tasks.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime
from .people import NAME_LEN


class ImportBatch(Base):
    __tablename__ = "import_batches"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    #: "contacts", "companies", "interactions" or "tasks".
    kind: Mapped[str] = mapped_column(String(16))
    #: The file's name as the user chose it (shown in the history; not opened again).
    file_name: Mapped[str] = mapped_column(String(NAME_LEN))
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    finished_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    created: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[int] = mapped_column(Integer, default=0)
    #: When the whole batch was undone; an undone batch cannot be undone again.
    undone_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    #: The mapping and choices used, as JSON, so the history can say how it was read.
    options: Mapped[str | None] = mapped_column(Text)


class ImportChange(Base):
    __tablename__ = "import_changes"
    __table_args__ = (Index("ix_import_changes_batch_id", "batch_id", "entity", "action"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batches.id", ondelete="CASCADE"))
    #: "contact", "company", "interaction" or "task".
    entity: Mapped[str] = mapped_column(String(16))
    entity_id: Mapped[int] = mapped_column(Integer)
    #: "created" or "updated".
    action: Mapped[str] = mapped_column(String(8))
    #: For "updated": the record before the import, as JSON.
    before: Mapped[str | None] = mapped_column(Text)
