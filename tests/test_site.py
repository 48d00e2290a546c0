import subprocess
import sys

from django.conf import settings
from pytest_django.asserts import assertContains

from tests.factories import PublishedPostingFactory


def test_healthz_answers_ok_when_the_database_answers(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok"


def test_home_shows_the_latest_offers_and_counts_by_contract(client, db):
    PublishedPostingFactory(title="Animatrice jeunesse", contract_type="CDD")
    PublishedPostingFactory(contract_type="CDD")
    response = client.get("/")
    assertContains(response, "Animatrice jeunesse")
    assertContains(response, '?contrat=CDD">CDD <span class="count">2</span>')


def test_unknown_page_is_a_french_404(client, db):
    response = client.get("/nulle-part/")
    assertContains(response, "Page introuvable", status_code=404)


def test_production_settings_pass_the_deploy_checks():
    env = {
        "PATH": "/usr/bin:/bin",
        "DEBUG": "0",
        "SECRET_KEY": "x" * 60 + "-production-like-secret-for-the-check",
        "ALLOWED_HOSTS": "tremplin.example.org",
        "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/postgres",
        "SITE_URL": "https://tremplin.example.org",
        "EMAIL_URL": "smtp://tremplin:secret@smtp.example.org:587",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        capture_output=True,
        text=True,
        env=env,
        cwd=settings.BASE_DIR,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "WARNING" not in result.stderr


def test_settings_refuse_to_start_without_a_secret_key_in_production():
    env = {"PATH": "/usr/bin:/bin", "DEBUG": "0", "DATABASE_URL": "postgres://x@127.0.0.1/x"}
    result = subprocess.run(
        [sys.executable, "-c", "import board.settings"],
        capture_output=True,
        text=True,
        env=env,
        cwd=settings.BASE_DIR,
        check=False,
    )
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr
