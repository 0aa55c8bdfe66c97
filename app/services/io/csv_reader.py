"""CSV, TSV and tab-separated text in: a ``Table`` of text cells, streamed.

The encoding comes from encoding_reader. The delimiter, when not given, is sniffed over
the first ``SNIFF_LINES`` lines: quoted fields are taken out, then for each of comma,
semicolon, tab and pipe the count per line is taken, and the delimiter whose count is
the same on most lines wins (then the one with more columns, then the order above,
with tab first for .tsv). ``csv.Sniffer`` is not used: it guesses from character
frequencies and is easily fooled by decimal commas in a semicolon file. Excel's
``sep=;`` first line is honoured and skipped.

Parsing is Python's ``csv`` module over a line stream: quoted fields may hold line
breaks, lines may end in \\r\\n, \\n or \\r (mixed in one file), NUL characters are
dropped. Nothing but the current line is held, so a 50 MB file reads in constant
memory. Every cell is text (``str``) or None when empty; telling dates and numbers
apart is the value parsers' job, which know the user's date order.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import chain, islice
from pathlib import Path

from ..errors import QT_TRANSLATE_NOOP
from .csv_writer import unprotect
from .encoding_reader import GUESSED_NOTE, TextGuess, check_encoding, detect_encoding
from .grid_reader import RawRow, build_table
from .table import ImportFileError, Table
from .text_reader import NUL_NOTE, TextLines

SNIFF_LINES = 100
DELIMITERS = (",", ";", "\t", "|")

BAD_CSV = QT_TRANSLATE_NOOP("Import", "Line {line} of {name} cannot be read as CSV: {reason}.")
BAD_DELIMITER = QT_TRANSLATE_NOOP(
    "Import", "“{delimiter}” cannot separate columns: choose one character, not a quote.")
EMPTY_TEXT = QT_TRANSLATE_NOOP("Import", "{name} is empty.")

_QUOTED = re.compile(r'"[^"]*"')
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_SEP_LINE = re.compile(r"\s*sep=(.)\s*", re.IGNORECASE)


@contextmanager
def open_csv(path: Path, head: bytes, *, encoding: str | None = None,
             delimiter: str | None = None, language: str | None = None) -> Iterator[Table]:
    """``path`` (whose first bytes are ``head``) as a Table of text cells.

    ``encoding`` and ``delimiter`` override the detection (the wizard offers both);
    ``language`` is the user's, for the encoding guess.
    """
    if delimiter is not None and (len(delimiter) != 1 or delimiter in '"\r\n'):
        raise ImportFileError(BAD_DELIMITER, delimiter=delimiter)
    if not head:
        raise ImportFileError(EMPTY_TEXT, name=path.name)
    guess = (TextGuess(check_encoding(encoding)) if encoding
             else detect_encoding(path, head, language=language))
    lines = TextLines(path, guess.encoding)
    try:
        first = list(islice(lines, SNIFF_LINES))
        skipped = 0
        sep = _SEP_LINE.fullmatch(first[0]) if first else None
        if sep:
            first, skipped = first[1:], 1
        chosen = delimiter or (sep.group(1) if sep else None) or sniff_delimiter(
            "".join(first), prefer="\t" if path.suffix.lower() == ".tsv" else ",")
        notes = [GUESSED_NOTE] if guess.guessed else []
        reader = csv.reader(chain(first, lines), delimiter=chosen, quotechar='"',
                            doublequote=True, strict=False)
        raw = _records(reader, lines, skipped, notes)
        yield build_table(raw, path=path, kind="csv", encoding=guess.encoding,
                          delimiter=chosen, notes=notes)
    finally:
        lines.close()


def sniff_delimiter(sample: str, prefer: str = ",") -> str:
    """The delimiter of the CSV text ``sample`` (module doc); ``prefer`` on a tie or
    when there is none (a one-column file)."""
    text = _QUOTED.sub("", sample)
    lines = [line for line in _LINE_BREAK.split(text) if line.strip()][:SNIFF_LINES]
    if not lines:
        return prefer
    best, best_key = prefer, (0.0, 0)
    for delimiter in (prefer, *[d for d in DELIMITERS if d != prefer]):
        counts = [line.count(delimiter) for line in lines]
        used = [c for c in counts if c]
        if not used:
            continue
        mode = Counter(used).most_common(1)[0][0]
        key = (round(counts.count(mode) / len(counts), 2), mode)
        if key > best_key:
            best, best_key = delimiter, key
    return best


def _records(reader: Iterator[list[str]], lines: TextLines, skipped: int,
             notes: list[str]) -> Iterator[RawRow]:
    """Each record with the number of the line it starts on; '' cells as None, and
    formula-guarding apostrophes taken off (csv_writer.unprotect)."""
    before = 0
    while True:
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise ImportFileError(BAD_CSV, line=lines.line + skipped, name=lines.name,
                                  reason=str(exc).rstrip(".")) from None
        # A leading apostrophe before = + - @ is the guard exporters (Rapport too) put
        # so that no spreadsheet runs the text as a formula: read the text itself.
        yield before + 1 + skipped, [unprotect(c) if c else None for c in record]
        before = reader.line_num  # type: ignore[attr-defined]
        if lines.nul_removed and NUL_NOTE not in notes:
            notes.append(NUL_NOTE)
