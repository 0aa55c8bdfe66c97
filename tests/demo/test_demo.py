"""The demo generator: exact counts, deterministic, realistic, readable by the models."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
import threading
from pathlib import Path

import phonenumbers
import pytest
from sqlalchemy import func, select

from app.db import Database, open_database
from app.models import Contact, ContactPhone, Interaction, Task
from app.models.enums import Channel, LifecycleStage
from app.services import demo

TODAY = dt.date(2026, 11, 24)


def _make(path: Path, contacts: int = 400, interactions: int = 4000, seed: int = 7) -> Database:
    database = open_database(str(path))
    plan = demo.DemoPlan.for_contacts(contacts, interactions=interactions, seed=seed,
                                      today=TODAY)
    demo.generate(database.engine, plan)
    return database


def _digest(path: Path) -> str:
    conn = sqlite3.connect(path)
    h = hashlib.sha256()
    for table in ("companies", "contacts", "contact_emails", "contact_phones", "contact_tags",
                  "tags", "tasks", "interactions"):
        for row in conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2"):  # noqa: S608
            h.update(repr(row).encode())
    conn.close()
    return h.hexdigest()


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Database:
    database = _make(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    yield database
    database.dispose()


def test_counts_are_exactly_as_asked(demo_db: Database) -> None:
    with demo_db.session_scope() as s:
        assert s.scalar(select(func.count()).select_from(Contact)) == 400
        assert s.scalar(select(func.count()).select_from(Interaction)) == 4000
        assert s.scalar(select(func.count()).select_from(Task)) == 80


def test_same_seed_and_day_give_the_same_data(tmp_path: Path) -> None:
    a = _make(tmp_path / "a.sqlite3", 150, 900, seed=3)
    b = _make(tmp_path / "b.sqlite3", 150, 900, seed=3)
    c = _make(tmp_path / "c.sqlite3", 150, 900, seed=4)
    for database in (a, b, c):
        database.dispose()
    assert _digest(tmp_path / "a.sqlite3") == _digest(tmp_path / "b.sqlite3")
    assert _digest(tmp_path / "a.sqlite3") != _digest(tmp_path / "c.sqlite3")


def test_names_in_four_scripts_and_valid_phones(demo_db: Database) -> None:
    with demo_db.session_scope() as s:
        contacts = s.scalars(select(Contact)).all()
        extra = s.scalars(select(ContactPhone)).all()
    names = " ".join(c.display_name for c in contacts)
    assert any("\u4e00" <= ch <= "\u9fff" for ch in names), "no Chinese names"
    assert any("\u0400" <= ch <= "\u04ff" for ch in names), "no Cyrillic names"
    assert "ʻ" in names or "Karimov" in names or "Qodirov" in names, "no Uzbek names"
    assert any(c.display_name.isascii() for c in contacts), "no English names"
    countries = set()
    for raw, e164 in [(c.phone, c.phone_e164) for c in contacts if c.phone] + [
        (p.raw, p.e164) for p in extra
    ]:
        region = phonenumbers.region_code_for_number(phonenumbers.parse(e164))
        parsed = phonenumbers.parse(raw, region)  # as typed, in the number's own country
        assert phonenumbers.is_valid_number(parsed), raw
        assert phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164) == e164
        countries.add(region)
    assert {"US", "RU", "CN", "UZ"} <= countries
    for c in contacts:
        assert c.sort_key == c.display_name.casefold()
        assert c.lifecycle_stage in set(LifecycleStage)
        if c.email:
            assert c.email_key == c.email.lower()
        assert (c.consent_at is not None) == c.marketing_consent


def test_interactions_cover_every_channel_over_three_years(demo_db: Database) -> None:
    with demo_db.session_scope() as s:
        channels = set(s.scalars(select(Interaction.channel).distinct()))
        first, last = s.execute(
            select(func.min(Interaction.occurred_at), func.max(Interaction.occurred_at))
        ).one()
        sample = s.scalars(select(Interaction).limit(50)).all()
        orphans = s.scalar(
            select(func.count()).select_from(Interaction).where(
                ~Interaction.contact_id.in_(select(Contact.id))
            )
        )
    assert channels == {c.value for c in Channel}
    assert all(i.occurred_at.tzinfo is dt.UTC for i in sample)
    now = dt.datetime.combine(TODAY, dt.time(12), dt.UTC)
    assert last <= now
    assert (now - first).days > 2 * 365  # spread over (nearly) three years
    assert orphans == 0


def test_open_and_done_tasks_around_today(demo_db: Database) -> None:
    with demo_db.session_scope() as s:
        by_status = dict(
            s.execute(select(Task.status, func.count()).group_by(Task.status)).all()
        )
        done = s.scalars(select(Task).where(Task.status == "done")).all()
        overdue = s.scalar(
            select(func.count()).select_from(Task).where(
                Task.status == "open", Task.due_date < TODAY
            )
        )
        upcoming = s.scalar(
            select(func.count()).select_from(Task).where(
                Task.status == "open", Task.due_date >= TODAY
            )
        )
    assert by_status.get("open", 0) > 0 and by_status.get("done", 0) > 0
    assert all(t.completed_at is not None for t in done)
    assert overdue > 0 and upcoming > 0


def test_one_contact_has_a_long_timeline(tmp_path: Path) -> None:
    database = _make(tmp_path / "whale.sqlite3", 100, 5000)
    with database.session_scope() as s:
        top = s.execute(
            select(Interaction.contact_id, func.count())
            .group_by(Interaction.contact_id)
            .order_by(func.count().desc())
        ).first()
    database.dispose()
    assert top is not None and top[1] >= 5000 // 50


def test_second_demo_into_the_same_database_is_refused(tmp_path: Path) -> None:
    database = _make(tmp_path / "twice.sqlite3", 20, 40)
    plan = demo.DemoPlan.for_contacts(20, interactions=40, today=TODAY)
    with pytest.raises(demo.DemoError, match="already holds demo data"):
        demo.generate(database.engine, plan)
    with database.session_scope() as s:
        assert s.scalar(select(func.count()).select_from(Contact)) == 20
    database.dispose()


def test_cancel_rolls_back_the_batch_in_progress(tmp_path: Path) -> None:
    database = open_database(str(tmp_path / "cancel.sqlite3"))
    cancel = threading.Event()
    cancel.set()
    plan = demo.DemoPlan.for_contacts(50, interactions=100, today=TODAY)
    with pytest.raises(demo.DemoCancelled):
        demo.generate(database.engine, plan, cancel=cancel)
    with database.session_scope() as s:
        assert s.scalar(select(func.count()).select_from(Contact)) == 0
    database.dispose()


def test_interactions_without_contacts_are_refused() -> None:
    with pytest.raises(demo.DemoError, match="need contacts"):
        demo.DemoPlan.for_contacts(0, interactions=10)
