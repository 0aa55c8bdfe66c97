"""Whether a parsed phone number is valid: ``phonenumbers.is_valid_number``, quicker.

The library decides validity by finding the number's type: it tries the patterns of
its country one type after another (premium rate, toll free, ... fixed line, mobile),
each through a few calls, and so spends some 5 us a number, most of it in Python.
Validity only asks whether *some* type matches, so here each country's patterns are
gathered once, by length, into one expression per length, and a number costs two
regular-expression matches: an import of 100,000 rows checks every phone (and the
numbers a spreadsheet stored as numbers, twice). A property test checks that the
answer is the library's for numbers of every country.

The rules followed, as the library has them (phonenumberutil.py):

* A number belongs to the first region of its country code that claims it: by the
  region's leading digits when it has them, else by being valid there.
* Valid for a region: its national significant number (with any Italian leading
  zeros) fits the general description, then the description of any one type. A
  description fits when the number's length is one of its possible lengths (an empty
  list allows any) and its pattern matches the whole number. Mobile counts only when
  its pattern is not the fixed line's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from phonenumbers import COUNTRY_CODE_TO_REGION_CODE, PhoneMetadata, PhoneNumber

#: The library's region of codes such as +800 (its REGION_CODE_FOR_NON_GEO_ENTITY).
NON_GEOGRAPHIC = "001"

_TYPES = ("fixed_line", "mobile", "premium_rate", "toll_free", "shared_cost", "voip",
          "personal_number", "pager", "uan", "voicemail")  # the usual ones first

Check = Callable[[str], bool]


def is_valid_number(number: PhoneNumber) -> bool:
    """``phonenumbers.is_valid_number(number)``."""
    country_code = number.country_code
    regions = None if country_code is None else COUNTRY_CODE_TO_REGION_CODE.get(country_code)
    if not regions:
        return False
    national = _national_significant(number)
    if len(regions) == 1:
        return _check(country_code, regions[0])(national)
    for region in regions:
        claims = _leading_digits(region)
        if claims is None:
            continue  # no metadata: the library skips the region too
        if claims is not _BY_VALIDITY:
            if claims.match(national):
                return _check(country_code, region)(national)
        elif _check(country_code, region)(national):
            return True
    return False


def _national_significant(number: PhoneNumber) -> str:
    zeros = ""
    if number.italian_leading_zero:
        count = number.number_of_leading_zeros
        zeros = "0" * (1 if count is None else count)
    return zeros + str(number.national_number)


_BY_VALIDITY = re.compile("")


@cache  # one entry per region of a shared country code at most
def _leading_digits(region: str) -> re.Pattern[str] | None:
    """How ``region`` claims numbers of a code it shares: the pattern its numbers start
    with, or _BY_VALIDITY; None when it has no metadata."""
    metadata = PhoneMetadata.metadata_for_region(region.upper(), None)
    if metadata is None:
        return None
    if metadata.leading_digits is not None:
        return re.compile(metadata.leading_digits)
    return _BY_VALIDITY


@cache  # one entry per region at most
def _check(country_code: int, region: str) -> Check:
    """Whether a national significant number is valid for ``region``."""
    metadata = PhoneMetadata.metadata_for_region_or_calling_code(country_code, region.upper())
    if metadata is None or (region != NON_GEOGRAPHIC
                            and metadata.country_code != country_code):
        return _never
    general = _desc(metadata.general_desc)
    if general is None:
        return _never
    types = [found for name in _TYPES
             if not (name == "mobile" and metadata.same_mobile_and_fixed_line_pattern)
             and (found := _desc(getattr(metadata, name))) is not None]
    by_length: dict[int, re.Pattern[str]] = {}  # lengths some type lists
    any_length: list[str] = []  # patterns of types that list no lengths
    listed: dict[int, list[str]] = {}
    for lengths, pattern in types:
        if lengths:
            for length in lengths:
                listed.setdefault(length, []).append(pattern.pattern)
        else:
            any_length.append(pattern.pattern)
    for length, patterns in listed.items():
        by_length[length] = _either([*patterns, *any_length])
    other = _either(any_length) if any_length else None
    general_lengths, general_pattern = general

    def check(national: str) -> bool:
        if general_lengths and len(national) not in general_lengths:
            return False
        if general_pattern.fullmatch(national) is None:
            return False
        typed = by_length.get(len(national), other)
        return typed is not None and typed.fullmatch(national) is not None

    return check


def _desc(desc: object) -> tuple[frozenset[int], re.Pattern[str]] | None:
    """A description's possible lengths and pattern; None when it can match nothing."""
    pattern = getattr(desc, "national_number_pattern", None) if desc is not None else None
    if not pattern:
        return None
    return frozenset(desc.possible_length or ()), re.compile(pattern)  # type: ignore[attr-defined]


def _either(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


def _never(_national: str) -> bool:
    return False
