"""What stands beside a commune's name and narrows its homonyms: `qualify(doc, name, …)`.

A postal code before or after it ("93200 Saint-Denis", "Saint-Denis 93200"), a département
code ("Saint-Denis (974)", "93 - ST DENIS", "Saint-Denis - 93"), a département named after it
("Bruges en Gironde", "Saint-Denis de la Réunion"), an arrondissement ("Paris 11e"), a code a
few words further ("Saint-Ouen, près du marché (93)", which confirms no short form). Where a
code in brackets or a département named right after the name holds no commune of that name
("St Quentin en Yvelines", "Saint-Paul (78)"), that département is the one meant.
"""

from __future__ import annotations

import re

from postings import geo
from postings.extract.place_arrondissements import arrondissement_postcode
from postings.extract.place_names import COMMUNE, DEPARTMENT, PlaceName
from postings.extract.text import Doc

# Département codes as written: "93", "2A", "974" (validated against the list afterwards).
_CODE = r"(\d{2,3}|2[AaBb])"
_POSTCODE_BEFORE = re.compile(r"(?<![\w.,])(\d{5})[ \t,]*$")
_CODE_BEFORE = re.compile(rf"(?<![\w])({_CODE})[ \t]*-?[ \t]*$")
_POSTCODE_AFTER = re.compile(r"[ \t]*[,(-]?[ \t]*(\d{5})(?![\w])\)?")
_CODE_AFTER = re.compile(rf"[ \t]*(?:[(,]|-[ \t])?[ \t]*{_CODE}(?![\w])\)?")
_CODE_NEAR = re.compile(rf"[^.;:!?\n()]{{0,35}}?\({_CODE}\)")
_IN_DEPARTMENT = re.compile(r"[ \t]*(?:\(|en\b|dans\b)")
_CONNECTOR = re.compile(r"[\s,(-]*(?:(?:en|dans|de|du|des)\b[ \t]*)?(?:(?:la|le|les)\b[ \t]*|l')?")

Qualified = tuple[int, int, tuple[geo.Commune, ...], str | None, str | None]


def qualify(doc: Doc, name: PlaceName, following: list[PlaceName], limit: int) -> Qualified:
    """The name's span widened to its qualifiers, the communes they allow, its postal code,
    and the département a code or a name beside it states when no such commune lies there."""
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
    code_after = named = None
    code_before = _CODE_BEFORE.search(doc.text, max(line_start, start - 8), start)
    if code_before:
        codes.append((code_before.group(1).upper(), code_before.start(1), start))
    if not arrondissement:
        code_after = _CODE_AFTER.match(doc.text, end, limit)
    if code_after:
        codes.append((code_after.group(1).upper(), end, code_after.end()))
    named = _department_after(doc, end, following)
    if named:
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
    else:
        # "St Quentin en Yvelines", "Saint-Paul (78)": no commune of that name lies in the
        # département named right after it, which is the one meant.
        stated = _contradicting(doc, end, code_after, named) if postal_code is None else None
        if stated is not None and name.kind == COMMUNE:
            return start, stated[1], (), None, stated[0]
    return start, end, communes, postal_code, None


def _contradicting(
    doc: Doc,
    end: int,
    code_after: re.Match[str] | None,
    named: tuple[str, int, int] | None,
) -> tuple[str, int] | None:
    """The département a bracketed code or a name right after a commune's name states."""
    if named is not None and named[0] in geo.DEPARTMENTS and _IN_DEPARTMENT.match(doc.folded, end):
        return named[0], named[2]  # "… en Yvelines", "… (Yvelines)", not "…, Paris 18e"
    if code_after is not None and doc.text[end : code_after.end()].lstrip(" \t").startswith("("):
        code = code_after.group(1).upper()
        return (code, code_after.end()) if code in geo.DEPARTMENTS else None
    return None


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
