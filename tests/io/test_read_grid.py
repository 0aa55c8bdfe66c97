"""Finding the header and the columns in raw rows (grid_reader), and the cell types
the workbook engines hand over."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.services.io.grid_reader import build_table, find_header
from app.services.io.xlsx_reader import _cell


def _table(rows: list[list[object]]):
    table = build_table(enumerate(rows, 1), path=Path("t.csv"), kind="csv")  # type: ignore[arg-type]
    return table, [(r.number, r.cells) for r in table.rows]


def test_a_title_and_date_pair_above_a_wider_header_is_passed_over():
    table, rows = _table([
        ["Report", "2025-06-01"], [],
        ["Name", "Email", "Phone", "City"],
        ["Ann", "a@example.com", "+998 90 123 45 67", "Khiva"],
    ])
    assert table.header_row == 3 and table.headers == ("Name", "Email", "Phone", "City")
    assert rows == [(4, ("Ann", "a@example.com", "+998 90 123 45 67", "Khiva"))]


def test_number_like_rows_are_not_headers():
    rows = [(1, ["998901234567", "2025-01-02", "12,5"]), (2, ["Name", "Born", "Spent"]),
            (3, ["Ann", "1990", "3"])]
    assert find_header(rows) == 1
    assert find_header([(1, ["yes", "yes", "yes", "no"]), (2, ["Name", "City", "A", "B"])]) == 1


def test_one_column_lists_and_header_only_tables():
    table, rows = _table([["Email"], ["ann@example.com"], ["bob@example.com"]])
    assert table.headers == ("Email",) and [r[1] for r in rows] == [
        ("ann@example.com",), ("bob@example.com",)]
    table, rows = _table([[None, "Name", "City", None]])
    assert table.headers == ("Name", "City") and rows == []
    table, rows = _table([[], [None, None]])
    assert table.headers == () and rows == []


def test_headers_are_tidied_and_unnamed_data_columns_named():
    table, rows = _table([
        ["  Date of\nbirth ", 2025, dt.date(2025, 1, 2), None, None],
        ["1990-01-01", 1, 2, None, "x"],
    ])
    assert table.headers == ("Date of birth", "2025", "2025-01-02", "Column 4", "Column 5")


def test_a_far_data_column_is_extra_not_a_thousand_columns():
    far = [None] * 5000
    far[4999] = "stray"
    table, rows = _table([["Name", "City"], ["Ann", "Khiva"], ["Bob", "Nukus", *far]])
    assert table.headers == ("Name", "City")
    assert [r[1] for r in rows] == [("Ann", "Khiva"), ("Bob", "Nukus")]
    assert len(table.notes) == 1


def test_engine_values_become_cells():
    assert _cell(998901234567.0) == 998901234567 and type(_cell(5.0)) is int
    assert _cell(2.5) == 2.5 and _cell(float("nan")) != _cell(float("nan"))
    assert _cell(dt.datetime(2025, 1, 2)) == dt.date(2025, 1, 2)
    assert _cell(dt.datetime(2025, 1, 2, 9, 30)) == dt.datetime(2025, 1, 2, 9, 30)
    assert _cell(dt.time(9, 30)) == "09:30:00"
    assert _cell(dt.timedelta(days=1, hours=6, minutes=5)) == "30:05:00"
    assert _cell(True) is True and _cell(dt.date(2025, 1, 2)) == dt.date(2025, 1, 2)
