"""Pipeline settings: pipelines, their stages, and the list of lost reasons.

Every change here is one user action and one unit of work: it calls the pipeline
service in its own session, shows the service's message in red when it refuses (and
nothing is written), and after it commits announces ``Changes.dealsChanged`` with an
empty set, so the board reloads everything it shows. These are settings, not edits of
deals: they are not on the undo stack (only deal edits are), which is why removing a
stage or a reason asks first.

Keyboard: Tab walks the pipeline row, the stage table and its buttons; in the table F2
edits the cell (name, probability, kind), Ctrl+Up / Ctrl+Down move the stage, Insert
adds one and Delete removes the selected one after asking. The lost reasons tab works
the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from ..models.enums import StageKind
from ..services import pipeline as pl
from ..services.errors import NotFoundError, ServiceError, ValidationError
from . import pipeline_settings_ask as ask
from .i18n import translated
from .labels import pipeline_default
from .pipeline_settings_models import StageDelegate, StageTableModel
from .pipeline_settings_reasons import LostReasonsTab, action_button, make_action, select_row

if TYPE_CHECKING:
    from ..db import Database
    from .changes import Changes

T = TypeVar("T")
FAILURES = (ServiceError, SQLAlchemyError)
ERROR_STYLE = "color: #c62828;"



class PipelineSettingsDialog(QDialog):
    """Manage pipelines, their stages and the lost reasons; changes apply at once."""

    def __init__(self, database: Database, changes: Changes, *,
                 pipeline_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pipeline-settings")
        self.setWindowTitle(self.tr("Pipeline Settings"))
        self._db, self._changes = database, changes
        self._pipelines: list[pl.PipelineInfo] = []

        self.tabs = QTabWidget()
        self.tabs.addTab(self._stages_tab(), self.tr("&Stages"))
        self.reasons = LostReasonsTab(database, self._run)
        self.tabs.addTab(self.reasons, self.tr("&Lost Reasons"))
        self.tabs.currentChanged.connect(self._clear_message)
        self.message = QLabel()
        self.message.setObjectName("pipeline-settings-message")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._set_tab_order()

        self.reload(pipeline_id=pipeline_id)
        self.resize(self.fontMetrics().averageCharWidth() * 90,
                    self.fontMetrics().height() * 34)

    # Building ---------------------------------------------------------------------------
    def _stages_tab(self) -> QWidget:
        self.pipeline_combo = QComboBox()
        self.pipeline_combo.setObjectName("pipeline-combo")
        self.pipeline_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.pipeline_combo.setMinimumContentsLength(16)
        self.pipeline_combo.currentIndexChanged.connect(self._pipeline_chosen)
        pipeline_label = QLabel(self.tr("&Pipeline:"))
        pipeline_label.setBuddy(self.pipeline_combo)
        self.add_pipeline_action = make_action(self, self.tr("&Add Pipeline…"),
                                               self.add_pipeline)
        self.rename_pipeline_action = make_action(self, self.tr("Re&name Pipeline…"),
                                                  self.rename_pipeline)
        self.add_pipeline_button = action_button(self.add_pipeline_action, "add-pipeline")
        self.rename_pipeline_button = action_button(self.rename_pipeline_action,
                                                    "rename-pipeline")
        row = QHBoxLayout()
        row.addWidget(pipeline_label)
        row.addWidget(self.pipeline_combo, 1)
        row.addWidget(self.add_pipeline_button)
        row.addWidget(self.rename_pipeline_button)

        self.stage_model = StageTableModel(self._edit_stage, self)
        view = self.stage_view = QTableView()
        view.setObjectName("stage-table")
        view.setModel(self.stage_model)
        view.setItemDelegate(StageDelegate(view))
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        view.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        view.verticalHeader().hide()
        view.setWordWrap(False)  # long names are elided (the tooltip has them whole)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        header = view.horizontalHeader()
        header.setSectionResizeMode(StageTableModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        for column in (StageTableModel.COL_PROBABILITY, StageTableModel.COL_KIND):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        view.selectionModel().currentRowChanged.connect(self._update_actions)

        self.add_stage_action = make_action(self, self.tr("A&dd Stage…"), self.add_stage, view,
                                            (QKeySequence.StandardKey.New, Qt.Key.Key_Insert))
        self.rename_stage_action = make_action(self, self.tr("&Rename Stage…"),
                                               self.rename_stage, view)
        self.move_up_action = make_action(self, self.tr("Move &Up"),
                                          lambda: self.move_stage(-1), view, ("Ctrl+Up",))
        self.move_down_action = make_action(self, self.tr("Move Do&wn"),
                                            lambda: self.move_stage(1), view, ("Ctrl+Down",))
        self.remove_stage_action = make_action(self, self.tr("Re&move Stage…"),
                                               self.remove_stage, view,
                                               (QKeySequence.StandardKey.Delete,))
        self.stage_buttons = [
            action_button(self.add_stage_action, "add-stage"),
            action_button(self.rename_stage_action, "rename-stage"),
            action_button(self.move_up_action, "move-stage-up"),
            action_button(self.move_down_action, "move-stage-down"),
            action_button(self.remove_stage_action, "remove-stage"),
        ]
        side = QVBoxLayout()
        for button in self.stage_buttons:
            side.addWidget(button)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(view, 1)
        body.addLayout(side)
        hint = QLabel(self.tr("Double-click or press F2 to change a stage's name, win "
                              "probability or kind."))
        hint.setWordWrap(True)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addLayout(body, 1)
        layout.addWidget(hint)
        return page

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [self.pipeline_combo, self.add_pipeline_button,
                                self.rename_pipeline_button, self.stage_view,
                                *self.stage_buttons, self.reasons.view, *self.reasons.buttons]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # Reading ----------------------------------------------------------------------------
    def reload(self, *, pipeline_id: int | None = None, stage_id: int | None = None) -> None:
        """Read the pipelines and reasons again, keeping (or moving to) a selection."""
        with self._db.session_scope() as session:
            self._pipelines = pl.pipelines(session)
        chosen = pipeline_id if pipeline_id is not None else self.pipeline_id()
        stage_id = stage_id if stage_id is not None else self.stage_id()
        combo = self.pipeline_combo
        combo.blockSignals(True)
        combo.clear()
        for info in self._pipelines:
            combo.addItem(info.name, info.id)
        found = combo.findData(chosen) if chosen is not None else -1
        combo.setCurrentIndex(found if found >= 0 else (0 if self._pipelines else -1))
        combo.blockSignals(False)
        self._show_stages(stage_id)
        self.reasons.reload()

    def current_pipeline(self) -> pl.PipelineInfo | None:
        index = self.pipeline_combo.currentIndex()
        return self._pipelines[index] if 0 <= index < len(self._pipelines) else None

    def pipeline_id(self) -> int | None:
        current = self.current_pipeline()
        return current.id if current is not None else None

    def current_stage(self) -> pl.StageInfo | None:
        row = self.stage_view.currentIndex().row()
        return self.stage_model.stages[row] if 0 <= row < len(self.stage_model.stages) else None

    def stage_id(self) -> int | None:
        stage = self.current_stage()
        return stage.id if stage is not None else None

    def _pipeline_chosen(self) -> None:
        self._show_stages(None)

    def _show_stages(self, stage_id: int | None) -> None:
        current = self.current_pipeline()
        self.stage_model.set_stages(current.stages if current is not None else ())
        row = self.stage_model.row_of(stage_id) if stage_id is not None else None
        select_row(self.stage_view, row, StageTableModel.COL_NAME)
        self._update_actions()

    def _update_actions(self) -> None:
        row, count = self.stage_view.currentIndex().row(), self.stage_model.rowCount()
        has_pipeline = self.current_pipeline() is not None
        self.rename_pipeline_action.setEnabled(has_pipeline)
        self.add_stage_action.setEnabled(has_pipeline)
        for action in (self.rename_stage_action, self.remove_stage_action):
            action.setEnabled(row >= 0)
        self.move_up_action.setEnabled(row > 0)
        self.move_down_action.setEnabled(0 <= row < count - 1)

    # Writing ----------------------------------------------------------------------------
    # These are settings, not deal edits: they go straight to the database and are not
    # pushed on the undo stack (which holds only deal edits), hence the questions first.
    def _run(self, work: Callable[[Session], T]) -> tuple[bool, T | None]:
        """One user action: ``work`` in its own unit of work. A refusal shows the
        service's message and writes nothing; success tells the board to reload."""
        try:
            with self._db.session_scope() as session:
                result = work(session)
        except FAILURES as err:
            self._refused(err)
            return False, None
        self._done()
        return True, result

    def _refused(self, err: BaseException) -> None:
        self.message.setText(translated(err))
        self.message.show()
        if isinstance(err, NotFoundError):  # gone meanwhile: show what is left
            QTimer.singleShot(0, self.reload)

    def _clear_message(self) -> None:
        self.message.clear()
        self.message.hide()

    def _done(self) -> None:
        self._clear_message()
        self._changes.dealsChanged.emit(frozenset())

    def add_pipeline(self) -> None:
        name = ask.text(self, self.tr("Add Pipeline"),
                        self.tr("Name of the new pipeline (it starts with the usual stages, "
                                "to rename as you like):"))
        if name is None:
            return
        ok, info = self._run(lambda s: pl.create_pipeline(s, name, pipeline_default))
        if ok and info is not None:
            self.reload(pipeline_id=info.id)

    def rename_pipeline(self) -> None:
        current = self.current_pipeline()
        if current is None:
            return
        name = ask.text(self, self.tr("Rename Pipeline"), self.tr("New name of the pipeline:"),
                        current.name)
        if name is not None and self._run(lambda s: pl.rename_pipeline(s, current.id, name))[0]:
            self.reload()

    def add_stage(self) -> None:
        current = self.current_pipeline()
        if current is None:
            return
        name = ask.text(self, self.tr("Add Stage"),
                        self.tr("Name of the new stage (it goes after the open stages; "
                                "then set its win probability):"))
        if name is None:
            return
        ok, stage = self._run(lambda s: pl.add_stage(s, current.id, name))
        if ok and stage is not None:
            self.reload(stage_id=stage.id)
            self.stage_view.setCurrentIndex(self.stage_model.index(
                self.stage_view.currentIndex().row(), StageTableModel.COL_PROBABILITY))

    def rename_stage(self) -> None:
        stage = self.current_stage()
        if stage is None:
            return
        name = ask.text(self, self.tr("Rename Stage"), self.tr("New name of the stage:"),
                        stage.name)
        if name is not None and self._edit_stage(stage.id, name=name) is not None:
            self.reload()

    def _edit_stage(self, stage_id: int, **change: Any) -> pl.StageInfo | None:
        """A stage's name, probability or kind changed in place (or by Rename…)."""
        return self._run(lambda s: pl.update_stage(s, stage_id, **change))[1]

    def move_stage(self, step: int) -> None:
        stage = self.current_stage()
        if stage is None:
            return
        row = self.stage_view.currentIndex().row() + step
        if not 0 <= row < self.stage_model.rowCount():
            return
        if self._run(lambda s: pl.move_stage(s, stage.id, row))[0]:
            self.reload(stage_id=stage.id)

    def remove_stage(self) -> None:
        """Remove the selected stage after asking; its deals move where the person says."""
        stage, current = self.current_stage(), self.current_pipeline()
        if stage is None or current is None:
            return
        others = [s for s in current.stages if s.id != stage.id]
        if stage.kind is StageKind.OPEN and not any(s.kind is StageKind.OPEN for s in others):
            # Say so before asking anything (the service refuses it all the same).
            self._refused(ValidationError("kind", pl.LAST_OPEN_STAGE, name=stage.name))
            return
        try:
            with self._db.session_scope() as session:
                count = pl.deals_in_stage(session, stage.id)
        except FAILURES as err:
            self._refused(err)
            return
        move_to: int | None = None
        if count:
            move_to = ask.move_target(self, stage, count, others)
            if move_to is None:
                return
        elif not ask.confirm(self, self.tr("Remove Stage"),
                             self.tr("Remove the stage “{name}”? This cannot be undone.")
                             .format(name=stage.name), self.tr("Remove")):
            return
        try:
            with self._db.session_scope() as session:
                pl.remove_stage(session, stage.id, move_to=move_to)
        except ValidationError as err:
            if move_to is not None or err.field != "move_to":
                self._refused(err)
                return
            # Only deals in the Trash were left in it: they need a stage too.
            move_to = ask.move_target(self, stage, 0, others)
            if move_to is None or not self._run(
                    lambda s: pl.remove_stage(s, stage.id, move_to=move_to))[0]:
                return
        except FAILURES as err:
            self._refused(err)
            return
        else:
            self._done()
        self.reload(stage_id=others[min(stage.position, len(others) - 1)].id)
