"""The sales pipeline: pipelines, stages, lost reasons, deals and stage visits; deal links
on interactions and tasks.

Revision ID: 0005_pipeline
Revises: 0004_import_batches
Create Date: 2026-11-25

The deal_id columns of interactions and tasks are added in place (SQLite's ALTER TABLE
ADD COLUMN takes a REFERENCES clause when the default is NULL), not by batch mode:
rebuilding a table of ten million interactions would make the upgrade take minutes.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.models.base import UTCDateTime

revision: str = "0005_pipeline"
down_revision: str | Sequence[str] | None = "0004_import_batches"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_LINKED = ("interactions", "tasks")


def upgrade() -> None:
    op.create_table(
        "pipelines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pipelines")),
    )
    op.create_table(
        "stages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pipeline_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("probability", sa.SmallInteger(), nullable=False),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("removed_at", UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(["pipeline_id"], ["pipelines.id"],
                                name=op.f("fk_stages_pipeline_id_pipelines"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stages")),
    )
    op.create_index("ix_stages_pipeline_id_position", "stages", ["pipeline_id", "position"])
    op.create_table(
        "lost_reasons",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("removed_at", UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lost_reasons")),
    )
    op.create_table(
        "deals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pipeline_id", sa.Integer(), nullable=False),
        sa.Column("stage_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("company_id", sa.Integer(), nullable=True),
        sa.Column("value_minor", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("expected_close", sa.Date(), nullable=True),
        sa.Column("owner", sa.String(100), nullable=True),
        sa.Column("source", sa.String(100), nullable=True),
        sa.Column("probability", sa.SmallInteger(), nullable=True),
        sa.Column("status", sa.String(8), nullable=False),
        sa.Column("lost_reason_id", sa.Integer(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("deleted_at", UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(["pipeline_id"], ["pipelines.id"],
                                name=op.f("fk_deals_pipeline_id_pipelines")),
        sa.ForeignKeyConstraint(["stage_id"], ["stages.id"], name=op.f("fk_deals_stage_id_stages")),
        sa.ForeignKeyConstraint(["contact_id"], ["contacts.id"],
                                name=op.f("fk_deals_contact_id_contacts"), ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["company_id"], ["companies.id"],
                                name=op.f("fk_deals_company_id_companies"), ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["lost_reason_id"], ["lost_reasons.id"],
                                name=op.f("fk_deals_lost_reason_id_lost_reasons"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deals")),
    )
    op.create_index("ix_deals_pipeline_id_status_closed_on", "deals",
                    ["pipeline_id", "status", "closed_on"])
    op.create_index("ix_deals_pipeline_id_status_currency_source", "deals",
                    ["pipeline_id", "status", "currency", "source", "closed_on", "value_minor",
                     "deleted_at"])
    op.create_index("ix_deals_trash", "deals", ["deleted_at"],
                    sqlite_where=sa.text("deleted_at IS NOT NULL"),
                    postgresql_where=sa.text("deleted_at IS NOT NULL"))
    op.create_index("ix_deals_stage_id_status", "deals", ["stage_id", "status"])
    op.create_index("ix_deals_contact_id", "deals", ["contact_id"])
    op.create_index("ix_deals_company_id", "deals", ["company_id"])
    op.create_table(
        "stage_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("deal_id", sa.Integer(), nullable=False),
        sa.Column("stage_id", sa.Integer(), nullable=False),
        sa.Column("entered_at", UTCDateTime(), nullable=False),
        sa.Column("left_at", UTCDateTime(), nullable=True),
        sa.Column("seconds", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["deal_id"], ["deals.id"],
                                name=op.f("fk_stage_changes_deal_id_deals"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["stage_id"], ["stages.id"],
                                name=op.f("fk_stage_changes_stage_id_stages")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stage_changes")),
    )
    op.create_index("ix_stage_changes_deal_id_entered_at_stage_id", "stage_changes",
                    ["deal_id", "entered_at", "stage_id"])
    op.create_index("ix_stage_changes_stage_id_seconds", "stage_changes",
                    ["stage_id", "seconds"])

    sqlite = op.get_bind().dialect.name == "sqlite"
    for table in _LINKED:
        if sqlite:
            op.execute(f"ALTER TABLE {table} ADD COLUMN deal_id INTEGER "
                       f"CONSTRAINT fk_{table}_deal_id_deals "
                       "REFERENCES deals (id) ON DELETE SET NULL")
        else:
            op.add_column(table, sa.Column("deal_id", sa.Integer(), nullable=True))
            op.create_foreign_key(op.f(f"fk_{table}_deal_id_deals"), table, "deals",
                                  ["deal_id"], ["id"], ondelete="SET NULL")
        op.create_index(f"ix_{table}_deal_id", table, ["deal_id"])


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table in _LINKED:
        op.drop_index(f"ix_{table}_deal_id", table)
        if sqlite:  # SQLite cannot drop a column that has a foreign key in place
            with op.batch_alter_table(table) as batch:
                batch.drop_column("deal_id")
        else:
            op.drop_constraint(op.f(f"fk_{table}_deal_id_deals"), table, type_="foreignkey")
            op.drop_column(table, "deal_id")
    op.drop_table("stage_changes")
    op.drop_table("deals")
    op.drop_table("lost_reasons")
    op.drop_table("stages")
    op.drop_table("pipelines")
