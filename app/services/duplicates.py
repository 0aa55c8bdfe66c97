"""Duplicate detection: which stored contacts look like the one being saved.

A contact form asks before saving: is this person already here? A stored contact is a
likely duplicate when it shares a normalised email address or phone number with the
input (primary or extra), or when its name is very similar (rapidfuzz) and it works
at the same company. The form then offers to open or merge the existing one.

Everything here is read-only and must answer within a keystroke's budget on a million
contacts, so each lookup walks an index: ``email_key`` / ``address_key`` for emails,
``phone_e164`` / ``e164`` for phones, and ``company_id`` (at most NAME_CANDIDATES rows)
or ``sort_key`` for names. Input that does not validate is simply not matched: the
form reports it on save, this module never raises for it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process
from sqlalchemy import Executable, select
from sqlalchemy.orm import Session

from app.models import Company, Contact, ContactEmail, ContactPhone

from . import validation as v
from .contacts import LIMITS, ContactInput
from .errors import ValidationError

#: Similarity (0-100, rapidfuzz token_sort_ratio) from which two names count as one.
NAME_THRESHOLD = 90
#: At most this many contacts of one company are read to compare names with.
NAME_CANDIDATES = 5_000
#: At most this many rows are read per email or phone lookup (a shared office number).
MATCH_ROWS = 200

REASONS = ("email", "phone", "name")


@dataclass(frozen=True)
class DuplicateMatch:
    """A stored contact that looks like the input, and why.

    ``email`` / ``phone`` are the matching address or number when that is a reason,
    else the contact's primary one. ``reasons`` come in the order of REASONS; ``score``
    is 100 for an email or phone match, else the name similarity.
    """

    contact_id: int
    display_name: str
    company_name: str | None
    email: str | None
    phone: str | None
    reasons: tuple[str, ...]
    score: int


@dataclass
class _Hit:
    reasons: set[str] = field(default_factory=set)
    score: int = 0
    email: str | None = None
    phone: str | None = None


def find_duplicates(
    session: Session,
    data: ContactInput,
    *,
    region: str | None,
    exclude_id: int | None = None,
    limit: int = 10,
) -> list[DuplicateMatch]:
    """Contacts not in the Trash that are likely the same person as ``data``.

    ``region`` is the country assumed for phones typed without "+", as for
    create_contact; ``exclude_id`` is the contact being edited. Best first: more
    reasons, then higher score, then lower id.
    """
    if limit < 1:
        raise ValueError("limit must be at least 1")
    hits: dict[int, _Hit] = {}

    def hit(contact_id: int, reason: str, score: int) -> _Hit:
        found = hits.setdefault(contact_id, _Hit())
        found.reasons.add(reason)
        found.score = max(found.score, score)
        return found

    # The Trash is left out here rather than in SQL: with no statistics SQLite may
    # otherwise walk ix_contacts_deleted_at (nearly every row) instead of the key.
    lookups: list[tuple[str, Executable]] = []  # (reason, id/shown/deleted_at rows)
    keys = _email_keys(data.emails)
    if keys:
        lookups += [
            ("email", select(Contact.id, Contact.email, Contact.deleted_at)
             .where(Contact.email_key.in_(keys)).limit(MATCH_ROWS)),
            ("email", select(ContactEmail.contact_id, ContactEmail.address, Contact.deleted_at)
             .join(Contact, Contact.id == ContactEmail.contact_id)
             .where(ContactEmail.address_key.in_(keys)).limit(MATCH_ROWS)),
        ]
    numbers = _phone_numbers(data.phones, region)
    if numbers:
        lookups += [
            ("phone", select(Contact.id, Contact.phone, Contact.deleted_at)
             .where(Contact.phone_e164.in_(numbers)).limit(MATCH_ROWS)),
            ("phone", select(ContactPhone.contact_id, ContactPhone.raw, Contact.deleted_at)
             .join(Contact, Contact.id == ContactPhone.contact_id)
             .where(ContactPhone.e164.in_(numbers)).limit(MATCH_ROWS)),
        ]
    for reason, stmt in lookups:
        for contact_id, shown, deleted_at in session.execute(stmt):
            if deleted_at is None:
                found = hit(contact_id, reason, 100)
                if reason == "email":
                    found.email = shown
                else:
                    found.phone = shown
    if data.company_id is not None:
        for contact_id, score in _similar_names(session, data, data.company_id).items():
            hit(contact_id, "name", score)

    if exclude_id is not None:
        hits.pop(exclude_id, None)
    # Best first: more reasons, a higher score, then the older contact.
    best = sorted(hits, key=lambda cid: (-len(hits[cid].reasons), -hits[cid].score, cid))
    best = best[:limit]
    if not best:
        return []
    rows = session.execute(
        select(Contact.id, Contact.display_name, Contact.email, Contact.phone, Company.name)
        .outerjoin(Company, Company.id == Contact.company_id)
        .where(Contact.id.in_(best))
    )
    by_id = {row.id: row for row in rows}
    return [
        DuplicateMatch(
            contact_id=cid,
            display_name=by_id[cid].display_name,
            company_name=by_id[cid].name,
            email=hits[cid].email or by_id[cid].email,
            phone=hits[cid].phone or by_id[cid].phone,
            reasons=tuple(r for r in REASONS if r in hits[cid].reasons),
            score=hits[cid].score,
        )
        for cid in best
    ]


def _email_keys(emails: Sequence[str]) -> list[str]:
    """Match keys of the valid addresses, as contacts.create_contact would store them."""
    keys: list[str] = []
    for text in emails:
        if text and text.strip():
            try:
                key = v.normalize_email(text)[1]
            except ValidationError:
                continue
            if key not in keys:
                keys.append(key)
    return keys


def _phone_numbers(phones: Sequence[str], region: str | None) -> list[str]:
    """E.164 forms of the valid numbers, as contacts.create_contact would store them."""
    numbers: list[str] = []
    for text in phones:
        if text and text.strip():
            try:
                e164 = v.normalize_phone(text, region)[1]
            except ValidationError:
                continue
            if e164 not in numbers:
                numbers.append(e164)
    return numbers


def _unspaced(text: str) -> bool:
    """Written without spaces between names, as Chinese and Japanese are (wide letters)."""
    return all(unicodedata.east_asian_width(ch) in ("W", "F") for ch in text)


def _name_forms(display: str | None, first: str | None, last: str | None) -> list[str]:
    """The casefolded ways one name may be written, for token_sort_ratio.

    That scorer already ignores word order, so "last first" needs no form of its own,
    except for names written without spaces (王伟 / 伟王), which have no words to
    reorder: there both joined orders count. Stored contacts are read the same way
    in _similar_names, from their sort key.
    """
    forms = [display] if display else []
    if first and last:
        forms.append(f"{first} {last}")
        if _unspaced(first + last):
            forms += [first + last, last + first]
    elif not display:
        forms.append(first or last or "")
    return list(dict.fromkeys(f.casefold() for f in forms if f.strip()))


def _similar_names(session: Session, data: ContactInput, company_id: int) -> dict[int, int]:
    """Contacts of the company whose name scores NAME_THRESHOLD or more: id -> score.

    Reads the company's newest NAME_CANDIDATES contacts (along ix_contacts_company_id)
    plus any whose sort key is one of the input's name forms (ix_contacts_sort_key_id),
    so that the same name is found even in a company bigger than the bound.
    """
    try:
        names = [
            v.clean_text(name, getattr(data, name), limit=LIMITS[name])
            for name in ("display_name", "first_name", "last_name")
        ]
    except ValidationError:
        return {}
    queries = _name_forms(*names)
    if not queries:
        return {}
    columns = (Contact.id, Contact.sort_key, Contact.first_name, Contact.last_name,
               Contact.deleted_at)
    nearby = select(*columns).where(Contact.company_id == company_id).order_by(Contact.id.desc())
    first, last = names[1], names[2]
    reverse = [f"{last} {first}".casefold()] if first and last else []
    sort_keys = list({form[: LIMITS["sort_key"]] for form in queries + reverse})
    # "+ 0": SQLite, having no statistics, must walk the name's index, not the company's
    # (the Trash is left out in Python for the same reason, see find_duplicates).
    exact = select(*columns).where(Contact.sort_key.in_(sort_keys),
                                   Contact.company_id + 0 == company_id)
    owners: list[int] = []
    choices: list[str] = []
    for stmt in (nearby.limit(NAME_CANDIDATES), exact.limit(MATCH_ROWS)):
        for contact_id, sort_key, first, last, deleted_at in session.execute(stmt):
            if deleted_at is not None:
                continue
            # sort_key is the casefolded display name: the usual single form, cheaply.
            owners.append(contact_id)
            choices.append(sort_key)
            if first and last and " " not in sort_key and _unspaced(first + last):
                for text in ((first + last).casefold(), (last + first).casefold()):
                    owners.append(contact_id)
                    choices.append(text)
    scores: dict[int, int] = {}
    for query in queries:
        for _choice, score, index in process.extract(
            query, choices, scorer=fuzz.token_sort_ratio, processor=None,
            score_cutoff=NAME_THRESHOLD, limit=None,
        ):
            owner = owners[index]
            scores[owner] = max(scores.get(owner, 0), round(score))
    return scores
