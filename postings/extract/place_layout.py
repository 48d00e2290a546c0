"""A job board's layout that places a job: `layout_reads(doc) -> [(rank, Read)]`.

- a title line ending with the place: "Chargé de projet - Lille", "…, H/F, Paris, France";
  a département code in the title: "Éducateur spécialisé CDI (93)";
- a header line holding only places: "Nantes", "Paris, Île-de-France", "Manche (50) - Saint-Lô"
  (the commune rather than its département);
- a part of a header line that a job board splits with "·", "|" or " - " holding only a
  place: "CDD · 18 mois · Temps plein · Corte, Corse", "Évry (91) · Apprentissage · 24 mois",
  "Association X (ABC) - Besançon";
- France Travail's "75 - PARIS" lines;
- a letter's "Marseille, le 12 janvier 2026" (where the organisation writes from: rank 5).

One word in capitals naming only villages ("REAL" heading the page) is an organisation's
initials, not a place, unless a code stands beside it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from postings.extract.place_names import ABROAD, FRANCE, REGION, scan_names
from postings.extract.place_read import Read, looks_like_initials, read_places
from postings.extract.text import Doc
from postings.geo import DEPARTMENTS

_TITLE_CODE = re.compile(r"(?<![\w(])\((\d{2,3}|2[AaBb])\)")
_LETTER_PLACE = re.compile(
    r"^[ \t]*(?:Fait [àa][ \t]+)?([A-ZÀ-Þ][^\n,]{1,40}),[ \t]*le[ \t]+\d", re.M
)
_LINE_CODE = re.compile(r"^[ \t>*-]*(?:\d{2,3}|2[AB])[ \t]*-[ \t]*[A-ZÀ-Þ]", re.M)
_BULLET = re.compile(r"[ \t>*#|•·.-]*")
_HEADER_LINES = 40
_TITLE_LINE = 300
# The longest line that may hold only a place ("Saint-Laurent-du-Maroni, Guyane (973)").
_PLACE_LINE = 70
# A lower-case word of five letters or more, not inside a hyphenated name ("Ivry-sur-Seine"):
# the line is a sentence, not a place.
_PROSE_WORD = re.compile(r"(?<![\w'-])[a-zà-ÿ]{5,}")
_MAX_MATCHES = 300
# The parts of a job board's header line: "CDD · 18 mois · Corte", "Org (ABC) - Besançon".
_SEPARATOR = re.compile(r"[ \t]+[·|/-][ \t]+")
_SPLIT_LINE = 160
_SEPARATORS = ("·", "|", " -", "/")
_PLACE_START = re.compile(r"[ \t(]*(?:[A-ZÀ-Þ\d]|l[ae]s? [A-ZÀ-Þ]|l'[A-ZÀ-Þ])")


def layout_reads(doc: Doc) -> list[tuple[int, Read]]:
    """Places that a job board's layout states: title's end, place-only lines, "75 - PARIS"."""
    lines = [line for line in doc.lines if line.text][:_HEADER_LINES]
    reads = []
    if lines and lines[0].end - lines[0].start <= _TITLE_LINE:
        reads.extend((3, r) for r in _title_place(doc, lines[0].start, lines[0].end))
        reads.extend((3, r) for r in _title_code(doc, lines[0].start, lines[0].end))
    for line in lines:
        start = _BULLET.match(doc.text, line.start, line.end).end()
        alone = _only_places(doc, start, line.end) or _segment_places(doc, start, line.end)
        # An address ("12 rue X - 32000 Auch") is read by `anchored_reads`, which knows a
        # letterhead's, a head office's and the application address's from the job's.
        reads.extend((3, r) for r in alone if not _has_postcode(doc, r))
    for match in _capped(_LINE_CODE.finditer(doc.text)):
        line = doc.line_at(match.start())
        reads.extend((3, r) for r in read_places(doc, match.start(), line.end)[:1])
    for match in _capped(_LETTER_PLACE.finditer(doc.text)):
        # "Marseille, le 12 janvier 2026": where a letter was written, the organisation's town.
        reads.extend((5, r) for r in read_places(doc, match.start(1), match.end(1))[:1])
    return reads


def _title_code(doc: Doc, start: int, end: int) -> list[Read]:
    """ "Éducateur spécialisé CDI (93)": boards put the département in the title."""
    code = _TITLE_CODE.search(doc.text, start, end)
    if code is None or code.group(1).upper() not in DEPARTMENTS:
        return []
    for read in read_places(doc, start, end):
        if read.start <= code.start() < read.end:
            return [read]  # the code qualifies a commune: "… de Castelnau-le-Lez (34)"
    return [Read(code.start(), code.end(), department=code.group(1).upper())]


def _title_place(doc: Doc, start: int, end: int) -> list[Read]:
    """The place ending a title line: "… - Lille", "…, H/F, Paris, France", "… 10 - Troyes"."""
    reads = [r for r in read_places(doc, start, end) if r.communes or r.department]
    if not reads or looks_like_initials(doc, reads[-1]):
        return []
    last = reads[-1]
    before = doc.text[start : last.start].rstrip()
    if before and before[-1] not in "-|,/(:)" and not before.lower().endswith((" à", " a")):
        return []
    return [last] if _leaves_no_words(doc, last.end, end) else []


def _only_places(
    doc: Doc, start: int, end: int, line_reads: list[Read] | None = None
) -> list[Read]:
    """The places of a line that holds nothing else ("Nantes", "Paris, Île-de-France").

    `line_reads` are the places already read on the whole line, when this is a part of it.
    """
    if end - start > _PLACE_LINE or _PROSE_WORD.search(doc.text, start, end):
        return []
    if line_reads is None:
        reads = read_places(doc, start, end)
    else:
        # (a read may run past its part: "Bordeaux - 33" is read whole)
        reads = [r for r in line_reads if start <= r.start < end]
    useful = [r for r in reads if (r.communes or r.department) and not looks_like_initials(doc, r)]
    if not useful:
        return []
    position = start
    for read in reads:
        if not _leaves_no_words(doc, position, read.start):
            return []
        position = read.end
    if not _leaves_no_words(doc, position, end):
        return []
    # "Manche (50) - Saint-Lô": the commune, when the line also names its département.
    communes = [r for r in useful if r.communes and r.department in (None, useful[0].department)]
    return communes[:1] if communes and not useful[0].communes else useful[:1]


def _segment_places(doc: Doc, start: int, end: int) -> list[Read]:
    """The first part of a split header line that holds only a place ("· Corte, Corse ·")."""
    if end - start > _SPLIT_LINE:
        return []
    line = doc.text[start:end]
    if not any(separator in line for separator in _SEPARATORS):
        return []
    parts, position = [], start
    for separator in [*_SEPARATOR.finditer(doc.text, start, end), None]:  # a short line
        stop = separator.start() if separator else end
        parts.append((position, stop))
        position = separator.end() if separator else end
    if len(parts) < 2:
        return []  # a line with one part is whole: `_only_places`
    # Only the parts that may be a place's (short, capitalised, no sentence's word) are read.
    parts = [
        (low, high)
        for low, high in parts
        if high - low <= _PLACE_LINE
        and _PLACE_START.match(doc.text, low, high)
        and not _PROSE_WORD.search(doc.text, low, high)
    ]
    if not parts:
        return []
    line_reads = read_places(doc, parts[0][0], parts[-1][1])
    for low, high in parts:
        found = _only_places(doc, low, high, line_reads)
        if found:
            return found
    return []


def _has_postcode(doc: Doc, read: Read) -> bool:
    return read.postal_code is not None and read.postal_code in doc.text[read.start : read.end]


def _leaves_no_words(doc: Doc, start: int, end: int) -> bool:
    """Between two offsets there are only separators, codes, "France" or a région."""
    kept = [n for n in scan_names(doc, start, end) if n.kind in (FRANCE, REGION, ABROAD)]
    position = start
    for name in [*kept, None]:
        stop = name.start if name else end
        if any(c.isalpha() for c in doc.text[position:stop]):
            return False
        position = name.end if name else end
    return True


def _capped(matches: Iterator[re.Match[str]]) -> Iterator[re.Match[str]]:
    """At most `_MAX_MATCHES` matches: a pathological text stays fast."""
    for count, match in enumerate(matches):
        if count >= _MAX_MATCHES:
            return
        yield match
