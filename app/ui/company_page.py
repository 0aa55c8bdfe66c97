"""One company on one page: its header card, its people and its deals.

``show_company(id)`` reads the company once and points a windowed ContactsModel at
the contacts of that company (``ContactFilters(company_id=...)``), so a company with
tens of thousands of people opens as fast as one with three: only the count and the
rows on screen are read. The page listens to ``Changes.contactsChanged`` (which the
company commands emit too) and re-reads when visible, or when next shown. Edits go on
the undo stack it is given (the main window's), so Edit > Undo takes them back; so
do the deal forms the Deals block (deals_block.py) opens.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Collection
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..messages import UserMessageError
from ..services import companies
from ..services.companies import CompanyRecord
from ..services.search import ContactFilters, ContactQuery
from .company_form import CompanyDialog
from .contacts_model import COLUMN_KEYS, ContactIdRole, ContactsModel
from .deals_block import DealsBlock
from .i18n import translated

if TYPE_CHECKING:
    from ..db import Database
    from .changes import Changes
    from .export_dialog import ExportTask
    from .settings import Settings

WEB_SCHEMES = ("http", "https")
HIDDEN_COLUMNS = ("company",)  # every row is this company's


def website_html(url: str) -> str:
    """A link for an http(s) address, escaped text for anything else."""
    text = html.escape(url)
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:  # e.g. a broken IPv6 host written by another program
        return text
    return f'<a href="{text}">{text}</a>' if scheme in WEB_SCHEMES else text


def phone_html(raw: str, e164: str | None) -> str:
    """A tel: link when the number is known in E.164 form, else the text as typed."""
    if e164:
        return f'<a href="tel:{html.escape(e164)}">{html.escape(raw)}</a>'
    return html.escape(raw)


def address_text(record: CompanyRecord) -> str:
    parts = (record.street, record.city, record.region, record.postal_code, record.country)
    return ", ".join(p for p in parts if p)


class CompanyCard(QFrame):
    """The header: name, industry, how to reach the company, where it is, notes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("company-card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.name = self._label("company-name")
        font = QFont(self.name.font())
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.6)
        else:  # a font sized in pixels
            font.setPixelSize(round(font.pixelSize() * 1.6))
        font.setBold(True)
        self.name.setFont(font)
        self.trash = self._label("company-trash")
        self.industry = self._label("company-industry")
        self.website = self._label("company-website", links=True)
        self.phone = self._label("company-phone", links=True)
        self.address = self._label("company-address")
        self.notes = self._label("company-notes")
        self.notes.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.name)
        layout.addWidget(self.trash)
        layout.addWidget(self.industry)
        reach = QHBoxLayout()
        reach.setSpacing(18)
        reach.addWidget(self.website)
        reach.addWidget(self.phone)
        reach.addStretch(1)
        layout.addLayout(reach)
        layout.addWidget(self.address)
        layout.addWidget(self.notes)

    def _label(self, name: str, *, links: bool = False) -> QLabel:
        widget = QLabel()
        widget.setObjectName(name)
        if links:
            widget.setTextFormat(Qt.TextFormat.RichText)
            widget.setOpenExternalLinks(True)
            widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        else:
            widget.setTextFormat(Qt.TextFormat.PlainText)
            widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return widget

    def show_company(self, record: CompanyRecord) -> None:
        self.name.setText(record.name)
        self.trash.setText(self.tr("This company is in the Trash.")
                           if record.deleted_at is not None else "")
        self.industry.setText(record.industry or "")
        self.website.setText(website_html(record.website) if record.website else "")
        self.phone.setText(phone_html(record.phone, record.phone_e164) if record.phone else "")
        self.address.setText(address_text(record))
        self.notes.setText(record.notes or "")
        for widget in (self.trash, self.industry, self.website, self.phone, self.address,
                       self.notes):
            widget.setVisible(bool(widget.text()))

    def show_missing(self, message: str) -> None:
        self.name.setText(message)
        for widget in (self.trash, self.industry, self.website, self.phone, self.address,
                       self.notes):
            widget.clear()
            widget.hide()


class CompanyPage(QWidget):
    """One company and its people; ``show_company(id)`` fills it."""

    backRequested = Signal()
    contactActivated = Signal(int)
    statusMessage = Signal(str)

    def __init__(self, database: Database, settings: Settings, changes: Changes,
                 parent: QWidget | None = None, *,
                 undo_stack: QUndoStack | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("company-page")
        self._db, self._settings, self._changes = database, settings, changes
        self._undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self._company_id: int | None = None
        self._stale = False  # something changed while hidden: re-read when shown
        self.record: CompanyRecord | None = None
        self.edit_dialog: CompanyDialog | None = None

        self.back_button = self._button(self.tr("Back"), "company-back", self.backRequested.emit)
        self.back_button.setToolTip(self.tr("Back to the list (Alt+Left)"))
        self.edit_button = self._button(self.tr("Edit…"), "company-edit", self.edit)
        self.export_button = self._button(self.tr("Export…"), "company-export", self.export)
        self.export_button.setToolTip(self.tr("Write this company's people to a file"))
        self.export_task: ExportTask | None = None
        back = QShortcut(QKeySequence(QKeySequence.StandardKey.Back), self)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self.backRequested)
        self.card = CompanyCard()

        # Counted on show_company(), not now: until then there is no company to count for.
        self.model = ContactsModel(database, initial_count=0, parent=self)
        self.model.countChanged.connect(self._show_count)
        self.people = QTableView()
        self.people.setObjectName("company-people")
        self.people.setModel(self.model)
        self.people.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.people.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people.setAlternatingRowColors(True)
        self.people.setWordWrap(False)
        self.people.verticalHeader().hide()
        # Uniform rows: the view never asks every row for its height.
        self.people.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.people.verticalHeader().setDefaultSectionSize(
            self.people.fontMetrics().height() + 8)
        self.people.horizontalHeader().setStretchLastSection(True)
        for key in HIDDEN_COLUMNS:
            self.people.setColumnHidden(COLUMN_KEYS.index(key), True)
        self.people.activated.connect(self._on_activated)
        self.people_box = QGroupBox(self.tr("People"))
        QVBoxLayout(self.people_box).addWidget(self.people)
        self.deals = DealsBlock(database, settings, changes, self._undo_stack)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("company-splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.people_box)
        self.splitter.addWidget(self.deals)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)

        bar = QHBoxLayout()
        bar.addWidget(self.back_button)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        bar.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.card)
        layout.addWidget(self.splitter, 1)

        changes.contactsChanged.connect(self._on_contacts_changed)

    # Public ---------------------------------------------------------------------------
    @property
    def company_id(self) -> int | None:
        return self._company_id

    def show_company(self, company_id: int) -> None:
        """Fill the page with one company: its header and the first rows of its people."""
        self._company_id = company_id
        self._stale = False
        self._load_header()
        self.deals.show_for(company_id=company_id)
        self.model.set_query(ContactQuery(filters=ContactFilters(company_id=company_id)))
        self.people.scrollToTop()

    def edit(self) -> None:
        """Open the company form on this company (the Edit… button)."""
        if self._company_id is None:
            return
        try:
            dialog = CompanyDialog(self._db, self._settings, self._changes, self,
                                   company_id=self._company_id, undo_stack=self._undo_stack)
        except UserMessageError:  # moved to the Trash or removed meanwhile
            self._load_header()  # the header says so, and Edit… is disabled
            return
        if self.edit_dialog is not None:
            self.edit_dialog.deleteLater()  # the one of an earlier edit
        self.edit_dialog = dialog
        dialog.open()

    def export(self) -> None:
        """Write this company's people (not those in the Trash) to a file the user
        picks, on a worker (see export_dialog)."""
        import datetime as dt

        from ..services.io.export import export_contacts
        from .export_dialog import session_run, start_export

        if self._company_id is None:
            return
        query = ContactQuery(filters=ContactFilters(company_id=self._company_id))
        run = session_run(export_contacts, query, now=dt.datetime.now().astimezone())
        name = self.record.name if self.record is not None else self.tr("people")
        self.export_task = start_export(
            self, self._db, kind="contacts", default_name=name, run=run,
            on_message=self.statusMessage.emit, formats=("xlsx", "csv", "vcf"))

    # Loading --------------------------------------------------------------------------
    def _load_header(self) -> None:
        if self._company_id is None:
            return
        try:
            with self._db.session_scope() as session:
                record = companies.get_company(session, self._company_id,
                                               include_deleted=True)
        except UserMessageError as exc:  # removed from the Trash meanwhile
            self.record = None
            self.card.show_missing(translated(exc))
            self.edit_button.setEnabled(False)
            self.deals.new_button.setEnabled(False)
            return
        self.record = record
        self.card.show_company(record)
        self.edit_button.setEnabled(record.deleted_at is None)  # restore it first
        self.deals.new_button.setEnabled(record.deleted_at is None)

    def _show_count(self, count: int) -> None:
        self.people_box.setTitle(self.tr("People (%Ln)", "", count))

    def _on_activated(self, index: Any) -> None:
        contact_id = index.data(ContactIdRole)
        if contact_id is not None:
            self.contactActivated.emit(int(contact_id))

    # Change notifications -------------------------------------------------------------
    def _on_contacts_changed(self, _ids: Collection[int]) -> None:
        # Any contact may have joined or left the company, and an empty set means "some
        # contacts, or a company": re-read both parts.
        if self._company_id is None:
            return
        if not self.isVisible():
            self._stale = True
            return
        self._reload()

    def _reload(self) -> None:
        self._load_header()
        self.model.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale and self._company_id is not None:
            self._stale = False
            self._reload()

    # Helpers --------------------------------------------------------------------------
    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button
