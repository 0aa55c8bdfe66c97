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

from collections.abc import Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Company, Contact, ContactEmail, ContactPhone

from . import validation as v
from .contacts import LIMITS, ContactInput
from .errors import ValidationError
from .search_text import fold

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
    reasons, then higher score.
    """
    if limit < 1:
        raise ValueError("limit must be at least 1")
    hits: dict[int, _Hit] = {}

    def hit(contact_id: int, reason: str, score: int) -> _Hit:
        found = hits.setdefault(contact_id, _Hit())
        found.reasons.add(reason)
        found.score = max(found.score, score)
        return found

    live = Contact.deleted_at.is_(None)
    keys = _email_keys(data.emails)
    if keys:
        primary = select(Contact.id, Contact.email).where(Contact.email_key.in_(keys), live)
        extra = (
            select(ContactEmail.contact_id, ContactEmail.address)
            .join(Contact, Contact.id == ContactEmail.contact_id)
            .where(ContactEmail.address_key.in_(keys), live)
        )
        for stmt in (primary, extra):
            for contact_id, address in session.execute(stmt.limit(MATCH_ROWS)):
                hit(contact_id, "email", 100).email = address
    numbers = _phone_numbers(data.phones, region)
    if numbers:
        primary = select(Contact.id, Contact.phone).where(Contact.phone_e164.in_(numbers), live)
        extra = (
            select(ContactPhone.contact_id, ContactPhone.raw)
            .join(Contact, Contact.id == ContactPhone.contact_id)
            .where(ContactPhone.e164.in_(numbers), live)
        )
        for stmt in (primary, extra):
            for contact_id, raw in session.execute(stmt.limit(MATCH_ROWS)):
                hit(contact_id, "phone", 100).phone = raw
    if data.company_id is not None:
        for contact_id, score in _similar_names(session, data, data.company_id).items():
            hit(contact_id, "name", score)

    if exclude_id is not None:
        hits.pop(exclude_id, None)
    if not hits:
        return []
    rows = session.execute(
        select(Contact.id, Contact.display_name, Contact.email, Contact.phone, Company.name)
        .outerjoin(Company, Company.id == Contact.company_id)
        .where(Contact.id.in_(list(hits)))
    ).all()
    matches = [
        DuplicateMatch(
            contact_id=row.id,
            display_name=row.display_name,
            company_name=row.name,
            email=hits[row.id].email or row.email,
            phone=hits[row.id].phone or row.phone,
            reasons=tuple(r for r in REASONS if r in hits[row.id].reasons),
            score=hits[row.id].score,
        )
        for row in rows
    ]
    matches.sort(key=lambda m: (-len(m.reasons), -m.score, m.display_name.casefold(),
                                m.contact_id))
    return matches[:limit]


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


def _name_forms(display: str | None, first: str | None, last: str | None) -> list[str]:
    """The ways one name may be written: as displayed, "first last" and "last first".

    token_sort_ratio already ignores word order; the joined forms catch names written
    without spaces (王伟 / 伟王).
    """
    forms = [display] if display else []
    if first and last:
        forms += [f"{first} {last}", f"{last} {first}", first + last, last + first]
    elif first or last:
        forms.append(first or last or "")
    return list(dict.fromkeys(form for form in forms if form.strip()))


def _folded(forms: list[str]) -> list[str]:
    return list(dict.fromkeys(text for text in (fold(f).strip() for f in forms) if text))


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
    forms = _name_forms(*names)
    queries = _folded(forms)
    if not queries:
        return {}
    columns = (Contact.id, Contact.display_name, Contact.first_name, Contact.last_name)
    same_company = (Contact.company_id == company_id, Contact.deleted_at.is_(None))
    nearby = select(*columns).where(*same_company).order_by(Contact.id.desc())
    sort_keys = list({form.casefold()[: LIMITS["sort_key"]] for form in forms})
    exact = select(*columns).where(Contact.sort_key.in_(sort_keys), *same_company)
    owners: list[int] = []
    choices: list[str] = []
    for stmt in (nearby.limit(NAME_CANDIDATES), exact.limit(MATCH_ROWS)):
        for row in session.execute(stmt):
            for text in _folded(_name_forms(row.display_name, row.first_name, row.last_name)):
                owners.append(row.id)
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
