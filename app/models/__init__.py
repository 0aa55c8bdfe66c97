"""SQLAlchemy models. This package imports nothing else from ``app``."""

from .activity import Interaction, Task
from .base import Base, UTCDateTime, utcnow
from .imports import ImportBatch, ImportChange
from .people import Company, Contact, ContactEmail, ContactPhone, Tag, contact_tags
from .pipeline import Deal, LostReason, Pipeline, Stage, StageChange

__all__ = [
    "Base",
    "Company",
    "Contact",
    "ContactEmail",
    "ContactPhone",
    "Deal",
    "ImportBatch",
    "ImportChange",
    "Interaction",
    "LostReason",
    "Pipeline",
    "Stage",
    "StageChange",
    "Tag",
    "Task",
    "UTCDateTime",
    "contact_tags",
    "utcnow",
]
