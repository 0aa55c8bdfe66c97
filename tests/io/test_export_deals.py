"""Export of a pipeline's deals: typed money cells in .xlsx, plain amounts and formula
protection in .csv, the board's filters honoured and named, .vcf refused, nothing left
behind by a refusal or a cancel."""

from __future__ import annotations

import csv
import datetime as dt
import io
import threading
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy.orm import Session

from app.services import deals
from app.services import pipeline as pl
from app.services.board import BoardFilter
from app.services.contacts import ContactInput, create_contact
from app.services.deals import DealInput
from app.services.io import export
from app.services.io.export import ExportCancelled, ExportError

TASHKENT = dt.timezone(dt.timedelta(hours=5))
NOW = dt.datetime(2026, 3, 10, 15, 30, tzinfo=TASHKENT)
CREATED = dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC)
HEADER = ["Deal", "Contact", "Company", "Stage", "Status", "Value", "Currency",
          "Probability %", "Weighted value", "Expected close", "Closed on", "Owner",
          "Source", "Lost reason"]


@pytest.fixture
def sales(session: Session) -> int:
    """The default pipeline with four deals: an open one in dollars whose title looks
    like a formula, an open one in yen with its own probability, a won one and a lost
    one (with a reason). Returns the pipeline's id."""
    pl.ensure_default(session)
    pipeline = pl.pipelines(session)[0]
    stage = {s.name: s.id for s in pipeline.stages}
    olga = create_contact(session, ContactInput(display_name="Ольга Ёлкина"), region="UZ")

    def new(title: str, value: int, currency: str = "USD", **kw: object) -> int:
        data = DealInput(title=title, stage_id=stage["Proposal"], currency=currency,
                         value_minor=value, **kw)  # type: ignore[arg-type]
        return deals.create_deal(session, data, now=CREATED).id

    new("=HYPERLINK(\"http://evil\")", 125050, contact_id=olga.id, owner="Aziz",
        source="referral", expected_close=dt.date(2026, 4, 30))
    new("Токио", 5000, "JPY", owner="Bobur", probability=30)
    won = new("Big win", 1_000_000_00, owner="Aziz")
    deals.move_deal(session, won, stage["Won"], closed_on=dt.date(2026, 2, 1), now=CREATED)
    lost = new("Gone", 9900, owner="Aziz")
    reason = pl.lost_reasons(session)[0]
    deals.move_deal(session, lost, stage["Lost"], closed_on=dt.date(2026, 2, 2),
                    lost_reason_id=reason.id, now=CREATED)
    return pipeline.id


def _sheet(path: Path) -> list[tuple]:
    return list(openpyxl.load_workbook(path).worksheets[0].iter_rows(values_only=True))


def _csv(path: Path) -> list[dict[str, str]]:
    text = path.read_bytes().decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_xlsx_has_typed_money_cells_in_their_currency(session: Session, sales: int,
                                                      tmp_path: Path) -> None:
    path = tmp_path / "deals.xlsx"
    result = export.export_deals(session, BoardFilter(sales), path, now=NOW)
    assert (result.count, result.format) == (4, "xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    assert sheet.title == "Deals"
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == HEADER
    assert sheet["A1"].font.b and sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:N5"
    by_title = {r[0]: r for r in rows[1:]}
    formula = by_title["=HYPERLINK(\"http://evil\")"]
    assert formula[1:8] == ("Ольга Ёлкина", None, "Proposal", "open", 1250.5, "USD", 50)
    assert formula[8] == 625.25 and formula[9] == dt.datetime(2026, 4, 30)
    assert formula[11:13] == ("Aziz", "referral")
    cells = {c.value: c for c in sheet["A"]}
    row = cells["=HYPERLINK(\"http://evil\")"].row
    assert sheet.cell(row, 1).data_type == "s"  # text, not a formula
    assert sheet.cell(row, 6).number_format == '#,##0.00 "USD"'
    assert sheet.cell(row, 9).number_format == '#,##0.00 "USD"'
    tokyo = cells["Токио"].row
    assert (sheet.cell(tokyo, 6).value, sheet.cell(tokyo, 6).number_format) == (
        5000, '#,##0 "JPY"')
    assert (sheet.cell(tokyo, 8).value, sheet.cell(tokyo, 9).value) == (30, 1500)
    assert by_title["Big win"][4:6] == ("won", 1_000_000) and by_title["Big win"][10] == \
        dt.datetime(2026, 2, 1)
    assert by_title["Gone"][4] == "lost" and by_title["Gone"][13] == "Price too high"
    about = dict(book["About"].iter_rows(values_only=True))
    assert about["Exported"] == "Deals" and about["Rows"] == "4"
    assert about["Filters"] == "Pipeline: Sales"


def test_csv_has_plain_amounts_and_no_formulas(session: Session, sales: int,
                                               tmp_path: Path) -> None:
    path = tmp_path / "deals.csv"
    result = export.export_deals(session, BoardFilter(sales), path, now=NOW)
    assert (result.count, result.format) == (4, "csv")
    rows = {r["Weighted value"]: r for r in _csv(path)}
    assert list(_csv(path)[0]) == HEADER
    first = rows["625.25"]
    assert first["Deal"] == "'=HYPERLINK(\"http://evil\")"
    assert (first["Value"], first["Currency"], first["Probability %"]) == ("1250.50", "USD", "50")
    assert (first["Contact"], first["Expected close"]) == ("Ольга Ёлкина", "2026-04-30")
    assert rows["1500"]["Value"] == "5000"  # yen have no decimals
    assert rows["1000000.00"]["Closed on"] == "2026-02-01"


def test_the_board_filters_choose_and_are_named(session: Session, sales: int,
                                                tmp_path: Path) -> None:
    flt = BoardFilter(sales, owner="Aziz", close_from=dt.date(2026, 2, 1),
                      close_to=dt.date(2026, 4, 30), text="big")
    path = tmp_path / "aziz.xlsx"
    assert export.export_deals(session, flt, path, now=NOW).count == 1
    assert [r[0] for r in _sheet(path)[1:]] == ["Big win"]
    about = dict(openpyxl.load_workbook(path)["About"].iter_rows(values_only=True))
    assert about["Search"] == "big"
    assert about["Filters"] == ("Pipeline: Sales; Owner: Aziz; Close date from 2026-02-01; "
                                "Close date until 2026-04-30")


def test_the_boards_recent_window_leaves_older_closed_deals_out(
        session: Session, sales: int, tmp_path: Path) -> None:
    flt = BoardFilter(sales, closed_since=dt.date(2026, 2, 2))
    path = tmp_path / "recent.csv"
    assert export.export_deals(session, flt, path, now=NOW).count == 3
    assert "Big win" not in {r["Deal"] for r in _csv(path)}


def test_vcard_is_refused_and_nothing_is_written(session: Session, sales: int,
                                                 tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ExportError, match="vCard files hold contacts only"):
        export.export_deals(session, BoardFilter(sales), out / "deals.vcf", now=NOW)
    with pytest.raises(ExportError, match="Name it .xlsx, .csv or .vcf"):
        export.export_deals(session, BoardFilter(sales), out / "deals.pdf", now=NOW)
    assert list(out.iterdir()) == []


def test_cancel_leaves_the_previous_file(session: Session, sales: int, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    path = out / "deals.xlsx"
    path.write_bytes(b"previous")
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(ExportCancelled):
        export.export_deals(session, BoardFilter(sales), path, now=NOW, cancel=cancel)
    assert path.read_bytes() == b"previous"
    assert list(out.iterdir()) == [path]


def test_progress_reaches_the_count(session: Session, sales: int, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    export.export_deals(session, BoardFilter(sales), tmp_path / "d.csv", now=NOW,
                        progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, 4) and seen[-1] == (4, 4)
