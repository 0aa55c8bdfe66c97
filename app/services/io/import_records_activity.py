"""Storing imported interactions and tasks, each linked to its contact (see
import_records_links), in bulk.

An interaction needs its contact, a channel and the moment it happened (a day alone is
its noon, see import_records_rows); the direction, subject, text and outcome are
optional and checked as the interaction form checks them. Once every chunk is stored,
one UPDATE moves the ``last_contacted_at`` of the contacts that got interactions to
their newest one, never back (the rule interactions.log_interaction keeps); their
``updated_at`` stays, as none of their own fields changed.

A task needs a title; its contact is optional (a row with both contact columns empty
is a task of no one, but a contact named and not found rejects the row). The status
is open when not given; "done" stores the import's moment as ``completed_at``
("cancelled" is accepted too, with none). The
priority is a number 0-2 or a word ("high"); normal when not given.

Duplicates are records already stored (or created by an earlier row of the file) with
the same contact, channel, moment (to the second: spreadsheets keep no more) and
subject for an interaction, the same contact, title and due date for a task. With
``on_duplicate`` "create" they are stored again; with "skip", and with "update" too,
they are skipped: an interaction or task has no key to say which stored one a row
means to change, so "update" cannot change anything safely.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable
from typing import Any

from sqlalchemy import Select, and_, bindparam, func, or_, select, update
from sqlalchemy.orm import Session

from app.models import Contact, ImportChange, Interaction, Task, utcnow
from app.models.enums import Priority, TaskStatus

from .. import interactions, tasks
from .. import validation as v
from ..errors import QT_TRANSLATE_NOOP, ServiceError
from . import values
from .import_apply import ImportResult, Rejected
from .import_plan import ImportOptions
from .import_records_links import ContactFinder
from .import_records_rows import (
    RecordRow,
    RowReader,
    insert_returning_ids,
    record_changes,
    slices,
    stamped,
)

NOT_A_STATUS = QT_TRANSLATE_NOOP(
    "Import", "“{value}” is not a task status. Use one of: {choices}.")

#: The words a status cell may hold, beyond the stored values themselves.
STATUS_WORDS: dict[str, tuple[str, ...]] = {
    "open": ("to do", "todo", "pending", "not started", "in progress", "new", "открыта",
             "открыто", "открытая", "в работе", "новая", "не выполнена", "ochiq", "очиқ",
             "未完成", "待办", "进行中"),
    "done": ("completed", "complete", "closed", "finished", "выполнена", "выполнено",
             "готово", "завершена", "закрыта", "bajarildi", "бажарилди", "已完成", "完成"),
    "cancelled": ("canceled", "отменена", "отменено", "bekor qilindi", "бекор қилинди",
                  "已取消", "取消"),
}
_SEEKS = 100  # rows looked up per duplicate query
_STATUSES = {values.fold_text(w): s for s, words in STATUS_WORDS.items() for w in (s, *words)}


class _ActivityWriter:
    """What interactions and tasks share: the contact lookup, the duplicate check and
    the bulk insert with its change records."""

    entity = ""
    table: Any = None
    contact_required = True

    def __init__(self, session: Session, batch_id: int, options: ImportOptions,
                 reader: RowReader) -> None:
        self.s = session
        self.batch_id = batch_id
        self.options = options
        self.reader = reader
        self.contacts = ContactFinder(session)
        self.seen: set[Hashable] = set()  # duplicate keys of the records created
        self.now = utcnow()
        self._seeks: Select[Any] | None = None

    def store(self, chunk: list[RecordRow], result: ImportResult) -> None:
        self.contacts.load(chunk)
        checked: list[dict[str, Any]] = []
        for row in chunk:
            result.warnings += row.warnings
            columns = self._columns(row) if row.ok else None
            if columns is None:
                result.rejected.append(Rejected(row.number, row.cells, row.problems))
            else:
                checked.append(columns)
        stored = self._stored(checked) if self.options.on_duplicate != "create" else set()
        creates: list[dict[str, Any]] = []
        for columns in checked:
            key = self.key(columns)
            if self.options.on_duplicate != "create" and (key in stored or key in self.seen):
                result.skipped += 1
                continue
            self.seen.add(key)
            creates.append(stamped(columns, self.now))
        ids = insert_returning_ids(self.s, self.table, creates)
        record_changes(self.s, self.batch_id, self.entity, "created", [(i, None) for i in ids])
        result.created += len(ids)

    def finish(self, result: ImportResult) -> None:
        """Nothing is left to do once every chunk is stored (interactions: see there)."""

    def _columns(self, row: RecordRow) -> dict[str, Any] | None:
        contact_id = self.contacts.find(row, required=self.contact_required)
        if not row.ok:
            return None
        try:
            columns = self.check(row)
        except ServiceError as exc:  # a ValidationError, or a ValueProblem (a status)
            row.problems.append(str(exc))
            return None
        return {"contact_id": contact_id, **columns} if row.ok else None

    def _stored(self, rows: list[dict[str, Any]]) -> set[Hashable]:
        """The duplicate keys of stored records that ``rows`` may repeat.

        Rows with a contact are looked up _SEEKS at a time by one prepared statement,
        each row an index seek on its contact (a range over all of a chunk's contacts
        and times would read most of a big table for every chunk; a statement built
        per row costs more in SQLAlchemy than the query in SQLite). The last group is
        padded with its last row, so the statement is always the same.
        """
        distinct = list({self.key(r): r for r in rows}.values())
        linked = [r for r in distinct if r["contact_id"] is not None]
        found: set[Hashable] = set()
        if self._seeks is None:
            self._seeks = self.seek_statement()
        for part in slices(linked, _SEEKS):
            padded = [*part, *[part[-1]] * (_SEEKS - len(part))]
            params = {k: value for i, r in enumerate(padded)
                      for k, value in self.seek_params(i, r).items()}
            found |= {self.stored_key(tuple(r)) for r in self.s.execute(self._seeks, params)}
        return found | self.unlinked([r for r in distinct if r["contact_id"] is None])

    def check(self, row: RecordRow) -> dict[str, Any]:
        """The record's columns but its contact; problems go to ``row.problems``."""
        raise NotImplementedError

    def key(self, columns: dict[str, Any]) -> Hashable:
        """What two records that are the same share."""
        raise NotImplementedError

    def seek_statement(self) -> Select[Any]:
        """SELECT what ``stored_key`` reads WHERE one of _SEEKS bound rows matches."""
        raise NotImplementedError

    def seek_params(self, i: int, columns: dict[str, Any]) -> dict[str, Any]:
        raise NotImplementedError

    def stored_key(self, found: tuple[Any, ...]) -> Hashable:
        return found

    def unlinked(self, rows: list[dict[str, Any]]) -> set[Hashable]:
        """The keys of stored records of no contact that ``rows`` may repeat."""
        return set()


class InteractionWriter(_ActivityWriter):
    entity = "interaction"
    table = Interaction.__table__

    def check(self, row: RecordRow) -> dict[str, Any]:
        text = _texts(row, interactions.LIMITS, subject=False, body=True, outcome=False)
        for key in ("channel", "occurred_at"):
            if row.values.get(key) is None:
                row.problems.append(self.reader.missing(key))
        return {"channel": row.values.get("channel"), "direction": row.values.get("direction"),
                "occurred_at": row.values.get("occurred_at"), "task_id": None, **text}

    def key(self, columns: dict[str, Any]) -> Hashable:
        return (columns["contact_id"], columns["channel"], _second(columns["occurred_at"]),
                columns["subject"])

    def seek_statement(self) -> Select[Any]:
        t = Interaction.__table__.c
        return select(t.contact_id, t.channel, t.occurred_at, t.subject).where(or_(*(
            and_(t.contact_id == bindparam(f"c{i}"), t.occurred_at >= bindparam(f"a{i}"),
                 t.occurred_at < bindparam(f"b{i}")) for i in range(_SEEKS))))

    def seek_params(self, i: int, columns: dict[str, Any]) -> dict[str, Any]:
        start = _second(columns["occurred_at"])
        return {f"c{i}": columns["contact_id"], f"a{i}": start,
                f"b{i}": start + dt.timedelta(seconds=1)}

    def stored_key(self, found: tuple[Any, ...]) -> Hashable:
        contact_id, channel, occurred_at, subject = found
        return (contact_id, channel, _second(occurred_at), subject)

    def finish(self, result: ImportResult) -> None:
        """Move the last contact of every contact this batch logged with, in one UPDATE:
        to its newest interaction, when that is later than the one it had."""
        if not result.created:
            return
        created = select(ImportChange.entity_id).where(
            ImportChange.batch_id == self.batch_id, ImportChange.entity == self.entity,
            ImportChange.action == "created")
        touched = select(Interaction.contact_id).where(Interaction.id.in_(created))
        update_last_contacted(self.s, touched, only_later=True)


class TaskWriter(_ActivityWriter):
    entity = "task"
    table = Task.__table__
    contact_required = False

    def check(self, row: RecordRow) -> dict[str, Any]:
        cols = _texts(row, tasks.LIMITS, owner=False, notes=True)
        title = v.clean_text("title", row.text("title"), limit=tasks.LIMITS["title"])
        if title is None:
            row.problems.append(self.reader.missing("title"))
        status = _status(row.values.get("status"))
        priority = row.values.get("priority")
        return {**cols, "title": title, "due_date": row.values.get("due_date"),
                "due_at": None, "remind_at": None, "status": status,
                "priority": Priority.NORMAL.value if priority is None else priority,
                "completed_at": self.now if status == TaskStatus.DONE.value else None}

    def key(self, columns: dict[str, Any]) -> Hashable:
        return (columns["contact_id"], columns["title"], columns["due_date"])

    def seek_statement(self) -> Select[Any]:
        t = Task.__table__.c
        return select(t.contact_id, t.title, t.due_date).where(or_(*(
            and_(t.contact_id == bindparam(f"c{i}"), t.title == bindparam(f"t{i}"))
            for i in range(_SEEKS))))

    def seek_params(self, i: int, columns: dict[str, Any]) -> dict[str, Any]:
        return {f"c{i}": columns["contact_id"], f"t{i}": columns["title"]}

    def unlinked(self, rows: list[dict[str, Any]]) -> set[Hashable]:
        """Tasks of no one, by title: no index helps, one scan per IN list."""
        t = Task.__table__.c
        found: set[Hashable] = set()
        for part in slices(sorted({r["title"] for r in rows})):
            stmt = select(t.contact_id, t.title, t.due_date).where(
                t.contact_id.is_(None), t.title.in_(part))
            found |= {tuple(r) for r in self.s.execute(stmt)}
        return found


def update_last_contacted(session: Session, contact_ids: Any, *, only_later: bool,
                          excluding: Any = None) -> None:
    """Set the last contact of the contacts ``contact_ids`` (a subquery) to their newest
    interaction, in one statement. ``only_later``: never move it back (a new
    interaction came); otherwise it becomes exactly that, None for none (interactions
    went: ``excluding``, a subquery of their ids, are left out, so this can run before
    they are deleted, while their contacts can still be found through them)."""
    newest_of = select(func.max(Interaction.occurred_at)).where(
        Interaction.contact_id == Contact.id)
    if excluding is not None:
        newest_of = newest_of.where(Interaction.id.not_in(excluding))
    newest = newest_of.scalar_subquery()
    # The contact's own fields are as they were, so its updated_at stays (as merge.py
    # leaves that of the interactions it moves): undo then puts back exactly.
    stmt = (update(Contact).where(Contact.id.in_(contact_ids))
            .values(last_contacted_at=newest, updated_at=Contact.updated_at))
    if only_later:
        stmt = stmt.where(or_(Contact.last_contacted_at.is_(None),
                              Contact.last_contacted_at < newest))
    session.execute(stmt, execution_options={"synchronize_session": False})
    for obj in list(session.identity_map.values()):
        if isinstance(obj, Contact):
            session.expire(obj, ["last_contacted_at"])


def _texts(row: RecordRow, limits: dict[str, int], **multiline: bool) -> dict[str, Any]:
    """The row's free-text fields, checked and cleaned as the forms do."""
    out: dict[str, Any] = {}
    for key, lines in multiline.items():
        limit = v.NOTES_LEN if lines else limits[key]
        out[key] = v.clean_text(key, row.text(key), limit=limit, multiline=lines)
    return out


def _status(value: Any) -> str:
    if value is None:
        return TaskStatus.OPEN.value
    found = _STATUSES.get(values.fold_text(str(value)))
    if found is None:
        raise values.ValueProblem(NOT_A_STATUS, value=values.shown(value),
                                  choices=", ".join(s.value for s in TaskStatus))
    return found


def _second(moment: dt.datetime) -> dt.datetime:
    return moment.replace(microsecond=0)

