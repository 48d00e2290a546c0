"""Pages of the listing and the API, counted up to 1 000 offers, with a French message instead
of an error for a bad page number.

Counting every match of a broad search costs as much as reading them all (100 000 live offers:
over 100 ms). So the count stops at `MAX_COUNTED`: beyond it the page says « plus de 1 000
offres » and serves their first 50 pages (newest first), as the big job boards do; a candidate
who wants more narrows the search.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Page, Paginator
from django.db.models import QuerySet

MAX_COUNTED = 1000
# How long the ids of a listing's results are kept: any saved offer, suspended organisation
# changes the key anyway; offers that expire meanwhile leave their page at once, the count
# within this time.
RESULTS_CACHE_SECONDS = 300
PAGE_NOT_A_NUMBER = "Le numéro de page « {value} » n'est pas valide : voici la première page."
PAGE_TOO_FAR = "Il n'y a que {last} page(s) de résultats : voici la dernière."
PAGE_BEYOND_COUNTED = (
    "Seules les 1\u00a0000 premières offres s'affichent ({last} pages) : précisez votre "
    "recherche pour voir les autres. Voici la dernière page."
)


class CappedPaginator(Paginator):
    """A `Paginator` that reads the ids of the first `MAX_COUNTED` + 1 results in one
    bounded query: their number is the count (the one more says there are more), and a page
    reads its own offers by id. PostgreSQL finds those ids in the indexes alone when the
    filters allow, so page 50 skips 980 index entries, not 980 rows of the table.

    With a `cache_key` the ids are also cached. Ranking the offers that match a common word,
    or sorting the 18 000 offers of a large région by salary figures first, costs 4 to 50 ms
    of PostgreSQL; the next pages, and the next candidates who ask the same, then cost a
    lookup of 20 offers. The key holds the version of the offers (see
    `PostingFilter.results_cache_key`); an offer that expired since drops out of its page.
    """

    def __init__(
        self, object_list: QuerySet, per_page: int, *, cache_key: str = "", **options: Any
    ) -> None:
        super().__init__(object_list, per_page, **options)
        self.cache_key = cache_key

    @cached_property
    def ids(self) -> list[int]:
        """The ids of the first `MAX_COUNTED` + 1 results, in order."""
        ids = cache.get(self.cache_key) if self.cache_key else None
        if ids is None:
            ids = list(self.object_list.values_list("pk", flat=True)[: MAX_COUNTED + 1])
            if self.cache_key:
                cache.set(self.cache_key, ids, RESULTS_CACHE_SECONDS)
        return ids

    @cached_property
    def count(self) -> int:
        return min(len(self.ids), MAX_COUNTED)

    @property
    def is_capped(self) -> bool:
        """True when more offers match than are counted and served."""
        return len(self.ids) > MAX_COUNTED

    def page(self, number: int | str) -> Page:
        """The page's offers, read by id, in the order of the results."""
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        page_ids = self.ids[bottom : min(bottom + self.per_page, self.count)]
        rows = live_by_ids(self.object_list, page_ids)
        position = {pk: index for index, pk in enumerate(page_ids)}
        return self._get_page(sorted(rows, key=lambda row: position[row.pk]), number, self)


def live_by_ids(queryset: QuerySet, ids: list[int]) -> QuerySet:
    """The offers with these ids that are still live, with the columns and related rows of
    `queryset` but without its filters: the ids come from them, and testing a full-text
    match again would read each offer's search vector. Cached ids may be minutes old: an
    offer that expired, or was closed or suspended in a way the version missed, drops out."""
    query = queryset.query
    rows = queryset.model._default_manager.published().filter(pk__in=ids).order_by()
    names, deferred = query.deferred_loading
    rows = rows.defer(*names) if deferred else rows.only(*names)
    rows.query.select_related = query.select_related
    return rows


@dataclass
class ListingPage:
    page: Page
    error: str = ""

    @property
    def object_list(self) -> list:
        return list(self.page.object_list)

    @property
    def count(self) -> int:
        return self.page.paginator.count

    @property
    def is_capped(self) -> bool:
        return self.page.paginator.is_capped


def parse_page_number(value: str | None) -> int | None:
    """The page asked for, or None when it is not a positive whole number."""
    if value in (None, ""):
        return 1
    try:
        number = int(value)
    except (TypeError, ValueError):
        return None
    return number if number >= 1 else None


def paginate(
    queryset: QuerySet, value: str | None, *, per_page: int = 0, cache_key: str = ""
) -> ListingPage:
    """The page `value` of `queryset`; a bad or too large number gives page 1 or the last page
    with a message (never an error page). See `CappedPaginator` for `cache_key`."""
    paginator = CappedPaginator(
        queryset, per_page or settings.POSTINGS_PER_PAGE, cache_key=cache_key
    )
    number = parse_page_number(value)
    if number is None:
        return ListingPage(paginator.page(1), PAGE_NOT_A_NUMBER.format(value=str(value)[:20]))
    if number > paginator.num_pages:
        message = PAGE_BEYOND_COUNTED if paginator.is_capped else PAGE_TOO_FAR
        return ListingPage(
            paginator.page(paginator.num_pages), message.format(last=paginator.num_pages)
        )
    return ListingPage(paginator.page(number))
