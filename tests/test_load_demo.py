from collections import Counter

import pytest
from django.core.management import call_command

from postings import geo
from postings.models import ContractType, Posting


@pytest.fixture
def loaded(db):
    call_command("load_demo", verbosity=0)


def test_load_demo_loads_the_seeds_and_300_generated_offers(loaded):
    assert Posting.objects.count() == 325
    halage = Posting.objects.get(title="Chef.fe de projet Fleurs d'Halage")
    assert (halage.city, halage.department, halage.contract_type) == (
        "L'Île-Saint-Denis",
        "93",
        "CDI",
    )
    assert (halage.salary_min, halage.salary_max, halage.salary_period) == (2599, 2810, "MONTH")
    assert halage.start_asap and halage.apply_email == "recrutement@halage.fr"
    assert halage.description.startswith(" Chef.fe de projet Fleurs d’Halage")
    assert halage.raw_text == halage.description


def test_load_demo_twice_does_not_duplicate(loaded):
    call_command("load_demo", verbosity=0)
    assert Posting.objects.count() == 325


def test_demo_offers_are_varied(loaded):
    offers = Posting.objects.all()
    assert {p.contract_type for p in offers} >= set(ContractType.values)
    departments = {p.department for p in offers}
    assert {"2A", "2B", "971", "972", "973", "974", "976"} <= departments
    assert len(departments & set(geo.DEPARTMENTS)) >= 101
    assert {p.salary_period for p in offers} >= {"HOUR", "MONTH", "YEAR"}
    assert any("CCN 66" in p.salary_text for p in offers)
    assert any(p.remote == "FULL" for p in offers) and any(p.full_time is False for p in offers)
    statuses = Counter(p.status for p in offers)
    assert statuses["expired"] > 0 and statuses["closed"] > 0
    assert 250 < Posting.objects.published().count() < 325
