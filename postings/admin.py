"""Moderation in Django admin (staff only): the pending queue, approve, reject with a reason.

The list opens on the pending offers, oldest submission first. Actions call the model methods
(`approve`, `reject`), which record a `ModerationDecision` and e-mail the employer; offers in
another status are skipped with a message. The status itself is never editable here.
"""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.db import transaction
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.html import format_html

from postings.models import InvalidTransition, ModerationDecision, Posting

CANNED_REASONS = [
    ("", "— choisir un motif type, ou l'écrire —"),
    (
        "Cette offre ne relève pas de l'économie sociale et solidaire.",
        "Hors ESS",
    ),
    (
        "La rémunération n'est pas indiquée : ajoutez un montant ou une fourchette, ou la "
        "grille de la convention collective appliquée.",
        "Rémunération manquante",
    ),
    ("Cette offre est déjà publiée sur Tremplin.", "Doublon"),
    (
        "Il s'agit d'un poste bénévole ou non rémunéré présenté comme un emploi : choisissez "
        "le contrat « Bénévolat ».",
        "Bénévolat présenté comme un emploi",
    ),
    ("Des informations essentielles manquent ou sont incohérentes : ", "Informations à corriger"),
]


class RejectionForm(forms.Form):
    canned = forms.ChoiceField(label="Motif type", choices=CANNED_REASONS, required=False)
    reason = forms.CharField(
        label="Motif envoyé à l'employeur",
        widget=forms.Textarea(attrs={"rows": 5, "cols": 80}),
        required=False,
    )

    def clean(self) -> dict:
        data = super().clean()
        reason = " ".join(filter(None, [data.get("canned", ""), data.get("reason", "").strip()]))
        if not reason.strip():
            raise forms.ValidationError("Écrivez le motif du refus : l'employeur le lira.")
        data["full_reason"] = reason.strip()
        return data


class ModerationDecisionInline(admin.TabularInline):
    model = ModerationDecision
    extra = 0
    can_delete = False
    fields = ["decided_at", "decision", "reason", "decided_by"]
    readonly_fields = fields

    def has_add_permission(self, request: HttpRequest, obj: Posting | None = None) -> bool:
        return False


@admin.register(Posting)
class PostingAdmin(admin.ModelAdmin):
    list_display = [
        "title",
        "employer",
        "department",
        "contract_type",
        "status",
        "submitted_at",
        "published_at",
    ]
    list_filter = ["status", "contract_type", "remote", "employer__is_verified", "department"]
    list_select_related = ["employer"]
    search_fields = ["title", "employer__name", "employer_name", "city"]
    raw_id_fields = ["employer", "created_by"]
    actions = ["approve_selected", "reject_selected"]
    readonly_fields = [
        "status",
        "raw_text_display",
        "submitted_at",
        "published_at",
        "expires_at",
        "monthly_salary_min",
        "monthly_salary_max",
    ]
    inlines = [ModerationDecisionInline]
    fieldsets = [
        ("Statut", {"fields": ["status", "submitted_at", "published_at", "expires_at"]}),
        (
            "Texte collé par l'employeur",
            {"fields": ["raw_text_display"], "classes": ["raw-text-column"]},
        ),
        (
            "Ce que l'extracteur et l'employeur en ont tiré",
            {
                "classes": ["extracted-column"],
                "fields": [
                    "employer",
                    "created_by",
                    "title",
                    "employer_name",
                    ("contract_type", "duration_months"),
                    ("city", "postal_code", "department"),
                    ("remote", "hours_per_week", "full_time"),
                    ("salary_min", "salary_max", "salary_period", "salary_gross"),
                    "salary_text",
                    ("monthly_salary_min", "monthly_salary_max"),
                    ("start_asap", "start_date", "deadline"),
                    ("apply_email", "apply_url"),
                    "description",
                ],
            },
        ),
    ]

    class Media:
        css = {"all": ["css/moderation.css"]}

    def changelist_view(self, request: HttpRequest, extra_context: dict | None = None):
        # The moderators' page opens on the queue: pending offers, oldest first.
        if not request.GET and request.method == "GET":
            return HttpResponseRedirect(f"{request.path}?status__exact={Posting.Status.PENDING}")
        return super().changelist_view(request, extra_context)

    def get_ordering(self, request: HttpRequest) -> list[str]:
        if request.GET.get("status__exact") == Posting.Status.PENDING:
            return ["submitted_at", "pk"]
        return ["-submitted_at", "-pk"]

    @admin.display(description="texte collé")
    def raw_text_display(self, obj: Posting) -> str:
        return format_html('<pre class="raw-text">{}</pre>', obj.raw_text or "—")

    def has_moderate_permission(self, request: HttpRequest) -> bool:
        return request.user.has_perm("postings.moderate_posting")

    @admin.action(description="Publier les offres sélectionnées", permissions=["moderate"])
    def approve_selected(self, request: HttpRequest, queryset: QuerySet[Posting]) -> None:
        done, skipped = 0, 0
        for posting in queryset.select_related("employer", "created_by"):
            try:
                with transaction.atomic():
                    posting.approve(by=request.user)
                done += 1
            except InvalidTransition:
                skipped += 1
        if done:
            self.message_user(request, f"{done} offre(s) publiée(s).", messages.SUCCESS)
        if skipped:
            self.message_user(
                request,
                f"{skipped} offre(s) ignorée(s) : seule une offre en attente peut être publiée.",
                messages.WARNING,
            )

    @admin.action(description="Refuser les offres sélectionnées…", permissions=["moderate"])
    def reject_selected(
        self, request: HttpRequest, queryset: QuerySet[Posting]
    ) -> HttpResponse | None:
        pending = queryset.filter(status=Posting.Status.PENDING)
        form = RejectionForm(request.POST if "confirm" in request.POST else None)
        if form.is_bound and form.is_valid():
            count = 0
            for posting in pending.select_related("employer", "created_by"):
                with transaction.atomic():
                    posting.reject(form.cleaned_data["full_reason"], by=request.user)
                count += 1
            self.message_user(request, f"{count} offre(s) refusée(s).", messages.SUCCESS)
            skipped = queryset.count() - count
            if skipped > 0:
                self.message_user(
                    request,
                    f"{skipped} offre(s) ignorée(s) : seule une offre en attente peut être "
                    "refusée.",
                    messages.WARNING,
                )
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": "Refuser des offres",
            "form": form,
            "postings": pending,
            "skipped": queryset.exclude(status=Posting.Status.PENDING),
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/postings/reject_postings.html", context)
