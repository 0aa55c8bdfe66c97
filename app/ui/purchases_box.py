"""The "Purchases" tab of a contact's loyalty block: their purchases, newest first, and the
buttons to log one (Ctrl+Shift+P on the page) or delete the chosen one.

It shows the newest ``SHOWN`` purchases (the tab counts them all), two lines each:
the day, channel and total, then what the lines were (or the note). Deleting asks
first, then pushes a DeletePurchaseCommand on the app's undo stack: Edit > Undo puts the
purchase back with its points. Every write announces ``Changes.loyaltyChanged``; the
loyalty block re-reads this box with its own part.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..messages import UserMessageError
from ..services.purchases import PurchaseRecord
from .deal_fields import day_text
from .deals_block import TwoLineDelegate
from .i18n import translated
from .labels import label
from .money_text import format_money
from .purchase_commands import DeletePurchaseCommand
from .purchase_dialog import PURCHASE_CHANNELS, PurchaseDialog, lines_summary

if TYPE_CHECKING:
    from ..db import Database
    from .changes import Changes
    from .settings import Settings

SHOWN = 50
PurchaseIdRole = Qt.ItemDataRole.UserRole + 1


def confirm_delete(parent: QWidget, question: str) -> bool:
    """Ask before deleting (a test replaces this function); Cancel is the default."""
    box = QMessageBox(QMessageBox.Icon.Question,
                      QCoreApplication.translate("PurchasesBox", "Delete Purchase"), question,
                      QMessageBox.StandardButton.Cancel, parent)
    delete = box.addButton(QCoreApplication.translate("PurchasesBox", "Delete"),
                           QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is delete


class PurchasesBox(QWidget):
    """One contact's purchases; ``show_records`` fills it, the block reads them."""

    #: A purchase form was opened (tests may want it).
    dialogOpened = Signal(object)

    def __init__(self, database: Database, settings: Settings, changes: Changes,
                 undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("purchases-box")
        self._db, self._settings = database, settings
        self._changes, self._undo_stack = changes, undo_stack
        self.contact_id: int | None = None
        self.records: list[PurchaseRecord] = []
        self.count = 0
        self.dialog: PurchaseDialog | None = None

        self.list = QListWidget()
        self.list.setObjectName("purchases-list")
        self.list.setAlternatingRowColors(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setItemDelegate(TwoLineDelegate(self.list))
        self.list.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.list.currentItemChanged.connect(lambda *_: self._enable())
        self.delete_action = QAction(self.tr("Delete Purchase…"), self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.list.addAction(self.delete_action)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.log_button = QPushButton(self.tr("Log purchase…"))
        self.log_button.setObjectName("purchases-log")
        self.log_button.setToolTip(self.tr("Log a purchase of this contact (Ctrl+Shift+P)"))
        self.log_button.clicked.connect(self.log_purchase)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setObjectName("purchases-delete")
        self.delete_button.setToolTip(self.tr("Delete the chosen purchase (Edit > Undo "
                                              "brings it back)"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.empty = QLabel(self.tr("No purchases yet."))
        self.empty.setObjectName("purchases-empty")
        self.empty.setEnabled(False)
        self.error = QLabel()
        self.error.setObjectName("purchases-error")
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.log_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self._enable()

    # Showing --------------------------------------------------------------------------
    def show_records(self, contact_id: int, found: list[PurchaseRecord], count: int) -> None:
        self.contact_id, self.records, self.count = contact_id, found, count
        self.error.hide()
        self.list.clear()
        for record in found:
            first = " · ".join((day_text(record.purchased_on),
                                label(PURCHASE_CHANNELS, record.channel.value),
                                format_money(record.total_minor, record.currency)))
            second = lines_summary(record) or " ".join((record.note or "").split())
            item = QListWidgetItem(f"{first}\n{second}" if second else first)
            item.setData(PurchaseIdRole, record.id)
            item.setToolTip(item.text())
            self.list.addItem(item)
        self.empty.setVisible(not found)
        self.list.setVisible(bool(found))
        self._enable()

    def texts(self) -> list[str]:
        """What the rows say, newest first."""
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _enable(self) -> None:
        chosen = self.isEnabled() and self.list.currentItem() is not None
        self.delete_button.setEnabled(chosen)
        self.delete_action.setEnabled(chosen)

    def _show_error(self, err: BaseException) -> None:
        self.error.setText(translated(err))
        self.error.show()

    # Actions --------------------------------------------------------------------------
    def log_purchase(self) -> None:
        """Open the purchase form for this contact (the button, or Ctrl+Shift+P)."""
        if self.contact_id is None or not self.isEnabled():
            return
        try:
            dialog = PurchaseDialog(self._db, self._settings, self._changes, self._undo_stack,
                                    self.contact_id, parent=self)
        except UserMessageError as err:  # the contact went to the Trash meanwhile
            self._show_error(err)
            return
        if self.dialog is not None:
            self.dialog.deleteLater()  # the one opened before
        self.dialog = dialog
        self.dialogOpened.emit(dialog)
        dialog.open()

    def selected(self) -> PurchaseRecord | None:
        item = self.list.currentItem()
        if item is None:
            return None
        purchase_id = item.data(PurchaseIdRole)
        return next((r for r in self.records if r.id == purchase_id), None)

    def delete_selected(self) -> None:
        """Delete the chosen purchase after asking; Edit > Undo restores it."""
        record = self.selected()
        if record is None:
            return
        question = self.tr("Delete the purchase of {amount} on {date}? Its points are "
                           "taken back. Edit > Undo restores it.").format(
            amount=format_money(record.total_minor, record.currency),
            date=day_text(record.purchased_on))
        if not confirm_delete(self, question):
            return
        command = DeletePurchaseCommand(self._db, self._changes, record)
        self._undo_stack.push(command)
        if command.error is not None:
            self._show_error(command.error)
