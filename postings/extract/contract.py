"""Contract type and length."""

from __future__ import annotations

from collections.abc import Mapping

from postings.extract.text import Doc, Found


def extract_contract(doc: Doc, found: Mapping[str, Found]) -> dict[str, Found]:
    """Keys `contract_type`, `duration_months`."""
    return {}
