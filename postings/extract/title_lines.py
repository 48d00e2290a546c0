"""The lines of a posting's header, for `title.py`: which may be a title, which never are,
and the job board's header fallback.

`may_be_title_line` says whether a line is short and no bullet, menu item, heading or
question; `header_fallback` finds the line a job board's header gives as the title when no
role noun says so: the line after a breadcrumb (« Accueil > Missions > … »), or a short line
directly followed by a contract, place, date or « Label : value » line.
Never a title: a social network poster's lines (`poster_lines`) and a site's banner, the
line above its menu (`banner_lines`: « Bénévoles en Action » above « Trouver une mission
Proposer une mission   Je me connecte »).
"""

from __future__ import annotations

import re
from itertools import pairwise

from postings.extract.text import Doc, Found, Line, fold
from postings.extract.title_body import Finish
from postings.extract.title_clean import REFERENCE_LEAD, is_decoration
from postings.extract.title_places import is_place
from postings.extract.title_words import (
    GENDER_MARKER,
    HEADER_METADATA,
    METADATA_LINE,
    SECTION_HEADING,
    is_chrome,
    role_position,
)

MAX_LINE = 250  # longer lines are paragraphs

_BULLET = re.compile(r"[-*•o·]\s|\d{1,2}\s?[.)/]\s|[a-h]\)\s")
_SENTENCE_START = re.compile(
    r"(?:le|la|les|l'|un|une|des|du|de|d'|dans|depuis|afin|pour|nous|vous|il|elle|on|ce|cette"
    r"|notre|votre|en|au|aux|avec|sous|si|suite|merci|pourquoi)\b"
)
# « Accueil > Offres > … », « Recrutement > Équipe permanente » (one short level).
_BREADCRUMB = re.compile(
    r".{0,60}\s[>»/›]\s.{0,60}\s[>»/›]\s|accueil\s*[>»/›]|[^>»›\n]{2,30}\s[>»›]\s[^>»›\n]{2,40}$"
)
# A menu's items: between "|", " · " or wide spaces (a page's links flattened to a line).
_MENU_SPLIT = re.compile(r"\s*\|\s*|\s[·•]\s|\s{3,}")
# Words a title never ends with: the line goes on below.
_CARRY = "de du des d' la le les l' et ou a au aux en pour par sur avec dans sans un une"
_CARRY_ON = frozenset(_CARRY.split())
BANNER_LINES = 6  # a site's banner is at the top of the page
# A site's navigation: « Accueil », « Se connecter », « Trouver une mission », « Je veux… ».
_NAVIGATION = re.compile(
    r"\b(?:accueil|connexion|(?:se |me )?connect|mon compte|mon espace|espace \w+|contact"
    r"|trouver|proposer|publier|rechercher|je veux|je suis|faq|a propos|qui sommes|adherer"
    r"|nous soutenir|faire un don|blog|actualites|agenda|offres|missions|inscription)"
)
_WORK_MODE = re.compile(r"(?:presentiel|hybride|a distance|distanciel|sur site|nomade)\b")

POSTER_LINES = 8  # a social network's post: its author's lines come first
# « • 2e », « · 3e et + », "• 1st" (the bullet read as "-"): a post's author's degree.
_DEGREE = re.compile(r"\S\s[•·-]\s(?:1er|2e|3e(?: et \+|\+)?|1st|2nd|3rd\+?)\s*$")
# « 3 j • Modifié • 🌐 », « 1 sem • », "5d •", « il y a 2 h »: when a post was made.
# Nothing but separators, « Modifié » and emoji may follow (« 35 h - CDI » is no such line).
_POSTED_AGO = re.compile(
    r"(?:il y a )?\d{1,2} ?(?:min|h|j|jours?|sem|semaines?|mois|ans?|d|w|mo|yr)\b"
    r"(?:[ ]?[•·-][ ]?(?:modifie|edited)?)+[^\w]*$"
)
# « Coordinatrice générale @ Festival X »: a person's headline (an address has no spaces).
_HEADLINE = re.compile(r"\w \s?@ [A-Za-z0-9]")


def poster_lines(doc: Doc) -> set[int]:
    """Indexes of the lines that present who posted on a social network, never the title.

    A LinkedIn post opens with its author: « Lucie Martin • 2e » (the connection degree),
    their headline « Coordinatrice générale @ Festival X | Arts de la rue », then « 3 j •
    Modifié ». A headline names the poster's own job, and « Role @ Organisation » is how
    people write it; the lines above « 3 j • » (when the post was made) are the author's.
    """
    poster: set[int] = set()
    for line in doc.lines[:POSTER_LINES]:
        folded = doc.folded[line.start : line.end].strip()
        if _DEGREE.search(folded, max(0, len(folded) - 16)):
            poster.update(ln.index for ln in doc.lines[line.index : line.index + 3] if ln.text)
        elif "@" in folded and _HEADLINE.search(folded):
            poster.add(line.index)
        elif _POSTED_AGO.match(folded):
            above = [ln.index for ln in doc.lines[max(0, line.index - 3) : line.index] if ln.text]
            poster.update(above[-2:])
    return poster


def header_fallback(
    doc: Doc, top: list[Line], finish: Finish, employer: str | None
) -> Found | None:
    """The line a job board's header gives as the title, with no role noun to go by.

    It is the line right after a breadcrumb ("Accueil > Missions > …"), or a short line
    directly followed by a contract, place, date or « Label : value » line.
    """
    after_breadcrumb = False
    for index, line in enumerate(top):
        start = stripped_start(doc, line)
        folded = doc.folded[start : line.end]
        if _BREADCRUMB.match(folded):
            after_breadcrumb = True
            continue
        if len(folded) > 150:
            return None  # a paragraph: the header is over
        if is_chrome(folded):
            continue
        if not _fallback_candidate(folded, line.text) or _continues(doc, line):
            after_breadcrumb = False
            continue
        following = top[index + 1] if index + 1 < len(top) else None
        if after_breadcrumb or (following is not None and _announces_header(doc, following)):
            found = finish(doc, start, line.end, employer)
            if found is not None:
                return found
        after_breadcrumb = False
    return None


def _announces_header(doc: Doc, line: Line) -> bool:
    """A contract, place, date, « Label : value » or portal question line under a title."""
    folded = doc.folded[line.start : line.end].strip().lstrip("-*•> ")
    return (
        HEADER_METADATA.match(folded) is not None
        or re.match(r"[^:]{1,40}\s?:\s", folded) is not None
        or line.text.startswith("💡")
        or line.text.endswith("?")  # "Où ?", "Quand ?" of volunteering portals
        or is_place(line.text.split(" (")[0].split(",")[0])
    )


def _continues(doc: Doc, line: Line) -> bool:
    """True when a line carries on a sentence wrapped from the line above."""
    above = doc.lines[line.index - 1].text if line.index > 0 else ""
    return len(above) > 60 and not above.endswith((".", ":", "!", "?", ";"))


def _fallback_candidate(folded: str, text: str) -> bool:
    return (
        text.lstrip("*#«\"' ")[:1].isupper()
        and may_be_title_line(folded)
        and not _SENTENCE_START.match(folded)
        and len(folded.split()) <= 14
        and ":" not in folded
        and not METADATA_LINE.match(folded)
        and not is_place(text.split(" (")[0])
    )


def banner_lines(doc: Doc) -> set[int]:
    """Indexes of the top lines right above a site's menu: the site's name, never a title."""
    lines = [line for line in doc.lines[: BANNER_LINES * 3] if line.text][:BANNER_LINES]
    return {above.index for above, line in pairwise(lines) if is_menu(line.text)}


def plain_title_line(doc: Doc, line: Line) -> bool:
    """A short capitalised line without figures, colon, sentence or names in capitals: the
    title under a heading that announces an offer (« MISSION DE BÉNÉVOLAT » / « Accompagnement
    scolaire des collégiens »), even without a role noun."""
    start = stripped_start(doc, line)
    folded, text = doc.folded[start : line.end].strip(), doc.text[start : line.end].strip()
    return plain_title(folded, text)


def plain_title(folded: str, text: str) -> bool:
    """`plain_title_line` for a line's text (`folded` and `text`, stripped)."""
    if any(c.isdigit() for c in folded) or len(folded.split()) > 12 or text.endswith("."):
        return False
    capitalised = [w for w in text.split()[1:] if w[:1].isupper() and not w.isupper()]
    return len(capitalised) <= 1 and _fallback_candidate(folded, text)


def is_menu(text: str) -> bool:
    """A site's menu flattened to a line: « Offres | Écoles | Conseils | Espace recruteur ».

    At least four items between "|", " · " or wide spaces, most of which (after the first,
    and two at least) are neither a contract, a place, a figure nor a work mode: a title's
    line only adds such details ("Animateur | CDD | Lyon", « Service civique · Lyon · 8 mois
    · Présentiel »).
    """
    if not _MENU_SPLIT.search(text):
        return False
    parts = [part.strip() for part in _MENU_SPLIT.split(text.strip())]
    if len(parts) < 4:
        return False
    rest = [part for part in parts[1:] if part]
    plain = [part for part in rest if len(part.split()) <= 4 and not _detail(part)]
    if "|" not in text and not _NAVIGATION.search(fold(text)):
        return False  # « Éducation populaire · Jeunesse · Loisirs »: a job's sectors
    return len(plain) >= 2 and 2 * len(plain) >= len(rest)


def _detail(part: str) -> bool:
    """A job's detail in a header line: contract, place, figure, work mode."""
    folded = fold(part)
    return (
        METADATA_LINE.match(folded) is not None
        or _WORK_MODE.match(folded) is not None
        or any(is_place(piece.split(" (")[0].strip()) for piece in part.split(","))
    )


def may_be_title_line(folded: str) -> bool:
    """Short, not a bullet, a menu item, a heading or a sentence ending in "?" (a reference
    before the title, « REF-2026-0873 – », is no menu item)."""
    reference = REFERENCE_LEAD.match(folded)
    if reference is not None and reference.end() < len(folded):
        folded = folded[reference.end() :]
    return (
        2 < len(folded) <= MAX_LINE
        and not _BULLET.match(folded)
        and not is_chrome(folded)
        and not is_heading(folded)
        and not folded.rstrip().endswith("?")
    )


def is_heading(folded: str) -> bool:
    """A section heading of a posting ("Missions", "Profil recherché"), never a title."""
    folded = folded.strip(" *#")
    return len(folded.split()) <= 6 and SECTION_HEADING.match(folded) is not None


def folded_line(doc: Doc, line: Line) -> str:
    """The folded text of a line, stripped."""
    return doc.folded[line.start : line.end].strip()


def stripped_start(doc: Doc, line: Line) -> int:
    """Offset of a line's first character that is no space, pictograph or quote mark (">")."""
    start = line.start
    while start < line.end and (
        doc.text[start].isspace() or doc.text[start] == ">" or is_decoration(doc.text[start])
    ):
        start += 1
    return start


def wrapped_end(doc: Doc, line: Line) -> int:
    """End of a title that a PDF wrapped onto the next line ("…CIRCU-" / "LAIRE … (F/H)",
    or a line that ends with a word no title ends with: "… DE LOISIRS SANS" / "HÉBERGEMENT")."""
    if line.index + 1 >= len(doc.lines):
        return line.end
    following = doc.lines[line.index + 1]
    if not following.text or len(following.text) > 80:
        return line.end
    hyphen = re.search(r"\w-$", line.text) is not None
    folded_next = doc.folded[following.start : following.end]
    marker_next = GENDER_MARKER.search(folded_next) and not GENDER_MARKER.search(
        doc.folded[line.start : line.end]
    )
    last_word = fold(line.text.rsplit(" ", 1)[-1])
    if last_word in _CARRY_ON and role_position(folded_next.strip()) != 0:
        return following.end  # "DIRECTEUR·RICE D'ACCUEIL DE LOISIRS SANS" / "HÉBERGEMENT"
    if hyphen or (marker_next and role_position(folded_next.strip()) != 0):
        return following.end
    return line.end
