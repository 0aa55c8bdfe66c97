"""What closing a deal asks: the close date and, for Lost, why.

``ask_closing`` is called by the board when a card is dropped on a Won or Lost stage,
and by the deal form when its stage is changed to one. The list of lost reasons can be
extended on the spot ("Add reason…"): the new reason is stored at once, in a unit of
work of its own, so it stays in the list even if this closing is cancelled. A blank or
taken name shows the service's message and stores nothing.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from ..models.enums import StageKind
from ..services import pipeline
from ..services.errors import ServiceError
from .deal_commands import Closing
from .i18n import translated

if TYPE_CHECKING:
    from ..db import Database
    from ..services.pipeline import StageInfo

ERROR_STYLE = "color: #c62828;"


class ClosingDialog(QDialog):
    """Close date (and lost reason) for a move to ``stage``; ``closing()`` after OK."""

    def __init__(self, parent: QWidget | None, database: Database, stage: StageInfo, *,
                 default_date: dt.date) -> None:
        super().__init__(parent)
        self.setObjectName("closing-dialog")
        self._db, self._stage = database, stage
        lost = stage.kind is StageKind.LOST
        self.setWindowTitle(self.tr("Deal Lost") if lost else self.tr("Deal Won"))
        self.date = QDateEdit(QDate(default_date.year, default_date.month, default_date.day))
        self.date.setObjectName("closing-date")
        self.date.setCalendarPopup(True)
        intro = QLabel(self.tr("Moving the deal to “{stage}” closes it.").format(
            stage=stage.name))
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Closed on:"), self.date)

        self.reason = QComboBox()
        self.reason.setObjectName("closing-reason")
        self.add_button = QPushButton(self.tr("Add reason…"))
        self.add_button.setObjectName("closing-add-reason")
        self.add_button.setAutoDefault(False)
        self.new_reason = QLineEdit()
        self.new_reason.setObjectName("closing-new-reason")
        self.new_reason.setPlaceholderText(self.tr("A new reason"))
        self.save_reason = QPushButton(self.tr("Add"))
        self.save_reason.setObjectName("closing-save-reason")
        self.save_reason.setAutoDefault(False)
        self.error = QLabel()
        self.error.setObjectName("closing-error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        if lost:
            choice = QHBoxLayout()
            choice.setContentsMargins(0, 0, 0, 0)
            choice.addWidget(self.reason, 1)
            choice.addWidget(self.add_button)
            self.adding = QWidget()
            adding = QHBoxLayout(self.adding)
            adding.setContentsMargins(0, 0, 0, 0)
            adding.addWidget(self.new_reason, 1)
            adding.addWidget(self.save_reason)
            self.adding.hide()
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addLayout(choice)
            column.addWidget(self.adding)
            column.addWidget(self.error)
            reason_label = QLabel(self.tr("&Reason:"))
            reason_label.setBuddy(self.reason)
            form.addRow(reason_label, column)
            self.add_button.clicked.connect(self._start_adding)
            self.save_reason.clicked.connect(self.add_reason)
            self.new_reason.textEdited.connect(lambda _text: self.error.hide())
            self.new_reason.installEventFilter(self)
            self._fill_reasons(None)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)

    def _fill_reasons(self, selected: int | None) -> None:
        with self._db.session_scope() as session:
            reasons = pipeline.lost_reasons(session)
        self.reason.clear()
        self.reason.addItem(self.tr("No reason given"), None)
        for reason in reasons:
            self.reason.addItem(reason.name, reason.id)
        self.reason.setCurrentIndex(max(0, self.reason.findData(selected)))

    def _start_adding(self) -> None:
        self.adding.show()
        self.new_reason.setFocus(Qt.FocusReason.OtherFocusReason)

    def add_reason(self) -> None:
        """Store the typed reason and choose it; a blank or taken name is refused."""
        self.error.hide()
        try:
            with self._db.session_scope() as session:
                reason = pipeline.add_lost_reason(session, self.new_reason.text())
        except (ServiceError, SQLAlchemyError) as err:
            self.error.setText(translated(err))
            self.error.show()
            self.new_reason.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._fill_reasons(reason.id)
        self.new_reason.clear()
        self.adding.hide()
        self.reason.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # Enter in the new reason's field adds the reason rather than closing the dialog.
        if (watched is self.new_reason and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.add_reason()
            return True
        return super().eventFilter(watched, event)

    def closing(self) -> Closing:
        day = self.date.date()
        reason = self.reason.currentData() if self._stage.kind is StageKind.LOST else None
        return Closing(closed_on=dt.date(day.year(), day.month(), day.day()),
                       lost_reason_id=None if reason is None else int(reason))


def ask_closing(parent: QWidget, database: Database, stage: StageInfo, *,
                default_date: dt.date) -> Closing | None:
    """Ask for the close date (and, for a Lost stage, the reason); None on Cancel."""
    dialog = ClosingDialog(parent, database, stage, default_date=default_date)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.closing()
    finally:
        dialog.deleteLater()
