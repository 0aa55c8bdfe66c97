"""Shared fixtures: a migrated SQLite database per test, and one unit of work on it."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from app.db import Database, open_database

# The suite must not depend on the language of the machine it runs on: with no language
# chosen in Preferences the window follows the system's, so make that English.
os.environ["LC_ALL"] = "C.UTF-8"
os.environ["LANGUAGE"] = "en"


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """A fresh database file, created through the migrations (as the app does)."""
    database = open_database(str(tmp_path / "t.sqlite3"))
    yield database
    database.dispose()


@pytest.fixture
def session(db: Database) -> Iterator[Session]:
    """One unit of work on ``db``; committed when the test ends."""
    with db.session_scope() as s:
        yield s
