"""SQLAlchemy models. This package imports nothing else from ``app``."""

from .activity import Interaction, Task
from .base import Base, UTCDateTime, utcnow
from .imports import ImportBatch, ImportChange
from .loyalty import (
    CustomerStatus,
    LifecycleChange,
    LoyaltyMember,
    LoyaltyProgram,
    PointsEntry,
    Purchase,
    PurchaseLine,
    StoredReport,
    Tier,
    TierChange,
)
from .people import Company, Contact, ContactEmail, ContactPhone, Tag, contact_tags
from .pipeline import Deal, LostReason, Pipeline, Stage, StageChange

__all__ = [
    "Base",
    "Company",
    "Contact",
    "CustomerStatus",
    "ContactEmail",
    "ContactPhone",
    "Deal",
    "ImportBatch",
    "ImportChange",
    "Interaction",
    "LifecycleChange",
    "LostReason",
    "LoyaltyMember",
    "LoyaltyProgram",
    "Pipeline",
    "PointsEntry",
    "Purchase",
    "PurchaseLine",
    "StoredReport",
    "Stage",
    "StageChange",
    "Tag",
    "Task",
    "Tier",
    "TierChange",
    "UTCDateTime",
    "contact_tags",
    "utcnow",
]
