"""Merging contacts, undoing a merge, snapshots for undoing edits, purging one contact."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import Database
from app.models import Base, Contact, Interaction, Task, contact_tags
from app.services import companies, contacts
from app.services.contacts import ContactInput, create_contact, get_contact
from app.services.errors import NotFoundError, ValidationError
from app.services.merge import MERGE_WITH_ITSELF, MERGEABLE_FIELDS, merge_contacts, merge_preview
from app.services.snapshots import (
    NOT_IN_TRASH,
    contact_snapshot,
    purge_contact,
    restore_snapshot,
    unmerge,
)

T0 = dt.datetime(2025, 1, 1, 9, 0, tzinfo=dt.UTC)


def _log(session: Session, contact_id: int, n: int, *, start: int = 0) -> list[int]:
    rows = [Interaction(contact_id=contact_id, channel="call",
                        occurred_at=T0 + dt.timedelta(days=start + i), subject=f"call {i}")
            for i in range(n)]
    session.add_all(rows)
    session.flush()
    return [r.id for r in rows]


def _tasks(session: Session, contact_id: int, n: int) -> list[int]:
    rows = [Task(contact_id=contact_id, title=f"follow up {i}") for i in range(n)]
    session.add_all(rows)
    session.flush()
    return [r.id for r in rows]


def _state(session: Session) -> dict[str, list[tuple[Any, ...]]]:
    """Every row a merge may touch (extra email/phone rows without their ids)."""
    tables = Base.metadata.tables

    def rows(name: str, *, drop_id: bool = False) -> list[tuple[Any, ...]]:
        table = tables[name]
        got = [tuple(r) for r in session.execute(select(table))]
        return sorted((r[1:] if drop_id else r for r in got), key=repr)

    return {
        "contacts": rows("contacts"),
        "contact_emails": rows("contact_emails", drop_id=True),
        "contact_phones": rows("contact_phones", drop_id=True),
        "contact_tags": rows("contact_tags"),
        "tags": rows("tags"),
        "interactions": rows("interactions"),
        "tasks": rows("tasks"),
        "companies": rows("companies"),
    }


def _on(session: Session, model: type[Interaction] | type[Task], contact_id: int) -> set[int]:
    return set(session.scalars(select(model.id).where(model.contact_id == contact_id)))


@pytest.fixture
def pair(session: Session) -> tuple[int, int]:
    """Two records of one person: a survivor and another, each with a history."""
    acme = companies.create_company(session, companies.CompanyInput(name="Acme")).id
    keep = create_contact(session, ContactInput(
        first_name="Ann", last_name="Lee", emails=["ann@example.com"],
        phones=["+998 90 123 45 67"], company_id=acme, tags=["VIP", "Retail"],
        custom_fields={"size": 38}), region="UZ")
    dup = create_contact(session, ContactInput(
        first_name="Anna", last_name="Lee", emails=["anna@work.uz", "ANN@example.com"],
        phones=["90 123 45 67", "+998 71 123 45 67"], title="Buyer", city="Tashkent",
        street="Navoi 5", birthday=dt.date(1990, 2, 3), tags=["vip", "Wholesale"],
        notes="Prefers calls"), region="UZ")
    _log(session, keep.id, 2)
    _log(session, dup.id, 3, start=10)
    _tasks(session, keep.id, 1)
    trashed_task = _tasks(session, dup.id, 2)[1]
    session.get_one(Task, trashed_task).deleted_at = T0
    session.get_one(Contact, keep.id).last_contacted_at = T0 + dt.timedelta(days=1)
    session.get_one(Contact, dup.id).last_contacted_at = T0 + dt.timedelta(days=12)
    session.flush()
    return keep.id, dup.id


def test_preview_shows_both_sides_and_what_moves(session: Session, pair: tuple[int, int]) -> None:
    keep, dup = pair
    preview = merge_preview(session, keep, dup)
    fields = {f.name: f for f in preview.fields}
    assert tuple(fields) == MERGEABLE_FIELDS
    assert (fields["first_name"].survivor, fields["first_name"].other) == ("Ann", "Anna")
    assert fields["first_name"].default == "survivor" and fields["first_name"].differs
    assert fields["title"].default == "other"  # the survivor has none
    assert not fields["last_name"].differs
    assert fields["address"].other == ("Navoi 5", "Tashkent", None, None, None)
    assert fields["marketing_consent"].survivor == (False, None, None)
    assert fields["company_id"].default == "survivor"
    assert preview.other.company_name is None and preview.survivor.company_name == "Acme"
    assert (preview.interactions, preview.tasks) == (3, 2)
    assert preview.new_tags == ("Wholesale",)
    assert preview.new_emails == ("anna@work.uz",)
    assert preview.new_phones == ("+998 71 123 45 67",)


def test_merge_moves_everything_to_the_survivor(session: Session, pair: tuple[int, int]) -> None:
    keep, dup = pair
    before_interactions = _on(session, Interaction, keep) | _on(session, Interaction, dup)
    before_tasks = _on(session, Task, keep) | _on(session, Task, dup)

    result = merge_contacts(session, keep, dup, {"first_name": "other", "custom_fields": "other"})

    assert _on(session, Interaction, keep) == before_interactions
    assert _on(session, Task, keep) == before_tasks
    assert not _on(session, Interaction, dup) and not _on(session, Task, dup)
    assert (result.moved_interactions, result.moved_tasks, result.other_id) == (3, 2, dup)
    got = result.survivor
    assert got == get_contact(session, keep)
    assert got.tags == ("Retail", "VIP", "Wholesale")
    links = session.scalar(select(func.count()).select_from(contact_tags)
                           .where(contact_tags.c.contact_id.in_([keep, dup])))
    assert links == 3
    assert (got.first_name, got.display_name) == ("Anna", "Ann Lee")  # picks are per field
    assert (got.title, got.city, got.birthday) == ("Buyer", "Tashkent", dt.date(1990, 2, 3))
    assert got.company_name == "Acme" and got.notes == "Prefers calls"
    assert dict(got.custom_fields) == {}  # picked from the other, who had none
    assert got.emails == ("ann@example.com", "anna@work.uz")
    assert [p.e164 for p in got.phones] == ["+998901234567", "+998711234567"]
    row = session.get_one(Contact, keep)
    assert row.last_contacted_at == T0 + dt.timedelta(days=12)
    assert row.search_text is not None and "anna@work.uz" in row.search_text
    with pytest.raises(NotFoundError) as info:
        get_contact(session, dup)
    assert info.value.template == contacts.CONTACT_IN_TRASH
    trashed = contacts.list_deleted_contacts(session)
    assert [c.id for c in trashed] == [dup] and trashed[0].tags == ()


def test_email_and_phone_picks_choose_the_primary_and_keep_the_rest(
    session: Session, pair: tuple[int, int]
) -> None:
    keep, dup = pair
    got = merge_contacts(session, keep, dup, {"email": "other", "phone": "other"}).survivor
    assert got.emails == ("anna@work.uz", "ann@example.com")
    assert [p.raw for p in got.phones] == ["90 123 45 67", "+998 71 123 45 67"]


def test_last_contacted_at_is_the_newest_of_both(session: Session) -> None:
    keep = create_contact(session, ContactInput(first_name="A")).id
    dup = create_contact(session, ContactInput(first_name="B")).id
    session.get_one(Contact, keep).last_contacted_at = T0
    _log(session, dup, 1, start=40)  # logged directly: only the interaction knows
    merge_contacts(session, keep, dup)
    assert session.get_one(Contact, keep).last_contacted_at == T0 + dt.timedelta(days=40)


def test_unmerge_restores_both_contacts_exactly(session: Session, pair: tuple[int, int]) -> None:
    keep, dup = pair
    before = _state(session)
    # Read the records from the database: the fixture's batched flush can leave an
    # in-memory updated_at a few microseconds off the stored one.
    session.expire_all()
    records = get_contact(session, keep), get_contact(session, dup)
    result = merge_contacts(session, keep, dup, {name: "other" for name in MERGEABLE_FIELDS})
    assert _state(session) != before
    unmerge(session, result.undo)
    assert _state(session) == before
    assert (get_contact(session, keep), get_contact(session, dup)) == records
    again = merge_contacts(session, keep, dup)  # and it can be redone
    assert again.survivor.tags == ("Retail", "VIP", "Wholesale")


def test_bad_merges_are_refused_and_change_nothing(
    session: Session, pair: tuple[int, int]
) -> None:
    keep, dup = pair
    gone = create_contact(session, ContactInput(first_name="Gone")).id
    contacts.delete_contact(session, gone)
    before = _state(session)
    with pytest.raises(ValidationError) as info:
        merge_contacts(session, keep, keep)
    assert info.value.template == MERGE_WITH_ITSELF
    for survivor, other in [(keep, 404), (404, dup)]:
        with pytest.raises(NotFoundError) as not_found:
            merge_contacts(session, survivor, other)
        assert not_found.value.template == contacts.CONTACT_NOT_FOUND
    for survivor, other in [(keep, gone), (gone, dup)]:
        with pytest.raises(NotFoundError) as in_trash:
            merge_contacts(session, survivor, other)
        assert "“Gone” is in the Trash" in str(in_trash.value)
    with pytest.raises(ValueError):
        merge_contacts(session, keep, dup, {"id": "other"})
    with pytest.raises(ValueError):
        merge_contacts(session, keep, dup, {"notes": "both"})  # type: ignore[dict-item]
    with pytest.raises(ValidationError):
        merge_preview(session, dup, dup)
    assert not session.dirty and not session.new and not session.deleted
    assert _state(session) == before


def test_snapshot_undoes_and_redoes_an_edit(session: Session, pair: tuple[int, int]) -> None:
    keep, _dup = pair
    original = _state(session)
    before = contact_snapshot(session, keep)
    edited = dataclasses.replace(
        get_contact(session, keep).to_input(), first_name="Annie", emails=["new@example.com"],
        phones=[], tags=["Brand new"], custom_fields={"size": 39, "vip": True},
        company_id=None, marketing_consent=True)
    contacts.update_contact(session, keep, edited, region="UZ")
    after = contact_snapshot(session, keep)
    changed = _state(session)

    assert restore_snapshot(session, before) == get_contact(session, keep)
    assert _state(session) == {**original, "tags": changed["tags"]}  # the new tag stays
    restore_snapshot(session, after)
    assert _state(session) == changed

    # A call logged meanwhile is not undone with the edit.
    logged = T0 + dt.timedelta(days=99)
    session.get_one(Contact, keep).last_contacted_at = logged
    restore_snapshot(session, before)
    assert session.get_one(Contact, keep).last_contacted_at == logged
    assert get_contact(session, keep).first_name == "Ann"


def test_purge_contact_deletes_one_contact_in_the_trash(
    session: Session, pair: tuple[int, int]
) -> None:
    keep, dup = pair
    with pytest.raises(ValidationError) as info:
        purge_contact(session, dup)
    assert info.value.template == NOT_IN_TRASH
    with pytest.raises(NotFoundError):
        purge_contact(session, 404)
    contacts.delete_contact(session, dup)
    purge_contact(session, dup)
    state = _state(session)
    assert [row[0] for row in state["contacts"]] == [keep]
    assert {row[0] for row in state["contact_emails"]} == set()  # keep has no extras
    assert {row[0] for row in state["contact_tags"]} == {keep}
    assert {row[1] for row in state["interactions"]} == {keep}
    assert _on(session, Task, dup) == set() and len(state["tags"]) == 3


# -- property: merge then unmerge is the identity, whatever the picks and histories --

EMAILS = ["ann@example.com", "ANN@example.com", "bob@example.org", "c@example.net"]
PHONES = ["+998 90 123 45 67", "90 123 45 67", "+998 71 123 45 67", "+7 912 345 67 89"]
TAGS = ["VIP", "vip", "Retail", "Wholesale", "ВИП"]

sides = st.fixed_dictionaries({
    "first_name": st.sampled_from(["Ann", "Anna", "Bob"]),
    "last_name": st.sampled_from([None, "Lee"]),
    "emails": st.lists(st.sampled_from(EMAILS), max_size=3),
    "phones": st.lists(st.sampled_from(PHONES), max_size=3),
    "tags": st.lists(st.sampled_from(TAGS), max_size=3),
    "title": st.sampled_from([None, "CEO"]),
    "city": st.sampled_from([None, "Tashkent", "Samarkand"]),
    "birthday": st.sampled_from([None, dt.date(1990, 1, 1)]),
    "marketing_consent": st.booleans(),
    "custom_fields": st.sampled_from([None, {"a": 1}, {"b": "x", "c": 2.5}]),
    "notes": st.sampled_from([None, "note"]),
    "company": st.booleans(),
    "interactions": st.integers(0, 4),
    "tasks": st.integers(0, 3),
    "last_contacted": st.sampled_from([None, 0, 30]),
})
picks = st.dictionaries(st.sampled_from(MERGEABLE_FIELDS), st.sampled_from(["survivor", "other"]))


def _make(session: Session, side: dict[str, Any], company_id: int) -> int:
    extra = {"company", "interactions", "tasks", "last_contacted"}
    data = ContactInput(company_id=company_id if side["company"] else None,
                        **{k: v for k, v in side.items() if k not in extra})
    contact_id = create_contact(session, data, region="UZ").id
    _log(session, contact_id, side["interactions"], start=contact_id)
    _tasks(session, contact_id, side["tasks"])
    if side["last_contacted"] is not None:
        moment = T0 + dt.timedelta(days=side["last_contacted"])
        session.get_one(Contact, contact_id).last_contacted_at = moment
    return contact_id


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=sides, second=sides, chosen=picks)
def test_merge_then_unmerge_is_the_identity(
    db: Database, first: dict[str, Any], second: dict[str, Any], chosen: dict[str, Any]
) -> None:
    with Session(db.engine) as s:  # rolled back: every example starts from empty tables
        acme = companies.create_company(s, companies.CompanyInput(name="Acme")).id
        keep, dup = _make(s, first, acme), _make(s, second, acme)
        before = _state(s)
        all_interactions = _on(s, Interaction, keep) | _on(s, Interaction, dup)
        all_tasks = _on(s, Task, keep) | _on(s, Task, dup)
        tag_keys = {t.casefold() for t in first["tags"] + second["tags"]}
        email_keys = {e.casefold() for e in first["emails"] + second["emails"]}
        phones = {p.e164 for side in (keep, dup) for p in get_contact(s, side).phones}

        result = merge_contacts(s, keep, dup, chosen)
        got = result.survivor
        assert _on(s, Interaction, keep) == all_interactions
        assert _on(s, Task, keep) == all_tasks
        assert {t.casefold() for t in got.tags} == tag_keys
        assert len(got.tags) == len(tag_keys)
        assert {e.casefold() for e in got.emails} == email_keys
        assert {p.e164 for p in got.phones} == phones
        assert get_contact(s, dup, include_deleted=True).deleted_at is not None

        unmerge(s, result.undo)
        assert _state(s) == before
        s.rollback()
