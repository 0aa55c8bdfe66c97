"""Importing companies, interactions and tasks: a CSV in, records stored and linked to
their contacts, rows refused with their reasons, duplicates per on_duplicate, nothing
stored on a cancel, and the whole import undone (last contacts put back too)."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db import Database
from app.models import Company, Contact, ImportBatch, ImportChange, Interaction, Task
from app.services import companies, interactions, tasks
from app.services.contacts import ContactInput, create_contact, get_contact
from app.services.io import import_batches, import_records, import_records_rows
from app.services.io.import_apply import Cancelled
from app.services.io.import_plan import ImportOptions
from app.services.io.import_records import import_records as run_import
from app.services.io.mapping import suggest_mapping

UTC = dt.UTC
T0 = dt.datetime(2025, 3, 1, 9, 0, tzinfo=UTC)


def _csv(tmp_path: Path, text: str, name: str = "records.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _import(db: Database, path: Path, kind: str, **options: object):
    with db.session_scope() as s:
        return run_import(s, path, kind=kind, options=ImportOptions(region="UZ", **options))


def _count(db: Database, model: type) -> int:
    with db.session_scope() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def _people(db: Database, *people: tuple[str, str, list[str]]) -> list[int]:
    with db.session_scope() as s:
        return [create_contact(s, ContactInput(first_name=first, last_name=last, emails=emails),
                               region="UZ").id for first, last, emails in people]


def _last(db: Database, contact_id: int) -> dt.datetime | None:
    with db.session_scope() as s:
        return s.get_one(Contact, contact_id).last_contacted_at


# Companies -----------------------------------------------------------------------------

COMPANY_HEADER = "Company,Industry,Website,Phone,City\n"


def test_companies_are_created_with_checked_values(db, tmp_path):
    path = _csv(tmp_path, COMPANY_HEADER + "Acme,Retail,acme.example,+998 90 123 45 67,Toshkent\n"
                                          "Globex,,,,\n")
    report = _import(db, path, "companies")
    assert (report.result.created, report.result.rejected_count) == (2, 0)
    assert report.mapping.columns == ("name", "industry", "website", "phone", "city")
    with db.session_scope() as s:
        acme = s.scalars(select(Company).where(Company.name == "Acme")).one()
        assert (acme.website, acme.phone_e164, acme.city) == (
            "https://acme.example", "+998901234567", "Toshkent")
        batch = s.get_one(ImportBatch, report.result.batch_id)
        assert (batch.kind, batch.created) == ("companies", 2)
        entities = set(s.scalars(select(ImportChange.entity)))
        assert entities == {"company"}


def test_company_rows_without_a_name_or_with_a_bad_website_are_rejected(db, tmp_path):
    path = _csv(tmp_path, COMPANY_HEADER + ",Retail,,,\n"
                                          "Bad Site,,http://exa mple,,\n"
                                          "Good,,,,\n")
    result = _import(db, path, "companies").result
    assert result.created == 1
    assert [r.number for r in result.rejected] == [2, 3]
    assert "name of the company" in result.rejected[0].reasons[0]
    assert "web address" in result.rejected[1].reasons[0]


@pytest.mark.parametrize(("mode", "overwrite", "expected"), [
    ("skip", False, (0, 0, 1, [("Acme", None, "Old Town")])),
    ("update", False, (0, 1, 0, [("Acme", "Retail", "Old Town")])),
    ("update", True, (0, 1, 0, [("ACME", "Retail", "New Town")])),
    ("create", False, (1, 0, 0, [("Acme", None, "Old Town"), ("ACME", "Retail", "New Town")])),
])
def test_a_company_already_stored_follows_on_duplicate(db, tmp_path, mode, overwrite, expected):
    with db.session_scope() as s:
        companies.create_company(s, companies.CompanyInput(name="Acme", city="Old Town"))
    path = _csv(tmp_path, COMPANY_HEADER + "ACME,Retail,,,New Town\n")
    result = _import(db, path, "companies", on_duplicate=mode, overwrite=overwrite).result
    assert (result.created, result.updated, result.skipped) == expected[:3]
    with db.session_scope() as s:
        stored = s.execute(select(Company.name, Company.industry, Company.city)
                           .order_by(Company.id)).all()
    assert [tuple(r) for r in stored] == expected[3]


def test_the_same_company_twice_in_a_file_is_one_company(db, tmp_path):
    path = _csv(tmp_path, COMPANY_HEADER + "Initech,,,,\ninitech,Software,,,\n")
    result = _import(db, path, "companies", on_duplicate="update").result
    assert (result.created, result.updated) == (1, 1)
    with db.session_scope() as s:
        assert s.execute(select(Company.name, Company.industry)).one() == ("Initech", "Software")


def test_undo_of_a_company_import_restores_and_removes(db, tmp_path):
    with db.session_scope() as s:
        acme = companies.create_company(s, companies.CompanyInput(name="Acme", city="Old Town"))
    path = _csv(tmp_path, COMPANY_HEADER + "Acme,Retail,,,New Town\nGlobex,,,,\n")
    batch_id = _import(db, path, "companies", on_duplicate="update",
                       overwrite=True).result.batch_id
    with db.session_scope() as s:
        done = import_batches.undo_batch(s, batch_id)
    assert (done.companies_restored, done.companies_removed, done.removed) == (1, 1, 0)
    with db.session_scope() as s:
        assert companies.get_company(s, acme.id) == acme
        assert s.scalar(select(func.count()).select_from(Company)) == 1


# Interactions --------------------------------------------------------------------------

INTERACTION_HEADER = "Contact email,Contact,Channel,Direction,When,Subject,Text,Outcome\n"


def test_interactions_are_linked_by_email_or_name_and_move_the_last_contact(db, tmp_path):
    ann, bob = _people(db, ("Ann", "Lee", ["ann@example.com"]),
                       ("Bob", "Ray", ["bob@example.com", "bob.work@example.com"]))
    path = _csv(tmp_path, INTERACTION_HEADER
                + "ANN@example.com,,Phone call,Incoming,2025-03-12 10:30,Intro,Hello,Good\n"
                + "bob.work@example.com,,email,out,2025-03-10 08:00,Offer,,\n"
                + ",bob  RAY,Встреча,,12.03.2025,,,\n")
    tz = dt.timezone(dt.timedelta(hours=5))
    report = _import(db, path, "interactions", tz=tz)
    assert (report.result.created, report.result.rejected) == (3, [])
    with db.session_scope() as s:
        stored = s.execute(select(Interaction.contact_id, Interaction.channel,
                                  Interaction.direction, Interaction.occurred_at,
                                  Interaction.subject).order_by(Interaction.id)).all()
    assert [tuple(r) for r in stored] == [
        (ann, "call", "inbound", dt.datetime(2025, 3, 12, 5, 30, tzinfo=UTC), "Intro"),
        (bob, "email", "outbound", dt.datetime(2025, 3, 10, 3, 0, tzinfo=UTC), "Offer"),
        # a day alone is its noon in the import's zone
        (bob, "meeting", None, dt.datetime(2025, 3, 12, 7, 0, tzinfo=UTC), None),
    ]
    assert _last(db, ann) == dt.datetime(2025, 3, 12, 5, 30, tzinfo=UTC)
    assert _last(db, bob) == dt.datetime(2025, 3, 12, 7, 0, tzinfo=UTC)


def test_interaction_rows_that_cannot_be_stored_say_why(db, tmp_path):
    _people(db, ("Ann", "Lee", ["ann@example.com"]), ("Ann", "Lee", ["ann2@example.com"]),
            ("Cy", "Dee", []))
    path = _csv(tmp_path, INTERACTION_HEADER
                + "nobody@example.com,,call,,2025-03-12,,,\n"
                + ",Zed Zee,call,,2025-03-12,,,\n"
                + ",Ann Lee,call,,2025-03-12,,,\n"
                + ",Cy Dee,pigeon,,2025-03-12,,,\n"
                + ",Cy Dee,call,,31.02.2025,,,\n"
                + ",Cy Dee,call,,,,,\n"
                + ",,call,,2025-03-12,,,\n"
                + "ann2@example.com,,call,,2025-03-12,,,\n")
    result = _import(db, path, "interactions").result
    assert result.created == 1
    reasons = {r.number: " ".join(r.reasons) for r in result.rejected}
    assert "No contact has the email address “nobody@example.com”" in reasons[2]
    assert "No contact is named “Zed Zee”" in reasons[3]
    assert "2 contacts are named “Ann Lee”" in reasons[4]
    assert "“pigeon” is not a channel" in reasons[5]
    assert "“31.02.2025” is not a date" in reasons[6]
    assert "no “When”" in reasons[7]
    assert "names no contact" in reasons[8]


@pytest.mark.parametrize(("mode", "created", "skipped"),
                         [("skip", 1, 2), ("update", 1, 2), ("create", 3, 0)])
def test_interactions_already_stored_follow_on_duplicate(db, tmp_path, mode, created, skipped):
    (ann,) = _people(db, ("Ann", "Lee", ["ann@example.com"]))
    with db.session_scope() as s:
        interactions.log_interaction(s, interactions.InteractionInput(
            contact_id=ann, channel="call", subject="Intro",
            occurred_at=dt.datetime(2025, 3, 12, 10, 30, 0, 250_000, tzinfo=UTC)))
    path = _csv(tmp_path, INTERACTION_HEADER
                + "ann@example.com,,call,,2025-03-12 10:30,Intro,,\n"  # stored already
                + "ann@example.com,,call,,2025-03-13 10:30,Again,,\n"
                + "ann@example.com,,call,,2025-03-13 10:30,Again,,\n")  # the row above
    result = _import(db, path, "interactions", on_duplicate=mode).result
    assert (result.created, result.skipped) == (created, skipped)
    assert _count(db, Interaction) == 1 + created


def test_a_cancelled_interaction_import_stores_nothing(db, tmp_path, monkeypatch):
    (ann,) = _people(db, ("Ann", "Lee", ["ann@example.com"]))
    monkeypatch.setattr(import_records, "chunks",
                        lambda rows: import_records_rows.chunks(rows, 2))
    path = _csv(tmp_path, INTERACTION_HEADER + "".join(
        f"ann@example.com,,call,,2025-03-{day:02d} 10:00,,,\n" for day in range(1, 9)))
    cancel = threading.Event()
    with pytest.raises(Cancelled), db.session_scope() as s:
        run_import(s, path, kind="interactions", progress=lambda done: cancel.set(),
                   cancel=cancel)
    assert (_count(db, Interaction), _count(db, ImportBatch)) == (0, 0)
    assert _last(db, ann) is None


def test_undo_removes_imported_interactions_and_puts_last_contacts_back(db, tmp_path):
    ann, bob = _people(db, ("Ann", "Lee", ["ann@example.com"]), ("Bob", "Ray", ["bob@x.com"]))
    with db.session_scope() as s:
        interactions.log_interaction(s, interactions.InteractionInput(
            contact_id=ann, channel="call", occurred_at=T0))
        ann_updated = get_contact(s, ann).updated_at
    path = _csv(tmp_path, INTERACTION_HEADER
                + "ann@example.com,,email,,2025-03-20 10:00,,,\n"
                + "ann@example.com,,email,,2025-02-01 10:00,,,\n"
                + "bob@x.com,,sms,,2025-03-05 10:00,,,\n")
    batch_id = _import(db, path, "interactions").result.batch_id
    assert _last(db, ann) == dt.datetime(2025, 3, 20, 10, 0, tzinfo=UTC)
    assert _last(db, bob) == dt.datetime(2025, 3, 5, 10, 0, tzinfo=UTC)
    with db.session_scope() as s:
        assert get_contact(s, ann).updated_at == ann_updated
        done = import_batches.undo_batch(s, batch_id)
    assert (done.interactions_removed, done.removed) == (3, 0)
    assert (_last(db, ann), _last(db, bob)) == (T0, None)
    assert _count(db, Interaction) == 1
    with db.session_scope() as s:
        assert get_contact(s, ann).updated_at == ann_updated


def test_an_older_interaction_does_not_move_the_last_contact_back(db, tmp_path):
    (ann,) = _people(db, ("Ann", "Lee", ["ann@example.com"]))
    with db.session_scope() as s:
        s.get_one(Contact, ann).last_contacted_at = T0  # e.g. kept from another system
    path = _csv(tmp_path, INTERACTION_HEADER + "ann@example.com,,call,,2025-01-05 10:00,,,\n")
    _import(db, path, "interactions")
    assert _last(db, ann) == T0


def test_the_date_order_is_guessed_from_the_rows(db, tmp_path):
    (ann,) = _people(db, ("Ann", "Lee", ["ann@example.com"]))
    path = _csv(tmp_path, INTERACTION_HEADER + "ann@example.com,,call,,03/25/2025 10:00,,,\n"
                                              "ann@example.com,,call,,03/04/2025 10:00,,,\n")
    _import(db, path, "interactions")
    with db.session_scope() as s:
        days = [m.date() for m in s.scalars(select(Interaction.occurred_at)
                                            .order_by(Interaction.id))]
    assert days == [dt.date(2025, 3, 25), dt.date(2025, 3, 4)]


# Tasks ---------------------------------------------------------------------------------

TASK_HEADER = "Contact email,Contact,Task,Due,Priority,Status,Owner,Notes\n"


def test_tasks_are_stored_with_or_without_a_contact(db, tmp_path):
    (ann,) = _people(db, ("Ann", "Lee", ["ann@example.com"]))
    path = _csv(tmp_path, TASK_HEADER
                + "ann@example.com,,Call back,12.03.2025,High,,Dilnoza,\"Two\nlines\"\n"
                + ",,Order paper,,0,Done,,\n"
                + ",ann lee,Send offer,,,,,\n")
    result = _import(db, path, "tasks").result
    assert (result.created, result.rejected_count) == (3, 0)
    with db.session_scope() as s:
        stored = s.scalars(select(Task).order_by(Task.id)).all()
        call, paper, offer = stored
        assert (call.contact_id, call.due_date, call.priority, call.status, call.owner,
                call.notes) == (ann, dt.date(2025, 3, 12), 2, "open", "Dilnoza", "Two\nlines")
        assert (paper.contact_id, paper.priority, paper.status) == (None, 0, "done")
        assert paper.completed_at is not None and call.completed_at is None
        assert (offer.contact_id, offer.priority) == (ann, 1)


def test_task_rows_that_cannot_be_stored_say_why(db, tmp_path):
    _people(db, ("Ann", "Lee", ["ann@example.com"]))
    path = _csv(tmp_path, TASK_HEADER
                + ",Zed Zee,Call,,,,,\n"
                + "ann@example.com,,,,,,,\n"
                + "ann@example.com,,Call,,extreme,,,\n"
                + "ann@example.com,,Call,,,maybe,,\n"
                + "ann@example.com,,Call,45.13.2025,,,,\n")
    result = _import(db, path, "tasks").result
    assert result.created == 0
    reasons = {r.number: " ".join(r.reasons) for r in result.rejected}
    assert "No contact is named “Zed Zee”" in reasons[2]
    assert "no “Task”" in reasons[3]
    assert "“extreme” is not a priority" in reasons[4]
    assert "“maybe” is not a task status" in reasons[5]
    assert "is not a date" in reasons[6]


@pytest.mark.parametrize(("mode", "created", "skipped"),
                         [("skip", 1, 3), ("update", 1, 3), ("create", 4, 0)])
def test_tasks_already_stored_follow_on_duplicate(db, tmp_path, mode, created, skipped):
    (ann,) = _people(db, ("Ann", "Lee", ["ann@example.com"]))
    with db.session_scope() as s:
        tasks.create_task(s, tasks.TaskInput(title="Call back", contact_id=ann,
                                             due_date=dt.date(2025, 3, 12)))
        tasks.create_task(s, tasks.TaskInput(title="Order paper"))
    path = _csv(tmp_path, TASK_HEADER
                + "ann@example.com,,Call back,2025-03-12,,,,\n"
                + ",,Order paper,,,,,\n"
                + "ann@example.com,,Call back,2025-03-13,,,,\n"
                + "ann@example.com,,Call back,2025-03-13,,,,\n")
    result = _import(db, path, "tasks", on_duplicate=mode).result
    assert (result.created, result.skipped) == (created, skipped)
    assert _count(db, Task) == 2 + created


def test_undo_removes_imported_tasks_only(db, tmp_path):
    (ann,) = _people(db, ("Ann", "Lee", ["ann@example.com"]))
    with db.session_scope() as s:
        tasks.create_task(s, tasks.TaskInput(title="Mine", contact_id=ann))
    path = _csv(tmp_path, TASK_HEADER + "ann@example.com,,Call back,,,,,\n,,Order paper,,,,,\n")
    batch_id = _import(db, path, "tasks").result.batch_id
    with db.session_scope() as s:
        done = import_batches.undo_batch(s, batch_id)
        assert done.tasks_removed == 2
        assert list(s.scalars(select(Task.title))) == ["Mine"]
        assert import_batches.get_batch(s, batch_id).kind == "tasks"


# The entry point -----------------------------------------------------------------------

def test_the_kind_and_the_mapping_must_agree(db, tmp_path):
    path = _csv(tmp_path, TASK_HEADER + ",,Call,,,,,\n")
    with db.session_scope() as s:
        with pytest.raises(ValueError):
            run_import(s, path, kind="deals")
        with pytest.raises(ValueError):
            run_import(s, path, kind="interactions",
                       mapping=suggest_mapping(TASK_HEADER.strip().split(","), kind="tasks"))


def test_a_file_rapport_exported_comes_back_as_duplicates(db, tmp_path):
    """Export, then import of the same file changes nothing (ARCHITECTURE.md)."""
    from app.services.io import export

    (ann,) = _people(db, ("Ann", "Lee", ["ann@example.com"]))
    with db.session_scope() as s:
        companies.create_company(s, companies.CompanyInput(
            name="Acme", website="acme.example", phone="+998 90 123 45 67", city="Toshkent"))
        interactions.log_interaction(s, interactions.InteractionInput(
            contact_id=ann, channel="visit", direction="inbound", subject="Tea",
            occurred_at=dt.datetime(2025, 3, 12, 10, 30, 15, 123456, tzinfo=UTC)))
        tasks.create_task(s, tasks.TaskInput(title="Call back", contact_id=ann, priority=2,
                                             due_date=dt.date(2025, 3, 14)))
    now = dt.datetime(2025, 4, 1, tzinfo=UTC)
    for kind, write in (("companies", export.export_companies),
                        ("interactions", export.export_interactions),
                        ("tasks", export.export_tasks)):
        for suffix in ("csv", "xlsx"):
            path = tmp_path / f"{kind}.{suffix}"
            with db.session_scope() as s:
                write(s, path, now=now)
            result = _import(db, path, kind, on_duplicate="update").result
            assert (result.created, result.updated, result.skipped, result.rejected) == (
                0, 0, 1, []), (kind, suffix)
