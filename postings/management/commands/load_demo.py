"""`manage.py load_demo`: the five seed postings and 320 generated offers, for trying the board.

Seeds come from ../shared/seeds/ with the fields of ../shared/corpus/labels_seeds.jsonl (their
full text kept). Generated offers cover every département, contract and way of stating pay;
some are expired or closed. Running it again updates the same offers instead of adding more.
Also creates a demo employer account and a staff account, with a password printed on the
screen: a demo, never for production.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from allauth.account.models import EmailAddress
from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from board.models import Employer, User
from postings import demo, geo
from postings.extract.core import SCHEMA_KEYS
from postings.models import Posting

SHARED = settings.BASE_DIR.parent / "shared"
DEMO_EMPLOYER = "employeur@demo.tremplin.fr"
DEMO_MODERATOR = "moderation@demo.tremplin.fr"
DEMO_PASSWORD = "essai-tremplin-2026"  # noqa: S105 - printed demo account, not a secret
# The labelled fields copied as they are (the employer is an organisation, the start a date).
SEED_FIELDS = [key for key in SCHEMA_KEYS if key not in ("employer", "start_date")]


def seed_postings(shared: Path) -> list[tuple[dict[str, Any], str]]:
    """(label, text) of each seed posting, or [] when ../shared is not beside the checkout."""
    labels_file = shared / "corpus" / "labels_seeds.jsonl"
    if not labels_file.exists():
        return []
    seeds = []
    for line in labels_file.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        label = json.loads(line)
        source = label["source"].removeprefix("seed ").strip()
        seeds.append((label, (shared / "seeds" / source).read_text(encoding="utf-8")))
    return seeds


def seed_fields(label: dict[str, Any]) -> dict[str, Any]:
    """Posting fields from a seed's label (null → blank for text fields)."""
    fields: dict[str, Any] = {}
    for key in SEED_FIELDS:
        value = label.get(key)
        field = Posting._meta.get_field(key)
        fields[key] = "" if value is None and not field.null else value
    start = label.get("start_date")
    fields["start_asap"] = start == "ASAP"
    fields["start_date"] = dt.date.fromisoformat(start) if start and start != "ASAP" else None
    if fields["deadline"]:
        fields["deadline"] = dt.date.fromisoformat(fields["deadline"])
    commune = geo.gazetteer().lookup(label["city"], department=label["department"])
    fields["postal_code"] = commune.postcodes[0] if commune and len(commune.postcodes) == 1 else ""
    return fields


class Command(BaseCommand):
    help = "Charge les offres de démonstration (5 offres réelles + 320 générées)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--count", type=int, default=320, help="offres générées")
        parser.add_argument("--shared", type=Path, default=SHARED, help="dossier shared/")

    @transaction.atomic
    def handle(self, *args: Any, count: int, shared: Path, **options: Any) -> None:
        now = timezone.now()
        seeds = seed_postings(shared)
        for days_ago, (label, text) in enumerate(seeds):
            employer = self.employer(label["employer"], "association")
            self.save(employer, seed_fields(label), text, "published", now, days_ago)
        if not seeds:
            self.stderr.write(f"{shared} introuvable : offres réelles non chargées.")
        for item in demo.generate(count, today=timezone.localdate()):
            employer_name = item.pop("employer")
            legal_form = dict(demo.EMPLOYERS)[employer_name]
            state, days_ago = item.pop("state"), item.pop("published_days_ago")
            self.save(self.employer(employer_name, legal_form), item, "", state, now, days_ago)
        self.demo_accounts(verbosity=options["verbosity"])
        live = Posting.objects.published().count()
        if options["verbosity"] >= 1:
            self.stdout.write(
                f"{len(seeds)} offres réelles et {count} générées chargées ; {live} en ligne."
            )

    def demo_accounts(self, *, verbosity: int) -> None:
        """An employer member of a demo organisation and a moderator, e-mails confirmed."""
        employer = self.employer(demo.EMPLOYERS[0][0], demo.EMPLOYERS[0][1])
        accounts = [
            (DEMO_EMPLOYER, {"employer": employer}),
            (DEMO_MODERATOR, {"is_staff": True, "is_superuser": True}),
        ]
        for email, extra in accounts:
            user = User.objects.filter(email=email).first() or User(email=email)
            for key, value in extra.items():
                setattr(user, key, value)
            user.set_password(DEMO_PASSWORD)
            user.save()
            EmailAddress.objects.update_or_create(
                user=user, email=email, defaults={"verified": True, "primary": True}
            )
        if verbosity >= 1:
            self.stdout.write(
                "Comptes de démonstration (jamais en production) : "
                f"employeur {DEMO_EMPLOYER}, modération {DEMO_MODERATOR}, "
                f"mot de passe « {DEMO_PASSWORD} »."
            )

    def employer(self, name: str, legal_form: str) -> Employer:
        employer, _ = Employer.objects.get_or_create(name=name, defaults={"legal_form": legal_form})
        return employer

    def save(
        self,
        employer: Employer,
        fields: dict[str, Any],
        text: str,
        state: str,
        now: dt.datetime,
        days_ago: int,
    ) -> Posting:
        """Create or update the offer keyed by employer, title and commune."""
        fields["description"] = text or fields.get("description", "")
        fields["raw_text"] = fields["description"]
        posting = Posting.objects.filter(
            employer=employer, title=fields["title"], city=fields["city"]
        ).first() or Posting(employer=employer)
        for key, value in fields.items():
            setattr(posting, key, value)
        # Demo data is loaded as if it had gone through moderation on that day: the
        # status is written directly here only, as a fixture would.
        posting.status = state
        posting.published_at = now - dt.timedelta(days=days_ago, hours=days_ago % 7)
        posting.submitted_at = posting.published_at
        posting.save()
        return posting
