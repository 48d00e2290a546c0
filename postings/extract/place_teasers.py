"""A newsletter's teasers of other offers, found by their shape: `teaser_runs(doc)`.

A network's letter or a job board's page lists other offers under headings no word list can
foresee ("À voir aussi sur le réseau cette semaine :", "Chez nos voisins"). What they share is
their shape: short lines or blocks, one after the other, each naming a job (a contract,
"recrute", "cherche", "H/F") and a place, in different places:

    > L'épicerie Graines de Partage (Albi) cherche un·e animateur·rice en service civique
    > Le Relais du Pays de Tarbes recrute un·e chauffeur·se en CDDI

    Comptable
    Association Y
    CDD 6 mois - Bourges

A run counts past the first part of the text only: a posting that lists its own posts ("Nous
recrutons : un·e éducateur·rice en CDI à Lyon, un·e moniteur·rice en CDD à Villeurbanne")
does it near the top, before describing them.
"""

from __future__ import annotations

import re

from postings.extract.place_names import COMMUNE, DEPARTMENT, scan_names
from postings.extract.text import Doc, Line

_JOB = re.compile(
    r"\b(?:cdi|cdd|cddi|stages?|alternance|apprentissage|service civique|volontariat"
    r"|benevol\w*|interim|freelance|vacataire|recrute\w*|recherche|cherche|h/f|f/h"
    r"|temps (?:plein|partiel)|mi-temps|\d{1,2} ?h(?:/| par)? ?(?:semaine|hebdo)|\d{1,2} mois)\b"
)
_CODE = re.compile(r"\((?:\d{2,3}|2[ab])\)")
_SHORT = 200  # a teaser's line at most
_BLOCK_LINE = 120  # a line inside a teaser's block (a title, an employer, a contract)
_GAP = 4  # lines between two teasers at most
_FIRST_PART = 0.4  # of the text, where a posting lists its own posts
_MAX_UNITS = 60


def teaser_runs(doc: Doc) -> list[tuple[int, int]]:
    """Spans of runs of two teasers or more in two places or more (see the module docstring)."""
    floor = int(len(doc.text) * _FIRST_PART)
    units = _units(doc, floor)
    spans: list[tuple[int, int]] = []
    run: list[tuple[Line, str]] = []
    for unit in [*units, None]:
        if unit is not None and run and _joins(doc, run[-1][0], unit[0]):
            run.append(unit)
            continue
        if len(run) >= 2 and len({place for _, place in run}) >= 2:
            spans.append(_span(doc, run[0][0], run[-1][0]))
        run = [unit] if unit is not None else []
    return spans


def _units(doc: Doc, floor: int) -> list[tuple[Line, str]]:
    """Lines past `floor` that name a job and a place, with the place (folded)."""
    units = []
    for line in doc.lines:
        if line.start < floor or not line.text or len(line.text) > _SHORT:
            continue
        if _JOB.search(doc.folded, line.start, line.end) is None:
            continue
        place = _place(doc, line)
        if place is not None:
            units.append((line, place))
            if len(units) >= _MAX_UNITS:
                break
    return units


def _place(doc: Doc, line: Line) -> str | None:
    """The first commune or département code the line names, folded."""
    code = _CODE.search(doc.folded, line.start, line.end)
    limit = code.start() if code else line.end
    for name in scan_names(doc, line.start, limit):
        if name.kind in (COMMUNE, DEPARTMENT) and (name.communes or name.code):
            return name.key
    return code.group() if code else None


def _joins(doc: Doc, before: Line, after: Line) -> bool:
    """Two teasers are neighbours: a few short lines or blank lines between them."""
    if after.index - before.index > _GAP + 1:
        return False
    between = doc.lines[before.index + 1 : after.index]
    return all(len(line.text) <= _BLOCK_LINE for line in between)


def _span(doc: Doc, first: Line, last: Line) -> tuple[int, int]:
    """From the start of the first teaser's block to the end of the last one's."""
    start = first
    for line in reversed(doc.lines[max(0, first.index - 3) : first.index]):
        if not line.text or len(line.text) > _BLOCK_LINE:
            break
        start = line
    return start.start, last.end
