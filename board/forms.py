"""Account forms: sign-up with the organisation, invitations."""

from __future__ import annotations

from allauth.account.forms import SignupForm as AllauthSignupForm
from django import forms
from django.db import transaction
from django.http import HttpRequest

from board.models import Employer, Invitation, User, validate_siret
from postings import geo

ORGANISATION_REQUIRED = "Indiquez le nom de votre organisation."
TOWN_REQUIRED = "Indiquez la commune de votre organisation."
UNKNOWN_TOWN = "Commune inconnue : vérifiez l'orthographe (ex. « Saint-Denis », « Lyon »)."
INVITATION_INVALID = "Cette invitation n'est plus valable : demandez-en une nouvelle."


def clean_siret_value(value: str) -> str:
    """Digits only ("123 456 789 00012" → "12345678900012"), checked with python-stdnum."""
    digits = "".join(ch for ch in value if not ch.isspace() and ch not in ".-")
    if digits:
        validate_siret(digits)
    return digits


class SignupForm(AllauthSignupForm):
    """E-mail, password, and the organisation (unless the person joins one by invitation)."""

    organisation = forms.CharField(label="Nom de l'organisation", max_length=200, required=False)
    legal_form = forms.ChoiceField(
        label="Forme juridique", choices=Employer.LegalForm.choices, required=False
    )
    siret = forms.CharField(
        label="SIRET",
        max_length=20,
        required=False,
        help_text="Facultatif : 14 chiffres, pour que nous puissions vérifier votre structure.",
    )
    town = forms.CharField(label="Commune", max_length=100, required=False)
    invitation = forms.CharField(widget=forms.HiddenInput, required=False)

    field_order = ["email", "password1", "password2", "organisation", "legal_form", "siret", "town"]

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["email"].label = "Adresse e-mail professionnelle"
        self.fields["organisation"].widget.attrs["autocomplete"] = "organization"
        self.fields["town"].widget.attrs["autocomplete"] = "address-level2"
        honeypot = self.fields.get("site_web")
        if honeypot is not None:  # allauth's trap for bots; people never see or reach it
            honeypot.widget.attrs.update({"aria-label": "Ne pas remplir", "tabindex": "-1"})
        self.invitation_obj: Invitation | None = None

    def clean_siret(self) -> str:
        return clean_siret_value(self.cleaned_data.get("siret", ""))

    def clean_invitation(self) -> str:
        token = self.cleaned_data.get("invitation", "")
        if token:
            invitation = Invitation.objects.select_related("employer").filter(token=token).first()
            if invitation is None or not invitation.is_usable:
                raise forms.ValidationError(INVITATION_INVALID)
            self.invitation_obj = invitation
        return token

    def clean(self) -> dict:
        data = super().clean()
        if self.invitation_obj is None:
            if not data.get("organisation", "").strip():
                self.add_error("organisation", ORGANISATION_REQUIRED)
            town = data.get("town", "").strip()
            if not town:
                self.add_error("town", TOWN_REQUIRED)
            elif not geo.gazetteer().by_name(town):
                self.add_error("town", UNKNOWN_TOWN)
        return data

    @transaction.atomic
    def signup(self, request: HttpRequest, user: User) -> None:
        """Called by allauth once the user exists: create or join the organisation."""
        if self.invitation_obj is not None:
            self.invitation_obj.accept(user)
            return
        commune = geo.gazetteer().lookup(self.cleaned_data["town"])
        employer = Employer.objects.create(
            name=self.cleaned_data["organisation"].strip(),
            legal_form=self.cleaned_data.get("legal_form") or Employer.LegalForm.ASSOCIATION,
            siret=self.cleaned_data.get("siret", ""),
            town=commune.name if commune else self.cleaned_data["town"].strip(),
        )
        user.employer = employer
        user.save(update_fields=["employer"])


class InvitationForm(forms.Form):
    email = forms.EmailField(label="Adresse e-mail de votre collègue")
