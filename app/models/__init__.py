"""SQLAlchemy models. This package imports nothing else from ``app``."""

from .activity import Interaction, Task
from .base import Base, UTCDateTime, utcnow
from .imports import ImportBatch, ImportChange
from .people import Company, Contact, ContactEmail, ContactPhone, Tag, contact_tags

__all__ = [
    "Base",
    "Company",
    "Contact",
    "ContactEmail",
    "ContactPhone",
    "ImportBatch",
    "ImportChange",
    "Interaction",
    "Tag",
    "Task",
    "UTCDateTime",
    "contact_tags",
    "utcnow",
]
