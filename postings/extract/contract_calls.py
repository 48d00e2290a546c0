"""Contracts a posting implies without naming them: insertion jobs, volunteers, consultants.

- `find_insertion_job`: a fixed-term job open only to people eligible to the IAE (insertion par
  l'activité économique): "Poste réservé aux personnes éligibles à l'IAE", "Être éligible à un
  parcours IAE", "Éligibilité IAE requise", France Travail's "Nature d'offre : Insertion par
  l'activ.éco.". Its CDD is a CDDI (an ETTI's "mission d'intérim" is named, and stays
  INTERIM). "Vous accompagnerez des personnes éligibles à l'IAE" is about the public served.
- `calls_for_volunteers`: whether the text calls for volunteers (see below).
- `find_unnamed_contract`, for a posting that names no contract type at all:
  BENEVOLAT for a call for volunteers ("nous recherchons des bénévoles", "devenez bénévole",
  "appel à bénévoles", "rejoignez notre équipe de bénévoles"); FREELANCE for a call for a
  consultant or a provider ("Appel à consultant·e", "appel à prestataires", "TJM", "taux
  journalier", or two of "consultant·e", "prestation", "devis", "cahier des charges", "note
  méthodologique", "proposition technique et financière", "€ HT", one of them a consultant,
  a note or a proposal: "vous établirez les devis des prestations" is a job's mission).
  "Vous animerez l'équipe de bénévoles" or "50 bénévoles" is no call; a consultant asked
  for once, with nothing of a provider around, may be a salaried consultant.
"""

from __future__ import annotations

import re

from postings.extract.dates_words import matches_at
from postings.extract.text import Doc, Found

_IAE_WORDS = ("etre", "soyez", "etes", "poste", "offre", "emploi", "recrutement", "eligibilite",
              "sous reserve", "nature d'offre")  # fmt: skip
# Said of the candidate, not of the people the job serves ("vous accompagnerez des personnes
# éligibles à l'IAE" is a CIP's job, on a CDD).
_IAE = re.compile(
    r"\b(?:(?:(?:etre|soyez|etes)(?: obligatoirement)? eligible\b|(?:poste|offre|emploi"
    r"|recrutement)s? (?:reservee?s?|ouverte?s?) (?:aux?|a des) (?:personnes|publics?|candidat\w*"
    r"|demandeurs d'emploi)(?: \w+){0,2} eligibles?|sous reserve d'eligibilite)\W{1,3}"
    r"(?:[\w']+\W{1,3}){0,3}?(?:iae\b|insertion par l'activite economique|parcours d'insertion)"
    r"|eligibilite (?:a l'|au |a un parcours )?iae (?:requise|obligatoire|exigee|indispensable)"
    r"|nature d'offre\s{0,3}:?\s{0,3}insertion par l'activ)"
)
_VOLUNTEER_WORDS = ("recherch", "cherch", "recrut", "devenez", "appel", "rejoignez",
                    "mission", "engagez", "besoin de", "en tant que", "benevoles rech")  # fmt: skip
_VOLUNTEERS = re.compile(
    r"\b(?:(?:recherch|cherch|recrut)(?:e|ons|ent)\W{1,3}(?:activement\W{1,3})?(?:des|de nouveaux"
    r"|de nouvelles|quelques|plusieurs|\d{1,3}|un\S{0,4}|une)\W{1,3}(?:\w+\W{1,3})?benevoles?"
    r"|devenez benevoles?|appel a (?:des )?benevoles|rejoignez"
    r" (?:notre|nos|l'|une) (?:equipe|equipes) (?:de |d')?benevoles|missions? benevoles?"
    r"|besoin de benevoles|engagez-vous (?:comme|en tant que) benevoles?"
    # a volunteering portal: « 6 bénévoles recherchés », « En tant que bénévole, vous … »
    r"|(?<=\d )benevoles recherche(?:e?s)?|en tant que benevoles?\W{1,3}(?:vous|tu))\b"
)
_CONSULTANT_WORDS = ("appel", "tjm", "taux", "consult", "prestat", "devis", "cahier", "note",
                     "proposition", "€", "euro")  # fmt: skip
_CALL_FOR_PROVIDER = re.compile(
    r"\b(?:appel a (?:consultant|prestataire|candidatures? (?:de |pour (?:un|une|des) )"
    r"(?:consultant|prestataire))\w*|appel d'offres?|tjm|taux (?:journalier|jour)\w*)\b"
)
_PROVIDER_SIGNS = re.compile(
    r"\b(?P<consultant>consultant\w*)|\b(?P<prestation>prestations?|prestataires?)\b"
    r"|\b(?P<devis>devis)\b|\b(?P<cahier>cahier des charges)\b"
    r"|\b(?P<note>note (?:methodologique|d'intention))\b"
    r"|\b(?P<proposition>propositions? (?:technique|financiere|commerciale)s?)\b"
    r"|(?P<ht>(?:€|\beuros?)\s{0,2}ht\b)"
)
_PROVIDER_OWN = {"consultant", "note", "proposition"}
_MAX = 200


def find_insertion_job(doc: Doc) -> bool:
    """True when the job is open only to people eligible to the IAE."""
    return bool(matches_at(doc.folded, _IAE_WORDS, _IAE)[:1])


def calls_for_volunteers(doc: Doc) -> bool:
    """True when the text calls for volunteers ("nous recherchons des bénévoles")."""
    return bool(matches_at(doc.folded, _VOLUNTEER_WORDS, _VOLUNTEERS))


def find_unnamed_contract(doc: Doc) -> Found | None:
    """BENEVOLAT or FREELANCE from a call for volunteers or for a provider, else None."""
    volunteers = matches_at(doc.folded, _VOLUNTEER_WORDS, _VOLUNTEERS)
    if volunteers:
        return Found("BENEVOLAT", volunteers[0].start(), volunteers[0].end())
    call = matches_at(doc.folded, _CONSULTANT_WORDS, _CALL_FOR_PROVIDER)
    if call:
        return Found("FREELANCE", call[0].start(), call[0].end())
    signs: dict[str, re.Match[str]] = {}
    for match in matches_at(doc.folded, _CONSULTANT_WORDS, _PROVIDER_SIGNS)[:_MAX]:
        signs.setdefault(match.lastgroup or "", match)
    # A job's missions may hold "devis", "prestations", "cahier des charges": one sign must
    # be a provider's own (a consultant, a methodological note, a technical proposal).
    if len(signs) >= 2 and signs.keys() & _PROVIDER_OWN:
        first = min(signs.values(), key=lambda m: m.start())
        return Found("FREELANCE", first.start(), first.end())
    return None
