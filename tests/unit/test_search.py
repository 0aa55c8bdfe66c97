"""Contact search and list pages: matches in every script, filters, and keyset paging
that gives exactly the rows a plain query gives, in every sort order."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Contact, Task
from app.services import search
from app.services.contacts import ContactInput, create_contact, delete_contact
from app.services.search import ContactFilters, ContactQuery

NOW = dt.datetime(2026, 11, 25, 12, 0, tzinfo=dt.UTC)

PEOPLE = [
    dict(first_name="Gʻulom", last_name="Karimov", emails=["gulom.karimov@example.uz"],
         phones=["+998 90 123 45 67"], city="Toshkent", source="referral"),
    dict(first_name="Oʻlmas", last_name="Yoʻldoshev", notes="Met at the Oʻzbekiston expo",
         phones=["+998 93 555 12 34"], source="event"),
    dict(first_name="Алёна", last_name="Смирнова", emails=["alena@example.ru"],
         phones=["+7 916 123-45-67"], city="Москва", source="website"),
    dict(first_name="王", last_name="伟", display_name="王伟", phones=["+86 138 0013 8000"]),
    dict(first_name="张", last_name="晓明", display_name="张晓明", emails=["zxm@example.cn"]),
    dict(first_name="Emily", last_name="O'Brien", emails=["emily.obrien@example.com"],
         phones=["+1 202 555 0143"], city="Boston", source="website"),
    dict(first_name="Émile", last_name="Zola", emails=["emile@example.fr"]),
]


@pytest.fixture
def people(session: Session) -> dict[str, int]:
    ids = {}
    for person in PEOPLE:
        record = create_contact(session, ContactInput(**person), region="UZ")
        ids[record.display_name] = record.id
    session.flush()
    return ids


def _found(session: Session, text: str, **filters) -> list[str]:
    query = ContactQuery(text=text, filters=ContactFilters(**filters))
    rows = search.page(session, query, now=NOW, limit=100)
    assert search.count(session, query, now=NOW) == len(rows)
    return [r.display_name for r in rows]


@pytest.mark.parametrize(("text", "expected"), [
    ("karimov", ["Gʻulom Karimov"]),
    ("KARIM", ["Gʻulom Karimov"]),
    ("g'ulom", ["Gʻulom Karimov"]),  # typed with a plain apostrophe
    ("G‘ulom", ["Gʻulom Karimov"]),  # or a typographic one
    ("o'zbekiston", ["Oʻlmas Yoʻldoshev"]),  # from the notes
    ("смирн", ["Алёна Смирнова"]),
    ("алена", ["Алёна Смирнова"]),  # ё typed as е
    ("晓明", ["张晓明"]),  # two characters: shorter than a trigram
    ("王伟", ["王伟"]),
    ("王", ["王伟"]),  # one character: a surname
    ("明", ["张晓明"]),
    ("example.ru", ["Алёна Смирнова"]),
    ("obrien@", ["Emily O'Brien"]),
    ("+998 90 123", ["Gʻulom Karimov"]),
    ("0901234", ["Gʻulom Karimov"]),  # national form with a trunk 0
    ("916 123-45", ["Алёна Смирнова"]),
    ("555 0143", ["Emily O'Brien"]),
    ("emily 0143", ["Emily O'Brien"]),  # every term must match, in any field
    ("emily 0144", []),
    ("", ["Emily O'Brien", "Émile Zola", "Gʻulom Karimov", "Oʻlmas Yoʻldoshev",
          "Алёна Смирнова", "张晓明", "王伟"]),
])
def test_search_finds_what_people_type(session, people, text, expected):
    assert sorted(_found(session, text)) == sorted(expected)


@pytest.mark.parametrize("text", [
    '"', '""', "'", "a\"b", 'karimov"', "AND", "OR NOT", "kar*", "*", "NEAR(a b)", "(", ")",
    "^kar", "col:karimov", "%", "_", "%%%", "\\", "'; DROP TABLE contacts; --", "\x00",
    "k" * 5000,
])
def test_query_syntax_is_searched_as_text_and_never_raises(session, people, text):
    found = _found(session, text)
    assert all(isinstance(name, str) for name in found)
    assert session.execute(select(Contact.id)).all()  # the table is still there


def test_percent_and_underscore_are_literal(session, people):
    create_contact(session, ContactInput(first_name="Discount", last_name="50%_off"),
                   region="UZ")
    assert _found(session, "50%_") == ["Discount 50%_off"]
    assert _found(session, "0%o") == []


def test_filters_combine_with_search(session, people):
    assert sorted(_found(session, "", sources=("website",))) == [
        "Emily O'Brien", "Алёна Смирнова"]
    assert sorted(_found(session, "example", sources=("website",))) == [
        "Emily O'Brien", "Алёна Смирнова"]
    assert _found(session, "example", sources=("website",), stages=("customer",)) == []
    karimov = people["Gʻulom Karimov"]
    session.add(Task(title="Call", contact_id=karimov, status="open"))
    session.flush()
    assert _found(session, "", has_open_tasks=True) == ["Gʻulom Karimov"]
    assert "Gʻulom Karimov" not in _found(session, "", has_open_tasks=False)


def test_never_contacted_or_long_ago(session, people):
    contact = session.get(Contact, people["Emily O'Brien"])
    contact.last_contacted_at = NOW - dt.timedelta(days=3)
    other = session.get(Contact, people["Алёна Смирнова"])
    other.last_contacted_at = NOW - dt.timedelta(days=90)
    session.flush()
    found = _found(session, "", not_contacted_days=30)
    assert "Алёна Смирнова" in found and "Emily O'Brien" not in found
    assert "王伟" in found  # never contacted


def test_trash_is_its_own_list(session, people):
    delete_contact(session, people["王伟"])
    assert "王伟" not in _found(session, "")
    assert _found(session, "", trash=True) == ["王伟"]
    assert _found(session, "王伟") == []


def test_a_changed_company_name_is_found(session):
    from app.services.companies import CompanyInput, create_company, update_company

    company = create_company(session, CompanyInput(name="Samarqand Savdo"), region="UZ")
    create_contact(session, ContactInput(first_name="Dilnoza", company_id=company.id),
                   region="UZ")
    assert _found(session, "samarqand") == ["Dilnoza"]
    update_company(session, company.id, CompanyInput(name="Buxoro Baraka"), region="UZ")
    session.flush()
    assert _found(session, "samarqand") == []
    assert _found(session, "baraka") == ["Dilnoza"]


@pytest.mark.parametrize("sort", sorted(search.SORT_COLUMNS))
@pytest.mark.parametrize("descending", [False, True])
def test_pages_walk_exactly_the_plain_query(session, sort, descending):
    # Enough rows, with NULLs and ties in every sortable column, to cross many pages.
    for i in range(57):
        create_contact(session, ContactInput(
            first_name=f"Person{i % 13}", last_name="Same" if i % 3 else None,
            emails=[f"p{i % 7}.{i}@example.com"] if i % 4 else [],
            phones=[f"+998 90 {100 + i:03d} 45 67"] if i % 5 else [],
            city=["Toshkent", None, "Samarqand"][i % 3], owner=[None, "Aziz", "Bo"][i % 3],
            source=["website", None][i % 2], lifecycle_stage=["lead", "customer"][i % 2],
        ), region="UZ")
    contacts = session.scalars(select(Contact)).all()
    for i, c in enumerate(contacts):
        c.last_contacted_at = None if i % 4 == 0 else NOW - dt.timedelta(days=i % 9)
    session.flush()
    query = ContactQuery(sort=sort, descending=descending)
    column = search.SORT_COLUMNS[sort]
    order = [column.desc(), Contact.id.desc()] if descending else [column, Contact.id]
    if column is Contact.id:
        order = [Contact.id.desc() if descending else Contact.id]
    expected = session.scalars(
        select(Contact.id).where(Contact.deleted_at.is_(None)).order_by(*order)).all()

    # Forward by key, page after page.
    walked, after = [], None
    while True:
        rows = search.page(session, query, now=NOW, limit=10, after=after)
        if not rows:
            break
        walked += [r.id for r in rows]
        after = rows[-1].key
    assert walked == expected

    # Backward from the end, page before page.
    walked, rows = [], search.page(session, query, now=NOW, limit=10, from_end=True)
    while rows:
        walked = [r.id for r in rows] + walked
        rows = search.page(session, query, now=NOW, limit=10, before=rows[0].key)
    assert walked == expected

    # A jump by offset lands on the same rows.
    assert [r.id for r in search.page(session, query, now=NOW, limit=10, offset=25)] == (
        expected[25:35])


@pytest.mark.parametrize("many", [False, True])
def test_search_results_come_in_list_order(session, people, many):
    for name in ("Zed Example", "Adam Example", "Mia Example"):
        first, last = name.split()
        create_contact(session, ContactInput(first_name=first, last_name=last), region="UZ")
    session.flush()
    for descending in (False, True):
        query = ContactQuery(text="example", descending=descending)
        rows = search.page(session, query, now=NOW, limit=100, many=many)
        keys = [r.display_name.casefold() for r in rows]
        assert keys == sorted(keys, reverse=descending) and len(keys) > 3


def test_the_owner_choices_are_each_owner_once_in_order(session):
    from app.services.contacts import contact_owners

    for i, owner in enumerate(["Sam", None, "Aziz", "Sam", "Иван", "Aziz", "李明"]):
        create_contact(session, ContactInput(first_name=f"P{i}", owner=owner), region="UZ")
    session.flush()
    assert contact_owners(session) == ["Aziz", "Sam", "Иван", "李明"]
    assert contact_owners(session, limit=2) == ["Aziz", "Sam"]


def test_a_capped_count_stops_at_the_cap_and_leaves_out_the_trash(session):
    ids = [create_contact(session, ContactInput(first_name=f"P{i}", last_name="Example"),
                          region="UZ").id for i in range(8)]
    session.flush()
    for contact_id in ids[:2]:
        delete_contact(session, contact_id)
    session.flush()

    def counted(text: str, cap: int | None) -> int:
        return search.count(session, ContactQuery(text=text), now=NOW, cap=cap)

    assert counted("example", None) == 6
    assert counted("example", 10) == 6  # under the cap: exact, Trash left out
    assert counted("example", 3) == 4  # over it: cap + 1, "more than three"
    assert counted("p7 example", 10) == 1  # a short term checked on the row too
    assert counted("p0 example", 10) == 0  # only match is in the Trash
    trash = ContactQuery(text="example", filters=ContactFilters(trash=True))
    assert search.count(session, trash, now=NOW, cap=10) == 2
