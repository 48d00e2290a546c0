"""`extract(text) -> Extraction`: every SCHEMA field of a posting, each with its evidence.

The field families live in their own modules (dates, contact, place, contract, worktime, pay,
title); each exposes `extract_<family>(doc, found) -> dict[str, Found]`, where `found` holds
what the families run before it have found (read-only). A family may also return a French
message for the employer under the key "warning" (an implausible figure it corrected, say).
This module only orders them, keeps one family's failure from losing the others, and builds
the `Extraction`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType
from typing import Any, Literal

from postings.extract import contact, contract, dates, description, pay, place, title, worktime
from postings.extract.text import Doc, Found

# Past this many characters the text is cut (with a warning): a posting is a few pages; 200 000
# characters is a 60-page document, and the rules then stay well under a second.
MAX_CHARS = 200_000

SCHEMA_KEYS = (
    "title",
    "employer",
    "contract_type",
    "duration_months",
    "city",
    "department",
    "remote",
    "hours_per_week",
    "full_time",
    "salary_min",
    "salary_max",
    "salary_period",
    "salary_gross",
    "salary_text",
    "start_date",
    "deadline",
    "apply_email",
    "apply_url",
)

ASAP: Literal["ASAP"] = "ASAP"


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class Extraction:
    """What a posting states, field by field (None where it says nothing).

    `evidence` maps a field name to the span of `text` it was read from; `text` is the text
    the spans refer to (the input, cut past `MAX_CHARS`). `monthly_salary_min/max` are the
    derived gross monthly pay (see `pay.monthly_gross`). `description` is the text without the
    page chrome of job boards. `warnings` are short French messages for the employer.
    """

    title: str | None = None
    employer: str | None = None
    contract_type: str | None = None
    duration_months: int | None = None
    city: str | None = None
    department: str | None = None
    postal_code: str | None = None
    remote: str | None = None
    hours_per_week: float | None = None
    full_time: bool | None = None
    salary_min: float | None = None
    salary_max: float | None = None
    salary_period: str | None = None
    salary_gross: bool | None = None
    salary_text: str | None = None
    start_date: date | Literal["ASAP"] | None = None
    deadline: date | None = None
    apply_email: str | None = None
    apply_url: str | None = None
    monthly_salary_min: int | None = None
    monthly_salary_max: int | None = None
    description: str = ""
    text: str = ""
    evidence: Mapping[str, Span] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()

    def to_schema(self) -> dict[str, Any]:
        """The SCHEMA.md keys as JSON-ready values (dates as ISO strings)."""
        row: dict[str, Any] = {}
        for key in SCHEMA_KEYS:
            value = getattr(self, key)
            row[key] = value.isoformat() if isinstance(value, date) else value
        return row

    def snippet(self, name: str, *, context: int = 0) -> str:
        """The words of the text a field was read from ("" when it was not found)."""
        span = self.evidence.get(name)
        if span is None:
            return ""
        start, end = max(0, span.start - context), min(len(self.text), span.end + context)
        return " ".join(self.text[start:end].split())


Family = Callable[[Doc, Mapping[str, Found]], dict[str, Found]]

# Order matters: later families may read what earlier ones found (contract length from the
# start date, employer from the application address's domain as a last resort).
FAMILIES: tuple[tuple[str, Family], ...] = (
    ("dates", dates.extract_dates),
    ("contact", contact.extract_contact),
    ("place", place.extract_place),
    ("contract", contract.extract_contract),
    ("worktime", worktime.extract_worktime),
    ("pay", pay.extract_pay),
    ("title", title.extract_title),
)

_FIELDS = {f.name for f in dataclasses.fields(Extraction)}


def extract(text: str, *, reference_date: date | None = None) -> Extraction:
    """Read every SCHEMA field of a posting. Never raises: a bad input gives empty fields.

    `reference_date` (the day the posting was written or pasted) lets dates without a year
    take one when the text itself gives none.
    """
    warnings: list[str] = []
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS]
        warnings.append(
            f"Le texte dépasse {MAX_CHARS:,} caractères ; seul le début a été lu.".replace(
                ",", "\u202f"
            )
        )
    doc = Doc.of(text, reference_date=reference_date)
    found: dict[str, Found] = {}
    for name, family in FAMILIES:
        try:
            results = family(doc, MappingProxyType(found))
        except Exception:  # one family's bug must not lose the others' fields
            warnings.append(f"Une partie de l'analyse ({name}) a échoué ; vérifiez ces champs.")
            continue
        note = results.pop("warning", None)
        if note is not None:
            warnings.append(note.value)
        found.update({k: v for k, v in results.items() if v is not None and k in _FIELDS})
    values: dict[str, Any] = {k: v.value for k, v in found.items()}
    low, high = pay.monthly_range(
        values.get("salary_min"),
        values.get("salary_max"),
        values.get("salary_period"),
        values.get("salary_gross"),
    )
    try:
        cleaned = description.clean_description(doc)
    except Exception:  # the full text is always a safe description
        cleaned = text.strip()
    return Extraction(
        **values,
        monthly_salary_min=low,
        monthly_salary_max=high,
        description=cleaned,
        text=text,
        evidence={k: Span(v.start, v.end) for k, v in found.items()},
        warnings=tuple(warnings),
    )
