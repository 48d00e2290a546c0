"""How a posting presents its organisation, for `title_employer` (the « presented » names).

- « X est une association… », « X, association loi 1901, … » (the subject of a presentation);
- « L'association X agit… », « la Fédération X recrute » (a kind of organisation and its
  name, as the sentence's subject);
- « Depuis 1993, X accompagne… », « Créée en 1962, l'Association X gère… »;
- « Présentation de X », « À propos de X ».
`passing_names` reads the organisations a sentence names in passing (« en lien avec
l'association X »): mostly partners, which `title_choice` weighs accordingly.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from postings.extract.text import Doc, Found, Line, fold
from postings.extract.title_names import NAMED_KIND, clean_name
from postings.extract.title_subject import (
    capitalised_part,
    name_until_verb,
    subject_before,
    verb_at,
)
from postings.extract.title_words import at_word_starts

HEAD = 40_000  # characters searched for sentences

_IS_ORG = re.compile(
    r"\s(?:est|sont)\s(?:(?:aujourd'hui|avant tout|egalement|depuis \d{4})\s)?(?:une?|l'une?"
    r" des|le|la)\s(?:(?:petite|grande|jeune|veritable|importante|nouvelle|vraie)\s)?"
    r"(?:association|structure|federation|cooperative|reseau|ong|organisation|fondation"
    r"|entreprise|acteur|actrice|collectif|scic|scop|societe|mouvement|groupement|etablissement"
    r"|organisme|centre|tiers-lieu|plateforme|union|syndicat|chantier|atelier|ressourcerie"
    r"|recyclerie|epicerie|maison|conservatoire|coordination|agence|institut|ecole|club|ptce"
    r"|espace|lieu|service|dispositif|collectif|regroupement|pole|point|start-up|startup"
    r"|entreprise sociale|jeune pousse)\b"
)
_APPOSITION = re.compile(
    r",\s(?:une?\s|l')?(?:association|structure|cooperative|scic|scop|federation|reseau|ong"
    r"|fondation|entreprise|acteur|collectif|organisation|tete de reseau|chantier|atelier"
    r"|ressourcerie|recyclerie|start-up|startup|societe)\b"
)
# « l'association X », « le centre social Les Tilleuls », « la Fédération SEPANSO ».
_KINDS = (
    r"association|asso|entreprise|structure|cooperative|scic|scop|ptce|collectif|reseau"
    r"|federation|ong|fondation|groupement|union|centre social et culturel"
    r"|centre socio-?culturel|centre social|centre|creche|mission locale|maison de quartier"
    r"|regie de quartier|maison|ressourcerie"
    r"|recyclerie|regie|epicerie|chantier|atelier|foyer|ferme|jardin|tiers-lieu|lieu|ehpad|esat"
    r"|ecole|institut|club|plateforme|mutuelle|festival|theatre|compagnie|cafe|librairie"
    r"|societe|organisation|syndicat|agence|conservatoire|parc|musee|radio|coordination"
)
_NAMED_BY_KIND = re.compile(rf"(?:l'|le |la |les )(?P<kind>{_KINDS})\b")
_PREPOSITIONS = """sur de du des a en dans pour par avec l' le la les au aux et ou qui que dont est
sont se son sa"""
_NOT_QUALIFIERS = frozenset(_PREPOSITIONS.split())
_AFTER_NAME = re.compile(r"[ *»\"]*(?:\([^)\n]{1,80}\)[ ]*)?")
_LOWER_WORD = re.compile(r" +(?:[a-zà-ÿœ][\w'-]*|\([^)\n]{1,60}\))(?= )")
_OPENING_CLAUSE = re.compile(
    r"(?:^|\n|\.\s)[ ]*(?:depuis|cree|creee|fonde|fondee|ne|nee|issue?|lancee?|implantee?"
    r"|forte?|agreee?)\b[^,\n.]{0,80},\s"
)
_ABOUT = re.compile(
    r"(?:\d+[.)]\s*)?(?:presentation(?: generale)?|a propos|qui est)\s+(?:de la structure\s*:"
    r"|de l'association\s*:|de l'entreprise\s*:|de l'|de la |des |du |de |d')\s*(?=\S)"
)


def presented_names(doc: Doc, lines: list[Line]) -> list[Found]:
    """The ways a posting presents its organisation (see the module doc), earliest first."""
    return sorted(filter(None, _presentations(doc, lines)), key=lambda f: f.start)


def _presentations(doc: Doc, lines: list[Line]) -> Iterator[Found | None]:
    limit = min(HEAD, len(doc.text))
    for pattern in (_IS_ORG, _APPOSITION):
        for match in limited(pattern.finditer(doc.folded, 0, limit)):
            if _in_brackets(doc, match.start()):
                continue  # "- Prestation (indépendant·e, coopérative d'activité…)": a list
            span = subject_before(doc, match.start() + 1)
            yield clean_name(doc, *span) if span else None
    for match in limited(at_word_starts(_NAMED_BY_KIND, doc.folded, 0, limit)):
        yield _named_by_kind(doc, match, subject=True)
    for match in limited(_OPENING_CLAUSE.finditer(doc.folded, 0, limit)):
        span = name_until_verb(doc, match.end(), need_verb=True)
        yield clean_name(doc, *span) if span else None
    for line in lines:
        about = _ABOUT.match(doc.folded, _start(doc, line), line.end)
        if about and len(line.text.split()) <= 10:
            yield clean_name(doc, about.end(), line.end)


def passing_names(doc: Doc) -> Iterator[Found | None]:
    """Organisations named in passing (« en lien avec l'association X, … »): mostly partners,
    so `title_choice` keeps one only when the application address spells its name."""
    limit = min(HEAD, len(doc.text))
    for match in limited(at_word_starts(_NAMED_BY_KIND, doc.folded, 0, limit)):
        if _named_by_kind(doc, match, subject=True) is None:
            yield _named_by_kind(doc, match, subject=False)


def _named_by_kind(doc: Doc, match: re.Match[str], *, subject: bool) -> Found | None:
    """« L'association X a… », « l'association « X » », « la Fédération X recrute ».

    With `subject`, the name must be the subject: at the start of a sentence, or followed by
    a verb, so that partners named in passing (« en lien avec la Fondation X, … ») are left
    out; without it, those are what is read.
    """
    pos = match.end()
    for _ in range(3):  # "la crèche parentale Les …", "le PTCE (Pôle …) « Le PÔPE »"
        word = _LOWER_WORD.match(doc.text, pos)
        if word is None or fold(word.group(0).strip()) in _NOT_QUALIFIERS:
            break
        pos = word.end()
    pos += len(doc.text[pos : pos + 3]) - len(doc.text[pos : pos + 3].lstrip(" "))
    after = doc.text[pos : pos + 1]
    opens = _opens_sentence(doc, match.start()) or not subject
    if after and after in '«"*':
        close = doc.text.find("»" if after == "«" else after, pos + 1, pos + 120)
        if close < 0 or not (opens or _verb_follows(doc, close + 1)):
            return None
        return clean_name(doc, pos, close + 1)
    kind = match.start("kind")
    if doc.text[kind].isupper() and doc.text[kind + 1].islower():  # "la Fédération SEPANSO"
        start = kind
    elif after.isupper() or after.isdigit():  # "l'association Terre 2 Cultures"
        named = NAMED_KIND.match(doc.text, match.start(), pos + 1)
        start = match.start() if named and named.end() == pos else pos  # "le centre social X"
    else:
        return None
    span = name_until_verb(doc, start, need_verb=not opens)
    if span and not subject:
        span = capitalised_part(doc, *span)  # "l'association Les Amis du Zinc et la ville"
    return clean_name(doc, *span) if span else None


def _in_brackets(doc: Doc, pos: int) -> bool:
    line = doc.line_at(pos)
    before = doc.text[line.start : pos]
    return before.count("(") > before.count(")")


def _opens_sentence(doc: Doc, pos: int) -> bool:
    before = doc.text[max(0, pos - 3) : pos].rstrip(" *")
    return not before or before[-1] in "\n.!?"


def _verb_follows(doc: Doc, pos: int) -> bool:
    """Whether a verb comes next, after spaces and a "(…)" ("« Le PÔPE » (Pôle …) a pour")."""
    rest = _AFTER_NAME.match(doc.text, pos)
    return verb_at(doc, rest.end() if rest else pos)


def limited(matches: Iterator[re.Match[str]], count: int = 10) -> Iterator[re.Match[str]]:
    """The first `count` matches (a text may repeat a pattern thousands of times)."""
    for index, match in enumerate(matches):
        if index >= count:
            return
        yield match


def _start(doc: Doc, line: Line) -> int:
    raw = doc.text[line.start : line.end]
    return line.start + len(raw) - len(raw.lstrip())
