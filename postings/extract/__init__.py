"""The extractor: a pasted posting (text, HTML, PDF, DOCX) → every SCHEMA field, with evidence.

Plain Python: no Django, no database, no network. `extract(text)` reads the fields;
`text_from_file(path_or_bytes, filename)` turns an uploaded file into text first.
"""

from postings.extract.core import ASAP, MAX_CHARS, SCHEMA_KEYS, Extraction, Span, extract
from postings.extract.formats import UnreadableFile, text_from_file

__all__ = [
    "ASAP",
    "MAX_CHARS",
    "SCHEMA_KEYS",
    "Extraction",
    "Span",
    "UnreadableFile",
    "extract",
    "text_from_file",
]
