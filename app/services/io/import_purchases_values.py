"""A purchase's amounts, currency and sales channel, read from spreadsheet cells.

An amount in a number cell is read by its value (12.5 is twelve and a half, whatever
the locale; a float's last-bit noise, 30.000000000000004, is rounded away), and in a
text cell by money.parse_amount ("1 250,50", "1,250.50"), after a currency code or
sign written before or after it ("$12.50", "15 000 soʻm", "1 200 ₽", "99 EUR") is set
apart: it gives the purchase's currency when no column does, and refuses the amount
when it says another one. Channels accept the stored values and everyday words in
English, Russian, Chinese and Uzbek.
"""

from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_EVEN, Decimal

from app.models.enums import PurchaseChannel

from .. import money
from ..errors import QT_TRANSLATE_NOOP, ValidationError
from .table import Cell
from .values import ValueProblem, fold_text, shown

NOT_A_SALES_CHANNEL = QT_TRANSLATE_NOOP(
    "Import", "“{value}” is not a sales channel. Use one of: {choices}.")

#: Signs and local names of currencies, as written beside amounts (casefolded).
SIGNS: dict[str, str] = {
    "$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "₽": "RUB", "руб": "RUB",
    "р": "RUB", "¥": "CNY", "￥": "CNY", "元": "CNY", "rmb": "CNY", "сум": "UZS",
    "сўм": "UZS", "so'm": "UZS", "som": "UZS", "₸": "KZT", "тг": "KZT", "₩": "KRW",
    "₹": "INR", "₺": "TRY",
}
CHANNEL_WORDS: dict[str, tuple[str, ...]] = {
    PurchaseChannel.STORE.value: (
        "shop", "in store", "pos", "point of sale", "retail", "offline", "walk-in",
        "магазин", "в магазине", "офлайн", "касса", "розница", "门店", "店内", "线下",
        "实体店", "doʻkon", "дўкон", "oflayn"),
    PurchaseChannel.ONLINE.value: (
        "web", "website", "internet", "e-commerce", "app", "mobile app", "marketplace",
        "онлайн", "интернет", "сайт", "интернет-магазин", "приложение", "маркетплейс",
        "网上", "线上", "网店", "电商", "在线", "onlayn", "internet-doʻkon", "sayt", "ilova"),
    PurchaseChannel.PHONE.value: (
        "telephone", "call", "by phone", "phone order", "телефон", "по телефону", "звонок",
        "电话", "电话订购", "telefon", "telefon orqali", "qoʻngʻiroq", "қўнғироқ"),
    PurchaseChannel.OTHER.value: ("другое", "прочее", "其他", "boshqa", "бошқа"),
}
_CHANNELS = {fold_text(w): c for c, words in CHANNEL_WORDS.items() for w in (c, *words)}
_EDGES = re.compile(r"(?s)(\D*?)\s*(\d(?:.*\d)?)\s*(\D*)")
_APOSTROPHES = str.maketrans("ʻʼ’‘`´", "''''''")
_NOISE = Decimal("0.000001")


def split_currency(text: str) -> tuple[str, str | None]:
    """The amount of ``text`` and the currency written with it (None: none, or
    something that is not a currency, left in the amount for parse_amount to refuse)."""
    match = _EDGES.fullmatch(text.strip())
    if match is None:
        return text, None
    before, number, after = match.groups()
    found = {_sign(part) for part in (before, after) if part}
    if not found:
        return number, None
    if None in found or len(found) > 1:
        return text, None
    return number, found.pop()


def currency_of(text: str | None) -> str | None:
    """A currency code from a cell: a code ("usd") or a sign ("$", "soʻm")."""
    if text is None:
        return None
    sign = _sign(text)
    if sign is not None:
        return sign
    try:
        return money.normalize_currency(text)
    except ValidationError as exc:
        raise ValueProblem.of(exc) from None


def amount(cell: Cell, currency: str, mismatch: str) -> int:
    """Minor units of ``currency`` in a cell (module doc); ``mismatch`` is the message
    for an amount written in another currency. Raises ValueProblem."""
    try:
        if isinstance(cell, str):
            number, written = split_currency(cell)
            if written is not None and written != currency:
                raise ValueProblem(mismatch, value=shown(cell), found=written,
                                   currency=currency)
            return money.parse_amount(number, currency, field="total")
        if isinstance(cell, bool) or not isinstance(cell, int | float):
            raise ValidationError("total", money.AMOUNT_INVALID, value=shown(cell))
        if isinstance(cell, float) and not math.isfinite(cell):
            raise ValidationError("total", money.AMOUNT_INVALID, value=shown(cell))
        exact = Decimal(cell) if isinstance(cell, int) else Decimal(repr(cell))
        if exact < 0:
            raise ValidationError("total", money.AMOUNT_NEGATIVE)
        places = money.exponent(currency)
        scaled = exact.scaleb(places)
        whole = scaled.to_integral_value(rounding=ROUND_HALF_EVEN)
        if abs(scaled - whole) > _NOISE:
            raise ValidationError("total", money.AMOUNT_TOO_PRECISE, currency=currency,
                                  places=places, value=shown(cell))
        return money.check_minor(int(whole), field="total")
    except ValidationError as exc:
        raise ValueProblem.of(exc) from None


def channel(text: str | None) -> str | None:
    """A PurchaseChannel value from a cell's text; None for none."""
    if text is None:
        return None
    found = _CHANNELS.get(fold_text(text))
    if found is None:
        raise ValueProblem(NOT_A_SALES_CHANNEL, value=shown(text),
                           choices=", ".join(c.value for c in PurchaseChannel))
    return found


def _sign(text: str) -> str | None:
    key = text.strip().rstrip(".").casefold().translate(_APOSTROPHES)
    if key in SIGNS:
        return SIGNS[key]
    if len(key) == 3 and key.isascii() and key.isalpha():
        return key.upper()
    return None
