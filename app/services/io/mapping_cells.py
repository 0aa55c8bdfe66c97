"""The ground floor of the value parsers: the problem they raise, text, numbers, words.

``ValueProblem`` is what every parser in ``values`` raises for a cell that cannot become
its field's value: a one-line reason for the import report, translatable like every
ServiceError. This module also holds the parsers that need nothing but the cell: text,
whole numbers, yes/no and the closed vocabularies (stage, channel, direction,
priority), which accept the stored values, Rapport's English labels and the words of
``mapping_words`` in four languages. Import them from ``values``.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from decimal import Decimal
from typing import Any

from app.models.enums import Channel, Direction, LifecycleStage

from ..errors import QT_TRANSLATE_NOOP, ServiceError, ValidationError
from .mapping_words import (
    BOOL_WORDS,
    CHANNEL_WORDS,
    DIRECTION_WORDS,
    MARKS,
    NO_STAGE,
    PRIORITY_WORDS,
    STAGE_WORDS,
)
from .table import Cell

C = "Import"
NOT_A_NUMBER = QT_TRANSLATE_NOOP("Import", "“{value}” is not a whole number.")
NUMBER_TOO_BIG = QT_TRANSLATE_NOOP("Import", "“{value}” is too large a number.")
NOT_TEXT = QT_TRANSLATE_NOOP("Import", "“{value}” is not a value that can be stored.")
NOT_YES_NO = QT_TRANSLATE_NOOP("Import", "“{value}” is neither yes nor no.")
NOT_A_STAGE = QT_TRANSLATE_NOOP(
    "Import", "“{value}” is not a lifecycle stage. Use one of: {choices}.")
NOT_A_CHANNEL = QT_TRANSLATE_NOOP("Import", "“{value}” is not a channel. Use one of: {choices}.")
NOT_A_DIRECTION = QT_TRANSLATE_NOOP(
    "Import", "“{value}” is not a direction. Use one of: {choices}.")
NOT_A_PRIORITY = QT_TRANSLATE_NOOP("Import", "“{value}” is not a priority. Use one of: {choices}.")

_APOSTROPHES = dict.fromkeys(map(ord, "ʻʼʽ'’‘`´ʹ"), None)
_INTEGER = re.compile(r"[+-]?[0-9]+(?:\.0*)?")
_INT_LIMIT = 2**63  # what SQLite INTEGER and PostgreSQL BIGINT hold
_SHOWN = 80  # characters of a cell quoted in a message


class ValueProblem(ServiceError):
    """A cell that cannot become the field's value; ``str()`` is the English reason.

    ``context`` is "Import", or that of the validation message it carries.
    """

    context = C

    def __init__(self, template: str, *, context: str | None = None, **params: Any) -> None:
        super().__init__(template, **params)
        if context is not None:
            self.context = context

    @classmethod
    def of(cls, error: ValidationError) -> ValueProblem:
        """The same message as a form would show, for the import report."""
        return cls(error.template, context=error.context, **error.params)


class ValueWarning(ValueProblem):
    """Not raised: returned beside a value that was kept but deserves a look."""


def fold_text(text: str) -> str:
    """``text`` reduced for comparing words and headers: NFKC, case folded, ё as е, and
    only letters, marks and digits kept (Uzbek apostrophes ʻ ’ ' are dropped, too)."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_APOSTROPHES)
    return "".join(ch for ch in text.replace("ё", "е") if unicodedata.category(ch)[0] in "LMN")


def shown(cell: Cell) -> str:
    """A cell as quoted in a message: its text, cut to a readable length."""
    if isinstance(cell, str):
        text = " ".join(cell.split())
    elif isinstance(cell, int) and not isinstance(cell, bool) and abs(cell) >= 10**30:
        # str() refuses ints of over 4,300 digits; show the size instead.
        exponent = int(abs(cell).bit_length() * math.log10(2))
        lead = abs(cell) // 10 ** (exponent - 3)
        text = f"{'-' if cell < 0 else ''}{lead / 1000:.3f}e+{exponent}"
    else:
        text = cell.isoformat() if isinstance(cell, dt.date) else str(cell)
    return text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "…"


def text_of(cell: Cell) -> str | None:
    """A cell as text: stripped, a whole number without ".0" (12.0 is "12", 1e20 is
    "100000000000000000000"), dates in ISO form, TRUE/FALSE as Excel shows them; None
    for an empty cell."""
    if isinstance(cell, str):  # most cells: first
        return cell.strip() or None
    if cell is None:
        return None
    if isinstance(cell, bool):
        return "TRUE" if cell else "FALSE"
    if isinstance(cell, int):
        if abs(cell) >= 10**100:
            raise ValueProblem(NUMBER_TOO_BIG, value=shown(cell))
        return str(cell)
    if isinstance(cell, float):
        if not math.isfinite(cell):
            raise ValueProblem(NOT_TEXT, value=shown(cell))
        if cell.is_integer():
            return str(int(cell))
        return format(Decimal(repr(cell)), "f")
    if isinstance(cell, dt.datetime):
        if cell.time() == dt.time() and cell.tzinfo is None:
            return cell.date().isoformat()
        return cell.isoformat(sep=" ")
    if isinstance(cell, dt.date):
        return cell.isoformat()
    return cell.strip() or None  # not a Cell: as before


# --- numbers, yes/no, words ------------------------------------------------------------


def parse_int(cell: Cell) -> int | None:
    """A whole number from a number cell or text ("12", "12.0", "-3"); not from a
    truth value, a fraction or a date."""
    fraction = isinstance(cell, float) and math.isfinite(cell) and not cell.is_integer()
    if isinstance(cell, bool) or fraction:
        raise ValueProblem(NOT_A_NUMBER, value=shown(cell))
    text = text_of(cell)
    if text is None:
        return None
    if not _INTEGER.fullmatch(text):
        raise ValueProblem(NOT_A_NUMBER, value=shown(cell))
    number = int(text.split(".")[0])
    if not -_INT_LIMIT <= number < _INT_LIMIT:
        raise ValueProblem(NUMBER_TOO_BIG, value=shown(cell))
    return number


def parse_bool(cell: Cell) -> bool | None:
    """Yes or no from a truth-value cell, 1/0, or a word in English, Russian, Uzbek or
    Chinese (yes/no, y/n, x, да/нет, ha/yoʻq, 是/否, opted in/out, subscribed...)."""
    if cell is None or isinstance(cell, bool):
        return cell
    if isinstance(cell, int | float) and not isinstance(cell, bool) and cell in (0, 1):
        return bool(cell)
    if isinstance(cell, str):
        text = cell.strip()
        if not text:
            return None
        if text in MARKS:
            return MARKS[text]
        found = _lookup(_BOOLS, text)
        if found is not None:
            return found
    raise ValueProblem(NOT_YES_NO, value=shown(cell))


def parse_stage(cell: Cell) -> str | None:
    """A lifecycle stage value from its value, its English label, a translation, or a
    HubSpot lifecycle stage; HubSpot's "Other" means none (the default applies)."""
    return _word(cell, _STAGES, NOT_A_STAGE, [s.value for s in LifecycleStage])


def parse_channel(cell: Cell) -> str | None:
    """An interaction channel value ("call", "Phone call", "Звонок", "电话" ...)."""
    return _word(cell, _CHANNELS, NOT_A_CHANNEL, [c.value for c in Channel])


def parse_direction(cell: Cell) -> str | None:
    """An interaction direction value ("inbound", "Incoming", "Исходящий" ...)."""
    return _word(cell, _DIRECTIONS, NOT_A_DIRECTION, [d.value for d in Direction])


def parse_priority(cell: Cell) -> int | None:
    """A task priority (0 low, 1 normal, 2 high) from its number or its name."""
    if isinstance(cell, int | float) and not isinstance(cell, bool) and cell in (0, 1, 2):
        return int(cell)
    return _word(cell, _PRIORITIES, NOT_A_PRIORITY, ["low", "normal", "high"])


def _word(cell: Cell, table: dict[str, Any], template: str, choices: list[str]) -> Any:
    text = text_of(cell)
    if text is None:
        return None
    found = _lookup(table, text)
    if found is None:
        raise ValueProblem(template, value=shown(cell), choices=", ".join(choices))
    return None if found == "" else found  # "" means "no value" (HubSpot's "Other")


def _lookup(table: dict[str, Any], text: str) -> Any:
    return table.get(fold_text(text))


def _table(words: dict[Any, tuple[str, ...]], *values: str) -> dict[str, Any]:
    table = {fold_text(word): key for key, group in words.items() for word in group}
    table.update({fold_text(value): str(value) for value in values})  # plain str, not enum
    return table


_BOOLS = _table(BOOL_WORDS)
_STAGES = _table(STAGE_WORDS, *LifecycleStage) | dict.fromkeys(map(fold_text, NO_STAGE), "")
_CHANNELS = _table(CHANNEL_WORDS, *Channel) | {fold_text("Social media"): "social"}
_DIRECTIONS = _table(DIRECTION_WORDS, *Direction)
_PRIORITIES = _table(PRIORITY_WORDS) | {"0": 0, "1": 1, "2": 2}
