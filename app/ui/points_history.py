"""Points History…: a member's ledger, newest first, and reversing one entry.

The ledger is append-only (app.services.points): an entry made by mistake (an
adjustment, a redemption, the points of a purchase) is corrected by a reversing entry,
which this dialog writes after asking why. An expiry and a reversal cannot be reversed,
nor an entry twice; an entry whose reversal would take the balance below zero is
refused with the service's message, and nothing is written. Each reversal is one unit
of work with the contact's standing recomputed, then ``Changes.loyaltyChanged``.
The ledger of one contact is a short indexed read (the newest ROWS entries).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from ..messages import QT_TRANSLATE_NOOP
from ..models.enums import PointsKind
from ..services import points, purchases
from ..services.errors import ServiceError
from ..services.points import LedgerEntry
from .deal_fields import day_text
from .i18n import translated

if TYPE_CHECKING:
    from ..db import Database
    from .changes import Changes

ROWS = 500  # the newest entries shown
KIND_NAMES = {
    PointsKind.EARN: QT_TRANSLATE_NOOP("PointsHistory", "Earned"),
    PointsKind.REDEEM: QT_TRANSLATE_NOOP("PointsHistory", "Redeemed"),
    PointsKind.ADJUST: QT_TRANSLATE_NOOP("PointsHistory", "Adjusted"),
    PointsKind.EXPIRE: QT_TRANSLATE_NOOP("PointsHistory", "Expired"),
    PointsKind.REVERSE: QT_TRANSLATE_NOOP("PointsHistory", "Reversal"),
}


def reversible(entry: LedgerEntry) -> bool:
    """Whether the ledger allows reversing ``entry`` (points.reverse's rules)."""
    return entry.kind not in (PointsKind.EXPIRE, PointsKind.REVERSE) \
        and entry.reversed_by is None


class LedgerModel(QAbstractTableModel):
    """Ledger entries, one per row: day, what, points, why, reversed or not."""

    COL_DAY, COL_KIND, COL_POINTS, COL_REASON, COL_STATE = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[LedgerEntry] = []
        self._headers = (self.tr("Day"), self.tr("What"), self.tr("Points"),
                         self.tr("Reason"), self.tr("Status"))

    def set_entries(self, entries: list[LedgerEntry]) -> None:
        self.beginResetModel()  # read again after a reversal: every row may move
        self._entries = entries
        self.endResetModel()

    def entry(self, row: int) -> LedgerEntry:
        return self._entries[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry, column = self._entries[index.row()], index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_POINTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        locale = QLocale()
        if column == self.COL_DAY:
            moment = entry.occurred_at if entry.occurred_at.tzinfo else \
                entry.occurred_at.replace(tzinfo=dt.UTC)
            return day_text(moment.astimezone().date())
        if column == self.COL_KIND:
            return QCoreApplication.translate("PointsHistory", KIND_NAMES[entry.kind])
        if column == self.COL_POINTS:
            return ("+" if entry.points > 0 else "") + locale.toString(entry.points)
        if column == self.COL_REASON:
            if entry.reason:
                return entry.reason
            return self.tr("Purchase") if entry.purchase_id is not None else ""
        return self.tr("Reversed") if entry.reversed_by is not None else ""


class PointsHistoryDialog(QDialog):
    """One member's ledger, with Reverse… for the selected entry."""

    def __init__(self, database: Database, changes: Changes, contact_id: int, *,
                 name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("points-history-dialog")
        self.setWindowTitle(self.tr("Points History: {name}").format(name=name))
        self._db, self._changes, self.contact_id = database, changes, contact_id
        self.model = LedgerModel(self)
        self.table = QTableView()
        self.table.setObjectName("points-history-table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(
            LedgerModel.COL_REASON, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel()
        self.status.setObjectName("points-history-status")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.reverse_button = buttons.addButton(self.tr("&Reverse…"),
                                                QDialogButtonBox.ButtonRole.ActionRole)
        self.reverse_button.setObjectName("points-reverse")
        self.reverse_button.clicked.connect(self.reverse_selected)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 100,
                    self.fontMetrics().lineSpacing() * 24)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.load()

    def load(self) -> None:
        with self._db.session_scope() as session:
            entries = points.ledger(session, self.contact_id, limit=ROWS)
        self.model.set_entries(entries)
        self.table.resizeColumnsToContents()
        if entries:
            self.table.selectRow(0)
        else:
            self.status.setText(self.tr("No points yet."))
        self._update()

    def selected(self) -> LedgerEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()) if rows else None

    def _update(self) -> None:
        entry = self.selected()
        self.reverse_button.setEnabled(entry is not None and reversible(entry))

    def reverse_selected(self) -> None:
        """Ask why, then append the opposite of the selected entry."""
        entry = self.selected()
        if entry is None or not reversible(entry):
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Reverse Entry"),
            self.tr("Why is this entry of {points} points reversed?").format(
                points=QLocale().toString(entry.points)),
            QLineEdit.EchoMode.Normal, "")
        if not ok:
            return
        try:
            with self._db.session_scope() as session:
                points.reverse(session, entry.id, reason=reason)
                purchases.refresh_status(session, self.contact_id, today=dt.date.today())
        except (ServiceError, SQLAlchemyError) as err:
            self.status.setText(translated(err))
            return
        self.status.setText(self.tr("Reversed: {points} points.").format(
            points=QLocale().toString(-entry.points)))
        self._changes.loyaltyChanged.emit({self.contact_id})
        self.load()
