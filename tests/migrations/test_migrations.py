"""Every revision upgrades a database that holds data, and head matches the models."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import select

from app import db as dbmod
from app.models import Base, Contact, Interaction, Task

# Rows written at a revision, in that revision's schema, with raw SQL (the models may
# have moved on since). Each later revision adds its own entry.
SEED_SQL: dict[str, list[str]] = {
    "0001_baseline": [
        "INSERT INTO companies (id, name, name_key, created_at, updated_at) VALUES "
        "(1, 'Toshkent Tekstil MChJ', 'toshkent tekstil mchj', '2025-01-02 03:04:05.000000', "
        "'2025-01-02 03:04:05.000000')",
        "INSERT INTO contacts (id, display_name, sort_key, company_id, email, email_key, "
        "phone, phone_e164, lifecycle_stage, marketing_consent, created_at, updated_at) VALUES "
        "(1, 'Gʻulom Karimov', 'gʻulom karimov', 1, 'Gulom@Example.com', 'gulom@example.com', "
        "'+998 90 123 45 67', '+998901234567', 'customer', 1, "
        "'2025-01-02 03:04:05.000000', '2025-01-02 03:04:05.000000')",
        "INSERT INTO contacts (id, display_name, sort_key, lifecycle_stage, marketing_consent, "
        "created_at, updated_at) VALUES (2, '王伟', '王伟', 'lead', 0, "
        "'2025-02-03 00:00:00.000000', '2025-02-03 00:00:00.000000')",
        "INSERT INTO tags (id, name, name_key, color) VALUES (1, 'VIP', 'vip', '#d4a017')",
        "INSERT INTO contact_tags (contact_id, tag_id) VALUES (1, 1)",
        "INSERT INTO tasks (id, title, due_date, priority, status, contact_id, created_at, "
        "updated_at) VALUES (1, 'Call back', '2025-03-01', 1, 'open', 1, "
        "'2025-02-01 09:00:00.000000', '2025-02-01 09:00:00.000000')",
        "INSERT INTO interactions (id, contact_id, channel, direction, occurred_at, subject, "
        "task_id, created_at, updated_at) VALUES (1, 1, 'call', 'outbound', "
        "'2025-02-01 08:30:00.000000', 'Intro', 1, '2025-02-01 08:30:00.000000', "
        "'2025-02-01 08:30:00.000000')",
    ],
}
SEED_SQL["0002_contact_search"] = [
    *SEED_SQL["0001_baseline"],
    "UPDATE contacts SET search_text = 'gʻulom karimov' || char(10) || '998901234567', "
    "last_contacted_at = '2025-02-01 08:30:00.000000' WHERE id = 1",
    "UPDATE contacts SET search_text = '王伟' WHERE id = 2",
]
# 0003 adds an index only: the same rows, with one contact in the Trash (the index
# holds live contacts only).
SEED_SQL["0003_live_sort_index"] = [
    *SEED_SQL["0002_contact_search"],
    "INSERT INTO contacts (id, display_name, sort_key, lifecycle_stage, marketing_consent, "
    "search_text, created_at, updated_at, deleted_at) VALUES (3, 'Иван Петров', "
    "'иван петров', 'lead', 0, 'иван петров', '2025-03-01 00:00:00.000000', "
    "'2025-03-01 00:00:00.000000', '2025-03-02 00:00:00.000000')",
]
# 0004 adds the import history; a database with one undone import in it.
SEED_SQL["0004_import_batches"] = [
    *SEED_SQL["0003_live_sort_index"],
    "INSERT INTO import_batches (id, kind, file_name, started_at, finished_at, created, "
    "updated, skipped, rejected, undone_at, options) VALUES (1, 'contacts', 'clients.xlsx', "
    "'2025-04-01 10:00:00.000000', '2025-04-01 10:00:02.000000', 1, 0, 0, 0, NULL, '{}')",
    "INSERT INTO import_changes (batch_id, entity, entity_id, action) "
    "VALUES (1, 'contact', 2, 'created')",
]

# 0005 adds the pipeline; a deal of Gʻulom's that went Lead -> Won, with a call about it.
SEED_SQL["0005_pipeline"] = [
    *SEED_SQL["0004_import_batches"],
    "INSERT INTO pipelines (id, name, position, created_at, updated_at) VALUES "
    "(1, 'Sales', 0, '2025-05-01 00:00:00.000000', '2025-05-01 00:00:00.000000')",
    "INSERT INTO stages (id, pipeline_id, name, position, probability, kind) VALUES "
    "(1, 1, 'Lead', 0, 10, 'open'), (2, 1, 'Won', 1, 100, 'won')",
    "INSERT INTO deals (id, pipeline_id, stage_id, title, contact_id, value_minor, currency, "
    "status, closed_on, created_at, updated_at) VALUES (1, 1, 2, 'Cotton, 20 t', 1, "
    "1250000, 'USD', 'won', '2025-05-20', '2025-05-01 00:00:00.000000', "
    "'2025-05-20 00:00:00.000000')",
    "INSERT INTO stage_changes (deal_id, stage_id, entered_at, left_at) VALUES "
    "(1, 1, '2025-05-01 00:00:00.000000', '2025-05-20 00:00:00.000000'), "
    "(1, 2, '2025-05-20 00:00:00.000000', NULL)",
    "UPDATE interactions SET deal_id = 1 WHERE id = 1",
]

# 0006 adds purchases and loyalty; Gʻulom bought twice and earned points for one.
SEED_SQL["0006_loyalty"] = [
    *SEED_SQL["0005_pipeline"],
    "INSERT INTO purchases (id, contact_id, purchased_on, channel, total_minor, currency, "
    "created_at, updated_at) VALUES (1, 1, '2025-05-02', 'store', 150000, 'USD', "
    "'2025-05-02 10:00:00.000000', '2025-05-02 10:00:00.000000'), (2, 1, '2025-06-02', "
    "'online', 2500, 'USD', '2025-06-02 10:00:00.000000', '2025-06-02 10:00:00.000000')",
    "INSERT INTO purchase_lines (purchase_id, product, quantity, unit_price_minor) VALUES "
    "(1, 'Хлопок, кипа', 3, 50000)",
    "INSERT INTO loyalty_programs (id, name, currency, points_per_unit, tier_basis, "
    "new_days, lapsed_days, expanding_margin_pct) VALUES (1, 'Rewards', 'USD', 1, 'spend', "
    "90, 365, 20)",
    "INSERT INTO loyalty_members (contact_id, joined_on) VALUES (1, '2025-05-01')",
    "INSERT INTO tiers (id, program_id, name, position, threshold, discount_pct) VALUES "
    "(1, 1, 'Bronze', 0, 0, 0), (2, 1, 'Silver', 1, 50000, 5)",
    "INSERT INTO points_entries (contact_id, occurred_at, kind, points, purchase_id) VALUES "
    "(1, '2025-05-02 10:00:00.000000', 'earn', 1500, 1)",
    "INSERT INTO customer_status (contact_id, lifecycle, tier_id, points, orders, spend_12m, "
    "spend_prev_12m, spend_total, computed_on) VALUES (1, 'active', 2, 1500, 2, 152500, 0, "
    "152500, '2025-06-03')",
    "INSERT INTO stored_reports (name, computed_on, computed_at, data) VALUES ('tiers', "
    "'2025-06-03', '2025-06-03 01:00:00.000000', '{}')",
]


def _revisions() -> list[str]:
    script = ScriptDirectory.from_config(dbmod.alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def test_code_knows_alembic_head() -> None:
    """Start-up checks the schema without loading Alembic; its constants must match."""
    script = ScriptDirectory.from_config(dbmod.alembic_config())
    assert script.get_current_head() == dbmod.SCHEMA_HEAD
    assert tuple(_revisions()) == dbmod.KNOWN_REVISIONS


def test_every_revision_has_seed_data() -> None:
    assert set(SEED_SQL) == set(_revisions())


@pytest.mark.parametrize("revision", _revisions())
def test_upgrade_from_each_revision_keeps_data(tmp_path: Path, revision: str) -> None:
    path = tmp_path / "old.sqlite3"
    engine = dbmod.make_engine(f"sqlite:///{path}")
    dbmod.upgrade(engine, revision)
    with engine.begin() as conn:
        for statement in SEED_SQL[revision]:
            conn.exec_driver_sql(statement)
    engine.dispose()

    database = dbmod.open_database(str(path))
    try:
        assert dbmod.current_revision(database.engine) == dbmod.SCHEMA_HEAD
        with database.session_scope() as s:
            gulom = s.get(Contact, 1)
            assert gulom is not None
            assert gulom.display_name == "Gʻulom Karimov"
            assert gulom.company is not None and gulom.company.name == "Toshkent Tekstil MChJ"
            assert [t.name for t in gulom.tags] == ["VIP"]
            assert gulom.created_at == dt.datetime(2025, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
            assert s.get(Contact, 2).display_name == "王伟"  # type: ignore[union-attr]
            task = s.get(Task, 1)
            assert task is not None and task.due_date == dt.date(2025, 3, 1)
            call = s.scalars(select(Interaction)).one()
            assert call.task_id == 1 and call.occurred_at.tzinfo is dt.UTC
        with database.engine.connect() as conn:
            context = MigrationContext.configure(
                conn,
                opts={"compare_type": True, "include_object": dbmod.include_in_autogenerate},
            )
            assert compare_metadata(context, Base.metadata) == []
    finally:
        database.dispose()


def test_deal_links_on_big_tables_are_real_foreign_keys(tmp_path: Path) -> None:
    """interactions.deal_id and tasks.deal_id are added in place, not by a rebuild; the
    schema comparison cannot read such keys, so check them here, and their effect."""
    path = tmp_path / "crm.sqlite3"
    engine = dbmod.make_engine(f"sqlite:///{path}")
    dbmod.upgrade(engine, "0005_pipeline")
    with engine.begin() as conn:
        for statement in SEED_SQL["0005_pipeline"]:
            conn.exec_driver_sql(statement)
        for table, column in sorted(dbmod.INLINE_FOREIGN_KEYS):
            keys = conn.exec_driver_sql(f"PRAGMA foreign_key_list({table})").fetchall()
            (key,) = [k for k in keys if k[3] == column]
            assert (key[2], key[4], key[6]) == ("deals", "id", "SET NULL")
        conn.exec_driver_sql("UPDATE tasks SET deal_id = 1")
        conn.exec_driver_sql("DELETE FROM deals WHERE id = 1")
        assert conn.exec_driver_sql("SELECT deal_id FROM interactions").scalar() is None
        assert conn.exec_driver_sql("SELECT deal_id FROM tasks").scalar() is None
        assert conn.exec_driver_sql("SELECT count(*) FROM stage_changes").scalar() == 0
    engine.dispose()


def _with_extra_revision(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    statement: str = "CREATE TABLE upgrade_probe (id INTEGER)",
) -> str:
    """A copy of migrations/ with one more revision (running ``statement``), made head."""
    scripts = tmp_path / "migrations"
    shutil.copytree(dbmod.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    head = dbmod.SCHEMA_HEAD
    (scripts / "versions" / "9999_test.py").write_text(
        f'revision = "9999_test"\ndown_revision = "{head}"\n'
        "branch_labels = None\ndepends_on = None\n"
        "from alembic import op\n"
        f"def upgrade():\n    op.execute({statement!r})\n"
        "def downgrade():\n    op.execute('DROP TABLE upgrade_probe')\n"
    )
    monkeypatch.setattr(dbmod, "MIGRATIONS_DIR", scripts)
    monkeypatch.setattr(dbmod, "SCHEMA_HEAD", "9999_test")
    monkeypatch.setattr(dbmod, "KNOWN_REVISIONS", (*dbmod.KNOWN_REVISIONS, "9999_test"))
    return head


def _contact_names(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT display_name FROM contacts ORDER BY id")]
    finally:
        conn.close()


def test_upgrade_to_contact_search_fills_search_and_last_contact(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    engine = dbmod.make_engine(f"sqlite:///{path}")
    dbmod.upgrade(engine, "0001_baseline")
    with engine.begin() as conn:
        for statement in SEED_SQL["0001_baseline"]:
            conn.exec_driver_sql(statement)
    engine.dispose()
    dbmod.open_database(str(path)).dispose()

    conn = sqlite3.connect(path)
    try:
        def found(term: str) -> list[int]:
            return [r[0] for r in conn.execute(
                "SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ? ORDER BY rowid",
                ('"' + term.replace('"', '""') + '"',),
            )]

        assert found("karimov") == [1]
        assert found("o'zbek") == []  # no such text, and the apostrophe is no syntax
        assert found("0901234") == [1]  # national form with a trunk 0
        assert found("gulom@exa") == [1]
        assert found("toshkent tek") == [1]  # the company's name
        assert found("王伟") == []  # under three characters: the service looks elsewhere
        assert conn.execute("SELECT last_contacted_at FROM contacts WHERE id = 1").fetchone() == (
            "2025-02-01 08:30:00.000000",)
        assert conn.execute("SELECT last_contacted_at FROM contacts WHERE id = 2").fetchone() == (
            None,)
        # The triggers keep the index in step with the rows.
        conn.execute("UPDATE contacts SET search_text = 'aziza rahimova' WHERE id = 2")
        conn.execute("DELETE FROM contacts WHERE id = 1")
        conn.commit()
        assert found("rahim") == [2] and found("karimov") == []
        conn.execute("INSERT INTO contacts_fts(contacts_fts) VALUES ('integrity-check')")
    finally:
        conn.close()


def test_pending_upgrade_backs_up_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "crm.sqlite3"
    engine = dbmod.make_engine(f"sqlite:///{path}")
    dbmod.upgrade(engine)
    with engine.begin() as conn:
        for statement in SEED_SQL["0001_baseline"]:
            conn.exec_driver_sql(statement)
    engine.dispose()
    old_head = _with_extra_revision(tmp_path, monkeypatch)
    # Twelve older backups already lie there: only the newest ten may stay.
    for i in range(12):
        (tmp_path / f"crm.backup-20200101T0000{i:02d}000000Z.sqlite3").write_bytes(b"old")

    database = dbmod.open_database(str(path))
    database.dispose()

    backups = dbmod.list_backups(path)
    assert len(backups) == 10
    newest = backups[-1]
    assert newest.read_bytes()[:16] == b"SQLite format 3\x00"
    assert _contact_names(newest) == ["Gʻulom Karimov", "王伟"]
    conn = sqlite3.connect(newest)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (old_head,)
    conn.close()
    assert dbmod.current_revision(dbmod.make_engine(f"sqlite:///{path}")) == "9999_test"
    assert _contact_names(path) == ["Gʻulom Karimov", "王伟"]


def test_a_failed_upgrade_says_where_the_copy_from_before_it_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "crm.sqlite3"
    engine = dbmod.make_engine(f"sqlite:///{path}")
    dbmod.upgrade(engine)
    with engine.begin() as conn:
        for statement in SEED_SQL["0001_baseline"]:
            conn.exec_driver_sql(statement)
    engine.dispose()
    _with_extra_revision(tmp_path, monkeypatch, "INSERT INTO no_such_table VALUES (1)")

    with pytest.raises(dbmod.DatabaseOpenError) as caught:
        dbmod.open_database(str(path))
    (backup,) = dbmod.list_backups(path)
    assert caught.value.file_unchanged is False
    assert "upgrade" in str(caught.value) and str(backup) in str(caught.value)
    assert _contact_names(backup) == ["Gʻulom Karimov", "王伟"]


def test_manual_copies_are_named_apart_and_never_pruned(tmp_path: Path) -> None:
    path = tmp_path / "crm.sqlite3"
    dbmod.open_database(str(path)).dispose()
    copies = [dbmod.backup_sqlite(path, label=dbmod.MANUAL) for _ in range(12)]
    assert len(set(copies)) == 12 and all(c.exists() for c in copies)
    assert all(".copy-" in c.name for c in copies)
    assert dbmod.list_backups(path) == []


def test_new_database_is_not_backed_up(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    dbmod.open_database(str(path)).dispose()
    assert dbmod.list_backups(path) == []
    assert dbmod.current_revision(dbmod.make_engine(f"sqlite:///{path}")) == dbmod.SCHEMA_HEAD


def test_database_from_newer_rapport_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    dbmod.open_database(str(path)).dispose()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(dbmod.DatabaseOpenError, match="newer version of Rapport"):
        dbmod.open_database(str(path))
    assert path.read_bytes() == before


def test_sqlite_file_of_another_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO recipes (name) VALUES ('plov')")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(dbmod.DatabaseOpenError, match="another program"):
        dbmod.open_database(str(path))
    assert path.read_bytes() == before
    assert dbmod.list_backups(path) == []
