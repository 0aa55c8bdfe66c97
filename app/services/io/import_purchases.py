"""Storing imported purchases, in bulk, with their lines and the points members earn.

One purchase is one row of the file, or, when an "Order" column is mapped, the
consecutive rows that give the same order number (an online shop's export lists an
order's lines one under the other). Each row with a product, SKU, quantity or unit
price is a line of its purchase. The purchase's customer (import_purchases_links),
date, total, currency, channel and note come from its rows: a row may leave them
empty and take its order's, but two rows of one order that give different ones refuse
the order. The total is the "Total" cell, else the sum of the lines; the currency the
"Currency" cell, else a code or sign written with the amount ("$12.50", "15 000 soʻm"),
else the loyalty programme's. Amounts are read exactly: a number cell by its value, a
text by money.parse_amount. An order seen again after other rows is refused (keep an
order's rows together): it would otherwise become two purchases.

A purchase has no key of its own, so duplicates are counted: a purchase of the file is
a duplicate when its contact already had, before this import, as many live purchases
of the same day, total and currency as the file has given so far (order numbers are not
stored). Importing a file again therefore skips every purchase of it, two equal coffees
on one day stay two purchases, and a purchase logged by hand is not imported twice.
With ``on_duplicate`` "create" everything is stored; "skip" and "update" skip
duplicates ("update" cannot change a purchase safely: nothing says which one a row
means). Counts: ``created`` and ``skipped`` are purchases, ``rejected`` are rows.

Once every chunk is stored, one INSERT ... SELECT gives the programme's members their
earned points for the new purchases in the programme's currency made on or after they
joined: floor(total in major units × points per unit), dated noon UTC of the purchase
day, with its ``purchase_id``. Those ledger entries are written down in ImportChange
rows too, so that undoing the import (``remove_purchases``) takes them away with the
purchases (import_purchases_points).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Hashable, Iterator
from typing import Any

from sqlalchemy import and_, bindparam, insert, or_, select
from sqlalchemy.orm import Session

from app.models import utcnow
from app.models.enums import PurchaseChannel
from app.models.loyalty import LoyaltyProgram, Purchase, PurchaseLine

from .. import loyalty, money, purchases
from .. import validation as v
from ..errors import QT_TRANSLATE_NOOP, ValidationError
from ..points import POINTS_MAX
from ..purchases import TOO_MANY_POINTS
from .import_apply import ImportResult, Rejected
from .import_plan import ImportOptions
from .import_purchases_links import PurchaseContactFinder
from .import_purchases_points import PURCHASE, earn_points
from .import_purchases_values import amount, channel, currency_of, split_currency
from .import_records_rows import RecordRow, RowReader, insert_returning_ids, record_changes, stamped
from .values import ValueProblem, shown, text_of

ORDER_DIFFERS = QT_TRANSLATE_NOOP(
    "Import", "The rows of order “{order}” give different values of “{column}”: “{first}” "
    "and “{other}”.")
ORDER_SPLIT = QT_TRANSLATE_NOOP(
    "Import", "Order “{order}” appears earlier in the file, with other rows between: keep "
    "the rows of an order together.")
ORDER_REFUSED = QT_TRANSLATE_NOOP(
    "Import", "Order “{order}” was not imported: another of its rows has a problem (row "
    "{rows}).")
NO_PRODUCT = QT_TRANSLATE_NOOP(
    "Import", "This row has a quantity or price but no product or SKU.")
BAD_QUANTITY = QT_TRANSLATE_NOOP(
    "Import", "“{value}” is not a quantity: give a whole number from 1 to 1,000,000.")
AMOUNT_CURRENCY = QT_TRANSLATE_NOOP(
    "Import", "“{value}” is in {found}, but the purchase is in {currency}.")

_SEEKS = 100  # (contact, day) pairs looked up per duplicate query
_MAX_QUANTITY = 1_000_000
_LINE_KEYS = ("product", "sku", "quantity", "unit_price")


class PurchaseWriter:
    """Stores purchase rows a chunk at a time (import_records._Writer)."""

    def __init__(self, session: Session, batch_id: int, options: ImportOptions,
                 reader: RowReader) -> None:
        self.s = session
        self.batch_id = batch_id
        self.options = options
        self.reader = reader
        self.finder = PurchaseContactFinder(session, options.region)
        program = session.execute(select(LoyaltyProgram.currency, LoyaltyProgram.points_per_unit)
                                  .order_by(LoyaltyProgram.id).limit(1)).first()
        self.program: tuple[str, int] | None = tuple(program) if program else None  # type: ignore[assignment]
        #: Where each field's first column is, to read amounts from the cells themselves.
        self.cell_of = {key: i for i, key, _kind in reversed(reader.targets)}
        self.grouped = "order" in self.cell_of
        self.pending: list[RecordRow] = []  # the last order of a chunk may go on
        self.orders_done: set[str] = set()
        self.given: Counter[Hashable] = Counter()  # purchases of the file, by key
        self.made: Counter[Hashable] = Counter()  # of them, created by this import
        self.now = utcnow()
        self._seeks: Any = None

    def store(self, chunk: list[RecordRow], result: ImportResult) -> None:
        groups = list(_groups([*self.pending, *chunk], self.grouped))
        self.pending = groups.pop() if groups and _order(groups[-1][0]) is not None else []
        self._write(groups, result)

    def finish(self, result: ImportResult) -> None:
        if self.pending:
            self._write([self.pending], result)
            self.pending = []
        if result.created and self.program is not None:
            earn_points(self.s, self.batch_id, *self.program)

    # --- one chunk ------------------------------------------------------------------

    def _write(self, groups: list[list[RecordRow]], result: ImportResult) -> None:
        self.finder.load(row for group in groups for row in group)
        checked = []
        for group in groups:
            purchase = self._check(group, result)
            if purchase is not None:
                checked.append(purchase)
        stored = self._stored(checked) if self.options.on_duplicate != "create" else Counter()
        creates: list[tuple[dict[str, Any], list[dict[str, Any]]]] = []
        for columns, lines in checked:
            key = _key(columns)
            if self.options.on_duplicate != "create":
                self.given[key] += 1
                if self.given[key] <= stored[key] - self.made[key]:
                    result.skipped += 1
                    continue
            self.made[key] += 1
            creates.append((stamped(columns, self.now), lines))
        ids = insert_returning_ids(self.s, Purchase.__table__, [c for c, _ in creates])
        lines = [{"purchase_id": pid, **line}
                 for pid, (_c, its) in zip(ids, creates, strict=True) for line in its]
        if lines:
            self.s.connection().execute(insert(PurchaseLine), lines)
        record_changes(self.s, self.batch_id, PURCHASE, "created", [(i, None) for i in ids])
        result.created += len(ids)

    def _check(self, group: list[RecordRow], result: ImportResult
               ) -> tuple[dict[str, Any], list[dict[str, Any]]] | None:
        """The purchase's columns and lines, or None with its rows in ``rejected``."""
        first = group[0]
        order = _order(first)
        for row in group:
            result.warnings += row.warnings
        if order is not None:
            if order in self.orders_done:
                first.problems.append(str(ValueProblem(ORDER_SPLIT, order=order)))
            self.orders_done.add(order)
        contact_id = self._contact(group, order)
        day = self._agreed(group, order, "purchased_on")
        if isinstance(day, dt.date):  # as the purchase form refuses them (a day of
            # slack for the time zones): a future day would keep a customer New forever
            if day > dt.date.today() + dt.timedelta(days=1):
                first.problems.append(str(ValueProblem.of(ValidationError(
                    "purchased_on", purchases.DATE_IN_FUTURE, date=day.isoformat()))))
            elif day < purchases.EARLIEST:
                first.problems.append(str(ValueProblem.of(ValidationError(
                    "purchased_on", purchases.DATE_TOO_EARLY, date=day.isoformat()))))
        note = _notes(group)
        code = self._currency(group, order)
        total = self._agreed(group, order, "total", lambda r: self._amount(r, "total", code))
        pairs = [(row, line) for row in group if (line := self._line(row, code)) is not None]
        lines = [line for _row, line in pairs]
        if total is None and lines and all(x["unit_price_minor"] is not None for x in lines):
            total = sum(x["quantity"] * x["unit_price_minor"] for x in lines)
            if total > money.MAX_MINOR:
                first.problems.append(str(ValueProblem.of(ValidationError(
                    "total", money.AMOUNT_TOO_LARGE, value=str(total)))))
        if len(lines) == 1 and lines[0]["unit_price_minor"] is None and total is not None \
                and total % lines[0]["quantity"] == 0:
            lines[0]["unit_price_minor"] = total // lines[0]["quantity"]
        for row, line in pairs:
            if line["unit_price_minor"] is None:
                row.problems.append(self.reader.missing("unit_price"))
        if total is not None and self.program is not None and code == self.program[0]:
            earned = loyalty.points_for_amount(total, code, self.program[1])
            if earned > POINTS_MAX:  # more than one ledger entry holds
                first.problems.append(str(ValueProblem.of(ValidationError(
                    "total", TOO_MANY_POINTS, points=earned, limit=POINTS_MAX))))
        sales = self._agreed(group, order, "channel", self._channel)
        for key, value in (("purchased_on", day), ("total", total), ("currency", code)):
            if value is None and first.ok:
                first.problems.append(self.reader.missing(key))
        bad = [row.number for row in group if not row.ok]
        if bad:
            for row in group:
                reasons = row.problems or [str(ValueProblem(
                    ORDER_REFUSED, order=order or "", rows=", ".join(map(str, bad))))]
                result.rejected.append(Rejected(row.number, row.cells, reasons))
            return None
        columns = {"contact_id": contact_id, "purchased_on": day, "total_minor": total,
                   "currency": code, "channel": sales or PurchaseChannel.STORE.value,
                   "note": note}
        return columns, lines

    def _contact(self, group: list[RecordRow], order: str | None) -> int | None:
        found: list[tuple[int, RecordRow]] = []
        for row in group:
            if self.finder.names_someone(row) and row.ok:
                contact_id = self.finder.find(row)
                if contact_id is not None:
                    found.append((contact_id, row))
        if not any(self.finder.names_someone(r) for r in group):
            self.finder.find(group[0])  # says that the row names no one
        for contact_id, row in found[1:]:
            if contact_id != found[0][0]:
                row.problems.append(self._differs(order, "contact_name", found[0][1], row))
                break
        return found[0][0] if found else None

    def _agreed(self, group: list[RecordRow], order: str | None, key: str,
                read: Any = None) -> Any:
        """The value of ``key`` the rows give (``read(row)``, or the parsed value),
        which every row that gives one must agree on."""
        value: Any = None
        source: RecordRow | None = None
        for row in group:
            try:
                mine = read(row) if read is not None else row.values.get(key)
            except ValueProblem as problem:
                row.problems.append(str(problem))
                continue
            if mine is None:
                continue
            if source is None:
                value, source = mine, row
            elif mine != value:
                row.problems.append(self._differs(order, key, source, row))
        return value

    def _differs(self, order: str | None, key: str, first: RecordRow, other: RecordRow
                 ) -> str:
        label_key = key if key != "contact_name" else next(
            (k for k in ("contact_email", "contact_phone", "contact_name")
             if first.values.get(k) is not None), key)
        return str(ValueProblem(ORDER_DIFFERS, order=order or "",
                                column=self.reader.label(label_key),
                                first=self._shown(first, label_key),
                                other=self._shown(other, label_key)))

    def _shown(self, row: RecordRow, key: str) -> str:
        i = self.cell_of.get(key)
        cell = row.cells[i] if i is not None and i < len(row.cells) else None
        try:
            return text_of(cell) or ""
        except ValueProblem:
            return shown(cell)

    def _cell(self, row: RecordRow, key: str) -> Any:
        i = self.cell_of.get(key)
        if i is None or i >= len(row.cells) or row.values.get(key) is None:
            return None
        return row.cells[i]

    def _currency(self, group: list[RecordRow], order: str | None) -> str | None:
        """The currency column's, else the one written with the amounts, else the
        programme's."""
        code = self._agreed(group, order, "currency",
                            lambda r: currency_of(r.text("currency")))
        if code is None:
            for row in group:
                for key in ("total", "unit_price"):
                    cell = self._cell(row, key)
                    written = split_currency(cell)[1] if isinstance(cell, str) else None
                    if written is not None:
                        return written
        if code is None and self.program is not None:
            return self.program[0]
        return code

    def _amount(self, row: RecordRow, key: str, code: str | None) -> int | None:
        cell = self._cell(row, key)
        if cell is None or code is None:
            return None
        return amount(cell, code, AMOUNT_CURRENCY)

    def _channel(self, row: RecordRow) -> str | None:
        return channel(row.text("channel"))

    def _line(self, row: RecordRow, code: str | None) -> dict[str, Any] | None:
        if not _has_line(row):
            return None
        try:
            product = v.clean_text("product", row.text("product"), limit=_limit("product"))
            sku = v.clean_text("sku", row.text("sku"), limit=_limit("sku"))
        except ValidationError as exc:
            row.problems.append(str(ValueProblem.of(exc)))
            return None
        if product is None and sku is None:
            row.problems.append(str(ValueProblem(NO_PRODUCT)))
            return None
        quantity = row.values.get("quantity", 1)
        if not 1 <= quantity <= _MAX_QUANTITY:
            row.problems.append(str(ValueProblem(BAD_QUANTITY, value=str(quantity))))
            return None
        try:
            price = self._amount(row, "unit_price", code)
        except ValueProblem as problem:
            row.problems.append(str(problem))
            return None
        return {"product": product or sku, "sku": sku, "quantity": quantity,
                "unit_price_minor": price}

    def _stored(self, purchases: list[tuple[dict[str, Any], list[Any]]]) -> Counter[Hashable]:
        """How many live purchases each key of ``purchases`` has stored, looked up
        _SEEKS (contact, day) pairs at a time by one prepared statement (an index seek
        each on ix_purchases_contact_id_purchased_on, which covers every column read);
        the last group is padded with its last pair."""
        pairs = sorted({(c["contact_id"], c["purchased_on"]) for c, _ in purchases})
        found: Counter[Hashable] = Counter()
        if self._seeks is None:
            p = Purchase.__table__.c
            self._seeks = select(p.contact_id, p.purchased_on, p.total_minor, p.currency).where(
                p.deleted_at.is_(None), or_(*(
                    and_(p.contact_id == bindparam(f"c{i}"), p.purchased_on == bindparam(f"d{i}"))
                    for i in range(_SEEKS))))
        for start in range(0, len(pairs), _SEEKS):
            part = pairs[start:start + _SEEKS]
            part += [part[-1]] * (_SEEKS - len(part))
            params = {k: val for i, (cid, day) in enumerate(part)
                      for k, val in ((f"c{i}", cid), (f"d{i}", day))}
            found.update(tuple(r) for r in self.s.execute(self._seeks, params))
        return found


def _groups(rows: list[RecordRow], grouped: bool) -> Iterator[list[RecordRow]]:
    """Consecutive rows of one order together; a row of no order alone."""
    group: list[RecordRow] = []
    for row in rows:
        order = _order(row) if grouped else None
        if group and (order is None or order != _order(group[0])):
            yield group
            group = []
        group.append(row)
    if group:
        yield group


def _order(row: RecordRow) -> str | None:
    text = row.text("order")
    return text.strip() or None if text is not None else None


def _has_line(row: RecordRow) -> bool:
    return any(row.values.get(k) is not None for k in _LINE_KEYS)


def _notes(group: list[RecordRow]) -> str | None:
    notes: list[str] = []
    for row in group:
        try:
            text = v.clean_text("note", row.text("note"), limit=v.NOTES_LEN, multiline=True)
        except ValidationError as exc:
            row.problems.append(str(ValueProblem.of(exc)))
            continue
        if text is not None and text not in notes:
            notes.append(text)
    joined = "\n".join(notes)
    return joined[:v.NOTES_LEN] or None


_LIMITS = v.column_limits(PurchaseLine)


def _limit(key: str) -> int:
    return _LIMITS[key]


def _key(columns: dict[str, Any]) -> Hashable:
    return (columns["contact_id"], columns["purchased_on"], columns["total_minor"],
            columns["currency"])


__all__ = ["PurchaseWriter"]
