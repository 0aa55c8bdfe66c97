"""The import history: what each import did, and undoing one as a whole.

Undo puts back every contact and company the import changed (from the snapshot taken
before the change) and then removes every record it created: its interactions (the
contacts they belonged to get back their last contact, from the interactions left),
tasks and purchases (with the points they earned: import_purchases.remove_purchases),
and its contacts with what hangs on them (extra emails and phones, tag
links, and interactions or tasks added since, by ON DELETE CASCADE). Companies it
created go too, unless a contact belongs to one by now. The search index forgets the
removed contacts in one statement rather than row by row through its trigger (see
import_apply). A batch is undone once; its record stays in the history, marked undone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import delete, exists, select, text
from sqlalchemy.orm import Session

from app.models import Company, Contact, ImportBatch, ImportChange, Interaction, Task, utcnow

from ..errors import QT_TRANSLATE_NOOP, NotFoundError, ServiceError
from ..snapshots import restore_snapshot
from .import_purchases_points import remove_purchases
from .import_records_activity import update_last_contacted
from .import_records_companies import restore_company
from .import_snapshots import snapshot_from_json

BATCH_NOT_FOUND = QT_TRANSLATE_NOOP("Import", "There is no import number {id}.")
ALREADY_UNDONE = QT_TRANSLATE_NOOP("Import", "Import {id} was already undone on {when}.")


@dataclass(frozen=True)
class BatchRecord:
    id: int
    kind: str
    file_name: str
    started_at: dt.datetime
    finished_at: dt.datetime | None
    created: int
    updated: int
    skipped: int
    rejected: int
    undone_at: dt.datetime | None


@dataclass(frozen=True)
class UndoResult:
    """How many records an undo removed and put back. ``removed`` and ``restored``
    count contacts; the other kinds have counts of their own."""

    removed: int
    restored: int
    companies_removed: int
    companies_restored: int = 0
    interactions_removed: int = 0
    tasks_removed: int = 0
    purchases_removed: int = 0


def list_batches(session: Session, limit: int = 200) -> list[BatchRecord]:
    """The newest imports first."""
    rows = session.scalars(select(ImportBatch).order_by(ImportBatch.id.desc()).limit(limit))
    return [_record(b) for b in rows]


def get_batch(session: Session, batch_id: int) -> BatchRecord:
    batch = session.get(ImportBatch, batch_id)
    if batch is None:
        raise NotFoundError(BATCH_NOT_FOUND, id=batch_id)
    return _record(batch)


def undo_batch(session: Session, batch_id: int) -> UndoResult:
    """Undo a whole import (not committed: the caller's unit of work commits)."""
    batch = session.get(ImportBatch, batch_id)
    if batch is None:
        raise NotFoundError(BATCH_NOT_FOUND, id=batch_id)
    if batch.undone_at is not None:
        raise ServiceError(ALREADY_UNDONE, id=batch_id,
                           when=batch.undone_at.strftime("%Y-%m-%d %H:%M UTC"))
    changes = ImportChange.batch_id == batch_id
    restored = 0
    befores = session.scalars(
        select(ImportChange.before).where(changes, ImportChange.entity == "contact",
                                          ImportChange.action == "updated")
        .order_by(ImportChange.id.desc()))
    for before in list(befores):
        snapshot = snapshot_from_json(before or "{}")
        if session.get(Contact, snapshot.contact_id) is not None:
            restore_snapshot(session, snapshot)
            restored += 1
    companies_restored = 0
    befores = session.scalars(
        select(ImportChange.before).where(changes, ImportChange.entity == "company",
                                          ImportChange.action == "updated")
        .order_by(ImportChange.id.desc()))
    for before in list(befores):
        companies_restored += restore_company(session, before or "{}")
    session.flush()
    interactions = _remove_interactions(session, batch_id)
    made_tasks = (select(ImportChange.entity_id)
                  .where(changes, ImportChange.entity == "task", ImportChange.action == "created"))
    tasks = session.execute(
        delete(Task).where(Task.id.in_(made_tasks))).rowcount or 0  # type: ignore[attr-defined]
    purchases = remove_purchases(session, batch_id)
    created = (select(ImportChange.entity_id)
               .where(changes, ImportChange.entity == "contact", ImportChange.action == "created"))
    with _search_index_forgets_in_bulk(session, batch_id):
        removed = session.execute(
            delete(Contact).where(Contact.id.in_(created))).rowcount or 0  # type: ignore[attr-defined]
    made = (select(ImportChange.entity_id)
            .where(changes, ImportChange.entity == "company", ImportChange.action == "created"))
    unused = ~exists().where(Contact.company_id == Company.id)
    companies = session.execute(
        delete(Company).where(Company.id.in_(made), unused)).rowcount or 0  # type: ignore[attr-defined]
    batch.undone_at = utcnow()
    session.flush()
    session.expire_all()
    return UndoResult(removed=removed, restored=restored, companies_removed=companies,
                      companies_restored=companies_restored,
                      interactions_removed=interactions, tasks_removed=tasks,
                      purchases_removed=purchases)


def _remove_interactions(session: Session, batch_id: int) -> int:
    """Delete the interactions a batch created; first give their contacts back their
    last contact from the interactions that stay (None when none stays)."""
    made = select(ImportChange.entity_id).where(
        ImportChange.batch_id == batch_id, ImportChange.entity == "interaction",
        ImportChange.action == "created")
    touched = select(Interaction.contact_id).where(Interaction.id.in_(made))
    update_last_contacted(session, touched, only_later=False, excluding=made)
    result = session.execute(delete(Interaction).where(Interaction.id.in_(made)),
                             execution_options={"synchronize_session": False})
    return result.rowcount or 0  # type: ignore[attr-defined]


@contextmanager
def _search_index_forgets_in_bulk(session: Session, batch_id: int) -> Iterator[None]:
    """Take the contacts a batch created out of the search index in one statement,
    with the row-by-row delete trigger off for the DELETE that follows."""
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    conn = session.connection()
    found = conn.execute(text("SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                              "AND name = 'contacts_fts_delete'")).scalar()
    if found is None:
        yield
        return
    conn.execute(text(
        "INSERT INTO contacts_fts(contacts_fts, rowid, search_text) "
        "SELECT 'delete', id, search_text FROM contacts WHERE id IN "
        "(SELECT entity_id FROM import_changes WHERE batch_id = :batch "
        "AND entity = 'contact' AND action = 'created') AND search_text IS NOT NULL"),
        {"batch": batch_id})
    conn.execute(text("DROP TRIGGER contacts_fts_delete"))
    yield  # an error rolls back the DROP with everything else
    conn.execute(text(found))


def _record(b: ImportBatch) -> BatchRecord:
    return BatchRecord(id=b.id, kind=b.kind, file_name=b.file_name, started_at=b.started_at,
                       finished_at=b.finished_at, created=b.created, updated=b.updated,
                       skipped=b.skipped, rejected=b.rejected, undone_at=b.undone_at)
