"""Where one contact stands in the loyalty programme: what their page shows.

Read in one unit of work from the stored results of the last recompute (the contact's
``customer_status`` row: tier and spend over 12 months; ``recompute_contact`` keeps it
current after each purchase, redemption and enrolment), the ledger's balance, the
programme, and the history of tier changes. The progress to the next tier counts what
the programme's tiers count: the spend of the last 365 days in the programme's
currency, or the points earned by purchases in them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import CustomerStatus, TierChange
from app.models.enums import TierBasis

from . import loyalty, points
from .lifecycle import YEAR
from .loyalty import ProgramInfo, TierInfo

HISTORY_LIMIT = 50


@dataclass(frozen=True)
class TierStep:
    changed_on: dt.date
    tier_name: str | None
    previous_name: str | None


@dataclass(frozen=True)
class Standing:
    program: ProgramInfo
    #: The day they joined; None for a contact who is not a member.
    member_since: dt.date | None
    #: The tier of the last recompute (None: no tier, or not computed yet).
    tier: TierInfo | None
    points: int
    #: Spend of the last 12 months in the programme's currency, as last computed.
    spend_12m: int
    #: What the tiers count (points or spend, by the programme's basis), and the next
    #: tier it has not reached (None at the top).
    value: int
    next_tier: TierInfo | None
    #: The day of the last recompute of this contact; None: never computed.
    computed_on: dt.date | None
    #: Tier changes, newest first.
    history: tuple[TierStep, ...]

    @property
    def is_member(self) -> bool:
        return self.member_since is not None

    @property
    def progress(self) -> float:
        """How far from the current tier's threshold to the next one, 0 to 1."""
        if self.next_tier is None:
            return 1.0
        low = self.tier.threshold if self.tier is not None else 0
        low = min(low, self.value)
        span = self.next_tier.threshold - low
        return 0.0 if span <= 0 else max(0.0, min(1.0, (self.value - low) / span))


def standing(
    session: Session, contact_id: int, *, today: dt.date,
    translate: Callable[[str], str] = str, currency: str | None = None,
) -> Standing:
    """The contact's standing (``translate`` and ``currency`` serve the creation of the
    programme on first use, as in ``loyalty.program``)."""
    info = loyalty.program(session, translate, currency=currency)
    status = session.get(CustomerStatus, contact_id)
    spend = status.spend_12m if status is not None else 0
    if info.tier_basis is TierBasis.POINTS:
        since = dt.datetime.combine(today - dt.timedelta(days=YEAR), dt.time(), dt.UTC)
        value = points.earned_since(session, contact_id, since)
    else:
        value = spend
    history = tuple(
        TierStep(day, name, previous) for day, name, previous in session.execute(
            select(TierChange.changed_on, TierChange.tier_name, TierChange.previous_name)
            .where(TierChange.contact_id == contact_id)
            .order_by(TierChange.changed_on.desc(), TierChange.id.desc())
            .limit(HISTORY_LIMIT)))
    return Standing(
        program=info,
        member_since=loyalty.joined_on(session, contact_id),
        tier=info.tier(status.tier_id) if status is not None else None,
        points=points.balance(session, contact_id),
        spend_12m=spend,
        value=value,
        next_tier=info.next_tier(value),
        computed_on=status.computed_on if status is not None else None,
        history=history,
    )
