"""Contract type and length.

`contract_type` is one of the SCHEMA codes (CDI, CDD, CDDI, ALTERNANCE, STAGE,
SERVICE_CIVIQUE, VOLONTARIAT, INTERIM, FREELANCE, BENEVOLAT). Every way a posting names one
is found (the patterns below), then the mention in the strongest place wins, the first one
on a tie (see `contract_context.placement`): a contract label's line, a job board's tag, the
title lines, a sentence about the job, a phrase that can only name the job's contract.

A mention about other people or another time never counts: "encadrer des stagiaires",
"salariés en CDDI", "possibilité de CDI à l'issue", "évolutif en CDI", "directeur par
intérim", "CLONG-Volontariat", plurals ("des services civiques"), readers' comments under a
social network's post ("C'est en CDI ?", see `contract_comments`), another offer's teaser in a
newsletter (see `place_other_offers`). "CDD ou CDI" gives the
first one written; "Contrat à durée déterminée" with "CDD insertion" on the next line, or a
CDD whose body hires "en contrat à durée déterminée d'insertion" or only people eligible to
the IAE, gives the finer CDDI. With no type named at all, a call for volunteers or for a
consultant gives BENEVOLAT or FREELANCE (see `contract_calls`), and a stated "contrat de 6
mois" means a CDD.

`duration_months` comes from `contract_duration`; it is given for CDD, CDDI, ALTERNANCE,
STAGE, SERVICE_CIVIQUE and VOLONTARIAT (or when no type is named), not for a CDI, an
interim mission, a freelance mission or volunteering.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from postings.extract.contract_calls import find_insertion_job, find_unnamed_contract
from postings.extract.contract_comments import comments_start
from postings.extract.contract_context import GENERIC, LABEL_ONLY, SPECIFIC, TOP_LINES, placement
from postings.extract.contract_duration import find_duration
from postings.extract.dates_words import matches_at
from postings.extract.place_other_offers import in_other_offers
from postings.extract.text import Doc, Found

_GENERIC, _SPECIFIC, _LABEL_ONLY = GENERIC, SPECIFIC, LABEL_ONLY

# (code, kind, words every match starts with, pattern on the folded text). When phrases
# overlap, the longer one wins ("CDD d'insertion" over "CDD").
_PATTERNS: tuple[tuple[str, str, tuple[str, ...], str], ...] = (
    ("CDDI", _SPECIFIC, ("cdd", "contrat"),
     r"\bcddi\b|\bcdd[\s-]{0,2}(?:d'\s?)?insertion\b|\bcdd-i\b"
     r"|\bcontrat (?:a duree determinee )?d'insertion\b"),
    ("CDI", _GENERIC, ("cdi", "contrat", "duree"),
     r"\bcdi\b|\bcontrat a duree indeterminee\b|\bduree indeterminee\b"),
    ("CDI", _LABEL_ONLY, ("long", "permanent", "indetermine"),
     r"\blong[- ]term contract\b|\bpermanent(?: contract)?\b|\bindetermine\b"),
    ("CDD", _GENERIC, ("cdd", "contrat", "duree"),
     r"\bcdd\b|\bcontrat a duree determinee\b|\bduree determinee\b"),
    ("CDD", _LABEL_ONLY, ("fixed", "determine"), r"\bfixed[- ]term(?: contract)?\b|\bdetermine\b"),
    # State-aided and holiday-camp contracts are fixed-term contracts.
    ("CDD", _SPECIFIC, ("contrat", "pec", "parcours emploi", "cui", "cae"),
     r"\bcontrat (?:aide|pec|cui|cae)\b|\bpec\b|\bparcours emploi competences?\b"
     r"|\bcui-cae\b|\bcontrat d'engagement educatif\b"),
    ("ALTERNANCE", _SPECIFIC, ("contrat", "en app", "en alt", "apprenti", "alternant"),
     r"\bcontrats? (?:d')?apprentissage\b|\bcontrats? (?:de )?professionnalisation\b"
     r"|\bcontrat pro\b"
     r"|\ben (?:apprentissage|alternance)\b|\bapprentie?\b|\balternante?\b"),
    # "alternance entre bureau et terrain" is not a work-study contract
    ("ALTERNANCE", _GENERIC, ("alternance",),
     r"\balternance\b(?! entre\b| des\b| de (?:travail|terrain|temps|phases?|periodes?"
     r"|moments?|bureau|cours)\b)"),
    ("ALTERNANCE", _LABEL_ONLY, ("work", "apprenti", "professionnalisation"),
     r"\bwork[- ]study\b|\bapprenticeship\b|\bapprentissage\b|\bprofessionnalisation\b"),
    ("STAGE", _SPECIFIC, ("convention", "offre", "stage", "gratification", "stagiaire"),
     r"\bconvention de stage\b|\boffre de stage\b|\bstage (?:de fin d'etudes|conventionne"
     r"|gratifie|obligatoire|de master|de licence|de \d{1,2} (?:mois|semaines))\b"
     r"|\bgratification\b|\bstagiaire\b"),
    # "stage de préparation au départ", "stage BAFA": trainings, not internships.
    ("STAGE", _GENERIC, ("stage",),
     r"\bstage\b(?! (?:de |d')(?:preparation|formation|perfectionnement|sensibilisation"
     r"|initiation|secourisme)| (?:bafa|bafd|psc1))"),
    ("STAGE", _LABEL_ONLY, ("intern",), r"\binternship\b|\bintern\b"),
    ("SERVICE_CIVIQUE", _SPECIFIC, ("volont", "service civique", "civic"),
     r"\b(?:volont(?:ariat|aire) (?:en |de |du ))?service civique\b|\bcivic service\b"),
    ("VOLONTARIAT", _SPECIFIC, ("vsi", "volont", "corps", "statut", "v.i."),
     r"\bvsi\b|\bvolont(?:ariat|aire) (?:de (?:la )?)?solidarite internationale\b"
     r"|\bvolontariat\b(?: international)?|\bvolontaire international\b"
     r"|\bcorps europeen de solidarite\b|\bstatut de volontaire\b|\bv\.i\.[ea]\b"),
    ("INTERIM", _SPECIFIC, ("mission", "contrat", "travail", "interimaire"),
     r"\b(?:mission|contrat) d'interim\b|\btravail temporaire\b|\binterimaire\b"),
    ("INTERIM", _GENERIC, ("interim",), r"\binterim\b"),
    ("INTERIM", _LABEL_ONLY, ("temporary", "contrat"), r"\btemporary\b|\bcontrat de mission\b"),
    ("FREELANCE", _SPECIFIC,
     ("free", "portage", "auto", "micro", "travailleur", "statut", "en tant", "en ind", "en lib",
      "contrat", "profession", "exercice"),
     r"\bfree-?lance\b|\bportage salarial\b|\b(?:auto|micro)[- ]?entrepreneur\b"
     r"|\btravailleur independant\b|\bstatut (?:d'|de travailleur )?independant\b"
     r"|\ben (?:tant qu')?independant\b|\bcontrat de prestation\b|\bprofession liberale\b"
     r"|\ben liberal\b|\bexercice liberal\b"),
    ("FREELANCE", _LABEL_ONLY, ("prestat", "independant", "liberal", "vacation", "honoraires"),
     r"\bprestations?(?: de services?)?\b|\bprestataire\b|\bindependant\b|\bliberale?\b"
     r"|\bvacations?\b|\bhonoraires\b"),
    ("BENEVOLAT", _SPECIFIC, ("mission", "poste", "a titre", "offre", "engagement"),
     r"\bmission (?:benevole|de benevolat)\b|\bposte benevole\b|\ba titre benevole\b"
     r"|\boffre de benevolat\b|\bengagement benevole\b"),
    ("BENEVOLAT", _LABEL_ONLY, ("benevol", "volunteer"),
     r"\bbenevolat\b|\bbenevole\b|\bvolunteer(?:ing)?\b"),
)  # fmt: skip
_COMPILED = tuple(
    (code, kind, words, re.compile(pattern)) for code, kind, words, pattern in _PATTERNS
)
# "VIE" is also "vie" (life): the volunteering scheme only in capitals.
_VIE = re.compile(r"\bV\.?I\.?[EA]\b")


_WORD_BEFORE = re.compile(r"(\w+)[ ]+\Z")
_WORD_AFTER = re.compile(r"[ ]+(\w+)")


def _in_capitals(doc: Doc, match: re.Match[str]) -> bool:
    """ "VIE" among words in capitals (« AUXILIAIRE DE VIE SOCIALE », « LIEU DE VIE ») is the
    word "vie", not the volunteering scheme (which « V.I.E » or « un VIE à Dakar » name)."""
    if "." in match.group():
        return False
    line = doc.line_at(match.start())
    before = _WORD_BEFORE.search(doc.text, line.start, match.start())
    after = _WORD_AFTER.match(doc.text, match.end(), line.end)
    return any(
        w is not None and len(w.group(1)) > 1 and w.group(1).isupper() for w in (before, after)
    )


@dataclass(frozen=True, slots=True)
class _Mention:
    code: str
    kind: str
    start: int
    end: int


def _mentions(doc: Doc) -> list[_Mention]:
    found = [
        _Mention(code, kind, match.start(), match.end())
        for code, kind, words, pattern in _COMPILED
        for match in matches_at(doc.folded, words, pattern)
    ]
    vie = [m for m in matches_at(doc.text, ("VI", "V.I"), _VIE) if not _in_capitals(doc, m)]
    found += [_Mention("VOLONTARIAT", _SPECIFIC, m.start(), m.end()) for m in vie]
    found.sort(key=lambda m: (m.start, m.start - m.end))
    kept: list[_Mention] = []
    for mention in found:  # "CDD d'insertion" holds "CDD": keep the longer phrase only
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept


# A type that refines another written beside it: France Travail's "Contrat à durée
# déterminée - 4 Mois" then "CDD insertion" or "Contrat apprentissage".
_REFINES = {"CDD": ("CDDI", "ALTERNANCE")}
# A posting names its contract within its first mentions; past these, a text is not a posting
# (and grading every one of 20 000 "CDD" would take seconds).
_MOST_MENTIONS = 300
# Contracts that are also what a job is about: "Chargé·e de mission alternance et stages",
# "Référent·e service civique", "Coordinateur·rice du bénévolat".
_ALSO_TOPICS = {"ALTERNANCE", "STAGE", "SERVICE_CIVIQUE", "VOLONTARIAT", "BENEVOLAT", "INTERIM"}
# Lengths are given for these contracts only (and when no type is named).
_WITH_LENGTH = {"CDD", "CDDI", "ALTERNANCE", "STAGE", "SERVICE_CIVIQUE", "VOLONTARIAT"}


def _refined(doc: Doc, best: _Mention, graded: list[tuple[int, _Mention]]) -> _Mention:
    line = doc.line_at(best.start).index
    for tier, mention in graded:
        near = 0 <= doc.line_at(mention.start).index - line <= 2
        if near and tier >= 3 and mention.code in _REFINES.get(best.code, ()):
            return mention
    return best


def _insertion(doc: Doc, best: _Mention, mentions: list[_Mention], top: dict[int, int]) -> _Mention:
    """A CDD that is a CDDI: France Travail's header says "CDD" where the body hires "en
    contrat à durée déterminée d'insertion", or only people eligible to the IAE."""
    for mention in mentions:
        if (
            mention.code == "CDDI"
            and placement(doc, mention.start, mention.end, mention.kind, top) is not None
        ):
            return mention
    if find_insertion_job(doc):
        return _Mention("CDDI", best.kind, best.start, best.end)
    return best


def find_contract_type(doc: Doc) -> Found | None:
    """The job's contract type with the words that say it (see the module docstring)."""
    top = {line.index: rank for rank, line in enumerate(doc.nonblank_lines()[:TOP_LINES])}
    graded = []
    label_line = None
    comments = comments_start(doc)  # readers' "C'est en CDI ?" under a post is no statement
    mentions = [
        m
        for m in _mentions(doc)[:_MOST_MENTIONS]
        if m.start < comments and not in_other_offers(doc, m.start)
    ]
    for mention in mentions:
        line = doc.line_at(mention.start).index
        if label_line is not None and line > label_line + 2:
            break  # nothing beats a label; only its next lines may refine it
        topic = mention.code in _ALSO_TOPICS
        tier = placement(doc, mention.start, mention.end, mention.kind, top, topic=topic)
        if tier is not None:
            graded.append((tier, mention))
            if tier == 4 and label_line is None:
                label_line = line
    if not graded:
        return find_unnamed_contract(doc)
    best_tier = max(tier for tier, _ in graded)
    best = next(mention for tier, mention in graded if tier == best_tier)
    best = _refined(doc, best, graded)
    if best.code == "CDD":
        best = _insertion(doc, best, mentions, top)
    return Found(best.code, best.start, best.end)


def extract_contract(doc: Doc, found: Mapping[str, Found]) -> dict[str, Found]:
    """Keys `contract_type` (a SCHEMA code) and `duration_months` (an int), when stated."""
    result: dict[str, Found] = {}
    kind = find_contract_type(doc)
    duration = find_duration(doc, found.get("start_date"))
    if kind is None and duration is not None and duration.says_contract:
        kind = Found("CDD", duration.found.start, duration.found.end)
    if kind is not None:
        result["contract_type"] = kind
    if duration is not None and (kind is None or kind.value in _WITH_LENGTH):
        result["duration_months"] = duration.found
    return result
