"""What to ask before acting on a whole list: the follow-ups' title and due day, the
campaign's channel, subject and text.

``ask_follow_up`` and ``ask_campaign`` show a small modal dialog and return the answer,
or None when cancelled. The list dialog calls them through attributes, so tests put
their own answers there instead.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..services import interactions, tasks
from .labels import CHANNELS, LOGGED_CHANNELS, label

FOLLOW_UP_DAYS = 7


def _day(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class FollowUpAsk(QDialog):
    """The title and due day of a follow-up for each contact of a list."""

    def __init__(self, count: int, default_title: str, today: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("follow-up-ask")
        self.setWindowTitle(self.tr("Create follow-ups"))
        text = QLabel(self.tr(
            "A follow-up task for each of the %n contact(s) of this list, assigned to the "
            "contact’s owner.", "", count))
        text.setWordWrap(True)
        self.title = QLineEdit(default_title)
        self.title.setMaxLength(tasks.LIMITS["title"])
        self.due = QDateEdit()
        self.due.setCalendarPopup(True)
        start = today + dt.timedelta(days=FOLLOW_UP_DAYS)
        self.due.setDate(QDate(start.year, start.month, start.day))
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Due:"), self.due)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Create %n task(s)", "", count))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.title.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self._check()

    def _check(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.title.text().strip()))

    def answer(self) -> tuple[str, dt.date]:
        return self.title.text().strip(), _day(self.due.date())


class CampaignAsk(QDialog):
    """The channel, subject and text of a campaign logged on each contact of a list."""

    def __init__(self, count: int, default_subject: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("campaign-ask")
        self.setWindowTitle(self.tr("Log campaign"))
        text = QLabel(self.tr(
            "An outbound interaction is logged now on each of the %n contact(s) of this "
            "list, and becomes their last contact.", "", count))
        text.setWordWrap(True)
        self.channel = QComboBox()
        for key in LOGGED_CHANNELS:
            self.channel.addItem(label(CHANNELS, key), key)
        self.channel.setCurrentIndex(max(0, self.channel.findData("email")))
        self.subject = QLineEdit(default_subject)
        self.subject.setMaxLength(interactions.LIMITS["subject"])
        self.body = QPlainTextEdit()
        self.body.setPlaceholderText(self.tr("What was sent (optional)"))
        self.body.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(self.tr("&Channel:"), self.channel)
        form.addRow(self.tr("&Subject:"), self.subject)
        form.addRow(self.tr("&Text:"), self.body)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Log on %n contact(s)", "", count))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.subject.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self._check()

    def _check(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.subject.text().strip()))

    def answer(self) -> tuple[str, str, str | None]:
        body = self.body.toPlainText().strip() or None
        return str(self.channel.currentData()), self.subject.text().strip(), body


def ask_follow_up(parent: QWidget, count: int, default_title: str,
                  today: dt.date) -> tuple[str, dt.date] | None:
    dialog = FollowUpAsk(count, default_title, today, parent)
    try:
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def ask_campaign(parent: QWidget, count: int,
                 default_subject: str) -> tuple[str, str, str | None] | None:
    dialog = CampaignAsk(count, default_subject, parent)
    try:
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
