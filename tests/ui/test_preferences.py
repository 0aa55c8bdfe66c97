"""Edit > Preferences: the region for phone numbers, the user's name, the language."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.ui.preferences import OWNER_MAX, PreferencesDialog
from app.ui.settings import Settings


def test_choices_are_saved_announced_and_shown_again(qtbot, settings: Settings):
    changed: list[str] = []
    settings.changed.connect(changed.append)
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.region.setCurrentIndex(dialog.region.findData("UZ"))
    assert dialog.region.currentText() == "Uzbekistan (UZ)"
    qtbot.keyClicks(dialog.owner, "  Dilnoza   Karimova ")
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    dialog.accept()

    assert settings.value("phone/default_region") == "UZ"
    assert settings.phone_region == "UZ"
    assert settings.owner_name == "Dilnoza Karimova"
    assert settings.language == "ru"
    assert sorted(changed) == ["phone/default_region", "ui/language", "user/owner_name"]

    reread = Settings(settings.path)  # what the next start of Rapport reads from disk
    again = PreferencesDialog(reread)
    qtbot.addWidget(again)
    assert again.region.currentData() == "UZ"
    assert again.owner.text() == "Dilnoza Karimova"
    assert again.language.currentData() == "ru"


def test_cancel_changes_nothing(qtbot, settings: Settings):
    changed: list[str] = []
    settings.changed.connect(changed.append)
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.region.setCurrentIndex(dialog.region.findData("DE"))
    qtbot.keyClicks(dialog.owner, "Someone")
    dialog.reject()
    assert changed == []
    assert settings.value("phone/default_region") == ""
    assert settings.owner_name == ""


def test_an_over_long_name_is_cut_at_the_limit(qtbot, settings: Settings):
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.owner.setFocus()
    dialog.owner.insert("Ж" * (OWNER_MAX + 50))  # as a paste does
    qtbot.keyClick(dialog.owner, Qt.Key.Key_Return)  # Enter is OK
    assert settings.owner_name == "Ж" * OWNER_MAX


def test_without_a_choice_the_computers_region_is_used(qtbot, settings: Settings, monkeypatch):
    monkeypatch.setenv("RAPPORT_REGION", "ru")
    assert settings.value("phone/default_region") == ""
    assert settings.phone_region == "RU"


def test_every_language_is_offered_in_its_own_name(qtbot, settings: Settings):
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    offered = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert offered[1:] == ["English", "中文（简体）", "Русский", "Oʻzbekcha"]


def test_preferences_open_from_the_edit_menu(start_rapport, tmp_path, qtbot):
    window = start_rapport(tmp_path / "db.sqlite3").window
    window.preferences_action.trigger()
    dialog = window.findChild(PreferencesDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_country_names_follow_the_interface_language(qtbot, settings: Settings, qapp):
    from app.ui.i18n import install_translators

    install_translators(qapp, "ru")
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.region.itemText(dialog.region.findData("UZ")) == "Узбекистан (UZ)"
    assert dialog.region.itemText(dialog.region.findData("DE")) == "Германия (DE)"
