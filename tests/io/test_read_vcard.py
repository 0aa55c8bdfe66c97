"""vCards in: 2.1 with quoted-printable and charsets (as phones write it), 3.0, 4.0;
one row per card under the labels the mapping knows; broken files refused whole."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.services.io.fields import CONTACT_FIELDS
from app.services.io.readers import read_table
from app.services.io.table import ImportFileError

# An Android phone's export: 2.1, quoted-printable UTF-8, soft line breaks, bare types.
V21 = (
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=98=D0=B2=D0=B0=D0=BD=D0=BE=D0=B2;"
    "=D0=98=D0=B2=D0=B0=D0=BD;;;\r\n"
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=98=D0=B2=D0=B0=D0=BD =D0=98=D0=B2=\r\n"
    "=D0=B0=D0=BD=D0=BE=D0=B2\r\n"
    "TEL;CELL:+998901234567\r\n"
    "TEL;HOME;VOICE;PREF:+998711234567\r\n"
    "EMAIL;INTERNET:ivan@example.uz\r\n"
    "ORG:Acme, Inc.;Sales\r\n"
    "TITLE:Boss, big\r\n"
    "NOTE;ENCODING=QUOTED-PRINTABLE:Line one=0D=0A=\r\n"
    "Line two, with a comma\r\n"
    "ADR;HOME:;;Main st. 1, apt 2;Tashkent;;100000;Uzbekistan\r\n"
    "BDAY:1990-05-17\r\n"
    "PHOTO;ENCODING=BASE64;JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD\r\n"
    " AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\r\n"
    "\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N;CHARSET=WINDOWS-1251;QUOTED-PRINTABLE:=CF=E5=F2=F0=EE=E2;=CF=B8=F2=F0;;;\r\n"
    "TEL;WORK:+7 495 123-45-67\r\n"
    "END:VCARD\r\n"
)

V30 = (
    "BEGIN:VCARD\n"
    "VERSION:3.0\n"
    "N:Doe;John;Q.;Dr.;Jr.\n"
    "FN:John Doe\n"
    "EMAIL;TYPE=INTERNET,HOME:john@example.com\n"
    "EMAIL;TYPE=INTERNET,WORK,PREF:john.doe@work.example\n"
    "EMAIL;TYPE=INTERNET:jd@third.example\n"
    "TEL;TYPE=CELL:+1 555 0100\n"
    "ORG:Acme\\, Inc.;R&D\n"
    "TITLE:Head of R&D\\; Labs\n"
    "NOTE:Met at the fair\\, liked it.\\nCall in May.\n"
    "CATEGORIES:VIP,Wholesale\\, retail\n"
    "BDAY:19850315\n"
    "item1.ADR;TYPE=WORK:;Suite 5;1 Main St;Springfield;IL;62701;USA\n"
    "item2.ADR;TYPE=HOME,PREF:;;2 Home Rd;Shelbyville;IL;62565;USA\n"
    "NOTE:a long note that is fol\n"
    " ded over two lines\n"
    "END:VCARD\n"
)

V40 = (
    "begin:vcard\r\n"
    "version:4.0\r\n"
    "fn:Li Min\r\n"
    "n:Li;Min;;;\r\n"
    "email;pref=1:li.min@example.cn\r\n"
    "tel;value=uri;type=cell:tel:+86-10-1234-5678\r\n"
    "bday:--0517\r\n"
    "end:vcard\r\n"
)


def _write(tmp_path: Path, text: str, name: str = "contacts.vcf",
           encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def _rows(path: Path) -> tuple[tuple[str, ...], list[dict[str, object]], list[int]]:
    with read_table(path) as table:
        rows = list(table.rows)
    assert table.kind == "vcf" and table.header_row == 0
    assert all(len(r.cells) == len(table.headers) for r in rows)
    named = [{h: c for h, c in zip(table.headers, r.cells, strict=True) if c is not None
              and h not in ("Email", "Phone")} | {
        "Email": [c for h, c in zip(table.headers, r.cells, strict=True)
                  if h == "Email" and c],
        "Phone": [c for h, c in zip(table.headers, r.cells, strict=True)
                  if h == "Phone" and c]} for r in rows]
    return table.headers, named, [r.number for r in rows]


def test_headers_are_labels_the_mapping_knows():
    labels = {f.label for f in CONTACT_FIELDS}
    from app.services.io.vcard_reader import COLUMNS
    assert set(COLUMNS) <= labels


def test_vcard_21_from_a_phone(tmp_path):
    headers, (ivan, petr), numbers = _rows(_write(tmp_path, V21))
    assert numbers == [1, 19]
    assert ivan == {
        "Full name": "Иван Иванов", "First name": "Иван", "Last name": "Иванов",
        "Email": ["ivan@example.uz"], "Phone": ["+998711234567", "+998901234567"],
        "Company": "Acme, Inc.", "Job title": "Boss, big",  # commas kept in 2.1 text
        "Street": "Main st. 1, apt 2", "City": "Tashkent", "Postal code": "100000",
        "Country": "Uzbekistan", "Birthday": dt.date(1990, 5, 17),
        "Notes": "Line one\nLine two, with a comma",
    }
    # No FN: the full name is made from N; the charset of the line is honoured.
    assert petr["Full name"] == "Пётр Петров" and petr["Phone"] == ["+7 495 123-45-67"]
    assert headers.count("Phone") == 2 and headers.count("Email") == 1
    assert "Region" not in headers and "Tags" not in headers  # no card fills them


def test_vcard_30_and_40(tmp_path):
    headers, (john, li), _ = _rows(_write(tmp_path, V30 + V40))
    assert headers.count("Email") == 3
    assert john["Email"] == ["john.doe@work.example", "john@example.com",
                             "jd@third.example"]  # the preferred one first
    assert john["Company"] == "Acme, Inc." and john["Job title"] == "Head of R&D; Labs"
    assert john["Notes"] == "Met at the fair, liked it.\nCall in May."
    assert john["Tags"] == "VIP, Wholesale, retail"
    assert john["Birthday"] == dt.date(1985, 3, 15)
    assert (john["Street"], john["City"], john["Postal code"]) == (
        "2 Home Rd", "Shelbyville", "62565")  # the preferred address
    assert li["Email"] == ["li.min@example.cn"] and li["Phone"] == ["+86-10-1234-5678"]
    assert li["Birthday"] == "--0517"  # no year: left as text for the date parser


def test_harmless_variations_are_accepted(tmp_path):
    text = ("Exported by SomePhone\n\nbegin:vcard\nfn:No Version\nemail:nv@example.com\n"
            "x-custom;foo=bar:ignored\nend:vcard\n\nBEGIN:VCARD\r\nFN:Windows lines\r\n"
            "END:VCARD\r\n")
    _, rows, numbers = _rows(_write(tmp_path, text, "phone.txt"))
    assert [r["Full name"] for r in rows] == ["No Version", "Windows lines"]
    assert numbers == [3, 9]


def test_legacy_encoded_and_utf16_files(tmp_path):
    card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Алёна Смирнова\r\nEND:VCARD\r\n"
    for encoding in ("cp1251", "utf-16"):
        _, rows, _ = _rows(_write(tmp_path, card, encoding=encoding))
        assert rows[0]["Full name"] == "Алёна Смирнова"


@pytest.mark.parametrize(("text", "expected"), [
    ("BEGIN:VCARD\nVERSION:3.0\nFN:John\nNOTE:this is folded\nbadly without a space\n"
     "END:VCARD\n", "Line 5 of contacts.vcf is not a vCard property"),
    ("BEGIN:VCARD\nVERSION:3.0\nFN:John\nEND:VCARD\nBEGIN:VCARD\nFN:Cut short\n",
     "The card that begins on line 5 of contacts.vcf never ends"),
    ("just some text\n", "contacts.vcf contains no vCards"),
    ("", "contacts.vcf contains no vCards"),
])
def test_broken_files_are_refused_whole_naming_the_line(tmp_path, text, expected):
    with pytest.raises(ImportFileError, match=expected):
        _rows(_write(tmp_path, text))
