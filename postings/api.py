"""The read-only JSON API: one offer as a dict, and a page of offers with links."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db.models import QuerySet
from django.http import HttpRequest, JsonResponse

from postings.models import Posting
from postings.page_cache import shows
from postings.pagination import CappedPaginator, parse_page_number

PAGE_INVALID = "Le paramètre page doit être un nombre entier positif."
PAGE_OUT_OF_RANGE = "La page {number} n'existe pas : il y a {last} page(s)."
PAGE_BEYOND_COUNTED = (
    "La page {number} n'est pas servie : seules les 1\u00a0000 premières offres le sont ({last} "
    "pages). Précisez les filtres."
)


def posting_json(posting: Posting, request: HttpRequest) -> dict[str, Any]:
    """The public facts of an offer (SCHEMA keys, plus its address and dates)."""
    return {
        "id": posting.pk,
        "url": request.build_absolute_uri(posting.get_absolute_url()),
        "title": posting.title,
        "employer": posting.employer_name,
        "contract_type": posting.contract_type or None,
        "duration_months": posting.duration_months,
        "city": posting.city or None,
        "department": posting.department or None,
        "postal_code": posting.postal_code or None,
        "remote": posting.remote or None,
        "hours_per_week": float(posting.hours_per_week) if posting.hours_per_week else None,
        "full_time": posting.full_time,
        "salary_min": float(posting.salary_min) if posting.salary_min is not None else None,
        "salary_max": float(posting.salary_max) if posting.salary_max is not None else None,
        "salary_period": posting.salary_period or None,
        "salary_gross": posting.salary_gross,
        "salary_text": posting.salary_text or None,
        "monthly_salary_min": posting.monthly_salary_min,
        "monthly_salary_max": posting.monthly_salary_max,
        "start_date": "ASAP"
        if posting.start_asap
        else (posting.start_date.isoformat() if posting.start_date else None),
        "deadline": posting.deadline.isoformat() if posting.deadline else None,
        "apply_email": posting.apply_email or None,
        "apply_url": posting.apply_url or None,
        "published_at": posting.published_at.isoformat() if posting.published_at else None,
        "expires_at": posting.expires_at.isoformat() if posting.expires_at else None,
        "description": posting.description,
    }


def error(message: str, status: int = 400, **extra: Any) -> JsonResponse:
    """A JSON error body: {"error": message, ...}."""
    return JsonResponse({"error": message, **extra}, status=status)


def api_page(
    request: HttpRequest, queryset: QuerySet[Posting], *, cache_key: str = ""
) -> JsonResponse:
    """One page of offers: {"count", "count_capped", "next", "previous", "results"}; 400 for a
    bad page. As on the listing, the count stops at 1 000 (`count_capped` then says there
    are more) and so do the pages; `cache_key` as for `CappedPaginator`."""
    number = parse_page_number(request.GET.get("page"))
    if number is None:
        return error(PAGE_INVALID)
    paginator = CappedPaginator(queryset, settings.POSTINGS_PER_PAGE, cache_key=cache_key)
    if number > paginator.num_pages:
        message = PAGE_BEYOND_COUNTED if paginator.is_capped else PAGE_OUT_OF_RANGE
        return error(message.format(number=number, last=paginator.num_pages))
    page = paginator.page(number)

    def link(n: int) -> str:
        query = request.GET.copy()
        query["page"] = str(n)
        return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")

    response = JsonResponse(
        {
            "count": paginator.count,
            "count_capped": paginator.is_capped,
            "next": link(page.next_page_number()) if page.has_next() else None,
            "previous": link(page.previous_page_number()) if page.has_previous() else None,
            "results": [posting_json(p, request) for p in page.object_list],
        },
        json_dumps_params={"ensure_ascii": False},
    )
    return shows(response, page.object_list)
