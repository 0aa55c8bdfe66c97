"""Export from the window: the contact list (its search and filters), a company's
people, the agenda; the file dialog, the worker, Cancel and a failure."""

from __future__ import annotations

import csv
import io
import threading
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QPushButton

from app.db import open_database
from app.services import companies, contacts, tasks
from app.services.companies import CompanyInput
from app.services.contacts import ContactInput
from app.services.io import export
from app.services.tasks import TaskInput
from app.ui import export_dialog
from app.ui.changes import Changes
from app.ui.company_page import CompanyPage
from app.ui.contacts_section import ContactsSection
from app.ui.tasks_section import TasksSection
from app.ui.workers import wait_for_all

XLSX = "Excel workbook (*.xlsx)"
CSV = "CSV, comma-separated (*.csv)"


@pytest.fixture
def db(tmp_path: Path):
    database = open_database(str(tmp_path / "export.sqlite3"))
    with database.session_scope() as s:
        acme = companies.create_company(s, CompanyInput(name="Acme/Trading"))
        for name, company in (("Aziza", acme.id), ("Bobur", acme.id), ("Dilshod", None)):
            contacts.create_contact(s, ContactInput(first_name=name, company_id=company,
                                                    owner="Aziz"), region="UZ")
        gone = contacts.create_contact(s, ContactInput(first_name="Gone", company_id=acme.id),
                                       region="UZ")
        contacts.delete_contact(s, gone.id)
        tasks.create_task(s, TaskInput(title="Call Aziza", owner="Aziz"))
        tasks.create_task(s, TaskInput(title="Not mine", owner="Bobur"))
    yield database
    wait_for_all()
    database.dispose()


@pytest.fixture
def save_as(monkeypatch: pytest.MonkeyPatch):
    """Make QFileDialog answer with ``(path, filter)``; records what it was asked."""
    asked: list[tuple] = []

    def answer(path: Path | str, chosen: str = XLSX) -> None:
        def fake(*args: object, **kwargs: object) -> tuple[str, str]:
            asked.append(args)
            return str(path), chosen

        monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)

    answer.asked = asked  # type: ignore[attr-defined]
    return answer


def _names(path: Path) -> list[str]:
    if path.suffix == ".csv":
        text = path.read_bytes().decode("utf-8-sig")
        return [r["Full name"] for r in csv.DictReader(io.StringIO(text, newline=""))]
    sheet = openpyxl.load_workbook(path).worksheets[0]
    return [r[1] for r in sheet.iter_rows(min_row=2, values_only=True)]


def _says(message: str, start: str, path: Path | str) -> bool:
    """The message, in English with or without its plural forms compiled in."""
    return message.startswith(start) and message.endswith(f" to {path}")


def _exported(qtbot, signal, trigger) -> str:
    with qtbot.waitSignal(signal, timeout=10_000,
                          check_params_cb=lambda text: text.startswith("Export")) as done:
        trigger()
    return done.args[0]


def test_contacts_export_follows_the_search_and_filters(db, settings, qtbot, tmp_path,
                                                        save_as):
    section = ContactsSection(db, settings)
    qtbot.addWidget(section)
    section.show()
    section.search.setText("aziza")
    target = tmp_path / "people.xlsx"
    save_as(target)
    message = _exported(qtbot, section.statusMessage, section.export_action.trigger)
    assert _says(message, "Exported 1 contact", target)
    assert _names(target) == ["Aziza"]
    assert save_as.asked[0][2].endswith("contacts.xlsx")  # the suggested name
    assert save_as.asked[0][3] == ";;".join(
        [XLSX, CSV, "vCard address book (*.vcf)"])

    section.search.clear()
    section.trash.setChecked(True)
    plain = tmp_path / "trash"  # no suffix: the chosen filter gives it
    save_as(plain, CSV)
    message = _exported(qtbot, section.statusMessage, section.export_button.click)
    assert _says(message, "Exported 1 contact", f"{plain}.csv")
    assert _names(tmp_path / "trash.csv") == ["Gone"]


def test_a_company_page_exports_its_people(db, settings, qtbot, tmp_path, save_as):
    page = CompanyPage(db, settings, Changes())
    qtbot.addWidget(page)
    page.show()
    with db.session_scope() as s:
        (acme,) = companies.list_companies(s)
    page.show_company(acme.id)
    target = tmp_path / "acme.csv"
    save_as(target, CSV)
    message = _exported(qtbot, page.statusMessage, page.export_button.click)
    assert _says(message, "Exported 2 contact", target)
    assert sorted(_names(target)) == ["Aziza", "Bobur"]
    assert save_as.asked[0][2].endswith("Acme_Trading.xlsx")


def test_the_agenda_exports_its_filtered_tasks(db, settings, qtbot, tmp_path, save_as):
    section = TasksSection(db, settings, Changes())
    qtbot.addWidget(section)
    with qtbot.waitSignal(section.agendaLoaded, timeout=5000):
        section.show()
    qtbot.waitUntil(lambda: section.owner_filter.count() == 3)
    with qtbot.waitSignal(section.agendaLoaded, timeout=5000):
        section.owner_filter.setCurrentIndex(section.owner_filter.findData("Aziz"))
    target = tmp_path / "tasks.xlsx"
    save_as(target)
    assert section.export_table_action.isEnabled()
    message = _exported(qtbot, section.statusMessage, section.export_table_action.trigger)
    assert _says(message, "Exported 1 task", target)
    rows = list(openpyxl.load_workbook(target).worksheets[0].iter_rows(values_only=True))
    assert [r[2] for r in rows[1:]] == ["Call Aziza"]


def test_cancel_stops_the_worker_and_writes_nothing(db, settings, qtbot, tmp_path, save_as,
                                                    monkeypatch):
    started = threading.Event()
    real = export.export_contacts

    def slow(session, query, path, **kwargs):
        cancel = kwargs["cancel"]

        def progress(done, total):
            kwargs["progress"](done, total)
            started.set()
            cancel.wait(10)  # until Cancel is pressed

        return real(session, query, path, **{**kwargs, "progress": progress})

    monkeypatch.setattr(export, "export_contacts", slow)
    monkeypatch.setattr(export_dialog, "SHOW_AFTER_MS", 0)
    section = ContactsSection(db, settings)
    qtbot.addWidget(section)
    target = tmp_path / "never.xlsx"
    save_as(target)
    section.export_action.trigger()
    qtbot.waitUntil(started.is_set)
    dialog = section.export_task.dialog
    assert isinstance(dialog, QProgressDialog)
    qtbot.waitUntil(dialog.isVisible)
    with qtbot.waitSignal(section.statusMessage, timeout=10_000) as done:
        dialog.findChild(QPushButton).click()
    assert done.args == ["Export cancelled; no file was written."]
    assert not target.exists() and list(tmp_path.glob(".never*")) == []


def test_a_failure_is_shown_and_nothing_is_written(db, settings, qtbot, tmp_path, save_as,
                                                   dialogs):
    section = ContactsSection(db, settings)
    qtbot.addWidget(section)
    save_as(tmp_path / "missing" / "c.xlsx")
    with qtbot.waitSignal(section.statusMessage, timeout=10_000):
        section.export_action.trigger()
    kind, title, text = dialogs[0]
    assert (kind, title) == ("warning", "Export failed")
    assert text.startswith("Nothing was exported: Cannot write") and "missing" in text


def test_default_file_names_are_safe():
    assert export_dialog.safe_file_name('Acme: "A/B" <x>?') == "Acme_ _A_B_ _x__"
    assert export_dialog.safe_file_name("...") == "export"
