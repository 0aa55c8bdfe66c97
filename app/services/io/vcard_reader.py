"""vCard files (.vcf: versions 2.1, 3.0 and 4.0) in: one row per card.

Phones, Outlook, Google and Apple all export vCards; each card becomes a row under the
English field labels the import mapping knows (``fields.CONTACT_FIELDS``), so a .vcf
needs no mapping at all: Full name, First name, Last name, Email, Phone, Company, Job
title, Street, City, Region, Postal code, Country, Birthday, Notes, Tags. A card's
several emails and phones go in repeated "Email" and "Phone" columns, as many as the
fullest card needs (the preferred one first: the mapping takes the first as primary).
Columns no card fills are left out. Birthday is a ``date`` when it has a year, else
its text ("--05-17"); tags are the CATEGORIES joined with ", ", as exports write them.

vobject does the line work: unfolding, the quoted-printable soft breaks of vCard 2.1
(``allowQP=True``, which phones need), parameters (CHARSET, ENCODING, bare 2.1 types
such as ``TEL;CELL``). Values are decoded here rather than by vobject's vCard
behaviours, which split a 2.1 text value at its commas and keep the first piece
("Boss, big" came back as "Boss"): quoted-printable bytes are decoded in the line's
CHARSET, 3.0/4.0 escapes (``\\,`` ``\\;`` ``\\n``) are undone, structured values (N,
ADR, ORG) are split at unescaped semicolons.

Harmless variations are accepted: lowercase names, a missing VERSION (read as 3.0),
CRLF or LF, text between cards, photos (skipped). A line that is not a property
(broken folding) or a card never closed makes the whole file fail with
ImportFileError naming the line: an import reads everything before writing, so
nothing is half imported.
"""

from __future__ import annotations

import codecs
import datetime as dt
import quopri
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from vobject.base import ParseError, getLogicalLines, parseLine

from ..errors import QT_TRANSLATE_NOOP
from .encoding_reader import GUESSED_NOTE, TextGuess, check_encoding, detect_encoding
from .table import Cell, ImportFileError, Row, Table
from .text_reader import NUL_NOTE, TextLines

BAD_LINE = QT_TRANSLATE_NOOP(
    "Import", "Line {line} of {name} is not a vCard property (broken line folding?).")
UNCLOSED = QT_TRANSLATE_NOOP(
    "Import", "The card that begins on line {line} of {name} never ends (END:VCARD missing).")
NO_CARDS = QT_TRANSLATE_NOOP("Import", "{name} contains no vCards.")

#: The columns in order; "Email" and "Phone" repeat as needed.
COLUMNS = ("Full name", "First name", "Last name", "Email", "Phone", "Company",
           "Job title", "Street", "City", "Region", "Postal code", "Country", "Birthday",
           "Notes", "Tags")
_ADDRESS = ("Street", "City", "Region", "Postal code", "Country")
_SINGLE = {"FN": "Full name", "TITLE": "Job title", "NOTE": "Notes", "BDAY": "Birthday"}
_UNESCAPE = re.compile(r"\\(.)", re.DOTALL)
_SEMICOLON = re.compile(r"(?<!\\);")
_COMMA = re.compile(r"(?<!\\),")
_URI = re.compile(r"^(?:tel|mailto):", re.IGNORECASE)
_BDAY = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})(?:T.*)?")

Card = dict[str, list[str]]


@contextmanager
def open_vcard(path: Path, head: bytes, *, encoding: str | None = None,
               language: str | None = None) -> Iterator[Table]:
    """Every card of ``path`` (whose first bytes are ``head``) as a row of a Table.

    The whole file is read first, to know how many Email and Phone columns it needs;
    only the fields kept are held, not the lines (photos go by).
    """
    guess = (TextGuess(check_encoding(encoding)) if encoding
             else detect_encoding(path, head, language=language))
    lines = TextLines(path, guess.encoding)
    try:
        cards = list(_cards(lines, path.name))
    finally:
        lines.close()
    if not cards:
        raise ImportFileError(NO_CARDS, name=path.name)
    headers, rows = _tabulate(cards)
    notes = [GUESSED_NOTE] if guess.guessed else []
    if lines.nul_removed:
        notes.append(NUL_NOTE)
    yield Table(path=path, kind="vcf", headers=headers, rows=iter(rows), header_row=0,
                encoding=guess.encoding, notes=notes)


def _cards(lines: TextLines, name: str) -> Iterator[tuple[int, Card]]:
    """(first line, fields) per card; nested cards (2.1 AGENT) are skipped."""
    card: Card | None = None
    start = depth = 0
    version = "3.0"
    source = _Unbroken(lines)
    for text, number in getLogicalLines(source, allowQP=True):
        number = source.start_of(number)
        try:
            prop, params, value, _group = parseLine(text, number)
        except ParseError:
            if card is None:
                continue  # text between cards
            raise ImportFileError(BAD_LINE, line=number, name=name) from None
        prop = prop.upper()
        if prop == "BEGIN" and value.strip().upper() == "VCARD":
            depth += 1
            if depth == 1:
                card, start, version = {}, number, "3.0"
        elif prop == "END" and value.strip().upper() == "VCARD" and depth:
            depth -= 1
            if depth == 0 and card is not None:
                yield start, card
                card = None
        elif card is not None and depth == 1:
            if prop == "VERSION":
                version = value.strip()
            else:
                _add(card, prop, params, value, version)
    if card is not None:
        raise ImportFileError(UNCLOSED, line=start, name=name)


class _Unbroken:
    """TextLines for vobject, which reads with readline() and wants \\n endings.

    vobject numbers a logical line by the blank line before it (or 0 for the first
    line): ``start_of`` turns that into the line the property is really on.
    """

    def __init__(self, lines: TextLines) -> None:
        self._lines = lines
        self._blanks: set[int] = set()

    def readline(self) -> str:
        line = next(self._lines, "")
        if line and not line.strip():
            self._blanks.add(self._lines.line)
        return line.rstrip("\r\n") + "\n" if line else ""

    def start_of(self, number: int) -> int:
        return number + 1 if number == 0 or number in self._blanks else number


def _add(card: Card, prop: str, params: list[list[str]], value: str, version: str) -> None:
    """File one property's decoded value(s) under the column(s) it fills."""
    named = {p[0].upper(): [v.upper() for v in p[1:]] for p in params}
    flags = {p[0].upper() for p in params if len(p) == 1}  # 2.1: TEL;CELL;PREF
    flags.update(named.get("TYPE", ()))
    encoding = (named.get("ENCODING") or [""])[0]
    if encoding in ("B", "BASE64") or flags & {"BASE64", "B"} or prop in ("PHOTO", "LOGO",
                                                                        "SOUND", "KEY"):
        return
    if encoding == "QUOTED-PRINTABLE" or "QUOTED-PRINTABLE" in flags:
        value = _quoted_printable(value, (named.get("CHARSET") or ["UTF-8"])[0])
    old = version.startswith("2")
    pref = "PREF" in flags or bool(named.get("PREF"))
    if prop in ("EMAIL", "TEL"):
        listed = card.setdefault("Email" if prop == "EMAIL" else "Phone", [])
        text = _URI.sub("", _text(value, old).strip())  # 4.0: tel:+1-555..., mailto:
        if text:
            listed.insert(0 if pref else len(listed), text)
    elif prop in _SINGLE:
        _first(card, _SINGLE[prop], _text(value, old))
    elif prop == "ROLE":
        _first(card, "Job title", _text(value, old))
    elif prop == "N":
        parts = _parts(value, old, 5)
        _first(card, "Last name", parts[0])
        _first(card, "First name", parts[1])
        card.setdefault("_n", [" ".join(p for p in (parts[3], parts[1], parts[2], parts[0],
                                                    parts[4]) if p)])
    elif prop == "ORG":
        _first(card, "Company", _parts(value, old, 1)[0])
    elif prop == "ADR" and ("_adr" not in card or pref):
        box, extended, street, city, region, code, country = _parts(value, old, 7)
        found = zip(_ADDRESS, (", ".join(p for p in (street, extended, box) if p), city,
                               region, code, country), strict=True)
        for column in _ADDRESS:
            card.pop(column, None)
        card.update({column: [text] for column, text in found if text})
        card["_adr"] = []
    elif prop == "CATEGORIES":
        tags = [_text(t, old).strip() for t in _COMMA.split(value)]
        card.setdefault("Tags", []).extend(t for t in tags if t)


def _first(card: Card, column: str, text: str) -> None:
    text = text.strip()
    if text and column not in card:
        card[column] = [text]


def _quoted_printable(value: str, charset: str) -> str:
    data = quopri.decodestring(value.encode("latin-1", "replace")).replace(b"\r\n", b"\n")
    for name in (charset, "utf-8", "cp1252"):
        try:
            return data.decode(codecs.lookup(name).name)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("latin-1")


def _text(value: str, old: bool) -> str:
    """Escapes undone: 3.0/4.0 ``\\,`` ``\\;`` ``\\\\`` ``\\n``; 2.1 only knows ``\\;``."""
    if old:
        return value.replace("\\;", ";")
    return _UNESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _parts(value: str, old: bool, n: int) -> list[str]:
    parts = [_text(p, old).strip() for p in _SEMICOLON.split(value)]
    return (parts + [""] * n)[:n]


def _birthday(text: str) -> Cell:
    match = _BDAY.fullmatch(text.strip())
    if match:
        try:
            return dt.date(*map(int, match.groups()))
        except ValueError:
            pass
    return text


def _tabulate(cards: list[tuple[int, Card]]) -> tuple[tuple[str, ...], list[Row]]:
    """The header (each column once, Email and Phone as often as needed) and rows."""
    for _, card in cards:
        if "Full name" not in card and "_n" in card and card["_n"][0]:
            card["Full name"] = card["_n"]
    width = {c: max((len(card.get(c, ())) for _, card in cards), default=0) for c in COLUMNS}
    for column in COLUMNS:
        if column not in ("Email", "Phone"):
            width[column] = min(width[column], 1)
    headers = tuple(c for c in COLUMNS for _ in range(width[c]))
    rows = []
    for number, card in cards:
        cells: list[Cell] = []
        for column in COLUMNS:
            values = card.get(column, [])
            if column == "Tags":
                values = [", ".join(values)] if values else []
            cells += values[:width[column]]
            cells += [None] * (width[column] - len(values[:width[column]]))
        if "Birthday" in card:
            at = headers.index("Birthday")
            cells[at] = _birthday(str(cells[at]))
        rows.append(Row(number, tuple(cells)))
    return headers, rows
