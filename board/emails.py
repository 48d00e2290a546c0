"""E-mails, one function per message, each plain text + HTML in French, sent after commit.

A message `name` is three templates: `emails/<name>_subject.txt`, `emails/<name>_body.txt`
and `emails/<name>_body.html`. Nothing is sent when the surrounding transaction rolls back.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.urls import reverse

from board.models import Invitation


def absolute(path: str) -> str:
    """An absolute link for an e-mail, from SITE_URL."""
    return f"{settings.SITE_URL}{path}"


def send_template(name: str, to: Iterable[str], context: dict[str, Any]) -> None:
    """Render message `name` for the addresses `to` and send it once the transaction commits."""
    recipients = sorted({address for address in to if address})
    if not recipients:
        return
    context = {"site_url": settings.SITE_URL, **context}
    subject = " ".join(render_to_string(f"emails/{name}_subject.txt", context).split())
    message = EmailMultiAlternatives(
        subject=f"[Tremplin] {subject}",
        body=render_to_string(f"emails/{name}_body.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=recipients,
    )
    message.attach_alternative(render_to_string(f"emails/{name}_body.html", context), "text/html")
    transaction.on_commit(message.send)


def send_invitation(invitation: Invitation, request: HttpRequest | None = None) -> None:
    """To the invited colleague: the link to join the organisation."""
    send_template(
        "invitation",
        [invitation.email],
        {
            "invitation": invitation,
            "url": absolute(reverse("accept_invitation", args=[invitation.token])),
        },
    )
