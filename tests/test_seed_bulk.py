from collections import Counter

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from postings.bulk_data import BULK_SLUG_PREFIX
from postings.extract.pay import monthly_range
from postings.models import Posting
from tests.factories import PublishedPostingFactory

LIVE = 150


@pytest.fixture
def seeded(db):
    call_command("seed_bulk", postings=LIVE, verbosity=0)


def test_seed_bulk_creates_as_many_old_offers_as_live_ones(seeded):
    assert Posting.objects.published().count() == LIVE
    assert Posting.objects.count() == 2 * LIVE
    old = Posting.objects.exclude(pk__in=Posting.objects.published().values("pk"))
    assert set(old.values_list("status", flat=True)) <= {
        "expired",
        "closed",
        "rejected",
        "published",  # past its deadline, not yet marked expired
    }
    assert old.filter(status="expired").exists() and old.filter(status="rejected").exists()


def test_seeded_offers_have_the_derived_fields_save_would_compute(seeded):
    with_pay = Posting.objects.filter(salary_min__isnull=False)
    assert with_pay.exists()
    for posting in with_pay:
        expected = monthly_range(
            posting.salary_min,
            posting.salary_max,
            posting.salary_period or None,
            posting.salary_gross,
        )
        assert (posting.monthly_salary_min, posting.monthly_salary_max) == expected
    for posting in Posting.objects.filter(published_at__isnull=False).select_related("employer"):
        assert posting.employer_name == posting.employer.name
        assert posting.expires_at == posting.compute_expires_at()


def test_seeded_descriptions_weigh_2_to_5_kB(seeded):
    sizes = [len(text.encode()) for text in Posting.objects.values_list("description", flat=True)]
    assert min(sizes) >= 2000
    assert max(sizes) <= 5000


def test_about_a_third_of_seeded_offers_state_pay_figures(seeded):
    share = Posting.objects.filter(salary_min__isnull=False).count() / Posting.objects.count()
    assert 0.25 < share < 0.42


def test_seeded_contracts_follow_the_corpus_mix(seeded):
    counts = Counter(Posting.objects.values_list("contract_type", flat=True))
    assert {contract for contract, _ in counts.most_common(2)} == {"CDI", "CDD"}
    assert counts[""] > 0  # a posting that names no contract, as in the corpus


def test_seeded_offers_are_where_people_live(seeded):
    departments = Counter(Posting.objects.values_list("department", flat=True))
    assert departments["75"] > departments["48"]  # Paris, Lozère


def test_seeded_offers_are_found_by_full_text_search(seeded):
    title = Posting.objects.published().values_list("title", flat=True).first()
    assert Posting.objects.published().search(title).exists()


def test_seed_bulk_rebuilds_the_indexes_it_dropped(seeded):
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexname FROM pg_indexes WHERE tablename = 'postings_posting'")
        names = {name for (name,) in cursor.fetchall()}
    assert {"posting_live_search_gin", "posting_live_recent_idx", "posting_updated_idx"} <= names


def test_running_seed_bulk_again_replaces_its_own_offers(seeded):
    call_command("seed_bulk", postings=LIVE, verbosity=0)
    assert Posting.objects.count() == 2 * LIVE


def test_seed_bulk_refuses_a_database_with_real_offers(db):
    real = PublishedPostingFactory(title="Offre réelle")
    with pytest.raises(CommandError, match="autres employeurs"):
        call_command("seed_bulk", postings=LIVE, verbosity=0)
    assert list(Posting.objects.all()) == [real]


def test_seed_bulk_with_force_adds_its_offers_beside_real_ones(db):
    real = PublishedPostingFactory(title="Offre réelle")
    call_command("seed_bulk", postings=LIVE, force=True, verbosity=0)
    call_command("seed_bulk", postings=LIVE, force=True, verbosity=0)
    assert Posting.objects.filter(pk=real.pk).exists()
    bulk = Posting.objects.filter(employer__slug__startswith=BULK_SLUG_PREFIX)
    assert bulk.count() == 2 * LIVE


@pytest.mark.django_db(transaction=True)
def test_seed_bulk_gives_postgresql_statistics_on_offers_and_organisations():
    # Outside a transaction, as from the command line: VACUUM ANALYZE can run.
    call_command("seed_bulk", postings=20, verbosity=0)
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_stat_clear_snapshot()")
        cursor.execute(
            "SELECT relname FROM pg_stat_user_tables WHERE last_analyze IS NOT NULL "
            "AND relname IN ('postings_posting', 'board_employer')"
        )
        analyzed = {name for (name,) in cursor.fetchall()}
    assert analyzed == {"postings_posting", "board_employer"}
