"""`text_from_file(path_or_bytes, filename) -> str`: the text of an uploaded posting file.

Reads plain text (any encoding: see `formats_text`), HTML (`formats_html`), PDF and Word .docx
(`formats_office`). The content decides, not only the name: a PDF renamed ".txt" is read as a
PDF, an HTML page saved as ".doc" as HTML. What cannot be read (old Word .doc, OpenDocument,
an image, a damaged or password-protected PDF, an empty file) raises `UnreadableFile`, whose
message is French, for the employer, and says which formats are accepted.

The text returned is NFC-normalised, with "\\n" line ends, without NUL or other control
characters, and with typographic ligatures ("ﬁ", common in PDFs) spelt out.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from pathlib import Path
from typing import BinaryIO

from pypdf.errors import DependencyError, FileNotDecryptedError

from postings.extract.formats_html import html_to_text, looks_like_html
from postings.extract.formats_office import docx_text, pdf_text
from postings.extract.formats_text import decode_text, repair_mojibake

ACCEPTED = "Formats acceptés : texte (.txt), page web (.html), PDF (.pdf) et Word (.docx)."
MAX_BYTES = 20_000_000
# A PDF's text is read until this many characters: extract() reads no further anyway.
MAX_TEXT_CHARS = 200_000
# Zip archives declaring more than this once uncompressed are refused (a "zip bomb").
MAX_UNZIPPED_BYTES = 200_000_000

_IMAGE_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"II*\x00", b"MM\x00*")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97-2003, Excel, PowerPoint...
_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
_IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".tif", ".tiff", ".webp", ".heic"})
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_LIGATURE = re.compile("[\ufb00-\ufb06]")
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st"})

_MESSAGES = {
    "unopenable": "Le fichier{name} n'a pas pu être ouvert.",
    "empty": "Le fichier est vide.",
    "too_big": "Le fichier est trop volumineux (plus de 20 Mo).",
    "doc": "Ce fichier est au format Word 97-2003 (.doc), que nous ne savons pas lire : "
    "enregistrez-le au format .docx ou PDF depuis votre traitement de texte, ou collez le "
    "texte de l'offre.",
    "odt": "Ce fichier est au format OpenDocument (.odt, LibreOffice), que nous ne savons pas "
    "lire : enregistrez-le au format .docx ou PDF, ou collez le texte de l'offre.",
    "rtf": "Ce fichier est au format RTF, que nous ne savons pas lire : enregistrez-le au "
    "format .docx ou PDF, ou collez le texte de l'offre.",
    "image": "Ce fichier est une image : nous ne savons pas en lire le texte. Envoyez le "
    "document d'origine (PDF ou Word) ou collez le texte de l'offre.",
    "other": "Ce fichier n'est pas dans un format que nous savons lire.",
    "pdf_damaged": "Ce PDF est endommagé ou incomplet : nous n'avons pas pu le lire. "
    "Enregistrez-le à nouveau, ou collez le texte de l'offre.",
    "pdf_locked": "Ce PDF est protégé par un mot de passe : enregistrez-en une copie sans "
    "protection, ou collez le texte de l'offre.",
    "pdf_scanned": "Ce PDF ne contient pas de texte (c'est sans doute un document numérisé) : "
    "envoyez le document d'origine ou collez le texte de l'offre.",
    "docx_damaged": "Ce fichier Word (.docx) est endommagé : nous n'avons pas pu le lire. "
    "Enregistrez-le à nouveau, ou collez le texte de l'offre.",
}
# Messages about the format also say which formats are accepted.
_FORMAT_PROBLEMS = frozenset({"doc", "odt", "rtf", "image", "other"})


class UnreadableFile(ValueError):
    """The file is not a format we read, or is damaged; the message is French, for the user.

    `problem` is a short code ("empty", "doc", "pdf_locked"... see `_MESSAGES`) that callers
    may test; `filename` is the name given to `text_from_file`.
    """

    def __init__(self, problem: str, filename: str = "") -> None:
        name = f" « {Path(filename).name} »" if filename else ""
        message = _MESSAGES[problem].format(name=name) if problem in _MESSAGES else problem
        if problem in _FORMAT_PROBLEMS:
            message = f"{message} {ACCEPTED}"
        super().__init__(message)
        self.problem = problem
        self.filename = filename


def text_from_file(source: str | Path | bytes | BinaryIO, filename: str = "") -> str:
    """The text of a posting file: a path, the file's bytes, or an open binary file.

    `filename` (the name it was uploaded under) helps when the content alone is ambiguous.
    Raises `UnreadableFile` (French message) and nothing else.
    """
    if not filename and isinstance(source, str | Path):
        filename = str(source)
    data = _read(source, filename)
    if len(data) > MAX_BYTES:
        raise UnreadableFile("too_big", filename)
    if not data.strip():
        raise UnreadableFile("empty", filename)
    suffix = Path(filename).suffix.lower()
    text = _text_of(data, suffix, filename)
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _CONTROL.sub("", text)
    if _LIGATURE.search(text):
        text = text.translate(_LIGATURES)
    if not text.strip():
        raise UnreadableFile("empty", filename)
    return text


def _read(source: str | Path | bytes | BinaryIO, filename: str) -> bytes:
    if isinstance(source, bytes | bytearray | memoryview):
        return bytes(source)
    try:
        if isinstance(source, str | Path):
            return Path(source).read_bytes()
        data = source.read()
    except (OSError, ValueError) as error:
        raise UnreadableFile("unopenable", filename) from error
    # A file opened in text mode gives str: its text is already decoded.
    return data.encode("utf-8", errors="surrogatepass") if isinstance(data, str) else bytes(data)


def _text_of(data: bytes, suffix: str, filename: str) -> str:
    """Dispatch on what the bytes are, then on the name for text that is HTML."""
    head = data[:1024]
    if b"%PDF-" in head:
        return _pdf(data, filename)
    if data.startswith(b"PK\x03\x04"):
        return _zipped(data, filename)
    if data.startswith(_OLE_MAGIC):
        raise UnreadableFile("doc", filename)
    if head.lstrip().startswith(b"{\\rtf"):
        raise UnreadableFile("rtf", filename)
    if _is_image(head):
        raise UnreadableFile("image", filename)
    text = repair_mojibake(decode_text(data))
    if _looks_binary(text):
        raise UnreadableFile(_problem_of_suffix(suffix), filename)
    if suffix in _HTML_SUFFIXES or looks_like_html(text):
        return html_to_text(text)
    return text


def _pdf(data: bytes, filename: str) -> str:
    try:
        text = pdf_text(data, MAX_TEXT_CHARS)
    except (FileNotDecryptedError, DependencyError) as error:
        # DependencyError: AES encryption needs the optional `cryptography` package.
        raise UnreadableFile("pdf_locked", filename) from error
    except Exception as error:  # pypdf raises many kinds of errors on damaged files
        raise UnreadableFile("pdf_damaged", filename) from error
    if not text.strip():
        raise UnreadableFile("pdf_scanned", filename)
    return text


def _zipped(data: bytes, filename: str) -> str:
    """A .docx is a zip archive holding word/document.xml; other zips are refused."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            unzipped = sum(info.file_size for info in archive.infolist())
            kind = archive.read("mimetype")[:80] if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
        raise UnreadableFile("docx_damaged", filename) from error
    if b"opendocument" in kind:
        raise UnreadableFile("odt", filename)
    if "word/document.xml" not in names:
        raise UnreadableFile("other", filename)
    if unzipped > MAX_UNZIPPED_BYTES:
        raise UnreadableFile("too_big", filename)
    try:
        return docx_text(data)
    except Exception as error:  # python-docx, zipfile and lxml each raise their own errors
        raise UnreadableFile("docx_damaged", filename) from error


def _is_image(head: bytes) -> bool:
    if head.startswith(_IMAGE_MAGIC):
        return True
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return True
    return head[4:8] == b"ftyp" and head[8:12] in {b"heic", b"heix", b"avif", b"mif1"}


def _looks_binary(text: str) -> bool:
    """True when many characters are control characters or undecodable: not a text file."""
    sample = text[:10_000]
    odd = len(_CONTROL.findall(sample)) + sample.count("\ufffd")
    return odd > max(8, len(sample) // 20)


def _problem_of_suffix(suffix: str) -> str:
    """Which message fits a binary file we could not recognise, from its name."""
    if suffix == ".doc":
        return "doc"
    if suffix in {".odt", ".ott"}:
        return "odt"
    if suffix == ".pdf":
        return "pdf_damaged"
    if suffix == ".docx":
        return "docx_damaged"
    if suffix in _IMAGE_SUFFIXES:
        return "image"
    return "other"
