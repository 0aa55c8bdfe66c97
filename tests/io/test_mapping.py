"""Column mapping: suggestions from real export headers, languages, presets, name splitting."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.services.io.fields import FIELDS
from app.services.io.mapping import (
    PRESETS,
    ColumnMapping,
    detect_preset,
    is_field_key,
    split_full_name,
    suggest_mapping,
)

# What each tool's contact export writes, column by column, with the field Rapport
# should suggest (None: ignored).
GOOGLE_LEGACY = [
    ("Name", "full_name"), ("Given Name", "first_name"), ("Additional Name", None),
    ("Family Name", "last_name"), ("Yomi Name", None), ("Given Name Yomi", None),
    ("Additional Name Yomi", None), ("Family Name Yomi", None), ("Name Prefix", None),
    ("Name Suffix", None), ("Initials", None), ("Nickname", None), ("Short Name", None),
    ("Maiden Name", None), ("Birthday", "birthday"), ("Gender", None), ("Location", None),
    ("Billing Information", None), ("Directory Server", None), ("Mileage", None),
    ("Occupation", None), ("Hobby", None), ("Sensitivity", None), ("Priority", None),
    ("Subject", None), ("Notes", "notes"), ("Language", None), ("Photo", None),
    ("Group Membership", "tags"), ("E-mail 1 - Type", None), ("E-mail 1 - Value", "email"),
    ("E-mail 2 - Type", None), ("E-mail 2 - Value", "email"), ("Phone 1 - Type", None),
    ("Phone 1 - Value", "phone"), ("Phone 2 - Type", None), ("Phone 2 - Value", "phone"),
    ("Phone 3 - Type", None), ("Phone 3 - Value", "phone"), ("Address 1 - Type", None),
    ("Address 1 - Formatted", None), ("Address 1 - Street", "street"),
    ("Address 1 - City", "city"), ("Address 1 - PO Box", None),
    ("Address 1 - Region", "region"), ("Address 1 - Postal Code", "postal_code"),
    ("Address 1 - Country", "country"), ("Address 1 - Extended Address", None),
    ("Address 2 - City", None), ("Organization 1 - Type", None),
    ("Organization 1 - Name", "company"), ("Organization 1 - Yomi Name", None),
    ("Organization 1 - Title", "title"), ("Organization 1 - Department", None),
    ("Organization 1 - Symbol", None), ("Organization 1 - Location", None),
    ("Organization 1 - Job Description", None), ("Website 1 - Type", None),
    ("Website 1 - Value", None),
]
GOOGLE = [
    ("First Name", "first_name"), ("Middle Name", None), ("Last Name", "last_name"),
    ("Phonetic First Name", None), ("Phonetic Middle Name", None),
    ("Phonetic Last Name", None), ("Name Prefix", None), ("Name Suffix", None),
    ("Nickname", None), ("File As", None), ("Organization Name", "company"),
    ("Organization Title", "title"), ("Organization Department", None),
    ("Birthday", "birthday"), ("Notes", "notes"), ("Photo", None), ("Labels", "tags"),
    ("E-mail 1 - Label", None), ("E-mail 1 - Value", "email"), ("E-mail 2 - Label", None),
    ("E-mail 2 - Value", "email"), ("Phone 1 - Label", None), ("Phone 1 - Value", "phone"),
    ("Phone 2 - Label", None), ("Phone 2 - Value", "phone"), ("Address 1 - Label", None),
    ("Address 1 - Formatted", None), ("Address 1 - Street", "street"),
    ("Address 1 - City", "city"), ("Address 1 - PO Box", None),
    ("Address 1 - Region", "region"), ("Address 1 - Postal Code", "postal_code"),
    ("Address 1 - Country", "country"), ("Address 1 - Extended Address", None),
    ("Website 1 - Label", None), ("Website 1 - Value", None),
]
OUTLOOK = [
    ("Title", None), ("First Name", "first_name"), ("Middle Name", None),
    ("Last Name", "last_name"), ("Suffix", None), ("Company", "company"),
    ("Department", None), ("Job Title", "title"), ("Business Street", "street"),
    ("Business Street 2", None), ("Business Street 3", None), ("Business City", "city"),
    ("Business State", "region"), ("Business Postal Code", "postal_code"),
    ("Business Country/Region", "country"), ("Home Street", None), ("Home Street 2", None),
    ("Home Street 3", None), ("Home City", None), ("Home State", None),
    ("Home Postal Code", None), ("Home Country/Region", None), ("Other Street", None),
    ("Other City", None), ("Other State", None), ("Other Postal Code", None),
    ("Other Country/Region", None), ("Assistant's Phone", None), ("Business Fax", None),
    ("Business Phone", "phone"), ("Business Phone 2", "phone"), ("Callback", None),
    ("Car Phone", None), ("Company Main Phone", None), ("Home Fax", None),
    ("Home Phone", "phone"), ("Home Phone 2", "phone"), ("ISDN", None),
    ("Mobile Phone", "phone"), ("Other Fax", None), ("Other Phone", "phone"),
    ("Pager", None), ("Primary Phone", "phone"), ("Radio Phone", None),
    ("TTY/TDD Phone", None), ("Telex", None), ("Account", None), ("Anniversary", None),
    ("Assistant's Name", None), ("Billing Information", None), ("Birthday", "birthday"),
    ("Business Address PO Box", None), ("Categories", "tags"), ("Children", None),
    ("Directory Server", None), ("E-mail Address", "email"), ("E-mail Type", None),
    ("E-mail Display Name", None), ("E-mail 2 Address", "email"), ("E-mail 2 Type", None),
    ("E-mail 2 Display Name", None), ("E-mail 3 Address", "email"), ("E-mail 3 Type", None),
    ("E-mail 3 Display Name", None), ("Gender", None), ("Government ID Number", None),
    ("Hobby", None), ("Initials", None), ("Internet Free Busy", None), ("Keywords", None),
    ("Language", None), ("Location", None), ("Manager's Name", None), ("Mileage", None),
    ("Notes", "notes"), ("Office Location", None), ("Organizational ID Number", None),
    ("Priority", None), ("Private", None), ("Profession", None), ("Referred By", None),
    ("Sensitivity", None), ("Spouse", None), ("User 1", None), ("Web Page", None),
]
HUBSPOT = [
    ("Record ID", None), ("First Name", "first_name"), ("Last Name", "last_name"),
    ("Email", "email"), ("Phone Number", "phone"), ("Mobile Phone Number", "phone"),
    ("Company Name", "company"), ("Job Title", "title"), ("Street Address", "street"),
    ("City", "city"), ("State/Region", "region"), ("Postal Code", "postal_code"),
    ("Country/Region", "country"), ("Lifecycle Stage", "lifecycle_stage"),
    ("Lead Status", None), ("Contact owner", "owner"), ("Create Date", "created_at"),
    ("Last Activity Date", None), ("Original Source", "source"),
    ("Marketing contact status", None), ("Associated Company", None),
]
SALESFORCE = [
    ("Contact ID", None), ("Salutation", None), ("First Name", "first_name"),
    ("Last Name", "last_name"), ("Title", "title"), ("Account Name", "company"),
    ("Mailing Street", "street"), ("Mailing City", "city"),
    ("Mailing State/Province", "region"), ("Mailing Zip/Postal Code", "postal_code"),
    ("Mailing Country", "country"), ("Phone", "phone"), ("Mobile", "phone"), ("Fax", None),
    ("Email", "email"), ("Email Opt Out", None), ("Lead Source", "source"),
    ("Birthdate", "birthday"), ("Contact Owner", "owner"), ("Created Date", "created_at"),
    ("Description", "notes"), ("Department", None),
]
PIPEDRIVE = [
    ("Person - ID", None), ("Person - Name", "full_name"),
    ("Person - First name", "first_name"), ("Person - Last name", "last_name"),
    ("Person - Labels", "tags"), ("Person - Organization", "company"),
    ("Person - Email - Work", "email"), ("Person - Email - Home", "email"),
    ("Person - Phone - Work", "phone"), ("Person - Phone - Mobile", "phone"),
    ("Person - Owner", "owner"), ("Person - Job title", "title"),
    ("Person - Birthday", "birthday"), ("Person - Postal address", "street"),
    ("Person - Postal address - City/town/village/locality", "city"),
    ("Person - Postal address - Country", "country"), ("Person - Notes", "notes"),
    ("Person - Marketing status", None), ("Organization - Name", None),
    ("Person - Visible to", None),
]
VENDOR_FILES = {
    "google": [GOOGLE_LEGACY, GOOGLE], "outlook": [OUTLOOK], "hubspot": [HUBSPOT],
    "salesforce": [SALESFORCE], "pipedrive": [PIPEDRIVE],
}
CASES = [(vendor, columns) for vendor, files in VENDOR_FILES.items() for columns in files]


@pytest.mark.parametrize(("vendor", "columns"), CASES)
@pytest.mark.parametrize("preset", ["auto", "vendor"])
def test_vendor_exports_map_as_expected(vendor, columns, preset):
    headers = [h for h, _key in columns]
    mapping = suggest_mapping(headers, preset=vendor if preset == "vendor" else preset)
    got = dict(zip(headers, mapping.columns, strict=True))
    assert got == dict(columns)
    assert mapping.headers == tuple(headers) and mapping.kind == "contacts"


@pytest.mark.parametrize(("vendor", "columns"), CASES)
def test_the_tool_is_recognised_from_its_headers(vendor, columns):
    assert detect_preset([h for h, _key in columns]) == vendor


@pytest.mark.parametrize("headers", [[], ["Email"], ["Title", "First Name"], ["Имя", "Телефон"]])
def test_plain_headers_belong_to_no_tool(headers):
    assert detect_preset(headers) == "auto"


# --- languages -----------------------------------------------------------------------


@pytest.mark.parametrize(("header", "key"), [
    # Russian
    ("Имя", "first_name"), ("Фамилия", "last_name"), ("ФИО", "full_name"),
    ("Ф.И.О.", "full_name"), ("Ф. И. О.", "full_name"), ("Отчество", None),
    ("Телефон", "phone"), ("Мобильный телефон", "phone"), ("Рабочий телефон", "phone"),
    ("Эл. почта", "email"), ("E-mail", "email"), ("Электронная почта", "email"),
    ("Компания", "company"), ("Организация", "company"), ("Должность", "title"),
    ("Город", "city"), ("Примечание", "notes"), ("Теги", "tags"), ("Метки", "tags"),
    ("Дата рождения", "birthday"), ("Ответственный", "owner"), ("Источник", "source"),
    ("Индекс", "postal_code"), ("Страна", "country"), ("Улица", "street"),
    ("Населенный пункт", "city"), ("Населённый пункт", "city"),
    # Chinese
    ("姓名", "full_name"), ("名", "first_name"), ("名字", "first_name"), ("姓", "last_name"),
    ("电话", "phone"), ("手机", "phone"), ("手机号", "phone"), ("手机号码", "phone"),
    ("邮箱", "email"), ("电子邮件", "email"), ("公司", "company"), ("职位", "title"),
    ("城市", "city"), ("备注", "notes"), ("标签", "tags"), ("生日", "birthday"),
    ("地址", "street"),
    # Uzbek, Latin and Cyrillic, with every apostrophe people type
    ("Ism", "first_name"), ("Familiya", "last_name"), ("Telefon raqami", "phone"),
    ("Telefon", "phone"), ("Elektron pochta", "email"), ("Kompaniya", "company"),
    ("Tashkilot", "company"), ("Lavozim", "title"), ("Shahar", "city"), ("Izoh", "notes"),
    ("Исм", "first_name"), ("Телефон рақами", "phone"), ("Электрон почта", "email"),
    ("Ташкилот", "company"), ("Лавозим", "title"), ("Шаҳар", "city"), ("Изоҳ", "notes"),
    ("Tugʻilgan kun", "birthday"), ("Tug'ilgan kun", "birthday"),
    ("Tug’ilgan kun", "birthday"), ("Tug‘ilgan kun", "birthday"), ("Tug`ilgan kun", "birthday"),
    ("Toʻliq ism", "full_name"), ("To'liq ism", "full_name"), ("Otasining ismi", None),
    ("Masʼul", "owner"), ("Mas'ul", "owner"),
    # English and writing variants
    ("  E-MAIL  ", "email"), ("e_mail", "email"), ("ＥＭＡＩＬ", "email"), ("Work Email", "email"),
    ("Personal e-mail", "email"), ("Email 2", "email"), ("Phone (mobile)", "phone"),
    ("Tel.", "phone"), ("Телефон 2", "phone"), ("手机2", "phone"), ("Tags 2", "tags"),
    ("Surname", "last_name"), ("Date of birth", "birthday"), ("Zip", "postal_code"),
    ("Display Name", "full_name"),
    # Unknown, or near misses that must not match
    ("", None), ("Shoe size", None), ("Email Domain", None), ("Emailed", None),
    ("Telephone company", None), ("ID", None), ("Hotel", None),
])
def test_headers_in_four_languages(header, key):
    assert suggest_mapping([header]).columns == (key,)


@pytest.mark.parametrize("kind", list(FIELDS))
@pytest.mark.parametrize("preset", PRESETS)
def test_every_label_maps_back_to_its_own_field(kind, preset):
    labels = [f.label for f in FIELDS[kind]]
    assert suggest_mapping(labels, kind=kind, preset=preset).columns == tuple(
        f.key for f in FIELDS[kind])
    for f in FIELDS[kind]:  # and each on its own, in any case
        assert suggest_mapping([f.label.upper()], kind=kind, preset=preset).columns == (f.key,)


@pytest.mark.parametrize(("kind", "columns"), [
    ("companies", [("Company", "name"), ("Website", "website"), ("Отрасль", "industry"),
                   ("Телефон", "phone"), ("Рабочий телефон", None), ("Город", "city"),
                   ("Адрес", "street"), ("公司名称", None), ("Email", None)]),
    ("interactions", [("Клиент", "contact_name"), ("Эл. почта", "contact_email"),
                      ("Дата", "occurred_at"), ("Канал", "channel"),
                      ("Направление", "direction"), ("Тема", "subject"), ("Текст", "body"),
                      ("Результат", "outcome"), ("Ответственный", None)]),
    ("tasks", [("Vazifa", "title"), ("Muddat", "due_date"), ("Priority", "priority"),
               ("Status", "status"), ("Mas'ul", "owner"), ("邮箱", "contact_email"),
               ("姓名", "contact_name"), ("备注", "notes"), ("Birthday", None)]),
])
def test_other_kinds(kind, columns):
    headers = [h for h, _ in columns]
    assert suggest_mapping(headers, kind=kind).columns == tuple(k for _, k in columns)


# --- one column per field, presets -----------------------------------------------------


@pytest.mark.parametrize(("headers", "columns"), [
    (["City", "Город", "Shahar"], ("city", None, None)),
    (["Address", "Street"], (None, "street")),  # a weak name yields to a plain one
    (["Street", "Address"], ("street", None)),
    (["Title", "Job title"], (None, "title")),  # Rapport's own label ranks first
    (["Email", "E-mail", "Почта"], ("email", "email", "email")),  # emails take many
    (["Associated Company", "Company Name"], (None, "company")),
    (["Name", "First name", "Last name"], ("full_name", "first_name", "last_name")),
])
def test_a_single_field_goes_to_its_best_column(headers, columns):
    assert suggest_mapping(headers).columns == columns


@pytest.mark.parametrize(("headers", "preset", "columns"), [
    (["Title", "First Name"], "auto", ("title", "first_name")),
    (["Title", "First Name"], "outlook", (None, "first_name")),
    (["Title", "First Name"], "salesforce", ("title", "first_name")),
    (["Title", "First Name"], "google", ("title", "first_name")),
    (["Business City", "Account Name"], "auto", ("city", "company")),
    (["Business City", "Account Name"], "outlook", ("city", None)),
    (["Business City", "Account Name"], "salesforce", (None, "company")),
    (["E-mail 2 Address", "E-mail 1 - Value"], "google", (None, "email")),
    (["E-mail 2 Address", "E-mail 1 - Value"], "outlook", ("email", None)),
    (["Person - Email - Work", "Email"], "hubspot", (None, "email")),
])
def test_a_preset_restricts_the_names_to_its_tool(headers, preset, columns):
    assert suggest_mapping(headers, preset=preset).columns == columns


def test_a_detected_outlook_file_ignores_its_title_column():
    headers = ["Title", "First Name", "Last Name", "E-mail Address", "E-mail Display Name"]
    assert detect_preset(headers) == "outlook"
    assert suggest_mapping(headers).columns[0] is None


# --- the email guess from values --------------------------------------------------------


def test_an_unnamed_column_of_emails_is_suggested_as_email():
    headers = ["Login", "Имя", "Notes"]
    rows = [["ivan@example.com", "Иван", "a@b.co"], ["gulom@example.uz", "Gʻulom", "x"],
            ["", "Wei", None], [" wang@163.com ", "王伟", "y"]]
    assert suggest_mapping(headers, samples=rows).columns == ("email", "first_name", "notes")
    assert suggest_mapping(headers).columns == (None, "first_name", "notes")


@pytest.mark.parametrize(("kind", "key"), [("contacts", "email"), ("interactions",
                                                                   "contact_email")])
def test_the_email_guess_respects_one_column_per_field(kind, key):
    rows = [["a@example.com", "b@example.com"]]
    columns = suggest_mapping(["Column 1", "Column 2"], kind=kind, samples=rows).columns
    assert columns == ((key, key) if key == "email" else (key, None))
    assert suggest_mapping(["Column 1", "Column 2"], kind="companies", samples=rows
                           ).columns == (None, None)


@pytest.mark.parametrize("cells", [
    ["a@example.com", "b@example.com", "not an email"],  # under 80 %
    [None, "", 12], ["Ivan <ivan@example.com>"],
])
def test_the_email_guess_needs_mostly_bare_addresses(cells):
    assert suggest_mapping(["X"], samples=[[c] for c in cells]).columns == (None,)


def test_short_rows_of_samples_are_fine():
    assert suggest_mapping(["A", "B"], samples=[["a@example.com"], []]).columns == ("email", None)


# --- the mapping itself --------------------------------------------------------------------


def test_column_mapping_checks_its_keys():
    mapping = ColumnMapping(["email", None, "email", "custom:Shoe size"])  # type: ignore[arg-type]
    assert mapping.columns == ("email", None, "email", "custom:Shoe size")
    assert mapping.columns_of("email") == (0, 2) and mapping.target(3) == "custom:Shoe size"
    assert mapping.target(99) is None
    assert mapping.mapped() == {"email": (0, 2), "custom:Shoe size": (3,)}
    for bad in (("colour",), ("city", "city"), ("custom:",), ("custom: padded ",)):
        with pytest.raises(ValueError):
            ColumnMapping(bad)
    with pytest.raises(ValueError):
        ColumnMapping(("name",), kind="contacts")  # a company field
    with pytest.raises(ValueError):
        ColumnMapping((None,), kind="deals")
    with pytest.raises(ValueError):
        ColumnMapping((None, None), headers=("A",))
    assert ColumnMapping(("name",), kind="companies").kind == "companies"


def test_with_column_moves_a_single_field():
    mapping = ColumnMapping(("city", None, "email"), headers=("A", "B", "C"))
    moved = mapping.with_column(1, "city")
    assert moved.columns == (None, "city", "email") and moved.headers == ("A", "B", "C")
    assert moved.with_column(0, "email").columns == ("email", "city", "email")
    assert moved.with_column(1, None).columns == (None, None, "email")
    with pytest.raises(IndexError):
        mapping.with_column(3, None)


@pytest.mark.parametrize(("kind", "key", "ok"), [
    ("contacts", "email", True), ("contacts", "custom:Размер обуви", True),
    ("contacts", "custom:" + "x" * 101, False), ("companies", "custom:X", False),
    ("companies", "website", True), ("tasks", "due_date", True), ("nothing", "email", False),
])
def test_is_field_key(kind, key, ok):
    assert is_field_key(kind, key) is ok


def test_unknown_kind_or_preset_is_a_programming_error():
    with pytest.raises(ValueError):
        suggest_mapping(["Email"], kind="deals")
    with pytest.raises(ValueError):
        suggest_mapping(["Email"], preset="zoho")


# --- full names ------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "first", "last"), [
    ("Gʻulom Karimov", "Gʻulom", "Karimov"), ("John Smith", "John", "Smith"),
    ("Mary Ann Smith", "Mary Ann", "Smith"), ("Ludwig van Beethoven", "Ludwig", "van Beethoven"),
    ("Иванов Иван Иванович", "Иван Иванович", "Иванов"),
    ("Иван Иванович Иванов", "Иван Иванович", "Иванов"),
    ("Петрова Анна Сергеевна", "Анна Сергеевна", "Петрова"),
    ("Karimov Gʻulom Rustamovich", "Gʻulom Rustamovich", "Karimov"),
    ("Karimov Gʻulom Rustam oʻgʻli", "Gʻulom Rustam oʻgʻli", "Karimov"),
    ("Karimova Dilnoza Rustam qizi", "Dilnoza Rustam qizi", "Karimova"),
    ("Каримов Ғулом Рустам ўғли", "Ғулом Рустам ўғли", "Каримов"),
    ("Ленин Владимир Ильич", "Владимир Ильич", "Ленин"),
    ("Petrova Irina", "Irina", "Petrova"), ("Karimov Gʻulom", "Gʻulom", "Karimov"),
    ("Иванов Иван", "Иван", "Иванов"), ("Ирина Петрова", "Ирина", "Петрова"),
    ("Ivan Petrov", "Ivan", "Petrov"), ("Lev Tolstoy", "Lev", "Tolstoy"),
    ("Smith, John", "John", "Smith"), ("Karimov,  Gʻulom ", "Gʻulom", "Karimov"),
    ("王伟", "伟", "王"), ("李小龙", "小龙", "李"), ("欧阳娜娜", "娜娜", "欧阳"),
    ("司马懿", "懿", "司马"), ("诸葛亮", "亮", "诸葛"), ("歐陽修", "修", "歐陽"),
    ("王 伟", "伟", "王"), ("约翰·史密斯", "约翰", "史密斯"), ("김민수", "민수", "김"),
    ("남궁민", "민", "남궁"), ("Madonna", "Madonna", None), ("王", "王", None),
    ("  Ivan\t Petrov \n", "Ivan", "Petrov"), ("", None, None), ("   ", None, None),
    (None, None, None), (",", None, None), ("Smith,", "Smith", None),
])
def test_split_full_name(text, first, last):
    assert split_full_name(text) == (first, last)


POOL = sorted({h for _vendor, columns in CASES for h, _key in columns}
              | {f.label for fields in FIELDS.values() for f in fields}
              | {"Имя", "ФИО", "姓名", "手机2", "Tugʻilgan kun", "Work Email", "Address"})


@settings(max_examples=300, deadline=None)
@given(headers=st.lists(st.one_of(st.sampled_from(POOL), st.text()), max_size=40),
       kind=st.sampled_from(list(FIELDS)), preset=st.sampled_from(PRESETS),
       samples=st.lists(st.lists(st.one_of(st.none(), st.text(), st.integers(),
                                           st.emails().map(str)), max_size=8), max_size=5))
def test_any_headers_give_a_valid_mapping(headers, kind, preset, samples):
    mapping = suggest_mapping(headers, kind=kind, preset=preset, samples=samples)
    assert len(mapping.columns) == len(headers) and mapping.kind == kind
    assert detect_preset(headers, kind=kind) in PRESETS


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(st.text(), st.lists(st.sampled_from(["Иван", "王", "oʻgʻli", "van", ",",
                                                          "Петрович", "Karimov", "·", " "]),
                                          max_size=6).map("".join)))
def test_split_full_name_keeps_every_letter(text):
    """Every letter is kept, in NFC as every stored name is (a CJK compatibility
    ideograph such as U+F900 becomes its unified form)."""
    first, last = split_full_name(text)
    kept = "".join(part for part in (first, last) if part)
    given = unicodedata.normalize("NFC", text)
    assert sorted(ch for ch in kept if ch.isalnum()) == sorted(ch for ch in given if ch.isalnum())
