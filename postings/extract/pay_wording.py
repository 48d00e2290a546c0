"""The pay wording of a posting that gives no figure: "selon CCN 66", "à négocier".

`find_pay_wording(doc)` returns the short verbatim phrase (as a `Found`) where the posting
says how the job is paid without a sum: a collective agreement or its grid ("Rémunération
selon la convention collective …", "Groupe E coefficient 325"), "selon profil", "selon
expérience", "négociable", "SMIC", "gratification légale". None when nothing about pay is
said, or when "salaire" only appears in the duties ("établir les bulletins de salaire"). A
daily rate ("TJM : 350 à 400 € HT") has no period in the SCHEMA: its phrase is the wording.
A newsletter's teaser of another offer says nothing of this job's pay.
"""

from __future__ import annotations

import re

from postings.extract.pay_context import COMPENSATION, DAILY_RATE, PAY_KEYWORD
from postings.extract.place_other_offers import in_other_offers
from postings.extract.text import Doc, Found, Line

_MAX_KEYWORDS = 100  # a posting names its pay a few times; bounded work on any input
_MAX_LENGTH = 110  # a wording is shown beside the field: a phrase, not a paragraph
# The words that introduce a pay rule, a daily rate's included ("TJM : 350 à 400 € HT").
# "Payé au SMIC", "payée selon la grille": the verb, when a pay rule follows it.
_PAID = r"\bpayee?s? (?=(?:au|a la|a l'|selon|sur la base|suivant)\b)"
_KEYWORD = re.compile(f"{PAY_KEYWORD.pattern}|{DAILY_RATE.pattern}|{_PAID}")

# Words that say how much the job pays without a figure. Checked in the words that follow a
# pay keyword, so "niveau" or "profil" here are the pay's, not the candidate's.
_WORDING = re.compile(
    r"\b(?:selon|suivant|en fonction|negoci\w*|a definir|a convenir|a discuter|a determiner"
    r"|attracti\w*|motivant\w*|interessant\w*|competiti\w*|conventionnel\w*|convention\w*"
    r"|grilles?|ccn\w*|cc\b|idcc|smic|coefficients?|coef|indices?|indiciaire|groupe|echelon"
    r"|categorie|classification|niveau|position|statut\w*|brut\w*|nets?|profil|experience"
    r"|anciennete|accords?|fonction publique|cadre d'emplois?|rifseep|legale?|bareme|minimum"
    r"|en vigueur|reglementaire|statutaire|avantageu\w*|valorisant\w*|equitable|ssc|devis"
    r"|forfait\w*|a la mission|a la prestation|plafond|securite sociale|a voir|a preciser"
    r"|par (?:jour|journee|seance|intervention|atelier|vacation|mission)|la journee|tjm|ht"
    r"|(?:prise? en charge|versee?|financee?|verse|finance) par l'etat"
    # « indemnité prévue par le code du service national », « fixée par décret »
    r"|(?:prevue?|fixee?|definie?) par (?:la loi|le code|les textes|la reglementation|decret"
    r"|le decret|l'etat|la convention))\b"
)
# An allowance the law or the sending body fixes: « indemnité mensuelle de service civique
# prévue par la loi », « Indemnité de volontariat selon la grille de l'organisme d'envoi »,
# a volunteer's abroad « Indemnité de subsistance mensuelle ».
_STATUTORY = re.compile(
    r"indemnite (?:mensuelle |legale |statutaire )?(?:de |du |d')(?:service civique"
    r"|volontariat|volontaire|engagement (?:de )?service civique|stage|vsi|vie\b"
    r"|subsistance)"
)
# "Salaire : non précisé" says nothing.
_SAYS_NOTHING = re.compile(
    r"^\W*(?:non|pas)\s+(?:specifie|precise|communique|renseigne|indique|mentionne)|^\W*n\.?c\b"
)
# Pay words in a duty or a benefit, not the job's pay: "bulletins de salaire", "gestion des
# rémunérations", "maintien de salaire", "politique de rémunération".
_NOT_THE_PAY = re.compile(
    r"\b(?:bulletins?|fiches?|gestion|maintien|calculs?|politique|masse|versements?|saisie"
    r"|suivi|preparation|declarations?|egalite|avances?|portage|etablir|traitement"
    r"|administration|elaboration|revisions?|negociations?|paie|etudes?|enquetes?|ger(?:er|ez|erez|era|eront)"
    r"|1[34] ?(?:e|eme) mois)\b"
    r"(?:(?!\s-\s)[^.;:!?])*\Z"
)
# A keyword, then up to a few words, then ":" — the wording is what follows the colon.
_LABEL = re.compile(r"[^:\n]{0,30}?:\s*")
_SELON = re.compile(r"\bselon\b")
# A line that is itself a collective-agreement reference ("CCNT du 15 mars 1966",
# "Convention collective : ECLAT"), which French postings put in their header as the pay rule.
_AGREEMENT_LINE = re.compile(
    r"^\W{0,3}(?:ccn\w*|convention collective|selon (?:la |le )?(?:ccn|convention|grille|cc\b)"
    r"|application de la (?:ccn|convention)|grille (?:salariale|conventionnelle|indiciaire))"
)
# Where a wording ends: a new sentence or item; commas inside parentheses do not count.
_END = re.compile(r"\.\s|;|\s-\s|\||\s\+\s")


def _end_of_wording(doc: Doc, start: int, line_end: int) -> int:
    """The end of the phrase starting at `start`: a sentence end, a comma, or a length cap."""
    end = min(line_end, start + _MAX_LENGTH)
    stop = _END.search(doc.text, start, end)
    if stop is not None:
        end = stop.start()
    depth = 0
    for pos in range(start, end):
        char = doc.text[pos]
        depth += (char == "(") - (char == ")")
        if char == "," and depth <= 0 and pos - start >= 15:
            end = pos
            break
    if end == start + _MAX_LENGTH and end < line_end:
        end = doc.text.rfind(" ", start, end) if " " in doc.text[start:end] else end
    return len(doc.text[start:end].rstrip(" ,:(.")) + start


def _wording_start(doc: Doc, keyword: re.Match[str], line: Line) -> int | None:
    """Where the wording a keyword introduces starts, or None when it introduces none."""
    folded = doc.folded
    label = _LABEL.match(folded, keyword.end(), line.end)
    if label is not None and not _SELON.search(label.group()):
        return label.end()  # "Salaire : selon profil" → "selon profil"
    if not folded[line.start : keyword.start()].strip(" -*>"):
        return keyword.start()  # a line opening on the keyword: "Salaire selon CCNT 51"
    if _STATUTORY.match(folded, keyword.start()):
        return keyword.start()  # « … ; indemnité mensuelle de service civique prévue par la loi »
    # Inside a sentence the wording must follow the keyword closely ("poste rémunéré selon
    # la CCN 66"), or the keyword is only part of a description.
    if _WORDING.search(folded, keyword.end(), min(line.end, keyword.end() + 30)):
        return keyword.start()
    return None


def _wording_after(doc: Doc, keyword: re.Match[str]) -> Found | None:
    """The wording a pay keyword introduces on its own line, or None."""
    line = doc.line_at(keyword.start())
    if _NOT_THE_PAY.search(doc.folded, max(line.start, keyword.start() - 40), keyword.start()):
        return None
    start = _wording_start(doc, keyword, line)
    return None if start is None else _wording_at(doc, start, line.end)


def _wording_at(doc: Doc, start: int, line_end: int) -> Found | None:
    """The phrase from `start` when it states a pay rule, else None."""
    end = _end_of_wording(doc, start, line_end)
    folded = doc.folded
    if end <= start or _SAYS_NOTHING.match(folded, start, end):
        return None
    if not _WORDING.search(folded, start, end) and not _STATUTORY.match(folded, start):
        return None
    return Found(doc.text[start:end], start, end)


def _wording_below(doc: Doc, keyword: re.Match[str]) -> Found | None:
    """The wording on the line after a pay heading ("Salaire" / "A négocier")."""
    line = doc.line_at(keyword.start())
    if doc.folded[keyword.end() : line.end].strip(" :") or len(line.text) > 40:
        return None
    below = next((ln for ln in doc.lines[line.index + 1 : line.index + 3] if ln.text), None)
    if below is None:
        return None
    text = doc.text[below.start : below.end]
    start = below.start + len(text) - len(text.lstrip(" -*>"))
    return _wording_at(doc, start, below.end)


def _rate(doc: Doc, keyword: re.Match[str]) -> Found | None:
    """A daily rate with what follows it on its line ("TJM : 350 à 400 € HT selon profil")."""
    line = doc.line_at(keyword.start())
    end = _end_of_wording(doc, keyword.start(), line.end)
    if not any(c.isdigit() for c in doc.text[keyword.end() : end]):
        return None  # "TJM" named in a sentence without a figure
    return Found(doc.text[keyword.start() : end], keyword.start(), end)


def find_pay_wording(doc: Doc) -> Found | None:
    """The first phrase that states the pay rule without a figure, else None."""
    for count, keyword in enumerate(_KEYWORD.finditer(doc.folded)):
        if count >= _MAX_KEYWORDS:
            break
        if COMPENSATION.match(doc.folded, keyword.start()) or in_other_offers(doc, keyword.start()):
            continue  # "indemnité de précarité selon la loi" is not the pay, nor another offer's
        if DAILY_RATE.fullmatch(keyword.group()):
            found = _rate(doc, keyword)  # "TJM : 450 €" says how the job is paid
        else:
            found = _wording_after(doc, keyword) or _wording_below(doc, keyword)
        if found is not None:
            return found
    for line in doc.lines:
        folded = doc.folded[line.start : line.end].strip()
        if folded and len(folded) <= _MAX_LENGTH and _AGREEMENT_LINE.match(folded):
            start = line.start + doc.text[line.start : line.end].index(line.text[:1])
            end = _end_of_wording(doc, start, line.end)
            return Found(doc.text[start:end], start, end)
    return None
