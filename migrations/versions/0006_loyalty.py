"""Purchases and their lines, the loyalty programme, its members and tiers, the points
ledger, each customer's stored lifecycle/RFM/tier status, the history of their changes,
and the stored section figures.

Revision ID: 0006_loyalty
Revises: 0005_pipeline
Create Date: 2026-11-25
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.models.base import UTCDateTime

revision: str = "0006_loyalty"
down_revision: str | Sequence[str] | None = "0005_pipeline"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _fk(table: str, column: str, target: str, ondelete: str | None = None):  # type: ignore[no-untyped-def]
    return sa.ForeignKeyConstraint([column], [f"{target}.id"],
                                   name=op.f(f"fk_{table}_{column}_{target}"), ondelete=ondelete)


def upgrade() -> None:
    op.create_table(
        "purchases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("purchased_on", sa.Date(), nullable=False),
        sa.Column("channel", sa.String(12), nullable=False),
        sa.Column("total_minor", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("deleted_at", UTCDateTime(), nullable=True),
        _fk("purchases", "contact_id", "contacts", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_purchases")),
    )
    op.create_index("ix_purchases_contact_id_purchased_on", "purchases",
                    ["contact_id", "purchased_on", "currency", "total_minor", "deleted_at"])
    op.create_index("ix_purchases_purchased_on", "purchases",
                    ["purchased_on", "currency", "total_minor", "deleted_at"])
    op.create_table(
        "purchase_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("purchase_id", sa.Integer(), nullable=False),
        sa.Column("product", sa.String(200), nullable=False),
        sa.Column("sku", sa.String(64), nullable=True),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("unit_price_minor", sa.BigInteger(), nullable=False),
        _fk("purchase_lines", "purchase_id", "purchases", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_purchase_lines")),
    )
    op.create_index("ix_purchase_lines_purchase_id", "purchase_lines", ["purchase_id"])
    op.create_table(
        "loyalty_programs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("points_per_unit", sa.Integer(), nullable=False),
        sa.Column("tier_basis", sa.String(8), nullable=False),
        sa.Column("expiry_months", sa.Integer(), nullable=True),
        sa.Column("new_days", sa.Integer(), nullable=False),
        sa.Column("lapsed_days", sa.Integer(), nullable=False),
        sa.Column("expanding_margin_pct", sa.Integer(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_loyalty_programs")),
    )
    op.create_table(
        "loyalty_members",
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("joined_on", sa.Date(), nullable=False),
        _fk("loyalty_members", "contact_id", "contacts", "CASCADE"),
        sa.PrimaryKeyConstraint("contact_id", name=op.f("pk_loyalty_members")),
    )
    op.create_table(
        "tiers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("program_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("threshold", sa.BigInteger(), nullable=False),
        sa.Column("discount_pct", sa.SmallInteger(), nullable=False),
        sa.Column("benefits", sa.Text(), nullable=True),
        _fk("tiers", "program_id", "loyalty_programs", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tiers")),
    )
    op.create_index("ix_tiers_program_id_position", "tiers", ["program_id", "position"])
    op.create_table(
        "points_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("occurred_at", UTCDateTime(), nullable=False),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.Column("purchase_id", sa.Integer(), nullable=True),
        sa.Column("reverses_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("cost_minor", sa.BigInteger(), nullable=True),
        _fk("points_entries", "contact_id", "contacts", "CASCADE"),
        _fk("points_entries", "purchase_id", "purchases", "SET NULL"),
        sa.ForeignKeyConstraint(["reverses_id"], ["points_entries.id"],
                                name=op.f("fk_points_entries_reverses_id_points_entries"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_points_entries")),
    )
    op.create_index("ix_points_entries_contact_id_occurred_at", "points_entries",
                    ["contact_id", "occurred_at", "kind", "points"])
    op.create_index("ix_points_entries_purchase_id", "points_entries", ["purchase_id"])
    op.create_table(
        "customer_status",
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("lifecycle", sa.String(12), nullable=False),
        sa.Column("lifecycle_since", sa.Date(), nullable=True),
        sa.Column("recency", sa.SmallInteger(), nullable=True),
        sa.Column("frequency", sa.SmallInteger(), nullable=True),
        sa.Column("monetary", sa.SmallInteger(), nullable=True),
        sa.Column("segment", sa.String(20), nullable=True),
        sa.Column("tier_id", sa.Integer(), nullable=True),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.Column("orders", sa.Integer(), nullable=False),
        sa.Column("spend_12m", sa.BigInteger(), nullable=False),
        sa.Column("spend_prev_12m", sa.BigInteger(), nullable=False),
        sa.Column("spend_total", sa.BigInteger(), nullable=False),
        sa.Column("first_purchase", sa.Date(), nullable=True),
        sa.Column("last_purchase", sa.Date(), nullable=True),
        sa.Column("computed_on", sa.Date(), nullable=False),
        _fk("customer_status", "contact_id", "contacts", "CASCADE"),
        _fk("customer_status", "tier_id", "tiers", "SET NULL"),
        sa.PrimaryKeyConstraint("contact_id", name=op.f("pk_customer_status")),
    )
    op.create_index("ix_customer_status_lifecycle", "customer_status", ["lifecycle"])
    op.create_index("ix_customer_status_segment", "customer_status", ["segment"])
    op.create_index("ix_customer_status_tier_id", "customer_status", ["tier_id"])
    op.create_table(
        "lifecycle_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("previous", sa.String(12), nullable=True),
        sa.Column("changed_on", sa.Date(), nullable=False),
        _fk("lifecycle_changes", "contact_id", "contacts", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lifecycle_changes")),
    )
    op.create_index("ix_lifecycle_changes_contact_id_changed_on", "lifecycle_changes",
                    ["contact_id", "changed_on"])
    op.create_index("ix_lifecycle_changes_changed_on", "lifecycle_changes", ["changed_on"])
    op.create_table(
        "tier_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("tier_id", sa.Integer(), nullable=True),
        sa.Column("previous_tier_id", sa.Integer(), nullable=True),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("tier_name", sa.String(100), nullable=True),
        sa.Column("previous_name", sa.String(100), nullable=True),
        _fk("tier_changes", "contact_id", "contacts", "CASCADE"),
        _fk("tier_changes", "tier_id", "tiers", "SET NULL"),
        sa.ForeignKeyConstraint(["previous_tier_id"], ["tiers.id"],
                                name=op.f("fk_tier_changes_previous_tier_id_tiers"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tier_changes")),
    )
    op.create_index("ix_tier_changes_contact_id_changed_on", "tier_changes",
                    ["contact_id", "changed_on"])


    op.create_table(
        "stored_reports",
        sa.Column("name", sa.String(40), nullable=False),
        sa.Column("computed_on", sa.Date(), nullable=False),
        sa.Column("computed_at", UTCDateTime(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_stored_reports")),
    )


def downgrade() -> None:
    for table in ("stored_reports", "tier_changes", "lifecycle_changes", "customer_status", "points_entries",
                  "tiers", "loyalty_members", "loyalty_programs", "purchase_lines", "purchases"):
        op.drop_table(table)
