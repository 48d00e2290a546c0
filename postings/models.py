"""Offers (`Posting`), their lifecycle, and the moderation decisions taken on them.

A posting's status changes only through its methods (`submit`, `approve`, `reject`, `close`,
`expire`, `save_edits`; see `postings/lifecycle.py`), each of which checks the status it
leaves. What a candidate may see is one QuerySet method, `Posting.objects.published()`, used
by every page, the API and the commands alike (`postings/querysets.py`).
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.db.models.lookups import IsNull
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify

from postings import geo
from postings.extract.pay import monthly_range
from postings.lifecycle import InvalidTransition, PostingLifecycle
from postings.querysets import SEARCH_CONFIG, PostingQuerySet

__all__ = [
    "ContractType",
    "InvalidTransition",
    "ModerationDecision",
    "Posting",
    "PostingQuerySet",
    "Remote",
    "SalaryPeriod",
    "validate_department",
]

# An offer without a deadline stays listed this long after its publication.
VALIDITY = dt.timedelta(days=60)


class ContractType(models.TextChoices):
    CDI = "CDI", "CDI"
    CDD = "CDD", "CDD"
    CDDI = "CDDI", "CDD d'insertion"
    ALTERNANCE = "ALTERNANCE", "Alternance"
    STAGE = "STAGE", "Stage"
    SERVICE_CIVIQUE = "SERVICE_CIVIQUE", "Service civique"
    VOLONTARIAT = "VOLONTARIAT", "Volontariat"
    INTERIM = "INTERIM", "Intérim"
    FREELANCE = "FREELANCE", "Indépendant, prestation"
    BENEVOLAT = "BENEVOLAT", "Bénévolat"


class Remote(models.TextChoices):
    NONE = "NONE", "Sur site"
    PARTIAL = "PARTIAL", "Télétravail partiel"
    FULL = "FULL", "Télétravail complet"


class SalaryPeriod(models.TextChoices):
    HOUR = "HOUR", "de l'heure"
    MONTH = "MONTH", "par mois"
    YEAR = "YEAR", "par an"


def validate_department(code: str) -> None:
    """A département code of the official geographic code ("93", "2A", "974")."""
    if code not in geo.DEPARTMENTS:
        raise ValidationError(
            "« %(code)s » n'est pas un code de département connu.",
            code="unknown_department",
            params={"code": code},
        )


class Posting(PostingLifecycle, models.Model):
    """A job offer, from the text the employer pasted to its publication and end."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Brouillon"
        PENDING = "pending", "En attente de validation"
        PUBLISHED = "published", "Publiée"
        REJECTED = "rejected", "Refusée"
        CLOSED = "closed", "Clôturée"
        EXPIRED = "expired", "Expirée"

    employer = models.ForeignKey(
        "board.Employer",
        verbose_name="employeur",
        on_delete=models.PROTECT,
        related_name="postings",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="créée par",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    # The SCHEMA.md fields (../shared/corpus/SCHEMA.md).
    title = models.CharField("intitulé du poste", max_length=200, blank=True)
    employer_name = models.CharField(
        "nom de l'employeur affiché",
        max_length=200,
        blank=True,
        help_text="Tel que l'offre le nomme ; par défaut, le nom de l'organisation.",
    )
    contract_type = models.CharField(
        "type de contrat", max_length=20, choices=ContractType, blank=True
    )
    duration_months = models.PositiveSmallIntegerField("durée (mois)", null=True, blank=True)
    city = models.CharField("commune", max_length=100, blank=True)
    department = models.CharField(
        "département", max_length=3, blank=True, validators=[validate_department]
    )
    postal_code = models.CharField("code postal", max_length=5, blank=True)
    remote = models.CharField("télétravail", max_length=10, choices=Remote, blank=True)
    hours_per_week = models.DecimalField(
        "heures par semaine", max_digits=4, decimal_places=1, null=True, blank=True
    )
    full_time = models.BooleanField("temps plein", null=True, blank=True)
    salary_min = models.DecimalField(
        "salaire minimum", max_digits=10, decimal_places=2, null=True, blank=True
    )
    salary_max = models.DecimalField(
        "salaire maximum", max_digits=10, decimal_places=2, null=True, blank=True
    )
    salary_period = models.CharField(
        "période du salaire", max_length=5, choices=SalaryPeriod, blank=True
    )
    salary_gross = models.BooleanField("brut", null=True, blank=True)
    salary_text = models.CharField(
        "rémunération (texte)",
        max_length=200,
        blank=True,
        help_text="Quand aucun montant n'est donné : « selon CCN 66 », « selon profil »…",
    )
    start_asap = models.BooleanField("dès que possible", default=False)
    start_date = models.DateField("date de prise de poste", null=True, blank=True)
    deadline = models.DateField("date limite de candidature", null=True, blank=True)
    apply_email = models.EmailField("e-mail de candidature", blank=True)
    apply_url = models.URLField("lien de candidature", max_length=500, blank=True)

    description = models.TextField("description", blank=True)
    raw_text = models.TextField("texte collé", blank=True, editable=False)
    # What the extractor read, kept for the review page: {field: words of the text it came
    # from}, and its warnings for the employer.
    evidence = models.JSONField("extrait de", default=dict, blank=True, editable=False)
    extraction_warnings = models.JSONField(default=list, blank=True, editable=False)

    status = models.CharField(
        "statut", max_length=10, choices=Status, default=Status.DRAFT, editable=False
    )
    created_at = models.DateTimeField("créée le", auto_now_add=True)
    updated_at = models.DateTimeField("modifiée le", auto_now=True)
    submitted_at = models.DateTimeField("soumise le", null=True, blank=True, editable=False)
    published_at = models.DateTimeField("publiée le", null=True, blank=True, editable=False)
    expires_at = models.DateTimeField("fin de diffusion", null=True, blank=True, editable=False)
    expiry_reminder_sent_at = models.DateTimeField(
        "rappel de fin envoyé le", null=True, blank=True, editable=False
    )

    # Derived: gross euros per month, for the salary filter and sort (see `derive_fields`).
    monthly_salary_min = models.PositiveIntegerField(null=True, blank=True, editable=False)
    monthly_salary_max = models.PositiveIntegerField(null=True, blank=True, editable=False)

    search_vector = models.GeneratedField(
        expression=(
            SearchVector("title", weight="A", config=SEARCH_CONFIG)
            + SearchVector("employer_name", "city", weight="B", config=SEARCH_CONFIG)
            + SearchVector("description", weight="C", config=SEARCH_CONFIG)
        ),
        output_field=SearchVectorField(),
        db_persist=True,
    )

    objects = PostingQuerySet.as_manager()

    class Meta:
        verbose_name = "offre"
        verbose_name_plural = "offres"
        ordering = ["-published_at", "-pk"]
        permissions = [("moderate_posting", "Peut modérer les offres")]
        # What the listing filters on besides its index keys: carried in its indexes, so that
        # PostgreSQL counts and skips offers without reading the table (index-only scans).
        _listed = ["expires_at", "employer", "monthly_salary_max", "remote", "full_time"]
        indexes = [
            # Full-text search over live offers only, with the département and the contract in
            # the same GIN index (btree_gin): "q + département" is one index lookup, where
            # filtering the département's offers would read each one's search vector.
            GinIndex(
                fields=["search_vector", "department", "contract_type"],
                name="posting_live_search_gin",
                condition=Q(status="published"),
            ),
            # The listing: live offers, newest first, narrowed by département or contract.
            models.Index(
                fields=["-published_at", "-id"],
                name="posting_live_recent_idx",
                condition=Q(status="published"),
                include=[*_listed, "department", "contract_type"],
            ),
            models.Index(
                fields=["department", "-published_at", "-id"],
                name="posting_live_dept_idx",
                condition=Q(status="published"),
                include=[*_listed, "contract_type"],
            ),
            models.Index(
                fields=["contract_type", "-published_at", "-id"],
                name="posting_live_contract_idx",
                condition=Q(status="published"),
                include=[*_listed, "department"],
            ),
            # With a minimum salary: offers that state a figure first, then the newest.
            models.Index(
                IsNull(F("monthly_salary_max"), True),
                F("published_at").desc(),
                F("id").desc(),
                name="posting_live_figures_idx",
                condition=Q(status="published"),
                include=[*_listed, "department", "contract_type"],
            ),
            models.Index(
                F("monthly_salary_max").desc(nulls_last=True),
                name="posting_live_salary_idx",
                condition=Q(status="published"),
            ),
            models.Index("status", "submitted_at", name="posting_status_submitted_idx"),
            models.Index("employer", "status", name="posting_employer_status_idx"),
            # The last change to any offer: the version of cached search results and counts.
            models.Index(fields=["updated_at"], name="posting_updated_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(
                    status__in=["draft", "pending", "published", "rejected", "closed", "expired"]
                ),
                name="posting_status_valid",
            ),
            models.CheckConstraint(
                condition=~Q(status="published") | Q(published_at__isnull=False),
                name="posting_published_has_date",
            ),
            models.CheckConstraint(
                condition=Q(salary_min__isnull=True)
                | Q(salary_max__isnull=True)
                | Q(salary_min__lte=F("salary_max")),
                name="posting_salary_min_lte_max",
            ),
            models.CheckConstraint(
                condition=Q(monthly_salary_min__isnull=True)
                | Q(monthly_salary_max__isnull=True)
                | Q(monthly_salary_min__lte=F("monthly_salary_max")),
                name="posting_monthly_salary_min_lte_max",
            ),
            models.CheckConstraint(
                condition=Q(start_asap=False) | Q(start_date__isnull=True),
                name="posting_start_asap_or_date",
            ),
        ]

    def __str__(self) -> str:
        return self.title or f"Offre n° {self.pk}"

    def save(self, *args: object, **kwargs: object) -> None:
        self.derive_fields()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, *self.DERIVED_FIELDS}
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("postings:detail", args=[self.pk, self.slug])

    # --- derived values ---------------------------------------------------------------------

    DERIVED_FIELDS = ("monthly_salary_min", "monthly_salary_max", "employer_name", "expires_at")

    def derive_fields(self) -> None:
        """Recompute what follows from other fields: monthly pay, displayed name, expiry.

        Called by `save()`; bulk loaders call it before `bulk_create`.
        """
        self.monthly_salary_min, self.monthly_salary_max = monthly_range(
            self.salary_min,
            self.salary_max,
            self.salary_period or None,
            self.salary_gross,
        )
        if not self.employer_name and self.employer_id:
            self.employer_name = self.employer.name
        if self.published_at is not None:
            self.expires_at = self.compute_expires_at()

    def compute_expires_at(self) -> dt.datetime:
        """End of the deadline day (Paris time), else 60 days after publication."""
        if self.deadline:
            next_day = dt.datetime.combine(self.deadline + dt.timedelta(days=1), dt.time.min)
            return timezone.make_aware(next_day)
        return (self.published_at or timezone.now()) + VALIDITY

    @property
    def slug(self) -> str:
        return slugify(self.title)[:80] or "offre"

    @property
    def department_label(self) -> str:
        return geo.department_label(self.department) if self.department else ""

    @property
    def has_salary_figures(self) -> bool:
        return self.salary_min is not None or self.salary_max is not None

    @property
    def is_public(self) -> bool:
        return self.status == self.Status.PUBLISHED and not self.has_ended

    @property
    def has_ended(self) -> bool:
        """Closed, expired, or past its deadline or validity (whether or not marked so yet)."""
        if self.status in (self.Status.CLOSED, self.Status.EXPIRED):
            return True
        return self.expires_at is not None and self.expires_at <= timezone.now()

    @property
    def is_closed(self) -> bool:
        return self.status == self.Status.CLOSED

    @property
    def has_remote_work(self) -> bool:
        return self.remote in (Remote.PARTIAL, Remote.FULL)

    @property
    def is_editable(self) -> bool:
        """The employer may change it: a draft, a rejected or a published offer."""
        return self.status in (self.Status.DRAFT, self.Status.REJECTED, self.Status.PUBLISHED)

    @property
    def is_draft(self) -> bool:
        return self.status == self.Status.DRAFT

    @property
    def is_pending(self) -> bool:
        return self.status == self.Status.PENDING

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED

    @property
    def is_rejected(self) -> bool:
        return self.status == self.Status.REJECTED

    @property
    def can_be_submitted(self) -> bool:
        return self.status in (self.Status.DRAFT, self.Status.REJECTED)

    @property
    def latest_rejection(self) -> ModerationDecision | None:
        """The last refusal and its reason (uses prefetched `decisions` when present)."""
        rejections = [
            d for d in self.decisions.all() if d.decision == ModerationDecision.Decision.REJECTED
        ]
        return max(rejections, key=lambda d: d.decided_at, default=None)


class ModerationDecision(models.Model):
    """One moderation decision on a posting: who, when, what, and why."""

    class Decision(models.TextChoices):
        APPROVED = "approved", "Publiée"
        REJECTED = "rejected", "Refusée"

    posting = models.ForeignKey(
        Posting, verbose_name="offre", on_delete=models.CASCADE, related_name="decisions"
    )
    decision = models.CharField("décision", max_length=10, choices=Decision)
    reason = models.TextField("motif", blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="par",
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    decided_at = models.DateTimeField("le", default=timezone.now)

    class Meta:
        verbose_name = "décision de modération"
        verbose_name_plural = "décisions de modération"
        ordering = ["-decided_at"]

    def __str__(self) -> str:
        return f"{self.get_decision_display()} le {self.decided_at:%d/%m/%Y}"
