"""Interaction services: logging, follow-ups, last contact, the timeline and its paging."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from app.db import Database
from app.models import Contact, Interaction, Task
from app.models.enums import Channel, Direction
from app.services import contacts, interactions, tasks
from app.services.agenda import Bucket
from app.services.contacts import ContactInput
from app.services.errors import NotFoundError, ValidationError
from app.services.interactions import InteractionInput, log_interaction

TASHKENT = dt.timezone(dt.timedelta(hours=5))
NOW = dt.datetime(2025, 6, 2, 10, 0, tzinfo=dt.UTC)


def _contact(session: Session, name: str = "Gʻulom Karimov") -> int:
    return contacts.create_contact(session, ContactInput(display_name=name), region="UZ").id


def _last_contacted(session: Session, contact_id: int) -> dt.datetime | None:
    session.expire_all()
    return session.get_one(Contact, contact_id).last_contacted_at


def test_logging_moves_last_contact_and_creates_the_follow_up(session: Session) -> None:
    cid = _contact(session)
    logged = log_interaction(session, InteractionInput(
        contact_id=cid, channel="Call", direction="outbound",
        occurred_at=dt.datetime(2025, 6, 2, 14, 30, tzinfo=TASHKENT),
        subject="  Price list ", body="Asked for\nthe 2025 prices.", outcome="interested",
        follow_up_days=3, owner="Aziz",
    ), now=NOW, today=dt.date(2025, 6, 2))
    got = logged.interaction
    assert got == interactions.get_interaction(session, got.id)
    assert (got.channel, got.direction) == (Channel.CALL, Direction.OUTBOUND)
    assert got.occurred_at == dt.datetime(2025, 6, 2, 9, 30, tzinfo=dt.UTC)
    assert (got.subject, got.body, got.outcome) == ("Price list", "Asked for\nthe 2025 prices.",
                                                    "interested")
    assert got.task_id is None  # the follow-up is linked to the contact, not to this row
    follow_up = logged.follow_up
    assert follow_up is not None and follow_up == tasks.get_task(session, follow_up.id)
    assert follow_up.title == "Follow up: Price list"
    assert follow_up.due_date == dt.date(2025, 6, 5) and follow_up.is_open
    assert (follow_up.contact_id, follow_up.contact_name, follow_up.owner) == (
        cid, "Gʻulom Karimov", "Aziz")
    agenda = tasks.agenda(session, today=dt.date(2025, 6, 2))
    assert [t.id for t in agenda.items[Bucket.NEXT_7_DAYS]] == [follow_up.id]
    assert agenda.open_count == 1
    assert _last_contacted(session, cid) == got.occurred_at

    # An older interaction logged later does not move the last contact back.
    log_interaction(session, InteractionInput(
        contact_id=cid, channel=Channel.EMAIL, occurred_at=NOW - dt.timedelta(days=30)))
    assert _last_contacted(session, cid) == got.occurred_at


def test_follow_up_defaults(session: Session) -> None:
    cid = _contact(session)
    late = dt.datetime(2025, 6, 2, 22, 0, tzinfo=dt.UTC)  # already 3 June in Tashkent
    same_day = log_interaction(session, InteractionInput(
        contact_id=cid, channel="visit", follow_up_days=0), now=late).follow_up
    assert same_day is not None
    assert same_day.title == "Follow up on the visit"
    assert same_day.due_date == dt.date(2025, 6, 2)  # no ``today`` given: the UTC date
    assert tasks.bucket_of(same_day, dt.date(2025, 6, 2)) is Bucket.TODAY
    local = log_interaction(session, InteractionInput(
        contact_id=cid, channel="sms", follow_up_days=1, follow_up_title="Send the contract",
        subject="x" * 300), now=late, today=dt.date(2025, 6, 3)).follow_up
    assert local is not None
    assert (local.title, local.due_date) == ("Send the contract", dt.date(2025, 6, 4))
    long_subject = interactions.default_follow_up_title(Channel.SMS, "x" * 300)
    assert len(long_subject) == 300 and long_subject.endswith("x…")
    plain = log_interaction(session, InteractionInput(contact_id=cid, channel="note"), now=late)
    assert plain.follow_up is None and plain.interaction.occurred_at == late
    assert session.scalar(select(func.count()).select_from(Task)) == 2


def test_timeline_is_newest_first_and_pages_by_key_across_equal_times(
    session: Session,
) -> None:
    cid, other = _contact(session), _contact(session, "Other")
    times = [NOW - dt.timedelta(hours=h) for h in (0, 0, 0, 1, 1, 2, 5, 5, 5, 5, 9, 0, 2)]
    for i, moment in enumerate(times):
        log_interaction(session, InteractionInput(contact_id=cid, channel="chat",
                                                  occurred_at=moment, subject=f"#{i}"))
        log_interaction(session, InteractionInput(contact_id=other, channel="call",
                                                  occurred_at=moment))
    expected = session.execute(
        select(Interaction.occurred_at, Interaction.id).where(Interaction.contact_id == cid)
        .order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
    ).all()
    for size in (1, 2, 4, 13, 100):
        keys: list[tuple[dt.datetime, int]] = []
        before = None
        for _ in range(len(times) + 2):
            page = interactions.timeline_page(session, cid, limit=size, before=before)
            assert len(page) <= size and all(r.contact_id == cid for r in page)
            keys += [r.page_key for r in page]
            if len(page) < size:
                break
            before = page[-1].page_key
        assert keys == [tuple(row) for row in expected]
    assert interactions.count_interactions(session, cid) == len(times)
    assert interactions.timeline_page(session, _contact(session, "Nobody")) == []
    with pytest.raises(ValueError):
        interactions.timeline_page(session, cid, limit=0)


@pytest.fixture
def statements(db: Database) -> Iterator[list[tuple[str, object]]]:
    seen: list[tuple[str, object]] = []

    def remember(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        seen.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", remember)
    yield seen
    event.remove(db.engine, "before_cursor_execute", remember)


def test_timeline_seeks_on_the_index_without_a_sort(
    session: Session, statements: list[tuple[str, object]]
) -> None:
    cid = _contact(session)
    for h in range(30):
        log_interaction(session, InteractionInput(contact_id=cid, channel="call",
                                                  occurred_at=NOW - dt.timedelta(hours=h)))
    first = interactions.timeline_page(session, cid, limit=10)
    statements.clear()
    interactions.timeline_page(session, cid, limit=10, before=first[-1].page_key)
    interactions.count_interactions(session, cid)
    plans = [" ".join(str(row[-1]) for row in session.connection().exec_driver_sql(
        "EXPLAIN QUERY PLAN " + sql, params)) for sql, params in list(statements)]  # type: ignore[arg-type]
    page_sql = statements[0][0]
    assert "(interactions.occurred_at, interactions.id) < (?, ?)" in page_sql
    assert "OFFSET" not in page_sql or statements[0][1][-1] == 0  # type: ignore[index]
    assert "INDEX ix_interactions_contact_id_occurred_at (contact_id=? AND occurred_at<?)" \
        in plans[0] and "TEMP B-TREE" not in plans[0]
    assert "COVERING INDEX ix_interactions_contact_id_occurred_at" in plans[1]


def test_update_recomputes_the_last_contact_of_both_contacts(session: Session) -> None:
    cid, other = _contact(session), _contact(session, "Other")
    old = log_interaction(session, InteractionInput(
        contact_id=cid, channel="email", occurred_at=NOW - dt.timedelta(days=9))).interaction
    new = log_interaction(session, InteractionInput(
        contact_id=cid, channel="meeting", occurred_at=NOW)).interaction
    moved = interactions.update_interaction(session, new.id, dataclasses.replace(
        new.to_input(), occurred_at=NOW - dt.timedelta(days=20), subject="Moved"))
    assert moved.subject == "Moved" and moved.updated_at >= new.updated_at
    assert _last_contacted(session, cid) == old.occurred_at
    kept = interactions.update_interaction(session, new.id, dataclasses.replace(
        moved.to_input(), occurred_at=None, contact_id=other, follow_up_days=5))
    assert kept.occurred_at == moved.occurred_at and kept.contact_id == other
    assert _last_contacted(session, other) == moved.occurred_at
    assert _last_contacted(session, cid) == old.occurred_at
    assert session.scalar(select(func.count()).select_from(Task)) == 0  # no follow-up on edit


def test_deleting_the_last_interaction_resets_the_last_contact(session: Session) -> None:
    cid = _contact(session)
    older = log_interaction(session, InteractionInput(
        contact_id=cid, channel="letter", occurred_at=NOW - dt.timedelta(days=3))).interaction
    newest = log_interaction(session, InteractionInput(
        contact_id=cid, channel="call", occurred_at=NOW)).interaction
    removed = interactions.delete_interaction(session, newest.id)
    assert removed == newest
    assert _last_contacted(session, cid) == older.occurred_at
    interactions.delete_interaction(session, older.id)
    assert _last_contacted(session, cid) is None
    assert interactions.count_interactions(session, cid) == 0
    with pytest.raises(NotFoundError):
        interactions.get_interaction(session, newest.id)
    with pytest.raises(NotFoundError):
        interactions.delete_interaction(session, newest.id)
    again = log_interaction(session, removed.to_input()).interaction  # the Undo
    assert again.occurred_at == newest.occurred_at and again.channel == newest.channel
    assert _last_contacted(session, cid) == newest.occurred_at


BAD_INPUT = [
    ({"channel": "pigeon"}, "channel"),
    ({"channel": "  "}, "channel"),
    ({"direction": "sideways"}, "direction"),
    ({"occurred_at": dt.datetime(2025, 6, 1, 12, 0)}, "occurred_at"),
    ({"follow_up_days": 3651}, "follow_up_days"),
    ({"follow_up_days": -1}, "follow_up_days"),
    ({"follow_up_days": True}, "follow_up_days"),
    ({"subject": "s" * 301}, "subject"),
    ({"outcome": "o" * 101}, "outcome"),
    ({"body": "bad \x00 byte"}, "body"),
    ({"follow_up_days": 2, "follow_up_title": "t" * 301}, "follow_up_title"),
    ({"follow_up_days": 2, "owner": "o" * 101}, "owner"),
    ({"task_id": 999}, "task_id"),
]


@pytest.mark.parametrize(("change", "field"), BAD_INPUT)
def test_bad_input_names_the_field_and_changes_nothing(
    db: Database, change: dict[str, object], field: str
) -> None:
    with db.session_scope() as s:
        cid = _contact(s)
    with db.session_scope() as s:
        data = dataclasses.replace(InteractionInput(contact_id=cid, channel="call",
                                                    follow_up_days=1), **change)
        with pytest.raises(ValidationError) as caught:
            log_interaction(s, data, now=NOW)
        assert caught.value.field == field
        assert not s.new and not s.dirty
    with db.session_scope() as s:
        assert s.scalar(select(func.count()).select_from(Interaction)) == 0
        assert s.scalar(select(func.count()).select_from(Task)) == 0
        assert _last_contacted(s, cid) is None


def test_missing_or_trashed_contact_is_not_found(session: Session) -> None:
    cid = _contact(session)
    contacts.delete_contact(session, cid)
    with pytest.raises(NotFoundError, match="is in the Trash"):
        log_interaction(session, InteractionInput(contact_id=cid, channel="call"))
    with pytest.raises(NotFoundError, match="no longer exists"):
        log_interaction(session, InteractionInput(contact_id=cid + 100, channel="call"))
    with pytest.raises(ValidationError) as caught:
        log_interaction(session, InteractionInput(contact_id=cid, channel="call"), now=NOW
                        .replace(tzinfo=None))
    assert caught.value.field == "now"


def test_a_follow_up_is_linked_to_an_interaction_that_has_no_task_yet(session: Session) -> None:
    cid = _contact(session)
    logged = log_interaction(session, InteractionInput(contact_id=cid, channel="call",
                                                       subject="Quote"), now=NOW)
    first = tasks.create_task(session, tasks.TaskInput(title="Follow up: Quote", contact_id=cid))
    second = tasks.create_task(session, tasks.TaskInput(title="Another", contact_id=cid))
    linked = interactions.link_follow_up(session, logged.interaction.id, first.id)
    assert linked.task_id == first.id
    assert linked == interactions.get_interaction(session, logged.interaction.id)
    # The first link tells the story: a later follow-up does not replace it.
    again = interactions.link_follow_up(session, logged.interaction.id, second.id)
    assert again.task_id == first.id
    assert interactions.get_interaction(session, logged.interaction.id).task_id == first.id


def test_linking_a_follow_up_names_what_is_missing(session: Session) -> None:
    cid = _contact(session)
    logged = log_interaction(session, InteractionInput(contact_id=cid, channel="note"), now=NOW)
    task = tasks.create_task(session, tasks.TaskInput(title="Call back", contact_id=cid))
    with pytest.raises(NotFoundError):
        interactions.link_follow_up(session, logged.interaction.id + 1, task.id)
    with pytest.raises(ValidationError) as err:
        interactions.link_follow_up(session, logged.interaction.id, task.id + 1)
    assert err.value.field == "task_id"
    assert interactions.get_interaction(session, logged.interaction.id).task_id is None
