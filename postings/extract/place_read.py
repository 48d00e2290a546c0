"""What a stretch of a posting says about a place: `read_places(doc, start, end) -> [Read]`.

A commune name takes what stands next to it: a postal code, a département's code or name,
an arrondissement ("93200 Saint-Denis", "Saint-Denis (974)", "Bruges en Gironde", "Paris
11e": see `place_qualify`). These narrow its homonyms; what remains is left for the caller
to choose with the rest of the posting. A name in a street or building name ("rue de Paris",
"gare de Lyon") is not a place of work.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from postings import geo
from postings.extract.place_names import (
    ABROAD,
    AMBIGUOUS_COMMUNES,
    COMMUNE,
    DEPARTMENT,
    REGION,
    PlaceName,
    scan_names,
)
from postings.extract.place_qualify import qualify
from postings.extract.place_short_forms import dominant
from postings.extract.text import Doc
from postings.extract.title_words import is_role_word


@dataclass(frozen=True, slots=True)
class Read:
    """One statement of a place, with the span of the words that make it.

    `communes` are the communes it may mean, best first (one unless homonyms remain);
    `department` the département it states or implies; `region` a région named without a
    département (only useful to choose between homonyms); `abroad` a place outside France;
    `unknown` a place name no French list knows ("Dakar"), as written; `qualified` says a
    postal code or a département stands beside the name ("33220 Ste-Foy-la-Grande");
    `aliases` are the communes among `communes` that the name only abbreviates ("Saint-Ouen"
    for Saint-Ouen-sur-Seine), to be chosen only where the posting's context says so.
    """

    start: int
    end: int
    communes: tuple[geo.Commune, ...] = ()
    department: str | None = None
    postal_code: str | None = None
    region: str | None = None
    abroad: bool = False
    key: str = ""
    unknown: str | None = None
    qualified: bool = False
    aliases: tuple[geo.Commune, ...] = ()


_POSTCODE = re.compile(r"(?<![\w.,])(\d{5})(?![\w]|[.,]\d)")
# A street, a station or a gate named after a town lies anywhere ("rue de Paris", "gare de
# Lyon"); a school, a hospital or an industrial zone "de X" is in X, and is kept.
_STREET = re.compile(
    r"\b(?:rue|avenue|av|bd|boulevard|place|quai|allee|chemin|route|impasse|square|faubourg"
    r"|porte|gare|pont|passage|metro|station|aeroport|cours|parvis|esplanade|promenade|voie"
    r"|sentier|cite)\.?\s+(?:de la |de l'|du |des |de |d')?$"
)
_PUNCT = " \t.,;:!?()-"
_PROPER_TAIL = re.compile(r"[ \t]+(?:du|de la|de l'|des|de|d')[ \t]*(?=[A-ZÀ-Þ])")
# A commune this populous is meant even where its name is also a département's ("Paris").
_CITY_OVER_DEPARTMENT = 100_000
# "La Chapelle", "La Bastide", "Le Pin": an article and a noun that several small communes
# bear are the names of hamlets, neighbourhoods, metro stations and buildings everywhere else
# ("Porte de la Chapelle", "parcelles de la Bastide"). Below this population they count only
# qualified or alone in a field.
_LOCALITY_POPULATION = 5_000
_ARTICLE_WORDS = frozenset({"la", "le", "les", "l"})
# A commune under this population named in capitals alone on a header line is likely initials.
_VILLAGE = 10_000
# A part of an area before "Nord": a direction, not the département ("secteur Nord").
_A_PART_OF = re.compile(
    r"\b(?:secteurs?|zones?|quartiers?|partie|cote|poles?|territoires?|rive|versant|couronne"
    r"|agences?|antennes?|sites?|sud|est|ouest|et)[ \t]*[-,]?[ \t]*$"
)


def read_places(
    doc: Doc,
    start: int,
    end: int,
    *,
    capitals: bool = True,
    bare_postcodes: bool = False,
) -> list[Read]:
    """Every place stated between two offsets, in order (see the module docstring).

    `bare_postcodes` also reads a postal code standing alone ("Code postal : 35000"), which
    only a field meant for it can be trusted to hold (elsewhere it may be a sum of money).
    """
    names = scan_names(doc, start, end, capitals=capitals)
    reads: list[Read] = []
    used = start
    for index, name in enumerate(names):
        if name.start < used:
            continue  # already read as the qualifier of the name before it
        read = _read_name(doc, name, names[index + 1 : index + 3], start, end)
        if read is not None:
            reads.append(read)
            used = read.end
    if bare_postcodes:
        reads.extend(_bare_postcodes(doc, start, end, reads))
        reads.sort(key=lambda r: r.start)
    return reads


def _read_name(
    doc: Doc, name: PlaceName, following: list[PlaceName], begin: int, limit: int
) -> Read | None:
    """What one name states, with its qualifiers; None for a street's or a building's name."""
    if name.kind == REGION:
        return Read(name.start, name.end, region=name.code, key=name.key)
    if name.kind == ABROAD:
        return Read(name.start, name.end, abroad=True, key=name.key)
    if name.kind not in (COMMUNE, DEPARTMENT):
        return None
    if _INCLUSIVE_ENDING.match(doc.folded, name.end):
        return None  # « Chargé·e de communication », « Chargé(e) de mission »: a job's word
    if _STREET.search(doc.folded, max(0, name.start - 16), name.start):
        return None
    start, end, communes, postal_code, stated = qualify(doc, name, following, limit)
    qualified = (start, end) != (name.start, name.end)
    if stated is not None:
        return Read(start, end, department=stated, key=name.key, qualified=True)
    if name.key == "nord" and not qualified and _is_direction(doc, name, begin):
        return None
    if name.kind == DEPARTMENT and not (communes and (qualified or _prefers_city(name))):
        # "Landes", "40 Landes", "Vienne (86)": the département; "Vienne (38)": the commune.
        return Read(start, end, department=name.code, key=name.key)
    if not communes or (not qualified and _is_acronym(doc, name)):
        return None
    if not qualified and not name.communes and dominant([], list(name.aliases)) is None:
        return None  # "la Maison", "Lieu": only the start of small communes' names
    if not qualified and _part_of_a_longer_name(doc, name, following, limit):
        return None
    if (
        not qualified
        and (name.key in AMBIGUOUS_COMMUNES or _is_locality(name) or is_role_word(name.key))
        and doc.text[begin:limit].strip(_PUNCT) != (doc.text[name.start : name.end])
        and not (  # « 📍 Gap, France · CDI »
            not doc.text[begin : name.start].strip(_PUNCT) and _IN_FRANCE.match(doc.text, name.end)
        )
    ):
        return None  # "Ville", "Plan", "La Chapelle" are a commune only alone or qualified
    aliases = () if qualified else tuple(c for c in communes if c in name.aliases)
    departments = {c.department for c in communes if c not in aliases}
    department = departments.pop() if len(departments) == 1 else None
    found = Read(start, end, communes, department, postal_code, key=name.key, aliases=aliases)
    return replace(found, qualified=qualified) if qualified else found


# A job's inclusive ending right after the word: « ·e », « (e) », « .e », « /e », « -e ».
_INCLUSIVE_ENDING = re.compile(r"[ ]?(?:[·.(/]|-(?=e\b))[ ]?e\b")
# « Gap, France »: a job board's place line names the commune and its country.
_IN_FRANCE = re.compile(r",[ ]?France[ \t]*(?:$|[·|•(–-]|[ \t]{2,})", re.MULTILINE)


def looks_like_initials(doc: Doc, read: Read) -> bool:
    """ "REAL" heading a page or ending a title: one word in capitals naming only villages is
    an organisation's initials ("PARIS", "NANTES" are towns; a code beside it makes it one)."""
    words = doc.text[read.start : read.end]
    return (
        not read.qualified
        and bool(read.communes)
        and words.isupper()
        and words.isalpha()
        and all(c.population < _VILLAGE for c in read.communes)
    )


def _is_acronym(doc: Doc, name: PlaceName) -> bool:
    """ "Réseau Étudiant pour l'Alimentation Durable (REAL)": one word in capitals between
    brackets is an organisation's initials (with a code beside it, it is qualified)."""
    words = doc.text[name.start : name.end]
    return (
        doc.text[name.start - 1 : name.start] == "("
        and doc.text[name.end : name.end + 1] == ")"
        and words.isupper()
        and " " not in words
        and "-" not in words
    )


def _is_direction(doc: Doc, name: PlaceName, begin: int) -> bool:
    """ "secteurs Nord et Est", "quartiers nord": a direction, not the département."""
    return bool(_A_PART_OF.search(doc.folded, max(begin, name.start - 30), name.start))


def _is_locality(name: PlaceName) -> bool:
    """ "La Chapelle", "Le Pin": an article and a noun naming several small communes."""
    words = name.key.split(" ")
    return (
        len(words) == 2
        and len(name.communes) > 1
        and words[0] in _ARTICLE_WORDS
        and all(c.population < _LOCALITY_POPULATION for c in name.communes)
    )


def _part_of_a_longer_name(
    doc: Doc, name: PlaceName, following: list[PlaceName], limit: int
) -> bool:
    """ "la Tour du Schloessel", "Montagne de Reims": a building's or a site's name."""
    tail = _PROPER_TAIL.match(doc.text, name.end, limit)
    if tail is None:
        return False
    return not any(n.start == tail.end() and n.kind != COMMUNE for n in following)


def _prefers_city(name: PlaceName) -> bool:
    return bool(name.communes) and name.communes[0].population >= _CITY_OVER_DEPARTMENT


def _bare_postcodes(doc: Doc, start: int, end: int, reads: list[Read]) -> list[Read]:
    """Postal codes no commune name stands beside: their département, their commune if one."""
    found = []
    for match in _POSTCODE.finditer(doc.text, start, end):
        if any(r.start <= match.start() < r.end for r in reads):
            continue
        postcode = match.group(1)
        department = geo.department_of_postcode(postcode)
        if department is None:
            continue
        communes = tuple(geo.gazetteer().by_postcode(postcode))
        one = communes if len(communes) == 1 else ()
        found.append(Read(match.start(), match.end(), one, department, postcode, qualified=True))
    return found
