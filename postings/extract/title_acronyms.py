"""An organisation's acronym and the full name the text spells it out with, for `title_choice`.

Postings write an organisation's name once in full beside its acronym and then use the
acronym: « Réseau Étudiant pour l'Alimentation Durable (REAL) », « l'AREA (Association
Relais Éducatif de l'Ain) », « le GRAINE – Groupement Régional d'Animation et d'Initiation à
la Nature ». Its application address often uses the acronym (stage@reseau-real.org): then
the full name written in the text is the employer, not a name made up from the domain.
`expansion_of(doc, acronym)` finds that full name, in « Name (ACR) », « ACR (Name) » or
« ACR – Name ». The acronym must spell the name (`title_names.spells`: its letters are the
name's, in order, from its first letter, nearly all of them initials of its words), so that
a phrase in brackets that merely follows a word in capitals is no expansion.
"""

from __future__ import annotations

import re

from postings.extract.text import Doc, Found, fold
from postings.extract.title_names import clean_name, spells

HEAD = 40_000
MAX_PAIRS = 30

# "Full Name (ACR)": the acronym in brackets right after the name.
_AFTER = re.compile(r"\(([A-ZÀ-Ý][A-ZÀ-Ý0-9&]{1,9})\)")
# "ACR (Full Name)" and "ACR – Full Name": the name after the acronym.
_BEFORE = re.compile(r"(?<![\w'])([A-ZÀ-Ý][A-ZÀ-Ý0-9&]{1,9})(?: \(| - | : )(?=[A-ZÀ-Ý])")
_WORD = re.compile(r"\S+")
_NAME_STOP = re.compile(r"[)\n,;:.!?]| - | \(")
_WORDS_BEFORE = 12


def expansion_of(doc: Doc, acronym: str) -> Found | None:
    """The full name the text gives for `acronym` (folded, e.g. "real"), or None."""
    key = fold(acronym)
    if not 2 <= len(key) <= 10:
        return None
    limit = min(HEAD, len(doc.text))
    for count, match in enumerate(_AFTER.finditer(doc.text, 0, limit)):
        if count >= MAX_PAIRS:
            break
        if fold(match.group(1)) == key:
            found = _name_before(doc, match.start(), key)
            if found is not None:
                return found
    for count, match in enumerate(_BEFORE.finditer(doc.text, 0, limit)):
        if count >= MAX_PAIRS:
            break
        if fold(match.group(1)) == key:
            found = _name_after(doc, match.end(), key)
            if found is not None:
                return found
    return None


def _name_before(doc: Doc, end: int, key: str) -> Found | None:
    """The longest run of words ending at `end` that spells `key` (same line, ≤ 12 words)."""
    begin = max(doc.line_at(end).start, end - 200)
    words = list(_WORD.finditer(doc.text, begin, end))[-_WORDS_BEFORE:]
    for word in words:  # earliest first: the longest name wins
        start = word.start()
        if word.group()[:1].isupper() and spells(doc.text[start:end], key):
            found = clean_name(doc, start, end)  # "Rejoignez le Réseau …" is no name
            if found is not None:
                return found
    return None


def _name_after(doc: Doc, start: int, key: str) -> Found | None:
    """The name from `start` up to a bracket, punctuation or a dash, if it spells `key`."""
    stop = _NAME_STOP.search(doc.text, start, min(len(doc.text), start + 150))
    end = stop.start() if stop else min(len(doc.text), start + 150)
    if not spells(doc.text[start:end], key):
        return None
    return clean_name(doc, start, end)
