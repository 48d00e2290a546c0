"""The employer: one sanity check for every source, the fullest written form of the name,
and the name an application address's or link's domain stands for."""

import pytest

from postings.extract.text import Doc, Found
from postings.extract.title import extract_title
from postings.extract.title_domain import domain_label, from_domain
from postings.extract.title_fullest import fullest_form
from postings.extract.title_names import is_name


def employer_of(text: str, email: str | None = None, url: str | None = None) -> str | None:
    found = {}
    if email:
        found["apply_email"] = Found(email, 0, len(email))
    if url:
        found["apply_url"] = Found(url, 0, len(url))
    result = extract_title(Doc.of(text), found).get("employer")
    return result.value if result else None


@pytest.mark.parametrize(
    "value",
    [
        "Bonjour",
        "Bonjour à toutes et à tous",
        "Madame, Monsieur",
        "Chers adhérents",
        "Hello",
        "Prestation de janvier à juin 2027",
        "Période de mars à septembre",
        "Mission de septembre 2026 à juin 2027",
        "CDD de 6 mois",
        "Contrat à durée indéterminée",
        "Remplacement congé maternité",
        "Association d'éducation populaire agréée Centre social par la CAF",
        "Structure affiliée à la Fédération des Centres Sociaux",
        "Les Tilleuls recrute un·e animateur",
        "La Ressourcerie embauche",
    ],
)
def test_greetings_periods_terms_statuses_and_sentences_are_no_names(value):
    assert not is_name(value)


@pytest.mark.parametrize(
    "value",
    [
        "Institut de Recherche pour le Développement",
        "Mission Locale du Pays de Morlaix",
        "Association Mai 68",
        "Les Amis de la Terre",
        "Centre social et culturel Les Quatre Vents",
    ],
)
def test_names_that_share_words_with_those_are_still_names(value):
    assert is_name(value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "LE CHAMP COMMUN – PAYS DE REDON\nAssociation d'insertion\n\nAPPEL À PRESTATAIRE\n\n"
            "Formateur·rice en maraîchage\nPrestation de mars à juin 2027\n",
            "LE CHAMP COMMUN – PAYS DE REDON",
        ),
        (
            "De : Service RH <rh@exemple.fr>\nObjet : Offre\n\nBonjour,\n\nMerci de diffuser.\n\n"
            "Comptable (H/F) – CDD 6 mois\n\nNous recherchons une personne autonome.",
            None,
        ),
    ],
)
def test_the_line_under_a_title_that_names_no_one_is_no_employer(text, expected):
    assert employer_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "L'association d'aide à domicile du Léon recrute\n\nL'Association d'aide à domicile "
            "du Léon (ADL) accompagne 300 personnes. L'Association d'aide à domicile du Léon "
            "recrute des aides à domicile.",
            "Association d'aide à domicile du Léon",
        ),
        (
            "Aide à domicile (H/F)\n\nL'Association Familles Rurales du Vexin intervient auprès "
            "des familles.\nAu sein de Familles Rurales du Vexin, vous…",
            "Association Familles Rurales du Vexin",
        ),
    ],
)
def test_a_name_found_in_part_takes_the_fuller_form_another_rule_found(text, expected):
    assert employer_of(text) == expected


@pytest.mark.parametrize(
    ("text", "email", "expected"),
    [
        (
            "Rejoins-nous !\n\nAvec le Corps européen de solidarité, Lagon Jeunesse Solidaire "
            "accueille un·e volontaire.",
            "volontariat@lagon-jeunesse.yt",
            "Lagon Jeunesse Solidaire",
        ),
        (
            "Animateur nature (H/F)\n\nLes sorties sont organisées par Terres Vives Ardèche "
            "depuis 2001. Envoyez CV à emploi@terresvives.org",
            "emploi@terresvives.org",
            "Terres Vives Ardèche",
        ),
    ],
)
def test_a_name_is_carried_on_by_the_capitalised_words_the_text_writes_after_it(
    text, email, expected
):
    assert employer_of(text, email) == expected


@pytest.mark.parametrize(
    ("text", "chosen", "expected"),
    [
        (
            "SOS Enfance accueille des enfants. SOS Enfance recrute. Notre association est "
            "membre de SOS Enfance International. SOS Enfance est présente partout.",
            "SOS Enfance",
            "SOS Enfance",
        ),
        (
            "De : AEFX Direction <direction@aefx.fr>\nL'AEFX gère une crèche. L'AEFX recrute.",
            "AEFX",
            "AEFX",
        ),
        (
            "Maore Jeunesse Solidaire accueille un volontaire.",
            "Maore Jeunesse",
            "Maore Jeunesse Solidaire",
        ),
        ("Le Relais Nord CDI temps plein", "Le Relais Nord", "Le Relais Nord"),
        (
            "Terre de Liens Normandie recrute. Terre de Liens Normandie agit.",
            "Terre de Liens",
            "Terre de Liens Normandie",
        ),
    ],
)
def test_the_longer_form_must_be_written_as_often_as_the_name_alone(text, chosen, expected):
    doc = Doc.of(text)
    start = text.index(chosen)
    assert fullest_form(doc, Found(chosen, start, start + len(chosen)), []).value == expected


@pytest.mark.parametrize(
    ("others", "expected"),
    [
        (["C.L.A.J. De Franche-comté est située à Rochejean"], "C.L.A.J. De Franche-comté"),
        (["Structure commanditaire : C.L.A.J. De Franche-comté"], "C.L.A.J. De Franche-comté"),
        (["C.L.A.J. De Franche-comté - Espace candidats"], "C.L.A.J. De Franche-comté"),
    ],
)
def test_a_longer_candidate_with_words_no_name_has_is_not_taken(others, expected):
    text = "Le C.L.A.J. De Franche-comté gère un refuge. " + " ".join(others)
    doc = Doc.of(text)
    chosen = Found("C.L.A.J. De Franche-comté", 3, 28)
    candidates = [Found(value, 0, 0) for value in others]
    assert fullest_form(doc, chosen, candidates).value == expected


@pytest.mark.parametrize(
    ("text", "email", "expected"),
    [
        (
            "Pôle ESS du Pays de Brocéliande\nAccueil · Le Pôle · Agenda · Contact\n\n"
            "Animateur·rice (H/F)\n",
            "contact@poless-broceliande.bzh",
            "Pôle ESS du Pays de Brocéliande",
        ),
        (
            "Maraîcher (H/F)\nLes Jardins de Cocagne de Pontivy recrutent.",
            "rh@jardins-cocagne-pontivy.fr",
            "Jardins de Cocagne de Pontivy",
        ),
        (
            "Chargé de mission (H/F)\nRejoignez Terre de Liens en Bretagne !",
            "recrutement@terredeliens-bretagne.org",
            "Terre de Liens en Bretagne",
        ),
    ],
)
def test_the_domain_s_parts_written_a_few_words_apart_give_the_name(text, email, expected):
    doc = Doc.of(text)
    found = from_domain(doc, Found(email, 0, len(email)))
    assert found is not None and found.value == expected


def test_a_kind_of_organisation_in_the_domain_is_no_name_the_text_writes():
    doc = Doc.of("Notre ressourcerie recherche un comptable.")
    found = from_domain(doc, Found("rh@ressourcerie-azur.fr", 0, 23))
    assert found is None or found.value != "Ressourcerie"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.poless-dinan.bzh/candidater", "poless-dinan"),
        ("https://recrutement.halage.fr/offres/12", "halage"),
        ("www.asso-exemple.org/rejoindre", "asso-exemple"),
        ("https://mutuelle-x.softy.pro/offre/71204", None),
        ("https://www.welcometothejungle.com/fr/companies/x/jobs/y", None),
        ("https://forms.gle/AbCdEf", None),
        ("https://www.service-civique.gouv.fr/trouver-ma-mission/x", None),
        ("https://www.helloasso.com/associations/x", None),
    ],
)
def test_an_application_links_domain_names_the_organisation_unless_a_platform_hosts_it(
    url, expected
):
    assert domain_label(Found(url, 0, len(url))) == expected


def test_an_application_link_s_domain_gives_the_name_the_text_writes():
    text = "Pôle ESS du Pays de Redon\n\nAnimateur·rice (H/F)\nPostulez via le formulaire."
    assert employer_of(text, url="https://www.poless-redon.bzh/candidater") == (
        "Pôle ESS du Pays de Redon"
    )


def test_an_application_link_never_gives_a_made_up_name():
    assert (
        employer_of("Animateur (H/F)\nPostulez en ligne.", url="https://www.zorbalu.fr/x") is None
    )


@pytest.mark.parametrize(
    "value", ["Cher Nature Environnement", "À Tous Vents", "Bienvenue à la Ferme du Cher"]
)
def test_names_that_start_like_a_greeting_are_names(value):
    assert is_name(value)


@pytest.mark.parametrize(
    "value", ["Se désinscrire", "Se désabonner de la lettre", "Voir la version en ligne"]
)
def test_a_newsletters_own_lines_are_no_names(value):
    assert not is_name(value)


@pytest.mark.parametrize(
    ("text", "email", "expected"),
    [
        ("Rejoignez-nous à Lyon : la entreprise agit en Lyon.", "rh@ae-lyon.fr", "Ae lyon"),
        ("Le CCAS agit avec la Ville de Lyon.", "rh@ccas-lyon.fr", "CCAS"),
    ],
)
def test_short_domain_parts_are_never_read_words_apart(text, email, expected):
    found = from_domain(Doc.of(text), Found(email, 0, len(email)))
    assert found is not None and found.value == expected
