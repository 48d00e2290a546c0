"""Accounts: the user (e-mail is the login) and the employer organisation they belong to."""

from __future__ import annotations

from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
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
