"""The "Lost reasons" tab of the pipeline settings, and the small helpers both tabs use.

The reasons are one list for every pipeline. Adding, renaming (in place with F2, or by
"Rename Reason…") and removing each run through the dialog's ``run``: one unit of work,
the service's message on refusal, the board told to reload on success.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ..services import pipeline as pl
from . import pipeline_settings_ask as ask
from .pipeline_settings_models import ReasonListModel

if TYPE_CHECKING:
    from ..db import Database

#: The dialog's way of running one user action: (succeeded, what the service returned).
Runner = Callable[[Callable[[Session], Any]], tuple[bool, Any]]


def make_action(owner: QWidget, text: str, slot: Callable[[], Any],
                view: QWidget | None = None, keys: Sequence[Any] = ()) -> QAction:
    """An action of ``owner``; with ``view``, also in the view's context menu, and its
    ``keys`` work while the view has the focus."""
    action = QAction(text, owner)
    action.triggered.connect(slot)
    if view is not None:
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        view.addAction(action)
    return action


def action_button(action: QAction, name: str) -> QPushButton:
    """A push button doing ``action``, enabled when it is."""
    button = QPushButton(action.text())
    button.setObjectName(name)
    button.clicked.connect(action.trigger)
    action.changed.connect(lambda: button.setEnabled(action.isEnabled()))
    return button


def select_row(view: QAbstractItemView, row: int | None, column: int = 0) -> None:
    """Make ``row`` (else the first row, when there is one) current and visible."""
    model = view.model()
    if row is None and model.rowCount() > 0:
        row = 0
    if row is not None:
        index = model.index(row, column)
        view.setCurrentIndex(index)
        view.scrollTo(index)


class LostReasonsTab(QWidget):
    """The editable list of reasons a deal can be lost."""

    def __init__(self, database: Database, run: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._run = database, run
        self.model = ReasonListModel(self._rename, self)
        view = self.view = QListView()
        view.setObjectName("reason-list")
        view.setModel(self.model)
        view.setWordWrap(True)  # a long reason wraps rather than hiding past the edge
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        view.selectionModel().currentRowChanged.connect(self._update_actions)
        self.add_action = make_action(self, self.tr("A&dd Reason…"), self.add, view,
                                      (QKeySequence.StandardKey.New, Qt.Key.Key_Insert))
        self.rename_action = make_action(self, self.tr("&Rename Reason…"), self.rename, view)
        self.remove_action = make_action(self, self.tr("Re&move Reason…"), self.remove, view,
                                         (QKeySequence.StandardKey.Delete,))
        self.buttons = [
            action_button(self.add_action, "add-reason"),
            action_button(self.rename_action, "rename-reason"),
            action_button(self.remove_action, "remove-reason"),
        ]
        side = QVBoxLayout()
        for button in self.buttons:
            side.addWidget(button)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(view, 1)
        body.addLayout(side)
        explain = QLabel(self.tr("The reasons offered when a deal is lost. Removing one "
                                 "hides it from the list; deals lost for it keep it."))
        explain.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(explain)

    def reload(self, reason_id: int | None = None) -> None:
        """Read the list again, keeping the current reason (or making ``reason_id`` it)."""
        keep = reason_id if reason_id is not None else self.reason_id()
        with self._db.session_scope() as session:
            reasons = pl.lost_reasons(session)
        self.model.set_reasons(reasons)
        select_row(self.view, self.model.row_of(keep) if keep is not None else None)
        self._update_actions()

    def current_reason(self) -> pl.Reason | None:
        row = self.view.currentIndex().row()
        return self.model.reasons[row] if 0 <= row < len(self.model.reasons) else None

    def reason_id(self) -> int | None:
        reason = self.current_reason()
        return reason.id if reason is not None else None

    def _update_actions(self) -> None:
        has_reason = self.view.currentIndex().isValid()
        self.rename_action.setEnabled(has_reason)
        self.remove_action.setEnabled(has_reason)

    def add(self) -> None:
        name = ask.text(self, self.tr("Add Lost Reason"), self.tr("A reason a deal can be lost:"))
        if name is None:
            return
        ok, reason = self._run(lambda s: pl.add_lost_reason(s, name))
        if ok:
            self.reload(reason.id)

    def rename(self) -> None:
        reason = self.current_reason()
        if reason is None:
            return
        name = ask.text(self, self.tr("Rename Lost Reason"), self.tr("New name of the reason:"),
                        reason.name)
        if name is not None and self._rename(reason.id, name) is not None:
            self.reload()

    def _rename(self, reason_id: int, name: str) -> pl.Reason | None:
        """Rename a reason (in place, or by Rename…); None when refused."""
        return self._run(lambda s: pl.rename_lost_reason(s, reason_id, name))[1]

    def remove(self) -> None:
        """Take the selected reason off the list, after asking."""
        reason = self.current_reason()
        if reason is None:
            return
        if not ask.confirm(self, self.tr("Remove Lost Reason"),
                           self.tr("Remove “{name}” from the list? Deals lost for this "
                                   "reason keep it.").format(name=reason.name),
                           self.tr("Remove")):
            return
        row = self.view.currentIndex().row()
        if self._run(lambda s: pl.remove_lost_reason(s, reason.id))[0]:
            rest = [r for r in self.model.reasons if r.id != reason.id]
            self.reload(rest[min(row, len(rest) - 1)].id if rest else None)
