"""How a date written without its year gets one.

A date without a year takes it from the posting's own context, in this order: the posting's
publication date ("Publiée le 21/01/2026", "Posté le", "Date de parution"...), then the
nearest date of the text that has a year (within a few lines and not years older than the
latest one), then the season the posting names ("saison 2026-2027", "année scolaire
2026/2027": September to December in its first year, January to July in its second), then
the earliest of the text's recent dates (older ones are laws and foundings), then
`doc.reference_date` (which also wins over a neighbour more than a year away from it).
Without any of these it is dropped: a date whose year is a guess is worse than no date.

A weekday pins the year: "mercredi 9 décembre" is in the year, among the inferred one and
the years beside it, where the 9th of December is a Wednesday; such a date then lends its
year to the year-less dates near it ("avant le 4/12 … audition le mercredi 9 décembre").
A weekday alone gives no year: a text without any year ("jeudi 19 juin") has no dates.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta

_NEAR = 300  # characters: a few lines of a posting
# "saison 2026-2027", "année scolaire 2026/2027", "2026-27": two years in a row.
# The look-behind comes after the first "2" so that `re` can jump from one "20" to the next
# (a pattern opening on a look-behind is tried at every character).
_SEASON = re.compile(r"(2(?<![\d/.-]2)0\d\d) ?[-/] ?(20\d\d|\d\d)(?![\d/-]|[.,]\d)")
_SEASON_START = 8  # a season's first year runs from August
_MAX_SEASONS = 50


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
    weekday: int | None = None  # "mercredi 9 décembre": 2 (Monday is 0)


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


def _has_near_neighbour(raw: RawDate, dated: list[tuple[int, date]]) -> bool:
    """A dated mention within a few lines, not years older than the text's latest one."""
    if not dated:
        return False
    index = bisect_left(dated, (raw.start, date.min))
    around = [dated[i] for i in (index - 1, index) if 0 <= i < len(dated)]
    position, anchor = min(around, key=lambda item: abs(item[0] - raw.start))
    latest = max(value for _, value in dated)
    return abs(position - raw.start) <= _NEAR and latest.year <= anchor.year + 1


def _without_posting_date(
    raw: RawDate, dated: list[tuple[int, date]], reference: date | None, season: int | None
) -> date | None:
    if season is not None and not _has_near_neighbour(raw, dated):
        return make_date(raw, season if raw.month >= _SEASON_START else season + 1)
    anchor = _neighbour(raw, dated) if dated else None
    # A neighbour years away from the day the posting was pasted is another story's date.
    if reference is not None and (anchor is None or abs(anchor.year - reference.year) > 1):
        return _future_year(raw, reference)
    return _nearest_year(raw, anchor) if anchor is not None else None


def seasons(folded: str) -> int | None:
    """The first year of the latest season the text names ("saison 2026-2027"), or None."""
    latest = None
    for count, match in enumerate(_SEASON.finditer(folded)):
        if count >= _MAX_SEASONS:
            break
        first, second = int(match[1]), match[2]
        if int(second[-2:]) == (first + 1) % 100 and (latest is None or first > latest):
            latest = first
    return latest


def _inferred(
    raw: RawDate,
    posted: date | None,
    dated: list[tuple[int, date]],
    reference: date | None,
    season: int | None,
) -> date | None:
    if posted is not None:
        return _future_year(raw, posted)
    return _without_posting_date(raw, dated, reference, season)


def _on_its_weekday(raw: RawDate, value: date) -> date | None:
    """The date in `value`'s year or a year beside it where it falls on its written weekday."""
    for shift in (0, -1, 1):
        other = make_date(raw, value.year + shift)
        if other is not None and other.weekday() == raw.weekday:
            return other
    return None


def infer_years(
    raws: list[RawDate],
    posted: date | None,
    reference: date | None,
    season: int | None = None,
) -> list[DateMention]:
    """The mentions with their years: as written, or inferred (see the module docstring)."""
    dated = [(raw.start, value) for raw in raws if raw.year and (value := make_date(raw, raw.year))]
    pinned: dict[int, date] = {}
    for raw in raws:  # first the dates a weekday pins: they lend their year to their neighbours
        # (A publication date is surer than a weekday, which old texts reused get wrong.)
        if raw.year is None and raw.weekday is not None and posted is None:
            value = _inferred(raw, posted, dated, reference, season)
            if value is not None and (on_day := _on_its_weekday(raw, value)) is not None:
                pinned[raw.start] = on_day
    if pinned:
        dated = sorted(dated + list(pinned.items()))
    mentions = []
    for raw in raws:
        if raw.year is not None:
            value = make_date(raw, raw.year)
        elif raw.start in pinned:
            value = pinned[raw.start]
        else:
            value = _inferred(raw, posted, dated, reference, season)
        if value is not None:
            mention = DateMention(value, raw.start, raw.end, raw.year is not None, raw.has_day)
            mentions.append(mention)
    return mentions
