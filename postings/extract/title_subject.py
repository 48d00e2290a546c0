"""Finding an organisation's name in a sentence, for `title_employer`.

`name_until_verb` takes the words from a position up to the verb that follows a subject
("Terre de Liens Rhône-Alpes (TDLRA) | recrute"); `subject_before` finds the subject of a
verb ("Dans ce contexte, le GEPOMAY | recrute", "X, association de …, | recherche").
"""

from __future__ import annotations

import re

from postings.extract.text import Doc, fold

# Verbs an organisation is the subject of, folded. The name ends before them.
_VERBS = """est a ont sont agit agissent accompagne accompagnent accueille accueillent oeuvre
oeuvrent œuvre porte portent concoit mene menent developpe developpent propose proposent
regroupe regroupent reunit rassemble federe intervient interviennent gere gerent travaille
travaillent milite militent lutte luttent defend defendent soutient soutiennent anime animent
compte comptent emploie organise organisent coordonne recrute recrutent recrutons recherche
recherchent recherchons vise assure contribue poursuit met permet favorise promeut represente
offre fait participe cree construit procede souhaite cherche cherchent lance ouvre renforce
mobilise conduit dispose beneficie pilote existe possede etait fut qui dont que se sera devient
reste constitue regroupant rassemblant distribue collecte fait vit animera recrutera"""
_ORG_VERBS = frozenset(_VERBS.split())
_TOKEN = re.compile(r"[^\s,;:()\[\]]+|[,;:()\[\]]")
# A sentence's parts: "Dans ce cadre, X recrute", "Offre de mission : X recherche".
_SEGMENT_CUT = re.compile(r"[,:]")
_WORD = re.compile(r"[^\s,;:()\[\]]+")
_CONNECTORS = frozenset({"de", "du", "des", "d'", "la", "le", "les", "l'", "et", "&", "en", "sur"})
_ABBREVIATION = re.compile(r"(?:\w\.)+")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
# Words after which a sentence cannot end: a line ending with one goes on below.
_CARRY = """de du des d' la le les l' et ou a au aux en pour par sur avec dans un une son sa ses
notre nos leur leurs ce cette qui que dont"""
_CARRY_ON = frozenset(_CARRY.split())
# A lower-case article and kind of organisation before the name: "le centre social Les …".
# Its words are no prepositions: in "la commune de Chailland" the kind is part of the name.
KIND_LEAD = re.compile(
    r"(?:[Ll]'|[Ll]e |[Ll]a |[Ll]es |[Uu]ne? )(?:(?!(?:de|du|des|d'|en|sur|pour|et) )"
    r"[a-zà-ÿœ][\w'-]* ){1,3}(?=[A-Z0-9À-Ý«\"])"
)
_OPENERS = re.compile(
    r"(?:dans|pour|afin|depuis|aujourd'hui|actuellement|suite|en|au|aux|a|avec|sous|ainsi"
    r"|c'est|nous|vous|il|elle|ce|cette|notre|votre|son|sa|ses|cree|creee|fondee?|nee?|lancee?"
    r"|installee?|ouverte?|portee?|soutenue?|labellisee?|inscrite?|active?"
    r"|basee?|situee?|implantee?|engagee?|reconnue?|specialisee?|membre|presente?|issue?"
    r"|agreee?|acteur|actrice|association|structure|forte?|porteuse?|pionniere?|leader|une?"
    r"|des|apres|face|grace|si|lorsque|quand|comme|par|entre|fin|debut|profil|missions?"
    r"|poste|contexte)\b"
)


def name_until_verb(
    doc: Doc, start: int, *, need_verb: bool = False, limit: int | None = None
) -> tuple[int, int] | None:
    """Span of the words from `start` up to a verb or punctuation (at most 12 words).

    With `need_verb`, a name not followed by a verb (only by punctuation) is refused. The
    name never runs past `limit` (the verb already known to follow it).
    """
    end, words = start, 0
    stop = min(len(doc.folded), start + 160, limit if limit is not None else len(doc.folded))
    for token in _TOKEN.finditer(doc.folded, start, stop):
        word = token.group(0)
        if words and _is_verb(doc, token.start(), word):
            return (start, end)
        gap = doc.text[end : token.start()]
        if words and "\n" in gap and (gap.count("\n") > 1 or not _wrapped(doc, end)):
            break  # a name does not run over a line break, unless a PDF wrapped the line
        if word == "(" and words and _verb_after_brackets(doc, token.start()):
            return (start, end)  # "l'Association Horizon Enfance (AHEN) gère …"
        if word in {",", ";", ":", "(", ")", "[", "]"}:
            break
        if word == "pour" and words >= 2 and _purpose_after(doc, token.end()):
            break  # « l'équipe de Wazé Na Wana pour rendre visite aux … »: its purpose
        words += 1
        if word.endswith(".") and not _ABBREVIATION.fullmatch(word):
            end = token.end() - 1  # the end of the sentence
            break
        end = token.end()
        if words > 12:
            return None
    return None if need_verb or not words else (start, end)


_INFINITIVE = re.compile(r"\s+(?:[a-z]+-)?[a-zà-ÿ]{2,}(?:er|ir|re|oir)\b")


def _purpose_after(doc: Doc, pos: int) -> bool:
    """Whether a verb in the infinitive follows « pour » at `pos` (a purpose, not a name's
    « Association pour le droit au logement »)."""
    return _INFINITIVE.match(doc.text, pos) is not None


def capitalised_part(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The span cut after its last capitalised word: "Ligue de l'enseignement de Paris" out of
    "Ligue de l'enseignement de Paris en collaboration avec plusieurs partenaires"."""
    last = None
    for word in _WORD.finditer(doc.text, start, end):
        text = word.group()
        if text[:1].isupper() or (text[:1].isdigit() and not _YEAR.fullmatch(text)):
            last = word.end()  # "Terre 2 Cultures", but not "… depuis 1998"
    return (start, last) if last is not None else None


def _verb_after_brackets(doc: Doc, pos: int) -> bool:
    """Whether a verb follows the "(…)" opening at `pos` (an acronym, a place)."""
    close = doc.text.find(")", pos, pos + 60)
    if close < 0 or "\n" in doc.text[pos:close]:
        return False
    after = close + 1
    while after < len(doc.text) and doc.text[after] == " ":
        after += 1
    return after < len(doc.text) and verb_at(doc, after)


def _wrapped(doc: Doc, pos: int) -> bool:
    """Whether the line ending after `pos` is a paragraph line wrapped by a PDF.

    A long line without final punctuation, that the next line carries on: in lower case
    ("…porte deux ateliers / et chantiers"), or after a word that cannot end a sentence
    ("l'association Terre de / Liens Normandie"). A heading above a paragraph is none.
    """
    line = doc.line_at(pos)
    if len(line.text) <= 60 or line.text.endswith((".", ":", "!", "?", ";")):
        return False
    following = doc.lines[line.index + 1].text if line.index + 1 < len(doc.lines) else ""
    last = fold(line.text.rsplit(" ", 1)[-1])
    return following[:1].islower() or last in _CARRY_ON or line.text.endswith((",", "-"))


def verb_at(doc: Doc, pos: int) -> bool:
    """Whether the word at `pos` is a verb an organisation is the subject of ("a", "recrute")."""
    token = _TOKEN.match(doc.folded, pos)
    return token is not None and _is_verb(doc, pos, token.group(0))


def _is_verb(doc: Doc, pos: int, word: str) -> bool:
    if not doc.text[pos].islower() or (word == "a" and doc.text[pos] != "a"):
        return False  # "Grand Est", "Accueil à la ferme": capitals and "à" are no verbs
    return word in _ORG_VERBS or word.startswith(("s'", "n'", "qu'"))


def subject_before(doc: Doc, verb_start: int) -> tuple[int, int] | None:
    """Span of the name that is the subject of the verb at `verb_start`, or None.

    "X, association de …, recrute" gives X; "Dans le cadre de …, X recrute" gives X.
    """
    begin = max(0, verb_start - 300)
    window = doc.folded[begin:verb_start]
    cut = max(window.rfind(". "), window.rfind("! "), window.rfind("? "))
    newline = window.rfind("\n")
    while newline > cut and _wrapped(doc, begin + newline - 1):
        newline = window.rfind("\n", 0, newline)  # a PDF's wrapped line: the sentence goes on
    begin += max(cut, newline) + 1
    segments, offset = [], begin
    for part in _SEGMENT_CUT.split(doc.folded[begin:verb_start]):
        segments.append((offset, offset + len(part)))
        offset += len(part) + 1
    last = segments[-1]
    if looks_like_name(doc, *last):
        return name_until_verb(doc, _skip_space(doc, last[0]), limit=verb_start)
    first = segments[0]
    if len(segments) > 1 and looks_like_name(doc, *first):
        return name_until_verb(doc, _skip_space(doc, first[0]), limit=verb_start)
    return _capitalised_run(doc, *last)


def _capitalised_run(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The capitalised words that end a clause: "C'est pourquoi | Emmaüs Connect | recrute"."""
    words = list(_WORD.finditer(doc.text, start, end))
    begin = None
    for word in reversed(words):
        text = word.group()
        if _OPENERS.match(fold(text)) or text.isdigit():
            break  # "Aujourd'hui", "Depuis 2010": capitalised because they open the sentence
        if text[:1].isupper() or text[:1].isdigit():
            begin = word.start()
        elif fold(text) not in _CONNECTORS or begin is None:
            break
    if begin is None or doc.text[begin:end].split()[0].lower() in _CONNECTORS:
        return None
    return (begin, words[-1].end())


def _skip_space(doc: Doc, pos: int) -> int:
    while pos < len(doc.text) and doc.text[pos] in ' \n*«"':
        pos += 1
    return pos


def looks_like_name(doc: Doc, start: int, end: int) -> bool:
    """A segment that can be a name: capitalised, not a clause opener, not too long."""
    start = _skip_space(doc, start)
    text, folded = doc.text[start:end].strip(), doc.folded[start:end].strip()
    words = text.split()
    if not words or len(words) > 12:
        return False
    if KIND_LEAD.match(text):  # "L'association X", "le centre social Les Tilleuls"
        return True
    if folded.startswith(("le ", "la ", "les ")):
        return _capital(text.split(" ", 1)[1])
    if folded.startswith("l'"):
        return _capital(text[2:])
    if _OPENERS.match(folded):
        return False
    if _capital(text):
        return True
    return len(words) > 1 and words[1][:1].isupper() and "-" in words[0]  # "e-graine Grand Est"


def _capital(text: str) -> bool:
    return text[:1].isupper() or text[:1].isdigit() or text[:1] in ("«", '"')
