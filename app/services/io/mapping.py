"""Which field each column of a file fills: the suggestion from its headers, and the
mapping the wizard edits and the importer reads.

A ``ColumnMapping`` holds one target per column: a field key of ``fields.FIELDS[kind]``
("email", "custom:Shoe size") or None (the column is ignored). A field that is not
``multi`` fills from one column at most; emails, phones and tags may come from several,
in column order (the first email column gives the primary address).

``suggest_mapping`` reads the headers only, never guesses a field from the values, with
one exception: a column with an unknown header whose sample values are mostly email
addresses (at least 80 % of the non-empty ones) is suggested as the email when
``samples`` are given, because such columns are common ("Контакт", "Login") and an
address is unmistakable. Each header is folded (``values.fold_text``: case, width,
spaces, punctuation, ё/е and Uzbek apostrophes ʻ ' ’ ignored) and looked up, best first:

1. Rapport's own English labels (``fields.py``), so a file Rapport exported maps back
   exactly;
2. the names of the chosen tool (``preset``; with "auto", the tool the headers look
   like, see ``detect_preset``), which may also say "ignore" (Outlook's "Title" is
   Mr/Ms);
3. plain names in English, Russian, Chinese and Uzbek (``mapping_headers``);
4. with "auto", any other tool's names; then the numbered columns of Google, Outlook
   and Pipedrive ("E-mail 2 - Value" is an email, "E-mail 2 - Type" is ignored), and
   an email or phone name with a qualifier or number ("Work Email", "Телефон 2");
5. weak names ("Address" fills the street only if no "Street" column does).

A preset other than "auto" restricts the tool names to that tool's. When several
columns suggest the same single-column field, the best-ranked one keeps it (the first
of equals) and the others are ignored. A patronymic column ("Отчество", "Middle Name")
is ignored: ``fields.py`` has no field for it (see ``mapping_names`` for how a
patronymic inside a full name is kept with the first name).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import islice

from .fields import CUSTOM_HEADER_PREFIX, CUSTOM_PREFIX, FIELDS
from .fields import field as field_of
from .mapping_headers import GENERIC, PATTERNS, QUALIFIERS, VENDORS, WEAK
from .mapping_names import split_full_name
from .table import Cell
from .values import fold_text

__all__ = ["PRESETS", "ColumnMapping", "detect_preset", "is_field_key", "split_full_name",
           "suggest_mapping"]

PRESETS = ("auto", "google", "outlook", "hubspot", "salesforce", "pipedrive")
SAMPLE_ROWS = 20  # rows of samples looked at for the email guess
EMAIL_SHARE = 0.8
CUSTOM_NAME_LEN = 100
_EMAIL_LIKE = re.compile(r"[^@\s<>,;]+@[^@\s<>,;]+\.[^@\s<>,;.]+")
_TRAILING_DIGITS = re.compile(r"\d+$")
# Ranks of a suggestion; 0 is the email guessed from the values.
_LABEL, _PRESET, _PLAIN, _OTHER, _WEAK, _DATA = 5, 4, 3, 2, 1, 0


@dataclass(frozen=True)
class ColumnMapping:
    """One target per column (a field key or None); ``headers`` when known, for
    templates. Invalid keys, or a single-column field on two columns, are a
    programming error (ValueError): build changes with ``with_column``."""

    columns: tuple[str | None, ...]
    kind: str = "contacts"
    headers: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "columns", tuple(self.columns))
        object.__setattr__(self, "headers", tuple(self.headers))
        if self.kind not in FIELDS:
            raise ValueError(f"unknown kind of record {self.kind!r}")
        if self.headers and len(self.headers) != len(self.columns):
            raise ValueError("a mapping needs one target per header")
        taken: set[str] = set()
        for key in self.columns:
            if key is None:
                continue
            if not is_field_key(self.kind, key):
                raise ValueError(f"{self.kind} have no field {key!r}")
            if not field_of(self.kind, key).multi:
                if key in taken:
                    raise ValueError(f"{key!r} is mapped from two columns")
                taken.add(key)

    def target(self, column: int) -> str | None:
        """The field column ``column`` fills (None: ignored or past the last column)."""
        return self.columns[column] if 0 <= column < len(self.columns) else None

    def columns_of(self, key: str) -> tuple[int, ...]:
        """The columns that fill ``key``, in order."""
        return tuple(i for i, target in enumerate(self.columns) if target == key)

    def mapped(self) -> dict[str, tuple[int, ...]]:
        """Every mapped field and its columns, in the order of their first column."""
        found: dict[str, list[int]] = {}
        for i, key in enumerate(self.columns):
            if key is not None:
                found.setdefault(key, []).append(i)
        return {key: tuple(columns) for key, columns in found.items()}

    def with_column(self, column: int, key: str | None) -> ColumnMapping:
        """This mapping with ``column`` set to ``key``; a single-column field leaves the
        column that had it (which is then ignored)."""
        if not 0 <= column < len(self.columns):
            raise IndexError(column)
        single = key is not None and is_field_key(self.kind, key) and not field_of(
            self.kind, key).multi
        columns = [None if single and target == key else target for target in self.columns]
        columns[column] = key
        return ColumnMapping(tuple(columns), self.kind, self.headers)


def is_field_key(kind: str, key: str) -> bool:
    """Whether ``key`` names a field of ``kind``: one of ``fields.FIELDS[kind]`` or, for
    contacts, "custom:<name>" with a trimmed name of 1-100 characters."""
    if any(f.key == key for f in FIELDS.get(kind, ())):
        return True
    name = key[len(CUSTOM_PREFIX):] if key.startswith(CUSTOM_PREFIX) else ""
    return kind == "contacts" and 0 < len(name) <= CUSTOM_NAME_LEN and name == name.strip()


def suggest_mapping(
    headers: Sequence[str],
    *,
    kind: str = "contacts",
    preset: str = "auto",
    samples: Sequence[Sequence[Cell]] = (),
) -> ColumnMapping:
    """The mapping the headers suggest (see the module doc); ``samples`` are the first
    data rows, used only to spot an unnamed column of email addresses."""
    if kind not in FIELDS:
        raise ValueError(f"unknown kind of record {kind!r}")
    if preset not in PRESETS:
        raise ValueError(f"unknown preset {preset!r}; use one of {PRESETS}")
    book = _book(kind)
    vendor = preset if preset != "auto" else detect_preset(headers, kind=kind)
    ranked = [_suggest(book, fold_text(h), vendor, preset == "auto") for h in headers]
    email = book.email_key
    if samples and email is not None:
        for i, (key, rank) in enumerate(ranked):
            if key is None and rank < 0 and _mostly_emails(row[i] for row in samples
                                                           if i < len(row)):
                ranked[i] = (email, _DATA)
    best: dict[str, int] = {}
    for i, (key, rank) in enumerate(ranked):
        if key is not None and key not in book.many:
            if key not in best or rank > ranked[best[key]][1]:
                best[key] = i
    columns = tuple(
        key if key is None or key in book.many or best[key] == i else None
        for i, (key, _rank) in enumerate(ranked)
    )
    if kind == "contacts":  # a custom field's column as Rapport exports it
        columns = tuple(_custom_key(h) if key is None else key
                        for h, key in zip(headers, columns, strict=True))
    return ColumnMapping(columns, kind, tuple(headers))


def _custom_key(header: str) -> str | None:
    name = header[len(CUSTOM_HEADER_PREFIX):].strip() \
        if header.startswith(CUSTOM_HEADER_PREFIX) else ""
    return CUSTOM_PREFIX + name if name else None


def detect_preset(headers: Sequence[str], *, kind: str = "contacts") -> str:
    """The tool whose own column names (or numbered columns) most of ``headers`` are,
    if at least two are and no other tool ties; otherwise "auto"."""
    if kind not in FIELDS:
        raise ValueError(f"unknown kind of record {kind!r}")
    book = _book(kind)
    folded = [fold_text(h) for h in headers]
    counts = {
        vendor: sum(
            name in book.vendors.get(vendor, {})
            or any(v == vendor and p.fullmatch(name) for v, p, _ in book.patterns)
            for name in folded
        )
        for vendor in PRESETS[1:]
    }
    top = max(counts.values(), default=0)
    winners = [vendor for vendor, count in counts.items() if count == top]
    return winners[0] if top >= 2 and len(winners) == 1 else "auto"


@dataclass(frozen=True)
class _Book:
    """The names of mapping_headers for one kind, folded; keys the kind lacks as None."""

    labels: dict[str, str | None]
    plain: dict[str, str | None]
    weak: dict[str, str | None]
    vendors: dict[str, dict[str, str | None]]
    patterns: tuple[tuple[str, re.Pattern[str], str | None], ...]
    #: Multi fields, and the folded names of the email/phone/tag fields (qualifier rule).
    many: frozenset[str]
    names_of: tuple[tuple[str, tuple[str, ...]], ...]
    email_key: str | None


@cache
def _book(kind: str) -> _Book:
    keys = {f.key for f in FIELDS[kind]}

    def own(key: str | None) -> str | None:
        return key if key in keys else None

    def folded(table: dict[str, tuple[str, ...]]) -> dict[str, str | None]:
        found: dict[str, str | None] = {}
        for key, names in table.items():
            for name in names:
                found.setdefault(fold_text(name), own(key))
        return found

    plain = folded(GENERIC.get(kind, {}))
    listed = kind == "contacts"  # the tools' names are those of their contact exports
    names_of = tuple(
        (f.key, tuple(n for n, k in {**plain, fold_text(f.label): f.key}.items() if k == f.key))
        for f in FIELDS[kind] if f.kind in ("email", "phone", "tags")
    )
    return _Book(
        labels={fold_text(f.label): f.key for f in FIELDS[kind]},
        plain=plain,
        weak=folded(WEAK.get(kind, {})),
        vendors={v: {fold_text(h): own(k) for h, k in t.items()} for v, t in VENDORS.items()}
        if listed else {},
        patterns=tuple((v, re.compile(p), own(k)) for v, p, k in PATTERNS) if listed else (),
        many=frozenset(f.key for f in FIELDS[kind] if f.multi),
        names_of=names_of,
        email_key=next((f.key for f in FIELDS[kind] if f.kind == "email"), None),
    )


def _suggest(book: _Book, name: str, vendor: str, auto: bool) -> tuple[str | None, int]:
    """The key a folded header suggests and its rank; rank -1: an unknown header."""
    if not name:
        return None, -1
    if name in book.labels:
        return book.labels[name], _LABEL
    if name in book.vendors.get(vendor, {}):
        return book.vendors[vendor][name], _PRESET
    if name in book.plain:
        return book.plain[name], _PLAIN
    if auto:
        for table in book.vendors.values():
            if name in table:
                return table[name], _OTHER
    for owner, pattern, key in book.patterns:
        if (auto or owner == vendor) and pattern.fullmatch(name):
            return key, _OTHER
    for key, names in book.names_of:
        if any(_qualified(name, alias) for alias in names):
            return key, _OTHER
    if name in book.weak:
        return book.weak[name], _WEAK
    return None, -1


def _qualified(name: str, alias: str) -> bool:
    """Whether ``name`` is ``alias`` with qualifiers or a number around it."""
    start = name.find(alias)
    if start < 0 or len(alias) < 2:
        return False
    return _qualifier(name[:start]) and _qualifier(name[start + len(alias):])


def _qualifier(text: str) -> bool:
    text = _TRAILING_DIGITS.sub("", text)
    return not text or text in _QUALIFIERS


_QUALIFIERS = frozenset(fold_text(q) for q in QUALIFIERS)


def _mostly_emails(cells: Iterable[Cell]) -> bool:
    texts = [c.strip() for c in islice(cells, SAMPLE_ROWS) if isinstance(c, str) and c.strip()]
    hits = sum(bool(_EMAIL_LIKE.fullmatch(t)) for t in texts)
    return bool(texts) and hits >= EMAIL_SHARE * len(texts)
