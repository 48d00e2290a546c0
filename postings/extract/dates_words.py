"""Matching helpers shared by the dates, contract and worktime families.

A regular expression scanned over a whole posting costs ~100 µs per 5 kB unless it starts
with a fixed string; `str.find` skips text about fifty times faster. So the families look for
the fixed words a phrase must hold ("prise de", "semaine") with `str.find`, and run their
pattern only there: `matches_at` when the phrase starts with the word, `matches_around` when
the word sits inside it ("35 heures par semaine"). The results are those of
`pattern.finditer`, for patterns whose every match holds one of the words.

`clause_before` / `clause_after` give the sentence around a position, for the context rules;
`label_window` and `first_date` the date a label ("Début :", "Date limite :") announces.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable

from postings.extract.dates_years import DateMention
from postings.extract.text import Doc

Match = re.Match[str]


# Where each word is written, per text: the families ask for the same words in the same text
# many times ("semaine", "debut"), so each word's offsets are found once per text. A few
# texts are kept (the folded and the plain text of the posting being read).
_SEEN: dict[int, tuple[str, dict[str, tuple[int, ...]]]] = {}
_SEEN_TEXTS = 4


def _offsets(text: str) -> dict[str, tuple[int, ...]]:
    entry = _SEEN.get(id(text))
    if entry is not None and entry[0] is text:
        return entry[1]
    if len(_SEEN) >= _SEEN_TEXTS:
        del _SEEN[next(iter(_SEEN))]
    offsets: dict[str, tuple[int, ...]] = {}
    _SEEN[id(text)] = (text, offsets)
    return offsets


def _word_offsets(text: str, word: str) -> tuple[int, ...]:
    found = []
    pos = text.find(word)
    while pos != -1:
        found.append(pos)
        pos = text.find(word, pos + 1)
    return tuple(found)


def _positions(text: str, words: Iterable[str]) -> list[int]:
    offsets = _offsets(text)
    runs = []
    for word in words:
        known = offsets.get(word)
        if known is None:
            known = offsets[word] = _word_offsets(text, word)
        if known:
            runs.append(known)
    if len(runs) <= 1:
        return list(runs[0]) if runs else []  # most words are absent from a posting
    return sorted({pos for run in runs for pos in run})


def _in_order(matches: Iterable[Match]) -> list[Match]:
    """Matches by position, leaving out any that starts inside the one kept before it."""
    kept: list[Match] = []
    for match in sorted(matches, key=lambda m: (m.start(), -m.end())):
        if not kept or match.start() >= kept[-1].end():
            kept.append(match)
    return kept


def matches_at(text: str, words: Iterable[str], pattern: re.Pattern[str]) -> list[Match]:
    """Matches of `pattern` starting where one of `words` is written, in text order.

    Each alternative of `pattern` must begin with one of the words (a leading `\\b` or
    lookbehind is fine: it sees the text before the word).
    """
    return _in_order(
        match for pos in _positions(text, words) if (match := pattern.match(text, pos))
    )


def matches_around(
    text: str, words: Iterable[str], pattern: re.Pattern[str], *, before: int, after: int
) -> list[Match]:
    """Matches of `pattern` that hold one of `words`, found within `before` characters before
    the word and `after` characters past it (keep `after` a few characters longer than any
    match can run, so that lookaheads see the real text)."""
    found = []
    for pos in _positions(text, words):
        low, high = max(0, pos - before), min(len(text), pos + after)
        found.extend(m for m in pattern.finditer(text, low, high) if m.start() <= pos < m.end())
    return _in_order(found)


def clause_before(doc: Doc, pos: int, limit: int = 160) -> str:
    """The folded words from the start of the sentence holding `pos` up to `pos`.

    When `pos` opens its line ("AVANT LE 18 AVRIL" under "CV à adresser à ..."), the
    previous non-blank line is the sentence it continues, so it is returned instead.
    """
    window = doc.folded[max(0, pos - limit) : pos]
    cut = max(window.rfind("\n"), *(window.rfind(mark) for mark in (". ", "; ", "! ", "? ")))
    clause = window[cut + 1 :]
    if clause.strip(" -:*") or cut < 0 or window[cut] != "\n":
        return clause
    line = doc.line_at(pos)
    for index in range(line.index - 1, max(-1, line.index - 4), -1):
        previous = doc.lines[index]
        if previous.text:
            return doc.folded[previous.start : previous.end][-limit:]
    return clause


def clause_after(doc: Doc, pos: int, limit: int = 120) -> str:
    """The folded words from `pos` to the end of its sentence (at most `limit` characters)."""
    window = doc.folded[pos : pos + limit]
    ends = [i for i in (window.find(mark) for mark in ("\n", ". ", "; ", "! ", "? ")) if i >= 0]
    return window[: min(ends)] if ends else window


# The word of the next field on a label's line: "Début : 3 mars - Fin : 30 juin".
_STOP = re.compile(
    r"\b(?:fin(?=\s{0,3}:| (?:du|de|d') ?(?:contrat|cdd|mission|stage))|limite|candidat\w*"
    r"|entretiens?|duree|jusqu'|date|lieu|salaire|remuneration|type|horaires?|localisation)\b"
)


def label_window(doc: Doc, pos: int) -> tuple[int, int]:
    """Where a label's value can be: the rest of its line (or the next line when the label
    ends its line), at most 70 characters, cut before the next label's word; under a table's
    header, the cell below it."""
    if (cell := doc.table_cell(pos)) is not None:
        return cell
    line = doc.line_at(pos)
    start, end = pos, line.end
    if not doc.folded[pos : min(end, pos + 70)].strip(" :-.*"):
        for following in doc.lines[line.index + 1 : line.index + 3]:
            if following.text:
                start, end = following.start, following.end
                break
    end = min(end, start + 70)
    offset = len(doc.folded[start:end]) - len(doc.folded[start:end].lstrip(" :-.*"))
    stop = _STOP.search(doc.folded, start + offset, end)
    return start, stop.start() if stop else end


def first_date(
    mentions: list[DateMention], start: int, end: int, *, day_only: bool
) -> DateMention | None:
    """The first date from `start` to `end` (mentions in text order): a day, or a month's 1st
    when `day_only` is False ("Début : septembre 2024"), or its 15th for « mi-septembre »
    (the middle of the month a start label names); "fin août" is no start."""
    for mention in mentions[bisect_left(mentions, start, key=_start_of) :]:
        if mention.start >= end:
            return None
        if mention.has_day or (not day_only and mention.value.day in (1, 15)):
            return mention
    return None


def _start_of(mention: DateMention) -> int:
    return mention.start
