"""Fixtures for window tests: a private profile folder, settings and a started window."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from app.ui.app import Rapport
from app.ui.i18n import install_translators
from app.ui.settings import Settings
from app.ui.workers import wait_for_all


@pytest.fixture(autouse=True)
def _english_after_each_test(qapp) -> Iterator[None]:
    """Every test starts in English (with its plural forms), whatever ran before."""
    install_translators(qapp, "en")
    yield
    install_translators(qapp, "en")


@pytest.fixture
def profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A per-test data folder, so no test reads or writes the user's real one."""
    folder = tmp_path / "profile"
    folder.mkdir()
    monkeypatch.setenv("RAPPORT_DATA_DIR", str(folder))
    monkeypatch.delenv("RAPPORT_DB", raising=False)
    return folder


@pytest.fixture
def settings(profile: Path) -> Settings:
    return Settings(profile / "settings.ini")


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """Message boxes shown, as (kind, title, text), instead of blocking the test."""
    shown: list[tuple[str, str, str]] = []

    def recorder(kind: str) -> Callable[..., QMessageBox.StandardButton]:
        def show(_parent: object, title: str, text: str, *args: object) -> object:
            shown.append((kind, title, text))
            return QMessageBox.StandardButton.Ok

        return show

    for kind in ("critical", "warning", "information", "about"):
        monkeypatch.setattr(QMessageBox, kind, recorder(kind))
    return shown


@pytest.fixture
def start_rapport(qtbot, settings: Settings) -> Iterator[Callable[[Path], Rapport]]:
    """Start a window on a database file and wait until the database is open."""
    started: list[Rapport] = []

    def start(db_path: Path) -> Rapport:
        rapport = Rapport(settings, str(db_path))
        started.append(rapport)
        assert rapport.precheck()
        with qtbot.waitSignal(rapport.databaseReady, timeout=20_000):
            window = rapport.start()
            qtbot.addWidget(window)
        return rapport

    yield start
    for rapport in started:
        if rapport.window is not None and rapport.window.isVisible():
            rapport.window.close()
        rapport.shutdown()
    wait_for_all()
