"""Contract length in whole months, from what the posting states.

In order of trust:

1. a length tied to the contract's words: "CDD de 6 mois", "CDD 12 mois", "CDD d'un an",
   "Contrat à durée déterminée - 6 Mois", "stage de 6 mois", "mission de 24 mois",
   "Durée du contrat : 12 mois", "Durée : 8 mois", "pour une durée de 8 mois" (in a sentence
   about the contract), "12 mois renouvelable", "10 mois de volontariat", "6 mois de stage".
   "1 an" is 12, "2 ans" 24, "8 semaines" 2; "6 à 8 mois" gives the lower figure (the length
   the employer commits to);
2. a length right after the start date: "À partir du 2 novembre 2026 (8 mois, 24 h/semaine)",
   or opening its line right before it: « 📅 10 mois à partir de janvier 2027 »;
   the contract's period: "CDDI du 01/03/2026 au 28/02/2027", "CDD septembre - décembre
   2024" (a period in days before one in months), or its start (the start date found, else
   the publication date, else the reference date) up to its stated end ("Date de fin de CDD
   31/12/2025", "Fin : septembre 2025");
3. a line that holds nothing but a length ("- 5 mois").

Not lengths: "2 ans d'expérience", "une expérience de 6 mois de stage", "après 2 ans
d'alternance", "période d'essai de 2 mois", "formation de 3 mois", "tuilage
d'un mois", "marché public de 3 ans", "convention ... pour une durée de 5 ans". A replacement
of unknown length ("remplacement congé maternité") has none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from postings.extract.dates_parse import scan
from postings.extract.dates_ranges import contract_end, contract_ranges, months_between
from postings.extract.dates_words import clause_before, matches_around, matches_at
from postings.extract.place_other_offers import in_other_offers
from postings.extract.text import Doc, Found

_NUMBER_WORDS = {
    "un": 1, "une": 1, "one": 1, "deux": 2, "two": 2, "trois": 3, "three": 3, "quatre": 4,
    "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12,
    "quinze": 15, "dix-huit": 18, "vingt-quatre": 24, "twelve": 12,
}  # fmt: skip
_N = (
    r"(?:\d{1,2}(?:[.,]5)?|un|une|one|deux|two|trois|three|quatre|cinq|six|sept|huit|neuf"
    r"|dix-huit|dix|onze|douze|quinze|vingt-quatre|twelve)"
)
_AMOUNT = (
    rf"(?P<n>{_N})(?:\s{{0,2}}(?:a|-|ou|to)\s{{0,2}}(?P<n2>{_N}))?\s{{0,2}}"
    r"(?P<unit>mois|ans?|annees?|semaines?|months?|years?|weeks?)\b"
    r"(?!\s{0,3}(?:d'experience|d'exp|minimum d'exp|d'anciennete|d'etudes|de pratique"
    r"|d'experience|of experience|experience|sur \w+))"
)
_CONTRACT = (
    r"(?:cddi|cdd|contrat(?: a duree determinee)?|stage|mission|alternance|apprentissage"
    r"|engagement|volontariat|service civique|remplacement|vsi|professionnalisation|interim"
    r"|fixed-term contract|internship)"
)
_CONTRACT_WORDS = ("cdd", "contrat", "stage", "mission", "alternance", "apprentissage",
                   "engagement", "volontariat", "service civique", "remplacement", "vsi",
                   "professionnalisation", "interim", "fixed", "internship")  # fmt: skip
_PHRASE = re.compile(
    rf"\b(?P<what>{_CONTRACT})\b(?P<gap>[^.\n;:]{{0,30}}?)[\s(,:-]{{0,4}}"
    rf"(?:de |d'|d'une duree (?:de |d')|pour |sur |une duree de |of )?\s{{0,2}}{_AMOUNT}"
)
# The length before the contract's word: "10 mois de volontariat", "6 mois de stage".
_BEFORE_CONTRACT = re.compile(rf"(?<![\w,.]){_AMOUNT}\s{{0,2}}(?:de |d')(?P<what>{_CONTRACT})\b")
# A length someone already has: "une première expérience de 6 mois de stage", "après 2 ans
# d'alternance", "justifier de 12 mois de contrat".
_PAST_LENGTH = re.compile(
    r"\b(?:experiences?|deja|effectue\w*|realise\w*|minimum|au moins|justifi\w*|apres|issue?s?"
    r"|suite a|ayant|avoir)\b[^.;:\n]{0,25}$"
)
_LINK = re.compile(r"[(:-]|\bde\b|d'|\bpour\b|\bsur\b|\bof\b")
_GAP_NOT_CONTRACT = re.compile(
    r"essai|experience|formation|tuilage|preavis|conge|carence|anciennete|periode|depuis|il y a"
    r"|heures|\bage\b|jours|superieur|inferieur|egal|plus de|moins de|au moins"
)
# A length in a sentence about another contract: "accéder à un emploi durable (CDD de 6 mois)".
_OTHER_CONTRACT = re.compile(
    r"\b(?:durables?|acces (?:a|au)|acceder|possibilit\w*|perspectives?|evolu\w*|sortie"
    r"|debouch\w*|ancien\w*)\b"
)
_DUREE = re.compile(
    r"\b(?P<what>duree(?: (?:du |de la |de l'|de |d')?(?:contrat|mission|stage|engagement|cdd"
    r"|cddi|poste|volontariat|alternance|apprentissage|service civique|emploi|remplacement"
    r"|periode de travail))?)(?: prevue| envisagee| totale| souhaitee| initiale)?"
    rf"\s{{0,3}}(?P<colon>[:-])?\s{{0,3}}(?:de |d')?{_AMOUNT}"
)
_FOR_A_LENGTH = re.compile(rf"\bpour une duree (?:determinee )?(?:de |d')\s{{0,2}}{_AMOUNT}")
_RENEWABLE = re.compile(rf"(?<![\w,.]){_AMOUNT}\s{{0,3}}\(?renouvelables?\b")
_AFTER_START = re.compile(rf"\s{{0,2}}[(,-]\s{{0,2}}(?:pour |soit |sur )?{_AMOUNT}")
# A length among the job's terms before its start: « – 7 mois, 24h/semaine, à partir de … ».
_TERM_BEFORE_START = re.compile(rf"(?:^|[-(,|·–])\s{{0,2}}{_AMOUNT}\s{{0,2}}[,)|·–-]")
# A line opening on a length right before the start: « 📅 10 mois à partir de janvier ».
_LENGTH_THEN_START = re.compile(rf"[^\w]{{0,6}}(?:pour |duree :? ?)?{_AMOUNT}\s{{1,3}}")
_ALONE = re.compile(rf"^[\s\-*>]{{0,4}}(?:duree\s{{0,3}}:?\s{{0,3}})?{_AMOUNT}\s{{0,3}}[.;]?$")
_CONTRACT_CLAUSE = re.compile(
    r"\b(?:cdd|cddi|contrat|poste|recrut\w*|stage|stagiaire|mission|engagement|volontariat"
    r"|volontaire|alternance|alternante?|apprentie?|apprentissage|remplacement|emploi)\b"
)


@dataclass(frozen=True, slots=True)
class Duration:
    """A length found: its months with the words, and whether those words name a contract
    ("contrat de 6 mois", "Durée du contrat") rather than a stage or a mission."""

    found: Found
    says_contract: bool


def _number(text: str) -> float:
    return _NUMBER_WORDS[text] if text in _NUMBER_WORDS else float(text.replace(",", "."))


def _months(match: re.Match[str]) -> int | None:
    amount, unit = _number(match["n"]), match["unit"]
    if match["n2"] and _number(match["n2"]) < amount:
        return None  # "12 à 6 mois" is not a range of lengths
    if unit.startswith(("an", "annee", "year")):
        amount *= 12
    elif unit.startswith(("semaine", "week")):
        amount = max(1, round(amount / 4.345))
    months = round(amount)
    return months if 1 <= months <= 60 else None


def _stated(doc: Doc) -> list[Duration]:
    found = []
    for match in matches_at(doc.folded, _CONTRACT_WORDS, _PHRASE):
        between = doc.folded[match.end("gap") : match.start("n")]
        if match["n"] in _NUMBER_WORDS and not _LINK.search(between):
            continue  # "en alternance une semaine sur deux": a number word needs "de", ":"...
        months = _months(match)
        if (
            months
            and not _GAP_NOT_CONTRACT.search(match["gap"])
            and not _OTHER_CONTRACT.search(clause_before(doc, match.start(), limit=60))
        ):
            says = match["what"].startswith(("cdd", "contrat", "remplacement", "fixed"))
            found.append(Duration(Found(months, match.start(), match.end()), says))
    for match in matches_around(doc.folded, _CONTRACT_WORDS, _BEFORE_CONTRACT, before=28, after=30):
        clause = clause_before(doc, match.start(), limit=60)
        if (months := _months(match)) and not _PAST_LENGTH.search(clause):
            says = match["what"].startswith(("cdd", "contrat", "remplacement"))
            found.append(Duration(Found(months, match.start(), match.end()), says))
    for match in matches_at(doc.folded, ("duree",), _DUREE):
        bare = match["what"] == "duree" and not match["colon"]  # "une durée de 5 ans": of what?
        if bare and not _CONTRACT_CLAUSE.search(clause_before(doc, match.start())):
            continue
        if months := _months(match):
            says = any(word in match["what"] for word in ("contrat", "cdd", "emploi", "poste"))
            found.append(Duration(Found(months, match.start(), match.end()), says))
    for_a_length = matches_at(doc.folded, ("pour une duree",), _FOR_A_LENGTH)
    renewable = matches_around(doc.folded, ("renouvelable",), _RENEWABLE, before=40, after=20)
    for matches in (for_a_length, renewable):
        for match in matches:
            clause = clause_before(doc, match.start()) + doc.folded[match.start() : match.end()]
            if (months := _months(match)) and _CONTRACT_CLAUSE.search(clause):
                found.append(Duration(Found(months, match.start(), match.end()), False))
    return sorted(found, key=lambda duration: duration.found.start)


def _start_of_contract(doc: Doc, start: Found | None) -> tuple[date, bool] | None:
    """The contract's first day and whether it is month-level ("septembre 2024")."""
    result = scan(doc)
    if start is not None and isinstance(start.value, date):
        month_level = any(m.end == start.end and not m.has_day for m in result.mentions)
        return start.value, month_level
    fallback = result.posted or doc.reference_date
    return (fallback, False) if fallback else None


def _from_period(doc: Doc, start: Found | None) -> Duration | None:
    # Exact days beat month names: "janvier à juillet" in a subject line, "du 4 janvier au
    # 2 juillet 2027" in the body is six months, not seven.
    ranges = sorted(contract_ranges(doc), key=lambda r: not (r.first.has_day and r.last.has_day))
    if ranges:
        first, last = ranges[0].first, ranges[0].last
        month_level = not first.has_day and not last.has_day
        months = months_between(first.value, last.value, month_level=month_level)
        if 1 <= months <= 60:
            return Duration(Found(months, ranges[0].start, ranges[0].end), False)
    end = contract_end(doc)
    begin = _start_of_contract(doc, start)
    if end is None or begin is None or end[0].value <= begin[0]:
        return None
    month_level = begin[1] and not end[0].has_day
    months = months_between(begin[0], end[0].value, month_level=month_level)
    return Duration(Found(months, end[1], end[0].end), False) if 1 <= months <= 60 else None


def _alone(doc: Doc) -> Duration | None:
    for line in doc.lines:
        if line.text and len(line.text) <= 20:
            match = _ALONE.search(doc.folded[line.start : line.end])
            if match and (months := _months(match)):
                return Duration(Found(months, line.start + match.start("n"), line.end), False)
    return None


def find_duration(doc: Doc, start: Found | None = None) -> Duration | None:
    """The contract's length in months (see the module docstring), or None.

    `start` is the start date the dates family found, used with a stated end date.
    """
    # (A newsletter's teaser of another offer, "CDD 6 mois - Tulle - voir l'offre", is not it.)
    stated = [d for d in _stated(doc) if not in_other_offers(doc, d.found.start)]
    if stated:
        return stated[0]
    found = _after_start(doc, start) or _from_period(doc, start) or _alone(doc)
    return None if found is None or in_other_offers(doc, found.found.start) else found


def _after_start(doc: Doc, start: Found | None) -> Duration | None:
    """ "À partir du 2 novembre 2026 (8 mois, 24 h/semaine)": a length right after the start;
    « – 7 mois, 24h/semaine, à partir de février »: one among the terms just before it."""
    if start is None or not isinstance(start.value, date):
        return None
    match = _AFTER_START.match(doc.folded, start.end, start.end + 40)
    if match and (months := _months(match)):
        return Duration(Found(months, start.start, match.end()), False)
    line = doc.line_at(start.start)
    opening = _LENGTH_THEN_START.fullmatch(doc.folded[line.start : start.start])
    if opening and (months := _months(opening)):  # « 📅 10 mois à partir de janvier 2027 »
        return Duration(Found(months, line.start + opening.start("n"), start.end), False)
    for match in _TERM_BEFORE_START.finditer(
        doc.folded, max(line.start, start.start - 40), start.start
    ):
        if months := _months(match):
            return Duration(Found(months, match.start("n"), start.start), False)
    return None
