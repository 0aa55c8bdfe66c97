"""What the "About" sheet of an exported workbook says: what, which, how many, when.

A workbook found in a folder months later should explain itself: the kind of records,
the search and the filters that chose them (in words), how many rows, when and by
which Rapport it was written, and in which time zone its times are. This module only
composes that text as (label, text) pairs; export.py gathers the facts (tag and
company names...), xlsx_writer writes the pairs.

The text is for the person, so it may be translated: ``translate(context, text)`` is
QCoreApplication.translate when the window exports (all templates here are marked in
the "Export" context), and English otherwise. Column headers stay English whatever
the language (see fields.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from ..errors import QT_TRANSLATE_NOOP

Translate = Callable[[str, str], str]
#: A sentence of the About text: a template and its values.
Phrase = tuple[str, dict[str, Any]]

C = "Export"
KIND_NAMES = {
    "contacts": QT_TRANSLATE_NOOP("Export", "Contacts"),
    "companies": QT_TRANSLATE_NOOP("Export", "Companies"),
    "tasks": QT_TRANSLATE_NOOP("Export", "Tasks"),
    "deals": QT_TRANSLATE_NOOP("Export", "Deals"),
    "interactions": QT_TRANSLATE_NOOP("Export", "Interactions"),
}
WHAT = QT_TRANSLATE_NOOP("Export", "Exported")
SEARCH = QT_TRANSLATE_NOOP("Export", "Search")
FILTERS = QT_TRANSLATE_NOOP("Export", "Filters")
NONE = QT_TRANSLATE_NOOP("Export", "None")
ROWS = QT_TRANSLATE_NOOP("Export", "Rows")
WHEN = QT_TRANSLATE_NOOP("Export", "Exported at")
TIMES = QT_TRANSLATE_NOOP("Export", "Times")
TIMES_TEXT = QT_TRANSLATE_NOOP(
    "Export", "Dates and times are the local time of the computer that exported them "
       "({zone} when exported). Rapport stores them in UTC.")
BY = QT_TRANSLATE_NOOP("Export", "Written by")
CUT = QT_TRANSLATE_NOOP("Export", "Shortened")
CUT_TEXT = QT_TRANSLATE_NOOP(
    "Export", "{count} cells held more than 32,767 characters, all a workbook cell can hold, "
       "and were cut there. Export as .csv to keep all the text.")

# The filters, one phrase each (export.py picks them).
TAGS = QT_TRANSLATE_NOOP("Export", "Tags: {names}")
STAGES = QT_TRANSLATE_NOOP("Export", "Lifecycle stage: {names}")
SOURCES = QT_TRANSLATE_NOOP("Export", "Source: {names}")
OWNERS = QT_TRANSLATE_NOOP("Export", "Owner: {names}")
COMPANY = QT_TRANSLATE_NOOP("Export", "Company: {name}")
NO_COMPANY = QT_TRANSLATE_NOOP("Export", "Company: a name that is no company")
CONSENT = {True: QT_TRANSLATE_NOOP("Export", "Opted in to marketing"),
           False: QT_TRANSLATE_NOOP("Export", "Not opted in to marketing")}
OPEN_TASKS = {True: QT_TRANSLATE_NOOP("Export", "Has open tasks"),
              False: QT_TRANSLATE_NOOP("Export", "No open tasks")}
QUIET = QT_TRANSLATE_NOOP("Export", "No contact for {days} days")
TRASH = QT_TRANSLATE_NOOP("Export", "In the Trash")
PRIORITY = QT_TRANSLATE_NOOP("Export", "Priority: {name}")
STATUS = QT_TRANSLATE_NOOP("Export", "Status: {names}")
CONTACT = QT_TRANSLATE_NOOP("Export", "Contact: {name}")
SINCE = QT_TRANSLATE_NOOP("Export", "From {moment}")
UNTIL = QT_TRANSLATE_NOOP("Export", "Before {moment}")


def english(context: str, text: str) -> str:
    """The default ``translate``: the English template itself."""
    return text


def sheet_name(kind: str, translate: Translate) -> str:
    """The data sheet's name: the kind, in the user's language (at most 31 characters,
    none of the ones a sheet name cannot hold)."""
    name = translate(C, KIND_NAMES[kind])
    return "".join(ch for ch in name if ch not in "[]:*?/\\")[:31] or "Data"


def facts(kind: str, *, search: str | None, filters: Sequence[Phrase], count: int,
          truncated: int, now: dt.datetime, tz: dt.tzinfo | None, version: str,
          translate: Translate) -> list[tuple[str, str]]:
    """The About sheet, as (label, text) rows."""
    def tr(text: str, **values: Any) -> str:
        template = translate(C, text)
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):  # a translation broke a placeholder
            return text.format(**values)

    local = now.astimezone(tz).replace(microsecond=0)
    rows = [(tr(WHAT), tr(KIND_NAMES[kind]))]
    if search is not None:
        rows.append((tr(SEARCH), search.strip() or tr(NONE)))
    words = [tr(template, **values) for template, values in filters]
    rows.append((tr(FILTERS), "; ".join(words) if words else tr(NONE)))
    rows.append((tr(ROWS), f"{count:,}"))
    rows.append((tr(WHEN), f"{local:%Y-%m-%d %H:%M:%S} ({zone(local)})"))
    rows.append((tr(TIMES), tr(TIMES_TEXT, zone=zone(local))))
    rows.append((tr(BY), f"Rapport {version}"))
    if truncated:
        rows.append((tr(CUT), tr(CUT_TEXT, count=f"{truncated:,}")))
    return rows


def zone(moment: dt.datetime) -> str:
    """UTC+05:00, with the zone's abbreviation when it has a real one (CET, EST)."""
    offset = moment.utcoffset() or dt.timedelta(0)
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    text = f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    name = moment.tzname()
    if name and name[0].isalpha() and not name.startswith("UTC"):
        text = f"{name}, {text}"
    return text
