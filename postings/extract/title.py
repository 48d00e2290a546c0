"""Job title and hiring organisation."""

from __future__ import annotations

from collections.abc import Mapping

from postings.extract.text import Doc, Found


def extract_title(doc: Doc, found: Mapping[str, Found]) -> dict[str, Found]:
    """Keys `title`, `employer`."""
    return {}
