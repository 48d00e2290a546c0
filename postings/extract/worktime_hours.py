"""Weekly working hours, only when the posting writes them.

Read, in order of trust (the first one written wins inside a level):

1. a working-time label and its figure: "Nombre d'heures par semaine 17.5", "Nombre
   d'heures : 24 par semaine", "Durée hebdomadaire de travail : 35 heures", "Temps de
   travail : 24h", "Volume horaire : 28h", "Horaires : 35h du lundi au samedi" (more than
   12 hours under a bare "Horaires :" are a week's), or a table's « Temps de travail » header
   over « 35 h »;
2. hours per week: "35 heures par semaine", "35h/semaine", "28H hebdomadaires", "35h hebdo",
   "24,5 heures", "17h30 par semaine", "35 h/sem.", "35 hours per week", "35h annualisées",
   or spread over the week: "35h du lundi au vendredi", "28 h sur 4 jours";
3. a figure beside the contract or working time: "CDI 35H", "temps partiel 24h", "mi-temps
   (17 h 30)", "Poste à 80 % (28 h)", "sur la base de 28 heures", "à raison de 30 heures";
4. a list item of conditions opening on its hours alone: "- 35 heures, horaires variables".

Not weekly hours: "35 heures de formation", "ouvert 7j/7 24h/24", "horaires : 9h-17h", "7h
par jour", hours of courses or opening ("12 heures par semaine" of a crèche), "1.15 temps
plein (40H)" (a team's time, not the job's), the association's volunteers' time (unless the
posting calls for volunteers: then theirs is the job's), another offer's teaser in a
newsletter. A share
of full time ("80 %", "0,8 ETP") or hours per year or month ("1 607 heures annuelles",
"121,33 h mensuelles") give no weekly hours: the posting did not write them.
`converted_hours` brings the latter to a week on the legal full time (1 607 h a year,
151,67 h a month = 35 h), for full or part time only.
"""

from __future__ import annotations

import re

from postings.extract.dates_words import clause_before, matches_around, matches_at
from postings.extract.place_other_offers import in_other_offers
from postings.extract.text import Doc, Found

_NUM = r"(?P<h>\d{1,2})(?:[.,](?P<frac>\d{1,2})(?!\d)|h(?P<min>[0-5]\d))?"
_UNIT = r"(?:h\b|h(?=[/.])|heures?\b|hrs?\b|hours?\b)"
# "35 heures", "24,5 h", "17h30" (the minutes hold the unit).
_HOURS = (
    r"(?P<h>\d{1,2})(?:\s?h\s?(?P<min>[0-5]\d)\b(?:\s{0,2}" + _UNIT + r")?"
    r"|(?:[.,](?P<frac>\d{1,2}))?\s{0,2}" + _UNIT + r")"
)
_PER_WEEK = (
    r"(?:\s{0,3}(?:de travail\s{1,2})?(?:(?:/|par|per|a la|au)\s{0,3}){1,2}"
    r"(?:semaines?\b|sem\b|week\b|s\b|hebdo)|\s{0,3}(?:hebdo\w*|semaine\b|weekly|annualisees?))"
)
# (On the same line: "CDI temps plein, 35h" then a line "- 2 200 € …" is no range "35h - 2".)
_NOT_WEEKLY_AFTER = (
    r"(?![ \t]{0,3}(?:/[ \t]{0,2}24|-[ \t]{0,2}\d|a[ \t]{0,2}\d|de formation|d'"
    r"|par (?:jour|mois|an)|/[ \t]{0,2}(?:jour|j\b|mois|an)|\d))"
)
# Hours spread over the week: "35h du lundi au vendredi", "28 heures sur 4 jours" (a day's
# hours are 12 at most, and "de 9h à 17h du lundi au vendredi" is a time of day: see `_spread`).
_DAYS = r"du (?:lundi|mardi) au (?:jeudi|vendredi|samedi|dimanche)"
_SPREAD = re.compile(
    rf"(?<![\d.,/h]){_HOURS}[ \t,]{{1,3}}(?:{_DAYS}"
    r"|(?:reparties? |repartis )?sur (?:[4-6]|quatre|cinq|six) jours|reparties? sur la semaine)"
)
# "du lundi au vendredi, 35 heures", "du lundi au samedi (39h)"
_DAYS_THEN_HOURS = re.compile(
    rf"{_DAYS}[ \t]{{0,2}}[,:(-][ \t]{{0,2}}(?:soit[ \t]{{1,2}})?{_HOURS}{_NOT_WEEKLY_AFTER}"
)
_TIME_OF_DAY = re.compile(r"(?:\b(?:a|de|des|apres|avant|vers|entre|et|jusqu'a)|-)[ \t]*$")
_LABEL_WORDS = ("nombre d'heures", "heures", "duree", "temps de travail", "horaire",
                "volume", "weekly", "hours per", "quotite", "base horaire")  # fmt: skip
_LABEL = re.compile(
    r"\b(?:nombre d'heures(?P<w1> par semaine| hebdomadaires?)?|heures (?P<w2>par semaine"
    r"|hebdomadaires?)|duree (?P<w3>hebdomadaire )?(?:du |de )?travail(?P<w4> hebdomadaire)?"
    r"|temps de travail(?P<w5> hebdomadaire)?|horaires? (?P<w6>hebdomadaires?)"
    r"|volume horaire(?P<w7> hebdomadaire)?|(?P<w8>duree hebdomadaire)(?: de travail)?"
    r"|(?P<w9>weekly hours|hours per week)|quotite horaire|base horaire"
    # "Horaires : 35h du lundi au samedi", "Durée : 35 h" (a day's hours are fewer: see
    # `_DAY_MOST`)
    r"|(?P<bare>(?:horaires?(?: de travail)?|duree|quotite(?: de travail)?|volume)"
    r"(?=\s{0,3}:)))"
    rf"\s{{0,3}}[:-]?\s{{0,3}}(?:de\s)?{_NUM}\s{{0,2}}(?P<unit>{_UNIT})?"
    r"(?P<w10>\s{0,3}(?:par semaine|/\s{0,2}semaine|hebdo\w*))?"  # Indeed: "24 par semaine"
    r"(?!\s{0,3}(?:par (?:jour|mois|an)|/\s{0,2}(?:jour|j\b|mois|an)|annuel|mensuel|\d|%"
    r"|(?:-|a|au|et)\s{0,2}\d))"
)
_WEEKLY = re.compile(rf"(?<![\d.,/h]){_HOURS}\.?{_PER_WEEK}")
_YEARLY = re.compile(
    r"(?<![\d.,])(?P<big>1[\s.]?\d{3}|\d{3})(?:[.,](?P<dec>\d{1,2}))?\s{0,2}(?:h\b|heures?\b)"
    r"\s{0,3}(?:annuel\w*|par an\b|/\s{0,2}an\b|annualis\w*)"
)
_MONTHLY = re.compile(
    r"(?<![\d.,])(?P<big>\d{2,3})(?:[.,](?P<dec>\d{1,2})|h(?P<min>\d{2}))?\s{0,2}"
    r"(?:h\b|heures?\b)\s{0,3}(?:mensuel\w*|par mois\b|/\s{0,2}mois\b|mensualis\w*)"
)
_BESIDE_WORDS = ("cdi", "cdd", "temps", "plein temps", "mi-temps", "base", "raison de", "soit",
                 "poste", "contrat", "sur une base")  # fmt: skip
_BESIDE = re.compile(
    r"\b(?:cdi|cdd|cddi|temps plein|temps complet|temps partiel|plein temps|mi-temps|base(?: de)?"
    r"|raison de|soit|(?:poste|contrat)(?: est)? (?:a|de)|sur une base de)\s{0,3}[:(,-]?\s{0,3}"
    rf"(?:de\s|a\s)?(?<![\d.,]){_HOURS}{_NOT_WEEKLY_AFTER}"
)
# A share of full time with its hours in brackets: "Poste à 80 % (28 h)", "0,8 ETP (28h)".
_SHARE_BESIDE = re.compile(
    rf"(?:%|\betp)\s{{0,3}}\(\s{{0,2}}(?:soit\s{{1,2}})?(?<![\d.,]){_HOURS}{_NOT_WEEKLY_AFTER}"
)
_SHARE_BEFORE = re.compile(r"(?<![\d.,])(\d{2})\s?$")
# Hours of something else than the job: courses, opening hours, volunteers' time.
_NOT_THE_JOB = re.compile(
    r"\b(?:cours|formations?|ouvert\w*|ouverture|permanences?|seances?|garderie|eleves"
    r"|stagiaires)\b"
)
# Volunteers' hours are the job's only in a call for volunteers ("3 h par semaine" of sorting
# food), not in a job that names the association's volunteers ("40 bénévoles, 3 h par semaine").
_VOLUNTEERS = re.compile(r"\bbenevol\w*")
_NUMBER_BEFORE = re.compile(r"\d(?:[.,]\d+)?\s{0,2}$")
_WEEK_MAX = 48
_MAX_TABLE_LINES = 400
_CELL_LABEL = re.compile(
    r"temps de travail(?: hebdomadaire)?|duree (?:hebdomadaire|du travail)(?: de travail)?"
    r"|horaires? hebdomadaires?|volume horaire(?: hebdomadaire)?|heures (?:par semaine"
    r"|hebdomadaires?)|nombre d'heures(?: par semaine| hebdomadaires?)?"
)
_CELL_HOURS = re.compile(
    rf"(?:de\s)?{_NUM}\s{{0,2}}{_UNIT}(?:\s{{0,3}}(?:par semaine|/\s{{0,2}}semaine|hebdo\w*))?"
)
# A list item of conditions that opens on its hours alone: « - 35 heures, horaires variables »,
# « • 28h ; » (a figure then a stop, not « 35 heures de formation »).
_ITEM_HOURS = re.compile(rf"^[ \t]*[-*•][ \t]{{0,3}}{_HOURS}[ \t]{{0,2}}(?=[,;.(]|$)", re.MULTILINE)
# More hours than this under a bare "Horaires :" are a week's (a day's shift is 12 h at most).
_DAY_MOST = 12


def _value(match: re.Match[str]) -> float:
    hours = float(match["h"])
    if match["frac"]:
        hours += float("0." + match["frac"])
    elif match["min"]:
        hours += int(match["min"]) / 60
    return round(hours, 2)


def _plain(hours: float) -> float | int:
    return int(hours) if hours == int(hours) else hours


def _labelled(doc: Doc, volunteers: bool) -> list[Found]:  # (a label is the job's, always)
    found = []
    for match in matches_at(doc.folded, _LABEL_WORDS, _LABEL):
        weekly = any(match[f"w{i}"] for i in range(1, 11))
        if match["bare"] and not weekly and (not match["unit"] or _value(match) <= _DAY_MOST):
            continue  # "Horaires : 9h - 17h", "Horaires : 7h par jour": a day's times
        if weekly or match["unit"] or _bare_count(doc, match):
            found.append(Found(_value(match), match.start(), match.end()))
    return found


def _table_cells(doc: Doc) -> list[Found]:
    """A Word table's header « Contrat | Temps de travail » over « CDI | 35 h »: the hours in
    the cell under a working-time header (a bare figure with its unit, not a day's times)."""
    found = []
    tables = [line for line in doc.lines[:_MAX_TABLE_LINES] if "|" in line.text]
    for line in tables:
        position = line.start
        for cell in doc.folded[line.start : line.end].split("|"):
            end = position + len(cell)
            if _CELL_LABEL.fullmatch(cell.strip(" :")) and (span := doc.table_cell(end)):
                value = _CELL_HOURS.fullmatch(doc.folded[span[0] : span[1]].strip())
                if value is not None and float(value["h"]) <= _WEEK_MAX:
                    found.append(Found(_value(value), span[0], span[1]))
            position = end + 1
    return found


def _bare_count(doc: Doc, match: re.Match[str]) -> bool:
    """ "Nombre d'heures : 35" ending its line: a week's hours without their unit."""
    rest = doc.folded[match.end() : doc.line_at(match.start()).end]
    return match[0].startswith("nombre") and _value(match) > _DAY_MOST and not rest.strip(" .")


def _weekly(doc: Doc, volunteers: bool) -> list[Found]:
    found = []
    words = ("sem", "hebdo", "week", "annualis", "/s", "/ s")
    for match in matches_around(doc.folded, words, _WEEKLY, before=40, after=24):
        if not _not_the_jobs(_clause(doc, match.start()), volunteers):
            found.append(Found(_value(match), match.start(), match.end()))
    return found


def _clause(doc: Doc, pos: int) -> str:
    """The folded words before `pos` in its sentence; a list item opening on its hours
    ("- 35 heures hebdomadaires") is a clause of its own, not the item above continued."""
    line = doc.line_at(pos)
    head = doc.folded[line.start : pos]
    if head.strip().startswith(("-", "*")) and not head.strip(" -*"):
        return head
    return clause_before(doc, pos, limit=100)


def _not_the_jobs(clause: str, volunteers: bool) -> bool:
    """The clause before some hours makes them a course's, an opening's, volunteers' (unless
    the posting calls for volunteers)."""
    return bool(_NOT_THE_JOB.search(clause) or (not volunteers and _VOLUNTEERS.search(clause)))


def _spread(doc: Doc, volunteers: bool) -> list[Found]:
    found = []
    words = ("lundi au", "mardi au", "jours", "semaine")
    matches = matches_around(doc.folded, words, _SPREAD, before=30, after=40)
    matches += matches_at(doc.folded, ("du lundi", "du mardi"), _DAYS_THEN_HOURS)
    for match in sorted(matches, key=lambda m: m.start()):
        before = doc.folded[max(0, match.start() - 12) : match.start()]
        if _value(match) <= _DAY_MOST or (match[0][0].isdigit() and _TIME_OF_DAY.search(before)):
            continue
        if not _not_the_jobs(_clause(doc, match.start()), volunteers):
            found.append(Found(_value(match), match.start(), match.end()))
    return found


def converted_hours(doc: Doc) -> Found | None:
    """Hours per year or month brought to a week on the legal full time ("1 607 heures
    annuelles" is 35): not weekly hours the posting wrote, only a sign of full or part time."""
    for item in _converted(doc):
        if 1 <= item.value <= _WEEK_MAX:
            return item
    return None


def _converted(doc: Doc) -> list[Found]:
    found = []
    yearly = ("annuel", "par an", "/an", "/ an", "annualis")
    monthly = ("mensuel", "par mois", "/mois", "/ mois", "mensualis")
    for pattern, words, full_time in ((_YEARLY, yearly, 1607.0), (_MONTHLY, monthly, 151.67)):
        for match in matches_around(doc.folded, words, pattern, before=30, after=24):
            amount = float(re.sub(r"\D", "", match["big"]))
            if match["dec"]:
                amount += float("0." + match["dec"])
            elif match.groupdict().get("min"):
                amount += int(match["min"]) / 100  # "151h67" is 151.67 hours
            weekly = round(amount * 35 / full_time * 2) / 2
            found.append(Found(weekly, match.start(), match.end()))
    return found


def _beside(doc: Doc, volunteers: bool) -> list[Found]:
    found = []
    for match in matches_at(doc.folded, _BESIDE_WORDS, _BESIDE):
        before = doc.folded[max(0, match.start() - 8) : match.start()]
        if _NUMBER_BEFORE.search(before):
            continue  # "l'équivalent de 1.15 temps plein (40H)" is a team's time
        loose = match[0].startswith(("soit", "base", "raison", "sur une"))  # not "CDI 35h"
        if loose and _not_the_jobs(_clause(doc, match.start()), volunteers):
            continue
        found.append(Found(_value(match), match.start(), match.end()))
    for match in matches_at(doc.folded, ("%", "etp"), _SHARE_BESIDE):
        share = _SHARE_BEFORE.search(doc.folded, max(0, match.start() - 5), match.start())
        if match[0][0] == "%" and not (share and 20 <= int(share[1]) < 100):
            continue  # "une réduction de 10 % (5 h)" is no share of working time
        found.append(Found(_value(match), match.start(), match.end()))
    return sorted(found, key=lambda item: item.start)


def _item(doc: Doc, volunteers: bool) -> list[Found]:
    """« - 35 heures, horaires variables » under the conditions: more than a day's hours,
    the item's own words not about courses, opening times or volunteers."""
    found = []
    for match in _ITEM_HOURS.finditer(doc.folded):
        rest = doc.folded[match.end() : doc.line_at(match.start()).end]
        if _value(match) > _DAY_MOST and not _not_the_jobs(rest, volunteers):
            found.append(Found(_value(match), match.start("h"), match.end()))
    return found


def find_hours(doc: Doc, *, volunteers: bool = False) -> Found | None:
    """Weekly hours as written (35, 28, 24.5), with their words; None when not written.

    `volunteers`: the posting calls for volunteers, whose hours are then the job's.
    """
    for reader in (_labelled, _weekly, _spread, _beside, _item):
        items = reader(doc, volunteers)
        if reader is _labelled:
            items = sorted(items + _table_cells(doc), key=lambda item: item.start)
        for item in items:
            if 1 <= item.value <= _WEEK_MAX and not in_other_offers(doc, item.start):
                return Found(_plain(item.value), item.start, item.end)
    return None
