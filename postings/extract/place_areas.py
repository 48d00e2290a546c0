"""A job that covers a whole département: `area_reads(doc) -> [(2, Read)]`.

"Poste itinérant : vous interviendrez dans toute la Somme", "Le poste couvre l'ensemble du
département de la Somme", "La mission s'étend sur tout le Finistère": the job has no commune,
only its département, whatever town the organisation's letterhead gives (rank 2, above
it). Said of the organisation ("L'association intervient dans tout le Gers") or of trips
("déplacements dans toute la Somme"), it says nothing of the workplace.
"""

from __future__ import annotations

import re

from postings import geo
from postings.extract.dates_words import clause_before, matches_at
from postings.extract.place_mentions import names_regex
from postings.extract.place_read import Read
from postings.extract.text import Doc

# "dans toute la", "sur l'ensemble du département de la", "couvre tout le": found with
# `str.find` on their first words, the département's name must follow at once.
_AREA_WORDS = ("dans tout", "sur tout", "a tout", "dans l'ensemble", "sur l'ensemble",
               "a l'ensemble", "couvr")  # fmt: skip
_AREA = re.compile(
    r"(?:dans|sur|a|couvre|couvrira|couvrant)\s"
    r"(?:tout(?:e|es)?\s(?:le\s|la\s|les\s|l')?|l'ensemble\s(?:du\s|de\sla\s|de\sl'|des\s|de\s))"
    r"(?:(?:territoire|departement)\s(?:du\s|de\sla\s|de\sl'|des\s|de\s|d'))?"
)
# Who the sentence is about: the job, not the organisation or a trip.
_THE_JOB = re.compile(r"\b(?:vous|poste|mission|interviendr\w*|itinerant\w*|couvre)\b")
_NOT_THE_JOB = re.compile(r"\b(?:deplac\w*|association|structure|federation|nous|notre)\b")
_MAX_MATCHES = 200


def area_reads(doc: Doc) -> list[tuple[int, Read]]:
    """The first département a sentence about the job says it covers whole (rank 2)."""
    names = names_regex("department")
    for area in matches_at(doc.folded, _AREA_WORDS, _AREA)[:_MAX_MATCHES]:
        match = names.match(doc.folded, area.end())
        if match is None or not doc.text[match.start()].isupper():
            continue
        clause = clause_before(doc, match.start(), limit=120)
        if _THE_JOB.search(clause) and not _NOT_THE_JOB.search(clause):
            code = geo.DEPARTMENT_NAMES.get(geo.fold_place(match.group()))
            if code is not None:
                return [(2, Read(match.start(), match.end(), department=code, key=match.group()))]
    return []
