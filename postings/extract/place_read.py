"""What a stretch of a posting says about a place: `read_places(doc, start, end) -> [Read]`.

A commune name takes what stands next to it: a postal code before or after it ("93200
Saint-Denis", "Saint-Denis 93200"), a département code ("Saint-Denis (974)", "93 - ST DENIS",
"Saint-Denis - 93"), a département named after it ("Bruges en Gironde", "Saint-Denis de la
Réunion"), an arrondissement ("Paris 11e", "Lyon 3ème", "MARSEILLE 01"). These narrow its
homonyms; what remains is left for the caller to choose with the rest of the posting. A name
in a street or building name ("rue de Paris", "gare de Lyon") is not a place of work.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from postings import geo
from postings.extract.place_arrondissements import arrondissement_postcode
from postings.extract.place_names import (
    ABROAD,
    AMBIGUOUS_COMMUNES,
    COMMUNE,
    DEPARTMENT,
    REGION,
    PlaceName,
    scan_names,
)
from postings.extract.place_short_forms import dominant
from postings.extract.text import Doc


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


# Département codes as written: "93", "2A", "974" (validated against the list afterwards).
_CODE = r"(\d{2,3}|2[AaBb])"
_POSTCODE = re.compile(r"(?<![\w.,])(\d{5})(?![\w]|[.,]\d)")
_POSTCODE_BEFORE = re.compile(r"(?<![\w.,])(\d{5})[ \t,]*$")
_CODE_BEFORE = re.compile(rf"(?<![\w])({_CODE})[ \t]*-?[ \t]*$")
_POSTCODE_AFTER = re.compile(r"[ \t]*[,(-]?[ \t]*(\d{5})(?![\w])\)?")
_CODE_AFTER = re.compile(rf"[ \t]*(?:[(,]|-[ \t])?[ \t]*{_CODE}(?![\w])\)?")
_CODE_NEAR = re.compile(rf"[^.;:!?\n()]{{0,35}}?\({_CODE}\)")
_CONNECTOR = re.compile(r"[\s,(-]*(?:(?:en|dans|de|du|des)\b[ \t]*)?(?:(?:la|le|les)\b[ \t]*|l')?")
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
    if _STREET.search(doc.folded, max(0, name.start - 16), name.start):
        return None
    start, end, communes, postal_code = _qualify(doc, name, following, limit)
    qualified = (start, end) != (name.start, name.end)
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
        and (name.key in AMBIGUOUS_COMMUNES or _is_locality(name))
        and doc.text[begin:limit].strip(_PUNCT) != (doc.text[name.start : name.end])
    ):
        return None  # "Ville", "Plan", "La Chapelle" are a commune only alone or qualified
    aliases = () if qualified else tuple(c for c in communes if c in name.aliases)
    departments = {c.department for c in communes if c not in aliases}
    department = departments.pop() if len(departments) == 1 else None
    found = Read(start, end, communes, department, postal_code, key=name.key, aliases=aliases)
    return replace(found, qualified=qualified) if qualified else found


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


def _qualify(
    doc: Doc, name: PlaceName, following: list[PlaceName], limit: int
) -> tuple[int, int, tuple[geo.Commune, ...], str | None]:
    """The name's span widened to its qualifiers, the communes they allow, its postal code."""
    start, end = name.start, name.end
    communes = name.communes + name.aliases
    postal_code = None
    line_start = doc.line_at(start).start
    before = _POSTCODE_BEFORE.search(doc.text, max(line_start, start - 12), start)
    after = _POSTCODE_AFTER.match(doc.text, end, limit)
    if after and _opens_next_name(doc, after.end(), following):
        after = None  # "résidence du Breuil, 71300 Montceau-les-Mines": the code is Montceau's
    for match in (before, after):
        if match and (narrowed := _by_postcode(communes, match.group(1))):
            communes, postal_code = narrowed, match.group(1)
            start, end = min(start, match.start(1)), max(end, match.end())
            break
    arrondissement = arrondissement_postcode(doc, name, end, limit)
    if arrondissement:
        postal_code = postal_code or arrondissement[0]
        end = max(end, arrondissement[1])
    codes = []
    code_before = _CODE_BEFORE.search(doc.text, max(line_start, start - 8), start)
    if code_before:
        codes.append((code_before.group(1).upper(), code_before.start(1), start))
    if not arrondissement and (code_after := _CODE_AFTER.match(doc.text, end, limit)):
        codes.append((code_after.group(1).upper(), end, code_after.end()))
    if named := _department_after(doc, end, following):
        codes.append(named)
    if near := _CODE_NEAR.match(doc.text, end, limit):
        codes.append((near.group(1).upper(), end, near.end()))
    for index, (code, code_start, code_end) in enumerate(codes):
        # A code a few words further may be another town's: it confirms no short form.
        loose = near is not None and index == len(codes) - 1
        candidates = name.communes if loose and postal_code is None else communes
        in_department = tuple(c for c in candidates if c.department == code)
        if in_department or (name.kind == DEPARTMENT and code == name.code):
            communes = in_department
            start, end = min(start, code_start), max(end, code_end)
            break
    return start, end, communes, postal_code


def _opens_next_name(doc: Doc, pos: int, following: list[PlaceName]) -> bool:
    """A commune's name starts right after `pos` (a postal code precedes its commune)."""
    gap = len(doc.text[pos : pos + 3]) - len(doc.text[pos : pos + 3].lstrip(" \t"))
    return any(n.start == pos + gap and n.kind == COMMUNE for n in following)


def _by_postcode(communes: tuple[geo.Commune, ...], postcode: str) -> tuple[geo.Commune, ...]:
    exact = tuple(c for c in communes if postcode in c.postcodes)
    if exact:
        return exact
    department = geo.department_of_postcode(postcode)
    return tuple(c for c in communes if c.department == department)


def _department_after(
    doc: Doc, end: int, following: list[PlaceName]
) -> tuple[str, int, int] | None:
    """A département named right after a commune: "Bruges en Gironde", "(La Réunion)"."""
    for name in following:
        if name.kind != DEPARTMENT or not name.code or name.start - end > 14:
            continue
        connector = _CONNECTOR.match(doc.folded, end, name.start)
        if connector and connector.end() == name.start:
            close = name.end + 1 if doc.text[name.end : name.end + 1] == ")" else name.end
            code = _CODE_AFTER.match(doc.text, close)
            if code and code.group(1).upper() == name.code:  # "en Gironde (33)"
                close = code.end()
            return name.code, end, close
    return None


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
