"""Location fields of a posting: "Lieu de travail : …", "Ville : …", "Localisation …".

Job boards and associations' forms put the place in a labelled field: France Travail's "Lieu de
travail : 93 - ST DENIS", emploi-ess's "Ville : Échirolles", Jobs That Make Sense's "Localisation
Pantin, France", the pin of regional boards and social networks ("📍 Brest (29)"), forms with
"Code postal : 35000" and "Département : 35 - Ille-et-Vilaine". The label starts a line (its
colon may be missing) or follows other fields on the same line (then its colon is required).
The value runs to the end of the line (or the next field), or fills the next line when the
label stands alone. What follows "déplacements", "réunions"… in a value is where the job
travels to, not where it is. Where a value holds a commune with its postal code, a bare name
of a hamlet or a building beside it does not count ("Lieu : ferme de la Bastide, 33220
Sainte-Foy-la-Grande").
"""

from __future__ import annotations

import re
from dataclasses import replace

from postings.extract.place_names import scan_names
from postings.extract.place_read import Read, read_places
from postings.extract.text import Doc
from postings.geo import DEPARTMENTS

_CITY = (
    r"lieux? (?:de travail|du poste|de poste|d'exercice|d exercice|de (?:la )?mission"
    r"|d'affectation|de l'emploi|du stage|de stage|de l'activite|principal)"
    r"|localisation(?: du poste| de l'emploi| de la mission| geographique)?"
    r"|lieu|localite|location|work ?place|ville|commune|situation geographique"
    r"|implantation(?: geographique)?|affectation|site d'affectation|site de travail"
    r"|adresse (?:du poste|de travail|du lieu de travail|de la mission|d'exercice)"
    r"|(?:poste )?basee?s? a"
    r"|\U0001f4cd|\U0001f4cc"  # the pins of job boards and social networks: 📍 📌
    r"|ou ?\?"  # the Service Civique site: "Où ? Poitiers (86 - Vienne)"
)
_AREA = (
    r"(?:zone|perimetre|territoire)(?: geographique)?(?: d'intervention| d'action)?"
    r"|secteur (?:geographique|d'intervention)|lieux? d'intervention"
)
_LABELS = (
    rf"(?:(?P<city>{_CITY})|(?P<area>{_AREA})|(?P<postcode>code postal|cp)"
    r"|(?P<department>departements?|dept|dpt)|(?P<region>region)|(?P<country>pays|country)"
    r"|(?P<address>adresse(?: postale)?|bureaux|locaux))(?![\w'])"
)
# At the start of a line (after bullets or a number), with or without a colon.
_LINE_LABEL = re.compile(rf"^[ \t>*#|.-]*(?:\d{{1,2}}[.)][ \t]*)?{_LABELS}", re.M)
# After other words on the line: only with a colon ("… Ref : X Lieu : Lyon").
_INLINE_LABEL = re.compile(rf"[ |,;)]{_LABELS}(?=[ \t]*:)")
# Words between a label and its colon that make it another field ("Lieu des entretiens").
_OTHER_FIELD = re.compile(
    r"candidat|envoi|entretien|depot|formation|ecole|naissance|residence|mail|web|internet"
    r"|electronique|facturation|site"
)
# The label of the next field on the same line: a capitalised word and up to three lower-case
# ones before a colon ("… Est Ville : Lunéville", "… Type de contrat : CDI").
_COLON = re.compile(r"[ \t]?:(?:[ \t]|$)")
_NEXT_LABEL = re.compile(r"[ \t]([A-ZÀ-Þ][\w']*(?: [a-zà-ÿ'][\w']*){0,3})$")
# (An attachment base or an antenna named after the place is a second site: "Lieu : toute la
# Creuse - agence de rattachement : Guéret", "Lieu : Rennes, antenne à Vitré".)
_TRAVEL = re.compile(
    r"\b(?:deplacements?|se deplacer|venues?|(?<!la )reunions?|interventions?|ainsi qu"
    r"|missions? (?:ponctuelles?|regulieres?)|frequente?s?|rattache\w*|antennes?)\b"
)
# A capital or a digit before a colon: the words are a value ("Paris : …"), not the label's end.
_NAMED_WORD = re.compile(r"[A-ZÀ-Þ\d]")
_FIRST_CHARACTER = re.compile(r"[ \t]*([^\s])")
_BARE_CODE = re.compile(r"[ \t]*(\d{2,3}|2[AaBb])(?![\w])")
_SEGMENTS = re.compile(r"\s+-\s+|[,/|()]")
_MAX_VALUE = 160
_PUNCT = " \t.,;:!?()-"
# Where each kind of field ranks among the sources (see place.py): the job's own fields first.
_RANKS = {"address": 3, "area": 2}
_MAX_LABELS = 200
# Beside a commune given with its postal code, a bare name of a town smaller than this is a
# locality's (see `_qualified_first`).
_SMALL_TOWN = 5_000


def field_reads(doc: Doc) -> list[tuple[int, Read]]:
    """Places stated in location fields, each with its rank (1, 2 for an area, 3 an address)."""
    labels: dict[int, re.Match[str]] = {}
    for regex in (_LINE_LABEL, _INLINE_LABEL):
        for match in regex.finditer(doc.folded):
            start = match.start(match.lastgroup)
            if regex is _INLINE_LABEL and not doc.text[start].isupper():
                continue  # "une vision commune : …" is a sentence, not a field
            labels.setdefault(start, match)
            if len(labels) >= _MAX_LABELS:
                break
    reads = []
    for start in sorted(labels):
        match = labels[start]
        kind = match.lastgroup or "city"
        value = _value(doc, match, colon_required=_is_inline(doc, match))
        if value is None:
            continue
        rank = _RANKS.get(kind, 1)
        reads.extend(
            (rank, replace(r, start=min(r.start, start))) for r in _read(doc, kind, *value)
        )
    return reads


def _is_inline(doc: Doc, match: re.Match[str]) -> bool:
    """True when other words precede the label on its line."""
    line_start = doc.line_at(match.start()).start
    return bool(doc.folded[line_start : match.start()].strip(" \t>*#|.-0123456789)"))


def _value(doc: Doc, match: re.Match[str], *, colon_required: bool) -> tuple[int, int] | None:
    """The span of a field's value, or None when the label is not a location field."""
    end = match.end()
    if (cell := doc.table_cell(end)) is not None:  # « Lieu | Contrat » over « Lyon | CDD »
        return cell if doc.text[cell[0] : cell[1]].strip() else None
    line_end = _line_end(doc, end)
    colon = doc.text.find(":", end, min(line_end, end + 40))
    if colon >= 0 and not _NAMED_WORD.search(doc.text, end, colon):
        if _OTHER_FIELD.search(doc.folded, end, colon):
            return None
        start = colon + 1
    elif colon_required:
        return None
    else:
        start = end
        first = _FIRST_CHARACTER.match(doc.text, start, line_end)
        if first and not (first.group(1).isupper() or first.group(1).isdigit()):
            return None  # "Lieu de vie", "Ville moyenne": words, not a field
    if not doc.text[start:line_end].strip(" \t:-|"):
        return _next_line(doc, line_end)
    end = _cut(doc, start, min(line_end, start + _MAX_VALUE))
    if end == line_end and doc.text[start:end].rstrip().endswith(","):
        # "Lieu de travail : service X, 3 rue de la Glacière,\n67300 Schiltigheim": the
        # address goes on over the next line.
        following = _next_line(doc, line_end)
        if following is not None and following[0] == line_end + 1:
            return start, following[1]
    return start, end


def _next_line(doc: Doc, end: int) -> tuple[int, int] | None:
    """The line after a label that stands alone ("Lieu de travail" / "Paris")."""
    for _ in range(2):
        if end >= len(doc.text):
            return None
        start = end + 1
        end = _line_end(doc, start)
        if doc.text[start:end].strip():
            return start, _cut(doc, start, min(end, start + _MAX_VALUE))
    return None


def _line_end(doc: Doc, pos: int) -> int:
    return doc.line_at(pos).end


def _cut(doc: Doc, start: int, end: int) -> int:
    """End of the value before the next field on the same line."""
    colon = _COLON.search(doc.text, start, end)
    if colon:
        label = _NEXT_LABEL.search(doc.text, start, colon.start())
        if label:
            return label.start()
    return end


def _read(doc: Doc, kind: str, start: int, end: int) -> list[Read]:
    """The places of a field's value, read as its kind of field allows."""
    reads = read_places(doc, start, end, bare_postcodes=kind != "area")
    if not any(c.isupper() for c in doc.text[start:end]):
        # A value in lower case ("lieu : saint-denis") is a place only if it holds nothing else.
        whole = read_places(doc, start, end, capitals=False)
        if len(whole) == 1 and doc.text[start:end].strip(_PUNCT) == doc.text[
            whole[0].start : whole[0].end
        ].strip(_PUNCT):
            reads = whole
    reads = _qualified_first(reads)
    travel = _TRAVEL.search(doc.folded, start, end)
    if travel and any(r.start < travel.start() for r in reads):
        # "Lieu : Montreuil - déplacements fréquents à Lyon": where it travels is not the place.
        reads = [r for r in reads if r.start < travel.start()]
    if kind == "department" and not any(r.department for r in reads):
        code = _BARE_CODE.match(doc.text, start, end)
        if code and (department := code.group(1).upper()) in DEPARTMENTS:
            reads.insert(0, Read(code.start(1), code.end(1), department=department))
    if kind in ("city", "area", "country") and not any(r.communes for r in reads):
        reads.extend(_place_abroad(doc, start, end, reads))
    return reads


def _qualified_first(reads: list[Read]) -> list[Read]:
    """ "Lieu : ferme de la Bastide, route de X, 33220 Ste-Foy-la-Grande": where a value holds a
    commune with its postal code or département, a bare name with homonyms or of a small
    commune is a hamlet's, a building's or a street's, not another workplace. (A bare large
    town stays first: "Nantes et Saint-Herblain (44800)".)"""
    if not any(r.communes and r.qualified for r in reads):
        return reads
    return [r for r in reads if r.qualified or not r.communes or not _weak_name(r)]


def _weak_name(read: Read) -> bool:
    return len(read.communes) > 1 or read.communes[0].population < _SMALL_TOWN


def _place_abroad(doc: Doc, start: int, end: int, reads: list[Read]) -> list[Read]:
    """A place no French name matches, in a location field: "Afrique - Sénégal - Dakar".

    The first capitalised part the gazetteer does not know becomes an `unknown` place, which
    only counts when the posting turns out to be abroad.
    """
    known = [(n.start, n.end) for n in scan_names(doc, start, end)]
    position = start
    for part in _SEGMENTS.split(doc.text[start:end]):
        part_start = doc.text.find(part, position, end) if part else position
        position = part_start + len(part)
        name = part.strip(" \t.:;-")
        if not name or not name[0].isupper() or len(name.split()) > 4:
            continue
        if any(c.isdigit() for c in name) or any(s < position and e > part_start for s, e in known):
            continue
        offset = part_start + part.find(name)
        unknown = Read(offset, offset + len(name), unknown=name)
        return [unknown] if not any(r.abroad for r in reads) else [replace(unknown, abroad=True)]
    return []
