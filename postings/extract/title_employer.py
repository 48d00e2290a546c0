"""The hiring organisation: `find_employer(doc, found, title)` → Found or None.

Each rule proposes names (at most `PER_SOURCE`), from the most trusted kind of evidence:
0. the client a recruitment agency names (« Notre client, l'association X, recrute »,
   « pour le compte de X »), whose page, signature and address are the agency's
   (`title_client`);
1. a labelled field: « Employeur : X », « Structure : X », « Annonceur X », « Entreprise » / X,
   « 🏢 X »;
2. the subject of the hiring verb: « L'association X recrute un·e… », « X, association de …,
   recherche… », « Dans ce cadre, X recrute… »;
3. a job board's layout: the company line under the title (Indeed, HelloWork, makesense,
   LinkedIn's « X · Paris »), the letterhead above it (« X — Carrières »), « Site X »,
   « X n'a pas encore transmis de mesure d'impact », « Publiée le … par X »
   (`title_layout`); a careers page's headings (« About us »), a newsletter's « Version en
   ligne » and an ATS's « Propulsé par … » are chrome, never a name;
4. how postings present the organisation: « X est une association… », « X, association loi
   1901, … », « L'association X agit… », « Depuis 1993, X accompagne… », « Présentation de
   X » (`title_presented`); a footer's legal mentions (« X – association loi 1901 – SIRET »);
   a letter's signature (« Association X » in the last lines);
5. « le chantier est porté par l'association X », « le dispositif est géré par X »;
6. « au sein de X », « Rejoignez l'équipe de X », « Chez X », « l'offre d'emploi de X »;
   organisations named in passing;
7. when no rule finds one, the application address's or link's domain, as the text writes
   it (`title_domain`).
Every name goes through the sanity filter (`title_names.is_name`, `title_sanity`): job
boards, internal units, pronouns, legal forms, headings, founding clauses, greetings,
periods, place lines and breadcrumbs are no employer. `title_choice` then scores the names
(the address's domain and repeated mentions back one up, a relaying network's name counts
against it) and the best wins; failing any, the application address's or link's domain
(`title_domain`). Last, whatever its source, the name takes the fullest form the text
writes for it (`title_fullest`: "Abers" → « Association d'aide à domicile des Abers »).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from itertools import islice

from postings.extract.text import Doc, Found, Line
from postings.extract.title_choice import Candidate, choose_employer
from postings.extract.title_client import client_names
from postings.extract.title_domain import from_domain
from postings.extract.title_fullest import fullest_form
from postings.extract.title_layout import layout_employer, name_line, published_by
from postings.extract.title_names import clean_name
from postings.extract.title_presented import limited, passing_names, presented_names
from postings.extract.title_signed import footer_employer, signature_employer
from postings.extract.title_subject import (
    capitalised_part,
    name_until_verb,
    subject_before,
)
from postings.extract.title_words import at_word_starts

HEAD = 40_000  # characters searched for sentences
PER_SOURCE = 3  # names each rule may propose
MAX_LINES = 150

# « Employeur : X », « Structure d'accueil : X », « Proposée par : X », « Quel organisme ? ».
_LABEL = re.compile(
    r"(?:[-*>]\s*)?(?:(?:structure|organisme|entreprise|association|organisation|employeur"
    r"|etablissement)(?: [a-z'-]+){0,2}|nom de (?:l'organisme|la structure|l'association"
    r"|l'entreprise|l'employeur)|recruteur|annonceur|societe|raison sociale|company"
    r"|organization|collectivite|porteur du projet|(?:proposee?|publiee?|portee?|offre) par"
    r"|quel(?:le)? (?:organisme|structure|association|entreprise)\s*\?)\s*:\s*"
    r"|quel(?:le)? (?:organisme|structure|association|entreprise)\s*\?\s*"
    r"|\U0001f3e2\ufe0f?\s*"  # the office building that job boards put before the employer
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
    r"|porteur|proposee? par|publiee? par|portee? par|offre par|quel|l'entreprise|l'employeur"
    r"|\U0001f3e2))",
    re.MULTILINE,
)
_EXPLICIT_LABEL = re.compile(
    r"(?:[-*>]\s*)?(?:employeur|l'employeur|recruteur|raison sociale|nom de l'employeur)"
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
_WEAK = re.compile(
    r"(?:rejoignez l'equipe (?:de l'|de la |du |de )|au sein (?:de l'|de la |du |de )"
    r"|rejoignez (?:l'|la |le |les )?|rejoindre (?:l'|la |le |les )|accueillie? (?:au sein de l'"
    r"|au sein de la |au sein du |dans l'|par l'|par la |par le )|l'equipe (?:de l'|de la |du "
    r"|de )|chez |l'offre (?:d'emploi )?(?:de l'|de la |du |de ))"
)
# « Le chantier est porté par l'association X », « le dispositif est géré par la Ligue X ».
_CARRIER = re.compile(
    r"(?:porte|gere|coordonne|pilote|anime|organise|mene|conduit)e?s? par (?:l'|la |le )"
    r"(?:(?P<kind>association|federation|fondation|cooperative|structure|entreprise|ong|reseau"
    r"|collectif|organisation|regie)\s+)?"
)
_WEAK_NOT = re.compile(
    r"(?:direction|pole|service|equipe|departement|cellule|unite|programme|projet|bureau"
    r"|conseil|aventure|mission|dispositif|poste|territoire|region|ville|commune|famille"
    r"|metropole|agglomeration|communaute|collectivite|mairie)\b"
)


def find_employer(doc: Doc, found: Mapping[str, Found], title: Found | None = None) -> Found | None:
    """The hiring organisation's name with the span it was read from, or None.

    Each rule proposes its name; `title_choice.choose_employer` scores them.
    """
    lines = [line for line in doc.lines[:MAX_LINES] if line.text and len(line.text) < 400]
    email = found.get("apply_email")
    labelled = list(islice(_labelled(doc, lines), PER_SOURCE))
    sources: tuple[tuple[str, Iterable[Found | None]], ...] = (
        ("client", client_names(doc)),
        ("employer_label", [found for found, explicit in labelled if explicit]),
        ("label", [found for found, explicit in labelled if not explicit]),
        ("subject", _hiring_subjects(doc)),
        ("layout", [layout_employer(doc, lines, title)]),
        ("published", [published_by(doc, lines)]),
        ("presented", presented_names(doc, lines)),
        ("footer", [footer_employer(doc, lines)]),
        ("signature", [signature_employer(doc, lines)]),
        ("carrier", _carriers(doc)),
        ("weak", _weak(doc)),
        ("passing", passing_names(doc)),
    )
    candidates = [
        Candidate(result, source)
        for source, results in sources
        for result in islice(filter(None, results), PER_SOURCE)
    ]
    chosen = choose_employer(doc, candidates, email) or from_domain(
        doc, email, found.get("apply_url")
    )
    if chosen is None:
        return None
    # Whatever rule found it, the fullest form the text writes (« … des Abers » → « Association
    # d'aide à domicile des Abers »); partners named in passing are other organisations.
    return fullest_form(doc, chosen, (c.found for c in candidates if c.source != "passing"))


def _labelled(doc: Doc, lines: list[Line]) -> Iterator[tuple[Found, bool]]:
    """« Employeur : X », « Annonceur X », or the label alone and X on the next line.

    Each name comes with whether its label says « employer » in so many words (« Employeur »,
    « Recruteur », « Raison sociale »), rather than « Structure » or « Organisme », which a
    posting may use for the establishment.
    """
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
            yield result, _EXPLICIT_LABEL.match(doc.folded, start, line.end) is not None


def _hiring_subjects(doc: Doc) -> Iterator[Found]:
    """X in « X recrute », « X, association de …, recherche un·e … »."""
    for count, verb in enumerate(_HIRING_VERB.finditer(doc.folded, 0, min(HEAD, len(doc.text)))):
        if count >= 20:
            break
        if doc.text[verb.start() + 1 : verb.end()].endswith(("é", "ée", "és")):
            continue  # "Profil recherché :" is no hiring verb
        span = subject_before(doc, verb.start() + 1)
        result = clean_name(doc, *span) if span else None
        if result is not None:
            yield result


def _weak(doc: Doc) -> Iterator[Found]:
    """X in « au sein de X », « Rejoignez X » (X capitalised, not a team or a department)."""
    yield from _capitalised_after(doc, _WEAK)


def _carriers(doc: Doc) -> Iterator[Found]:
    """X in « porté par (l'association) X », « géré par la Ligue X en lien avec … »."""
    yield from _capitalised_after(doc, _CARRIER, trim=True)


def _capitalised_after(
    doc: Doc, pattern: re.Pattern[str], *, trim: bool = False
) -> Iterator[Found]:
    """The capitalised names that follow `pattern`; with `trim`, up to their last capital."""
    for match in limited(at_word_starts(pattern, doc.folded, 0, min(HEAD, len(doc.text)))):
        start = match.end()
        if "kind" in pattern.groupindex and match.group("kind"):
            kind = match.start("kind")
            start = kind if doc.text[kind].isupper() else start  # "la Régie Nord" is a name
        if not doc.text[start : start + 1].isupper() or _WEAK_NOT.match(doc.folded, start):
            continue
        span = name_until_verb(doc, start)
        if span and trim:  # "la Ligue de l'enseignement de Paris en collaboration avec …"
            span = capitalised_part(doc, *span)
        result = clean_name(doc, *span) if span else None
        if result is not None:
            yield result


def _start(doc: Doc, line: Line) -> int:
    raw = doc.text[line.start : line.end]
    return line.start + len(raw) - len(raw.lstrip())
