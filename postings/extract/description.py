"""The description: the posting's text without the page chrome of job boards, when safe."""

from __future__ import annotations

from postings.extract.text import Doc


def clean_description(doc: Doc) -> str:
    """The text to show as the offer's description (the whole text, stripped, by default)."""
    return doc.original.strip()
