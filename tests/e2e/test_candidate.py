"""A candidate finds the Halage offer: filters, opens it, sees the pay and how to apply."""

from __future__ import annotations

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.management import call_command
from playwright.sync_api import expect

from tests.e2e.conftest import screenshot

HALAGE = "Chef.fe de projet Fleurs d'Halage"


@pytest.fixture
def demo(transactional_db):
    call_command("load_demo", count=40, verbosity=0)


def find_halage(page, base_url: str, name: str) -> None:
    page.goto(f"{base_url}/offres/")
    summary = page.locator("summary", has_text="Filtrer les offres")
    if not page.get_by_label("Salaire minimum (brut mensuel, €)").is_visible():
        summary.click()  # on a phone the filters are folded
    page.get_by_label("Département").select_option("93")
    page.get_by_label("CDI", exact=True).check()
    page.get_by_label("Salaire minimum (brut mensuel, €)").fill("2500")
    page.get_by_role("button", name="Voir les offres").click()
    expect(page).to_have_url(re.compile(r"departement=93.*contrat=CDI.*salaire_min=2500"))
    expect(page.locator(".result-count")).to_contain_text("correspond")
    screenshot(page, f"{name}-listing")
    page.get_by_role("link", name=HALAGE).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(HALAGE)
    expect(page.locator(".facts-list")).to_contain_text("2\u202f599 – 2\u202f810\u00a0€ brut/mois")
    expect(page.get_by_role("link", name="recrutement@halage.fr")).to_have_attribute(
        "href", re.compile(r"^mailto:recrutement@halage\.fr")
    )
    screenshot(page, f"{name}-detail")


def test_candidate_finds_the_halage_offer_on_a_desktop(page, live_server, demo):
    find_halage(page, live_server.url, "desktop")


def test_candidate_finds_the_halage_offer_on_a_phone(phone_page, live_server, demo):
    find_halage(phone_page, live_server.url, "phone")
    width = phone_page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the page scrolls sideways on a phone ({width}px)"


def test_listing_works_without_javascript(browser, live_server, demo):
    context = browser.new_context(
        java_script_enabled=False, viewport={"width": 1280, "height": 900}
    )
    page = context.new_page()
    page.goto(f"{live_server.url}/offres/?departement=93&contrat=CDI")
    expect(page.get_by_role("link", name=HALAGE)).to_be_visible()
    page.get_by_label("Salaire minimum (brut mensuel, €)").fill("9000")
    page.get_by_role("button", name="Voir les offres").click()
    expect(page.locator(".result-count")).to_have_text(re.compile("Aucune offre ne correspond"))
    context.close()


@pytest.mark.parametrize("path", ["/", "/offres/", "/offres/?departement=93&q=projet", "halage"])
def test_public_pages_have_no_serious_accessibility_violation(page, live_server, demo, path):
    if path == "halage":
        page.goto(f"{live_server.url}/offres/?q=halage")
        page.get_by_role("link", name=HALAGE).click()
    else:
        page.goto(f"{live_server.url}{path}")
    results = Axe().run(page)
    serious = [
        f"{v['id']} ({v['impact']}): {v['help']} – {[n['target'] for n in v['nodes']][:3]}"
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == []
