"""`rapport import`, `imports` and `undo-import`: counts, exit codes, the JSON line,
the error report, a dry run that stores nothing, and unreadable files refused."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from app import cli
from app.db import open_database
from app.services import stats

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "crm.sqlite3"
    open_database(str(path)).dispose()
    return path


def _contacts(db_path: Path) -> int:
    database = open_database(str(db_path))
    try:
        with database.session_scope() as s:
            return stats.table_counts(s)["contacts"]
    finally:
        database.dispose()


def _csv(tmp_path: Path) -> Path:
    path = tmp_path / "clients.csv"
    path.write_text("Имя;Фамилия;Эл. почта;Телефон\n"
                    "Иван;Петров;ivan@example.ru;+7 916 123-45-67\n"
                    "Bad;Row;not-an-email;\n", encoding="cp1251")
    return path


def test_import_as_a_user_runs_it(db_path: Path, tmp_path: Path) -> None:
    source = _csv(tmp_path)
    result = subprocess.run(
        [sys.executable, str(REPO / "main.py"), "import", str(source), "--db", str(db_path),
         "--json"], capture_output=True, text=True, env=os.environ.copy(), timeout=120,
        check=False)
    assert result.returncode == 1, result.stderr  # done, with a rejected row
    last = json.loads(result.stdout.strip().splitlines()[-1])
    assert (last["created"], last["rejected"]) == (1, 1)
    report = openpyxl.load_workbook(last["report"]).active
    assert report.cell(2, 1).value == 3 and "not-an-email" in str(report.cell(2, 2).value)
    assert _contacts(db_path) == 1

    assert cli.main(["imports", "--db", str(db_path)]) == 0
    assert cli.main(["undo-import", str(last["batch"]), "--db", str(db_path)]) == 0
    assert _contacts(db_path) == 0
    assert cli.main(["undo-import", str(last["batch"]), "--db", str(db_path)]) == 1  # once


def test_a_dry_run_counts_and_stores_nothing(db_path: Path, tmp_path: Path, capsys) -> None:
    assert cli.main(["import", str(_csv(tmp_path)), "--db", str(db_path), "--dry-run",
                     "--json"]) == 1
    last = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert (last["created"], last["dry_run"], last["batch"]) == (1, True, None)
    assert _contacts(db_path) == 0


def test_interactions_find_their_contact_by_email(db_path: Path, tmp_path: Path) -> None:
    people = tmp_path / "people.csv"
    people.write_text("First name,Last name,Email\nAnn,Lee,ann@example.com\n", encoding="utf-8")
    assert cli.main(["import", str(people), "--db", str(db_path)]) == 0
    calls = tmp_path / "calls.csv"
    calls.write_text("Contact email,Channel,When,Subject\n"
                     "ann@example.com,call,2025-03-01 10:00,Intro\n"
                     "nobody@example.com,call,2025-03-02 10:00,Who?\n", encoding="utf-8")
    assert cli.main(["import", str(calls), "--kind", "interactions", "--db",
                     str(db_path)]) == 1
    database = open_database(str(db_path))
    with database.session_scope() as s:
        assert stats.table_counts(s)["interactions"] == 1
    database.dispose()


@pytest.mark.parametrize("content", [b"PK\x03\x04 cut short", b"\xd0\xcf\x11\xe0" + bytes(600)])
def test_an_unreadable_file_changes_nothing(db_path: Path, tmp_path: Path, capsys,
                                            content: bytes) -> None:
    bad = tmp_path / "clients.xlsx"
    bad.write_bytes(content)
    before = db_path.read_bytes()
    assert cli.main(["import", str(bad), "--db", str(db_path)]) == 2
    err = capsys.readouterr().err
    assert "Nothing was imported" in err and len(err.strip().splitlines()) == 1
    assert db_path.read_bytes() == before
