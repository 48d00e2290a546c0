"""What the words around a sum of money say: is it the pay, per what period, gross or net.

`read_context(doc, amount)` looks only at the clause the sum sits in (cut at ";", ". ", ", ",
"+"), a little of its line, and a pay heading just above ("Salaire", "RÉMUNÉRATION ET
AVANTAGES"). It returns None when the words make the sum something else than base pay (a
bonus, meal vouchers, a budget, a transport pass: see SCHEMA, "Figures that are not the
base pay … are not salary"), else a `PayContext` with a score: 0 for a sum nothing ties to
pay, higher as pay words get closer. Windows are bounded, so the cost per sum is constant.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from postings.extract.pay_amounts import Amount
from postings.extract.text import Doc, Line

_BEFORE = 90  # characters read before a sum, at most
_AFTER = 60  # and after it

# Words that name the pay. "indemnité" is the pay of a volunteer (service civique, VSI) or of
# an intern, unless a qualifier makes it a compensation (see _NOT_PAY).
PAY_KEYWORD = re.compile(
    r"\b(?:salaires?|remunerations?|remunere(?:e|s|es)?|retributions?|gratifications?"
    r"|indemnites?|taux horaire|salary|package(?: salarial)?|(?:grille|fourchette|conditions?"
    r"|proposition) salariales?|fourchette|traitement (?:brut|indiciaire|mensuel)|appointements)\b"
)
# A daily rate ("TJM : 350 à 400 € HT"): no period of the SCHEMA, so the wording says it.
DAILY_RATE = re.compile(
    r"\b(?:tjm|taux journaliers?(?: moyens?)?|tarifs? journaliers?|prix de (?:la )?journee)\b"
)
# A freelancer's pay is a rate: these words name it only in a freelance posting (elsewhere a
# "tarif" is a price).
_RATE_KEYWORD = re.compile(r"\b(?:tarifs?|honoraires|tjm|taux (?:journaliers?|horaires?))\b")
_PAY_OR_RATE = re.compile(f"{PAY_KEYWORD.pattern}|{_RATE_KEYWORD.pattern}")
# Compensations named "indemnité" that are not a volunteer's or an intern's allowance.
COMPENSATION = re.compile(
    r"indemnites? (?:de |d')?(?:precarite|fin|transport|kilometrique\w*|repas|logement"
    r"|sujetion\w*|astreinte|deplacement|residence|licenciement|rupture|conges|teletravail"
    r"|nourriture|panier|habillement|frais|entretien|mobilite|segur|complementaire|depart)"
)
# Sums that are not the base pay (SCHEMA: "Figures that are not the base pay … are not
# salary"), as words written before them in their clause.
_NOT_PAY_WORDS = (
    # extras paid on top of the pay
    r"primes?|bonus|1[34] ?(?:e|eme) mois|(?:treizieme|quatorzieme) mois|interessement"
    r"|participation|gains?|cadeaux?|vacances|cse",
    # meals, health cover, transport, expenses
    r"tickets?|titres?[- ]restaurants?|cheques?|cartes? (?:cadeau|repas|restaurant|swile|ticket)"
    r"|paniers?|repas|dejeuners?|restauration|mutuelle|prevoyance|navigo|pass|transports?"
    r"|mobilites?|velo|forfaits?(?! jours?)|rembourse\w*|frais|dedommagement|defraiement",
    COMPENSATION.pattern,
    # money that is not paid to the employee: budgets, grants, prices, rent, social benefits
    r"budgets?|chiffre d'affaires|subventions?|financements?|fonds|dons?|loyers?|logement"
    r"|caution|dotations?|cotisations?|adhesion|tarifs?|prix|couts?|acompte|enveloppe|capital"
    r"|levee|montants? (?:du|de la|des) (?:budget|projet|subvention|marche)|factur\w*"
    r"|economies?|investissements?|honoraires? (?:de|d')|amendes?|abonnements?|epargne"
    r"|aides? (?:au|a la|aux|financiere)|allocations?|rsa|aah|apl|minimas? sociaux"
    r"|aides? de (?=\d)|per diem|pensions?|retraites?",
    # the pay scale's own numbers
    r"valeur|indice|point|plafond",
)
_NOT_PAY = re.compile(r"\b(?:" + "|".join(_NOT_PAY_WORDS) + r")\b")
_REFERENCE = re.compile(r"\bsmic\b|\bminimum (?:legal|conventionnel)")
# "… incluse" keeps a bonus named inside a pay phrase from disqualifying it.
_INCLUDED = re.compile(r"\s*(?:\w+\s){0,2}inclu")
# A sum followed at once by what it is for: "238 € de prime", "9 € par ticket".
_NOT_PAY_AFTER = re.compile(
    r"\s*(?:bruts?|nets?)?\s*(?:de |d'|en |par |pour (?:la |le |les )?|au titre d[eu'] ?|sous "
    r"forme de |d'une? )(?:primes?|bonus|tickets?|titres?|cheques?|paniers?|frais|mutuelle|"
    r"transports?|indemnite|participation|aide|budget|subvention|chiffre|ca\b|loyer|dotation|"
    r"cotisation|rembourse|financement|fonds|dons?|cadeau|investissement|jour)"
)
# A daily or weekly rate: not a period of the SCHEMA, and in ESS postings mostly meal money.
_OTHER_RATE = re.compile(
    r"(?:\s*(?:bruts?|nets?|ht|ttc)\b){0,2}\s*(?:/\s?(?:jour|journee|j|semaine|sem|km|seance)\b"
    r"|(?:par|la|de la|l') ?(?:jour|journee|demi-journee|semaine|km|kilometre|repas|ticket"
    r"|personne|participant|enfant|mission|heure sup\w*|seance|intervention|atelier|vacation"
    r"|module|session|prestation|nuit|nuitee|week-end|sejour|projet)\b|(?:journaliers?"
    r"|hebdomadaires?|le km)\b)"
)
_PERIOD = re.compile(
    r"(?P<HOUR>/\s?(?:h|heure|hr|hour)\b|\bde l'heure\b|\bpar heure\b|\bl'heure\b"
    r"|\bhoraire\b|\bhourly\b|\bper hour\b|\ban hour\b)"
    r"|(?P<MONTH>\bmensuel(?:le)?s?\b|\bpar mois\b|/\s?(?:mois|month)\b|\bmonthly\b"
    r"|\bper month\b|\ba month\b|\bmensualises?\b|\b(?:bruts?|nets?) mois\b)"
    r"|(?P<YEAR>\bannuel(?:le)?s?\b|\bpar an\b|/\s?(?:an|annee|year|yr)\b|\bpar annee\b"
    r"|\bl'an\b|\bsur l'annee\b|\byearly\b|\bannual(?:ly)?\b|\bper year\b|\ba year\b"
    r"|\bbab\b|\bbruts? an\b)"
)
_GROSS = re.compile(r"\b(?:(?P<gross>bruts?|brutes?|gross|bab)|(?P<net>nets?|nettes?))\b")
# Where a clause ends: the words of another clause say nothing about this sum.
# (" / mois", " / an", " / h" is the sum's period, not another clause.)
_BOUNDARY = re.compile(
    r"[;|]|\.\s|,\s|\s\+|\+\s|\s-\s(?!\d)|\s/\s(?!\d|(?:mois|an|annee|h|heure|month|year)\b)"
)
# A short line that heads the pay ("Salaire", "RÉMUNÉRATION ET AVANTAGES :").
_RESTATES = re.compile(r"\s*(?:soit|c'est-a-dire|ou|\()")
_RESTATED = re.compile(r"(?:\bsoit\b|\(|c'est-a-dire|\bou\b)[^()\d]{0,40}\Z")
_HEADING_MAX = 60
_SENTENCE_END = re.compile(r"[.;!?]\s")
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class PayContext:
    """What the words around one sum say about it."""

    amount: Amount
    score: int  # 0: nothing ties it to pay; 2: a pay word on its line or heading; 4+: in clause
    period: str | None  # HOUR, MONTH, YEAR as written (None: not written)
    gross: bool | None
    own_line: bool  # the sum stands on a short line of its own, as in a job board's header
    restates: bool  # "(soit 24 000 € par an)": the sum restates another one before it
    start: int  # the phrase that justifies the figures (keyword … period/gross words)
    end: int


def _last(pattern: re.Pattern[str], text: str, pos: int, end: int) -> re.Match[str] | None:
    """The last match of `pattern` in text[pos:end], or None."""
    found = None
    for found in pattern.finditer(text, pos, end):  # noqa: B007 (the last one is kept)
        pass
    return found


def _clause_start(doc: Doc, pos: int, line: Line) -> int:
    """Where the words before a sum start being about it.

    A clause opening on "soit" or "(" restates the one before ("Pass Navigo remboursé à
    50 %, soit 43 € par mois"), so that one is read too.
    """
    floor = max(line.start, pos - _BEFORE)
    end = pos
    for _ in range(3):
        boundary = _last(_BOUNDARY, doc.folded, floor, end)
        if boundary is None:
            return floor
        if not _RESTATES.match(doc.folded, boundary.end()):
            return boundary.end()
        end = boundary.start()
    return end


def _clause_end(doc: Doc, pos: int, line: Line) -> int:
    """Where the words after a sum stop being about it (a boundary, another figure)."""
    end = min(line.end, pos + _AFTER)
    cut = _first_cut(doc, pos, end)
    if cut is None and end == line.end and line.index + 1 < len(doc.lines):
        # A PDF wraps "2 500 €" / "bruts mensuels": a line going on in lower case continues.
        below = doc.lines[line.index + 1]
        if below.text[:1].islower():
            end = min(below.end, below.start + _AFTER)
            cut = _first_cut(doc, below.start, end)
    return end if cut is None else cut


def _sentence_start(doc: Doc, pos: int, line: Line) -> int:
    """Where the sentence holding `pos` starts (at most 150 characters back, on its line)."""
    floor = max(line.start, pos - 150)
    stop = _last(_SENTENCE_END, doc.folded, floor, pos)
    return stop.end() if stop else floor


def _first_cut(doc: Doc, pos: int, end: int) -> int | None:
    boundary = _BOUNDARY.search(doc.folded, pos, end)
    figure = _DIGIT.search(doc.folded, pos, end)
    cuts = [m.start() for m in (boundary, figure) if m is not None]
    return min(cuts) if cuts else None


def pay_heading_above(doc: Doc, pos: int) -> tuple[int, int] | None:
    """The span of a short pay heading within the three non-blank lines above `pos`."""
    index = doc.line_at(pos).index
    seen = 0
    for line in reversed(doc.lines[max(0, index - 6) : index]):
        if not line.text:
            continue
        folded = doc.folded[line.start : line.end]
        short = len(line.text) <= _HEADING_MAX
        if short and PAY_KEYWORD.search(folded) and not _DIGIT.search(folded):
            return line.start, line.end
        seen += 1
        if seen == 3:
            break
    return None


def _is_excluded(doc: Doc, amount: Amount, before: int, pay_words: re.Pattern[str]) -> bool:
    """True when the sum is a bonus, voucher, budget… rather than the base pay."""
    folded = doc.folded
    if _NOT_PAY_AFTER.match(folded, amount.end) or _OTHER_RATE.match(folded, amount.end):
        return True
    if _last(DAILY_RATE, folded, before, amount.start) is not None:
        return True
    not_pay = _last(_NOT_PAY, folded, before, amount.start)
    if not_pay is None or _INCLUDED.match(folded, not_pay.end()):
        # "Le SMIC horaire est de 11,88 €" states a legal minimum, not this job's pay.
        reference = _REFERENCE.search(folded, before, amount.start)
        return reference is not None and _last(pay_words, folded, before, amount.start) is None
    pay = _last(pay_words, folded, before, amount.start)
    # The closest words win: "Prime Ségur 238 €" is a bonus, "prime incluse, salaire 2 300 €"
    # and "Salaire 2 300 € brut" are pay; at the same place the longer words win
    # ("indemnité de fin de contrat" over "indemnité").
    if pay is None or pay.start() < not_pay.start():
        return True
    return pay.start() == not_pay.start() and pay.end() < not_pay.end()


def _closing(doc: Doc, end: int) -> int:
    """`end` past a closing parenthesis right after it: "brut (Mensuel)" is shown whole."""
    return end + 1 if doc.text[end : end + 1] == ")" else end


def _period_and_gross(
    doc: Doc, after: tuple[int, int], before: tuple[int, int], heading: tuple[int, int] | None
) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """The period and gross/net words: right after the sum first, then before, then heading."""
    folded = doc.folded
    period = _PERIOD.search(folded, *after) or _last(_PERIOD, folded, *before)
    gross = _GROSS.search(folded, *after) or _last(_GROSS, folded, *before)
    if heading is not None:
        period = period or _PERIOD.search(folded, *heading)
        gross = gross or _GROSS.search(folded, *heading)
    return period, gross


def read_context(doc: Doc, amount: Amount, *, freelance: bool = False) -> PayContext | None:
    """The pay reading of `amount`, or None when it is plainly not the base pay.

    `freelance`: the posting hires a freelancer, whose "tarif" or "honoraires" is the pay.
    """
    line = doc.line_at(amount.start)
    before = _clause_start(doc, amount.start, line)
    after_end = _clause_end(doc, amount.end, line)
    pay_words = _PAY_OR_RATE if freelance else PAY_KEYWORD
    if _is_excluded(doc, amount, before, pay_words):
        return None
    folded = doc.folded
    keyword = _last(pay_words, folded, before, amount.start) or pay_words.search(
        folded, amount.end, after_end
    )
    heading = None
    if keyword is not None:
        score = 4
    elif pay_words.search(folded, _sentence_start(doc, before, line), before):
        score = 2
    else:
        heading = pay_heading_above(doc, amount.start) if before == line.start else None
        score = 2 if heading else 0
    period, gross = _period_and_gross(doc, (amount.end, after_end), (before, amount.start), heading)
    score += (period is not None) + (gross is not None)
    ends = [m.end() for m in (period, gross) if m is not None and m.start() >= amount.end]
    start = keyword.start() if keyword is not None and keyword.start() < amount.start else None
    return PayContext(
        amount=amount,
        score=score,
        period=period.lastgroup if period else None,
        gross=None if gross is None else gross["gross"] is not None,
        own_line=len(line.text) <= _HEADING_MAX,
        restates=_RESTATED.search(folded, max(line.start, amount.start - 40), amount.start)
        is not None,
        start=amount.start if start is None else start,
        end=_closing(doc, max([amount.end, *ends])),
    )
