"""Money: an integer count of minor units and an ISO 4217 currency code. Never a float.

``parse_amount`` reads what a person types ("1 234,50", "1,234.50", "1234.5") into
minor units of a currency; ``to_decimal`` gives the exact amount back for display.
"""

from __future__ import annotations

import re
from decimal import Decimal

from .errors import QT_TRANSLATE_NOOP, ValidationError

# ISO 4217 currencies whose minor unit is not a hundredth; every other code has two
# decimals.
_NO_DECIMALS = frozenset(
    "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF".split()
)
_THREE_DECIMALS = frozenset("BHD IQD JOD KWD LYD OMR TND".split())
_CODE = re.compile(r"[A-Z]{3}")
#: The largest amount stored, in minor units: ten trillion of a two-decimal currency,
#: well inside a 64-bit integer and exact as a double for charts.
MAX_MINOR = 10**15
_SPACES = re.compile(r"[\s\u00a0\u202f'’]")

CURRENCY_INVALID = QT_TRANSLATE_NOOP(
    "Validation", "“{value}” is not a currency code. Use three letters, such as USD or UZS."
)
AMOUNT_INVALID = QT_TRANSLATE_NOOP(
    "Validation", "“{value}” is not an amount. Type digits, such as 1250 or 1 250.50."
)
AMOUNT_NEGATIVE = QT_TRANSLATE_NOOP("Validation", "The amount cannot be negative.")
AMOUNT_TOO_LARGE = QT_TRANSLATE_NOOP("Validation", "The amount {value} is too large to store.")
AMOUNT_TOO_PRECISE = QT_TRANSLATE_NOOP(
    "Validation", "{currency} has {places} decimal places; “{value}” has more."
)


def exponent(currency: str) -> int:
    """How many decimal places the minor unit of ``currency`` has."""
    if currency in _NO_DECIMALS:
        return 0
    return 3 if currency in _THREE_DECIMALS else 2


def normalize_currency(code: str | None, *, field: str = "currency") -> str:
    text = (code or "").strip().upper()
    if not _CODE.fullmatch(text):
        raise ValidationError(field, CURRENCY_INVALID, value=code or "")
    return text


def check_minor(value: object, *, field: str = "value") -> int:
    """A stored amount: a whole, non-negative number of minor units within range."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field, AMOUNT_INVALID, value=str(value))
    if value < 0:
        raise ValidationError(field, AMOUNT_NEGATIVE)
    if value > MAX_MINOR:
        raise ValidationError(field, AMOUNT_TOO_LARGE, value=str(value))
    return value


def parse_amount(text: str, currency: str, *, field: str = "value") -> int:
    """Minor units of ``currency`` for an amount typed with either decimal mark; blank is 0.

    The last "." or "," is the decimal mark when at most the currency's decimal places
    of digits follow it ("1,5" and "1.50" are one and a half dollars); when exactly
    three follow, it groups thousands ("1,234" and "1.234.567" are whole numbers).
    """
    places = exponent(currency)
    raw = _SPACES.sub("", text or "")
    if not raw:
        return 0
    if raw.startswith("-"):
        raise ValidationError(field, AMOUNT_NEGATIVE)
    mark = max(raw.rfind("."), raw.rfind(","))
    whole, fraction = raw, ""
    if mark >= 0:
        after = len(raw) - mark - 1
        if 0 < after <= places:
            whole, fraction = raw[:mark], raw[mark + 1:]
        elif after != 3:
            if raw[mark + 1:].isdigit() and raw[mark + 1:].isascii():
                raise ValidationError(field, AMOUNT_TOO_PRECISE, currency=currency,
                                      places=places, value=text)
            raise ValidationError(field, AMOUNT_INVALID, value=text)
    digits = whole.replace(",", "").replace(".", "")
    if not (digits + fraction).isdigit() or not (digits + fraction).isascii():
        raise ValidationError(field, AMOUNT_INVALID, value=text)
    if len(digits) > 20:
        raise ValidationError(field, AMOUNT_TOO_LARGE, value=text)
    minor = int(Decimal(f"{digits or '0'}.{fraction or '0'}").scaleb(places))
    return check_minor(minor, field=field)


def to_decimal(minor: int, currency: str) -> Decimal:
    """The exact amount ``minor`` units of ``currency`` make."""
    return Decimal(minor).scaleb(-exponent(currency))


def plain_text(minor: int, currency: str) -> str:
    """The amount with its decimals and no grouping ("1250.50"): for editing and files."""
    places = exponent(currency)
    return f"{to_decimal(minor, currency):.{places}f}"
