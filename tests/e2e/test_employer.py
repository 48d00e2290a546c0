"""Employer and moderator journeys in Chromium: sign up, confirm, paste, review, submit,
approve or reject, and the candidate finds the offer."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core import mail
from playwright.sync_api import expect

from tests.e2e.conftest import DESKTOP, PHONE, screenshot
from tests.factories import UserFactory

HALAGE_TEXT = (
    Path(settings.BASE_DIR).parent / "shared" / "seeds" / "000_2429b762aa731266.txt"
).read_text(encoding="utf-8")
# The posting writes a typographic apostrophe; either form is the same title.
TITLE = re.compile(r"Chef\.fe de projet Fleurs d['’]Halage")
PASSWORD = "Fleurs-Halage-2026!"  # noqa: S105 - a test account


@pytest.fixture
def moderator(transactional_db):
    return UserFactory(
        email="moderation@tremplin.fr", is_staff=True, is_superuser=True, employer=None
    )


def sign_up_and_confirm(page, base_url: str) -> None:
    page.goto(f"{base_url}/compte/inscription/")
    page.get_by_label("Adresse e-mail professionnelle").fill("direction@halage-exemple.org")
    page.locator("#id_password1").fill(PASSWORD)
    page.locator("#id_password2").fill(PASSWORD)
    page.get_by_label("Nom de l'organisation").fill("Halage")
    page.get_by_label("Forme juridique").select_option("siae")
    page.get_by_label("Commune").fill("L'Île-Saint-Denis")
    page.get_by_role("button", name="Créer mon compte").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Vérifiez votre adresse")
    path = re.search(r"/compte/confirmation/\S+/", mail.outbox[-1].body).group(0)
    page.goto(f"{base_url}{path}")
    page.get_by_role("button", name="Confirmer").click()
    expect(page).to_have_url(re.compile(r"/espace/$"))


def paste_and_submit(page, name: str) -> None:
    page.get_by_role("link", name="Déposer une offre").click()
    page.get_by_label("Collez le texte de votre offre").fill(HALAGE_TEXT)
    page.get_by_role("button", name="Analyser mon offre").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Relire l'offre")
    expect(page.get_by_label("Intitulé du poste")).to_have_value(TITLE)
    expect(page.get_by_label("Type de contrat")).to_have_value("CDI")
    expect(page.get_by_label("Commune")).to_have_value("L'Île-Saint-Denis")
    expect(page.get_by_label("Département")).to_have_value("93")
    expect(page.get_by_label("Salaire minimum")).to_have_value("2599.00")
    expect(page.get_by_label("Salaire maximum")).to_have_value("2810.00")
    expect(page.get_by_label("Période du salaire")).to_have_value("MONTH")
    expect(page.get_by_label("Brut ou net")).to_have_value("true")
    expect(page.get_by_label("E-mail de candidature")).to_have_value("recrutement@halage.fr")
    expect(page.locator(".preview")).to_contain_text("2\u202f599 – 2\u202f810\u00a0€ brut/mois")
    expect(page.locator(".evidence").first).to_contain_text("trouvé dans")
    screenshot(page, f"{name}-review-desktop")
    page.set_viewport_size(PHONE)
    screenshot(page, f"{name}-review-phone")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"the review page scrolls sideways on a phone ({width}px)"
    page.set_viewport_size(DESKTOP)
    page.get_by_role("button", name="Envoyer en validation").click()
    expect(page.locator(".messages")).to_contain_text("envoyée en validation")
    expect(page.get_by_role("heading", name=re.compile("En attente de validation"))).to_be_visible()


def moderate(browser, base_url: str, action: str, reason: str = "") -> None:
    context = browser.new_context(viewport=DESKTOP, locale="fr-FR")
    admin = context.new_page()
    admin.goto(f"{base_url}/admin/")
    admin.get_by_label("Adresse e-mail").fill("moderation@tremplin.fr")
    admin.get_by_label("Mot de passe").fill("motdepasse-solide-42")
    admin.get_by_role("button", name="Connexion").click()
    admin.goto(f"{base_url}/admin/postings/posting/")
    expect(admin.get_by_role("link", name=TITLE)).to_be_visible()
    admin.locator("input.action-select").first.check()
    admin.get_by_role("combobox", name=re.compile("Action")).select_option(action)
    admin.get_by_role("button", name="Exécuter").click()
    if reason:
        admin.get_by_label("Motif envoyé à l'employeur").fill(reason)
        admin.get_by_role("button", name="Refuser avec ce motif").click()
    expect(admin.locator(".messagelist")).to_contain_text("1 offre(s)")
    context.close()


def test_an_employer_posts_the_halage_offer_and_a_moderator_approves_it(
    page, browser, live_server, moderator
):
    sign_up_and_confirm(page, live_server.url)
    paste_and_submit(page, "approve")
    moderate(browser, live_server.url, "approve_selected")
    assert "est en ligne" in mail.outbox[-1].subject
    page.goto(f"{live_server.url}/offres/?departement=93&contrat=CDI")
    page.get_by_role("link", name=TITLE).click()
    expect(page.locator(".facts-list")).to_contain_text("2\u202f599 – 2\u202f810\u00a0€ brut/mois")
    expect(page.get_by_role("link", name="recrutement@halage.fr")).to_be_visible()


def test_a_rejected_offer_is_corrected_and_sent_again(page, browser, live_server, moderator):
    sign_up_and_confirm(page, live_server.url)
    paste_and_submit(page, "reject")
    moderate(browser, live_server.url, "reject_selected", reason="Précisez la date limite.")
    page.goto(f"{live_server.url}/espace/")
    expect(page.locator(".rejection")).to_contain_text("Précisez la date limite.")
    page.get_by_role("link", name=TITLE).click()
    expect(page.locator(".form-errors")).to_contain_text("Précisez la date limite.")
    page.get_by_label("Date limite de candidature").fill("2099-12-31")
    page.get_by_role("button", name="Envoyer en validation").click()
    expect(page.get_by_role("heading", name=re.compile("En attente de validation"))).to_be_visible()


def test_employer_pages_have_no_serious_accessibility_violation(
    page, live_server, transactional_db
):
    from axe_playwright_python.sync_playwright import Axe

    from postings import drafts
    from postings.models import Posting

    member = UserFactory(email="rh@asso-exemple.org")
    draft = Posting.objects.create(
        employer=member.employer, created_by=member, raw_text=HALAGE_TEXT, description=HALAGE_TEXT
    )
    drafts.fill_from_text(draft, today=draft.created_at.date())
    for path in ["/compte/inscription/", "/compte/connexion/"]:
        page.goto(f"{live_server.url}{path}")
        assert serious_violations(Axe().run(page)) == [], path
    page.get_by_label(re.compile("Courriel|Adresse e-mail")).fill("rh@asso-exemple.org")
    page.get_by_label(re.compile("^Mot de passe")).fill("motdepasse-solide-42")
    page.get_by_role("button", name="Connexion").click()
    for path in [
        "/espace/",
        "/espace/offres/nouvelle/",
        f"/espace/offres/{draft.pk}/",
        "/espace/equipe/",
    ]:
        page.goto(f"{live_server.url}{path}")
        assert serious_violations(Axe().run(page)) == [], path


def serious_violations(results) -> list[str]:
    return [
        f"{v['id']}: {v['help']} – {[n['target'] for n in v['nodes']][:3]}"
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]
