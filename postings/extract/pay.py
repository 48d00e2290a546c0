"""Pay: figures as stated (min, max, period, gross) or the wording when there is no figure.

Also the one place where a stated pay becomes a gross monthly figure (`monthly_gross`), used by
the extractor and by the `Posting` model alike.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from postings.extract.text import Doc, Found

# Legal monthly hours of a full-time job in France (35 h × 52 / 12).
HOURS_PER_MONTH = 151.67
# Net → gross for a private-sector employee (about 22 % of employee contributions).
NET_TO_GROSS = 0.78


def monthly_gross(
    amount: float | Decimal | None, period: str | None, gross: bool | None
) -> int | None:
    """Gross monthly euros of a stated pay: year ÷ 12, hour × 151.67, net ÷ 0.78.

    A pay whose gross/net is not said is taken as gross (French postings state brut by
    default). None when there is no amount or no period.
    """
    if amount is None or period not in ("HOUR", "MONTH", "YEAR"):
        return None
    value = float(amount)
    if period == "YEAR":
        value /= 12
    elif period == "HOUR":
        value *= HOURS_PER_MONTH
    if gross is False:
        value /= NET_TO_GROSS
    return round(value)


def monthly_range(
    low: float | Decimal | None,
    high: float | Decimal | None,
    period: str | None,
    gross: bool | None,
) -> tuple[int | None, int | None]:
    """`monthly_gross` of both bounds; a single figure is both bounds."""
    low, high = (low if low is not None else high), (high if high is not None else low)
    return monthly_gross(low, period, gross), monthly_gross(high, period, gross)


def extract_pay(doc: Doc, found: Mapping[str, Found]) -> dict[str, Found]:
    """Keys `salary_min`, `salary_max`, `salary_period`, `salary_gross`, `salary_text`."""
    return {}
