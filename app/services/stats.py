"""Counts per table, for `rapport stats` and the status bar."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Base

#: Tables in the order people think of them; any other table follows alphabetically.
_PREFERRED_ORDER = ("companies", "contacts", "tags", "interactions", "tasks")


def table_counts(session: Session) -> dict[str, int]:
    """Rows per table of the model (soft-deleted rows included), in a stable order."""
    tables = Base.metadata.tables
    names = [n for n in _PREFERRED_ORDER if n in tables]
    names += sorted(n for n in tables if n not in _PREFERRED_ORDER)
    return {
        name: session.execute(select(func.count()).select_from(tables[name])).scalar_one()
        for name in names
    }


def active_contact_count(session: Session) -> int:
    """Contacts not in the Trash: all rows (counted on the smallest index) minus the
    Trash (a partial index of its own), which is quicker than looking at every row."""
    contacts = Base.metadata.tables["contacts"]
    everyone = select(func.count()).select_from(contacts)
    trashed = select(func.count()).select_from(contacts).where(
        contacts.c.deleted_at.is_not(None))
    return int(session.execute(everyone).scalar_one() - session.execute(trashed).scalar_one())
