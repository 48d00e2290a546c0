"""Shared fixtures: people and their organisations.

The factories are imported inside the fixtures, so that the extractor's tests (plain Python,
`tests/extract/`) can run without Django (`pytest tests/extract -p no:django`).
"""

from __future__ import annotations

import os

import pytest
from hypothesis import settings as hypothesis_settings

# CI runs the property tests on a fixed set of examples (HYPOTHESIS_PROFILE=ci in .ci/run), so
# that a red build always means a change broke something; locally they explore new examples.
hypothesis_settings.register_profile("ci", derandomize=True, database=None)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture
def employer_user(db):
    """An employer account with its organisation, its address confirmed."""
    from tests.factories import UserFactory

    return UserFactory(email="employeur@halage-exemple.org")


@pytest.fixture
def other_employer_user(db):
    from tests.factories import EmployerFactory, UserFactory

    return UserFactory(email="autre@exemple.org", employer=EmployerFactory(name="Autre asso"))


@pytest.fixture
def staff_user(db):
    from tests.factories import UserFactory

    return UserFactory(
        email="moderation@tremplin.fr", is_staff=True, is_superuser=True, employer=None
    )


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """`with committed(): …` runs what the code scheduled with transaction.on_commit (e-mails),
    as a real commit would; tests run inside a transaction that never commits."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def with_django(request: pytest.FixtureRequest) -> bool:
    """False when the run is `-p no:django` (the extractor's tests alone)."""
    return request.config.pluginmanager.has_plugin("django")


@pytest.fixture(autouse=True)
def fast_password_hashing(request):
    """Hashing with a fast algorithm: what is tested is the flows, not PBKDF2's strength."""
    if with_django(request):
        settings = request.getfixturevalue("settings")
        settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def empty_cache(request):
    """Rate limits live in the cache: each test starts with none used."""
    if not with_django(request):
        yield
        return
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
