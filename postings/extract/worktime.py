"""Working time and remote work.

- `hours_per_week`: see `worktime_hours` (only hours the posting writes).
- `full_time`: True for "temps plein", "temps complet", "plein temps", "full time", "1 ETP",
  "100 %" of working time; False for "temps partiel", "mi-temps", "temps non complet",
  "part time", "0,8 ETP", "à 0,80 ETP", "80 %" of working time ("poste à 80 %", "Quotité : 80 %",
  "28h/semaine soit 80%", "CDD de 8 mois à 80 %"). Without such words, weekly hours decide:
  35 or more is full time; then hours per year or month on the legal full time ("1 607
  heures annuelles"). Not about the job: "1.15 temps plein (40H)" (a team's time), "2 200 €
  pour un temps plein" (a figure's basis), "salariés à temps partiel", "temps partiel
  possible" (an option), "50 % du temps" (a share of the missions), "reprise à 100 % de
  l'ancienneté", "Poste 100 % terrain", "remboursé à 50 %".
- `remote`: NONE ("pas de télétravail", "télétravail non possible", "poste en présentiel",
  "No remote"), FULL ("100 % télétravail", "full remote", "télétravail complet", "poste à
  distance") or PARTIAL (any other mention of working from home: "télétravail partiel", "2
  jours de télétravail", "télétravail possible", "travail hybride", "peu de télétravail").
  "télétravail" among tools or skills ("maîtrise des outils de télétravail") is no mention.

For both flags, a phrase on a label line ("Temps de travail :", "Télétravail :"), a short tag
line or the first lines beats one in the body; then the first one written wins.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping

from postings.extract.dates_words import clause_before, matches_around, matches_at
from postings.extract.text import Doc, Found
from postings.extract.worktime_hours import converted_hours, find_hours

_PERCENT_OF_TIME = (
    r"(?:temps (?:partiel|plein|complet|de travail)|quotite(?: de travail)?|poste|cdi|cdd|cddi"
    r"|contrat|emploi|soit|activite)\s{0,3}(?:a|:|de|\(|-|,)?\s{0,3}(?:hauteur de\s)?"
    r"(?P<p>\d{2,3})\s?%(?!\s{0,2}(?:du|de son|de ses|des|de la|de l'|(?:en )?tele|(?:en )?remote"
    r"|a distance|(?:en )?presentiel))"
    # what a share of working time is followed by: not "100 % terrain", "100 % financé"
    r"(?=[ \t]{0,3}(?:$|\n|[^\w\s]|soit\b|sur\b|temps\b|etp\b|d'(?:un|etp)\b|de temps\b"
    r"|annualis|hebdo|en (?:cdi|cdd)\b|et\b|ou\b|\d))"
)
_FULL = re.compile(r"\btemps (?:plein|complet)\b|\bplein temps\b|\bfull[- ]?time\b")
_PART = re.compile(r"\btemps partiel\b|\bmi-?temps\b|\btemps non complet\b|\bpart[- ]?time\b")
_PERCENT = re.compile(rf"\b{_PERCENT_OF_TIME}")
# "Poste à 0,8 ETP", "Quotité : 1 ETP"; a bare "0,10 ETP" is often a share of the missions.
_FTE = re.compile(
    r"\b(?:poste|cdi|cdd|cddi|contrat|emploi|temps (?:de travail|partiel)|quotite|soit)"
    r"\W{1,4}(?:(?:a|de|:)\s{1,3})?(?P<fte>[01](?:[.,]\d{1,2})?)\s?(?:etp|equivalent temps plein)\b"
)
# "… du 4 janvier au 31 août, à 0,80 ETP": "à" a share of full time is the job's own.
_AT_FTE = re.compile(
    r"(?<![\w'])a\s{1,3}(?P<fte>[01](?:[.,]\d{1,2})?)\s?(?:etp|equivalent temps plein)\b"
)
# A full time named as the basis of a figure: "2 200 € brut pour un temps plein", "sur la
# base d'un temps plein", "90 % d'un temps plein", "équivalent temps plein".
_BASIS_BEFORE = re.compile(
    r"(?:\bpour un|\bbase|\bbase d'un|\bsur (?:la )?base (?:d'un|de)|\bequivalents?"
    r"|\bramene\w* a un|\bd'un)\s{1,3}$"
)
# "CDD de 8 mois à 80 %": a share of full time after the contract (20 to 99 %).
_AT_SHARE = re.compile(
    r"(?<![\w'])a\s{1,3}(?P<p>[2-9]\d)\s?%(?=\s{0,3}(?:$|\n|[,.;)(]|soit\b|du temps|d'un|de temps))"
)
_CONTRACT_WORDS = re.compile(r"\b(?:cdi|cdd|cddi|poste|contrat|emploi|mission)\b")
_NOT_WORKING_TIME = re.compile(
    r"\b(?:rembours\w*|pris\w* en charge|mutuelle|transport\w*|navigo|prime|tele\w*|remote"
    r"|distance|financ\w*|subvention\w*|anciennete|reprise)\b"
)
_OPTION_AFTER = re.compile(
    r"^\W{0,3}(?:possibles?|envisageables?|acceptes?|negociables?|a discuter|a (?:la )?demande"
    r"|sur demande|choisi)\b"
)
# Other people's time: "les salariés à temps partiel", "12 salariés, dont 4 à temps partiel".
_OTHERS_BEFORE = re.compile(
    r"(?:\b(?:salaries|personnes|agents|employes|contrats|postes|equipes?)\W{1,3}"
    r"(?:\w+\W{1,3}){0,3}(?:a|en)\W{1,3}$|\d(?:[.,]\d+)?\s{0,2}(?:equivalents?\s)?$"
    r"|\bequivalents?\s$|\bdont\s(?:\w+\s){1,2}(?:a|en)\s$)"
)

_SHARE_WORDS = ("temps", "quotite", "poste", "cdi", "cdd", "contrat", "emploi", "soit", "activite")
_REMOTE_WORDS = ("tele", "remote", "distance", "presentiel", "hybrid", "on-site", "on site",
                 "sur site")  # fmt: skip
_REMOTE_NONE = re.compile(
    r"\b(?:pas de|aucun|sans|non|no)\s{1,3}(?:possibilite de\s{1,3})?(?:tele-?travail|remote)\b"
    r"|\btele-?travail\s{0,3}:?\s{0,3}(?:non\b|impossible|exclu|interdit|pas (?:possible"
    r"|autorise|envisageable|prevu)|non (?:possible|autorise|envisageable|prevu|accepte))"
    r"|\btele-?travail n'est pas (?:possible|autorise|envisageable|prevu)"
    r"|\bne (?:permet|propose|prevoit|autorise) pas (?:le |de )?tele-?travail\b"
    r"|\bne (?:peut|pourra) pas (?:etre exerce |s'exercer |se faire )?en tele-?travail\b"
    # "Poste non éligible au télétravail", "pas compatible avec le télétravail"
    r"|\b(?:non|pas|in)\s?(?:eligible|compatible|ouvert)s? (?:au|avec le|a) tele-?travail\b"
    r"|\b(?:poste|travail|activite|mission)s? (?:en |100 ?% |exclusivement |uniquement "
    r"|entierement )(?:en )?presentiel\b|\b(?:100 ?%|uniquement|exclusivement|totalement"
    r"|entierement) (?:en )?presentiel\b|\bpresentiel (?:uniquement|obligatoire|exclusif|exige"
    r"|requis)\b|\bon[- ]site only\b|\bnot remote\b"
    # Indeed: "Lieu du poste : En présentiel"
    r"|\blieu du poste\s{0,3}:\s{0,3}(?:en )?presentiel\b|\((?:sur site|on-site|presentiel)\)"
)
_REMOTE_FULL = re.compile(
    r"(?:\b100 ?%|\bfull|\bfully|\btotalement|\bentierement|\bcomplet(?:ement)?|\bintegral"
    r"(?:ement)?|\bexclusivement)\s{0,3}(?:en\s{1,3})?(?:tele-?travail|remote|a distance)\b"
    r"|\btele-?travail\s{0,3}(?:a 100 ?%|complet|total|integral|permanent|exclusif)"
    r"|\bfull[- ]remote\b|\bfully[- ]remote\b|\bremote only\b|\bposte (?:a|en) distance\b"
    r"|\bposte en tele-?travail\b|\((?:a distance|remote|teletravail)\)"
    # Indeed: "Lieu du poste : Télétravail" (but "Télétravail hybride" is partial)
    r"|\blieu du poste\s{0,3}:\s{0,3}(?:en )?tele-?travail\b(?!\s{0,3}(?:hybride|partiel"
    r"|possible|occasionnel|ponctuel|\())"
)
_REMOTE_PARTIAL = re.compile(
    r"\btele-?travail\w*|\bteletravaill\w*|\btravail(?:ler)? a distance\b|\ben partie a distance"
    r"|:\s{0,3}hybride\b"  # "Mode de travail : hybride"
    r"|\(hybride?\)"  # LinkedIn: "Paris, Île-de-France (Hybride)"
    # "le reste du travail pouvant se faire à distance"
    r"|\b(?:se faire|s'effectuer|etre (?:effectue|realise)e?s?|partiellement) a distance\b"
    r"|\b(?:travail|mode|organisation|poste|fonctionnement|format) hybride\b|\bhybrid(?: work)?\b"
    r"|\bremote\b"
)
_TOOLS_BEFORE = re.compile(
    r"\b(?:outils?|logiciels?|maitrise|competences?|plateformes?|applications?)\b[^.;\n]{0,40}$"
)
_TAG_LABEL = re.compile(
    r"^[\s\-*>.|]{0,6}(?:temps de travail|type d'emploi|types? de poste|duree (?:hebdomadaire )?"
    r"(?:du |de )?travail|quotite|horaires?|teletravail|tele-travail|remote|conditions"
    r"|rythme|organisation du travail)\b"
)
_SHORT_LINE = 45
_HEAD_LINES = 3


def _line_weight(doc: Doc, pos: int, head: set[int]) -> int:
    """2 on a label, tag or title line; 1 in the body."""
    line = doc.line_at(pos)
    label = _TAG_LABEL.search(doc.folded[line.start : line.end])
    return 2 if label or len(line.text) <= _SHORT_LINE or line.index in head else 1


def _best(doc: Doc, found: list[Found]) -> Found | None:
    head = {line.index for line in doc.nonblank_lines()[:_HEAD_LINES]}
    return min(found, key=lambda f: (-_line_weight(doc, f.start, head), f.start), default=None)


def _time_phrases(doc: Doc) -> list[Found]:
    found = []
    full = matches_at(doc.folded, ("temps plein", "temps complet", "plein temps", "full"), _FULL)
    part = matches_at(doc.folded, ("temps", "mi-temps", "mitemps", "part"), _PART)
    for matches, value in ((full, True), (part, False)):
        for match in matches:
            line = doc.line_at(match.start())
            before = doc.folded[max(line.start, match.start() - 40) : match.start()]
            after = doc.folded[match.end() : match.end() + 25]
            if _OTHERS_BEFORE.search(before) or _OPTION_AFTER.search(after):
                continue
            if value and _BASIS_BEFORE.search(before):
                continue  # "2 200 € pour un temps plein, soit 1 760 € pour le 80 %"
            found.append(Found(value, match.start(), match.end()))
    for match in matches_at(doc.folded, _SHARE_WORDS, _PERCENT):
        share = int(match["p"])
        if 10 <= share <= 100:
            found.append(Found(share == 100, match.start(), match.end()))
    for match in matches_around(doc.folded, ("%",), _AT_SHARE, before=10, after=30):
        clause = clause_before(doc, match.start(), limit=80)
        if _CONTRACT_WORDS.search(clause) and not _NOT_WORKING_TIME.search(clause):
            found.append(Found(False, match.start(), match.end()))  # "CDD de 8 mois à 80 %"
    fte = matches_at(doc.folded, _SHARE_WORDS, _FTE)
    fte += matches_around(doc.folded, ("etp", "equivalent temps"), _AT_FTE, before=12, after=30)
    for match in fte:
        share = float(match["fte"].replace(",", "."))
        if 0.1 <= share <= 1:
            found.append(Found(share == 1, match.start(), match.end()))
    return found


def _full_time(doc: Doc, hours: Found | None) -> Found | None:
    phrase = _best(doc, _time_phrases(doc))
    if phrase is not None:
        return phrase
    hours = hours or converted_hours(doc)  # "1 607 heures annuelles" is a full time
    if hours is not None:
        return Found(hours.value >= 35, hours.start, hours.end)
    return None


def _remote(doc: Doc) -> Found | None:
    found: list[Found] = []
    for pattern, value in ((_REMOTE_NONE, "NONE"), (_REMOTE_FULL, "FULL")):
        matches = matches_around(doc.folded, _REMOTE_WORDS, pattern, before=45, after=45)
        found.extend(Found(value, match.start(), match.end()) for match in matches)
    taken = sorted((item.start, item.end) for item in found)
    partial = matches_around(doc.folded, _REMOTE_WORDS, _REMOTE_PARTIAL, before=30, after=30)
    for match in partial:
        index = bisect_right(taken, (match.start(), len(doc.folded))) - 1
        if index >= 0 and taken[index][1] > match.start():
            continue  # the word inside "pas de télétravail" or "100 % télétravail"
        if _TOOLS_BEFORE.search(clause_before(doc, match.start(), limit=60)):
            continue
        found.append(Found("PARTIAL", match.start(), match.end()))
    return _best(doc, found)


def extract_worktime(doc: Doc, found: Mapping[str, Found]) -> dict[str, Found]:
    """Keys `hours_per_week` (a number), `full_time` (a bool), `remote` (NONE/PARTIAL/FULL)."""
    contract = found.get("contract_type")
    hours = find_hours(doc, volunteers=contract is not None and contract.value == "BENEVOLAT")
    fields = {"hours_per_week": hours, "full_time": _full_time(doc, hours), "remote": _remote(doc)}
    return {key: value for key, value in fields.items() if value is not None}
