"""The quick-log bar: a call, email, meeting... logged in a few keystrokes.

Channel first (typing its first letter picks it), direction, when (now unless
changed), subject, text, outcome, the deal it was about (offered only when the contact
has open deals) and an optional "follow up in N days", then Ctrl+Return. One unit
of work stores the interaction and its follow-up task; a ValidationError is shown in
the bar and nothing is written.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ..messages import UserMessageError
from ..services import deals, interactions, tasks
from ..services.interactions import InteractionInput
from .i18n import translated
from .labels import DIRECTIONS, LOGGED_CHANNELS
from .timeline_model import channel_text, direction_text

if TYPE_CHECKING:
    from ..db import Database
    from .changes import Changes
    from .settings import Settings

CHANNELS = LOGGED_CHANNELS  # the order the bar offers them
DEFAULT_FOLLOW_UP_DAYS = 3
ERROR_STYLE = "color: #c62828;"


class LetterCombo(QComboBox):
    """A combo where a typed letter picks the next item starting with it, every time.

    (QComboBox's own search joins keys typed within 400 ms into one word, so "c" then
    "e" quickly would find nothing; here each letter stands alone, and "c" again goes
    from Call to Chat and back.)
    """

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        text = event.text().casefold()
        plain = not event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier
                                          | Qt.KeyboardModifier.KeypadModifier)
        if plain and len(text) == 1 and text.isprintable() and not text.isspace():
            n = self.count()
            for step in range(1, n + 1):
                row = (self.currentIndex() + step) % n
                if self.itemText(row).casefold().startswith(text):
                    self.setCurrentIndex(row)
                    break
            event.accept()
            return
        super().keyPressEvent(event)


class WhenEdit(QDateTimeEdit):
    """A date-time edit that Tab leaves at once (arrow keys move between its parts),
    so that skipping the time, "now" unless changed, costs one key."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802 - Qt's names
        return QWidget.focusNextPrevChild(self, next)


class QuickLogBar(QWidget):
    """Logs an interaction with the contact given to ``set_contact``."""

    #: What was stored: an ``interactions.LoggedInteraction``.
    logged = Signal(object)

    def __init__(self, database: Database, settings: Settings, changes: Changes,
                 parent: QWidget | None = None, *, load_deals: bool = True) -> None:
        """``load_deals``: read the contact's open deals itself; False when the owner
        (the contact page, which lists the deals anyway) hands them to set_deal_choices."""
        super().__init__(parent)
        self.setObjectName("quick-log")
        self._load_own_deals = load_deals
        self._db = database
        self._settings = settings
        self._changes = changes
        self._contact_id: int | None = None
        self._time_edited = False  # untouched, "when" means the moment Log is pressed

        self.channel = LetterCombo()
        self.channel.setObjectName("quick-log-channel")
        for key in CHANNELS:
            self.channel.addItem(channel_text(key), key)
        self.direction = LetterCombo()
        self.direction.setObjectName("quick-log-direction")
        for key in DIRECTIONS:  # outbound first: the usual case
            self.direction.addItem(direction_text(key), key)
        self.when = WhenEdit()
        self.when.setObjectName("quick-log-when")
        self.when.setCalendarPopup(True)
        self.when.setToolTip(self.tr("When it happened, in local time"))
        self.subject = QLineEdit()
        self.subject.setObjectName("quick-log-subject")
        self.subject.setPlaceholderText(self.tr("Subject"))
        self.text = QPlainTextEdit()
        self.text.setObjectName("quick-log-text")
        self.text.setPlaceholderText(self.tr("What was said or done"))
        self.text.setTabChangesFocus(True)
        lines = self.text.fontMetrics().lineSpacing()
        self.text.setFixedHeight(2 * lines + 2 * int(self.text.document().documentMargin()) + 6)
        self.outcome = QLineEdit()
        self.outcome.setObjectName("quick-log-outcome")
        self.outcome.setPlaceholderText(self.tr("Outcome"))
        self.deal = QComboBox()
        self.deal.setObjectName("quick-log-deal")
        self.deal.setToolTip(self.tr("The deal this was about"))
        self.deal.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.deal.setMinimumContentsLength(14)
        self.deal.hide()
        self.follow_up = QCheckBox(self.tr("Follow up in"))
        self.follow_up.setObjectName("quick-log-follow-up")
        self.follow_up_days = QSpinBox()
        self.follow_up_days.setObjectName("quick-log-follow-up-days")
        self.follow_up_days.setRange(0, interactions.MAX_FOLLOW_UP_DAYS)
        self.follow_up_days.setValue(DEFAULT_FOLLOW_UP_DAYS)
        self.follow_up_days.setSuffix(self.tr(" days"))
        self.follow_up_days.setEnabled(False)
        self.follow_up.toggled.connect(self.follow_up_days.setEnabled)
        self.log_button = QPushButton(self.tr("Log"))
        self.log_button.setObjectName("quick-log-button")
        self.log_button.setToolTip(self.tr("Log it (Ctrl+Return)"))
        self.log_button.clicked.connect(self.log)
        self.error = QLabel()
        self.error.setObjectName("quick-log-error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()

        shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.log)
        enter = QShortcut(QKeySequence("Ctrl+Enter"), self)
        enter.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        enter.activated.connect(self.log)
        self.when.dateTimeChanged.connect(self._on_time_changed)
        for edit in (self.subject, self.outcome):
            edit.textEdited.connect(lambda _text: self._clear_error())
        self.text.textChanged.connect(self._clear_error)
        if load_deals:
            changes.dealsChanged.connect(lambda _stages: self._load_deals())

        self._layout()
        self._reset_time()

    def _layout(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        for widget in (self.channel, self.direction, self.when):
            top.addWidget(widget)
        top.addWidget(self.subject, 1)
        top.addWidget(self.outcome)
        top.addWidget(self.deal)
        grid.addLayout(top, 0, 0, 1, 2)
        grid.addWidget(self.text, 1, 0)
        side = QHBoxLayout()
        side.addWidget(self.follow_up)
        side.addWidget(self.follow_up_days)
        side.addWidget(self.log_button)
        grid.addLayout(side, 1, 1, Qt.AlignmentFlag.AlignBottom)
        grid.addWidget(self.error, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        order = (self.channel, self.direction, self.when, self.subject, self.text,
                 self.outcome, self.deal, self.follow_up, self.follow_up_days, self.log_button)
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # Public ---------------------------------------------------------------------------
    @property
    def contact_id(self) -> int | None:
        return self._contact_id

    def set_contact(self, contact_id: int | None) -> None:
        """Log for this contact from now on; clears what was typed for another one."""
        if contact_id != self._contact_id:
            self._clear_fields()
        changed = contact_id != self._contact_id
        self._contact_id = contact_id
        self._load_deals(keep=not changed)
        self._clear_error()
        self.setEnabled(contact_id is not None)

    def focus_channel(self) -> None:
        self.channel.setFocus(Qt.FocusReason.OtherFocusReason)

    def log(self) -> None:
        """Store what the bar shows (Log button, Ctrl+Return)."""
        if self._contact_id is None or not self.isEnabled():
            return
        days = self.follow_up_days.value() if self.follow_up.isChecked() else None
        channel = self.channel.currentData()
        subject = self.subject.text()
        data = InteractionInput(
            contact_id=self._contact_id,
            channel=channel,
            direction=self.direction.currentData(),
            occurred_at=self._moment(),
            subject=subject,
            body=self.text.toPlainText(),
            outcome=self.outcome.text(),
            follow_up_days=days,
            follow_up_title=self._follow_up_title(channel, subject) if days is not None else None,
            owner=self._settings.owner_name or None,
            deal_id=self.deal.currentData() if self.deal.isVisibleTo(self) else None,
        )
        try:
            with self._db.session_scope() as session:
                result = interactions.log_interaction(session, data, today=dt.date.today())
        except UserMessageError as exc:  # ValidationError, or the contact is gone
            self._show_error(exc)
            return
        self._clear_fields()
        self._changes.interactionsChanged.emit(result.interaction.contact_id)
        if result.follow_up is not None:
            self._changes.tasksChanged.emit()
        self.logged.emit(result)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        if not self._time_edited:  # "now" should read now, not when the bar was built
            self._reset_time()
        super().showEvent(event)

    # Helpers --------------------------------------------------------------------------
    def _moment(self) -> dt.datetime:
        """The aware UTC moment "when" means (now, if the user left it alone)."""
        if not self._time_edited:
            return dt.datetime.now(dt.UTC)
        seconds = self.when.dateTime().toSecsSinceEpoch()
        return dt.datetime.fromtimestamp(seconds, dt.UTC)

    def _follow_up_title(self, channel: str, subject: str) -> str:
        subject = " ".join(subject.split())
        if subject:
            title = self.tr("Follow up: {subject}").format(subject=subject)
        else:
            title = self.tr("Follow up: {channel}").format(channel=channel_text(channel))
        limit = tasks.LIMITS["title"]
        return title if len(title) <= limit else title[: limit - 1] + "…"

    def _load_deals(self, *, keep: bool = True) -> None:
        if not self._load_own_deals:
            if not keep:
                self.set_deal_choices([], keep=False)
            return
        found: list[tuple[int, str]] = []
        if self._contact_id is not None:
            with self._db.session_scope() as session:
                found = deals.open_deal_choices(session, self._contact_id)
        self.set_deal_choices(found, keep=keep)

    def set_deal_choices(self, found: list[tuple[int, str]], *, keep: bool = True) -> None:
        """Offer these (id, title) open deals of the contact (the combo hides when there
        are none), keeping the one chosen if it is still offered."""
        chosen = self.deal.currentData() if keep else None
        self.deal.clear()
        self.deal.addItem(self.tr("No deal"), None)
        for deal_id, title in found:
            self.deal.addItem(title, deal_id)
            self.deal.setItemData(self.deal.count() - 1, title, Qt.ItemDataRole.ToolTipRole)
        self.deal.setCurrentIndex(max(0, self.deal.findData(chosen)) if chosen else 0)
        self.deal.setVisible(bool(found))

    def _on_time_changed(self, _value: QDateTime) -> None:
        if not self.when.signalsBlocked():
            self._time_edited = True

    def _reset_time(self) -> None:
        self.when.blockSignals(True)
        self.when.setDateTime(QDateTime.currentDateTime())
        self.when.blockSignals(False)
        self._time_edited = False

    def _clear_fields(self) -> None:
        self.subject.clear()
        self.text.blockSignals(True)
        self.text.clear()
        self.text.blockSignals(False)
        self.outcome.clear()
        self.follow_up.setChecked(False)
        self._reset_time()

    def _show_error(self, exc: UserMessageError) -> None:
        message = translated(exc)
        fields = {
            "channel": (self.channel, self.tr("Channel")),
            "direction": (self.direction, self.tr("Direction")),
            "occurred_at": (self.when, self.tr("When")),
            "subject": (self.subject, self.tr("Subject")),
            "body": (self.text, self.tr("Text")),
            "outcome": (self.outcome, self.tr("Outcome")),
            "follow_up_days": (self.follow_up_days, self.tr("Follow up")),
            "deal_id": (self.deal, self.tr("Deal")),
        }
        found = fields.get(getattr(exc, "field", None) or "")
        if found is not None:
            widget, name = found
            message = self.tr("{field}: {message}").format(field=name, message=message)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self.error.setText(message)
        self.error.show()

    def _clear_error(self) -> None:
        if not self.error.isHidden():
            self.error.clear()
            self.error.hide()
