"""The quick ways of a large import store exactly what the plain ways stored.

* On SQLite, the import writes through the driver (lookups in one statement, inserts of
  many rows each); every other database goes through SQLAlchemy Core. Both are run on
  the same file and the same contacts, and must leave the same database behind.
* The rows are planned on a thread of their own: an error there reaches the caller,
  and the thread (and the interpreter's switch interval) is gone when the import ends.
* The value parsers' shortcuts agree with the plain regular expressions.
"""

from __future__ import annotations

import gc
import json
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from app.db import Database, open_database
from app.models import Contact
from app.services.contacts import ContactInput, create_contact, delete_contact
from app.services.io import import_apply, values
from app.services.io.import_apply import ContactRows, apply
from app.services.io.import_plan import ImportOptions, PlannedRow
from app.services.io.importer import import_file

HEADER = ("First name,Last name,Email,Phone,Company,Birthday,Tags,Notes,"
          "Marketing consent,Consent given,Lifecycle stage,Custom: Shoe size\n")
ROWS = [
    "Gʻulom,Karimov,gulom@example.uz,+998 90 123 45 67,Toshkent Tekstil,15.03.1985,"
    "\"VIP, Wholesale\",\"Met at the fair\nTwice\",yes,2025-05-01 09:30,customer,38",
    "Алёна,Смирнова,alena@example.ru; alena2@example.ru,+7 916 123-45-67 ::: "
    "8 495 123-45-67,,,,,,,,",
    "伟,王,wang@example.cn,+86 138 0013 8000,Acme,,VIP,,,,,",
    "Ann,Lee,ANN@example.com,998901111112,Acme,,,,no,,lead,",  # a stored contact's email
    "Shared,Key,shared@example.com,,New Co,,,,,,,",  # primary of one, extra of another
    "Twice,Stored,dup@example.com,,,,,,,,,",  # two stored contacts with this email
    "Gone,Away,gone@example.com,,,,,,,,,",  # only a contact in the Trash has it
    ",,a@example.com,+998 90 222 22 22,,,,,,,,",  # no name: may only update
    "Bad,Email,not-an-email,,,,,,,,,",
    "Bad,Phone,bad@example.com,+998 00 123 45 67,,,,,,,,",
    "Ann,Lee,ann@example.com,+998 90 333 33 33,Beta,,Wholesale,more,,,,",  # again
    "Zed,Zee,zed@example.com,+1 202-555-0143,Acme,,wholesale,,,,,",
    "Zed,Zee,ZED@example.com,,Gamma,,VIP,,,,,",  # a twin of the row before
    *(f"P{i},Q{i % 7},p{i}@example.com,+998 93 {1_000_000 + i},Company {i % 30},,"
      f"tag{i % 5},,,,," for i in range(2_300)),  # more than a chunk
]


def _seed(db: Database) -> None:
    """The same stored contacts in every database compared."""
    with db.session_scope() as s:
        def add(first: str, **kw: Any) -> int:
            return create_contact(s, ContactInput(first_name=first, **kw), region="UZ").id
        add("Ann", emails=["ann@example.com", "shared@example.com"],
            phones=["+998 90 111 11 11"])
        add("Bea", emails=["shared@example.com"])
        add("Dup1", emails=["dup@example.com"])
        add("Dup2", emails=["dup@example.com"], phones=["+998 90 222 22 22"])
        delete_contact(s, add("Gone", emails=["gone@example.com"]))


def _generic_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """The import as it runs on databases other than SQLite (SQLAlchemy Core)."""
    init = import_apply._Writer.__init__

    def generic(self: Any, *args: Any, **kwargs: Any) -> None:
        init(self, *args, **kwargs)
        self.sqlite = False
        self.rows = ContactRows(False)

    monkeypatch.setattr(import_apply._Writer, "__init__", generic)


def _stored(db: Database) -> dict[str, list[Any]]:
    """Every row the import can write, without the moments it was written at."""
    def plain(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: plain(v) for k, v in value.items() if not k.endswith("_at")}
        if isinstance(value, list):
            return [plain(v) for v in value]
        return value

    out: dict[str, list[Any]] = {}
    with db.session_scope() as s:
        for table, order in (("contacts", "id"), ("contact_emails", "id"),
                             ("contact_phones", "id"), ("contact_tags", "contact_id, tag_id"),
                             ("companies", "id"), ("tags", "id"), ("import_changes", "id")):
            rows = []
            for row in s.execute(text(f"SELECT * FROM {table} ORDER BY {order}")).mappings():
                cells = {k: v for k, v in row.items()
                         if k not in ("created_at", "updated_at", "deleted_at")}
                if cells.get("custom_fields") == "null":  # Core's JSON None: no fields
                    cells["custom_fields"] = None
                if isinstance(cells.get("before"), str):
                    cells["before"] = plain(json.loads(cells["before"]))
                rows.append(cells)
            out[table] = rows
        s.execute(text("INSERT INTO contacts_fts(contacts_fts) VALUES ('integrity-check')"))
        out["found"] = [list(s.scalars(text(
            "SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH :q ORDER BY rowid"),
            {"q": q})) for q in ('"998901"', '"gʻulom"', '"acme"', '"p12"', '"王伟"')]
    return out


def _run(db: Database, path: Path, mode: str) -> tuple[Any, ...]:
    with db.session_scope() as s:
        result = import_file(s, path, options=ImportOptions(region="UZ", on_duplicate=mode)
                             ).result
    return (result.created, result.updated, result.skipped, result.warnings,
            [(r.number, r.reasons) for r in result.rejected])


@pytest.mark.parametrize("mode", ["skip", "update", "create"])
def test_the_sqlite_way_stores_what_the_core_way_stores(db, tmp_path, monkeypatch, mode):
    path = tmp_path / "people.csv"
    path.write_text(HEADER + "\n".join(ROWS) + "\n", encoding="utf-8")
    other = open_database(str(tmp_path / "core.sqlite3"))
    try:
        _seed(db)
        _seed(other)
        quick = _run(db, path, mode)
        with monkeypatch.context() as patch:
            _generic_path(patch)
            plain = _run(other, path, mode)
        assert quick == plain
        assert quick[0] > 2_000 and quick[4]  # a few chunks, and some rows rejected
        assert _stored(db) == _stored(other)
    finally:
        other.dispose()


def test_the_one_statement_lookup_finds_what_the_queries_find(db, monkeypatch):
    _seed(db)
    keys = ["e:ann@example.com", "e:shared@example.com", "e:dup@example.com",
            "e:gone@example.com", "e:nobody@example.com", "p:+998901111111",
            "p:+998902222222", "p:+998909999999"]
    with db.session_scope() as s:
        writer = import_apply._Writer(s, 0, ImportOptions(region="UZ"))
        assert writer.sqlite
        quick = writer._existing(keys)
        writer.sqlite = False
        assert quick == writer._existing(keys)
        ids = {name: cid for name, cid in s.execute(select(Contact.first_name, Contact.id))}
    assert quick == {"e:ann@example.com": ids["Ann"], "e:shared@example.com": ids["Bea"],
                     "e:dup@example.com": ids["Dup1"], "p:+998901111111": ids["Ann"],
                     "p:+998902222222": ids["Dup2"]}


@given(st.integers(0, 10_000), st.sampled_from([1, 2, 64, 1024]))
def test_rows_are_inserted_in_a_few_statements_of_a_few_sizes(rows, largest):
    sizes = list(import_apply._statement_sizes(rows, largest))
    assert sum(sizes) == rows
    assert all(size <= largest and size & (size - 1) == 0 for size in sizes)
    assert len(sizes) <= rows // largest + largest.bit_length()


# --- the planning thread ------------------------------------------------------------


def _planning_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "rapport-import-plan"]


def test_an_error_while_planning_reaches_the_caller_and_stops_the_thread(db):
    interval, threshold = sys.getswitchinterval(), gc.get_threshold()

    def planned():
        yield PlannedRow(number=2, cells=("x",))
        raise RuntimeError("the file went away")

    with pytest.raises(RuntimeError, match="went away"), db.session_scope() as s:
        apply(s, planned(), file_name="f.csv", options=ImportOptions())
    assert not _planning_threads()
    assert (sys.getswitchinterval(), gc.get_threshold()) == (interval, threshold)


def test_an_error_while_storing_stops_the_planning_thread(db, tmp_path, monkeypatch):
    path = tmp_path / "people.csv"
    path.write_text(HEADER + "\n".join(ROWS) + "\n", encoding="utf-8")
    interval, threshold = sys.getswitchinterval(), gc.get_threshold()
    seen: list[Any] = []

    def failing(self: Any, chunk: Any, result: Any) -> None:
        seen.append((sys.getswitchinterval(), gc.get_threshold()[0]))
        raise OSError("disk full")

    monkeypatch.setattr(import_apply._Writer, "store", failing)
    with pytest.raises(OSError, match="disk full"), db.session_scope() as s:
        import_file(s, path, options=ImportOptions(region="UZ"))
    # shortened, and the collector's young generation made larger, while it ran
    assert seen == [(min(interval, 0.001), max(threshold[0], 50_000))]
    assert not _planning_threads()
    assert (sys.getswitchinterval(), gc.get_threshold()) == (interval, threshold)
    with db.session_scope() as s:
        assert s.scalar(select(Contact.id).where(Contact.first_name == "P1")) is None
        # the search index's trigger and merging are as they were: rolled back
        assert _automerge(s) is None
        assert s.scalar(text("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                             "AND name = 'contacts_fts_insert'")) == 1


def _automerge(s: Any) -> Any:
    return s.execute(text(
        "SELECT v FROM contacts_fts_config WHERE k = 'automerge'")).scalar()


@pytest.mark.parametrize("before", [None, 8])
def test_the_index_merges_later_and_finds_the_rows_now(db, tmp_path, monkeypatch, before):
    """While an import feeds the search index, the index does not merge its segments
    as it goes; afterwards it does again, as it was set, and finds what was imported."""
    path = tmp_path / "people.csv"
    path.write_text(HEADER + "\n".join(ROWS) + "\n", encoding="utf-8")
    if before is not None:
        with db.session_scope() as s:
            s.execute(text("INSERT INTO contacts_fts(contacts_fts, rank) "
                           "VALUES ('automerge', :v)"), {"v": before})
    seen: list[Any] = []
    store = import_apply._Writer.store

    def watched(self: Any, chunk: Any, result: Any) -> None:
        seen.append(_automerge(self.s))
        store(self, chunk, result)

    monkeypatch.setattr(import_apply._Writer, "store", watched)
    _run(db, path, "skip")
    with db.session_scope() as s:
        assert seen and set(seen) == {0}
        assert _automerge(s) == (import_apply.FTS_AUTOMERGE if before is None else before)
        found = s.execute(text("SELECT count(*) FROM contacts_fts "
                               "WHERE contacts_fts MATCH 'karimov'")).scalar()
        assert found == 1
        s.execute(text("INSERT INTO contacts_fts(contacts_fts) VALUES ('integrity-check')"))


# --- the value parsers' shortcuts ---------------------------------------------------

_cells = st.one_of(
    st.text(),
    st.text(alphabet="ab@.+0123456789 ;:\r\n\t\u2028", max_size=30),
    st.sampled_from(["a ::: b", "a:::b", "a :: b", "x;", " ; ", "+7 916;\n8 495"]),
)


@settings(max_examples=500, deadline=None)
@given(_cells)
def test_split_multi_is_the_plain_split(cell: str) -> None:
    plain = tuple(part for part in values._MULTI_SPLIT.split(cell.strip()) if part)
    assert values.split_multi(cell) == plain


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=20).map(lambda t: "+" + t),
                 st.from_regex(r"\+[0-9 ().eE,+-]{0,20}", fullmatch=True)))
def test_text_with_a_plus_is_a_phone_as_typed(text: str) -> None:
    """phone_text keeps text that starts with "+" as it is, without trying the two
    patterns of numbers that lost their "+": neither can match such text."""
    stripped = text.strip()
    if stripped[:1] == "+":
        assert values._SCIENTIFIC.fullmatch(stripped) is None
        assert values._BARE_DIGITS.fullmatch(stripped) is None
        assert values.phone_text(text, "UZ") == (stripped, None)


def test_a_collector_switched_off_stays_off_while_an_import_runs() -> None:
    """A young-generation threshold of 0 means no automatic collection: an import's
    larger threshold must not switch it back on, and the setting is kept afterwards."""
    saved = gc.get_threshold()
    gc.set_threshold(0, *saved[1:])
    try:
        with import_apply._IMPORT_PACE.quickened():
            assert gc.get_threshold()[0] == 0
        assert gc.get_threshold() == (0, *saved[1:])
    finally:
        gc.set_threshold(*saved)
