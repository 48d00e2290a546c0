"""The public listing's filters (`/offres/`, `/api/offres/`), one FilterSet over QuerySet methods.

Parameter names are part of the product (shared links, feeds): `q`, `departement` (repeatable),
`region`, `contrat` (repeatable), `salaire_min`, `avec_salaire`, `teletravail`, `temps`, `tri`.
A bad value never breaks the page: the field carries a French error and is ignored while the
other filters apply.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from decimal import Decimal

import django_filters
from django import forms
from django.db.models import QuerySet
from django.template.loader import get_template
from django.utils.safestring import SafeString, mark_safe

from postings import geo
from postings.models import ContractType, Posting, PostingQuerySet, Remote

MAX_QUERY_LENGTH = 200
MAX_SALARY = 100_000

UNKNOWN_DEPARTMENT = "Département inconnu : %(value)s. Choisissez un département de la liste."
UNKNOWN_REGION = "Région inconnue : %(value)s."
UNKNOWN_CONTRACT = "Type de contrat inconnu : %(value)s."
QUERY_TOO_LONG = "Votre recherche est trop longue (%(show_value)d caractères) : 200 au plus."
SALARY_NOT_A_NUMBER = "Le salaire minimum doit être un nombre d'euros, par exemple 2000."
SALARY_NEGATIVE = "Le salaire minimum ne peut pas être négatif."
SALARY_TOO_HIGH = "Le salaire minimum doit rester sous 100 000 € par mois."
BAD_CHOICE = "Valeur inconnue : %(value)s."

TIME_CHOICES = [("plein", "Temps plein"), ("partiel", "Temps partiel")]
SORT_CHOICES = [("date", "Les plus récentes"), ("salaire", "Les mieux payées")]


def constant(choices: list[tuple[str, str]]) -> Callable[[], list[tuple[str, str]]]:
    """The choices as a function. Each request's form copies its fields, choices included: a
    function is copied at no cost, where a list of 101 départements was copied element by
    element (about 1 ms a request)."""
    return lambda: choices


class PostingFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        method="filter_q",
        label="Mots-clés",
        max_length=MAX_QUERY_LENGTH,
        error_messages={"max_length": QUERY_TOO_LONG},
        widget=forms.TextInput(
            attrs={"type": "search", "placeholder": "ex. éducateur, jardin, comptable"}
        ),
    )
    departement = django_filters.MultipleChoiceFilter(
        method="filter_departement",
        label="Département",
        choices=constant(geo.DEPARTMENT_CHOICES),
        error_messages={"invalid_choice": UNKNOWN_DEPARTMENT},
        widget=forms.SelectMultiple(attrs={"size": 4}),
    )
    region = django_filters.ChoiceFilter(
        method="filter_region",
        label="Région",
        choices=constant(geo.REGION_CHOICES),
        empty_label="Toutes les régions",
        error_messages={"invalid_choice": UNKNOWN_REGION},
    )
    contrat = django_filters.MultipleChoiceFilter(
        method="filter_contrat",
        label="Contrat",
        choices=constant(ContractType.choices),
        error_messages={"invalid_choice": UNKNOWN_CONTRACT},
        widget=forms.CheckboxSelectMultiple,
    )
    salaire_min = django_filters.NumberFilter(
        method="filter_salaire",
        label="Salaire minimum (brut mensuel, €)",
        min_value=Decimal(0),
        max_value=Decimal(MAX_SALARY),
        error_messages={
            "invalid": SALARY_NOT_A_NUMBER,
            "min_value": SALARY_NEGATIVE,
            "max_value": SALARY_TOO_HIGH,
            "max_digits": SALARY_TOO_HIGH,
            "max_whole_digits": SALARY_TOO_HIGH,
            "max_decimal_places": SALARY_NOT_A_NUMBER,
        },
        widget=forms.NumberInput(attrs={"step": 100, "min": 0, "inputmode": "numeric"}),
    )
    avec_salaire = django_filters.BooleanFilter(
        method="filter_salaire",
        label="Seulement les offres qui affichent un salaire",
        widget=forms.CheckboxInput,
    )
    teletravail = django_filters.ChoiceFilter(
        method="filter_teletravail",
        label="Télétravail",
        choices=constant(Remote.choices),
        empty_label="Indifférent",
        error_messages={"invalid_choice": BAD_CHOICE},
    )
    temps = django_filters.ChoiceFilter(
        method="filter_temps",
        label="Temps de travail",
        choices=constant(TIME_CHOICES),
        empty_label="Indifférent",
        error_messages={"invalid_choice": BAD_CHOICE},
    )
    tri = django_filters.ChoiceFilter(
        method="filter_tri",
        label="Trier par",
        choices=constant(SORT_CHOICES),
        empty_label=None,
        null_value="date",
        error_messages={"invalid_choice": BAD_CHOICE},
    )

    class Meta:
        model = Posting
        fields: list[str] = []

    def get_form_class(self) -> type[forms.Form]:
        # The form's fields are the same for every request: the class is built once per
        # process (0.1 ms a request), and each form still works on copies of its fields.
        cls = type(self)
        if "_form_class" not in cls.__dict__:
            form_class = super().get_form_class()
            form_class.base_fields["avec_salaire"].label_suffix = ""
            cls._form_class = form_class
        return cls._form_class

    def filter_queryset(self, queryset: QuerySet[Posting]) -> QuerySet[Posting]:
        queryset = super().filter_queryset(queryset)
        data = self.form.cleaned_data if self.is_bound else {}
        figures_first = data.get("salaire_min") is not None
        return queryset.ordered(data.get("tri") or "date", figures_first=figures_first)

    def filter_q(self, queryset: PostingQuerySet, name: str, value: str) -> PostingQuerySet:
        return queryset.search(value)

    def filter_departement(
        self, queryset: PostingQuerySet, name: str, value: list[str]
    ) -> PostingQuerySet:
        return queryset.in_departments(value)

    def filter_region(self, queryset: PostingQuerySet, name: str, value: str) -> PostingQuerySet:
        return queryset.in_region(value)

    def filter_contrat(
        self, queryset: PostingQuerySet, name: str, value: list[str]
    ) -> PostingQuerySet:
        return queryset.with_contracts(value)

    def filter_salaire(
        self, queryset: PostingQuerySet, name: str, value: object
    ) -> PostingQuerySet:
        # Both salary parameters act together; apply them once, from the salaire_min filter.
        if name != "salaire_min" and self.form.cleaned_data.get("salaire_min") is not None:
            return queryset
        euros = self.form.cleaned_data.get("salaire_min")
        figures_only = bool(self.form.cleaned_data.get("avec_salaire"))
        return queryset.with_min_monthly_salary(
            int(euros) if euros is not None else None, figures_only=figures_only
        )

    def filter_teletravail(
        self, queryset: PostingQuerySet, name: str, value: str
    ) -> PostingQuerySet:
        return queryset.with_remote(value)

    def filter_temps(self, queryset: PostingQuerySet, name: str, value: str) -> PostingQuerySet:
        return queryset.full_time({"plein": True, "partiel": False}.get(value))

    def filter_tri(self, queryset: PostingQuerySet, name: str, value: str) -> PostingQuerySet:
        return queryset  # ordering is applied last, in filter_queryset

    def results_cache_key(self) -> str:
        """Where the ids of these results are cached (see `CappedPaginator`): the filters as
        understood and the version of the offers (`PostingQuerySet.version`), so that a
        saved offer or a suspended organisation shows at once."""
        data = {}
        if self.is_bound:
            self.form.is_valid()  # fills cleaned_data with the values understood
            data = self.form.cleaned_data
        understood = sorted(
            (name, sorted(value) if isinstance(value, list) else str(value))
            for name, value in data.items()
            if value not in (None, "", [])
        )
        filters = hashlib.sha256(repr(understood).encode()).hexdigest()[:32]
        return f"postings:results:{filters}:{Posting.objects.version()}"

    @property
    def active_count(self) -> int:
        """How many filters the candidate set (to offer "widen your search")."""
        if not self.is_bound:
            return 0
        keys = set(self.data.keys()) - {"page", "tri"}
        return sum(1 for key in keys if any(self.data.getlist(key)))


FIELD_TEMPLATE = "postings/_filter_field.html"
# The fields rendered so far in this process, by (name, submitted values): at most this many
# (a few kB each), the oldest forgotten first.
FIELDS_KEPT = 1000
_rendered_fields: dict[tuple[str, tuple[str, ...]], str] = {}


def filter_fields_html(filterset: PostingFilter) -> SafeString:
    """The HTML of the fields of the filter form, as the candidate filled it in.

    Django renders a field through several templates, and each option of a select through
    one more: the 101 départements alone take about 7 ms. A field's HTML depends only on
    its own submitted values (its error message too) and on the code, so each field is
    rendered once per process and set of values: a new search renders the keyword box
    again, not the lists of départements or régions.
    """
    form = filterset.form
    data = filterset.data if filterset.is_bound else {}
    fields = []
    for name in form.fields:
        key = (name, tuple(data.getlist(name)) if data else ())
        html = _rendered_fields.get(key)
        if html is None:
            html = str(get_template(FIELD_TEMPLATE).render({"field": form[name]}))
            if len(_rendered_fields) >= FIELDS_KEPT:
                del _rendered_fields[next(iter(_rendered_fields))]
            _rendered_fields[key] = html
        fields.append(html)
    return mark_safe("".join(fields))  # noqa: S308 - our own template's output
