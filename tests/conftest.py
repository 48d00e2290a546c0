"""Shared fixtures: people and their organisations."""

from __future__ import annotations

import pytest

from tests.factories import EmployerFactory, UserFactory


@pytest.fixture
def employer_user(db):
    """A confirmed employer account with its organisation."""
    return UserFactory(email="employeur@halage-exemple.org")


@pytest.fixture
def other_employer_user(db):
    return UserFactory(email="autre@exemple.org", employer=EmployerFactory(name="Autre asso"))


@pytest.fixture
def staff_user(db):
    return UserFactory(
        email="moderation@tremplin.fr", is_staff=True, is_superuser=True, employer=None
    )
