"""Money as a person reads it: the amount in the user's locale and the currency code."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from ..services import money


def format_money(minor: int, currency: str, *, locale: QLocale | None = None,
                 decimals: bool = True) -> str:
    """"1,250.00 USD" (or "1 250,00 USD" in Russian); ``decimals=False`` rounds to whole
    units for the board's narrow headers. Exact to the cent below 2**53 minor units."""
    places = money.exponent(currency) if decimals else 0
    amount = float(money.to_decimal(minor, currency))
    text = (locale or QLocale()).toString(amount, "f", places)
    return f"{text} {currency}"
