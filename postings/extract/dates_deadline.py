"""The application deadline: `find_deadline(doc, mentions, posted)`.

Read, in order of trust:

1. the date after a deadline label: "Date limite (de candidature)", "Clôture des candidatures",
   "Date de fin de publication", "Offre en ligne jusqu'au", "Candidatures avant le",
   "Réponse souhaitée pour le 15/12", "Retour attendu avant le", "Merci de nous faire parvenir
   votre candidature avant le", and a call for tenders' "Remise des propositions : 8 janvier",
   "Date de remise des offres";
2. the date after "avant le", "jusqu'au", "au plus tard le", "d'ici le" in a sentence about
   applying (never about the contract's end, the interviews, the start, or the registration
   to an event: "inscriptions avant le 30 novembre" for a network's meeting, unless the text
   calls for volunteers, who apply by registering);
3. "jusqu'à la fin de l'année" in such a sentence: the 31st of December of the posting's year.

A month-level end counts ("jusqu'à fin décembre": the 31st; "avant mi-janvier": the 15th), a
month's first day does not ("avant janvier" is no day). "Candidatures au fil de l'eau" with no
date gives none.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date

from postings.extract.contract_calls import calls_for_volunteers
from postings.extract.dates_ranges import first_after
from postings.extract.dates_words import clause_before, label_window, matches_at
from postings.extract.dates_years import DateMention
from postings.extract.text import Doc, Found

_STRONG_WORDS = ("date limite", "limite", "cloture", "date de fin", "fin de", "fin d'",
                 "date d'exp", "expire", "deadline", "application", "apply", "closing",
                 "echeance", "offre", "annonce", "candidat", "postuler", "repondre",
                 "reponse", "retour", "remise", "date de remise", "depot", "reception",
                 "merci de")  # fmt: skip
_STRONG = re.compile(
    r"\b(?:date limite(?:\s{1,3}(?:de |des |d'|du |pour |de l'|a la )?(?:candidatures?|depots?"
    r"|receptions?|envoi|reponses?|inscriptions?|offre|annonce|postuler|candidater|dossiers?"
    r"|retour)\b){0,2}|limite (?:de |des )?(?:candidatures?|depots?|receptions?|reponses?)"
    r"|cloture (?:des candidatures|de l'offre|des inscriptions|de l'appel|du recrutement"
    r"|des depots|de l'annonce|de la campagne)|cloture\s{0,3}(?=:)"
    r"|(?:date de )?fin (?:de (?:la )?publication|de l'offre|de diffusion|d'affichage"
    r"|de validite|de l'annonce)|date d'expiration|expire le|(?:application )?deadline"
    r"|apply (?:before|by)|closing date|echeance\s{0,3}(?=:)"
    r"|(?:offre|annonce) (?:valable|en ligne|publiee|active|ouverte|visible|disponible|affichee)"
    r" jusqu'(?:au|a)|candidatures? (?:seront |sont )?(?:closes|cloturees|fermees)(?: le)?"
    r"|candidatures? (?:ouvertes? |acceptees? |recues? |possibles? )?"
    r"(?:jusqu'(?:au|a)|avant)|(?:candidater|postuler|repondre) (?:avant|jusqu'(?:au|a)"
    r"|au plus tard)"
    # "Réponse souhaitée pour le 15/12", "Retour attendu avant le", "Merci de répondre avant"
    r"|(?:reponses?|retours?) (?:souhaitee?s?|attendue?s?|demandee?s?|requise?s?|esperee?s?)"
    r" (?:avant|pour|d'ici|au plus tard|jusqu'(?:au|a))|merci de (?:repondre|candidater|postuler"
    r"|nous faire parvenir [^.\n]{0,60}?|nous adresser [^.\n]{0,60}?|envoyer [^.\n]{0,60}?)"
    r" (?:avant|au plus tard|d'ici)"
    # a call for tenders: "Remise des propositions : 8 janvier", "Date de remise des offres"
    r"|(?:date (?:limite )?de )?(?:remise|depot|reception) des (?:propositions|offres|candidatures"
    r"|dossiers|devis|reponses|projets)(?:\s{0,3}(?=:)| (?:avant|le|au plus tard|jusqu'(?:au|a))))"
)
# What else than a job a deadline may close, named before it on its line: a call for
# projects, a prize, a grant, an event (a newsletter's other items).
_OTHER_CALL = re.compile(
    r"\b(?:appels? a (?:projets?|manifestations? d'interet|initiatives?|communications?"
    r"|contributions?)|trophees?|concours|prix|subventions?|rencontres?|forums?|colloques?"
    r"|seminaires?|webinaires?|festival)\b"
)
_WEAK_WORDS = ("avant", "jusqu'", "au plus tard", "d'ici", "pour le", "before", "by")
_WEAK = re.compile(
    r"\b(?:avant(?: le)?|jusqu'(?:au|a)|au plus tard(?: le)?|d'ici (?:le|au|a)|pour le|before"
    r"|by)\b"
)
# "jusqu'à la fin de l'année", "jusqu'à fin d'année".
_YEAR_END = re.compile(r"\s{0,3}(?:la\s)?fin (?:de l'annee|d'annee)\b")
# (An "inscription" is to an event or a training, not to the job.)
_APPLY = re.compile(
    r"\b(?:candidat\w*|postul\w*|cv|lettres?|dossiers?|envoy\w*|adress\w*|transmet\w*|parvenir"
    r"|offre|annonce|courriel|e-?mail|mail|apply|application|send|resume)\b"
)
_REGISTER = re.compile(r"\binscri\w*")
_ASIDE = re.compile(r"\([^()]{0,120}\)")
_NOT_DEADLINE = re.compile(
    r"\b(?:prise de (?:poste|fonctions?)|pourvoir|debut|demarr\w*|embauch\w*|entretiens?|jury"
    r"|cdd|cddi|contrat|selection|reponses?|resultats?|convoqu\w*|integrer|rejoindre|start"
    r"|interviews?|inscri\w*)\b"
)


def find_deadline(doc: Doc, mentions: list[DateMention], posted: date | None) -> Found | None:
    """The application deadline, with the words that state it (see the module docstring).

    `mentions` are the text's dates in order (the publication date left out); `posted` is the
    publication date, if the text gives one.
    """
    for match in matches_at(doc.folded, _STRONG_WORDS, _STRONG):
        line = doc.line_at(match.start())
        if _OTHER_CALL.search(doc.folded, line.start, match.start()):
            continue  # a newsletter's « Appel à projets X : dépôt des dossiers avant le … »
        start, end = label_window(doc, match.end())
        mention = _first_deadline(mentions, start, end)
        if mention is not None:
            return Found(mention.value, match.start(), mention.end)
    volunteers: bool | None = None
    for match in matches_at(doc.folded, _WEAK_WORDS, _WEAK):
        clause = clause_before(doc, match.start())
        if _OTHER_CALL.search(clause):
            continue
        # "(CV + ce qui te donne envie de nous rejoindre)": an aside is not what the date ends
        if _NOT_DEADLINE.search(_ASIDE.sub(" ", clause)) or not _APPLY.search(clause):
            if not _REGISTER.search(clause):
                continue
            if volunteers is None:  # volunteers apply by registering: "Inscription avant le"
                volunteers = calls_for_volunteers(doc)
            if not volunteers or _NOT_DEADLINE.search(_REGISTER.sub("", clause)):
                continue
        mention = first_after(mentions, match.end(), 4)
        if mention is not None and _fits(mention):
            return Found(mention.value, match.start(), mention.end)
        year_end = _year_end(doc, match, posted)
        if year_end is not None:
            return year_end
    return None


def _fits(mention: DateMention) -> bool:
    """A day ("15 mars"), or a month's end or middle ("fin mars"), not its first day."""
    return mention.has_day or mention.value.day != 1


def _first_deadline(mentions: list[DateMention], start: int, end: int) -> DateMention | None:
    for mention in mentions[bisect_left(mentions, start, key=_start_of) :]:
        if mention.start >= end:
            return None
        if _fits(mention):
            return mention
    return None


def _start_of(mention: DateMention) -> int:
    return mention.start


def _year_end(doc: Doc, match: re.Match[str], posted: date | None) -> Found | None:
    """ "jusqu'à la fin de l'année": the 31st of December of the posting's year."""
    year_end = _YEAR_END.match(doc.folded, match.end())
    day = posted or doc.reference_date
    if year_end is None or day is None:
        return None
    return Found(date(day.year, 12, 31), match.start(), year_end.end())
