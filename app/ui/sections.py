"""The sections of the sidebar: stable keys, translatable titles, icons.

Nothing here touches a widget class or the ``Qt`` namespace, whose first use costs
milliseconds of enum building: the window shell is built from this before it is shown.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication

from ..messages import QT_TRANSLATE_NOOP

_CTX = "Sections"


class Section(NamedTuple):
    """One entry of the sidebar: a stable key (stored in settings) and translatable text."""

    key: str
    title: str
    blurb: str
    # The name of a QStyle.StandardPixmap, resolved when the icon is first drawn.
    icon: str

    def display_title(self) -> str:
        return QCoreApplication.translate(_CTX, self.title)

    def display_blurb(self) -> str:
        return QCoreApplication.translate(_CTX, self.blurb)


# In sidebar order; View > Ctrl+1 ... Ctrl+6 follow this order.
SECTIONS: tuple[Section, ...] = (
    Section(
        "contacts",
        QT_TRANSLATE_NOOP("Sections", "Contacts"),
        QT_TRANSLATE_NOOP(
            "Sections",
            "Every person and company, searchable as you type, with the whole history "
            "of each customer on one page.",
        ),
        "SP_DirHomeIcon",
    ),
    Section(
        "tasks",
        QT_TRANSLATE_NOOP("Sections", "Tasks"),
        QT_TRANSLATE_NOOP(
            "Sections", "Your follow-ups as an agenda: overdue, today, this week, later, done."
        ),
        "SP_FileDialogDetailedView",
    ),
    Section(
        "pipeline",
        QT_TRANSLATE_NOOP("Sections", "Pipeline"),
        QT_TRANSLATE_NOOP(
            "Sections",
            "Open deals on a board by stage, and a forecast of what the month will bring.",
        ),
        "SP_ArrowRight",
    ),
    Section(
        "loyalty",
        QT_TRANSLATE_NOOP("Sections", "Loyalty"),
        QT_TRANSLATE_NOOP(
            "Sections",
            "Purchases, points and tiers; who is new, loyal, growing, slipping or lapsed, "
            "and who to win back.",
        ),
        "SP_DialogYesButton",
    ),
    Section(
        "dashboard",
        QT_TRANSLATE_NOOP("Sections", "Dashboard"),
        QT_TRANSLATE_NOOP(
            "Sections",
            "Charts of new customers, retention, revenue and the pipeline, month by month.",
        ),
        "SP_FileDialogInfoView",
    ),
    Section(
        "import_export",
        QT_TRANSLATE_NOOP("Sections", "Import/Export"),
        QT_TRANSLATE_NOOP(
            "Sections", "Bring contacts in from Excel, CSV and vCard files, and take any list out."
        ),
        "SP_DialogSaveButton",
    ),
)

SECTION_KEYS = tuple(s.key for s in SECTIONS)


def section(key: str) -> Section:
    for candidate in SECTIONS:
        if candidate.key == key:
            return candidate
    raise KeyError(key)
