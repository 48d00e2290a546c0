"""Pay: figures as stated (min, max, period, gross) or the wording when there is no figure.

Also the one place where a stated pay becomes a gross monthly figure (`monthly_gross`), used by
the extractor and by the `Posting` model alike.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal

from postings.extract.pay_choice import HOURLY_BELOW, best_pay
from postings.extract.pay_context import PayContext
from postings.extract.pay_wording import find_pay_wording
from postings.extract.text import Doc, Found

# Legal monthly hours of a full-time job in France (35 h × 52 / 12).
HOURS_PER_MONTH = 151.67
# Net → gross for a private-sector employee (about 22 % of employee contributions).
NET_TO_GROSS = 0.78

# Plausible gross monthly pay of any job, intern or volunteer included (service civique is
# about 620 €, a director rarely above 10 000 €): outside, the figure is not trusted.
PLAUSIBLE_MONTHLY = (100, 20_000)
# Where one period's figures end and the next one's begin: 11,88 € is an hour, 2 200 € a
# month, 28 000 € a year. Used to read a figure whose period is not written, and to catch a
# period written wrong ("1 800 € annuels").
MONTHLY_BELOW = 10_000
YEARLY_FROM = 5_000
# A "monthly" 12 € is an hourly pay written wrong; a "monthly" 80 € is no pay at all.
HOURLY_AT_MOST = 40
# A trainer or consultant may charge up to a few hundred euros an hour.
FREELANCE_HOURLY_BELOW = 500
_PERIOD_WORDS = {"HOUR": "horaire", "MONTH": "mensuel", "YEAR": "annuel"}


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
    """Keys `salary_min`, `salary_max`, `salary_period`, `salary_gross`, `salary_text`.

    Figures are the base pay as stated (no conversion; a single figure is both min and max,
    "à partir de 12,40 € de l'heure" and "jusqu'à 35 000 €" included, as the SCHEMA's labels
    read them). Without a figure,
    `salary_text` is the wording ("selon CCN 66"). May add a French "warning" when a figure's
    period was written wrong (and corrected) or the figure is implausible (and dropped).
    """
    contract = found.get("contract_type")
    freelance = contract is not None and contract.value == "FREELANCE"
    context = best_pay(doc, freelance=freelance)
    if context is None:
        return _wording_only(doc)
    return _figures(context, freelance=freelance)


def _period_of(context: PayContext, *, freelance: bool) -> tuple[str | None, str | None]:
    """(period, warning): the written period, corrected when the figure contradicts it.

    The period is None when no reading makes the figure a pay ("50 € par an").
    """
    value, stated = context.amount.high, context.period
    by_size = "HOUR" if value < HOURLY_BELOW else "MONTH" if value < MONTHLY_BELOW else "YEAR"
    if stated is None:
        return ("YEAR" if context.amount.thousands else by_size), None
    hourly_below = FREELANCE_HOURLY_BELOW if freelance else HOURLY_BELOW
    wrong = (
        (stated == "YEAR" and value < YEARLY_FROM)
        or (stated == "HOUR" and value >= hourly_below)
        or (stated == "MONTH" and (value >= MONTHLY_BELOW or value < HOURLY_BELOW))
    )
    if not wrong:
        return stated, None
    if by_size == "HOUR" and (stated == "YEAR" or value >= HOURLY_AT_MOST):
        return None, None  # "50 € par an", "80 € par mois": no pay at all
    return by_size, (
        f"Le salaire de {_euros(value)} est indiqué comme {_PERIOD_WORDS[stated]} : il a été "
        f"lu comme {_PERIOD_WORDS[by_size]}. Vérifiez la période du salaire."
    )


def _figures(context: PayContext, *, freelance: bool) -> dict[str, Found]:
    """The salary fields of the chosen sum, or only a warning when it is implausible."""
    amount, span = context.amount, (context.start, context.end)
    period, warning = _period_of(context, freelance=freelance)
    monthly = monthly_gross(amount.high, period, context.gross)
    low, high = PLAUSIBLE_MONTHLY
    # A freelancer's rate is not a month's work: only its floor is checked.
    if monthly is None or monthly < low or (monthly > high and not freelance):
        message = (
            f"Le salaire indiqué ({_euros(amount.high)}) semble invraisemblable et n'a pas été "
            "repris : vérifiez-le."
        )
        return {"warning": Found(message, *span)}
    result = {
        "salary_period": Found(period, *span),
        "salary_min": Found(_number(amount.low), *span),
        "salary_max": Found(_number(amount.high), *span),
    }
    if context.gross is not None:
        result["salary_gross"] = Found(context.gross, *span)
    if warning is not None:
        result["warning"] = Found(warning, *span)
    return result


def _wording_only(doc: Doc) -> dict[str, Found]:
    """`salary_text` (and brut/net when the wording says it) for a posting without figure."""
    wording = find_pay_wording(doc)
    if wording is None:
        return {}
    result = {"salary_text": wording}
    # "Salaire brut : selon CCN 66": the label before the wording says brut too.
    said = _GROSS_OR_NET.search(doc.folded, doc.line_at(wording.start).start, wording.end)
    if said is not None:
        result["salary_gross"] = Found(said["gross"] is not None, wording.start, wording.end)
    return result


_GROSS_OR_NET = re.compile(r"\b(?:(?P<gross>bruts?|brutes?|gross)|nets?|nettes?)\b")


def _number(value: float) -> int | float:
    """2599.0 → 2599; 3012.5 stays 3012.5 (the SCHEMA's numbers are as stated)."""
    return int(value) if value == int(value) else round(value, 2)


def _euros(value: float) -> str:
    """A sum the French way: "1 800 €", "11,88 €"."""
    text = f"{value:,.0f}" if value == int(value) else f"{value:,.2f}"
    return text.replace(",", "\u202f").replace(".", ",") + "\u00a0€"
