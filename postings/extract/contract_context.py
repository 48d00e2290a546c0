"""Where a contract mention sits, and whether it speaks of the job at all.

`placement(doc, start, end, kind)` grades a mention of a contract type by the strength of
its place: 4 on a contract label's line ("Type de contrat : CDD", or the line under a bare
"Type de contrat"), 3 as a job board's tag ("CDI" alone on its line, "Niort | CDI | Temps
plein", "Bénévolat · Régulier"), 2 in the title lines, 1 in a sentence about the job ("recrute
... en CDI", "un CDD de 6 mois", "CDI à temps plein"), 0 for a phrase that can only name the
job's contract; None when the mention is about other people or another time ("encadrer des
stagiaires", "possibilité de CDI", "salariés en CDDI") or sits in a site's menu.
"""

from __future__ import annotations

import re

from postings.extract.dates_words import clause_after, clause_before
from postings.extract.text import Doc

GENERIC, SPECIFIC, LABEL_ONLY = "generic", "specific", "label"

_LABEL = re.compile(
    r"^[\s\-*>.|]{0,6}(?:types? (?:de |d')(?:contrats?|postes?|emplois?|l'offre|offre)"
    r"|nature (?:du |de l'|de la |de )(?:contrat|offre|poste|emploi|mission)|contrats?"
    r"|statut(?: du poste)?"
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
    # other people: "encadrer des stagiaires", "tutrice d'un service civique", "vous accueillerez
    # un stagiaire" (but "nous accueillons un·e stagiaire" is the job itself)
    # (but « chargé·e d'accompagnement en CDI » names the job's contract)
    r"|encadrer|encadrement|encadrera|encadrerez|accompagner|accompagnerez"
    r"|(?<!d')accompagnement|accompagnement(?!\W{1,3}en\W{1,3}$)"
    r"|tut\w*|maitr\w*|accueillerez|supervis\w*|formerez|aider"
    r"|recrutement (?:de|des|d')|gestion (?:de|des|d')|suivi (?:de|des|d'))"
    r"\W{1,3}(?:[\w']+\W{1,3}){0,3}$"
    # "salariés en CDDI", "emplois supplémentaires en CDI", "salarié·es en parcours (CDDI"
    r"|\b(?:salarie|personne|emploi|jeune|beneficiaire|public|contrat|poste|volontaire"
    r"|stagiaire|benevole|alternant)(?:e|\(e\)|[·.]e)?(?:s|\(s\)|[·.]s)\W{1,3}"
    r"(?:[\w']+\W{1,3})?(?:en|sous|de|d'|du)\W{1,3}(?:(?:parcours|insertion)\W{1,3})?$"
    # a count of the staff: "65 salarié·es, dont 42 en contrat à durée déterminée d'insertion"
    r"|\b(?:dont|parmi (?:eux|elles|lesquels|lesquelles))\W{1,3}(?:\d+|la plupart|la moitie"
    r"|plus de \d+|[a-z]+)\W{1,3}(?:[\w'·.()]+\W{1,3})?(?:en|sous)\W{1,3}$"
    # a candidate's past: "une première expérience en CDD", "expérience de stage"
    r"|\bexperiences?(?: professionnelles?)? (?:en|de|d'un|d'une|sous|comme)\W{1,3}$"
)
# On the mention's own line: "1 stagiaire BPJEPS", "directeur par intérim", "CLONG-Volontariat".
_NEGATIVE_JUST_BEFORE = re.compile(r"(?:\b\d+\s{1,2}|\bpar\s{1,2}|\w-?|\bex\s?)$")
_NEGATIVE_AFTER = re.compile(
    r"^(?:\s{0,3}(?:possibles?|envisage\w*|a terme|a l'issue|a venir|ulterieur\w*|eventuel\w*"
    r"|de (?:la|l')|des)\b|s\b|-)"
)
# A job whose subject is a contract: "Chargé·e de mission alternance", "Référent service civique".
_TOPIC_BEFORE = re.compile(
    r"\b(?:referent\w*|coordinat\w*|responsable|gestionnaire|conseill\w*|pole|chef\w* de projet"
    r"|charge\S{0,4} (?:de |d')?(?:mission|projets?|developpement|relations?"
    r"|accompagnement))\W{1,3}(?:[\w']+\W{1,3}){0,2}$"
)
# A tag's segment: a line cut at "|", " · ", "•", tabs or wide gaps, " - " ("·" inside a word
# is inclusive writing: "médiateur·rice").
_SEGMENT_BREAK = re.compile(r"\s*(?:[|•]|\s·|·\s|\s{3,}|\s[-/]\s)\s*")
# What may sit beside a contract type in a tag: its length, working time, status.
_TAG_EXTRAS = re.compile(
    r"\b(?:de |d')?(?:\d{1,2}|un|une)\s?(?:mois|ans?|annees?|h|heures)\b|\btemps (?:plein|partiel"
    r"|complet)\b|\b(?:renouvelable|contrat|type|cadre|non|statut|h/f|f/h|regulier|ponctuel"
    r"|full|part|time)\b|[^a-z]"
)
# A site's menu ("Offres d'emploi   Entreprises   Conseils   Alternance") names contracts too.
_MENU = re.compile(
    r"\b(?:se connecter|connexion|mon compte|offres d'emploi|entreprises|conseils|rechercher"
    r"|recruteurs?|inscription|menu|deposer une offre|espace candidat|je suis|accueil)\b"
)
SHORT_LINE = 45
HEAD_LINES = 3
TOP_LINES = 15


def _is_about_others(doc: Doc, start: int, end: int) -> bool:
    line = doc.line_at(start)
    just_before = doc.folded[max(line.start, start - 12) : start]
    before = clause_before(doc, start, limit=70)
    after = doc.folded[end : end + 20]
    if doc.text[end : end + 20].lstrip().lower().startswith("dès"):
        after = ""  # "un CDI dès la rentrée" is the job's, unlike "CDI des salariés"
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


def _segment(doc: Doc, start: int, end: int) -> str:
    """The words of the tag holding the mention, the mention left out."""
    line = doc.line_at(start)
    low_end, high_end = max(line.start, start - 60), min(line.end, end + 60)
    text = doc.folded[low_end:high_end]
    left, right = start - low_end, end - low_end
    cuts = [(m.start(), m.end()) for m in _SEGMENT_BREAK.finditer(text)]
    low = max((cut_end for cut_start, cut_end in cuts if cut_end <= left), default=0)
    high = min((cut_start for cut_start, _ in cuts if cut_start >= right), default=len(text))
    return text[low:left] + " " + text[right:high]


def _is_tag(doc: Doc, start: int, end: int) -> bool:
    return len(_TAG_EXTRAS.sub("", _segment(doc, start, end))) < 4


def _is_menu(doc: Doc, start: int) -> bool:
    line = doc.line_at(start)
    if len(line.text) > 200:
        return False  # a menu is one short line
    text = doc.folded[line.start : line.end]
    # (Two of a menu's words: "Chargé·e d'accueil · CDI · Temps plein" is a tag line.)
    return len(_SEGMENT_BREAK.findall(text)) >= 2 and len(_MENU.findall(text)) >= 2


def placement(
    doc: Doc, start: int, end: int, kind: str, top: dict[int, int], *, topic: bool = False
) -> int | None:
    """The strength of a mention's place (see the module docstring), or None.

    `top` maps the index of each of the first non-blank lines to its rank; `topic` says the
    contract can also be what a job is about ("Référent·e service civique").
    """
    if _is_about_others(doc, start, end) or _is_menu(doc, start):
        return None
    if topic and _TOPIC_BEFORE.search(clause_before(doc, start, limit=60)):
        return None
    line = doc.line_at(start)
    if _label_line(doc, line.index):
        return 4
    if line.index in top and _is_tag(doc, start, end):
        return 3
    if kind == LABEL_ONLY:
        return None
    if len(line.text) <= SHORT_LINE or top.get(line.index, TOP_LINES) < HEAD_LINES:
        return 2
    before = clause_before(doc, start)
    after = clause_after(doc, end, limit=40)
    if _POSITIVE_BEFORE.search(before) or _POSITIVE_AFTER.search(after):
        return 1
    return 0 if kind == SPECIFIC else None
