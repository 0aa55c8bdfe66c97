"""The Pipeline section: the board of deals by stage, the same deals as a table, the forecast.

Loading the whole board (every column) runs on a worker; a newer load makes an older
result stale. A move is an undoable command (app.ui.deal_commands) committed on the
GUI thread; it announces the two stages it touched on ``Changes.dealsChanged``, and
the board then reloads just those two columns (one small query), so the other
columns are not reset and not repainted. A drop on Won or Lost, and a Ctrl+Right into
one, first asks for the close date (and for Lost, the reason).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..models.enums import StageKind
from ..services import board, deals
from ..services import pipeline as pl
from ..services.board import BoardFilter, Card
from ..services.pipeline import PipelineInfo, StageInfo
from . import close_deal_dialog
from .board_view import BoardView
from .deal_commands import Closing, DeleteDealCommand, MoveDealCommand
from .deal_table import DealTable
from .i18n import translated
from .labels import SOURCES, label, pipeline_default
from .workers import BackgroundOp, run_in_background

if TYPE_CHECKING:
    from ..db import Database
    from .changes import Changes
    from .settings import Settings

#: With no close range chosen, the Won and Lost columns show the last this many days.
RECENT_DAYS = 30
_ANY_DATE = QDate(2000, 1, 1)  # a date edit at this value means "no limit"
FILTER_DELAY_MS = 200



class PipelineSection(QWidget):
    statusMessage = Signal(str)
    #: A full load was shown (tests and the benchmark wait for it).
    loaded = Signal()

    def __init__(self, database: Database, settings: Settings, changes: Changes,
                 undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pipeline-section")
        self.database = database
        self.settings = settings
        self.changes = changes
        self.undo_stack = undo_stack
        self.pipelines: list[PipelineInfo] = []
        self.pipeline: PipelineInfo | None = None
        self.today = dt.date.today()
        self._op: BackgroundOp | None = None
        self._choices_op: BackgroundOp | None = None
        self._generation = 0
        self._dirty = True
        self._table_stale = True
        # Asked on a move to Won or Lost; tests put an answer here.
        self.ask_closing = close_deal_dialog.ask_closing
        self._build()
        changes.dealsChanged.connect(self._on_deals_changed)
        changes.contactsChanged.connect(lambda _ids: self._mark_dirty())

    # Building --------------------------------------------------------------------------
    def _build(self) -> None:
        self.pipeline_box = QComboBox()
        self.pipeline_box.setObjectName("pipeline-choice")
        self.pipeline_box.setAccessibleName(self.tr("Pipeline"))
        self.pipeline_box.currentIndexChanged.connect(self._on_pipeline_chosen)

        self.views = QButtonGroup(self)
        view_row = QHBoxLayout()
        view_row.setSpacing(0)
        for index, text in enumerate((self.tr("Board"), self.tr("Table"), self.tr("Forecast"))):
            button = QToolButton()
            button.setText(text)
            button.setCheckable(True)
            button.setChecked(index == 0)
            button.setObjectName(f"pipeline-view-{index}")
            self.views.addButton(button, index)
            view_row.addWidget(button)
        self.views.idClicked.connect(self.show_view)

        self.new_button = QPushButton(self.tr("New deal…"))
        self.new_button.setToolTip(self.tr("New deal (Ctrl+Shift+D)"))
        self.new_button.clicked.connect(lambda: self.new_deal())
        self.stages_button = QPushButton(self.tr("Stages…"))
        self.stages_button.clicked.connect(self.edit_stages)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.clicked.connect(self.export_deals)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Pipeline:")))
        top.addWidget(self.pipeline_box)
        top.addLayout(view_row)
        top.addStretch(1)
        top.addWidget(self.new_button)
        top.addWidget(self.stages_button)
        top.addWidget(self.export_button)

        self.search = QLineEdit()
        self.search.setObjectName("pipeline-search")
        self.search.setPlaceholderText(self.tr("Filter by title, contact or company"))
        self.search.setClearButtonEnabled(True)
        self.owner_box = QComboBox()
        self.owner_box.setAccessibleName(self.tr("Owner"))
        self.source_box = QComboBox()
        self.source_box.setAccessibleName(self.tr("Source"))
        self.close_from = self._date_edit(self.tr("Closing from"))
        self.close_to = self._date_edit(self.tr("Closing until"))
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.owner_box, 1)
        filters.addWidget(self.source_box, 1)
        filters.addWidget(QLabel(self.tr("Close:")))
        filters.addWidget(self.close_from)
        filters.addWidget(QLabel("–"))
        filters.addWidget(self.close_to)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._filter_timer.start())
        for box in (self.owner_box, self.source_box):
            box.activated.connect(lambda _i: self.reload())
        for edit in (self.close_from, self.close_to):
            edit.dateChanged.connect(lambda _d: self._filter_timer.start())

        self.board = BoardView()
        self.board.setObjectName("pipeline-board")
        self.board.name_loader = self._party_names
        self.board.moveRequested.connect(self._on_drop)
        self.board.stepRequested.connect(self.step_deal)
        self.board.openRequested.connect(self.open_deal)
        self.board.deleteRequested.connect(self.delete_deal)
        self.table = DealTable()
        self.table.openRequested.connect(self.open_deal)
        self.forecast: QWidget | None = None  # built when first shown
        self.stack = QStackedWidget()
        self.stack.addWidget(self.board)
        self.stack.addWidget(self.table)
        self.stack.addWidget(QWidget())  # the forecast's place
        self.summary = QLabel()
        self.summary.setObjectName("pipeline-summary")

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.summary)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setAccessibleName(name)
        edit.setToolTip(name)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(_ANY_DATE)
        edit.setSpecialValueText(self.tr("any"))
        edit.setDate(_ANY_DATE)
        return edit

    # Loading ---------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._dirty:
            self.reload()

    def _mark_dirty(self) -> None:
        self._dirty = True
        if self.isVisible():
            self.reload()

    def current_filter(self) -> BoardFilter:
        assert self.pipeline is not None
        text = self.search.text().strip() or None

        def day(edit: QDateEdit) -> dt.date | None:
            value = edit.date()
            return None if value == _ANY_DATE else dt.date(value.year(), value.month(),
                                                           value.day())

        return BoardFilter(
            self.pipeline.id, owner=self.owner_box.currentData() or None,
            source=self.source_box.currentData() or None, close_from=day(self.close_from),
            close_to=day(self.close_to), text=text,
            closed_since=self.today - dt.timedelta(days=RECENT_DAYS),
        )

    def reload(self) -> None:
        """Load pipelines, filters and every column on a worker."""
        self._dirty = False
        self.today = dt.date.today()
        self._generation += 1
        generation = self._generation
        wanted = self.pipeline.id if self.pipeline else self._remembered_pipeline()
        flt = self.current_filter() if self.pipeline else None
        today = self.today

        def work(_cancel: Any) -> tuple[Any, ...]:
            with self.database.session_scope() as s:
                pl.ensure_default(s, pipeline_default)
                found = pl.pipelines(s)
                chosen = next((p for p in found if p.id == wanted), found[0])
                use = flt if flt is not None and flt.pipeline_id == chosen.id else BoardFilter(
                    chosen.id, closed_since=today - dt.timedelta(days=RECENT_DAYS))
                cards = board.board(s, use, chosen.stages)
            # Summed here, on the worker, not on the GUI thread.
            return found, chosen, cards, {i: board.totals(c) for i, c in cards.items()}

        self.summary.setText(self.tr("Loading…"))
        self._op = run_in_background(
            work, on_done=lambda result: self._loaded(generation, result),
            on_error=self._failed)

    def _remembered_pipeline(self) -> int | None:
        text = self.settings.window_text("pipeline")
        return int(text) if text.isdigit() else None

    def _loaded(self, generation: int, result: tuple[Any, ...]) -> None:
        if generation != self._generation:
            return  # a newer load is on its way
        found, chosen, cards, totals = result
        self.pipelines, self.pipeline = found, chosen
        self._fill_pipelines()
        self.board.names.clear()  # a contact may have been renamed since
        self.board.set_stages(chosen.stages)
        self.board.set_cards(cards, self.today, totals)
        self._table_stale = True
        if self.stack.currentIndex() == 1:
            self._refresh_table()
        self._show_summary()
        if self.stack.currentIndex() == 2:
            self._load_forecast()
        self.loaded.emit()
        self._load_choices(generation)

    def _load_choices(self, generation: int) -> None:
        """The owner and source filters' lists: every deal's, read after the board is
        shown (a pass over all deals that the first paint need not wait for)."""
        def work(_cancel: Any) -> tuple[list[str], list[str]]:
            with self.database.session_scope() as s:
                return board.owners(s), board.sources(s)

        def done(result: tuple[list[str], list[str]]) -> None:
            if generation == self._generation and shiboken6.isValid(self.owner_box):
                self._fill_choices(*result)

        self._choices_op = run_in_background(work, on_done=done, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.summary.setText(translated(exc))

    def _fill_pipelines(self) -> None:
        self.pipeline_box.blockSignals(True)
        self.pipeline_box.clear()
        for p in self.pipelines:
            self.pipeline_box.addItem(p.name, p.id)
        assert self.pipeline is not None
        self.pipeline_box.setCurrentIndex(self.pipeline_box.findData(self.pipeline.id))
        self.pipeline_box.blockSignals(False)

    def _fill_choices(self, owners: list[str], sources: list[str]) -> None:
        for box, values, any_text in ((self.owner_box, owners, self.tr("Any owner")),
                                      (self.source_box, sources, self.tr("Any source"))):
            current = box.currentData()
            box.clear()
            box.addItem(any_text, "")
            for value in values:
                box.addItem(label(SOURCES, value) if box is self.source_box else value, value)
            box.setCurrentIndex(max(0, box.findData(current)))

    def _show_summary(self) -> None:
        """Open deals and their weighted value, from the open columns' headers' totals."""
        totals = board.merge_totals(c.totals for c in self.board.columns.values()
                                    if c.stage.kind is StageKind.OPEN)
        if not totals.count:
            self.summary.setText(self.tr("No open deals. Press “New deal…” to add one."))
            return
        from .money_text import format_money

        money = ", ".join(format_money(w, cur, decimals=False) for cur, _t, w in totals.money[:3])
        self.summary.setText(self.tr("%n open deal(s), weighted value %1", "", totals.count)
                             .replace("%1", money))

    def reload_columns(self, stage_ids: frozenset[int]) -> None:
        """Reload only these columns (after a move): one query, two model resets."""
        if self.pipeline is None:
            return
        shown = [i for i in stage_ids if i in self.board.columns]
        if not shown:
            return
        with self.database.session_scope() as s:
            cards = board.columns(s, self.current_filter(), shown)
        self.board.set_cards(cards, self.today)
        if self.stack.currentIndex() != 0:
            self._dirty = True

    def _party_names(self, cards: list[Card]) -> dict[int, str]:
        """The names of the cards about to be painted: one small query on this thread."""
        if not cards:
            return {}
        with self.database.session_scope() as s:
            return board.party_names(s, cards)

    def _on_deals_changed(self, stage_ids: frozenset[int]) -> None:
        if not self.isVisible():
            self._dirty = True
        elif stage_ids and stage_ids <= set(self.board.columns):
            self.reload_columns(stage_ids)
            self._refresh_other_views()
        else:
            self.reload()

    def _refresh_other_views(self) -> None:
        # The summary counts every column: from the board's models (no query). The
        # table follows when it is shown.
        self._show_summary()
        self._table_stale = True
        if self.stack.currentIndex() == 1:
            self._refresh_table()

    def _refresh_table(self) -> None:
        """The table view: the board's deals, from its column models."""
        self._table_stale = False
        if self.pipeline is None:
            return
        rows = [card for column in self.board.columns.values() for card in column.model.cards]
        names = self.board.names
        missing = [c for c in rows if c.id not in names and (c.contact_id or c.company_id)]
        if missing:
            names.update(self._party_names(missing))
        rows = [c if c.contact_name or c.company_name or c.id not in names
                else c._replace(contact_name=names[c.id]) for c in rows]
        self.table.set_rows(rows, {s.id: s.name for s in self.pipeline.stages}, self.today)

    def _on_pipeline_chosen(self, index: int) -> None:
        pipeline_id = self.pipeline_box.itemData(index)
        chosen = next((p for p in self.pipelines if p.id == pipeline_id), None)
        if chosen is None or chosen == self.pipeline:
            return
        self.pipeline = chosen
        self.settings.set_window_text("pipeline", str(chosen.id))
        self.reload()

    # Views -----------------------------------------------------------------------------
    def show_view(self, index: int) -> None:
        self.views.button(index).setChecked(True)
        self.stack.setCurrentIndex(index)
        if index == 2:
            self._load_forecast()
        elif self._dirty:
            self.reload()
        elif index == 1 and self._table_stale:
            self._refresh_table()

    def _load_forecast(self) -> None:
        if self.pipeline is None:
            return
        if self.forecast is None:
            from .forecast_view import ForecastView

            self.forecast = ForecastView(self.database)
            self.forecast.statusMessage.connect(self.statusMessage)
            old = self.stack.widget(2)
            self.stack.insertWidget(2, self.forecast)
            if old is not None:
                self.stack.removeWidget(old)
                old.deleteLater()
            self.stack.setCurrentIndex(2)
        self.forecast.load(self.pipeline.id, self.pipeline.stages)  # type: ignore[attr-defined]

    # Moves -----------------------------------------------------------------------------
    def _on_drop(self, deal_ids: list[int], stage_id: int) -> None:
        for deal_id in deal_ids:
            self.move_deal(deal_id, stage_id)

    def step_deal(self, deal_id: int, step: int) -> None:
        """Ctrl+Left/Right: to the neighbouring stage."""
        order = self.board.stage_order()
        card_stage = next((i for i, c in self.board.columns.items()
                           if c.model.row_of(deal_id) is not None), None)
        if card_stage is None:
            return
        at = order.index(card_stage) + step
        if 0 <= at < len(order):
            self.move_deal(deal_id, order[at])

    def move_deal(self, deal_id: int, stage_id: int) -> bool:
        """Move through an undoable command; True when it moved."""
        assert self.pipeline is not None
        stage = self.pipeline.stage(stage_id)
        card = self._card(deal_id)
        closing = None
        if stage.kind is not StageKind.OPEN:
            closing = self.ask_closing(self, self.database, stage, default_date=self.today)
            if closing is None:
                return False
        command = MoveDealCommand(self.database, self.changes, deal_id,
                                  card.title if card else "", stage_id, stage.name,
                                  closing or Closing())
        self.undo_stack.push(command)
        if command.error is not None:
            QMessageBox.warning(self, self.tr("Move deal"), translated(command.error))
            return False
        self.board.select_deal(deal_id)
        return command.move is not None

    def _card(self, deal_id: int) -> Card | None:
        for column in self.board.columns.values():
            row = column.model.row_of(deal_id)
            if row is not None:
                return column.model.cards[row]
        return None

    # Deals -----------------------------------------------------------------------------
    def new_deal(self, stage: StageInfo | None = None) -> None:
        from .deal_dialog import DealDialog

        dialog = DealDialog(self.database, self.settings, self.changes, self.undo_stack,
                            pipeline_id=self.pipeline.id if self.pipeline else None,
                            stage_id=stage.id if stage else None, parent=self)
        dialog.open()

    def open_deal(self, deal_id: int) -> None:
        from .deal_dialog import DealDialog

        dialog = DealDialog(self.database, self.settings, self.changes, self.undo_stack,
                            deal_id=deal_id, parent=self)
        dialog.open()

    def delete_deal(self, deal_id: int) -> None:
        with self.database.session_scope() as s:
            record = deals.get_deal(s, deal_id)
        command = DeleteDealCommand(self.database, self.changes, record)
        self.undo_stack.push(command)
        if command.error is None:
            self.statusMessage.emit(self.tr("Deal “{title}” moved to the Trash. Undo with "
                                            "Ctrl+Z.").format(title=record.title))

    def edit_stages(self) -> None:
        from .pipeline_settings import PipelineSettingsDialog

        dialog = PipelineSettingsDialog(self.database, self.changes,
                                        pipeline_id=self.pipeline.id if self.pipeline else None,
                                        parent=self)
        dialog.open()

    def export_deals(self) -> None:
        if self.pipeline is None:
            return
        from .deal_export import export_deals

        export_deals(self, self.database, self.current_filter(), self.statusMessage.emit)
