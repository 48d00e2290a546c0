import datetime as dt
import json
import re

import pytest
from django.urls import reverse
from django.utils import timezone
from pytest_django.asserts import assertContains, assertNotContains

from postings.models import Posting
from tests.factories import PendingPostingFactory, PostingFactory, PublishedPostingFactory, salary


@pytest.fixture
def halage(db):
    return PublishedPostingFactory(
        title="Chef.fe de projet Fleurs d'Halage",
        employer__name="Halage",
        employer__website="https://www.halage.fr/",
        city="L'Île-Saint-Denis",
        department="93",
        postal_code="93450",
        contract_type="CDI",
        hours_per_week=35,
        full_time=True,
        start_asap=True,
        apply_email="recrutement@halage.fr",
        description="I. Contexte\nHalage cherche à répondre…\n\nV. Conditions\nCDI - 35 heures",
        **salary(2599, 2810),
    )


def json_ld(response) -> dict:
    found = re.search(
        r'<script type="application/ld\+json">(.*?)</script>', response.content.decode(), re.S
    )
    assert found, "no JSON-LD in the page"
    return json.loads(found.group(1))


def test_detail_shows_the_facts_then_the_text(client, halage):
    response = client.get(halage.get_absolute_url())
    assert response.status_code == 200
    assertContains(response, "2\u202f599 – 2\u202f810\u00a0€ brut/mois")
    assertContains(response, "L&#x27;Île-Saint-Denis, 93 – Seine-Saint-Denis")
    assertContains(response, "35\u00a0h par semaine, temps plein")
    assertContains(response, "Dès que possible")
    assertContains(response, 'href="mailto:recrutement@halage.fr?subject=')
    assertContains(response, "I. Contexte<br>Halage cherche à répondre…</p>")
    body = response.content.decode().split("<main", 1)[1]
    assert body.index("Salaire") < body.index("I. Contexte")


def test_detail_escapes_what_the_employer_wrote(client, db):
    posting = PublishedPostingFactory(
        title="<img src=x onerror=alert(1)>", description="<script>alert('x')</script>"
    )
    response = client.get(posting.get_absolute_url())
    assertNotContains(response, "<script>alert")
    assertNotContains(response, "<img src=x")
    assertContains(response, "&lt;script&gt;alert")
    # Inside the JSON-LD too, < and > are escaped so that the script element cannot be closed.
    assert "</script><" not in json.dumps(json_ld(response))


def test_json_ld_is_a_valid_job_posting(client, halage):
    data = json_ld(client.get(halage.get_absolute_url()))
    assert data["@context"] == "https://schema.org/"
    assert data["@type"] == "JobPosting"
    assert data["title"] == "Chef.fe de projet Fleurs d'Halage"
    assert data["datePosted"] == halage.published_at.date().isoformat()
    assert data["validThrough"] == halage.expires_at.isoformat()
    assert data["employmentType"] == ["FULL_TIME"]
    assert data["hiringOrganization"] == {
        "@type": "Organization",
        "name": "Halage",
        "sameAs": "https://www.halage.fr/",
    }
    assert data["jobLocation"]["address"] == {
        "@type": "PostalAddress",
        "addressLocality": "L'Île-Saint-Denis",
        "postalCode": "93450",
        "addressRegion": "Île-de-France",
        "addressCountry": "FR",
    }
    assert data["baseSalary"] == {
        "@type": "MonetaryAmount",
        "currency": "EUR",
        "value": {
            "@type": "QuantitativeValue",
            "unitText": "MONTH",
            "minValue": 2599.0,
            "maxValue": 2810.0,
        },
    }
    assert data["description"].startswith("<p>I. Contexte<br>")


@pytest.mark.parametrize(
    ("contract", "full_time", "expected"),
    [
        ("CDD", False, ["TEMPORARY", "PART_TIME"]),
        ("STAGE", None, ["INTERN"]),
        ("SERVICE_CIVIQUE", None, ["VOLUNTEER"]),
        ("FREELANCE", None, ["CONTRACTOR"]),
    ],
)
def test_json_ld_maps_the_contract(client, db, contract, full_time, expected):
    posting = PublishedPostingFactory(contract_type=contract, full_time=full_time)
    assert json_ld(client.get(posting.get_absolute_url()))["employmentType"] == expected


def test_json_ld_omits_the_salary_when_there_is_no_figure(client, db):
    posting = PublishedPostingFactory(salary_text="selon CCN 66")
    assert "baseSalary" not in json_ld(client.get(posting.get_absolute_url()))


def test_a_wrong_or_missing_slug_redirects_permanently(client, halage):
    right = halage.get_absolute_url()
    for wrong in (f"/offres/{halage.pk}/autre-chose/", f"/offres/{halage.pk}/"):
        response = client.get(wrong)
        assert response.status_code == 301
        assert response["Location"] == right


@pytest.mark.parametrize("factory", [PostingFactory, PendingPostingFactory])
def test_an_offer_that_is_not_public_is_a_404(client, db, factory):
    posting = factory()
    response = client.get(f"/offres/{posting.pk}/{posting.slug}/")
    assert response.status_code == 404
    assertContains(response, "Page introuvable", status_code=404)


def test_a_rejected_offer_is_a_404(client, db):
    posting = PublishedPostingFactory(status=Posting.Status.REJECTED)
    assert client.get(f"/offres/{posting.pk}/{posting.slug}/").status_code == 404


def test_an_unknown_offer_is_a_404(client, db):
    assert client.get("/offres/999999/x/").status_code == 404


def test_a_closed_offer_says_so_instead_of_the_apply_button(client, halage):
    halage.close()
    response = client.get(halage.get_absolute_url())
    assert response.status_code == 200
    assertContains(response, "l'employeur l'a clôturée")
    assertNotContains(response, "mailto:recrutement@halage.fr")
    assertNotContains(response, "application/ld+json")


def test_an_offer_past_its_deadline_answers_410(client, db):
    posting = PublishedPostingFactory(deadline=timezone.localdate() - dt.timedelta(days=2))
    response = client.get(posting.get_absolute_url())
    assert response.status_code == 410
    assertContains(response, "sa date limite est passée", status_code=410)
    assertNotContains(response, "Postuler", status_code=410)


def test_an_offer_of_a_suspended_employer_is_a_404(client, halage):
    halage.employer.is_suspended = True
    halage.employer.save()
    assert client.get(halage.get_absolute_url()).status_code == 404


def test_detail_url_is_built_with_the_title_slug(halage):
    assert halage.get_absolute_url() == reverse(
        "postings:detail", args=[halage.pk, "cheffe-de-projet-fleurs-dhalage"]
    )
