"""Site-wide pages: home, health check, error pages."""

from __future__ import annotations

from django.db import connection
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from postings.filters import PostingFilter
from postings.models import ContractType, Posting


@require_safe
def home(request: HttpRequest) -> HttpResponse:
    """A search box, the latest offers and the number of live offers per contract."""
    live = Posting.objects.published()
    counts = dict(
        live.order_by()
        .values_list("contract_type")
        .annotate(n=Count("pk"))
        .values_list("contract_type", "n")
    )
    by_contract = [(c, counts[c.value]) for c in ContractType if counts.get(c.value)]
    latest = live.select_related("employer").ordered()[:6]
    return render(
        request,
        "board/home.html",
        {"latest": latest, "by_contract": by_contract, "filter": PostingFilter(None)},
    )


@never_cache
@require_safe
def healthz(request: HttpRequest) -> HttpResponse:
    """200 "ok" when the app and the database answer; 503 when the database does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception:  # any database failure is "not healthy", never a stack trace
        return HttpResponse("database unavailable", status=503, content_type="text/plain")
    return HttpResponse("ok", content_type="text/plain")


def page_not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    """The 404 page, in French."""
    return render(request, "404.html", status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    """The 500 page, in French, without any detail of the failure."""
    return render(request, "500.html", status=500)
