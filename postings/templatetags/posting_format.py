"""How an offer's facts read in French: pay, contract, place, hours."""

from __future__ import annotations

from decimal import Decimal

from django import template

from postings.models import Posting, SalaryPeriod

register = template.Library()

PERIOD_SUFFIX = {SalaryPeriod.HOUR: "heure", SalaryPeriod.MONTH: "mois", SalaryPeriod.YEAR: "an"}
NARROW_NBSP = "\u202f"


def euros(amount: Decimal | float | int) -> str:
    """2599 → "2 599", 11.88 → "11,88" (French grouping with narrow no-break spaces)."""
    amount = Decimal(str(amount))
    whole = amount == amount.to_integral_value()
    text = f"{amount:,.0f}" if whole else f"{amount:,.2f}"
    return text.replace(",", NARROW_NBSP).replace(".", ",")


@register.filter
def pay(posting: Posting) -> str:
    """ "2 599 – 2 810 € brut/mois", "11,88 € brut/heure", or the wording ("selon CCNT 51")."""
    low, high = posting.salary_min, posting.salary_max
    if low is None and high is None:
        return posting.salary_text or ""
    low = low if low is not None else high
    high = high if high is not None else low
    figures = euros(low) if low == high else f"{euros(low)} – {euros(high)}"
    kind = {True: " brut", False: " net", None: ""}[posting.salary_gross]
    period = PERIOD_SUFFIX.get(posting.salary_period)
    return f"{figures}\u00a0€{kind}" + (f"/{period}" if period else "")


@register.filter
def contract(posting: Posting) -> str:
    """ "CDD (12 mois)", "CDI", "" when unknown."""
    if not posting.contract_type:
        return ""
    label = posting.get_contract_type_display()
    if posting.duration_months:
        return f"{label} ({posting.duration_months}\u00a0mois)"
    return label


@register.filter
def place(posting: Posting) -> str:
    """ "L'Île-Saint-Denis (93)", or the département's name when the commune is unknown."""
    if posting.city and posting.department:
        return f"{posting.city} ({posting.department})"
    return posting.city or posting.department_label


@register.filter
def hours(posting: Posting) -> str:
    """ "35 h par semaine, temps plein", "Temps partiel", ""."""
    parts = []
    if posting.hours_per_week:
        value = posting.hours_per_week.normalize()
        parts.append(f"{str(value).replace('.', ',')}\u00a0h par semaine")
    if posting.full_time is not None:
        parts.append("temps plein" if posting.full_time else "temps partiel")
    return ", ".join(parts).capitalize() if parts else ""
