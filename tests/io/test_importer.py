"""Importing contacts end to end: a file in, contacts stored, duplicates handled, the
whole import undone, and nothing stored at all when it fails or is cancelled."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from app.db import Database
from app.models import Company, Contact, ImportBatch
from app.services import search
from app.services.contacts import ContactInput, create_contact, get_contact
from app.services.errors import ServiceError
from app.services.io import import_batches
from app.services.io.import_apply import Cancelled
from app.services.io.import_plan import ImportOptions
from app.services.io.importer import import_file, write_error_report
from app.services.search import ContactQuery

NOW = dt.datetime(2026, 11, 25, 12, 0, tzinfo=dt.UTC)

HEADER = "First name,Last name,Email,Phone,Company,Birthday,Tags,Notes\n"


def _csv(tmp_path: Path, body: str, name: str = "people.csv") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def _count(db: Database) -> int:
    with db.session_scope() as s:
        return int(s.scalar(select(func.count()).select_from(Contact)) or 0)


def _import(db: Database, path: Path, **options: object):
    with db.session_scope() as s:
        return import_file(s, path, options=ImportOptions(region="UZ", **options))


def test_rows_become_contacts_with_companies_tags_and_search(db, tmp_path):
    path = _csv(tmp_path,
                "Gʻulom,Karimov,gulom@example.uz,+998 90 123 45 67,Toshkent Tekstil,"
                "15.03.1985,\"VIP, Wholesale\",Met at the fair\n"
                "Алёна,Смирнова,alena@example.ru,+7 916 123-45-67,,,,\n")
    report = _import(db, path)
    assert (report.result.created, report.result.rejected_count) == (2, 0)
    with db.session_scope() as s:
        found = search.page(s, ContactQuery(text="смирн"), now=NOW, limit=10)
        assert [r.display_name for r in found] == ["Алёна Смирнова"]
        gulom = search.page(s, ContactQuery(text="998901234567"), now=NOW, limit=10)
        record = get_contact(s, gulom[0].id)
        assert record.company_name == "Toshkent Tekstil"
        assert record.birthday == dt.date(1985, 3, 15)
        assert sorted(record.tags) == ["VIP", "Wholesale"]
        assert s.scalar(select(func.count()).select_from(Company)) == 1
        batch = s.get(ImportBatch, report.result.batch_id)
        assert batch is not None and (batch.created, batch.file_name) == (2, "people.csv")


def test_bad_rows_are_rejected_with_reasons_and_the_rest_imported(db, tmp_path):
    path = _csv(tmp_path,
                "Ann,Lee,ann@example.com,,,,,\n"
                "Bob,Ray,not-an-email,,,,,\n"
                ",,,,,,,no name at all\n"
                "Cy,Dee,cy@example.com,,,31.02.1990,,\n")
    report = _import(db, path)
    result = report.result
    assert result.created == 1 and result.rejected_count == 3
    assert [r.number for r in result.rejected] == [3, 4, 5]
    assert all(r.reasons for r in result.rejected)
    out = write_error_report(tmp_path / "errors.xlsx", report.headers, result.rejected)
    sheet = openpyxl.load_workbook(out).active
    assert sheet.cell(2, 1).value == 3 and "not-an-email" in sheet.cell(2, 5).value
    assert sheet.max_row == 4


@pytest.mark.parametrize(("mode", "created", "updated", "skipped", "total"), [
    ("skip", 1, 0, 1, 2),
    ("update", 1, 1, 0, 2),
    ("create", 2, 0, 0, 3),
])
def test_duplicates_by_email_or_phone(db, tmp_path, mode, created, updated, skipped, total):
    with db.session_scope() as s:
        create_contact(s, ContactInput(first_name="Ann", last_name="Lee",
                                       emails=["ANN@example.com"]), region="UZ")
    path = _csv(tmp_path,
                "Ann,Lee,ann@example.com,+998 90 123 45 67,Acme,,,\n"
                "New,Person,new@example.com,,,,,\n")
    result = _import(db, path, on_duplicate=mode).result
    assert (result.created, result.updated, result.skipped) == (created, updated, skipped)
    assert _count(db) == total
    if mode == "update":
        with db.session_scope() as s:
            ann = search.page(s, ContactQuery(text="ann@example"), now=NOW, limit=5)[0]
            record = get_contact(s, ann.id)
            assert record.phones[0].e164 == "+998901234567"  # an empty field filled
            assert record.company_name == "Acme"


def test_duplicates_within_the_file_are_one_contact(db, tmp_path):
    path = _csv(tmp_path,
                "Ann,Lee,ann@example.com,,,,,\n"
                "Ann,Lee,ann@example.com,+998 90 123 45 67,,,,\n")
    result = _import(db, path, on_duplicate="update").result
    assert (result.created, result.updated) == (1, 1)
    assert _count(db) == 1


def test_undo_removes_what_was_created_and_restores_what_was_updated(db, tmp_path):
    with db.session_scope() as s:
        ann_id = create_contact(s, ContactInput(first_name="Ann", last_name="Lee",
                                                emails=["ann@example.com"]), region="UZ").id
    path = _csv(tmp_path,
                "Ann,Lee,ann@example.com,+998 90 123 45 67,Acme,,VIP,\n"
                "Zed,Zee,zed@example.com,,Acme,,,\n")
    batch_id = _import(db, path, on_duplicate="update").result.batch_id
    with db.session_scope() as s:
        done = import_batches.undo_batch(s, batch_id)
    assert (done.removed, done.restored, done.companies_removed) == (1, 1, 1)
    with db.session_scope() as s:
        ann = get_contact(s, ann_id)
        assert ann.phones == () and ann.company_name is None and ann.tags == ()
        assert s.scalar(select(func.count()).select_from(Contact)) == 1
        assert search.page(s, ContactQuery(text="zed@example"), now=NOW, limit=5) == []
        with pytest.raises(ServiceError):
            import_batches.undo_batch(s, batch_id)  # once only
        assert import_batches.list_batches(s)[0].undone_at is not None


def test_a_cancel_stores_nothing(db, tmp_path):
    body = "".join(f"P{i},Q,p{i}@example.com,,,,,\n" for i in range(5000))
    path = _csv(tmp_path, body)
    cancel = threading.Event()

    def progress(done: int) -> None:
        cancel.set()  # the user presses Cancel after the first chunk

    with pytest.raises(Cancelled), db.session_scope() as s:
        import_file(s, path, options=ImportOptions(), progress=progress, cancel=cancel)
    assert _count(db) == 0
    with db.session_scope() as s:
        assert s.scalar(select(func.count()).select_from(ImportBatch)) == 0
        # The search index was left working: a contact added now is found.
        create_contact(s, ContactInput(first_name="After", last_name="Cancel"), region="UZ")
    with db.session_scope() as s:
        assert len(search.page(s, ContactQuery(text="after"), now=NOW, limit=5)) == 1


def test_an_import_gives_its_connection_back_with_the_page_cache_it_had(db, tmp_path):
    """The import works with a smaller page cache (memory); the window's own work
    after it, on the same pooled connection, gets its 64 MiB back, cancel or not."""
    path = _csv(tmp_path, "".join(f"P{i},Q,p{i}@example.com,,,,,\n" for i in range(3000)))

    def cache(s) -> int:
        return int(s.connection().exec_driver_sql("PRAGMA cache_size").scalar_one())

    with db.session_scope() as s:
        before = cache(s)
        import_file(s, path, options=ImportOptions())
        assert cache(s) == before == -65536
    cancel = threading.Event()
    with pytest.raises(Cancelled), db.session_scope() as s:
        try:
            import_file(s, path, options=ImportOptions(on_duplicate="create"),
                        progress=lambda _done: cancel.set(), cancel=cancel)
        finally:
            assert cache(s) == before


def test_undo_puts_back_custom_fields_and_consent_of_an_updated_contact(db, tmp_path):
    consent = dt.datetime(2025, 5, 1, 9, 30, 15, 123456, tzinfo=dt.UTC)
    with db.session_scope() as s:
        ann_id = create_contact(s, ContactInput(
            first_name="Ann", last_name="Lee", emails=["ann@example.com"],
            custom_fields={"Shoe size": "38"}, marketing_consent=True, consent_at=consent,
            birthday=dt.date(1990, 2, 3)), region="UZ").id
        before = get_contact(s, ann_id)
    path = tmp_path / "update.csv"
    path.write_text("Email,Job title,Custom: Shoe size\nann@example.com,Buyer,39\n",
                    encoding="utf-8")
    batch_id = _import(db, path, on_duplicate="update", overwrite=True).result.batch_id
    with db.session_scope() as s:
        changed = get_contact(s, ann_id)
        assert (changed.title, dict(changed.custom_fields)) == ("Buyer", {"Shoe size": "39"})
        import_batches.undo_batch(s, batch_id)
    with db.session_scope() as s:
        after = get_contact(s, ann_id)
    assert (after.title, dict(after.custom_fields)) == (None, {"Shoe size": "38"})
    assert (after.consent_at, after.birthday, after.updated_at) == (
        before.consent_at, before.birthday, before.updated_at)
