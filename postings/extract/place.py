"""Workplace."""

from __future__ import annotations

from collections.abc import Mapping

from postings.extract.text import Doc, Found


def extract_place(doc: Doc, found: Mapping[str, Found]) -> dict[str, Found]:
    """Keys ` commune and département:city`, `department`, `postal_code`."""
    return {}
