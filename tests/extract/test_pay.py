"""The pay family: figures as stated, their period and gross/net, or the wording without figure.

Phrases are written the way French postings write them (France Travail, Indeed, HelloWork,
APEC, Welcome to the Jungle, Jobs That Make Sense, associations' own documents).
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from postings.extract.pay import extract_pay, monthly_gross, monthly_range
from postings.extract.text import Doc, Found


def pay(text: str, contract: str | None = None) -> dict:
    """The values extract_pay returns for `text` (warning included)."""
    found = {} if contract is None else {"contract_type": Found(contract, 0, 0)}
    return {key: f.value for key, f in extract_pay(Doc.of(text), found).items()}


def figures(text: str, contract: str | None = None) -> tuple:
    """(min, max, period, gross) of `text`."""
    got = pay(text, contract)
    return (
        got.get("salary_min"),
        got.get("salary_max"),
        got.get("salary_period"),
        got.get("salary_gross"),
    )


# --- monthly_gross / monthly_range: shared with the Posting model --------------------------


@pytest.mark.parametrize(
    ("amount", "period", "gross", "expected"),
    [
        (2000, "MONTH", True, 2000),
        (24000, "YEAR", True, 2000),
        (28000, "YEAR", None, 2333),
        (11.88, "HOUR", True, 1802),
        (Decimal("11.88"), "HOUR", True, 1802),
        (1560, "MONTH", False, 2000),
        (18720, "YEAR", False, 2000),
        (1800, "MONTH", None, 1800),
        (2100.7, "MONTH", True, 2101),
    ],
)
def test_monthly_gross_converts_year_hour_and_net(amount, period, gross, expected):
    assert monthly_gross(amount, period, gross) == expected


@pytest.mark.parametrize(
    ("amount", "period"), [(None, "MONTH"), (2000, None), (2000, "DAY"), (2000, "")]
)
def test_monthly_gross_is_none_without_amount_or_known_period(amount, period):
    assert monthly_gross(amount, period, True) is None


def test_monthly_gross_returns_a_rounded_int():
    assert isinstance(monthly_gross(26500, "YEAR", True), int)


def test_monthly_range_converts_both_bounds():
    assert monthly_range(28000, 32000, "YEAR", True) == (2333, 2667)


def test_monthly_range_takes_a_single_figure_as_both_bounds():
    assert monthly_range(2000, None, "MONTH", True) == (2000, 2000)
    assert monthly_range(None, 35000, "YEAR", None) == (2917, 2917)


def test_monthly_range_without_figures_is_empty():
    assert monthly_range(None, None, "MONTH", True) == (None, None)
    assert monthly_range(2000, 2500, None, True) == (None, None)


# --- French number formats -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Salaire : 2 599,00 € brut mensuel", 2599),
        ("Salaire : 2599€ brut", 2599),
        ("Salaire : 2.599 € brut par mois", 2599),
        ("Rémunération : 1 800 euros nets par mois", 1800),
        ("Salaire : 1\u202f800\u00a0€ brut mensuel", 1800),
        ("Salaire : 1 900,00 EUR brut", 1900),
        ("Salaire brut mensuel : 2 100,70 €", 2100.7),
        ("Rémunération : 3 012,50€ brut + reconstitution de carrière", 3012.5),
        ("Salaire : 1 801,80 € brut mensuel (SMIC)", 1801.8),
        ("Salaire : 1.800,50 € brut", 1800.5),
        ("Salaire : 2 300 euros brut/mois", 2300),
        ("Salaire : 2 300€ (brut)", 2300),
        ("Rémunération : 2 000 € bruts", 2000),
        ("Salary: €2,500 per month", 2500),
        ("Salaire : 35 000 € brut annuel", 35000),
        ("Salaire : 26k€ brut annuel", 26000),
        ("Salaire : 26 K€", 26000),
        ("Salaire : 26,5 k€ brut/an", 26500),
        ("Rémunération : 32 k euros bruts annuels", 32000),
        ("Salaire : 11,88 €/h", 11.88),
        ("Rémunération : 11,88 € brut de l'heure", 11.88),
        ("Salaire : 12.02 € brut/heure", 12.02),
        ("Salaire : 2000 brut mensuel", 2000),
        ("Salaire annuel brut : 32000", 32000),
        ("Salaire mensuel brut (en euros) : 2150", 2150),
        ("Rémunération : 2 000", 2000),
    ],
)
def test_a_single_figure_is_read_in_french_formats_and_is_both_bounds(text, amount):
    got = pay(text)
    assert got["salary_min"] == pytest.approx(amount)
    assert got["salary_max"] == pytest.approx(amount)


def test_whole_amounts_are_ints_and_cents_are_kept():
    assert isinstance(pay("Salaire : 2 000,00 € brut")["salary_min"], int)
    assert pay("Salaire : 669,90 € par mois")["salary_min"] == pytest.approx(669.9)


# --- ranges --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Salaire : entre 2 200 et 2 500 € brut", 2200, 2500),
        ("Rémunération : de 28 à 32 k€ brut annuel", 28000, 32000),
        ("Salaire : 2200-2500 €", 2200, 2500),
        ("Salaire : 2200 - 2500 €", 2200, 2500),
        ("Salaire : 2 000 – 2 300 € / mois", 2000, 2300),
        ("Salaire d'entrée 2 599 € / 2 810 € brut mensuels selon grille", 2599, 2810),
        ("2 000 € - 2 300 € par mois", 2000, 2300),
        ("Salaire : 24 000 € à 28 000 € par an", 24000, 28000),
        ("Salaire : 35K à 40K €", 35000, 40000),
        ("Salaire : 30 - 35 k€ brut annuel", 30000, 35000),
        ("Salaire : 25/30K€", 25000, 30000),
        ("Salaire : 38K€ - 42K€ brut annuel", 38000, 42000),
        ("Salaire : de 1 900 à 2 100 € brut mensuel selon expérience", 1900, 2100),
        ("Rémunération : 2 400 à 2 700 euros bruts mensuels", 2400, 2700),
        ("Salaire : 1 800,00€ à 2 000,00€ par mois", 1800, 2000),
        ("Fourchette de salaire : 32 000 - 36 000 € bruts annuels", 32000, 36000),
        ("Salary: €30K - €35K per year", 30000, 35000),
        ("Salaire brut annuel de 25 à 29 K€", 25000, 29000),
        ("Rémunération : 24-26k brut annuel", 24000, 26000),
        ("Salaire : entre 28 000 et 30 000 € brut annuel 13ème mois inclus", 28000, 30000),
        ("2100 - 2100€ gross (Monthly)", 2100, 2100),
        ("35 000 €/an - 40 000 €/an", 35000, 40000),
        ("Salaire : 2 000 € brut - 2 300 € brut par mois", 2000, 2300),
        ("Salaire : entre 30 et 35 000 € brut annuel", 30000, 35000),
        ("Salaire : 30 000/35 000 € brut annuel", 30000, 35000),
        ("Salaire : 12 €/h - 14 €/h", 12, 14),
    ],
)
def test_a_range_gives_min_and_max(text, low, high):
    got = pay(text)
    assert (got["salary_min"], got["salary_max"]) == (low, high)


def test_a_range_written_high_to_low_is_put_in_order():
    assert figures("Salaire : 2 810 € / 2 599 € brut mensuels")[:2] == (2599, 2810)


@pytest.mark.parametrize(
    "text",
    [
        "Salaire : 2 000 € brut - 35 h par semaine",
        "Salaire : 2 000 € et 200 € de prime annuelle",
        "Salaire : 1 900 € brut / 13 mois",
    ],
)
def test_a_second_number_of_another_kind_is_not_a_range_end(text):
    assert figures(text)[:2] in ((2000, 2000), (1900, 1900))


@pytest.mark.parametrize(
    ("text", "figure", "period"),
    [
        ("Salaire : à partir de 2 000 € brut mensuel", 2000, "MONTH"),
        ("Rémunération : à partir de 32 k€ brut annuel", 32000, "YEAR"),
        ("Salaire minimum : 1 900 € brut", 1900, "MONTH"),
        ("Salaire : au moins 2 100 € bruts par mois", 2100, "MONTH"),
        ("- Salaire à partir de 12,40 € brut de l'heure selon diplôme et ancienneté", 12.4, "HOUR"),
        ("Rémunération : dès 1 850 € brut mensuel (débutant)", 1850, "MONTH"),
        ("Taux horaire : à partir de 11,88 € brut", 11.88, "HOUR"),
        ("Rémunération : jusqu'à 35 000 € brut annuel", 35000, "YEAR"),
        ("Salaire : jusqu'à 2 500 € brut par mois selon profil", 2500, "MONTH"),
        ("Salaire : maximum 40 k€", 40000, "YEAR"),
    ],
)
def test_a_single_figure_with_a_bound_word_is_both_bounds(text, figure, period):
    got = pay(text)
    assert (got["salary_min"], got["salary_max"], got["salary_period"]) == (figure, figure, period)


# --- period --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Salaire : 2 000 € brut mensuel", "MONTH"),
        ("Salaire : 2 000 € par mois", "MONTH"),
        ("Salaire : 2 000 €/mois", "MONTH"),
        ("Salaire : 2 000 € brut / mois", "MONTH"),
        ("2000€ brut (Mensuel)", "MONTH"),
        ("Rémunération mensuelle brute : 2 000 €", "MONTH"),
        ("Salaire : 2 000 € bruts mensuels", "MONTH"),
        ("Salary: 2,000 € per month", "MONTH"),
        ("Salaire : Mensuel de 2000,00 Euros", "MONTH"),
        ("Salaire : 28 000 € brut annuel", "YEAR"),
        ("Salaire : 28 000 € par an", "YEAR"),
        ("Salaire : 28 000 €/an", "YEAR"),
        ("Salaire : 28 000 € bruts annuels", "YEAR"),
        ("Rémunération annuelle brute : 28 000 €", "YEAR"),
        ("Salaire : 35 k€ BAB", "YEAR"),
        ("28K - 32K€ brut (Annuel)", "YEAR"),
        ("Salaire : 30 000 € brut annuel sur 13 mois", "YEAR"),
        ("Salaire : 11,88 € brut horaire", "HOUR"),
        ("Salaire : 11,88 €/h", "HOUR"),
        ("Salaire : 11,88 € de l'heure", "HOUR"),
        ("Salaire : 11,88 € par heure", "HOUR"),
        ("Taux horaire : 12,50 €", "HOUR"),
        ("Salaire horaire brut : 12,02 €", "HOUR"),
        ("Salaire : 12,00 € par heure", "HOUR"),
    ],
)
def test_the_period_is_read_from_its_words(text, period):
    assert pay(text)["salary_period"] == period


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Salaire : 26 K€", "YEAR"),
        ("Salaire : 30 - 35 k€", "YEAR"),
        ("Salaire : 2 200 € brut", "MONTH"),
        ("Salaire brut 2200 euros brut", "MONTH"),
        ("Salaire : 2 000 € brut sur 13 mois", "MONTH"),
        ("Salaire : 32 000 € brut", "YEAR"),
        ("Salaire : 11,88 € brut", "HOUR"),
        ("Rémunération : 1 850 euros", "MONTH"),
    ],
)
def test_an_unwritten_period_comes_from_k_or_the_size_of_the_figure(text, period):
    assert pay(text)["salary_period"] == period


# --- gross or net --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "gross"),
    [
        ("Salaire : 2 000 € brut", True),
        ("Salaire : 2 000 € bruts mensuels", True),
        ("Rémunération brute : 2 000 €", True),
        ("Salaire : 35 k€ BAB", True),
        ("2100€ gross (Monthly)", True),
        ("Salaire brut mensuel : 2 000 €", True),
        ("Salaire : 2 000 € net", False),
        ("Salaire : 1 600 € nets par mois", False),
        ("Salaire : 1 600 € net mensuel", False),
        ("Salaire net : 1 600 €", False),
        ("Indemnité : 627 € nette par mois", False),
        ("Salaire : 2 000 € brut, soit environ 1 560 € net", True),
    ],
)
def test_brut_and_net_are_read_next_to_the_figure(text, gross):
    assert pay(text)["salary_gross"] is gross


@pytest.mark.parametrize(
    "text",
    ["Salaire : 2 000 € par mois", "Salaire : 35K à 40K €", "Salaire : Horaire de 11,88 Euros"],
)
def test_gross_is_none_when_not_said(text):
    assert "salary_gross" not in pay(text)


def test_brut_in_an_internet_word_is_not_net():
    assert "salary_gross" not in pay("Salaire : 2 000 € par mois, accès internet fourni")


# --- France Travail and job-board layouts --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Salaire : Mensuel de 1900,00 Euros à 2100,00 Euros sur 12 mois",
            (1900, 2100, "MONTH", None),
        ),
        ("Salaire : Horaire de 11,88 Euros", (11.88, 11.88, "HOUR", None)),
        ("Salaire : Annuel de 28000,00 Euros", (28000, 28000, "YEAR", None)),
        (
            "Salaire : Annuel de 28000,00 Euros à 32000,00 Euros sur 13 mois",
            (28000, 32000, "YEAR", None),
        ),
        ("Salaire : Mensuel de 1801,80 Euros sur 12 mois", (1801.8, 1801.8, "MONTH", None)),
        (
            "Salaire\nSalaire : Mensuel de 2200,00 Euros sur 12 mois\nPrime de fin d'année",
            (2200, 2200, "MONTH", None),
        ),
        (
            "Salaire\nSalaire brut : Mensuel de 1800.0 Euros à 2000.0 Euros sur 12.0 mois",
            (1800, 2000, "MONTH", True),
        ),
        (
            "Salaire brut : Annuel de 30000.0 Euros à 35000.0 Euros sur 13.0 mois",
            (30000, 35000, "YEAR", True),
        ),
        ("Salaire brut : Horaire de 11.88 Euros sur 12.0 mois", (11.88, 11.88, "HOUR", True)),
        ("Salaire : Horaire de 11.65 Euros à 12.5 Euros sur 12 mois", (11.65, 12.5, "HOUR", None)),
        ("Salaire : 1 800,00€ à 2 000,00€ par mois", (1800, 2000, "MONTH", None)),
        ("Salaire\n24 000 - 28 000 € / an", (24000, 28000, "YEAR", None)),
        ("Salaire\n35 - 45 k€ brut annuel", (35000, 45000, "YEAR", True)),
        ("Rémunération :\n2 200 € brut mensuel", (2200, 2200, "MONTH", True)),
        ("CDI\nTemps plein\nParis\n2000€ brut (Mensuel)\n", (2000, 2000, "MONTH", True)),
        ("Long-term contract\n2100 - 2100€ gross (Monthly)", (2100, 2100, "MONTH", True)),
        (
            "Rémunération : selon grille salariale, soit 2 400 € brut mensuel",
            (2400, 2400, "MONTH", True),
        ),
        (
            "- Rémunération et modalités : 28h/semaine soit 80%, ≈ 1700€ brut mensuel, 50% "
            "prise en charge des transports",
            (1700, 1700, "MONTH", True),
        ),
        (
            "• Rémunération : entre 2 300 et 2 500 €\nbruts mensuels selon expérience",
            (2300, 2500, "MONTH", True),
        ),
        (
            "Grille conventionnelle des EJE (soit un salaire brut mensuel de 2 100,70 € + "
            "ancienneté)",
            (2100.7, 2100.7, "MONTH", True),
        ),
        ("SALAIRE ET AVANTAGES\n- 2 150 € brut mensuel\n- Mutuelle", (2150, 2150, "MONTH", True)),
    ],
)
def test_job_board_layouts_are_read(text, expected):
    assert figures(text) == expected


# --- volunteers, interns, freelancers ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Indemnité de 620 € par mois", (620, 620, "MONTH", None)),
        ("Indemnité mensuelle de 627,12 € nets", (627.12, 627.12, "MONTH", False)),
        ("Indemnité : 504,98 € versés par l'État", (504.98, 504.98, "MONTH", None)),
        ("Indemnité mensuelle de 1 600 € (VSI)", (1600, 1600, "MONTH", None)),
        ("Indemnité\n619,07 € net par mois (dont 111,35 € versés par l'organisme)", None),
        ("Gratification légale (4,35 €/h)", (4.35, 4.35, "HOUR", None)),
        ("Gratification légale, soit 4,35 € par heure de stage", (4.35, 4.35, "HOUR", None)),
        ("Gratification : 669,90 € par mois", (669.9, 669.9, "MONTH", None)),
        ("Gratification de stage : 4,35 € de l'heure", (4.35, 4.35, "HOUR", None)),
    ],
)
def test_the_allowance_of_volunteers_and_interns_is_their_pay(text, expected):
    if expected is None:  # the first sum, not the organisation's share inside it
        expected = (619.07, 619.07, "MONTH", False)
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tarif : 45 € de l'heure de face-à-face pédagogique",
        "Honoraires : 45 € par heure",
        "Taux horaire : 45 € HT",
    ],
)
def test_a_freelancers_rate_is_the_pay(text):
    assert figures(text, "FREELANCE")[:3] == (45, 45, "HOUR")


def test_a_freelancers_high_hourly_rate_is_kept():
    got = pay("Honoraires : 150 € HT de l'heure", "FREELANCE")
    assert (got["salary_min"], got["salary_period"]) == (150, "HOUR")
    assert "warning" not in got


def test_a_sum_in_another_sentence_than_the_pay_word_is_not_pay():
    text = "Rémunération selon CCN 66. Les familles accueillies vivent avec 900 € par mois."
    got = pay(text)
    assert "salary_min" not in got
    assert got["salary_text"] == "Rémunération selon CCN 66"


def test_a_tarif_is_not_pay_outside_a_freelance_posting():
    assert "salary_min" not in pay("Tarif : 45 € de l'heure pour les adhérents", "CDI")


def test_a_daily_rate_is_not_read_as_a_period():
    assert "salary_min" not in pay("TJM : 350 € / jour", "FREELANCE")


def test_the_part_time_pay_is_preferred_to_its_full_time_base():
    text = "Rémunération : 2 100 € brut mensuel base temps plein, soit 1 680 € brut pour le 80 %"
    assert figures(text) == (1680, 1680, "MONTH", True)


# --- what is not pay -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Prime Ségur : 238 € brut/mois",
        "- Prime Ségur 238€ Brut/mois.",
        "Prime de fin d'année de 500 € brut",
        "13ème mois de 2 000 € brut versé en décembre",
        "Indemnité de précarité de 10 % en fin de contrat",
        "Indemnité de fin de contrat : 1 200 €",
        "Tickets restaurant d'une valeur de 9 € par jour travaillé",
        "Titres-restaurant de 9 € pris en charge à 60 %",
        "Chèques déjeuner de 8 €",
        "Carte Swile : 10 € par jour",
        "Panier repas de 7,30 € brut",
        "Mutuelle prise en charge à 50 % (35 € par mois)",
        "Pass Navigo remboursé à 50 %",
        "Remboursement de 50 % du Pass Navigo, soit 43 € par mois",
        "Forfait mobilités durables : 300 € par an",
        "Participation aux frais de transport à hauteur de 50 € mensuels",
        "Chèques vacances : 200 € par an",
        "Intéressement : jusqu'à 1 500 € par an",
        "Prime d'installation de 1 000 € brut",
        "Indemnités kilométriques : 0,50 €/km",
        "Frais de déplacement remboursés (0,35 €/km)",
        "Vous gérez un budget de 500 000 €",
        "Budget annuel : 1,6 million d'euros",
        "L'association réalise un chiffre d'affaires de 2 M€",
        "Nous avons collecté 45 000 € de dons en 2024",
        "Subvention de 15 000 € de la Région",
        "Le projet est financé à hauteur de 120 000 € par l'ADEME",
        "Dotation de 20 000 € pour le projet",
        "Capital social de 50 000 €",
        "Logement possible : loyer de 450 € par mois",
        "Cotisation annuelle de 25 € par adhérent",
        "Adhésion : 10 € par an",
        "Prix de la formation : 1 200 €",
        "Aide au logement de 200 € par mois",
        "Levée de fonds de 3 M€",
        "Valeur du point d'indice : 4,92 €",
        "Tél : 01 23 45 67 89",
        "Adresse : 12 rue des Lilas, 75012 Paris",
        "Date limite de candidature : 15/09/2025",
        "Temps plein, 35 h par semaine",
        "SIRET 123 456 789 00012",
        "Référence de l'offre : 2025-0456",
        "Salaire : coefficient 350",
        "Durée : 24 mois",
        "Rémunération : 35h hebdomadaires",
        "Poste basé à Lyon 3e, 69003",
        "Gratification de 15 % du plafond horaire de la sécurité sociale",
        "Rejoignez nos 2 500 coopérateurs",
        "Le SMIC horaire est de 11,88 €",
        "Budget : 300 k€",
    ],
)
def test_figures_that_are_not_the_base_pay_are_not_salary(text):
    got = pay(text)
    assert "salary_min" not in got
    assert "salary_max" not in got


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Prime Ségur de 238 € brut par mois\nSalaire : 2 300 € brut mensuel", 2300),
        ("Salaire : 2 000 € brut mensuel + prime Ségur de 238 €", 2000),
        ("Tickets restaurant : 9 €\nSalaire : 1 900 € brut", 1900),
        ("Tickets restaurant (9 €), salaire 2 100 € brut", 2100),
        ("Salaire : 1 900 € brut, 13e mois, tickets restaurant de 9 €", 1900),
        ("Vous gérez un budget de 500 000 €.\nSalaire : 2 200 € brut mensuel", 2200),
        ("Le SMIC horaire est de 11,88 € ; le salaire proposé est de 2 100 € brut", 2100),
        ("Chiffre d'affaires : 2 M€\nRémunération : 32 k€ brut annuel", 32000),
        ("Mutuelle : 30 € par mois\nRémunération : 2 050 € brut", 2050),
        ("Prime incluse, salaire : 2 300 € brut", 2300),
        ("Indemnité de précarité de 10 %. Salaire : 1 850 € brut", 1850),
        ("2 200 €\nLe poste\nSalaire : 2 400 € brut", 2400),
    ],
)
def test_the_figure_in_a_pay_context_wins_over_other_sums(text, amount):
    assert pay(text)["salary_min"] == amount


@pytest.mark.parametrize(
    "text",
    [
        "Notre association gère 2 200 € de petits dons.",
        "Entrée : 5 €",
        "Vente de paniers à 15 €",
        "Le repas coûte 3,50 €",
        "Ouvert depuis 2019, 300 € de stock",
    ],
)
def test_a_bare_sum_with_no_pay_word_is_not_taken(text):
    assert pay(text) == {}


# --- the wording when no figure is given ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Salaire selon CCN 66",
        "- Salaire selon CCNT 51, avec reprise à 100 % de l'ancienneté dans la fonction.",
        "Rémunération selon la convention collective nationale du 15 mars 1966",
        "- Rémunération selon Convention Collective : Accords CHRS NEXEM (ex- SYNEAS)",
        "Rémunération selon la convention collective ECLAT, groupe C, coefficient 280",
        "Salaire : selon grille CCNT 51",
        "Rémunération : selon profil",
        "Salaire : selon expérience",
        "Salaire : à négocier",
        "Rémunération : négociable",
        "• Rémunération : négociable selon l'expérience",
        "- Salaire : Groupe E coefficient 325 de la convention collective ECLAT",
        "Poste rémunéré selon la grille de la CCN 51",
        "Salaire : SMIC",
        "Rémunération : SMIC + 10 %",
        "Rémunération : 100 % du SMIC",
        "Salaire : selon l'âge (de 43 % à 100 % du SMIC)",
        "Gratification selon la réglementation en vigueur",
        "Indemnité selon la grille VSI",
        "Rémunération : selon la grille indiciaire de la fonction publique territoriale",
        "Rémunération statutaire + régime indemnitaire (RIFSEEP)",
        "Salaire : à définir selon profil",
        "Rémunération : attractive, selon expérience",
        "Salaire : à convenir",
        "Rémunération en fonction de l'expérience",
        "Salaire : selon accord d'entreprise",
        "Rémunération : Convention collective ALISFA, pesée 471",
        "Salaire : Selon CCN ACI",
        "Salaire mensuel brut calculé sur la base du SMIC horaire",
        "CCNT du 15 mars 1966",
        "Convention collective : CCN 51",
        "Selon CCN 66",
        "Salaire\nA négocier",
        "Rémunération :\nSelon CCN 66 et ancienneté",
        "Salaire : Selon profil (fourchette communiquée lors de l'entretien)",
        "Rétribution : selon barème de l'association",
        "Rémunération : indice majoré 350",
        "Salaire : Cadre, position 2.1 de la convention Syntec",
        "Salaire : motivant",
        "Rémunération : sur devis",
        "Salaire : coefficient 350",
        "Gratification de 15 % du plafond horaire de la sécurité sociale",
        "💶 payé au SMIC + repas pris sur place offert",
        "Poste payée selon la grille de la convention collective",
        "Indemnité : le volontaire perçoit une indemnité mensuelle prise en charge par l'État, "
        "complétée par une prestation de la structure.",
        "Indemnité de subsistance mensuelle et logement pris en charge.",
    ],
)
def test_pay_wording_without_figure_is_salary_text(text):
    got = pay(text)
    assert got["salary_text"]
    assert "salary_min" not in got


@pytest.mark.parametrize(
    ("text", "wording"),
    [
        ("Salaire selon CCN 66", "Salaire selon CCN 66"),
        ("- Salaire selon CCNT 51, avec reprise de l'ancienneté.", "Salaire selon CCNT 51"),
        ("Rémunération : négociable selon l'expérience", "négociable selon l'expérience"),
        (
            "Salaire : Groupe E coefficient 325 de la CC ECLAT",
            "Groupe E coefficient 325 de la CC ECLAT",
        ),
        ("Salaire\nA négocier", "A négocier"),
        ("AVANTAGES ET RÉMUNÉRATION\n- Rémunération selon CCN 66", "Rémunération selon CCN 66"),
        ("Rémunération : selon profil et expérience.", "selon profil et expérience"),
        ("CCNT du 15 mars 1966", "CCNT du 15 mars 1966"),
        ("💶 payé au SMIC + repas pris sur place offert", "payé au SMIC"),
        (
            "Rémunération selon Convention Collective : Accords CHRS (ex- SYNEAS, ex- SOP), suite",
            "Rémunération selon Convention Collective : Accords CHRS (ex- SYNEAS, ex- SOP)",
        ),
    ],
)
def test_the_wording_is_short_and_verbatim(text, wording):
    assert pay(text)["salary_text"] == wording


@pytest.mark.parametrize(
    "text",
    [
        "Vous établirez les bulletins de salaire et les déclarations sociales.",
        "Missions : gestion de la paie et des rémunérations selon la convention collective",
        "Maintien de salaire en cas d'arrêt maladie",
        "Politique de rémunération et avantages sociaux à construire",
        "Vous participerez à la négociation annuelle des salaires selon l'accord",
        "Suivi des indemnités journalières",
        "Les stagiaires bénéficient d'une gratification.",
        "Ce stage n'est pas rémunéré.",
        "Salaire : Non spécifié",
        "Salaire : non communiqué",
        "Salaire : Autre",
        "Selon profil, vous pourrez évoluer vers un poste de coordination.",
        "Convention de stage obligatoire",
        "La convention collective prévoit une mutuelle d'entreprise.",
        "Vous accompagnez les salariés en insertion selon leur projet.",
        "Indemnité de précarité de 10 %",
        "Indemnité de fin de contrat selon la loi",
        "Versement d'un 13e mois de salaire selon l'ancienneté",
        "Poste à temps plein, CDI, basé à Nantes.",
        "Vous veillez à ce que chaque facture soit payée à la date prévue.",
        "Le projet est financé par l'État et la Région.",
        "",
    ],
)
def test_no_pay_wording_gives_nothing(text):
    assert pay(text) == {}


def test_there_is_no_wording_when_a_figure_is_given():
    got = pay("Rémunération : selon CCN 66, soit 2 100 € brut mensuel en début de carrière")
    assert "salary_text" not in got
    assert got["salary_min"] == 2100


@pytest.mark.parametrize(
    ("text", "gross"),
    [
        ("Salaire mensuel brut calculé sur la base du SMIC horaire", True),
        ("Salaire : SMIC horaire brut", True),
        ("Rémunération : net selon grille", False),
        ("Salaire brut : Selon convention collective", True),
    ],
)
def test_brut_or_net_in_a_wording_is_kept(text, gross):
    assert pay(text)["salary_gross"] is gross


def test_a_wording_without_brut_or_net_leaves_gross_unset():
    assert "salary_gross" not in pay("Salaire selon CCN 66")


# --- implausible figures are flagged -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Salaire : 1 800 € brut annuel", "MONTH"),
        ("Salaire : 2 500 € de l'heure", "MONTH"),
        ("Salaire : 35 000 € brut par mois", "YEAR"),
        ("Salaire : 12 € brut mensuel", "HOUR"),
        ("Rémunération : 2 200 €/h", "MONTH"),
    ],
)
def test_a_period_contradicted_by_the_figure_is_corrected_with_a_warning(text, period):
    got = pay(text)
    assert got["salary_period"] == period
    assert "période" in got["warning"]


@pytest.mark.parametrize(
    "text",
    [
        "Salaire : 500 000 € brut annuel",
        "Salaire : 50 € brut annuel",
        "Salaire : 80 € par mois",
        "Salaire : 400 000 € brut",
        "Salaire : 0,50 € de l'heure",
    ],
)
def test_an_implausible_figure_is_dropped_with_a_warning(text):
    got = pay(text)
    assert "salary_min" not in got
    assert "invraisemblable" in got["warning"]


def test_a_plausible_figure_gives_no_warning():
    assert "warning" not in pay("Salaire : 2 000 € brut mensuel")


# --- evidence spans ------------------------------------------------------------------------


def evidence(text: str, key: str) -> str:
    found = extract_pay(Doc.of(text), {})[key]
    return text[found.start : found.end]


def test_the_evidence_covers_the_pay_phrase():
    text = "Poste en CDI. Salaire : entre 2 200 et 2 500 € brut mensuel, tickets restaurant."
    assert evidence(text, "salary_min") == "Salaire : entre 2 200 et 2 500 € brut mensuel"
    assert evidence(text, "salary_period") == "Salaire : entre 2 200 et 2 500 € brut mensuel"


def test_the_evidence_includes_a_closing_parenthesis():
    assert evidence("2000€ brut (Mensuel)", "salary_gross") == "2000€ brut (Mensuel)"


def test_the_wording_evidence_is_the_wording():
    text = "Conditions\nSalaire : selon CCN 66\n"
    assert evidence(text, "salary_text") == "selon CCN 66"


def test_offsets_point_into_the_original_text_with_typographic_spaces():
    text = "Rémunération\u00a0: 1\u202f800\u00a0€ brut mensuel"
    assert evidence(text, "salary_min") == text


# --- robustness ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "😀" * 300,
        "\x00\x01\x02 €€€ \ufffd" * 50,
        bytes(range(256)).decode("latin-1") * 20,
        "1 " * 50000,
        "a" * 100000,
        "@." * 50000,
        "01/01/" * 20000,
        "de " * 30000,
        "1 € " * 30000,
        "111 " * 25000,
        "111.111," * 12000,
        "Salaire : " * 10000,
        "Salaire selon " * 8000,
        "2 000 € - " * 10000,
        "de 28 à " * 12000,
        "\n" * 100000,
        "€" * 100000,
        "1" * 100000 + " €",
        "Salaire\n" * 20000,
        "soit , " * 20000,
        "TJM : 400 € " * 8000,
        "TJM\n" * 30000,
        "AUTRES OFFRES\n- Comptable - Albi - CDI - 1 950 € brut\n" * 2000,
    ],
)
def test_adversarial_inputs_return(text):
    assert isinstance(extract_pay(Doc.of(text), {}), dict)


# Pieces of pay phrases, glued at random: the worst inputs are near-misses of real ones.
_PIECES = (
    "Salaire|Rémunération|Indemnité|:|€|euros|k€|K|brut|net|mensuel|annuel|/h|/mois|par an|de|à"
    "|entre|et|-|/|(|)|soit|, |. |;|+|\n| |1|2 000|11,88|2.599|28|1 800,00|selon|CCN 66|prime"
    "|jusqu'à|à partir de|temps plein|€2,500|Mensuel de|Euros|sur 12 mois|\u00a0|–|😀|\x00|%"
    "|999999999|1,|,5|de l'heure|Salaire\n|Tarif"
)
_PAY_TOKENS = st.sampled_from(_PIECES.split("|"))
_PAY_KEYS = {"salary_min", "salary_max", "salary_period", "salary_gross", "salary_text", "warning"}


@settings(max_examples=300, deadline=None)
@given(st.lists(_PAY_TOKENS, max_size=40).map("".join) | st.text(max_size=300))
def test_any_text_gives_a_result_and_never_raises(text):
    result = extract_pay(Doc.of(text), {})
    assert set(result) <= _PAY_KEYS
    if "salary_period" in result:
        assert result["salary_period"].value in ("HOUR", "MONTH", "YEAR")


def test_a_long_posting_with_pay_at_the_end_is_read():
    text = "Nos missions d'accompagnement. " * 60000 + "\nSalaire : 2 000 € brut mensuel"
    assert pay(text)["salary_min"] == 2000


# --- more phrasings ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Salaires 2025 : revalorisation de 3 % au 1er janvier",
        "Accompagnement des bénéficiaires du RSA (607 € par mois)",
        "Des familles qui vivent avec moins de 1 000 € par mois nous sollicitent chaque semaine.",
        "Le dispositif verse une aide de 500 € par mois aux jeunes accompagnés.",
        "Per diem de 20 € par jour en mission",
        "Nos adhérents paient un abonnement de 10 € par mois.",
    ],
)
def test_sums_in_sentences_about_something_else_are_not_pay(text):
    assert "salary_min" not in pay(text)


def test_a_header_line_with_only_a_period_is_pay():
    assert figures("CDI\n2 000 € - 2 300 € par mois\nTemps plein") == (2000, 2300, "MONTH", None)


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Salary: 35,000 - 40,000 EUR/year", "YEAR"),
        ("Salary: 2,300 €/month gross", "MONTH"),
        ("Hourly rate: 14 €/hour", "HOUR"),
    ],
)
def test_english_periods_are_read(text, period):
    assert pay(text)["salary_period"] == period


def test_a_lower_and_an_upper_bound_make_a_range():
    text = "Salaire : à partir de 2 000 € et jusqu'à 2 400 € brut mensuel selon expérience"
    assert figures(text) == (2000, 2400, "MONTH", True)


@pytest.mark.parametrize(
    "text",
    [
        "Rémunération : 80 € brut par jour (contrat d'engagement éducatif)",
        "Rémunération : 400 € HT par jour",
        "Rémunération : 50 € par séance",
        "Rémunération : 350 € la journée de formation",
    ],
)
def test_a_daily_or_session_rate_is_kept_as_wording_not_as_figures(text):
    got = pay(text)
    assert "salary_min" not in got
    assert got["salary_text"]


def test_a_wording_stops_before_a_bonus_added_to_it():
    got = pay("Salaire : selon la CCN 66 + prime Ségur de 238 €")
    assert got["salary_text"] == "selon la CCN 66"
    assert "salary_min" not in got


def test_a_payroll_job_title_does_not_hide_the_pay_wording_after_a_dash():
    assert pay("Gestionnaire de paie - Rémunération : selon profil")["salary_text"] == (
        "selon profil"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Salaire : 2,5 k€ brut mensuel", (2500, 2500, "MONTH", True)),
        ("Salaire : 1800 à 2000", (1800, 2000, "MONTH", None)),
        ("Rémunération : 1 500 € net mensuel (soit 1 923 € brut)", (1500, 1500, "MONTH", False)),
        ("Salaire annuel : 24 000 € (2 000 € brut mensuel)", (24000, 24000, "YEAR", None)),
        (
            "Rémunération : 2 000 € brut mensuel (soit 24 000 € brut annuel)",
            (2000, 2000, "MONTH", True),
        ),
        ("Salaire : 2000€brut/mois", (2000, 2000, "MONTH", True)),
        ("Salaire : 19,50 € brut de l'heure + 10 % de fin de mission", (19.5, 19.5, "HOUR", True)),
        ("Salaire : 1 900 € brut mensuel pour 151,67 heures", (1900, 1900, "MONTH", True)),
        (
            "Salaire : 2 500 € brut mensuel + indemnité d'expatriation de 800 €",
            (2500, 2500, "MONTH", True),
        ),
        ("Indemnité de subsistance : 900 € par mois", (900, 900, "MONTH", None)),
        ("Statut : Cadre - Salaire : 38 - 42 k€", (38000, 42000, "YEAR", None)),
        ("Cadre au forfait jours : 38 000 € brut annuel", (38000, 38000, "YEAR", True)),
        ("Salaire : 1 801,80 € brut mensuel (base 35 h)", (1801.8, 1801.8, "MONTH", True)),
        (
            "Rémunération au SMIC, soit 1 801,80 € brut mensuel",
            (1801.8, 1801.8, "MONTH", True),
        ),
    ],
)
def test_more_real_phrasings_are_read(text, expected):
    assert figures(text) == expected


# --- whole postings ------------------------------------------------------------------------

FRANCE_TRAVAIL = """\
Animateur / Animatrice d'activités culturelles (H/F)
75 - PARIS 11 - Localiser avec Mappy
Publié le 03 septembre 2025 - offre n° 195XKQM

L'association propose des ateliers pour les enfants du quartier. Budget annuel de 250 000 €.

Type de contrat
Contrat à durée déterminée - 12 Mois
Contrat travail
Durée du travail
35H Horaires normaux
Salaire
Salaire : Mensuel de 1900,00 Euros à 2100,00 Euros sur 12 mois
Chèque repas
Mutuelle
Profil souhaité
Expérience
1 an - en animation
"""

WELCOME_TO_THE_JUNGLE = """\
Chargé·e de plaidoyer
Réseau Action Climat
CDI
Paris
Salaire : 35K à 40K €
Début : 01 octobre 2025
Télétravail fréquent
Le poste
Vous pilotez le plaidoyer auprès des institutions, avec une enveloppe de 40 000 € d'études.
Avantages : tickets restaurant 10 €, forfait mobilités durables 500 € par an.
"""

ASSOCIATION_LETTER = """\
L'association Les Jardins de l'Espoir recrute
un·e encadrant·e technique maraîchage en CDI

Au sein de notre atelier chantier d'insertion (45 salariés en parcours, chiffre d'affaires
de 600 k€), vous encadrez une équipe de 12 personnes.

Conditions :
- CDI à temps plein (35 h), basé à Rennes (35000)
- Rémunération selon la convention collective des ACI, groupe C, soit 2 150 € brut mensuel
- Prime de fin d'année, mutuelle prise en charge à 60 %
- Tickets restaurant de 9 € (50 % employeur)

Candidature (CV + lettre) avant le 30/09/2025 à recrutement@jardins-espoir.org
"""

CCN_POSTING = """\
SOS Solidarités recrute un Éducateur spécialisé (H/F)
CDI – temps plein – Marseille

Missions
- Accompagner les jeunes accueillis
- Gérer le budget éducatif (150 € par jeune et par mois)

Conditions
CCN 66 – reprise d'ancienneté
Prime Ségur de 238 € brut mensuel
Congés trimestriels
"""

SERVICE_CIVIQUE = """\
Mission de Service Civique : ambassadeur·rice du tri
Durée : 8 mois, 24 h par semaine
Indemnité : 504,98 € versés par l'État + 111,35 € versés par la structure
Le volontaire bénéficie d'une prise en charge de 50 % de son abonnement de transport.
"""

INTERN = """\
Stage – Assistant·e communication (6 mois)
Gratification légale (4,35 €/h), remboursement 50 % Navigo, tickets restaurant.
Début : février 2026.
"""

NO_PAY = """\
Coordinateur·rice de projets (H/F) – CDD 12 mois
Notre association, au budget de 1,2 M€, accompagne 300 familles par an.
Vous gérez les demandes de subventions (jusqu'à 50 000 € par projet).
Poste basé à Lille, 35 h/semaine. Candidature avant le 15/10/2025.
Tél. : 03 20 12 34 56
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (FRANCE_TRAVAIL, (1900, 2100, "MONTH", None, None)),
        (WELCOME_TO_THE_JUNGLE, (35000, 40000, "YEAR", None, None)),
        (ASSOCIATION_LETTER, (2150, 2150, "MONTH", True, None)),
        (CCN_POSTING, (None, None, None, None, "CCN 66")),
        (SERVICE_CIVIQUE, (504.98, 504.98, "MONTH", None, None)),
        (INTERN, (4.35, 4.35, "HOUR", None, None)),
        (NO_PAY, (None, None, None, None, None)),
    ],
)
def test_whole_postings_give_the_pay_and_only_the_pay(text, expected):
    got = pay(text)
    keys = ("salary_min", "salary_max", "salary_period", "salary_gross", "salary_text")
    values = tuple(got.get(key) for key in keys)
    assert values[:4] == expected[:4]
    assert (values[4] is None) == (expected[4] is None)
    if expected[4] is not None:
        assert values[4].startswith(expected[4])
    assert "warning" not in got


@pytest.mark.parametrize(
    "text",
    [
        "- TJM : 350 à 400 € HT selon expérience",
        "TJM : 450 €",
        "Taux journalier moyen : 380 € HT",
        "Tarif journalier : 300 à 350 € selon profil",
        "Prix de journée : 420 € HT, frais de déplacement en sus",
        "Rémunération : TJM de 400 € HT",
    ],
)
def test_a_daily_rate_written_before_its_figure_is_wording_not_figures(text):
    for contract in ("FREELANCE", None):
        got = pay(text, contract)
        assert "salary_min" not in got and "salary_period" not in got
        assert got["salary_text"]


_NEWSLETTER_PAY = (
    "OFFRES D'EMPLOI\n\nÉducateur·rice sportif·ve\nAssociation Bouger Ensemble – Besançon\n\n"
    "Conditions : CDI à temps plein (35 h annualisées). {featured} Prise de poste le 1er "
    "février.\nCandidature avant le 10 janvier à recrutement@bouger.example\n\n"
    "{heading}\n"
    "- Agent·e de développement – Comité de randonnée – Lons-le-Saunier – CDD 12 mois – "
    "1 950 € brut\n"
    "- Animateur·rice multisports – Pontarlier – CDI 24 h – 11,88 € de l'heure\n"
    "- Service civique « Sport et handicap » – Belfort – 8 mois – 620 € par mois\n"
)


@pytest.mark.parametrize("heading", ["AUTRES OFFRES", "Chez nos voisins :", "Et aussi"])
def test_another_offers_pay_in_a_newsletter_is_not_the_featured_offers(heading):
    featured = "Rémunération selon la CCN du sport, groupe 3, avec reprise d'expérience."
    got = pay(_NEWSLETTER_PAY.format(featured=featured, heading=heading))
    assert "salary_min" not in got
    assert got["salary_text"].startswith("Rémunération selon la CCN du sport")


@pytest.mark.parametrize("heading", ["AUTRES OFFRES", "Chez nos voisins :"])
def test_the_featured_offers_own_figure_wins_over_the_teasers(heading):
    featured = "Salaire : 2 050 € brut mensuel."
    text = _NEWSLETTER_PAY.format(featured=featured, heading=heading)
    assert figures(text) == (2050, 2050, "MONTH", True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CDI · Temps plein · 2 000 € / mois", (2000, 2000, "MONTH", None)),
        ("CDD 6 mois | 1 900 € brut / mois | Lyon", (1900, 1900, "MONTH", True)),
        ("Salaire : 28 000 € / an", (28000, 28000, "YEAR", None)),
        ("Taux horaire : 12,50 € / h", (12.5, 12.5, "HOUR", None)),
    ],
)
def test_a_period_after_a_spaced_slash_is_the_sums(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Indemnisation : indemnité mensuelle de service civique prévue par la loi, versée "
            "par l'État.",
            "indemnité mensuelle de service civique prévue par la loi",
        ),
        (
            "Statut VSI. Indemnité mensuelle de volontariat selon la grille de l'organisme "
            "d'envoi, logement pris en charge.",
            "Indemnité mensuelle de volontariat selon la grille de l'organisme d'envoi",
        ),
        (
            "Conditions : 24 h par semaine ; indemnité de service civique.",
            "indemnité de service civique",
        ),
        ("Nous versons une indemnité de stage légale.", "indemnité de stage légale"),
    ],
)
def test_a_statutory_allowance_is_the_pay_wording(text, expected):
    assert pay(text).get("salary_text") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Indemnité de fin de contrat versée à l'issue du CDD.",
        "Vous gérerez les indemnités de service civique des volontaires de l'association et leurs",
    ],
)
def test_other_allowances_are_no_pay_wording(text):
    assert pay(text).get("salary_text") is None


def test_a_statutory_allowance_with_its_figure_gives_the_figure():
    got = pay("Indemnité mensuelle de volontariat : 800 € net.", "VOLONTARIAT")
    assert got.get("salary_min") == 800


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Salaire\nDe 1 980 € à 2 150 € par mois\n\nRémunération selon la convention "
            "collective, soit 1 980 € à 2 150 € bruts mensuels selon expérience.",
            (1980, 2150, "MONTH", True),
        ),
        (
            "Salaire : 12,25 €/h\n\nConditions :\n12,25 € brut de l'heure + indemnités "
            "kilométriques",
            (12.25, 12.25, "HOUR", True),
        ),
        (
            "Salaire : 1 600 € par mois\nSoit 1 600 € nets par mois après cotisations.",
            (1600, 1600, "MONTH", False),
        ),
    ],
)
def test_brut_or_net_said_of_the_same_sums_elsewhere_applies(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another sum said brut tells nothing of this one
        (
            "Salaire : 2 000 € par mois\nPrime annuelle de 500 € brut.",
            (2000, 2000, "MONTH", None),
        ),
        # the same sum for another period is another pay
        (
            "Salaire : 24 000 € par an\nTitres-restaurant : 24 000 € brut par mois pour l'équipe",
            (24000, 24000, "YEAR", None),
        ),
    ],
)
def test_brut_said_of_other_sums_does_not_apply(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cadre de la mission :\n- indemnité prévue par le code du service national, versée "
            "par l'État, complétée par la structure ;\n- formation civique",
            "indemnité prévue par le code du service national",
        ),
        (
            "- Indemnité fixée par décret, versée par l'Agence du service civique",
            "Indemnité fixée par décret",
        ),
        ("Avantages :\n- mutuelle prévue par la convention", None),
    ],
)
def test_an_allowance_the_law_fixes_is_the_pay_wording(text, expected):
    assert pay(text).get("salary_text") == expected
