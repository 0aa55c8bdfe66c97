"""The points ledger: append-only. Earned, redeemed, adjusted, expired, reversed.

Nothing here updates or deletes a ledger line. A correction is a new line: ``reverse``
appends the opposite of an entry (once per entry), so a contact's balance is always the
plain sum of their lines (``balance``), and the history shows what happened and when.

* earn: appended by app.services.purchases for a member's purchase in the programme's
  currency (and reversed when that purchase is deleted: the balance may then go below
  zero, when the points were spent already; nothing can be redeemed until it is back
  above zero);
* redeem: points spent on a reward, with what the reward cost the business;
* adjust: added or taken away by hand, with a reason;
* expire: points earned too long ago and not used (``expire``, run by the recompute);
* reverse: cancels one earlier entry. An expire entry is never reversed, a reversal
  is never reversed again, and a reversal may not take the balance below zero.

Same rules as every service: the caller's Session, flush but no commit, frozen records
out, everything checked before anything is written.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import and_, case, func, insert, literal, select
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import Session, aliased

from app.models import Contact, LoyaltyProgram, PointsEntry, utcnow
from app.models.base import UTCDateTime
from app.models.enums import PointsKind

from . import contacts, loyalty, money
from . import validation as v
from .errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from .months import months_before

#: The most points one entry moves (the column is a 32-bit integer on PostgreSQL).
POINTS_MAX = 2_000_000_000
REASON_LEN = 500

POINTS_NOT_POSITIVE = QT_TRANSLATE_NOOP(
    "Validation", "Type a whole number of points from 1 to {limit}."
)
POINTS_ZERO = QT_TRANSLATE_NOOP(
    "Validation", "Type the points to add (such as 50) or to take away (such as -50)."
)
REASON_REQUIRED = QT_TRANSLATE_NOOP("Validation", "Say why: type a reason.")
NOT_A_MEMBER = QT_TRANSLATE_NOOP(
    "Validation", "{name} is not a member of the loyalty programme. Enroll them first."
)
BEYOND_BALANCE = QT_TRANSLATE_NOOP(
    "Validation", "{name} has {balance} points; {points} cannot be redeemed."
)
ADJUST_BELOW_ZERO = QT_TRANSLATE_NOOP(
    "Validation", "{name} has {balance} points; {points} cannot be taken away."
)
ENTRY_NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "This points entry no longer exists.")
ALREADY_REVERSED = QT_TRANSLATE_NOOP("Validation", "This entry has been reversed already.")
EXPIRE_NOT_REVERSIBLE = QT_TRANSLATE_NOOP(
    "Validation", "Expired points cannot be reversed. Add them back with an adjustment."
)
REVERSAL_NOT_REVERSIBLE = QT_TRANSLATE_NOOP(
    "Validation", "A reversal cannot be reversed. Make an adjustment instead."
)
REVERSE_BELOW_ZERO = QT_TRANSLATE_NOOP(
    "Validation",
    "{name} has {balance} points; reversing this entry would take away {points}, more "
    "than they have.",
)


@dataclass(frozen=True)
class LedgerEntry:
    id: int
    contact_id: int
    occurred_at: dt.datetime
    kind: PointsKind
    #: Signed: positive adds to the balance.
    points: int
    purchase_id: int | None
    #: The entry this one reverses (a "reverse" entry).
    reverses_id: int | None
    reason: str | None
    cost_minor: int | None
    #: The entry that reversed this one, if any.
    reversed_by: int | None


def _moment(now: dt.datetime | None) -> dt.datetime:
    return v.utc_moment("now", now) or utcnow()


def _contact(session: Session, contact_id: int) -> Contact:
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise NotFoundError(contacts.CONTACT_NOT_FOUND, id=contact_id)
    return contact


def _member(session: Session, contact: Contact) -> None:
    if not loyalty.is_member(session, contact.id):
        raise ValidationError("contact_id", NOT_A_MEMBER, name=contact.display_name)


def _points(value: object, *, low: int, field: str = "points") -> int:
    if (isinstance(value, bool) or not isinstance(value, int)
            or not low <= value <= POINTS_MAX):
        raise ValidationError(field, POINTS_NOT_POSITIVE, limit=POINTS_MAX)
    return value


def _reason(value: str | None) -> str:
    text = v.clean_text("reason", value, limit=REASON_LEN)
    if text is None:
        raise ValidationError("reason", REASON_REQUIRED)
    return text


def balance(session: Session, contact_id: int) -> int:
    """The sum of the contact's ledger."""
    total = session.scalar(select(func.coalesce(func.sum(PointsEntry.points), 0))
                           .where(PointsEntry.contact_id == contact_id))
    return int(total or 0)


def append(
    session: Session,
    contact_id: int,
    kind: PointsKind,
    points: int,
    *,
    now: dt.datetime | None = None,
    purchase_id: int | None = None,
    reverses_id: int | None = None,
    reason: str | None = None,
    cost_minor: int | None = None,
) -> LedgerEntry:
    """Append one checked line (for the services; people go through the functions below)."""
    entry = PointsEntry(contact_id=contact_id, occurred_at=_moment(now), kind=kind.value,
                        points=points, purchase_id=purchase_id, reverses_id=reverses_id,
                        reason=reason, cost_minor=cost_minor)
    session.add(entry)
    session.flush()
    return _record(entry, None)


def _record(entry: PointsEntry, reversed_by: int | None) -> LedgerEntry:
    return LedgerEntry(entry.id, entry.contact_id, entry.occurred_at, PointsKind(entry.kind),
                       entry.points, entry.purchase_id, entry.reverses_id, entry.reason,
                       entry.cost_minor, reversed_by)


def ledger(session: Session, contact_id: int, limit: int = 100,
           offset: int = 0) -> list[LedgerEntry]:
    """A contact's entries, newest first, each with the entry that reversed it."""
    reversal = aliased(PointsEntry)
    rows = session.execute(
        select(PointsEntry, reversal.id)
        .outerjoin(reversal, and_(reversal.reverses_id == PointsEntry.id,
                                  reversal.contact_id == contact_id))
        .where(PointsEntry.contact_id == contact_id)
        .order_by(PointsEntry.occurred_at.desc(), PointsEntry.id.desc())
        .limit(limit).offset(offset)
    )
    return [_record(entry, reversed_by) for entry, reversed_by in rows]


def redeem(
    session: Session,
    contact_id: int,
    points: int,
    *,
    reason: str | None,
    cost_minor: int | None = None,
    now: dt.datetime | None = None,
) -> LedgerEntry:
    """Spend a member's points on a reward (``reason``: what it is); ``cost_minor`` is
    what the reward costs the business, in the programme's currency."""
    contact = _contact(session, contact_id)
    amount = _points(points, low=1)
    text = _reason(reason)
    cost = None if cost_minor is None else money.check_minor(cost_minor, field="cost")
    _member(session, contact)
    have = balance(session, contact_id)
    if amount > have:
        raise ValidationError("points", BEYOND_BALANCE, name=contact.display_name,
                              balance=have, points=amount)
    return append(session, contact_id, PointsKind.REDEEM, -amount, now=now, reason=text,
                  cost_minor=cost)


def adjust(
    session: Session, contact_id: int, points: int, *, reason: str | None,
    now: dt.datetime | None = None,
) -> LedgerEntry:
    """Add (positive) or take away (negative) points by hand, with a reason. Points are
    added to members only, and never taken below zero."""
    contact = _contact(session, contact_id)
    if isinstance(points, int) and not isinstance(points, bool) and points == 0:
        raise ValidationError("points", POINTS_ZERO)
    amount = _points(abs(points) if isinstance(points, int) else points, low=1)
    text = _reason(reason)
    if points > 0:
        _member(session, contact)
    else:
        have = balance(session, contact_id)
        if amount > have:
            raise ValidationError("points", ADJUST_BELOW_ZERO, name=contact.display_name,
                                  balance=have, points=amount)
    return append(session, contact_id, PointsKind.ADJUST, points, now=now, reason=text)


def reversal_of(session: Session, entry_id: int) -> int | None:
    """The id of the entry that reverses ``entry_id``, if there is one. (Looked for
    among the contact's own entries, through their index: reverses_id has none.)"""
    contact_id = session.scalar(select(PointsEntry.contact_id)
                                .where(PointsEntry.id == entry_id))
    if contact_id is None:
        return None
    return session.scalar(select(PointsEntry.id)
                          .where(PointsEntry.contact_id == contact_id,
                                 PointsEntry.reverses_id == entry_id).limit(1))


def reverse(
    session: Session, entry_id: int, *, reason: str | None, now: dt.datetime | None = None
) -> LedgerEntry:
    """Append the opposite of an entry (see the module's rules)."""
    entry = session.get(PointsEntry, entry_id)
    if entry is None:
        raise NotFoundError(ENTRY_NOT_FOUND, id=entry_id)
    text = _reason(reason)
    if entry.kind == PointsKind.EXPIRE.value:
        raise ValidationError("entry", EXPIRE_NOT_REVERSIBLE)
    if entry.kind == PointsKind.REVERSE.value:
        raise ValidationError("entry", REVERSAL_NOT_REVERSIBLE)
    if reversal_of(session, entry.id) is not None:
        raise ValidationError("entry", ALREADY_REVERSED)
    have = balance(session, entry.contact_id)
    if have - entry.points < 0:
        raise ValidationError("entry", REVERSE_BELOW_ZERO,
                              name=_contact(session, entry.contact_id).display_name,
                              balance=have, points=entry.points)
    return append(session, entry.contact_id, PointsKind.REVERSE, -entry.points, now=now,
                  purchase_id=entry.purchase_id, reverses_id=entry.id, reason=text)


def cancel_purchase_points(
    session: Session, purchase_id: int, *, now: dt.datetime | None = None
) -> list[LedgerEntry]:
    """Reverse what a purchase earned and was not reversed yet (the purchase is being
    deleted). Unlike ``reverse``, the balance may go below zero: the purchase is gone,
    and so are its points, spent or not."""
    reversal = aliased(PointsEntry)
    earned = list(session.scalars(
        select(PointsEntry)
        .outerjoin(reversal, and_(reversal.contact_id == PointsEntry.contact_id,
                                  reversal.reverses_id == PointsEntry.id))
        .where(PointsEntry.purchase_id == purchase_id,
               PointsEntry.kind == PointsKind.EARN.value, reversal.id.is_(None))
        .order_by(PointsEntry.id)
    ))
    return [append(session, e.contact_id, PointsKind.REVERSE, -e.points, now=now,
                   purchase_id=purchase_id, reverses_id=e.id) for e in earned]


def earned_since(session: Session, contact_id: int, since: dt.datetime) -> int:
    """Points a contact earned by purchases after ``since``, less what was reversed of
    such earnings after it (what a tier by points counts). Reversals of a purchase's
    points carry the purchase's id, so no join is needed."""
    total = session.scalar(
        select(func.coalesce(func.sum(PointsEntry.points), 0))
        .where(PointsEntry.contact_id == contact_id, PointsEntry.occurred_at > since,
               PointsEntry.kind.in_((PointsKind.EARN.value, PointsKind.REVERSE.value)),
               PointsEntry.purchase_id.is_not(None))
    )
    return int(total or 0)


def expire(session: Session, *, today: dt.date, now: dt.datetime | None = None) -> int:
    """Expire the points earned more than ``expiry_months`` before ``today`` that have
    not been used; the number of contacts who lost points. Nothing when points never
    expire.

    The rule (first in, first out): points are used oldest first, so whatever was
    taken away (redeemed, taken away by hand, expired before) used the oldest points
    first. For each contact:

        expiring = max(0, points credited before the cutoff
                          - everything taken away, at any time)

    where the cutoff is midnight UTC of the day ``expiry_months`` calendar months
    before ``today``, "credited" means earn entries and positive adjustments, and
    "taken away" means redeem, expire and negative adjust entries as absolute values.
    A reversal and the entry it cancels count as nothing together: a reverse entry
    counts as minus what its target counts (so a reversed old earning is not credited,
    a reversed redemption is not taken away, and a reversed recent earning touches
    nothing). Running it again the same day expires nothing more, since the expire
    entries it wrote are taken away too.

    One INSERT … SELECT … GROUP BY over the ledger for every contact at once.
    """
    months = session.scalar(select(LoyaltyProgram.expiry_months)
                            .order_by(LoyaltyProgram.id).limit(1))
    if not months:
        return 0
    cutoff_day = months_before(today, months)
    cutoff = dt.datetime.combine(cutoff_day, dt.time(), dt.UTC)
    moment = _moment(now)
    entry, target = PointsEntry, aliased(PointsEntry)

    def counted(row: Any) -> Any:
        """What an entry counts: a credit before the cutoff, or anything taken away."""
        return case((and_(row.points > 0, row.occurred_at >= cutoff), 0), else_=row.points)

    share = case((and_(entry.kind == PointsKind.REVERSE.value, target.id.is_not(None)),
                  -counted(target)), else_=counted(entry))
    expiring = func.sum(share)
    # Grouped by an expression, not the bare column: SQLite would otherwise walk the
    # (contact_id, occurred_at) index and fetch each row from it, twice as slow as one
    # pass over the table and a sort (2 s against 5 s for 2M entries, measured).
    contact = entry.contact_id + 0
    rows = (
        select(contact, literal(moment, UTCDateTime()), literal(PointsKind.EXPIRE.value),
               -expiring)
        .select_from(entry)
        .outerjoin(target, target.id == entry.reverses_id)
        .group_by(contact)
        .having(expiring > 0)
    )
    result = cast(CursorResult[Any], session.execute(
        insert(PointsEntry).from_select(["contact_id", "occurred_at", "kind", "points"], rows)))
    session.expire_all()
    return max(0, result.rowcount)
