"""The Contacts section: the windowed model against plain queries, search as you type,
filters, and the table's columns remembered."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableView
from sqlalchemy import select

from app.db import open_database
from app.models import Contact
from app.services import demo, search
from app.services.contacts import ContactInput, create_contact, delete_contact
from app.ui.contacts_model import COLUMNS, PAGE_SIZE, ContactIdRole, ContactsModel
from app.ui.contacts_section import ContactsSection

NOW = dt.datetime(2026, 11, 25, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
def big_db(tmp_path: Path):
    """Enough demo contacts for several pages, with NULLs and ties in every column."""
    database = open_database(str(tmp_path / "big.sqlite3"))
    plan = demo.DemoPlan.for_contacts(3 * PAGE_SIZE + 57, interactions=2000,
                                      today=dt.date(2026, 11, 25))
    demo.generate(database.engine, plan)
    yield database
    database.dispose()


def _expected(database, sort: str, descending: bool) -> list[int]:
    column = search.SORT_COLUMNS[sort]
    if column is Contact.id:
        order = [Contact.id.desc() if descending else Contact.id]
    else:
        order = [column.desc(), Contact.id.desc()] if descending else [column, Contact.id]
    with database.session_scope() as s:
        return list(s.scalars(select(Contact.id).where(Contact.deleted_at.is_(None))
                              .order_by(*order)))


def _ids_in_model_order(model: ContactsModel, rows: list[int]) -> dict[int, int]:
    return {row: model.index(row, 0).data(ContactIdRole) for row in rows}


@pytest.mark.parametrize("sort", sorted(search.SORT_COLUMNS))
@pytest.mark.parametrize("descending", [False, True])
def test_the_model_shows_the_rows_of_a_plain_query(big_db, qapp, sort, descending):
    model = ContactsModel(big_db, now=lambda: NOW)
    model.set_query(search.ContactQuery(sort=sort, descending=descending))
    expected = _expected(big_db, sort, descending)
    assert model.rowCount() == len(expected)
    n = len(expected)
    # Out of order, as a scrollbar drag asks: the end, the middle, page edges, the start.
    probes = [n - 1, n // 2, PAGE_SIZE, PAGE_SIZE - 1, 2 * PAGE_SIZE + 1, 0, n - PAGE_SIZE - 1]
    probes += random.Random(7).sample(range(n), 40)
    got = _ids_in_model_order(model, probes)
    assert got == {row: expected[row] for row in probes}
    # And walking every row in order gives the whole list.
    assert [model.contact_id(r) for r in range(n)] == expected


def test_the_model_follows_inserts_and_deletes(big_db, qapp):
    model = ContactsModel(big_db, now=lambda: NOW)
    before = model.rowCount()
    assert model.index(before - 1, 0).data() != ""  # the last page is cached now
    with big_db.session_scope() as s:
        aaron = create_contact(s, ContactInput(first_name="Aaaron", last_name="Aardvark"),
                               region="UZ")
        victim = s.scalars(select(Contact.id).where(Contact.deleted_at.is_(None))
                           .order_by(Contact.sort_key, Contact.id).offset(PAGE_SIZE)).first()
        delete_contact(s, victim)
    model.refresh()
    expected = _expected(big_db, "name", False)
    assert model.rowCount() == before == len(expected)
    assert model.contact_id(0) == aaron.id
    assert [model.contact_id(r) for r in range(len(expected))] == expected


def test_the_model_passes_qt_model_checks(big_db, qtmodeltester):
    model = ContactsModel(big_db, now=lambda: NOW)
    qtmodeltester.check(model, force_py=True)


def test_sorting_by_an_unindexed_column_is_refused(big_db, qapp):
    model = ContactsModel(big_db, now=lambda: NOW)
    company = [c.key for c in COLUMNS].index("company")
    first = model.contact_id(0)
    model.sort(company, Qt.SortOrder.DescendingOrder)
    assert model.query.sort == "name" and model.contact_id(0) == first


@pytest.fixture
def section(big_db, settings, qtbot):
    widget = ContactsSection(big_db, settings)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _names(widget: ContactsSection) -> list[str]:
    model = widget.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_search_as_you_type(big_db, section, qtbot):
    with big_db.session_scope() as s:
        create_contact(s, ContactInput(first_name="Gʻulom", last_name="Qodirov",
                                       phones=["+998 90 765 43 21"]), region="UZ")
    section.refresh()
    with qtbot.waitSignal(section.model.countChanged, timeout=2000):
        qtbot.keyClicks(section.search, "0907654")
    assert _names(section) == ["Gʻulom Qodirov"]
    assert section.count_label.text() == "1 contact"
    section.search.clear()
    with qtbot.waitSignal(section.model.countChanged, timeout=2000):
        qtbot.keyClicks(section.search, "g'ulom qod")
    assert _names(section) == ["Gʻulom Qodirov"]


def test_filters_narrow_the_list(big_db, section):
    total = section.model.rowCount()
    section.stage.setCurrentIndex(section.stage.findData("customer"))
    customers = section.model.rowCount()
    assert 0 < customers < total
    names = set(_names(section))
    with big_db.session_scope() as s:
        expected = set(s.scalars(select(Contact.display_name).where(
            Contact.deleted_at.is_(None), Contact.lifecycle_stage == "customer")))
    assert names == expected
    section.consent.setCurrentIndex(section.consent.findData(True))
    assert section.model.rowCount() < customers
    section.stage.setCurrentIndex(0)
    section.consent.setCurrentIndex(0)
    assert section.model.rowCount() == total


def test_hidden_moved_and_sorted_columns_are_remembered(big_db, settings, qtbot):
    first = ContactsSection(big_db, settings)
    qtbot.addWidget(first)
    header = first.table.horizontalHeader()
    email = [c.key for c in COLUMNS].index("email")
    city = [c.key for c in COLUMNS].index("city")
    first.set_column_visible(email, False)
    header.moveSection(header.visualIndex(city), 1)
    header.setSortIndicator(city, Qt.SortOrder.DescendingOrder)
    assert first.model.query.sort == "city" and first.model.query.descending

    second = ContactsSection(big_db, settings)
    qtbot.addWidget(second)
    again = second.table.horizontalHeader()
    assert again.isSectionHidden(email)
    assert again.visualIndex(city) == 1
    assert second.model.query.sort == "city" and second.model.query.descending


def test_find_focuses_the_search_box(start_rapport, tmp_path, qtbot):
    window = start_rapport(tmp_path / "db.sqlite3").window
    window.show_section("tasks")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.find_action.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section() == "contacts"
    assert window.contacts.search.hasFocus()


def test_a_search_with_many_matches_grows_as_it_is_scrolled(big_db, qapp, monkeypatch):
    import app.ui.contacts_model as cm

    monkeypatch.setattr(cm, "SEARCH_COUNT_CAP", 50)
    model = ContactsModel(big_db, now=lambda: NOW)
    query = search.ContactQuery(text="example")  # in nearly every email address
    model.set_query(query)
    with big_db.session_scope() as s:
        total = search.count(s, query, now=NOW)
        expected = [r.id for r in search.page(s, query, now=NOW, limit=10_000)]
    assert total > 50 and model.rowCount() == 50 and not model.complete
    assert model.canFetchMore()
    first = [model.contact_id(r) for r in range(50)]
    assert first == expected[:50]
    model.fetchMore()
    assert model.complete and model.rowCount() == total
    assert [model.contact_id(r) for r in range(total)] == expected


def test_opening_a_contact_and_coming_back(big_db, section, qtbot):
    section.search.setText("example")
    section.apply()
    name = section.model.index(0, 0).data()
    first = section.model.index(0, 0)
    section.table.setCurrentIndex(first)
    section.table.activated.emit(first)
    assert section.stack.currentWidget() is section.page
    assert section.page.card.isVisible()
    assert any(name in label.text() for label in section.page.card.findChildren(QLabel))
    section.page.backRequested.emit()
    assert section.stack.currentWidget() is section.list_page
    assert section.search.text() == "example"  # the list is where it was


def test_logging_on_the_page_updates_the_list_on_return(big_db, section, qtbot):
    section.quiet_days.setValue(10_000)  # "no contact for 10,000 days": never contacted
    section.apply()
    before = section.model.rowCount()
    contact = section.model.contact_id(0)
    section.open_contact(contact)
    bar = section.page.quick_log
    bar.subject.setText("Called about the invoice")
    with qtbot.waitSignal(bar.logged, timeout=5000):
        bar.log()
    section.show_list()
    assert section.model.rowCount() == before - 1


def test_the_company_name_on_a_contact_page_opens_the_company(big_db, section, qtbot):
    with big_db.session_scope() as s:
        contact_id, company_id = s.execute(
            select(Contact.id, Contact.company_id).where(Contact.company_id.is_not(None),
                                                         Contact.deleted_at.is_(None))
        ).first()
    section.open_contact(contact_id)
    section.page.card.job.linkActivated.emit(f"company:{company_id}")
    assert section.stack.currentWidget() is section.company_page
    assert section.company_page.company_id == company_id
    people = section.company_page.findChild(QTableView)
    ids = {people.model().contact_id(r) for r in range(people.model().rowCount())}
    assert contact_id in ids
    section.company_page.backRequested.emit()
    assert section.stack.currentWidget() is section.page


def test_the_company_filter_lists_its_people(big_db, section, qtbot):
    with big_db.session_scope() as s:
        company_id = s.scalar(select(Contact.company_id).where(Contact.company_id.is_not(None)))
        expected = set(s.scalars(select(Contact.id).where(
            Contact.company_id == company_id, Contact.deleted_at.is_(None))))
    section.company.select(company_id, None)
    section.company.set_choices(section.company.lookup(""))
    index = section.company.findData(company_id)
    if index < 0:  # not among the first names offered: type its name as a user would
        from app.models import Company

        with big_db.session_scope() as s:
            name = s.get(Company, company_id).name
        section.company.edit.setText(name)
        section.company.search()
        index = section.company.findData(company_id)
    section.company.setCurrentIndex(index)
    section.apply()
    got = {section.model.contact_id(r) for r in range(section.model.rowCount())}
    assert got == expected and expected
    section.company.edit.clear()
    assert section.model.rowCount() > len(expected)


@pytest.mark.parametrize("language", ["en", "ru", "zh_CN"])
def test_the_filters_let_the_window_fit_a_laptop_screen(tmp_path, settings, qapp, language):
    """At their natural widths the filters needed 1,300-1,700 px, which held the whole
    window wider than a 1366 px laptop screen; each may now shrink."""
    from app.ui.i18n import install_translators

    database = open_database(str(tmp_path / "fit.sqlite3"))
    try:
        install_translators(qapp, language)
        section = ContactsSection(database, settings, initial_count=0)
        assert section.minimumSizeHint().width() <= 900
        section.close()
    finally:
        install_translators(qapp, "en")
        database.dispose()
