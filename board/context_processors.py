"""Values every template may use."""

from django.conf import settings
from django.http import HttpRequest


def site(request: HttpRequest) -> dict[str, str]:
    """`SITE_URL` for absolute links (JSON-LD, feeds)."""
    return {"SITE_URL": settings.SITE_URL}
