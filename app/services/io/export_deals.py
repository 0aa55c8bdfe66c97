"""Export the deals of a pipeline, as the board and its table filter them, to .xlsx or .csv.

The rows are board.deal_rows(session, filter): the very deals the board shows (its
pipeline, owner, source, close-date range and text; with no close range and no
``closed_since``, every won and lost deal too). A board holds at most the pipeline's
deals, so they are read in one query and written in pages (for progress and Cancel).

Money: "Value" and "Weighted value" are numbers in the currency's major units under a
number format naming the currency (money_cells), per cell, as a column may mix
currencies; in CSV they are money.plain_text ("1250.50"). "Probability %" is the whole
percent the weighting used (the deal's own, else its stage's). vCard files hold
contacts, so .vcf is refused with the message the other lists give.

Written like every export (sheet_writer): a temporary file moved into place at the end,
a bold frozen header with an autofilter, text never a formula, and an About sheet that
says which pipeline and filters chose the rows.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import __version__
from app.models import Pipeline, Stage

from .. import board, money
from ..errors import QT_TRANSLATE_NOOP
from . import about_writer as about
from .atomic_write import atomic_output
from .csv_writer import CsvSheetWriter
from .money_cells import MoneyCell
from .sheet_writer import (
    CANNOT_WRITE,
    TOO_MANY_ROWS,
    VCARD_CONTACTS_ONLY,
    XLSX_MAX_ROWS,
    Cancel,
    Column,
    ExportCancelled,
    ExportError,
    ExportResult,
    Options,
    Progress,
    SheetWriter,
    export_format,
)
from .xlsx_writer import XlsxSheetWriter

KIND = "deals"
PAGE = 2000

PIPELINE = QT_TRANSLATE_NOOP("Export", "Pipeline: {name}")
CLOSE_FROM = QT_TRANSLATE_NOOP("Export", "Close date from {date}")
CLOSE_TO = QT_TRANSLATE_NOOP("Export", "Close date until {date}")
CLOSED_SINCE = QT_TRANSLATE_NOOP("Export", "Won or lost from {date}")

# The columns: English headers in the file, as for every export (fields.py); marked
# for the import wizard, which shows them translated.
COLUMNS: tuple[Column, ...] = (
    Column("title", QT_TRANSLATE_NOOP("ImportFields", "Deal")),
    Column("contact", QT_TRANSLATE_NOOP("ImportFields", "Contact")),
    Column("company", QT_TRANSLATE_NOOP("ImportFields", "Company")),
    Column("stage", QT_TRANSLATE_NOOP("ImportFields", "Stage")),
    Column("status", QT_TRANSLATE_NOOP("ImportFields", "Status")),
    Column("value", QT_TRANSLATE_NOOP("ImportFields", "Value"), "money"),
    Column("currency", QT_TRANSLATE_NOOP("ImportFields", "Currency")),
    Column("probability", QT_TRANSLATE_NOOP("ImportFields", "Probability %"), "int"),
    Column("weighted", QT_TRANSLATE_NOOP("ImportFields", "Weighted value"), "money"),
    Column("expected_close", QT_TRANSLATE_NOOP("ImportFields", "Expected close"), "date"),
    Column("closed_on", QT_TRANSLATE_NOOP("ImportFields", "Closed on"), "date"),
    Column("owner", QT_TRANSLATE_NOOP("ImportFields", "Owner")),
    Column("source", QT_TRANSLATE_NOOP("ImportFields", "Source")),
    Column("lost_reason", QT_TRANSLATE_NOOP("ImportFields", "Lost reason")),
)


def columns_for(fmt: str) -> list[Column]:
    """The columns as a format writes them: in CSV an amount is plain text."""
    if fmt == "xlsx":
        return list(COLUMNS)
    return [Column(c.key, c.header, "text") if c.kind == "money" else c for c in COLUMNS]


def export_deals(
    session: Session, flt: board.BoardFilter, path: Path | str, *, now: dt.datetime,
    fmt: str | None = None, progress: Progress | None = None, cancel: Cancel | None = None,
    tz: dt.tzinfo | None = None, translate: about.Translate = about.english,
) -> ExportResult:
    """Write the deals ``flt`` lets through (board.deal_rows) to ``path`` (.xlsx or
    .csv). ``now`` (aware) is the time of export the About sheet gives."""
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be an aware datetime")
    target = Path(path)
    chosen = export_format(target, fmt)
    if chosen == "vcf":
        raise ExportError(VCARD_CONTACTS_ONLY)
    options = Options(chosen, tz, progress, cancel, translate)
    try:
        with atomic_output(target) as temp:
            cards = board.deal_rows(session, flt)
            if chosen == "xlsx" and len(cards) > XLSX_MAX_ROWS:
                raise ExportError(TOO_MANY_ROWS, count=f"{len(cards):,}",
                                  limit=f"{XLSX_MAX_ROWS:,}")
            count, truncated = _write(session, flt, cards, temp, options, now)
    except OSError as exc:
        raise ExportError(CANNOT_WRITE, path=str(target),
                          reason=exc.strerror or str(exc)) from exc
    return ExportResult(count, target, chosen, truncated)


def _write(session: Session, flt: board.BoardFilter, cards: Sequence[board.Card], temp: Path,
           options: Options, now: dt.datetime) -> tuple[int, int]:
    fmt = str(options.fmt)
    stages = dict(session.execute(
        select(Stage.id, Stage.name).where(Stage.pipeline_id == flt.pipeline_id)).all())
    amount: Callable[[int, str], Any] = MoneyCell if fmt == "xlsx" else money.plain_text
    writer: SheetWriter
    if fmt == "xlsx":
        writer = XlsxSheetWriter(temp, COLUMNS, tz=options.tz,
                                 sheet=about.sheet_name(KIND, options.translate))
    else:
        writer = CsvSheetWriter(temp, columns_for(fmt), tz=options.tz)
    total, done = len(cards), 0
    try:
        _report(options, 0, total)
        for start in range(0, total, PAGE):
            _check(options)
            writer.write_rows([_row(card, stages, amount) for card in cards[start:start + PAGE]])
            done = min(start + PAGE, total)
            _report(options, done, total)
            time.sleep(0)  # hand the GIL to the GUI thread between pages
        _check(options)
        truncated = int(getattr(writer, "truncated", 0))
        writer.finish(about.facts(
            KIND, search=flt.text or "", filters=filter_words(session, flt), count=done,
            truncated=truncated, now=now, tz=options.tz, version=__version__,
            translate=options.translate))
    except BaseException:
        writer.abort()
        raise
    return done, truncated


def _row(card: board.Card, stages: dict[int, str],
         amount: Callable[[int, str], Any]) -> tuple[Any, ...]:
    return (card.title, card.contact_name, card.company_name, stages.get(card.stage_id),
            card.status.value, amount(card.value_minor, card.currency), card.currency,
            card.probability, amount(card.weighted_minor, card.currency), card.expected_close,
            card.closed_on, card.owner, card.source, card.lost_reason)


def filter_words(session: Session, flt: board.BoardFilter) -> list[about.Phrase]:
    """The board's filters in words, for the About sheet (the text is its Search row)."""
    name = session.scalar(select(Pipeline.name).where(Pipeline.id == flt.pipeline_id))
    words: list[about.Phrase] = [(PIPELINE, {"name": name or f"#{flt.pipeline_id}"})]
    if flt.owner:
        words.append((about.OWNERS, {"names": flt.owner}))
    if flt.source:
        words.append((about.SOURCES, {"names": flt.source}))
    for template, day in ((CLOSE_FROM, flt.close_from), (CLOSE_TO, flt.close_to)):
        if day is not None:
            words.append((template, {"date": day.isoformat()}))
    if flt.close_from is None and flt.close_to is None and flt.closed_since is not None:
        words.append((CLOSED_SINCE, {"date": flt.closed_since.isoformat()}))
    return words


def _check(options: Options) -> None:
    if options.cancel is not None and options.cancel.is_set():
        raise ExportCancelled()


def _report(options: Options, done: int, total: int) -> None:
    if options.progress is not None:
        options.progress(done, max(total, done))
