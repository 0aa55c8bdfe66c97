"""Interactions and tasks about a deal: the link is stored, checked, carried to the
follow-up and to a completed task's outcome, and listed as the deal's activity."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Interaction, Task
from app.services import contacts, deals, interactions, pipeline, tasks
from app.services.contacts import ContactInput
from app.services.errors import ValidationError
from app.services.interactions import InteractionInput, log_interaction

NOW = dt.datetime(2025, 6, 2, 10, 0, tzinfo=dt.UTC)


def _contact(session: Session) -> int:
    return contacts.create_contact(session, ContactInput(display_name="Malika"),
                                   region="UZ").id


def _deal(session: Session, contact_id: int, title: str = "Twenty chairs") -> int:
    pipeline.ensure_default(session)
    stage = pipeline.pipelines(session)[0].stages[0]
    return deals.create_deal(session, deals.DealInput(
        title=title, stage_id=stage.id, currency="USD", contact_id=contact_id,
    ), now=NOW - dt.timedelta(days=30)).id


def _counts(session: Session) -> tuple[int, int]:
    return (session.scalar(select(func.count()).select_from(Interaction)) or 0,
            session.scalar(select(func.count()).select_from(Task)) or 0)


def test_a_call_about_a_deal_and_its_follow_up_are_the_deal_s_activity(session: Session):
    cid = _contact(session)
    deal_id = _deal(session, cid)
    logged = log_interaction(session, InteractionInput(
        contact_id=cid, channel="call", subject="Prices", occurred_at=NOW,
        follow_up_days=2, deal_id=deal_id), today=NOW.date())
    assert logged.interaction.deal_id == deal_id
    assert logged.follow_up is not None and logged.follow_up.deal_id == deal_id
    assert logged.interaction.to_input().deal_id == deal_id  # an undo keeps the link
    found = deals.linked_activity(session, deal_id)
    assert [(a.kind, a.text) for a in found] == [("task", "Follow up: Prices"),
                                                 ("interaction", "Prices")]
    assert deals.open_deal_choices(session, cid) == [(deal_id, "Twenty chairs")]


@pytest.mark.parametrize("trashed", [False, True])
def test_a_missing_or_trashed_deal_is_refused_and_nothing_is_stored(
        session: Session, trashed: bool):
    cid = _contact(session)
    deal_id = _deal(session, cid)
    if trashed:
        deals.delete_deal(session, deal_id)
    else:
        deal_id += 100
    expected = ("The deal “Twenty chairs” is in the Trash. Restore it first or choose "
                "another deal." if trashed else
                "The chosen deal no longer exists. Choose another one, or none.")
    with pytest.raises(ValidationError) as call:
        log_interaction(session, InteractionInput(contact_id=cid, channel="call",
                                                  follow_up_days=1, deal_id=deal_id))
    assert call.value.field == "deal_id" and str(call.value) == expected
    with pytest.raises(ValidationError) as task:
        tasks.create_task(session, tasks.TaskInput(title="Call", contact_id=cid,
                                                   deal_id=deal_id))
    assert task.value.field == "deal_id" and str(task.value) == expected
    assert _counts(session) == (0, 0)


def test_records_linked_before_their_deal_went_to_the_trash_can_still_be_edited(
        session: Session):
    cid = _contact(session)
    deal_id = _deal(session, cid)
    task = tasks.create_task(session, tasks.TaskInput(title="Quote", contact_id=cid,
                                                      deal_id=deal_id))
    call = log_interaction(session, InteractionInput(contact_id=cid, channel="call",
                                                     deal_id=deal_id)).interaction
    deals.delete_deal(session, deal_id)
    edited = tasks.update_task(session, task.id, dataclasses.replace(
        task.to_input(), title="Send the quote"))
    assert (edited.title, edited.deal_id) == ("Send the quote", deal_id)
    again = interactions.update_interaction(session, call.id, dataclasses.replace(
        call.to_input(), subject="Quote sent"))
    assert again.deal_id == deal_id
    # Deleting the task and taking that back keeps the link too.
    gone = tasks.delete_task(session, task.id)
    assert tasks.undelete_task(session, gone).deal_id == deal_id
    # But a new link to it is refused.
    other = tasks.create_task(session, tasks.TaskInput(title="Other", contact_id=cid))
    with pytest.raises(ValidationError):
        tasks.update_task(session, other.id, dataclasses.replace(
            other.to_input(), deal_id=deal_id))


def test_the_outcome_of_a_task_about_a_deal_is_about_that_deal(session: Session):
    cid = _contact(session)
    deal_id = _deal(session, cid)
    other = _deal(session, cid, "Lobby sofas")
    task = tasks.create_task(session, tasks.TaskInput(title="Call back", contact_id=cid,
                                                      deal_id=deal_id))
    done = tasks.complete_task(session, task.id, now=NOW, outcome=InteractionInput(
        contact_id=cid, channel="call", subject="Called back"))
    assert done.logged is not None and done.logged.interaction.deal_id == deal_id
    # An outcome that names another deal keeps its own.
    second = tasks.create_task(session, tasks.TaskInput(title="Again", contact_id=cid,
                                                        deal_id=deal_id))
    done = tasks.complete_task(session, second.id, now=NOW, outcome=InteractionInput(
        contact_id=cid, channel="email", deal_id=other))
    assert done.logged is not None and done.logged.interaction.deal_id == other
    # A task whose deal went to the Trash still completes; its outcome is about no deal.
    third = tasks.create_task(session, tasks.TaskInput(title="Last", contact_id=cid,
                                                       deal_id=deal_id))
    deals.delete_deal(session, deal_id)
    done = tasks.complete_task(session, third.id, now=NOW, outcome=InteractionInput(
        contact_id=cid, channel="note"))
    assert done.logged is not None and done.logged.interaction.deal_id is None
    assert done.task.deal_id == deal_id
