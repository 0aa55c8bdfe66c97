"""Export of the board's deals from the window: the file dialog, the worker, the message."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QFileDialog, QWidget

from app.db import Database, open_database
from app.services import deals
from app.services import pipeline as pl
from app.services.board import BoardFilter
from app.services.deals import DealInput
from app.ui.deal_export import export_deals
from app.ui.workers import wait_for_all


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(str(tmp_path / "deals.sqlite3"))
    yield database
    wait_for_all()
    database.dispose()


def test_the_filtered_deals_go_to_the_chosen_file(qtbot, db: Database, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    with db.session_scope() as s:
        pl.ensure_default(s)
        pipeline = pl.pipelines(s)[0]
        for title, owner in (("Mine", "Aziz"), ("Also mine", "Aziz"), ("Not mine", "Bobur")):
            deals.create_deal(s, DealInput(title=title, stage_id=pipeline.stages[0].id,
                                           currency="EUR", value_minor=1999, owner=owner),
                              now=dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    asked: list[tuple] = []

    def save_as(*args: object, **kwargs: object) -> tuple[str, str]:
        asked.append(args)
        return str(tmp_path / "aziz"), "Excel workbook (*.xlsx)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    parent = QWidget()
    qtbot.addWidget(parent)
    messages: list[str] = []
    task = export_deals(parent, db, BoardFilter(pipeline.id, owner="Aziz"), messages.append)
    assert task is not None
    with qtbot.waitSignal(task.ended, timeout=10_000) as ended:
        pass
    target = tmp_path / "aziz.xlsx"
    assert ended.args[0].count == 2 and ended.args[0].path == target
    assert str(asked[0][2]).endswith("Sales deals.xlsx")  # the suggested name
    rows = list(openpyxl.load_workbook(target).worksheets[0].iter_rows(values_only=True))
    assert sorted((r[0], r[5], r[6]) for r in rows[1:]) == [
        ("Also mine", 19.99, "EUR"), ("Mine", 19.99, "EUR")]
    assert messages[-1].startswith("Exported 2 deal") and messages[-1].endswith(
        f" to {target}")
