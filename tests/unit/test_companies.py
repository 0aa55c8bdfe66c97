"""Company services: create, read, update and their validation."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from app.db import Database
from app.services import companies
from app.services import validation as v
from app.services.companies import CompanyInput, create_company, get_company, update_company
from app.services.errors import NotFoundError, ServiceError, ValidationError
from app.services.stats import table_counts

FULL = CompanyInput(
    name="  Toshkent Tekstil MChJ ",
    industry="Textiles",
    website="Toshkent-Tekstil.UZ/about",
    phone="71 123 45 67",
    street="Amir Temur 1",
    city="Toshkent",
    region="Toshkent",
    postal_code="100000",
    country="Uzbekistan",
    notes="Main supplier.\nPays on time.",
)


def test_round_trip(db: Database) -> None:
    with db.session_scope() as s:
        created = create_company(s, FULL, region="UZ")
    with db.session_scope() as s:
        got = get_company(s, created.id)
        row = s.execute(text("SELECT name, name_key, website, phone, phone_e164 FROM companies"))
        stored = tuple(row.one())
    assert got == created
    assert stored == ("Toshkent Tekstil MChJ", "toshkent tekstil mchj",
                      "https://toshkent-tekstil.uz/about", "71 123 45 67", "+998711234567")
    assert (got.industry, got.street, got.city, got.region, got.postal_code, got.country) == (
        "Textiles", "Amir Temur 1", "Toshkent", "Toshkent", "100000", "Uzbekistan")
    assert got.notes == "Main supplier.\nPays on time."
    assert got.page_key == ("toshkent tekstil mchj", created.id)


def test_update_replaces_and_to_input_round_trips(session: Session) -> None:
    created = create_company(session, FULL, region="UZ")
    same = update_company(session, created.id, created.to_input(), region="UZ")
    assert dataclasses.replace(same, updated_at=created.updated_at) == created
    new = CompanyInput(name="Ромашка", phone="+7 495 123-45-67")
    changed = update_company(session, created.id, new)
    assert (changed.name, changed.name_key, changed.phone_e164) == ("Ромашка", "ромашка",
                                                                    "+74951234567")
    assert changed.website is None and changed.notes is None


@pytest.mark.parametrize("blank", ["", "   ", "\n"])
def test_name_is_required(session: Session, blank: str) -> None:
    with pytest.raises(ValidationError) as info:
        create_company(session, CompanyInput(name=blank))
    assert (info.value.field, info.value.template) == ("name", companies.NAME_REQUIRED)


def test_name_limit(session: Session) -> None:
    assert create_company(session, CompanyInput(name="N" * 200)).name == "N" * 200
    with pytest.raises(ValidationError) as info:
        create_company(session, CompanyInput(name="N" * 201))
    assert info.value.field == "name" and info.value.params == {"length": 201, "limit": 200}


@pytest.mark.parametrize(
    ("data", "field", "template"),
    [
        (CompanyInput(name="A", website="javascript:alert(1)"), "website", v.WEBSITE_INVALID),
        (CompanyInput(name="A", website="x" * 501), "website", v.TOO_LONG),
        (CompanyInput(name="A", phone="(202) 555-0143"), "phone", v.PHONE_NO_COUNTRY),
        (CompanyInput(name="A", phone="+1 123 456 7890"), "phone", v.PHONE_INVALID),
        (CompanyInput(name="A", industry="i" * 101), "industry", v.TOO_LONG),
        (CompanyInput(name="A", postal_code="1" * 21), "postal_code", v.TOO_LONG),
        (CompanyInput(name="A", city="Tash\x00kent"), "city", v.CONTROL_CHARACTER),
    ],
)
def test_bad_input_names_the_field_and_changes_nothing(
    db: Database, data: CompanyInput, field: str, template: str
) -> None:
    with db.session_scope() as s:
        existing = create_company(s, FULL, region="UZ")
    with db.session_scope() as s:
        before = table_counts(s)
        with pytest.raises(ValidationError) as info:
            create_company(s, data)
        assert (info.value.field, info.value.template) == (field, template)
        with pytest.raises(ValidationError):
            update_company(s, existing.id, data)
        assert not s.new and not s.dirty and table_counts(s) == before
    with db.session_scope() as s:
        assert get_company(s, existing.id) == existing


def test_phone_uses_the_callers_region(session: Session) -> None:
    us = create_company(session, CompanyInput(name="A", phone="(202) 555-0143"), region="US")
    assert (us.phone, us.phone_e164) == ("(202) 555-0143", "+12025550143")


def test_missing_company(session: Session) -> None:
    with pytest.raises(NotFoundError) as info:
        get_company(session, 7)
    assert info.value.template == companies.COMPANY_NOT_FOUND
    with pytest.raises(NotFoundError):
        companies.delete_company(session, 7)


def _search_text(session: Session, contact_id: int) -> str:
    from app.models import Contact

    session.expire_all()
    return session.get_one(Contact, contact_id).search_text or ""


def test_put_back_writes_an_edit_back_exactly_with_its_peoples_search(session: Session) -> None:
    from app.services.contacts import ContactInput, create_contact

    before = create_company(session, FULL, region="UZ")
    person = create_contact(session, ContactInput(first_name="Dilnoza", company_id=before.id),
                            region="UZ").id
    after = update_company(session, before.id, CompanyInput(name="Buxoro Baraka"))
    assert "baraka" in _search_text(session, person)
    assert companies.put_back_company(session, before) == before  # updated_at too
    assert get_company(session, before.id) == before
    text_now = _search_text(session, person)
    assert "toshkent" in text_now and "baraka" not in text_now
    assert companies.put_back_company(session, after) == after
    assert "baraka" in _search_text(session, person)
    # Putting an edit back leaves the Trash state alone.
    companies.delete_company(session, before.id)
    assert companies.put_back_company(session, before).deleted_at is not None


def test_a_new_company_is_removed_and_reinserted_under_its_id(session: Session) -> None:
    created = create_company(session, FULL, region="UZ")
    removed = companies.remove_new_company(session, created.id)
    assert removed == created
    with pytest.raises(NotFoundError):
        get_company(session, created.id)
    with pytest.raises(NotFoundError):
        companies.put_back_company(session, created)  # an edit needs the row
    assert companies.put_back_company(session, created, reinsert=True) == created
    assert get_company(session, created.id) == created
    with pytest.raises(ServiceError) as info:  # the id is taken: never overwritten
        companies.put_back_company(session, dataclasses.replace(created, name="Other"),
                                   reinsert=True)
    assert info.value.template == companies.COMPANY_ID_TAKEN
    assert get_company(session, created.id).name == created.name


def test_a_company_with_people_is_not_removed(session: Session) -> None:
    from app.services.contacts import ContactInput, create_contact, delete_contact

    created = create_company(session, CompanyInput(name="Acme"))
    person = create_contact(session, ContactInput(first_name="Ali", company_id=created.id),
                            region="UZ")
    delete_contact(session, person.id)  # one in the Trash still belongs to it
    with pytest.raises(ServiceError) as info:
        companies.remove_new_company(session, created.id)
    assert info.value.template == companies.COMPANY_IN_USE
    assert str(info.value) == "“Acme” has contacts now, so creating it cannot be undone."
    assert get_company(session, created.id) == created
