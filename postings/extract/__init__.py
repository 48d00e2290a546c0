"""The extractor: a pasted posting (text, HTML, PDF, DOCX) → every SCHEMA field, with evidence.

Plain Python: no Django, no database, no network. `extract(text)` reads the fields;
`text_from_file(path_or_bytes, filename)` turns an uploaded file into text first.

The names below load on first use (PEP 562), so that importing one module of the package
(the model imports `postings.extract.pay`) does not load every rule of the extractor.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from postings.extract.core import ASAP, MAX_CHARS, SCHEMA_KEYS, Extraction, Span, extract
    from postings.extract.formats import UnreadableFile, text_from_file

_EXPORTS = {
    "ASAP": "core",
    "MAX_CHARS": "core",
    "SCHEMA_KEYS": "core",
    "Extraction": "core",
    "Span": "core",
    "extract": "core",
    "UnreadableFile": "formats",
    "text_from_file": "formats",
}

__all__ = [  # noqa: RUF022 - grouped by module
    "ASAP",
    "MAX_CHARS",
    "SCHEMA_KEYS",
    "Extraction",
    "Span",
    "extract",
    "UnreadableFile",
    "text_from_file",
]


def __getattr__(name: str) -> Any:
    """Load `name` from its module the first time it is asked for."""
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{_EXPORTS[name]}"), name)
    globals()[name] = value
    return value
