"""The employer named at the end of a posting, for `title_employer`.

- a footer's legal mentions: « X – Association loi 1901 – SIRET … », « © 2025 X, SCIC SA »
  (`footer_employer`);
- a letter's or a mail's signature: « Pour l'association X, la présidente », « Jean Martin /
  Directeur / Association Les Petits Pas », or the name line under the signer's role
  (`signature_employer`).
"""

from __future__ import annotations

import re

from postings.extract.contact_mail import signature_lines
from postings.extract.text import Doc, Found, Line
from postings.extract.title_layout import (
    ADDRESS,
    capitalised_like_a_name,
    is_metadata,
    name_line,
    start_of,
)
from postings.extract.title_names import clean_name
from postings.extract.title_words import role_position

_SIGNATURE = re.compile(
    r"(?:pour |le president de |la presidente de |le directeur de |la directrice de )?"
    r"(?:l'|la |le )?(?P<kind>association|federation|fondation|cooperative|collectif|scic|scop"
    r"|reseau|union|centre social|maison|regie|ressourcerie|recyclerie|ong) +(?=\S)"
)
# A footer's legal mentions, and the joint before them ("X – ", "X, ").
_LEGAL_MENTION = re.compile(
    r"\s(?:association (?:loi|regie par|de (?:la )?loi|declaree)|loi (?:de )?1901|siret\b"
    r"|siren\b|rna\b|rcs\b|code (?:ape|naf)|scic (?:sa|sas|sarl)\b|scop (?:sa|sas|sarl)\b"
    r"|(?:sas|sarl|sa) (?:au|a) capital)"
)
_FOOTER_JOINT = re.compile(r"\s[-|•·]\s|,\s")
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?(?:[-–]\s*)?", re.IGNORECASE)


def signature_employer(doc: Doc, lines: list[Line]) -> Found | None:
    """The organisation a letter or e-mail is signed for, in its last lines.

    "Jean Martin / Directeur / Association Les Petits Pas", « Pour l'association X, la
    présidente »: a short line that starts with a kind of organisation and its name; or the
    name line under the signer's role.
    """
    for line in lines[-15:]:
        start = start_of(doc, line)
        folded = doc.folded[start : line.end]
        sign = _SIGNATURE.match(folded)
        if sign is None or len(folded.split()) > 10 or ADDRESS.search(folded):
            continue  # "Maison de quartier X, 5 rue …": where the office is
        kind = sign.start("kind") + start
        after = sign.end() + start
        if doc.text[kind].isupper():
            begin = kind  # "Association Les Petits Pas", "Fédération X"
        elif doc.text[after : after + 1].isupper() or doc.text[after : after + 1] in ("«", '"'):
            begin = after  # "Pour l'association Les Petits Pas"
        else:
            continue
        found = clean_name(doc, begin, line.end)
        if found is not None and capitalised_like_a_name(found.value):
            return found
    return _signed_under_a_role(doc)


def _signed_under_a_role(doc: Doc) -> Found | None:
    """The name line under the signer's role: "Jean Martin / Directeur / Les Jardins du Pays".

    In a signature block (`contact_mail.signature_lines`), the line after a role line
    (« Directeur », « Chargée de recrutement ») is the organisation the signer works for.
    """
    signed = signature_lines(doc)
    for index in sorted(signed):
        line = doc.lines[index]
        folded = doc.folded[start_of(doc, line) : line.end]
        if role_position(folded, within=1) != 0 or len(folded.split()) > 8:
            continue
        following = doc.lines[index + 1] if index + 1 < len(doc.lines) else None
        if following is not None and following.index in signed and not is_metadata(doc, following):
            found = name_line(doc, following, capitalised=True)
            if found is not None:
                return found
    return None


def footer_employer(doc: Doc, lines: list[Line]) -> Found | None:
    """X in a footer's legal mentions: « X – Association loi 1901 – SIRET … », « X, SCIC SA ».

    Only a legal mention makes the line the organisation's own footer: a relaying network
    signs its mails with an address or « Lettre d'information », not with its SIRET.
    """
    for line in reversed(lines):
        start = start_of(doc, line)
        legal = _LEGAL_MENTION.search(doc.folded, start, line.end)
        if legal is None or len(line.text) > 200:
            continue
        copyright_ = _COPYRIGHT.match(doc.text, start, line.end)
        start = copyright_.end() if copyright_ else start
        joint = _FOOTER_JOINT.search(doc.text, start, legal.start() + 1)
        if joint is None or joint.start() <= start:
            continue
        found = clean_name(doc, start, joint.start())
        if found is not None and capitalised_like_a_name(found.value):
            return found
    return None
