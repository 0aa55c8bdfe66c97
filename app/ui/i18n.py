"""Interface languages: Rapport's own translations plus Qt's for its standard dialogs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..messages import UserMessageError

TRANSLATIONS_DIR = Path(__file__).resolve().parents[2] / "resources" / "translations"

# The languages the interface ships in: code -> name in that language (never translated,
# so that a person who cannot read the current language still finds their own).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "zh_CN": "中文（简体）",
    "ru": "Русский",
    "uz": "Oʻzbekcha",
}

_installed: list[QTranslator] = []


def ui_locale(language: str) -> QLocale:
    """The locale for a language setting; empty means the system's."""
    return QLocale(language) if language else QLocale.system()


def install_translators(app: QCoreApplication, language: str) -> QLocale:
    """Load Rapport's and Qt's translations for ``language`` (or the system's)."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    locale = ui_locale(language)
    QLocale.setDefault(locale)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase", qt_dir), ("rapport", str(TRANSLATIONS_DIR))):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            _installed.append(translator)
    return locale


def translated(err: BaseException) -> str:
    """The message of an error in the interface language, when it carries a template."""
    if isinstance(err, UserMessageError):
        template = QCoreApplication.translate(err.context, err.template)
        try:
            return template.format(**err.params)
        except (KeyError, IndexError, ValueError):
            return str(err)  # a translation that broke a placeholder: fall back to English
    return str(err)
