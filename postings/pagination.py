"""Pages of the listing, with a French message instead of an error for a bad page number."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.core.paginator import Page, Paginator
from django.db.models import QuerySet

PAGE_NOT_A_NUMBER = "Le numéro de page « {value} » n'est pas valide : voici la première page."
PAGE_TOO_FAR = "Il n'y a que {last} page(s) de résultats : voici la dernière."


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


def parse_page_number(value: str | None) -> int | None:
    """The page asked for, or None when it is not a positive whole number."""
    if value in (None, ""):
        return 1
    try:
        number = int(value)
    except (TypeError, ValueError):
        return None
    return number if number >= 1 else None


def paginate(queryset: QuerySet, value: str | None, *, per_page: int = 0) -> ListingPage:
    """The page `value` of `queryset`; a bad or too large number gives page 1 or the last page
    with a message (never an error page)."""
    paginator = Paginator(queryset, per_page or settings.POSTINGS_PER_PAGE)
    number = parse_page_number(value)
    if number is None:
        return ListingPage(paginator.page(1), PAGE_NOT_A_NUMBER.format(value=str(value)[:20]))
    if number > paginator.num_pages:
        return ListingPage(
            paginator.page(paginator.num_pages), PAGE_TOO_FAR.format(last=paginator.num_pages)
        )
    return ListingPage(paginator.page(number))
