"""The Dashboard section: the empty state, the stored figures in its charts, its layout,
and each chart's two files (a PNG of the chart, a workbook of its numbers)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl import Workbook
from PySide6.QtCharts import QBarCategoryAxis, QBarSet
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog

from app.db import Database, open_database
from app.models import Contact, CustomerStatus, LifecycleChange, LoyaltyProgram, Purchase, Tier
from app.services import deals
from app.services import pipeline as pl
from app.services.dashboard import store_dashboard
from app.services.deals import DealInput
from app.ui import dashboard_section
from app.ui.changes import Changes
from app.ui.dashboard_panel import ChartPanel
from app.ui.dashboard_section import DashboardSection
from app.ui.settings import Settings
from app.ui.workers import wait_for_all

TODAY = dt.date(2026, 3, 15)
USD = '#,##0.00 "USD"'
JAN_2025 = 9  # the index of January 2025 among the months April 2024 - March 2026


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(str(tmp_path / "dashboard.sqlite3"))
    yield database
    wait_for_all()
    database.dispose()


@pytest.fixture
def changes() -> Changes:
    return Changes()


@pytest.fixture
def section(qtbot, db: Database, settings: Settings, changes: Changes) -> DashboardSection:
    widget = DashboardSection(db, settings, changes)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    return widget


def shown(qtbot, section: DashboardSection) -> None:
    with qtbot.waitSignal(section.loaded, timeout=5_000):
        section.show()


def stock(db: Database) -> None:
    """In January 2025, two new customers from the website (Anna, Boris) and one with no
    source (Chen). Anna, Gold, bought $100.00 and again $50.00 in June 2025; Boris, no
    tier, $20.00; Chen, Gold, ¥ only (not counted in dollars) and $5.00 in March 2026.
    Anna was reactivated in May 2025. The default pipeline has two open deals in Lead,
    $1,000.00 and $300.00 (10 %), and one in Proposal, $2,000.00 (50 %). Stored as of
    15 March 2026."""
    with db.session_scope() as s:
        program = LoyaltyProgram(name="Club", currency="USD")
        s.add(program)
        s.flush()
        gold = Tier(program_id=program.id, name="Gold", position=0, threshold=0)
        s.add(gold)
        people = [Contact(display_name=n, sort_key=n.casefold(), source=src)
                  for n, src in (("Anna", "website"), ("Boris", "website"), ("Chen", None))]
        s.add_all(people)
        s.flush()
        anna, boris, chen = (p.id for p in people)
        for who, day, total, currency in (
                (anna, dt.date(2025, 1, 10), 10000, "USD"),
                (anna, dt.date(2025, 6, 1), 5000, "USD"),
                (boris, dt.date(2025, 1, 20), 2000, "USD"),
                (chen, dt.date(2025, 1, 5), 900, "JPY"),
                (chen, dt.date(2026, 3, 1), 500, "USD")):
            s.add(Purchase(contact_id=who, purchased_on=day, total_minor=total,
                           currency=currency, channel="store"))
        for who, first, tier in ((anna, dt.date(2025, 1, 10), gold.id),
                                 (boris, dt.date(2025, 1, 20), None),
                                 (chen, dt.date(2025, 1, 5), gold.id)):
            s.add(CustomerStatus(contact_id=who, lifecycle="active", first_purchase=first,
                                 tier_id=tier, computed_on=TODAY))
        s.add(LifecycleChange(contact_id=anna, status="reactivated", previous="lapsed",
                              changed_on=dt.date(2025, 5, 3)))
        pl.ensure_default(s)
        stage = {x.name: x.id for x in pl.pipelines(s)[0].stages}
        for title, where, value in (("a", "Lead", 100000), ("b", "Lead", 30000),
                                    ("c", "Proposal", 200000)):
            deals.create_deal(s, DealInput(title=title, stage_id=stage[where], currency="USD",
                                           value_minor=value))
        store_dashboard(s, TODAY)


def values(bar_set: QBarSet) -> list[float]:
    return [bar_set.at(i) for i in range(bar_set.count())]


def test_before_the_first_recompute_the_section_says_what_will_be_there(
        qtbot, section: DashboardSection) -> None:
    shown(qtbot, section)
    assert section.stack.currentIndex() == dashboard_section.EMPTY
    assert section.empty_title.text() == "No figures yet"
    assert "repeat purchases" in section.empty_text.text()
    assert section.computed_label.text() == "Not computed yet."
    assert section.report is None
    with qtbot.waitSignal(section.recomputeRequested, timeout=1_000):
        section.empty_button.click()


def test_after_a_recompute_the_charts_show_the_stored_figures(
        qtbot, db: Database, section: DashboardSection, changes: Changes) -> None:
    shown(qtbot, section)
    stock(db)
    with qtbot.waitSignal(section.loaded, timeout=5_000):
        changes.loyaltyChanged.emit(set())
    assert section.stack.currentIndex() == dashboard_section.CHARTS
    assert "Computed on" in section.computed_label.text()
    assert "2026" in section.computed_label.text()

    sources = section.sources_chart
    assert [s.label() for s in sources.sets] == ["Website", "No source"]
    assert len(sources.categories) == 24 and sources.categories[JAN_2025] == "Jan 2025"
    assert [v for v in values(sources.sets[0]) if v] == [2.0]
    assert values(sources.sets[0])[JAN_2025] == 2.0
    assert values(sources.sets[1])[JAN_2025] == 1.0

    retention = section.retention_chart
    complete = [(p.x(), p.y()) for p in retention.complete.points()]
    assert complete == [(JAN_2025, pytest.approx(100 / 3))]  # Anna of Anna, Boris, Chen
    assert retention.open.count() == 0

    revenue = section.revenue_chart
    assert [s.label() for s in revenue.sets] == ["No tier", "Gold"]
    assert values(revenue.sets[0])[JAN_2025] == 20.0  # Boris's $20.00
    assert values(revenue.sets[1])[JAN_2025] == 100.0
    assert values(revenue.sets[1])[14] == 50.0  # June 2025
    assert values(revenue.sets[1])[23] == 5.0  # March 2026
    assert revenue.chart_.axes()[1].titleText() == "USD"

    reactivated = values(section.reactivations_chart.sets[0])
    assert reactivated[13] == 1.0 and sum(reactivated) == 1.0  # May 2025

    pipeline = section.pipeline_chart
    assert pipeline.categories == ["Lead", "Qualified", "Proposal", "Negotiation"]
    assert [s.label() for s in pipeline.sets] == ["Total value", "Weighted value"]
    assert values(pipeline.sets[0]) == [1300.0, 0.0, 2000.0, 0.0]
    assert values(pipeline.sets[1]) == [130.0, 0.0, 1000.0, 0.0]
    # "2 deals" once the English plural forms hold this message (lupdate).
    axis = pipeline.chart_.axes()[0]
    assert isinstance(axis, QBarCategoryAxis)
    assert axis.categories()[0].startswith("Lead<br>2 deal")


def test_a_change_while_hidden_is_read_when_the_section_is_shown(
        qtbot, db: Database, section: DashboardSection, changes: Changes) -> None:
    shown(qtbot, section)
    section.hide()
    stock(db)
    changes.loyaltyChanged.emit(set())
    assert section.report is None  # not read while hidden
    shown(qtbot, section)
    assert section.report is not None
    assert section.stack.currentIndex() == dashboard_section.CHARTS


def test_a_recompute_with_nothing_to_chart_says_so(qtbot, db: Database,
                                                   section: DashboardSection) -> None:
    with db.session_scope() as s:
        store_dashboard(s, TODAY)
    shown(qtbot, section)
    assert section.stack.currentIndex() == dashboard_section.EMPTY
    assert section.empty_title.text() == "Nothing to chart yet"
    assert section.computed_label.text().startswith("Computed on")
    with qtbot.waitSignal(section.recomputeRequested, timeout=1_000):
        section.recompute_button.click()


def test_two_charts_side_by_side_only_when_there_is_room(
        qtbot, db: Database, section: DashboardSection) -> None:
    stock(db)
    shown(qtbot, section)

    def cells() -> list[tuple[int, int]]:
        found = []
        for panel in section.panels:
            position: Any = section.grid.getItemPosition(section.grid.indexOf(panel))
            found.append((int(position[0]), int(position[1])))
        return found

    assert cells() == [(0, 0), (1, 0), (2, 0), (3, 0), (4, 0)]  # 900 pixels wide
    section.resize(1260, 800)  # a window of 1,440 pixels, less the sidebar
    qtbot.waitUntil(lambda: cells()[1] == (0, 1), timeout=2_000)
    assert cells() == [(0, 0), (0, 1), (1, 0), (1, 1), (2, 0)]


def answer_save_as(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(path), ""))


def test_save_a_chart_as_png(qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                             db: Database, section: DashboardSection) -> None:
    stock(db)
    shown(qtbot, section)
    messages: list[str] = []
    section.statusMessage.connect(messages.append)
    answer_save_as(monkeypatch, tmp_path / "sources")  # the suffix is added
    section.sources_panel.save_button.click()
    image = QImage(str(tmp_path / "sources.png"))
    assert not image.isNull()
    assert image.width() == section.sources_chart.width()
    assert image.height() == section.sources_chart.height()
    assert messages == [f"Saved the chart to {tmp_path / 'sources.png'}"]


def test_a_chart_that_cannot_be_saved_says_why(qtbot, monkeypatch: pytest.MonkeyPatch,
                                               tmp_path: Path, db: Database,
                                               section: DashboardSection,
                                               dialogs: list) -> None:
    stock(db)
    shown(qtbot, section)
    answer_save_as(monkeypatch, tmp_path / "nowhere" / "chart.png")
    section.revenue_panel.save_button.click()
    assert dialogs[0][1] == "Save failed"
    assert not (tmp_path / "nowhere").exists()


def export(qtbot, monkeypatch: pytest.MonkeyPatch, panel: ChartPanel,
           path: Path) -> Workbook:
    answer_save_as(monkeypatch, path)
    with qtbot.waitSignal(panel.exported, timeout=10_000):
        panel.export_button.click()
    return openpyxl.load_workbook(path)


def test_export_the_revenue_chart_as_typed_cells(
        qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, db: Database,
        section: DashboardSection) -> None:
    stock(db)
    shown(qtbot, section)
    book = export(qtbot, monkeypatch, section.revenue_panel, tmp_path / "revenue.xlsx")
    assert book.sheetnames == ["Revenue by tier", "About"]
    sheet = book["Revenue by tier"]
    assert [c.value for c in sheet[1]] == ["Month", "No tier", "Gold", "Total"]
    assert sheet["A1"].font.b and sheet.freeze_panes == "A2"
    rows = list(sheet.iter_rows(min_row=2))
    assert len(rows) == 24
    january = rows[JAN_2025]
    assert january[0].value == dt.datetime(2025, 1, 1)
    assert january[0].number_format == "mmm yyyy"
    assert [c.value for c in january[1:]] == [20, 100, 120]
    assert all(c.number_format == USD for c in january[1:])
    assert [c.value for c in rows[0][1:]] == [0, 0, 0]  # an empty month is zeros
    about = dict(book["About"].iter_rows(values_only=True))
    assert about["Chart"] == "Revenue by tier"
    assert about["Computed on"] == "2026-03-15"
    assert "USD" in about["Currency"]


def test_export_the_retention_and_pipeline_charts(
        qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, db: Database,
        section: DashboardSection) -> None:
    stock(db)
    shown(qtbot, section)
    book = export(qtbot, monkeypatch, section.retention_panel, tmp_path / "retention.xlsx")
    sheet = book["Repeat purchases"]
    assert [c.value for c in sheet[1]] == [
        "Month", "New customers", "Bought again within a year", "Repeat rate", "Final"]
    rows = list(sheet.iter_rows(min_row=2))
    january = rows[JAN_2025]
    assert [c.value for c in january[1:4]] == [3, 1, pytest.approx(1 / 3)]
    assert january[3].number_format == "0.0%" and january[4].value == "Yes"
    assert rows[0][3].value is None  # no new customers: no rate
    assert rows[23][4].value.startswith("Not yet")

    book = export(qtbot, monkeypatch, section.pipeline_panel, tmp_path / "pipeline.xlsx")
    sheet = book["Open pipeline"]
    assert [[c.value for c in row] for row in sheet.iter_rows()] == [
        ["Stage", "Open deals", "Total value", "Weighted value"],
        ["Lead", 2, 1300, 130], ["Qualified", 0, 0, 0], ["Proposal", 1, 2000, 1000],
        ["Negotiation", 0, 0, 0]]
    assert sheet["C2"].number_format == USD
    about = dict(book["About"].iter_rows(values_only=True))
    assert about["Pipeline"] == "Sales"


def test_a_failed_export_says_so_and_writes_nothing(
        qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, db: Database,
        section: DashboardSection, dialogs: list) -> None:
    stock(db)
    shown(qtbot, section)
    answer_save_as(monkeypatch, tmp_path / "missing folder" / "data.xlsx")
    assert section.reactivations_panel.export_data() is not None
    qtbot.waitUntil(lambda: bool(dialogs), timeout=10_000)
    assert dialogs[0][1] == "Export failed" and "Cannot write" in dialogs[0][2]
    assert not (tmp_path / "missing folder").exists()
    assert section.reactivations_panel.export_button.isEnabled()


def test_figures_that_cannot_be_read_say_why(qtbot, monkeypatch: pytest.MonkeyPatch,
                                             section: DashboardSection) -> None:
    def broken(_session: object) -> None:
        raise OSError("disk I/O error")

    monkeypatch.setattr(dashboard_section, "dashboard", broken)
    shown(qtbot, section)
    assert section.computed_label.text() == "The figures could not be read: disk I/O error"
    assert section.stack.currentIndex() == dashboard_section.EMPTY
