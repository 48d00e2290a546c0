"""Admin of accounts and employers (staff only)."""

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin

from board.models import Employer, User


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
    list_display = ["name", "legal_form", "town", "is_verified", "is_suspended", "created_at"]
    list_filter = ["legal_form", "is_verified", "is_suspended"]
    search_fields = ["name", "siret", "town"]
    prepopulated_fields = {"slug": ["name"]}
