"""Whole public pages cached for visitors without a session: the listing, an offer, the API.

Most visitors are anonymous and many ask for the same pages. Building a listing page costs
3 to 5 ms of Python (filters, the page's offers, the template); serving it from the cache
about a tenth of that. A page is cached:

- under its address (host included: the API and the JSON-LD write absolute links) and the
  version of the offers (`PostingQuerySet.version`), which changes when any offer is saved
  (published, edited, closed, rejected, expired by the command) and when an organisation is
  suspended or reinstated: such a change shows within `VERSION_SECONDS` (each process reads
  the version at most once a second: that query was a quarter of the cost of a stored page);
- until the first of the offers it shows passes its end date, at the latest
  (`PAGE_CACHE_SECONDS` otherwise): no cached page lists an offer that has expired since;
- only for GET requests that carry no session or messages cookie: a logged-in employer
  always gets a page built for them, and their page is never stored;
- only when the answer is a 200 that the view declared with `shows()`, that sets no cookie,
  and that used no CSRF token and no message: error pages and anything personal are never
  stored.

The cache is `caches["pages"]` (board/settings.py): Redis when `REDIS_URL` is set, shared by
the workers; off (`DummyCache`) otherwise or with `PAGE_CACHE=0`.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable
from functools import wraps

from django.conf import settings
from django.contrib.messages import get_messages
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import caches
from django.core.cache.backends.dummy import DummyCache
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_vary_headers

from postings.models import Posting

# The longest a page is kept (any change to the offers replaces it before).
PAGE_CACHE_SECONDS = 300
# How long a process trusts the version it read: a change to the offers reaches visitors
# without a session after at most this long (logged-in users never get stored pages).
VERSION_SECONDS = 1.0
_version_read: tuple[float, str] = (float("-inf"), "")
# Set on a response by `shows()`: when the page must stop being served (a Unix time), or
# None when the offers it shows never expire.
UNTIL = "page_cache_until"

View = Callable[..., HttpResponse]


def shows(response: HttpResponse, postings: Iterable[Posting]) -> HttpResponse:
    """Declare that `response` may be cached for visitors, and which offers it shows: it is
    then kept no later than the first of their end dates (`expires_at`)."""
    ends = [p.expires_at.timestamp() for p in postings if p.expires_at is not None]
    setattr(response, UNTIL, min(ends) if ends else None)
    return response


def cached_for_visitors(view: View) -> View:
    """Serve the view's page from the cache to visitors without a session (see the module)."""

    @wraps(view)
    def cached_view(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        pages = caches["pages"]
        if isinstance(pages, DummyCache) or not is_plain_visit(request):
            return view(request, *args, **kwargs)
        key = page_key(request)
        found = pages.get(key)
        if found is not None:
            content_type, content = found
            return vary_on_cookie(HttpResponse(content, content_type=content_type))
        response = view(request, *args, **kwargs)
        seconds = seconds_to_keep(request, response)
        if seconds > 0:
            pages.set(key, (response["Content-Type"], response.content), seconds)
        return vary_on_cookie(response)

    return cached_view


def is_plain_visit(request: HttpRequest) -> bool:
    """A GET without a session (so without a logged-in user) and without pending messages."""
    cookies = request.COOKIES
    return (
        request.method == "GET"
        and settings.SESSION_COOKIE_NAME not in cookies
        and CookieStorage.cookie_name not in cookies
    )


def page_key(request: HttpRequest) -> str:
    """The cache key of the page asked for, in the current version of the offers."""
    address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha256(address.encode()).hexdigest()[:32]
    return f"postings:page:{digest}:{current_version()}"


def current_version() -> str:
    """`Posting.objects.version()`, read again when the last reading is `VERSION_SECONDS`
    old. A page built meanwhile shows the database as it is, so it is never older than its
    key says."""
    global _version_read
    now = time.time()
    read_at, version = _version_read
    if not 0 <= now - read_at < VERSION_SECONDS:
        version = Posting.objects.version()
        _version_read = (now, version)
    return version


def seconds_to_keep(request: HttpRequest, response: HttpResponse) -> float:
    """How long the page may be served from the cache (0: not at all)."""
    if (
        response.status_code != 200
        or not hasattr(response, UNTIL)
        or response.streaming
        or response.cookies
        or request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        or len(get_messages(request))
        or getattr(getattr(request, "session", None), "modified", False)
    ):
        return 0
    until = getattr(response, UNTIL)
    if until is None:
        return PAGE_CACHE_SECONDS
    return min(PAGE_CACHE_SECONDS, until - time.time())


def vary_on_cookie(response: HttpResponse) -> HttpResponse:
    """Say that the page depends on cookies, on the cached copy as on the original: a shared
    HTTP cache must not give a visitor's page to someone logged in."""
    patch_vary_headers(response, ("Cookie",))
    return response
