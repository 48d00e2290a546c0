"""Periods: date ranges ("du 01/03/2026 au 28/02/2027", "septembre - décembre 2024",
"3-7 novembre 2025") and the stated end of a contract ("Date de fin de CDD 31/12/2025",
"Fin : septembre 2025", "CDD jusqu'au 31 août 2026").

A range is the contract's period only when its sentence speaks of no training, event or
project (the leave of the person replaced is none: "remplacement congé maternité") and
either speaks of the contract (CDD, contrat, stage, mission...) or counts whole
months ("de septembre 2026 à juin 2027") — a bracket after it may name the contract (« du 4
janvier au 6 juillet (CDD de 6 mois) »), a yearly season (« chaque année, de mars à août »)
is none — or when it stands alone on its line and lasts at
least four weeks (a posting's bare "9 février - 9 juillet 2026" under the contract's name).
Start dates and contract lengths both read these periods.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from datetime import date
from itertools import pairwise

from postings.extract.dates_parse import scan
from postings.extract.dates_words import clause_before, matches_at
from postings.extract.dates_years import DateMention
from postings.extract.text import Doc

_BETWEEN = re.compile(
    r"\s{0,3}(?:-{1,2}|au|a|>|jusqu'(?:au|a|en)|to|until)\s{0,3}(?:le\s|the\s)?(?:-\s)?"
)
_DAY_BEFORE = re.compile(
    r"(?:\b(?:du|from)\s{1,3})?(?<![\d/.,])(?P<d>[0-3]?\d)(?:er)?\s{0,3}(?:-|au|a)\s{0,3}$"
)
_FROM = re.compile(r"\b(?:du|de|from|periode)\s{1,3}:?\s{0,2}$")

CONTRACT_WORDS = re.compile(
    r"\b(?:cdd|cddi|cdi|contrat|stage|mission|periode|alternance|apprentissage|engagement"
    r"|volontariat|service civique|remplacement|poste|duree|emploi|embauche|dates?)\b"
)
# What else a posting gives dates for: trainings, events, projects, leave, interviews.
OTHER_PERIODS = re.compile(
    r"\b(?:preparation|formations?|seminaires?|sessions?|conges?|fermeture|festival|salon"
    r"|evenements?|entretiens?|jury|vacances|ouverture|projets?|programmes?|conventions?"
    r"|exercice|saison|plan|subventions?|financements?|marches?|candidatures?|publication"
    r"|inscriptions?|sejours?|chantiers?|accueil)\b"
)
# A period that comes back every year is the activity's season, not the contract's: « Chaque
# année, de mars à août, les plages accueillent les pontes », « tous les ans, de juin à … ».
_RECURRING = re.compile(
    r"\b(?:chaque (?:annee|ete|hiver|printemps|automne|saison)|tous les ans|d'annee en annee"
    r"|habituellement|traditionnellement)\b"
)
# The leave of the person a CDD replaces is no other period: "CDD de remplacement (congé
# maternité), du 3 novembre au 30 avril", "remplacement d'un congé de formation, du …".
_LEAVE = re.compile(
    r"\bconges? (?:de |d'|pour )?(?:maternite|paternite|parental|maladie|longue (?:maladie|duree)"
    r"|formation|sabbatique|creation d'entreprise|sans solde|de naissance|d'adoption)\w*"
)
_END_WORDS = ("date de fin", "fin", "end")
_END_LABEL = re.compile(
    r"(?:\bdate de fin(?: (?:de |du |d')?(?:cdd|cddi|contrat|mission|stage|l'engagement"
    r"|la mission|volontariat|engagement))?|\bfin (?:du |de |d')(?:cdd|cddi|contrat|mission"
    r"|stage|l'engagement|la mission|volontariat|service civique|alternance)"
    r"|(?<![\w'-])fin\s{0,3}(?=:)|\bend(?: date)?\s{0,3}(?=:))"
    r"\s{0,3}[:-]?\s{0,3}(?:prevue?\s{0,3})?(?:le\s|au\s|en\s)?"
)
# Only in a sentence about the contract: "le CDD se terminera le", not "le projet".
_END_WORDS_IN_SENTENCE = ("jusqu'", "se termin", "prendra fin", "s'achev")
_UNTIL = re.compile(
    r"\b(?:jusqu'(?:au|a|en)|(?:se terminera|prendra fin|se termine|s'achevera)(?: le| au| en)?)"
    r"\s{0,3}(?:fin\s)?"
)


@dataclass(frozen=True, slots=True)
class DateRange:
    """Two dates written as one period; `start`/`end` span the whole phrase."""

    first: DateMention
    last: DateMention
    start: int
    end: int


def _day_before(doc: Doc, mention: DateMention) -> DateRange | None:
    """ "3-7 novembre 2025", "du 1er au 15 mars": the first date is a bare day number."""
    window = doc.folded[max(0, mention.start - 16) : mention.start]
    match = _DAY_BEFORE.search(window)
    if match is None or not mention.has_day:
        return None
    day = int(match["d"])
    if not 1 <= day < mention.value.day:
        return None
    first_start = mention.start - len(window) + match.start("d")
    first = DateMention(
        mention.value.replace(day=day), first_start, first_start + len(match["d"]), mention.has_year
    )
    return DateRange(first, mention, mention.start - len(window) + match.start(), mention.end)


def _year_before(day: date) -> date:
    return day.replace(year=day.year - 1, day=min(day.day, 28 if day.month == 2 else day.day))


def find_ranges(doc: Doc) -> list[DateRange]:
    """Every "X - Y" / "du X au Y" / "X > Y" period of the text whose end follows its start."""
    mentions = scan(doc).mentions
    ranges: list[DateRange] = []
    for first, last in pairwise(mentions):
        between = doc.folded[first.end : last.start]
        if len(between) > 16 or not _BETWEEN.fullmatch(between):
            continue
        if first.value >= last.value and not first.has_year:  # "1er novembre au 31 janvier 2027"
            first = replace(first, value=_year_before(first.value))
        if first.value >= last.value:
            continue
        window_start = max(0, first.start - 12)
        before = _FROM.search(doc.folded[window_start : first.start])
        start = window_start + before.start() if before else first.start
        ranges.append(DateRange(first, last, start, last.end))
    taken = {item.last.start for item in ranges}
    for mention in mentions:
        if mention.start not in taken and (found := _day_before(doc, mention)):
            ranges.append(found)
    return sorted(ranges, key=lambda item: item.start)


def _stands_alone(doc: Doc, item: DateRange) -> bool:
    line = doc.line_at(item.start)
    rest = doc.folded[line.start : item.start] + doc.folded[item.end : line.end]
    if rest.strip(" -*:;.,()") or (item.last.value - item.first.value).days < 28:
        return False
    above = [doc.folded[ln.start : ln.end] for ln in doc.lines[max(0, line.index - 3) : line.index]]
    return not any(OTHER_PERIODS.search(text) for text in above)


def contract_ranges(doc: Doc) -> list[DateRange]:
    """The ranges that give the contract's own period (see the module docstring)."""
    found = []
    for item in find_ranges(doc):
        line = doc.line_at(item.start)
        after = doc.folded[item.end : min(line.end, item.end + 40)]
        before = clause_before(doc, item.start)
        context = before + after.split("(")[0]  # "(hors vacances scolaires)" aside
        other = OTHER_PERIODS.search(_LEAVE.sub(" ", context)) or _RECURRING.search(context)
        # "de septembre 2026 à juin 2027": whole months are a period of work, not an event;
        # a bracket after the period may name the contract: « du 4 janvier au 6 juillet (CDD) »
        months = not item.first.has_day and not item.last.has_day
        named = CONTRACT_WORDS.search(context) or CONTRACT_WORDS.search(before + after)
        if (not other and (named or months)) or _stands_alone(doc, item):
            found.append(item)
    return found


def first_after(mentions: list[DateMention], pos: int, reach: int) -> DateMention | None:
    """The first mention starting from `pos` to `pos + reach` (mentions in text order)."""
    index = bisect_left(mentions, pos, key=lambda mention: mention.start)
    if index < len(mentions) and mentions[index].start <= pos + reach:
        return mentions[index]
    return None


def contract_end(doc: Doc) -> tuple[DateMention, int] | None:
    """The contract's stated last day and where its wording starts, if the text gives one.

    Read from an end label ("Date de fin de CDD", "Fin :", "se terminera le") or from
    "jusqu'au <date>" in a sentence about the contract (not about applications).
    """
    mentions = scan(doc).mentions
    for match in matches_at(doc.folded, _END_WORDS, _END_LABEL):
        mention = first_after(mentions, match.end(), 3)
        if mention is not None:
            return mention, match.start()
    for match in matches_at(doc.folded, _END_WORDS_IN_SENTENCE, _UNTIL):
        mention = first_after(mentions, match.end(), 3)
        if mention is None:
            continue
        clause = clause_before(doc, match.start())
        if CONTRACT_WORDS.search(clause) and not OTHER_PERIODS.search(clause):
            return mention, match.start()
    return None


def months_between(first: date, last: date, *, month_level: bool) -> int:
    """Whole months of a period. Month-level periods count both ends unless they are the same
    month of the year: "septembre - décembre" is 4 months, "septembre 2024 > septembre 2025" 12.
    """
    if month_level:
        months = (last.year - first.year) * 12 + last.month - first.month
        return months if months % 12 == 0 else months + 1
    return round((last - first).days / 30.44)
