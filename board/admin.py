"""Admin of accounts and employers (staff only): verify or suspend an organisation."""

from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.db.models import QuerySet
from django.http import HttpRequest

from board.models import Employer, Invitation, User


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    ordering = ["email"]
    list_display = ["email", "employer", "is_staff", "is_active", "date_joined"]
    list_filter = ["is_staff", "is_active"]
    list_select_related = ["employer"]
    search_fields = ["email", "first_name", "last_name", "employer__name"]
    raw_id_fields = ["employer"]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        ("Identité", {"fields": ["first_name", "last_name", "employer"]}),
        (
            "Droits",
            {"fields": ["is_active", "is_staff", "is_superuser", "groups", "user_permissions"]},
        ),
        ("Dates", {"fields": ["last_login", "date_joined"]}),
    ]
    add_fieldsets = [(None, {"classes": ["wide"], "fields": ["email", "password1", "password2"]})]


@admin.register(Employer)
class EmployerAdmin(admin.ModelAdmin):
    list_display = ["name", "legal_form", "town", "siret", "is_verified", "is_suspended"]
    list_filter = ["legal_form", "is_verified", "is_suspended"]
    search_fields = ["name", "siret", "town"]
    prepopulated_fields = {"slug": ["name"]}
    actions = ["verify", "suspend", "reinstate"]

    @admin.action(description="Marquer comme vérifiées")
    def verify(self, request: HttpRequest, queryset: QuerySet[Employer]) -> None:
        count = queryset.update(is_verified=True)
        self.message_user(request, f"{count} organisation(s) vérifiée(s).", messages.SUCCESS)

    @admin.action(description="Suspendre (offres retirées, publication bloquée)")
    def suspend(self, request: HttpRequest, queryset: QuerySet[Employer]) -> None:
        count = queryset.update(is_suspended=True)
        self.message_user(
            request,
            f"{count} organisation(s) suspendue(s) : leurs offres ne sont plus listées.",
            messages.WARNING,
        )

    @admin.action(description="Lever la suspension")
    def reinstate(self, request: HttpRequest, queryset: QuerySet[Employer]) -> None:
        count = queryset.update(is_suspended=False)
        self.message_user(request, f"{count} organisation(s) rétablie(s).", messages.SUCCESS)


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    list_display = ["email", "employer", "invited_by", "created_at", "accepted_at"]
    list_select_related = ["employer", "invited_by"]
    search_fields = ["email", "employer__name"]
    raw_id_fields = ["employer", "invited_by", "accepted_by"]
