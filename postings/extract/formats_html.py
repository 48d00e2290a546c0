"""HTML (a saved or pasted web page) → the text a reader sees, with its line breaks.

`html_to_text(markup)` never raises. Tags go, entities are decoded, `<script>`, `<style>` and
the page `<head>` are dropped; paragraphs and headings stand apart by a blank line, `div`,
`br`, `tr` end a line, list items start with "- " (indented two spaces per nesting level,
up to 8), table cells are separated by a tab. A link whose words invite to apply ("Postuler",
"cliquez ici", an e-mail link) keeps its address after its words, since the address is often
the only place the application link is written. A page too big to be a posting is read up to
`MAX_EVENTS` tags or `MAX_TEXT_CHARS` characters. `looks_like_html(text)` tells markup from
prose.
"""

from __future__ import annotations

import re
from contextlib import suppress
from html.parser import HTMLParser
from itertools import islice

_SKIPPED = frozenset({"script", "style", "noscript", "template", "head", "title", "svg", "select"})
_PARAGRAPHS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table"})
_BLOCKS = frozenset(
    {"div", "section", "article", "header", "footer", "main", "aside", "nav", "form", "ul", "ol"}
    | {"dl", "dt", "dd", "tr", "address", "figure", "figcaption", "fieldset", "hr", "caption"}
)
_LISTS = frozenset({"ul", "ol"})
_CELLS = frozenset({"td", "th"})
_SPACES = re.compile(r"[ \t\r\n\f]+")
_APPLY_WORDS = re.compile(
    r"postul|candidat|\bcv\b|formulaire|\bici\b|\blien\b|inscri|apply|\boffre\b", re.IGNORECASE
)
_DOCUMENT_START = re.compile(r"\s*(?:<!doctype\s+html|<html[\s>]|<\?xml[^>]*>\s*<html)", re.I)
_TAG = re.compile(
    r"</?(?:p|div|br|li|ul|ol|h[1-6]|table|tr|td|th|span|strong|em|b|i|a|body|section)\b[^<>]{0,300}>",
    re.IGNORECASE,
)
_EXTRA_BLANK_LINES = re.compile(r"\n{3,}")
# html.parser takes about 4 µs a tag: past these many tags and texts (a job board's page has
# a few thousand) or this much text (what extract() reads), the rest of the page is not read,
# so that no page takes more than about half a second.
MAX_EVENTS = 150_000
MAX_TEXT_CHARS = 200_000
_CHUNK = 65_536
_MAX_INDENT = 8
# Word's own HTML writes list bullets as a Symbol-font "·" (or "o", "§" for deeper levels)
# followed by no-break spaces, not as <li>.
_WORD_BULLET = re.compile(r"^[\u00b7o\u00a7\u2022]\u00a0{2,}[ \u00a0]*")


def looks_like_html(text: str) -> bool:
    """True for a web page or an HTML fragment (several common tags), not for prose with "<"."""
    sample = text[:100_000]
    if _DOCUMENT_START.match(sample):
        return True
    return sum(1 for _ in islice(_TAG.finditer(sample), 3)) >= 3


def html_to_text(markup: str) -> str:
    """The visible text of `markup` (see the module docstring for the layout kept)."""
    parser = _TextCollector()
    with suppress(Exception):  # html.parser is lenient; keep what was read if it ever gives up
        for start in range(0, len(markup), _CHUNK):
            parser.feed(markup[start : start + _CHUNK])
            if parser.events > MAX_EVENTS or parser.written > MAX_TEXT_CHARS:
                break  # past a posting's size: the rest is not read (see MAX_EVENTS)
        else:
            parser.close()
    text = "".join(parser.parts)
    lines = [_WORD_BULLET.sub("- ", line.rstrip()) for line in text.split("\n")]
    return _EXTRA_BLANK_LINES.sub("\n\n", "\n".join(lines)).strip("\n")


class _TextCollector(HTMLParser):
    """Collects text and line breaks; one pass, no tree, so deep nesting costs nothing."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.events = 0  # tags and texts seen
        self.written = 0  # characters written
        self._skip_depth = 0  # inside <script>, <style>... (counted: they may nest)
        self._pre_depth = 0
        self._list_depth = 0
        self._cells_in_row = 0
        self._cell_depth = 0  # inside <td>: paragraphs there must not split the row
        self._cell_has_text = False
        self._newlines = 2  # trailing newlines already written ("at the start" counts as 2)
        self._link: tuple[str, int] | None = None  # href and where the link's words start
        self._marker: str | None = None  # a list item's "- ", written with its first words

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.events += 1
        if tag in _SKIPPED:
            self._skip_depth += 1
        elif self._skip_depth:
            return
        elif tag == "br":
            self._write("\n")
        elif tag == "li":
            self._marker = None
            self._break(1)
            self._marker = "  " * min(_MAX_INDENT, max(0, self._list_depth - 1)) + "- "
        elif tag in _CELLS:
            if self._cells_in_row:
                self._write("\t")
            self._cells_in_row += 1
            self._cell_depth += 1
            self._cell_has_text = False
        elif tag == "a":
            href = dict(attrs).get("href") or ""
            self._link = (href.strip(), len(self.parts))
        else:
            self._open_block(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br" and not self._skip_depth:
            self._write("\n")
        elif tag in _BLOCKS | _PARAGRAPHS and not self._skip_depth:
            self._break(1)

    def handle_endtag(self, tag: str) -> None:
        self.events += 1
        if tag in _SKIPPED:
            self._skip_depth = max(0, self._skip_depth - 1)
            return
        if self._skip_depth:
            return
        if tag in {"tr", "table"}:
            self._cell_depth = 0  # also when a cell's end tag was left out, as HTML allows
        if tag == "a":
            self._close_link()
        elif tag in _CELLS:
            self._cell_depth = max(0, self._cell_depth - 1)
        elif tag in _PARAGRAPHS:
            self._pre_depth = max(0, self._pre_depth - (tag == "pre"))
            self._end_block(self._paragraph_gap)
        elif tag in _LISTS:
            self._list_depth = max(0, self._list_depth - 1)
            self._end_block(1 if self._list_depth else 2)
        elif tag == "li":
            self._marker = None
            self._end_block(1)
        elif tag in _BLOCKS:
            self._end_block(1)

    def _end_block(self, count: int) -> None:
        """Inside a table cell a block's end breaks nothing: the next cell follows on the row."""
        if not self._cell_depth:
            self._break(count)

    def handle_data(self, data: str) -> None:
        self.events += 1
        if self._skip_depth:
            return
        if not self._pre_depth:
            data = _SPACES.sub(" ", data)
            if self._newlines or (self.parts and self.parts[-1].endswith((" ", "\t"))):
                data = data.lstrip(" ")
        if data and self._marker is not None:
            data = self._marker + data.lstrip(" ")
            self._marker = None
        if data:
            self._write(data)
            self._cell_has_text = True

    def _open_block(self, tag: str) -> None:
        if tag in _PARAGRAPHS:
            self._break(self._paragraph_gap)
            self._pre_depth += tag == "pre"
        elif tag in _LISTS:
            self._break(1)
            self._list_depth += 1
        elif tag in _BLOCKS:
            self._break(1)
            if tag == "tr":
                self._cells_in_row = 0
                self._cell_depth = 0

    @property
    def _paragraph_gap(self) -> int:
        """A blank line between paragraphs, but not between paragraphs inside a list item."""
        return 1 if self._list_depth else 2

    def _close_link(self) -> None:
        if self._link is None:
            return
        href, start = self._link
        self._link = None
        words = "".join(self.parts[start:]).strip()
        address = href.removeprefix("mailto:").split("?")[0] if href.startswith("mailto:") else href
        if not href.startswith(("http://", "https://", "mailto:")) or address in words:
            return
        if href.startswith("mailto:") or _APPLY_WORDS.search(words):
            self._write(f" ({address})")

    def _break(self, count: int) -> None:
        """End the current line so that `count` newlines (1: new line, 2: blank line) end it.

        Not between a list item's marker and its first words (`<li><p>...`), nor before the
        first words of a table cell (`<td><p>...`, as Word writes them); inside a cell, a
        paragraph only starts a new line.
        """
        if self._marker is not None or (self._cell_depth and not self._cell_has_text):
            return
        if self._cell_depth:
            count = 1
        if self.parts and self.parts[-1].endswith(" "):
            self.parts[-1] = self.parts[-1].rstrip(" ")
        if self._newlines < count:
            self.parts.append("\n" * (count - self._newlines))
            self._newlines = count

    def _write(self, text: str) -> None:
        self.parts.append(text)
        self.written += len(text)
        stripped = text.rstrip("\n")
        self._newlines = len(text) - len(stripped) if stripped else self._newlines + len(text)
