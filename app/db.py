"""Engine, sessions, migrate-on-start and backups.

``open_database()`` is the one way in: it refuses files Rapport must not touch,
backs up before any pending schema upgrade, upgrades to head and hands back a
``Database`` whose ``session_scope()`` is the unit of work of one user action.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from . import config
from .messages import QT_TRANSLATE_NOOP, UserMessageError

# The newest schema revision this code knows. A test keeps it equal to Alembic's head,
# so that start-up can tell "up to date" without loading Alembic.
SCHEMA_HEAD = "0006_loyalty"
# Every revision this code knows, oldest first (a database at another one is newer).
KNOWN_REVISIONS = (
    "0001_baseline", "0002_contact_search", "0003_live_sort_index", "0004_import_batches",
    "0005_pipeline", "0006_loyalty",
)

# Tables that live outside the models (the FTS index and its shadow tables) and that
# autogenerate and the schema comparison in the tests must leave alone.
UNMODELLED_TABLE_PREFIXES = ("alembic_", "sqlite_", "contacts_fts")


# Foreign keys added to big tables with ALTER TABLE ADD COLUMN (revision 0005) rather
# than a table rebuild. SQLite enforces them, but SQLAlchemy's reflection reads neither
# the name nor ON DELETE of such a column-level clause, so the schema comparison leaves
# them out; tests/migrations checks them through PRAGMA foreign_key_list instead.
INLINE_FOREIGN_KEYS = frozenset({("interactions", "deal_id"), ("tasks", "deal_id")})


def include_in_autogenerate(obj, name, type_, reflected, compare_to):  # type: ignore[no-untyped-def]
    """Alembic's include_object hook: skip the tables the models do not describe."""
    if type_ == "foreign_key_constraint" and obj.table is not None:
        if any((obj.table.name, col) in INLINE_FOREIGN_KEYS for col in obj.column_keys):
            return False
    return not (type_ == "table" and name and name.startswith(UNMODELLED_TABLE_PREFIXES))

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"

Progress = Callable[[int, int], None]

_CANNOT_OPEN = QT_TRANSLATE_NOOP("Database", "Rapport cannot open {target}: {reason}")


class DatabaseOpenError(UserMessageError):
    """The database cannot be used; the message is meant for the person at the screen.

    ``file_unchanged`` is False only when something was written before the failure
    (a backup, then an upgrade that failed); the message then says where the copy is.
    """

    context = "Database"

    def __init__(self, template: str, *, file_unchanged: bool = True, **params: object) -> None:
        super().__init__(template, **params)
        self.file_unchanged = file_unchanged


def _sqlite_pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    cur = dbapi_conn.cursor()
    try:
        cur.execute("PRAGMA busy_timeout = 5000")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA temp_store = MEMORY")
        cur.execute("PRAGMA cache_size = -65536")  # 64 MiB page cache per connection
    finally:
        cur.close()


_AFTER_CHECKIN = "rapport_after_checkin"


def after_checkin(connection: Connection, action: Callable[[Any], None]) -> None:
    """Run ``action(dbapi_connection)`` when ``connection`` goes back to the pool, its
    transaction over (the recompute detaches its scratch files then; SQLite refuses
    while a transaction has read them). ``dbapi_connection`` is None if the connection
    was invalidated meanwhile."""
    connection.info.setdefault(_AFTER_CHECKIN, []).append(action)


def _run_after_checkin(dbapi_conn: Any, record: Any) -> None:
    actions = record.info.pop(_AFTER_CHECKIN, []) if record is not None else []
    for action in actions:
        action(dbapi_conn)


def make_engine(url: str) -> Engine:
    """An engine for a URL; SQLite connections get Rapport's pragmas on every connect."""
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    event.listen(engine, "checkin", _run_after_checkin)
    return engine


@dataclass
class Database:
    """An open database: its engine and the factory of unit-of-work sessions."""

    engine: Engine
    target: str

    def __post_init__(self) -> None:
        self._factory = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def path(self) -> Path | None:
        """The database file, for SQLite; None for a server database."""
        if not self.is_sqlite:
            return None
        database = self.engine.url.database
        return Path(database) if database else None

    @contextmanager
    def session_scope(self) -> Iterator[Session]:
        """One user action: commit when the block ends, roll back if it raises."""
        session = self._factory()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()


def current_revision(engine: Engine) -> str | None:
    """The schema revision stored in the database, or None for one Rapport never touched."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        return row[0] if row else None


def _peek_sqlite(path: Path) -> tuple[bool, str | None]:
    """(has any table, stored revision) of a SQLite file, read-only and without pragmas."""
    if not path.exists() or path.stat().st_size == 0:
        return False, None
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in names:
            return bool(names), None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return True, (row[0] if row else None)
    finally:
        conn.close()


def _has_tables(engine: Engine) -> bool:
    with engine.connect() as conn:
        return bool(inspect(conn).get_table_names())


def alembic_config(engine: Engine | None = None):  # type: ignore[no-untyped-def]
    """An Alembic Config for migrations/, bound to the engine when one is given."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
        cfg.attributes["engine"] = engine
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision`` (Alembic, batch mode on SQLite)."""
    from alembic import command

    command.upgrade(alembic_config(engine), revision)


# Name part of the automatic copies written before an upgrade (pruned to the newest
# BACKUPS_KEPT) and of the copies a person asks for (never pruned).
AUTOMATIC, MANUAL = "backup", "copy"


def backup_path_for(
    db_path: Path, when: dt.datetime | None = None, label: str = AUTOMATIC
) -> Path:
    stamp = (when or dt.datetime.now(dt.UTC)).strftime("%Y%m%dT%H%M%S%fZ")
    return db_path.with_name(f"{db_path.stem}.{label}-{stamp}{db_path.suffix or '.sqlite3'}")


def backup_sqlite(
    db_path: Path,
    dest: Path | None = None,
    *,
    keep: int | None = config.BACKUPS_KEPT,
    progress: Progress | None = None,
    label: str = AUTOMATIC,
) -> Path:
    """Copy a live SQLite database with SQLite's online backup API.

    The copy is consistent even while the database is in use. With ``dest`` None the
    copy goes beside the database with a UTC timestamp. Automatic copies (``label``
    AUTOMATIC, written before an upgrade) are pruned to the newest ``keep``; copies a
    person asked for (MANUAL) are named apart and never pruned.
    """
    target = dest or backup_path_for(db_path, label=label)
    if target.exists():
        raise FileExistsError(f"{target} already exists")
    src = sqlite3.connect(db_path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            with dst:
                src.backup(
                    dst,
                    pages=4096,
                    progress=(lambda _s, left, total: progress(total - left, total))
                    if progress
                    else None,
                )
        finally:
            dst.close()
    finally:
        src.close()
    if dest is None and keep is not None and label == AUTOMATIC:
        prune_backups(db_path, keep)
    return target


def list_backups(db_path: Path) -> list[Path]:
    """The automatic backups of a database, oldest first."""
    pattern = f"{db_path.stem}.{AUTOMATIC}-*{db_path.suffix or '.sqlite3'}"
    return sorted(db_path.parent.glob(pattern))


def prune_backups(db_path: Path, keep: int) -> None:
    backups = list_backups(db_path)
    for old in backups[: max(0, len(backups) - keep)]:
        old.unlink(missing_ok=True)


def open_database(
    target: str,
    *,
    migrate: bool = True,
    create_folder: bool = False,
    progress: Progress | None = None,
) -> Database:
    """Open (and create, or upgrade) the database at a path or URL.

    Raises DatabaseOpenError with a message for a person when the file is not SQLite,
    is read-only, lies in a missing folder, belongs to another program, or was written
    by a newer Rapport. Nothing is written to such a file.
    """
    try:
        config.check_database_file(target, create_default_folder=create_folder)
    except config.DatabaseFileError as exc:
        raise DatabaseOpenError(exc.template, **exc.params) from exc

    try:
        url = make_url(config.database_url(target))
    except Exception as exc:  # noqa: BLE001 - any malformed URL is the user's input
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP("Database", "{target} is not a valid database address."),
            target=target,
        ) from exc
    is_file = url.get_backend_name() == "sqlite" and bool(url.database)
    db_path = Path(url.database) if is_file and url.database else None
    engine: Engine | None = None
    try:
        if db_path is not None:
            # Look before touching: the pragmas (WAL) would rewrite a foreign file's header.
            has_tables, revision = _peek_sqlite(db_path)
        engine = make_engine(url.render_as_string(hide_password=False))
        if db_path is None:
            has_tables, revision = _has_tables(engine), current_revision(engine)
        if revision is None and has_tables:
            raise DatabaseOpenError(
                QT_TRANSLATE_NOOP(
                    "Database",
                    "{target} is a database of another program, not a Rapport database.",
                ),
                target=target,
            )
        if revision is not None and revision not in KNOWN_REVISIONS:
            raise DatabaseOpenError(
                QT_TRANSLATE_NOOP(
                    "Database",
                    "{target} was written by a newer version of Rapport. "
                    "Update Rapport to open it.",
                ),
                target=target,
            )
        if revision != SCHEMA_HEAD:
            if not migrate:
                raise DatabaseOpenError(
                    QT_TRANSLATE_NOOP(
                        "Database", "{target} needs an upgrade before it can be used."
                    ),
                    target=target,
                )
            backup = None
            if revision is not None and db_path is not None:
                engine.dispose()
                backup = backup_sqlite(db_path, progress=progress)
            try:
                upgrade(engine)
            except Exception as exc:
                if backup is None:
                    raise
                raise DatabaseOpenError(
                    QT_TRANSLATE_NOOP(
                        "Database",
                        "The upgrade of {target} failed: {reason}. "
                        "A copy from before the upgrade is at {backup}.",
                    ),
                    target=target, reason=getattr(exc, "orig", exc), backup=backup,
                    file_unchanged=False,
                ) from exc
    except DatabaseOpenError:
        if engine is not None:
            engine.dispose()
        raise
    except BaseException as exc:
        if engine is not None:
            engine.dispose()
        if isinstance(exc, (DatabaseError, OperationalError)):
            raise DatabaseOpenError(_CANNOT_OPEN, target=target, reason=exc.orig) from exc
        if isinstance(exc, (sqlite3.Error, OSError)):
            raise DatabaseOpenError(_CANNOT_OPEN, target=target, reason=exc) from exc
        raise
    return Database(engine=engine, target=target)
