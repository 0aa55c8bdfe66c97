"""Checks and normal forms for what people type into the contact and company forms.

Every function here either returns the value to store or raises ValidationError with
the form field that is wrong (``field``), a translatable template and its values. List
fields (emails, phones, tags) also pass ``index``: the 0-based line of the input list.

Text rules, the same for every field:
* leading and trailing whitespace is trimmed, and text is put in Unicode NFC form (the
  same name typed on macOS and on Windows then sorts and matches the same); blank
  text means "no value" (None);
* single-line fields turn each line break or tab, with the spaces around it, into one
  space (pasted cells often hold them); multi-line fields (notes) keep them;
* any other control character (NUL, ESC, DEL...) or an unpaired surrogate is refused,
  naming its code and position: it is invisible in a form, usually comes from a broken
  file, and silently dropping it would store something other than what was given;
* the limit is the column length of the model, counted in characters.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from collections.abc import Mapping
from functools import cache
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import phonenumbers
from email_validator import EmailNotValidError, validate_email
from phonenumbers import (
    COUNTRY_CODE_TO_REGION_CODE,
    NumberParseException,
    PhoneMetadata,
    PhoneNumber,
    PhoneNumberFormat,
    ValidationResult,
    region_code_for_country_code,
)
from sqlalchemy import String
from sqlalchemy import inspect as sa_inspect

from app.models.enums import LifecycleStage
from app.models.people import E164_LEN, EMAIL_LEN, PHONE_LEN, URL_LEN

from .errors import QT_TRANSLATE_NOOP, ValidationError
from .phone_validity import is_valid_number

# What a custom field may hold: stored in a JSON column.
CustomValue = str | int | float | bool | None

# Limits for text that has no column length of its own.
NOTES_LEN = 100_000
CUSTOM_KEY_LEN = 100
CUSTOM_VALUE_LEN = 1_000

TOO_LONG = QT_TRANSLATE_NOOP("Validation", "Too long: {length} characters. The limit is {limit}.")
CONTROL_CHARACTER = QT_TRANSLATE_NOOP(
    "Validation",
    "Contains a hidden character ({code}) at position {position} that cannot be stored. "
    "Remove it and try again.",
)
EMPTY = QT_TRANSLATE_NOOP("Validation", "This cannot be empty.")
EMAIL_NO_AT = QT_TRANSLATE_NOOP(
    "Validation", "“{value}” is not an email address: it has no @ sign."
)
EMAIL_MANY_AT = QT_TRANSLATE_NOOP(
    "Validation", "“{value}” is not an email address: it has more than one @ sign."
)
EMAIL_NO_LOCAL = QT_TRANSLATE_NOOP(
    "Validation", "“{value}” is not an email address: there is nothing before the @ sign."
)
EMAIL_NO_DOMAIN = QT_TRANSLATE_NOOP(
    "Validation", "“{value}” is not an email address: there is nothing after the @ sign."
)
EMAIL_SPACE = QT_TRANSLATE_NOOP(
    "Validation", "“{value}” is not an email address: it contains a space."
)
EMAIL_NO_DOT = QT_TRANSLATE_NOOP(
    "Validation",
    "“{value}” is not an email address: the part after the @ sign needs a dot, "
    "as in example.com.",
)
# ``reason`` is email-validator's own sentence (English), e.g. "An email address cannot
# have two periods in a row."; the common mistakes above have their own templates.
EMAIL_INVALID = QT_TRANSLATE_NOOP("Validation", "“{value}” is not an email address. {reason}")
PHONE_NO_COUNTRY = QT_TRANSLATE_NOOP(
    "Validation",
    "“{value}” has no country code. Type the number with + and its country code "
    "(as in +1 202 555 0143), or choose your country in Preferences so that local "
    "numbers can be read.",
)
PHONE_NOT_A_NUMBER = QT_TRANSLATE_NOOP("Validation", "“{value}” is not a phone number.")
PHONE_BAD_COUNTRY = QT_TRANSLATE_NOOP(
    "Validation", "“{value}” does not start with a known country code."
)
PHONE_TOO_SHORT = QT_TRANSLATE_NOOP(
    "Validation", "“{value}” has too few digits for a phone number."
)
PHONE_TOO_LONG = QT_TRANSLATE_NOOP(
    "Validation", "“{value}” has too many digits for a phone number."
)
PHONE_INVALID = QT_TRANSLATE_NOOP(
    "Validation",
    "“{value}” is not a valid phone number for the country code +{country_code}. "
    "Check the digits.",
)
WEBSITE_INVALID = QT_TRANSLATE_NOOP(
    "Validation",
    "“{value}” is not a web address. Type it like example.com or https://www.example.com.",
)
STAGE_INVALID = QT_TRANSLATE_NOOP(
    "Validation", "“{value}” is not a lifecycle stage. Choose one of: {choices}."
)
CUSTOM_NAME_DUPLICATE = QT_TRANSLATE_NOOP(
    "Validation", "There are two custom fields named “{key}”."
)
CUSTOM_VALUE_KIND = QT_TRANSLATE_NOOP(
    "Validation",
    "The custom field “{key}” can hold text, a number, yes/no or nothing, not {kind}.",
)
CUSTOM_NUMBER = QT_TRANSLATE_NOOP(
    "Validation",
    "The custom field “{key}” holds {value}, which is not a number that can be stored.",
)

# phonenumbers compiles a metadata pattern on every use, through re's cache (lookups
# that cost a quarter of checking a number's validity); its own cache keeps the few
# hundred patterns once compiled. Older versions have no such cache.
_enable_pattern_cache = getattr(phonenumbers, "enable_pattern_cache", None)
if _enable_pattern_cache is not None:
    _enable_pattern_cache()

_LINE_BREAKS = re.compile(r"[ \t]*[\t\n\r\v\f\x85\u2028\u2029]+[ \t]*")
_ALLOWED_IN_MULTILINE = frozenset("\t\n\r")
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")
_HOST_LABEL = re.compile(r"(?!-)[a-z0-9-]{1,63}(?<!-)")


def column_limits(model: type[Any]) -> dict[str, int]:
    """The length of every String column of a mapped class, by attribute name."""
    return {
        col.key: col.type.length
        for col in sa_inspect(model).columns
        if isinstance(col.type, String) and col.type.length
    }


def clean_text(
    field: str,
    value: str | None,
    *,
    limit: int | None,
    multiline: bool = False,
    **params: Any,
) -> str | None:
    """Trimmed NFC text within ``limit`` characters, or None for blank.

    ``params`` (an ``index``, a custom field's ``key``) go into any error raised.
    """
    if value is None:
        return None
    control = _CONTROL_OR_SURROGATE.search(value)
    if control is not None:  # rare: look closer
        _check_characters(field, value, multiline, params)
    # ASCII is NFC already. Every line break _LINE_BREAKS replaces is a control
    # character but U+2028 and U+2029, so text without those needs no replacing.
    text = (value if value.isascii() else unicodedata.normalize("NFC", value)).strip()
    if not multiline and (control is not None or "\u2028" in text or "\u2029" in text):
        text = _LINE_BREAKS.sub(" ", text)
    if limit is not None and len(text) > limit:
        raise ValidationError(field, TOO_LONG, length=len(text), limit=limit, **params)
    return text or None


# Every character of Unicode category Cc (U+0000-001F, U+007F-009F) or Cs (surrogates):
# one regex search finds whether a value holds any, so most values skip the loop.
_CONTROL_OR_SURROGATE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def _check_characters(field: str, value: str, multiline: bool, params: dict[str, Any]) -> None:
    for position, char in enumerate(value, start=1):
        category = unicodedata.category(char)
        if category == "Cs" or (
            category == "Cc"
            and char not in _ALLOWED_IN_MULTILINE
            and (multiline or char not in "\t\n\r\v\f\x85")
        ):
            raise ValidationError(
                field, CONTROL_CHARACTER, code=f"U+{ord(char):04X}", position=position, **params
            )


def require_text(field: str, value: str | None, *, limit: int | None, **params: Any) -> str:
    """Like clean_text for a single-line value that must not be blank."""
    text = clean_text(field, value, limit=limit, **params)
    if text is None:
        raise ValidationError(field, EMPTY, **params)
    return text


# Plain ASCII addresses, the great majority: dot-atoms of RFC 5322 "atext" before the
# @, and LDH labels with an alphabetic top-level label after it. Every address this
# matches (within the lengths checked beside it, and outside the special-use names)
# is valid for email-validator with the same key, which a property test checks; an
# import of 100,000 rows then spends 2 us per address instead of 30. Anything else
# goes through email-validator.
_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_PLAIN_EMAIL = re.compile(
    rf"({_ATEXT}(?:\.{_ATEXT})*)@((?:{_LABEL}\.)+[A-Za-z]{{2,63}})"
)
_SPECIAL_USE = frozenset(("arpa", "invalid", "local", "localhost", "onion", "test"))
# Any character str.isspace() calls a space (the same test, in C: a test checks them all).
_WHITESPACE = re.compile(r"\s")


def _plain_email_key(address: str) -> str | None:
    """The key of a plain ASCII address, or None when email-validator must decide."""
    found = _PLAIN_EMAIL.fullmatch(address)
    if found is None or len(address) > 254 or len(found[1]) > 64:
        return None
    domain = found[2].lower()
    if domain.rpartition(".")[2] in _SPECIAL_USE or "xn--" in domain:
        return None
    return f"{found[1].lower()}@{domain}"


def normalize_email(
    text: str, *, field: str = "emails", index: int | None = None
) -> tuple[str, str]:
    """``(display, key)`` of an email address: as typed (trimmed), and for matching.

    The key is the address with its local part lower-cased (mail servers practically
    never tell case apart) and its domain in ASCII (IDNA) form, so that
    "Ivan@Почта.рф" and "ivan@xn--80a1acny.xn--p1ai" match. No network is used.
    """
    params: dict[str, Any] = {} if index is None else {"index": index}
    display = require_text(field, text, limit=EMAIL_LEN, **params)
    params["value"] = display
    local, at, domain = display.rpartition("@")
    template: str | None = None
    if not at:
        template = EMAIL_NO_AT
    elif "@" in local and not local.startswith('"'):
        template = EMAIL_MANY_AT
    elif _WHITESPACE.search(display) is not None:
        template = EMAIL_SPACE
    elif not local:
        template = EMAIL_NO_LOCAL
    elif not domain:
        template = EMAIL_NO_DOMAIN
    if template is not None:
        raise ValidationError(field, template, **params)
    fast = _plain_email_key(display)
    if fast is not None:
        return display, fast
    try:
        valid = validate_email(display, check_deliverability=False)
    except EmailNotValidError as exc:
        reason = str(exc)
        if "It should have a period" in reason:
            raise ValidationError(field, EMAIL_NO_DOT, **params) from None
        reason = reason.removeprefix("The email address is not valid. ")
        raise ValidationError(field, EMAIL_INVALID, reason=reason, **params) from None
    key = f"{_lower_nfc(valid.local_part)}@{valid.ascii_domain.lower()}"
    return display, key


def _lower_nfc(text: str) -> str:
    # lower() can leave decomposed marks that NFC then composes; repeat until stable
    # so that a key normalises to itself.
    for _ in range(4):
        lowered = unicodedata.normalize("NFC", text.lower())
        if lowered == text:
            break
        text = lowered
    return text


def normalize_phone(
    text: str, region: str | None, *, field: str = "phones", index: int | None = None
) -> tuple[str, str]:
    """``(raw, e164)`` of a phone number: as typed (trimmed), and in E.164 form.

    ``region`` is the two-letter country assumed for numbers typed without "+" (the
    "phone/default_region" setting); an unknown or empty region counts as none. Only
    numbers valid for their country are accepted: a typo caught now is a customer
    reached later. Extensions ("ext. 12") are kept in the raw text only.
    """
    params: dict[str, Any] = {} if index is None else {"index": index}
    raw = require_text(field, text, limit=PHONE_LEN, **params)
    params["value"] = raw
    default = region.strip().upper() if region else None
    if default not in phonenumbers.SUPPORTED_REGIONS:
        default = None
    try:
        number = parse_phone(raw, default)
    except NumberParseException as exc:
        if exc.error_type == NumberParseException.INVALID_COUNTRY_CODE:
            has_plus = raw.lstrip(" ([")[:1] in ("+", "\uff0b")
            template = PHONE_BAD_COUNTRY if has_plus or default else PHONE_NO_COUNTRY
        elif exc.error_type == NumberParseException.TOO_LONG:
            template = PHONE_TOO_LONG
        elif exc.error_type == NumberParseException.NOT_A_NUMBER:
            template = PHONE_NOT_A_NUMBER
        else:  # TOO_SHORT_NSN, TOO_SHORT_AFTER_IDD
            template = PHONE_TOO_SHORT
        raise ValidationError(field, template, **params) from None
    possible = phonenumbers.is_possible_number_with_reason(number)
    if possible == ValidationResult.TOO_SHORT:
        raise ValidationError(field, PHONE_TOO_SHORT, **params)
    if possible == ValidationResult.TOO_LONG:
        raise ValidationError(field, PHONE_TOO_LONG, **params)
    if possible == ValidationResult.INVALID_COUNTRY_CODE:
        raise ValidationError(field, PHONE_BAD_COUNTRY, **params)
    e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    if not is_valid_number(number) or len(e164) > E164_LEN:
        raise ValidationError(field, PHONE_INVALID, country_code=number.country_code, **params)
    return raw, e164


def parse_phone(text: str, region: str | None) -> PhoneNumber:
    """``phonenumbers.parse(text, region)``, with a shortcut for the usual "+998 90 123
    45 67": a plus, a country code and digits in groups (see _parse_international)."""
    number = _parse_international(text)
    return number if number is not None else phonenumbers.parse(text, region)


# "+" and digits, in groups split by spaces, hyphens, dots or brackets, the first digit
# not 0: text phonenumbers.parse reads as a plus, a country code and the national number
# (nothing else in it can be an extension, a second number or a letter to translate).
_INTERNATIONAL = re.compile(r"\+[1-9][0-9 ().-]*")
_LONGEST_PARSED = 250  # phonenumbers refuses longer text as too long, whatever it holds
_COUNTRY_CODES = frozenset(str(code) for code in COUNTRY_CODE_TO_REGION_CODE)


def _parse_international(text: str) -> PhoneNumber | None:
    """What ``phonenumbers.parse`` makes of an international number typed plainly, built
    directly (seven times quicker), or None when the text is anything else, or anything
    unusual: then the full parser decides. A property test checks the two agree.

    For such text the parser takes as the country code the first one, two or three
    digits that make one, and the rest as the national number; the cases where it does
    more are left to it: a national number too short or too long, one starting with 0
    (kept as "Italian leading zeros"), or with what the country's metadata strips as a
    national prefix (a trunk 8 after +7, say).
    """
    if len(text) > _LONGEST_PARSED or _INTERNATIONAL.fullmatch(text) is None:
        return None
    digits = (text[1:].replace(" ", "").replace("-", "").replace(".", "")
              .replace("(", "").replace(")", ""))
    if not 5 <= len(digits) <= 20:
        return None
    for size in (1, 2, 3):
        if digits[:size] in _COUNTRY_CODES:
            break
    else:
        return None
    national = digits[size:]
    if not 2 <= len(national) <= 17 or national[0] == "0":
        return None
    country_code = int(digits[:size])
    prefix = _national_prefix(country_code)
    if prefix is None or (prefix is not _NO_PREFIX and prefix.match(national)):
        return None
    return PhoneNumber(country_code=country_code, national_number=int(national))


_NO_PREFIX = re.compile("")


@cache  # one entry per country code at most
def _national_prefix(country_code: int) -> re.Pattern[str] | None:
    """The national prefix pattern the parser strips for ``country_code`` (_NO_PREFIX:
    none), or None when its metadata is missing."""
    metadata = PhoneMetadata.metadata_for_region_or_calling_code(
        country_code, region_code_for_country_code(country_code))
    if metadata is None:
        return None
    pattern = metadata.national_prefix_for_parsing
    return re.compile(pattern) if pattern else _NO_PREFIX


def normalize_website(text: str | None, *, field: str = "website") -> str | None:
    """A company's web address, stored with its scheme: "example.com" -> "https://example.com".

    Only http and https addresses of a named host (with a dot, e.g. example.com or
    пример.рф) are accepted; the scheme and host are lower-cased, path and query kept.
    No user name or password part ("user@host") and no IP address.
    """
    value = clean_text(field, text, limit=URL_LEN)
    if value is None:
        return None
    candidate = value if _SCHEME.match(value) else "https://" + value
    try:
        parts = urlsplit(candidate)
        port = parts.port
    except ValueError:
        raise ValidationError(field, WEBSITE_INVALID, value=value) from None
    host = (parts.hostname or "").removesuffix(".")
    if (
        parts.scheme.lower() not in ("http", "https")
        or parts.username is not None
        or any(ch.isspace() or ch == "\\" for ch in value)
        or not _is_domain(host)
    ):
        raise ValidationError(field, WEBSITE_INVALID, value=value)
    netloc = host if port is None else f"{host}:{port}"
    url = urlunsplit((parts.scheme.lower(), netloc, parts.path, parts.query, parts.fragment))
    if len(url) > URL_LEN:
        raise ValidationError(field, TOO_LONG, length=len(url), limit=URL_LEN)
    return url


def _is_domain(host: str) -> bool:
    try:
        ascii_host = host.encode("idna").decode("ascii").lower()
    except UnicodeError:
        return False
    labels = ascii_host.split(".")
    return (
        len(labels) >= 2
        and len(ascii_host) <= 253
        and all(_HOST_LABEL.fullmatch(label) for label in labels)
        and (labels[-1].isalpha() or labels[-1].startswith("xn--"))
    )


def normalize_stage(value: str | None, *, field: str = "lifecycle_stage") -> LifecycleStage:
    """A lifecycle stage from its value in any case; blank means the default, "lead"."""
    text = clean_text(field, value, limit=None)
    if text is None:
        return LifecycleStage.LEAD
    try:
        return LifecycleStage(text.lower())
    except ValueError:
        choices = ", ".join(stage.value for stage in LifecycleStage)
        raise ValidationError(field, STAGE_INVALID, value=text, choices=choices) from None


def clean_custom_fields(
    values: Mapping[str, object] | None, *, field: str = "custom_fields"
) -> dict[str, CustomValue] | None:
    """Custom fields as they will be stored (JSON), or None when there are none.

    Names are single-line text (at most 100 characters) and must differ after trimming;
    text values may span lines (at most 1,000 characters, blank becomes None); numbers
    must be finite. Any other kind of value (a list, a date...) is refused.
    """
    if not values:
        return None
    result: dict[str, CustomValue] = {}
    for raw_key, value in values.items():
        key = require_text(field, raw_key, limit=CUSTOM_KEY_LEN, key=raw_key)
        if key in result:
            raise ValidationError(field, CUSTOM_NAME_DUPLICATE, key=key)
        if value is None or isinstance(value, bool | int):
            result[key] = value
        elif isinstance(value, float):
            if not math.isfinite(value):
                raise ValidationError(field, CUSTOM_NUMBER, key=key, value=repr(value))
            result[key] = value
        elif isinstance(value, str):
            result[key] = clean_text(
                field, value, limit=CUSTOM_VALUE_LEN, multiline=True, key=key
            )
        else:
            raise ValidationError(field, CUSTOM_VALUE_KIND, key=key, kind=type(value).__name__)
    return result


def utc_moment(field: str, value: dt.datetime | None) -> dt.datetime | None:
    """An aware datetime converted to UTC; a naive one is a programming error."""
    if value is None:
        return None
    if value.tzinfo is None or value.utcoffset() is None:
        raise TypeError(f"{field}: naive datetime given; pass an aware one")
    return value.astimezone(dt.UTC)
