"""The deal form's read-only tabs: its stage history and the activity linked to it.

Both are short lists (a deal visits a handful of stages and has tens of calls), read
once with the deal and shown in plain tree widgets, times in local time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from ..services.deals import LinkedActivity, Visit
from .deal_fields import TASK_STATUSES, day_text
from .labels import CHANNELS, label
from .timeline_model import local_text


def days_between(start: dt.datetime, end: dt.datetime) -> int:
    """Whole days from ``start`` to ``end`` (0 for a visit of less than a day)."""
    return max(0, (end - start) // dt.timedelta(days=1))


class HistoryView(QTreeWidget):
    """Every stage the deal visited: stage, entered, left, days there."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deal-history")
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setHeaderLabels([self.tr("Stage"), self.tr("Entered"), self.tr("Left"),
                              self.tr("Days")])

    def show_visits(self, visits: Sequence[Visit], now: dt.datetime) -> None:
        self.clear()
        for visit in visits:
            left = (local_text(visit.left_at) if visit.left_at is not None
                    else self.tr("still there"))
            days = days_between(visit.entered_at, visit.left_at or now)
            item = QTreeWidgetItem([visit.stage_name, local_text(visit.entered_at), left,
                                    str(days)])
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight
                                  | Qt.AlignmentFlag.AlignVCenter)
            self.addTopLevelItem(item)
        for column in range(self.columnCount()):
            self.resizeColumnToContents(column)


class ActivityView(QTreeWidget):
    """The interactions and tasks about the deal, newest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deal-activity")
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setHeaderLabels([self.tr("When"), self.tr("What"), self.tr("Subject")])

    def show_activity(self, found: Sequence[LinkedActivity]) -> None:
        self.clear()
        for entry in found:
            when = entry.when
            if isinstance(when, dt.datetime):
                when_text = local_text(when)
            elif isinstance(when, dt.date):
                when_text = day_text(when)
            else:
                when_text = ""
            if entry.kind == "task":
                what = label(TASK_STATUSES, entry.detail)
            else:
                what = label(CHANNELS, entry.detail)
            self.addTopLevelItem(QTreeWidgetItem([when_text, what, entry.text]))
        for column in range(self.columnCount() - 1):
            self.resizeColumnToContents(column)

    def texts(self) -> list[list[str]]:
        """What the rows say, in view order."""
        rows = (self.topLevelItem(i) for i in range(self.topLevelItemCount()))
        return [[row.text(c) for c in range(self.columnCount())] for row in rows if row]
