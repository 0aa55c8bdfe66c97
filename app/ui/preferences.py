"""Edit > Preferences: the settings declared in ``app.config.SETTINGS``."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from .i18n import LANGUAGES
from .settings import Settings

OWNER_MAX = 120


def region_choices(language: str) -> list[tuple[str, str]]:
    """(code, "Country name (CODE)") for every region phonenumbers knows, sorted by name.

    Names come from phonenumbers' own table, in ``language`` where it has them
    (Chinese and Russian among others) and in English otherwise.
    """
    import phonenumbers
    from phonenumbers.geodata.locale import LOCALE_DATA

    choices = []
    for code in phonenumbers.SUPPORTED_REGIONS:
        names = LOCALE_DATA.get(code, {})
        name = names.get(language) or names.get("aa") or code
        while name.startswith("*"):  # "*xx": same as the name in language xx
            name = names.get(name[1:]) or code
        choices.append((code, f"{name} ({code})"))
    return sorted(choices, key=lambda pair: pair[1].casefold())


class PreferencesDialog(QDialog):
    """Region for phone numbers, the user's name, and the interface language."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("PreferencesDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Preferences"))

        self.region = QComboBox()
        self.region.setObjectName("region")
        self.region.addItem(self.tr("Same as the computer's"), "")
        for code, label in region_choices(QLocale().name().split("_")[0]):
            self.region.addItem(label, code)
        self._select(self.region, settings.value("phone/default_region"))

        self.owner = QLineEdit(settings.owner_name)
        self.owner.setObjectName("owner")
        self.owner.setMaxLength(OWNER_MAX)
        self.owner.setPlaceholderText(self.tr("e.g. Dilnoza Karimova"))

        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem(self.tr("Same as the computer's"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self._select(self.language, settings.language)
        note = QLabel(self.tr("A new language applies the next time Rapport starts."))
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(mid);")

        for combo in (self.region, self.language):
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Phone numbers without + are from:"), self.region)
        form.addRow(self.tr("Your name:"), self.owner)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow("", note)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        index = combo.findData(value, Qt.ItemDataRole.UserRole)
        combo.setCurrentIndex(max(index, 0))

    def accept(self) -> None:
        self.settings.set_value("phone/default_region", str(self.region.currentData() or ""))
        self.settings.set_value("user/owner_name", " ".join(self.owner.text().split()))
        self.settings.set_value("ui/language", str(self.language.currentData() or ""))
        super().accept()
