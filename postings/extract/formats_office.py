"""PDF and Word (.docx) files → text. The library's own errors propagate: `formats` words them.

`pdf_text(data, limit)` reads each page with pypdf (pages joined by a blank line) and stops
once `limit` characters are read; a page that fails is skipped as long as another page reads.
An encrypted PDF is opened with the empty password (many PDFs only forbid editing); when that
fails pypdf's `FileNotDecryptedError` propagates.

`docx_text(data)` reads the document body in order, paragraphs and tables alike (cells of a
row separated by a tab), text boxes after the paragraph that anchors them, list paragraphs
with a leading "- ", then the text of the page headers and footers not already in the body
(an association's letterhead often holds its name and address only there). It reads the XML
itself rather than python-docx's `Paragraph.text`, which misses text boxes, inserted
revisions and content controls.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

import docx
from docx.opc.constants import CONTENT_TYPE
from lxml import etree
from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_PARAGRAPH, _TABLE, _ROW, _CELL = _W + "p", _W + "tbl", _W + "tr", _W + "tc"
_TEXT, _TAB, _BREAKS = _W + "t", _W + "tab", frozenset({_W + "br", _W + "cr"})
_HYPHEN, _TEXT_BOX = _W + "noBreakHyphen", _W + "txbxContent"
# Deleted revisions, the VML copy of a text box (the DrawingML copy is read), properties.
_IGNORED = frozenset(
    {_W + "del", _W + "moveFrom", _W + "pPr", _W + "rPr", _W + "sectPr", _W + "instrText"}
    | {_MC_FALLBACK}
)
_WRAPPERS = frozenset({_W + "sdt", _W + "sdtContent", _W + "customXml"})
_LIST_STYLES = ("list", "liste", "puce", "bullet")
_MARGINS = (CONTENT_TYPE.WML_HEADER, CONTENT_TYPE.WML_FOOTER)


def pdf_text(data: bytes, limit: int) -> str:
    """The text of a PDF, page after page; raises pypdf's errors (see the module docstring)."""
    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted and not reader.decrypt(""):
        raise FileNotDecryptedError("a password is needed")
    pages: list[str] = []
    failures: list[Exception] = []
    read = 0
    for page in reader.pages:
        try:
            text = page.extract_text() or ""
        except Exception as error:  # one damaged page must not lose the others
            failures.append(error)
            continue
        pages.append(text.strip("\n"))
        read += len(text)
        if read > limit:
            break
    if failures and not pages:
        raise failures[0]
    return "\n\n".join(pages)


def docx_text(data: bytes) -> str:
    """The text of a .docx file; raises python-docx's or zipfile's errors when it is damaged."""
    document = docx.Document(io.BytesIO(data))
    lines = list(_blocks(document.element.body))
    in_body = {line.strip() for line in lines}
    margins: list[str] = []
    for part in document.part.package.iter_parts():
        if part.content_type in _MARGINS:
            for line in _blocks(part.element):
                if line.strip() and line.strip() not in in_body:
                    in_body.add(line.strip())
                    margins.append(line)
    if margins:
        lines += ["", *margins]
    return "\n".join(lines)


def _blocks(element: etree._Element) -> Iterator[str]:
    """The lines of the paragraphs and tables under `element`, in document order."""
    for child in element:
        if child.tag == _PARAGRAPH:
            yield from _paragraph(child)
        elif child.tag == _TABLE:
            yield from _table(child)
        elif child.tag not in _IGNORED:
            # Content controls (w:sdt), custom XML, inserted revisions wrap paragraphs.
            yield from _blocks(child)


def _paragraph(paragraph: etree._Element) -> Iterator[str]:
    parts: list[str] = []
    boxes: list[etree._Element] = []
    _inline_text(paragraph, parts, boxes)
    text = "".join(parts)
    level = _list_level(paragraph) if text.strip() else None
    yield text if level is None else "  " * min(level, 8) + "- " + text.strip()
    for box in boxes:
        yield from _blocks(box)


def _inline_text(element: etree._Element, parts: list[str], boxes: list[etree._Element]) -> None:
    for child in element:
        tag = child.tag
        if tag == _TEXT:
            parts.append(child.text or "")
        elif tag == _TAB:
            parts.append("\t")
        elif tag in _BREAKS:
            parts.append("\n")
        elif tag == _HYPHEN:
            parts.append("-")
        elif tag == _TEXT_BOX:
            boxes.append(child)
        elif tag not in _IGNORED:
            _inline_text(child, parts, boxes)


def _list_level(paragraph: etree._Element) -> int | None:
    """The nesting level (0, 1...) of a list paragraph; None for other paragraphs."""
    properties = paragraph.find(_W + "pPr")
    if properties is None:
        return None
    numbering = properties.find(_W + "numPr")
    if numbering is not None:
        number, level = numbering.find(_W + "numId"), numbering.find(_W + "ilvl")
        # numId 0 means "no numbering" (headings carry it in LibreOffice's files).
        if number is not None and number.get(_W + "val") not in {None, "0"}:
            value = level.get(_W + "val") if level is not None else "0"
            return int(value) if value and value.isdigit() else 0
        return None
    style = properties.find(_W + "pStyle")
    name = (style.get(_W + "val") or "").lower() if style is not None else ""
    return 0 if name.startswith(_LIST_STYLES) else None


def _table(table: etree._Element) -> Iterator[str]:
    """One line per row, cells separated by a tab; a row whose cells hold several lines is
    written cell after cell instead, so that no paragraph is cut in two."""
    for row in _own(table, _ROW):
        cells = ["\n".join(_blocks(cell)).strip() for cell in _own(row, _CELL)]
        cells = [cell for cell in cells if cell]  # merged cells' continuations are empty
        if all("\n" not in cell for cell in cells):
            yield "\t".join(cells)
        else:
            yield from cells


def _own(element: etree._Element, tag: str) -> Iterator[etree._Element]:
    """The children of `element` with `tag`, also when a content control wraps them."""
    for child in element:
        if child.tag == tag:
            yield child
        elif child.tag in _WRAPPERS:
            yield from _own(child, tag)
