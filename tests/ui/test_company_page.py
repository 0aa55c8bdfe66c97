"""The company page: the header card, its people (windowed), editing, what it re-reads."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from sqlalchemy import func, select, update

from app.db import open_database
from app.models import Contact
from app.services import companies, contacts, demo, search
from app.services.companies import CompanyInput
from app.services.contacts import ContactInput, create_contact
from app.services.search import ContactQuery
from app.ui.changes import Changes
from app.ui.company_page import CompanyPage, website_html
from app.ui.contacts_model import ContactIdRole

BUSY = 20_000


@pytest.fixture
def db(tmp_path: Path):
    database = open_database(str(tmp_path / "page.sqlite3"))
    yield database
    database.dispose()


@pytest.fixture
def acme(db) -> dict[str, int]:
    """A company with three people (one in the Trash), and two people elsewhere."""
    with db.session_scope() as s:
        company = companies.create_company(s, CompanyInput(
            name="Acme Trading", industry="Wholesale", website="acme.example.com/a?b=1&c=2",
            phone="+998 71 200 00 00", street="1 Navoi St", city="Toshkent",
            country="Uzbekistan", notes="Pays <b>on time</b>."), region="UZ")
        other = companies.create_company(s, CompanyInput(name="Bazaar Foods"))
        ids = {"company": company.id, "other_company": other.id}
        for name in ("Aziza", "Bobur", "Dilshod"):
            ids[name] = create_contact(s, ContactInput(first_name=name, company_id=company.id),
                                       region="UZ").id
        contacts.delete_contact(s, ids["Dilshod"])
        ids["Elsewhere"] = create_contact(s, ContactInput(
            first_name="Elsewhere", company_id=other.id), region="UZ").id
        ids["Nobody"] = create_contact(s, ContactInput(first_name="Nobody"), region="UZ").id
    return ids


@pytest.fixture
def changes() -> Changes:
    return Changes()


@pytest.fixture
def page(db, settings, changes, qtbot) -> CompanyPage:
    settings.set_value("phone/default_region", "UZ")
    widget = CompanyPage(db, settings, changes)
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _listed(page: CompanyPage) -> list[int]:
    model = page.model
    return [model.index(row, 0).data(ContactIdRole) for row in range(model.rowCount())]


def test_the_page_shows_the_company_and_exactly_its_live_people(acme, page):
    page.show_company(acme["company"])
    card = page.card
    assert card.name.text() == "Acme Trading" and card.industry.text() == "Wholesale"
    assert card.website.text() == ('<a href="https://acme.example.com/a?b=1&amp;c=2">'
                                   "https://acme.example.com/a?b=1&amp;c=2</a>")
    assert card.phone.text() == '<a href="tel:+998712000000">+998 71 200 00 00</a>'
    assert card.address.text() == "1 Navoi St, Toshkent, Uzbekistan"
    assert card.notes.text() == "Pays <b>on time</b>."
    assert card.notes.textFormat() == Qt.TextFormat.PlainText  # shown as typed
    assert not card.trash.isVisible() and page.edit_button.isEnabled()
    assert sorted(_listed(page)) == sorted([acme["Aziza"], acme["Bobur"]])
    assert page.people_box.title() == "People (2)"
    assert page.people.isColumnHidden(1)  # the company column: the same on every row

    page.show_company(acme["other_company"])
    assert _listed(page) == [acme["Elsewhere"]] and not card.industry.isVisible()


def test_only_http_addresses_become_links_and_all_text_is_escaped():
    assert website_html("http://a.example.com") == (
        '<a href="http://a.example.com">http://a.example.com</a>')
    assert website_html('javascript:alert("x")') == "javascript:alert(&quot;x&quot;)"
    assert website_html("https://x.example.com/<b>") == (
        '<a href="https://x.example.com/&lt;b&gt;">https://x.example.com/&lt;b&gt;</a>')
    assert website_html("http://[broken") == "http://[broken"


def test_activating_a_row_opens_that_contact(acme, page, qtbot):
    page.show_company(acme["company"])
    row = _listed(page).index(acme["Bobur"])
    page.people.setFocus()
    page.people.setCurrentIndex(page.model.index(row, 0))
    with qtbot.waitSignal(page.contactActivated) as activated:
        qtbot.keyClick(page.people, Qt.Key.Key_Return)
    assert activated.args == [acme["Bobur"]]


def test_back_asks_to_go_back(acme, page, qtbot):
    page.show_company(acme["company"])
    with qtbot.waitSignal(page.backRequested):
        qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)


def test_editing_the_name_updates_the_header_and_the_contact_search(db, acme, page, qtbot):
    page.show_company(acme["company"])
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.edit_dialog
    assert dialog is not None and dialog.isVisible() and dialog.name.text() == "Acme Trading"
    dialog.name.setFocus()
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "Globex Holdings")
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.card.name.text() == "Globex Holdings")
    assert sorted(_listed(page)) == sorted([acme["Aziza"], acme["Bobur"]])
    row = _listed(page).index(acme["Aziza"])
    assert page.model.index(row, 1).data() == "Globex Holdings"
    with db.session_scope() as s:
        now = dt.datetime.now(dt.UTC)
        found = search.page(s, ContactQuery(text="globex"), now=now, limit=10)
        gone = search.count(s, ContactQuery(text="Acme Trading"), now=now)
    assert sorted(r.id for r in found) == sorted([acme["Aziza"], acme["Bobur"]])
    assert {r.company_name for r in found} == {"Globex Holdings"} and gone == 0


def test_the_page_follows_changes_and_rereads_what_changed_while_hidden(db, acme, page,
                                                                         changes, qtbot):
    page.show_company(acme["company"])
    with db.session_scope() as s:
        new = create_contact(s, ContactInput(first_name="Farrux", company_id=acme["company"]),
                             region="UZ").id
    page.hide()
    changes.contactsChanged.emit({new})
    assert new not in _listed(page)  # hidden: nothing read yet
    page.show()
    qtbot.waitUntil(lambda: new in _listed(page))
    with db.session_scope() as s:
        companies.delete_company(s, acme["company"])
    changes.contactsChanged.emit(set())
    assert page.card.trash.isVisible() and not page.edit_button.isEnabled()
    assert len(_listed(page)) == 3  # a company in the Trash keeps its people
    with db.session_scope() as s:
        companies.purge_deleted_companies(s)
    changes.contactsChanged.emit(set())
    assert "no longer exists" in page.card.name.text() and _listed(page) == []


@pytest.fixture
def busy_db(tmp_path: Path):
    """A company with 20,000 people (a few of them in the Trash)."""
    database = open_database(str(tmp_path / "busy.sqlite3"))
    demo.generate(database.engine, demo.DemoPlan.for_contacts(
        BUSY, interactions=0, companies=1, tasks=0, today=dt.date(2026, 11, 25)))
    with database.session_scope() as s:
        company_id = companies.list_companies(s, limit=1)[0].id
        s.execute(update(Contact).values(company_id=company_id))
        live = s.scalar(select(func.count()).select_from(Contact)
                        .where(Contact.deleted_at.is_(None)))
    assert live is not None and BUSY - 100 < live <= BUSY
    yield database, company_id, live
    database.dispose()


def test_a_company_with_twenty_thousand_people_opens_at_once(busy_db, settings, qtbot):
    database, company_id, live = busy_db
    page = CompanyPage(database, settings, Changes())
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    qtbot.waitExposed(page)
    page.show_company(company_id)
    qtbot.waitUntil(lambda: page.model.fetches >= 1)  # the view asked for what it shows
    assert page.model.rowCount() == live
    assert page.people_box.title() == f"People ({QLocale().toString(live)})"
    assert page.model.fetches == 1  # one page of rows read, not 20,000
    page.people.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.fetches >= 2)
    assert page.model.fetches <= 3  # the last page (from the end), maybe the one before
    last = page.model.index(live - 1, 0).data(ContactIdRole)
    assert isinstance(last, int)


def test_edit_undo_in_the_window_puts_a_company_back_and_redo_reapplies_it(
        start_rapport, tmp_path: Path, qtbot):
    window = start_rapport(tmp_path / "undo.sqlite3").window
    database = window.database
    with database.session_scope() as s:
        company = companies.create_company(s, CompanyInput(
            name="Acme Trading", industry="Wholesale", city="Toshkent"), region="UZ")
        aziza = create_contact(s, ContactInput(first_name="Aziza", company_id=company.id),
                               region="UZ").id

    def record() -> companies.CompanyRecord:
        with database.session_scope() as s:
            return companies.get_company(s, company.id)

    def found(text: str) -> list[int]:
        with database.session_scope() as s:
            rows = search.page(s, ContactQuery(text=text), now=dt.datetime.now(dt.UTC),
                               limit=10)
        return [r.id for r in rows]

    window.contacts.open_company(company.id)
    page = window.contacts.company_page
    assert page is not None
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.edit_dialog
    assert dialog is not None
    for widget, text in ((dialog.name, "Globex Holdings"), (dialog.city, "Samarqand")):
        widget.setFocus()
        widget.clear()
        qtbot.keyClicks(widget, text)
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    edited = record()
    assert (edited.name, edited.city) == ("Globex Holdings", "Samarqand")
    assert found("globex") == [aziza] and found("acme") == []
    assert window.undo_action.isEnabled()
    assert window.undo_action.text() == "Undo Edit Globex Holdings"

    window.undo_action.trigger()  # Edit > Undo
    assert record() == company  # every field, and the moment it was last changed
    assert found("acme") == [aziza] and found("globex") == []
    qtbot.waitUntil(lambda: page.card.name.text() == "Acme Trading")
    row = _listed(page).index(aziza)
    assert page.model.index(row, 1).data() == "Acme Trading"

    window.redo_action.trigger()  # Edit > Redo
    assert record() == edited
    assert found("globex") == [aziza] and found("acme") == []
    qtbot.waitUntil(lambda: page.card.name.text() == "Globex Holdings")
