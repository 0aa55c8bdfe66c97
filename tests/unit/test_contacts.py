"""Contact services: create, read, update, validation, tags, consent, companies."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.db import Database
from app.models import Contact, ContactEmail, ContactPhone, Tag, utcnow
from app.services import companies, contacts
from app.services import validation as v
from app.services.contacts import ContactInput, create_contact, get_contact, update_contact
from app.services.errors import NotFoundError, ValidationError
from app.services.stats import table_counts

TASHKENT = dt.timezone(dt.timedelta(hours=5))

FULL = ContactInput(
    first_name="  Gʻulom ",
    last_name="Karimov",
    emails=["Gulom@Example.com", "g.karimov@Work.UZ", "gulom@example.COM", " ", "k@mail.ru"],
    phones=["+998 90 123 45 67", "71 123 45 67", "", "+998901234567"],
    title="Director",
    street="Amir Temur 1",
    city="Toshkent",
    region="Toshkent",
    postal_code="100000",
    country="Uzbekistan",
    birthday=dt.date(1980, 5, 17),
    owner="me",
    source="referral",
    lifecycle_stage="Customer",
    marketing_consent=True,
    consent_at=dt.datetime(2025, 3, 1, 14, 0, tzinfo=TASHKENT),
    consent_source="web form",
    notes="Met at the fair.\nLikes tea.",
    custom_fields={"Shoe size": 43, "VIP": True, "Score": 7.5, "Nick": "Gula"},
    tags=["VIP", "Wholesale", "vip"],
)


def _rows(session: Session, sql: str) -> list[tuple[object, ...]]:
    return [tuple(r) for r in session.execute(text(sql)).all()]


def test_round_trip_of_every_field(db: Database) -> None:
    with db.session_scope() as s:
        company = companies.create_company(s, companies.CompanyInput(name="Toshkent Tekstil"))
        created = create_contact(s, dataclasses.replace(FULL, company_id=company.id), region="UZ")
    with db.session_scope() as s:  # a new unit of work reads what was stored
        got = get_contact(s, created.id)
        extra_emails = _rows(s, "SELECT position, address, address_key FROM contact_emails")
        extra_phones = _rows(s, "SELECT position, raw, e164 FROM contact_phones")
        row = _rows(s, "SELECT email, email_key, phone, phone_e164 FROM contacts")
    assert got == created
    assert got.display_name == "Gʻulom Karimov" and got.sort_key == "gʻulom karimov"
    assert (got.first_name, got.last_name) == ("Gʻulom", "Karimov")
    assert got.emails == ("Gulom@Example.com", "g.karimov@Work.UZ", "k@mail.ru")
    assert [p.e164 for p in got.phones] == ["+998901234567", "+998711234567"]
    assert got.phones[1].raw == "71 123 45 67"
    assert row == [("Gulom@Example.com", "gulom@example.com", "+998 90 123 45 67",
                    "+998901234567")]
    assert extra_emails == [(1, "g.karimov@Work.UZ", "g.karimov@work.uz"),
                            (2, "k@mail.ru", "k@mail.ru")]
    assert extra_phones == [(1, "71 123 45 67", "+998711234567")]
    assert (got.company_id, got.company_name) == (company.id, "Toshkent Tekstil")
    assert (got.title, got.street, got.city, got.region, got.postal_code, got.country) == (
        "Director", "Amir Temur 1", "Toshkent", "Toshkent", "100000", "Uzbekistan")
    assert (got.birthday, got.owner, got.source) == (dt.date(1980, 5, 17), "me", "referral")
    assert got.lifecycle_stage == "customer"
    assert got.marketing_consent is True and got.consent_source == "web form"
    assert got.consent_at == dt.datetime(2025, 3, 1, 9, 0, tzinfo=dt.UTC)
    assert got.notes == "Met at the fair.\nLikes tea."
    assert dict(got.custom_fields) == {"Shoe size": 43, "VIP": True, "Score": 7.5, "Nick": "Gula"}
    assert got.tags == ("VIP", "Wholesale")
    assert got.created_at.tzinfo is dt.UTC and got.deleted_at is None


def test_records_are_frozen_and_detached(session: Session) -> None:
    record = create_contact(session, FULL, region="UZ")
    with pytest.raises(dataclasses.FrozenInstanceError):
        record.display_name = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        record.custom_fields["VIP"] = False  # type: ignore[index]
    assert not isinstance(record, Contact)


@pytest.mark.parametrize(
    ("first", "last", "display", "expected"),
    [
        ("Anna", "Smith", None, "Anna Smith"),
        (None, "Smith", "  ", "Smith"),
        ("Anna", None, None, "Anna"),
        ("伟", "王", None, "王伟"),
        ("太郎", "山田", None, "山田太郎"),
        ("민준", "김", None, "김민준"),
        ("Wei", "王", None, "Wei 王"),
        ("伟", "王", "王 伟", "王 伟"),
        ("Anna", "Smith", "Dr. A. Smith", "Dr. A. Smith"),
    ],
)
def test_display_name(
    session: Session, first: str | None, last: str | None, display: str | None, expected: str
) -> None:
    data = ContactInput(first_name=first, last_name=last, display_name=display)
    record = create_contact(session, data)
    assert record.display_name == expected
    assert record.sort_key == expected.casefold()


@pytest.mark.parametrize("blank", [None, "", "   ", "\t\n"])
def test_a_contact_needs_some_name(session: Session, blank: str | None) -> None:
    with pytest.raises(ValidationError) as info:
        create_contact(session, ContactInput(first_name=blank, last_name=blank,
                                             display_name=blank, emails=["a@example.com"]))
    assert (info.value.field, info.value.template) == ("display_name", contacts.NAME_REQUIRED)
    assert table_counts(session)["contacts"] == 0


@pytest.mark.parametrize("field", ["first_name", "last_name", "display_name"])
def test_names_up_to_the_limit(session: Session, field: str) -> None:
    at_limit = create_contact(session, ContactInput(**{field: "Ж" * 200}))
    assert getattr(at_limit, field) == "Ж" * 200
    with pytest.raises(ValidationError) as info:
        create_contact(session, ContactInput(**{field: "Ж" * 201}))
    assert (info.value.field, info.value.params) == (field, {"length": 201, "limit": 200})


@pytest.mark.parametrize(
    ("field", "limit"),
    [("title", 100), ("street", 200), ("city", 100), ("region", 100), ("postal_code", 20),
     ("country", 100), ("owner", 100), ("source", 100)],
)
def test_other_text_limits_match_the_columns(session: Session, field: str, limit: int) -> None:
    ok = create_contact(session, ContactInput(first_name="A", **{field: "x" * limit}))
    assert getattr(ok, field) == "x" * limit
    with pytest.raises(ValidationError) as info:
        create_contact(session, ContactInput(first_name="A", **{field: "x" * (limit + 1)}))
    assert info.value.field == field and info.value.params["limit"] == limit


def test_derived_display_name_over_the_limit_asks_for_a_shorter_one(session: Session) -> None:
    with pytest.raises(ValidationError) as info:
        create_contact(session, ContactInput(first_name="a" * 150, last_name="b" * 150))
    assert (info.value.field, info.value.template) == ("display_name", contacts.NAME_TOO_LONG)
    assert info.value.params == {"length": 301, "limit": 200}


def test_sort_key_fits_its_column_when_casefold_grows_the_text(session: Session) -> None:
    record = create_contact(session, ContactInput(display_name="ß" * 200))
    assert record.display_name == "ß" * 200
    assert record.sort_key == "s" * 200  # "ß".casefold() == "ss", cut to the column


def test_control_characters_are_refused_by_field(session: Session) -> None:
    with pytest.raises(ValidationError) as info:
        create_contact(session, ContactInput(first_name="Ann", title="Boss\x00"))
    assert (info.value.field, info.value.template) == ("title", v.CONTROL_CHARACTER)
    with pytest.raises(ValidationError) as info:
        create_contact(session, ContactInput(first_name="Ann", phones=["+1 202\x07 555 0143"]))
    assert info.value.field == "phones" and info.value.params["index"] == 0


def test_injection_looking_text_is_stored_verbatim(db: Database) -> None:
    nasty = "Robert'); DROP TABLE contacts;--"
    with db.session_scope() as s:
        record = create_contact(s, ContactInput(
            first_name=nasty, last_name='" OR 1=1 --', notes="'; DELETE FROM contacts; --",
            tags=["x'); DROP TABLE tags;--"], custom_fields={"a'b\"c": "%_\\"},
        ))
    with db.session_scope() as s:
        got = get_contact(s, record.id)
        tables = {r[0] for r in s.execute(text("SELECT name FROM sqlite_master"))}
        assert s.scalar(select(Contact.first_name)) == nasty
    assert {"contacts", "tags", "contact_tags", "companies"} <= tables
    assert got.first_name == nasty and got.display_name == f'{nasty} " OR 1=1 --'
    assert got.notes == "'; DELETE FROM contacts; --"
    assert got.tags == ("x'); DROP TABLE tags;--",)
    assert dict(got.custom_fields) == {"a'b\"c": "%_\\"}


def test_tags_are_matched_case_insensitively_and_created_once(db: Database) -> None:
    with db.session_scope() as s:
        a = create_contact(s, ContactInput(first_name="A", tags=["VIP", "Straße"]))
        b = create_contact(s, ContactInput(first_name="B", tags=["vip", "STRASSE", "ВИП", " "]))
        c = create_contact(s, ContactInput(first_name="C", tags=["вип", "Vip"]))
    with db.session_scope() as s:
        tags = s.execute(select(Tag.name, Tag.name_key).order_by(Tag.id)).all()
        links = s.execute(text("SELECT count(*) FROM contact_tags")).scalar_one()
    assert [tuple(t) for t in tags] == [("VIP", "vip"), ("Straße", "strasse"), ("ВИП", "вип")]
    assert a.tags == ("Straße", "VIP")
    assert b.tags == ("Straße", "VIP", "ВИП")  # sorted by key; the first spelling is kept
    assert c.tags == ("VIP", "ВИП")
    assert links == 7


def test_tag_name_limit(session: Session) -> None:
    assert create_contact(session, ContactInput(first_name="A", tags=["t" * 100])).tags
    with pytest.raises(ValidationError) as info:
        create_contact(session, ContactInput(first_name="A", tags=["ok", "t" * 101]))
    assert (info.value.field, info.value.params["index"]) == ("tags", 1)


def test_list_errors_point_at_the_input_line(session: Session) -> None:
    with pytest.raises(ValidationError) as info:
        create_contact(session, ContactInput(first_name="A", emails=["a@x.com", "", "bad"]))
    assert (info.value.field, info.value.params["index"]) == ("emails", 2)
    with pytest.raises(ValidationError) as info:
        create_contact(session, ContactInput(first_name="A", phones=["(202) 555-0143"]))
    assert info.value.field == "phones" and info.value.template == v.PHONE_NO_COUNTRY


def test_phones_are_read_with_the_callers_region(session: Session) -> None:
    ru = create_contact(session, ContactInput(first_name="A", phones=["8 (912) 345-67-89"]),
                        region="RU")
    jp = create_contact(session, ContactInput(first_name="B", phones=["090-1234-5678"]),
                        region="JP")
    assert ru.phones[0].e164 == "+79123456789" and jp.phones[0].e164 == "+819012345678"


def test_update_replaces_the_editable_fields(db: Database) -> None:
    with db.session_scope() as s:
        first = create_contact(s, FULL, region="UZ")
    with db.session_scope() as s:
        new = ContactInput(first_name="Gulom", last_name="Karimov",
                           emails=["new@example.com", "second@example.com"],
                           phones=["+7 912 345-67-89"], tags=["Retail"])
        updated = update_contact(s, first.id, new, region="UZ")
    with db.session_scope() as s:
        got = get_contact(s, first.id)
        assert s.scalars(select(ContactEmail.address)).all() == ["second@example.com"]
        assert s.scalar(select(ContactPhone.id)) is None
        assert s.scalar(text("SELECT typeof(custom_fields) FROM contacts")) == "null"
    assert got == updated
    assert got.emails == ("new@example.com", "second@example.com")
    assert got.phones == (contacts.Phone("+7 912 345-67-89", "+79123456789"),)
    assert got.tags == ("Retail",) and dict(got.custom_fields) == {}
    assert got.title is None and got.birthday is None and got.lifecycle_stage == "lead"
    assert got.marketing_consent is False and got.consent_at is None
    assert got.consent_source is None
    assert got.created_at == first.created_at and got.updated_at > first.updated_at


def test_labels_of_extra_emails_and_phones_survive_an_edit(session: Session) -> None:
    record = create_contact(session, FULL, region="UZ")
    for row in session.scalars(select(ContactEmail)):
        row.label = "work"
    session.scalars(select(ContactPhone)).one().label = "home"
    edited = dataclasses.replace(record.to_input(), emails=["new@example.com", *record.emails])
    update_contact(session, record.id, edited, region="UZ")
    labels = session.execute(select(ContactEmail.address_key, ContactEmail.label)
                             .order_by(ContactEmail.position)).all()
    assert [tuple(r) for r in labels] == [("gulom@example.com", None),
                                          ("g.karimov@work.uz", "work"), ("k@mail.ru", "work")]
    assert session.scalars(select(ContactPhone.label)).all() == ["home"]


def test_to_input_stores_the_same_contact(session: Session) -> None:
    record = create_contact(session, FULL, region="UZ")
    again = update_contact(session, record.id, record.to_input(), region="UZ")
    assert dataclasses.replace(again, updated_at=record.updated_at) == record


def test_consent_time_defaults_to_now_and_is_kept_while_consent_lasts(session: Session) -> None:
    before = utcnow()
    given = create_contact(session, ContactInput(first_name="A", marketing_consent=True))
    assert given.consent_at is not None and before <= given.consent_at <= utcnow()
    # A form that does not show the time saves again: the moment of consent stays.
    kept = update_contact(session, given.id, ContactInput(first_name="A",
                                                          marketing_consent=True))
    assert kept.consent_at == given.consent_at
    withdrawn = update_contact(session, given.id, ContactInput(
        first_name="A", consent_at=dt.datetime(2025, 1, 1, tzinfo=dt.UTC),
        consent_source="phone"))
    assert (withdrawn.consent_at, withdrawn.consent_source) == (None, None)
    again = update_contact(session, given.id, ContactInput(first_name="A",
                                                           marketing_consent=True))
    assert again.consent_at is not None and again.consent_at > given.consent_at


def test_naive_consent_time_is_a_programming_error(session: Session) -> None:
    with pytest.raises(TypeError):
        create_contact(session, ContactInput(first_name="A", marketing_consent=True,
                                             consent_at=dt.datetime(2025, 1, 1, 12, 0)))


def test_lifecycle_stage_is_checked(session: Session) -> None:
    with pytest.raises(ValidationError) as info:
        create_contact(session, ContactInput(first_name="A", lifecycle_stage="vip"))
    assert info.value.field == "lifecycle_stage"
    assert create_contact(session, ContactInput(first_name="A")).lifecycle_stage == "lead"


def test_birthday_cannot_be_in_the_future(session: Session) -> None:
    today = dt.date.today()
    assert create_contact(session, ContactInput(first_name="A", birthday=today)).birthday == today
    with pytest.raises(ValidationError) as info:
        create_contact(session, ContactInput(first_name="A",
                                             birthday=today + dt.timedelta(days=1)))
    assert (info.value.field, info.value.template) == ("birthday", contacts.BIRTHDAY_IN_FUTURE)


def test_company_must_exist_and_not_be_in_the_trash(session: Session) -> None:
    kept = companies.create_company(session, companies.CompanyInput(name="Kept"))
    trashed = companies.create_company(session, companies.CompanyInput(name="Old Ltd"))
    member = create_contact(session, ContactInput(first_name="A", company_id=trashed.id))
    companies.delete_company(session, trashed.id)

    with pytest.raises(ValidationError) as info:
        create_contact(session, ContactInput(first_name="B", company_id=trashed.id))
    assert (info.value.field, info.value.template) == ("company_id", contacts.COMPANY_IN_TRASH)
    assert "“Old Ltd” is in the Trash" in str(info.value)
    with pytest.raises(ValidationError) as info:
        create_contact(session, ContactInput(first_name="B", company_id=9999))
    assert (info.value.field, info.value.template) == ("company_id", contacts.COMPANY_MISSING)
    # The contact that already had it can still be edited, and can move elsewhere.
    edited = update_contact(session, member.id, ContactInput(first_name="A2",
                                                             company_id=trashed.id))
    assert (edited.company_id, edited.company_name) == (trashed.id, "Old Ltd")
    moved = update_contact(session, member.id, ContactInput(first_name="A2",
                                                            company_id=kept.id))
    assert moved.company_name == "Kept"


@pytest.mark.parametrize(
    "bad",
    [
        ContactInput(first_name="A", emails=["ok@example.com", "not-an-email"], tags=["new"]),
        ContactInput(first_name="A", phones=["+998 90 123 45 67", "+1 123 456 7890"]),
        ContactInput(first_name="A", tags=["fine", "bad\x00"]),
        ContactInput(first_name="A", tags=["new"], custom_fields={"x": [1]}),
        ContactInput(first_name="A", tags=["new"], company_id=12345),
        ContactInput(first_name="A", tags=["new"], lifecycle_stage="nope"),
        ContactInput(first_name=" ", tags=["new"], emails=["ok@example.com"]),
    ],
)
def test_failed_validation_changes_nothing(db: Database, bad: ContactInput) -> None:
    with db.session_scope() as s:
        existing = create_contact(s, FULL, region="UZ")
    with db.session_scope() as s:
        before = table_counts(s)
        with pytest.raises(ValidationError):
            create_contact(s, bad, region="UZ")
        with pytest.raises(ValidationError):
            update_contact(s, existing.id, bad, region="UZ")
        assert not s.new and not s.dirty and not s.deleted
        assert table_counts(s) == before
    with db.session_scope() as s:
        assert get_contact(s, existing.id) == existing


def test_missing_and_trashed_contacts_are_not_found(session: Session) -> None:
    with pytest.raises(NotFoundError) as info:
        get_contact(session, 404)
    assert info.value.template == contacts.CONTACT_NOT_FOUND
    with pytest.raises(NotFoundError):
        update_contact(session, 404, ContactInput(first_name="A"))
    record = create_contact(session, ContactInput(first_name="Ann"))
    contacts.delete_contact(session, record.id)
    with pytest.raises(NotFoundError) as info:
        get_contact(session, record.id)
    assert info.value.template == contacts.CONTACT_IN_TRASH and "“Ann”" in str(info.value)
    with pytest.raises(NotFoundError):
        update_contact(session, record.id, ContactInput(first_name="B"))
    assert get_contact(session, record.id, include_deleted=True).deleted_at is not None
