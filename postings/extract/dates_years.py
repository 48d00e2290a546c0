"""How a date written without its year gets one.

A date without a year takes it from the posting's own context, in this order: the posting's
publication date ("Publiée le 21/01/2026", "Posté le", "Date de parution"...), then the
nearest date of the text that has a year (within a few lines and not years older than the
latest one, else the earliest of the recent ones: older ones are laws and foundings), then
`doc.reference_date` (which also wins over a neighbour more than a year away from it).
Without any of these it is dropped: a date whose year is a guess is worse than no date.
"""

from __future__ import annotations

from bisect import bisect_left
from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta

_NEAR = 300  # characters: a few lines of a posting


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date written in the text ("15 septembre 2024", "15/09/24", "le 2 mai").

    `has_year` is False when the year was inferred; `has_day` is False for a month-level
    mention ("septembre 2024": the 1st; "fin août": the last day; "mi-mai": the 15th).
    """

    value: date
    start: int
    end: int
    has_year: bool
    has_day: bool = True


@dataclass(slots=True)
class RawDate:
    """A date as read, its year possibly missing (`day_rule`: see `make_date`)."""

    start: int
    end: int
    day: int
    month: int
    year: int | None
    has_day: bool
    day_rule: str = ""  # month-level: "" first day, "fin" last day, "mi" the 15th


def make_date(raw: RawDate, year: int) -> date | None:
    """The date `raw` names in `year` (None if it does not exist, or the year is implausible)."""
    if not 1 <= raw.month <= 12 or not 1990 <= year <= 2100:
        return None
    last = monthrange(year, raw.month)[1]
    day = last if raw.day_rule == "fin" else 15 if raw.day_rule == "mi" else raw.day
    return date(year, raw.month, day) if 1 <= day <= last else None


def _future_year(raw: RawDate, anchor: date) -> date | None:
    """The year putting the date from two months before `anchor` to ten months after it."""
    value = make_date(raw, anchor.year)
    if value is not None and value < anchor - timedelta(days=62):
        value = make_date(raw, anchor.year + 1)
    return value


def _neighbour(raw: RawDate, dated: list[tuple[int, date]]) -> date:
    """The dated mention a date without year borrows its year from: the nearest one within a
    few lines, else the earliest of the text's recent ones (within a year of the latest: older
    ones are laws, foundings, past projects). A posting writes the years of its far dates
    (the start, the end) and leaves them out of the near ones (the deadline, the interviews),
    so a lone year-less date is closest to the earliest."""
    index = bisect_left(dated, (raw.start, date.min))
    around = [dated[i] for i in (index - 1, index) if 0 <= i < len(dated)]
    position, anchor = min(around, key=lambda item: abs(item[0] - raw.start))
    latest = max(value for _, value in dated)
    if abs(position - raw.start) > _NEAR or latest.year > anchor.year + 1:
        return min(value for _, value in dated if value.year >= latest.year - 1)
    return anchor


def _nearest_year(raw: RawDate, anchor: date) -> date | None:
    """The year of `anchor`, or the year before or after it when that puts the date over a
    month closer to it ("avant le 20 décembre ... 5 janvier 2026")."""
    best = make_date(raw, anchor.year)
    for shift in (-1, 1):
        other = make_date(raw, anchor.year + shift)
        if other is None:
            continue
        if best is None or abs((other - anchor).days) + 31 < abs((best - anchor).days):
            best = other
    return best


def _without_posting_date(
    raw: RawDate, dated: list[tuple[int, date]], reference: date | None
) -> date | None:
    anchor = _neighbour(raw, dated) if dated else None
    # A neighbour years away from the day the posting was pasted is another story's date.
    if reference is not None and (anchor is None or abs(anchor.year - reference.year) > 1):
        return _future_year(raw, reference)
    return _nearest_year(raw, anchor) if anchor is not None else None


def infer_years(
    raws: list[RawDate], posted: date | None, reference: date | None
) -> list[DateMention]:
    """The mentions with their years: as written, or inferred (see the module docstring)."""
    dated = [(raw.start, value) for raw in raws if raw.year and (value := make_date(raw, raw.year))]
    mentions = []
    for raw in raws:
        if raw.year is not None:
            value = make_date(raw, raw.year)
        elif posted is not None:
            value = _future_year(raw, posted)
        else:
            value = _without_posting_date(raw, dated, reference)
        if value is not None:
            mention = DateMention(value, raw.start, raw.end, raw.year is not None, raw.has_day)
            mentions.append(mention)
    return mentions
