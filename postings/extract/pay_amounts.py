"""Sums of money in a posting: French number formats, currency marks and ranges.

`find_amounts(doc)` returns every figure that a currency sign or word ("€", "euros", "EUR",
"k€") or a pay keyword ("Salaire : 2000 brut") makes a sum of money, as an `Amount`: one
figure or a range ("entre 2 200 et 2 500 €", "de 28 à 32 k€", "2599 € / 2810 €"), in
euros (thousands already multiplied). It says nothing about what the sum pays for: that is
`pay_context`'s job. Regexes run on `doc.folded` (lower case, no accents, same offsets).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from heapq import merge

from postings.extract.text import Doc

# A posting never holds this many sums; past it the text is not a posting (and the rules
# stay fast on adversarial input).
MAX_AMOUNTS = 300

# "2 599", "2.599", "2,500", "28 000,00", "1900,00", "11,88", "26": thousands groups of three
# after a space, dot or comma (capped so that a long run of digit groups stays linear), then
# up to two decimals. The look-behind keeps a match from starting inside a number or word.
_NUMBER = (
    r"(?<![\w.,])(?P<{p}num>\d{{1,3}}(?:[ .,]\d{{3}}){{1,3}}(?!\d)|\d{{1,9}})"
    r"(?:[.,](?P<{p}dec>\d{{1,2}}))?(?!\d)"
)
_CURRENCY = r"(?:€|euros?\b|eur\b)"
# "26k€", "26 K€", "26 k euros", "30k" (the last only counts beside a pay keyword).
_THOUSANDS = r"\s?(?P<{p}k>k)(?:\s?(?P<{p}kcur>" + _CURRENCY + r")|(?![a-z0-9]))"


def _figure(prefix: str) -> str:
    """A number, optionally in thousands, optionally followed by a currency mark."""
    return (
        _NUMBER.format(p=prefix)
        + "(?:"
        + _THOUSANDS.format(p=prefix)
        + r"|\s?(?P<"
        + prefix
        + r"cur>"
        + _CURRENCY
        + "))?"
    )


_FIGURE = re.compile(_figure(""))
# A sum with its currency: "2 599,00 €", "1 800 euros", "26k€", "€2,500", "30K". Without a
# "€" before it, the match must end on a currency or "k" (the last letter of "€", "euros",
# "euro", "eur", "k"): a bare number is not money.
_MONEY = re.compile(r"(?P<pre>€\s?)?" + _figure("") + r"(?(pre)|(?<=[€sork]))")
# What joins the two ends of a range: "2200-2500", "de 28 à 32", "entre … et …", "25/30",
# "from 30 to 35", "à partir de … et jusqu'à …", "35 000 €/an - 40 000 €/an"; then the upper
# end, possibly with its own € before it.
_RANGE_TAIL = re.compile(
    r"\s?" + _CURRENCY + r"?(?:\s?/\s?(?:an|mois|h|heure|year|month|hour)\b|\s(?:bruts?|nets?)\b)?"
    r"\s*(?:-{1,2}|/|\ba\b|\bau\b|(?:\bet )?jusqu'a|\bet\b|\bto\b|~)\s*(?:€\s?)?" + _figure("")
)
# The lower end of a range whose currency only follows the upper end ("de 28 à 32 k€"),
# read backwards from the upper end.
_RANGE_HEAD = re.compile(
    r"(?:^|[^\d.,/])(?P<num>\d{1,3}(?:[ .,]\d{3}){1,3}|\d{1,9})(?:[.,](?P<dec>\d{1,2}))?"
    r"(?:\s?(?P<k>k))?\s*(?:-{1,2}|/|\ba\b|\bet\b|\bto\b|~)\s*(?:€\s?)?$"
)
# Words allowed right after a figure that has no currency of its own ("2000 brut par mois");
# any other word ("35 h", "24 mois", "3 postes", "50 %") or a colon ("Salaires 2025 :")
# makes it something else than money.
_MONEY_WORD_AFTER = re.compile(
    r"(?m)\s*(?:$|[^\w%°'\s/:]|/\s?(?:mois|an|h|heure|month|year|hour)\b|(?:bruts?|brutes?"
    r"|nets?|nettes?|gross|bab|mensuel\w*|annuel\w*|horaire|par (?:mois|an|heure)|de l'heure"
    r"|sur 1[23] mois)\b)"
)


@dataclass(frozen=True, slots=True)
class Amount:
    """A sum of money: `low` (and `high` for a range) in euros, where it is written.

    `money` is true when a currency mark is written beside it (else a pay keyword made it a
    sum); `thousands` when it was given in k€, which French postings only do for a year.
    """

    low: float
    high: float
    start: int
    end: int
    money: bool
    thousands: bool

    @property
    def is_range(self) -> bool:
        return self.high != self.low


def parse_number(digits: str, decimals: str | None = None) -> float:
    """The value of a number as `_NUMBER` matched it: "2 599" + "00" → 2599.0."""
    whole = re.sub(r"\D", "", digits)
    return float(f"{whole}.{decimals}") if decimals else float(whole)


def _end_value(match: re.Match[str]) -> tuple[float, bool, bool]:
    """(value, given in thousands, has a currency) of a `_figure("")` match."""
    value = parse_number(match["num"], match["dec"])
    thousands = match["k"] is not None
    has_currency = bool(match["cur"] or match["kcur"])
    return value * 1000 if thousands else value, thousands, has_currency


def _plausible_pair(low: float, high: float) -> bool:
    # Two ends of one pay range are of the same order ("2 200 - 2 500"); "1 800 € - 35 h"
    # or "2 000 € et 200 € de prime" are two different things.
    return low > 0 and high > 0 and 1 / 3 <= high / low <= 3


def _with_upper_end(doc: Doc, low: Amount) -> Amount:
    """`low` extended to a range when a second figure follows ("2200-2500 €")."""
    tail = _RANGE_TAIL.match(doc.folded, low.end, min(len(doc.folded), low.end + 40))
    if tail is None or "\n" in tail.group():
        return low
    high, high_k, high_cur = _end_value(tail)
    if not (high_cur or high_k or low.money) and not _MONEY_WORD_AFTER.match(
        doc.folded, tail.end()
    ):
        return low
    if "/" in tail.group() and not (high_cur or high_k):
        return low  # "2 000 €/13 mois"-like slashes need money on both sides
    value = low.low
    if high_k and not low.thousands and value < 1000:
        value *= 1000  # "25k - 29k€" written "25 - 29 k€"
    if low.thousands and not high_k and high < 1000:
        high *= 1000  # "25k à 29"
    if not _plausible_pair(value, high):
        return low
    value, high = min(value, high), max(value, high)
    money = low.money or high_cur
    return Amount(value, high, low.start, tail.end(), money, low.thousands or high_k)


def _with_lower_end(doc: Doc, high: Amount, line_start: int) -> Amount:
    """`high` extended to a range when a bare figure and a joining word precede it."""
    window_start = max(line_start, high.start - 40)
    head = _RANGE_HEAD.search(doc.folded[window_start : high.start])
    if head is None:
        return high
    low = parse_number(head["num"], head["dec"])
    if head["k"] or (high.thousands and low < 1000):
        low *= 1000
    elif low < 1000 <= high.low / 10 and _plausible_pair(low * 1000, high.low):
        low *= 1000  # "entre 30 et 35 000 €": thousands said once for both ends
    if not _plausible_pair(low, high.low):
        return high
    start = window_start + head.start("num")
    return Amount(min(low, high.low), max(low, high.low), start, high.end, True, high.thousands)


def _amount_of(match: re.Match[str]) -> Amount | None:
    value, thousands, has_currency = _end_value(match)
    has_currency = has_currency or match["pre"] is not None
    if not (has_currency or thousands) or value <= 0:
        return None
    return Amount(value, value, match.start(), match.end(), has_currency, thousands)


_DIGITS = re.compile(r"\d+")


def money_matches(folded: str) -> Iterator[re.Match[str]]:
    """The matches of `_MONEY.finditer(folded)`, found faster.

    A sum starts on a "€" or on the first digit of a run (its look-behind refuses a digit
    after a digit), so the pattern is only tried there: `re` cannot skip to those places by
    itself, the pattern opening on an optional group, and tries every character otherwise.
    """
    euros = []
    pos = folded.find("€")
    while pos != -1:
        euros.append(pos)
        pos = folded.find("€", pos + 1)
    starts = (run.start() for run in _DIGITS.finditer(folded))
    resume = 0
    for start in merge(euros, starts):
        if start < resume:
            continue
        match = _MONEY.match(folded, start)
        if match is not None:
            resume = max(match.end(), start + 1)
            yield match


def find_amounts(doc: Doc) -> list[Amount]:
    """Every sum written with a currency mark or in k, ranges joined, in text order."""
    amounts: list[Amount] = []
    consumed_until = -1
    for match in money_matches(doc.folded):
        if match.start() < consumed_until:
            continue  # the upper end of a range already read
        amount = _amount_of(match)
        if amount is None:
            continue
        line = doc.line_at(amount.start)
        amount = _with_upper_end(doc, amount)
        if not amount.is_range:
            amount = _with_lower_end(doc, amount, line.start)
        amounts.append(amount)
        consumed_until = amount.end
        if len(amounts) >= MAX_AMOUNTS:
            break
    return amounts


def figure_after_keyword(doc: Doc, pos: int, limit: int) -> Amount | None:
    """A figure without currency starting at `pos` ("2000 brut", "28-32k"), else None.

    The caller has checked that a pay keyword leads to `pos`; here the figure must be
    followed by a money word, a range, or the end of the clause, never by a unit of time,
    a count or a percentage.
    """
    match = _FIGURE.match(doc.folded, pos, limit)
    if match is None or match.start() != pos:
        return None
    value, thousands, has_currency = _end_value(match)
    if value <= 0:
        return None
    amount = Amount(value, value, match.start(), match.end(), has_currency, thousands)
    ranged = _with_upper_end(doc, amount)
    if not (has_currency or thousands or ranged.is_range) and not _MONEY_WORD_AFTER.match(
        doc.folded, ranged.end
    ):
        return None
    return ranged
