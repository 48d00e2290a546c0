"""From pasted text to a filled draft: the bridge between the extractor and `Posting`.

The view saves the raw text first (`Posting.objects.create(raw_text=…)`), then calls
`fill_from_text`; whatever the extractor finds goes into the draft's fields, with the words of
the text it came from kept in `Posting.evidence` for the review page.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from postings import geo
from postings.models import Posting

if TYPE_CHECKING:
    from postings.extract import Extraction

# Extractor field → model field, for the values copied as they are.
DIRECT_FIELDS = {
    "title": "title",
    "employer": "employer_name",
    "contract_type": "contract_type",
    "duration_months": "duration_months",
    "city": "city",
    "postal_code": "postal_code",
    "remote": "remote",
    "full_time": "full_time",
    "salary_period": "salary_period",
    "salary_gross": "salary_gross",
    "salary_text": "salary_text",
    "deadline": "deadline",
    "apply_email": "apply_email",
    "apply_url": "apply_url",
}
SNIPPET_CONTEXT = 25
SNIPPET_MAX = 180


def _decimal(value: object, places: str = "0.01") -> Decimal | None:
    try:
        return Decimal(str(value)).quantize(Decimal(places)) if value is not None else None
    except (InvalidOperation, ValueError):
        return None


def _fits(posting: Posting, name: str, value: object) -> object:
    """The value, cut or dropped so that the column accepts it."""
    field = Posting._meta.get_field(name)
    if isinstance(value, str):
        return value.strip()[: field.max_length] if field.max_length else value.strip()
    return value


def apply_extraction(posting: Posting, extraction: Extraction) -> None:
    """Copy what the extractor found into the draft (not saved)."""
    for source, target in DIRECT_FIELDS.items():
        value = getattr(extraction, source)
        if value is not None and value != "":
            setattr(posting, target, _fits(posting, target, value))
    if extraction.department in geo.DEPARTMENTS:
        posting.department = extraction.department
    if extraction.duration_months is not None and not 0 < extraction.duration_months < 600:
        posting.duration_months = None
    hours = _decimal(extraction.hours_per_week, "0.1")
    posting.hours_per_week = hours if hours is not None and 0 < hours < 100 else None
    low, high = _decimal(extraction.salary_min), _decimal(extraction.salary_max)
    if low is not None and high is not None and low > high:
        low, high = high, low
    posting.salary_min, posting.salary_max = low, high
    if extraction.start_date == "ASAP":
        posting.start_asap, posting.start_date = True, None
    elif isinstance(extraction.start_date, dt.date):
        posting.start_asap, posting.start_date = False, extraction.start_date
    if extraction.description.strip():
        posting.description = extraction.description
    posting.evidence = evidence_of(extraction)
    posting.extraction_warnings = list(extraction.warnings)


def evidence_of(extraction: Extraction) -> dict[str, str]:
    """{model field: the words of the text it was read from}, for « trouvé dans : … »."""
    names = {**DIRECT_FIELDS, "department": "department", "hours_per_week": "hours_per_week"}
    names |= {"salary_min": "salary_min", "salary_max": "salary_max", "start_date": "start_date"}
    found = {}
    for source, target in names.items():
        words = extraction.snippet(source, context=SNIPPET_CONTEXT)
        if words:
            found[target] = words if len(words) <= SNIPPET_MAX else words[: SNIPPET_MAX - 1] + "…"
    if "start_date" in found:
        found["start_asap"] = found["start_date"]
    return found


def fill_from_text(posting: Posting, *, today: dt.date) -> None:
    """Run the extractor on the draft's raw text and save what it found.

    The extractor is imported here, not at module level: pages keep working even if it cannot
    load, and the caller turns any failure into a message (the draft is already saved).
    """
    from postings.extract import extract

    apply_extraction(posting, extract(posting.raw_text, reference_date=today))
    posting.save()
