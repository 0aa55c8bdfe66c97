"""Paths and settings that every layer shares.

Nothing here imports Qt or SQLAlchemy: the command line and the window both read
it before anything heavy is loaded, and it creates no folder at import time.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import NamedTuple

from .messages import QT_TRANSLATE_NOOP, UserMessageError

APP_NAME = "Rapport"
ORG_NAME = "Rapport"
ORG_DOMAIN = "rapport.local"

# Environment variables that override the defaults (tests and scripts use them).
ENV_DB = "RAPPORT_DB"
ENV_DATA_DIR = "RAPPORT_DATA_DIR"
ENV_REGION = "RAPPORT_REGION"

DB_FILENAME = "rapport.sqlite3"
# How many automatic pre-migration backups are kept beside a database.
BACKUPS_KEPT = 10

_SQLITE_MAGIC = b"SQLite format 3\x00"


def data_dir() -> Path:
    """The per-user data folder (XDG data dir on Linux), or $RAPPORT_DATA_DIR."""
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False, roaming=True))


def default_db_path() -> Path:
    return data_dir() / DB_FILENAME


def is_url(target: str) -> bool:
    """True for a SQLAlchemy URL such as ``postgresql+psycopg://...``."""
    return "://" in target


def resolve_db_target(cli_value: str | None) -> str:
    """The database to use: ``--db`` wins over $RAPPORT_DB, which wins over the default.

    The result is a file path or a database URL.
    """
    for candidate in (cli_value, os.environ.get(ENV_DB)):
        if candidate:
            return candidate if is_url(candidate) else str(Path(candidate).expanduser())
    return str(default_db_path())


def database_url(target: str) -> str:
    """A SQLAlchemy URL for a file path (SQLite) or an URL given as is."""
    if is_url(target):
        return target
    return "sqlite:///" + str(Path(target).resolve())


class DatabaseFileError(UserMessageError):
    """A database file that Rapport must not open; the message says why, for a person."""

    context = "Database"


def check_database_file(target: str, *, create_default_folder: bool = False) -> None:
    """Refuse, before anything is opened or written, a file Rapport cannot use.

    Cheap enough for start-up (no SQLAlchemy): a missing folder, a folder where a file
    should be, a file that is not SQLite, a file that cannot be read or written.
    Raises DatabaseFileError with a message for a person; returns None when fine.
    """
    if is_url(target):
        return
    path = Path(target)
    folder = path.parent
    if not folder.exists():
        if create_default_folder:
            folder.mkdir(parents=True, exist_ok=True)
        else:
            raise DatabaseFileError(
                QT_TRANSLATE_NOOP("Database", "The folder {folder} does not exist."), folder=folder
            )
    if not folder.is_dir():
        raise DatabaseFileError(
            QT_TRANSLATE_NOOP("Database", "{folder} is not a folder."), folder=folder
        )
    if not path.exists():
        if not os.access(folder, os.W_OK):
            raise DatabaseFileError(
                QT_TRANSLATE_NOOP(
                    "Database",
                    "Rapport cannot create a database in {folder}: the folder is read-only.",
                ),
                folder=folder,
            )
        return
    if not path.is_file():
        raise DatabaseFileError(QT_TRANSLATE_NOOP("Database", "{path} is not a file."), path=path)
    if not os.access(path, os.R_OK):
        raise DatabaseFileError(
            QT_TRANSLATE_NOOP("Database", "Rapport is not allowed to read {path}."), path=path
        )
    # os.access() says yes to root for any file, so look at the mode bits as well.
    if not os.access(path, os.W_OK) or not (path.stat().st_mode & 0o222):
        raise DatabaseFileError(
            QT_TRANSLATE_NOOP(
                "Database",
                "{path} is read-only. Rapport needs to write to its database; "
                "make the file writable or choose another one.",
            ),
            path=path,
        )
    if path.stat().st_size == 0:
        return
    with path.open("rb") as fh:
        head = fh.read(len(_SQLITE_MAGIC))
    if head != _SQLITE_MAGIC:
        raise DatabaseFileError(
            QT_TRANSLATE_NOOP(
                "Database", "{path} is not a Rapport database (it is not an SQLite file)."
            ),
            path=path,
        )


def system_region() -> str | None:
    """The two-letter country of the user's locale ("UZ" for uz_UZ), if it names one."""
    override = os.environ.get(ENV_REGION)
    if override:
        return override.upper()
    import locale  # here, not at import: the window's start-up does not need it

    name = locale.getlocale()[0] or os.environ.get("LANG", "")
    if "_" in name:
        region = name.split("_", 1)[1][:2]
        if region.isalpha():
            return region.upper()
    return None


@functools.cache
def system_currency() -> str | None:
    """The ISO 4217 code of the money of the user's locale ("UZS" for uz_UZ), if it has one.

    Read once, from the C library's LC_MONETARY of the environment; the locale of the
    process is put back as it was.
    """
    import locale  # here, not at import: the window's start-up does not need it

    try:
        before = locale.setlocale(locale.LC_MONETARY)
        try:
            locale.setlocale(locale.LC_MONETARY, "")
            code = str(locale.localeconv().get("int_curr_symbol", "")).strip()
        finally:
            locale.setlocale(locale.LC_MONETARY, before)
    except (locale.Error, ValueError):
        return None
    code = code[:3].upper()
    return code if len(code) == 3 and code.isascii() and code.isalpha() else None


class Setting(NamedTuple):
    """One user preference: its key, default and a description for the Preferences dialog."""

    key: str
    default: object
    description: str


# Every user preference, declared in one place. The window stores them in QSettings;
# the services receive the values they need as arguments.
SETTINGS: tuple[Setting, ...] = (
    Setting("phone/default_region", "", "Country assumed for phone numbers typed without +"),
    Setting("user/owner_name", "", "Your name, used as the owner of what you create"),
    Setting("ui/language", "", "Language of the interface (empty: the system's)"),
    Setting("deals/currency", "", "Currency of new deals, such as USD (empty: the system's)"),
)


def setting_default(key: str) -> object:
    for setting in SETTINGS:
        if setting.key == key:
            return setting.default
    raise KeyError(key)
