"""factory_boy factories: employers, users, and postings in each status."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import factory
from allauth.account.models import EmailAddress
from django.utils import timezone

from board.models import Employer, User
from postings.models import Posting


class EmployerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Employer

    name = factory.Sequence(lambda n: f"Association Exemple {n}")
    legal_form = Employer.LegalForm.ASSOCIATION
    town = "Montreuil"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"personne{n}@exemple.org")
    password = factory.django.Password("motdepasse-solide-42")
    employer = factory.SubFactory(EmployerFactory)

    @factory.post_generation
    def verified(self, create: bool, extracted: bool | None, **kwargs: object) -> None:
        """Confirm the address (allauth's record), unless `verified=False`."""
        if create:
            EmailAddress.objects.create(
                user=self, email=self.email, primary=True, verified=extracted is not False
            )


class PostingFactory(factory.django.DjangoModelFactory):
    """A draft; see the subclasses for other statuses."""

    class Meta:
        model = Posting

    employer = factory.SubFactory(EmployerFactory)
    title = factory.Sequence(lambda n: f"Chargé·e de mission {n}")
    contract_type = "CDI"
    city = "Montreuil"
    department = "93"
    description = "Missions : accompagner les habitants du quartier.\nProfil : motivé·e."
    raw_text = factory.SelfAttribute("description")
    apply_email = "recrutement@exemple.org"


class PublishedPostingFactory(PostingFactory):
    status = Posting.Status.PUBLISHED
    submitted_at = factory.LazyFunction(lambda: timezone.now() - dt.timedelta(days=2))
    published_at = factory.LazyFunction(lambda: timezone.now() - dt.timedelta(days=1))


class PendingPostingFactory(PostingFactory):
    status = Posting.Status.PENDING
    submitted_at = factory.LazyFunction(timezone.now)


def salary(low: int, high: int | None = None, period: str = "MONTH") -> dict:
    """Pay fields for a factory call: salary(2599, 2810) → brut mensuel."""
    return {
        "salary_min": Decimal(low),
        "salary_max": Decimal(high if high is not None else low),
        "salary_period": period,
        "salary_gross": True,
    }
