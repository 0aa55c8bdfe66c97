"""Importing purchases: a CSV or a workbook in, each purchase linked to its customer by
email, phone or name, orders of several rows made one purchase with its lines, rows
refused with their reasons, points earned by members only, duplicates skipped on a
second import, and the whole import undone with the points it earned."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import xlsxwriter
from sqlalchemy import func, select

from app import cli
from app.db import Database
from app.models import ImportBatch, ImportChange
from app.models.loyalty import LoyaltyMember, PointsEntry, Purchase, PurchaseLine
from app.services import loyalty, purchases
from app.services.contacts import ContactInput, create_contact
from app.services.io import import_batches, import_records
from app.services.io.import_plan import ImportOptions
from app.services.io.import_purchases_values import amount, channel, split_currency
from app.services.io.import_records import import_records as run_import
from app.services.io.mapping import suggest_mapping
from app.services.io.values import ValueProblem

UTC = dt.UTC
JOINED = dt.date(2024, 1, 1)
HEADER = "Email,Phone,Customer,Date,Total,Currency,Channel,Note\n"


@pytest.fixture
def people(db: Database) -> dict[str, int]:
    """Alice (a member since JOINED), Bob, two people named Sam Lee, and a programme in
    US dollars at 2 points per dollar."""
    with db.session_scope() as s:
        made = {}
        for key, first, last, emails, phones in (
                ("alice", "Alice", "Wong", ["alice@example.com"], ["+998 90 123 45 67"]),
                ("bob", "Bob", "Brown", ["bob@example.com"], ["+998 90 111 11 11"]),
                ("sam1", "Sam", "Lee", ["sam1@example.com"], []),
                ("sam2", "Sam", "Lee", [], ["+998 90 222 22 22"])):
            made[key] = create_contact(s, ContactInput(first_name=first, last_name=last,
                                                       emails=emails, phones=phones),
                                       region="UZ").id
        loyalty.update_program(s, loyalty.ProgramInput(currency="USD", points_per_unit=2))
        s.add(LoyaltyMember(contact_id=made["alice"], joined_on=JOINED))
    return made


def _csv(tmp_path: Path, text: str, name: str = "purchases.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _import(db: Database, path: Path, **options: object):
    with db.session_scope() as s:
        return run_import(s, path, kind="purchases",
                          options=ImportOptions(region="UZ", **options))


def _purchases(db: Database) -> list[tuple[object, ...]]:
    with db.session_scope() as s:
        return [tuple(r) for r in s.execute(
            select(Purchase.contact_id, Purchase.purchased_on, Purchase.total_minor,
                   Purchase.currency, Purchase.channel, Purchase.note).order_by(Purchase.id))]


def _count(db: Database, model: type) -> int:
    with db.session_scope() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_a_csv_links_each_purchase_by_email_phone_or_name(db, tmp_path, people):
    path = _csv(tmp_path, HEADER
                + "ALICE@example.com,,,2025-03-01,12.99,USD,Online,first order\n"
                + ",+998 90 111 11 11,,02.03.2025,\"1 250,50\",usd,магазин,\n"
                + ",,bob  BROWN,2025-03-03,7,EUR,по телефону,\n")
    report = _import(db, path)
    assert report.mapping.columns == ("contact_email", "contact_phone", "contact_name",
                                      "purchased_on", "total", "currency", "channel", "note")
    assert (report.result.created, report.result.rejected_count) == (3, 0)
    assert _purchases(db) == [
        (people["alice"], dt.date(2025, 3, 1), 1299, "USD", "online", "first order"),
        (people["bob"], dt.date(2025, 3, 2), 125050, "USD", "store", None),
        (people["bob"], dt.date(2025, 3, 3), 700, "EUR", "phone", None),
    ]
    with db.session_scope() as s:
        batch = s.get_one(ImportBatch, report.result.batch_id)
        assert (batch.kind, batch.created, batch.rejected) == ("purchases", 3, 0)


def test_unknown_and_ambiguous_customers_are_refused_with_their_reasons(db, tmp_path, people):
    path = _csv(tmp_path, HEADER
                + "nobody@example.com,,,2025-03-01,10,USD,,\n"
                + ",,Sam Lee,2025-03-01,10,USD,,\n"
                + ",+998 90 999 99 99,,2025-03-01,10,USD,,\n"
                + ",,,2025-03-01,10,USD,,\n"
                + ",+998 90 222 22 22,Sam Lee,2025-03-01,10,USD,,\n")
    result = _import(db, path).result
    assert result.created == 1
    reasons = {r.number: " ".join(r.reasons) for r in result.rejected}
    assert set(reasons) == {2, 3, 4, 5}
    assert "No contact has the email address “nobody@example.com”" in reasons[2]
    assert "2 contacts are named “Sam Lee”" in reasons[3]
    assert "No contact has the phone number “+998 90 999 99 99”" in reasons[4]
    assert "names no customer" in reasons[5]
    # The phone tells the two Sam Lees apart.
    assert _purchases(db)[0][0] == people["sam2"]


def test_an_email_that_matches_no_one_falls_back_on_the_phone(db, tmp_path, people):
    path = _csv(tmp_path, HEADER + "old@example.com,+998901234567,,2025-03-01,10,USD,,\n")
    assert _import(db, path).result.created == 1
    assert _purchases(db)[0][0] == people["alice"]


def _book(path: Path, rows: list[list[object]]) -> Path:
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Заказы")
    dates = book.add_format({"num_format": "dd.mm.yyyy"})
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if isinstance(cell, dt.date):
                sheet.write_datetime(r, c, dt.datetime.combine(cell, dt.time()), dates)
            elif cell is not None:
                sheet.write(r, c, cell)
    book.close()
    return path


def test_a_russian_workbook_of_orders_makes_one_purchase_per_order_with_its_lines(
        db, tmp_path, people):
    day = dt.date(2025, 4, 5)
    path = _book(tmp_path / "orders.xlsx", [
        ["Номер заказа", "Дата", "Email клиента", "Товар", "Артикул", "Кол-во", "Цена",
         "Сумма"],
        [1001, day, "alice@example.com", "Кофе", "CF-1", 2, 3.5, 20.99],
        [1001, None, None, "Круассан", None, 1, 13.99, None],
        [1002, day, "bob@example.com", "Чай", "TE-9", 3, 0.1 + 0.2, None],
        [None, day, "bob@example.com", None, None, None, None, 5],
    ])
    report = _import(db, path)
    assert report.mapping.columns == ("order", "purchased_on", "contact_email", "product",
                                      "sku", "quantity", "unit_price", "total")
    assert (report.result.created, report.result.rejected_count) == (3, 0)
    rows = _purchases(db)
    assert [(r[0], r[1], r[2]) for r in rows] == [
        (people["alice"], day, 2099), (people["bob"], day, 90), (people["bob"], day, 500)]
    with db.session_scope() as s:
        lines = [tuple(r) for r in s.execute(
            select(PurchaseLine.product, PurchaseLine.sku, PurchaseLine.quantity,
                   PurchaseLine.unit_price_minor).order_by(PurchaseLine.id))]
    assert lines == [("Кофе", "CF-1", 2, 350), ("Круассан", None, 1, 1399),
                     ("Чай", "TE-9", 3, 30)]


@pytest.mark.parametrize(("headers", "expected"), [
    (["订单号", "日期", "客户邮箱", "金额", "币种", "渠道", "商品", "数量", "单价"],
     ("order", "purchased_on", "contact_email", "total", "currency", "channel", "product",
      "quantity", "unit_price")),
    (["Buyurtma raqami", "Sana", "Mijoz telefoni", "Summa", "Valyuta", "Mahsulot", "Soni",
      "Narxi", "Izoh"],
     ("order", "purchased_on", "contact_phone", "total", "currency", "product", "quantity",
      "unit_price", "note")),
    (["Order", "Date", "Contact email", "Contact phone", "Contact", "Total", "Currency",
      "Channel", "Note", "Product", "SKU", "Quantity", "Unit price"],
     ("order", "purchased_on", "contact_email", "contact_phone", "contact_name", "total",
      "currency", "channel", "note", "product", "sku", "quantity", "unit_price")),
])
def test_purchase_headers_are_recognised_in_every_language(headers, expected):
    assert suggest_mapping(headers, kind="purchases").columns == expected


def test_the_rows_of_an_order_that_disagree_are_refused_together(db, tmp_path, people):
    path = _csv(tmp_path, "Order,Email,Date,Product,Unit price,Total\n"
                          "A1,alice@example.com,2025-03-01,Tea,5,\n"
                          "A1,alice@example.com,2025-03-02,Cake,7,\n"
                          "B2,bob@example.com,2025-03-01,Cake,7,\n"
                          "A1,alice@example.com,2025-03-05,Jam,3,\n")
    result = _import(db, path).result
    assert result.created == 1
    reasons = {r.number: " ".join(r.reasons) for r in result.rejected}
    assert set(reasons) == {2, 3, 5}
    assert "give different values of “Date”: “2025-03-01” and “2025-03-02”" in reasons[3]
    assert "Order “A1” was not imported" in reasons[2] and "row 3" in reasons[2]
    assert "keep the rows of an order together" in reasons[5]
    assert _count(db, PurchaseLine) == 1


def test_an_order_split_across_chunks_stays_one_purchase(db, tmp_path, people, monkeypatch):
    original = import_records.chunks
    monkeypatch.setattr(import_records, "chunks", lambda rows: original(rows, 2))
    path = _csv(tmp_path, "Order,Email,Date,Product,Unit price\n"
                + "".join(f"7,alice@example.com,2025-03-01,Item {i},1\n" for i in range(5))
                + "8,bob@example.com,2025-03-01,Pen,2\n")
    result = _import(db, path).result
    assert (result.created, result.rejected_count) == (2, 0)
    assert [r[2] for r in _purchases(db)] == [500, 200]
    assert _count(db, PurchaseLine) == 6


@pytest.mark.parametrize(("row", "reason"), [
    ("alice@example.com,2025-03-01,-5,USD,,,", "cannot be negative"),
    ("alice@example.com,2025-03-01,12.3456,USD,,,", "USD has 2 decimal places"),
    ("alice@example.com,,12,USD,,,", "no “Date”, which is required"),
    ("alice@example.com,2025-03-01,,USD,,,", "no “Total”, which is required"),
    ("alice@example.com,2025-03-01,12,US,,,", "is not a currency code"),
    ("alice@example.com,2025-03-01,12,USD,by pigeon,,", "“by pigeon” is not a sales channel"),
    ("alice@example.com,2025-03-01,12 €,USD,,,", "is in EUR, but the purchase is in USD"),
    ("alice@example.com,2025-03-01,12.01,USD,,Tea,2", "no “Unit price”"),
    ("alice@example.com,2025-03-01,12,USD,,,2", "a quantity or price but no product"),
    ("alice@example.com,2025-03-01,12,USD,,Tea,0", "“0” is not a quantity"),
    ("alice@example.com,2099-03-01,12,USD,,,", "2099-03-01"),  # in the future
    ("alice@example.com,1850-03-01,12,USD,,,", "1850-03-01"),  # before 1900
])
def test_bad_values_refuse_the_row_and_store_nothing(db, tmp_path, people, row, reason):
    path = _csv(tmp_path, f"Email,Date,Total,Currency,Channel,Product,Quantity\n{row}\n")
    result = _import(db, path).result
    assert result.created == 0
    assert len(result.rejected) == 1 and reason in " ".join(result.rejected[0].reasons)
    assert _count(db, Purchase) == 0


def test_the_one_line_of_a_purchase_takes_its_price_from_the_total(db, tmp_path, people):
    path = _csv(tmp_path, "Email,Date,Total,Product,Quantity\n"
                          "alice@example.com,2025-03-01,12,Tea,3\n")
    assert _import(db, path).result.created == 1
    with db.session_scope() as s:
        line = s.execute(select(PurchaseLine.quantity, PurchaseLine.unit_price_minor)).one()
    assert tuple(line) == (3, 400)


def test_amounts_are_read_exactly_with_their_currency():
    assert split_currency("$12.50") == ("12.50", "USD")
    assert split_currency("15 000 soʻm") == ("15 000", "UZS")
    assert split_currency("1 200 ₽") == ("1 200", "RUB")
    assert split_currency("99 EUR") == ("99", "EUR")
    assert split_currency("12.5") == ("12.5", None)
    assert amount(0.1 + 0.2, "USD", "") == 30
    assert amount(1500, "UZS", "") == 150_000
    assert amount(1500, "JPY", "") == 1500
    assert amount("1.234,5", "EUR", "") == 123_450
    with pytest.raises(ValueProblem, match="decimal places"):
        amount(12.345, "USD", "")
    assert channel("Интернет-магазин") == "online"
    assert channel("doʻkon") == "store"
    assert channel(None) is None


def test_the_currency_comes_from_the_amount_or_the_programme(db, tmp_path, people):
    path = _csv(tmp_path, "Email,Date,Total\n"
                          "alice@example.com,2025-03-01,$12.50\n"
                          "alice@example.com,2025-03-01,\"15 000 so'm\"\n"
                          "alice@example.com,2025-03-01,8\n")
    assert _import(db, path).result.created == 3
    assert [(r[2], r[3]) for r in _purchases(db)] == [(1250, "USD"), (1_500_000, "UZS"),
                                                     (800, "USD")]


def _points(db: Database) -> list[tuple[object, ...]]:
    with db.session_scope() as s:
        return [tuple(r) for r in s.execute(
            select(PointsEntry.contact_id, PointsEntry.kind, PointsEntry.points,
                   PointsEntry.occurred_at, Purchase.total_minor)
            .join(Purchase, Purchase.id == PointsEntry.purchase_id).order_by(PointsEntry.id))]


def test_members_earn_points_for_their_purchases_in_the_programme_currency(
        db, tmp_path, people):
    path = _csv(tmp_path, HEADER
                + "alice@example.com,,,2025-03-01,12.99,USD,,\n"    # 25.98 points: 25
                + "alice@example.com,,,2025-03-02,50,EUR,,\n"       # not the programme's
                + "alice@example.com,,,2023-12-31,80,USD,,\n"       # before she joined
                + "alice@example.com,,,2024-01-01,1.00,USD,,\n"     # the day she joined
                + "alice@example.com,,,2024-01-02,0.40,USD,,\n"     # 0.8 points: none
                + "bob@example.com,,,2025-03-01,100,USD,,\n")       # not a member
    assert _import(db, path).result.created == 6
    assert _points(db) == [
        (people["alice"], "earn", 25, dt.datetime(2025, 3, 1, 12, tzinfo=UTC), 1299),
        (people["alice"], "earn", 2, dt.datetime(2024, 1, 1, 12, tzinfo=UTC), 100),
    ]
    with db.session_scope() as s:
        recorded = s.scalars(select(ImportChange.entity_id).where(
            ImportChange.entity == "points_entry").order_by(ImportChange.entity_id)).all()
        assert recorded == s.scalars(select(PointsEntry.id).order_by(PointsEntry.id)).all()


def test_undo_removes_the_purchases_their_lines_and_their_points(db, tmp_path, people):
    with db.session_scope() as s:  # a purchase logged by hand, with its points
        kept = Purchase(contact_id=people["alice"], purchased_on=dt.date(2025, 1, 1),
                        channel="store", total_minor=1000, currency="USD")
        s.add(kept)
        s.flush()
        s.add(PointsEntry(contact_id=people["alice"], occurred_at=dt.datetime.now(UTC),
                          kind="earn", points=20, purchase_id=kept.id))
    path = _csv(tmp_path, "Order,Email,Date,Product,Unit price\n"
                          "1,alice@example.com,2025-03-01,Tea,5\n"
                          "1,alice@example.com,2025-03-01,Cake,7\n"
                          "2,bob@example.com,2025-03-01,Pen,2\n")
    batch_id = _import(db, path).result.batch_id
    assert (_count(db, Purchase), _count(db, PurchaseLine), _count(db, PointsEntry)) == (3, 3, 2)
    with db.session_scope() as s:  # one imported purchase deleted and put back since
        imported = s.scalars(select(Purchase.id).where(Purchase.contact_id == people["alice"],
                                                       Purchase.id != 1)).one()
        purchases.delete_purchase(s, imported)
        purchases.restore_purchase(s, imported)
    with db.session_scope() as s:
        done = import_batches.undo_batch(s, batch_id)
    assert done.purchases_removed == 2
    assert (_count(db, Purchase), _count(db, PurchaseLine)) == (1, 0)
    with db.session_scope() as s:
        assert [tuple(r) for r in s.execute(select(PointsEntry.points,
                                                   PointsEntry.purchase_id))] == [(20, 1)]


def test_a_second_import_of_the_same_file_skips_every_purchase(db, tmp_path, people):
    with db.session_scope() as s:  # logged by hand before the file came
        s.add(Purchase(contact_id=people["bob"], purchased_on=dt.date(2025, 3, 9),
                       channel="store", total_minor=300, currency="USD"))
    path = _csv(tmp_path, "Order,Email,Date,Total\n"
                          "1,alice@example.com,2025-03-01,4.50\n"
                          "2,alice@example.com,2025-03-01,4.50\n"  # a second coffee
                          ",bob@example.com,2025-03-09,3\n"
                          ",bob@example.com,2025-03-10,3\n")
    first = _import(db, path).result
    assert (first.created, first.skipped) == (3, 1)
    again = _import(db, path).result
    assert (again.created, again.skipped, again.rejected_count) == (0, 4, 0)
    assert _count(db, PointsEntry) == 2  # Alice's two coffees, earned once
    anyway = _import(db, path, on_duplicate="create").result
    assert (anyway.created, anyway.skipped) == (4, 0)
    assert _count(db, Purchase) == 8


def test_the_command_line_imports_and_undoes_purchases(db, tmp_path, people, capsys):
    path = _csv(tmp_path, HEADER + "alice@example.com,,,2025-03-01,12.99,USD,,\n")
    db_path = str(db.engine.url.database)
    db.dispose()
    assert cli.main(["import", str(path), "--kind", "purchases", "--db", db_path,
                     "--region", "UZ"]) == 0
    assert "1 created" in capsys.readouterr().out
    with db.session_scope() as s:
        batch_id = s.scalar(select(func.max(ImportBatch.id)))
    db.dispose()
    assert cli.main(["undo-import", str(batch_id), "--db", db_path]) == 0
    assert "1 purchases removed" in capsys.readouterr().out
    assert _count(db, PointsEntry) == 0
