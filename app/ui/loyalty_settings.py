"""Loyalty programme settings: points, tier basis, expiry, currency, the lifecycle
thresholds, and the tiers.

The dialog shows the programme as it is and writes nothing until Save. Save is one user
action and one unit of work: ``loyalty.update_program`` and ``loyalty.save_tiers``
(which replaces the list: a tier keeps its row, and its holders, across a rename). A
refusal of either shows the service's message in red (a tier's problem selects its
row), writes nothing, and keeps the dialog open; success announces
``Changes.loyaltyChanged`` with an empty set, so every view of the programme reloads.
Customers move to their new tiers at the next recompute.

The tiers table is a handful of rows edited in place (F2 or a double-click): name,
threshold (an amount of the programme's currency when tiers count spend, a number of
points when they count points), discount and benefits. Insert adds a tier, Delete
removes the chosen one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from ..messages import QT_TRANSLATE_NOOP, UserMessageError
from ..models.enums import TierBasis
from ..services import loyalty, money
from ..services.errors import ServiceError, ValidationError
from ..services.loyalty import ProgramInfo, ProgramInput, TierInput
from .deal_fields import COMMON_CURRENCIES
from .i18n import translated
from .purchase_dialog import loyalty_default

if TYPE_CHECKING:
    from ..db import Database
    from .changes import Changes

FAILURES = (ServiceError, SQLAlchemyError)
ERROR_STYLE = "color: #c62828;"
COL_NAME, COL_THRESHOLD, COL_DISCOUNT, COL_BENEFITS = range(4)
TierIdRole = Qt.ItemDataRole.UserRole + 1
POINTS_THRESHOLD_INVALID = QT_TRANSLATE_NOOP(
    "Validation", "The threshold of “{name}” must be a whole number of points, not “{value}”."
)
DISCOUNT_NOT_NUMBER = QT_TRANSLATE_NOOP(
    "Validation", "The discount of “{name}” must be a whole percent from 0 to 100."
)


class LoyaltySettingsDialog(QDialog):
    """Edit the programme and its tiers; Save writes both in one unit of work."""

    def __init__(self, database: Database, changes: Changes,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loyalty-settings")
        self.setWindowTitle(self.tr("Loyalty Programme Settings"))
        self._db, self._changes = database, changes
        with database.session_scope() as session:
            self.program: ProgramInfo = loyalty.program(session, loyalty_default)
        self._build()
        self._fill(self.program)

    # Building -------------------------------------------------------------------------
    def _spin(self, name: str, low: int, high: int, suffix: str = "") -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        return spin

    def _build(self) -> None:
        self.name = QLineEdit()
        self.name.setObjectName("loyalty-name")
        self.name.setMaxLength(loyalty.PROGRAM_LIMITS["name"])
        self.currency = QComboBox()
        self.currency.setObjectName("loyalty-currency")
        self.currency.setEditable(True)
        self.currency.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.per_unit = self._spin("loyalty-points-per-unit", 0, loyalty.POINTS_PER_UNIT_MAX)
        self.basis = QComboBox()
        self.basis.setObjectName("loyalty-basis")
        self.basis.addItem(self.tr("Spend in the last 12 months"), TierBasis.SPEND.value)
        self.basis.addItem(self.tr("Points earned in the last 12 months"),
                           TierBasis.POINTS.value)
        self.basis.currentIndexChanged.connect(lambda _i: self._show_threshold_unit())
        self.currency.currentTextChanged.connect(lambda _t: self._show_threshold_unit())
        self.expires = QCheckBox(self.tr("Points expire after"))
        self.expires.setObjectName("loyalty-expires")
        self.expiry = self._spin("loyalty-expiry", 1, loyalty.EXPIRY_MONTHS_MAX)
        self.expiry.setSuffix(self.tr(" months"))
        self.expires.toggled.connect(self.expiry.setEnabled)
        self.new_days = self._spin("loyalty-new-days", 1, loyalty.DAYS_MAX)
        self.new_days.setSuffix(self.tr(" days"))
        self.lapsed_days = self._spin("loyalty-lapsed-days", 1, loyalty.DAYS_MAX)
        self.lapsed_days.setSuffix(self.tr(" days"))
        self.margin = self._spin("loyalty-margin", 0, loyalty.MARGIN_MAX, " %")

        expiry_row = QWidget()
        row = QHBoxLayout(expiry_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.expires)
        row.addWidget(self.expiry, 1)
        programme = QGroupBox(self.tr("Programme"))
        form = QFormLayout(programme)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Currency:"), self.currency)
        form.addRow(self.tr("&Points per unit spent:"), self.per_unit)
        form.addRow(self.tr("&Tiers count:"), self.basis)
        form.addRow(self.tr("E&xpiry:"), expiry_row)
        stages = QGroupBox(self.tr("Customer lifecycle"))
        form = QFormLayout(stages)
        form.addRow(self.tr("Ne&w for the first:"), self.new_days)
        form.addRow(self.tr("&Lapsed after no purchase for:"), self.lapsed_days)
        form.addRow(self.tr("Expan&ding when 12-month spend grows by over:"), self.margin)

        self.tiers = QStandardItemModel(0, 4, self)
        view = self.tier_view = QTableView()
        view.setObjectName("loyalty-tiers")
        view.setModel(self.tiers)
        view.verticalHeader().hide()
        view.setTabKeyNavigation(False)
        view.setWordWrap(False)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = view.horizontalHeader()
        header.setSectionResizeMode(COL_BENEFITS, QHeaderView.ResizeMode.Stretch)
        for column in (COL_NAME, COL_THRESHOLD, COL_DISCOUNT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.add_action = QAction(self.tr("&Add Tier"), self)
        self.add_action.setShortcuts([QKeySequence(Qt.Key.Key_Insert)])
        self.add_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.add_action.triggered.connect(lambda: self.add_tier())
        self.remove_action = QAction(self.tr("&Remove Tier"), self)
        self.remove_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Delete)])
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_action.triggered.connect(self.remove_tier)
        view.addActions([self.add_action, self.remove_action])
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.add_button = QPushButton(self.add_action.text())
        self.add_button.setObjectName("loyalty-add-tier")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_action.trigger)
        self.remove_button = QPushButton(self.remove_action.text())
        self.remove_button.setObjectName("loyalty-remove-tier")
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_action.trigger)
        tier_buttons = QHBoxLayout()
        tier_buttons.addWidget(self.add_button)
        tier_buttons.addWidget(self.remove_button)
        tier_buttons.addStretch(1)
        tiers_box = QGroupBox(self.tr("Tiers"))
        column_layout = QVBoxLayout(tiers_box)
        column_layout.addWidget(view, 1)
        column_layout.addLayout(tier_buttons)
        hint = QLabel(self.tr("Lowest tier first; each needs more than the one before. "
                              "Customers move to their new tiers at the next recompute."))
        hint.setWordWrap(True)
        column_layout.addWidget(hint)

        self.message = QLabel()
        self.message.setObjectName("loyalty-settings-message")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("loyalty-save")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(programme, 1)
        top.addWidget(stages, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(tiers_box, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 120,
                    self.fontMetrics().height() * 34)

    # Filling and reading --------------------------------------------------------------
    def _fill(self, info: ProgramInfo) -> None:
        self.name.setText(info.name)
        self.currency.addItems(list(dict.fromkeys((info.currency, *COMMON_CURRENCIES))))
        self.currency.setCurrentIndex(0)
        self.per_unit.setValue(info.points_per_unit)
        self.basis.setCurrentIndex(self.basis.findData(info.tier_basis.value))
        self.expires.setChecked(info.expiry_months is not None)
        self.expiry.setEnabled(info.expiry_months is not None)
        self.expiry.setValue(info.expiry_months or 12)
        self.new_days.setValue(info.new_days)
        self.lapsed_days.setValue(info.lapsed_days)
        self.margin.setValue(info.expanding_margin_pct)
        for tier in info.tiers:
            threshold = (money.plain_text(tier.threshold, info.currency)
                         if info.tier_basis is TierBasis.SPEND else str(tier.threshold))
            self.add_tier(tier.name, threshold, tier.discount_pct, tier.benefits or "",
                          tier_id=tier.id, edit=False)
        self._show_threshold_unit()
        self.tier_view.setCurrentIndex(self.tiers.index(0, COL_NAME))

    def _show_threshold_unit(self) -> None:
        unit = (self.currency.currentText().strip().upper()
                if self.basis.currentData() == TierBasis.SPEND.value else self.tr("points"))
        self.tiers.setHorizontalHeaderLabels([
            self.tr("Tier"), self.tr("From ({unit})").format(unit=unit), self.tr("Discount %"),
            self.tr("Benefits")])

    def add_tier(self, name: str = "", threshold: str = "", discount: int = 0,
                 benefits: str = "", *, tier_id: int | None = None, edit: bool = True) -> None:
        """A row for a tier (a new one, being named, unless ``edit`` is False)."""
        items = [QStandardItem(name), QStandardItem(threshold), QStandardItem(str(discount)),
                 QStandardItem(benefits)]
        items[COL_NAME].setData(tier_id, TierIdRole)
        for item in (items[COL_THRESHOLD], items[COL_DISCOUNT]):
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.tiers.appendRow(items)
        if edit:
            index = self.tiers.index(self.tiers.rowCount() - 1, COL_NAME)
            self.tier_view.setCurrentIndex(index)
            self.tier_view.edit(index)

    def remove_tier(self) -> None:
        row = self.tier_view.currentIndex().row()
        if 0 <= row < self.tiers.rowCount():
            self.tiers.removeRow(row)

    def _cell(self, row: int, column: int) -> str:
        return str(self.tiers.data(self.tiers.index(row, column)) or "").strip()

    def program_input(self) -> ProgramInput:
        return ProgramInput(
            currency=self.currency.currentText(), points_per_unit=self.per_unit.value(),
            tier_basis=str(self.basis.currentData()),
            expiry_months=self.expiry.value() if self.expires.isChecked() else None,
            new_days=self.new_days.value(), lapsed_days=self.lapsed_days.value(),
            expanding_margin_pct=self.margin.value(), name=self.name.text())

    def tier_inputs(self) -> list[TierInput]:
        """The rows as the service takes them (ValidationError for a threshold or
        discount that is no number)."""
        spend = self.basis.currentData() == TierBasis.SPEND.value
        currency = money.normalize_currency(self.currency.currentText())
        found = []
        for row in range(self.tiers.rowCount()):
            name, threshold_text = self._cell(row, COL_NAME), self._cell(row, COL_THRESHOLD)
            if spend:
                try:
                    threshold = money.parse_amount(threshold_text, currency, field="tiers")
                except ValidationError as err:
                    raise ValidationError("tiers", err.template, **{**err.params, "index": row}
                                          ) from None
            elif threshold_text.isascii() and threshold_text.isdigit():
                threshold = int(threshold_text)
            elif not threshold_text:
                threshold = 0
            else:
                raise ValidationError("tiers", POINTS_THRESHOLD_INVALID, name=name,
                                      value=threshold_text, index=row)
            discount_text = self._cell(row, COL_DISCOUNT).rstrip("%").strip() or "0"
            if not (discount_text.isascii() and discount_text.isdigit()):
                raise ValidationError("tiers", DISCOUNT_NOT_NUMBER, name=name, index=row)
            found.append(TierInput(name, threshold, int(discount_text),
                                   self._cell(row, COL_BENEFITS) or None,
                                   id=self.tiers.item(row, COL_NAME).data(TierIdRole)))
        return found

    # Saving ---------------------------------------------------------------------------
    def save(self) -> None:
        """Write the settings and the tiers, or say what is wrong and write nothing."""
        self.message.hide()
        try:
            data, tiers = self.program_input(), self.tier_inputs()
            with self._db.session_scope() as session:
                loyalty.update_program(session, data)
                loyalty.save_tiers(session, tiers)
        except FAILURES as err:
            self.show_error(err)
            return
        self._changes.loyaltyChanged.emit(set())
        self.accept()

    def show_error(self, err: BaseException) -> None:
        self.message.setText(translated(err))
        self.message.show()
        field = getattr(err, "field", "")
        index = err.params.get("index") if isinstance(err, UserMessageError) else None
        if field == "tiers" and isinstance(index, int):
            self.tier_view.setCurrentIndex(self.tiers.index(index, COL_NAME))
            self.tier_view.setFocus()
            return
        widgets: dict[str, QWidget] = {
            "name": self.name, "currency": self.currency, "points_per_unit": self.per_unit,
            "tier_basis": self.basis, "expiry_months": self.expiry,
            "new_days": self.new_days, "lapsed_days": self.lapsed_days,
            "expanding_margin_pct": self.margin}
        widget = widgets.get(field)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def tier_rows(self) -> list[list[str]]:
        """What the table shows, row by row (for tests and screenshots)."""
        return [[self._cell(r, c) for c in range(4)] for r in range(self.tiers.rowCount())]

