"""The "Deals" block of the contact and company pages: their deals, and a New deal button.

A person or a company has a handful of deals, so the block reads them all in one unit
of work (``deals.deals_of_contact`` / ``deals_of_company``: open ones first, by expected
close) and shows them in a plain list, two lines a deal (it sits in the narrow side
column of the contact page). Double-click or Enter on a row opens the
deal form; "New deal…" opens it with the contact or company chosen. The block reloads
on ``Changes.dealsChanged`` while visible, or when next shown.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ..messages import UserMessageError
from ..models.enums import StageKind
from ..services import deals
from ..services.deals import DealRecord
from .deal_dialog import DealDialog
from .deal_fields import DEAL_STATUSES, day_text, status_text
from .i18n import translated
from .labels import label
from .money_text import format_money

if TYPE_CHECKING:
    from ..db import Database
    from .changes import Changes
    from .settings import Settings

DealIdRole = Qt.ItemDataRole.UserRole + 1
OVERDUE = QColor("#c62828")
LOST_INK = QColor("#757575")
TEXT_MARGIN = 4  # pixels left and right of a deal's text
# Pixels added to each line: a fallback font (Chinese in a Latin title) stands taller.
LINE_EXTRA = 3


class TwoLineDelegate(QStyledItemDelegate):
    """Paints an item's text as two lines, each elided to the width on its own (Qt's own
    painting drops the second line when the first is elided)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        # (the delegate's display text has the line breaks as U+2028)
        text = opt.text.replace("\u2028", "\n")
        lines = text.split("\n")
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = opt.rect.adjusted(TEXT_MARGIN, 0, -TEXT_MARGIN, 0)
        metrics = opt.fontMetrics
        brush = index.data(Qt.ItemDataRole.ForegroundRole)
        if opt.state & QStyle.StateFlag.State_Selected:
            color = opt.palette.color(QPalette.ColorRole.HighlightedText)
        elif brush is not None:
            color = QColor(brush.color() if hasattr(brush, "color") else brush)
        else:
            color = opt.palette.color(QPalette.ColorRole.Text)
        painter.save()
        painter.setPen(color)
        step = metrics.lineSpacing() + LINE_EXTRA
        top = rect.top() + max(0, (rect.height() - len(lines) * step) // 2)
        for line in lines:
            text = metrics.elidedText(line, Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(QRect(rect.left(), top, rect.width(), step),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             text)
            top += step
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt's name
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        lines = str(index.data() or "").count("\n") + 1
        step = option.fontMetrics.lineSpacing() + LINE_EXTRA
        return QSize(1, lines * step + 6)  # any width: the text is elided to fit


class DealsBlock(QGroupBox):
    """The deals of one contact or one company; ``show_for(...)`` points it at one."""

    #: A deal form was opened (tests and the main window may want it).
    dialogOpened = Signal(object)
    #: The deals shown were (re)read: a list of DealRecord.
    loaded = Signal(object)

    def __init__(self, database: Database, settings: Settings, changes: Changes,
                 undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Deals"), parent)
        self.setObjectName("deals-block")
        self._db, self._settings = database, settings
        self._changes, self._undo_stack = changes, undo_stack
        self._contact_id: int | None = None
        self._company_id: int | None = None
        self._stale = False
        self.dialog: DealDialog | None = None
        self.records: list[DealRecord] = []

        self.list = QListWidget()
        self.list.setObjectName("deals-list")
        self.list.setAlternatingRowColors(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setWordWrap(False)
        # Titles are elided to the width of the column, never scrolled sideways.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setItemDelegate(TwoLineDelegate(self.list))
        self.list.itemActivated.connect(self._on_activated)
        self.list.setToolTip(self.tr("Double-click or Enter opens a deal"))
        self.new_button = QPushButton(self.tr("New deal…"))
        self.new_button.setObjectName("deals-new")
        self.new_button.clicked.connect(self.new_deal)
        self.error = QLabel()
        self.error.setObjectName("deals-error")
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignRight)
        changes.dealsChanged.connect(lambda _stages: self._changed())

    # Public ---------------------------------------------------------------------------
    def show_for(self, *, contact_id: int | None = None,
                 company_id: int | None = None) -> None:
        """List the deals of a contact, or of a company."""
        self._contact_id, self._company_id = contact_id, company_id
        self._stale = False
        self.reload()

    def reload(self) -> None:
        if self._contact_id is None and self._company_id is None:
            return
        with self._db.session_scope() as session:
            if self._contact_id is not None:
                found = deals.deals_of_contact(session, self._contact_id)
            else:
                found = deals.deals_of_company(session, int(self._company_id or 0))
        self._show(found)

    def new_deal(self) -> None:
        """Open the deal form for a new deal with this contact or company."""
        if self._contact_id is None and self._company_id is None:
            return
        try:
            dialog = DealDialog(self._db, self._settings, self._changes, self._undo_stack,
                                contact_id=self._contact_id, company_id=self._company_id,
                                parent=self)
        except UserMessageError as err:  # the contact or company went to the Trash
            self._show_error(err)
            return
        self._open(dialog)

    def open_deal(self, deal_id: int) -> None:
        try:
            dialog = DealDialog(self._db, self._settings, self._changes, self._undo_stack,
                                deal_id=deal_id, parent=self)
        except UserMessageError as err:  # removed meanwhile
            self.reload()
            self._show_error(err)
            return
        self._open(dialog)

    # Helpers --------------------------------------------------------------------------
    def _open(self, dialog: DealDialog) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()  # the one opened before
        self.dialog = dialog
        self.dialogOpened.emit(dialog)
        dialog.open()

    def describe(self, record: DealRecord, today: dt.date) -> str:
        """The second line of a deal: where it stands, its value, and its date."""
        value = format_money(record.value_minor, record.currency)
        if record.status is StageKind.OPEN:
            parts = [record.stage_name, value]
            if record.expected_close is not None:
                when = day_text(record.expected_close)
                parts.append(self.tr("closes {date}").format(date=when)
                             if record.expected_close >= today
                             else self.tr("overdue since {date}").format(date=when))
            return " · ".join(parts)
        status = status_text(record)
        parts = [status, value]
        if record.stage_name != label(DEAL_STATUSES, record.status.value):
            parts.insert(0, record.stage_name)
        if record.closed_on is not None:
            parts.append(self.tr("closed {date}").format(date=day_text(record.closed_on)))
        return " · ".join(parts)

    def _show_error(self, err: BaseException) -> None:
        self.error.setText(translated(err))
        self.error.show()

    def _show(self, found: list[DealRecord]) -> None:
        self.error.hide()
        self.records = found
        self.list.clear()
        today = dt.date.today()
        for record in found:
            item = QListWidgetItem(f"{record.title}\n{self.describe(record, today)}")
            item.setData(DealIdRole, record.id)
            item.setToolTip(item.text())  # both lines in full, however narrow the list
            if record.status is StageKind.LOST:
                item.setForeground(LOST_INK)
            elif (record.status is StageKind.OPEN and record.expected_close is not None
                  and record.expected_close < today):
                item.setForeground(OVERDUE)
            self.list.addItem(item)
        open_count = sum(1 for r in found if r.status is StageKind.OPEN)
        self.setTitle(self.tr("Deals (%Ln open)", "", open_count) if found
                      else self.tr("Deals"))
        self.loaded.emit(found)

    def texts(self) -> list[str]:
        """What the rows say, in list order."""
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _on_activated(self, item: QListWidgetItem) -> None:
        deal_id = item.data(DealIdRole)
        if deal_id is not None:
            self.open_deal(int(deal_id))

    def _changed(self) -> None:
        if self._contact_id is None and self._company_id is None:
            return
        if not self.isVisible():
            self._stale = True
            return
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()
