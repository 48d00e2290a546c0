"""Admin of offers (staff only): lists, filters and search; moderation comes with its actions."""

from django.contrib import admin
from django.utils.html import format_html

from postings.models import ModerationDecision, Posting


class ModerationDecisionInline(admin.TabularInline):
    model = ModerationDecision
    extra = 0
    can_delete = False
    fields = ["decided_at", "decision", "reason", "decided_by"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None) -> bool:
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
    list_filter = ["status", "contract_type", "remote", "department"]
    list_select_related = ["employer"]
    search_fields = ["title", "employer__name", "employer_name", "city"]
    date_hierarchy = "published_at"
    raw_id_fields = ["employer", "created_by"]
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
        ("Texte collé par l'employeur", {"fields": ["raw_text_display"]}),
        (
            "Offre",
            {
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
                ]
            },
        ),
    ]

    @admin.display(description="texte collé")
    def raw_text_display(self, obj: Posting) -> str:
        return format_html('<pre class="raw-text">{}</pre>', obj.raw_text or "—")
