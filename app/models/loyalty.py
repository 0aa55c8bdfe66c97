"""Purchases, the loyalty programme, the points ledger, and where each customer stands.

* A Purchase is one order of a contact (its lines are optional). Money is minor units
  plus a currency; the programme counts the purchases in its own currency.
* LoyaltyProgram is one row: points per currency unit, the basis of the tiers, points
  expiry, and the lifecycle thresholds. Tier rows hang off it. LoyaltyMember rows say
  who is enrolled: members earn points and hold tiers; every customer has a lifecycle.
* PointsEntry is an append-only ledger: earned (by a purchase), redeemed, adjusted by
  hand, expired, or a reversal of an earlier entry. Nothing is edited in place; the
  balance is the sum of a contact's entries.
* CustomerStatus holds the last recompute's results per contact (lifecycle, RFM
  scores and segment, tier, balance, spend), so the views open without computing.
  LifecycleChange and TierChange record each change with its day; StoredReport keeps
  the section-wide figures of the last recompute.
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
)
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, SoftDelete, Timestamps, UTCDateTime
from .people import NAME_LEN, SHORT_LEN

SKU_LEN = 64


class Purchase(Timestamps, SoftDelete, Base):
    __tablename__ = "purchases"
    __table_args__ = (
        # Every per-customer figure reads a contact's purchases in date order; with the
        # amount, currency and Trash mark in it, the recompute reads this index alone,
        # already in contact order (no sort of ten million rows, no row lookups).
        Index("ix_purchases_contact_id_purchased_on", "contact_id", "purchased_on",
              "currency", "total_minor", "deleted_at"),
        # Month by month figures (the Dashboard) read this index alone.
        Index("ix_purchases_purchased_on", "purchased_on", "currency", "total_minor",
              "deleted_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    #: The day of the purchase in the user's calendar.
    purchased_on: Mapped[dt.date] = mapped_column(Date)
    #: "store", "online", "phone" or "other" (app.models.enums.PurchaseChannel).
    channel: Mapped[str] = mapped_column(String(12), default="store")
    total_minor: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    note: Mapped[str | None] = mapped_column(Text)


class PurchaseLine(Base):
    __tablename__ = "purchase_lines"
    __table_args__ = (Index("ix_purchase_lines_purchase_id", "purchase_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    purchase_id: Mapped[int] = mapped_column(ForeignKey("purchases.id", ondelete="CASCADE"))
    product: Mapped[str] = mapped_column(String(NAME_LEN))
    sku: Mapped[str | None] = mapped_column(String(SKU_LEN))
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    unit_price_minor: Mapped[int] = mapped_column(BigInteger)


class LoyaltyProgram(Base):
    """The one loyalty programme and the thresholds of the lifecycle."""

    __tablename__ = "loyalty_programs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(NAME_LEN))
    currency: Mapped[str] = mapped_column(String(3))
    #: Points earned per whole unit of the currency spent.
    points_per_unit: Mapped[int] = mapped_column(Integer, default=1)
    #: "points" (points earned in the last 12 months) or "spend" (spend in them).
    tier_basis: Mapped[str] = mapped_column(String(8), default="spend")
    #: Points expire this many months after they were earned; NULL: never.
    expiry_months: Mapped[int | None] = mapped_column(Integer)
    #: A first purchase within this many days makes a customer New.
    new_days: Mapped[int] = mapped_column(Integer, default=90)
    #: No purchase for more than this many days: Lapsed.
    lapsed_days: Mapped[int] = mapped_column(Integer, default=365)
    #: Spend in the last 12 months above the 12 before by more than this percent: Expanding.
    expanding_margin_pct: Mapped[int] = mapped_column(Integer, default=20)
    updated_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())


class LoyaltyMember(Base):
    """A contact enrolled in the programme: only members earn points and hold tiers."""

    __tablename__ = "loyalty_members"

    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True)
    joined_on: Mapped[dt.date] = mapped_column(Date)


class Tier(Base):
    __tablename__ = "tiers"
    __table_args__ = (Index("ix_tiers_program_id_position", "program_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    program_id: Mapped[int] = mapped_column(
        ForeignKey("loyalty_programs.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(SHORT_LEN))
    position: Mapped[int] = mapped_column(Integer, default=0)
    #: Points, or minor units of spend, from which a customer holds this tier.
    threshold: Mapped[int] = mapped_column(BigInteger, default=0)
    discount_pct: Mapped[int] = mapped_column(SmallInteger, default=0)
    benefits: Mapped[str | None] = mapped_column(Text)


class PointsEntry(Base):
    """One line of the append-only points ledger."""

    __tablename__ = "points_entries"
    __table_args__ = (
        # A contact's ledger in order; with kind and points, balances and the points
        # earned in twelve months are summed from the index alone.
        Index("ix_points_entries_contact_id_occurred_at", "contact_id", "occurred_at",
              "kind", "points"),
        Index("ix_points_entries_purchase_id", "purchase_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    occurred_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    #: "earn", "redeem", "adjust", "expire" or "reverse" (app.models.enums.PointsKind).
    kind: Mapped[str] = mapped_column(String(8))
    #: Signed: earned and added points are positive, the rest negative.
    points: Mapped[int] = mapped_column(Integer)
    purchase_id: Mapped[int | None] = mapped_column(
        ForeignKey("purchases.id", ondelete="SET NULL"))
    #: The entry a "reverse" entry cancels.
    reverses_id: Mapped[int | None] = mapped_column(
        ForeignKey("points_entries.id", ondelete="SET NULL"))
    reason: Mapped[str | None] = mapped_column(Text)
    #: Reward redeemed at this cost to the business (minor units of the programme's
    #: currency), for the programme report.
    cost_minor: Mapped[int | None] = mapped_column(BigInteger)


class CustomerStatus(Base):
    """The stored result of the last recompute for one contact."""

    __tablename__ = "customer_status"
    __table_args__ = (
        Index("ix_customer_status_lifecycle", "lifecycle"),
        Index("ix_customer_status_segment", "segment"),
        Index("ix_customer_status_tier_id", "tier_id"),
    )

    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True)
    #: app.models.enums.Lifecycle value.
    lifecycle: Mapped[str] = mapped_column(String(12))
    lifecycle_since: Mapped[dt.date | None] = mapped_column(Date)
    recency: Mapped[int | None] = mapped_column(SmallInteger)
    frequency: Mapped[int | None] = mapped_column(SmallInteger)
    monetary: Mapped[int | None] = mapped_column(SmallInteger)
    segment: Mapped[str | None] = mapped_column(String(20))
    tier_id: Mapped[int | None] = mapped_column(ForeignKey("tiers.id", ondelete="SET NULL"))
    points: Mapped[int] = mapped_column(Integer, default=0)
    orders: Mapped[int] = mapped_column(Integer, default=0)
    spend_12m: Mapped[int] = mapped_column(BigInteger, default=0)
    spend_prev_12m: Mapped[int] = mapped_column(BigInteger, default=0)
    spend_total: Mapped[int] = mapped_column(BigInteger, default=0)
    first_purchase: Mapped[dt.date | None] = mapped_column(Date)
    last_purchase: Mapped[dt.date | None] = mapped_column(Date)
    #: The recompute that last changed this row (rows that stay the same are not
    #: rewritten; the day of the last recompute is in the stored reports).
    computed_on: Mapped[dt.date] = mapped_column(Date)


class LifecycleChange(Base):
    __tablename__ = "lifecycle_changes"
    __table_args__ = (
        Index("ix_lifecycle_changes_contact_id_changed_on", "contact_id", "changed_on"),
        Index("ix_lifecycle_changes_changed_on", "changed_on"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(12))
    previous: Mapped[str | None] = mapped_column(String(12))
    changed_on: Mapped[dt.date] = mapped_column(Date)


class TierChange(Base):
    __tablename__ = "tier_changes"
    __table_args__ = (
        Index("ix_tier_changes_contact_id_changed_on", "contact_id", "changed_on"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    tier_id: Mapped[int | None] = mapped_column(ForeignKey("tiers.id", ondelete="SET NULL"))
    previous_tier_id: Mapped[int | None] = mapped_column(
        ForeignKey("tiers.id", ondelete="SET NULL"))
    changed_on: Mapped[dt.date] = mapped_column(Date)
    #: Tier names at the time (a tier may be renamed or removed later).
    tier_name: Mapped[str | None] = mapped_column(String(SHORT_LEN))
    previous_name: Mapped[str | None] = mapped_column(String(SHORT_LEN))


class StoredReport(Base):
    """Figures the recompute works out for the Loyalty section and the Dashboard (JSON),
    so that they open without reading ten million purchases."""

    __tablename__ = "stored_reports"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    computed_on: Mapped[dt.date] = mapped_column(Date)
    computed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    data: Mapped[str] = mapped_column(Text)
