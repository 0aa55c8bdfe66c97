"""User preferences and window state, kept in one INI file in the per-user data folder.

The preferences themselves are declared in ``app.config.SETTINGS`` (key, default,
description); this wrapper stores them with QSettings and announces each change with
``changed(key)``. An INI file beside the database, rather than the platform's
registry, keeps a profile in one folder: tests point $RAPPORT_DATA_DIR at a temporary
folder and get a clean profile, and a user can copy the folder to another machine.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

from .. import config

SETTINGS_FILENAME = "settings.ini"


class Settings(QObject):
    """Typed access to the preferences and to the window's saved state."""

    changed = Signal(str)

    def __init__(self, path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path or config.data_dir() / SETTINGS_FILENAME
        self._store = QSettings(str(self.path), QSettings.Format.IniFormat)

    # Preferences declared in app.config.SETTINGS -------------------------------------
    def value(self, key: str) -> str:
        default = config.setting_default(key)
        raw = self._store.value(key, default)
        return "" if raw is None else str(raw)

    def set_value(self, key: str, value: str) -> None:
        config.setting_default(key)  # raises KeyError for an undeclared key
        if self.value(key) == value:
            return
        self._store.setValue(key, value)
        self._store.sync()
        self.changed.emit(key)

    @property
    def phone_region(self) -> str | None:
        """The country assumed for phone numbers typed without +, or the system's."""
        return self.value("phone/default_region") or config.system_region()

    @property
    def language(self) -> str:
        return self.value("ui/language")

    @property
    def owner_name(self) -> str:
        return self.value("user/owner_name")

    # Window state (not preferences: never shown in the Preferences dialog) ------------
    def window_bytes(self, name: str) -> QByteArray | None:
        raw = self._store.value(f"window/{name}")
        return raw if isinstance(raw, QByteArray) and not raw.isEmpty() else None

    def set_window_bytes(self, name: str, data: QByteArray) -> None:
        self._store.setValue(f"window/{name}", data)

    def window_text(self, name: str) -> str:
        raw = self._store.value(f"window/{name}", "")
        return raw if isinstance(raw, str) else ""

    def set_window_text(self, name: str, text: str) -> None:
        self._store.setValue(f"window/{name}", text)

    def sync(self) -> None:
        self._store.sync()
