"""Acting on a list: follow-ups for each contact with its owner, a campaign logged on each
(and their last contact moved), the list exported with only those who opted in."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Contact, CustomerStatus, Interaction, Task
from app.services import contacts, interactions, search
from app.services.campaigns import (
    CampaignError,
    create_follow_ups,
    export_list,
    log_campaign,
)
from app.services.contacts import ContactInput
from app.services.errors import ValidationError
from app.services.interactions import InteractionInput
from app.services.loyalty_lists import ListQuery

NOW = dt.datetime(2025, 6, 15, 9, 30, tzinfo=dt.UTC)
DUE = dt.date(2025, 6, 20)
LAPSED = ListQuery("lifecycle", "lapsed")
NOBODY = ListQuery("segment", "cant_lose")


@pytest.fixture
def people(session: Session) -> dict[str, int]:
    """Three lapsed customers (one in the Trash), one active; two opted in."""
    ids = {}
    for key, name, owner, consent, status in (
            ("bob", "Bob Brown", "Sam", False, "lapsed"),
            ("chen", "Chen Wei 陈伟", None, True, "lapsed"),
            ("olga", "Ольга Иванова", "Dilnoza", True, "lapsed"),
            ("alisa", "Алиса Смирнова", "Dilnoza", True, "active"),
            ("zed", "Zed Trashed", "Sam", True, "lapsed")):
        ids[key] = contacts.create_contact(session, ContactInput(
            display_name=name, owner=owner, marketing_consent=consent,
            emails=[f"{key}@example.com", f"{key}.work@example.com"],
            phones=["+998 90 123 45 67"])).id
        session.add(CustomerStatus(contact_id=ids[key], lifecycle=status, computed_on=NOW.date()))
    session.get_one(Contact, ids["zed"]).deleted_at = NOW
    session.flush()
    return ids


def _count(session: Session, model: type) -> int:
    return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_a_follow_up_for_each_contact_of_the_list_owned_by_its_owner(
        session: Session, people: dict[str, int]) -> None:
    made = create_follow_ups(session, LAPSED, title="  Win them back  ", due=DUE, now=NOW)
    assert made == 3
    rows = session.execute(select(Task.contact_id, Task.owner, Task.title, Task.due_date,
                                  Task.status, Task.created_at)).all()
    assert sorted(rows, key=lambda r: r[0] or 0) == sorted([
        (people["bob"], "Sam", "Win them back", DUE, "open", NOW),
        (people["chen"], None, "Win them back", DUE, "open", NOW),
        (people["olga"], "Dilnoza", "Win them back", DUE, "open", NOW),
    ], key=lambda r: r[0] or 0)


@pytest.mark.parametrize(("query", "title", "now", "error"), [
    (LAPSED, "   ", NOW, ValidationError),
    (LAPSED, "Call", NOW.replace(tzinfo=None), ValidationError),
    (NOBODY, "Call", NOW, CampaignError),
])
def test_follow_ups_refused_create_nothing(
        session: Session, people: dict[str, int], query: ListQuery, title: str,
        now: dt.datetime, error: type[Exception]) -> None:
    with pytest.raises(error) as caught:
        create_follow_ups(session, query, title=title, due=DUE, now=now)
    assert _count(session, Task) == 0
    if error is CampaignError:
        assert "no contacts" in str(caught.value)


def test_a_campaign_is_logged_on_each_contact_and_moves_their_last_contact(
        session: Session, people: dict[str, int]) -> None:
    later = NOW + dt.timedelta(days=3)
    interactions.log_interaction(session, InteractionInput(
        contact_id=people["chen"], channel="call", occurred_at=later))
    made = log_campaign(session, LAPSED, channel="Email", subject="We miss you",
                        body="Ten percent off\nuntil July.", occurred_at=NOW)
    assert made == 3
    for key in ("bob", "olga"):
        (logged,) = interactions.timeline_page(session, people[key])
        assert (logged.channel.value, logged.direction.value if logged.direction else None,
                logged.subject, logged.body, logged.occurred_at) == (
            "email", "outbound", "We miss you", "Ten percent off\nuntil July.", NOW)
        assert session.get_one(Contact, people[key]).last_contacted_at == NOW
    # Chen was called later than the campaign: the last contact does not move back.
    assert session.get_one(Contact, people["chen"]).last_contacted_at == later
    assert interactions.count_interactions(session, people["chen"]) == 2
    assert session.get_one(Contact, people["alisa"]).last_contacted_at is None
    assert interactions.count_interactions(session, people["zed"]) == 0


def test_a_campaign_keeps_the_contacts_searchable_and_their_edit_time(
        session: Session, people: dict[str, int]) -> None:
    before = session.get_one(Contact, people["bob"]).updated_at
    log_campaign(session, LAPSED, channel="sms", subject="Hello", occurred_at=NOW)
    session.expire_all()
    assert session.get_one(Contact, people["bob"]).updated_at == before
    found = search.page(session, search.ContactQuery(text="Bob Brown"), now=NOW, limit=10)
    assert [r.id for r in found] == [people["bob"]]
    quiet = search.ContactQuery(filters=search.ContactFilters(not_contacted_days=1))
    rows = search.page(session, quiet, now=NOW + dt.timedelta(hours=1), limit=10)
    assert people["bob"] not in [r.id for r in rows]
    assert people["alisa"] in [r.id for r in rows]


@pytest.mark.parametrize(("query", "channel", "subject", "moment"), [
    (LAPSED, "pigeon", "Hi", NOW),
    (LAPSED, "email", "  ", NOW),
    (LAPSED, "email", "Hi", NOW.replace(tzinfo=None)),
    (NOBODY, "email", "Hi", NOW),
])
def test_a_refused_campaign_logs_nothing(
        session: Session, people: dict[str, int], query: ListQuery, channel: str,
        subject: str, moment: dt.datetime) -> None:
    with pytest.raises((ValidationError, CampaignError)):
        log_campaign(session, query, channel=channel, subject=subject, occurred_at=moment)
    assert _count(session, Interaction) == 0
    assert session.get_one(Contact, people["bob"]).last_contacted_at is None


def test_export_holds_only_the_contacts_who_opted_in(
        session: Session, people: dict[str, int], tmp_path: Path) -> None:
    target = tmp_path / "lapsed.csv"
    result, left_out = export_list(session, LAPSED, target, now=NOW)
    assert (result.count, left_out, result.format) == (2, 1, "csv")
    with target.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert sorted(r["Full name"] for r in rows) == ["Chen Wei 陈伟", "Ольга Иванова"]
    assert {r["Email 2"] for r in rows} == {"chen.work@example.com", "olga.work@example.com"}


def test_export_to_a_workbook_names_the_list(
        session: Session, people: dict[str, int], tmp_path: Path) -> None:
    target = tmp_path / "lapsed.xlsx"
    result, left_out = export_list(session, LAPSED, target, now=NOW,
                                   list_name="Lapsed customers")
    assert (result.count, left_out) == (2, 1)
    book = openpyxl.load_workbook(target, read_only=True)
    data = list(book.worksheets[0].iter_rows(values_only=True))
    names = data[0].index("Full name")
    assert sorted(r[names] for r in data[1:]) == ["Chen Wei 陈伟", "Ольга Иванова"]
    about = " ".join(str(c) for row in book.worksheets[1].iter_rows(values_only=True)
                     for c in row if c)
    assert "List: Lapsed customers" in about and "Opted in to marketing" in about
    book.close()


def test_nothing_is_written_for_an_empty_list_or_one_with_no_consent(
        session: Session, people: dict[str, int], tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(CampaignError, match="no contacts"):
        export_list(session, NOBODY, folder / "none.xlsx", now=NOW)
    session.get_one(Contact, people["chen"]).marketing_consent = False
    session.get_one(Contact, people["olga"]).marketing_consent = False
    session.flush()
    with pytest.raises(CampaignError) as caught:
        export_list(session, LAPSED, folder / "none.csv", now=NOW)
    assert "None of the 3 contacts" in str(caught.value)
    assert list(folder.iterdir()) == []
