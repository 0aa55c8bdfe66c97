"""Contact search and the contact list's sort orders.

Adds contacts.search_text (the folded document search matches) and
contacts.last_contacted_at (newest interaction), indexes for every sortable column of
the contact list, the Trash, and interactions by task, and, on SQLite, an FTS5 trigram index over search_text kept in sync
by triggers. Existing rows are filled in: search_text from each contact's names,
emails, phones, company, title, city and notes; last_contacted_at from interactions.

Revision ID: 0002_contact_search
Revises: 0001_baseline
Create Date: 2026-11-25
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.models.base import UTCDateTime

revision: str = "0002_contact_search"
down_revision: str | Sequence[str] | None = "0001_baseline"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_INDEXES = {
    "ix_contacts_last_contacted_at": "last_contacted_at",
    "ix_contacts_lifecycle_stage": "lifecycle_stage",
    "ix_contacts_owner": "owner",
    "ix_contacts_source": "source",
    "ix_contacts_city": "city",
}

# The FTS table holds no copy of the text (content= points at contacts), so the
# triggers hand it the old value to forget and the new one to learn.
FTS_DDL = (
    "CREATE VIRTUAL TABLE contacts_fts USING fts5("
    "search_text, content='contacts', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER contacts_fts_insert AFTER INSERT ON contacts "
    "WHEN new.search_text IS NOT NULL BEGIN "
    "INSERT INTO contacts_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER contacts_fts_delete AFTER DELETE ON contacts "
    "WHEN old.search_text IS NOT NULL BEGIN "
    "INSERT INTO contacts_fts(contacts_fts, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER contacts_fts_update AFTER UPDATE OF search_text ON contacts BEGIN "
    "INSERT INTO contacts_fts(contacts_fts, rowid, search_text) "
    "SELECT 'delete', old.id, old.search_text WHERE old.search_text IS NOT NULL; "
    "INSERT INTO contacts_fts(rowid, search_text) "
    "SELECT new.id, new.search_text WHERE new.search_text IS NOT NULL; END",
)


def upgrade() -> None:
    with op.batch_alter_table("contacts") as batch:
        batch.add_column(sa.Column("last_contacted_at", UTCDateTime(), nullable=True))
        batch.add_column(sa.Column("search_text", sa.Text(), nullable=True))
    for name, column in _INDEXES.items():
        op.create_index(name, "contacts", [column])
    op.create_index("ix_interactions_task_id", "interactions", ["task_id"])
    # The Trash only: the live count is all rows minus these (see models.people).
    op.create_index("ix_contacts_trash", "contacts", ["deleted_at"],
                    sqlite_where=sa.text("deleted_at IS NOT NULL"),
                    postgresql_where=sa.text("deleted_at IS NOT NULL"))

    bind = op.get_bind()
    bind.execute(sa.text(
        "UPDATE contacts SET last_contacted_at = "
        "(SELECT max(i.occurred_at) FROM interactions i WHERE i.contact_id = contacts.id)"
    ))
    _fill_search_text(bind)
    if bind.dialect.name == "sqlite":
        for statement in FTS_DDL:
            bind.execute(sa.text(statement))
        bind.execute(sa.text("INSERT INTO contacts_fts(contacts_fts) VALUES ('rebuild')"))


def _fill_search_text(bind: sa.Connection, batch: int = 20_000) -> None:
    from app.services.search_text import contact_document

    rows = bind.execute(sa.text(
        "SELECT c.id, c.display_name, c.first_name, c.last_name, c.email, c.phone_e164, "
        "c.phone, co.name, c.title, c.city, c.notes "
        "FROM contacts c LEFT JOIN companies co ON co.id = c.company_id ORDER BY c.id"
    )).fetchall()
    extra_emails: dict[int, list[str]] = {}
    for contact_id, address in bind.execute(sa.text(
        "SELECT contact_id, address FROM contact_emails ORDER BY contact_id, position"
    )):
        extra_emails.setdefault(contact_id, []).append(address)
    extra_phones: dict[int, list[tuple[str | None, str | None]]] = {}
    for contact_id, e164, raw in bind.execute(sa.text(
        "SELECT contact_id, e164, raw FROM contact_phones ORDER BY contact_id, position"
    )):
        extra_phones.setdefault(contact_id, []).append((e164, raw))
    update = sa.text("UPDATE contacts SET search_text = :doc WHERE id = :id")
    pending: list[dict[str, object]] = []
    for (cid, display, first, last, email, e164, phone, company, title, city, notes) in rows:
        doc = contact_document(
            display_name=display, first_name=first, last_name=last,
            emails=[email, *extra_emails.get(cid, [])],
            phones=[(e164, phone), *extra_phones.get(cid, [])],
            company=company, notes=notes,
        )
        pending.append({"doc": doc, "id": cid})
        if len(pending) >= batch:
            bind.execute(update, pending)
            pending.clear()
    if pending:
        bind.execute(update, pending)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for trigger in ("contacts_fts_insert", "contacts_fts_delete", "contacts_fts_update"):
            bind.execute(sa.text(f"DROP TRIGGER IF EXISTS {trigger}"))
        bind.execute(sa.text("DROP TABLE IF EXISTS contacts_fts"))
    op.drop_index("ix_contacts_trash", "contacts")
    op.drop_index("ix_interactions_task_id", "interactions")
    for name in _INDEXES:
        op.drop_index(name, "contacts")
    with op.batch_alter_table("contacts") as batch:
        batch.drop_column("search_text")
        batch.drop_column("last_contacted_at")
