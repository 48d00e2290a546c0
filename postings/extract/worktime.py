"""Working time and remote work."""

from __future__ import annotations

from collections.abc import Mapping

from postings.extract.text import Doc, Found


def extract_worktime(doc: Doc, found: Mapping[str, Found]) -> dict[str, Found]:
    """Keys `hours_per_week`, `full_time`, `remote`."""
    return {}
