"""Other offers on the same page: `other_offer_spans(doc)` and `without_other_offers(doc)`.

A job board lists other jobs under the posting ("Offres similaires", "Vous aimerez aussi"); a
network's newsletter puts teasers of other offers after the one it features ("Également dans
le réseau", "• Comptable (H/F) - CDI - Aurillac (15) - voir l'offre", or a short block of a
title, a contract and a place above a "→ Voir l'offre sur notre site" line). Their places,
contracts, hours and start dates are other jobs', so the families that read those leave the
spans found here out.

- a heading alone on its line starts a list, which runs to the end of the text when the
  heading is past its middle, else to the first paragraph or blank line after its items;
- a teaser is a line ending with a link to "l'offre"/"l'annonce", or a block of up to three
  short lines above a line holding only such a link; teasers count only when the text has two
  of them at least (a newsletter), and "voir l'offre complète" is the featured offer's own link;
- whatever the headings and links, a run of short lines or blocks past the first part of the
  text, each naming a job (a contract, "recrute", "H/F") and a place, in two places at least,
  teases other offers ("> L'épicerie X (Albi) cherche un·e animateur·rice en service civique",
  "Comptable / Association Y / CDD - Bourges"): see `place_teasers`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from postings.extract.place_teasers import teaser_runs
from postings.extract.text import Doc

_HEADING = re.compile(
    r"^[^\w\n]*(?:(?:voir|decouvrez|consultez|afficher) )?(?:(?:les|nos|des|d'|plus d') ?)?"
    r"(?:autres (?:offres|annonces|emplois)"
    r"|(?:offres|annonces|emplois|postes|missions|jobs)(?: d'emploi)? (?:similaires|proches"
    r"|recommandees|a proximite|de (?:cet|ce|la meme) (?:employeur|recruteur|structure"
    r"|association|entreprise)|susceptibles de vous interesser|qui pourraient vous interesser"
    r"|a la une|dans (?:la meme|le meme|les environs|votre region))"
    r"|vous (?:aimerez|pourriez) (?:aussi|egalement)(?: aimer)?|voir aussi|a decouvrir aussi"
    r"|ca pourrait vous plaire|(?:ces|d'autres) (?:offres|annonces) (?:pourraient|peuvent"
    r"|devraient) (?:aussi |egalement )?vous interesser"
    r"|(?:les )?dernieres offres(?: publiees)?|offres recentes|recommandee?s? pour vous"
    r"|les candidats ont (?:aussi|egalement) (?:consulte|postule)"
    r"|similar (?:jobs|offers|positions)|you may also like|related jobs"
    # a newsletter's other offers: "Également dans le réseau", "Et aussi", "Autres postes"
    r"|(?:egalement|aussi|encore) (?:dans|chez|au sein d[eu]) (?:le |la |les |l'|nos |notre )?"
    r"(?:reseau|adherents|membres|partenaires|structures|associations|territoire|federation)"
    r"|et aussi|(?:d')?autres (?:postes|opportunites|recrutements))\b[^\n]{0,40}$",
    re.M,
)
_LINK = r"(?:voir|lire|consulter|decouvrir) (?:l'offre|l'annonce|la fiche)(?! complete| entiere)"
# "• Comptable (H/F) - CDI - Aurillac (15) - voir l'offre"
_TEASER_LINE = re.compile(
    rf"^[^\n]{{10,200}}?[ \t]*(?:-|\||>|\(|\[)[ \t]*{_LINK}\)?\]?[ \t.]*$", re.M
)
# "→ Voir l'offre sur notre site emploi" alone under a teaser's lines
_LINK_LINE = re.compile(rf"^[^\w\n]*{_LINK}\b[^\n]{{0,50}}$", re.M)
_LINK_WORDS = ("l'offre", "l'annonce", "la fiche")
_SEPARATOR = re.compile(r"^[ \t]*[-=_*~─━]{3,}[ \t]*$")
_TEASER_BLOCK_LINES = 3
_TEASER_LINE_LENGTH = 120
_LIST_LINES = 15  # a list of other offers is this many short lines at most
_SHORT_LINE = 150
_MAX_MATCHES = 100
_NOT_NEWLINE = re.compile(r"[^\n]")

# Several families read the same Doc: the spans of the last one are kept.
_last: tuple[str, tuple[tuple[int, int], ...]] | None = None


def other_offer_spans(doc: Doc) -> tuple[tuple[int, int], ...]:
    """The spans of the text that list or tease other offers, in order, never overlapping."""
    global _last
    if _last is not None and _last[0] is doc.text:
        return _last[1]
    spans = tuple(_merged(_lists(doc) + _teasers(doc) + teaser_runs(doc)))
    _last = (doc.text, spans)
    return spans


def other_offer_lists(doc: Doc) -> list[tuple[int, int]]:
    """The spans of the lists of other offers under a heading (« Offres similaires »), the
    surest of the spans: teasers are told by their shape only."""
    return _lists(doc)


def in_other_offers(doc: Doc, pos: int) -> bool:
    """True when `pos` lies in another offer's list or teaser."""
    return any(start <= pos < end for start, end in other_offer_spans(doc))


def without_other_offers(doc: Doc) -> Doc:
    """The document with the other offers blanked out (same length, same lines)."""
    spans = other_offer_spans(doc)
    if not spans:
        return doc
    parts, position = [], 0
    for start, end in spans:
        parts += [doc.text[position:start], _NOT_NEWLINE.sub(" ", doc.text[start:end])]
        position = end
    parts.append(doc.text[position:])
    return Doc.of("".join(parts), reference_date=doc.reference_date)


def _lists(doc: Doc) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for match in _capped(_HEADING.finditer(doc.folded)):
        line = doc.line_at(match.start())
        if len(line.text) > 80 or (spans and match.start() < spans[-1][1]):
            continue
        spans.append((line.start, _list_end(doc, line.index)))
    return spans


def _list_end(doc: Doc, heading: int) -> int:
    """Where the list under a heading ends: the end of the text past its middle, else the
    first long line (a paragraph) or the first blank line after its items."""
    if doc.lines[heading].start * 2 >= len(doc.text):
        return len(doc.text)
    items = 0
    for line in doc.lines[heading + 1 :]:
        paragraph = len(line.text) > _SHORT_LINE
        if paragraph or (not line.text and items) or items >= _LIST_LINES:
            return line.start
        items += bool(line.text)
    return len(doc.text)


def _teasers(doc: Doc) -> list[tuple[int, int]]:
    if not any(word in doc.folded for word in _LINK_WORDS):
        return []  # most postings link to no offer: skip the scans
    spans = [(m.start(), m.end()) for m in _capped(_TEASER_LINE.finditer(doc.folded))]
    for match in _capped(_LINK_LINE.finditer(doc.folded)):
        spans.append((_block_start(doc, doc.line_at(match.start()).index), match.end()))
    return spans if len(spans) >= 2 else []


def _block_start(doc: Doc, link: int) -> int:
    """The first of the short lines right above a link line (a teaser's title, contract, place),
    up to a blank line or a separator."""
    start = doc.lines[link].start
    for line in reversed(doc.lines[max(0, link - _TEASER_BLOCK_LINES) : link]):
        if not line.text or _SEPARATOR.match(line.text) or len(line.text) > _TEASER_LINE_LENGTH:
            break
        start = line.start
    return start


def _capped(matches: Iterator[re.Match[str]]) -> Iterator[re.Match[str]]:
    for count, match in enumerate(matches):
        if count >= _MAX_MATCHES:
            return
        yield match


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans in order, those that overlap joined."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
