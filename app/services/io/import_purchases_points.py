"""The points an import of purchases earns, and taking an import's purchases away.

``earn_points`` runs once every purchase of an import is stored: one INSERT ... SELECT
writes an earn entry for each new purchase of a member, in the programme's currency,
made on or after the day the member joined (floor(total in major units × points per
unit), as purchases.points_for; none when that is 0), dated noon UTC of the purchase
day so that expiry counts from the purchase; a second one writes the ImportChange rows
of those entries. ``remove_purchases`` is undo's part (import_batches.undo_batch).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    DateTime,
    Interval,
    String,
    cast,
    delete,
    func,
    insert,
    literal,
    literal_column,
    null,
    select,
)
from sqlalchemy.orm import Session

from app.models import ImportChange
from app.models.enums import PointsKind
from app.models.loyalty import LoyaltyMember, PointsEntry, Purchase, PurchaseLine

from .. import loyalty

#: The ImportChange entities of the purchases an import created and the points they earned.
PURCHASE = "purchase"
POINTS = "points_entry"


def earn_points(session: Session, batch_id: int, currency: str, per_unit: int) -> None:
    """The earn entries of the purchases batch ``batch_id`` created, for the members who
    had joined by the purchase day, in one INSERT ... SELECT; then their ImportChange
    rows, in another."""
    made = select(ImportChange.entity_id).where(
        ImportChange.batch_id == batch_id, ImportChange.entity == PURCHASE,
        ImportChange.action == "created")
    p, m = Purchase, LoyaltyMember
    points = loyalty.points_for_amount_sql(p.total_minor, currency, per_unit)
    rows = (select(p.contact_id, _noon_of(session, p.purchased_on),
                   literal(PointsKind.EARN.value), points, p.id)
            .join(m, m.contact_id == p.contact_id)
            .where(p.id.in_(made), p.currency == currency, m.joined_on <= p.purchased_on,
                   points > 0)
            .order_by(p.id))
    session.execute(insert(PointsEntry).from_select(
        ["contact_id", "occurred_at", "kind", "points", "purchase_id"], rows))
    earned = select(literal(batch_id), literal(POINTS), PointsEntry.id, literal("created"),
                    null()).where(PointsEntry.purchase_id.in_(made),
                                  PointsEntry.kind == PointsKind.EARN.value)
    session.execute(insert(ImportChange).from_select(
        ["batch_id", "entity", "entity_id", "action", "before"], earned))


def remove_purchases(session: Session, batch_id: int) -> int:
    """Undo's part for purchases: delete the points entries and the purchases (with
    their lines) batch ``batch_id`` created; how many purchases went."""
    def made(entity: str) -> Any:
        return select(ImportChange.entity_id).where(
            ImportChange.batch_id == batch_id, ImportChange.entity == entity,
            ImportChange.action == "created")

    # The points ledger is append-only: a correction is a reversing entry. This is the
    # one place ledger rows are deleted: undoing an import removes what it created, as
    # it removes the contacts it created. Reversals of those entries go with them, or
    # the balance would keep a correction of points that no longer exist.
    # Every entry about those purchases goes, not only the ones the import wrote: a
    # purchase deleted and restored since has a reversal and a new earn entry.
    about = select(PointsEntry.id).where(PointsEntry.purchase_id.in_(made(PURCHASE)))
    session.execute(delete(PointsEntry).where(PointsEntry.reverses_id.in_(made(POINTS))),
                    execution_options={"synchronize_session": False})
    session.execute(delete(PointsEntry).where(PointsEntry.reverses_id.in_(about)),
                    execution_options={"synchronize_session": False})
    session.execute(delete(PointsEntry).where(PointsEntry.id.in_(made(POINTS))),
                    execution_options={"synchronize_session": False})
    session.execute(delete(PointsEntry).where(PointsEntry.purchase_id.in_(made(PURCHASE))),
                    execution_options={"synchronize_session": False})
    session.execute(delete(PurchaseLine).where(PurchaseLine.purchase_id.in_(made(PURCHASE))),
                    execution_options={"synchronize_session": False})
    result = session.execute(delete(Purchase).where(Purchase.id.in_(made(PURCHASE))),
                             execution_options={"synchronize_session": False})
    return result.rowcount or 0  # type: ignore[attr-defined]


def _noon_of(session: Session, day: Any) -> Any:
    """Noon UTC of a date column, as the moment column stores it."""
    if session.get_bind().dialect.name == "sqlite":  # the text sqlite_utc_text writes
        return cast(day, String) + literal(" 12:00:00.000000")
    return func.timezone("UTC", cast(day, DateTime()) + literal_column(
        "INTERVAL '12 hours'", type_=Interval()))
