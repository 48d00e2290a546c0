"""The organisation an application address or link names by its domain, for the employer.

`domain_label` gives the organisation's part of a domain (recrutement@halage.fr → "halage",
https://www.poless-dinan.bzh/candidater → "poless-dinan"); webmails, public services,
recruitment platforms and generic labels ("contact", "jobs") give none. `from_domain`
finds the name the text writes for it, fullest first:
- the acronym spelled out (stage@reseau-real.org: « Réseau Étudiant pour l'Alimentation
  Durable (REAL) », see `title_acronyms`);
- the domain's parts written in order with a few words between them (contact@poless-dinan.bzh:
  « Pôle ESS du Pays de Dinan »), or run together (« l'Ilot » for rh@ilot.asso.fr);
- one distinctive part (direction@area-ain.org: « l'AREA »; rh@terredeliens-idf.org:
  « Terre de Liens »), never a common word or a kind of organisation (« ressourcerie »).
Only an application address, never a link, gives a name made up from the domain when the
text writes none ("Halage" from halage.fr).
"""

from __future__ import annotations

import re
from itertools import pairwise

from postings.extract.text import Doc, Found
from postings.extract.title_acronyms import expansion_of
from postings.extract.title_names import is_name
from postings.extract.title_sanity import KIND_NOUNS

HEAD = 40_000
MAX_GAP_WORDS = 4  # « Pôle ESS | du Pays de | Dinan »: words the domain leaves out
MIN_APART = 5  # letters of each of two domain parts written apart
# Between two letters of a domain's part: a space, a hyphen, or a small word the domain leaves
# out (rh@aidepresence-astarac.fr: « Aide et Présence en Astarac »).
_BETWEEN = r"(?:[\s'-](?:(?:et|de|du|des|en|la|le|les|au|aux|sur)[\s'-])?)?"

_WEBMAIL = re.compile(
    r"(?:gmail|googlemail|orange|free|wanadoo|hotmail|outlook|live|msn|yahoo|laposte|sfr|neuf"
    r"|aol|icloud|me|gmx|protonmail|proton|yopmail|bbox|numericable|club-internet|aliceadsl"
    r"|voila|mailo|caramail|tutanota|zoho)\."
)
_SUFFIXES = ("asso.fr", "gouv.fr", "com.fr", "org.uk", "co.uk")
_GENERIC_LABELS = frozenset({"mail", "email", "contact", "emploi", "jobs", "recrutement", "asso"})
# Recruitment platforms, forms and job boards: a link there names the host, not the employer.
_PLATFORMS = """welcomekit welcometothejungle jobaffinity teamtailor flatchr recruitee lever
workable smartrecruiters taleez gestmax jobteaser digitalrecruiters softy breezy talentsoft
beetween inrecruiting google forms framaforms typeform tally jotform hellowork indeed linkedin
jeveuxaider francebenevolat benevolt service-civique coordinationsud ressources-solidaires
emploi-ess jobs-that-makesense makesense apec francetravail pole-emploi monster glassdoor
youtube facebook instagram helloasso"""
_PLATFORM_LABELS = frozenset(_PLATFORMS.split())
_HOST = re.compile(r"(?:https?://)?(?:www\d?\.)?([a-z0-9.-]+)", re.IGNORECASE)
# Words many organisations share: a domain that has one of them names no one in particular.
_COMMON = """solidaire solidaires solidarite social sociale sociaux france paris emploi insertion
nature environnement reseau asso association federation collectif cooperative citoyen citoyenne
jeunesse culture education developpement territoire territoires local locale habitat energie
alimentation ecologie durable region"""
COMMON_WORDS = frozenset(_COMMON.split())


def domain_label(source: Found | None) -> str | None:
    """The organisation's part of an address's or a link's domain, or None.

    "recrutement@halage.fr" → "halage", "rh@ilot.asso.fr" → "ilot"; webmails, public
    services', platforms' and generic labels ("contact", "jobs") give None.
    """
    if source is None or not isinstance(source.value, str):
        return None
    if "@" in source.value:
        domain = source.value.rsplit("@", 1)[1].lower()
    else:
        host = _HOST.match(source.value)
        domain = host.group(1).lower().rstrip(".") if host else ""
    if _WEBMAIL.match(domain) or domain.endswith((".gouv.fr", "francetravail.fr")):
        return None
    parts = domain.split(".")
    keep = 3 if any(domain.endswith("." + s) for s in _SUFFIXES) else 2
    label = parts[-keep] if len(parts) >= keep else parts[0]
    if len(label) < 3 or label in _GENERIC_LABELS or label in _PLATFORM_LABELS:
        return None
    return label


def from_domain(doc: Doc, email: Found | None, url: Found | None = None) -> Found | None:
    """The organisation named by the application address's (or link's) domain, as the text
    writes it (see the module docstring)."""
    for source in (email, url):
        label = domain_label(source)
        written = _written_name(doc, label) if label is not None else None
        if written is not None:
            return written
    label = domain_label(email)
    if label is None or email is None:
        return None
    value = label.replace("-", " ").capitalize()
    return Found(value, email.start, email.end) if is_name(value, as_written=False) else None


def _written_name(doc: Doc, label: str) -> Found | None:
    """The fullest name the text writes for a domain label, or None."""
    parts = [part.rstrip("0123456789") for part in label.split("-")]  # rh@adapei79.org
    for part in (label.rstrip("0123456789"), *parts):  # stage@reseau-real.org: "REAL (Réseau …)"
        expanded = expansion_of(doc, part) if len(part) >= 2 else None
        if expanded is not None:
            return expanded
    written = _written_form(doc, [p for p in parts if p])
    if written is not None:
        return written
    for part in sorted(parts[1:] and parts, key=len, reverse=True):
        if part in COMMON_WORDS or part in KIND_NOUNS:
            continue  # « Ain », « Paris », « ressourcerie » happen to be words of the text
        written = _written_form(doc, [part])
        # direction@area-ain.org: « l'AREA »; rh@terredeliens-idf.org: « Terre de Liens ».
        if written is not None and (written.value.isupper() or len(part) >= 8):
            return written
    return None


def _written_form(doc: Doc, parts: list[str]) -> Found | None:
    """Where the text writes the domain's parts as words, in order ("Halage", "l'Ilot",
    « Pôle ESS du Pays de Dinan » for "poless-dinan"), a few words apart at most."""
    if not parts:
        return None
    wide = rf"(?:[\s'-]?|[\s'-](?:[\w'-]+[\s'-]){{0,{MAX_GAP_WORDS}}})"
    spelled = _BETWEEN.join(_letter(c) for c in parts[0])
    for before, part in pairwise(parts):
        # Only distinctive parts may stand apart: "ae" or "ccas" would match anywhere.
        gap = wide if min(len(before), len(part)) >= MIN_APART else r"[\s'-]?"
        spelled += gap + _BETWEEN.join(_letter(c) for c in part)
    pattern = re.compile(r"(?<![\w@./-])" + spelled + r"\b")
    match = pattern.search(doc.folded, 0, min(HEAD, len(doc.folded)))
    if match is None:
        return None
    start, end = match.start(), match.end()
    if doc.folded[max(0, start - 2) : start] == "l'" and not doc.text[start:end].isupper():
        start -= 2  # "l'Ilot": the elided article belongs to such names
    value = " ".join(doc.text[start:end].split())
    value = value[:1].upper() + value[1:]
    # The domain is the organisation's own: « Pôle ESS du Pays de Dinan » is no internal unit.
    return Found(value, start, end) if is_name(value, unit_ok=True) else None


def _letter(char: str) -> str:
    """A domain's letter, which may stand for the same letter ending a word and starting the
    next one: "poless" for « Pôle ESS »."""
    return rf"{re.escape(char)}(?:[\s'-]{re.escape(char)})?"
