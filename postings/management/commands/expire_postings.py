"""`manage.py expire_postings`: daily housekeeping of published offers (run it from cron).

1. Offers past their deadline, or published more than 60 days ago without one (their
   `expires_at` has passed), move to `expired`. The listing already hides them through
   `Posting.objects.published()`, whether or not this command ran: it only records the fact.
2. Offers that will expire within 7 days get one reminder e-mail to the employer.

Idempotent: running it twice changes and sends nothing more. `--dry-run` only counts.
Example crontab line: `15 3 * * * cd /srv/tremplin && .venv/bin/python manage.py expire_postings`
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from postings import emails
from postings.models import Posting

REMINDER_BEFORE = dt.timedelta(days=7)


class Command(BaseCommand):
    help = "Passe en « expirée » les offres échues et prévient les employeurs 7 jours avant."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--dry-run", action="store_true", help="compter sans rien changer")

    def handle(self, *args: Any, dry_run: bool, verbosity: int, **options: Any) -> str:
        now = timezone.now()
        published = Posting.objects.filter(status=Posting.Status.PUBLISHED)
        ended = published.filter(expires_at__lte=now)
        to_remind = published.filter(
            expires_at__gt=now,
            expires_at__lte=now + REMINDER_BEFORE,
            expiry_reminder_sent_at__isnull=True,
        ).select_related("employer", "created_by")
        expired, reminded = ended.count(), to_remind.count()
        if not dry_run:
            with transaction.atomic():
                for posting in ended.select_for_update():
                    posting.expire()
            for posting in to_remind:
                with transaction.atomic():
                    emails.send_expiry_reminder(posting)
                    posting.expiry_reminder_sent_at = now
                    posting.save(update_fields=["expiry_reminder_sent_at"])
        summary = (
            f"{expired} offre(s) expirée(s), {reminded} rappel(s) envoyé(s)"
            + (" (simulation)" if dry_run else "")
            + "."
        )
        if verbosity >= 1:
            self.stdout.write(summary)
        return ""
