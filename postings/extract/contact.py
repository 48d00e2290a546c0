"""Application e-mail and URL."""

from __future__ import annotations

from collections.abc import Mapping

from postings.extract.text import Doc, Found


def extract_contact(doc: Doc, found: Mapping[str, Found]) -> dict[str, Found]:
    """Keys `apply_email`, `apply_url`."""
    return {}
