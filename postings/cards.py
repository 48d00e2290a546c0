"""The cards of a list of offers (listing, home page), each rendered once per version.

A card is the same wherever the offer is listed, and rendering twenty of them through the
template costs about 2 ms a page. Each card's HTML is cached under the offer's id and last
change (`updated_at`), so an edited offer gets a new card at once; the template itself stays
the one place the card's markup is written (`postings/_posting_card.html`).
"""

from __future__ import annotations

from collections.abc import Iterable

from django.core.cache import cache
from django.template.loader import get_template
from django.utils.safestring import SafeString, mark_safe

from postings.models import Posting

CARD_TEMPLATE = "postings/_posting_card.html"
# Long enough to serve many pages; short enough that a changed template shows within minutes.
CARD_CACHE_SECONDS = 600


def card_key(posting: Posting) -> str:
    """The cache key of the offer's card in its current version."""
    return f"postings:card:{posting.pk}:{posting.updated_at.timestamp()}"


def posting_cards(postings: Iterable[Posting]) -> list[SafeString]:
    """The HTML of each offer's card, in order: from the cache, or rendered and cached."""
    postings = list(postings)
    keys = [card_key(posting) for posting in postings]
    found = cache.get_many(keys)
    missing = {}
    template = get_template(CARD_TEMPLATE)
    for posting, key in zip(postings, keys, strict=True):
        if key not in found:
            found[key] = missing[key] = str(template.render({"posting": posting}))
    if missing:
        cache.set_many(missing, CARD_CACHE_SECONDS)
    return [mark_safe(found[key]) for key in keys]  # noqa: S308 - our own template's output
