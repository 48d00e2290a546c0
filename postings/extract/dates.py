"""Dates: start date (ISO date or ASAP) and application deadline."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from postings.extract.text import Doc, Found


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date written in the text ("15 septembre 2024", "15/09/24", "le 2 mai")."""

    value: date
    start: int
    end: int
    has_year: bool


def find_dates(doc: Doc) -> list[DateMention]:
    """Every date the text writes, in order, years inferred where missing."""
    return []


def extract_dates(doc: Doc, found: Mapping[str, Found]) -> dict[str, Found]:
    """Keys `start_date` (a date or "ASAP") and `deadline` (a date)."""
    return {}
