"""E-mails about offers, to the employer: moderation decisions and the coming end of an offer.

Explicit calls from the model methods and the `expire_postings` command (no signals); each is
sent after the transaction commits (see `board.emails.send_template`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.urls import reverse

from board.emails import absolute, send_template

if TYPE_CHECKING:
    from postings.models import ModerationDecision, Posting


def employer_addresses(posting: Posting) -> list[str]:
    """Who hears about an offer: the person who created it, else the organisation's members."""
    creator = posting.created_by
    if creator is not None and creator.is_active and creator.employer_id == posting.employer_id:
        return [creator.email]
    return list(posting.employer.members.filter(is_active=True).values_list("email", flat=True))


def send_decision(decision: ModerationDecision) -> None:
    """Approval (with the public link) or refusal (with the moderator's reason)."""
    posting = decision.posting
    approved = decision.decision == decision.Decision.APPROVED
    send_template(
        "posting_approved" if approved else "posting_rejected",
        employer_addresses(posting),
        {
            "posting": posting,
            "decision": decision,
            "public_url": absolute(posting.get_absolute_url()),
            "review_url": absolute(reverse("postings:review", args=[posting.pk])),
        },
    )


def send_expiry_reminder(posting: Posting) -> None:
    """A week before an offer leaves the listing: its end date and how to extend or close it."""
    send_template(
        "posting_expiring",
        employer_addresses(posting),
        {
            "posting": posting,
            "public_url": absolute(posting.get_absolute_url()),
            "review_url": absolute(reverse("postings:review", args=[posting.pk])),
        },
    )
