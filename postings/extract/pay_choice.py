"""Which sum of a posting is its pay: `best_pay(doc, freelance=…)`.

Every sum `pay_amounts` finds (plus figures without currency that a pay keyword introduces,
"Salaire : 2000 brut") is read in its context (`pay_context`); sums that are not base pay
are dropped, the others ranked by how clearly the words tie them to pay, the first one
winning among equals (job boards put the pay in their header, before the text).
"""

from __future__ import annotations

import re
from dataclasses import replace

from postings.extract.pay_amounts import Amount, figure_after_keyword, find_amounts
from postings.extract.pay_context import PAY_KEYWORD, PayContext, read_context
from postings.extract.place_other_offers import in_other_offers
from postings.extract.text import Doc

# Below this, a sum is an hourly pay (11,88 €), not a monthly one.
HOURLY_BELOW = 100
_MAX_KEYWORDS = 100
# Words that may stand between a pay keyword and a figure without currency:
# "Salaire mensuel brut (en euros) : 2000", "Rémunération : entre 1800 et 2000 brut".
_FILLER = frozenset(
    re.findall(
        r"\S+",
        "de d' du des entre a partir environ env brut brute bruts brutes net nette nets nettes "
        "mensuel mensuelle annuel annuelle horaire base indicatif indicative propose proposee "
        "en euro euros soit poste minimum maximum max min jusqu'a : - = ( ) ~ ≈ le la",
    )
)
_FILLER_TOKENS = re.compile(r"[\w']+|[^\w\s]")
_DIGIT = re.compile(r"\d")
_FULL_TIME_BASIS = re.compile(r"temps (?:plein|complet)|\betp\b|\b35 ?h")
_THEN_SHARE = re.compile(r"\bsoit\b\D{0,25}$")


def _keyword_amounts(doc: Doc) -> list[Amount]:
    """Figures without currency that a pay keyword introduces ("Salaire : 2000 brut")."""
    amounts = []
    for count, keyword in enumerate(PAY_KEYWORD.finditer(doc.folded)):
        if count >= _MAX_KEYWORDS:
            break
        line = doc.line_at(keyword.start())
        limit = min(line.end, keyword.end() + 45)
        digit = _DIGIT.search(doc.folded, keyword.end(), limit)
        if digit is None:
            continue
        filler = _FILLER_TOKENS.findall(doc.folded[keyword.end() : digit.start()])
        if all(token in _FILLER for token in filler):
            amount = figure_after_keyword(doc, digit.start(), line.end)
            if amount is not None:
                amounts.append(amount)
    return amounts


def _acceptable(context: PayContext) -> bool:
    """Whether a sum's context is enough to call it the pay."""
    amount = context.amount
    if not amount.money:
        return context.score >= 4  # "30k" or "2000 brut" need a pay keyword in their clause
    if context.period != "HOUR" and not amount.thousands and amount.high < HOURLY_BELOW:
        return context.score >= 4  # a small sum not said hourly: only beside "Salaire"
    if context.score < 2 and context.gross is None:
        # Only a period ties it to pay: a job board's header line ("2 000 € par mois"), not a
        # sentence ("des familles qui vivent avec moins de 1 000 € par mois").
        return context.score >= 1 and context.own_line
    return context.score >= 1


def best_pay(doc: Doc, *, freelance: bool) -> PayContext | None:
    """The sum most clearly stated as the pay (the first one among equals), or None.

    `freelance`: the posting hires a freelancer, whose rate ("Tarif : 45 €/h") is the pay.
    """
    contexts: list[PayContext] = []
    seen: set[int] = set()
    for amount in find_amounts(doc) + _keyword_amounts(doc):
        if amount.start in seen or in_other_offers(doc, amount.start):
            continue  # (a newsletter's teaser of another offer gives its own pay)
        seen.add(amount.start)
        context = read_context(doc, amount, freelance=freelance)
        if context is not None and _acceptable(context):
            contexts.append(context)
    if not contexts:
        return None
    contexts.sort(key=lambda c: c.amount.start)
    best = max(contexts, key=_rank)  # max() keeps the first of equals
    return _gross_said_elsewhere(_part_time_share(doc, best, contexts), contexts)


def _gross_said_elsewhere(best: PayContext, contexts: list[PayContext]) -> PayContext:
    """A header's « De 1 980 € à 2 150 € par mois » is gross when the text restates the same
    sums as « 1 980 € à 2 150 € bruts mensuels »: brut or net said of the same figures."""
    if best.gross is not None:
        return best
    for other in contexts:
        same = (other.amount.low, other.amount.high) == (best.amount.low, best.amount.high)
        if same and other.gross is not None and other.period in (None, best.period):
            return replace(best, gross=other.gross)
    return best


def _rank(context: PayContext) -> int:
    # A restatement ("24 000 € par an (2 000 € brut mensuel)") never beats what it restates.
    return context.score - 2 * context.restates


def _part_time_share(doc: Doc, best: PayContext, contexts: list[PayContext]) -> PayContext:
    """The pay of the part-time job itself when `best` is its full-time base.

    "2 100 € brut mensuel base temps plein, soit 1 680 € brut pour le 80 %": the job pays
    the second figure.
    """
    for other in contexts:
        if other.amount.start < best.amount.end:
            continue
        between = doc.folded[best.amount.end : other.amount.start]
        if len(between) > 80 or "\n" in between:
            break
        lower = other.amount.high < best.amount.high
        if lower and _FULL_TIME_BASIS.search(between) and _THEN_SHARE.search(between):
            return other
        break
    return best
