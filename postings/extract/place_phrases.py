"""Sentences and anchors that place a job: "Poste basé à …", "93200 Saint-Denis".

- `phrase_reads`: "Le poste est basé à Amiens", "bureaux situés à …", "au sein de notre
  établissement de Lyon", "recrute pour son antenne de Vierzon", "sur le site de …", "CDI à
  Paris". Who the sentence is about sets the
  rank: the job (2), someone unnamed (3), the organisation (4), its head office (5).
(A job board's layout, "Chargé de projet - Lille", "75 - PARIS", is read by `place_layout`.)
- `anchored_reads`: a commune next to a postal code, a département code or after a street
  address anywhere ("93200 Saint-Denis", "Castelnau-le-Lez (34)", "15 rue d'Orchies -
  SAINT-AMAND-LES-EAUX"): rank 3; 4 in a letterhead or a footer with the organisation's
  contact details (where it is, which may not be where the job is); 5 beside the head office;
  none in the address to send applications to.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from postings.extract.place_names import (
    APPLY_WORDS,
    REGION,
    scan_names,
    word_matches,
)
from postings.extract.place_read import Read, looks_like_initials, read_places
from postings.extract.text import Doc, Line

# The preposition stays out of the match: "au Mans" must reach the reader whole.
# Past participles in any inclusive spelling: "basé", "basée", "basé(e)", "basé·e", "basé.e.s".
_FEMININE = r"e(?:e|\(e\)|[.·]e)?(?:s|\(s\)|[.·]s)?"
_BASED = re.compile(
    rf"(?:bas|situ|localis|implant|install|domicili){_FEMININE}(?:[ \t]+|[ \t]*\n[ \t]*)"
    r"(?=(?:a|au|aux|en|dans|sur|pres d)\b)"
)
_WITHIN = re.compile(
    r"au sein (?:de notre|de nos|de l'|de la|du|des) (?:[\w'-]+ ){0,2}?"
    r"(?:etablissement|structure|site|antenne|agence|foyer|centre|service|siege|ehpad|ime|esat"
    r"|chrs|maison|pole|delegation|bureau|equipe|local|locaux)s?\b"
)
# "recrute pour son antenne de Vierzon", "pour notre centre d'hébergement à Vierzon", « à
# pourvoir à notre antenne de Blois ».
_FOR_SITE = re.compile(
    r"(?:pour|dans|a) (?:son|sa|ses|notre|nos|leur|leurs) (?:[\w'-]+ ){0,2}?(?:antenne|agence"
    r"|etablissement|structure|site|foyer|centre|service|pole|delegation|bureau|maison|ehpad"
    r"|ime|esat|chrs|residence|creche|epicerie|boutique|ressourcerie|recyclerie|atelier"
    r"|chantier|accueil|local|equipe)s?\b"
)
_SITE = re.compile(
    r"(?:sur (?:le|notre|nos|les) sites?|dans (?:nos|les|ses|leurs) (?:locaux|bureaux))\b"
)
# ("travailler en lien avec l'équipe de Lyon" is a collaboration, not a place.)
_WORK_AT = re.compile(
    rf"(?:travailler|travaillerez|travaillera|exercer|exercerez|exercera|affect{_FEMININE}"
    rf"|vous (?:serez|etes) (?:bas|affect|rattach){_FEMININE})[ \t]+"
    r"(?=(?:a|au|aux|en|dans|sur)\b)(?!en (?:lien|collaboration|partenariat|relation|equipe"
    r"|binome|autonomie|transversalite|coordination|contact|appui|soutien|complementarite"
    r"|interaction|reseau|lien)\b|(?:au|a la) (?:contact|service|cote|sein|croisement)\b)"
)
# The job right before a place: "CDI à Paris", "Stage - Lyon", "poste à pourvoir à Nantes",
# a title's "Stage - 6 mois - Lyon". ("missions à Lyon", plural, are trips, not the job's.)
_JOB_AT = re.compile(
    r"(?:(?:postes?|emplois?|stages?|mission|cdi|cdd|contrats?|alternances?|jobs?|h/f|f/h)"
    r"(?: a pourvoir)?[ \t]*(?:\)[ \t]*)?(?:(?=(?:a|au|aux|sur)[ \t])|-[ \t]+)"
    r"|\d{1,2} (?:mois|semaines)[ \t]+-[ \t]+)"
)
# A social network's post: "C'est à La Teste, avec des enfants de 6 à 11 ans", "Ça se passe
# à Brest". (Who "c'est" is stays unsaid: rank 3, under the job's own words.)
_ITS_AT = re.compile(
    r"(?:c'est|ca se passe|cela se passe|ca se situe|ca se trouve)[ \t]+(?=(?:a|au|aux|sur)[ \t])"
)
_CLEFT = re.compile(r"[ \t,]*qu(?:e\b|')")
_SEAT = re.compile(r"siege(?: social)?(?: de l'association)?[ \t]+(?:est |se situe |se trouve )?")
_JOB_WORDS = re.compile(
    r"\b(?:postes?|emplois?|stages?|stagiaires?|missions?|contrats?|cdi|cdd|alternance|bureaux?"
    r"|locaux|lieu|vous|salariee?|volontaires?|alternante?s?|travail|activites?|h/f|f/h"
    r"|candidate?s?|recrutee?s?|recrutement|il/elle|le ou la|la ou le)\b"
)
# Where a clause ends before « basé à »: another subject may follow.
_CLAUSE_BREAK = re.compile(r"[.;!?](?:\s|$)")
_SEAT_WORDS = re.compile(r"\bsiege\b")
_ORGANISATION_WORDS = re.compile(
    r"\b(?:association|structure|federation|organisation|ong|cooperative|scop|scic|entreprise"
    r"|societe|fondation|reseau|collectif|nous|notre|nos|elle|qui|dont|groupe|mouvement|union)\b"
)
# Close before the phrase, in the same clause ("Nous recrutons aussi un comptable, basé à
# Lyon" is a workplace).
_OCCASIONAL = re.compile(
    r"\b(?:ponctuel\w*|occasionnel\w*|parfois|permanences?|deplacements?|interventions?"
    r"|tournees?|de temps en temps|certains jours|[1-4] (?:jours?|fois) par)\b[^.;!?\n,]{0,30}$"
)
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)|\n")
# A postal code, a département's code or name in brackets, ", France": a place follows or
# precedes ("93200 Saint-Denis", "Bastia (Haute-Corse)", "Pantin, France"). Each starts with
# a fixed character so that `re` can skip to it.
_ANCHORS = (
    re.compile(r"\d{5}(?![\w])"),
    re.compile(r"\((?:\d{2,3}|2[AaBb]|[A-ZÀ-Þ][\w' -]{2,30})\)"),
    re.compile(r",[ \t]*France\b"),
)
# A street address and the separator before its commune ("12 rue de la Paix, ", "15 rue
# d'Orchies - "); the commune must start with a capital (checked on the text).
_STREET_ADDRESS = re.compile(
    r"(?<![\w,.])\d{1,4}(?: ?(?:bis|ter|b))?,? (?:rue|avenue|av\.|boulevard|bd|place|quai|allee"
    r"|chemin|route|impasse|cours|square|faubourg|voie|rond-point|esplanade|parvis|passage"
    r"|residence|lotissement|zac|za|zi)\b[^\n,;:]{1,50}?(?:,|[ \t]-)[ \t]*"
)
# The contact details of a letterhead or a footer: a street, a phone number, an e-mail, a site.
_CONTACT_HINTS = ("@", "www.", "http", "+33", "siret")
_CONTACT_NUMBERS = re.compile(
    r"(?<![\w,.])\d{1,4},? (?:rue|avenue|boulevard|bd|place|quai|allee|chemin|route|impasse"
    r"|cours)\b|\b0[1-9](?:[ .]?(?:\d\d|xx)){4}\b|\b(?:bp|cs) \d"
)
_PHONE_WORD = re.compile(r"\btel\b")
_DIGIT = re.compile(r"\d")
_LETTERHEAD_LINES = 5
_COMMUNE_AFTER_STREET = 60  # characters read after a street: a commune's name and its code
_LETTERHEAD_WIDTH = 250
# How far around an address its context is read (a heading two lines above, a long line).
_CONTEXT = 240
_MAX_MATCHES = 300


def phrase_reads(doc: Doc) -> list[tuple[int, Read]]:
    """Places in sentences about where the job, the organisation or its head office is."""
    reads = []
    phrases = (_BASED, _WITHIN, _SITE, _WORK_AT, _FOR_SITE)
    for regex in phrases:
        for match in word_matches(regex, doc.folded, _MAX_MATCHES):
            if _is_occasional(doc, match.start()):
                continue
            rank = _rank_of_subject(doc, match.start()) if regex is _BASED else 2
            reads.extend((rank, r) for r in _first_place(doc, match.end(), immediate=False))
    for match in word_matches(_ITS_AT, doc.folded, _MAX_MATCHES):
        for read in _first_place(doc, match.end(), immediate=True):
            if not _CLEFT.match(doc.folded, read.end):  # "C'est à Lyon que tout a commencé"
                reads.append((3, read))
    for match in word_matches(_JOB_AT, doc.folded, _MAX_MATCHES):
        reads.extend((2, r) for r in _first_place(doc, match.end(), immediate=True))
    for match in word_matches(_SEAT, doc.folded, _MAX_MATCHES):
        reads.extend((5, r) for r in _first_place(doc, match.end(), immediate=False))
    return reads


def anchored_reads(doc: Doc) -> list[tuple[int, Read]]:
    """Communes beside a postal code, a département code or ", France", anywhere."""
    reads = []
    anchors = [m for regex in _ANCHORS[:2] for m in word_matches(regex, doc.text, _MAX_MATCHES)]
    anchors += _capped(_ANCHORS[2].finditer(doc.text))  # ", France" follows a word
    letterhead: list[frozenset[int]] = []  # found on the first address
    streets = _after_streets(doc)
    reads = [(rank, r) for r in streets if (rank := _anchor_rank(doc, r.start, letterhead))]
    for match in sorted(anchors, key=lambda m: m.start())[:_MAX_MATCHES]:
        if match.group()[0].isdigit() and doc.text[match.start() - 1 : match.start()] in ".,":
            continue  # "12.50000", "1,00000": a number, not a postal code
        line = doc.line_at(match.start())
        start, end = max(line.start, match.start() - 60), min(line.end, match.end() + 60)
        for read in read_places(doc, start, end):
            inside = read.start <= match.start() + 1 and match.start() < read.end
            inside = inside or match.start() == read.end
            inside = inside or (match.group()[0] == "," and read.end < match.start())
            if inside and (read.communes or read.department) and _is_anchor(doc, match, read):
                rank = _anchor_rank(doc, match.start(), letterhead)
                if rank:
                    reads.append((rank, read))
                break
    return reads


def _anchor_rank(doc: Doc, pos: int, letterhead: list[frozenset[int]]) -> int:
    """3 for an address, 4 in a letterhead or a footer, 5 beside the head office, 0 in the
    address to apply to. (`letterhead` holds the letterhead's lines once they are needed.)"""
    context = _context(doc, pos)
    if APPLY_WORDS.search(context):
        return 0
    if _SEAT_WORDS.search(context):
        return 5
    if not letterhead:
        letterhead.append(_letterhead(doc))
    return 4 if doc.line_at(pos).index in letterhead[0] else 3


def _letterhead(doc: Doc) -> frozenset[int]:
    """The lines of a letterhead or a footer: among the first lines (not the title's) or the
    last ones, short, on or beside a line of contact details (a street, a phone number, an
    e-mail, a website). An address there is where the organisation is."""
    first = list(islice((line for line in doc.lines if line.text), _LETTERHEAD_LINES))
    last = list(islice((line for line in reversed(doc.lines) if line.text), _LETTERHEAD_LINES))
    found = set()
    for edge in (first[1:], last[::-1]):
        details = [_has_contact_details(doc, line) for line in edge]
        for index, line in enumerate(edge):
            if len(line.text) <= _LETTERHEAD_WIDTH and any(details[max(0, index - 1) : index + 2]):
                found.add(line.index)
    return frozenset(found)


def _has_contact_details(doc: Doc, line: Line) -> bool:
    if len(line.text) > _LETTERHEAD_WIDTH:
        return False
    folded = doc.folded[line.start : line.end]
    if any(hint in folded for hint in _CONTACT_HINTS):
        return True
    if "tel" in folded and _PHONE_WORD.search(folded):
        return True
    return bool(_DIGIT.search(folded) and _CONTACT_NUMBERS.search(folded))


def _after_streets(doc: Doc) -> list[Read]:
    """ "15 rue d'Orchies - SAINT-AMAND-LES-EAUX", "7 route de Selles, Romorantin": the commune
    right after a street address, ending the line or its part."""
    reads = []
    for match in _capped(_STREET_ADDRESS.finditer(doc.folded)):
        if not doc.text[match.end() : match.end() + 1].isupper():
            continue
        end = min(doc.line_at(match.start()).end, match.end() + _COMMUNE_AFTER_STREET)
        found = read_places(doc, match.end(), end)
        if found and found[0].start == match.end() and found[0].communes:
            rest = doc.text[found[0].end : end].lstrip(" \t(")
            if not rest or rest[0] in ",-)|" or rest[0].isdigit():
                reads.append(found[0])
    return reads


def _is_anchor(doc: Doc, match: re.Match[str], read: Read) -> bool:
    """The anchor qualifies the read: inside its span, ", France" right after it, or brackets
    holding nothing but it ("porte de la Chapelle (Paris 18e)")."""
    if match.group().startswith(","):
        # "Nantes, France", LinkedIn's "Nantes, Pays de la Loire, France"
        return match.start() == read.end or _only_regions(doc, read.end, match.start())
    if match.group().startswith("(") and read.start == match.start() + 1:
        return read.end == match.end() - 1 and (read.qualified or read.communes)
    return match.start() < read.end


def _only_regions(doc: Doc, start: int, end: int) -> bool:
    """Between two offsets: one région's name and separators only."""
    names = scan_names(doc, start, end)
    if len(names) != 1 or names[0].kind != REGION:
        return False
    gap = doc.text[start : names[0].start] + doc.text[names[0].end : end]
    return not gap.strip(" ,")


def _capped(matches: Iterator[re.Match[str]]) -> Iterator[re.Match[str]]:
    """At most `_MAX_MATCHES` matches: a pathological text stays fast."""
    for count, match in enumerate(matches):
        if count >= _MAX_MATCHES:
            return
        yield match


def _first_place(doc: Doc, start: int, immediate: bool) -> list[Read]:
    """The first place stated after a phrase, within its sentence (right after it if immediate)."""
    end_match = _SENTENCE_END.search(doc.text, start, start + 160)
    end = end_match.start() if end_match else min(len(doc.text), start + 160)
    for read in read_places(doc, start, end):
        if immediate and (read.start - start > 5 or looks_like_initials(doc, read)):
            return []  # "Offre de stage - REAL": the organisation's initials
        if read.communes or read.department or read.abroad:
            return [read]
    return []


def _is_occasional(doc: Doc, pos: int) -> bool:
    """ "assure ponctuellement des permanences dans notre antenne de X", "se rend aussi sur le
    site de Y": a second site the job visits, not its workplace."""
    line_start = doc.line_at(pos).start
    return bool(_OCCASIONAL.search(doc.folded, max(line_start, pos - 50), pos))


def _rank_of_subject(doc: Doc, pos: int) -> int:
    """2 when the clause before "basé à" is about the job, 4 the organisation, 5 its seat."""
    line_start = doc.line_at(pos).start
    clause = doc.folded[max(line_start, pos - 80) : pos]
    clause = _CLAUSE_BREAK.split(clause)[-1]  # « Son siège est à X ; le poste est basé à Y »
    best, rank = -1, 3
    for regex, value in ((_JOB_WORDS, 2), (_ORGANISATION_WORDS, 4), (_SEAT_WORDS, 5)):
        for match in regex.finditer(clause):
            if match.start() > best:
                best, rank = match.start(), value
    return rank


def _context(doc: Doc, pos: int) -> str:
    """The folded text around `pos`, from two lines above: where a nearby heading says what an
    address is ("Envoyer votre candidature à :" above it)."""
    line = doc.line_at(pos)
    start = doc.lines[max(0, line.index - 2)].start
    return doc.folded[max(start, pos - _CONTEXT) : min(line.end, pos + _CONTEXT)]
