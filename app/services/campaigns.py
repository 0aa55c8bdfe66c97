"""Acting on a list of the Loyalty section: follow-ups for each, a campaign logged on each,
the list exported for a mailing tool.

Each action is one unit of work on the contacts of a ``ListQuery`` (loyalty_lists.py),
written in SQL whatever the list's size: one INSERT…SELECT (and for a campaign one
UPDATE), so a list of 100,000 contacts costs two statements, not 100,000 objects. Like
every service it validates first, flushes and never commits; a refusal (a blank title,
a naive time, an empty list) changes nothing.

* ``create_follow_ups``: one open task per contact, owned by the contact's owner.
* ``log_campaign``: one outbound interaction per contact, then each contact's
  ``last_contacted_at`` moves to the campaign's moment where that is later (the rule
  interactions.log_interaction keeps: never back). The contact's own fields are
  unchanged, so its ``updated_at`` stays (as the import's bulk update leaves it), and
  its search document (``search_text``, which holds no interactions) and the FTS index
  kept from it need nothing.
* ``export_list``: the list's contacts who opted in to marketing, through the contacts
  export (same columns, same writers, .xlsx or .csv), and how many were left out for
  lack of consent. Nothing is written when none opted in.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import Date, String, and_, func, insert, literal, or_, select, update
from sqlalchemy.orm import Session

from app.models import Contact, Interaction, Task, UTCDateTime
from app.models.enums import Channel, Direction, Priority, TaskStatus

from . import interactions, tasks
from . import validation as v
from .errors import QT_TRANSLATE_NOOP, ServiceError, ValidationError
from .io import about_writer as about
from .io.export import contacts_job_where
from .io.sheet_writer import Cancel, ExportResult, Job, Options, Progress, write_job
from .loyalty_lists import ListQuery, count_in, in_list

EMPTY_LIST = QT_TRANSLATE_NOOP(
    "Campaigns", "This list holds no contacts, so there is nothing to do. Recompute, or "
                 "choose another list.")
NO_CONSENT = QT_TRANSLATE_NOOP(
    "Campaigns", "None of the {count} contacts in this list opted in to marketing, so "
                 "nothing was exported.")
DUE_NOT_A_DAY = QT_TRANSLATE_NOOP("Validation", "Choose the day the follow-ups are due.")
#: The About sheet's line naming the list (the "Export" context, as every line there).
LIST_PHRASE = QT_TRANSLATE_NOOP("Export", "List: {name}")


class CampaignError(ServiceError):
    """The action cannot be done on this list, and nothing was changed."""

    context = "Campaigns"


def _require_contacts(session: Session, query: ListQuery) -> int:
    count = count_in(session, query)
    if count == 0:
        raise CampaignError(EMPTY_LIST)
    return count


def create_follow_ups(session: Session, query: ListQuery, *, title: str, due: dt.date,
                      now: dt.datetime) -> int:
    """An open follow-up task titled ``title``, due on ``due``, for each contact of the
    list, owned by the contact's owner. Returns how many were created."""
    clean_title = v.require_text("title", title, limit=tasks.LIMITS["title"])
    if isinstance(due, dt.datetime):
        due = due.date()
    if not isinstance(due, dt.date):
        raise ValidationError("due_date", DUE_NOT_A_DAY)
    moment = tasks.utc_moment("now", now)
    count = _require_contacts(session, query)
    stamp = literal(moment, UTCDateTime())
    rows = select(
        literal(clean_title, String()), literal(due, Date()),
        literal(int(Priority.NORMAL)), literal(TaskStatus.OPEN.value, String()),
        Contact.owner, Contact.id, stamp, stamp,
    ).where(in_list(query))
    names = ["title", "due_date", "priority", "status", "owner", "contact_id",
             "created_at", "updated_at"]
    result = session.execute(insert(Task).from_select(names, rows))
    session.flush()
    made = getattr(result, "rowcount", -1)
    return int(made) if made is not None and made >= 0 else count


def log_campaign(session: Session, query: ListQuery, *, channel: str, subject: str,
                 body: str | None = None, occurred_at: dt.datetime) -> int:
    """An outbound interaction on ``channel`` at ``occurred_at`` for each contact of the
    list, and their last contact moved to it where later. Returns how many were logged."""
    try:
        kind = Channel(str(channel).strip().lower())
    except ValueError:
        raise ValidationError(
            "channel", interactions.CHOICE_INVALID, value=channel,
            choices=", ".join(c.value for c in Channel)) from None
    clean_subject = v.require_text("subject", subject, limit=interactions.LIMITS["subject"])
    clean_body = v.clean_text("body", body, limit=v.NOTES_LEN, multiline=True)
    moment = tasks.utc_moment("occurred_at", occurred_at)
    if moment is None:
        raise ValueError("occurred_at is required")
    count = _require_contacts(session, query)
    when = literal(moment, UTCDateTime())
    stamp = literal(dt.datetime.now(dt.UTC), UTCDateTime())
    rows = select(
        Contact.id, literal(kind.value, String()), literal(Direction.OUTBOUND.value, String()),
        when, literal(clean_subject, String()), literal(clean_body, String()), stamp, stamp,
    ).where(in_list(query))
    names = ["contact_id", "channel", "direction", "occurred_at", "subject", "body",
             "created_at", "updated_at"]
    result = session.execute(insert(Interaction).from_select(names, rows))
    # Never back: only where the stored last contact is earlier (or none). updated_at
    # is set to itself so that the column's onupdate does not fire.
    session.execute(
        update(Contact)
        .where(in_list(query), or_(Contact.last_contacted_at.is_(None),
                                   Contact.last_contacted_at < when))
        .values(last_contacted_at=when, updated_at=Contact.updated_at),
        execution_options={"synchronize_session": False})
    for obj in list(session.identity_map.values()):
        if isinstance(obj, Contact):
            session.expire(obj, ["last_contacted_at"])
    session.flush()
    made = getattr(result, "rowcount", -1)
    return int(made) if made is not None and made >= 0 else count


def export_list(
    session: Session, query: ListQuery, path: Path | str, *, now: dt.datetime,
    fmt: str | None = None, progress: Progress | None = None, cancel: Cancel | None = None,
    tz: dt.tzinfo | None = None, translate: about.Translate = about.english,
    list_name: str | None = None,
) -> tuple[ExportResult, int]:
    """Write the list's contacts who opted in to marketing to ``path`` (.xlsx or .csv,
    the contacts export's columns); returns the result and how many contacts of the
    list were left out for lack of consent. ``list_name`` names the list on the
    workbook's About sheet (the window passes its own words)."""
    total = _require_contacts(session, query)
    condition = and_(in_list(query), Contact.marketing_consent.is_(True))
    consented = int(session.scalar(
        select(func.count()).select_from(Contact).where(condition)) or 0)
    if consented == 0:
        raise CampaignError(NO_CONSENT, count=total)
    name = list_name or f"{query.kind}: {query.value if query.value is not None else '—'}"

    def plan() -> Job:
        return contacts_job_where(session, condition, consented, None,
                                  [(LIST_PHRASE, {"name": name}), (about.CONSENT[True], {})])

    result = write_job(path, "contacts", plan, Options(fmt, tz, progress, cancel, translate),
                       now=now)
    return result, total - consented

