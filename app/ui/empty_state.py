"""The place of a section before the database is open: what it holds, and that it opens."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QSizePolicy, QStyle, QVBoxLayout, QWidget

from .sections import Section


def section_icon(widget: QWidget, spec: Section):  # -> QIcon
    return widget.style().standardIcon(getattr(QStyle.StandardPixmap, spec.icon))


class EmptyState(QWidget):
    """A centred icon, title and text: what a section holds, while the database opens."""

    def __init__(self, spec: Section, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"empty-{spec.key}")
        icon = QLabel()
        icon.setPixmap(section_icon(self, spec).pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.title = QLabel(spec.display_title())
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.badge = QLabel(self.tr("Opening the database…"))
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.badge.setStyleSheet("color: palette(dark); font-weight: bold;")

        self.text = QLabel(spec.display_blurb())
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setMaximumWidth(480)
        self.text.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (icon, self.title, self.badge):
            layout.addWidget(widget)
        layout.addWidget(self.text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
