"""Accounts: the user (e-mail is the login) and the employer organisation they belong to."""

from __future__ import annotations

import datetime as dt
import secrets

from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from stdnum.exceptions import ValidationError as StdnumError
from stdnum.fr import siret as siret_number

INVALID_SIRET = "Ce numéro SIRET n'est pas valide (14 chiffres, clé de contrôle incorrecte)."


def validate_siret(value: str) -> None:
    """A valid French SIRET (14 digits and Luhn key, La Poste's exception included)."""
    try:
        siret_number.validate(value)
    except StdnumError as error:
        raise ValidationError(INVALID_SIRET, code="invalid_siret") from error


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def _create(self, email: str, password: str | None, **extra: object) -> User:
        if not email:
            raise ValueError("Une adresse e-mail est obligatoire.")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **extra: object) -> User:
        extra.setdefault("is_staff", False)
        extra.setdefault("is_superuser", False)
        return self._create(email, password, **extra)

    def create_superuser(self, email: str, password: str | None = None, **extra: object) -> User:
        extra.update(is_staff=True, is_superuser=True)
        return self._create(email, password, **extra)


class Employer(models.Model):
    """An organisation that hires: association, coopérative, fondation, mutuelle, SIAE…"""

    class LegalForm(models.TextChoices):
        ASSOCIATION = "association", "Association loi 1901"
        COOPERATIVE = "cooperative", "Coopérative (SCOP, SCIC)"
        FOUNDATION = "fondation", "Fondation"
        MUTUAL = "mutuelle", "Mutuelle"
        SIAE = "siae", "Structure d'insertion (SIAE)"
        ESUS = "esus", "Entreprise ESUS"
        OTHER = "autre", "Autre"

    name = models.CharField("nom", max_length=200)
    slug = models.SlugField(max_length=220, unique=True)
    legal_form = models.CharField(
        "forme juridique", max_length=20, choices=LegalForm, default=LegalForm.ASSOCIATION
    )
    siret = models.CharField(
        "SIRET", max_length=14, blank=True, validators=[validate_siret], help_text="Facultatif."
    )
    town = models.CharField("commune", max_length=100, blank=True)
    website = models.URLField("site web", blank=True)
    is_verified = models.BooleanField("vérifiée", default=False)
    is_suspended = models.BooleanField("suspendue", default=False)
    created_at = models.DateTimeField("créée le", auto_now_add=True)

    class Meta:
        verbose_name = "employeur"
        verbose_name_plural = "employeurs"
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args: object, **kwargs: object) -> None:
        if not self.slug:
            self.slug = self._unique_slug()
        super().save(*args, **kwargs)

    def _unique_slug(self) -> str:
        base = slugify(self.name)[:200] or "employeur"
        slug, n = base, 2
        while Employer.objects.filter(slug=slug).exclude(pk=self.pk).exists():
            slug, n = f"{base}-{n}", n + 1
        return slug


class User(AbstractUser):
    """A person with an account; `employer` is the organisation they post for (if any)."""

    username = None
    email = models.EmailField("adresse e-mail", unique=True)
    employer = models.ForeignKey(
        Employer,
        verbose_name="employeur",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="members",
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    objects = UserManager()

    class Meta:
        verbose_name = "utilisateur"
        verbose_name_plural = "utilisateurs"

    def __str__(self) -> str:
        return self.email

    def get_absolute_url(self) -> str:
        return reverse("admin:board_user_change", args=[self.pk])

    @property
    def has_verified_email(self) -> bool:
        """The login address was confirmed through the link sent to it."""
        from allauth.account.models import EmailAddress

        return EmailAddress.objects.filter(
            user=self, email__iexact=self.email, verified=True
        ).exists()

    def posting_refusal(self) -> str:
        """Why this person cannot post offers now ("" when they can), in French."""
        if self.employer_id is None:
            return "Votre compte n'est rattaché à aucune organisation."
        if self.employer.is_suspended:
            return (
                "Votre organisation est suspendue : vous ne pouvez pas publier d'offre. "
                "Écrivez-nous pour en savoir plus."
            )
        if not self.has_verified_email:
            return "Confirmez d'abord votre adresse e-mail avec le lien que nous vous avons envoyé."
        return ""


def new_invitation_token() -> str:
    """A random, URL-safe secret for an invitation link."""
    return secrets.token_urlsafe(32)


class Invitation(models.Model):
    """A member invites a colleague to join the organisation; the link works once, 14 days."""

    VALIDITY = dt.timedelta(days=14)

    employer = models.ForeignKey(
        Employer, verbose_name="employeur", on_delete=models.CASCADE, related_name="invitations"
    )
    email = models.EmailField("adresse invitée")
    token = models.CharField(max_length=64, unique=True, default=new_invitation_token)
    invited_by = models.ForeignKey(
        User, verbose_name="invitée par", on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField("envoyée le", default=timezone.now)
    accepted_at = models.DateTimeField("acceptée le", null=True, blank=True)
    accepted_by = models.ForeignKey(
        User, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = "invitation"
        verbose_name_plural = "invitations"
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.email} → {self.employer}"

    @property
    def is_usable(self) -> bool:
        """Not yet accepted, not expired, and the organisation is not suspended."""
        return (
            self.accepted_at is None
            and self.created_at + self.VALIDITY > timezone.now()
            and not self.employer.is_suspended
        )

    def accept(self, user: User) -> None:
        """Make `user` a member of the organisation (once)."""
        if not self.is_usable:
            raise ValueError("Cette invitation n'est plus valable.")
        user.employer = self.employer
        user.save(update_fields=["employer"])
        self.accepted_at, self.accepted_by = timezone.now(), user
        self.save(update_fields=["accepted_at", "accepted_by"])
