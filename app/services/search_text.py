"""The text a contact is found by: one folded document per contact, and folded queries.

The document holds what the search box promises: names, emails, phones, the
company's name and the start of the notes; each is kept once (a part already inside
another is left out), since every character costs index space and build time.

Search matches substrings (SQLite FTS5 with the trigram tokenizer, or ILIKE on other
databases) against ``contacts.search_text``, which this module builds. Folding makes
the obvious variants meet: case (any script), NFKC width forms, the many apostrophes
of Uzbek Latin (Oʻzbekiston, O'zbekiston, O‘zbekiston, O`zbekiston), Russian ё/е.
Phones are stored as digits in the forms people type: international (998901234567)
and national with a trunk 0 (0901234567, which holds the bare national number too),
so "+998 90 123", "90 123" and "0901234" all find +998 90 123 45 67.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from phonenumbers import COUNTRY_CODE_TO_REGION_CODE

_SEPARATOR = "\n"  # never typed into a search box, so no match runs across two fields
_NOTES_KEPT = 500
PHONE_CHARS = frozenset("0123456789+-() .")


# Chinese names are two or three characters, shorter than a trigram. Each CJK character
# and each pair in a name is also stored behind markers that make it three characters
# long ("\x02\x02王", "\x02晓明"), and a one- or two-character CJK query is looked up
# in that form, so the trigram index answers it too.
_MARK = "\x02"


_CJK = "\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002ffff"
_CJK_RUN = re.compile(f"[{_CJK}]+")
_ALL_CJK = re.compile(f"[{_CJK}]+$")


def cjk_grams(text: str) -> list[str]:
    """The marked unigrams and bigrams of the CJK runs in ``text``."""
    grams: list[str] = []
    for run in _CJK_RUN.findall(text):
        for i, c in enumerate(run):
            grams.append(_MARK * 2 + c)
            if i + 1 < len(run):
                grams.append(_MARK + run[i : i + 2])
    return list(dict.fromkeys(grams))


def short_cjk_term(term: str) -> str | None:
    """The marked form of a one- or two-character CJK query, else None."""
    if 1 <= len(term) <= 2 and _ALL_CJK.match(term):
        return _MARK * (3 - len(term)) + term
    return None


_APOSTROPHE_RE = re.compile("[\u02bb\u02bc\u2018\u2019\u0060\u00b4\u02b9\u02bd\u2032\uff07]")


def fold(text: str) -> str:
    """Text as it is compared: NFKC, case-folded, one apostrophe, ё as е."""
    if text.isascii():  # NFKC already; ` is the one ASCII character of _APOSTROPHE_RE
        return text.casefold().replace("`", "'")
    folded = unicodedata.normalize("NFKC", text).casefold()
    if "ё" in folded:
        folded = folded.replace("ё", "е")
    return _APOSTROPHE_RE.sub("'", folded)


_NOT_DIGIT = re.compile(r"[^0-9]")


def digits(text: str) -> str:
    return _NOT_DIGIT.sub("", text)


def _national(e164_digits: str) -> str | None:
    if e164_digits.isascii() and e164_digits[:1] not in ("", "0"):  # the usual case
        for length in (1, 2, 3):
            if e164_digits[:length] in _COUNTRY_CODES:
                return e164_digits[length:]
        return None
    for length in (1, 2, 3):
        if int(e164_digits[:length] or 0) in COUNTRY_CODE_TO_REGION_CODE:
            return e164_digits[length:]
    return None


_COUNTRY_CODES = frozenset(str(code) for code in COUNTRY_CODE_TO_REGION_CODE)


def phone_forms(e164: str | None, raw: str | None = None) -> list[str]:
    """The digit strings a phone number is found by."""
    forms: list[str] = []
    if e164:
        full = e164[1:] if e164[:1] == "+" and e164[1:].isdigit() else digits(e164)
        forms.append(full)
        national = _national(full)
        if national:
            forms.append("0" + national)
    if raw:
        typed = digits(raw)
        if typed:
            for form in forms:
                if typed in form:
                    break
            else:
                forms.append(typed)
    return forms


def contact_document(
    *,
    display_name: str,
    first_name: str | None = None,
    last_name: str | None = None,
    emails: Iterable[str | None] = (),
    phones: Iterable[tuple[str | None, str | None]] = (),
    company: str | None = None,
    notes: str | None = None,
) -> str:
    """The folded search document of one contact (``phones`` are (e164, raw) pairs)."""
    parts: list[str] = [display_name]
    for name in (first_name, last_name):
        if name and name not in display_name:
            parts.append(name)
    parts += [e for e in emails if e]
    for e164, raw in phones:
        parts += phone_forms(e164, raw)
    if company:
        parts.append(company)
    if notes:
        parts.append(notes[:_NOTES_KEPT])
    names = [p for p in (display_name, first_name, last_name, company) if p]
    if not all(map(str.isascii, names)):  # else no CJK: spare the look (imports, demo)
        grams = cjk_grams(" ".join(names))
        if grams:
            parts.append(" ".join(grams))
    # One fold over the joined text (the separator folds to itself): a million contacts
    # are built at a time by the demo and by migrations.
    return fold(_SEPARATOR.join([p for p in parts if p]))


def is_phone_query(text: str) -> bool:
    """A query made of phone characters with at least three digits."""
    stripped = text.strip()
    return bool(stripped) and set(stripped) <= PHONE_CHARS and len(digits(stripped)) >= 3


def query_terms(text: str) -> list[str]:
    """The folded terms of a query; a phone-like query becomes one string of digits."""
    if is_phone_query(text):
        return [digits(text)]
    terms = [t for t in fold(text).split() if t]
    return [short_cjk_term(t) or t for t in terms]
