"""The quick validity check answers exactly as phonenumbers.is_valid_number does.

A phone the check wrongly accepted would be stored as a number no one can dial; one it
wrongly refused would reject a customer's row. Both are compared with the library on
the example numbers of every region and type, on those numbers with their last digits
changed (near misses: often still valid, often not), and on any digits at all.
"""

from __future__ import annotations

import phonenumbers
from hypothesis import given, settings
from hypothesis import strategies as st
from phonenumbers import COUNTRY_CODE_TO_REGION_CODE, PhoneNumber, PhoneNumberType

from app.services.phone_validity import is_valid_number

_TYPES = [PhoneNumberType.FIXED_LINE, PhoneNumberType.MOBILE, PhoneNumberType.TOLL_FREE,
          PhoneNumberType.PREMIUM_RATE, PhoneNumberType.SHARED_COST, PhoneNumberType.VOIP,
          PhoneNumberType.PERSONAL_NUMBER, PhoneNumberType.PAGER, PhoneNumberType.UAN,
          PhoneNumberType.VOICEMAIL]


def _examples() -> list[PhoneNumber]:
    found = []
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in _TYPES:
            number = phonenumbers.example_number_for_type(region, kind)
            if number is not None:
                found.append(number)
    for code in sorted(phonenumbers.COUNTRY_CODES_FOR_NON_GEO_REGIONS):
        number = phonenumbers.example_number_for_non_geo_entity(code)
        if number is not None:
            found.append(number)
    return found


EXAMPLES = _examples()


def test_every_example_number_is_judged_as_the_library_judges_it() -> None:
    assert len(EXAMPLES) > 1000  # every region, most types
    judged = [(n, is_valid_number(n), phonenumbers.is_valid_number(n)) for n in EXAMPLES]
    assert [n for n, mine, theirs in judged if mine != theirs] == []
    assert sum(mine for _n, mine, _t in judged) > 1000  # the examples are valid ones


def _copy(number: PhoneNumber, national: str) -> PhoneNumber:
    zeros = len(national) - len(national.lstrip("0"))
    return PhoneNumber(country_code=number.country_code,
                       national_number=int(national or "0"),
                       italian_leading_zero=True if zeros else None,
                       number_of_leading_zeros=zeros if zeros > 1 else None)


@st.composite
def _near_misses(draw: st.DrawFn) -> PhoneNumber:
    """An example number with its tail replaced, shortened or lengthened."""
    number = draw(st.sampled_from(EXAMPLES))
    zeros = "0" * (number.number_of_leading_zeros or 1) if number.italian_leading_zero else ""
    national = zeros + str(number.national_number)
    keep = draw(st.integers(0, len(national)))
    tail = draw(st.text("0123456789", max_size=6))
    return _copy(number, national[:keep] + tail)


@settings(max_examples=3000, deadline=None)
@given(_near_misses())
def test_a_changed_example_is_judged_as_the_library_judges_it(number: PhoneNumber) -> None:
    assert is_valid_number(number) == phonenumbers.is_valid_number(number)


@settings(max_examples=1500, deadline=None)
@given(st.sampled_from(sorted(COUNTRY_CODE_TO_REGION_CODE)) | st.integers(0, 1000),
       st.text("0123456789", min_size=1, max_size=18))
def test_any_digits_are_judged_as_the_library_judges_them(code: int, national: str) -> None:
    number = _copy(PhoneNumber(country_code=code), national)
    assert is_valid_number(number) == phonenumbers.is_valid_number(number)


def test_shared_country_codes_go_to_the_region_that_claims_them() -> None:
    kazakh = phonenumbers.parse("+7 701 123 4567")  # +7: Russia first, Kazakhstan by 7..
    russian = phonenumbers.parse("+7 912 345 6789")
    canadian = phonenumbers.parse("+1 604 555 0123")  # +1: the United States first
    invalid = phonenumbers.parse("+1 099 555 0123")
    assert [is_valid_number(n) for n in (kazakh, russian, canadian, invalid)] == [
        phonenumbers.is_valid_number(n) for n in (kazakh, russian, canadian, invalid)]
    assert is_valid_number(kazakh) and is_valid_number(russian)
    assert not is_valid_number(invalid)
