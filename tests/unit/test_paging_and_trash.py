"""Keyset paging of contacts and companies, and the Trash: soft delete, restore, purge."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import event, func, select, text
from sqlalchemy.orm import Session

from app.db import Database
from app.models import Company, Contact, Interaction, Task
from app.services import companies, contacts
from app.services.companies import CompanyInput
from app.services.contacts import ContactInput, ContactRecord
from app.services.errors import NotFoundError
from app.services.stats import table_counts

NAMES = (
    ["Anna Smith"] * 5 + ["anna smith", "ANNA SMITH", "Änne Smith", "Zoë", "zoe", "Émile"]
    + ["Ёлкина Анна", "Елена Петрова", "елена петрова", "Яковлев", "Ángel", "Олег"] * 2
    + ["王伟"] * 4 + ["李娜", "张伟", "山田太郎", "김민준", "Gʻulom", "O'Brien", "1st Choice"]
    + [f"Person {i:02d}" for i in range(20)]
)


def _page_all(fetch: Callable[..., list[ContactRecord]], size: int) -> list[int]:
    ids: list[int] = []
    after = None
    for _ in range(len(NAMES) + 2):  # a keyset that does not advance fails, not hangs
        page = fetch(limit=size, after=after)
        assert len(page) <= size
        ids += [r.id for r in page]
        if len(page) < size:
            return ids
        after = page[-1].page_key
    raise AssertionError("paging did not end")


@pytest.fixture
def people(db: Database) -> Database:
    rng = random.Random(5)
    names = NAMES[:]
    rng.shuffle(names)
    with db.session_scope() as s:
        for i, name in enumerate(names):
            record = contacts.create_contact(s, ContactInput(display_name=name))
            if i % 9 == 4:
                contacts.delete_contact(s, record.id)
    return db


@pytest.fixture
def statements(db: Database) -> Iterator[list[tuple[str, object]]]:
    seen: list[tuple[str, object]] = []

    def remember(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        seen.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", remember)
    yield seen
    event.remove(db.engine, "before_cursor_execute", remember)


@pytest.mark.parametrize("size", [1, 7, 10, 100])
def test_keyset_pages_match_a_plain_order_by(people: Database, size: int) -> None:
    with people.session_scope() as s:
        expected = s.scalars(
            select(Contact.id).where(Contact.deleted_at.is_(None))
            .order_by(Contact.sort_key, Contact.id)
        ).all()
        everything = s.scalars(select(Contact.id).order_by(Contact.sort_key, Contact.id)).all()
        trashed = s.scalars(
            select(Contact.id).where(Contact.deleted_at.is_not(None))
            .order_by(Contact.sort_key, Contact.id)
        ).all()
        assert _page_all(lambda **kw: contacts.list_contacts(s, **kw), size) == expected
        assert _page_all(
            lambda **kw: contacts.list_contacts(s, include_deleted=True, **kw), size
        ) == everything
        assert _page_all(lambda **kw: contacts.list_deleted_contacts(s, **kw), size) == trashed
    assert len(expected) + len(trashed) == len(NAMES) and trashed


def test_ties_in_sort_key_are_broken_by_id(people: Database) -> None:
    with people.session_scope() as s:
        rows = contacts.list_contacts(s, limit=1000, include_deleted=True)
    keys = [r.page_key for r in rows]
    assert keys == sorted(keys) and len(set(keys)) == len(keys)
    smiths = [r for r in rows if r.sort_key == "anna smith"]
    assert len(smiths) == 7 and [r.id for r in smiths] == sorted(r.id for r in smiths)


def test_pages_seek_on_the_index_and_never_use_offset(
    people: Database, statements: list[tuple[str, object]]
) -> None:
    with people.session_scope() as s:
        first = contacts.list_contacts(s, limit=5)
        statements.clear()
        contacts.list_contacts(s, limit=5, after=first[-1].page_key)
        sql, params = statements[0]
        plan = " ".join(
            str(row[-1]) for row in s.connection().exec_driver_sql(
                "EXPLAIN QUERY PLAN " + sql, params  # type: ignore[arg-type]
            )
        )
    # SQLAlchemy's SQLite dialect always writes "LIMIT ? OFFSET ?"; the offset is 0.
    for stmt, stmt_params in statements:
        if "OFFSET" in stmt:
            assert stmt.endswith("OFFSET ?") and stmt_params[-1] == 0  # type: ignore[index]
    assert "(contacts.sort_key, contacts.id) > (?, ?)" in sql
    assert "USING INDEX ix_contacts_sort_key_id" in plan and "TEMP B-TREE" not in plan


def test_limit_must_be_positive(session: Session) -> None:
    with pytest.raises(ValueError):
        contacts.list_contacts(session, limit=0)


def test_company_pages_match_a_plain_order_by(db: Database) -> None:
    names = ["Acme", "acme", "ACME", "Ромашка", "ромашка", "华为", "Zeta", "Äpfel GmbH"] * 3
    with db.session_scope() as s:
        for i, name in enumerate(names):
            record = companies.create_company(s, CompanyInput(name=name))
            if i % 5 == 0:
                companies.delete_company(s, record.id)
    with db.session_scope() as s:
        expected = s.scalars(select(Company.id).where(Company.deleted_at.is_(None))
                             .order_by(Company.name_key, Company.id)).all()
        trashed = s.scalars(select(Company.id).where(Company.deleted_at.is_not(None))
                            .order_by(Company.name_key, Company.id)).all()
        for size in (1, 4, 50):
            assert _page_all(lambda **kw: companies.list_companies(s, **kw), size) == expected
            assert _page_all(
                lambda **kw: companies.list_deleted_companies(s, **kw), size) == trashed
    assert len(expected) + len(trashed) == len(names)


def test_soft_delete_hides_and_restore_brings_back(session: Session) -> None:
    ann = contacts.create_contact(session, ContactInput(first_name="Ann"))
    bob = contacts.create_contact(session, ContactInput(first_name="Bob"))
    deleted = contacts.delete_contact(session, ann.id)
    assert deleted.deleted_at is not None and deleted.deleted_at.tzinfo is dt.UTC
    assert [r.id for r in contacts.list_contacts(session)] == [bob.id]
    assert [r.id for r in contacts.list_deleted_contacts(session)] == [ann.id]
    with pytest.raises(NotFoundError):
        contacts.get_contact(session, ann.id)
    # Deleting again keeps the first moment; the row is still in the table.
    assert contacts.delete_contact(session, ann.id).deleted_at == deleted.deleted_at
    assert table_counts(session)["contacts"] == 2

    restored = contacts.restore_contact(session, ann.id)
    assert restored.deleted_at is None
    assert contacts.get_contact(session, ann.id) == restored
    assert [r.id for r in contacts.list_contacts(session)] == [ann.id, bob.id]
    assert contacts.list_deleted_contacts(session) == []
    with pytest.raises(NotFoundError):
        contacts.restore_contact(session, 999)


def _full(name: str) -> ContactInput:
    return ContactInput(first_name=name, emails=[f"{name}@a.com", f"{name}@b.com"],
                        phones=["+998 90 123 45 67", "+998 71 123 45 67"], tags=["t", name])


def test_purge_deletes_only_the_trash_and_everything_hanging_off_it(db: Database) -> None:
    with db.session_scope() as s:
        keep = contacts.create_contact(s, _full("keep"))
        gone = contacts.create_contact(s, _full("gone"))
        gone2 = contacts.create_contact(s, ContactInput(first_name="gone2"))
        task = Task(title="Call", contact_id=gone.id)
        s.add_all([task, Interaction(contact_id=gone.id, channel="call",
                                     occurred_at=dt.datetime(2025, 1, 1, tzinfo=dt.UTC)),
                   Task(title="Keep", contact_id=keep.id)])
        s.flush()
        contacts.delete_contact(s, gone.id)
        contacts.delete_contact(s, gone2.id)
    with db.session_scope() as s:
        before = table_counts(s)
        assert contacts.purge_deleted_contacts(s) == 2
        assert contacts.purge_deleted_contacts(s) == 0
    with db.session_scope() as s:
        after = table_counts(s)
        assert s.scalars(select(Contact.id)).all() == [keep.id]
        for table in ("contact_emails", "contact_phones", "contact_tags", "tasks"):
            owners = s.execute(text(f"SELECT DISTINCT contact_id FROM {table}")).scalars()
            assert list(owners) == [keep.id], table
        assert contacts.get_contact(s, keep.id) == keep
    assert before["contact_emails"] - after["contact_emails"] == 1
    assert before["contact_tags"] - after["contact_tags"] == 2
    assert before["interactions"] == 1 and after["interactions"] == 0
    assert after["tags"] == before["tags"]  # tags are a vocabulary: they stay


def test_company_trash_leaves_its_contacts_alone(db: Database) -> None:
    with db.session_scope() as s:
        acme = companies.create_company(s, CompanyInput(name="Acme"))
        other = companies.create_company(s, CompanyInput(name="Other"))
        ann = contacts.create_contact(s, ContactInput(first_name="Ann", company_id=acme.id))
        bob = contacts.create_contact(s, ContactInput(first_name="Bob", company_id=acme.id))
        contacts.create_contact(s, ContactInput(first_name="Cy", company_id=other.id))
        contacts.delete_contact(s, bob.id)
        companies.delete_company(s, acme.id)
    with db.session_scope() as s:
        assert contacts.get_contact(s, ann.id) == ann  # same company, not deleted
        assert [r.id for r in companies.company_contacts(s, acme.id)] == [ann.id]
        assert [r.company_name for r in companies.company_contacts(s, other.id)] == ["Other"]
        assert companies.purge_deleted_companies(s) == 1
        # The unit of work that purged sees the change too.
        assert contacts.get_contact(s, ann.id).company_id is None
    with db.session_scope() as s:
        assert s.scalar(select(func.count()).select_from(Contact)) == 3
        assert contacts.get_contact(s, ann.id).company_name is None
        assert companies.get_company(s, other.id).name == "Other"
        with pytest.raises(NotFoundError):
            companies.company_contacts(s, acme.id)


def test_company_delete_and_restore(session: Session) -> None:
    acme = companies.create_company(session, CompanyInput(name="Acme"))
    deleted = companies.delete_company(session, acme.id)
    assert deleted.deleted_at is not None
    assert companies.list_companies(session) == []
    with pytest.raises(NotFoundError) as info:
        companies.get_company(session, acme.id)
    assert info.value.template == companies.COMPANY_IN_TRASH
    with pytest.raises(NotFoundError):
        companies.update_company(session, acme.id, CompanyInput(name="Acme 2"))
    assert companies.delete_company(session, acme.id).deleted_at == deleted.deleted_at
    restored = companies.restore_company(session, acme.id)
    assert restored.deleted_at is None and companies.list_companies(session) == [restored]
    assert companies.purge_deleted_companies(session) == 0
