"""Contacts as vCards (.vcf, version 3.0, UTF-8), for phones and address books.

vCard 3.0 (RFC 2426) is the version every address book reads (Apple Contacts, Google,
Outlook, Android); 4.0 is still patchy. Each contact becomes one card, written through
vobject, which folds long lines and escapes , ; and line breaks:

    FN  the full name             N           last and first name
    EMAIL;TYPE=INTERNET per email TEL         per phone, as typed
    ORG the company               TITLE       the job title
    ADR street, city, region, postal code, country
    BDAY the birthday (yyyy-mm-dd)  NOTE the notes  CATEGORIES the tags

The writer takes the same columns and rows as the table writers and picks the fields
it knows by key; the rest (owner, lifecycle stage, custom fields...) have no vCard
property and stay in Rapport.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

import vobject

from .sheet_writer import BUFFER, Column, Row

_ADDRESS = ("street", "city", "region", "postal_code", "country")


class VcardWriter:
    """Writes one vCard per row into ``path`` (an existing, empty file)."""

    def __init__(self, path: Path, columns: Sequence[Column]) -> None:
        self._where: dict[str, list[int]] = {}
        for i, column in enumerate(columns):
            self._where.setdefault(column.key, []).append(i)
        self._file: TextIO = open(path, "w", encoding="utf-8", newline="",
                                buffering=BUFFER)

    def write_rows(self, rows: Sequence[Row]) -> None:
        for row in rows:
            self._file.write(self._card(row).serialize())

    def finish(self, about: Sequence[tuple[str, str]]) -> None:
        self._file.close()

    def abort(self) -> None:
        self._file.close()

    def _values(self, row: Row, key: str) -> list[Any]:
        return [row[i] for i in self._where.get(key, ()) if row[i] not in (None, "")]

    def _one(self, row: Row, key: str) -> Any:
        values = self._values(row, key)
        return values[0] if values else None

    def _card(self, row: Row) -> Any:
        card = vobject.vCard()
        first, last = self._one(row, "first_name"), self._one(row, "last_name")
        full = self._one(row, "full_name") or " ".join(p for p in (first, last) if p)
        card.add("fn").value = full
        card.add("n").value = vobject.vcard.Name(family=last or "", given=first or "")
        for address in self._values(row, "email"):
            prop = card.add("email")
            prop.value = address
            prop.type_param = "INTERNET"
        for number in self._values(row, "phone"):
            card.add("tel").value = number
        company = self._one(row, "company")
        if company:
            card.add("org").value = [company]
        title = self._one(row, "title")
        if title:
            card.add("title").value = title
        parts = {key: self._one(row, key) or "" for key in _ADDRESS}
        if any(parts.values()):
            card.add("adr").value = vobject.vcard.Address(
                street=parts["street"], city=parts["city"], region=parts["region"],
                code=parts["postal_code"], country=parts["country"])
        birthday = self._one(row, "birthday")
        if isinstance(birthday, dt.date):
            card.add("bday").value = birthday.isoformat()
        notes = self._one(row, "notes")
        if notes:
            card.add("note").value = notes
        tags = self._one(row, "tags")
        if tags:
            card.add("categories").value = list(tags)
        return card
