"""Export to CSV and vCard, and of companies, tasks and interactions."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import openpyxl
import pytest
import vobject
from sqlalchemy.orm import Session

from app.models.enums import Priority
from app.services import companies, contacts, interactions, tasks
from app.services.companies import CompanyInput
from app.services.contacts import ContactInput
from app.services.interactions import InteractionInput
from app.services.io import export
from app.services.io.csv_writer import protect, unprotect
from app.services.io.export import TaskQuery
from app.services.search import ContactQuery
from app.services.tasks import TaskInput

TASHKENT = dt.timezone(dt.timedelta(hours=5))
NOW = dt.datetime(2026, 3, 10, 15, 30, tzinfo=TASHKENT)


@pytest.fixture
def ids(session: Session) -> dict[str, int]:
    acme = companies.create_company(session, CompanyInput(
        name="Acme Trading", industry="Wholesale", phone="+998 71 200 00 00",
        city="Toshkent"), region="UZ")
    companies.create_company(session, CompanyInput(name="Bazaar Foods"))
    full = contacts.create_contact(session, ContactInput(
        first_name="Dilnoza", last_name="Karimova",
        emails=["dilnoza@acme.uz", "d.karimova@gmail.com", "dk@work.uz"],
        phones=["+998 90 123 45 67", "+998 71 200 00 01"], company_id=acme.id,
        title="Buyer, senior", street="1 Navoi St", city="Toshkent", postal_code="100000",
        country="Uzbekistan", birthday=dt.date(1990, 4, 17), marketing_consent=True,
        consent_at=dt.datetime(2025, 6, 2, 7, 45, 30, tzinfo=dt.UTC),
        notes='Says "hi";\nlikes tea', custom_fields={"Nickname": "-Dee", "Rank": 2.5},
        tags=["VIP", "Wholesale"]), region="UZ")
    plain = contacts.create_contact(session, ContactInput(
        display_name="李明", notes="=1+2", tags=["@home"]), region="UZ")
    return {"acme": acme.id, "full": full.id, "plain": plain.id}


def _csv(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig"),
                                           newline="")))


def test_csv_is_utf8_with_bom_crlf_and_typed_text(session: Session, ids: dict[str, int],
                                                  tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    result = export.export_contacts(session, ContactQuery(), path, now=NOW, tz=TASHKENT)
    assert (result.count, result.format) == (2, "csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfRapport ID,Full name,First name,")
    assert raw.count(b"\r\n") == 3  # lines end in CRLF; a note's own line break is kept
    assert b'"Says ""hi"";\nlikes tea"' in raw
    rows = {int(r["Rapport ID"]): r for r in _csv(path)}
    full, plain = rows[ids["full"]], rows[ids["plain"]]
    assert (full["Email 2"], full["Email 3"], full["Phone 2"]) == (
        "d.karimova@gmail.com", "dk@work.uz", "'+998 71 200 00 01")
    assert full["Phone"] == "'+998 90 123 45 67"  # a leading + is a formula in Excel
    assert full["Job title"] == "Buyer, senior" and full["Notes"] == 'Says "hi";\nlikes tea'
    assert full["Birthday"] == "1990-04-17"
    assert full["Consent given"] == "2025-06-02T12:45:30+05:00"
    assert dt.datetime.fromisoformat(full["Created"]).utcoffset() == dt.timedelta(hours=5)
    assert (full["Marketing consent"], plain["Marketing consent"]) == ("TRUE", "FALSE")
    assert full["Tags"] == "VIP, Wholesale"
    assert (full["Custom: Nickname"], full["Custom: Rank"]) == ("'-Dee", "2.5")
    assert (plain["Notes"], plain["Tags"], plain["Full name"]) == ("'=1+2", "'@home", "李明")
    assert plain["Custom: Nickname"] == "" and plain["Email 2"] == ""


@pytest.mark.parametrize("text", [
    "", "plain", "=1+2", "+998", "-5", "@x", "\tx", "\rx", "'", "'=1", "''+x", "'plain",
    "a=b",
])
def test_protect_guards_formulas_and_unprotect_undoes_it(text: str) -> None:
    written = protect(text)
    assert written[:1] not in ("=", "+", "-", "@", "\t", "\r")
    assert unprotect(written) == text
    formula = text.lstrip("'")[:1] in ("=", "+", "-", "@", "\t", "\r")
    assert written == ("'" + text if formula else text)


def test_vcard_parses_back_with_every_email_and_phone(
        session: Session, ids: dict[str, int], tmp_path: Path) -> None:
    path = tmp_path / "c.vcf"
    assert export.export_contacts(session, ContactQuery(), path, now=NOW).count == 2
    text = path.read_bytes().decode("utf-8")
    assert text.startswith("BEGIN:VCARD\r\nVERSION:3.0\r\n")
    cards = {card.fn.value: card for card in vobject.readComponents(text)}
    card = cards["Dilnoza Karimova"]
    assert [e.value for e in card.contents["email"]] == [
        "dilnoza@acme.uz", "d.karimova@gmail.com", "dk@work.uz"]
    assert all(e.type_param == "INTERNET" for e in card.contents["email"])
    assert [t.value for t in card.contents["tel"]] == ["+998 90 123 45 67",
                                                       "+998 71 200 00 01"]
    assert (card.n.value.family, card.n.value.given) == ("Karimova", "Dilnoza")
    assert card.org.value == ["Acme Trading"] and card.title.value == "Buyer, senior"
    assert (card.adr.value.street, card.adr.value.city, card.adr.value.code,
            card.adr.value.country) == ("1 Navoi St", "Toshkent", "100000", "Uzbekistan")
    assert card.bday.value == "1990-04-17"
    assert card.note.value == 'Says "hi";\nlikes tea'
    assert card.categories.value == ["VIP", "Wholesale"]
    other = cards["李明"]
    assert "email" not in other.contents and "adr" not in other.contents
    assert other.note.value == "=1+2" and other.categories.value == ["@home"]


def test_companies_all_or_by_name(session: Session, ids: dict[str, int],
                                  tmp_path: Path) -> None:
    path = tmp_path / "co.csv"
    assert export.export_companies(session, path, now=NOW).count == 2
    rows = _csv(path)
    assert [r["Company"] for r in rows] == ["Acme Trading", "Bazaar Foods"]  # name order
    assert rows[0]["Industry"] == "Wholesale" and rows[0]["Phone"] == "'+998 71 200 00 00"
    assert export.export_companies(session, path, text="BAZ", now=NOW).count == 1
    assert [r["Company"] for r in _csv(path)] == ["Bazaar Foods"]
    assert export.export_companies(session, path, text="100%_", now=NOW).count == 0


def test_tasks_by_the_agendas_filters(session: Session, ids: dict[str, int],
                                      tmp_path: Path) -> None:
    def add(title: str, **fields: object) -> tasks.TaskRecord:
        return tasks.create_task(session, TaskInput(title=title, **fields))

    add("Call back", contact_id=ids["full"], due_date=dt.date(2026, 3, 12),
        priority=Priority.HIGH, owner="Aziz", notes="=cmd")
    done = add("Send prices", owner="Aziz")
    tasks.complete_task(session, done.id, now=NOW)
    add("Someone else's", owner="Bobur")
    add("Of a contact in the Trash", contact_id=ids["plain"], owner="Aziz")
    contacts.delete_contact(session, ids["plain"])

    path = tmp_path / "t.xlsx"
    result = export.export_tasks(session, path, query=TaskQuery(owner="Aziz"), now=NOW)
    assert result.count == 2
    rows = list(openpyxl.load_workbook(path).worksheets[0].iter_rows(values_only=True))
    assert rows[0] == ("Contact email", "Contact", "Task", "Due", "Priority", "Status",
                       "Owner", "Notes")
    assert rows[1] == ("dilnoza@acme.uz", "Dilnoza Karimova", "Call back",
                       dt.datetime(2026, 3, 12), 2, "open", "Aziz", "=cmd")
    assert rows[2][2:6] == ("Send prices", None, 1, "done")
    query = TaskQuery(priority=int(Priority.HIGH), statuses=("open",))
    assert export.export_tasks(session, path, query=query, now=NOW).count == 1
    about = dict(openpyxl.load_workbook(path)["About"].iter_rows(values_only=True))
    assert about["Filters"] == "Priority: high; Status: open"


def test_interactions_of_one_contact_or_all_in_a_range(
        session: Session, ids: dict[str, int], tmp_path: Path) -> None:
    def log(contact: str, day: int, subject: str) -> None:
        interactions.log_interaction(session, InteractionInput(
            contact_id=ids[contact], channel="call", direction="outbound", subject=subject,
            occurred_at=dt.datetime(2026, 3, day, 9, 0, tzinfo=TASHKENT)), now=NOW)

    log("full", 5, "Second")
    log("full", 2, "First")
    log("plain", 3, "Other")
    path = tmp_path / "i.csv"
    one = export.export_interactions(session, path, contact_id=ids["full"], now=NOW,
                                     tz=TASHKENT)
    assert one.count == 2
    rows = _csv(path)
    assert [r["Subject"] for r in rows] == ["First", "Second"]  # time order
    assert rows[0]["When"] == "2026-03-02T09:00:00+05:00"
    assert (rows[0]["Contact email"], rows[0]["Channel"], rows[0]["Direction"]) == (
        "dilnoza@acme.uz", "call", "outbound")
    since = dt.datetime(2026, 3, 3, tzinfo=TASHKENT)
    assert export.export_interactions(session, path, since=since, now=NOW).count == 2
    assert {r["Subject"] for r in _csv(path)} == {"Second", "Other"}
    contacts.delete_contact(session, ids["plain"])
    until = dt.datetime(2026, 3, 5, tzinfo=TASHKENT)
    assert export.export_interactions(session, path, until=until, now=NOW).count == 1
