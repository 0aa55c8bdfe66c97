"""Validation and normal forms: emails, phones, websites, text, stages, custom fields."""

from __future__ import annotations

import datetime as dt
import json
import math
import random
import re
import unicodedata
from unittest import mock

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from app.models.enums import LifecycleStage
from app.services import validation as v
from app.services.errors import ValidationError

E164 = re.compile(r"\+[1-9]\d{1,14}")
REGIONS = [None, "", "US", "RU", "UZ", "CN", "DE", "GB", "JP", "us", "XX"]


def _error(call, *args, **kwargs) -> ValidationError:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as info:
        call(*args, **kwargs)
    return info.value


# --- emails -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "display", "key"),
    [
        ("Gulom@Example.com", "Gulom@Example.com", "gulom@example.com"),
        ("  ivan.petrov@Yandex.RU \n", "ivan.petrov@Yandex.RU", "ivan.petrov@yandex.ru"),
        ("tanaka+crm@example.co.jp", "tanaka+crm@example.co.jp", "tanaka+crm@example.co.jp"),
        ("wang.wei@163.com", "wang.wei@163.com", "wang.wei@163.com"),
        ("Müller@Example.DE", "Müller@Example.DE", "müller@example.de"),
        ("Иван@Почта.рф", "Иван@Почта.рф", "иван@xn--80a1acny.xn--p1ai"),
        ("user@Bücher.de", "user@Bücher.de", "user@xn--bcher-kva.de"),
        ("user@xn--bcher-kva.de", "user@xn--bcher-kva.de", "user@xn--bcher-kva.de"),
    ],
)
def test_good_emails_keep_display_and_match_by_key(text: str, display: str, key: str) -> None:
    assert v.normalize_email(text) == (display, key)


@pytest.mark.parametrize(
    ("text", "template"),
    [
        ("gulom.example.com", v.EMAIL_NO_AT),
        ("a@b@example.com", v.EMAIL_MANY_AT),
        ("a@@example.com", v.EMAIL_MANY_AT),
        ("@example.com", v.EMAIL_NO_LOCAL),
        ("anna@", v.EMAIL_NO_DOMAIN),
        ("john smith@example.com", v.EMAIL_SPACE),
        ("user@localhost", v.EMAIL_NO_DOT),
        ("a..b@example.com", v.EMAIL_INVALID),
        ("anna@exa_mple.com", v.EMAIL_INVALID),
    ],
)
def test_bad_emails_say_what_is_wrong(text: str, template: str) -> None:
    err = _error(v.normalize_email, text, index=2)
    assert (err.field, err.template) == ("emails", template)
    assert err.params["value"] == text and err.params["index"] == 2
    assert f"“{text}” is not an email address" in str(err)


def test_library_reasons_read_as_a_sentence() -> None:
    err = _error(v.normalize_email, "a..b@example.com")
    assert str(err) == (
        "“a..b@example.com” is not an email address. "
        "An email address cannot have two periods in a row."
    )


def test_blank_email_is_empty_not_a_crash() -> None:
    err = _error(v.normalize_email, "   ", field="email")
    assert (err.field, err.template) == ("email", v.EMPTY)


_email_like = st.builds(
    lambda local, labels, tld: f"{local}@{'.'.join(labels)}.{tld}",
    st.text(st.characters(exclude_categories=("Cs", "Cc")), min_size=1, max_size=12),
    st.lists(st.from_regex(r"[A-Za-z0-9Ößжд-]{1,10}", fullmatch=True), min_size=1, max_size=3),
    st.sampled_from(["com", "RU", "de", "рф", "co.uk", "中国"]),
)


@settings(deadline=None, max_examples=300)
@given(st.one_of(st.text(), _email_like))
def test_email_key_is_lower_case_and_stable_or_a_validation_error(text: str) -> None:
    try:
        display, key = v.normalize_email(text)
    except ValidationError as err:
        assert err.field == "emails"
        return
    assert key == key.lower()
    assert display == display.strip() and len(display) <= 320
    assert v.normalize_email(key)[1] == key


# --- phones -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "region", "e164"),
    [
        ("(202) 555-0143", "US", "+12025550143"),
        ("+1 202-555-0143", None, "+12025550143"),
        ("202 555 0143", "us", "+12025550143"),
        ("8 (912) 345-67-89", "RU", "+79123456789"),
        ("8 495 123-45-67", "RU", "+74951234567"),
        ("+7 912 345-67-89", None, "+79123456789"),
        ("+998 90 123 45 67", None, "+998901234567"),
        ("90 123 45 67", "UZ", "+998901234567"),
        ("138 0013 8000", "CN", "+8613800138000"),
        ("010 1234 5678", "CN", "+861012345678"),
        ("030 123456", "DE", "+4930123456"),
        ("0049 30 1234567", "DE", "+49301234567"),
        ("0151 23456789", "DE", "+4915123456789"),
        ("020 7946 0958", "GB", "+442079460958"),
        ("07911 123456", "GB", "+447911123456"),
        ("090-1234-5678", "JP", "+819012345678"),
        ("03-1234-5678", "JP", "+81312345678"),
        ("+44 20 7946 0958", "RU", "+442079460958"),  # the + wins over the region
        ("\uff0b7 912 345 67 89", None, "+79123456789"),  # full-width plus
        ("+1 202 555 0143 ext. 12", None, "+12025550143"),
    ],
)
def test_good_phones_are_kept_as_typed_beside_e164(
    text: str, region: str | None, e164: str
) -> None:
    assert v.normalize_phone(f"  {text} ", region) == (text, e164)


@pytest.mark.parametrize(
    ("text", "region", "template"),
    [
        ("(202) 555-0143", None, v.PHONE_NO_COUNTRY),
        ("(202) 555-0143", "", v.PHONE_NO_COUNTRY),  # the setting's default
        ("(202) 555-0143", "XX", v.PHONE_NO_COUNTRY),  # not a country phonenumbers knows
        ("call me", "US", v.PHONE_NOT_A_NUMBER),
        ("+999 1234 5678", None, v.PHONE_BAD_COUNTRY),
        ("12", "US", v.PHONE_TOO_SHORT),
        ("+1 202 555 0143 12345 678", None, v.PHONE_TOO_LONG),
        ("8 (912) 345-67-89", "US", v.PHONE_TOO_LONG),
        ("+1 123 456 7890", None, v.PHONE_INVALID),
        ("+7 000 000 00 00", "RU", v.PHONE_INVALID),
        ("+49 30 1", "DE", v.PHONE_INVALID),
        ("+998 12 345", "UZ", v.PHONE_TOO_SHORT),
        ("+998 00 123 45 67", None, v.PHONE_INVALID),
        ("138 0013", "CN", v.PHONE_INVALID),
        ("+86 000 0000 0000", None, v.PHONE_INVALID),
        ("020 7946 09581", "GB", v.PHONE_TOO_LONG),
        ("+44 20 7946", None, v.PHONE_INVALID),
        ("090-1234", "JP", v.PHONE_TOO_SHORT),
        ("+81 00-1234-5678", None, v.PHONE_INVALID),
    ],
)
def test_bad_phones_name_the_number(text: str, region: str | None, template: str) -> None:
    err = _error(v.normalize_phone, text, region, index=1)
    assert (err.field, err.template, err.params["index"]) == ("phones", template, 1)
    assert f"“{text}”" in str(err)


def test_number_without_country_code_tells_the_user_to_add_it() -> None:
    message = str(_error(v.normalize_phone, "(202) 555-0143", None))
    assert "country code" in message and "+" in message


def test_invalid_number_names_its_country_code() -> None:
    err = _error(v.normalize_phone, "+1 123 456 7890", None)
    assert err.params["country_code"] == 1
    assert "+1." in str(err)


@st.composite
def _phone_like(draw: st.DrawFn) -> str:
    """A real example number of one of the countries, written some way, maybe mistyped."""
    region = draw(st.sampled_from(["US", "RU", "UZ", "CN", "DE", "GB", "JP"]))
    kind = draw(st.sampled_from([PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE]))
    number = phonenumbers.example_number_for_type(region, kind)
    style = draw(st.sampled_from([PhoneNumberFormat.E164, PhoneNumberFormat.INTERNATIONAL,
                                  PhoneNumberFormat.NATIONAL, PhoneNumberFormat.RFC3966]))
    text = phonenumbers.format_number(number, style)
    if draw(st.booleans()):
        i = draw(st.integers(0, len(text) - 1))
        text = text[:i] + draw(st.sampled_from("0123456789 -+()")) + text[i + 1 :]
    return text


@settings(deadline=None, max_examples=300)
@given(st.one_of(st.text(max_size=40), _phone_like()), st.sampled_from(REGIONS))
def test_phone_is_e164_and_stable_or_a_validation_error(text: str, region: str | None) -> None:
    try:
        raw, e164 = v.normalize_phone(text, region)
    except ValidationError as err:
        assert err.field == "phones" and err.template
        return
    assert E164.fullmatch(e164)
    assert raw == raw.strip() and len(raw) <= 64
    assert v.normalize_phone(e164, None) == (e164, e164)
    assert v.normalize_phone(e164, "JP")[1] == e164


# --- websites -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("example.com", "https://example.com"),
        ("Example.COM/Path?q=1#f", "https://example.com/Path?q=1#f"),
        ("http://www.example.co.uk", "http://www.example.co.uk"),
        ("HTTPS://Пример.рф", "https://пример.рф"),
        ("https://example.com:8080/x", "https://example.com:8080/x"),
        ("example.com/go?to=https://x.org", "https://example.com/go?to=https://x.org"),
        ("example.com.", "https://example.com"),
    ],
)
def test_websites_get_a_scheme_and_a_lower_case_host(text: str, url: str) -> None:
    assert v.normalize_website(text) == url


@pytest.mark.parametrize(
    "text",
    ["javascript:alert(1)", "mailto:x@y.com", "info@example.com", "ftp://example.com",
     "localhost", "1.2.3.4", "exa mple.com", "-a.com", "a_b.com", "https://", "example",
     "https://example.com:99999", "example.c0m", "https://user:pw@example.com"],
)
def test_things_that_are_not_web_addresses(text: str) -> None:
    err = _error(v.normalize_website, text)
    assert (err.field, err.template, err.params["value"]) == ("website", v.WEBSITE_INVALID, text)


def test_blank_website_is_none() -> None:
    assert v.normalize_website("  ") is None and v.normalize_website(None) is None


@settings(deadline=None, max_examples=200)
@given(st.text(max_size=60))
def test_website_normal_form_is_stable_or_a_validation_error(text: str) -> None:
    try:
        url = v.normalize_website(text)
    except ValidationError as err:
        assert err.field == "website"
        return
    if url is not None:
        assert url.startswith(("https://", "http://"))
        assert v.normalize_website(url) == url


# --- text ---------------------------------------------------------------------------


def test_text_is_trimmed_and_blank_is_none() -> None:
    assert v.clean_text("title", "  Manager \t", limit=100) == "Manager"
    assert v.clean_text("title", " \u3000 ", limit=100) is None
    assert v.clean_text("title", None, limit=100) is None


def test_limit_is_exact_and_the_message_says_it() -> None:
    assert v.clean_text("first_name", "я" * 200, limit=200) == "я" * 200
    err = _error(v.clean_text, "first_name", "я" * 201, limit=200)
    assert (err.field, err.template) == ("first_name", v.TOO_LONG)
    assert err.params == {"length": 201, "limit": 200}
    assert str(err) == "Too long: 201 characters. The limit is 200."


def test_limit_counts_the_trimmed_text() -> None:
    assert v.clean_text("city", "  " + "a" * 100 + "  ", limit=100) == "a" * 100


@pytest.mark.parametrize(("char", "code"), [("\x00", "U+0000"), ("\x1b", "U+001B"),
                                            ("\x7f", "U+007F"), ("\x9b", "U+009B"),
                                            ("\ud800", "U+D800")])
def test_control_characters_are_refused_with_code_and_position(char: str, code: str) -> None:
    err = _error(v.clean_text, "last_name", f"Ab{char}c", limit=200)
    assert (err.field, err.template) == ("last_name", v.CONTROL_CHARACTER)
    assert err.params == {"code": code, "position": 3}
    err = _error(v.clean_text, "notes", f"Ab{char}c", limit=None, multiline=True)
    assert err.params["code"] == code


def test_line_breaks_become_spaces_in_single_line_fields_only() -> None:
    assert v.clean_text("street", "1 Main St\r\n  Apt 4\tB", limit=200) == "1 Main St Apt 4 B"
    assert v.clean_text("notes", " line 1\r\n\tline 2 ", limit=None, multiline=True) == (
        "line 1\r\n\tline 2"
    )


def test_text_is_stored_in_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "José Gʻulomov")
    assert decomposed != "José Gʻulomov"
    assert v.clean_text("first_name", decomposed, limit=200) == "José Gʻulomov"


@given(st.text(), st.booleans())
def test_clean_text_stores_no_hidden_characters(text: str, multiline: bool) -> None:
    try:
        result = v.clean_text("notes", text, limit=50, multiline=multiline)
    except ValidationError as err:
        assert err.template in (v.CONTROL_CHARACTER, v.TOO_LONG)
        return
    if result is not None:
        allowed = "\t\n\r" if multiline else ""
        assert result == result.strip() and len(result) <= 50
        assert not any(
            unicodedata.category(c) in ("Cc", "Cs") and c not in allowed for c in result
        )


def test_required_text() -> None:
    assert v.require_text("name", " Acme ", limit=200) == "Acme"
    assert _error(v.require_text, "name", "  ", limit=200).template == v.EMPTY


def test_column_limits_come_from_the_model() -> None:
    from app.models import Company, Contact

    limits = v.column_limits(Contact)
    assert limits["first_name"] == 200 and limits["title"] == 100
    assert limits["postal_code"] == 20 and limits["email"] == 320
    assert v.column_limits(Company)["website"] == 500


# --- lifecycle stage, custom fields, moments ----------------------------------------


def test_lifecycle_stage_accepts_values_in_any_case() -> None:
    assert v.normalize_stage(" Customer ") is LifecycleStage.CUSTOMER
    assert v.normalize_stage(LifecycleStage.ADVOCATE) is LifecycleStage.ADVOCATE
    assert v.normalize_stage(None) is LifecycleStage.LEAD
    err = _error(v.normalize_stage, "client")
    assert (err.field, err.template) == ("lifecycle_stage", v.STAGE_INVALID)
    assert "subscriber, lead, prospect, customer, advocate, former" in str(err)


def test_custom_fields_are_cleaned() -> None:
    cleaned = v.clean_custom_fields(
        {" Shoe size ": 42, "VIP": True, "Rating": 4.5, "Nick": "  Gʻulom ", "Empty": "  ",
         "None": None}
    )
    assert cleaned == {"Shoe size": 42, "VIP": True, "Rating": 4.5, "Nick": "Gʻulom",
                       "Empty": None, "None": None}
    assert type(cleaned["VIP"]) is bool
    assert v.clean_custom_fields({}) is None and v.clean_custom_fields(None) is None


@pytest.mark.parametrize(
    ("fields", "template"),
    [
        ({"a": [1, 2]}, v.CUSTOM_VALUE_KIND),
        ({"a": dt.date(2020, 1, 1)}, v.CUSTOM_VALUE_KIND),
        ({"a": math.nan}, v.CUSTOM_NUMBER),
        ({"a": math.inf}, v.CUSTOM_NUMBER),
        ({" ": 1}, v.EMPTY),
        ({"a": 1, "a ": 2}, v.CUSTOM_NAME_DUPLICATE),
        ({"k" * 101: 1}, v.TOO_LONG),
        ({"a": "x" * 1001}, v.TOO_LONG),
        ({"a": "bad\x00"}, v.CONTROL_CHARACTER),
    ],
)
def test_bad_custom_fields(fields: dict[str, object], template: str) -> None:
    err = _error(v.clean_custom_fields, fields)
    assert (err.field, err.template) == ("custom_fields", template)
    assert "key" in err.params


_custom_value = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text())


@given(st.dictionaries(st.text(max_size=8), _custom_value, max_size=5))
def test_custom_fields_are_json_safe_or_a_validation_error(fields: dict[str, object]) -> None:
    try:
        cleaned = v.clean_custom_fields(fields)
    except ValidationError as err:
        assert err.field == "custom_fields"
        return
    if cleaned is not None:
        assert json.loads(json.dumps(cleaned, allow_nan=False)) == cleaned


def test_moments_are_converted_to_utc_and_naive_ones_refused() -> None:
    tashkent = dt.timezone(dt.timedelta(hours=5))
    moment = v.utc_moment("consent_at", dt.datetime(2025, 1, 1, 10, 0, tzinfo=tashkent))
    assert moment == dt.datetime(2025, 1, 1, 5, 0, tzinfo=dt.UTC)
    assert moment is not None and moment.tzinfo is dt.UTC
    with pytest.raises(TypeError):
        v.utc_moment("consent_at", dt.datetime(2025, 1, 1, 10, 0))


@settings(max_examples=400, deadline=None)
@given(st.one_of(
    st.from_regex(r"[A-Za-z0-9._%+'-]{1,20}@([A-Za-z0-9-]{1,12}\.){1,3}[A-Za-z]{1,8}",
                  fullmatch=True),
    st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=40),
))
def test_the_fast_email_check_agrees_with_email_validator(address):
    """Plain ASCII addresses skip email-validator; whatever the shortcut accepts, the
    validator accepts with the same key (and the shortcut never rejects on its own)."""
    from email_validator import EmailNotValidError, validate_email

    from app.services.validation import _plain_email_key

    fast = _plain_email_key(address)
    if fast is None:
        return
    try:
        valid = validate_email(address, check_deliverability=False)
    except EmailNotValidError as exc:
        message = f"{address!r} passed the shortcut but not the validator: {exc}"
        raise AssertionError(message) from exc
    assert fast == f"{valid.local_part.lower()}@{valid.ascii_domain.lower()}"


def test_every_control_and_surrogate_character_is_still_refused():
    """clean_text looks closer only at values holding a character its quick regex
    finds: that must be every character of category Cc or Cs, and nothing else."""
    for code in range(0x10000):
        char = chr(code)
        looked_at = v._CONTROL_OR_SURROGATE.search(char) is not None
        assert looked_at == (unicodedata.category(char) in ("Cc", "Cs")), hex(code)
    with pytest.raises(ValidationError):
        v.clean_text("notes", "a\x07b", limit=None)
    assert v.clean_text("notes", "a\tb\nc", limit=None, multiline=True) == "a\tb\nc"


# --- the shortcut for international phone numbers -----------------------------------


def _phone_outcome(text: str, region: str | None) -> object:
    """normalize_phone's answer: ``(raw, e164)``, or the error's template and values."""
    try:
        return v.normalize_phone(text, region)
    except ValidationError as err:
        return (err.template, err.params)


def _full_parser_outcome(text: str, region: str | None) -> object:
    """The same with the shortcut off: every text through phonenumbers.parse."""
    with mock.patch.object(v, "_parse_international", lambda _text: None):
        return _phone_outcome(text, region)


def _assert_shortcut_agrees(text: str) -> bool:
    """The shortcut's number is the parser's for every default region, and so is the
    outcome of normalize_phone; True when the shortcut took the text."""
    fast = v._parse_international(text)
    for region in (None, "US", "RU", "UZ", "IT", "AR", "MX"):
        if fast is not None:
            assert fast == phonenumbers.parse(text, region), (text, region)
        assert _phone_outcome(text, region) == _full_parser_outcome(text, region), (
            text, region)
    return fast is not None


def _example_texts() -> list[str]:
    """Every example number phonenumbers has (each region and type, and the
    non-geographic codes), written INTERNATIONAL and E164, with the country's trunk
    prefix after the country code (+7 8 912..., a common slip), and all of these again
    with random separators between the digits."""
    numbers = [(region, phonenumbers.example_number_for_type(region, kind))
               for region in sorted(phonenumbers.SUPPORTED_REGIONS)
               for kind in PhoneNumberType.values()]
    numbers += [("001", phonenumbers.example_number_for_non_geo_entity(code))
                for code in sorted(phonenumbers.COUNTRY_CODES_FOR_NON_GEO_REGIONS)]
    texts = [phonenumbers.format_number(n, style) for _, n in numbers if n is not None
             for style in (PhoneNumberFormat.INTERNATIONAL, PhoneNumberFormat.E164)]
    for region, n in numbers:
        trunk = phonenumbers.PhoneMetadata.metadata_for_region(region, None)
        if n is not None and trunk is not None and trunk.national_prefix:
            nsn = phonenumbers.national_significant_number(n)
            texts.append(f"+{n.country_code} {trunk.national_prefix}{nsn}")
    rng = random.Random(20250301)
    for text in list(texts):
        out = "+"
        for digit in filter(str.isdigit, text):
            out += digit + (rng.choice(" -.()") if rng.random() < 0.3 else "")
        texts.append(out)
    return list(dict.fromkeys(texts))


def test_the_international_shortcut_agrees_with_phonenumbers_on_every_example() -> None:
    texts = _example_texts()
    texts.append("+1 " + " " * 250 + "202 555 0143")  # too long for the parser
    taken = sum(_assert_shortcut_agrees(text) for text in texts)
    assert taken * 3 > len(texts) * 2  # and it is the usual way, not a rare one


@settings(max_examples=400, deadline=None)
@given(st.one_of(
    st.from_regex(r"\+[0-9][0-9 ().-]{0,24}", fullmatch=True),
    st.from_regex(r"\+(1|7|33|39|44|49|52|54|86|998|800|882)[ -]?[0-9][0-9 -]{3,16}",
                  fullmatch=True),
    st.text(alphabet="+0123456789 -.()x#/", max_size=30),
))
def test_the_international_shortcut_agrees_with_phonenumbers(text: str) -> None:
    _assert_shortcut_agrees(text)
