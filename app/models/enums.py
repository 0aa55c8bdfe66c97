"""The closed vocabularies of the domain, stored as their string values.

They live in plain string columns (not database enums) so that a later release can
add a value without a table rebuild on SQLite or a type change on PostgreSQL; the
services validate them.
"""

from __future__ import annotations

from enum import IntEnum, StrEnum


class LifecycleStage(StrEnum):
    """Where a person stands in the sales funnel, set by the user."""

    SUBSCRIBER = "subscriber"
    LEAD = "lead"
    PROSPECT = "prospect"
    CUSTOMER = "customer"
    ADVOCATE = "advocate"
    FORMER = "former"


class Channel(StrEnum):
    CALL = "call"
    EMAIL = "email"
    MEETING = "meeting"
    VISIT = "visit"
    SMS = "sms"
    CHAT = "chat"
    SOCIAL = "social"
    LETTER = "letter"
    NOTE = "note"


class Direction(StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"
    INTERNAL = "internal"


class TaskStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class StageKind(StrEnum):
    """What reaching a pipeline stage means for a deal (and so the deal's status)."""

    OPEN = "open"
    WON = "won"
    LOST = "lost"


class Priority(IntEnum):
    """Task priority, stored as a small integer so that it sorts."""

    LOW = 0
    NORMAL = 1
    HIGH = 2


#: Where contacts come from; the services accept any short text, these are offered.
ACQUISITION_SOURCES: tuple[str, ...] = (
    "referral",
    "website",
    "walk-in",
    "event",
    "cold call",
    "social media",
    "advertising",
    "partner",
    "import",
)


class PurchaseChannel(StrEnum):
    """Where a purchase was made."""

    STORE = "store"
    ONLINE = "online"
    PHONE = "phone"
    OTHER = "other"


class PointsKind(StrEnum):
    """The kinds of line in the points ledger."""

    EARN = "earn"
    REDEEM = "redeem"
    ADJUST = "adjust"
    EXPIRE = "expire"
    REVERSE = "reverse"


class TierBasis(StrEnum):
    """What places a customer in a tier: points earned, or money spent, in 12 months."""

    POINTS = "points"
    SPEND = "spend"


class Lifecycle(StrEnum):
    """Where a customer stands, computed from their purchases (app.services.lifecycle)."""

    PROSPECT = "prospect"
    NEW = "new"
    ACTIVE = "active"
    EXPANDING = "expanding"
    AT_RISK = "at_risk"
    LAPSED = "lapsed"
    REACTIVATED = "reactivated"


class Segment(StrEnum):
    """RFM segments (the rules are in app.services.rfm)."""

    CHAMPIONS = "champions"
    LOYAL = "loyal"
    POTENTIAL_LOYALISTS = "potential_loyalists"
    NEW = "new"
    NEED_ATTENTION = "need_attention"
    AT_RISK = "at_risk"
    CANT_LOSE = "cant_lose"
    HIBERNATING = "hibernating"
    LOST = "lost"
