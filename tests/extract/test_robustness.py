"""Any `str` in → a valid `Extraction` out, never an exception, and no field family failing.

`core.extract` turns a family's exception into the warning "Une partie de l'analyse (…) a
échoué": these tests fail on that warning, so that a family's bug shows here. The hypothesis
tests feed arbitrary text and text built from fragments of French postings.
"""

import json
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from postings import geo
from postings.extract import MAX_CHARS, Extraction, UnreadableFile, extract, text_from_file

CONTRACTS = {
    "CDI",
    "CDD",
    "CDDI",
    "ALTERNANCE",
    "STAGE",
    "SERVICE_CIVIQUE",
    "VOLONTARIAT",
    "INTERIM",
    "FREELANCE",
    "BENEVOLAT",
}
FAMILY_FAILED = "Une partie de l'analyse"
NUMBER = (int, float)


def assert_valid(result: Extraction, text: str) -> None:
    """The invariants every extraction keeps, whatever the text."""
    assert isinstance(result, Extraction)
    assert result.text == text[:MAX_CHARS]
    failures = [warning for warning in result.warnings if FAMILY_FAILED in warning]
    assert not failures, failures
    assert all(isinstance(warning, str) and warning for warning in result.warnings)
    for name, span in result.evidence.items():
        assert 0 <= span.start <= span.end <= len(result.text), (name, span)
        assert getattr(result, name) is not None, name
    for name in ("title", "employer", "city", "salary_text", "apply_email", "apply_url"):
        value = getattr(result, name)
        assert value is None or (isinstance(value, str) and value.strip()), (name, value)
    assert result.contract_type in CONTRACTS | {None}
    assert result.department is None or result.department in geo.DEPARTMENTS
    assert result.postal_code is None or (
        isinstance(result.postal_code, str) and len(result.postal_code) == 5
    )
    assert result.remote in {"NONE", "PARTIAL", "FULL", None}
    assert result.salary_period in {"HOUR", "MONTH", "YEAR", None}
    for name in ("duration_months", "monthly_salary_min", "monthly_salary_max"):
        value = getattr(result, name)
        assert value is None or (isinstance(value, int) and not isinstance(value, bool)), name
    for name in ("hours_per_week", "salary_min", "salary_max"):
        value = getattr(result, name)
        assert value is None or (isinstance(value, NUMBER) and not isinstance(value, bool)), name
    for name in ("full_time", "salary_gross"):
        assert getattr(result, name) in {True, False, None}, name
    if result.salary_min is not None and result.salary_max is not None:
        assert result.salary_min <= result.salary_max
    assert result.start_date is None or result.start_date == "ASAP" or _is_date(result.start_date)
    assert result.deadline is None or _is_date(result.deadline)
    assert result.apply_email is None or "@" in result.apply_email
    assert isinstance(result.description, str)
    json.dumps(result.to_schema())


def _is_date(value: object) -> bool:
    return isinstance(value, date)


def check(text: str) -> Extraction:
    result = extract(text)
    assert_valid(result, text)
    return result


# Inputs that break naive code


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\n\n\n",
        "\t\r\n\x0b\x0c",
        "\x00" * 100,
        "🌱🤝💡" * 1000,
        "👩‍🌾 Maraîchère (H/F) 🥕\n📍 Nantes\n💶 2 000 €",
        "\ud800 lone surrogate \udfff",
        "\ufeffTitre avec BOM",
        "e\u0301" * 500,
        "ﬁ" * 300,
        "א" * 1000 + " عربى " + "中文" * 500,
        "<div>" * 5000 + "Chargé de mission" + "</div>" * 5000,
        "<ul><li>" * 3000 + "Animateur",
        "Titre\r\nLieu : Lyon\r\nCDI\r\n",
        "@" * 1000,
        "€" * 1000,
        "H/F " * 1000,
        "(((((((((" * 1000,
        "Lieu :\n" * 1000,
        "Date limite : " * 1000,
        "31/02/2026 99/99/9999 00/00/0000 29/02/2025",
        "Salaire : 999999999999999999999999 € brut par mois",
        "Salaire : 0 € - 0 €, 0 h par semaine, CDD de 0 mois",
        "CDD de 99999999999999999999 mois",
        "75000 75999 20000 97600 98000 00000 99999",
    ],
)
def test_odd_texts_give_a_valid_extraction(text):
    check(text)


@pytest.mark.parametrize(
    "text",
    [
        "1 " * 50_000,
        "a" * 100_000,
        "@." * 50_000,
        "01/01/" * 20_000,
        "de " * 30_000,
        "é" * 100_000,
        "-" * 100_000,
        "http://" * 15_000,
        "a@b.fr " * 14_000,
        "12 000 € " * 10_000,
        "75001 Paris " * 8_000,
        "\n" * 100_000,
        " " * 100_000,
        " " * 100_000 + "Localiser avec Mappy",
        "\t" * 50_000 + "x",
        "Lieu : " * 14_000,
    ],
    ids=lambda text: f"{text[:8]!r}x{len(text)}",
)
def test_100_000_character_inputs_give_a_valid_extraction(text):
    check(text)


def test_two_megabytes_of_text_are_cut_with_a_warning():
    posting = "Chargé de mission (H/F)\nCDI à Lyon, 2 000 € brut par mois.\n"
    text = (posting * 40_000)[:2_000_000]
    result = check(text)
    assert len(result.text) == MAX_CHARS
    assert any("seul le début a été lu" in warning for warning in result.warnings)


def test_binary_garbage_decoded_gives_a_valid_extraction():
    garbage = bytes((i * 7919 + 13) % 256 for i in range(50_000))
    for encoding in ("latin-1", "cp1252", "utf-8", "utf-16"):
        check(garbage.decode(encoding, errors="replace"))


def test_fifty_email_addresses_give_one_address_or_none():
    text = "Chargé de mission\n" + "\n".join(
        f"Contact {i} : prenom.nom{i}@asso-{i}.example" for i in range(50)
    )
    result = check(text)
    assert result.apply_email is None or result.apply_email in text


def test_html_pasted_as_text_gives_a_valid_extraction():
    check("<html><body><h1>Animateur (H/F)</h1><p>CDD &agrave; Lyon</p></body></html>")


# Hypothesis: arbitrary text, and text built from fragments of French postings

FRAGMENTS = [
    "Chargé·e de mission (H/F)",
    "Animateur / Animatrice nature F/H",
    "Association Les Amis du Jardin",
    "L'association recrute",
    "CDI",
    "CDD de 12 mois",
    "contrat de 6 mois renouvelable",
    "CDDI - 26h",
    "Service civique de 8 mois",
    "Stage de 6 mois, gratification légale",
    "Alternance (apprentissage)",
    "Lieu : Lyon (69003)",
    "Lieu de travail : 12 rue des Lilas, 75011 Paris",
    "Saint-Denis (974)",
    "Ajaccio 20000",
    "Montreuil 93100",
    "basé à L'Île-Saint-Denis",
    "Salaire : 2 000 € brut mensuel",
    "entre 28 000 et 30 000 € brut annuel",
    "11,88 € / heure",
    "Rémunération selon CCN 66",
    "Groupe E coefficient 325",
    "Prime Ségur 238 €",
    "13ème mois",
    "35h par semaine",
    "Temps partiel (24h hebdomadaires)",
    "temps plein",
    "Télétravail possible 2 jours par semaine",
    "100 % télétravail",
    "Prise de poste : dès que possible",
    "Poste à pourvoir le 1er mars 2026",
    "Date limite de candidature : 15/03/2026",
    "avant le 30 avril",
    "Candidatures à recrutement@asso.example",
    "Postuler : https://asso.example/offres/42",
    "Posté le : 21/01/2026",
    "Accueil > Offres d'emploi",
    "Mentions légales",
    "© 2026",
    "Missions :",
    "- Accompagner les bénévoles",
    "• Animer le réseau",
    "Profil recherché",
    "",
]
SEPARATORS = ["\n", " ", "\n\n", " : ", ", ", "\t", " - ", ""]


@st.composite
def postings(draw: st.DrawFn) -> str:
    pieces = draw(
        st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=20), min_size=1, max_size=25)
    )
    separators = draw(st.lists(st.sampled_from(SEPARATORS), min_size=len(pieces)))
    return "".join(piece + sep for piece, sep in zip(pieces, separators, strict=False))


QUICK = settings(
    max_examples=80,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)


@QUICK
@given(st.text(max_size=3000))
def test_arbitrary_text_gives_a_valid_extraction(text):
    check(text)


@QUICK
@given(postings())
def test_text_built_from_posting_fragments_gives_a_valid_extraction(text):
    check(text)


@QUICK
@given(st.binary(max_size=3000), st.sampled_from(["offre.txt", "offre.html", "offre.pdf", ""]))
def test_arbitrary_bytes_give_text_or_a_french_refusal(data, filename):
    try:
        text = text_from_file(data, filename)
    except UnreadableFile as error:
        assert str(error)
    else:
        assert isinstance(text, str) and text.strip() and "\x00" not in text
        check(text)
