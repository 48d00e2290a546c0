"""The lines of a posting's header, for `title.py`: which may be a title, and the job board's
header fallback.

`may_be_title_line` says whether a line is short and no bullet, menu item, heading or
question; `header_fallback` finds the line a job board's header gives as the title when no
role noun says so: the line after a breadcrumb (« Accueil > Missions > … »), or a short line
directly followed by a contract, place, date or « Label : value » line.
"""

from __future__ import annotations

import re

from postings.extract.text import Doc, Found, Line, fold
from postings.extract.title_body import Finish
from postings.extract.title_clean import is_place
from postings.extract.title_words import HEADER_METADATA, METADATA_LINE, SECTION_HEADING, is_chrome

MAX_LINE = 250  # longer lines are paragraphs

_BULLET = re.compile(r"[-*•o·>]\s|\d{1,2}\s?[.)/]\s|[a-h]\)\s")
_SENTENCE_START = re.compile(
    r"(?:le|la|les|l'|un|une|des|du|de|d'|dans|depuis|afin|pour|nous|vous|il|elle|on|ce|cette"
    r"|notre|votre|en|au|aux|avec|sous|si|suite|merci|pourquoi)\b"
)
_BREADCRUMB = re.compile(r".{0,60}\s[>»/]\s.{0,60}\s[>»/]\s|accueil\s*[>»/]")


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


def is_menu(text: str) -> bool:
    """A site's menu flattened to a line: « Offres | Écoles | Conseils | Espace recruteur ».

    At least four items between "|", two of which (after the first) are neither a contract,
    a place nor a date: a title's line only adds such details ("Animateur | CDD | Lyon").
    """
    parts = [part.strip() for part in text.split("|")]
    if len(parts) < 4:
        return False
    plain = [
        part
        for part in parts[1:]
        if part
        and len(part.split()) <= 4
        and not METADATA_LINE.match(fold(part))
        and not is_place(part.split(" (")[0])
    ]
    return len(plain) >= 2


def may_be_title_line(folded: str) -> bool:
    """Short, not a bullet, a menu item, a heading or a sentence ending in "?"."""
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
    """Offset of the first non-blank character of a line."""
    raw = doc.text[line.start : line.end]
    return line.start + len(raw) - len(raw.lstrip())
