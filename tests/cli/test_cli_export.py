"""`rapport export`: files written, the JSON line, and bad arguments refused cleanly."""

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
from app.services.contacts import ContactInput, create_contact

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "crm.sqlite3"
    database = open_database(str(path))
    with database.session_scope() as s:
        create_contact(s, ContactInput(display_name="Dilnoza Karimova", tags=["VIP"],
                                       emails=["d@acme.uz"]), region="UZ")
        create_contact(s, ContactInput(display_name="Bobur Aliyev"), region="UZ")
    database.dispose()
    return path


def test_export_as_a_user_runs_it_ends_with_json(db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "vip.xlsx"
    result = subprocess.run(
        [sys.executable, str(REPO / "main.py"), "export", "contacts", str(out), "--db",
         str(db_path), "--tag", "vip", "--json"],
        capture_output=True, text=True, env=os.environ.copy(), timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    last = json.loads(result.stdout.strip().splitlines()[-1])
    assert last == {"count": 1, "path": str(out), "kind": "contacts", "format": "xlsx"}
    rows = list(openpyxl.load_workbook(out).worksheets[0].iter_rows(values_only=True))
    assert [r[1] for r in rows[1:]] == ["Dilnoza Karimova"]


@pytest.mark.parametrize(("kind", "name", "count"), [
    ("contacts", "all.csv", 2), ("contacts", "all.vcf", 2), ("companies", "co.csv", 0),
    ("tasks", "t.xlsx", 0), ("interactions", "i.csv", 0),
])
def test_each_kind(db_path: Path, tmp_path: Path, kind: str, name: str, count: int,
                   capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / name
    assert cli.main(["export", kind, str(out), "--db", str(db_path)]) == 0
    assert out.exists()
    assert capsys.readouterr().out.startswith(f"Exported {count} {kind} to {out}")


def test_search_chooses_contacts(db_path: Path, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "b.csv"
    assert cli.main(["export", "contacts", str(out), "--db", str(db_path), "--search",
                     "bobur", "--json"]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[-1])["count"] == 1


@pytest.mark.parametrize(("args", "message"), [
    (["contacts", "{tmp}/nowhere/c.xlsx"], "Cannot write"),
    (["contacts", "{tmp}/c.pdf"], "Name it .xlsx, .csv or .vcf"),
    (["companies", "{tmp}/c.vcf"], "vCard files hold contacts only"),
    (["contacts", "{tmp}/c.xlsx", "--tag", "nope"], "there is no tag 'nope'"),
    (["tasks", "{tmp}/t.xlsx", "--tag", "VIP"], "--tag chooses contacts"),
    (["interactions", "{tmp}/t.xlsx", "--search", "x"], "--search chooses contacts"),
])
def test_bad_arguments_exit_2_with_one_line_and_write_nothing(
        db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        args: list[str], message: str) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    argv = ["export", *(a.format(tmp=out_dir) for a in args), "--db", str(db_path)]
    assert cli.main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and err.startswith("rapport: ")
    assert list(out_dir.iterdir()) == []


def test_a_missing_database_is_not_created(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "missing.sqlite3"
    assert cli.main(["export", "contacts", str(tmp_path / "c.csv"), "--db", str(missing)]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert not missing.exists() and not (tmp_path / "c.csv").exists()



# Deals -----------------------------------------------------------------------------------
@pytest.fixture
def deals_db(db_path: Path) -> Path:
    """The contacts database with the default "Sales" pipeline (three open deals, one
    won two years ago and one lost) and a "Rentals" pipeline with one open deal."""
    import datetime as dt

    from app.services import deals
    from app.services import pipeline as pl
    from app.services.deals import DealInput

    created = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
    database = open_database(str(db_path))
    with database.session_scope() as s:
        pl.ensure_default(s)
        rentals = pl.create_pipeline(s, "Rentals")
        stage = {st.name: st.id for st in pl.pipelines(s)[0].stages}

        def new(title: str, stage_id: int, value: int = 0, currency: str = "USD") -> int:
            return deals.create_deal(s, DealInput(title=title, stage_id=stage_id,
                                                  currency=currency, value_minor=value),
                                     now=created).id

        for title, value in (("=cmd|' /C calc'!A0", 150000), ("Second", 99), ("Third", 5)):
            new(title, stage["Lead"], value)
        won, lost = new("Closed won", stage["Lead"]), new("Closed lost", stage["Lead"])
        deals.move_deal(s, won, stage["Won"], closed_on=dt.date(2020, 2, 1), now=created)
        deals.move_deal(s, lost, stage["Lost"], closed_on=dt.date(2020, 2, 2), now=created)
        new("Flat 3", rentals.stages[0].id, 1, "UZS")
    database.dispose()
    return db_path


def test_deals_of_the_first_pipeline_all_statuses(deals_db: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "deals.csv"
    assert cli.main(["export", "deals", str(out), "--db", str(deals_db), "--json"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"Exported 5 deals to {out}"
    assert json.loads(lines[-1]) == {"count": 5, "path": str(out), "kind": "deals",
                                     "format": "csv"}
    text = out.read_bytes().decode("utf-8-sig")
    assert "\r\n'=cmd|' /C calc'!A0,," in text  # formula protection
    assert "Closed won" in text and "Closed lost" in text and "Flat 3" not in text


def test_deals_of_a_named_pipeline(deals_db: Path, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "rentals.xlsx"
    assert cli.main(["export", "deals", str(out), "--db", str(deals_db), "--pipeline",
                     "rentals", "--json"]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[-1])["count"] == 1
    rows = list(openpyxl.load_workbook(out).worksheets[0].iter_rows(values_only=True))
    assert [(r[0], r[5], r[6]) for r in rows[1:]] == [("Flat 3", 0.01, "UZS")]


@pytest.mark.parametrize(("args", "message"), [
    (["deals", "{tmp}/d.vcf"], "vCard files hold contacts only"),
    (["deals", "{tmp}/d.xlsx", "--pipeline", "Nope"],
     "there is no pipeline 'Nope'; there are 'Sales', 'Rentals'."),
    (["contacts", "{tmp}/c.xlsx", "--pipeline", "Sales"], "--pipeline chooses deals"),
    (["deals", "{tmp}/d.csv", "--tag", "VIP"], "--tag chooses contacts"),
])
def test_bad_deal_arguments_exit_2_and_write_nothing(
        deals_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        args: list[str], message: str) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    argv = ["export", *(a.format(tmp=out_dir) for a in args), "--db", str(deals_db)]
    assert cli.main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and err.startswith("rapport: ")
    assert list(out_dir.iterdir()) == []


def test_deals_without_any_pipeline_exit_2(db_path: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "d.xlsx"
    assert cli.main(["export", "deals", str(out), "--db", str(db_path)]) == 2
    assert "there are no pipelines" in capsys.readouterr().err and not out.exists()
