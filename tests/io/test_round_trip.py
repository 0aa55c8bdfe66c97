"""Export, then import the same file in update mode: nothing changes (issue 4, point 10).

Contacts with every kind of field, some with neither email nor phone (matched by
their Rapport ID), one with text that looks like a formula, through .xlsx and .csv.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.models import Contact
from app.services.companies import CompanyInput, create_company
from app.services.contacts import ContactInput, create_contact, get_contact
from app.services.io.export import export_contacts
from app.services.io.import_plan import ImportOptions
from app.services.io.importer import import_file
from app.services.search import ContactQuery

NOW = dt.datetime(2026, 11, 25, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
def stored(db) -> list[int]:
    with db.session_scope() as s:
        acme = create_company(s, CompanyInput(name="Acme Ltd"), region="UZ").id
        people = [
            ContactInput(first_name="Gʻulom", last_name="Karimov",
                         emails=["gulom@example.uz", "g.karimov@example.com"],
                         phones=["+998 90 123 45 67", "+998 93 555 12 34"], company_id=acme,
                         title="Buyer", street="Amir Temur 1", city="Toshkent", region="TSH",
                         postal_code="100000", country="Uzbekistan",
                         birthday=dt.date(1985, 3, 15), owner="Aziz", source="referral",
                         lifecycle_stage="customer", marketing_consent=True,
                         consent_at=dt.datetime(2025, 5, 1, 9, 30, 15, 123456, tzinfo=dt.UTC),
                         consent_source="web form", notes="=SUM(A1:A9) is not a formula\nline 2",
                         custom_fields={"Shoe size": "42", "Loyal since": "2019"},
                         tags=["VIP", "Wholesale"]),
            ContactInput(first_name="王", last_name="伟", display_name="王伟"),  # no email/phone
            ContactInput(first_name="Алёна", last_name="Смирнова", phones=["+7 916 123-45-67"],
                         notes="+7 is the code"),
        ]
        return [create_contact(s, p, region="UZ").id for p in people]


@pytest.mark.parametrize("suffix", ["xlsx", "csv"])
@pytest.mark.parametrize("overwrite", [False, True])
def test_export_then_import_in_update_mode_changes_nothing(db, stored, tmp_path: Path,
                                                           suffix, overwrite):
    with db.session_scope() as s:
        before = [get_contact(s, i) for i in stored]
        path = tmp_path / f"contacts.{suffix}"
        export_contacts(s, ContactQuery(), path, now=NOW, tz=dt.UTC)
    with db.session_scope() as s:
        report = import_file(s, path, options=ImportOptions(
            on_duplicate="update", overwrite=overwrite, region="UZ", tz=dt.UTC))
    result = report.result
    assert result.rejected == [] and result.created == 0
    assert (result.updated, result.skipped) == (0, len(stored))
    with db.session_scope() as s:
        assert s.scalar(select(func.count()).select_from(Contact)) == len(stored)
        after = [get_contact(s, i) for i in stored]
    for old, new in zip(before, after, strict=True):
        assert _fields(new) == _fields(old)


def _fields(record: object) -> dict[str, object]:
    return {f.name: getattr(record, f.name) for f in dataclasses.fields(record)}
