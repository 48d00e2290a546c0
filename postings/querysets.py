"""The queries over offers: one method per public notion (published, pending, owned by…),
shared by the pages, the API, the admin and the commands.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import TYPE_CHECKING, Self

from django.contrib.postgres.search import SearchQuery
from django.db import connection, models
from django.db.models import F, Q
from django.db.models.lookups import IsNull
from django.utils import timezone

from postings import geo

if TYPE_CHECKING:
    from board.models import User
    from postings.models import Posting  # noqa: F401 - named in the QuerySet's type

# The text-search configuration made by migration 0001: French stemming after `unaccent`, so
# that "educateur" finds "Éducateur".
SEARCH_CONFIG = "french_unaccent"


class PostingQuerySet(models.QuerySet["Posting"]):
    def published(self) -> Self:
        """Offers a candidate may see: published, not past their deadline or validity, and
        from an employer that is not suspended."""
        employer = self.model._meta.get_field("employer").related_model
        suspended = employer.objects.filter(is_suspended=True).values("pk")
        # NOT IN (the few suspended employers) is one hash probe per offer; a join looked
        # every offer's employer up, a third of the time of a search over 30 000 offers.
        return self.filter(
            status=self.model.Status.PUBLISHED, expires_at__gt=timezone.now()
        ).exclude(employer_id__in=suspended)

    def pending(self) -> Self:
        """The moderation queue, oldest submission first."""
        return self.filter(status=self.model.Status.PENDING).order_by("submitted_at", "pk")

    def owned_by(self, user: User) -> Self:
        """The offers of the user's organisation (none for a user without one)."""
        if not getattr(user, "employer_id", None):
            return self.none()
        return self.filter(employer_id=user.employer_id)

    def search(self, text: str) -> Self:
        """French full-text search (websearch syntax: "mots exacts", -exclu, ou)."""
        text = (text or "").strip()
        if not text:
            return self
        query = SearchQuery(text, config=SEARCH_CONFIG, search_type="websearch")
        return self.filter(search_vector=query)

    def in_departments(self, codes: Iterable[str]) -> Self:
        codes = [code for code in codes if code]
        return self.filter(department__in=codes) if codes else self

    def in_region(self, region_code: str) -> Self:
        return self.in_departments(geo.departments_of_region(region_code)) if region_code else self

    def with_contracts(self, contracts: Iterable[str]) -> Self:
        contracts = [c for c in contracts if c]
        return self.filter(contract_type__in=contracts) if contracts else self

    def with_min_monthly_salary(self, euros: int | None, *, figures_only: bool = False) -> Self:
        """Offers that can pay at least `euros` gross a month (their upper bound reaches it).

        Offers that state no figure stay in (after the others, see `ordered`) unless
        `figures_only`.
        """
        if euros is None:
            return self.filter(monthly_salary_max__isnull=False) if figures_only else self
        reaches = Q(monthly_salary_max__gte=euros)
        if figures_only:
            return self.filter(reaches)
        return self.filter(reaches | Q(monthly_salary_max__isnull=True))

    def with_remote(self, remote: str) -> Self:
        return self.filter(remote=remote) if remote else self

    def full_time(self, full_time: bool | None) -> Self:
        return self if full_time is None else self.filter(full_time=full_time)

    def version(self) -> str:
        """A token that changes whenever what the public pages show may change: an offer is
        saved (the time of the last save, any offer, any status) or an organisation is
        suspended or reinstated (the list of suspended ones). Part of the key of everything
        cached about the listing. The filters of `self` are ignored: it is the version of
        all offers.

        One statement: a lookup in `posting_updated_idx` and one in
        `board_employer_suspended_idx`. Written in SQL because every listing and cached page
        asks for it, and the ORM's two-query equivalent costs four times the CPU (0.2 ms).
        """
        employer = self.model._meta.get_field("employer").related_model
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT (SELECT max(updated_at) FROM {self.model._meta.db_table}), "  # noqa: S608 - table names
                f"(SELECT string_agg(id::text, ',' ORDER BY id) FROM {employer._meta.db_table} "
                "WHERE is_suspended)"
            )
            last, suspended = cursor.fetchone()
        suspended_digest = hashlib.blake2b((suspended or "").encode(), digest_size=8).hexdigest()
        return f"{last.timestamp() if last else 0:.6f}-{suspended_digest}"

    def for_display(self, *, with_description: bool = False) -> Self:
        """Without the columns public pages do not show: the pasted text, the search vector
        and the extractor's notes (several kB an offer, read from PostgreSQL's out-of-line
        storage), and the description unless `with_description` (lists do not show it)."""
        large = ["raw_text", "search_vector", "evidence", "extraction_warnings"]
        return self.defer(*large) if with_description else self.defer(*large, "description")

    def ordered(self, sort: str = "date", *, figures_first: bool = False) -> Self:
        """Newest first ("date"), or best paid first ("salaire", offers without figures last).

        `figures_first` puts offers that state a figure before those that do not, newest first
        within each group (used when the candidate asks for a minimum salary).
        """
        if sort == "salaire":
            return self.order_by(F("monthly_salary_max").desc(nulls_last=True), "-published_at")
        if figures_first:
            return self.order_by(IsNull(F("monthly_salary_max"), True), "-published_at", "-pk")
        return self.order_by("-published_at", "-pk")
