"""Purchases (orders) of a contact: log, delete, restore, list. Each one earns points.

Same rules as every service: the caller's Session, flush but no commit, frozen records
out, everything validated before anything is written.

A purchase has a total and, optionally, lines (product, quantity, unit price). Given
lines and no total, the total is the lines' sum; given both, they must agree.

Points: a purchase of a member (app.services.loyalty), made on or after the day they
joined, in the programme's currency earns floor(total in major units x points per
unit) points, as an "earn" entry of the ledger linked to the purchase (none when that
is 0), dated from the purchase day (as imported purchases are). Deleting the purchase (to the Trash)
appends a "reverse" entry cancelling it, never editing it; restoring it earns afresh,
by the same rule as logging (so an undo right after a delete gives the points back).
After each of these the contact's stored status is recomputed
(``lifecycle.recompute_contact``), so their page is current at once.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Contact, PointsEntry, Purchase, PurchaseLine, utcnow
from app.models.enums import PointsKind, PurchaseChannel

from . import contacts, loyalty, money, points
from . import validation as v
from .errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError

LINE_LIMITS = v.column_limits(PurchaseLine)
QUANTITY_MAX = 1_000_000
EARLIEST = dt.date(1900, 1, 1)
NOTE_LEN = 10_000

PURCHASE_NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "This purchase no longer exists.")
PURCHASE_IN_TRASH = QT_TRANSLATE_NOOP("Errors", "This purchase is in the Trash.")
PURCHASE_NOT_DELETED = QT_TRANSLATE_NOOP("Errors", "This purchase is not in the Trash.")
DATE_REQUIRED = QT_TRANSLATE_NOOP("Validation", "Choose the day of the purchase.")
DATE_IN_FUTURE = QT_TRANSLATE_NOOP(
    "Validation", "The purchase is dated {date}, after today. Choose today or an earlier day."
)
DATE_TOO_EARLY = QT_TRANSLATE_NOOP(
    "Validation", "The purchase is dated {date}. Choose a day from 1900 on."
)
CHANNEL_INVALID = QT_TRANSLATE_NOOP(
    "Validation", "“{value}” is not a channel. Choose store, online, phone or other."
)
TOTAL_REQUIRED = QT_TRANSLATE_NOOP(
    "Validation", "Type the total of the purchase, or add its lines."
)
TOTAL_MISMATCH = QT_TRANSLATE_NOOP(
    "Validation",
    "The lines add up to {lines} {currency}, but the total is {total} {currency}. "
    "Correct one of them, or clear the total to take the lines' sum.",
)
PRODUCT_REQUIRED = QT_TRANSLATE_NOOP("Validation", "Line {number} has no product. Type one.")
QUANTITY_INVALID = QT_TRANSLATE_NOOP(
    "Validation", "The quantity on line {number} must be a whole number from 1 to {limit}."
)
LINES_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Validation", "The lines add up to more than can be stored. Check the quantities and prices."
)
TOO_MANY_POINTS = QT_TRANSLATE_NOOP(
    "Validation",
    "This purchase would earn {points} points, more than one entry can hold ({limit}). "
    "Lower the points per unit in the loyalty settings.",
)
CONTACT_MISSING = QT_TRANSLATE_NOOP(
    "Validation", "The contact no longer exists, or is in the Trash."
)


@dataclass(frozen=True)
class LineInput:
    product: str
    quantity: int = 1
    #: Minor units of the purchase's currency.
    unit_price_minor: int = 0
    sku: str | None = None


@dataclass(frozen=True)
class PurchaseInput:
    contact_id: int
    purchased_on: dt.date
    #: Minor units of ``currency``; None: the sum of the lines.
    total_minor: int | None
    currency: str
    channel: PurchaseChannel | str = PurchaseChannel.STORE
    lines: tuple[LineInput, ...] = ()
    note: str | None = None


@dataclass(frozen=True)
class LineRecord:
    id: int
    product: str
    sku: str | None
    quantity: int
    unit_price_minor: int

    @property
    def total_minor(self) -> int:
        return self.quantity * self.unit_price_minor


@dataclass(frozen=True)
class PurchaseRecord:
    id: int
    contact_id: int
    purchased_on: dt.date
    channel: PurchaseChannel
    total_minor: int
    currency: str
    note: str | None
    lines: tuple[LineRecord, ...]
    #: Points the purchase earned, less what was reversed.
    points: int
    created_at: dt.datetime
    deleted_at: dt.datetime | None


def _check_lines(lines: Sequence[LineInput]) -> list[tuple[str, str | None, int, int]]:
    cleaned = []
    for number, line in enumerate(lines, start=1):
        index = number - 1
        product = v.clean_text("lines", line.product, limit=LINE_LIMITS["product"],
                               index=index)
        if product is None:
            raise ValidationError("lines", PRODUCT_REQUIRED, number=number, index=index)
        sku = v.clean_text("lines", line.sku, limit=LINE_LIMITS["sku"], index=index)
        quantity = line.quantity
        if (isinstance(quantity, bool) or not isinstance(quantity, int)
                or not 1 <= quantity <= QUANTITY_MAX):
            raise ValidationError("lines", QUANTITY_INVALID, number=number, limit=QUANTITY_MAX,
                                  index=index)
        price = money.check_minor(line.unit_price_minor, field="lines")
        cleaned.append((product, sku, quantity, price))
    return cleaned


def validate(session: Session, data: PurchaseInput, *, today: dt.date) -> dict[str, object]:
    """The columns to store for ``data``, or the first ValidationError."""
    contact = session.get(Contact, data.contact_id)
    if contact is None or contact.deleted_at is not None:
        raise ValidationError("contact_id", CONTACT_MISSING)
    day = data.purchased_on
    if not isinstance(day, dt.date):
        raise ValidationError("purchased_on", DATE_REQUIRED)
    if day > today:
        raise ValidationError("purchased_on", DATE_IN_FUTURE, date=day.isoformat())
    if day < EARLIEST:
        raise ValidationError("purchased_on", DATE_TOO_EARLY, date=day.isoformat())
    try:
        channel = PurchaseChannel(str(data.channel))
    except ValueError:
        raise ValidationError("channel", CHANNEL_INVALID, value=str(data.channel)) from None
    currency = money.normalize_currency(data.currency)
    lines = _check_lines(data.lines)
    lines_sum = sum(q * p for _product, _sku, q, p in lines)
    if lines_sum > money.MAX_MINOR:
        raise ValidationError("lines", LINES_TOO_LARGE)
    if data.total_minor is None:
        if not lines:
            raise ValidationError("total", TOTAL_REQUIRED)
        total = lines_sum
    else:
        total = money.check_minor(data.total_minor, field="total")
        if lines and total != lines_sum:
            raise ValidationError("total", TOTAL_MISMATCH,
                                  lines=money.plain_text(lines_sum, currency),
                                  total=money.plain_text(total, currency), currency=currency)
        if total == 0 and not lines:
            raise ValidationError("total", TOTAL_REQUIRED)
    return {"contact_id": contact.id, "purchased_on": day, "channel": channel.value,
            "total_minor": total, "currency": currency, "lines": lines,
            "note": v.clean_text("note", data.note, limit=NOTE_LEN, multiline=True)}


def points_for(session: Session, contact_id: int, total_minor: int, currency: str,
               purchased_on: dt.date) -> int:
    """What a purchase earns: 0 unless the contact is a member who had joined by the
    day of the purchase, else ``points_earned``."""
    joined = loyalty.joined_on(session, contact_id)
    if joined is None or purchased_on < joined:
        return 0
    return points_earned(loyalty.program(session), total_minor, currency)


def points_earned(info: loyalty.ProgramInfo, total_minor: int, currency: str) -> int:
    """What a member's purchase earns: 0 in another currency than the programme's, else
    floor(total in major units x points per unit)."""
    if currency != info.currency:
        return 0
    return loyalty.points_for_amount(total_minor, currency, info.points_per_unit)


def _earning(session: Session, contact_id: int, total_minor: int, currency: str,
             purchased_on: dt.date) -> int:
    """``points_for``, refused when more than one ledger entry can hold."""
    earned = points_for(session, contact_id, total_minor, currency, purchased_on)
    if earned > points.POINTS_MAX:
        raise ValidationError("total", TOO_MANY_POINTS, points=earned, limit=points.POINTS_MAX)
    return earned


def _earn(session: Session, purchase: Purchase, earned: int, now: dt.datetime | None) -> None:
    """The earn entry, dated noon UTC of the purchase day (as an import dates them), or
    now when that is still to come: expiry and the 12 months of a tier count from the
    purchase, not from when it was typed in."""
    if earned > 0:
        moment = v.utc_moment("now", now) or utcnow()
        noon = dt.datetime.combine(purchase.purchased_on, dt.time(12), dt.UTC)
        points.append(session, purchase.contact_id, PointsKind.EARN, earned,
                      now=min(moment, noon), purchase_id=purchase.id)


def refresh_status(session: Session, contact_id: int, *, today: dt.date) -> None:
    """Recompute the contact's stored lifecycle, tier and balance right away."""
    from . import lifecycle  # imported here: lifecycle reads purchases and points

    lifecycle.recompute_contact(session, contact_id, today=today)


def log_purchase(
    session: Session, data: PurchaseInput, *, today: dt.date, now: dt.datetime | None = None
) -> PurchaseRecord:
    """Store a purchase with its lines, earn its points, recompute the contact."""
    columns = validate(session, data, today=today)
    lines = columns.pop("lines")
    assert isinstance(lines, list)
    day, total, currency = columns["purchased_on"], columns["total_minor"], columns["currency"]
    assert isinstance(day, dt.date) and isinstance(total, int) and isinstance(currency, str)
    earned = _earning(session, data.contact_id, total, currency, day)
    moment = v.utc_moment("now", now) or utcnow()
    purchase = Purchase(created_at=moment, updated_at=moment, **columns)
    session.add(purchase)
    session.flush()
    session.add_all([PurchaseLine(purchase_id=purchase.id, product=product, sku=sku,
                                  quantity=quantity, unit_price_minor=price)
                     for product, sku, quantity, price in lines])
    _earn(session, purchase, earned, moment)
    refresh_status(session, purchase.contact_id, today=today)
    return get_purchase(session, purchase.id)


def _load(session: Session, purchase_id: int, *, deleted: bool | None = False) -> Purchase:
    """The purchase; ``deleted``: False for a live one, True for one in the Trash."""
    purchase = session.get(Purchase, purchase_id)
    if purchase is None:
        raise NotFoundError(PURCHASE_NOT_FOUND, id=purchase_id)
    if deleted is False and purchase.deleted_at is not None:
        raise NotFoundError(PURCHASE_IN_TRASH, id=purchase_id)
    if deleted is True and purchase.deleted_at is None:
        raise NotFoundError(PURCHASE_NOT_DELETED, id=purchase_id)
    return purchase


def delete_purchase(
    session: Session, purchase_id: int, *, now: dt.datetime | None = None,
    today: dt.date | None = None,
) -> PurchaseRecord:
    """Move a purchase to the Trash and take back the points it earned (a reversing
    entry); ``restore_purchase`` brings it back."""
    purchase = _load(session, purchase_id)
    moment = v.utc_moment("now", now) or utcnow()
    purchase.deleted_at = moment
    points.cancel_purchase_points(session, purchase.id, now=moment)
    session.flush()
    refresh_status(session, purchase.contact_id, today=today or dt.date.today())
    return get_purchase(session, purchase.id)


def restore_purchase(
    session: Session, purchase_id: int, *, now: dt.datetime | None = None,
    today: dt.date | None = None,
) -> PurchaseRecord:
    """Bring a purchase back from the Trash; it earns again (a new entry) exactly the
    points its deletion took back, so that a delete and its undo leave the balance as
    it was (points already reversed by hand before the delete stay reversed)."""
    purchase = _load(session, purchase_id, deleted=True)
    contact = session.get(Contact, purchase.contact_id)
    if contact is None or contact.deleted_at is not None:
        raise NotFoundError(contacts.CONTACT_IN_TRASH, id=purchase.contact_id,
                            name=contact.display_name if contact else "")
    # The reversals delete_purchase appended carry the moment of the delete.
    earned = -int(session.scalar(
        select(func.coalesce(func.sum(PointsEntry.points), 0))
        .where(PointsEntry.purchase_id == purchase.id,
               PointsEntry.kind == PointsKind.REVERSE.value,
               PointsEntry.occurred_at == purchase.deleted_at)) or 0)
    purchase.deleted_at = None
    session.flush()
    _earn(session, purchase, earned, v.utc_moment("now", now))
    refresh_status(session, purchase.contact_id, today=today or dt.date.today())
    return get_purchase(session, purchase.id)


def get_purchase(session: Session, purchase_id: int) -> PurchaseRecord:
    purchase = _load(session, purchase_id, deleted=None)
    return _records(session, [purchase])[0]


def _records(session: Session, found: Sequence[Purchase]) -> list[PurchaseRecord]:
    ids = [p.id for p in found]
    lines: dict[int, list[LineRecord]] = defaultdict(list)
    earned: dict[int, int] = {}
    if ids:
        for line in session.scalars(select(PurchaseLine)
                                    .where(PurchaseLine.purchase_id.in_(ids))
                                    .order_by(PurchaseLine.id)):
            lines[line.purchase_id].append(LineRecord(line.id, line.product, line.sku,
                                                      line.quantity, line.unit_price_minor))
        for purchase_id, total in session.execute(
                select(PointsEntry.purchase_id, func.sum(PointsEntry.points))
                .where(PointsEntry.purchase_id.in_(ids)).group_by(PointsEntry.purchase_id)):
            if purchase_id is not None:
                earned[purchase_id] = int(total or 0)
    return [PurchaseRecord(p.id, p.contact_id, p.purchased_on, PurchaseChannel(p.channel),
                           p.total_minor, p.currency, p.note, tuple(lines[p.id]),
                           earned.get(p.id, 0), p.created_at, p.deleted_at)
            for p in found]


def purchases_of(
    session: Session, contact_id: int, limit: int = 50, offset: int = 0
) -> list[PurchaseRecord]:
    """A contact's purchases (not in the Trash), newest first, with their lines."""
    found = list(session.scalars(
        select(Purchase)
        .where(Purchase.contact_id == contact_id, Purchase.deleted_at.is_(None))
        .order_by(Purchase.purchased_on.desc(), Purchase.id.desc())
        .limit(limit).offset(offset)
    ))
    return _records(session, found)


def purchase_count(session: Session, contact_id: int) -> int:
    return session.scalar(select(func.count()).select_from(Purchase)
                          .where(Purchase.contact_id == contact_id,
                                 Purchase.deleted_at.is_(None))) or 0
