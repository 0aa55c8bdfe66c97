"""Money in a workbook: a number in major units under a number format naming the currency.

A cell holds 1250.5 and shows "1,250.50 USD": a spreadsheet can sum it, and the reader
sees the currency (a column of deals may mix several, so the format is per cell). The
number is the amount as a double, exact to the minor unit for every amount Rapport
stores (money.MAX_MINOR). In CSV, money is money.plain_text ("1250.50"): digits, a
point, no grouping, which every spreadsheet reads as a number in any locale.
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import money


@dataclass(frozen=True)
class MoneyCell:
    """An amount for an export row: minor units and the currency's code."""

    minor: int
    currency: str

    @property
    def major(self) -> float:
        """The amount in major units, as the number a workbook cell holds."""
        return float(money.to_decimal(self.minor, self.currency))

    def __str__(self) -> str:
        return money.plain_text(self.minor, self.currency)


def number_format(currency: str) -> str:
    """The workbook number format of an amount of ``currency``: grouped thousands, the
    currency's decimal places, then its code ("#,##0.00 \\"USD\\"")."""
    places = money.exponent(currency)
    digits = "#,##0" + ("." + "0" * places if places else "")
    code = "".join(ch for ch in currency if ch.isalnum())
    return f'{digits} "{code}"'
