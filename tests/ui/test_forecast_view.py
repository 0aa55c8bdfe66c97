"""The forecast view: hand-computed figures in its chart and tables, the currency choice,
the empty state, and its two files (the chart as PNG, the figures as a workbook)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog

from app.db import Database, open_database
from app.services import deals
from app.services import pipeline as pl
from app.services.deals import DealInput
from app.services.pipeline import PipelineInfo
from app.ui import forecast_view
from app.ui.forecast_models import FiguresModel
from app.ui.forecast_view import ForecastView
from app.ui.workers import wait_for_all

TODAY = dt.date(2026, 3, 15)
USD = '#,##0.00 "USD"'


def at(month: int, day: int) -> dt.datetime:
    return dt.datetime(2026, month, day, 10, 0, tzinfo=dt.UTC)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(str(tmp_path / "forecast.sqlite3"))
    yield database
    wait_for_all()
    database.dispose()


@pytest.fixture
def sales(db: Database) -> PipelineInfo:
    """Five deals created on 1 January 2026 in the default pipeline, four in dollars:

    * Alpha, 1,000.00: Lead 10 days, Qualified 20 days, open in Proposal (50 %),
      expected to close in April: 500.00 weighted in April.
    * Beta, 2,000.00, from a referral: Lead 4 days, Qualified 46 days, won 20 February.
    * Gamma, 500.00, from a referral: Lead 4 days, lost 5 January.
    * Delta, 300.00: open in Lead (10 %), expected in March: 30.00 weighted in March.
    * Epsilon, 100,000.00 UZS: open in Lead with no expected close.

    Hand-computed: Lead reached by 5, Qualified and Proposal by 2 (Alpha, Beta), and
    Negotiation and Won by 1 (Beta passed them); Lead's finished visits 10, 4, 4 days
    (mean 6), Qualified's 20 and 46 (mean 33); referrals won 1 of 2, worth 2,000.00.
    """
    with db.session_scope() as s:
        pl.ensure_default(s)
        pipeline = pl.pipelines(s)[0]
        stage = {x.name: x.id for x in pipeline.stages}

        def new(title: str, value: int, currency: str = "USD", **kw: object) -> int:
            data = DealInput(title=title, stage_id=stage["Lead"], currency=currency,
                             value_minor=value, **kw)  # type: ignore[arg-type]
            return deals.create_deal(s, data, now=at(1, 1)).id

        alpha = new("Alpha", 100000, expected_close=dt.date(2026, 4, 10), source="website")
        deals.move_deal(s, alpha, stage["Qualified"], now=at(1, 11))
        deals.move_deal(s, alpha, stage["Proposal"], now=at(1, 31))
        beta = new("Beta", 200000, source="referral")
        deals.move_deal(s, beta, stage["Qualified"], now=at(1, 5))
        deals.move_deal(s, beta, stage["Won"], now=at(2, 20), closed_on=dt.date(2026, 2, 20))
        gamma = new("Gamma", 50000, source="referral")
        deals.move_deal(s, gamma, stage["Lost"], now=at(1, 5), closed_on=dt.date(2026, 1, 5))
        new("Delta", 30000, expected_close=dt.date(2026, 3, 31))
        new("Epsilon", 10_000_000, "UZS")
    return pipeline


@pytest.fixture
def view(qtbot, db: Database) -> ForecastView:
    widget = ForecastView(db)
    widget.today = lambda: TODAY
    qtbot.addWidget(widget)
    widget.resize(1024, 700)
    widget.show()
    return widget


def loaded(qtbot, view: ForecastView, pipeline: PipelineInfo) -> None:
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.load(pipeline.id, pipeline.stages)


def shown(model: FiguresModel) -> list[list[str]]:
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())]
            for r in range(model.rowCount(QModelIndex()))]


def test_the_tables_and_chart_show_the_hand_computed_figures(
        qtbot, qtmodeltester, view: ForecastView, sales: PipelineInfo) -> None:
    loaded(qtbot, view, sales)
    for model in (view.conversion_model, view.times_model, view.sources_model):
        qtmodeltester.check(model)
    assert view.stack.currentIndex() == forecast_view.FIGURES
    assert shown(view.conversion_model) == [
        ["Lead", "5", "40.0%"], ["Qualified", "2", "100.0%"], ["Proposal", "2", "50.0%"],
        ["Negotiation", "1", "100.0%"], ["Won", "1", "—"]]
    times = view.times_model.rows
    assert [(name, visits) for name, visits, _mean in times] == [
        ("Lead", 3), ("Qualified", 2), ("Proposal", 0), ("Negotiation", 0)]
    assert times[0][2] == pytest.approx(6.0) and times[1][2] == pytest.approx(33.0)
    assert [row[1:] for row in shown(view.times_model)] == [
        ["3", "6.0"], ["2", "33.0"], ["0", "—"], ["0", "—"]]
    assert shown(view.sources_model) == [["Referral", "1", "1", "50.0%", "2,000.00 USD"]]

    chart = view.chart
    months = [m.month for m in chart.months]
    assert len(months) == 18 and months[0] == dt.date(2025, 4, 1)
    assert months[-1] == dt.date(2026, 9, 1)
    weighted = {months[i]: chart.weighted.at(i) for i in range(18) if chart.weighted.at(i)}
    won = {months[i]: chart.won.at(i) for i in range(18) if chart.won.at(i)}
    assert weighted == {dt.date(2026, 3, 1): 30.0, dt.date(2026, 4, 1): 500.0}
    assert won == {dt.date(2026, 2, 1): 2000.0}
    assert view.chart.chart_.axes()[1].titleText() == "USD"
    assert view.chart.chart_.localizeNumbers()  # the money axis groups digits as the locale
    assert view.undated_label.isHidden()  # every open dollar deal has a date


def test_a_second_currency_can_be_chosen(qtbot, view: ForecastView,
                                         sales: PipelineInfo) -> None:
    loaded(qtbot, view, sales)
    assert view.currency_box.isVisibleTo(view)
    assert [view.currency_box.itemText(i) for i in range(view.currency_box.count())] == [
        "USD", "UZS"]
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.currency_box.setCurrentIndex(1)
        view.currency_box.activated.emit(1)
    assert view.report is not None and view.report.currency == "UZS"
    assert not view.undated_label.isHidden()
    assert "10,000.00 UZS" in view.undated_label.text()  # 10 % of 100,000.00
    # Counts take every deal; money only the chosen currency's.
    assert shown(view.sources_model) == [["Referral", "1", "1", "50.0%", "—"]]
    assert view.chart.chart_.axes()[1].titleText() == "UZS"


def test_a_pipeline_without_deals_shows_the_empty_state(qtbot, db: Database,
                                                        view: ForecastView) -> None:
    with db.session_scope() as s:
        pl.ensure_default(s)
        pipeline = pl.pipelines(s)[0]
    loaded(qtbot, view, pipeline)
    assert view.stack.currentIndex() == forecast_view.EMPTY
    assert view.empty_title.isVisibleTo(view)
    assert not view.export_button.isEnabled() and not view.save_chart_button.isEnabled()
    assert not view.currency_box.isVisibleTo(view)


def test_only_the_latest_load_is_shown(qtbot, qapp, db: Database, view: ForecastView,
                                       sales: PipelineInfo) -> None:
    with db.session_scope() as s:
        other = pl.create_pipeline(s, "Empty one")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.load(sales.id, sales.stages)
        view.load(other.id, other.stages)
    wait_for_all()
    qapp.processEvents()  # deliver a stale result, if any is left: it must change nothing
    assert view.report is not None and view.report.pipeline_id == other.id
    assert view.stack.currentIndex() == forecast_view.EMPTY


def answer_save_as(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(path), ""))


def test_export_to_excel_writes_typed_cells(qtbot, monkeypatch: pytest.MonkeyPatch,
                                            tmp_path: Path, view: ForecastView,
                                            sales: PipelineInfo) -> None:
    loaded(qtbot, view, sales)
    answer_save_as(monkeypatch, tmp_path / "figures")  # the suffix is added
    with qtbot.waitSignal(view.exported, timeout=10_000):
        view.export_button.click()
    book = openpyxl.load_workbook(tmp_path / "figures.xlsx")
    assert book.sheetnames == ["Forecast", "Stage conversion", "Time in stage", "Sources",
                               "About"]

    months = book["Forecast"]
    assert [c.value for c in months[1]] == ["Month", "Weighted value of open deals",
                                            "Won value"]
    assert months["A1"].font.b and months.freeze_panes == "A2"
    assert months.auto_filter.ref == "A1:C19"
    rows = {r[0].value: r for r in months.iter_rows(min_row=2)}
    assert len(rows) == 18
    april = rows[dt.datetime(2026, 4, 1)]
    assert (april[1].value, april[2].value) == (500, 0)
    assert april[0].number_format == "mmm yyyy" and april[1].number_format == USD
    assert rows[dt.datetime(2026, 2, 1)][2].value == 2000
    assert rows[dt.datetime(2025, 4, 1)][1].value == 0  # an empty month is a zero

    conversion = list(book["Stage conversion"].iter_rows(min_row=2))
    assert [(r[0].value, r[1].value, r[2].value) for r in conversion] == [
        ("Lead", 5, 0.4), ("Qualified", 2, 1), ("Proposal", 2, 0.5), ("Negotiation", 1, 1),
        ("Won", 1, None)]
    assert conversion[0][2].number_format == "0.0%"

    times = list(book["Time in stage"].iter_rows(min_row=2, values_only=True))
    assert times[0][:2] == ("Lead", 3) and times[0][2] == pytest.approx(6.0)
    assert times[2] == ("Proposal", 0, None)

    sources = book["Sources"]
    assert [c.value for c in sources[2]] == ["Referral", 1, 1, 0.5, 2000]
    assert sources["D2"].number_format == "0.0%" and sources["E2"].number_format == USD
    assert sources.column_dimensions["A"].width >= len("Source")
    about = dict(book["About"].iter_rows(values_only=True))
    assert about["Pipeline"] == "Sales"
    assert about["Open deals with no expected close (weighted)"] == 0


def test_a_failed_export_says_so_and_writes_nothing(
        qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, view: ForecastView,
        sales: PipelineInfo, dialogs: list) -> None:
    loaded(qtbot, view, sales)
    answer_save_as(monkeypatch, tmp_path / "missing folder" / "figures.xlsx")
    assert view.export_excel() is not None
    qtbot.waitUntil(lambda: bool(dialogs), timeout=10_000)
    assert dialogs[0][1] == "Export failed" and "Cannot write" in dialogs[0][2]
    assert not (tmp_path / "missing folder").exists()
    assert view.export_button.isEnabled()


def test_save_chart_as_png(qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                           view: ForecastView, sales: PipelineInfo) -> None:
    loaded(qtbot, view, sales)
    messages: list[str] = []
    view.statusMessage.connect(messages.append)
    answer_save_as(monkeypatch, tmp_path / "chart")
    view.save_chart_button.click()
    image = QImage(str(tmp_path / "chart.png"))
    assert not image.isNull()
    assert image.width() == view.chart.width() and image.height() == view.chart.height()
    assert messages == [f"Saved the chart to {tmp_path / 'chart.png'}"]


def test_a_chart_that_cannot_be_saved_says_why(qtbot, monkeypatch: pytest.MonkeyPatch,
                                               tmp_path: Path, view: ForecastView,
                                               sales: PipelineInfo, dialogs: list) -> None:
    loaded(qtbot, view, sales)
    answer_save_as(monkeypatch, tmp_path / "nowhere" / "chart.png")
    view.save_chart_button.click()
    assert dialogs[0][1] == "Save failed"
    assert dialogs[0][2].startswith(f"The chart could not be saved to {tmp_path / 'nowhere'}")
    assert not (tmp_path / "nowhere").exists()


def test_a_failed_load_says_why(qtbot, monkeypatch: pytest.MonkeyPatch, view: ForecastView,
                                sales: PipelineInfo) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise OSError("disk I/O error")

    monkeypatch.setattr(forecast_view, "build_report", broken)
    view.load(sales.id, sales.stages)
    qtbot.waitUntil(lambda: "could not be read" in view.loading_label.text(), timeout=10_000)
    assert view.loading_label.text() == "The forecast could not be read: disk I/O error"
    assert view.stack.currentIndex() == forecast_view.LOADING
    assert not view.export_button.isEnabled()
