"""The employer as job boards lay it out around the title, for `title_employer`.

- the company line under the title (Indeed, HelloWork, APEC: "Title / Company / City / CDI"),
  or the first name after the header's block of contract, place and date lines (makesense);
  LinkedIn's « Company · City · il y a 2 jours »;
- the letterhead: the name line above the title (Welcome to the Jungle, PDFs' headers);
- « Site X » near the top, « X n'a pas encore transmis de mesure d'impact »;
- the publisher a job board names in its header: « Publiée le 27/10/2025 par X », « Offre
  publiée par X le 3 mars », "Posted by X" (`published_by`).
Only a title found in a header counts: one read from a paragraph has no company line.
"""

from __future__ import annotations

import re

from postings.extract.contact_mail import signature_lines
from postings.extract.text import Doc, Found, Line, fold
from postings.extract.title_clean import is_place
from postings.extract.title_lines import is_menu
from postings.extract.title_names import clean_name
from postings.extract.title_words import (
    CHROME_LINE,
    METADATA_LINE,
    SECTION_HEADING,
    is_chrome,
    role_position,
)

TOP_LINES = 12  # the header of a posting
_IMPACT_LINE = re.compile(
    r"(.{2,80}?) (?:n'a pas encore transmis|did not yet communicate|n'a pas souhaite)"
)
_SIGNATURE = re.compile(
    r"(?:pour |le president de |la presidente de |le directeur de |la directrice de )?"
    r"(?:l'|la |le )?(?P<kind>association|federation|fondation|cooperative|collectif|scic|scop"
    r"|reseau|union|centre social|maison|regie|ressourcerie|recyclerie|ong) +(?=\S)"
)
# « Publiée le 27/10/2025 par », « Offre publiée par », « Annonce déposée le 3 mars par ».
_PUBLISHED_BY = re.compile(
    r"(?:(?:offre|annonce|mission) )?(?:publiee?|postee?|deposee?|mise? en ligne|posted)"
    r"(?: (?:le|on) [^\n]{1,30}?)? (?:par|by) "
)
_PUBLISHED_ON = re.compile(r",|\s(?:le|on|il y a|depuis) |\s-\s|\s\|")
_SITE_LINE = re.compile(r"site\s+(?!web|internet|:)(?=\S)")
# A postal address: "12 rue des Lilas", "PL DE LA MAIRIE", "75020 Paris", "BP 12".
_ADDRESS = re.compile(
    r"^\d{0,4}\s?(?:bis|ter)?\s?,?\s?(?:rue|avenue|av|bd|boulevard|place|pl|chemin|allee|impasse"
    r"|route|quai|cours|square|zac|za|zi|lieu-dit|bp|cs|parc|residence)\b|\b\d{5}\b"
)
# A footer's legal mentions, and the joint before them ("X – ", "X, ").
_LEGAL_MENTION = re.compile(
    r"\s(?:association (?:loi|regie par|de (?:la )?loi|declaree)|loi (?:de )?1901|siret\b"
    r"|siren\b|rna\b|rcs\b|code (?:ape|naf)|scic (?:sa|sas|sarl)\b|scop (?:sa|sas|sarl)\b"
    r"|(?:sas|sarl|sa) (?:au|a) capital)"
)
_FOOTER_JOINT = re.compile(r"\s[-|•·]\s|,\s")
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?(?:[-–]\s*)?", re.IGNORECASE)
# Capitalised items after a comma on a line of its own: sectors under a company's name.
_SECTORS = re.compile(r"[^,«\"]+, [A-ZÀ-Ý][\w'-]*(?: [\w'-]+)*$")
# Volunteering portals' header: « Où ? Strasbourg », « Quand ? À partir du 1er mars ».
_QUESTION = re.compile(r"[^?\n]{1,40}\?\s")
_KEY_VALUE = re.compile(r"[^:]{1,40}\s?:\s")
_SMALL = "de du des la le les l d et en au aux a à pour sur par & the of"
_SMALL_WORDS = frozenset(_SMALL.split())
_HIRING = re.compile(r"\b(?:recrut|recherch|embauch)(?:e|ent|ons)\b")  # not « Recrutement »


def layout_employer(doc: Doc, lines: list[Line], title: Found | None) -> Found | None:
    """The employer shown by the page's layout, or None (see the module docstring)."""
    at = _header_title_line(doc, lines, title)
    if at is not None and title is not None:
        last = next((i for i in range(at, len(lines)) if title.end <= lines[i].end), at)
        result = _company_line(doc, lines, last) or _letterhead(doc, lines, at)
        if result is not None:
            return result
    for line in lines[:8]:
        site = _SITE_LINE.match(doc.folded, _start(doc, line), line.end)
        if site and doc.text[site.end() : site.end() + 1].isupper():
            return clean_name(doc, site.end(), line.end)
    for line in lines:
        impact = _IMPACT_LINE.match(doc.folded, _start(doc, line), line.end)
        if impact:
            return clean_name(doc, impact.start(1), impact.end(1))
    return None


def published_by(doc: Doc, lines: list[Line]) -> Found | None:
    """X in a header's « Publiée le 27/10/2025 par X », « Offre publiée par X le … »."""
    for line in lines[: TOP_LINES * 2]:
        start = _start(doc, line)
        match = _PUBLISHED_BY.match(doc.folded, start, line.end)
        if match is None or not _capital_name(doc.text[match.end() : match.end() + 3]):
            continue
        end = line.end
        date = _PUBLISHED_ON.search(doc.folded, match.end(), line.end)
        if date is not None:
            end = date.start()  # « … par X le 12/03/2025 », « … par X, il y a 2 jours »
        return clean_name(doc, match.end(), end)
    return None


def _capital_name(start: str) -> bool:
    """ "Les Amis…", "CAP Emploi", "l'Association X": a name starts here; "notre équipe": no."""
    return start[:1].isupper() or (start[:2] in ("l'", "L'") and start[2:].isupper())


def signature_employer(doc: Doc, lines: list[Line]) -> Found | None:
    """The organisation a letter or e-mail is signed for, in its last lines.

    "Jean Martin / Directeur / Association Les Petits Pas", « Pour l'association X, la
    présidente »: a short line that starts with a kind of organisation and its name; or the
    name line under the signer's role.
    """
    for line in lines[-15:]:
        start = _start(doc, line)
        folded = doc.folded[start : line.end]
        sign = _SIGNATURE.match(folded)
        if sign is None or len(folded.split()) > 10 or _ADDRESS.search(folded):
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
        if found is not None and _capitalised_like_a_name(found.value):
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
        folded = doc.folded[_start(doc, line) : line.end]
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
        start = _start(doc, line)
        legal = _LEGAL_MENTION.search(doc.folded, start, line.end)
        if legal is None or len(line.text) > 200:
            continue
        copyright_ = _COPYRIGHT.match(doc.text, start, line.end)
        start = copyright_.end() if copyright_ else start
        joint = _FOOTER_JOINT.search(doc.text, start, legal.start() + 1)
        if joint is None or joint.start() <= start:
            continue
        found = clean_name(doc, start, joint.start())
        if found is not None and _capitalised_like_a_name(found.value):
            return found
    return None


def _header_title_line(doc: Doc, lines: list[Line], title: Found | None) -> int | None:
    """Index in `lines` of the title's line when it is a header line, else None."""
    if title is None:
        return None
    at = next((i for i, ln in enumerate(lines) if ln.start <= title.start <= ln.end), None)
    if at is None or at >= TOP_LINES or title.start - _start(doc, lines[at]) > 20:
        return None  # a title read from a sentence
    if any(len(line.text) > 150 for line in lines[:at]):
        return None  # or one that comes after paragraphs: no job board's header
    return at


def _company_line(doc: Doc, lines: list[Line], at: int) -> Found | None:
    """The name line right under the title, or the first after its block of metadata."""
    for offset, line in enumerate(lines[at + 1 : at + 16]):
        if " · " in line.text and offset == 0:  # LinkedIn: "Association X · Paris · il y a 2 j"
            start = _start(doc, line)
            end = start + line.text.index(" · ")
            first = doc.folded[start:end]
            if not (METADATA_LINE.match(first) or is_place(doc.text[start:end])):
                return clean_name(doc, start, end)
            continue
        if is_metadata(doc, line):
            continue
        following = lines[at + 2 + offset] if at + 2 + offset < len(lines) else None
        inside = following is not None and is_metadata(doc, following)
        if offset > 0 and inside and not _several_capitals(line.text):
            continue  # a sector between metadata lines ("Associations", "Jeunesse")
        return name_line(doc, line)
    return None


def _letterhead(doc: Doc, lines: list[Line], at: int) -> Found | None:
    """The nearest name line above the title (skipping menus, banners and metadata)."""
    for line in reversed(lines[:at]):
        if is_metadata(doc, line) or is_chrome(doc.folded[line.start : line.end].strip()):
            continue
        result = name_line(doc, line, capitalised=True)
        if result is not None:
            return result
    return None


def is_metadata(doc: Doc, line: Line) -> bool:
    """A contract, place, date, salary or « Label : value » line of a job board's header."""
    folded = doc.folded[line.start : line.end].strip().lstrip("-*•> ")
    return (
        _KEY_VALUE.match(folded) is not None
        or _QUESTION.match(folded) is not None
        or METADATA_LINE.match(folded) is not None
        or CHROME_LINE.match(folded) is not None
        or line.text.startswith("💡")
        or line.text.endswith("?")
        or _ADDRESS.search(folded) is not None
        or is_place(line.text.lstrip("-*•> ").split(" (")[0].split(",")[0])
    )


def _several_capitals(text: str) -> bool:
    words = [w for w in text.split() if w[:1].isupper()]
    return len(words) >= 2 or any(len(w) >= 2 and w.isupper() for w in text.split())


def name_line(doc: Doc, line: Line, *, capitalised: bool = False) -> Found | None:
    """A line that holds only a name: short, no sentence, no heading, no job title.

    With `capitalised`, its words must also be capitalised like a name's (for lines whose
    place in the page says less, such as those above the title).
    """
    start = _start(doc, line)
    folded = doc.folded[start : line.end].strip()
    if len(folded.split()) > 12 or folded.endswith(("?", ".", ":", "!")) or ":" in folded:
        return None
    if is_chrome(folded) or SECTION_HEADING.match(folded) or role_position(folded, within=1) >= 0:
        return None
    if _HIRING.search(folded) or "@" in folded or "http" in folded or is_menu(line.text):
        return None  # "X recrute": `title_employer` reads the sentence; a contact line; a menu
    parts = re.split(r"\s+-\s+|,\s+", line.text)
    if len(parts) > 1 and all(len(p.split()) == 1 for p in parts):
        return None  # "Pérou - Cusco", "Lyon, France": places
    if _SECTORS.match(line.text):
        return None  # "Agroalimentaire, Économie sociale et solidaire": a job board's sectors
    found = clean_name(doc, start, line.end)
    if found is None or (capitalised and not _capitalised_like_a_name(found.value)):
        return None
    return found


def _capitalised_like_a_name(value: str) -> bool:
    """ "Les Amis de la Terre", "LA PILE": yes; "Des métiers qui ont du sens": no."""
    words = [w for w in value.split() if fold(w).strip("'") not in _SMALL_WORDS]
    if not words:
        return False
    capitals = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit() or "-" in w[:3])
    return capitals * 2 >= len(words)


def _start(doc: Doc, line: Line) -> int:
    raw = doc.text[line.start : line.end]
    return line.start + len(raw) - len(raw.lstrip())
