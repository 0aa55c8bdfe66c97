"""Cells to stored values: text, dates, phones, yes/no, vocabularies, tags, the dispatcher."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.services.io import values as v
from app.services.io.fields import FIELDS
from app.services.io.values import ValueProblem, ValueWarning

TASHKENT = dt.timezone(dt.timedelta(hours=5))
UTC = dt.UTC


def _problem(call, *args, **kwargs) -> ValueProblem:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueProblem) as info:
        call(*args, **kwargs)
    return info.value


# --- text ----------------------------------------------------------------------------


@pytest.mark.parametrize(("cell", "text"), [
    (None, None), ("", None), ("   \t", None), ("  Ivan  ", "Ivan"), ("Line\nbreak", "Line\nbreak"),
    (12, "12"), (12.0, "12"), (-3.0, "-3"), (12.5, "12.5"), (0.1, "0.1"), (1e-7, "0.0000001"),
    (1e20, "100000000000000000000"), (998901234567.0, "998901234567"), (True, "TRUE"),
    (False, "FALSE"), (dt.date(2025, 3, 1), "2025-03-01"),
    (dt.datetime(2025, 3, 1), "2025-03-01"),
    (dt.datetime(2025, 3, 1, 10, 5), "2025-03-01 10:05:00"),
])
def test_text_of(cell, text):
    assert v.text_of(cell) == text


@pytest.mark.parametrize("cell", [float("nan"), float("inf"), -float("inf"), 10**200])
def test_text_of_refuses_what_is_not_a_value(cell):
    assert "“" in str(_problem(v.text_of, cell))


def test_problems_are_service_errors_with_a_translatable_template():
    problem = _problem(v.parse_date, "soon")
    assert problem.context == "Import"
    assert problem.template == v.NOT_A_DATE and problem.params == {"value": "soon"}
    assert str(problem) == "“soon” is not a date."
    assert isinstance(problem, v.ValueProblem) and not isinstance(problem, ValueWarning)


def test_long_values_are_cut_in_messages():
    problem = _problem(v.parse_bool, "word " * 100)
    assert len(problem.params["value"]) == 80 and problem.params["value"].endswith("…")


# --- dates ---------------------------------------------------------------------------

D = dt.date


@pytest.mark.parametrize(("cell", "order", "day"), [
    (D(2025, 3, 1), None, D(2025, 3, 1)),
    (dt.datetime(2025, 3, 1, 23, 59), None, D(2025, 3, 1)),
    # Excel serials: 1 is 1900-01-01, 59 is 1900-02-28, 61 is 1900-03-01 (60 is the bug).
    (1, None, D(1900, 1, 1)), (59, None, D(1900, 2, 28)), (61, None, D(1900, 3, 1)),
    (45717, None, D(2025, 3, 1)), (45717.75, None, D(2025, 3, 1)), (45658.0, None, D(2025, 1, 1)),
    (2958465, None, D(9999, 12, 31)), (20250301, None, D(2025, 3, 1)),
    (20250301.0, None, D(2025, 3, 1)),
    ("2025-03-01", None, D(2025, 3, 1)), ("2025-3-1", None, D(2025, 3, 1)),
    ("2025-03-01T10:00", None, D(2025, 3, 1)), ("2025-03-01 10:00:30+05:00", None, D(2025, 3, 1)),
    ("2025/03/01", None, D(2025, 3, 1)), ("20250301", None, D(2025, 3, 1)),
    ("01.03.2025", None, D(2025, 3, 1)), ("1.3.2025", "mdy", D(2025, 3, 1)),
    ("1.3.25", None, D(2025, 3, 1)), ("1.3.85", None, D(1985, 3, 1)),
    ("1.3.29", None, D(2029, 3, 1)), ("1.3.30", None, D(1930, 3, 1)),
    ("01.03.2025 г.", None, D(2025, 3, 1)), (" 01.03.2025 10:00 ", None, D(2025, 3, 1)),
    ("01/03/2025", "dmy", D(2025, 3, 1)), ("01/03/2025", "mdy", D(2025, 1, 3)),
    ("01-03-2025", "dmy", D(2025, 3, 1)), ("3/1/25", "mdy", D(2025, 3, 1)),
    ("13/03/2025", None, D(2025, 3, 13)), ("03/13/2025", None, D(2025, 3, 13)),
    ("05/05/2025", None, D(2025, 5, 5)),
    ("1 March 2025", None, D(2025, 3, 1)), ("March 1, 2025", None, D(2025, 3, 1)),
    ("Mar 1 2025", None, D(2025, 3, 1)), ("01-Mar-25", None, D(2025, 3, 1)),
    ("1st Sept 2025", None, D(2025, 9, 1)), ("1 марта 2025", None, D(2025, 3, 1)),
    ("15 мая 2025 г.", None, D(2025, 5, 15)), ("1 янв. 2025", None, D(2025, 1, 1)),
    ("1-mart 2025", None, D(2025, 3, 1)), ("2025-yil 1-mart", None, D(2025, 3, 1)),
    ("12 dekabr 2024", None, D(2024, 12, 12)), ("5 сентябр 2024", None, D(2024, 9, 5)),
    ("2025年3月1日", None, D(2025, 3, 1)), ("２０２５年３月１日", None, D(2025, 3, 1)),
    (None, None, None), ("  ", "dmy", None),
])
def test_parse_date(cell, order, day):
    assert v.parse_date(cell, order) == day


@pytest.mark.parametrize(("cell", "order", "template"), [
    (60, None, v.DATE_1900), (60.5, None, v.DATE_1900),
    (0, None, v.DATE_RANGE), (0.5, None, v.DATE_RANGE), (-1, None, v.DATE_RANGE),
    (2958466, None, v.DATE_RANGE), (2958465.9999999995, None, v.DATE_RANGE),
    (float("nan"), None, v.DATE_RANGE), (float("inf"), None, v.DATE_RANGE),
    (10**30, None, v.DATE_RANGE), (True, None, v.NOT_A_DATE),
    ("soon", None, v.NOT_A_DATE), ("31.02.2025", None, v.NOT_A_DATE),
    ("2025-13-01", None, v.NOT_A_DATE), ("1 Foo 2025", None, v.NOT_A_DATE),
    ("1 ma 2025", None, v.NOT_A_DATE), ("2025-03-01Z", None, v.NOT_A_DATE),
    ("2025-03-01 25:00", None, v.NOT_A_DATE), ("2025-03-01 13:00 PM", None, v.NOT_A_DATE),
    ("01/03/2025", None, v.DATE_AMBIGUOUS), ("1-3-25", None, v.DATE_AMBIGUOUS),
    ("13/03/2025", "mdy", v.DATE_NOT_MDY), ("03/13/2025", "dmy", v.DATE_NOT_DMY),
    ("00000000", None, v.NOT_A_DATE),
])
def test_parse_date_problems(cell, order, template):
    assert _problem(v.parse_date, cell, order).template == template


def test_the_1900_leap_day_message_names_the_cell():
    assert str(_problem(v.parse_date, 60)).startswith("“60” is 29 February 1900")


@pytest.mark.parametrize(("cell", "tz", "moment"), [
    ("2025-03-01 10:00", TASHKENT, dt.datetime(2025, 3, 1, 5, 0, tzinfo=UTC)),
    ("2025-03-01T10:00:30.5", UTC, dt.datetime(2025, 3, 1, 10, 0, 30, 500000, tzinfo=UTC)),
    ("2025-03-01T10:00:00Z", TASHKENT, dt.datetime(2025, 3, 1, 10, 0, tzinfo=UTC)),
    ("2025-03-01 10:00 +0300", UTC, dt.datetime(2025, 3, 1, 7, 0, tzinfo=UTC)),
    ("01.03.2025 10:00", TASHKENT, dt.datetime(2025, 3, 1, 5, 0, tzinfo=UTC)),
    ("03/01/2025 10:00 PM", UTC, dt.datetime(2025, 3, 1, 22, 0, tzinfo=UTC)),
    ("03/01/2025 12:15 am", UTC, dt.datetime(2025, 3, 1, 0, 15, tzinfo=UTC)),
    ("01.03.2025", TASHKENT, dt.datetime(2025, 2, 28, 19, 0, tzinfo=UTC)),
    (D(2025, 3, 1), TASHKENT, dt.datetime(2025, 2, 28, 19, 0, tzinfo=UTC)),
    (dt.datetime(2025, 3, 1, 10), TASHKENT, dt.datetime(2025, 3, 1, 5, tzinfo=UTC)),
    (dt.datetime(2025, 3, 1, 10, tzinfo=dt.timezone(dt.timedelta(hours=-5))), TASHKENT,
     dt.datetime(2025, 3, 1, 15, tzinfo=UTC)),
    (45717.416666666664, TASHKENT, dt.datetime(2025, 3, 1, 5, 0, tzinfo=UTC)),
    (45717, UTC, dt.datetime(2025, 3, 1, tzinfo=UTC)),
    # Daylight saving: New York is UTC-5 in winter and UTC-4 in summer.
    ("2025-01-15 12:00", ZoneInfo("America/New_York"), dt.datetime(2025, 1, 15, 17, tzinfo=UTC)),
    ("2025-07-15 12:00", ZoneInfo("America/New_York"), dt.datetime(2025, 7, 15, 16, tzinfo=UTC)),
    ("", UTC, None),
])
def test_parse_datetime(cell, tz, moment):
    result = v.parse_datetime(cell, "mdy", tz)
    assert result == moment
    assert result is None or result.tzinfo is UTC


@pytest.mark.parametrize(("cell", "template"), [
    (dt.datetime(1, 1, 1), v.DATE_RANGE), (dt.datetime(9999, 12, 31, 23), v.DATE_RANGE),
    (60, v.DATE_1900), ("10:00", v.NOT_A_DATE), (False, v.NOT_A_DATE),
    ("2025-03-01 10:00 +2500", v.NOT_A_DATE),
])
def test_parse_datetime_problems(cell, template):
    tz = TASHKENT if cell != dt.datetime(9999, 12, 31, 23) else dt.timezone(-dt.timedelta(hours=5))
    assert _problem(v.parse_datetime, cell, "dmy", tz).template == template


@pytest.mark.parametrize(("cells", "order", "needs"), [
    (["13/01/2025", "01/02/2025"], "dmy", True),
    (["01/13/2025", "02/01/2025"], "mdy", True),
    (["01/02/2025", "03/04/2025"], None, True),
    # Each value reads one way only, but the column disagrees with itself.
    (["13/01/2025", "01/13/2025"], None, False),
    (["05/05/2025", "2025-03-01", "01.02.2025", D(2025, 1, 2), 45717, None, ""], None, False),
    ([], None, False),
    (["31-12-24", "not a date"], "dmy", False),
])
def test_guess_date_order(cells, order, needs):
    assert v.guess_date_order(cells) == order
    assert v.needs_date_order(cells) == needs


# --- phones --------------------------------------------------------------------------


@pytest.mark.parametrize(("cell", "region", "text", "warning"), [
    (998901234567.0, None, "+998901234567", None),
    (9.98901234567e11, "RU", "+998901234567", None),
    (998901234567, "UZ", "998901234567", None),  # a valid national number of UZ as well
    (79161234567, None, "+79161234567", None),
    (79161234567, "RU", "79161234567", None),
    (8613812345678, None, "+8613812345678", None),
    # Lost leading zeros (or a lost +): numbers too short to be international.
    (7911123456, "GB", "7911123456", v.PHONE_WAS_NUMBER),
    (901234567, "UZ", "901234567", v.PHONE_WAS_NUMBER),
    (9161234567, "RU", "9161234567", v.PHONE_WAS_NUMBER),
    (1012345678, "CN", "1012345678", v.PHONE_WAS_NUMBER),
    (2025550143.0, "US", "2025550143", v.PHONE_WAS_NUMBER),
    (12345, None, "12345", v.PHONE_WAS_NUMBER),
    # Text, as typed; bare digits get their + back when that makes a valid number.
    ("+998 90 123 45 67", None, "+998 90 123 45 67", None),
    (" 0791 112 3456 ", "GB", "0791 112 3456", None),
    ("998901234567", "RU", "+998901234567", None),
    ("9161234567", "RU", "9161234567", None),
    ("9.98901234567E+11", None, "+998901234567", None),
    ("9,98901234567E+11", None, "+998901234567", None),
    ("9.98901E+11", None, "998901000000", v.PHONE_DIGITS_LOST),
    ("ext. 12", None, "ext. 12", None),
    (None, None, None, None), ("  ", None, None, None),
])
def test_phone_text(cell, region, text, warning):
    got, note = v.phone_text(cell, region)
    assert got == text
    assert (note.template if note else None) == warning
    if note is not None:
        assert isinstance(note, ValueWarning) and note.context == "Import"


@pytest.mark.parametrize("cell", [True, D(2025, 1, 1), 12.5, -5, 0, float("nan"), 10**20,
                                  "1.2345E+2"])
def test_phone_text_refuses(cell):
    assert _problem(v.phone_text, cell).template == v.NOT_A_PHONE


def test_parse_phone_checks_like_the_form_and_keeps_its_message():
    assert v.parse_phone("+998 90 123 45 67") == ("+998 90 123 45 67", None)
    assert v.parse_phone("90 123 45 67", "UZ") == ("90 123 45 67", None)
    problem = _problem(v.parse_phone, "12", "UZ")
    assert problem.context == "Validation" and "too few digits" in str(problem)
    assert _problem(v.parse_phone, "90 123 45 67").context == "Validation"  # no country


# --- emails --------------------------------------------------------------------------


@pytest.mark.parametrize(("cell", "email"), [
    ("  Gulom@Example.com ", "Gulom@Example.com"),
    ("mailto:ivan@example.ru", "ivan@example.ru"),
    ("Ivan Petrov <ivan@example.ru>", "ivan@example.ru"),
    ("ivan@почта.рф", "ivan@почта.рф"),
    (None, None), ("", None),
])
def test_parse_email(cell, email):
    assert v.parse_email(cell) == email


@pytest.mark.parametrize(("cell", "words"), [
    ("ivan.example.com", "no @ sign"), ("a@b@c.com", "more than one @"),
    ("ivan@example", "needs a dot"), (12, "no @ sign"), ("a@x.com ::: b@y.com", "more than one @"),
])
def test_parse_email_problems_are_the_forms(cell, words):
    problem = _problem(v.parse_email, cell)
    assert words in str(problem) and problem.context == "Validation"


@pytest.mark.parametrize(("cell", "parts"), [
    ("a@x.com ::: b@y.com", ("a@x.com", "b@y.com")),
    ("a@x.com; b@y.com\nc@z.com", ("a@x.com", "b@y.com", "c@z.com")),
    ("+7 495 123-45-67, доб. 12", ("+7 495 123-45-67, доб. 12",)),
    (998901234567, (998901234567,)), (None, ()), ("  ", ()),
])
def test_split_multi(cell, parts):
    assert v.split_multi(cell) == parts


# --- numbers, yes/no, words ----------------------------------------------------------


@pytest.mark.parametrize(("cell", "number"), [
    (12, 12), (12.0, 12), ("12", 12), (" -3 ", -3), ("+7", 7), ("12.0", 12), (None, None),
    ("", None), (2**63 - 1, 2**63 - 1),
])
def test_parse_int(cell, number):
    assert v.parse_int(cell) == number


@pytest.mark.parametrize(("cell", "template"), [
    (12.5, v.NOT_A_NUMBER), ("12.5", v.NOT_A_NUMBER), ("1,000", v.NOT_A_NUMBER),
    ("twelve", v.NOT_A_NUMBER), (True, v.NOT_A_NUMBER), (D(2025, 1, 1), v.NOT_A_NUMBER),
    (2**63, v.NUMBER_TOO_BIG), ("-9999999999999999999999", v.NUMBER_TOO_BIG),
    (float("nan"), v.NOT_TEXT),
])
def test_parse_int_problems(cell, template):
    assert _problem(v.parse_int, cell).template == template


YES = ["yes", "Yes", "Y", "TRUE", "t", "1", "x", "X", "on", "Opted in", "opted-in", "opt in",
       "Subscribed", "✓", "✔", "да", "Да", "ДА", "истина", "ha", "Ha", "ҳа", "是", "对", 1, 1.0,
       True]
NO = ["no", "N", "false", "0", "off", "opted out", "Opted-Out", "Unsubscribed", "no consent",
      "нет", "Нет", "ложь", "yoʻq", "yo'q", "yo’q", "yo‘q", "yoq", "Yoʻq", "йўқ", "否", "不是",
      "✗", "☐", 0, 0.0, False]


@pytest.mark.parametrize("cell", YES)
def test_parse_bool_yes(cell):
    assert v.parse_bool(cell) is True


@pytest.mark.parametrize("cell", NO)
def test_parse_bool_no(cell):
    assert v.parse_bool(cell) is False


@pytest.mark.parametrize("cell", [None, "", "  "])
def test_parse_bool_empty(cell):
    assert v.parse_bool(cell) is None


@pytest.mark.parametrize("cell", ["maybe", "-", "2", 2, 0.5, "yess", D(2025, 1, 1), "да нет"])
def test_parse_bool_problems(cell):
    assert _problem(v.parse_bool, cell).template == v.NOT_YES_NO


@pytest.mark.parametrize(("parser", "cell", "value"), [
    (v.parse_stage, "customer", "customer"), (v.parse_stage, "Former customer", "former"),
    (v.parse_stage, "FORMER", "former"), (v.parse_stage, "Lead", "lead"),
    (v.parse_stage, "Marketing Qualified Lead", "lead"),
    (v.parse_stage, "salesqualifiedlead", "prospect"), (v.parse_stage, "Opportunity", "prospect"),
    (v.parse_stage, "Evangelist", "advocate"), (v.parse_stage, "Subscriber", "subscriber"),
    (v.parse_stage, "Other", None), (v.parse_stage, "Клиент", "customer"),
    (v.parse_stage, "Потенциальный клиент", "prospect"), (v.parse_stage, "Sobiq mijoz", "former"),
    (v.parse_stage, "Targʻibotchi", "advocate"), (v.parse_stage, "潜在客户", "prospect"),
    (v.parse_stage, "", None),
    (v.parse_channel, "call", "call"), (v.parse_channel, "Phone call", "call"),
    (v.parse_channel, "E-mail", "email"), (v.parse_channel, "Social media", "social"),
    (v.parse_channel, "SMS", "sms"), (v.parse_channel, "WhatsApp", "chat"),
    (v.parse_channel, "Звонок", "call"), (v.parse_channel, "Qoʻngʻiroq", "call"),
    (v.parse_channel, "Qo'ng'iroq", "call"), (v.parse_channel, "短信", "sms"),
    (v.parse_direction, "Inbound", "inbound"), (v.parse_direction, "outgoing", "outbound"),
    (v.parse_direction, "Входящий", "inbound"), (v.parse_direction, "Chiquvchi", "outbound"),
    (v.parse_direction, "内部", "internal"), (v.parse_direction, None, None),
    (v.parse_priority, "High", 2), (v.parse_priority, "низкий", 0), (v.parse_priority, 1, 1),
    (v.parse_priority, "0", 0), (v.parse_priority, "Oddiy", 1),
])
def test_vocabularies(parser, cell, value):
    assert parser(cell) == value


@pytest.mark.parametrize(("parser", "cell", "template"), [
    (v.parse_stage, "VIP", v.NOT_A_STAGE), (v.parse_channel, "pigeon", v.NOT_A_CHANNEL),
    (v.parse_direction, "sideways", v.NOT_A_DIRECTION), (v.parse_priority, 7, v.NOT_A_PRIORITY),
    (v.parse_stage, 3, v.NOT_A_STAGE),
])
def test_vocabulary_problems_list_the_choices(parser, cell, template):
    problem = _problem(parser, cell)
    assert problem.template == template and problem.params["choices"]


def test_stage_choices_are_the_stored_values():
    assert _problem(v.parse_stage, "VIP").params["choices"] == (
        "subscriber, lead, prospect, customer, advocate, former")


@pytest.mark.parametrize(("cell", "tags"), [
    ("vip, wholesale; Tashkent | 2025", ("vip", "wholesale", "Tashkent", "2025")),
    ("* myContacts ::: Friends ::: * starred", ("Friends", "starred")),
    ("VIP, vip, Vip", ("VIP",)), (" , ;; ", ()), (None, ()), (2025, ("2025",)),
    ("Клиенты ::: 客户", ("Клиенты", "客户")),
])
def test_parse_tags(cell, tags):
    assert v.parse_tags(cell) == tags


# --- the dispatcher ------------------------------------------------------------------


@pytest.mark.parametrize(("kind", "cell", "value"), [
    ("text", 12.0, "12"), ("email", "a@example.com", "a@example.com"),
    ("phone", 998901234567.0, "998901234567"), ("date", "01.03.2025", D(2025, 3, 1)),
    ("datetime", "01.03.2025 10:00", dt.datetime(2025, 3, 1, 5, tzinfo=UTC)),
    ("bool", "да", True), ("int", "12", 12), ("tags", "a;b", ("a", "b")),
    ("stage", "Customer", "customer"), ("channel", "Meeting", "meeting"),
    ("direction", "in", "inbound"), ("priority", "high", 2),
])
def test_parse_value_by_kind(kind, cell, value):
    assert v.parse_value(kind, cell, order="dmy", tz=TASHKENT, region="UZ") == value


def test_parse_value_collects_phone_warnings():
    warnings: list[ValueWarning] = []
    assert v.parse_value("phone", 901234567, region="UZ", warnings=warnings) == "901234567"
    assert [w.template for w in warnings] == [v.PHONE_WAS_NUMBER]


def test_parse_value_covers_every_field_kind():
    kinds = {f.kind for fields in FIELDS.values() for f in fields}
    for kind in kinds:
        assert v.parse_value(kind, None) in (None, ())
    with pytest.raises(KeyError):
        v.parse_value("colour", "red")


CELLS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(),
    st.integers(min_value=-100, max_value=3_000_000), st.floats(min_value=-10, max_value=3e6),
    st.text(), st.text(alphabet="0123456789./-: TZ+年月日"), st.sampled_from(YES + NO),
    st.dates(), st.datetimes(), st.datetimes(timezones=st.timezones()),
    st.from_regex(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}( \d{1,2}:\d{2})?", fullmatch=True),
)
KINDS = sorted({f.kind for fields in FIELDS.values() for f in fields} | {"priority"})


@settings(max_examples=600, deadline=None)
@given(kind=st.sampled_from(KINDS), cell=CELLS, order=st.sampled_from([None, "dmy", "mdy"]),
       tz=st.sampled_from([UTC, TASHKENT, ZoneInfo("America/New_York")]),
       region=st.sampled_from([None, "UZ", "RU", "US", "XX"]))
def test_parse_value_raises_nothing_but_value_problem(kind, cell, order, tz, region):
    try:
        value = v.parse_value(kind, cell, order=order, tz=tz, region=region, warnings=[])
    except ValueProblem as problem:
        assert str(problem)
        return
    if isinstance(value, dt.datetime):
        assert value.tzinfo is UTC
