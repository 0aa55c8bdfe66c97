"""The single customer view: header card, quick-log bar, timeline, follow-ups and deals.

``show_contact(id)`` reads what the page shows once: the header in one unit of work
(the contact with its emails, phones and tags in one joined query, its company's name
in a second) together with the open follow-ups, and the timeline's count and first
page. Further timeline pages are read as they are scrolled to. The page listens to
the Changes hub and re-reads only the part that changed.

"Follow up…" on a timeline row (its context menu, the Menu key, or the button under
the timeline) opens the task form for this contact, titled after that interaction;
the task it creates becomes the interaction's follow-up (``interactions.task_id``).
The contact's deals are listed in a DealsBlock, whose forms write on the undo stack
the page is given (the main window's, so Edit > Undo takes them back); its purchases and
loyalty standing in a LoyaltyBlock (app.ui.loyalty_block; Ctrl+Shift+P logs a purchase).
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Collection
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QPoint, Qt, Signal, SignalInstance
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QKeySequence,
    QShortcut,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..messages import UserMessageError
from ..models.enums import StageKind
from ..services import contacts, interactions, tasks
from ..services.contacts import ContactRecord, ContactSummary
from ..services.errors import ServiceError
from ..services.interactions import InteractionRecord
from ..services.tasks import TaskRecord
from .deals_block import DealsBlock
from .i18n import translated
from .labels import SOURCES, STAGES, label
from .loyalty_block import LoyaltyBlock
from .quick_log import QuickLogBar
from .task_dialog import TaskDialog
from .timeline_model import TimelineModel, TimelineView, channel_text, local_text

if TYPE_CHECKING:
    from ..db import Database
    from .changes import Changes
    from .settings import Settings

SPLITTER_STATE = "contact-page-splitter"
TaskIdRole = Qt.ItemDataRole.UserRole + 1


def days_since(moment: dt.datetime, today: dt.date) -> int:
    """Whole calendar days from ``moment``'s local date to ``today``."""
    return (today - moment.astimezone().date()).days


def _day_text(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day),
                              QLocale.FormatType.ShortFormat)


def _chip(name: str, color: str) -> str:
    background = QColor(color) if QColor.isValidColorName(color) else QColor("#808080")
    ink = "#000000" if background.lightnessF() > 0.6 else "#ffffff"
    return (f'<span style="background-color:{background.name()}; color:{ink};">'
            f"&nbsp;{html.escape(name)}&nbsp;</span>")


class ContactCard(QFrame):
    """The header: who, how to reach them, where they stand and when we last spoke."""

    #: The company's name was clicked: open its page.
    companyRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contact-card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.name = self._label("contact-name")
        font = QFont(self.name.font())
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.6)
        else:  # a font sized in pixels
            font.setPixelSize(round(font.pixelSize() * 1.6))
        font.setBold(True)
        self.name.setFont(font)
        self.job = self._label("contact-job", rich=True)
        self.job.linkActivated.connect(self._on_job_link)
        self.phones = self._label("contact-phones", links=True)
        self.emails = self._label("contact-emails", links=True)
        self.tags = self._label("contact-tags", rich=True)
        self.stage = self._label("contact-stage")
        self.consent = self._label("contact-consent")
        self.owner = self._label("contact-owner")
        self.last_contact = self._label("contact-last-contact")
        layout = QVBoxLayout(self)
        layout.addWidget(self.name)
        layout.addWidget(self.job)
        reach = QHBoxLayout()
        reach.addWidget(self.phones)
        reach.addWidget(self.emails)
        reach.addStretch(1)
        layout.addLayout(reach)
        layout.addWidget(self.tags)
        facts = QHBoxLayout()
        facts.setSpacing(18)
        for widget in (self.stage, self.consent, self.owner, self.last_contact):
            facts.addWidget(widget)
        facts.addStretch(1)
        layout.addLayout(facts)

    def _on_job_link(self, link: str) -> None:
        if link.startswith("company:"):
            self.companyRequested.emit(int(link.split(":", 1)[1]))

    def _label(self, name: str, *, links: bool = False, rich: bool = False) -> QLabel:
        widget = QLabel()
        widget.setObjectName(name)
        widget.setTextFormat(Qt.TextFormat.RichText if links or rich
                             else Qt.TextFormat.PlainText)
        if links:
            widget.setOpenExternalLinks(True)
            widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        else:
            widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return widget

    def show_header(self, header: ContactSummary, today: dt.date) -> None:
        c = header.contact
        self.name.setText(c.display_name)
        company = (f'<a href="company:{c.company_id}">{html.escape(c.company_name)}</a>'
                   if c.company_name and c.company_id is not None else "")
        title = html.escape(c.title or "")
        if title and company:
            job = self.tr("{title} at {company}").format(title=title, company=company)
        else:
            job = title or company
        self.job.setText(job)
        self.job.setVisible(bool(job))
        self.phones.setText(", ".join(
            f'<a href="tel:{html.escape(p.e164)}">{html.escape(p.raw)}</a>' if p.e164
            else html.escape(p.raw) for p in c.phones))
        self.emails.setText(", ".join(
            f'<a href="mailto:{html.escape(e)}">{html.escape(e)}</a>' for e in c.emails))
        self.tags.setText(" ".join(_chip(n, color) for n, color in header.tag_colors))
        self.tags.setVisible(bool(header.tag_colors))
        stage = self.tr("Stage: {stage}").format(stage=label(STAGES, c.lifecycle_stage))
        if c.source:
            stage += " · " + self.tr("Source: {source}").format(source=label(SOURCES, c.source))
        self.stage.setText(stage)
        self.consent.setText(self._consent_text(c))
        self.owner.setText(self.tr("Owner: {owner}").format(owner=c.owner) if c.owner
                           else self.tr("No owner"))
        self.last_contact.setText(self._last_contact_text(header.last_contacted_at, today))

    def show_missing(self, message: str) -> None:
        self.name.setText(message)
        for widget in (self.job, self.tags):
            widget.hide()
        for widget in (self.phones, self.emails, self.stage, self.consent, self.owner,
                       self.last_contact):
            widget.clear()

    def _consent_text(self, c: ContactRecord) -> str:
        if not c.marketing_consent:
            return self.tr("Not opted in")
        if c.consent_at is None:
            return self.tr("Opted in")
        text = self.tr("Opted in on {date}").format(
            date=_day_text(c.consent_at.astimezone().date()))
        return f"{text} ({c.consent_source})" if c.consent_source else text

    def _last_contact_text(self, moment: dt.datetime | None, today: dt.date) -> str:
        if moment is None:
            return self.tr("Never contacted")
        days = days_since(moment, today)
        if days <= 0:  # a meeting logged ahead still counts as "today"
            return self.tr("Last contact: today")
        if days == 1:
            return self.tr("Last contact: yesterday")
        return self.tr("Last contact: %Ln day(s) ago", "", days)


class ContactPage(QWidget):
    """One contact on one page; ``show_contact(id)`` fills it."""

    backRequested = Signal()
    editRequested = Signal(int)
    newTaskRequested = Signal(int)

    def __init__(self, database: Database, settings: Settings, changes: Changes,
                 parent: QWidget | None = None, *,
                 undo_stack: QUndoStack | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contact-page")
        self._db = database
        self._settings = settings
        self._changes = changes
        self._contact_id: int | None = None
        self._stale: set[str] = set()  # parts to re-read when the page is next shown
        self._live = False  # the contact is there (not gone, not in the Trash)
        self.follow_up_dialog: TaskDialog | None = None
        self.timeline_menu: QMenu | None = None

        self.back_button = self._button(self.tr("Back"), "contact-back",
                                        self.backRequested.emit)
        self.back_button.setToolTip(self.tr("Back to the list (Alt+Left)"))
        self.edit_button = self._button(self.tr("Edit…"), "contact-edit",
                                        lambda: self._emit_for_contact(self.editRequested))
        self.new_task_button = self._button(
            self.tr("New task…"), "contact-new-task",
            lambda: self._emit_for_contact(self.newTaskRequested))
        back = QShortcut(QKeySequence(QKeySequence.StandardKey.Back), self)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self.backRequested)

        self.card = ContactCard()
        self.quick_log = QuickLogBar(database, settings, changes, load_deals=False)

        self.timeline_model = TimelineModel(database, None, self)
        self.timeline = TimelineView()
        self.timeline.setObjectName("contact-timeline")
        self.timeline.setModel(self.timeline_model)
        self.follow_up_action = QAction(self.tr("Follow up…"), self)
        self.follow_up_action.setObjectName("action-follow-up")
        self.follow_up_action.triggered.connect(self.follow_up)
        self.follow_up_button = self._button(self.tr("Follow up…"), "contact-follow-up",
                                             self.follow_up_action.trigger)
        self.follow_up_button.setToolTip(
            self.tr("A task to follow up the chosen interaction (Menu key on a row)"))
        self.follow_up_action.enabledChanged.connect(self.follow_up_button.setEnabled)
        self.timeline.rowMenuRequested.connect(self._timeline_menu)
        self.timeline.selectionModel().currentChanged.connect(
            lambda _now, _before: self._enable_follow_up())
        self.timeline_model.modelReset.connect(self._enable_follow_up)
        self.timeline_box = QGroupBox(self.tr("Timeline"))
        timeline_column = QVBoxLayout(self.timeline_box)
        timeline_column.addWidget(self.timeline)
        timeline_column.addWidget(self.follow_up_button, 0, Qt.AlignmentFlag.AlignRight)
        self.timeline_model.countChanged.connect(self._show_timeline_count)
        self._enable_follow_up()

        self.follow_ups = QListWidget()
        self.follow_ups.setObjectName("contact-follow-ups")
        self.follow_ups.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.follow_ups.customContextMenuRequested.connect(self._follow_up_menu)
        self.complete_button = self._button(self.tr("Complete"), "contact-complete-task",
                                            self.complete_selected)
        self.complete_button.setEnabled(False)
        self.follow_ups.currentItemChanged.connect(
            lambda item, _old: self.complete_button.setEnabled(item is not None))
        self.follow_up_error = QLabel()
        self.follow_up_error.setStyleSheet("color: #c62828;")
        self.follow_up_error.setWordWrap(True)
        self.follow_up_error.hide()
        self.follow_ups_box = QGroupBox(self.tr("Open follow-ups"))
        box = QVBoxLayout(self.follow_ups_box)
        box.addWidget(self.follow_ups)
        box.addWidget(self.follow_up_error)
        box.addWidget(self.complete_button, 0, Qt.AlignmentFlag.AlignRight)

        stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.deals = DealsBlock(database, settings, changes, stack)
        self.extras = LoyaltyBlock(database, settings, changes, stack)
        self.extras.install_shortcut(self)
        self.deals.loaded.connect(lambda found: self.quick_log.set_deal_choices(
            [(d.id, d.title) for d in found if d.status is StageKind.OPEN]))

        self._layout()

        changes.contactsChanged.connect(self._on_contacts_changed)
        changes.interactionsChanged.connect(self._on_interactions_changed)
        changes.tasksChanged.connect(lambda: self._reload("tasks"))

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.back_button)
        bar.addStretch(1)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.new_task_button)
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.follow_ups_box, 1)
        column.addWidget(self.deals, 1)
        column.addWidget(self.extras, 2)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("contact-splitter")
        self.splitter.addWidget(self.timeline_box)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        state = self._settings.window_bytes(SPLITTER_STATE)
        if state is not None:
            self.splitter.restoreState(state)
        self.splitter.splitterMoved.connect(lambda _pos, _i: self._settings.set_window_bytes(
            SPLITTER_STATE, self.splitter.saveState()))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.card)
        layout.addWidget(self.quick_log)
        layout.addWidget(self.splitter, 1)

    # Public ---------------------------------------------------------------------------
    @property
    def contact_id(self) -> int | None:
        return self._contact_id

    def show_contact(self, contact_id: int) -> None:
        """Fill the page with one contact: header, follow-ups, timeline's first page."""
        self._contact_id = contact_id
        self._stale.clear()
        self.quick_log.set_contact(contact_id)
        self._load_header(with_tasks=True)
        self.deals.show_for(contact_id=contact_id)
        self.extras.show_for(contact_id)
        self.timeline_model.set_contact(contact_id)
        self.timeline.scrollToTop()

    def follow_up(self) -> None:
        """Open the task form for a follow-up of the current timeline row (the "Follow
        up…" action); the task it saves is linked to that interaction."""
        index = self.timeline.currentIndex()
        record = self.timeline_model.record(index.row()) if index.isValid() else None
        if record is None or not self._live:
            return
        dialog = TaskDialog(self._db, self._settings, self, contact_id=record.contact_id,
                            changes=self._changes)
        dialog.title.setText(self._follow_up_title(record))
        dialog.saved.connect(lambda task, interaction_id=record.id:
                             self._link_follow_up(interaction_id, task))
        if self.follow_up_dialog is not None:
            self.follow_up_dialog.deleteLater()  # the one of an earlier follow-up
        self.follow_up_dialog = dialog
        dialog.open()

    def complete_selected(self) -> None:
        """Mark the chosen follow-up done (Complete button or context menu)."""
        item = self.follow_ups.currentItem()
        if item is None:
            return
        try:
            with self._db.session_scope() as session:
                tasks.complete_task(session, int(item.data(TaskIdRole)))
        except UserMessageError as exc:  # it was deleted meanwhile
            self.follow_up_error.setText(translated(exc))
            self.follow_up_error.show()
            return
        self._changes.tasksChanged.emit()

    # Loading --------------------------------------------------------------------------
    def _load_header(self, *, with_tasks: bool) -> None:
        if self._contact_id is None:
            return
        try:
            with self._db.session_scope() as session:
                header = contacts.get_contact_summary(session, self._contact_id)
                found = (tasks.tasks_for_contact(session, self._contact_id)
                         if with_tasks else None)
        except UserMessageError as exc:  # gone, or moved to the Trash meanwhile
            self.card.show_missing(translated(exc))
            self._set_live(False)
            return
        self._set_live(True)
        self.card.show_header(header, dt.date.today())
        if found is not None:
            self._show_tasks(found)

    def _load_tasks(self) -> None:
        if self._contact_id is None:
            return
        with self._db.session_scope() as session:
            found = tasks.tasks_for_contact(session, self._contact_id)
        self._show_tasks(found)

    def _show_tasks(self, found: list[TaskRecord]) -> None:
        self.follow_ups.clear()
        self.follow_up_error.hide()
        today = dt.date.today()
        for task in found:
            if task.due_date is None:
                text = task.title
            else:
                due = (local_text(task.due_at) if task.due_at is not None
                       else _day_text(task.due_date))
                text = self.tr("{title} — due {date}").format(title=task.title, date=due)
            item = QListWidgetItem(text)
            item.setData(TaskIdRole, task.id)
            if task.due_date is not None and task.due_date < today:
                item.setForeground(QColor("#c62828"))
                item.setToolTip(self.tr("Overdue"))
            self.follow_ups.addItem(item)
        self.complete_button.setEnabled(self.follow_ups.currentItem() is not None)

    def _show_timeline_count(self, count: int) -> None:
        self.timeline_box.setTitle(self.tr("Timeline (%Ln interaction(s))", "", count))

    def _set_live(self, live: bool) -> None:
        self._live = live
        for widget in (self.edit_button, self.new_task_button, self.quick_log,
                       self.follow_ups_box, self.deals.new_button):
            widget.setEnabled(live)
        self.extras.set_live(live)
        self._enable_follow_up()

    def _enable_follow_up(self) -> None:
        self.follow_up_action.setEnabled(self._live and self.timeline.currentIndex().isValid())

    # Follow-ups of interactions -------------------------------------------------------
    def _follow_up_title(self, record: InteractionRecord) -> str:
        """What the task form starts with: the interaction's subject, or its channel
        when it has none, within the limit of a task's title."""
        subject = " ".join((record.subject or "").split())
        if subject:
            title = self.tr("Follow up: {subject}").format(subject=subject)
        else:
            title = self.tr("Follow up: {channel}").format(channel=channel_text(record.channel))
        limit = tasks.LIMITS["title"]
        return title if len(title) <= limit else title[: limit - 1] + "…"

    def _link_follow_up(self, interaction_id: int, task: TaskRecord) -> None:
        """The task form saved the follow-up: make it the interaction's task (if it has
        none yet), in a unit of work of its own after the task's."""
        try:
            with self._db.session_scope() as session:
                linked = interactions.link_follow_up(session, interaction_id, task.id)
        except ServiceError:  # the interaction was deleted meanwhile: the task stands alone
            return
        self._changes.interactionsChanged.emit(linked.contact_id)

    def _timeline_menu(self, where: QPoint) -> None:
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(self.follow_up_action)
        self.timeline_menu = menu
        menu.popup(where)

    # Change notifications -------------------------------------------------------------
    def _on_contacts_changed(self, ids: Collection[int]) -> None:
        if self._contact_id is None:
            return
        if not ids:  # many at once (an import, or its undo): this one's activity too
            self._reload("timeline")
            self._reload("header")
        elif self._contact_id in ids:
            self._reload("header")

    def _on_interactions_changed(self, contact_id: int) -> None:
        if contact_id == self._contact_id:
            self._reload("timeline")
            self._reload("header")

    def _reload(self, part: str) -> None:
        if self._contact_id is None:
            return
        if not self.isVisible():
            self._stale.add(part)
            return
        if part == "header":
            self._load_header(with_tasks=False)
        elif part == "timeline":
            self.timeline_model.refresh()
        else:
            self._load_tasks()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        stale, self._stale = self._stale, set()
        for part in sorted(stale):
            self._reload(part)

    # Helpers --------------------------------------------------------------------------
    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _emit_for_contact(self, signal: SignalInstance) -> None:
        if self._contact_id is not None:
            signal.emit(self._contact_id)

    def _follow_up_menu(self, pos: QPoint) -> None:
        item = self.follow_ups.itemAt(pos)
        if item is None:
            return
        self.follow_ups.setCurrentItem(item)
        menu = QMenu(self)
        menu.addAction(self.tr("Complete"), self.complete_selected)
        menu.exec(self.follow_ups.viewport().mapToGlobal(pos))
