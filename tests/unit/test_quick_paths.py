"""The shortcuts an import of 100,000 rows runs through give what the plain code gave.

Each test holds the plain version (as it was before the shortcut) and checks that the
function now in use agrees with it on generated text: the shortcuts skip work for the
usual case (ASCII text, one value in a cell, a name without CJK), never change a result.
"""

from __future__ import annotations

import sys
import unicodedata
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st
from phonenumbers import COUNTRY_CODE_TO_REGION_CODE

from app.services import search_text
from app.services import validation as v
from app.services.errors import ValidationError

# Text with what the shortcuts look at: ASCII and not, apostrophes, line breaks of every
# kind, control characters, CJK, Cyrillic (with ё), digits and phone punctuation.
_TRICKY = "aZ09 .-+()`'\u02bb\u2019ёЁПр王伟\t\n\r\x0b\x0c\x85\u2028\u2029\x00\x1b\x7f\u00a0\uff0b"
_text = st.one_of(st.text(), st.text(alphabet=_TRICKY, max_size=30))


def _plain_clean_text(field: str, value: str, *, limit: int | None, multiline: bool) -> object:
    """validation.clean_text as it was: its result, or the error's template and values."""
    try:
        if v._CONTROL_OR_SURROGATE.search(value) is not None:
            v._check_characters(field, value, multiline, {})
        text = unicodedata.normalize("NFC", value).strip()
        if not multiline:
            text = v._LINE_BREAKS.sub(" ", text)
        if limit is not None and len(text) > limit:
            raise ValidationError(field, v.TOO_LONG, length=len(text), limit=limit)
        return text or None
    except ValidationError as err:
        return (err.template, err.params)


def _clean_text(field: str, value: str, *, limit: int | None, multiline: bool) -> object:
    try:
        return v.clean_text(field, value, limit=limit, multiline=multiline)
    except ValidationError as err:
        return (err.template, err.params)


@settings(max_examples=500, deadline=None)
@given(_text, st.booleans(), st.sampled_from([None, 3, 20]))
@example("a \u2028 b", False, None)
@example("a\u2029\u2029b ", False, None)
@example("e\u0301 \u2029", True, 20)
def test_clean_text_is_the_plain_check(value: str, multiline: bool, limit: int | None) -> None:
    assert (_clean_text("notes", value, limit=limit, multiline=multiline)
            == _plain_clean_text("notes", value, limit=limit, multiline=multiline))


def test_the_email_space_check_is_str_isspace() -> None:
    """normalize_email refuses an address with a space: a regex now, isspace() before."""
    looked = "".join(map(chr, range(sys.maxunicode + 1)))
    assert {m.group() for m in v._WHITESPACE.finditer(looked)} == {
        ch for ch in looked if ch.isspace()}


# --- search text ----------------------------------------------------------------------


def _plain_fold(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).casefold()
    if "ё" in folded:
        folded = folded.replace("ё", "е")
    return search_text._APOSTROPHE_RE.sub("'", folded)


def _plain_national(e164_digits: str) -> str | None:
    for length in (1, 2, 3):
        if int(e164_digits[:length] or 0) in COUNTRY_CODE_TO_REGION_CODE:
            return e164_digits[length:]
    return None


def _plain_phone_forms(e164: str | None, raw: str | None) -> list[str]:
    forms: list[str] = []
    if e164:
        full = (e164[1:] if e164[:1] == "+" and e164[1:].isdigit()
                else search_text.digits(e164))
        forms.append(full)
        national = _plain_national(full)
        if national:
            forms.append("0" + national)
    if raw:
        typed = search_text.digits(raw)
        if typed and not any(typed in form for form in forms):
            forms.append(typed)
    return forms


def _plain_document(*, display_name: str, first_name: str | None, last_name: str | None,
                    emails: list[str | None], phones: list[tuple[str | None, str | None]],
                    company: str | None, notes: str | None) -> str:
    parts: list[str] = [display_name]
    for name in (first_name, last_name):
        if name and name not in display_name:
            parts.append(name)
    parts += [e for e in emails if e]
    for e164, raw in phones:
        parts += _plain_phone_forms(e164, raw)
    if company:
        parts.append(company)
    if notes:
        parts.append(notes[:500])
    names = " ".join(p for p in (display_name, first_name, last_name, company) if p)
    grams = search_text.cjk_grams(names)
    if grams:
        parts.append(" ".join(grams))
    return _plain_fold("\n".join(p for p in parts if p))


@settings(max_examples=500, deadline=None)
@given(_text)
def test_fold_is_the_plain_fold(text: str) -> None:
    assert search_text.fold(text) == _plain_fold(text)


_digits = st.text(alphabet="0123456789", max_size=16)
_e164 = st.one_of(st.none(), _digits.map(lambda d: "+" + d), _text,
                  st.text(alphabet="+0123456789\u0663\u00b2 -", max_size=16))


def _outcome(call: Any, *args: Any) -> object:
    """What ``call`` returns, or the type of what it raises ("+²" is not a number)."""
    try:
        return call(*args)
    except ValueError as exc:
        return type(exc)


@settings(max_examples=500, deadline=None)
@given(_e164, st.one_of(st.none(), _text, _digits))
def test_phone_forms_are_the_plain_ones(e164: str | None, raw: str | None) -> None:
    assert (_outcome(search_text.phone_forms, e164, raw)
            == _outcome(_plain_phone_forms, e164, raw))


_name = st.one_of(st.none(), _text, st.sampled_from(["王", "伟", "Ivan", "Ёлкин", "김"]))


@settings(max_examples=500, deadline=None)
@given(st.one_of(_text, st.sampled_from(["王伟", "Ivan Petrov", "김민준"])), _name, _name,
       st.lists(st.one_of(st.none(), _text), max_size=2),
       st.lists(st.tuples(_e164, st.one_of(st.none(), _text)), max_size=2), _name, _name)
def test_the_search_document_is_the_plain_one(display, first, last, emails, phones,
                                              company, notes) -> None:
    kwargs = dict(display_name=display, first_name=first, last_name=last, emails=emails,
                  phones=phones, company=company, notes=notes)
    assert (_outcome(lambda: search_text.contact_document(**kwargs))
            == _outcome(lambda: _plain_document(**kwargs)))


def test_a_plain_country_code_is_found_as_before() -> None:
    for code in COUNTRY_CODE_TO_REGION_CODE:
        for rest in ("", "0", "12345"):
            digits = f"{code}{rest}"
            assert search_text._national(digits) == _plain_national(digits)
