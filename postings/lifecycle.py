"""How an offer moves through its life: the employer's edits and the status changes.

`PostingLifecycle` is mixed into `Posting`: every status change is one of its methods, which
checks the status it leaves (`InvalidTransition` otherwise), saves, records the moderation
decision and sends its e-mail after commit. Nothing else assigns `status`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from django.db import transaction
from django.utils import timezone

from postings import emails

if TYPE_CHECKING:
    from board.models import User
    from postings.models import ModerationDecision, Posting


class InvalidTransition(Exception):
    """A status change asked of a posting in a status that does not allow it."""


_CONTACT = re.compile(r"https?://\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)


def _contacts(text: str) -> set[str]:
    """The links and e-mail addresses a text contains (lower-cased)."""
    return {match.lower().rstrip(".,;:)") for match in _CONTACT.findall(text or "")}


class PostingLifecycle:
    """The employer's edits and the status changes of `Posting` (see the module docstring)."""

    # --- the employer's edits ----------------------------------------------------------------

    # What a candidate relies on: changing one of these on a published offer sends it back to
    # moderation. The description counts only when a link or an e-mail address in it changes
    # (where abuse hides); rewording it, or moving the deadline or start date, does not.
    FACT_FIELDS = frozenset(
        {
            "title",
            "employer_name",
            "contract_type",
            "duration_months",
            "city",
            "department",
            "remote",
            "hours_per_week",
            "full_time",
            "salary_min",
            "salary_max",
            "salary_period",
            "salary_gross",
            "salary_text",
            "apply_email",
            "apply_url",
        }
    )

    def missing_for_submission(self) -> list[str]:
        """What must be filled before moderation, as French labels (empty when complete)."""
        missing = []
        if not self.title.strip():
            missing.append("l'intitulé du poste")
        if not self.contract_type:
            missing.append("le type de contrat")
        if not self.city or not self.department:
            missing.append("la commune")
        if not self.description.strip():
            missing.append("la description")
        if not self.apply_email and not self.apply_url:
            missing.append("une adresse e-mail ou un lien pour postuler")
        return missing

    def edit_changes_facts(self, changed: set[str], previous_description: str) -> bool:
        """Whether an edit of these fields must go back through moderation."""
        if changed & self.FACT_FIELDS:
            return True
        if "description" in changed:
            return _contacts(previous_description) != _contacts(self.description)
        return False

    def save_edits(self, changed: set[str], *, previous_description: str) -> bool:
        """Save the employer's edits; a published offer whose facts changed goes back to
        moderation. Returns True when it did."""
        if not self.is_editable:
            raise InvalidTransition("Cette offre ne peut plus être modifiée.")
        back_to_moderation = self.is_published and self.edit_changes_facts(
            changed, previous_description
        )
        if "deadline" in changed:
            self.expiry_reminder_sent_at = None  # a new end date deserves a new reminder
        with transaction.atomic():
            self.save()
            if back_to_moderation:
                self._move(
                    {self.Status.PUBLISHED},
                    self.Status.PENDING,
                    "Seule une offre publiée repasse en validation après modification.",
                    submitted_at=timezone.now(),
                )
        return back_to_moderation

    def duplicate(self, *, by: User) -> Posting:
        """A new draft of the same organisation with this offer's text and facts."""
        copy = type(self)(employer_id=self.employer_id, created_by=by)
        for field in self._meta.concrete_fields:
            if field.name in self.COPIED_FIELDS:
                setattr(copy, field.attname, getattr(self, field.attname))
        copy.save()
        return copy

    COPIED_FIELDS = FACT_FIELDS | {
        "description",
        "raw_text",
        "postal_code",
        "start_asap",
        "start_date",
        "deadline",
        "evidence",
    }

    def delete_draft(self) -> None:
        """Delete a draft (offers that went through moderation stay, for the record)."""
        if not self.is_draft:
            raise InvalidTransition("Seul un brouillon peut être supprimé.")
        self.delete()

    # --- status changes ---------------------------------------------------------------------

    def _move(self, allowed: set[str], target: str, message: str, **fields: object) -> None:
        """Change the status from one of `allowed` to `target`, saving `fields` with it."""
        if self.status not in allowed:
            raise InvalidTransition(message)
        self.status = target
        for name, value in fields.items():
            setattr(self, name, value)
        self.save(update_fields={"status", "updated_at", *fields})

    def submit(self) -> None:
        """Send a draft (or a rejected offer, corrected) to moderation, once complete."""
        missing = self.missing_for_submission()
        if missing:
            raise InvalidTransition("Il manque " + ", ".join(missing) + ".")
        self._move(
            {self.Status.DRAFT, self.Status.REJECTED},
            self.Status.PENDING,
            "Seule une offre en brouillon ou refusée peut être envoyée en validation.",
            submitted_at=timezone.now(),
        )

    def approve(self, *, by: User) -> ModerationDecision:
        """Publish a pending offer and record the decision."""
        with transaction.atomic():
            now = timezone.now()
            self._move(
                {self.Status.PENDING},
                self.Status.PUBLISHED,
                "Seule une offre en attente peut être publiée.",
                published_at=now,
            )
            decision = self.decisions.create(
                decision=self.decisions.model.Decision.APPROVED, decided_by=by
            )
            emails.send_decision(decision)
            return decision

    def reject(self, reason: str, *, by: User) -> ModerationDecision:
        """Refuse a pending offer with a reason the employer will read."""
        if not reason.strip():
            raise ValueError("Un motif de refus est obligatoire.")
        with transaction.atomic():
            self._move(
                {self.Status.PENDING},
                self.Status.REJECTED,
                "Seule une offre en attente peut être refusée.",
            )
            decision = self.decisions.create(
                decision=self.decisions.model.Decision.REJECTED,
                reason=reason.strip(),
                decided_by=by,
            )
            emails.send_decision(decision)
            return decision

    def close(self) -> None:
        """The employer ends a published offer (it leaves the listing)."""
        self._move(
            {self.Status.PUBLISHED},
            self.Status.CLOSED,
            "Seule une offre publiée peut être clôturée.",
        )

    def expire(self) -> None:
        """Mark a published offer past its deadline or validity as expired."""
        self._move(
            {self.Status.PUBLISHED}, self.Status.EXPIRED, "Seule une offre publiée peut expirer."
        )
