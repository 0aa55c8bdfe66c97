"""The command line: help, demo, stats, backup, and bad databases refused cleanly."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app import cli

REPO = Path(__file__).resolve().parents[2]


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """main.py in a child process, as a user runs it."""
    return subprocess.run(
        [sys.executable, str(REPO / "main.py"), *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
        check=False,
    )


def test_help_lists_the_commands() -> None:
    result = run("--help")
    assert result.returncode == 0
    for command in ("demo", "stats", "backup", "--db"):
        assert command in result.stdout


def test_demo_then_stats(tmp_path: Path) -> None:
    db = tmp_path / "crm.sqlite3"
    result = run("demo", "--contacts", "200", "--interactions", "1500", "--db", str(db),
                 "--quiet", "--today", "2026-11-24")
    assert result.returncode == 0, result.stderr
    assert "rows/s" in result.stdout
    stats = run("stats", env={"RAPPORT_DB": str(db)})
    assert stats.returncode == 0, stats.stderr
    counts = {
        parts[0]: int(parts[1].replace(",", ""))
        for line in stats.stdout.splitlines()[1:]
        if len(parts := line.split()) == 2
    }
    assert counts["contacts"] == 200
    assert counts["interactions"] == 1500
    assert counts["companies"] == 10
    assert counts["tasks"] == 40


def test_db_option_wins_over_environment(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    chosen, other = tmp_path / "chosen.sqlite3", tmp_path / "other.sqlite3"
    monkeypatch.setenv("RAPPORT_DB", str(other))
    assert cli.main(["--db", str(chosen), "stats"]) == 0
    assert chosen.exists() and not other.exists()
    assert str(chosen) in capsys.readouterr().out


def test_default_database_lives_in_the_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("RAPPORT_DB", raising=False)
    monkeypatch.setenv("RAPPORT_DATA_DIR", str(tmp_path / "data"))
    assert cli.main(["demo", "--contacts", "5", "--quiet"]) == 0
    assert (tmp_path / "data" / "rapport.sqlite3").exists()


def _bad_files(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    text_file = tmp_path / "notes.sqlite3"
    text_file.write_text("name,email\nAziz,aziz@example.com\n")
    read_only = tmp_path / "ro.sqlite3"
    conn = sqlite3.connect(read_only)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    read_only.chmod(0o444)
    corrupt = tmp_path / "corrupt.sqlite3"
    corrupt.write_bytes(b"SQLite format 3\x00" + os.urandom(4096))
    return {
        "not sqlite": (text_file, "not an SQLite file"),
        "read-only": (read_only, "read-only"),
        "missing folder": (tmp_path / "nowhere" / "crm.sqlite3", "does not exist"),
        "corrupt": (corrupt, "cannot open"),
    }


@pytest.mark.parametrize("case", ["not sqlite", "read-only", "missing folder", "corrupt"])
@pytest.mark.parametrize("command", [["stats"], ["demo", "--contacts", "3"]])
def test_bad_database_is_refused_and_left_alone(tmp_path: Path, case: str,
                                                command: list[str]) -> None:
    path, message = _bad_files(tmp_path)[case]
    before = path.read_bytes() if path.exists() else None
    result = run(*command, "--db", str(path))
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert (path.read_bytes() if path.exists() else None) == before
    assert not path.parent.exists() or not list(path.parent.glob(path.name + "-*"))


def test_bad_numbers_are_refused_by_argparse(tmp_path: Path) -> None:
    result = run("demo", "--contacts", "lots", "--db", str(tmp_path / "x.sqlite3"))
    assert result.returncode == 2
    assert "not a whole number" in result.stderr
    assert not (tmp_path / "x.sqlite3").exists()


def test_backup_writes_a_consistent_copy(tmp_path: Path) -> None:
    db = tmp_path / "crm.sqlite3"
    assert cli.main(["demo", "--db", str(db), "--contacts", "30", "--quiet"]) == 0
    dest = tmp_path / "copy.sqlite3"
    assert cli.main(["backup", "--db", str(db), str(dest)]) == 0
    conn = sqlite3.connect(dest)
    assert conn.execute("SELECT count(*) FROM contacts").fetchone() == (30,)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
    # A second backup to the same place does not overwrite the first.
    assert cli.main(["backup", "--db", str(db), str(dest)]) == 2


@pytest.mark.parametrize(("argv", "expected"), [
    ([], None),
    (["--db", "elsewhere.sqlite3"], "elsewhere.sqlite3"),
    (["--db=elsewhere.sqlite3"], "elsewhere.sqlite3"),
])
def test_no_command_opens_the_window_on_the_chosen_database(monkeypatch, tmp_path, argv,
                                                             expected):
    import app.ui.app as gui
    from app import cli, config

    monkeypatch.chdir(tmp_path)
    opened: list[str] = []
    monkeypatch.setattr(gui, "run_gui", lambda target: opened.append(target) or 0)
    assert cli.main(argv) == 0
    assert opened == [config.resolve_db_target(expected)]


def test_a_command_or_help_is_not_taken_for_the_window(monkeypatch, capsys):
    import app.ui.app as gui
    from app import cli

    monkeypatch.setattr(gui, "run_gui", lambda target: pytest.fail("window opened"))
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    assert "import" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        cli.main(["--db", "--version"])  # an option where the file should be: an error
