"""The "Log purchase" form: a purchase of one contact in a few keystrokes.

The amount has the focus, the day is today, the channel is the store and the currency
the loyalty programme's, so "120" and Enter logs a purchase. Lines are optional (a
small table: product, SKU, quantity, unit price); with lines and no amount the total
is their sum, with both they must agree (the service says so). A line under the form
tells what the purchase will earn.

Saving pushes a LogPurchaseCommand on the app's undo stack (the push writes; Edit >
Undo moves the purchase to the Trash and takes its points back). What the form can
check itself (an amount that is no amount) and what the service refuses are shown
under the field concerned, and the form stays open with nothing written.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..messages import QT_TRANSLATE_NOOP, UserMessageError
from ..models.enums import PurchaseChannel
from ..services import contacts, loyalty, money, purchases
from ..services.errors import ValidationError
from ..services.loyalty import ProgramInfo
from ..services.purchases import LineInput, PurchaseInput, PurchaseRecord
from .deal_fields import COMMON_CURRENCIES, default_currency
from .i18n import translated
from .labels import label
from .money_text import format_money
from .purchase_commands import LogPurchaseCommand
from .task_dialog import FieldErrors

if TYPE_CHECKING:
    from ..db import Database
    from .changes import Changes
    from .settings import Settings

PURCHASE_CHANNELS: dict[str, str] = {
    PurchaseChannel.STORE.value: QT_TRANSLATE_NOOP("Labels", "Store"),
    PurchaseChannel.ONLINE.value: QT_TRANSLATE_NOOP("Labels", "Online"),
    PurchaseChannel.PHONE.value: QT_TRANSLATE_NOOP("Labels", "Phone"),
    PurchaseChannel.OTHER.value: QT_TRANSLATE_NOOP("Labels", "Other"),
}
COL_PRODUCT, COL_SKU, COL_QUANTITY, COL_PRICE = range(4)
_FIELDS = ("contact_id", "total", "currency", "purchased_on", "channel", "lines", "note")


def loyalty_default(text: str) -> str:
    """A default programme or tier name (app.services.loyalty) in the interface language."""
    return QCoreApplication.translate("Loyalty", text)


def lines_summary(record: PurchaseRecord) -> str:
    """"Green tea ×3, Teapot": what a purchase's lines were."""
    return ", ".join(line.product if line.quantity == 1 else f"{line.product} ×{line.quantity}"
                     for line in record.lines)


class PurchaseDialog(QDialog):
    """Log a purchase of ``contact_id``; ``saved(PurchaseRecord)`` after the write."""

    saved = Signal(object)

    def __init__(self, database: Database, settings: Settings, changes: Changes,
                 undo_stack: QUndoStack, contact_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("purchase-dialog")
        self._db, self._changes, self._undo_stack = database, changes, undo_stack
        self.contact_id = contact_id
        self.errors = FieldErrors(_FIELDS)
        with database.session_scope() as session:
            name = contacts.get_contact(session, contact_id).display_name
            self.program: ProgramInfo = loyalty.program(
                session, loyalty_default, currency=default_currency(settings))
            self.joined = loyalty.joined_on(session, contact_id)
        self.setWindowTitle(self.tr("Log Purchase: {name}").format(name=name))
        self._build(default_currency(settings))
        self.amount.setFocus()
        self._update_hint()

    # Building -------------------------------------------------------------------------
    def _build(self, own_currency: str) -> None:
        self.amount = QLineEdit()
        self.amount.setObjectName("purchase-amount")
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.amount.textChanged.connect(self._update_hint)
        self.currency = QComboBox()
        self.currency.setObjectName("purchase-currency")
        self.currency.setEditable(True)
        self.currency.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.currency.addItems(list(dict.fromkeys(
            (self.program.currency, own_currency, *COMMON_CURRENCIES))))
        self.currency.setCurrentIndex(0)
        edit = self.currency.lineEdit()
        assert edit is not None
        edit.setMaxLength(3)
        self.currency.currentTextChanged.connect(self._update_hint)
        self.day = QDateEdit(QDate.currentDate())
        self.day.setObjectName("purchase-date")
        self.day.setCalendarPopup(True)
        self.day.setMaximumDate(QDate.currentDate())
        self.day.setMinimumDate(QDate(1900, 1, 1))
        self.day.dateChanged.connect(lambda _day: self._update_hint())
        self.channel = QComboBox()
        self.channel.setObjectName("purchase-channel")
        for key in PURCHASE_CHANNELS:
            self.channel.addItem(label(PURCHASE_CHANNELS, key), key)
        self.note = QLineEdit()
        self.note.setObjectName("purchase-note")

        self.lines = QStandardItemModel(0, 4, self)
        self.lines.setHorizontalHeaderLabels([self.tr("Product"), self.tr("SKU"),
                                              self.tr("Qty"), self.tr("Unit price")])
        self.lines.dataChanged.connect(lambda *_: self._update_hint())
        self.lines.rowsRemoved.connect(lambda *_: self._update_hint())
        self.table = QTableView()
        self.table.setObjectName("purchase-lines")
        self.table.setModel(self.lines)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_PRODUCT, QHeaderView.ResizeMode.Stretch)
        for column in (COL_SKU, COL_QUANTITY, COL_PRICE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(self.fontMetrics().height() * 6)
        self.add_line_button = QPushButton(self.tr("&Add line"))
        self.add_line_button.setObjectName("purchase-add-line")
        self.add_line_button.setAutoDefault(False)
        self.add_line_button.clicked.connect(self.add_line)
        self.remove_line_button = QPushButton(self.tr("&Remove line"))
        self.remove_line_button.setObjectName("purchase-remove-line")
        self.remove_line_button.setAutoDefault(False)
        self.remove_line_button.clicked.connect(self.remove_line)
        self.hint = QLabel()
        self.hint.setObjectName("purchase-hint")
        self.hint.setWordWrap(True)

        e = self.errors
        money_row = QWidget()
        row = QHBoxLayout(money_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.amount, 1)
        row.addWidget(self.currency)
        line_buttons = QHBoxLayout()
        line_buttons.addWidget(self.add_line_button)
        line_buttons.addWidget(self.remove_line_button)
        line_buttons.addStretch(1)
        lines_box = QWidget()
        stacked = QVBoxLayout(lines_box)
        stacked.setContentsMargins(0, 0, 0, 0)
        stacked.addWidget(self.table)
        stacked.addLayout(line_buttons)
        form = QFormLayout()
        form.addRow(self.tr("A&mount:"), e.under("total", e.under("currency", money_row)))
        form.addRow(self.tr("&Date:"), e.under("purchased_on", self.day))
        form.addRow(self.tr("C&hannel:"), e.under("channel", self.channel))
        form.addRow(self.tr("&Lines:"), e.under("lines", lines_box))
        form.addRow(self.tr("N&ote:"), e.under("note", self.note))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("purchase-save")
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.hint)
        layout.addWidget(e.labels["contact_id"])
        layout.addWidget(e.labels["general"])
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 90)

    # Lines ----------------------------------------------------------------------------
    def add_line(self, product: str = "", quantity: int = 1, price: str = "",
                 sku: str = "") -> None:
        """A new line (empty, or filled: tests and the keyboard both use it), being edited."""
        items = [QStandardItem(product), QStandardItem(sku), QStandardItem(str(quantity)),
                 QStandardItem(price)]
        for item in items[COL_QUANTITY:]:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.lines.appendRow(items)
        index = self.lines.index(self.lines.rowCount() - 1, COL_PRODUCT)
        self.table.setCurrentIndex(index)
        if not product:
            self.table.edit(index)
        self._update_hint()

    def remove_line(self) -> None:
        row = self.table.currentIndex().row()
        if 0 <= row < self.lines.rowCount():
            self.lines.removeRow(row)

    def _cell(self, row: int, column: int) -> str:
        return str(self.lines.data(self.lines.index(row, column)) or "").strip()

    def line_inputs(self, currency: str) -> tuple[LineInput, ...]:
        """The lines as the service takes them (blank rows skipped); ValidationError for
        a quantity or price that is no number."""
        found = []
        for row in range(self.lines.rowCount()):
            cells = [self._cell(row, c) for c in range(4)]
            if not cells[COL_PRODUCT] and not cells[COL_SKU] and not cells[COL_PRICE]:
                continue
            text = cells[COL_QUANTITY] or "1"
            if not (text.isascii() and text.isdigit()):
                raise ValidationError("lines", purchases.QUANTITY_INVALID, number=row + 1,
                                      limit=purchases.QUANTITY_MAX, index=row)
            try:
                price = money.parse_amount(cells[COL_PRICE], currency, field="lines")
            except ValidationError as err:  # say which line
                raise ValidationError("lines", err.template, **{**err.params, "index": row}) \
                    from None
            found.append(LineInput(cells[COL_PRODUCT], int(text), price,
                                   cells[COL_SKU] or None))
        return tuple(found)

    # Reading and saving ---------------------------------------------------------------
    def purchase_input(self) -> PurchaseInput:
        """What the form shows, as the service takes it (ValidationError for what the
        form checks itself: the currency, the amounts)."""
        currency = money.normalize_currency(self.currency.currentText())
        lines = self.line_inputs(currency)
        text = self.amount.text().strip()
        total = money.parse_amount(text, currency, field="total") if text else None
        if total is None and not lines:
            total = 0  # the service asks for a total
        day = self.day.date()
        return PurchaseInput(
            contact_id=self.contact_id,
            purchased_on=dt.date(day.year(), day.month(), day.day()),
            total_minor=total, currency=currency,
            channel=str(self.channel.currentData()), lines=lines,
            note=self.note.text() or None)

    def _update_hint(self) -> None:
        """What the purchase will earn, or why it earns nothing."""
        info = self.program
        try:
            data = self.purchase_input()
            currency = data.currency
            total = data.total_minor if data.total_minor is not None else sum(
                line.quantity * line.unit_price_minor for line in data.lines)
        except ValidationError:
            self.hint.clear()
            return
        if data.lines:
            self.amount.setPlaceholderText(self.tr("{amount} (the lines' sum)").format(
                amount=money.plain_text(sum(ln.quantity * ln.unit_price_minor
                                            for ln in data.lines), currency)))
        else:
            self.amount.setPlaceholderText("0")
        if self.joined is None:
            self.hint.setText(self.tr("Not a member of {programme}: earns no points.")
                              .format(programme=info.name))
        elif data.purchased_on < self.joined:
            self.hint.setText(self.tr("Bought before joining {programme}: earns no points.")
                              .format(programme=info.name))
        elif currency != info.currency:
            self.hint.setText(self.tr("Only purchases in {currency} earn points.")
                              .format(currency=info.currency))
        else:
            earned = purchases.points_earned(info, total, currency)
            self.hint.setText(self.tr("Earns %Ln point(s).", "", earned))

    def save(self) -> None:
        """Log the purchase (Save, or Enter); on an error say what is wrong, stay open."""
        self.errors.clear()
        try:
            data = self.purchase_input()
        except ValidationError as err:
            self.show_error(err)
            return
        amount = format_money(data.total_minor if data.total_minor is not None else sum(
            line.quantity * line.unit_price_minor for line in data.lines), data.currency)
        command = LogPurchaseCommand(self._db, self._changes, data, amount)
        self._undo_stack.push(command)
        if command.error is not None:
            self.show_error(command.error)
            return
        self.saved.emit(command.record)
        self.accept()

    def show_error(self, err: BaseException) -> None:
        """The message under the field it is about; that field gets the focus."""
        if isinstance(err, UserMessageError):
            self.errors.show(err)
        else:
            self.errors.labels["general"].setText(translated(err))
            self.errors.labels["general"].show()
        field = getattr(err, "field", "")
        widgets: dict[str, QWidget] = {
            "total": self.amount, "currency": self.currency, "purchased_on": self.day,
            "channel": self.channel, "lines": self.table, "note": self.note}
        widget = widgets.get(field)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        index = err.params.get("index") if isinstance(err, UserMessageError) else None
        if field == "lines" and isinstance(index, int):
            self.table.setCurrentIndex(self.lines.index(index, COL_PRODUCT))
