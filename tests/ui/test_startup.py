"""Start-up as `python main.py` runs it: the default database, and files it must refuse.

Each bad file gets a dialog that says what is wrong, exit code 2, no main window,
and the file is byte for byte what it was.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.cli import main
from app.db import open_database
from app.ui.main_window import MainWindow


def _main_windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and w.isVisible()]


def test_first_run_creates_the_default_database_and_shows_the_window(
    qapp, profile: Path, monkeypatch, capsys, dialogs
):
    data = profile / "fresh"  # the per-user folder does not exist yet on a new machine
    monkeypatch.setenv("RAPPORT_DATA_DIR", str(data))
    monkeypatch.setenv("RAPPORT_STARTUP_PROBE", "1")  # quit once the database is ready
    assert main([]) == 0
    assert capsys.readouterr().out.split() == ["shown", "ready"]
    assert (data / "rapport.sqlite3").is_file()
    assert (data / "settings.ini").is_file()  # window state saved on close
    assert dialogs == [] and _main_windows() == []


def test_db_option_opens_another_file(qapp, profile: Path, tmp_path, monkeypatch, capsys):
    other = tmp_path / "elsewhere.sqlite3"
    monkeypatch.setenv("RAPPORT_STARTUP_PROBE", "1")
    assert main(["--db", str(other)]) == 0
    assert other.is_file()
    assert not (profile / "rapport.sqlite3").exists()


def _refused(path: Path, dialogs, expected: str) -> None:
    kind, title, text = dialogs[-1]
    assert kind == "critical"
    assert title == "Rapport cannot open the database"
    assert expected in text and "Nothing was changed" in text
    assert _main_windows() == []


def test_a_text_file_is_refused_and_left_alone(qapp, profile, tmp_path, dialogs):
    path = tmp_path / "notes.sqlite3"
    path.write_text("Call Aziza about the invoice\n" * 100, encoding="utf-8")
    before = path.read_bytes()
    assert main(["--db", str(path)]) == 2
    _refused(path, dialogs, "not an SQLite file")
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite3", "profile"]


def test_a_read_only_database_is_refused_and_left_alone(qapp, profile, tmp_path, dialogs):
    path = tmp_path / "locked.sqlite3"
    open_database(str(path)).dispose()
    path.chmod(0o444)
    before = path.read_bytes()
    try:
        assert main(["--db", str(path)]) == 2
    finally:
        path.chmod(0o644)
    _refused(path, dialogs, "read-only")
    assert path.read_bytes() == before


def test_a_missing_folder_is_reported_not_created(qapp, profile, tmp_path, dialogs):
    path = tmp_path / "no" / "such" / "folder" / "crm.sqlite3"
    assert main(["--db", str(path)]) == 2
    _refused(path, dialogs, "does not exist")
    assert not (tmp_path / "no").exists()


def test_a_damaged_database_is_reported_after_the_window_opened(qapp, profile, tmp_path, dialogs):
    path = tmp_path / "damaged.sqlite3"
    open_database(str(path)).dispose()
    data = bytearray(path.read_bytes())
    data[100:] = b"\xde\xad\xbe\xef" * ((len(data) - 100) // 4)  # header kept, pages gone
    path.write_bytes(bytes(data))
    assert main(["--db", str(path)]) == 2
    _refused(path, dialogs, "cannot open")
    assert path.read_bytes() == bytes(data)
    assert list(tmp_path.glob("damaged.backup-*")) == []


def test_another_programs_sqlite_database_is_refused(qapp, profile, tmp_path, dialogs):
    path = tmp_path / "firefox-places.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
        conn.execute("INSERT INTO moz_places (url) VALUES ('https://example.com')")
    conn.close()
    before = path.read_bytes()
    assert main(["--db", str(path)]) == 2
    _refused(path, dialogs, "another program")
    assert path.read_bytes() == before


def test_a_database_from_a_newer_rapport_is_refused(qapp, profile, tmp_path, dialogs):
    path = tmp_path / "future.sqlite3"
    open_database(str(path)).dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    conn.close()
    before = path.read_bytes()
    assert main(["--db", str(path)]) == 2
    _refused(path, dialogs, "newer version of Rapport")
    assert path.read_bytes() == before


def test_the_refusal_speaks_the_chosen_language(qapp, profile, settings, tmp_path, dialogs):
    from app.ui.i18n import install_translators

    path = tmp_path / "notes.sqlite3"
    path.write_text("not a database", encoding="utf-8")
    settings.set_value("ui/language", "ru")
    try:
        assert main(["--db", str(path)]) == 2
    finally:
        install_translators(qapp, "en")
    kind, title, text = dialogs[-1]
    assert title != "Rapport cannot open the database"
    assert str(path) in text and "SQLite" in text and "not a Rapport database" not in text


def test_a_database_in_memory_is_refused(qapp, profile, dialogs):
    # Each thread would see its own empty database and nothing would be kept.
    assert main(["--db", "sqlite://"]) == 2
    assert "in memory" in dialogs[-1][2]
    assert main(["--db", ":memory:"]) == 2
    assert not Path(":memory:").exists()


def test_quit_closes_the_window_and_ends_the_app(qapp, profile, tmp_path, dialogs):
    from PySide6.QtCore import QTimer

    def quit_when_shown() -> None:
        windows = _main_windows()
        if windows and windows[0].database is not None:
            windows[0].quit_action.trigger()  # File > Quit (Ctrl+Q)
        else:
            QTimer.singleShot(20, quit_when_shown)

    QTimer.singleShot(20, quit_when_shown)
    assert main(["--db", str(tmp_path / "crm.sqlite3")]) == 0
    assert _main_windows() == [] and dialogs == []
    assert (profile / "settings.ini").is_file()  # the window kept its state
