"""Job titles read from sentences, for `title.py`.

`recruit_title`: Y in « X recrute un·e Y », « Nous recherchons une Y (H/F) », « Recrutement
d'un·e Y », « propose un stage pour Y », and « recherche un·e : » or « recrute son ou sa »
followed by Y on the next line; a hiring sentence that ends with a colon and lists several
posts below it (« recrute pour son CHRS : / 1) un·e Y / 2) un·e Z ») gives the first. A
status after the title (« en CDI », « en prestation », « en vacations ») is cut, and so is
what the holder must be (« diplômé·e », « confirmé·e »): a requirement, not the title.
`body_title`: Y in « …, le ou la Y aura pour missions » / « la·le Y coordonnera », the
sentence of a job description that gives the holder their missions.
Both hand the words they found to `finish(doc, start, end, employer)`, which trims them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from heapq import merge
from itertools import islice

from postings.extract.text import Doc, Found
from postings.extract.title_words import GENDER_MARKER, at_word_starts, role_position

Finish = Callable[[Doc, int, int, str | None], Found | None]

RECRUIT = re.compile(
    r"(?:recrut(?:e|ent|ons)|recherch(?:e|ent|ons)|cherch(?:e|ent|ons)|propos(?:e|ent|ons)"
    r"|embauch(?:e|ent|ons)|accueill(?:e|ent|ons)|souhait(?:e|ent|ons) recruter"
    r"|recrutement d(?:e |'))(?:\.{2,})?\s+(?:\.{2,}\s*)?"  # "recherche...\n...un(e)"
    r"(?:(?:actuellement|activement|aujourd'hui|donc)\s+)?"
    # « recherche pour l'un de ses clients, l'association X, un·e … »: an agency's client
    r"(?:pour (?:le compte d(?:e |u |es |')|l'une? de (?:ses|nos) cliente?s|son client|sa "
    r"cliente|notre cliente?)[^.:;\n]{0,80}?\s"
    r"|pour (?:son|sa|ses|le|la|les|l'|notre)[^,.:;\n]{0,60}?\s)?"
    r"(?:un|une|des|son|sa|ses|notre|\d{1,2})"
    r"(?:\s?[(.·/-]\s?e\s?\)?|\s?/\s?(?:une|sa|son)| ou (?:une|sa|son))?"
    r"(?:\s|$)"
    r"|(?:un|le) poste d(?:e |')(?=\S)"  # « Le poste de chargé de mission est à pourvoir »
)
# A hiring sentence that ends with a colon, the posts listed below it (the first is taken):
# « L'association X recrute pour son CHRS : / 1) un·e travailleur·se social·e / 2) … ».
_RECRUIT_LIST = re.compile(
    r"(?:recrut(?:e|ent|ons)|recherch(?:e|ent|ons)|cherch(?:e|ent|ons))"
    r"(?: (?:actuellement|activement))?"
    r"(?: pour (?:son|sa|ses|le|la|les|l'|notre|nos|leur)\b[^\n:]{0,80})?\s?:[ ]*(?=\n|$)"
    # « Deux postes à pourvoir : », « 3 postes ouverts : », « Postes à pourvoir : »
    r"|(?:(?:\d|deux|trois|quatre) )?postes (?:a pourvoir|ouverts|vacants)\s?:[ ]*(?=\n|$)"
)
_WORD = re.compile(r"\w+")
_LIST_MARK = re.compile(r"[ ]*(?:\d{1,2}\s?[.)/-]|[a-h]\)|[-*•>])\s*")
_RECRUIT_STOP = re.compile(
    r"[,;!?:\n]|\.(?:\s|$)|\s\(|\s[-|]\s|\s(?:h/f|f/h)\b|\s(?:pour|afin|qui|dont|avec|ayant"
    r"|est|sera|consiste|s'adresse|vous|rattache|place"
    r"|diplomee?s?|experimentee?s?|confirmee?s?|qualifiee?s?"  # what the holder must be
    r"|capable|motivee?|disponible|souhaitant|pouvant|au sein|dans (?:le|la|les|l'|son|sa|ses"
    r"|notre|un|une)|sur (?:son|sa|ses|le|la|les|l'|notre)|a (?:temps|partir|compter|pourvoir"
    r"|mi-temps)|des (?:que|le|maintenant)|base(?:e)?s? a|situee?|de \d|\d+ mois|en (?:cdi|cdd"
    r"|cddi|contrat|stage|alternance|apprentissage|service|volontariat|interim|freelance|temps"
    r"|remplacement|vue|prestation|portage|independante?|auto-?entrepreneur|micro-?entreprise"
    r"|vacations?|renfort))\b"
)
_HARD_STOP = re.compile(r"[,;!?:\n(]|\.(?:\s|$)")
_CONTRACT_ONLY = frozenset(
    (
        "stage",
        "alternance",
        "poste",
        "cdd",
        "cdi",
        "contrat",
        "mission",
        "service civique",
        "volontariat",
        "emploi",
        "apprentissage",
    )
)
_BODY_VERB = re.compile(
    r"\s(?:aura pour (?:\w+ )?(?:missions?|objectifs?|role|fonctions?|taches?)|aura (?:les|la|en)"
    r" (?:missions?|charge|responsabilite)|aura en charge|a pour (?:missions?|role|objectifs?)"
    r"|assurera les|assure les missions|sera (?:charge|en charge|responsable)|exercera)"
    r"|\s[a-z]{3,}(?:era|ira|dra)\s"
)
_STRONG_VERB = re.compile(r"\s(?:aura|a pour|assure|sera|exercera)")
_BODY_ARTICLE = re.compile(
    r"\s*(?P<pair>(?:le|la|l')\s?(?:ou|/|\.|·|-|\(|,)\s?(?:la|le|l')\)?\s*)|\s*(?:le|la|l')\s*"
)
_CLAUSE_CUT = re.compile(r"[,;:\n]|\.\s")
_INCLUSIVE = re.compile(r"\w[·.(/]\w|\(\w+\)")


def recruit_title(
    doc: Doc, finish: Finish, employer: str | None, *, limit: int, skip: frozenset[int]
) -> Found | None:
    """The title named by the first hiring sentence within `limit` characters, or None.

    Sentences on the lines in `skip` (a mail's subject lines) are left out.
    """
    end = min(limit, len(doc.text))
    lists = islice(_list_heads(doc, end), 5)
    matches = islice(at_word_starts(RECRUIT, doc.folded, 0, end), 20)
    for match in merge(matches, lists, key=lambda m: m.start()):  # lazily, in text order
        if skip and doc.line_at(match.start()).index in skip:
            continue
        if match.re is _RECRUIT_LIST:  # « X recrute pour son CHRS : » / « 1) UN·E … »
            verb = _WORD.match(doc.text, match.start())
            if verb and verb.group().endswith(("é", "ée", "és", "ées")):
                continue  # « Profil recherché : », a list of requirements
            found = _title_on_next_line(doc, finish, match.end(), employer)
            if found is not None:
                return found
            continue
        start = match.end()
        article_end = match.start() + len(match.group().rstrip())
        rest = doc.folded[article_end : doc.line_at(article_end).end].strip(" .")
        if rest.startswith(":") or not rest:
            found = _title_on_next_line(doc, finish, article_end, employer)  # "recrute son ou sa"
        else:
            found = _recruit_phrase(doc, finish, start, employer)
        if found is not None:
            return found
    return None


def _list_heads(doc: Doc, end: int) -> Iterator[re.Match[str]]:
    """The hiring sentences that end their line with a colon (« … recrute pour son CHRS : »).

    Only lines that end with a colon are searched: scanning the whole text for the pattern
    would cost more than all the other title rules.
    """
    for line in doc.lines:
        if line.start >= end:
            return
        if line.text.endswith(":"):
            match = _RECRUIT_LIST.search(doc.folded, line.start, line.end)
            if match is not None and (
                match.start() == 0 or not doc.folded[match.start() - 1].isalnum()
            ):
                yield match


def _title_on_next_line(doc: Doc, finish: Finish, start: int, employer: str | None) -> Found | None:
    """« Nous recherchons pour X un.e : » / "Éducateur spécialisé (H/F) en CDI"."""
    line = doc.line_at(start)
    following = next((ln for ln in doc.lines[line.index + 1 : line.index + 3] if ln.text), None)
    if following is None or len(following.text) > 200:
        return None
    mark = _LIST_MARK.match(doc.folded, following.start, following.end)
    begin = mark.end() if mark else following.start
    folded = doc.folded[begin : following.end]
    if role_position(folded.strip()) < 0 and not GENDER_MARKER.search(folded):
        return None
    return finish(doc, begin, following.end, employer)


def _recruit_phrase(doc: Doc, finish: Finish, start: int, employer: str | None) -> Found | None:
    """The noun phrase after the article, up to what cannot belong to a title."""
    end = min(len(doc.text), start + 160)
    stop = _RECRUIT_STOP.search(doc.folded, start, end)
    if (
        stop
        and stop.group().strip() == "-"
        and role_position(doc.folded[start : stop.start()]) >= 0
    ):
        # « notre futur·e chauffeur·se – collecteur·rice (permis C) »: a dash before a role
        # or a gendered noun joins two roles into one post
        after = doc.folded[stop.end() : end]
        first = after.split(maxsplit=1)[0] if after.split() else ""
        if role_position(after, within=1) == 0 or _INCLUSIVE.search(first):
            stop = _RECRUIT_STOP.search(doc.folded, stop.end(), end)
    cut = stop.start() if stop else end
    if doc.folded[start:cut].strip() in _CONTRACT_ONLY:  # "propose un stage pour Master 2"
        hard = _HARD_STOP.search(doc.folded, cut, end)
        cut = hard.start() if hard else end
    phrase = doc.folded[start:cut]
    if role_position(phrase, within=2) < 0:
        marked = GENDER_MARKER.match(doc.folded, cut + 1 if stop else cut)
        if not (stop and marked and 0 < len(phrase.split()) <= 6):
            return None  # "recherche des financements"; "recrute 3 valoristes (H/F)" is fine
    return finish(doc, start, cut, employer)


def body_title(doc: Doc, finish: Finish, employer: str | None) -> Found | None:
    """Y in « …, le ou la Y aura pour missions » (inclusive articles, or a clear verb)."""
    limit = min(len(doc.text), 30_000)
    for count, verb in enumerate(_BODY_VERB.finditer(doc.folded, 0, limit)):
        if count >= 40:
            break
        begin = max(0, verb.start() - 150)
        clause = _CLAUSE_CUT.split(doc.folded[begin : verb.start()])[-1]
        start = verb.start() - len(clause)
        article = _BODY_ARTICLE.match(doc.folded, start, verb.start())
        if article is None:
            continue
        phrase = doc.folded[article.end() : verb.start()]
        inclusive = article.group("pair") is not None or _INCLUSIVE.search(phrase)
        if not inclusive and not _STRONG_VERB.match(doc.folded, verb.start()):
            continue
        if len(phrase.split()) > 10 or role_position(phrase, within=1) < 0:
            continue
        found = finish(doc, article.end(), verb.start(), employer)
        if found is not None:
            return found
    return None
