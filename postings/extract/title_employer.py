"""The hiring organisation: `find_employer(doc, found, title)` → Found or None.

Looked for, most trusted first:
1. a labelled field: « Employeur : X », « Structure : X », « Annonceur X », « Entreprise » / X;
2. the subject of the hiring verb: « L'association X recrute un·e… », « X, association de …,
   recherche… », « Dans ce cadre, X recrute… »;
3. a job board's layout: the company line under the title (Indeed, HelloWork, makesense,
   LinkedIn's « X · Paris »), « Site X », « X n'a pas encore transmis de mesure d'impact »;
4. how postings present the organisation (the earliest wins): « X est une association… »,
   « X, association loi 1901, … », « L'association X agit… », « Depuis 1993, X accompagne… »,
   « Présentation de X », « À propos de X »; then a letter's signature (« Association X »
   in the last lines);
5. « au sein de X », « Rejoignez l'équipe de X », « Chez X », « l'offre d'emploi de X »;
6. the application address's domain (recrutement@halage.fr → Halage), never a webmail's.
Job boards, internal units (« Le Pôle Jeunesse »), pronouns and legal forms alone are no
employer (`title_names.is_name`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from postings.extract.text import Doc, Found, Line, fold
from postings.extract.title_layout import layout_employer, name_line, signature_employer
from postings.extract.title_names import clean_name, is_name
from postings.extract.title_subject import name_until_verb, subject_before, verb_at
from postings.extract.title_words import at_word_starts

HEAD = 40_000  # characters searched for sentences
MAX_LINES = 150

# « Employeur : X », « Structure d'accueil : X », « Proposée par : X », « Quel organisme ? ».
_LABEL = re.compile(
    r"(?:[-*>]\s*)?(?:(?:structure|organisme|entreprise|association|organisation|employeur"
    r"|etablissement)(?: [a-z'-]+){0,2}|nom de (?:l'organisme|la structure|l'association"
    r"|l'entreprise|l'employeur)|recruteur|annonceur|societe|raison sociale|company"
    r"|organization|collectivite|porteur du projet|(?:proposee?|publiee?|portee?|offre) par"
    r"|quel(?:le)? (?:organisme|structure|association|entreprise)\s*\?)\s*:\s*"
)
# The label alone on its line, the name on the next one (France Travail's "Entreprise").
_LABEL_ALONE = re.compile(
    r"(?:[-*>]\s*)?(?:structure|structure d'accueil|organisme|organisme d'accueil|entreprise"
    r"|employeur|recruteur|l'entreprise|l'employeur|quel(?:le)? (?:organisme|structure"
    r"|association|entreprise)\s*\?)\s*:?\s*$"
)
# Lines that may start with one of those labels (a quick scan before the exact patterns).
_LABEL_AT_LINE_START = re.compile(
    r"^[ ]*(?:[-*>][ ]*)?(?=(?:structure|organisme|entreprise|association|organisation|employeur"
    r"|etablissement|nom de|recruteur|annonceur|societe|raison|company|organization|collectivite"
    r"|porteur|proposee? par|publiee? par|portee? par|offre par|quel|l'entreprise|l'employeur))",
    re.MULTILINE,
)
_BARE_LABEL = re.compile(r"(?:[-*]\s*)?(?:employeur|recruteur|annonceur|structure)\s+(?=\S)")
_HIRING_VERB = re.compile(
    r"\s(?:recrut(?:e|ent)|recherch(?:e|ent)|cherch(?:e|ent)|embauch(?:e|ent)|souhaite recruter"
    r"|lance un appel a candidatures?|ouvre un poste|propos(?:e|ent) (?:un|une) (?:stage|poste"
    r"|mission|contrat|service civique|emploi|cdi|cdd|alternance|volontariat))"
    r"(?=\s*[-:]?\s*(?:un|une|des|son|sa|ses|\d|pour|en|actuellement|activement|aujourd'hui"
    r"|d'urgence|stage|poste|mission|contrat|service|emploi|cdi|cdd|alternance|volontariat)\b"
    r"|\s?[:!.]|\s*\n|\s*$)"
)
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
    r"|federation|ong|fondation|groupement|union|centre social|centre|creche|maison|ressourcerie"
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
_WEAK = re.compile(
    r"(?:rejoignez l'equipe (?:de l'|de la |du |de )|au sein (?:de l'|de la |du |de )"
    r"|rejoignez (?:l'|la |le |les )?|rejoindre (?:l'|la |le |les )|accueillie? (?:au sein de l'"
    r"|au sein de la |au sein du |dans l'|par l'|par la |par le )|l'equipe (?:de l'|de la |du "
    r"|de )|chez |l'offre (?:d'emploi )?(?:de l'|de la |du |de ))"
)
_WEAK_NOT = re.compile(
    r"(?:direction|pole|service|equipe|departement|cellule|unite|programme|projet|bureau"
    r"|conseil|aventure|mission|dispositif|poste|territoire|region|ville|commune|famille"
    r"|metropole|agglomeration|communaute|collectivite|mairie)\b"
)
_WEBMAIL = re.compile(
    r"(?:gmail|googlemail|orange|free|wanadoo|hotmail|outlook|live|msn|yahoo|laposte|sfr|neuf"
    r"|aol|icloud|me|gmx|protonmail|proton|yopmail|bbox|numericable|club-internet|aliceadsl"
    r"|voila|mailo|caramail|tutanota|zoho|hotmail)\."
)
_SUFFIXES = ("asso.fr", "gouv.fr", "com.fr", "org.uk", "co.uk")
_GENERIC_LABELS = frozenset({"mail", "email", "contact", "emploi", "jobs", "recrutement", "asso"})


def find_employer(doc: Doc, found: Mapping[str, Found], title: Found | None = None) -> Found | None:
    """The hiring organisation's name with the span it was read from, or None."""
    lines = [line for line in doc.lines[:MAX_LINES] if line.text and len(line.text) < 400]
    for finder in (
        lambda: _labelled(doc, lines),
        lambda: _hiring_subject(doc),
        lambda: layout_employer(doc, lines, title),
        lambda: _presented(doc, lines),
        lambda: signature_employer(doc, lines),
        lambda: _weak(doc),
    ):
        result = finder()
        if result is not None:
            return result
    return _from_domain(doc, found.get("apply_email"))


def _labelled(doc: Doc, lines: list[Line]) -> Found | None:
    """« Employeur : X », « Annonceur X », or the label alone and X on the next line."""
    limit = lines[-1].end if lines else 0
    for count, hit in enumerate(_LABEL_AT_LINE_START.finditer(doc.folded, 0, limit)):
        line = doc.line_at(hit.end())
        if count >= 50:
            break
        if not line.text or len(line.text) >= 400:
            continue
        start = hit.end()
        label = _LABEL.match(doc.folded, start, line.end)
        if label and label.end() < line.end:
            result = clean_name(doc, label.end(), line.end)
        elif _LABEL_ALONE.match(doc.folded, start, line.end):
            following = next(
                (ln for ln in doc.lines[line.index + 1 : line.index + 3] if ln.text), None
            )
            result = name_line(doc, following) if following else None
        else:
            bare = _BARE_LABEL.match(doc.folded, start, line.end)
            short = len(line.text.split()) <= 10
            upper = bare and doc.text[bare.end() : bare.end() + 1].isupper()
            result = clean_name(doc, bare.end(), line.end) if bare and short and upper else None
        if result is not None:
            return result
    return None


def _hiring_subject(doc: Doc) -> Found | None:
    """X in « X recrute », « X, association de …, recherche un·e … »."""
    for count, verb in enumerate(_HIRING_VERB.finditer(doc.folded, 0, min(HEAD, len(doc.text)))):
        if count >= 20:
            break
        if doc.text[verb.start() + 1 : verb.end()].endswith(("é", "ée", "és")):
            continue  # "Profil recherché :" is no hiring verb
        span = subject_before(doc, verb.start() + 1)
        result = clean_name(doc, *span) if span else None
        if result is not None:
            return result
    return None


def _presented(doc: Doc, lines: list[Line]) -> Found | None:
    """The earliest of the ways a posting presents its organisation (see the module doc)."""
    found = [f for f in _presentations(doc, lines) if f is not None]
    return min(found, key=lambda f: f.start, default=None)


def _presentations(doc: Doc, lines: list[Line]) -> Iterator[Found | None]:
    limit = min(HEAD, len(doc.text))
    for pattern in (_IS_ORG, _APPOSITION):
        for match in _limited(pattern.finditer(doc.folded, 0, limit)):
            span = subject_before(doc, match.start() + 1)
            yield clean_name(doc, *span) if span else None
    for match in _limited(at_word_starts(_NAMED_BY_KIND, doc.folded, 0, limit)):
        yield _named_by_kind(doc, match)
    for match in _limited(_OPENING_CLAUSE.finditer(doc.folded, 0, limit)):
        span = name_until_verb(doc, match.end(), need_verb=True)
        yield clean_name(doc, *span) if span else None
    for line in lines:
        about = _ABOUT.match(doc.folded, _start(doc, line), line.end)
        if about and len(line.text.split()) <= 10:
            yield clean_name(doc, about.end(), line.end)


def _named_by_kind(doc: Doc, match: re.Match[str]) -> Found | None:
    """« L'association X a… », « l'association « X » », « la Fédération X recrute ».

    The name must be the subject: at the start of a sentence, or followed by a verb, so that
    partners named in passing (« en lien avec la Fondation X, … ») are left out.
    """
    pos = match.end()
    for _ in range(3):  # "la crèche parentale Les …", "le PTCE (Pôle …) « Le PÔPE »"
        word = _LOWER_WORD.match(doc.text, pos)
        if word is None or fold(word.group(0).strip()) in _NOT_QUALIFIERS:
            break
        pos = word.end()
    pos += len(doc.text[pos : pos + 3]) - len(doc.text[pos : pos + 3].lstrip(" "))
    after = doc.text[pos : pos + 1]
    opens = _opens_sentence(doc, match.start())
    if after and after in '«"*':
        close = doc.text.find("»" if after == "«" else after, pos + 1, pos + 120)
        if close < 0 or not (opens or _verb_follows(doc, close + 1)):
            return None
        return clean_name(doc, pos, close + 1)
    kind = match.start("kind")
    if doc.text[kind].isupper() and doc.text[kind + 1].islower():  # "la Fédération SEPANSO"
        start = kind
    elif after.isupper() or after.isdigit():  # "l'association Terre 2 Cultures"
        start = pos
    else:
        return None
    span = name_until_verb(doc, start, need_verb=not opens)
    return clean_name(doc, *span) if span else None


def _opens_sentence(doc: Doc, pos: int) -> bool:
    before = doc.text[max(0, pos - 3) : pos].rstrip(" *")
    return not before or before[-1] in "\n.!?"


def _verb_follows(doc: Doc, pos: int) -> bool:
    """Whether a verb comes next, after spaces and a "(…)" ("« Le PÔPE » (Pôle …) a pour")."""
    rest = _AFTER_NAME.match(doc.text, pos)
    return verb_at(doc, rest.end() if rest else pos)


def _weak(doc: Doc) -> Found | None:
    """X in « au sein de X », « Rejoignez X » (X capitalised, not a team or a department)."""
    for match in _limited(at_word_starts(_WEAK, doc.folded, 0, min(HEAD, len(doc.text)))):
        start = match.end()
        if not doc.text[start : start + 1].isupper() or _WEAK_NOT.match(doc.folded, start):
            continue
        span = name_until_verb(doc, start)
        result = clean_name(doc, *span) if span else None
        if result is not None:
            return result
    return None


def _from_domain(doc: Doc, email: Found | None) -> Found | None:
    """The organisation named by the application address's domain, as the text writes it."""
    if email is None or not isinstance(email.value, str) or "@" not in email.value:
        return None
    domain = email.value.rsplit("@", 1)[1].lower()
    if _WEBMAIL.match(domain) or domain.endswith((".gouv.fr", "francetravail.fr")):
        return None
    parts = domain.split(".")
    keep = 3 if any(domain.endswith("." + s) for s in _SUFFIXES) else 2
    label = parts[-keep] if len(parts) >= keep else parts[0]
    if len(label) < 3 or label in _GENERIC_LABELS:
        return None
    written = _written_form(doc, label)
    if written is not None:
        return written
    value = label.replace("-", " ").capitalize()
    return Found(value, email.start, email.end) if is_name(value) else None


def _written_form(doc: Doc, label: str) -> Found | None:
    """Where the text writes the domain's name as words ("Halage", "l'Ilot")."""
    key = label.replace("-", "")
    pattern = re.compile(r"(?<![\w@./])" + r"[\s'-]?".join(re.escape(c) for c in key) + r"\b")
    match = pattern.search(doc.folded, 0, min(HEAD, len(doc.folded)))
    if match is None:
        return None
    start, end = match.start(), match.end()
    if doc.folded[max(0, start - 2) : start] == "l'" and not doc.text[start:end].isupper():
        start -= 2  # "l'Ilot": the elided article belongs to such names
    value = doc.text[start:end]
    value = value[:1].upper() + value[1:]
    return Found(value, start, end) if is_name(value) else None


def _limited(matches: Iterator[re.Match[str]], count: int = 10) -> Iterator[re.Match[str]]:
    for index, match in enumerate(matches):
        if index >= count:
            return
        yield match


def _start(doc: Doc, line: Line) -> int:
    raw = doc.text[line.start : line.end]
    return line.start + len(raw) - len(raw.lstrip())
