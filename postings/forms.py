"""Employer forms: paste or upload a posting, then review what was extracted."""

from __future__ import annotations

import datetime as dt
from pathlib import PurePath

from django import forms
from django.conf import settings
from django.utils import timezone

from postings import geo
from postings.extract import UnreadableFile, text_from_file
from postings.models import Posting

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
MAX_TEXT_CHARS = 500_000
ACCEPTED_EXTENSIONS = {".pdf", ".docx", ".txt", ".html", ".htm"}

NOTHING_GIVEN = "Collez le texte de votre offre ou joignez son fichier (PDF, DOCX, TXT ou HTML)."
BOTH_GIVEN = "Collez le texte ou joignez un fichier, mais pas les deux à la fois."
FILE_TOO_BIG = "Ce fichier pèse {size} Mo : 5 Mo au plus. Enregistrez-le en PDF plus léger."
FILE_TYPE = "Ce type de fichier n'est pas accepté : envoyez un PDF, un DOCX, un TXT ou un HTML."
FILE_EMPTY = "Ce fichier ne contient pas de texte lisible. Collez plutôt le texte de l'offre."
TEXT_TOO_LONG = "Ce texte est trop long ({count} caractères) : une offre en fait rarement 20 000."
TOO_MANY = "Vous avez déposé beaucoup d'offres en une heure : réessayez un peu plus tard."

DEADLINE_PAST = "La date limite de candidature est déjà passée."
SALARY_RANGE_INVERTED = "Le salaire minimum dépasse le maximum."
SALARY_PERIOD_MISSING = "Précisez si ce salaire est horaire, mensuel ou annuel."
UNKNOWN_COMMUNE = "Commune inconnue : vérifiez l'orthographe (ex. « Saint-Denis », « Lyon »)."
DEPARTMENT_MISMATCH = "{city} n'est pas dans le département {department}."
CDD_WITHOUT_LENGTH = "Indiquez la durée du contrat, en mois."
START_BOTH = "Choisissez « dès que possible » ou une date, pas les deux."
MISSING_TO_SUBMIT = "Pour envoyer l'offre en validation, il manque {missing}."
NO_PAY_FIGURE = (
    "Aucun montant de salaire n'est indiqué. Les candidats comparent les offres sur ce point, "
    "et la directive européenne sur la transparence des rémunérations demande d'annoncer une "
    "rémunération ou une fourchette dès l'offre : pensez à en ajouter une."
)
CONTRACTS_WITH_LENGTH = {"CDD", "CDDI"}


class PasteForm(forms.Form):
    text = forms.CharField(
        label="Collez le texte de votre offre",
        required=False,
        strip=False,  # the employer's text is kept exactly as pasted
        widget=forms.Textarea(attrs={"rows": 16, "spellcheck": "true"}),
        help_text="Tel que vous l'avez écrit : nous en tirons l'intitulé, le contrat, le lieu, "
        "le salaire, les dates et le contact, que vous vérifierez ensuite.",
    )
    file = forms.FileField(
        label="… ou joignez son fichier",
        required=False,
        help_text="PDF, DOCX, TXT ou HTML, 5 Mo au plus.",
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(sorted(ACCEPTED_EXTENSIONS))}),
    )

    def __init__(self, *args: object, user: settings.AUTH_USER_MODEL, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_text(self) -> str:
        text = self.cleaned_data["text"]
        if len(text) > MAX_TEXT_CHARS:
            raise forms.ValidationError(
                TEXT_TOO_LONG.format(count=f"{len(text):,}".replace(",", " "))
            )
        return text

    def clean_file(self) -> object:
        upload = self.cleaned_data.get("file")
        if not upload:
            return upload
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(FILE_TOO_BIG.format(size=round(upload.size / 2**20, 1)))
        if PurePath(upload.name).suffix.lower() not in ACCEPTED_EXTENSIONS:
            raise forms.ValidationError(FILE_TYPE)
        return upload

    def clean(self) -> dict:
        data = super().clean()
        text, upload = data.get("text", ""), data.get("file")
        if self.errors:
            return data
        if text.strip() and upload:
            raise forms.ValidationError(BOTH_GIVEN)
        if not text.strip() and not upload:
            raise forms.ValidationError(NOTHING_GIVEN)
        if upload:
            try:
                text = text_from_file(upload.read(), upload.name)
            except UnreadableFile as error:
                raise forms.ValidationError(str(error)) from error
            if not text.strip():
                raise forms.ValidationError(FILE_EMPTY)
        recent = Posting.objects.filter(
            created_by=self.user, created_at__gte=timezone.now() - dt.timedelta(hours=1)
        ).count()
        if recent >= settings.POSTINGS_PER_HOUR:
            raise forms.ValidationError(TOO_MANY)
        data["posting_text"] = text
        return data


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self) -> None:
        super().__init__(format="%Y-%m-%d")


class TriState(forms.NullBooleanSelect):
    """Yes / no / not said, with French labels."""

    def __init__(self, yes: str, no: str) -> None:
        super().__init__()
        self.choices = [("unknown", "Non précisé"), ("true", yes), ("false", no)]


class PostingForm(forms.ModelForm):
    """The review form. `submitting=True` adds what moderation needs (required fields…)."""

    full_time = forms.NullBooleanField(
        label="Temps de travail", required=False, widget=TriState("Temps plein", "Temps partiel")
    )
    salary_gross = forms.NullBooleanField(
        label="Brut ou net", required=False, widget=TriState("Brut", "Net")
    )

    class Meta:
        model = Posting
        fields = [
            "title",
            "employer_name",
            "contract_type",
            "duration_months",
            "city",
            "department",
            "remote",
            "full_time",
            "hours_per_week",
            "salary_min",
            "salary_max",
            "salary_period",
            "salary_gross",
            "salary_text",
            "start_asap",
            "start_date",
            "deadline",
            "apply_email",
            "apply_url",
            "description",
        ]
        widgets = {
            "start_date": DateInput(),
            "deadline": DateInput(),
            "department": forms.Select(
                choices=[("", "— déduit de la commune —"), *geo.DEPARTMENT_CHOICES]
            ),
            "description": forms.Textarea(attrs={"rows": 18}),
            "salary_text": forms.TextInput(attrs={"placeholder": "ex. selon CCN 66, selon profil"}),
        }
        help_texts = {
            "duration_months": "Pour un CDD, un stage, une alternance, un service civique.",
            "city": "La commune où le poste est basé.",
            "salary_min": "En euros, tel que vous l'annoncez.",
        }

    def __init__(self, *args: object, submitting: bool = False, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.submitting = submitting
        self.previous_description = self.instance.description
        for name in ("contract_type", "remote", "salary_period"):
            self.fields[name].choices = [("", "Non précisé"), *self.fields[name].choices[1:]]

    def clean_city(self) -> str:
        return self.cleaned_data["city"].strip()

    def clean(self) -> dict:
        data = super().clean()
        self._check_place(data)
        low, high = data.get("salary_min"), data.get("salary_max")
        if low is not None and high is not None and low > high:
            self.add_error("salary_max", SALARY_RANGE_INVERTED)
        if (low is not None or high is not None) and not data.get("salary_period"):
            self.add_error("salary_period", SALARY_PERIOD_MISSING)
        if data.get("start_asap") and data.get("start_date"):
            self.add_error("start_date", START_BOTH)
        if self.submitting:
            self._check_submission(data)
        return data

    def _check_place(self, data: dict) -> None:
        city, department = data.get("city", ""), data.get("department", "")
        if not city:
            return
        gazetteer = geo.gazetteer()
        communes = gazetteer.by_name(city)
        if not communes:
            self.add_error("city", UNKNOWN_COMMUNE)
            return
        if department and not gazetteer.by_name(city, department):
            label = geo.department_label(department)
            self.add_error("department", DEPARTMENT_MISMATCH.format(city=city, department=label))
            return
        commune = gazetteer.lookup(city, department=department or None)
        data["city"], data["department"] = commune.name, commune.department
        if len(commune.postcodes) == 1:
            self.instance.postal_code = commune.postcodes[0]
        elif self.instance.city != commune.name:
            self.instance.postal_code = ""

    def _check_submission(self, data: dict) -> None:
        deadline = data.get("deadline")
        if deadline and deadline < timezone.localdate():
            self.add_error("deadline", DEADLINE_PAST)
        if data.get("contract_type") in CONTRACTS_WITH_LENGTH and not data.get("duration_months"):
            self.add_error("duration_months", CDD_WITHOUT_LENGTH)

    def _post_clean(self) -> None:
        super()._post_clean()
        if self.submitting and not self.errors:
            missing = self.instance.missing_for_submission()
            if missing:
                self.add_error(None, MISSING_TO_SUBMIT.format(missing=", ".join(missing)))

    SECTIONS = [
        ("Le poste", ["title", "employer_name", "contract_type", "duration_months"]),
        ("Le lieu", ["city", "department", "remote"]),
        ("Le temps de travail", ["full_time", "hours_per_week"]),
        (
            "La rémunération",
            ["salary_min", "salary_max", "salary_period", "salary_gross", "salary_text"],
        ),
        ("Les dates", ["start_asap", "start_date", "deadline"]),
        ("Pour postuler", ["apply_email", "apply_url"]),
        ("Le texte de l'offre", ["description"]),
    ]

    def sections(self, evidence: dict[str, str]) -> list[tuple[str, list[tuple[object, str]]]]:
        """[(section title, [(bound field, words of the text it came from)])] for the page."""
        return [
            (title, [(self[name], evidence.get(name, "")) for name in names])
            for title, names in self.SECTIONS
        ]

    @property
    def soft_warnings(self) -> list[str]:
        """Advice that does not block submission."""
        posting = self.instance
        if posting.salary_min is None and posting.salary_max is None:
            return [NO_PAY_FIGURE]
        return []

    def save_edits(self) -> bool:
        """Save; True when a published offer goes back to moderation (see Posting.save_edits)."""
        return self.instance.save_edits(
            set(self.changed_data), previous_description=self.previous_description
        )
