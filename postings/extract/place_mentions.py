"""Last resorts: the commune or the département a posting keeps naming, and missions abroad.

- `mention_reads`: communes named after "à", "de", "sur"… ("à Marseille", "la Ville de Paris"),
  counted; the most named wins if it is named twice, or if it is a large town named once
  and no other town is named. A name after "antenne", "également"…, an
  institution's or an event's name ("IEP de Grenoble", "Accord de Paris") or in the address
  to apply to does not count.
- `hiring_reads`: a commune after "à" in the sentence that hires ("Le foyer, qui accueille 40
  adultes à Saint-Amand-Montrond, recrute …", "recherche un·e animateur·rice pour son centre
  à Guéret"), or ending right before its verb ("Le centre social X de Lens accueille un·e
  volontaire"): where the hiring establishment is (rank 4, above a head office elsewhere).
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
from postings.extract.place_names import (
    ABROAD_NAMES,
    APPLY_WORDS,
    may_start,
    scan_names,
    word_matches,
    words,
)
from postings.extract.place_read import Read, read_places
from postings.extract.text import Doc

# A preposition before a capitalised word (word boundaries are checked by `word_matches`).
# (In capitals too: "AU CŒUR DE LA ROCHE-SUR-YON".)
_MENTION = re.compile(
    r"(?:(?:[àÀaA]|au|aux|AU|AUX|de|De|DE|du|DU|sur|SUR|vers)[ \t]+|[dD]')(?=[A-ZÀ-ÖØ-Þ])"
)
_NOT_THE_WORKPLACE = re.compile(
    r"\b(?:antennes?|agences?|delegations?|presente?s?|implantee?s?|egalement|notamment|comme"
    r"|tels? que|telles? que|jumel\w*|partenariats?|ainsi qu|sauf|hors|excepte|originaire"
    r"|nee?|ecoles?|universites?|diplome|formations?|congres|colloque|salon)\b[^.;\n]{0,40}$"
)
# An institution or an event named after a town: "Accord de Paris", "IEP de Grenoble".
_INSTITUTION = re.compile(
    r"\b(?:accords?|conferences?|traites?|sommets?|conventions?|protocoles?|declarations?|appels?"
    r"|pactes?|jeux|universites?|ecoles?|instituts?|iep|sciences po|lycees?|colleges?|hopitals?"
    r"|chu|chr|musees?|operas?|tribunal|cour d'appel|prefecture|academie|rectorat|barreau"
    r"|dioceses?|gare|aeroport|porte|salon|foire|festival|marathon|biennale)"
    r"(?: \w+)?[ \t]+(?:de |du |des |d'|a )?(?:la |l')?$"
)
# The verbs of a hiring sentence ("recrute", "recherchons", "cherche", "embauche").
# (Or welcomes a volunteer or a trainee: "Le centre social X de Lens accueille un·e volontaire",
# or the people the establishment serves.)
_HIRES = re.compile(
    r"(?:recrut|recherch|cherch|embauch)(?:e|ent|ons)\b|accueill(?:e|ent|ons|era) (?:un|une"
    r"|un[.·(]e\)?|des|deux|trois|\d) (?:[\w·.()-]+ )?(?:volontaires?|stagiaires?|jeunes?"
    r"|alternant|apprenti|service civique)"
    # or houses people there: "Le foyer de vie X accueille 36 adultes (…) à Bar-le-Duc"
    r"|accueill(?:e|ent) (?:(?:chaque annee|actuellement|aujourd'hui|plus de|pres de|environ)"
    r" ){0,2}\d+ "
)
# The hiring establishment named after its town right before the verb: "La crèche Les
# Lucioles de Tours recrute", "Le centre social Jean-Moulin de Lens accueille un·e volontaire".
# (After an establishment's noun: "La Société de Saint-Vincent-de-Paul" is a name, not a town.)
_ESTABLISHMENT_BEFORE = re.compile(
    r"\b(?:centres?|foyers?|maisons?|creches?|ehpad|ime|esat|mjc|epiceries?|residences?|poles?"
    r"|antennes?|agences?|delegations?|comites?|sections?|ville|mairie|commune|banque alimentaire"
    r"|ressourcerie|recyclerie|chantiers?|ateliers?|accueils?|clubs?|missions? locales?|cias?"
    r"|ccas|services?|jardins?|cafes?|boutiques?|etablissements?)\b[^.;:!?\n]{0,40}$"
)
_SITE_OF = re.compile(
    r"(?: (?:actuellement|activement))? pour (?:le|la|l'|les|son|sa|ses|notre|nos|leur) ?"
    r"(?:[\w'-]+ ){0,3}?(?P<of>de |du |d')"
)
_OF_AT = re.compile(r"(?:de|du|d')[ \t]*")
_OF_BEFORE = re.compile(r"\b(?:de|du|d')[ \t]*(?=[A-ZÀ-ÖØ-Þ][^\n.,;:!?]{0,40}[ \t]$)")
_AT = re.compile(r"(?:[àÀaA]|au|aux)[ \t]+(?=[A-ZÀ-ÖØ-Þ])")
_SENTENCE_BREAK = re.compile(r"[.!?](?:\s|$)|\n\s*\n")
_SENTENCE = 400
_SEAT = re.compile(r"\bsiege\b")
_MAX_HIRES = 20
_HASHTAG = re.compile(r"#([A-ZÀ-Þ][^\W\d_]{3,40})")
_CAMEL_BREAK = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ])")
_MAX_HASHTAGS = 50
# A town this large may be the workplace when named once; a smaller one must be named twice.
_LARGE_TOWN = 20_000
# A town this large, named without homonyms, says where a short form is (`town_departments`).
_TOWN = 10_000
_TOWNS_REACH = 20_000
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
    r"(?:\ben|\bdans (?:le|la|l'|les)|\b(?:departement|territoire|conseil departemental)s?"
    r" (?:de la|de l'|du|des|de|d')"
    # "dans toute la Creuse", "sur l'ensemble de la Marne" ("sur le Rhône" is a river)
    r"|\b(?:dans|sur|de) (?:toute?s? |l'ensemble (?:de |du |des |d'))(?:la |le |l'|les )?"
    # "Nord Isère", "Sud-Gironde"
    r"|\b(?:nord|sud|est|ouest)[ -])[ \t]*$"
)
_MISSION_ABROAD = re.compile(
    r"(?:vsi|volontariat de solidarite internationale|volontaires? de (?:la )?solidarite "
    r"internationale|volontariat international|v\.i\.e|expatri\w+|a l'etranger|pays "
    r"d'affectation|pays de (?:la )?mission)\b"
)


# "100 % télétravail", "poste entièrement à distance", "full remote", "télétravail complet".
_FULLY_REMOTE = re.compile(
    r"(?:(?:a )?100 ?%|totalement|entierement|integralement|completement|uniquement"
    r"|exclusivement)[ \t]*(?:de |en )?(?:a distance|distanciel|teletravail|remote)\b"
    r"|(?:teletravail|remote|travail a distance)[ \t]+(?:complet|total|integral|a 100 ?%|100 ?%)"
    r"|full[ -]?remote\b|fully remote\b"
)


_REMOTE_WORDS = ("distan", "teletravail", "remote")
_MAX_REMOTE_WORDS = 50
_NEXT_WORD = re.compile(r"[^\W_]+")


@cache
def names_regex(kind: str) -> re.Pattern[str]:
    """One regex of every département, région or foreign country name, on folded text."""
    lists = {"department": geo.DEPARTMENT_NAMES, "region": geo.REGION_NAMES}
    keys = list(lists.get(kind, ABROAD_NAMES))
    keys.sort(key=len, reverse=True)
    words = "|".join(re.escape(k).replace(r"\ ", r"[ '-]") for k in keys)
    # The lookbehind stays: short names ("ain", "lot", "var") would else match inside words.
    return re.compile(rf"(?<![\w-])(?:{words})(?![\w]|[-'][a-z])")


def mention_reads(doc: Doc) -> list[tuple[int, Read]]:
    """The commune most named in the text (rank 6), when it is named enough to trust."""
    counts: Counter[str] = Counter()
    first: dict[str, Read] = {}
    for match in word_matches(_MENTION, doc.text, _MAX_MENTIONS):
        read = _mentioned(doc, match)
        if read is None:
            continue
        key = read.communes[0].code
        counts[key] += 1
        first.setdefault(key, read)
    if not counts:
        return []
    best = min(counts, key=lambda k: (-counts[k], first[k].start))
    read = first[best]
    if counts[best] >= 2:
        return [(6, read)]
    # Named once: a large town, and no other town named ("de Lyon à Marseille").
    if len(counts) == 1 and read.communes[0].population >= _LARGE_TOWN:
        return [(6, read)]
    return []


def _mentioned(doc: Doc, match: re.Match[str]) -> Read | None:
    """The commune named right after a preposition, unless its context makes it no workplace."""
    word = _NEXT_WORD.match(doc.folded, match.end())
    contracted = match.group().split()[0].lower() in ("au", "aux", "du")
    if word is None or not (contracted or geo.gazetteer().words_after(may_start(word.group()))):
        return None  # "de Jean", "à Emmaüs": no commune name starts so (cheap test first)
    line = doc.line_at(match.start())
    end = min(line.end, match.end() + 60)
    reads = read_places(doc, match.start(), end)
    if not reads or reads[0].start > match.end() or not reads[0].communes:
        return None
    before = doc.folded[max(line.start, match.start() - 60) : reads[0].start]
    if _NOT_THE_WORKPLACE.search(before) or _INSTITUTION.search(before):
        return None
    around = doc.folded[max(line.start, match.start() - 200) : min(line.end, match.end() + 200)]
    if APPLY_WORDS.search(around):
        return None
    return reads[0]


def hiring_reads(doc: Doc) -> list[tuple[int, Read]]:
    """The first commune named after "à" in each sentence that hires (rank 4)."""
    reads = []
    for match in word_matches(_HIRES, doc.folded, _MAX_HIRES):
        start, end = _sentence(doc, match.start())
        for at in _AT.finditer(doc.text, start, end):
            if at.start() and doc.text[at.start() - 1].isalnum():
                continue
            if _SEAT.search(doc.folded, max(start, at.start() - 30), at.start()):
                continue  # "dont le siège est à Bourges": the head office's town
            read = _mentioned(doc, at)
            if read is not None:
                reads.append((4, read))
                break
        else:
            read = _named_before(doc, match.start()) or _site_after(doc, match.end(), end)
            if read is not None:
                reads.append((4, read))
    return reads


def _site_after(doc: Doc, verb_end: int, end: int) -> Read | None:
    """The town of the site a hiring verb names: « recrute pour l'épicerie solidaire de
    Vierzon », « recherche pour son EHPAD de Loches »."""
    site = _SITE_OF.match(doc.folded, verb_end, min(end, verb_end + 80))
    if site is None or not doc.text[site.end() : site.end() + 1].isupper():
        return None
    return _mentioned(doc, _OF_AT.match(doc.text, site.start("of")))


def _named_before(doc: Doc, verb: int) -> Read | None:
    """The town of "… de Tours recrute": a commune ending right before the hiring verb."""
    line_start = doc.line_at(verb).start
    of = _OF_BEFORE.search(doc.text, max(line_start, verb - 60), verb)
    if of is None or _SEAT.search(doc.folded, max(line_start, of.start() - 30), of.start()):
        return None
    if not _ESTABLISHMENT_BEFORE.search(doc.folded, max(line_start, of.start() - 60), of.start()):
        return None
    read = _mentioned(doc, of)
    if read is None or doc.text[read.end : verb].strip():
        return None
    return read


def _sentence(doc: Doc, pos: int) -> tuple[int, int]:
    """The sentence around `pos`, within a few hundred characters."""
    low = max(0, pos - _SENTENCE)
    starts = [m.end() for m in _SENTENCE_BREAK.finditer(doc.text, low, pos)]
    after = _SENTENCE_BREAK.search(doc.text, pos, pos + _SENTENCE)
    return (starts[-1] if starts else low), (after.start() if after else pos + _SENTENCE)


def department_reads(doc: Doc) -> list[tuple[int, Read]]:
    """The département most named in running text (rank 6), if any is plainly named."""
    counts: Counter[str] = Counter()
    first: dict[str, Read] = {}
    for match in word_matches(names_regex("department"), doc.folded, _MAX_MENTIONS):
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
    if next(word_matches(_MISSION_ABROAD, doc.folded, 1), None) is None:
        return False
    for match in word_matches(names_regex("abroad"), doc.folded, _MAX_MENTIONS):
        if doc.text[match.start()].isupper():
            return True
    return False


def named_departments(doc: Doc) -> set[str]:
    """Départements the text names anywhere, itself or through its région ("Île-de-France"),
    also as a hashtag ("#SaintPierreEtMiquelon", "#HautsDeFrance")."""
    found: set[str] = set()
    for kind in ("department", "region"):
        for match in word_matches(names_regex(kind), doc.folded, _MAX_MENTIONS):
            if not doc.text[match.start()].isupper():
                continue
            key = geo.fold_place(match.group())
            if kind == "department" and key in geo.DEPARTMENT_NAMES:
                found.add(geo.DEPARTMENT_NAMES[key])
            elif kind == "region" and key in geo.REGION_NAMES:
                found.update(geo.departments_of_region(geo.REGION_NAMES[key]))
    for count, match in enumerate(_HASHTAG.finditer(doc.text)):
        if count >= _MAX_HASHTAGS:
            break
        # A social network's hashtag writes the name in one word: #HauteSavoie, #PasDeCalais.
        key = geo.fold_place(_CAMEL_BREAK.sub(" ", match[1]))
        if key in geo.DEPARTMENT_NAMES:
            found.add(geo.DEPARTMENT_NAMES[key])
        elif key in geo.REGION_NAMES:
            found.update(geo.departments_of_region(geo.REGION_NAMES[key]))
    return found


def town_departments(doc: Doc) -> set[str]:
    """Départements of the towns of over 10 000 inhabitants the text names without homonyms:
    where a short form is ("C'est à La Teste … #Arcachon")."""
    found: set[str] = set()
    for name in scan_names(doc, 0, min(len(doc.text), _TOWNS_REACH)):
        communes = name.communes
        if len(communes) == 1 and communes[0].population >= _TOWN and not name.aliases:
            found.add(communes[0].department)
    return found


def is_fully_remote(doc: Doc) -> bool:
    """True when the posting says the job is done entirely from home."""
    for keyword in _REMOTE_WORDS:
        position = doc.folded.find(keyword)
        for _ in range(_MAX_REMOTE_WORDS):
            if position < 0:
                break
            # The regex runs only around the keyword: a long posting is not scanned whole.
            window = doc.folded[max(0, position - 40) : position + 50]
            if next(word_matches(_FULLY_REMOTE, window, 1), None) is not None:
                return True
            position = doc.folded.find(keyword, position + 1)
    return False
