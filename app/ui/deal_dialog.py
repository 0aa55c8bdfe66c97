"""The deal form: create or edit one deal, and see its stage history and its activity.

Saving builds a DealInput from what the form shows and pushes a CreateDealCommand or
EditDealCommand on the app's undo stack (the push writes; Edit > Undo takes it back).
What the form can check itself (an amount that is no amount, a contact or company
that does not exist) is shown under its field before anything is written; a command's
error (the service said no) is shown the same way, and the form stays open.

Changing the stage of a deal to a Won or Lost one first asks for the close date and,
for Lost, the reason (close_deal_dialog.ask_closing); Cancel there keeps the form
open. An existing deal has a Delete button (to the Trash, undoable) and two more tabs:
its stage history and the interactions and tasks linked to it.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..messages import QT_TRANSLATE_NOOP
from ..models.enums import ACQUISITION_SOURCES, StageKind
from ..services import board, companies, contacts, deals, money, pipeline
from ..services.deals import LIMITS, DealInput, DealRecord
from ..services.errors import ValidationError
from ..services.pipeline import PipelineInfo, StageInfo
from . import close_deal_dialog
from .deal_commands import CreateDealCommand, DeleteDealCommand, EditDealCommand
from .deal_fields import (
    COMMON_CURRENCIES,
    ContactBox,
    comparable,
    day_text,
    default_currency,
    status_text,
)
from .deal_tabs import ActivityView, HistoryView
from .form_fields import CompanyBox
from .labels import SOURCES, label, pipeline_default
from .task_dialog import FieldErrors

if TYPE_CHECKING:
    from ..db import Database
    from .changes import Changes
    from .settings import Settings

STAGE_REQUIRED = QT_TRANSLATE_NOOP("Validation", "Choose the stage of the deal.")
STAGE_PROBABILITY = -1  # the probability box's value meaning "the stage's"
_FIELDS = ("title", "contact_id", "company_id", "value", "currency", "stage_id",
           "expected_close", "owner", "source", "probability", "notes", "closed_on",
           "lost_reason_id")


class DealDialog(QDialog):
    """New deal (``deal_id=None``, with an optional contact, company, pipeline and stage
    chosen) or edit one. ``saved(id)`` after a write, ``deleted(id)`` after a delete."""

    saved = Signal(int)
    deleted = Signal(int)

    def __init__(self, database: Database, settings: Settings, changes: Changes,
                 undo_stack: QUndoStack, *, deal_id: int | None = None,
                 contact_id: int | None = None, company_id: int | None = None,
                 pipeline_id: int | None = None, stage_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deal-dialog")
        self._db, self._settings = database, settings
        self._changes, self._undo_stack = changes, undo_stack
        self.deal_id = deal_id
        self.record: DealRecord | None = None
        self.errors = FieldErrors(_FIELDS)
        self._contact: tuple[int | None, str | None] = (contact_id, None)
        self._company: tuple[int | None, str | None] = (company_id, None)
        with database.session_scope() as session:
            pipeline.ensure_default(session, pipeline_default)
            self._pipelines = pipeline.pipelines(session)
            sources, owners = board.sources(session), board.owners(session)
            if deal_id is not None:
                self.record = deals.get_deal(session, deal_id)
                visits = deals.history(session, deal_id)
                activity = deals.linked_activity(session, deal_id)
            else:
                self._read_party(session)
        self._build(sources, owners)
        if self.record is not None:
            self._fill(self.record)
            self.history.show_visits(visits, dt.datetime.now(dt.UTC))
            self.activity.show_activity(activity)
            self.setWindowTitle(self.tr("Deal: {title}").format(title=self.record.title))
        else:
            self._fill_new(pipeline_id, stage_id)
            self.setWindowTitle(self.tr("New Deal"))
        self.contact.currentIndexChanged.connect(self._contact_chosen)
        self.title.setFocus()

    def _read_party(self, session: Any) -> None:
        """Names of the contact and company a new deal starts with (the contact's
        company when no company is given)."""
        contact_id, company_id = self._contact[0], self._company[0]
        if contact_id is not None:
            person = contacts.get_contact(session, contact_id)
            self._contact = (contact_id, person.display_name)
            if company_id is None and person.company_id is not None:
                self._company = (person.company_id, person.company_name)
        if company_id is not None:
            firm = companies.get_company(session, company_id)
            self._company = (company_id, firm.name)

    # Building -------------------------------------------------------------------------
    def _build(self, sources: list[str], owners: list[str]) -> None:
        self.title = QLineEdit()
        self.title.setObjectName("deal-title")
        self.title.setMaxLength(LIMITS["title"])
        self.title.setPlaceholderText(self.tr("What is being sold, and to whom"))
        self.contact = ContactBox(self._db)
        self.company = CompanyBox(self._db)
        self.value = QLineEdit()
        self.value.setObjectName("deal-value")
        self.value.setPlaceholderText("0")
        self.value.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.currency = QComboBox()
        self.currency.setObjectName("deal-currency")
        self.currency.setEditable(True)
        self.currency.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line = self.currency.lineEdit()
        assert line is not None
        line.setMaxLength(3)
        self.pipeline = QComboBox()
        self.pipeline.setObjectName("deal-pipeline")
        for info in self._pipelines:
            self.pipeline.addItem(info.name, info.id)
        self.stage = QComboBox()
        self.stage.setObjectName("deal-stage")
        self.close_known = QCheckBox(self.tr("Known"))
        self.close_known.setObjectName("deal-close-known")
        self.expected_close = QDateEdit(QDate.currentDate().addMonths(1))
        self.expected_close.setObjectName("deal-expected-close")
        self.expected_close.setCalendarPopup(True)
        self.expected_close.setEnabled(False)
        self.close_known.toggled.connect(self.expected_close.setEnabled)
        self.owner = QLineEdit()
        self.owner.setObjectName("deal-owner")
        self.owner.setMaxLength(LIMITS["owner"])
        self.owner.setCompleter(QCompleter(owners, self.owner))
        self.source = QComboBox()
        self.source.setObjectName("deal-source")
        self.source.setEditable(True)
        self.source.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for key in ACQUISITION_SOURCES:
            self.source.addItem(label(SOURCES, key), key)
        for text in sources:
            if self.source.findData(text) < 0:
                self.source.addItem(text, text)
        self.probability = QSpinBox()
        self.probability.setObjectName("deal-probability")
        self.probability.setRange(STAGE_PROBABILITY, 100)
        self.probability.setSuffix(" %")
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("deal-notes")
        self.notes.setTabChangesFocus(True)
        self.status = QLabel()
        self.status.setObjectName("deal-status")
        self.status.hide()
        self.pipeline.currentIndexChanged.connect(lambda _i: self._fill_stages(None))
        self.stage.currentIndexChanged.connect(lambda _i: self._show_stage_probability())

        e = self.errors
        money_row = QWidget()
        row = QHBoxLayout(money_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.value, 1)
        row.addWidget(self.currency)
        close_row = QWidget()
        row = QHBoxLayout(close_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.close_known)
        row.addWidget(self.expected_close, 1)
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(self.status)
        form.addRow(self.tr("&Title:"), e.under("title", self.title))
        form.addRow(self.tr("&Contact:"), e.under("contact_id", self.contact))
        form.addRow(self.tr("C&ompany:"), e.under("company_id", self.company))
        form.addRow(self.tr("&Value:"), e.under("value", e.under("currency", money_row)))
        if len(self._pipelines) > 1:
            form.addRow(self.tr("&Pipeline:"), self.pipeline)
        else:
            self.pipeline.hide()
        form.addRow(self.tr("&Stage:"), e.under("stage_id", e.under(
            "closed_on", e.under("lost_reason_id", self.stage))))
        form.addRow(self.tr("&Expected close:"), e.under("expected_close", close_row))
        form.addRow(self.tr("O&wner:"), e.under("owner", self.owner))
        form.addRow(self.tr("So&urce:"), e.under("source", self.source))
        form.addRow(self.tr("P&robability:"), e.under("probability", self.probability))
        form.addRow(self.tr("&Notes:"), e.under("notes", self.notes))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("deal-save")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("deal-delete")
        self.delete_button.setToolTip(self.tr("Move the deal to the Trash (Edit > Undo "
                                              "brings it back)"))
        self.delete_button.setAutoDefault(False)
        self.delete_button.clicked.connect(self.delete)
        self.history = HistoryView()
        self.activity = ActivityView()
        layout = QVBoxLayout(self)
        if self.record is None:
            self.delete_button.hide()
            self.tabs = None
            layout.addWidget(page, 1)
        else:
            self.tabs = QTabWidget()
            self.tabs.addTab(page, self.tr("Deal"))
            self.tabs.addTab(self.history, self.tr("History"))
            self.tabs.addTab(self.activity, self.tr("Activity"))
            layout.addWidget(self.tabs, 1)
        layout.addWidget(e.labels["general"])
        bottom = QHBoxLayout()
        bottom.addWidget(self.delete_button)
        bottom.addWidget(self.buttons, 1)
        layout.addLayout(bottom)
        self.setMinimumWidth(520)

    def _fill_currencies(self, current: str) -> None:
        codes = dict.fromkeys((current, default_currency(self._settings), *COMMON_CURRENCIES))
        self.currency.addItems(list(codes))
        self.currency.setCurrentIndex(0)

    def _fill_new(self, pipeline_id: int | None, stage_id: int | None) -> None:
        self.contact.select(*self._contact)
        self.company.select(*self._company)
        self._fill_currencies(default_currency(self._settings))
        self.owner.setText(self._settings.owner_name)
        self.source.setCurrentIndex(-1)
        self.probability.setValue(STAGE_PROBABILITY)
        if stage_id is not None and pipeline_id is None:
            pipeline_id = next((p.id for p in self._pipelines
                                if any(s.id == stage_id for s in p.stages)), None)
        self._choose_pipeline(pipeline_id, stage_id)

    def _fill(self, record: DealRecord) -> None:
        self.title.setText(record.title)
        self.contact.select(record.contact_id, record.contact_name)
        self.company.select(record.company_id, record.company_name)
        self._fill_currencies(record.currency)
        self.value.setText(money.plain_text(record.value_minor, record.currency)
                           if record.value_minor else "")
        self._choose_pipeline(record.pipeline_id, record.stage_id)
        self.close_known.setChecked(record.expected_close is not None)
        if record.expected_close is not None:
            day = record.expected_close
            self.expected_close.setDate(QDate(day.year, day.month, day.day))
        self.owner.setText(record.owner or "")
        self.source.setCurrentIndex(self.source.findData(record.source))
        if self.source.currentIndex() < 0:
            self.source.setEditText(record.source or "")
        self.probability.setValue(STAGE_PROBABILITY if record.probability is None
                                  else record.probability)
        self.notes.setPlainText(record.notes or "")
        if record.status is not StageKind.OPEN and record.closed_on is not None:
            self.status.setText(self.tr("{status} on {date}").format(
                status=status_text(record), date=day_text(record.closed_on)))
            self.status.show()
        if record.deleted_at is not None:
            self.status.setText(self.tr("This deal is in the Trash."))
            self.status.show()
            self.save_button.setEnabled(False)
            self.delete_button.setEnabled(False)

    def _choose_pipeline(self, pipeline_id: int | None, stage_id: int | None) -> None:
        index = self.pipeline.findData(pipeline_id) if pipeline_id is not None else 0
        self.pipeline.blockSignals(True)
        self.pipeline.setCurrentIndex(max(0, index))
        self.pipeline.blockSignals(False)
        self._fill_stages(stage_id)

    def _current_pipeline(self) -> PipelineInfo | None:
        chosen = self.pipeline.currentData()
        return next((p for p in self._pipelines if p.id == chosen), None)

    def _fill_stages(self, stage_id: int | None) -> None:
        info = self._current_pipeline()
        self.stage.blockSignals(True)
        self.stage.clear()
        for stage in info.stages if info is not None else ():
            self.stage.addItem(stage.name, stage.id)
        index = self.stage.findData(stage_id) if stage_id is not None else -1
        self.stage.setCurrentIndex(index if index >= 0 else min(0, self.stage.count() - 1))
        self.stage.blockSignals(False)
        self._show_stage_probability()

    def _stage_info(self, stage_id: int) -> StageInfo | None:
        return next((s for p in self._pipelines for s in p.stages if s.id == stage_id), None)

    def _show_stage_probability(self) -> None:
        stage = self._stage_info(self.stage.currentData() or 0)
        percent = stage.probability if stage is not None else 0
        self.probability.setSpecialValueText(
            self.tr("The stage's ({percent} %)").format(percent=percent))

    def _contact_chosen(self, _index: int) -> None:
        """A contact picked for a deal with no company brings its company along."""
        contact_id = self.contact.currentData()
        if contact_id is None or self.company.currentText().strip():
            return
        with self._db.session_scope() as session:
            person = contacts.get_contact(session, int(contact_id), include_deleted=True)
        if person.company_id is not None:
            self.company.select(person.company_id, person.company_name)

    # Reading and saving ---------------------------------------------------------------
    def deal_input(self) -> DealInput:
        """What the form shows, as the service takes it. ValidationError for what the
        form checks itself: contact, company, currency and amount."""
        currency = money.normalize_currency(self.currency.currentText())
        stage_id = self.stage.currentData()
        if stage_id is None:
            raise ValidationError("stage_id", STAGE_REQUIRED)
        close = self.expected_close.date()
        chance = self.probability.value()
        return DealInput(
            title=self.title.text(),
            stage_id=int(stage_id),
            currency=currency,
            value_minor=money.parse_amount(self.value.text(), currency),
            contact_id=self.contact.contact_id(),
            company_id=self.company.company_id(),
            expected_close=(dt.date(close.year(), close.month(), close.day())
                            if self.close_known.isChecked() else None),
            owner=self.owner.text(),
            source=self._source(),
            probability=None if chance == STAGE_PROBABILITY else chance,
            notes=self.notes.toPlainText(),
        )

    def _source(self) -> str | None:
        text = self.source.currentText().strip()
        found = self.source.findText(text, Qt.MatchFlag.MatchFixedString)  # any case
        return self.source.itemData(found) if found >= 0 else (text or None)

    def save(self) -> None:
        """Write the deal (the Save button); on an error say what is wrong, stay open."""
        self.errors.clear()
        try:
            data = self.deal_input()
        except ValidationError as err:
            self.show_error(err)
            return
        command: CreateDealCommand | EditDealCommand
        if self.record is None:
            command = CreateDealCommand(self._db, self._changes, data)
        else:
            if comparable(data) == comparable(self.record.to_input()):
                self.accept()  # nothing changed: no write, no undo step
                return
            closing = None
            stage = self._stage_info(data.stage_id)
            if (data.stage_id != self.record.stage_id and stage is not None
                    and stage.kind is not StageKind.OPEN):
                closing = close_deal_dialog.ask_closing(self, self._db, stage,
                                                        default_date=dt.date.today())
                if closing is None:
                    return
            command = EditDealCommand(self._db, self._changes, self.record.id, data, closing)
        self._undo_stack.push(command)
        if command.error is not None:
            self.show_error(command.error)
            return
        if isinstance(command, CreateDealCommand) and command.record is not None:
            self.deal_id = command.record.id
        assert self.deal_id is not None
        self.saved.emit(self.deal_id)
        self.accept()

    def delete(self) -> None:
        """Move the deal to the Trash (undoable), and close the form."""
        if self.record is None:
            return
        self.errors.clear()
        command = DeleteDealCommand(self._db, self._changes, self.record)
        self._undo_stack.push(command)
        if command.error is not None:
            self.show_error(command.error)
            return
        self.deleted.emit(self.record.id)
        self.accept()

    def show_error(self, err: BaseException) -> None:
        """The message under the field it is about; that field gets the focus."""
        self.errors.show(err)
        widgets: dict[str, QWidget] = {
            "title": self.title, "contact_id": self.contact, "company_id": self.company,
            "value": self.value, "currency": self.currency, "stage_id": self.stage,
            "closed_on": self.stage, "lost_reason_id": self.stage,
            "expected_close": self.expected_close, "owner": self.owner,
            "source": self.source, "probability": self.probability, "notes": self.notes}
        widget = widgets.get(getattr(err, "field", ""))
        if widget is not None:
            if self.tabs is not None:
                self.tabs.setCurrentIndex(0)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
