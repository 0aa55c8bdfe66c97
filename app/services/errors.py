"""Errors the services raise for a person to read.

Services import no Qt, so they cannot call tr(). Each message template is marked
with ``QT_TRANSLATE_NOOP(context, text)`` (a no-op here, but the name that
pyside6-lupdate collects) and kept apart from its values, so the window can
translate the template and then fill it in:
``QCoreApplication.translate(err.context, err.template).format(**err.params)``.
"""

from __future__ import annotations

from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation in ``context`` without translating it."""
    return text


class ServiceError(Exception):
    """Base of the errors a person may see; ``str()`` is the English message."""

    context = "Errors"

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params))

    @property
    def message(self) -> str:
        return str(self)


class ValidationError(ServiceError):
    """A value a person typed cannot be stored. ``field`` names the form field."""

    context = "Validation"

    def __init__(self, field: str, template: str, **params: Any) -> None:
        self.field = field
        super().__init__(template, **params)


class NotFoundError(ServiceError):
    """The record asked for does not exist (or is in the Trash when that matters)."""
