"""`clean_description`: the posting as written, without job-board chrome; content always kept."""

from pathlib import Path

import pytest

from postings.extract import extract, text_from_file
from postings.extract.description import clean_description
from postings.extract.description_chrome import Kind, kind_of
from postings.extract.text import Doc, fold, normalize

FILES = Path(__file__).parent / "files"

BODY = (
    "Chargé·e de mission Alimentation durable (H/F)\n"
    "CDI à temps plein - Rennes (35)\n"
    "\n"
    "L’association Bon Sol recrute son ou sa chargé·e de mission pour animer le réseau des "
    "producteurs locaux et accompagner les cantines du territoire.\n"
    "\n"
    "Candidatures (CV et lettre) avant le 15 mars 2026 à recrutement@bonsol.example"
)


def clean(text: str) -> str:
    return clean_description(Doc.of(text))


def key(line: str) -> str:
    return fold(normalize(line)).strip()


# Headers of copied web pages: removed with the site's name and tagline above them


@pytest.mark.parametrize(
    "header",
    [
        "Portail de l'emploi dans l'économie sociale et solidaire\n\nDes métiers qui ont du sens"
        "\n\n\ndétail offre\n\nretour\naux\noffres\n\n",
        "Passer au contenu principal\n",
        "Aller au contenu\nMenu\n",
        "Bouton menu\n",
        "Accueil > Offres d'emploi > Détail de l'offre\n",
        "Accueil › Emploi › Animation\nRetour aux résultats\n",
        "Accueil / Nous rejoindre / Nos offres\n",
        "Vous êtes ici : Accueil > Recrutement\n",
        "Offres  >  Alternance  >  Communication\n",
        "< Retour à la liste\n",
        "← Retour aux offres\n",
        "Retour\n",
        "Emploi Solidaire\nOffres d'emploi   Entreprises   Conseils   Alternance\nSe connecter\n\n",
        "LinkedIn\nAccueil   Réseau   Emplois\nIgnorer et passer au contenu principal\n",
        "Welcome to the Jungle\nTrouver un job   Employeurs\nSe connecter\n\n"
        "Ce site utilise des cookies pour mesurer l'audience et personnaliser votre expérience.\n"
        "OK pour moi   Personnaliser\n\n",
        "Nous utilisons des cookies pour améliorer votre expérience sur notre site. "
        "Tout accepter   Tout refuser   Paramètres des cookies\n",
        "En poursuivant votre navigation, vous acceptez l'utilisation de cookies.\n[Accepter]\n",
        "Bienvenue sur le site de la Maison des Associations\n",
        "Portail du volontariat international – Annonces\n\n",
        "Mon compte\nDéposer une offre\nEspace recruteur\n",
        "Accès membre\n",
        "Connexion | Inscription\n",
    ],
)
def test_site_header_above_the_posting_is_removed(header):
    assert clean(header + BODY) == BODY


@pytest.mark.parametrize(
    "buttons",
    [
        "Postuler\n",
        "Postuler maintenant\nSauvegarder\n",
        "Je postule\n",
        "Postuler à cette offre\n",
        "Candidater en ligne\n",
        "Partager sur Facebook\n",
        "Partager cette offre : Facebook | LinkedIn | E-mail\n",
        "Postuler   Enregistrer\n",
        "Postuler Partager sur Facebook\n",
        "Imprimer l'offre\nSignaler cette offre\n",
        "Ajouter à mes favoris\nActions rapides\n",
        "Télécharger l'offre en PDF\n",
        "Voir plus\n",
        "Read more\n",
    ],
)
def test_buttons_near_the_top_or_the_bottom_are_removed(buttons):
    lines = BODY.split("\n")
    top = "\n".join(lines[:2]) + "\n" + buttons + "\n".join(lines[2:])
    assert clean(top) == BODY
    assert clean(BODY + "\n\n" + buttons) == BODY


# Footers: removed from their first unmistakable line to the end


@pytest.mark.parametrize(
    "footer",
    [
        "Mentions légales",
        "Mentions légales | Politique de confidentialité | Gestion des cookies",
        "© 2025 Emploi Solidaire",
        "Copyright 2024 - Réseau des ressourceries",
        "Tous droits réservés",
        "Plan du site\nCGU\nContact",
        "Offres similaires\nAnimateur nature - CDD - Brest\nÉducateur spécialisé - CDI - Quimper",
        "Offres similaires : Infirmier Marseille, Coordinateur de soins, IDE",
        "Voir toutes les offres de l'association\nFAQ  -  Contact\n© 2026 Solidarité Emploi",
        "Voir plus d'offres d'emploi",
        "Ces offres pourraient vous intéresser\nChargé de projet ESS (H/F)",
        "Retour en haut de la page",
        "Suivez-nous sur LinkedIn\nMentions légales\n© 2026",
        "Postuler\nPartager sur LinkedIn\nOffres similaires\nRetour aux offres",
    ],
)
def test_page_footer_below_the_posting_is_removed(footer):
    assert clean(BODY + "\n\n" + footer) == BODY


# When unsure, keep: what is or may be the posting stays


@pytest.mark.parametrize(
    "text",
    [
        # A button word as the heading of how to apply.
        "Chargé de mission\nMissions : animer.\nPostuler\nEnvoyez votre CV à rh@asso.example",
        "Chargé de mission\n**Candidater**\nEnvoie ta candidature via ce formulaire.",
        # Menu words used as headings inside the posting.
        "Agent d'accueil (H/F)\nAccueil\nAccueillir le public et répondre au téléphone.",
        "Chargée de partenariats\nPartenaires\nLes partenaires publics et privés de l'association.",
        # A posting that speaks of cookies is not a cookie banner.
        "Pâtissier (H/F)\nFabrication de cookies et de biscuits, en équipe de 4.",
        # What follows a would-be footer is the posting: nothing is cut.
        "Chargé de mission\nMentions légales : l'association respecte le RGPD.\nPoste à Lyon.",
        "Chargé de mission\nSuivez-nous sur LinkedIn !\nCandidatures à rh@asso.example",
        "Chargé de mission\nPlan du site\nContact : Marie Dupont, 06 12 34 56 78",
        "Chargé de mission\nOffres similaires\nLe poste est basé à Lyon, au siège de l'asso.",
        "Chargé de mission\n© Photo Jean Dupont\nLe poste est basé à Lyon.",
        # Share words inside a sentence.
        "Chargé de mission\nPartager nos valeurs et imprimer notre marque sur le territoire.",
        "Chargé de mission\nContact\nMarie Dupont",
    ],
)
def test_content_that_looks_like_chrome_is_kept(text):
    assert clean(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chargé de mission (H/F)\nRetour aux offres\nCDI à Nantes.", "Chargé de mission (H/F)"),
        (
            "Responsable de site en CDI\nAccueil > Offres\nPoste à Lyon.",
            "Responsable de site en CDI",
        ),
        (
            "Service civique - Mission\nAccueil > Missions\nPoste à Lyon.",
            "Service civique - Mission",
        ),
    ],
)
def test_a_title_above_a_navigation_line_stays_and_only_that_line_goes(text, expected):
    title, navigation, body = text.split("\n")
    assert clean(text) == f"{expected}\n{body}"
    assert title == expected and navigation not in clean(text)


def test_a_text_that_is_only_chrome_is_shown_whole():
    assert clean("Postuler\nPartager\nMentions légales") == "Postuler\nPartager\nMentions légales"


# Layout: blank lines and spaces


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Titre\n\n\n\nMissions", "Titre\n\nMissions"),
        ("Titre\n\n\nMissions\n\n\n\n\n\nProfil", "Titre\n\nMissions\n\nProfil"),
        ("Titre   \nMissions\t \n", "Titre\nMissions"),
        ("Titre\r\nMissions\r\n\r\n\r\n\r\nProfil\r\n", "Titre\nMissions\n\nProfil"),
        ("\n\n  \n Titre\n\u00a0\n\u00a0\n\u00a0\nMissions", " Titre\n\nMissions"),
        ("Missions :\n  - accueillir\n  - orienter", "Missions :\n  - accueillir\n  - orienter"),
        ("", ""),
        ("   \n\n\t\n", ""),
    ],
)
def test_blank_runs_become_one_blank_line_and_end_spaces_go(text, expected):
    assert clean(text) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("93 - ST DENIS - Localiser avec Mappy", "93 - ST DENIS"),
        ("10 - Troyes – Localiser avec Mappy  ", "10 - Troyes"),
        ("Lyon 3e Localiser avec Mappy", "Lyon 3e"),
    ],
)
def test_map_widget_words_glued_to_the_place_line_go(line, expected):
    assert clean(f"Animateur (H/F)\n{line}\nCDI") == f"Animateur (H/F)\n{expected}\nCDI"


def test_words_are_kept_as_written_not_normalised():
    text = "Chargé·e d’accueil – 2\u202f000\u00a0€ « brut »\n\u2022 Accueillir"
    assert clean(text) == text


def test_saved_web_page_keeps_only_the_posting():
    description = clean(text_from_file(FILES / "offre_page_web.html"))
    assert description.startswith("Animateur / Animatrice nature (H/F)\n\nPubliée le 12/01/2026")
    assert description.endswith(
        "postulez en ligne (https://graines-bocage.example/postuler?ref=AN-2026-04)."
    )
    for chrome in (
        "cookies",
        "Accueil",
        "Retour aux offres",
        "Mentions légales",
        "©",
        "Postuler\n",
    ):
        assert chrome not in description


def test_extraction_carries_the_clean_description():
    text = "Retour aux offres\n\n" + BODY + "\n\nMentions légales\n© 2026 Portail"
    assert extract(text).description == BODY


def test_huge_text_and_long_lines_are_cleaned_quickly_without_error():
    assert clean("a" * 100_000) == "a" * 100_000
    big = ("Ligne de contenu assez ordinaire.\n" * 60_000) + "Mentions légales"
    assert clean(big) == big.removesuffix("\nMentions légales")


# The vocabulary itself


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Passer au contenu principal", Kind.NAV),
        ("› Retour aux offres", Kind.NAV),
        ("Détail de l'offre", Kind.NAV),
        ("Accueil > Offres > Chargé de mission", Kind.NAV),
        ("Se connecter", Kind.NAV),
        ("Contact", Kind.MENU),
        ("Accueil", Kind.MENU),
        ("Suivez-nous sur Instagram", Kind.MENU),
        ("Postuler !", Kind.BUTTON),
        ("Partager sur LinkedIn", Kind.BUTTON),
        ("Mentions légales", Kind.FOOTER),
        ("© 2024 Association Exemple - Tous droits réservés", Kind.FOOTER),
        ("Offres similaires", Kind.FOOTER),
        ("Nous utilisons des cookies pour améliorer votre expérience.", Kind.COOKIE),
        ("Chargé de mission", None),
        ("Contrat : CDI", None),
        ("Partager nos valeurs", None),
        ("Retour à l'emploi des publics fragiles", None),
        ("Postuler avant le 15 mars", None),
        ("© Jean Dupont", None),
        ("", None),
    ],
)
def test_each_chrome_line_is_recognised_and_content_is_not(line, kind):
    assert kind_of(key(line)) is kind
