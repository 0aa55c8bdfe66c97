"""The fields an import can fill and an export writes, per kind of record.

One catalogue serves both directions: an export's header is each field's English
label, and the import mapping recognises those labels first, so a file Rapport wrote
comes back in without a single mapping change (export, then import in update mode,
changes nothing). Labels are marked for translation: the wizard shows them in the
user's language; files keep the English ones, as other programs expect.

A field key is what a column maps to. Fields marked ``multi`` may be mapped from
several columns (the first is the primary email or phone, the rest are extra ones;
several tag columns add up). ``custom:<name>`` keys are contact custom fields.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import QT_TRANSLATE_NOOP

CUSTOM_PREFIX = "custom:"
#: How an export heads a custom field's column ("Custom: Shoe size"); the import
#: mapping reads such a column back into that custom field.
CUSTOM_HEADER_PREFIX = "Custom: "


@dataclass(frozen=True)
class Field:
    key: str
    #: The English column header (exports write it; the wizard translates it).
    label: str
    multi: bool = False
    #: The value's kind, for parsing and for typed export cells:
    #: text, email, phone, date, datetime, bool, int, tags, stage, channel, direction.
    kind: str = "text"


def _f(key: str, label: str, **kw: object) -> Field:
    return Field(key, label, **kw)  # type: ignore[arg-type]


# Every label is in the translation context "ImportFields" (written out each time:
# pyside6-lupdate only reads a literal context).

CONTACT_FIELDS: tuple[Field, ...] = (
    _f("id", QT_TRANSLATE_NOOP("ImportFields", "Rapport ID"), kind="int"),
    _f("full_name", QT_TRANSLATE_NOOP("ImportFields", "Full name")),
    _f("first_name", QT_TRANSLATE_NOOP("ImportFields", "First name")),
    _f("last_name", QT_TRANSLATE_NOOP("ImportFields", "Last name")),
    _f("email", QT_TRANSLATE_NOOP("ImportFields", "Email"), multi=True, kind="email"),
    _f("phone", QT_TRANSLATE_NOOP("ImportFields", "Phone"), multi=True, kind="phone"),
    _f("company", QT_TRANSLATE_NOOP("ImportFields", "Company")),
    _f("title", QT_TRANSLATE_NOOP("ImportFields", "Job title")),
    _f("street", QT_TRANSLATE_NOOP("ImportFields", "Street")),
    _f("city", QT_TRANSLATE_NOOP("ImportFields", "City")),
    _f("region", QT_TRANSLATE_NOOP("ImportFields", "Region")),
    _f("postal_code", QT_TRANSLATE_NOOP("ImportFields", "Postal code")),
    _f("country", QT_TRANSLATE_NOOP("ImportFields", "Country")),
    _f("birthday", QT_TRANSLATE_NOOP("ImportFields", "Birthday"), kind="date"),
    _f("owner", QT_TRANSLATE_NOOP("ImportFields", "Owner")),
    _f("source", QT_TRANSLATE_NOOP("ImportFields", "Source")),
    _f("lifecycle_stage", QT_TRANSLATE_NOOP("ImportFields", "Lifecycle stage"), kind="stage"),
    _f("marketing_consent", QT_TRANSLATE_NOOP("ImportFields", "Marketing consent"), kind="bool"),
    _f("consent_at", QT_TRANSLATE_NOOP("ImportFields", "Consent given"), kind="datetime"),
    _f("consent_source", QT_TRANSLATE_NOOP("ImportFields", "Consent source")),
    _f("tags", QT_TRANSLATE_NOOP("ImportFields", "Tags"), multi=True, kind="tags"),
    _f("notes", QT_TRANSLATE_NOOP("ImportFields", "Notes")),
    _f("created_at", QT_TRANSLATE_NOOP("ImportFields", "Created"), kind="datetime"),
)

COMPANY_FIELDS: tuple[Field, ...] = (
    _f("id", QT_TRANSLATE_NOOP("ImportFields", "Rapport ID"), kind="int"),
    _f("name", QT_TRANSLATE_NOOP("ImportFields", "Company")),
    _f("industry", QT_TRANSLATE_NOOP("ImportFields", "Industry")),
    _f("website", QT_TRANSLATE_NOOP("ImportFields", "Website")),
    _f("phone", QT_TRANSLATE_NOOP("ImportFields", "Phone"), kind="phone"),
    _f("street", QT_TRANSLATE_NOOP("ImportFields", "Street")),
    _f("city", QT_TRANSLATE_NOOP("ImportFields", "City")),
    _f("region", QT_TRANSLATE_NOOP("ImportFields", "Region")),
    _f("postal_code", QT_TRANSLATE_NOOP("ImportFields", "Postal code")),
    _f("country", QT_TRANSLATE_NOOP("ImportFields", "Country")),
    _f("notes", QT_TRANSLATE_NOOP("ImportFields", "Notes")),
)

# Interactions and tasks name their contact by email (or, failing that, by name).
INTERACTION_FIELDS: tuple[Field, ...] = (
    _f("contact_email", QT_TRANSLATE_NOOP("ImportFields", "Contact email"), kind="email"),
    _f("contact_name", QT_TRANSLATE_NOOP("ImportFields", "Contact")),
    _f("channel", QT_TRANSLATE_NOOP("ImportFields", "Channel"), kind="channel"),
    _f("direction", QT_TRANSLATE_NOOP("ImportFields", "Direction"), kind="direction"),
    _f("occurred_at", QT_TRANSLATE_NOOP("ImportFields", "When"), kind="datetime"),
    _f("subject", QT_TRANSLATE_NOOP("ImportFields", "Subject")),
    _f("body", QT_TRANSLATE_NOOP("ImportFields", "Text")),
    _f("outcome", QT_TRANSLATE_NOOP("ImportFields", "Outcome")),
)

TASK_FIELDS: tuple[Field, ...] = (
    _f("contact_email", QT_TRANSLATE_NOOP("ImportFields", "Contact email"), kind="email"),
    _f("contact_name", QT_TRANSLATE_NOOP("ImportFields", "Contact")),
    _f("title", QT_TRANSLATE_NOOP("ImportFields", "Task")),
    _f("due_date", QT_TRANSLATE_NOOP("ImportFields", "Due"), kind="date"),
    _f("priority", QT_TRANSLATE_NOOP("ImportFields", "Priority"), kind="int"),
    _f("status", QT_TRANSLATE_NOOP("ImportFields", "Status")),
    _f("owner", QT_TRANSLATE_NOOP("ImportFields", "Owner")),
    _f("notes", QT_TRANSLATE_NOOP("ImportFields", "Notes")),
)

# Purchases name their contact by email, phone or name (import_purchases_links); rows
# with one order number are one purchase, each row a line. Amounts and the channel are
# read as text and parsed by import_purchases (a number cell keeps its exact value).
PURCHASE_FIELDS: tuple[Field, ...] = (
    _f("contact_email", QT_TRANSLATE_NOOP("ImportFields", "Contact email"), kind="email"),
    _f("contact_phone", QT_TRANSLATE_NOOP("ImportFields", "Contact phone"), kind="phone"),
    _f("contact_name", QT_TRANSLATE_NOOP("ImportFields", "Contact")),
    _f("order", QT_TRANSLATE_NOOP("ImportFields", "Order")),
    _f("purchased_on", QT_TRANSLATE_NOOP("ImportFields", "Date"), kind="date"),
    _f("total", QT_TRANSLATE_NOOP("ImportFields", "Total")),
    _f("currency", QT_TRANSLATE_NOOP("ImportFields", "Currency")),
    _f("channel", QT_TRANSLATE_NOOP("ImportFields", "Channel")),
    _f("note", QT_TRANSLATE_NOOP("ImportFields", "Note")),
    _f("product", QT_TRANSLATE_NOOP("ImportFields", "Product")),
    _f("sku", QT_TRANSLATE_NOOP("ImportFields", "SKU")),
    _f("quantity", QT_TRANSLATE_NOOP("ImportFields", "Quantity"), kind="int"),
    _f("unit_price", QT_TRANSLATE_NOOP("ImportFields", "Unit price")),
)

FIELDS: dict[str, tuple[Field, ...]] = {
    "contacts": CONTACT_FIELDS,
    "companies": COMPANY_FIELDS,
    "interactions": INTERACTION_FIELDS,
    "tasks": TASK_FIELDS,
    "purchases": PURCHASE_FIELDS,
}


def field(kind: str, key: str) -> Field:
    """The field ``key`` of a kind of record; custom fields are text."""
    if key.startswith(CUSTOM_PREFIX) and kind == "contacts":
        return Field(key, key[len(CUSTOM_PREFIX):])
    for f in FIELDS[kind]:
        if f.key == key:
            return f
    raise KeyError(f"{kind} have no field {key!r}")
