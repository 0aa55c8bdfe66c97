"""Workbooks in: typed cells from both engines, the header under a title, the sheet
chosen, a lying <dimension>, a far stray cell, and every way a workbook can be bad."""

from __future__ import annotations

import datetime as dt
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
import xlsxwriter

from app.services.io import xlsx_reader
from app.services.io.readers import read_table, sheet_names
from app.services.io.table import ImportFileError, Table
from app.services.io.workbook_reader import Extent
from app.services.io.xlsx_reader import fits_calamine, open_xlsx

ENGINES = ("calamine", "openpyxl")


def _book(path: Path, sheets: dict[str, list[list[object]]], *, active: str | None = None,
          options: dict[str, object] | None = None) -> Path:
    book = xlsxwriter.Workbook(str(path), options or {})
    day = book.add_format({"num_format": "yyyy-mm-dd"})
    moment = book.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    for name, rows in sheets.items():
        sheet = book.add_worksheet(name)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if isinstance(value, dt.datetime):
                    sheet.write_datetime(r, c, value, moment)
                elif isinstance(value, dt.date):
                    sheet.write_datetime(r, c, value, day)
                elif value is not None:
                    sheet.write(r, c, value)
        if name == active:
            sheet.activate()
    book.close()
    return path


def _patch(path: Path, part: str, change: Callable[[bytes], bytes]) -> Path:
    """Rewrite one part of the zip (a workbook written normally, then tampered with)."""
    patched = path.with_name("patched-" + path.name)
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(patched, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            data = src.read(item.filename)
            out.writestr(item, change(data) if item.filename == part else data)
    return patched


def _read(path: Path, engine: str = "auto", **kw: object) -> tuple[Table, list]:
    with open_xlsx(path, engine=engine, **kw) as table:  # type: ignore[arg-type]
        return table, list(table.rows)


@pytest.mark.parametrize("engine", ENGINES)
def test_cells_keep_their_types(tmp_path, engine):
    path = _book(tmp_path / "types.xlsx", {"Contacts": [
        ["Name", "Phone", "Phone as float", "Birthday", "Met", "VIP", "Spent", "Note"],
        ["Ann", 998901234567, 9.98901234567e11, dt.date(1990, 5, 17),
         dt.datetime(2025, 6, 2, 14, 30), True, 12.5, ""],
        ["Bob", 7, 0.0, dt.datetime(2025, 1, 2), None, False, -3, "  spaced  "],
    ]})
    table, rows = _read(path, engine)
    assert table.headers == ("Name", "Phone", "Phone as float", "Birthday", "Met", "VIP",
                             "Spent", "Note")
    assert rows[0].cells == ("Ann", 998901234567, 998901234567, dt.date(1990, 5, 17),
                             dt.datetime(2025, 6, 2, 14, 30), True, 12.5, None)
    assert type(rows[0].cells[1]) is int and type(rows[0].cells[5]) is bool
    # A date-time at midnight reads as a date, as calamine gives it.
    assert rows[1].cells == ("Bob", 7, 0, dt.date(2025, 1, 2), None, False, -3, "  spaced  ")
    assert [r.number for r in rows] == [2, 3]
    assert (table.kind, table.sheet, table.sheets, table.header_row) == (
        "xlsx", "Contacts", ("Contacts",), 1)


@pytest.mark.parametrize("engine", ENGINES)
def test_header_found_below_a_title_and_blank_rows(tmp_path, engine):
    path = _book(tmp_path / "export.xlsx", {"Export": [
        ["Clients export 2025"],
        [],
        ["Name", "Email", "Email", "City", None, None, None, None],
        ["Ann", "ann@example.com", "ann2@example.com", "Tashkent", None, None, "ref 1"],
        [],
        ["Bob", "bob@example.com", None, None, None, None, None],
        [], [],
    ]})
    table, rows = _read(path, engine)
    assert table.header_row == 3
    # Duplicates stay; the data column without a header is named by its position.
    assert table.headers == ("Name", "Email", "Email", "City", "Column 5", "Column 6",
                             "Column 7")
    assert [(r.number, r.cells[0], r.cells[-1]) for r in rows] == [
        (4, "Ann", "ref 1"), (6, "Bob", None)]
    assert all(len(r.cells) == len(table.headers) for r in rows)


def test_a_table_away_from_a1_keeps_file_positions(tmp_path):
    path = _book(tmp_path / "offset.xlsx", {"S": [
        [], [], [None, None, "Name", "Phone"], [None, None, "Ann", 5, None, None, "x"]]})
    for engine in ENGINES:
        table, rows = _read(path, engine)
        assert table.headers == ("Name", "Phone", "Column 5", "Column 6", "Column 7")
        assert rows[0].number == 4 and rows[0].cells == ("Ann", 5, None, None, "x")


@pytest.mark.parametrize("engine", ENGINES)
def test_declared_million_row_dimension_does_not_make_a_million_rows(tmp_path, engine):
    rows = [["Name", "Phone", *[f"Field {i}" for i in range(10)]]]
    rows += [[f"Person {i}", 998900000000 + i, *range(10)] for i in range(9)]
    path = _book(tmp_path / "dim.xlsx", {"Data": rows})
    path = _patch(path, "xl/worksheets/sheet1.xml",
                  lambda xml: xml.replace(b'<dimension ref="A1:L10"/>',
                                          b'<dimension ref="A1:L1000000"/>'))
    with zipfile.ZipFile(path) as zf:
        assert b"A1:L1000000" in zf.read("xl/worksheets/sheet1.xml")
    started = time.perf_counter()
    table, read = _read(path, engine)
    assert time.perf_counter() - started < 5
    assert len(table.headers) == 12 and len(read) == 9
    assert read[-1].cells[:2] == ("Person 8", 998900000008)


def test_a_far_stray_cell_goes_to_openpyxl_not_a_dense_grid(tmp_path):
    # calamine would allocate 1048576 x 16384 cells for this sheet and abort the process.
    book = xlsxwriter.Workbook(str(tmp_path / "stray.xlsx"))
    sheet = book.add_worksheet()
    sheet.write_row(0, 0, ["Name", "Phone"])
    sheet.write_row(1, 0, ["Ann", "+998 90 123 45 67"])
    sheet.write(1048575, 16383, "stray")
    book.close()
    assert not fits_calamine(Extent(True, 1048576, 16384, 10_000))
    table, rows = _read(tmp_path / "stray.xlsx")
    assert table.headers == ("Name", "Phone")
    assert [r.cells for r in rows] == [("Ann", "+998 90 123 45 67")]
    assert any("extra cells" in note for note in table.notes)


def test_budget_decides_the_engine():
    assert fits_calamine(Extent(True, 100_001, 12, 64_000_000))
    # Twice the rows: calamine's grid and text would take the import past 300 MB.
    assert not fits_calamine(Extent(True, 200_001, 12, 128_000_000))
    assert not fits_calamine(Extent(True, 1_048_576, 40, 500_000_000))


def test_default_sheet_is_the_active_one_with_data_else_the_first_with_data(tmp_path):
    sheets = {"Notes": [["just a note"]], "Empty": [], "People": [["Name", "City"],
                                                                  ["Ann", "Tashkent"]]}
    active_people = _book(tmp_path / "a.xlsx", sheets, active="People")
    active_empty = _book(tmp_path / "b.xlsx", sheets, active="Empty")
    with read_table(active_people) as table:
        assert table.sheet == "People" and table.sheets == ("Notes", "Empty", "People")
    with read_table(active_empty) as table:
        assert table.sheet == "Notes" and table.headers == ("just a note",)
    with read_table(active_empty, sheet="People") as table:
        assert [r.cells for r in table.rows] == [("Ann", "Tashkent")]
    assert sheet_names(active_empty) == ["Notes", "Empty", "People"]
    with pytest.raises(ImportFileError, match="The sheet “Empty” of b.xlsx is empty"):
        with read_table(active_empty, sheet="Empty"):
            pass
    with pytest.raises(ImportFileError, match="no sheet named “Customers”"):
        with read_table(active_people, sheet="Customers"):
            pass


def test_a_sheet_with_only_a_header_has_no_rows(tmp_path):
    path = _book(tmp_path / "header.xlsx", {"S": [["Name", "Email", "Phone"]]})
    with read_table(path) as table:
        assert table.headers == ("Name", "Email", "Phone")
        assert list(table.rows) == []


def test_xlsm_and_a_workbook_with_a_csv_name_are_read_as_workbooks(tmp_path):
    path = _book(tmp_path / "macro.xlsm", {"S": [["Name", "City"], ["Ann", "Bukhara"]]})
    renamed = path.rename(tmp_path / "really-a-workbook.csv")
    with read_table(renamed) as table:
        assert table.kind == "xlsx" and [r.cells for r in table.rows] == [("Ann", "Bukhara")]


def _error(path: Path, **kw: object) -> str:
    with pytest.raises(ImportFileError) as caught:
        with read_table(path, **kw) as table:  # type: ignore[arg-type]
            list(table.rows)
    message = str(caught.value)
    assert "\n" not in message and path.name in message
    return message


def test_bad_workbooks_give_one_clear_sentence(tmp_path):
    good = _book(tmp_path / "good.xlsx", {"S": [["Name", "City"], ["Ann", "Khiva"]]})
    data = good.read_bytes()
    truncated = tmp_path / "truncated.xlsx"
    truncated.write_bytes(data[: len(data) // 2])
    assert "damaged" in _error(truncated)

    corrupt = _patch(good, "xl/worksheets/sheet1.xml", lambda xml: xml[: len(xml) // 2])
    assert "damaged" in _error(corrupt)

    # A damaged central directory claiming a zip version from the future (6.4):
    # zipfile refuses it when the file is opened (found by the fuzz test).
    future = bytearray(data)
    entry = data.index(b"PK\x01\x02")  # the first central directory entry
    future[entry + 6: entry + 8] = (64).to_bytes(2, "little")  # version needed
    (tmp_path / "future.xlsx").write_bytes(bytes(future))
    assert "damaged" in _error(tmp_path / "future.xlsx")

    flipped = bytearray(data)  # a bad sector inside the compressed sheet
    at = data.index(b"xl/worksheets/sheet1.xml") + 40
    flipped[at: at + 40] = bytes(40)
    (tmp_path / "flipped.xlsx").write_bytes(bytes(flipped))
    assert "damaged" in _error(tmp_path / "flipped.xlsx")

    csv_named_xlsx = tmp_path / "people.xlsx"
    csv_named_xlsx.write_text("Name,City\nAnn,Khiva\n", encoding="utf-8")
    assert "text file" in _error(csv_named_xlsx)

    encrypted = tmp_path / "secret.xlsx"  # Office encryption wraps the zip in OLE2
    encrypted.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4000))
    message = _error(encrypted)
    assert "password-protected" in message and ".xls" in message

    empty = _book(tmp_path / "empty.xlsx", {"One": [], "Two": []})
    assert "every sheet is empty" in _error(empty)

    nothing = tmp_path / "zero.xlsx"
    nothing.write_bytes(b"")
    assert "is empty" in _error(nothing)

    not_a_book = tmp_path / "letter.xlsx"
    with zipfile.ZipFile(not_a_book, "w") as zf:
        zf.writestr("word/document.xml", "<document/>")
    assert "not an Excel workbook" in _error(not_a_book)

    ods = tmp_path / "calc.xlsx"
    with zipfile.ZipFile(ods, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", "<office:document-content/>")
    assert "OpenDocument" in _error(ods)

    xlsb = tmp_path / "binary.xlsx"
    with zipfile.ZipFile(xlsb, "w") as zf:
        zf.writestr("_rels/.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/'
                    'package/2006/relationships"><Relationship Id="rId1" Type="http://'
                    'schemas.openxmlformats.org/officeDocument/2006/relationships/'
                    'officeDocument" Target="xl/workbook.bin"/></Relationships>')
        zf.writestr("xl/workbook.bin", b"\x83\x01\x00")
    assert ".xlsb" in _error(xlsb)

    assert "was not found" in _error(tmp_path / "missing.xlsx")


def test_entity_declarations_are_refused(tmp_path):
    good = _book(tmp_path / "good.xlsx", {"S": [["Name", "City"], ["x", "y"]]})
    lol = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
           b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>')

    def bomb(xml: bytes) -> bytes:
        return lol + xml.split(b"?>", 1)[1].replace(b"<t>x</t>", b"<t>&lol2;</t>")

    assert "not safe" in _error(_patch(good, "xl/sharedStrings.xml", bomb))
    assert "not safe" in _error(_patch(good, "xl/workbook.xml", bomb))


def test_calamine_failing_gets_a_second_opinion_from_openpyxl(tmp_path, monkeypatch):
    from python_calamine import CalamineError

    def broken(path: Path, name: str) -> None:
        raise CalamineError("boom")

    monkeypatch.setattr(xlsx_reader, "_calamine_rows", broken)
    path = _book(tmp_path / "p.xlsx", {"S": [["Name", "City"], ["Ann", "Nukus"]]})
    table, rows = _read(path)
    assert [r.cells for r in rows] == [("Ann", "Nukus")]
    with pytest.raises(ImportFileError, match="damaged"):
        _read(path, "calamine")


def test_a_workbook_cut_short_while_streaming_fails_cleanly(tmp_path):
    rows = [["Name", "Note"]] + [[f"P{i}", "x" * 200 + str(i)] for i in range(20_000)]
    path = _book(tmp_path / "long.xlsx", {"S": rows}, options={"constant_memory": True})
    with pytest.raises(ImportFileError, match="damaged|could not be read"):
        with open_xlsx(path, engine="openpyxl") as table:
            next(table.rows)
            with open(path, "r+b") as f:  # the drive goes away: the data is gone
                f.truncate(f.seek(0, 2) // 3)
            list(table.rows)
