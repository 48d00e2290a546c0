import datetime as dt
import re

import pytest
from django.urls import reverse
from django.utils import timezone
from pytest_django.asserts import assertContains, assertNotContains

from postings.filters import (
    QUERY_TOO_LONG,
    SALARY_NEGATIVE,
    SALARY_NOT_A_NUMBER,
)
from postings.pagination import PAGE_NOT_A_NUMBER, PAGE_TOO_FAR
from tests.factories import PendingPostingFactory, PublishedPostingFactory, salary

URL = reverse("postings:list")


def titles(response) -> list[str]:
    return [
        t.replace("&#x27;", "'")
        for t in re.findall(r"<h3><a [^>]*>([^<]*)</a>", response.content.decode())
    ]


@pytest.fixture
def offers(db):
    """A small, varied set of live offers."""
    now = timezone.now()
    return {
        "halage": PublishedPostingFactory(
            title="Chef.fe de projet Fleurs d'Halage",
            city="L'Île-Saint-Denis",
            department="93",
            contract_type="CDI",
            full_time=True,
            published_at=now - dt.timedelta(days=3),
            **salary(2599, 2810),
        ),
        "lyon": PublishedPostingFactory(
            title="Animateur jeunesse",
            city="Lyon",
            department="69",
            contract_type="CDD",
            duration_months=6,
            full_time=False,
            remote="PARTIAL",
            published_at=now - dt.timedelta(days=1),
            **salary(21000, 24000, "YEAR"),
        ),
        "ccn": PublishedPostingFactory(
            title="Éducateur spécialisé",
            city="Saint-Denis",
            department="93",
            contract_type="CDI",
            salary_text="selon CCN 66",
            remote="FULL",
            published_at=now - dt.timedelta(days=2),
        ),
        "ajaccio": PublishedPostingFactory(
            title="Service civique médiation",
            city="Ajaccio",
            department="2A",
            contract_type="SERVICE_CIVIQUE",
            published_at=now - dt.timedelta(days=5),
            **salary(620, 620),
        ),
    }


def test_listing_shows_live_offers_newest_first(client, offers):
    PendingPostingFactory(title="En attente de validation")
    response = client.get(URL)
    assert titles(response) == [
        "Animateur jeunesse",
        "Éducateur spécialisé",
        "Chef.fe de projet Fleurs d'Halage",
        "Service civique médiation",
    ]
    assertContains(response, "4 offres correspondent")


def test_each_result_shows_its_facts(client, offers):
    response = client.get(URL)
    assertContains(response, "L&#x27;Île-Saint-Denis (93)")
    assertContains(response, "2\u202f599 – 2\u202f810\u00a0€ brut/mois")
    assertContains(response, "21\u202f000 – 24\u202f000\u00a0€ brut/an")
    assertContains(response, "selon CCN 66")
    assertContains(response, "CDD (6\u00a0mois)")
    assertContains(response, "Télétravail partiel")
    assertContains(response, "Télétravail complet")
    assertContains(response, "Publiée le")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("departement=93", {"Chef.fe de projet Fleurs d'Halage", "Éducateur spécialisé"}),
        ("departement=69&departement=2A", {"Animateur jeunesse", "Service civique médiation"}),
        ("region=94", {"Service civique médiation"}),
        ("region=11", {"Chef.fe de projet Fleurs d'Halage", "Éducateur spécialisé"}),
        ("contrat=CDD", {"Animateur jeunesse"}),
        (
            "contrat=CDD&contrat=SERVICE_CIVIQUE",
            {"Animateur jeunesse", "Service civique médiation"},
        ),
        ("teletravail=FULL", {"Éducateur spécialisé"}),
        ("temps=partiel", {"Animateur jeunesse"}),
        ("temps=plein", {"Chef.fe de projet Fleurs d'Halage"}),
        ("q=jeunesse", {"Animateur jeunesse"}),
        ("q=educateur", {"Éducateur spécialisé"}),
        (
            "departement=93&contrat=CDI&salaire_min=2500",
            {"Chef.fe de projet Fleurs d'Halage", "Éducateur spécialisé"},
        ),
        (
            "departement=93&contrat=CDI&salaire_min=2500&avec_salaire=1",
            {"Chef.fe de projet Fleurs d'Halage"},
        ),
        ("q=animateur&departement=93", set()),
    ],
)
def test_filters_alone_and_combined(client, offers, query, expected):
    assert set(titles(client.get(f"{URL}?{query}"))) == expected


def test_salary_filter_compares_monthly_gross_pay(client, offers):
    # 21 000 – 24 000 €/an is 1 750 – 2 000 €/mois: it reaches 2 000 but not 2 100.
    assert "Animateur jeunesse" in titles(client.get(f"{URL}?salaire_min=2000"))
    assert "Animateur jeunesse" not in titles(client.get(f"{URL}?salaire_min=2100"))


def test_offers_without_figures_come_after_those_with_figures(client, offers):
    found = titles(client.get(f"{URL}?salaire_min=500"))
    assert found[-1] == "Éducateur spécialisé"
    assert found[:-1] == [
        "Animateur jeunesse",
        "Chef.fe de projet Fleurs d'Halage",
        "Service civique médiation",
    ]


def test_sort_by_salary_puts_the_best_paid_first(client, offers):
    found = titles(client.get(f"{URL}?tri=salaire"))
    assert found[0] == "Chef.fe de projet Fleurs d'Halage"
    assert found[-1] == "Éducateur spécialisé"


def test_offers_past_their_deadline_are_not_listed(client, offers):
    PublishedPostingFactory(title="Trop tard", deadline=timezone.localdate() - dt.timedelta(days=1))
    assertNotContains(client.get(URL), "Trop tard")


def test_empty_result_says_so_and_offers_to_widen(client, offers):
    response = client.get(f"{URL}?q=astronaute&departement=93")
    assertContains(response, "Aucune offre ne correspond")
    assertContains(response, "Élargissez votre recherche")
    assertContains(response, "dans toute la France")
    assertContains(response, 'href="?q=astronaute"')


def test_pagination_keeps_the_filters(client, db, settings):
    settings.POSTINGS_PER_PAGE = 2
    for n in range(5):
        PublishedPostingFactory(title=f"Offre {n}", department="93", contract_type="CDD")
    response = client.get(f"{URL}?departement=93&contrat=CDD")
    assertContains(response, 'href="?departement=93&amp;contrat=CDD&amp;page=2"')
    page3 = client.get(f"{URL}?departement=93&contrat=CDD&page=3")
    assert titles(page3) == ["Offre 0"]
    assertContains(page3, 'href="?departement=93&amp;contrat=CDD&amp;page=2"')


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("departement=99", "Département inconnu : 99"),
        ("departement=<script>alert(1)</script>", "Département inconnu : &lt;script&gt;"),
        ("salaire_min=abc", SALARY_NOT_A_NUMBER),
        ("salaire_min=-5", SALARY_NEGATIVE),
        ("salaire_min=1e999", "Le salaire minimum"),
        ("contrat=CDX", "Type de contrat inconnu : CDX"),
        ("region=99", "Région inconnue : 99"),
        ("teletravail=SOMETIMES", "Valeur inconnue"),
        ("q=" + "x" * 10_000, QUERY_TOO_LONG.split("(")[0]),
    ],
)
def test_bad_filter_values_get_a_french_message_not_an_error(client, offers, query, message):
    response = client.get(f"{URL}?{query}")
    assert response.status_code == 200
    assertContains(response, "ont été ignorés")
    assertContains(response, message.replace("'", "&#x27;"))
    assert len(titles(response)) == 4  # the bad filter is ignored, the listing still works


def test_a_bad_filter_does_not_cancel_the_good_ones(client, offers):
    response = client.get(f"{URL}?salaire_min=abc&departement=69")
    assert titles(response) == ["Animateur jeunesse"]


@pytest.mark.parametrize(
    ("page", "message", "first_title"),
    [
        ("0", PAGE_NOT_A_NUMBER.format(value="0"), "Offre 4"),
        ("abc", PAGE_NOT_A_NUMBER.format(value="abc"), "Offre 4"),
        ("99999", PAGE_TOO_FAR.format(last=3), "Offre 0"),
    ],
)
def test_a_bad_page_number_shows_a_page_with_a_message(
    client, db, settings, page, message, first_title
):
    settings.POSTINGS_PER_PAGE = 2
    now = timezone.now()
    for n in range(5):
        PublishedPostingFactory(title=f"Offre {n}", published_at=now - dt.timedelta(days=5 - n))
    response = client.get(f"{URL}?page={page}")
    assert response.status_code == 200
    assertContains(response, message.replace("'", "&#x27;"))
    assert titles(response)[0] == first_title


def test_sql_in_a_parameter_is_only_text(client, offers):
    response = client.get(URL, {"q": "'; DROP TABLE postings_posting; --"})
    assert response.status_code == 200
    assertContains(response, "Aucune offre ne correspond")
    assert client.get(URL).status_code == 200


def test_html_in_the_search_is_escaped(client, offers):
    response = client.get(URL, {"q": "<b>gras</b>"})
    assertNotContains(response, "<b>gras</b>")
    assertContains(response, "&lt;b&gt;gras&lt;/b&gt;")


def test_listing_page_runs_a_fixed_number_of_queries(
    client, db, django_assert_max_num_queries, settings
):
    settings.POSTINGS_PER_PAGE = 20
    for _ in range(25):
        PublishedPostingFactory()
    with django_assert_max_num_queries(4):
        response = client.get(f"{URL}?departement=93&contrat=CDI&salaire_min=1000&q=mission")
    assert response.status_code == 200
    with django_assert_max_num_queries(4):
        client.get(URL)


def test_listing_only_answers_get_and_head(client, db):
    assert client.post(URL).status_code == 405
