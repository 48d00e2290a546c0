"""Where a social network's readers' comments start: `comments_start(doc) -> int`.

A posting copied from a Facebook group or LinkedIn often carries what follows the post: the
reactions line ("👍 34   💬 9 commentaires   ↗ 21 partages"), a "Commentaires" heading, then
readers' questions and replies ("C'est en CDI ?", "Partagé !"). Those words are about the
job at best as questions, and must not state its contract. A form's own "Commentaires :" field
(a label followed by its value) is part of the posting, not such a section; so is a bare
"Commentaires" heading on a page with no sign of a social network (no reactions, hashtags,
"J'aime", "Répondre", "membres").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from postings.extract.text import Doc

_COMMENT = r"(?:commentaires?|comments?|reponses?|replies)"
# A heading alone on its line: "Commentaires", "9 commentaires", "Voir les 12 commentaires",
# "Afficher plus de commentaires", "Les plus pertinents", "View all 5 comments".
_HEADING = re.compile(
    r"^[^\w\n]*(?P<shown>(?:(?:voir|afficher|view|see|lire)[ \t]+)?"
    r"(?:(?:les|tous les|all|plus de|more)[ \t]+)?(?:[\d.,k]+[ \t]+)?)"
    rf"(?:{_COMMENT}(?P<count>[ \t]*\(\d+\))?|(?:les )?plus pertinents|most relevant)[^\w\n]*$",
    re.M,
)
# Signs of a social network's page: a bare "Commentaires" heading counts only beside them (a
# form may have a "Commentaires" section of its own).
_SOCIAL = re.compile(
    r"(?:^|\s)#[a-z]\w+|\bj'aime\b|\brepondre\b|\bpartager\b|\bpartages\b|\blike\b|\breply\b"
    r"|\bmembres\b|\bgroupe (?:public|prive)\b"
)
# A reactions line: counts of comments beside counts of likes or shares.
_REACTIONS = re.compile(
    r"^[^\n]{0,40}\d[^\n]{0,10}\b(?:commentaires?|comments?)\b[^\n]{0,40}"
    r"\b(?:partages?|shares?|republications?|reposts?)\b[^\n]{0,20}$",
    re.M,
)
# A post's first lines are the group's name and the author: no comment section starts there.
_FIRST_LINES = 3
_MAX_HEADINGS = 20


def comments_start(doc: Doc) -> int:
    """The offset where readers' comments start, or the text's length when there are none."""
    first = min(len(doc.text), _offset_after_lines(doc, _FIRST_LINES))
    starts = []
    if reactions := _REACTIONS.search(doc.folded, first):
        starts.append(reactions.start())
    for heading in _capped(_HEADING.finditer(doc.folded, first)):
        plain = not heading["shown"].strip() and not heading["count"]
        if not plain or reactions or _SOCIAL.search(doc.folded):
            starts.append(heading.start())
            break
    return min(starts, default=len(doc.text))


def _capped(matches: Iterator[re.Match[str]]) -> Iterator[re.Match[str]]:
    for count, match in enumerate(matches):
        if count >= _MAX_HEADINGS:
            return
        yield match


def _offset_after_lines(doc: Doc, count: int) -> int:
    lines = doc.nonblank_lines()
    return lines[count].start if len(lines) > count else len(doc.text)
