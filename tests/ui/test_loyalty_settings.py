"""The loyalty programme settings dialog: shows the programme, saves settings and tiers in
one unit of work (renamed tiers keep their rows), announces the change, and shows the
services' messages for bad input while writing nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.db import Database, open_database
from app.models.enums import TierBasis
from app.services import loyalty
from app.ui.changes import Changes
from app.ui.loyalty_settings import COL_DISCOUNT, COL_NAME, COL_THRESHOLD, LoyaltySettingsDialog


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(str(tmp_path / "rapport.sqlite3"))
    yield database
    database.dispose()


def _dialog(qtbot, db: Database) -> tuple[LoyaltySettingsDialog, list[object]]:
    changes = Changes()
    announced: list[object] = []
    changes.loyaltyChanged.connect(announced.append)
    dialog = LoyaltySettingsDialog(db, changes)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, announced


def _program(db: Database) -> loyalty.ProgramInfo:
    with db.session_scope() as s:
        return loyalty.program(s)


def _set(dialog: LoyaltySettingsDialog, row: int, column: int, text: str) -> None:
    dialog.tiers.setData(dialog.tiers.index(row, column), text)


def test_the_dialog_shows_the_programme_and_its_tiers(qtbot, db: Database) -> None:
    dialog, _announced = _dialog(qtbot, db)
    assert (dialog.name.text(), dialog.currency.currentText(), dialog.per_unit.value()) == (
        "Rewards", "USD", 1)
    assert dialog.basis.currentData() == "spend" and not dialog.expires.isChecked()
    assert not dialog.expiry.isEnabled()
    assert (dialog.new_days.value(), dialog.lapsed_days.value(), dialog.margin.value()) == (
        90, 365, 20)
    assert [row[:3] for row in dialog.tier_rows()] == [
        ["Bronze", "0.00", "0"], ["Silver", "500.00", "5"], ["Gold", "2000.00", "10"],
        ["Platinum", "10000.00", "15"]]
    header = dialog.tiers.headerData(COL_THRESHOLD, Qt.Orientation.Horizontal)
    assert header == "From (USD)"


def test_saving_writes_settings_and_tiers_and_announces_it(qtbot, db: Database) -> None:
    before = _program(db)
    dialog, announced = _dialog(qtbot, db)
    dialog.per_unit.setValue(2)
    dialog.expires.setChecked(True)
    dialog.expiry.setValue(18)
    dialog.lapsed_days.setValue(400)
    _set(dialog, 0, COL_NAME, "Member")
    _set(dialog, 2, COL_THRESHOLD, "1 500,00")
    _set(dialog, 2, COL_DISCOUNT, "12")
    dialog.tier_view.setCurrentIndex(dialog.tiers.index(1, COL_NAME))
    dialog.remove_tier()  # Silver
    dialog.add_tier("Diamond", "20000", 20, "A gift every month", edit=False)
    dialog.save()
    assert not dialog.isVisible()
    assert announced == [set()]
    after = _program(db)
    assert (after.points_per_unit, after.expiry_months, after.lapsed_days) == (2, 18, 400)
    assert [(t.name, t.threshold, t.discount_pct) for t in after.tiers] == [
        ("Member", 0, 0), ("Gold", 150_000, 12), ("Platinum", 1_000_000, 15),
        ("Diamond", 2_000_000, 20)]
    # Renamed and changed tiers keep their rows (and so their holders).
    assert after.tiers[0].id == before.tiers[0].id and after.tiers[1].id == before.tiers[2].id


def test_tiers_by_points_take_whole_numbers(qtbot, db: Database) -> None:
    dialog, _announced = _dialog(qtbot, db)
    dialog.basis.setCurrentIndex(dialog.basis.findData("points"))
    assert dialog.tiers.headerData(COL_THRESHOLD, Qt.Orientation.Horizontal) == "From (points)"
    _set(dialog, 0, COL_THRESHOLD, "0")
    dialog.save()  # "500.00" is no number of points
    assert dialog.isVisible()
    assert dialog.message.text() == (
        "The threshold of “Silver” must be a whole number of points, not “500.00”.")
    assert dialog.tier_view.currentIndex().row() == 1
    for row, points in enumerate(("0", "500", "2000", "10000")):
        _set(dialog, row, COL_THRESHOLD, points)
    dialog.save()
    assert not dialog.isVisible()
    after = _program(db)
    assert after.tier_basis is TierBasis.POINTS
    assert [t.threshold for t in after.tiers] == [0, 500, 2_000, 10_000]


@pytest.mark.parametrize(("change", "message", "row"), [
    (lambda d: d.lapsed_days.setValue(60),
     "A customer is lapsed after more days (60) than a customer counts as new (90).", None),
    (lambda d: d.currency.setCurrentText("dollars"),
     "“dollars” is not a currency code. Use three letters, such as USD or UZS.", None),
    (lambda d: _set(d, 2, COL_THRESHOLD, "100.00"),
     "The threshold of “Gold” must be higher than that of “Silver”: each tier needs more "
     "than the one before it.", 2),
    (lambda d: _set(d, 3, COL_NAME, "silver"),
     "There are two tiers named “silver”. Give each tier its own name.", 3),
    (lambda d: _set(d, 1, COL_NAME, "  "), "Tier 2 has no name. Type one.", 1),
    (lambda d: _set(d, 1, COL_DISCOUNT, "150"),
     "The discount of “Silver” must be a whole percent from 0 to 100.", 1),
    (lambda d: _set(d, 0, COL_THRESHOLD, "free"),
     "“free” is not an amount. Type digits, such as 1250 or 1 250.50.", 0),
])
def test_bad_settings_show_the_message_and_change_nothing(
    qtbot, db: Database, change, message: str, row: int | None
) -> None:
    before = _program(db)
    dialog, announced = _dialog(qtbot, db)
    dialog.per_unit.setValue(7)  # a good change alongside: it is not written either
    change(dialog)
    dialog.save()
    assert dialog.isVisible() and dialog.message.isVisible()
    assert dialog.message.text() == message
    if row is not None:
        assert dialog.tier_view.currentIndex().row() == row
    assert _program(db) == before and announced == []
