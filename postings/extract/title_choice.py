"""Choosing the employer among the names each rule proposes: `choose_employer(doc, ...)`.

Every rule of `title_employer` proposes a few names (`Candidate`s), each worth what its kind
of evidence is worth on its own (`WEIGHTS`: an agency's client beats everything, a label
beats a hiring sentence, which beats a
job board's layout, a presentation, a footer, a signature, « porté par X », « au sein de X »;
an organisation named in passing is a partner until proven otherwise). Then what else the
text says moves it:
- the application address's domain names it (recrutement@lanternesourde.fr for « Cie La
  Lanterne Sourde »): the strongest corroboration a posting gives;
- the text names it again (letterhead, presentation and footer all say « Association X »);
- it is a legal form's description before a quoted name (« Atelier et Chantier d'Insertion
  « Jaden » »), which names an establishment or a programme as often as the employer;
- it is the network that relays the offer by mail (« De : Réseau X », see `contact_mail`),
  unless the application address is at its domain too.
When an agency names its client, the address is the agency's and backs up no one. The best
score wins; on a tie, the more trusted rule. The domain alone gives a name only when no rule
found one (`title_domain.from_domain`), never a webmail's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from postings.extract.contact_mail import relaying_sender
from postings.extract.text import Doc, Found, fold, normalize
from postings.extract.title_domain import COMMON_WORDS, domain_label
from postings.extract.title_sanity import KIND_NOUNS, describes_kind

WEIGHTS = {
    "client": 150,  # « Notre client, l'association X »: an agency names who it recruits for
    "employer_label": 140,  # « Employeur : X »: nothing else overrides it
    "label": 100,  # « Structure : X » may name the establishment rather than the employer
    "subject": 85,
    "layout": 75,
    "published": 65,  # « Publiée le … par X »: the job board's account, maybe a person's
    "presented": 60,
    "footer": 58,
    "signature": 55,
    "carrier": 50,  # « porté par l'association X »: the legal entity behind an establishment
    "weak": 35,
    "passing": -15,  # a partner, unless the address spells its name
}
DOMAIN_MATCH = 40  # the address's domain spells the name
DOMAIN_PART = 20  # a word of the domain is a word of the name
MENTION = 4  # each time the text names it again (at most 3 times)
DESCRIPTION = -50  # « Atelier et Chantier d'Insertion « X » »
RELAY = -40  # the sender of a relayed mail
HEAD = 40_000

_NOT_LETTERS = re.compile(r"[^a-z0-9]+")
_SMALL = frozenset({"de", "du", "des", "d", "la", "le", "les", "l", "et", "en", "a", "au", "aux"})


@dataclass(frozen=True, slots=True)
class Candidate:
    """A name proposed by one rule (`source` is a key of `WEIGHTS`)."""

    found: Found
    source: str


def choose_employer(doc: Doc, candidates: list[Candidate], email: Found | None) -> Found | None:
    """The best-scored candidate (see the module docstring), or None when there is none."""
    if not candidates:
        return None
    label = domain_label(email)
    if any(candidate.source == "client" for candidate in candidates):
        label = None  # the address is the recruitment agency's: it backs up no one
    relay = _relay_keys(doc, label)
    scored = [
        (score(doc, candidate, label) + _relay_penalty(candidate, relay), -index, candidate)
        for index, candidate in enumerate(candidates)
    ]
    best = max(scored, key=lambda item: (item[0], item[1]))
    return best[2].found if best[0] > 0 else None  # a relaying network alone is no employer


def score(doc: Doc, candidate: Candidate, label: str | None) -> int:
    """How much the text supports this candidate (see the module docstring)."""
    value = candidate.found.value
    total = WEIGHTS.get(candidate.source, 0)
    if label is not None:
        total += _domain_agreement(value, label)
    total += MENTION * min(3, _mentions(doc, value) - 1)
    if describes_kind(value):
        total += DESCRIPTION
    return total


def _relay_keys(doc: Doc, label: str | None) -> tuple[str, str | None] | None:
    """The relaying sender's name and domain label, unless it is also the application's."""
    sender = relaying_sender(doc)
    if sender is None:
        return None
    name, address = sender
    own = domain_label(Found(address, 0, 0)) if "@" in address else None
    if own is not None and own == label:
        return None  # the employer mails its own offer to a list
    return name, own


def _relay_penalty(candidate: Candidate, relay: tuple[str, str | None] | None) -> int:
    """RELAY when the candidate is the relaying sender (by its name or its domain)."""
    if relay is None:
        return 0
    name, own = relay
    value = fold(normalize(candidate.found.value)).strip()
    if len(name) >= 4 and (name in value or value in name):
        return RELAY
    return RELAY if own is not None and _domain_agreement(value, own) == DOMAIN_MATCH else 0


def _domain_agreement(value: str, label: str) -> int:
    """DOMAIN_MATCH when the domain spells the name, DOMAIN_PART for a shared word."""
    words = [w for w in _NOT_LETTERS.split(fold(value)) if w]
    own = [w for w in words if w not in KIND_NOUNS] or words
    letters, own_letters = "".join(words), "".join(own)
    key = _NOT_LETTERS.sub("", label)
    if len(key) >= 4 and (key in letters or (len(own_letters) >= 4 and own_letters in key)):
        return DOMAIN_MATCH
    initials = "".join(w[0] for w in words if w not in _SMALL)
    labels = [p.rstrip("0123456789") for p in _NOT_LETTERS.split(label)]
    if len(initials) >= 3 and initials in labels:
        return DOMAIN_MATCH  # "Association Enfants du Soleil Madagascar" and aesm-asso.org
    parts = [p for p in labels if len(p) >= 4]
    own = [w for w in own if w not in COMMON_WORDS]
    parts = [p for p in parts if p not in COMMON_WORDS]
    if any(p in own for p in parts) or any(len(w) >= 5 and w in key for w in own):
        return DOMAIN_PART
    return 0


def _mentions(doc: Doc, value: str) -> int:
    """How many times the text writes the name (at least once: where it was found)."""
    key = fold(normalize(value)).strip()
    if len(key) < 3:
        return 1
    return max(1, doc.folded.count(key, 0, HEAD))
