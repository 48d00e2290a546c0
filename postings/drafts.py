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
SNIPPET_CONTEXT = 40
SNIPPET_MAX = 160
# Word's and PDF's private-use bullets (U+F0B7…) show as boxes: read them as bullets.
_PRIVATE_USE = dict.fromkeys(range(57344, 63744), "•")


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


def words_around(text: str, start: int, end: int) -> str:
    """The words of `text[start:end]` with their line around them, cut at whole words."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    left = max(line_start, start - SNIPPET_CONTEXT)
    right = min(line_end, end + SNIPPET_CONTEXT)
    if left > line_start:  # do not start in the middle of a word
        space = text.find(" ", left, start)
        left = space + 1 if space != -1 else start
    if right < line_end:
        space = text.rfind(" ", end, right)
        right = space if space != -1 else end
    words = " ".join(text[left:right].translate(_PRIVATE_USE).split())
    if len(words) > SNIPPET_MAX:
        words = words[: SNIPPET_MAX - 1].rsplit(" ", 1)[0] + "…"
    prefix = "… " if left > line_start else ""
    suffix = " …" if right < line_end and not words.endswith("…") else ""
    return f"{prefix}{words}{suffix}"


def evidence_of(extraction: Extraction) -> dict[str, str]:
    """{model field: the words of the text it was read from}, for « trouvé dans : … »."""
    names = {**DIRECT_FIELDS, "department": "department", "hours_per_week": "hours_per_week"}
    names |= {"salary_min": "salary_min", "salary_max": "salary_max", "start_date": "start_date"}
    found = {}
    for source, target in names.items():
        span = extraction.evidence.get(source)
        if span is not None and 0 <= span.start < span.end <= len(extraction.text):
            found[target] = words_around(extraction.text, span.start, span.end)
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
