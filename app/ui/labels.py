"""Translated names of the stored vocabularies (stages, sources, channels ...)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..messages import QT_TRANSLATE_NOOP

STAGES: dict[str, str] = {
    "subscriber": QT_TRANSLATE_NOOP("Labels", "Subscriber"),
    "lead": QT_TRANSLATE_NOOP("Labels", "Lead"),
    "prospect": QT_TRANSLATE_NOOP("Labels", "Prospect"),
    "customer": QT_TRANSLATE_NOOP("Labels", "Customer"),
    "advocate": QT_TRANSLATE_NOOP("Labels", "Advocate"),
    "former": QT_TRANSLATE_NOOP("Labels", "Former customer"),
}

SOURCES: dict[str, str] = {
    "referral": QT_TRANSLATE_NOOP("Labels", "Referral"),
    "website": QT_TRANSLATE_NOOP("Labels", "Website"),
    "walk-in": QT_TRANSLATE_NOOP("Labels", "Walk-in"),
    "event": QT_TRANSLATE_NOOP("Labels", "Event"),
    "cold call": QT_TRANSLATE_NOOP("Labels", "Cold call"),
    "social media": QT_TRANSLATE_NOOP("Labels", "Social media"),
    "advertising": QT_TRANSLATE_NOOP("Labels", "Advertising"),
    "partner": QT_TRANSLATE_NOOP("Labels", "Partner"),
    "import": QT_TRANSLATE_NOOP("Labels", "Import"),
}


CHANNELS: dict[str, str] = {
    "call": QT_TRANSLATE_NOOP("Labels", "Call"),
    "email": QT_TRANSLATE_NOOP("Labels", "Email"),
    "meeting": QT_TRANSLATE_NOOP("Labels", "Meeting"),
    "visit": QT_TRANSLATE_NOOP("Labels", "Visit"),
    "sms": QT_TRANSLATE_NOOP("Labels", "SMS"),
    "chat": QT_TRANSLATE_NOOP("Labels", "Chat"),
    "letter": QT_TRANSLATE_NOOP("Labels", "Letter"),
    "note": QT_TRANSLATE_NOOP("Labels", "Note"),
    "social": QT_TRANSLATE_NOOP("Labels", "Social media"),
}
# The channels a person logs by hand, in the order offered (Social is left to imports).
LOGGED_CHANNELS: tuple[str, ...] = tuple(k for k in CHANNELS if k != "social")

DIRECTIONS: dict[str, str] = {
    "outbound": QT_TRANSLATE_NOOP("Labels", "Outbound"),
    "inbound": QT_TRANSLATE_NOOP("Labels", "Inbound"),
    "internal": QT_TRANSLATE_NOOP("Labels", "Internal"),
}

# Task priorities (stored as app.models.enums.Priority values), highest first.
PRIORITIES: dict[int, str] = {
    2: QT_TRANSLATE_NOOP("Labels", "High"),
    1: QT_TRANSLATE_NOOP("Labels", "Normal"),
    0: QT_TRANSLATE_NOOP("Labels", "Low"),
}


def label(table: dict[str, str], value: str | None) -> str:
    """The translated name of a stored value; an unknown value is shown as stored."""
    if not value:
        return ""
    text = table.get(value)
    return QCoreApplication.translate("Labels", text) if text else value


def pipeline_default(text: str) -> str:
    """A default pipeline, stage or lost reason name (app.services.pipeline) in the
    interface language: what ``ensure_default`` and ``create_pipeline`` are given."""
    return QCoreApplication.translate("Pipeline", text)
