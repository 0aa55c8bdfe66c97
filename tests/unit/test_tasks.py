"""Task services: create and edit, complete/snooze/reschedule, the agenda and reminders."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from app.db import Database
from app.models import Contact, Interaction, Task
from app.models.enums import Priority, TaskStatus
from app.services import contacts, tasks
from app.services.agenda import OPEN_BUCKETS, Bucket
from app.services.contacts import ContactInput
from app.services.errors import NotFoundError, ValidationError
from app.services.interactions import InteractionInput
from app.services.tasks import TaskInput, create_task

TASHKENT = dt.timezone(dt.timedelta(hours=5))
TODAY = dt.date(2025, 6, 2)
NOW = dt.datetime(2025, 6, 2, 10, 0, tzinfo=dt.UTC)


def _contact(session: Session, name: str = "Dilnoza Karimova") -> int:
    return contacts.create_contact(session, ContactInput(display_name=name), region="UZ").id


def _due(days: int | None) -> dt.date | None:
    return None if days is None else TODAY + dt.timedelta(days=days)


def _ids(agenda: tasks.Agenda, bucket: Bucket) -> list[int]:
    return [t.id for t in agenda.items[bucket]]


def test_round_trip_and_local_due_time(session: Session) -> None:
    cid = _contact(session)
    created = create_task(session, TaskInput(
        title="  Call back ", notes="About the\ninvoice", contact_id=cid,
        due_at=dt.datetime(2025, 6, 3, 1, 30, tzinfo=TASHKENT),  # 2 June 20:30 UTC
        remind_at=dt.datetime(2025, 6, 3, 1, 0, tzinfo=TASHKENT), priority=Priority.HIGH,
        owner="Aziz",
    ))
    assert created == tasks.get_task(session, created.id)
    assert (created.title, created.notes) == ("Call back", "About the\ninvoice")
    assert created.due_date == dt.date(2025, 6, 3)  # the local day, not the UTC one
    assert created.due_at == dt.datetime(2025, 6, 2, 20, 30, tzinfo=dt.UTC)
    assert created.remind_at == dt.datetime(2025, 6, 2, 20, 0, tzinfo=dt.UTC)
    assert (created.priority, created.status, created.owner) == (
        Priority.HIGH, TaskStatus.OPEN, "Aziz")
    assert (created.contact_id, created.contact_name, created.completed_at) == (
        cid, "Dilnoza Karimova", None)
    edited = tasks.update_task(session, created.id, dataclasses.replace(
        created.to_input(), title="Call back twice", due_at=None, contact_id=None))
    assert edited.title == "Call back twice" and edited.due_at is None
    assert edited.due_date == dt.date(2025, 6, 3) and edited.contact_name is None
    assert tasks.update_task(session, created.id, edited.to_input()).title == edited.title
    with pytest.raises(NotFoundError):
        tasks.get_task(session, created.id + 1)


@pytest.fixture
def week(session: Session) -> dict[str, int]:
    """One task per agenda boundary, plus a cancelled one that belongs nowhere."""
    ids = {}
    for name, days in [("long_ago", -30), ("yesterday", -1), ("today", 0), ("tomorrow", 1),
                       ("in_7", 7), ("in_8", 8), ("undated", None)]:
        ids[name] = create_task(session, TaskInput(title=name, due_date=_due(days))).id
    ids["done"] = create_task(session, TaskInput(title="done", due_date=_due(3))).id
    tasks.complete_task(session, ids["done"], now=NOW)
    ids["cancelled"] = create_task(session, TaskInput(title="cancelled", due_date=TODAY)).id
    session.get_one(Task, ids["cancelled"]).status = TaskStatus.CANCELLED.value
    session.flush()
    return ids


def test_agenda_bucket_boundaries(session: Session, week: dict[str, int]) -> None:
    agenda = tasks.agenda(session, today=TODAY)
    assert list(agenda.items) == list(Bucket) == [*OPEN_BUCKETS, Bucket.DONE]
    expected = {
        Bucket.OVERDUE: ["long_ago", "yesterday"],
        Bucket.TODAY: ["today"],
        Bucket.NEXT_7_DAYS: ["tomorrow", "in_7"],
        Bucket.LATER: ["in_8"],
        Bucket.NO_DATE: ["undated"],
        Bucket.DONE: ["done"],
    }
    for bucket, names in expected.items():
        assert _ids(agenda, bucket) == [week[n] for n in names], bucket
        assert agenda.counts[bucket] == len(names)
        assert all(tasks.bucket_of(t, TODAY) is bucket for t in agenda.items[bucket])
    assert agenda.open_count == 7
    assert tasks.bucket_of(tasks.get_task(session, week["cancelled"]), TODAY) is None
    assert tasks.overdue_count(session, today=TODAY) == 2
    assert Bucket.NEXT_7_DAYS.value == "next_7_days" and Bucket.NEXT_7_DAYS.label == "Next 7 days"
    # A day later, the same tasks move on.
    later = tasks.agenda(session, today=TODAY + dt.timedelta(days=1))
    assert _ids(later, Bucket.TODAY) == [week["tomorrow"]]
    assert _ids(later, Bucket.NEXT_7_DAYS) == [week["in_7"], week["in_8"]]


def test_counts_are_complete_items_limited_and_ordered(session: Session) -> None:
    made = [
        create_task(session, TaskInput(title=f"t{i}", due_date=_due(-days), priority=prio))
        for i, (days, prio) in enumerate([(1, 0), (3, 1), (3, 2), (3, 1), (2, 0), (9, 0)])
    ]
    agenda = tasks.agenda(session, today=TODAY, limit=4)
    assert agenda.counts[Bucket.OVERDUE] == 6
    # Earliest due first; on the same day higher priority first, then by id.
    assert _ids(agenda, Bucket.OVERDUE) == [made[5].id, made[2].id, made[1].id, made[3].id]
    for i in range(3):
        tasks.complete_task(session, made[i].id, now=NOW + dt.timedelta(minutes=i))
    done = tasks.agenda(session, today=TODAY, limit=2)
    assert done.counts[Bucket.DONE] == 3 and done.counts[Bucket.OVERDUE] == 3
    assert _ids(done, Bucket.DONE) == [made[2].id, made[1].id]  # newest completed first
    with pytest.raises(ValueError):
        tasks.agenda(session, today=TODAY, limit=0)


def test_owner_and_priority_filters(session: Session) -> None:
    spec = [("Aziz", Priority.HIGH, 0), ("Aziz", Priority.LOW, -2), ("Olga", Priority.HIGH, None),
            ("Olga", Priority.NORMAL, 9), (None, Priority.HIGH, -1)]
    made = [create_task(session, TaskInput(title="t", owner=o, priority=p, due_date=_due(d)))
            for o, p, d in spec]
    tasks.complete_task(session, made[0].id, now=NOW)
    aziz = tasks.agenda(session, today=TODAY, owner="Aziz")
    assert aziz.counts == {**dict.fromkeys(Bucket, 0), Bucket.OVERDUE: 1, Bucket.DONE: 1}
    assert _ids(aziz, Bucket.OVERDUE) == [made[1].id] and _ids(aziz, Bucket.DONE) == [made[0].id]
    high = tasks.agenda(session, today=TODAY, priority=Priority.HIGH)
    assert high.open_count == 2 and high.counts[Bucket.DONE] == 1
    assert _ids(high, Bucket.NO_DATE) == [made[2].id] and _ids(high, Bucket.OVERDUE) == [made[4].id]
    both = tasks.agenda(session, today=TODAY, owner="Olga", priority=1)
    assert sum(both.counts.values()) == 1 and _ids(both, Bucket.LATER) == [made[3].id]
    assert tasks.overdue_count(session, today=TODAY, owner="Aziz") == 1


# inline_max 0: the Trash is found again by a subquery; bystanders: many more contacts
# than tasks, so only the contacts of tasks are looked at.
@pytest.mark.parametrize(("inline_max", "bystanders"), [(500, 0), (0, 0), (500, 30)])
def test_tasks_of_trashed_contacts_are_hidden(
    session: Session, monkeypatch: pytest.MonkeyPatch, inline_max: int, bystanders: int
) -> None:
    monkeypatch.setattr("app.services.agenda.HIDDEN_INLINE_MAX", inline_max)
    for i in range(bystanders):
        contacts.delete_contact(session, _contact(session, f"Bystander {i}"))
    kept, trashed = _contact(session, "Kept"), _contact(session, "Trashed")
    remind = {"remind_at": NOW - dt.timedelta(minutes=1)}
    visible = [create_task(session, TaskInput(title="mine", due_date=_due(-1), **remind)).id,
               create_task(session, TaskInput(title="kept", contact_id=kept, **remind)).id]
    for days in (-1, 0, None):
        create_task(session, TaskInput(title="gone", contact_id=trashed, due_date=_due(days),
                                       **remind))
    gone_done = create_task(session, TaskInput(title="gone", contact_id=trashed)).id
    tasks.complete_task(session, gone_done, now=NOW)
    before = tasks.agenda(session, today=TODAY)
    assert before.open_count == 5 and before.counts[Bucket.DONE] == 1
    contacts.delete_contact(session, trashed)
    for owner in (None, "nobody"):  # unfiltered (index only) and filtered (table) counts
        agenda = tasks.agenda(session, today=TODAY, owner=owner)
        if owner is None:
            assert agenda.open_count == 2 and agenda.counts[Bucket.DONE] == 0
            assert sorted(t.id for b in Bucket for t in agenda.items[b]) == sorted(visible)
        else:
            assert sum(agenda.counts.values()) == 0
    assert tasks.overdue_count(session, today=TODAY) == 1
    since = NOW - dt.timedelta(hours=1)
    assert sorted(t.id for t in tasks.due_reminders(session, now=NOW, since=since)) == visible
    contacts.restore_contact(session, trashed)
    assert tasks.agenda(session, today=TODAY).open_count == 5


def test_complete_with_outcome_logs_it_and_reopen(session: Session) -> None:
    cid = _contact(session)
    task = create_task(session, TaskInput(title="Call", contact_id=cid, due_date=_due(-2)))
    outcome = InteractionInput(contact_id=cid, channel="call", outcome="Ordered 20 boxes",
                               follow_up_days=30, follow_up_title="Ask about the delivery")
    result = tasks.complete_task(session, task.id, now=NOW, outcome=outcome, today=TODAY)
    assert result.task.status is TaskStatus.DONE and result.task.completed_at == NOW
    assert result.logged is not None
    logged = result.logged.interaction
    assert (logged.task_id, logged.occurred_at, logged.outcome) == (
        task.id, NOW, "Ordered 20 boxes")
    follow_up = result.logged.follow_up
    assert follow_up is not None and follow_up.due_date == _due(30)
    assert session.get_one(Contact, cid).last_contacted_at == NOW
    agenda = tasks.agenda(session, today=TODAY)
    assert _ids(agenda, Bucket.DONE) == [task.id] and _ids(agenda, Bucket.LATER) == [follow_up.id]
    again = tasks.complete_task(session, task.id, now=NOW + dt.timedelta(hours=1))
    assert again.task.completed_at == NOW and again.logged is None  # done stays done
    reopened = tasks.reopen_task(session, task.id)
    assert reopened.is_open and reopened.completed_at is None
    assert _ids(tasks.agenda(session, today=TODAY), Bucket.OVERDUE) == [task.id]


def test_complete_with_a_bad_outcome_changes_nothing(session: Session) -> None:
    cid = _contact(session)
    task = create_task(session, TaskInput(title="Call", contact_id=cid))
    bad = InteractionInput(contact_id=cid, channel="telepathy")
    with pytest.raises(ValidationError) as caught:
        tasks.complete_task(session, task.id, now=NOW, outcome=bad)
    assert caught.value.field == "channel"
    assert tasks.get_task(session, task.id).is_open
    assert session.scalar(select(func.count()).select_from(Interaction)) == 0


def test_snooze_reschedule_reassign(session: Session) -> None:
    overdue = create_task(session, TaskInput(title="a", due_date=_due(-3)))
    far = create_task(session, TaskInput(title="b", due_date=_due(20)))
    timed = create_task(session, TaskInput(title="c", due_at=NOW - dt.timedelta(hours=2)))
    undated = create_task(session, TaskInput(title="d"))
    until = dt.datetime(2025, 6, 3, 0, 30, tzinfo=TASHKENT)  # 2 June 19:30 UTC; 3 June here
    snoozed = {t.id: tasks.snooze_task(session, t.id, until=until)
               for t in (overdue, far, timed, undated)}
    utc_until = until.astimezone(dt.UTC)
    assert all(t.remind_at == utc_until for t in snoozed.values())
    assert snoozed[overdue.id].due_date == dt.date(2025, 6, 3)
    assert snoozed[far.id].due_date == _due(20)
    assert (snoozed[timed.id].due_at, snoozed[timed.id].due_date) == (
        utc_until, dt.date(2025, 6, 3))
    assert snoozed[undated.id].due_date is None

    moved = tasks.reschedule_task(session, far.id, None)
    assert (moved.due_date, moved.due_at) == (None, None)
    at = dt.datetime(2025, 7, 1, 9, 0, tzinfo=TASHKENT)
    moved = tasks.reschedule_task(session, far.id, dt.date(2025, 7, 1), at)
    assert (moved.due_date, moved.due_at) == (dt.date(2025, 7, 1), at.astimezone(dt.UTC))
    with pytest.raises(ValidationError) as caught:
        tasks.reschedule_task(session, far.id, dt.date(2025, 7, 2), at)
    assert caught.value.field == "due_at"
    with pytest.raises(ValidationError) as caught:
        tasks.snooze_task(session, far.id, until=dt.datetime(2025, 7, 1))
    assert caught.value.field == "until"
    assert tasks.get_task(session, far.id) == moved

    assert tasks.reassign_task(session, far.id, " Olga ").owner == "Olga"
    assert tasks.reassign_task(session, far.id, "").owner is None
    with pytest.raises(NotFoundError):
        tasks.reassign_task(session, 12345, "Olga")


def test_delete_and_undelete(session: Session) -> None:
    cid = _contact(session)
    task = create_task(session, TaskInput(title="x", contact_id=cid, due_date=TODAY))
    done = tasks.complete_task(session, task.id, now=NOW).task
    removed = tasks.delete_task(session, task.id)
    assert removed == done
    with pytest.raises(NotFoundError):
        tasks.get_task(session, task.id)
    assert tasks.agenda(session, today=TODAY).counts[Bucket.DONE] == 0
    back = tasks.undelete_task(session, removed)
    assert back.id == task.id
    assert dataclasses.replace(back, updated_at=done.updated_at) == done


BAD_TASKS = [
    ({"title": "   "}, "title"),
    ({"title": "t" * 301}, "title"),
    ({"notes": "bell \x07"}, "notes"),
    ({"due_at": dt.datetime(2025, 6, 2, 9, 0)}, "due_at"),
    ({"remind_at": dt.datetime(2025, 6, 2, 9, 0)}, "remind_at"),
    ({"due_date": dt.date(2025, 6, 1), "due_at": NOW}, "due_at"),
    ({"priority": 7}, "priority"),
    ({"owner": "o" * 101}, "owner"),
    ({"contact_id": 9999}, "contact_id"),
    ({"contact_id": -1}, "contact_id"),  # -1: the fixture's trashed contact
]


@pytest.mark.parametrize(("change", "field"), BAD_TASKS)
def test_bad_input_names_the_field_and_stores_nothing(
    db: Database, change: dict[str, object], field: str
) -> None:
    with db.session_scope() as s:
        trashed = _contact(s)
        contacts.delete_contact(s, trashed)
    if change.get("contact_id") == -1:
        change = {"contact_id": trashed}
    with db.session_scope() as s:
        with pytest.raises(ValidationError) as caught:
            create_task(s, dataclasses.replace(TaskInput(title="ok"), **change))
        assert caught.value.field == field
        assert not s.new
    with db.session_scope() as s:
        assert s.scalar(select(func.count()).select_from(Task)) == 0


def test_reminders_window_and_contact_list(session: Session) -> None:
    cid = _contact(session)
    at = [NOW - dt.timedelta(minutes=m) for m in (0, 1, 5)]
    made = [create_task(session, TaskInput(title=f"r{i}", remind_at=moment, contact_id=cid))
            for i, moment in enumerate(at)]
    tasks.complete_task(session, made[1].id, now=NOW)
    since = NOW - dt.timedelta(minutes=5)  # excluded: the previous call reported it
    assert [t.id for t in tasks.due_reminders(session, now=NOW, since=since)] == [made[0].id]
    with pytest.raises(ValidationError):
        tasks.due_reminders(session, now=NOW.replace(tzinfo=None), since=since)
    dated = create_task(session, TaskInput(title="dated", contact_id=cid, due_date=_due(2)))
    create_task(session, TaskInput(title="not theirs", due_date=_due(1)))
    assert [t.id for t in tasks.tasks_for_contact(session, cid)] == [
        dated.id, made[0].id, made[2].id]
    assert [t.id for t in tasks.tasks_for_contact(session, cid, include_done=True)] == [
        dated.id, made[0].id, made[2].id, made[1].id]


@pytest.fixture
def statements(db: Database) -> Iterator[list[tuple[str, object]]]:
    seen: list[tuple[str, object]] = []

    def remember(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        seen.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", remember)
    yield seen
    event.remove(db.engine, "before_cursor_execute", remember)


def test_agenda_reads_the_status_due_date_index(
    session: Session, week: dict[str, int], statements: list[tuple[str, object]]
) -> None:
    statements.clear()
    tasks.agenda(session, today=TODAY)
    plans = {sql: " ".join(str(row[-1]) for row in session.connection().exec_driver_sql(
        "EXPLAIN QUERY PLAN " + sql, params)) for sql, params in list(statements)}  # type: ignore[arg-type]
    counts = [p for sql, p in plans.items() if "count(*)" in sql]
    assert counts == ["SEARCH tasks USING COVERING INDEX ix_tasks_status_due_date (status=?)"]
    bucket_plans = [p for sql, p in plans.items() if "tasks.title" in sql]
    assert len(bucket_plans) == 6
    ranges = ["(status=? AND due_date<?)", "(status=? AND due_date=?)",
              "(status=? AND due_date>? AND due_date<?)", "(status=? AND due_date>?)"]
    for plan, key in zip(bucket_plans, ranges, strict=False):
        assert f"INDEX ix_tasks_status_due_date {key}" in plan
    assert all("OFFSET" not in sql or params[-1] == 0  # type: ignore[index]
               for sql, params in statements)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(
    st.one_of(st.none(), st.integers(-12, 12)),
    st.sampled_from(list(TaskStatus)),
    st.booleans(),  # linked to the contact that goes to the Trash
), max_size=30), st.integers(1, 5))
def test_open_buckets_partition_the_open_tasks(
    db: Database, rows: list[tuple[int | None, TaskStatus, bool]], limit: int
) -> None:
    with db.session_scope() as s:
        trashed = _contact(s, "Gone")
        for days, status, linked in rows:
            s.add(Task(title="t", due_date=_due(days), status=status.value,
                       contact_id=trashed if linked else None,
                       completed_at=NOW if status is TaskStatus.DONE else None))
        contacts.delete_contact(s, trashed)
        agenda = tasks.agenda(s, today=TODAY, limit=limit)
        shown = [(d, status) for d, status, linked in rows if not linked]
        assert agenda.open_count == sum(status is TaskStatus.OPEN for _, status in shown)
        assert agenda.counts[Bucket.DONE] == sum(status is TaskStatus.DONE for _, status in shown)
        for bucket in Bucket:
            assert len(agenda.items[bucket]) == min(limit, agenda.counts[bucket])
            assert all(tasks.bucket_of(t, TODAY) is bucket and t.contact_id is None
                       for t in agenda.items[bucket])
        s.rollback()  # each example starts from the empty database
