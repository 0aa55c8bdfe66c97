"""CSV and text files in: encodings found (or guessed, and said so), delimiters sniffed,
quotes, line breaks and NUL bytes handled, big files streamed, bad files refused."""

from __future__ import annotations

import codecs
import tracemalloc
from pathlib import Path

import pytest

from app.services.io import csv_reader
from app.services.io.csv_reader import sniff_delimiter
from app.services.io.encoding_reader import GUESSED_NOTE, likely_encodings
from app.services.io.readers import read_table, sheet_names
from app.services.io.table import ImportFileError
from app.services.io.text_reader import NUL_NOTE

RU = "Имя;Фамилия;Телефон\r\nИван;Петров;+998901234567\r\nАнна;Смирнова;\r\n"
PL = "Imię,Nazwisko,Miasto\nŁukasz,Żółć,Łódź\nGrzegorz,Brzęczyszczykiewicz,Chrząszczyżewoszyce\n"
CZ = "Jméno,Příjmení,Město\nJiří,Dvořák,Brno\nPetr,Černý,Plzeň\n"
DE = "Name;Stadt;Betrag\nJürgen Müller;Köln;1,50\nFrançois Hélène;Besançon;2,75\n"
ZH = "姓名,电话,城市\n张伟,13800138000,北京\n李娜,13900139000,上海\n"


def _write(tmp_path: Path, data: bytes, name: str = "people.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _read(path: Path, **kw: object):
    with read_table(path, **kw) as table:  # type: ignore[arg-type]
        return table, list(table.rows)


def _error(path: Path, **kw: object) -> str:
    with pytest.raises(ImportFileError) as caught:
        _read(path, **kw)
    message = str(caught.value)
    assert "\n" not in message
    return message


@pytest.mark.parametrize(("data", "encoding"), [
    (codecs.BOM_UTF8 + "Name,City\nÄnne,Tōkyō\n".encode(), "utf-8"),
    ("Name,City\nÄnne,Tōkyō\n".encode(), "utf-8"),
    (codecs.BOM_UTF16_LE + "Name\tCity\r\nÄnne\tTōkyō\r\n".encode("utf-16-le"), "utf-16-le"),
    (codecs.BOM_UTF16_BE + "Name,City\r\nÄnne,Tōkyō\r\n".encode("utf-16-be"), "utf-16-be"),
    ("Name\tCity\r\nÄnne\tTōkyō\r\n".encode("utf-16-le"), "utf-16-le"),  # no BOM
    ("Name\tCity\r\nÄnne\tTōkyō\r\n".encode("utf-16-be"), "utf-16-be"),
])
def test_unicode_files_are_recognised_without_guessing(tmp_path, data, encoding):
    table, rows = _read(_write(tmp_path, data))
    assert table.encoding == encoding and table.notes == []
    assert table.headers == ("Name", "City") and rows[0].cells == ("Änne", "Tōkyō")


def test_utf16_without_a_bom_in_another_script(tmp_path):
    text = "Имя\tГород\r\n" + "Алёна\tТашкент\r\n" * 20
    table, rows = _read(_write(tmp_path, text.encode("utf-16-le")))
    assert table.encoding == "utf-16-le" and table.headers == ("Имя", "Город")
    assert rows[0].cells == ("Алёна", "Ташкент") and len(rows) == 20


@pytest.mark.parametrize(("text", "encoding", "language"), [
    (RU, "cp1251", None), (ZH, "gb18030", None), (DE, "cp1252", None),
    (PL, "cp1250", None),  # symbols inside words give the wrong code page away
    (CZ, "cp1250", "cs"),  # indistinguishable on its own: the user's language decides
    (CZ, "cp1250", "cs_CZ.UTF-8"), (RU, "cp1251", "pl"),
])
def test_legacy_code_pages_are_guessed_and_the_guess_is_shown(tmp_path, text, encoding,
                                                              language):
    table, rows = _read(_write(tmp_path, text.encode(encoding)), language=language)
    assert table.encoding == encoding
    assert GUESSED_NOTE in table.notes
    lines = [line.split(table.delimiter) for line in text.splitlines()]
    assert table.headers == tuple(lines[0])
    assert [r.cells for r in rows] == [tuple(c or None for c in line) for line in lines[1:]]


def test_czech_without_a_hint_is_read_as_western_the_known_ambiguity(tmp_path):
    table, _ = _read(_write(tmp_path, CZ.encode("cp1250")))
    assert table.encoding == "cp1252" and GUESSED_NOTE in table.notes


def test_the_language_puts_its_code_page_first():
    assert likely_encodings("ru")[0] == "cp1251"
    assert likely_encodings("pl_PL")[0] == "cp1250"
    assert likely_encodings("zh_CN.UTF-8")[0] == "gb18030"
    assert set(likely_encodings("en")) >= {"cp1252", "cp1251", "gb18030", "cp1250"}


def test_a_chosen_encoding_wins_and_a_wrong_one_names_the_line(tmp_path):
    path = _write(tmp_path, ("Name,City\n" + "Ann,Paris\n" * 50 + "Zoë,Bruxelles\n")
                  .encode("cp1252"))
    table, rows = _read(path, encoding="cp1252")
    assert rows[-1].cells == ("Zoë", "Bruxelles") and table.notes == []
    assert "Line 52" in _error(path, encoding="utf-8")
    assert "not a known text encoding" in _error(path, encoding="klingon")


def test_utf8_is_checked_to_the_end_not_just_the_start(tmp_path):
    body = "Name,City\n" + "Ann,Paris\n" * 20_000 + "Zoë,Liège\n"
    table, rows = _read(_write(tmp_path, body.encode("cp1252")))
    assert table.encoding == "cp1252" and rows[-1].cells == ("Zoë", "Liège")


@pytest.mark.parametrize(("sample", "expected"), [
    ("Name;Price;Note\nA;1,5;x\nB;2,75;y, z\n", ";"),  # decimal commas
    ("Name,Address,City\nA,\"1 Main; apt 2\",X\nB,\"2 Side; 3\",Y\n", ","),
    ("a\tb\tc\n1\t2\t3\n", "\t"),
    ("a|b|c\n1|2,5|3\n4|5|6\n", "|"),
    ("Report,2025\n\nName;Email;City\nA;a@x;Z\nB;b@x;Y\nC;c@x;W\n", ";"),
    ("email\nann@example.com\n", ","),  # one column: the default
])
def test_delimiter_is_the_consistent_one(sample, expected):
    assert sniff_delimiter(sample) == expected


def test_tsv_prefers_tab_and_a_sep_line_is_obeyed(tmp_path):
    table, rows = _read(_write(tmp_path, b"Name\tCity\nAnn\tKhiva\n", "people.tsv"))
    assert table.delimiter == "\t" and rows[0].cells == ("Ann", "Khiva")
    table, rows = _read(_write(tmp_path, b"sep=;\r\nName;Price\r\nAnn;1,5\r\n"))
    assert table.delimiter == ";" and table.header_row == 2
    assert [(r.number, r.cells) for r in rows] == [(3, ("Ann", "1,5"))]
    table, rows = _read(_write(tmp_path, b"a;b\n1;2,5\n"), delimiter=",")
    assert table.headers == ("a;b", "Column 2")
    assert "cannot separate columns" in _error(tmp_path / "people.csv", delimiter=";;")


def test_quotes_line_breaks_and_mixed_line_endings(tmp_path):
    data = (b'Name,Note,City\r\n"Ann","line one\r\nline two, with a comma",Khiva\n'
            b'Bob,"He said ""hi""",Nukus\r'
            b"Cid,,Termez\r\n\r\n,,\r\n")
    table, rows = _read(_write(tmp_path, data))
    assert [(r.number, r.cells) for r in rows] == [
        (2, ("Ann", "line one\r\nline two, with a comma", "Khiva")),
        (4, ("Bob", 'He said "hi"', "Nukus")),
        (5, ("Cid", None, "Termez")),
    ]


def test_title_rows_above_the_header_and_unnamed_columns(tmp_path):
    data = (b"Clients export 2025,,,,\n,,,,\nName,Email,Phone,,\n"
            b"Ann,a@example.com,+998 90 123 45 67,,VIP\nBob,b@example.com,,,\n,,,,\n")
    table, rows = _read(_write(tmp_path, data))
    assert table.header_row == 3
    assert table.headers == ("Name", "Email", "Phone", "Column 4", "Column 5")
    assert [r.cells for r in rows] == [
        ("Ann", "a@example.com", "+998 90 123 45 67", None, "VIP"),
        ("Bob", "b@example.com", None, None, None)]


def test_rows_wider_than_the_header_are_cut_with_a_note(tmp_path):
    data = "Name,City\n" + "Ann,Khiva\n" * 300 + "Bob,Nukus,surprise\n"
    table, rows = _read(_write(tmp_path, data.encode()))
    assert rows[-1].cells == ("Bob", "Nukus")
    assert any("more cells than the header" in note for note in table.notes)


def test_nul_bytes_are_dropped_and_said(tmp_path):
    table, rows = _read(_write(tmp_path, b"Name,City\x00\nAnn\x00,Khiva\nBob,\x00\x00\n"))
    assert [r.cells for r in rows] == [("Ann", "Khiva"), ("Bob", None)]
    assert NUL_NOTE in table.notes


def test_a_50_mb_file_with_nuls_and_mixed_line_endings_streams(tmp_path):
    path = tmp_path / "big.csv"
    line = "Name {n},person{n}@example.com,+998 90 {n:07d},\"Note with, comma\nand a break\","
    endings = ("\r\n", "\n", "\r")
    with open(path, "wb") as f:
        f.write(b"Name,Email,Phone,Note,Pad\r\n")
        n = 0
        while f.tell() < 50 * 1024 * 1024:
            chunk = "".join(line.format(n=i) + "x" * 300 + endings[i % 3]
                            for i in range(n, n + 1000)).encode()
            f.write(chunk.replace(b"x" * 10, b"x" * 9 + b"\x00", 3))
            n += 1000
    tracemalloc.start()
    try:
        with read_table(path) as table:
            count = 0
            for row in table.rows:
                count += 1
                assert len(row.cells) == 5
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert count == n and NUL_NOTE in table.notes
    assert peak < 16 * 1024 * 1024, peak  # streamed, not loaded whole


def test_bad_text_files_give_one_clear_sentence(tmp_path):
    png = _write(tmp_path, b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 64, "photo.csv")
    assert "not a text file" in _error(png)
    assert "is empty" in _error(_write(tmp_path, b"", "empty.csv"))
    assert "has no data" in _error(_write(tmp_path, b",,,\r\n\r\n,,\r\n", "commas.csv"))
    assert "was not found" in _error(tmp_path / "gone.csv")
    assert "is a folder" in _error(tmp_path)
    unclosed = _write(tmp_path, b'Name,Note\nAnn,"never closed\n' + b"x" * 200_000 + b"\n",
                      "quote.csv")
    message = _error(unclosed)
    assert "cannot be read as CSV" in message and "quote.csv" in message
    long_line = _write(tmp_path, b"Name,Note\nAnn," + b"y" * (5 * 1024 * 1024), "long.csv")
    assert "too long" in _error(long_line)
    assert sheet_names(tmp_path / "quote.csv") == []


def test_a_file_that_fails_mid_read_says_so(tmp_path, monkeypatch):
    path = _write(tmp_path, ("Name,City\n" + "Ann,Khiva\n" * 200_000).encode())

    class Failing:
        """A file whose drive goes away after the first megabyte."""

        def __init__(self, *args: object, **kw: object) -> None:
            self._f = open(*args, **kw)  # noqa: SIM115 - closed in close()

        def read(self, n: int = -1) -> bytes:
            if self._f.tell() > 1 << 20:
                raise OSError(5, "Input/output error")
            return self._f.read(n)

        def close(self) -> None:
            self._f.close()

        def __enter__(self) -> Failing:
            return self

        def __exit__(self, *exc: object) -> None:
            self.close()

    from app.services.io import encoding_reader, text_reader
    monkeypatch.setattr(encoding_reader, "open", Failing, raising=False)
    monkeypatch.setattr(text_reader, "open", Failing, raising=False)
    # While the encoding is checked...
    assert _error(path) == "people.csv cannot be read: Input/output error"
    # ...or while the rows stream.
    with pytest.raises(ImportFileError, match=r"could not be read to the end \(line \d+\): "
                                              "Input/output error"):
        with read_table(path, encoding="utf-8") as table:
            for _ in table.rows:
                pass
    assert csv_reader.SNIFF_LINES < 100_000
