"""Where a social network's readers' comments start: `comments_start(doc) -> int`.

A posting copied from a Facebook group or LinkedIn often carries what follows the post: the
reactions line ("👍 34   💬 9 commentaires   ↗ 21 partages"), a "Commentaires" heading, then
readers' questions and replies ("C'est en CDI ?", "Partagé !"). Those words are about the
job at best as questions, and must not state its contract. A form's own "Commentaires :" field
(a label followed by its value) is part of the posting, not such a section.
"""

from __future__ import annotations

import re

from postings.extract.text import Doc

_COMMENT = r"(?:commentaires?|comments?|reponses?|replies)"
# A heading alone on its line: "Commentaires", "9 commentaires", "Voir les 12 commentaires",
# "Afficher plus de commentaires", "Les plus pertinents", "View all 5 comments".
_HEADING = re.compile(
    r"^[^\w\n]*(?:(?:voir|afficher|view|see|lire)[ \t]+)?"
    r"(?:(?:les|tous les|all|plus de|more)[ \t]+)?(?:[\d.,k]+[ \t]+)?"
    rf"(?:{_COMMENT}(?:[ \t]*\(\d+\))?|(?:les )?plus pertinents|most relevant)[^\w\n]*$",
    re.M,
)
# A reactions line: counts of comments beside counts of likes or shares.
_REACTIONS = re.compile(
    r"^[^\n]{0,40}\d[^\n]{0,10}\b(?:commentaires?|comments?)\b[^\n]{0,40}"
    r"\b(?:partages?|shares?|republications?|reposts?)\b[^\n]{0,20}$",
    re.M,
)
# A post's first lines are the group's name and the author: no comment section starts there.
_FIRST_LINES = 3


def comments_start(doc: Doc) -> int:
    """The offset where readers' comments start, or the text's length when there are none."""
    first = min(len(doc.text), _offset_after_lines(doc, _FIRST_LINES))
    starts = [
        match.start()
        for regex in (_HEADING, _REACTIONS)
        if (match := regex.search(doc.folded, first)) is not None
    ]
    return min(starts, default=len(doc.text))


def _offset_after_lines(doc: Doc, count: int) -> int:
    lines = doc.nonblank_lines()
    return lines[count].start if len(lines) > count else len(doc.text)
