"""The description shown to candidates: the posting as written, without a job board's chrome.

`clean_description(doc)` starts from `doc.original` (the employer's words, untouched) and
removes, only where a copied web page puts them:
- at the top, the site's navigation: "Passer au contenu", "Menu", "Accueil > Offres > ...",
  "Retour aux offres", "détail offre", "Portail de l'emploi ...", "Se connecter", a cookie
  banner, and the short lines before such a line (the site's name and tagline);
- at the bottom, the footer from its first unmistakable line ("Mentions légales",
  "© 2025 ...", "Offres similaires", "Voir toutes les offres", "Plan du site") to the end,
  provided nothing after it looks like the posting (an e-mail, a phone number, how to apply);
- near either end, button lines ("Postuler", "Partager sur Facebook", "Imprimer l'offre").
A map widget's words glued to a line ("- Localiser avec Mappy") go, the line stays. Then runs
of blank lines become one blank line and trailing spaces go. A line is removed only
when it is chrome as a whole: when unsure, it stays. The chrome vocabulary is in
`description_chrome`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from postings.extract.description_chrome import Kind, kind_of, looks_like_content
from postings.extract.text import Doc, Line

KindOf = Callable[[str], Kind | None]
# Page chrome sits in the first and last lines; further in, nothing is removed.
HEAD_LINES = 15
TAIL_LINES = 30
# A site's name or tagline is short; longer lines are the posting itself.
_SHORT = 80
_HARD_PROTECTED = re.compile(r"\b[hf] ?/ ?[hfx]\b|\d|@|https?:|www\.|recrut")
_PROTECTED = re.compile(r"\b(?:cdi|cdd|stage|alternance|service civique|interim|benevol)")
_MENU_ROW = re.compile(r" {2,}| ?[|\u00b7] ?")
_BLANK_RUNS = re.compile(r"\n{3,}")
# A page widget glued to the end of a line of the posting ("93 - ST DENIS - Localiser avec
# Mappy" on France Travail): the widget's words go, the line stays.
_WIDGET = "localiser avec mappy"


def clean_description(doc: Doc) -> str:
    """The posting's text as written, without job-board chrome, blank runs and end spaces."""
    lines = [line for line in doc.lines if line.text]
    if not lines:
        return ""
    keys = _keys(doc, lines)
    # The same lines are asked about several times (each footer candidate looks at all the
    # lines below it): each line's kind is worked out once per posting.
    kind = cache(kind_of)
    first = _head_end(lines, keys, kind)
    last = _tail_start(lines, keys, first, kind)
    removed = {i for i in range(len(lines)) if i < first or i >= last}
    removed |= {i for i in _loose_chrome(keys, kind) if first <= i < last}
    if len(removed) == len(lines):
        removed = set()  # all chrome? then it is not chrome: show everything
    kept = [line for i, line in enumerate(lines) if i not in removed]
    start, end = kept[0].start, kept[-1].end
    dropped = {lines[i].start for i in removed}
    text_lines = [
        _without_widget(doc.original[line.start : line.end].rstrip())
        for line in doc.lines
        if start <= line.start and line.end <= end and line.start not in dropped
    ]
    return _BLANK_RUNS.sub("\n\n", "\n".join(text_lines)).strip("\n")


def _without_widget(line: str) -> str:
    """`line` without a map widget's words at its end, nor the dash before them."""
    if line[-len(_WIDGET) :].lower() != _WIDGET:
        return line
    return line[: -len(_WIDGET)].rstrip(" \t-\u2013\u2014|")


def _keys(doc: Doc, lines: list[Line]) -> list[str]:
    """Each line folded (lower case, no accents) and stripped, for matching; only near
    the top and the bottom, where chrome is looked for ("" elsewhere and for long lines)."""
    ends = {*range(min(HEAD_LINES + 1, len(lines)))}
    ends |= {*range(max(0, len(lines) - TAIL_LINES), len(lines))}
    keys = [""] * len(lines)
    for i in ends:
        line = lines[i]
        if line.end - line.start <= 500:
            keys[i] = doc.folded[line.start : line.end].strip()
    return keys


def _head_end(lines: list[Line], keys: list[str], kind_of: KindOf) -> int:
    """Index of the first line after the site's header (0 when there is none)."""
    end = 0
    window = min(len(lines), HEAD_LINES)
    index = 0
    while index < window:
        kind, span = _kind_at(keys, index, window, kind_of)
        if kind is not None:
            index += span
            if kind in (Kind.NAV, Kind.COOKIE):
                end = index  # navigation: everything above it is the site's header too
            continue
        if not _skippable(lines[index].text, keys[index]):
            break
        index += 1
    return end


def _tail_start(lines: list[Line], keys: list[str], floor: int, kind_of: KindOf) -> int:
    """Index of the first line of the page footer (len(lines) when there is none)."""
    low = max(floor, len(lines) - TAIL_LINES)
    for index in range(low, len(lines)):
        if kind_of(keys[index]) is Kind.FOOTER and all(
            _harmless(lines[i].text, keys[i], kind_of) for i in range(index + 1, len(lines))
        ):
            start = index
            break
    else:
        start = len(lines)
    while start > low and kind_of(keys[start - 1]) is not None:
        start -= 1  # buttons, menus and banners just above the footer (or the end)
    return start


def _loose_chrome(keys: list[str], kind_of: KindOf) -> list[int]:
    """Chrome lines removed on their own: near the top, navigation, banners and buttons; near
    the bottom, banners and buttons. A button is kept when the next line says how to apply:
    it is then that paragraph's heading ("Postuler" / "Envoyez votre CV à ...")."""
    head = range(min(HEAD_LINES, len(keys)))
    tail = range(max(HEAD_LINES, len(keys) - TAIL_LINES), len(keys))
    loose = []
    for i in [*head, *tail]:
        kind = kind_of(keys[i])
        if kind is Kind.BUTTON:
            if not (i + 1 < len(keys) and looks_like_content(keys[i + 1])):
                loose.append(i)
        elif kind is Kind.COOKIE or (kind is Kind.NAV and i in head):
            loose.append(i)
    return loose


def _kind_at(keys: list[str], index: int, limit: int, kind_of: KindOf) -> tuple[Kind | None, int]:
    """The chrome kind of the line at `index`, also trying it joined with the next short
    lines ("retour" / "aux" / "offres" split by a page's layout); and how many lines it takes."""
    for span in (3, 2):
        parts = keys[index : min(index + span, limit)]
        if len(parts) == span and all(len(part) <= 20 for part in parts):
            kind = kind_of(" ".join(parts))
            if kind is not None:
                return kind, span
    return kind_of(keys[index]), 1


def _skippable(text: str, key: str) -> bool:
    """A short line that may be a site's name, tagline or menu (dropped if navigation follows).

    Not a line with what a title or the posting's facts hold (H/F, a figure, a contract), unless
    it is a row of menu items ("Offres d'emploi   Entreprises   Alternance").
    """
    if len(text) > _SHORT or _HARD_PROTECTED.search(key):
        return False
    return not _PROTECTED.search(key) or len(_MENU_ROW.split(key)) >= 3


def _harmless(text: str, key: str, kind_of: KindOf) -> bool:
    """A line that may follow a footer: chrome, or short and nothing like the posting."""
    if kind_of(key) is not None:
        return True
    sentence = key.endswith(".") and key.count(" ") >= 4
    return len(text) <= _SHORT and not sentence and not looks_like_content(key)
