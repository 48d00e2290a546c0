import pytest
from django import forms

from postings import geo
from postings.models import ContractType
from postings.widgets import FastCheckboxSelectMultiple, FastSelect, FastSelectMultiple

REGIONS = [("", "Toutes les régions"), *geo.REGION_CHOICES]
ERROR_ATTRS = {"id": "id_x", "aria-describedby": "id_x_error", "aria-invalid": True}


@pytest.mark.parametrize("attrs", [{"id": "id_x"}, ERROR_ATTRS, None])
@pytest.mark.parametrize(
    ("django_widget", "fast_widget", "choices", "widget_attrs", "value"),
    [
        (forms.SelectMultiple, FastSelectMultiple, geo.DEPARTMENT_CHOICES, {"size": 4}, None),
        (forms.SelectMultiple, FastSelectMultiple, geo.DEPARTMENT_CHOICES, {}, ["93", "2A"]),
        (forms.SelectMultiple, FastSelectMultiple, geo.DEPARTMENT_CHOICES, {}, ['"><b>']),
        (forms.Select, FastSelect, REGIONS, {}, ""),
        (forms.Select, FastSelect, REGIONS, {}, "11"),
        (forms.CheckboxSelectMultiple, FastCheckboxSelectMultiple, ContractType.choices, {}, []),
        (
            forms.CheckboxSelectMultiple,
            FastCheckboxSelectMultiple,
            ContractType.choices,
            {"class": "boxes"},
            ["CDI", "CDD"],
        ),
    ],
)
def test_fast_widgets_write_exactly_what_django_writes(
    django_widget, fast_widget, choices, widget_attrs, value, attrs
):
    expected = django_widget(attrs=widget_attrs, choices=choices).render("x", value, attrs)
    assert fast_widget(attrs=widget_attrs, choices=choices).render("x", value, attrs) == expected


def test_fast_widgets_fall_back_to_django_for_grouped_choices():
    grouped = [("Île-de-France", [("75", "Paris"), ("93", "Seine-Saint-Denis")])]
    expected = forms.Select(choices=grouped).render("x", "93")
    assert FastSelect(choices=grouped).render("x", "93") == expected
