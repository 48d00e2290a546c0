"""The posting text as every field extractor sees it: `Doc`, and `Found` for what they return.

`Doc.text` has the same length as the text given to `extract()`, character for character, so
that a match's offsets are offsets into what the employer pasted. Only one-to-one replacements
are made: typographic spaces become " ", curly quotes "'", dashes "-", tabs and carriage
returns " ". `Doc.folded` is `Doc.text` in lower case without accents, also of the same
length, for matching keywords written with or without accents ("echeance" = "Échéance").
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Any


def _key_value(own: list[str], below: list[str]) -> bool:
    """Two cells, « Début | 04/01/2027 » over « Fin | 30/06/2027 »: a key and its value (the
    value holds a figure, or the row below opens on another key), not a table's header."""
    return any(c.isdigit() for c in own[1]) or (
        len(below) == 2 and not any(c.isdigit() for c in below[0])
    )


@dataclass(frozen=True, slots=True)
class Found:
    """A value found in the text, with the span (start, end) of the words it came from."""

    value: Any
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the text: its offsets in `Doc.text` and its content (stripped)."""

    index: int
    start: int
    end: int
    text: str

    @property
    def is_blank(self) -> bool:
        return not self.text


_SAME_LENGTH = {
    "\u00a0": " ",  # no-break space
    "\u202f": " ",  # narrow no-break space (French typography before ; : ! ? €)
    "\u2007": " ",
    "\u2008": " ",
    "\u2009": " ",
    "\u200a": " ",
    "\u2002": " ",
    "\u2003": " ",
    "\u200b": " ",  # zero-width space
    "\ufeff": " ",  # byte-order mark
    "\u00ad": " ",  # soft hyphen
    "\t": " ",
    "\r": " ",
    "\x0b": "\n",
    "\x0c": "\n",  # form feed between PDF pages
    "\u2028": "\n",
    "\u2029": "\n",
    "\u2018": "'",
    "\u2019": "'",
    "\u02bc": "'",
    "\u00b4": "'",
    "`": "'",
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",  # en dash
    "\u2014": "-",  # em dash
    "\u2212": "-",  # minus
    "\u201c": '"',
    "\u201d": '"',
    "\u2026": ".",  # ellipsis (one character kept one)
    "\uf0b7": "-",  # private-use bullets from Word/PDF (Symbol font)
    "\uf0a7": "-",
    "\uf0d8": "-",
    "\uf076": "-",
    "\u2022": "-",  # •
    "\u25cf": "-",  # ●
    "\u25aa": "-",  # ▪
    "\u25a0": "-",  # ■
    "\u27a2": "-",  # ➢
    "\u2794": "-",  # ➔
    "\u2192": "-",  # →
}
# A pattern finds the few typographic characters: `str.translate` raises and catches a
# KeyError inside for every character its table lacks, ten times slower over a posting.
_TYPOGRAPHIC = re.compile("[" + re.escape("".join(_SAME_LENGTH)) + "]")


def _fold_char(char: str) -> str:
    base = unicodedata.normalize("NFKD", char)
    base = "".join(c for c in base if not unicodedata.combining(c)).lower()
    return base if len(base) == 1 else char.lower() if len(char.lower()) == 1 else char


# Every character of the Latin blocks folded to one lower-case, accent-free character (ASCII
# included, mapped to itself or its lower case: a character missing from the table costs
# `str.translate` a caught KeyError).
_FOLD = str.maketrans({chr(i): _fold_char(chr(i)) for i in range(0x250)})


_LONE_CR = re.compile(r"\r(?!\n)")


def normalize(text: str) -> str:
    """Same-length normalisation of typographic characters (see the module docstring).

    A lone carriage return (old Mac files) ends a line; in "\r\n" it becomes a space.
    """
    if "\r" in text:
        text = _LONE_CR.sub("\n", text)
    return _TYPOGRAPHIC.sub(lambda match: _SAME_LENGTH[match.group()], text)


def fold(text: str) -> str:
    """Lower case without accents, one character for one: `len(fold(s)) == len(s)`."""
    return text.translate(_FOLD)


@dataclass
class Doc:
    """A posting being read. Build it with `Doc.of(text)`.

    `original` is the text as given (for showing words as the employer wrote them); `text` and
    `folded` are for matching. All three have the same length, so offsets are shared.
    """

    text: str
    folded: str
    original: str = ""
    reference_date: date | None = None
    lines: list[Line] = field(default_factory=list)

    @classmethod
    def of(cls, text: str, *, reference_date: date | None = None) -> Doc:
        normalized = normalize(text)
        doc = cls(
            text=normalized,
            folded=fold(normalized),
            original=text,
            reference_date=reference_date,
        )
        lines, start = [], 0
        for index, content in enumerate(normalized.split("\n")):
            lines.append(Line(index, start, start + len(content), content.strip()))
            start += len(content) + 1
        doc.lines = lines
        return doc

    @cached_property
    def line_starts(self) -> list[int]:
        return [line.start for line in self.lines]

    def line_at(self, pos: int) -> Line:
        """The line holding offset `pos`."""
        return self.lines[max(0, bisect_right(self.line_starts, pos) - 1)]

    def table_cell(self, pos: int) -> tuple[int, int] | None:
        """The span of the cell under a table header's cell ending at `pos` (a Word table
        pasted as « Lieu | Contrat | Prise de poste » over « Lyon | CDD | 5 janvier 2027 »),
        when the header cell holds nothing after `pos` and the row below has as many cells
        (not in a key-value row: « Début | 04/01/2027 »)."""
        line = self.line_at(pos)
        text = self.folded[line.start : line.end]
        bars = text.count("|")
        if not bars or text[pos - line.start :].split("|", 1)[0].strip(" :-.*"):
            return None
        index = text.count("|", 0, pos - line.start)
        own = text.split("|")
        for following in self.lines[line.index + 1 : line.index + 3]:
            if not following.text:
                continue
            cells = self.folded[following.start : following.end].split("|")
            if len(own) == 2 and index == 0 and own[1].strip() and _key_value(own, cells):
                return None  # a key-value row, « Début | 04/01/2027 »: the value is beside it
            if len(cells) != bars + 1:
                return None
            start = following.start + sum(len(cell) + 1 for cell in cells[:index])
            return start, start + len(cells[index])
        return None

    def nonblank_lines(self) -> list[Line]:
        return [line for line in self.lines if line.text]

    def snippet(self, start: int, end: int, *, context: int = 0) -> str:
        """The words between two offsets (plus `context` characters around), on one line."""
        start, end = max(0, start - context), min(len(self.text), end + context)
        return " ".join(self.text[start:end].split())
