"""The agenda as a Qt tree model: bucket headings with the tasks of each under them.

Split from tasks_section.py, which holds the widget, its actions and the loading: the
model only shows an Agenda that ``agenda.agenda()`` computed on a worker, so it reads
no database and can be tested with any Agenda. ``set_agenda`` resets the model (a new
agenda replaces every row). Headers and the headings' texts translate in the
"AgendaModel" context (the class name, as ``tr()`` uses); bucket names in "Tasks".
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from ..messages import QT_TRANSLATE_NOOP
from ..services.agenda import Agenda, Bucket
from ..services.tasks import TaskRecord
from .task_dialog import due_text, priority_label

COL_TITLE, COL_CONTACT, COL_DUE, COL_PRIORITY, COL_OWNER = range(5)
HEADERS = (
    QT_TRANSLATE_NOOP("AgendaModel", "Task"),
    QT_TRANSLATE_NOOP("AgendaModel", "Contact"),
    QT_TRANSLATE_NOOP("AgendaModel", "Due"),
    QT_TRANSLATE_NOOP("AgendaModel", "Priority"),
    QT_TRANSLATE_NOOP("AgendaModel", "Owner"),
)
TaskRole = Qt.ItemDataRole.UserRole + 1  # the TaskRecord of a task row
BucketRole = Qt.ItemDataRole.UserRole + 2  # the Bucket of a heading or task row
BUCKETS = tuple(Bucket)
_SELECTABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_ROLES = frozenset((Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.FontRole, TaskRole, BucketRole))

Index = QModelIndex | QPersistentModelIndex


class AgendaModel(QAbstractItemModel):
    """Two levels: the six buckets, and under each the tasks agenda() returned for it
    (plus a "more not shown" row when the bucket holds more). The internal id of an
    index is 0 for a bucket and the bucket's row + 1 for the rows under it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.agenda: Agenda | None = None

    def set_agenda(self, agenda: Agenda) -> None:
        self.beginResetModel()
        self.agenda = agenda
        self.endResetModel()

    def bucket(self, index: Index) -> Bucket | None:
        if not index.isValid():
            return None
        return BUCKETS[index.row() if index.internalId() == 0 else index.internalId() - 1]

    def task_index(self, task_id: int) -> QModelIndex | None:
        for row, bucket in enumerate(BUCKETS):
            for child, task in enumerate(self._items(bucket)):
                if task.id == task_id:
                    return self.index(child, 0, self.index(row, 0))
        return None

    def _items(self, bucket: Bucket) -> tuple[TaskRecord, ...]:
        return self.agenda.items[bucket] if self.agenda is not None else ()

    def _count(self, bucket: Bucket) -> int:
        return self.agenda.counts[bucket] if self.agenda is not None else 0

    # Qt model ---------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not (0 <= column < len(HEADERS) and 0 <= row < self.rowCount(parent)):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1 if parent.isValid() else 0)

    def parent(self, index: Index | None = None) -> Any:
        if index is None:  # QObject.parent()
            return super().parent()
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if not parent.isValid():
            return len(BUCKETS)
        if parent.internalId() != 0 or parent.column() != 0:
            return 0
        bucket = BUCKETS[parent.row()]
        shown = len(self._items(bucket))
        return shown + (1 if self._count(bucket) > shown else 0)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(HEADERS)):
            return QCoreApplication.translate("AgendaModel", HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        # Asked for every row on each layout: decided without building the row's data.
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        under = index.internalId()
        if under and index.row() < len(self._items(BUCKETS[under - 1])):
            return _SELECTABLE
        return Qt.ItemFlag.ItemIsEnabled

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES:  # painting asks for many roles this model has no use for
            return None
        bucket = self.bucket(index)
        if bucket is None:
            return None
        if role == BucketRole:
            return bucket
        if index.internalId() == 0:
            return self._heading(bucket, index.column(), role)
        items = self._items(bucket)
        if index.row() >= len(items):
            if role == Qt.ItemDataRole.DisplayRole and index.column() == COL_TITLE:
                more = QLocale().toString(self._count(bucket) - len(items))
                return self.tr("{count} more not shown: narrow the list with the filters"
                               ).format(count=more)
            return None
        task = items[index.row()]
        if role == TaskRole:
            return task
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_TITLE:
            return task.notes or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return _cell(task, index.column())

    def _heading(self, bucket: Bucket, column: int, role: int) -> Any:
        if column != COL_TITLE:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("{bucket} ({count})").format(
                bucket=QCoreApplication.translate("Tasks", bucket.label),
                count=QLocale().toString(self._count(bucket)))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None


def _cell(task: TaskRecord, column: int) -> str:
    if column == COL_TITLE:
        return task.title
    if column == COL_CONTACT:
        return task.contact_name or ""
    if column == COL_DUE:
        return due_text(task)
    if column == COL_PRIORITY:
        return priority_label(task.priority)
    return task.owner or ""
