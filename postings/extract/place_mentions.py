"""Last resorts: the commune or the département a posting keeps naming, and missions abroad.

- `mention_reads`: communes named after "à", "de", "sur"… ("à Marseille", "la Ville de Paris"),
  counted; the most named wins if it is named twice or is a large town. A name after
  "antenne", "également", "notamment"… or in the address to apply to does not count.
- `department_reads`: départements named in running text ("département du Pas-de-Calais",
  "en Haute-Loire", "à Mayotte"). A name that is also a river or a direction ("Loire", "Rhône",
  "Nord") counts only where it is plainly a département: "en", "dans le", "département du".
- `is_mission_abroad`: a volunteering or expatriate posting naming a foreign country.
- `is_fully_remote`: "100 % télétravail", "full remote": the job has no workplace.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from postings import geo
from postings.extract.place_names import ABROAD_NAMES, words
from postings.extract.place_read import Read, read_places
from postings.extract.text import Doc

_MENTION = re.compile(
    r"(?:(?<![\w-])(?:[àÀaA]|au|aux|de|De|du|sur|vers)[ \t]+|(?<![\w-])[dD]')(?=[A-ZÀ-ÖØ-Þ])"
)
_NOT_THE_WORKPLACE = re.compile(
    r"\b(?:antennes?|agences?|delegations?|presente?s?|implantee?s?|egalement|notamment|comme"
    r"|tels? que|telles? que|jumel\w*|partenariats?|ainsi qu|sauf|hors|excepte|originaire"
    r"|nee?|ecoles?|universites?|diplome|formations?|congres|colloque|salon)\b[^.;\n]{0,40}$"
)
_APPLY = re.compile(
    r"\b(?:candidatures?|cv|lettre de motivation|adress(?:er|ez)|envoy(?:er|ez)|courrier|cedex)\b"
)
# A town this large may be the workplace when named once; a smaller one must be named twice.
_LARGE_TOWN = 20_000
_MAX_MENTIONS = 2000
# Département names that are also rivers, mountains, a sea or a direction.
_COMMON_DEPARTMENT_NAMES = frozenset(
    words(
        """
        ain, aisne, allier, ardeche, ardennes, aube, aude, aveyron, cantal, charente, cher, creuse,
        dordogne, doubs, drome, eure, gard, gers, gironde, herault, indre, isere, jura, landes,
        loire, loiret, lot, manche, marne, mayenne, meuse, moselle, nord, oise, orne, paris, rhone,
        sarthe, savoie, somme, tarn, var, vienne, vosges, yonne
        """
    )
)
_PLAINLY_A_DEPARTMENT = re.compile(
    r"(?:\ben|\bdans (?:le|la|l'|les)|\bdepartements? (?:de la|de l'|du|des|de|d'))[ \t]*$"
)
_MISSION_ABROAD = re.compile(
    r"\b(?:vsi|volontariat de solidarite internationale|volontaires? de (?:la )?solidarite "
    r"internationale|volontariat international|v\.i\.e|expatri\w+|a l'etranger|pays "
    r"d'affectation|pays de (?:la )?mission)\b"
)


# "100 % télétravail", "poste entièrement à distance", "full remote", "télétravail complet".
_FULLY_REMOTE = re.compile(
    r"\b(?:(?:a )?100 ?%|totalement|entierement|integralement|completement|uniquement"
    r"|exclusivement)[ \t]*(?:de |en )?(?:a distance|distanciel|teletravail|remote)\b"
    r"|\b(?:teletravail|remote|travail a distance)[ \t]+(?:complet|total|integral|a 100 ?%|100 ?%)"
    r"|\bfull[ -]?remote\b|\bfully remote\b"
)


@cache
def _names_regex(kind: str) -> re.Pattern[str]:
    """One regex of every département name, or of every country, on folded text."""
    keys = list(geo.DEPARTMENT_NAMES) if kind == "department" else list(ABROAD_NAMES)
    keys.sort(key=len, reverse=True)
    words = "|".join(re.escape(k).replace(r"\ ", r"[ '-]") for k in keys)
    return re.compile(rf"(?<![\w'-])(?:{words})(?![\w]|[-'][a-z])")


def mention_reads(doc: Doc) -> list[tuple[int, Read]]:
    """The commune most named in the text (rank 6), when it is named enough to trust."""
    counts: Counter[str] = Counter()
    first: dict[str, Read] = {}
    for count, match in enumerate(_MENTION.finditer(doc.text)):
        if count >= _MAX_MENTIONS:
            break
        read = _mentioned(doc, match)
        if read is None:
            continue
        key = read.communes[0].code
        counts[key] += 1
        first.setdefault(key, read)
    if not counts:
        return []
    ranked = sorted(counts, key=lambda k: (-counts[k], first[k].start))
    for key in ranked:
        read = first[key]
        if counts[key] >= 2 or read.communes[0].population >= _LARGE_TOWN:
            return [(6, read)]
    return []


def _mentioned(doc: Doc, match: re.Match[str]) -> Read | None:
    line = doc.line_at(match.start())
    end = min(line.end, match.end() + 60)
    reads = read_places(doc, match.start(), end)
    if not reads or reads[0].start > match.end() or not reads[0].communes:
        return None
    before = doc.folded[max(line.start, match.start() - 60) : match.start()]
    if _NOT_THE_WORKPLACE.search(before) or _APPLY.search(doc.folded, line.start, line.end):
        return None
    return reads[0]


def department_reads(doc: Doc) -> list[tuple[int, Read]]:
    """The département most named in running text (rank 6), if any is plainly named."""
    counts: Counter[str] = Counter()
    first: dict[str, Read] = {}
    for count, match in enumerate(_names_regex("department").finditer(doc.folded)):
        if count >= _MAX_MENTIONS:
            break
        if not doc.text[match.start()].isupper():
            continue
        key = geo.fold_place(match.group())
        code = geo.DEPARTMENT_NAMES.get(key)
        if code is None:
            continue
        if key in _COMMON_DEPARTMENT_NAMES and not _PLAINLY_A_DEPARTMENT.search(
            doc.folded, max(0, match.start() - 30), match.start()
        ):
            continue
        counts[code] += 1
        first.setdefault(code, Read(match.start(), match.end(), department=code, key=key))
    if not counts:
        return []
    best = min(counts, key=lambda c: (-counts[c], first[c].start))
    return [(6, first[best])]


def is_mission_abroad(doc: Doc) -> bool:
    """True for a volunteering or expatriate mission that names a foreign country."""
    if not _MISSION_ABROAD.search(doc.folded):
        return False
    for count, match in enumerate(_names_regex("abroad").finditer(doc.folded)):
        if count >= _MAX_MENTIONS:
            break
        if doc.text[match.start()].isupper():
            return True
    return False


def is_fully_remote(doc: Doc) -> bool:
    """True when the posting says the job is done entirely from home."""
    return _FULLY_REMOTE.search(doc.folded) is not None
