"""Export to .xlsx: typed cells read back with openpyxl, the header and its labels, the
About sheet, search and filters honoured, and files written whole or not at all."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import threading
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy.orm import Session

from app import __version__
from app.services import companies, contacts, interactions, search, tasks
from app.services.companies import CompanyInput
from app.services.contacts import ContactInput
from app.services.interactions import InteractionInput
from app.services.io import export, sheet_writer
from app.services.io.export import ExportCancelled, ExportError, TaskQuery
from app.services.io.fields import FIELDS
from app.services.search import ContactFilters, ContactQuery
from app.services.tasks import TaskInput

TASHKENT = dt.timezone(dt.timedelta(hours=5))
NOW = dt.datetime(2026, 3, 10, 15, 30, tzinfo=TASHKENT)
CONSENT_AT = dt.datetime(2025, 6, 2, 7, 45, 30, 123456, tzinfo=dt.UTC)
LONG = "x" * 40_000


@pytest.fixture
def people(session: Session) -> dict[str, int]:
    """Four contacts: a full one, one with formula-looking text, one in Cyrillic, one in
    the Trash; a company, tags, custom fields, extra emails and phones."""
    acme = companies.create_company(session, CompanyInput(name="Acme Trading"), region="UZ")
    full = contacts.create_contact(session, ContactInput(
        first_name="Dilnoza", last_name="Karimova",
        emails=["dilnoza@acme.uz", "d.karimova@gmail.com", "dk@work.uz"],
        phones=["+998 90 123 45 67", "+998 71 200 00 00"], company_id=acme.id,
        title="Buyer", street="1 Navoi St", city="Toshkent", region="Toshkent",
        postal_code="100000", country="Uzbekistan", birthday=dt.date(1990, 4, 17),
        owner="Aziz", source="referral", lifecycle_stage="customer", marketing_consent=True,
        consent_at=CONSENT_AT, consent_source="form", notes="Pays on time.\nLikes tea.",
        custom_fields={"Shoe size": 38, "VIP": True, "Nickname": "=Dino"},
        tags=["Wholesale", "VIP"]), region="UZ")
    risky = contacts.create_contact(session, ContactInput(
        display_name="=HYPERLINK(\"http://evil\",\"x\")", emails=["risky@example.com"],
        phones=["+1 202 555 0100"], title="-5", notes="@SUM(A1:A9)", tags=["+plus"]),
        region="UZ")
    cyrillic = contacts.create_contact(session, ContactInput(
        first_name="Ольга", last_name="Ёлкина", lifecycle_stage="lead", notes=LONG),
        region="UZ")
    gone = contacts.create_contact(session, ContactInput(display_name="Gone Away"), region="UZ")
    contacts.delete_contact(session, gone.id)
    return {"acme": acme.id, "full": full.id, "risky": risky.id, "cyrillic": cyrillic.id,
            "gone": gone.id}


def _export(session: Session, query: ContactQuery, path: Path, **kwargs: object):
    return export.export_contacts(session, query, path, now=NOW, tz=TASHKENT, **kwargs)


def _sheet(path: Path) -> tuple[list[str], dict[int, dict[str, object]], openpyxl.Workbook]:
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    headers = [str(h) for h in rows[0]]
    by_id = {int(r[0]): dict(zip(headers, r, strict=True)) for r in rows[1:]}
    return headers, by_id, book


def test_xlsx_has_typed_cells_a_frozen_bold_header_a_filter_and_an_about_sheet(
        session: Session, people: dict[str, int], tmp_path: Path) -> None:
    path = tmp_path / "contacts.xlsx"
    result = _export(session, ContactQuery(), path)
    assert (result.count, result.path, result.format) == (3, path, "xlsx")
    assert result.truncated == 1  # the 40,000-character note
    headers, rows, book = _sheet(path)
    assert book.sheetnames == ["Contacts", "About"]
    sheet = book.worksheets[0]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, len(headers)).column_letter}4"
    assert all(cell.font.b for cell in sheet[1])
    assert sheet.column_dimensions["A"].width > 0

    full = rows[people["full"]]
    assert full["Rapport ID"] == people["full"]
    assert (full["Full name"], full["First name"], full["Last name"]) == (
        "Dilnoza Karimova", "Dilnoza", "Karimova")
    assert (full["Email"], full["Email 2"], full["Email 3"]) == (
        "dilnoza@acme.uz", "d.karimova@gmail.com", "dk@work.uz")
    assert (full["Phone"], full["Phone 2"]) == ("+998 90 123 45 67", "+998 71 200 00 00")
    assert (full["Company"], full["Job title"], full["City"]) == ("Acme Trading", "Buyer",
                                                                  "Toshkent")
    assert full["Birthday"] == dt.datetime(1990, 4, 17)  # a date cell
    assert full["Marketing consent"] is True
    # Local time of the export's zone, to the second, as a date-time cell.
    assert full["Consent given"] == dt.datetime(2025, 6, 2, 12, 45, 30)
    assert isinstance(full["Created"], dt.datetime)
    assert full["Tags"] == "VIP, Wholesale"
    assert full["Notes"] == "Pays on time.\nLikes tea."
    assert (full["Custom: Nickname"], full["Custom: Shoe size"], full["Custom: VIP"]) == (
        "=Dino", 38, True)
    by_header = {cell.value: cell for cell in sheet[1]}
    row = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == people["full"])
    assert row[by_header["Birthday"].column - 1].number_format == "yyyy-mm-dd"
    assert row[by_header["Consent given"].column - 1].number_format == "yyyy-mm-dd hh:mm:ss"

    lines = dict(book["About"].iter_rows(values_only=True))
    assert lines["Exported"] == "Contacts" and lines["Rows"] == "3"
    assert lines["Search"] == "None" and lines["Filters"] == "None"
    assert lines["Exported at"] == "2026-03-10 15:30:00 (UTC+05:00)"
    assert "UTC+05:00" in lines["Times"] and lines["Written by"] == f"Rapport {__version__}"
    assert "1 cells" in lines["Shortened"]
    assert len(rows[people["cyrillic"]]["Notes"]) == 32_767


def test_formula_looking_text_stays_text(session: Session, people: dict[str, int],
                                         tmp_path: Path) -> None:
    path = tmp_path / "risky.xlsx"
    _export(session, ContactQuery(), path)
    sheet = openpyxl.load_workbook(path).worksheets[0]
    row = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == people["risky"])
    texts = {c.value: c.data_type for c in row if isinstance(c.value, str)}
    assert texts['=HYPERLINK("http://evil","x")'] == "s"
    assert texts["-5"] == texts["@SUM(A1:A9)"] == texts["+plus"] == texts["+1 202 555 0100"] \
        == "s"
    assert not any(c.data_type == "f" for r in sheet.iter_rows() for c in r)


@pytest.mark.parametrize("kind", ["contacts", "companies", "tasks", "interactions"])
def test_every_header_is_a_field_label(session: Session, people: dict[str, int],
                                       tmp_path: Path, kind: str) -> None:
    """Point 10's precondition: each header maps back to its field by label."""
    tasks.create_task(session, TaskInput(title="Call", contact_id=people["full"]))
    interactions.log_interaction(session, InteractionInput(
        contact_id=people["full"], channel="call"), now=NOW)
    path = tmp_path / f"{kind}.xlsx"
    runs = {
        "contacts": lambda: export.export_contacts(session, ContactQuery(), path, now=NOW),
        "companies": lambda: export.export_companies(session, path, now=NOW),
        "tasks": lambda: export.export_tasks(session, path, now=NOW),
        "interactions": lambda: export.export_interactions(session, path, now=NOW),
    }
    assert runs[kind]().count >= 1
    headers = [c.value for c in openpyxl.load_workbook(path).worksheets[0][1]]
    labels = [f.label for f in FIELDS[kind]]
    plain = [h for h in headers if not h.startswith(export.CUSTOM_HEADER_PREFIX)
             and not h[-1].isdigit()]
    assert plain == labels
    for header in headers:
        if header.startswith(export.CUSTOM_HEADER_PREFIX):
            assert kind == "contacts"
        elif header not in labels:
            label, number = header.rsplit(" ", 1)
            assert label in ("Email", "Phone") and int(number) >= 2
    assert export.columns_for(kind)[0].header == labels[0]


def _ids(path: Path) -> set[int]:
    return set(_sheet(path)[1])


@pytest.mark.parametrize("query", [
    ContactQuery(text="karimova"),
    ContactQuery(text="ол"),  # a short term: checked on the row
    ContactQuery(text="+998 90 123"),
    ContactQuery(filters=ContactFilters(stages=("lead",))),
    ContactQuery(filters=ContactFilters(marketing_consent=False)),
    ContactQuery(filters=ContactFilters(trash=True)),
    ContactQuery(text="a", filters=ContactFilters(owners=("Aziz",))),
], ids=["text", "short", "phone", "stage", "consent", "trash", "text+owner"])
def test_export_matches_the_list(session: Session, people: dict[str, int], tmp_path: Path,
                                 query: ContactQuery) -> None:
    listed = {r.id for r in search.page(session, query, now=NOW, limit=100)}
    path = tmp_path / "some.xlsx"
    assert _export(session, query, path).count == len(listed)
    assert _ids(path) == listed


def test_filters_by_tag_and_company_are_described(session: Session, people: dict[str, int],
                                                  tmp_path: Path) -> None:
    (vip,) = [t for t, name, _c in contacts.list_tags(session) if name == "VIP"]
    query = ContactQuery(text="Dilnoza", filters=ContactFilters(
        tag_ids=(vip,), company_id=people["acme"], marketing_consent=True,
        not_contacted_days=30))
    path = tmp_path / "vip.xlsx"
    _export(session, query, path)
    assert _ids(path) == {people["full"]}
    about = dict(openpyxl.load_workbook(path)["About"].iter_rows(values_only=True))
    assert about["Search"] == "Dilnoza"
    assert about["Filters"] == ("Tags: VIP; Company: Acme Trading; Opted in to marketing; "
                                "No contact for 30 days")


def test_pages_progress_and_cancel_leave_the_old_file(
        session: Session, people: dict[str, int], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(export, "PAGE", 1)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))  # XlsxWriter's rows
    (tmp_path / "tmp").mkdir()
    out = tmp_path / "out"
    out.mkdir()
    path = out / "contacts.xlsx"
    seen: list[tuple[int, int]] = []
    _export(session, ContactQuery(), path, progress=lambda d, t: seen.append((d, t)))
    assert seen == [(0, 3), (1, 3), (2, 3), (3, 3)]
    before = path.read_bytes()

    for fmt in ("xlsx", "csv", "vcf"):
        cancel = threading.Event()

        def stop(done: int, _total: int, cancel: threading.Event = cancel) -> None:
            if done == 2:
                cancel.set()

        with pytest.raises(ExportCancelled):
            _export(session, ContactQuery(), path, fmt=fmt, progress=stop, cancel=cancel)
        assert path.read_bytes() == before
        assert os.listdir(out) == ["contacts.xlsx"]
        assert os.listdir(tmp_path / "tmp") == []


def test_a_failure_midway_keeps_the_old_file(session: Session, people: dict[str, int],
                                             tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "out" / "contacts.csv"
    path.parent.mkdir()
    path.write_text("old")

    def full_disk(self: object, rows: object) -> None:
        raise OSError(28, "No space left on device")

    from app.services.io import csv_writer

    monkeypatch.setattr(csv_writer.CsvSheetWriter, "write_rows", full_disk)
    with pytest.raises(ExportError, match="No space left on device") as caught:
        _export(session, ContactQuery(), path)
    assert str(path) in str(caught.value)
    assert path.read_text() == "old" and os.listdir(path.parent) == ["contacts.csv"]


def test_unwritable_or_unknown_targets_are_refused_before_any_work(
        session: Session, people: dict[str, int], tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="Cannot write .*nowhere.*No such file"):
        _export(session, ContactQuery(), tmp_path / "nowhere" / "c.xlsx")
    assert not (tmp_path / "nowhere").exists()
    (tmp_path / "folder.xlsx").mkdir()
    with pytest.raises(ExportError, match="Cannot write .*folder.xlsx.*Is a directory"):
        _export(session, ContactQuery(), tmp_path / "folder.xlsx")
    with pytest.raises(ExportError, match="Name it .xlsx, .csv or .vcf"):
        _export(session, ContactQuery(), tmp_path / "c.pdf")
    with pytest.raises(ExportError, match="vCard files hold contacts only"):
        export.export_companies(session, tmp_path / "c.vcf", now=NOW)
    with pytest.raises(ValueError, match="aware"):
        _ = export.export_companies(session, tmp_path / "c.csv", now=dt.datetime(2026, 1, 1))
    left = sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("t.sqlite3"))
    assert left == ["folder.xlsx"]


def test_more_rows_than_a_workbook_holds_is_refused(
        session: Session, people: dict[str, int], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sheet_writer, "XLSX_MAX_ROWS", 2)
    with pytest.raises(ExportError, match="Export them as .csv"):
        _export(session, ContactQuery(), tmp_path / "big.xlsx")
    assert _export(session, ContactQuery(), tmp_path / "big.csv").count == 3


def test_an_empty_export_still_has_its_header(session: Session, tmp_path: Path) -> None:
    path = tmp_path / "none.xlsx"
    assert export.export_tasks(session, path, query=TaskQuery(owner="Nobody"), now=NOW,
                               tz=TASHKENT).count == 0
    book = openpyxl.load_workbook(path)
    assert [c.value for c in book.worksheets[0][1]] == [f.label for f in FIELDS["tasks"]]
    assert dict(book["About"].iter_rows(values_only=True))["Filters"] == "Owner: Nobody"


def test_a_new_file_follows_the_umask_and_a_replaced_one_keeps_its_mode(
        session: Session, people: dict[str, int], tmp_path: Path) -> None:
    new, old = tmp_path / "new.csv", tmp_path / "old.csv"
    old.write_text("old")
    old.chmod(0o640)
    mask = os.umask(0o022)
    try:
        _export(session, ContactQuery(), new)
        _export(session, ContactQuery(), old)
    finally:
        os.umask(mask)
    assert new.stat().st_mode & 0o777 == 0o644
    assert old.stat().st_mode & 0o777 == 0o640 and old.read_text() != "old"
