import datetime as dt

import pytest
from django.utils import timezone

from tests.factories import PendingPostingFactory, PublishedPostingFactory, salary

URL = "/api/offres/"


@pytest.fixture
def offers(db):
    now = timezone.now()
    return [
        PublishedPostingFactory(
            title=f"Offre {n}",
            department="93" if n % 2 else "75",
            contract_type="CDI" if n % 3 else "CDD",
            published_at=now - dt.timedelta(hours=n),
            **salary(2000 + 100 * n),
        )
        for n in range(6)
    ]


def test_api_lists_live_offers_with_count_and_links(client, offers, settings):
    settings.POSTINGS_PER_PAGE = 4
    PendingPostingFactory(title="Pas publique")
    data = client.get(URL).json()
    assert data["count"] == 6
    assert [r["title"] for r in data["results"]] == ["Offre 0", "Offre 1", "Offre 2", "Offre 3"]
    assert data["previous"] is None
    assert data["next"] == "http://testserver/api/offres/?page=2"
    second = client.get(data["next"]).json()
    assert [r["title"] for r in second["results"]] == ["Offre 4", "Offre 5"]
    assert second["next"] is None
    assert second["previous"] == "http://testserver/api/offres/?page=1"


def test_api_takes_the_same_filters_as_the_page(client, offers):
    data = client.get(URL, {"departement": "93", "contrat": "CDI", "salaire_min": 2400}).json()
    assert [r["title"] for r in data["results"]] == ["Offre 5"]
    assert data["count"] == 1


def test_api_links_keep_the_filters(client, offers, settings):
    settings.POSTINGS_PER_PAGE = 1
    data = client.get(URL, {"departement": "93"}).json()
    assert data["next"] == "http://testserver/api/offres/?departement=93&page=2"


def test_api_result_has_the_schema_fields(client, offers):
    result = client.get(URL).json()["results"][0]
    assert result["salary_min"] == 2000.0
    assert result["salary_period"] == "MONTH"
    assert result["monthly_salary_max"] == 2000
    assert result["department"] == "75"
    assert result["url"].startswith("http://testserver/offres/")
    assert result["start_date"] is None


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ({"departement": "99"}, "departement"),
        ({"salaire_min": "abc"}, "salaire_min"),
        ({"salaire_min": "-1"}, "salaire_min"),
        ({"contrat": "XYZ"}, "contrat"),
        ({"q": "x" * 10_000}, "q"),
    ],
)
def test_api_answers_400_with_the_errors(client, offers, query, field):
    response = client.get(URL, query)
    assert response.status_code == 400
    body = response.json()
    assert body["error"] == "Paramètres invalides."
    assert field in body["errors"]


@pytest.mark.parametrize("page", ["0", "abc", "-3", "99999"])
def test_api_answers_400_for_a_bad_page(client, offers, page):
    response = client.get(URL, {"page": page})
    assert response.status_code == 400
    assert "page" in response.json()["error"]


def test_api_detail(client, offers):
    posting = offers[0]
    data = client.get(f"{URL}{posting.pk}/").json()
    assert data["id"] == posting.pk
    assert data["title"] == "Offre 0"


def test_api_detail_of_a_non_public_offer_is_a_json_404(client, db):
    posting = PendingPostingFactory()
    response = client.get(f"{URL}{posting.pk}/")
    assert response.status_code == 404
    assert response.json() == {"error": "Offre introuvable ou plus en ligne."}


def test_api_list_runs_a_fixed_number_of_queries(client, offers, django_assert_max_num_queries):
    with django_assert_max_num_queries(4):
        client.get(URL, {"departement": "93", "q": "offre", "salaire_min": 1000})
