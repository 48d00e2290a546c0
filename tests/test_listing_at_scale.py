import re

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.urls import reverse
from pytest_django.asserts import assertContains, assertNotContains

from postings.models import Posting
from postings.pagination import PAGE_BEYOND_COUNTED
from tests.factories import PublishedPostingFactory

URL = reverse("postings:list")
API = "/api/offres/"


@pytest.fixture
def many(db):
    """More live offers than the listing counts (1 000)."""
    call_command("seed_bulk", postings=1010, old=0, verbosity=0)


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def titles(response) -> list[str]:
    return re.findall(r"<h3><a [^>]*>([^<]*)</a>", response.content.decode())


def test_more_than_1000_matches_read_plus_de_1000(client, many):
    response = client.get(URL)
    assertContains(response, "Plus de 1\u00a0000 offres correspondent")
    assertContains(response, "Page 1 sur 50 (les 1\u00a0000 premières offres)")


def test_a_page_beyond_the_first_1000_offers_shows_the_last_one_with_a_message(client, many):
    response = client.get(URL, {"page": 51})
    assert response.status_code == 200
    assertContains(response, PAGE_BEYOND_COUNTED.format(last=50).replace("'", "&#x27;"))
    assertContains(response, "Page 50 sur 50")


def test_page_50_lists_the_981st_to_1000th_newest_offers(client, many):
    newest = Posting.objects.published().ordered().values_list("title", flat=True)[980:1000]
    assert titles(client.get(URL, {"page": 50})) == [t.replace("'", "&#x27;") for t in newest]


def test_api_count_stops_at_1000_and_says_so(client, many):
    data = client.get(API).json()
    assert (data["count"], data["count_capped"]) == (1000, True)
    assert client.get(API, {"page": 51}).status_code == 400


def test_api_count_below_1000_is_exact(client, db):
    PublishedPostingFactory.create_batch(3)
    data = client.get(API).json()
    assert (data["count"], data["count_capped"]) == (3, False)


def test_an_offer_published_after_a_search_shows_in_the_same_search(client, db):
    PublishedPostingFactory(title="Animateur jeunesse")
    assert titles(client.get(URL, {"q": "animateur"})) == ["Animateur jeunesse"]
    PublishedPostingFactory(title="Animatrice nature")
    assert set(titles(client.get(URL, {"q": "animateur"}))) == {
        "Animateur jeunesse",
        "Animatrice nature",
    }


def test_an_offer_closed_after_a_search_leaves_the_same_search(client, db):
    closing = PublishedPostingFactory(title="Animateur jeunesse")
    assert titles(client.get(URL, {"q": "animateur"})) == ["Animateur jeunesse"]
    closing.close()
    assertNotContains(client.get(URL, {"q": "animateur"}), "Animateur jeunesse")


def test_an_edited_offer_shows_its_new_card(client, db):
    posting = PublishedPostingFactory(title="Comptable")
    assert titles(client.get(URL)) == ["Comptable"]
    posting.title = "Comptable (H/F)"
    posting.save()
    assert titles(client.get(URL)) == ["Comptable (H/F)"]


def test_the_filter_form_shows_the_values_of_each_search(client, db):
    first = client.get(URL, {"departement": "93"}).content.decode()
    second = client.get(URL, {"departement": "69"}).content.decode()
    assert '<option value="93" selected>' in first
    assert '<option value="69" selected>' in second
    assert '<option value="93" selected>' not in second


def test_home_counts_include_an_offer_published_since_the_last_visit(client, db):
    PublishedPostingFactory(contract_type="CDD")
    assertContains(client.get("/"), '?contrat=CDD">CDD <span class="count">1</span>')
    PublishedPostingFactory(contract_type="CDD")
    assertContains(client.get("/"), '?contrat=CDD">CDD <span class="count">2</span>')


def test_a_search_runs_a_fixed_number_of_queries(client, db, django_assert_max_num_queries):
    PublishedPostingFactory.create_batch(25, title="Chargé de mission")
    with django_assert_max_num_queries(4):
        client.get(URL, {"q": "mission", "page": 2})
    with django_assert_max_num_queries(4):
        client.get(URL, {"q": "mission", "page": 2})
