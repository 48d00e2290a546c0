"""Contract type and length.

`contract_type` is one of the SCHEMA codes (CDI, CDD, CDDI, ALTERNANCE, STAGE,
SERVICE_CIVIQUE, VOLONTARIAT, INTERIM, FREELANCE, BENEVOLAT). Every way a posting names one
is found, then the mention in the strongest place wins, the first one on a tie:

1. a contract label's line ("Type de contrat :", "Contrat :", "Nature de l'offre", "Type de
   poste", France Travail's label line with its value on the next line);
2. the first lines (the title) and short tag lines of job boards ("CDI", "Long-term contract");
3. a sentence about the job itself ("recrute un·e ... en CDI", "pour un CDD de 6 mois",
   "CDI à temps plein", the "(H/F)" line);
4. a phrase that can only name the job's contract ("convention de stage", "Volontaire de
   Solidarité Internationale", "statut de service civique"), wherever it is.

A mention about other people or another time never counts: "encadrer des stagiaires",
"salariés en CDDI", "possibilité de CDI à l'issue", "évolutif en CDI", "directeur par
intérim", "CLONG-Volontariat", plurals ("des services civiques"). "CDD ou CDI" gives the
first one written. With no type at all, a stated "contrat de 6 mois" means a CDD.
`duration_months` comes from `contract_duration`; it is not given for a CDI.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from postings.extract.contract_duration import find_duration
from postings.extract.dates_words import clause_after, clause_before, matches_at
from postings.extract.text import Doc, Found

_GENERIC, _SPECIFIC, _LABEL_ONLY = "generic", "specific", "label"

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
    ("ALTERNANCE", _SPECIFIC, ("contrat", "en ", "apprenti", "alternant"),
     r"\bcontrat d'apprentissage\b|\bcontrats? de professionnalisation\b|\bcontrat pro\b"
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
     ("free", "portage", "auto", "micro", "travailleur", "statut", "en ", "contrat",
      "profession", "exercice"),
     r"\bfree-?lance\b|\bportage salarial\b|\b(?:auto|micro)[- ]?entrepreneur\b"
     r"|\btravailleur independant\b|\bstatut (?:d'|de travailleur )?independant\b"
     r"|\ben (?:tant qu')?independant\b|\bcontrat de prestation\b|\bprofession liberale\b"
     r"|\ben liberal\b|\bexercice liberal\b"),
    ("FREELANCE", _LABEL_ONLY, ("prestat", "independant", "liberal", "vacation", "honoraires"),
     r"\bprestations?(?: de services?)?\b|\bprestataire\b|\bindependant\b|\bliberale?\b"
     r"|\bvacations?\b|\bhonoraires\b"),
    ("BENEVOLAT", _SPECIFIC, ("mission", "poste", "a titre", "offre", "engagement"),
     r"\bmission (?:de )?benevol(?:e|at)\b|\bposte benevole\b|\ba titre benevole\b"
     r"|\boffre de benevolat\b|\bengagement benevole\b"),
    ("BENEVOLAT", _LABEL_ONLY, ("benevol", "volunteer"),
     r"\bbenevolat\b|\bbenevole\b|\bvolunteer(?:ing)?\b"),
)  # fmt: skip
_COMPILED = tuple(
    (code, kind, words, re.compile(pattern)) for code, kind, words, pattern in _PATTERNS
)
# "VIE" is also "vie" (life): the volunteering scheme only in capitals.
_VIE = re.compile(r"\bV\.?I\.?[EA]\b")

_LABEL = re.compile(
    r"^[\s\-*>.|]{0,6}(?:types? (?:de |d')(?:contrats?|postes?|emplois?|l'offre|offre)"
    r"|nature (?:du |de l'|de )(?:contrat|offre|poste|emploi)|contrats?|statut(?: du poste)?"
    r"|forme (?:du |de )contrat|job type|contract(?: type)?|employment type|type"
    r"|conditions? (?:d'emploi|contractuelles?|du poste)|poste|dispositif)\b\s{0,3}(?::|-|\s)"
)
_POSITIVE_BEFORE = re.compile(
    r"\b(?:recrut\w*|recherch\w*|propos\w*|offre|poste|embauch\w*|contrat|statut|cherch\w*"
    r"|type|nature|conditions?|h/f|f/h|sous|un|une|en|d'un|d'une|pour)\W{0,3}$"
    r"|\b(?:recrut\w*|recherch\w*|propos\w*|offre|poste|embauch\w*|statut|cherch\w*|h/f|f/h)\b"
)
_POSITIVE_AFTER = re.compile(
    r"^\s{0,3}[(,:-]?\s{0,3}(?:a (?:temps|mi-temps|\d)|temps (?:plein|partiel|complet)|de \d"
    r"|d'(?:un|une)\b|\d{1,2}\s?(?:mois|ans?|h\b|heures)|renouvelable|a pourvoir|base|statut"
    r"|full|part)"
)
_NEGATIVE_BEFORE = re.compile(
    # a change or a chance, later: "possibilité de CDI", "évolutif en CDI", "accès à un CDD"
    r"\b(?:possibilit\w*|perspectives?|evolu\w*|vers|perenn\w*|perenis\w*|transform\w*"
    r"|debouch\w*|acces (?:a|au)|acceder|sortie|durables?|l'issue|ancien\w*|agence|assurer l'"
    # other people: "encadrer des stagiaires", "tutrice d'un service civique"
    r"|encadrer|encadrement|encadre|encadrera|encadrerez|accompagner|accompagnement|accompagnons"
    r"|tut\w*|maitr\w*|accueillir|accueillons|accueillera|supervis\w*|former|aider"
    r"|recrutement (?:de|des|d')|gestion (?:de|des|d')|suivi (?:de|des|d'))"
    r"\W{1,3}(?:[\w']+\W{1,3}){0,3}$"
    # "salariés en CDDI", "emplois supplémentaires en CDI"
    r"|\b(?:salaries|personnes|emplois|jeunes|beneficiaires|publics|contrats|postes|volontaires"
    r"|stagiaires|benevoles|alternants)\W{1,3}(?:[\w']+\W{1,3})?(?:en|sous|de|d'|du)\W{1,3}$"
)
# On the mention's own line: "1 stagiaire BPJEPS", "directeur par intérim", "CLONG-Volontariat".
_NEGATIVE_JUST_BEFORE = re.compile(r"(?:\b\d+\s{1,2}|\bpar\s{1,2}|\w-?|\bex\s?)$")
_NEGATIVE_AFTER = re.compile(
    r"^(?:\s{0,3}(?:possibles?|envisage\w*|a terme|a l'issue|a venir|ulterieur\w*|eventuel\w*"
    r"|de (?:la|l')|des)\b|s\b|-)"
)
_SHORT_LINE = 45
_HEAD_LINES = 3


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
    vie = matches_at(doc.text, ("V",), _VIE)
    found += [_Mention("VOLONTARIAT", _SPECIFIC, m.start(), m.end()) for m in vie]
    found.sort(key=lambda m: (m.start, m.start - m.end))
    kept: list[_Mention] = []
    for mention in found:  # "CDD d'insertion" holds "CDD": keep the longer phrase only
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept


def _is_about_others(doc: Doc, mention: _Mention) -> bool:
    line = doc.line_at(mention.start)
    just_before = doc.folded[max(line.start, mention.start - 12) : mention.start]
    before = clause_before(doc, mention.start, limit=70)
    after = doc.folded[mention.end : mention.end + 20]
    # In a list in brackets, what precedes the bracket speaks for every item of it:
    # "accéder à un emploi durable (CDD de 6 mois ou plus, CDI)".
    bracket = before.rfind("(")
    listed = bracket > before.rfind(")") and _NEGATIVE_BEFORE.search(before[:bracket])
    return bool(
        _NEGATIVE_JUST_BEFORE.search(just_before)
        or _NEGATIVE_BEFORE.search(before)
        or _NEGATIVE_AFTER.search(after)
        or listed
    )


def _label_line(doc: Doc, line_index: int) -> bool:
    line = doc.lines[line_index]
    if _LABEL.search(doc.folded[line.start : line.end]):
        return True
    previous = next(
        (ln for ln in reversed(doc.lines[max(0, line_index - 2) : line_index]) if ln.text), None
    )  # France Travail: "Type de contrat" then the value
    return previous is not None and bool(
        _LABEL.search(doc.folded[previous.start : previous.end] + " ") and len(previous.text) <= 30
    )


def _tier(doc: Doc, mention: _Mention, head: set[int]) -> int | None:
    """How strongly the mention's place says it is the job's contract (3 best), or None."""
    if _is_about_others(doc, mention):
        return None
    line = doc.line_at(mention.start)
    if _label_line(doc, line.index):
        return 3
    short = len(line.text) <= _SHORT_LINE
    if mention.kind == _LABEL_ONLY:
        return 2 if short and line.index in head else None
    if short or line.index in head:
        return 2
    before = clause_before(doc, mention.start)
    after = clause_after(doc, mention.end, limit=40)
    if _POSITIVE_BEFORE.search(before) or _POSITIVE_AFTER.search(after):
        return 1
    return 0 if mention.kind == _SPECIFIC else None


def find_contract_type(doc: Doc) -> Found | None:
    """The job's contract type with the words that say it (see the module docstring)."""
    head = {line.index for line in doc.nonblank_lines()[:_HEAD_LINES]}
    best: tuple[int, _Mention] | None = None
    for mention in _mentions(doc):
        tier = _tier(doc, mention, head)
        if tier is not None and (best is None or tier > best[0]):
            best = (tier, mention)
            if tier == 3:
                break
    if best is None:
        return None
    return Found(best[1].code, best[1].start, best[1].end)


def extract_contract(doc: Doc, found: Mapping[str, Found]) -> dict[str, Found]:
    """Keys `contract_type` (a SCHEMA code) and `duration_months` (an int), when stated."""
    result: dict[str, Found] = {}
    kind = find_contract_type(doc)
    duration = find_duration(doc, found.get("start_date"))
    if kind is None and duration is not None and duration.says_contract:
        kind = Found("CDD", duration.found.start, duration.found.end)
    if kind is not None:
        result["contract_type"] = kind
    if duration is not None and (kind is None or kind.value != "CDI"):
        result["duration_months"] = duration.found
    return result
