"""Fuzzing the readers: whatever the bytes, a reader gives a Table whose every row has
one cell per header, or an ImportFileError. Never another exception, never a crash."""

from __future__ import annotations

import io
import itertools
import zipfile
from pathlib import Path

import pytest
import xlsxwriter
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services.io.readers import read_table
from app.services.io.table import ImportFileError

FUZZ = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.too_slow])
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1251", "cp1252",
             "cp1250", "gb18030", "latin-1", "koi8-r", "shift_jis")
_names = itertools.count()


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


def _check(folder: Path, data: bytes, suffix: str) -> None:
    path = folder / f"f{next(_names)}{suffix}"
    path.write_bytes(data)
    try:
        with read_table(path) as table:
            width = len(table.headers)
            assert width > 0
            for row in table.rows:
                assert len(row.cells) == width
                assert row.number >= 0
    except ImportFileError as exc:
        assert str(exc) and "\n" not in str(exc)
    finally:
        path.unlink()


def _workbook() -> bytes:
    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True})
    sheet = book.add_worksheet("People")
    sheet.write_row(0, 0, ["Name", "Email", "Phone", "Birthday"])
    sheet.write_row(1, 0, ["Ann", "ann@example.com", 998901234567, 33000])
    sheet.write_row(2, 0, ["Bob", "bob@example.com", "+998 90", "yesterday"])
    book.close()
    return out.getvalue()


WORKBOOK = _workbook()


@FUZZ
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".csv", ".vcf", ".xlsx",
                                                              ".txt", ".tsv"]))
def test_random_bytes(folder, data, suffix):
    _check(folder, data, suffix)


@FUZZ
@given(text=st.text(max_size=800), encoding=st.sampled_from(ENCODINGS),
       suffix=st.sampled_from([".csv", ".vcf", ".txt"]))
def test_random_text_in_random_encodings(folder, text, encoding, suffix):
    _check(folder, text.encode(encoding, errors="replace"), suffix)


@FUZZ
@given(lines=st.lists(st.sampled_from([
    "BEGIN:VCARD", "END:VCARD", "VERSION:2.1", "VERSION:3.0", "VERSION:4.0", "FN:Ann",
    "N:Doe;John;;;", "EMAIL:a@example.com", "TEL;CELL:+998901234567", " folded",
    "NOTE;ENCODING=QUOTED-PRINTABLE:a=", "=D0=98=", "ADR:;;1 Main;Town;;1;UZ",
    "BDAY:19991332", "BDAY:--0517", "CATEGORIES:a,b\\,c", "ORG:;;;", "", "garbage",
    "N;CHARSET=klingon;QUOTED-PRINTABLE:=FF=FE", "PHOTO;BASE64:AAAA", "item1.TEL:1",
]), max_size=40), ending=st.sampled_from(["\n", "\r\n", "\r"]))
def test_vcard_shaped_text(folder, lines, ending):
    _check(folder, ending.join(lines).encode(), ".vcf")


@FUZZ
@given(flips=st.lists(st.tuples(st.integers(0, len(WORKBOOK) - 1), st.integers(0, 255)),
                      min_size=1, max_size=6),
       cut=st.one_of(st.none(), st.integers(0, len(WORKBOOK))))
def test_damaged_workbooks(folder, flips, cut):
    data = bytearray(WORKBOOK)
    for at, value in flips:
        data[at] = value
    _check(folder, bytes(data[:cut] if cut is not None else data), ".xlsx")


CELL = st.one_of(
    st.tuples(st.integers(1, 60), st.integers(1, 12)),
    st.just((1048576, 16384)), st.just((1, 16384)), st.just((1048576, 1)),
)


def _column(n: int) -> str:
    letters = ""
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cells=st.lists(st.tuples(CELL, st.one_of(st.text(max_size=8), st.integers())),
                      max_size=30),
       numbered=st.booleans())
def test_sheets_with_cells_anywhere(folder, cells, numbered):
    """Cells at random places, up to XFD1048576: a dense grid of the whole sheet would
    abort the process, so the extent scan must send such sheets to openpyxl."""
    rows: dict[int, list[str]] = {}
    for (r, c), value in cells:
        ref = f' r="{_column(c)}{r}"' if numbered else ""
        body = (f'<v>{value}</v>' if isinstance(value, int)
                else f'<is><t>{value.replace("&", "&amp;").replace("<", "&lt;")}</t></is>')
        kind = "" if isinstance(value, int) else ' t="inlineStr"'
        rows.setdefault(r, []).append(f"<c{ref}{kind}>{body}</c>")
    xml = "".join(f'<row r="{r}">{"".join(cs)}</row>' for r, cs in sorted(rows.items()))
    data = io.BytesIO(WORKBOOK)
    out = io.BytesIO()
    with zipfile.ZipFile(data) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            content = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                head, _, rest = content.partition(b"<sheetData>")
                tail = rest.partition(b"</sheetData>")[2]
                content = head + b"<sheetData>" + xml.encode() + b"</sheetData>" + tail
            dst.writestr(item, content)
    _check(folder, out.getvalue(), ".xlsx")
