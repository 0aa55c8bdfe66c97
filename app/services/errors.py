"""Errors the services raise for a person to read.

The message templates are translated by the window; see ``app.messages``.
"""

from __future__ import annotations

from typing import Any

from ..messages import QT_TRANSLATE_NOOP, UserMessageError

__all__ = ["QT_TRANSLATE_NOOP", "NotFoundError", "ServiceError", "ValidationError"]


class ServiceError(UserMessageError):
    """Base of the errors a person may see; ``str()`` is the English message."""

    context = "Errors"


class ValidationError(ServiceError):
    """A value a person typed cannot be stored. ``field`` names the form field."""

    context = "Validation"

    def __init__(self, field: str, template: str, **params: Any) -> None:
        self.field = field
        super().__init__(template, **params)


class NotFoundError(ServiceError):
    """The record asked for does not exist (or is in the Trash when that matters)."""
