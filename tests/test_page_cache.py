"""The whole-page cache for visitors without a session (postings/page_cache.py).

In production `caches["pages"]` is Redis; here it is a local-memory cache, which behaves the
same for what is tested: what is stored, under which key, for how long.
"""

import datetime as dt
import json
import os
import subprocess
import sys

import pytest
import time_machine
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from board.models import Employer
from postings import page_cache as page_cache_module
from postings.models import Posting
from postings.page_cache import PAGE_CACHE_SECONDS
from tests.factories import PublishedPostingFactory

LIST = reverse("postings:list")


@pytest.fixture(autouse=True)
def page_cache(settings, monkeypatch):
    # The version of the offers read on every request, except in the test of its reuse.
    monkeypatch.setattr(page_cache_module, "VERSION_SECONDS", 0)
    monkeypatch.setattr(page_cache_module, "_version_read", (float("-inf"), ""))
    settings.CACHES = {
        **settings.CACHES,
        "pages": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "tremplin-test-pages",
        },
    }
    caches["pages"].clear()
    yield caches["pages"]
    caches["pages"].clear()


@pytest.fixture
def offer(db):
    return PublishedPostingFactory(title="Animateur·rice de la ressourcerie", department="93")


def test_a_visitor_gets_the_stored_page_with_one_query(client, offer, django_assert_num_queries):
    first = client.get(LIST)
    assert "Animateur·rice de la ressourcerie" in first.content.decode()
    # Only the version of the offers is read: no filters, no offers, no count.
    with django_assert_num_queries(1):
        second = client.get(LIST)
    assert second.status_code == 200
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    assert "Cookie" in second["Vary"]


def test_detail_and_api_pages_are_stored_too(client, offer, django_assert_num_queries):
    for url in (offer.get_absolute_url(), reverse("postings:api_list"), f"/api/offres/{offer.pk}/"):
        first = client.get(url)
        assert first.status_code == 200, url
        with django_assert_num_queries(1):
            assert client.get(url).content == first.content


def test_a_saved_offer_shows_at_once(client, offer):
    client.get(LIST)
    PublishedPostingFactory(title="Coordinateur·rice du jardin partagé")
    assert "Coordinateur·rice du jardin partagé" in client.get(LIST).content.decode()

    offer.close()
    assert "Animateur·rice de la ressourcerie" not in client.get(LIST).content.decode()
    detail = client.get(offer.get_absolute_url()).content.decode()
    assert "l'employeur l'a clôturée" in detail.replace("&#x27;", "'")


def test_a_suspended_organisation_leaves_the_pages_at_once(client, offer):
    assert "Animateur·rice de la ressourcerie" in client.get(LIST).content.decode()
    # An update that saves no offer (as the admin's bulk action could): the version still
    # changes, with the list of suspended organisations.
    Employer.objects.filter(pk=offer.employer_id).update(is_suspended=True)
    assert "Animateur·rice de la ressourcerie" not in client.get(LIST).content.decode()
    assert client.get(f"/api/offres/{offer.pk}/").status_code == 404


def test_a_page_is_not_served_after_an_offer_it_shows_has_expired(client, db):
    # Two minutes before midnight in Paris: an offer whose deadline is today ends sooner than
    # the stored page's own limit (PAGE_CACHE_SECONDS).
    paris_now = timezone.localtime()
    before_midnight = paris_now.replace(hour=23, minute=58, second=0, microsecond=0)
    with time_machine.travel(before_midnight, tick=False):
        ending = PublishedPostingFactory(
            title="Encadrant·e technique maraîchage", deadline=before_midnight.date()
        )
        assert (
            dt.timedelta(0)
            < ending.expires_at - timezone.now()
            < dt.timedelta(seconds=PAGE_CACHE_SECONDS)
        )
        assert "Encadrant·e technique maraîchage" in client.get(LIST).content.decode()
        assert client.get(ending.get_absolute_url()).status_code == 200
    # Nothing is saved meanwhile: only the page's own lifetime can take the offer away.
    with time_machine.travel(ending.expires_at + dt.timedelta(seconds=1), tick=False):
        assert "Encadrant·e technique maraîchage" not in client.get(LIST).content.decode()
        assert client.get(ending.get_absolute_url()).status_code == 410


def test_pages_are_kept_no_longer_than_the_limit(client, offer):
    client.get(LIST)
    later = timezone.now() + dt.timedelta(seconds=PAGE_CACHE_SECONDS + 1)
    # The stored copy is gone: the page is built again (more than the version's query).
    with time_machine.travel(later, tick=False), CaptureQueriesContext(connection) as queries:
        client.get(LIST)
    assert len(queries) > 1


def test_a_logged_in_employer_never_gets_nor_leaves_a_stored_page(client, offer, employer_user):
    client.force_login(employer_user)
    own = client.get(LIST).content.decode()
    assert "Mon espace" in own
    assert "Se déconnecter" in own

    client.logout()
    client.cookies.clear()
    visitor = client.get(LIST).content.decode()
    assert "Mon espace" not in visitor
    assert "Se déconnecter" not in visitor
    assert "csrfmiddlewaretoken" not in visitor

    # Now that the visitor's page is stored, the employer still gets their own.
    client.force_login(employer_user)
    assert "Mon espace" in client.get(LIST).content.decode()


def test_a_visitor_with_a_pending_message_gets_a_page_built_for_them(client, offer):
    client.get(LIST)  # stored
    client.cookies[CookieStorage.cookie_name] = "anything"
    # The stored page would be served with the version's query alone.
    with CaptureQueriesContext(connection) as queries:
        client.get(LIST)
    assert len(queries) > 1


def test_error_pages_and_bad_filters_are_not_stored(client, offer, page_cache):
    assert client.get(reverse("postings:detail_no_slug", args=[999_999_999])).status_code == 404
    assert client.get("/api/offres/?departement=ZZ").status_code == 400
    assert client.post(LIST).status_code == 405
    assert client.head(LIST).status_code == 200
    expired = PublishedPostingFactory(
        published_at=timezone.now() - dt.timedelta(days=90), title="Offre échue"
    )
    assert client.get(expired.get_absolute_url()).status_code == 410
    assert not page_cache._cache  # LocMemCache's store: nothing was kept


def test_the_address_is_the_key(client, offer):
    other = PublishedPostingFactory(title="Médiateur·rice numérique", department="75")
    page_93 = client.get(LIST, {"departement": "93"}).content.decode()
    page_75 = client.get(LIST, {"departement": "75"}).content.decode()
    assert "Animateur·rice de la ressourcerie" in page_93
    assert other.title not in page_93
    assert other.title in page_75
    assert "Animateur·rice de la ressourcerie" not in page_75


def test_closed_offer_status_is_read_from_the_database_not_a_stored_copy(client, offer):
    client.get(offer.get_absolute_url())
    Posting.objects.filter(pk=offer.pk).update(
        status=Posting.Status.CLOSED, updated_at=timezone.now()
    )
    assert "ld+json" not in client.get(offer.get_absolute_url()).content.decode()


def test_a_process_reads_the_version_once_a_second_so_changes_reach_visitors_within_it(
    client, offer, monkeypatch, django_assert_num_queries
):
    monkeypatch.setattr(page_cache_module, "VERSION_SECONDS", 1.0)
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        client.get(LIST)
        with django_assert_num_queries(0):
            client.get(LIST)
        PublishedPostingFactory(title="Coordinateur·rice du jardin partagé")
        assert "Coordinateur·rice du jardin partagé" not in client.get(LIST).content.decode()
    with time_machine.travel(start + dt.timedelta(seconds=1), tick=False):
        assert "Coordinateur·rice du jardin partagé" in client.get(LIST).content.decode()


def settings_caches(**env: str) -> dict:
    """board/settings.py's CACHES under these environment variables (a new interpreter)."""
    code = (
        "import json, django; from django.conf import settings; django.setup(); "
        "print(json.dumps({k: v['BACKEND'] for k, v in settings.CACHES.items()}))"
    )
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "board.settings", "DEBUG": "1", **env}
    if "REDIS_URL" not in env:
        environment.pop("REDIS_URL", None)
    out = subprocess.run(  # noqa: S603 - this interpreter, fixed code
        [sys.executable, "-c", code], env=environment, capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout)


def test_the_page_cache_is_redis_when_redis_is_configured_and_off_otherwise():
    redis = "django_redis.cache.RedisCache"
    dummy = "django.core.cache.backends.dummy.DummyCache"
    assert settings_caches(REDIS_URL="redis://127.0.0.1:6379/15") == {
        "default": redis,
        "pages": redis,
    }
    assert settings_caches(REDIS_URL="redis://127.0.0.1:6379/15", PAGE_CACHE="0")["pages"] == dummy
    assert settings_caches()["pages"] == dummy


def test_stored_pages_go_through_redis(client, offer, settings, django_assert_num_queries):
    # The Redis server of every machine (CI included), in a database of its own.
    settings.CACHES = {
        **settings.CACHES,
        "pages": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:6379/15",
            "KEY_PREFIX": "tremplin-tests",
        },
    }
    caches["pages"].clear()
    try:
        first = client.get(LIST)
        with django_assert_num_queries(1):
            second = client.get(LIST)
        assert second.content == first.content
        assert second["Content-Type"] == "text/html; charset=utf-8"
    finally:
        caches["pages"].clear()
