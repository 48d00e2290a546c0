"""The project package is also the accounts app (user model, employers)."""

from django.apps import AppConfig


class BoardConfig(AppConfig):
    name = "board"
    verbose_name = "Comptes et employeurs"
