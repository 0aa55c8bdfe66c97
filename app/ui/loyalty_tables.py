"""The Loyalty section's tables: figures whose counts are links to the contacts they count.

``LinkFiguresModel`` is the forecast's FiguresModel with one more column kind, "link":
a count shown as a link (the palette's link colour, underlined), behind which lies a
``ListQuery`` (the row's contacts). ``FigureTable`` shows such a model at the height of
its rows and asks for a list (``listRequested(query, title)``) when a link is clicked,
a row double-clicked (its first count), or Enter pressed on a row.

The names of the lifecycle statuses and RFM segments, as the section shows them, are
here too.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ..messages import QT_TRANSLATE_NOOP
from ..services.loyalty_lists import ListQuery
from .forecast_models import FiguresModel, Index

LIFECYCLE_NAMES: dict[str, str] = {
    "prospect": QT_TRANSLATE_NOOP("Loyalty", "Prospect"),
    "new": QT_TRANSLATE_NOOP("Loyalty", "New"),
    "active": QT_TRANSLATE_NOOP("Loyalty", "Active"),
    "expanding": QT_TRANSLATE_NOOP("Loyalty", "Expanding"),
    "at_risk": QT_TRANSLATE_NOOP("Loyalty", "At risk"),
    "lapsed": QT_TRANSLATE_NOOP("Loyalty", "Lapsed"),
    "reactivated": QT_TRANSLATE_NOOP("Loyalty", "Reactivated"),
}
LIFECYCLE_HINTS: dict[str, str] = {
    "prospect": QT_TRANSLATE_NOOP("Loyalty", "Never bought."),
    "new": QT_TRANSLATE_NOOP("Loyalty", "First purchase recently: acquisition."),
    "active": QT_TRANSLATE_NOOP("Loyalty", "Bought again within their usual interval: "
                                           "retention."),
    "expanding": QT_TRANSLATE_NOOP("Loyalty", "Spending more than in the year before: "
                                              "expansion."),
    "at_risk": QT_TRANSLATE_NOOP("Loyalty", "Overdue for their next purchase."),
    "lapsed": QT_TRANSLATE_NOOP("Loyalty", "No purchase for a long time: reactivation "
                                           "candidates."),
    "reactivated": QT_TRANSLATE_NOOP("Loyalty", "Bought again after being lapsed."),
}
SEGMENT_NAMES: dict[str, str] = {
    "champions": QT_TRANSLATE_NOOP("Loyalty", "Champions"),
    "loyal": QT_TRANSLATE_NOOP("Loyalty", "Loyal"),
    "potential_loyalists": QT_TRANSLATE_NOOP("Loyalty", "Potential loyalists"),
    "new": QT_TRANSLATE_NOOP("Loyalty", "New customers"),
    "need_attention": QT_TRANSLATE_NOOP("Loyalty", "Need attention"),
    "at_risk": QT_TRANSLATE_NOOP("Loyalty", "At risk"),
    "cant_lose": QT_TRANSLATE_NOOP("Loyalty", "Can’t lose them"),
    "hibernating": QT_TRANSLATE_NOOP("Loyalty", "Hibernating"),
    "lost": QT_TRANSLATE_NOOP("Loyalty", "Lost"),
}


#: A count's list and the title of its dialog.
Link = tuple[ListQuery, str]


def name_of(table: dict[str, str], value: str) -> str:
    """The translated name of a status or segment (an unknown one as stored)."""
    text = table.get(value)
    return QCoreApplication.translate("Loyalty", text) if text else value


class LinkFiguresModel(FiguresModel):
    """FiguresModel plus "link" columns: counts that open the contacts they count."""

    def __init__(self, columns: Sequence[tuple[str, str]], parent: Any = None) -> None:
        super().__init__(columns, parent)
        self._link_kinds = [kind == "link" for _header, kind in columns]
        self._links: list[dict[int, Link]] = []

    def set_rows(self, rows: Sequence[tuple[Any, ...]], links: Sequence[dict[int, Link]],
                 currency: str | None) -> None:
        """``links[i]`` maps each link column of row i to its list and the list's title."""
        self._links = [dict(row) for row in links]
        self.set_figures(rows, currency)

    def is_link(self, column: int) -> bool:
        return 0 <= column < len(self._link_kinds) and self._link_kinds[column]

    def link_at(self, index: Index, *, row_default: bool = False) -> Link | None:
        """The list behind a cell; with ``row_default``, the row's first one when the
        cell holds none."""
        if not index.isValid() or index.row() >= len(self._links):
            return None
        links = self._links[index.row()]
        found = links.get(index.column())
        if found is None and row_default and links:
            found = links[min(links)]
        return found

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and self.is_link(index.column()) \
                and index.column() in self._links[index.row()]:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QPalette().brush(QPalette.ColorRole.Link)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setUnderline(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Show these contacts")
        return super().data(index, role)

    def text(self, value: Any, kind: str) -> str:
        if kind == "link":
            return QLocale().toString(int(value or 0))
        return super().text(value, kind)

    def _alignment(self, column: int) -> int:
        if self.is_link(column):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super()._alignment(column)


class FigureTable(QTableView):
    """A table of figures at the height of its rows; its link cells open contact lists."""

    #: (ListQuery, the list's title)
    listRequested = Signal(object, str)  # noqa: N815 - Qt's naming

    def __init__(self, model: LinkFiguresModel, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setModel(model)
        self.figures = model
        self.verticalHeader().hide()
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMouseTracking(True)
        # Compact rows: a line of text and a little air, as a list of figures reads.
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.clicked.connect(self._clicked)
        self.doubleClicked.connect(self._double_clicked)
        model.modelReset.connect(self.fit_height)
        self.entered.connect(self._hover)

    def fit_height(self) -> None:
        """As tall as the header and the rows: the section scrolls, not each table."""
        rows = self.model().rowCount()
        height = self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(r) or self.verticalHeader().defaultSectionSize()
                      for r in range(rows))
        self.setFixedHeight(height)

    def open_index(self, index: QModelIndex, *, row_default: bool = True) -> bool:
        link = self.figures.link_at(index, row_default=row_default)
        if link is None:
            return False
        self.listRequested.emit(*link)
        return True

    def _clicked(self, index: QModelIndex) -> None:
        if self.figures.is_link(index.column()):
            self.open_index(index, row_default=False)

    def _double_clicked(self, index: QModelIndex) -> None:
        if not self.figures.is_link(index.column()):  # a link opened on the first click
            self.open_index(index)

    def _hover(self, index: QModelIndex) -> None:
        link = self.figures.link_at(index) is not None
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor if link
                                  else Qt.CursorShape.ArrowCursor)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_index(self.currentIndex())
            return
        super().keyPressEvent(event)
