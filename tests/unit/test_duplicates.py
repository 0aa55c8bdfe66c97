"""Duplicate detection: by email, by phone, by a similar name at the same company."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from app.services import companies, contacts
from app.services.contacts import ContactInput, create_contact
from app.services.duplicates import NAME_THRESHOLD, DuplicateMatch, find_duplicates


def _company(session: Session, name: str) -> int:
    return companies.create_company(session, companies.CompanyInput(name=name)).id


def _ids(matches: list[DuplicateMatch]) -> list[int]:
    return [m.contact_id for m in matches]


def test_same_email_in_any_case_and_as_an_extra_address(session: Session) -> None:
    primary = create_contact(session, ContactInput(first_name="Ann", emails=["Ann@Example.com"]))
    extra = create_contact(session, ContactInput(
        first_name="Bob", emails=["bob@example.com", "ANN.work@example.com"]))
    create_contact(session, ContactInput(first_name="Carl", emails=["carl@example.com"]))

    found = find_duplicates(session, ContactInput(first_name="X", emails=["  aNN@EXAMPLE.COM "]),
                            region=None)
    assert found == [DuplicateMatch(primary.id, "Ann", None, "Ann@Example.com", None,
                                    ("email",), 100)]
    found = find_duplicates(session, ContactInput(
        first_name="X", emails=["nobody@example.com", "ann.WORK@example.com"]), region=None)
    assert _ids(found) == [extra.id]
    assert found[0].email == "ANN.work@example.com"  # the address that matched


def test_phone_typed_in_another_format(session: Session) -> None:
    stored = create_contact(session, ContactInput(first_name="Ann",
                                                  phones=["+998 90 123 45 67"]), region="UZ")
    extra = create_contact(session, ContactInput(
        first_name="Bob", phones=["+7 912 345 67 89", "71 123 45 67"]), region="UZ")

    found = find_duplicates(session, ContactInput(first_name="X", phones=["90 123 45 67"]),
                            region="UZ")
    assert [(m.contact_id, m.reasons, m.phone) for m in found] == [
        (stored.id, ("phone",), "+998 90 123 45 67")]
    found = find_duplicates(session, ContactInput(first_name="X", phones=["(71) 123-45-67"]),
                            region="UZ")
    assert _ids(found) == [extra.id] and found[0].phone == "71 123 45 67"
    # Without a region a local number cannot be read, so it matches nothing.
    assert find_duplicates(session, ContactInput(first_name="X", phones=["90 123 45 67"]),
                           region=None) == []


def test_invalid_input_is_not_matched_and_never_raises(session: Session) -> None:
    create_contact(session, ContactInput(first_name="Ann", emails=["ann@example.com"]))
    weird = ContactInput(first_name="A\x00", emails=["not an email", "@", ""],
                         phones=["123", "abc", "+1 000"], company_id=12345)
    assert find_duplicates(session, weird, region="UZ") == []
    assert find_duplicates(session, ContactInput(), region=None) == []


def test_similar_name_at_the_same_company_only(session: Session) -> None:
    acme, other = _company(session, "Acme"), _company(session, "Other")
    karimov = create_contact(session, ContactInput(first_name="Gʻulom", last_name="Karimov",
                                                   company_id=acme))
    create_contact(session, ContactInput(first_name="Gulom", last_name="Karimov",
                                         company_id=other))
    create_contact(session, ContactInput(first_name="Anvar", last_name="Saidov",
                                         company_id=acme))

    for first, last in [("Gulom", "Karimov"), ("Karimov", "G'ulom"), ("GULOM", "KARIMOV")]:
        found = find_duplicates(session, ContactInput(first_name=first, last_name=last,
                                                      company_id=acme), region=None)
        assert _ids(found) == [karimov.id], (first, last)
        assert found[0].reasons == ("name",)
        assert NAME_THRESHOLD <= found[0].score <= 100
        assert found[0].company_name == "Acme"
    # The same name without a company, or at a third one, is not a match by name.
    assert find_duplicates(session, ContactInput(first_name="Gulom", last_name="Karimov"),
                           region=None) == []
    third = _company(session, "Third")
    assert find_duplicates(session, ContactInput(first_name="Gulom", last_name="Karimov",
                                                 company_id=third), region=None) == []
    # A merely similar-looking different person is not a duplicate.
    assert find_duplicates(session, ContactInput(first_name="Gulnora", last_name="Karimova",
                                                 company_id=acme), region=None) == []


def test_last_first_and_names_written_without_spaces(session: Session) -> None:
    acme = _company(session, "Acme")
    wang = create_contact(session, ContactInput(first_name="伟", last_name="王", company_id=acme))
    smith = create_contact(session, ContactInput(display_name="Smith, Anna", company_id=acme))
    found = find_duplicates(session, ContactInput(display_name="伟王", company_id=acme),
                            region=None)
    assert _ids(found) == [wang.id]
    found = find_duplicates(session, ContactInput(first_name="Anna", last_name="Smith",
                                                  company_id=acme), region=None)
    assert _ids(found) == [smith.id]


def test_deleted_contacts_and_exclude_id_are_ignored(session: Session) -> None:
    acme = _company(session, "Acme")
    data = ContactInput(first_name="Ann", last_name="Lee", emails=["ann@example.com"],
                        phones=["+998 90 123 45 67"], company_id=acme)
    gone = create_contact(session, data)
    contacts.delete_contact(session, gone.id)
    assert find_duplicates(session, data, region="UZ") == []

    kept = create_contact(session, data)
    found = find_duplicates(session, data, region="UZ")
    assert [(m.contact_id, m.reasons, m.score) for m in found] == [
        (kept.id, ("email", "phone", "name"), 100)]
    assert find_duplicates(session, data, region="UZ", exclude_id=kept.id) == []


def test_order_is_more_reasons_then_score_and_limit_applies(session: Session) -> None:
    acme = _company(session, "Acme")
    by_name = create_contact(session, ContactInput(first_name="Ann", last_name="Leee",
                                                   company_id=acme))
    by_email = create_contact(session, ContactInput(first_name="Zed", emails=["a@example.com"]))
    by_both = create_contact(session, ContactInput(first_name="Ann", last_name="Lee",
                                                   phones=["+998 90 123 45 67"],
                                                   company_id=acme))
    data = ContactInput(first_name="Ann", last_name="Lee", emails=["a@example.com"],
                        phones=["+998901234567"], company_id=acme)
    found = find_duplicates(session, data, region=None)
    assert _ids(found) == [by_both.id, by_email.id, by_name.id]
    assert found[0].reasons == ("phone", "name")
    assert found[2].score < 100
    assert _ids(find_duplicates(session, data, region=None, limit=1)) == [by_both.id]
    with pytest.raises(ValueError):
        find_duplicates(session, data, region=None, limit=0)


@contextmanager
def _query_plans(session: Session) -> Iterator[list[str]]:
    """The SQLite query plan of every SELECT run inside the block, as text."""
    plans: list[str] = []
    connection = session.connection()

    def explain(conn: Connection, _cursor: object, statement: str, parameters: object,
                _context: object, _many: bool) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
            plans.append(" | ".join(str(row[-1]) for row in rows))

    event.listen(connection, "before_cursor_execute", explain)
    try:
        yield plans
    finally:
        event.remove(connection, "before_cursor_execute", explain)


EXPECTED_INDEXES = ("ix_contacts_email_key", "ix_contact_emails_address_key",
                    "ix_contacts_phone_e164", "ix_contact_phones_e164", "ix_contacts_company_id",
                    "ix_contacts_sort_key_id", "INTEGER PRIMARY KEY")


def test_every_lookup_walks_its_own_index(session: Session) -> None:
    acme = _company(session, "Acme")
    for i in range(3):
        create_contact(session, ContactInput(
            first_name="Ann", last_name=f"Lee{i}", company_id=acme,
            emails=[f"a{i}@example.com", f"b{i}@example.com"],
            phones=[f"+998 90 123 45 6{i}", f"+998 71 123 45 6{i}"]))
    data = ContactInput(first_name="Ann", last_name="Lee", company_id=acme,
                        emails=["a0@example.com", "b1@example.com", "x@example.com"],
                        phones=["+998901234560", "+998711234561", "+998711234569"])
    with _query_plans(session) as plans:
        assert find_duplicates(session, data, region=None)
    assert len(plans) >= 7
    for plan in plans:
        # Each step must look rows up through a selective index: never a table scan,
        # nor a walk of an index that most rows share (such as deleted_at IS NULL).
        for step in plan.split(" | "):
            if step.startswith(("SCAN", "SEARCH")):
                assert any(name in step for name in EXPECTED_INDEXES), plan
