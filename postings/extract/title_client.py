"""The client a recruitment agency hires for, for `title_employer` (the « client » names).

A recruitment firm (« cabinet de recrutement », an interim or placement agency) publishes
the offer on its own page, signs it and receives the applications at its own address; the
employer is the organisation it recruits for, which it names in so many words:
- « Notre client, l'association X, recrute… », « Notre client : X », « l'un de nos
  clients, X, … »;
- « … pour le compte de (notre client,) l'association X », « mandaté·es par X »;
- « Nous accompagnons l'association X dans le recrutement de son/sa … », « X nous a confié
  le recrutement de … ».
Only a capitalised name counts (« notre client, une association du secteur médico-social »
names no one). `title_choice` then trusts such a name over any other, and the application
address's domain, the agency's, backs up no one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain

from postings.extract.text import Doc, Found
from postings.extract.title_names import clean_name
from postings.extract.title_presented import limited
from postings.extract.title_subject import name_until_verb
from postings.extract.title_words import at_word_starts

HEAD = 40_000

_KIND = (
    r"association|fondation|federation|cooperative|scic|scop|entreprise|structure|ong|regie"
    r"|mutuelle|societe|organisation|reseau|union|groupe|groupement|collectivite|ville|commune"
)
# What comes after the words that introduce the client: « , l'association », « : », « la ».
_TAIL = rf"\s*[,:]?\s*(?:(?:l'|la |le |les )?(?P<kind>{_KIND})\s*[,:]?\s+|l'|la |le |les )?"
# The words that introduce the client (folded text). Each pattern starts with its own words
# so that `re` scans for them quickly; `_fits` then checks what surrounds them.
_CLIENT = re.compile(r"cliente?s?" + _TAIL)
_ACCOUNT = re.compile(r"pour le compte (?:de notre cliente?|du|de la|de l'|des|de)" + _TAIL)
_MANDATE = re.compile(r"mandatee?s? par" + _TAIL)
_ACCOMPANY = re.compile(r"accompagn(?:e|ons|ent) " + _TAIL)
# « Alpha Conseil recrute pour l'association X un·e … »: a kind of organisation is named.
_FOR = re.compile(rf"(?:recrut|recherch)(?:e|ent|ons) pour (?:l'|la |le )(?P<kind>{_KIND})\s+")
_LEADS = (_CLIENT, _ACCOUNT, _MANDATE, _ACCOMPANY, _FOR)
# « notre client », « l'un de nos clients », « l'un de ses clients » (but « nos clients :
# Airbus, … » lists customers).
_ONE_CLIENT = re.compile(
    r"(?:notre cliente?|son client|sa cliente|(?:un|une) de (?:nos|ses) cliente?s)\b"
)
# The agency speaking: « nous sommes mandatés par », « le cabinet X, mandaté par ».
_AGENCY_SPEAKS = re.compile(r"(?:nous|sommes|avons ete|cabinet|agence)\b")
# A hiring verb in the same sentence: « pour le compte de X, nous recherchons un·e … » (but
# « l'association gère, pour le compte de la Ville, trois centres sociaux » hires no one).
_HIRING = re.compile(r"recrut|recherch|cherch|embauch|candidat")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n\s*\n")
# « Nous accompagnons X dans le recrutement de son/sa … »: the sentence is about hiring.
_ABOUT_HIRING = re.compile(
    r"[^.\n]{0,80}?\b(?:dans|pour) (?:le|son|sa|ce|cette) (?:recrutement|recherche)"
)
# « X nous a confié le recrutement de … », « X nous confie la recherche de son … ».
_ENTRUSTED = re.compile(
    r"nous (?:a|ont|confie|confient) (?:confie )?(?:le|la|son|sa) (?:recrutement|recherche)"
)
# Words that end the name in the sentence: « X dans le recrutement de », « X pour son … »,
# « X un·e chef·fe de service ».
_NAME_END = re.compile(
    r"\s(?:dans|pour|afin|qui|en vue|en tant|au sein|sur (?:le|la|les|son|sa)|une?)\b|\s\("
)


def client_names(doc: Doc) -> Iterator[Found]:
    """The organisations a recruitment agency says it recruits for (see the module doc)."""
    limit = min(HEAD, len(doc.text))
    for match in chain.from_iterable(
        limited(at_word_starts(lead, doc.folded, 0, limit)) for lead in _LEADS
    ):
        start = match.end()
        kind = match.start("kind")
        if kind >= 0 and doc.text[kind].isupper():
            start = kind  # "la Fondation X", "l'Association X": the kind is part of the name
        if not _capitalised(doc, start) or not _fits(doc, match, start):
            continue
        found = _name_from(doc, start)
        if found is not None:
            yield found
    for match in limited(_ENTRUSTED.finditer(doc.folded, 0, limit)):
        line = doc.line_at(match.start())
        stop = doc.text.rfind(". ", line.start, match.start())
        begin = stop + 2 if stop >= 0 else line.start
        if _capitalised(doc, begin):
            found = _name_from(doc, begin, limit=match.start())
            if found is not None:
                yield found


def _fits(doc: Doc, match: re.Match[str], start: int) -> bool:
    """Whether the words around the lead make it an agency's client (see the patterns)."""
    lead = match.re
    if lead is _CLIENT:
        return _ONE_CLIENT.search(doc.folded, max(0, match.start() - 12), match.end()) is not None
    if lead is _ACCOMPANY:  # « Nous accompagnons les Ateliers X depuis 2015 »: no recruitment
        plural = doc.folded.startswith("les ", start - 4)
        return not plural and _ABOUT_HIRING.match(doc.folded, start) is not None
    if lead is _MANDATE and not _AGENCY_SPEAKS.search(
        doc.folded, max(0, match.start() - 60), match.start()
    ):
        return False  # « des mesures mandatées par le Juge des enfants »
    if doc.folded.startswith("de notre client", match.start() + 15):
        return True
    return _HIRING.search(doc.folded, *_sentence(doc, match.start())) is not None


def _sentence(doc: Doc, pos: int) -> tuple[int, int]:
    """Start and end of the sentence around `pos` (at most 300 characters either side)."""
    begin = max(0, pos - 300)
    for before in _SENTENCE_END.finditer(doc.folded, begin, pos):
        begin = before.end()  # the last sentence end before `pos`
    after = _SENTENCE_END.search(doc.folded, pos, min(len(doc.folded), pos + 300))
    return (begin, after.start() if after else pos + 300)


def _capitalised(doc: Doc, pos: int) -> bool:
    char = doc.text[pos : pos + 1]
    return char.isupper() or char.isdigit() or char in ("«", '"')


def _name_from(doc: Doc, start: int, limit: int | None = None) -> Found | None:
    """The name that starts at `start`, cut before « dans le recrutement », « pour son … »."""
    span = name_until_verb(doc, start, limit=limit)
    if span is None:
        return None
    end = span[1]
    cut = _NAME_END.search(doc.text, start, end)  # in lower case: « Un Toit pour Tous »
    if cut is not None:
        end = cut.start()
    return clean_name(doc, start, end)
