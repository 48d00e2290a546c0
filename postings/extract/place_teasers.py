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

# The words that make a line a job's (a contract, a hiring verb, "H/F"), found with
# `str.find`: a regex scanned over the text would cost more than the rest of this module.
_JOB_WORDS = ("cdi", "cdd", "stage", "alternance", "apprentissage", "service civique",
              "volontariat", "benevol", "interim", "freelance", "vacataire", "recrute",
              "recherche", "cherche", "h/f", "f/h", "temps plein", "temps partiel",
              "mi-temps")  # fmt: skip
_JOB = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in _JOB_WORDS) + ")")
_CODE = re.compile(r"\((?:\d{2,3}|2[ab])\)")
_SHORT = 200  # a teaser's line at most
_BLOCK_LINE = 120  # a line inside a teaser's block (a title, an employer, a contract)
_GAP = 4  # lines between two teasers at most
_FIRST_PART = 0.4  # of the text, where a posting lists its own posts
_MAX_UNITS = 60
_MAX_POSITIONS = 400


def teaser_runs(doc: Doc) -> list[tuple[int, int]]:
    """Spans of runs of two teasers or more in two places or more (see the module docstring)."""
    floor = int(len(doc.text) * _FIRST_PART)
    spans: list[tuple[int, int]] = []
    # Lines naming a job come first: only where two are neighbours are their places read.
    for group in _runs(doc, _job_lines(doc, floor)):
        places = {line.index: place for line in group if (place := _place(doc, line))}
        for run in _runs(doc, [line for line in group if line.index in places]):
            if len({places[line.index] for line in run}) >= 2:
                spans.append(_span(doc, run[0], run[-1]))
    return spans


def _runs(doc: Doc, lines: list[Line]) -> list[list[Line]]:
    """The lines (in order) grouped into runs of neighbours, runs of one left out."""
    runs: list[list[Line]] = []
    for line in lines:
        if runs and _joins(doc, runs[-1][-1], line):
            runs[-1].append(line)
        else:
            runs.append([line])
    return [run for run in runs if len(run) >= 2]


def _job_lines(doc: Doc, floor: int) -> list[Line]:
    """The short lines past `floor` that name a job, in order."""
    lines: dict[int, Line] = {}
    for pos in _job_positions(doc.folded, floor):
        line = doc.line_at(pos)
        if len(line.text) <= _SHORT:
            lines.setdefault(line.index, line)
            if len(lines) >= _MAX_UNITS:
                break
    return [lines[index] for index in sorted(lines)]


def _job_positions(folded: str, floor: int) -> list[int]:
    """Where a job's word starts a word past `floor`, in order (a few hundred at most)."""
    found = []
    for word in _JOB_WORDS:
        pos = folded.find(word, floor)
        while pos != -1 and len(found) < _MAX_POSITIONS:
            if _JOB.match(folded, pos):
                found.append(pos)
            pos = folded.find(word, pos + 1)
    return sorted(found)


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
