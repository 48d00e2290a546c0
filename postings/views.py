"""Public pages: the listing (`/offres/`), one offer (`/offres/<id>/<slug>/`), and the JSON API."""

from __future__ import annotations

from functools import partial

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_safe

from postings.api import api_page, posting_json
from postings.api import error as api_error
from postings.cards import posting_cards
from postings.filters import PostingFilter, filter_fields_html
from postings.models import Posting
from postings.page_cache import cached_for_visitors, shows
from postings.pagination import paginate
from postings.schema_org import job_posting_json_ld


def listing_filter(request: HttpRequest) -> PostingFilter:
    """The candidate's filters over the live offers (shared by the page and the API)."""
    return PostingFilter(request.GET or None, queryset=Posting.objects.published())


@require_safe
@cached_for_visitors
def posting_list(request: HttpRequest) -> HttpResponse:
    """The listing: filter form, how many offers match, one page of results."""
    filterset = listing_filter(request)
    page = paginate(
        filterset.qs.for_display(),
        request.GET.get("page"),
        cache_key=filterset.results_cache_key(),
    )
    context = {
        "filter": filterset,
        "filter_fields": filter_fields_html(filterset),
        "page": page,
        "cards": posting_cards(page.object_list),
    }
    return shows(render(request, "postings/posting_list.html", context), page.object_list)


@require_safe
@cached_for_visitors
def posting_detail(request: HttpRequest, pk: int, slug: str = "") -> HttpResponse:
    """One offer: facts first, then the full text. Ended offers say so (410 once expired)."""
    # Without the description: the template caches the article and the JSON-LD under the
    # offer's last change, and reads the description (one more query) only to render them.
    posting = get_object_or_404(
        Posting.objects.for_display()
        .select_related("employer")
        .filter(
            status__in=[Posting.Status.PUBLISHED, Posting.Status.CLOSED, Posting.Status.EXPIRED],
            employer__is_suspended=False,
        ),
        pk=pk,
    )
    if slug != posting.slug:
        return redirect(posting, permanent=True)
    status = 410 if posting.has_ended and posting.status != Posting.Status.CLOSED else 200
    context = {
        "posting": posting,
        # Called by the template, only when its cached copy is missing.
        "json_ld": partial(job_posting_json_ld, posting, request),
    }
    response = render(request, "postings/posting_detail.html", context, status=status)
    return shows(response, [] if posting.has_ended else [posting])


@require_safe
@cached_for_visitors
def api_list(request: HttpRequest) -> JsonResponse:
    """`/api/offres/`: the listing as JSON, same parameters; 400 with the errors when bad."""
    filterset = listing_filter(request)
    if filterset.is_bound and not filterset.is_valid():
        return api_error(
            "Paramètres invalides.", errors=filterset.errors.get_json_data(), status=400
        )
    return api_page(
        request,
        filterset.qs.for_display(with_description=True),
        cache_key=filterset.results_cache_key(),
    )


@require_safe
@cached_for_visitors
def api_detail(request: HttpRequest, pk: int) -> JsonResponse:
    """`/api/offres/<id>/`: one live offer as JSON (404 otherwise)."""
    posting = Posting.objects.published().for_display(with_description=True).filter(pk=pk).first()
    if posting is None:
        return api_error("Offre introuvable ou plus en ligne.", status=404)
    response = JsonResponse(
        posting_json(posting, request), json_dumps_params={"ensure_ascii": False}
    )
    return shows(response, [posting])
