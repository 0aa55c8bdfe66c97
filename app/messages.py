"""Messages for a person, raised below the UI, translated by the UI.

``config``, ``db`` and ``services`` import no Qt, so they cannot call tr(). Each
message template is marked with ``QT_TRANSLATE_NOOP(context, text)`` (a no-op here,
but the name that pyside6-lupdate collects) and kept apart from its values, so the
window can translate the template and then fill it in::

    QCoreApplication.translate(err.context, err.template).format(**err.params)

``str(err)`` is the English message, which is what the command line prints.
"""

from __future__ import annotations

from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation in ``context`` without translating it."""
    return text


class UserMessageError(Exception):
    """An error whose message is meant for the person at the screen."""

    context = "Errors"

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params))

    @property
    def message(self) -> str:
        return str(self)
