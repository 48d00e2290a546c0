import pytest

from postings.models import Posting
from tests.factories import PublishedPostingFactory


@pytest.fixture
def educator(db):
    return PublishedPostingFactory(
        title="Éducateur spécialisé", description="Accompagnement de jeunes en foyer."
    )


@pytest.mark.parametrize(
    "query",
    ["educateur", "Éducateur", "éducateurs", "EDUCATEUR", "educateur specialise", "jeune"],
)
def test_search_ignores_accents_case_and_plurals(educator, query):
    assert list(Posting.objects.published().search(query)) == [educator]


def test_search_uses_websearch_syntax(educator):
    PublishedPostingFactory(title="Éducatrice de jeunes enfants", description="Crèche.")
    assert list(Posting.objects.search('"éducateur spécialisé"')) == [educator]
    assert list(Posting.objects.search("éducateur -crèche")) == [educator]


def test_search_finds_the_employer_and_the_commune(db):
    posting = PublishedPostingFactory(employer__name="Halage", city="L'Île-Saint-Denis")
    assert list(Posting.objects.search("halage")) == [posting]
    assert list(Posting.objects.search("ile saint denis")) == [posting]


def test_title_weighs_more_than_description_and_employer(educator):
    vector = Posting.objects.filter(pk=educator.pk).values_list("search_vector", flat=True)[0]
    assert "'educ':1A" in vector
    assert "'jeun':9C" in vector  # description words weigh C
    assert "'montreuil':6B" in vector  # employer and commune weigh B


def test_blank_search_does_not_filter(educator):
    assert Posting.objects.search("   ").count() == 1
