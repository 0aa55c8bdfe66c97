"""The Import/Export section: start an import, see the last few, and where exports are made.

Two large buttons ("Import contacts…", "Import history") ask the main window for the
same things as File > Import… and File > Import History…; under them, the most
recent imports (one small query, refreshed when contacts change while the page is
shown, or when it is shown again). Exports are not started here: each list exports
what it shows from its own Export… button, and the page says so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..services.io.import_batches import list_batches
from .import_history import BatchesModel
from .sections import section

if TYPE_CHECKING:
    from ..db import Database
    from .changes import Changes

RECENT = 5  # imports listed on the page; the history dialog has them all


class IoSection(QWidget):
    """The page of the Import/Export section."""

    importRequested = Signal()
    historyRequested = Signal()

    def __init__(self, database: Database, changes: Changes,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("io-section")
        self._db = database
        self._stale = True
        spec = section("import_export")

        title = QLabel(spec.display_title())
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        blurb = QLabel(spec.display_blurb())
        blurb.setWordWrap(True)

        style = self.style()
        self.import_button = self._big_button(
            self.tr("&Import Contacts…"), "io-import",
            style.standardIcon(QStyle.StandardPixmap.SP_DialogOpenButton))
        self.import_button.setToolTip(self.tr("Excel (.xlsx, .xlsm), CSV (.csv, .tsv, .txt) "
                                              "or vCard (.vcf) files. You can also drop a "
                                              "file on the window."))
        self.import_button.clicked.connect(self.importRequested)
        self.history_button = self._big_button(
            self.tr("Import &History"), "io-history",
            style.standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView))
        self.history_button.setToolTip(self.tr("Every import, and undoing one as a whole"))
        self.history_button.clicked.connect(self.historyRequested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.history_button)
        buttons.addStretch(1)

        recent_title = QLabel(self.tr("<b>Recent imports</b>"))
        self.model = BatchesModel(self)
        self.recent = QTableView()
        self.recent.setObjectName("io-recent")
        self.recent.setModel(self.model)
        self.recent.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.recent.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recent.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.recent.verticalHeader().hide()
        self.recent.setWordWrap(False)
        self.recent.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # the suffix shows
        self.recent.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # As tall as its few rows (see refresh), not a tall empty grid; the page's spare
        # room goes below the export note.
        self.recent.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.recent.horizontalScrollBar().rangeChanged.connect(lambda *_: self._fit_height())
        self.none_yet = QLabel(self.tr("Nothing has been imported yet."))
        self.none_yet.setObjectName("io-none")

        self.export_note = QLabel(self.tr(
            "To export, use the export button of the list you want to take out (Export… "
            "in Contacts and on a company's page, Export to Spreadsheet… in Tasks): it "
            "writes what the list shows, with its filters."))
        self.export_note.setObjectName("io-export-note")
        self.export_note.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(title)
        layout.addWidget(blurb)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addSpacing(12)
        layout.addWidget(recent_title)
        layout.addWidget(self.recent)
        layout.addWidget(self.none_yet)
        layout.addSpacing(12)
        layout.addWidget(self.export_note)
        layout.addStretch(1)  # everything at the top, with or without imports listed
        changes.contactsChanged.connect(lambda _ids: self._on_changed())

    def _big_button(self, text: str, name: str, icon) -> QPushButton:  # icon: QIcon
        button = QPushButton(icon, text)
        button.setObjectName(name)
        button.setIconSize(QSize(32, 32))
        button.setMinimumSize(QSize(220, 64))
        font = QFont(button.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        button.setFont(font)
        return button

    def refresh(self) -> None:
        """List the last few imports (a query of RECENT rows)."""
        self._stale = False
        with self._db.session_scope() as session:
            self.model.set_records(list_batches(session, limit=RECENT))
        self.recent.resizeColumnsToContents()
        self._fit_height()
        empty = self.model.rowCount() == 0
        self.recent.setVisible(not empty)
        self.none_yet.setVisible(empty)

    def _fit_height(self) -> None:
        """The list as tall as its header and rows (and its scroll bar, in a narrow window)."""
        table = self.recent
        bar = table.horizontalScrollBar()
        table.setMaximumHeight(table.horizontalHeader().sizeHint().height()
                               + table.verticalHeader().length() + 2 * table.frameWidth()
                               + (bar.sizeHint().height() if bar.maximum() > 0 else 0))

    def _on_changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        if self._stale:
            self.refresh()
        super().showEvent(event)
