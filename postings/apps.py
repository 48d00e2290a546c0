"""The postings app: offers, their lifecycle, the public listing and the extractor."""

from django.apps import AppConfig


class PostingsConfig(AppConfig):
    name = "postings"
    verbose_name = "Offres"
