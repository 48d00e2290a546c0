"""Dates family: every date written, the start date (or ASAP) and the application deadline."""

from __future__ import annotations

from datetime import date

import pytest

from postings.extract.dates import extract_dates, find_dates
from postings.extract.dates_parse import scan
from postings.extract.text import Doc

D = date


def dates_of(text: str, reference: date | None = None) -> dict:
    found = extract_dates(Doc.of(text, reference_date=reference), {})
    return {key: value.value for key, value in found.items()}


def start_of(text: str, reference: date | None = None):
    return dates_of(text, reference).get("start_date")


def deadline_of(text: str, reference: date | None = None):
    return dates_of(text, reference).get("deadline")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("le 15 septembre 2024", D(2024, 9, 15)),
        ("lundi 2 mai 2022", D(2022, 5, 2)),
        ("1er mars 2026", D(2026, 3, 1)),
        ("15 sept. 2024", D(2024, 9, 15)),
        ("Publié le 01 oct. 25", D(2025, 10, 1)),
        ("le 19-nov-2024", D(2024, 11, 19)),
        ("15/09/2024", D(2024, 9, 15)),
        ("15/09/24", D(2024, 9, 15)),
        ("15.09.2024", D(2024, 9, 15)),
        ("15-09-2024", D(2024, 9, 15)),
        ("2024-09-15", D(2024, 9, 15)),
        ("1/9/2025", D(2025, 9, 1)),
        ("Posted on 12-30-2024", D(2024, 12, 30)),
        ("March 15, 2025", D(2025, 3, 15)),
        ("15 March 2025", D(2025, 3, 15)),
        ("vendredi 7 MARS 2025", D(2025, 3, 7)),
        ("le 1er Août 2025", D(2025, 8, 1)),
        ("le 2 février 2026.", D(2026, 2, 2)),
        ("31 décembre 2025,", D(2025, 12, 31)),
    ],
)
def test_written_dates_are_read_in_french_and_numeric_formats(text, expected):
    assert [m.value for m in find_dates(Doc.of(text))] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "01.45.67.89.10",
        "06-12-34-56-78",
        "ouvert 7j/7 et 24h/24",
        "version 1.2.03",
        "le 31 février 2025",
        "note 10/45",
        "2 ans d'expérience, 12 mois de CDD",
        "créée en 1998",
        "Sept ans d'expérience",
        "You may apply in English",
    ],
)
def test_numbers_that_are_not_dates_are_left_alone(text):
    assert find_dates(Doc.of(text)) == []


def test_a_date_without_year_takes_the_year_of_the_publication_date():
    text = "Publiée le 21/01/2026\nEnvoyez votre CV avant le 11 février."
    assert [m.value for m in find_dates(Doc.of(text))] == [D(2026, 1, 21), D(2026, 2, 11)]


def test_a_date_without_year_after_a_december_publication_falls_in_the_next_year():
    text = "Publié le 10 décembre 2025. Prise de poste : 5 janvier."
    assert start_of(text) == D(2026, 1, 5)


def test_a_date_without_year_takes_the_nearest_year_of_a_neighbouring_date():
    text = "Candidatures avant le 20 décembre.\nPrise de poste : 5 janvier 2026."
    assert deadline_of(text) == D(2025, 12, 20)


def test_a_date_without_year_far_from_any_dated_line_takes_the_latest_year_of_the_text():
    text = "Prise de poste : mars 2026.\n" + "Nos missions sont nombreuses.\n" * 20
    text += "Candidatures avant le 15 février à rh@asso.fr"
    assert deadline_of(text) == D(2026, 2, 15)


def test_a_date_without_year_beside_an_old_law_takes_the_latest_year_of_the_text():
    text = "Prise de poste : mars 2026.\n" + "Nos missions sont nombreuses.\n" * 20
    text += "Agréée selon la loi du 31 juillet 2014.\nCandidatures avant le 15 février à rh@asso.fr"
    assert deadline_of(text) == D(2026, 2, 15)


def test_a_neighbouring_date_years_away_from_the_reference_date_is_not_used():
    text = "Agréée depuis le 12 mai 2014. Candidatures avant le 15 mars à rh@asso.fr"
    assert deadline_of(text, D(2026, 1, 20)) == D(2026, 3, 15)


def test_a_date_without_year_uses_the_reference_date_when_the_text_has_no_year():
    assert start_of("Prise de poste : 1er mars", D(2026, 1, 15)) == D(2026, 3, 1)
    assert start_of("Prise de poste : 1er mars", D(2025, 11, 2)) == D(2026, 3, 1)


def test_a_date_without_year_and_without_any_context_is_dropped():
    assert find_dates(Doc.of("Prise de poste : 1er mars")) == []
    assert start_of("Prise de poste : 1er mars") is None


def test_month_level_mentions_are_not_listed_as_dates():
    assert find_dates(Doc.of("Début : septembre 2024")) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prise de poste : 10 juin 2025", D(2025, 6, 10)),
        ("Prise de poste : au plus tôt", "ASAP"),
        ("Date de prise de poste souhaitée 02/01/2025", D(2025, 1, 2)),
        ("Début : septembre 2024", D(2024, 9, 1)),
        ("Poste à pourvoir dès que possible", "ASAP"),
        ("À POURVOIR IMMÉDIATEMENT.", "ASAP"),
        ("Ce poste est à pourvoir à compter du 15 septembre 2024.", D(2024, 9, 15)),
        ("La prise de poste est prévue pour le 2 mai 2026 dans le cadre d'un CDI", D(2026, 5, 2)),
        ("Poste à pourvoir en septembre 2024", D(2024, 9, 1)),
        ("Prise de fonction souhaitée : 1er Août 2025", D(2025, 8, 1)),
        ("Date de début : 03/03/2025", D(2025, 3, 3)),
        ("Date d'embauche : 1er avril 2026", D(2026, 4, 1)),
        ("Entrée en fonction : le 6 janvier 2025", D(2025, 1, 6)),
        ("Démarrage : janvier 2026", D(2026, 1, 1)),
        ("Début du contrat : 15/09/2025", D(2025, 9, 15)),
        ("Début de la mission : septembre 2025", D(2025, 9, 1)),
        ("Disponibilité : immédiate", "ASAP"),
        ("Poste à pourvoir au 1er janvier 2026", D(2026, 1, 1)),
        ("Poste à pourvoir de suite", "ASAP"),
        ("Prise de poste : ASAP", "ASAP"),
        ("Prise de poste dès maintenant", "ASAP"),
        ("Start : March 2025", D(2025, 3, 1)),
        ("Starting date: 1 September 2025", D(2025, 9, 1)),
        ("Nous recrutons au plus vite un(e) animateur(trice) jeunesse.", "ASAP"),
        ("La FCEN recherche un.e chargé.e de mission, dès que possible, en CDI.", "ASAP"),
        ("Poste à pourvoir : dès le 3 mars 2025", D(2025, 3, 3)),
        ("Date de prise de poste : lundi 5 janvier 2026", D(2026, 1, 5)),
        ("Prise de poste : 15.09.2025", D(2025, 9, 15)),
        ("Prise de poste : 2025-09-15", D(2025, 9, 15)),
        ("Contrat : CDDI du 01/03/2026 au 28/02/2027 - 26h hebdomadaires", D(2026, 3, 1)),
        ("Type de contrat : CDD septembre - décembre 2024, renouvelable", D(2024, 9, 1)),
        ("Prise de poste : début septembre 2025", D(2025, 9, 1)),
        ("Prise de poste : courant octobre 2025", D(2025, 10, 1)),
        ("Prise de poste : mi-septembre 2025", D(2025, 9, 15)),
        ("- Durée : 6 mois, prise de poste mi-janvier 2027 ;", D(2027, 1, 15)),
        ("Début du contrat : mi-mars 2026", D(2026, 3, 15)),
        ("Date de prise de poste : idéalement fin août – début septembre 2024", D(2024, 9, 1)),
        ("Début : à partir du 1er mars 2026", D(2026, 3, 1)),
        ("Poste à pourvoir rapidement", "ASAP"),
        ("Prise de poste : dès que possible, au plus tard le 1er mars 2026", "ASAP"),
        ("Prise de poste : au plus tôt le 1er mars 2026", D(2026, 3, 1)),
        ("Embauche : dès que possible", "ASAP"),
        ("Poste à pourvoir pour le 2 avril 2024", D(2024, 4, 2)),
        ("Date de démarrage souhaitée : 01/09/2025", D(2025, 9, 1)),
        ("Start date: ASAP", "ASAP"),
        ("Poste à pourvoir à partir de janvier 2026", D(2026, 1, 1)),
        ("Prise de poste\n\n7 avril 2025", D(2025, 4, 7)),
        ("Nous recherchons un·e coordinateur·rice à partir de décembre 2024.", D(2024, 12, 1)),
        ("Le Jardin recrute pour septembre 2023 une codirection.", D(2023, 9, 1)),
        ("STAGE MÉDIATION CULTURELLE\n- 5 mois\n- 9 février – 9 juillet 2026", D(2026, 2, 9)),
        ("Poste en CDI à pourvoir immédiatement, basé à Lyon.", "ASAP"),
        ("Démarrage immédiat", "ASAP"),
        ("Démarrage des premiers groupes : 14 septembre 2026", D(2026, 9, 14)),
        ("Démarrage des contrats : 2 mars 2026.", D(2026, 3, 2)),
        ("Départ : janvier 2027", D(2027, 1, 1)),
        ("Départ prévu le 11 janvier 2027, après une semaine de préparation.", D(2027, 1, 11)),
        ("Durée : 5 mois, début le 1er mars 2027", D(2027, 3, 1)),
        ("Quand ?\nÀ partir du 2 novembre 2026 (8 mois, 24 h/semaine)", D(2026, 11, 2)),
        (
            "Quand ?\n1 h 30 par semaine, de septembre 2026 à juin 2027 (hors vacances)",
            D(2026, 9, 1),
        ),
        ("Démarrage souhaité : au plus vite.", "ASAP"),
        ("Date de départ : 5 janvier 2027", D(2027, 1, 5)),
        ("Entrée en poste : 03/2026", D(2026, 3, 1)),
        ("Poste à pourvoir le plus rapidement possible", "ASAP"),
        ("Prise de poste envisagée le 1er mars 2026", D(2026, 3, 1)),
        ("Poste à pourvoir dès le mois de septembre 2025", D(2025, 9, 1)),
        ("Embauche prévue en septembre 2025", D(2025, 9, 1)),
        ("Le contrat débutera le 1er mars 2026.", D(2026, 3, 1)),
        ("La mission commence en septembre 2025 pour un an.", D(2025, 9, 1)),
        ("Poste disponible à partir du 1er mars 2026", D(2026, 3, 1)),
        ("Prise de fonctions au 1er septembre 2025", D(2025, 9, 1)),
        (
            "Éducateur spécialisé H/F\nFondation Exemple\nCDI\nTemps plein\nDès que possible\n",
            "ASAP",
        ),
    ],
)
def test_start_date_is_read_from_the_ways_postings_say_it(text, expected):
    assert start_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Entretiens prévus le mardi 17 février 2026 après-midi.",
        "Publiée le 21/08/2024",
        "L'association, créée en 1998, compte 12 salariés.",
        "Prise de poste : fin septembre 2025",
        "Les ateliers reprennent mi-septembre 2025 après la pause estivale.",
        "Poste à mi-temps, bilan de mi-parcours prévu en 2026.",
        "Envoyez votre candidature dès que possible à rh@asso.fr",
        "Vous serez immédiatement opérationnel(le) sur le terrain.",
        "Les ateliers reprendront à partir de septembre 2025.",
        "Les candidatures seront examinées à partir du 15 mars 2026.",
        "Formation obligatoire du 3 au 7 novembre 2025 à Paris.",
        "Stage de préparation au départ : 3-7 novembre 2025",
        "Le projet a démarré en janvier 2023 avec trois partenaires.",
        "Opérationnel depuis le 1er octobre 2023, le programme accueille 40 salariés.",
        "Prise de poste : à définir",
        "Poste à pourvoir en CDI",
        "Rentrée 2025 : nouvelle saison d'ateliers.",
        "Les entretiens auront lieu à partir du 10 mars 2026.",
        "Merci de répondre au plus vite à cette annonce en envoyant votre CV.",
        "Le festival a lieu du 9 au 12 juillet 2026.",
        "Le séminaire d'équipe se tiendra du 2 au 4 juin 2025.",
        "Décret du 26 janvier 2007 portant création de la réserve.",
        "Il faut agir immédiatement en cas d'urgence sanitaire.",
        "Le plan de gestion décennal (2019-2028) est en cours.",
        "Début du projet : janvier 2024",
        "Démarrage de la formation : 3 mars 2026",
        "Suite au départ de notre directrice le 30 juin 2026, nous réorganisons l'équipe.",
        "Une formation au départ est organisée à Angers du 23 au 27 novembre 2026.",
        "Le festival commence le 3 juillet 2026 au parc de la Tête d'Or.",
    ],
)
def test_dates_that_are_not_the_start_give_no_start_date(text):
    assert start_of(text) is None


def test_a_start_long_before_the_publication_is_a_past_event():
    text = "Publiée le 10/01/2026\nLe projet a débuté le 1er mars 2024.\nDébut : mars 2024"
    assert start_of(text) is None


def test_a_start_label_beats_an_earlier_weaker_start():
    text = "Nous recrutons à partir de mars 2026.\nPrise de poste : 15 avril 2026"
    assert start_of(text) == D(2026, 4, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Date limite de candidature : 2 février 2026", D(2026, 2, 2)),
        ("Date limite de candidature Le 15/07/2023", D(2023, 7, 15)),
        ("Clôture des candidatures : 14 mai 2025", D(2025, 5, 14)),
        (
            "Envoyer lettre de motivation + CV à recrutement@asso.org avant le 11 février 2026.",
            D(2026, 2, 11),
        ),
        (
            "Lettre de motivation et CV à adresser par mail à rh@asso.fr\nAVANT LE 18 AVRIL 2026",
            D(2026, 4, 18),
        ),
        ("Date limite de l'offre : 26/03/2023", D(2023, 3, 26)),
        ("Candidatures jusqu'au 15 mars 2026", D(2026, 3, 15)),
        ("Merci d'envoyer votre candidature au plus tard le 30 juin 2025", D(2025, 6, 30)),
        ("Date de fin de publication : 30/04/2026", D(2026, 4, 30)),
        ("Offre en ligne jusqu'au 01/09/2025", D(2025, 9, 1)),
        ("Candidatures (CV + lettre) à envoyer avant le 5 janvier 2026", D(2026, 1, 5)),
        ("Date limite de dépôt des candidatures : 20/10/2025", D(2025, 10, 20)),
        ("Les candidatures sont à adresser jusqu'au 12 décembre 2025 inclus.", D(2025, 12, 12)),
        ("Deadline : 15/11/2025", D(2025, 11, 15)),
        ("Application deadline: March 15, 2026", D(2026, 3, 15)),
        ("Postuler avant le 1er mars 2026", D(2026, 3, 1)),
        ("Date limite de réception des candidatures : vendredi 7 mars 2025", D(2025, 3, 7)),
        ("Candidature (CV et lettre de motivation) avant le 15/09/25", D(2025, 9, 15)),
        ("Échéance : 31 mars 2026", D(2026, 3, 31)),
        ("Les candidatures sont ouvertes jusqu'au 28 février 2026.", D(2026, 2, 28)),
        ("Date limite pour postuler : 15.04.2026", D(2026, 4, 15)),
        ("Clôture de l'offre : 2026-03-31", D(2026, 3, 31)),
        ("Merci de transmettre votre dossier d'ici le 15 mai 2026.", D(2026, 5, 15)),
        ("Date limite de candidature :\n12 octobre 2026", D(2026, 10, 12)),
        ("• Date limite de candidature Le 16/05/2021", D(2021, 5, 16)),
        ("CV et lettre à envoyer à contact@asso.org. Date limite : 10/01/2025.", D(2025, 1, 10)),
        ("Les candidatures seront closes le 15 mars 2026.", D(2026, 3, 15)),
        ("Candidature à envoyer pour le 15 mars 2026 à rh@asso.fr", D(2026, 3, 15)),
        ("Date de clôture : 15/03/2026", D(2026, 3, 15)),
        ("Date limite d'envoi des candidatures : 15/03/2026", D(2026, 3, 15)),
        ("Dépôt des candidatures : jusqu'au 15 mars 2026", D(2026, 3, 15)),
        ("Offre valable jusqu'au 30/04/2026", D(2026, 4, 30)),
        ("Date d'expiration : 30/04/2026", D(2026, 4, 30)),
        ("Date limite : fin mars 2026", D(2026, 3, 31)),
    ],
)
def test_deadline_is_read_from_the_ways_postings_say_it(text, expected):
    assert deadline_of(text) == expected


def test_a_deadline_without_year_takes_the_publication_year():
    text = "Posté le : 21/01/2026\nEnvoyez votre CV avant le 11 février."
    assert deadline_of(text) == D(2026, 2, 11)


@pytest.mark.parametrize(
    "text",
    [
        "CDD jusqu'au 31/12/2026, renouvelable.",
        "Entretiens prévus le 17 février 2026.",
        "Les entretiens auront lieu avant le 28 février 2026.",
        "Prise de poste avant le 1er mars 2026.",
        "Mission de 6 mois jusqu'au 30 juin 2026.",
        "Publiée le 21/08/2024",
        "Le projet se déroule jusqu'au 31 décembre 2027.",
        "Piloter la clôture des comptes au 31/12/2025.",
        "Contrat du 01/03/2026 au 28/02/2027",
        "Date limite de candidature : 15 mars",
        "Contrat de 4 mois (jusqu'au 26 juillet 2024) - Temps complet",
        "Remplacement d'un congé maternité jusqu'au 15 septembre 2025.",
        "Réponse aux candidats avant le 30 avril 2026.",
    ],
)
def test_dates_that_are_not_the_deadline_give_no_deadline(text):
    assert deadline_of(text) is None


def test_posting_date_is_neither_start_nor_deadline():
    text = "Date de publication 25/08/2025\nMise à jour le 26/08/2025"
    assert dates_of(text) == {}


def test_evidence_covers_the_label_and_the_date():
    text = "Infos\nDate limite de candidature : 2 février 2026\n"
    found = extract_dates(Doc.of(text), {})["deadline"]
    assert text[found.start : found.end] == "Date limite de candidature : 2 février 2026"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "😀🎉" * 50,
        "1 " * 50_000,
        "a" * 100_000,
        "@." * 50_000,
        "01/01/" * 20_000,
        "de " * 30_000,
        "avant le 1er mars 2026 " * 3_000,
        "Prise de poste : " * 5_000,
        "15 septembre " * 5_000,
        "\x00\x01\ufffd" * 1_000,
        "du 1 au 2 mars - " * 3_000,
        "saison 2026-2027 " * 5_000,
        "mercredi 9 décembre " * 5_000,
        "à partir de maintenant " * 4_000,
        "Départ à partir de " * 5_000,
        "2026/2027 " * 9_000,
    ],
)
def test_any_text_gives_an_answer(text):
    assert isinstance(extract_dates(Doc.of(text), {}), dict)


# --- round 2: e-mails, year inference, more deadline and start wordings -------------------

_FILLER = (
    "Missions : accompagnement des résidents dans les actes de la vie quotidienne, animation "
    "d'activités, participation aux projets personnalisés, écrits professionnels.\n"
    "Horaires en internat, un week-end sur deux, jours fériés par roulement. Rémunération "
    "selon la convention collective, reprise d'ancienneté, prime Ségur.\n"
)


@pytest.mark.parametrize(
    ("header", "sent"),
    [
        (
            "De : Sylvain <s@asso.fr>\nDate : ven. 20/11/2026 14:12\nObjet : Recrutement",
            D(2026, 11, 20),
        ),
        (
            "De : Réseau <contact@reseau.org>\nEnvoyé : mardi 17 novembre 2026 09:42\n"
            "À : adherents@reseau.org\nObjet : offre",
            D(2026, 11, 17),
        ),
        (
            "From: Network <info@net.org>\nSent: Tuesday, November 17, 2026 9:42 AM\n"
            "To: list@net.org\nSubject: Offre",
            D(2026, 11, 17),
        ),
        ("Bonjour,\nLe lun. 16 nov. 2026 à 18:05, Thomas <t@asso.fr> a écrit :", D(2026, 11, 16)),
        (
            "-------- Message transféré --------\nSujet : offre\nDate : Mon, 16 Nov 2026 "
            "18:05:12 +0100\nDe : Thomas <t@asso.fr>",
            D(2026, 11, 16),
        ),
        (
            "Objet : [Jobs] Animateur\nDe : BIJ <jobs@bij.info>\nDate : 25 novembre 2026",
            D(2026, 11, 25),
        ),
        ("> De : Marie\n> Date : jeudi 3 décembre 2026 10:15\n> Objet : TR: offre", D(2026, 12, 3)),
    ],
)
def test_an_e_mails_sending_date_is_the_posting_date(header, sent):
    assert scan(Doc.of(header + "\n\nCandidatures avant le 11 décembre.")).posted == sent


@pytest.mark.parametrize(
    "text",
    [
        "Date : 12 mars 2026\nCandidatures avant le 20 mars.",  # a form's date, no e-mail around
        "Le 16 novembre 2026, l'association a fêté ses 20 ans.",
        "Date de prise de poste : 4 janvier 2027",
    ],
)
def test_a_date_outside_an_e_mail_header_is_no_sending_date(text):
    assert scan(Doc.of(text)).posted is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "De : Sylvain <s@asso.fr>\nDate : ven. 20/11/2026 14:12\nObjet : Recrutement ME\n\n"
            "Le foyer recrute en CDD du 4 janvier 2027 au 31 août 2027.\n"
            + _FILLER
            + "Merci d'adresser vos candidatures par mail avant le 11 décembre.",
            D(2026, 12, 11),
        ),
        (
            "Objet : [Jobs] Animateur\nDe : BIJ <jobs@bij.info>\nDate : 25 novembre 2026\n\n"
            "Quand ? CDD du 4 janvier au 2 juillet 2027\n"
            + _FILLER
            + "Pour candidater : envoie ton CV. Candidatures jusqu'au 15 décembre.",
            D(2026, 12, 15),
        ),
        (
            "De : Réseau\nEnvoyé : lundi 30 novembre 2026 11:20\nObjet : TR: appel\n\n"
            + _FILLER
            + "Fin de la mission : juin 2027.\nPropositions à envoyer avant le 8 janvier.",
            D(2027, 1, 8),
        ),
    ],
)
def test_a_year_less_deadline_in_a_relayed_e_mail_follows_its_sending_date(text, expected):
    assert deadline_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le foyer recrute en CDD du 4 janvier 2027 au 31 août 2027.\n"
            + _FILLER
            + "Candidatures avant le 11 décembre à rh@asso.fr",
            D(2026, 12, 11),
        ),
        (
            "Prise de poste : 1er septembre 2026. Fin du contrat : 31 août 2027.\n"
            + _FILLER
            + "Candidatures avant le 15 juin à rh@asso.fr",
            D(2026, 6, 15),
        ),
        (
            "Contrat : du 2 mars 2026 au 1er mars 2027.\n"
            + _FILLER
            + "Envoyez votre CV avant le 10 février.",
            D(2026, 2, 10),
        ),
    ],
)
def test_a_year_less_date_far_from_dated_lines_takes_the_earliest_recent_year(text, expected):
    assert deadline_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Publiée le 18/11/2026\nRéponse souhaitée pour le 15/12. CV à direction@x.fr",
            D(2026, 12, 15),
        ),
        ("Publiée le 18/11/2026\nRéponse souhaitée avant le 15 décembre.", D(2026, 12, 15)),
        ("Publiée le 18/11/2026\nRéponse attendue avant le 20/01.", D(2027, 1, 20)),
        ("Publiée le 18/11/2026\nRetours souhaités d'ici le 5 février 2027.", D(2027, 2, 5)),
        ("Publiée le 18/11/2026\nRemise des offres : 12 janvier 2027", D(2027, 1, 12)),
        ("- Remise des propositions : vendredi 8 janvier 2027, 12 h", D(2027, 1, 8)),
        ("Date limite de remise des propositions : 15/01/2027 à 12 h", D(2027, 1, 15)),
        ("Date de remise des offres : 15/01/2027", D(2027, 1, 15)),
        ("Dépôt des dossiers avant le 20 mars 2026", D(2026, 3, 20)),
        (
            "Merci de nous faire parvenir votre candidature avant le 10 décembre 2026.",
            D(2026, 12, 10),
        ),
        ("Publiée le 18/11/2026\nCandidatures jusqu'à fin décembre à rh@asso.fr", D(2026, 12, 31)),
        (
            "Publiée le 26/11/2026\nCandidatures ouvertes jusqu'à la fin de l'année.",
            D(2026, 12, 31),
        ),
        ("Publiée le 26/11/2026\nEnvoyez votre candidature avant mi-janvier.", D(2027, 1, 15)),
        ("Postulez d'ici à la fin de l'année.", D(2026, 12, 31)),
    ],
)
def test_more_ways_of_stating_the_deadline_are_read(text, expected):
    assert deadline_of(text, reference=D(2026, 11, 20)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Publiée le 18/11/2026\nNotre journée professionnelle aura lieu le 7 décembre à "
        "Besançon (inscriptions avant le 30 novembre).",
        "Publiée le 18/11/2026\nEntretiens le 10 décembre. Réunion d'équipe obligatoire le 30 "
        "décembre.",
        "Publiée le 18/11/2026\nLes candidatures sont étudiées au fil de l'eau jusqu'à ce que le "
        "poste soit pourvu.",
        "Publiée le 18/11/2026\nCandidatures au fil de l'eau, prise de poste le 4 janvier.",
        "Publiée le 18/11/2026\nPensez à vous inscrire avant le 1er décembre à la réunion "
        "d'information collective.",
        "Pour information, la formation BAFA a lieu jusqu'au 15 décembre.",
        "Publiée le 18/11/2026\nCandidatures avant janvier.",
        "Le SAAD recherche une aide à domicile pour l'été et jusqu'à la fin de l'année.",
    ],
)
def test_meetings_events_and_rolling_applications_give_no_deadline(text):
    assert deadline_of(text, reference=D(2026, 11, 20)) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Publiée le 30/11/2026\n- Lancement de la mission : février 2027", D(2027, 2, 1)),
        ("Lancement de la prestation : 15 janvier 2027", D(2027, 1, 15)),
        ("Démarrage de la prestation : janvier 2027", D(2027, 1, 1)),
        (
            "De : Réseau <a@b.fr>\nDate : 2 décembre 2026\nObjet : offre\n\nL'association "
            "recrute un·e coordinateur·rice à partir de mars.",
            D(2027, 3, 1),
        ),
        ("Poste à pourvoir à partir de mars 2027.", D(2027, 3, 1)),
        (
            "Nous recherchons un·e animateur·rice pour une prise de poste à partir d'avril 2027.",
            D(2027, 4, 1),
        ),
    ],
)
def test_a_month_only_start_gives_its_first_day(text, expected):
    assert start_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Démarrage : 1er trimestre 2027",
        "Prise de poste : T1 2027",
        "Début de mission : premier semestre 2027",
        "Prise de poste envisagée au 1er trimestre 2027.",
        "Début du contrat : courant du 2e trimestre 2027",
        "Lancement du projet : mars 2027",
    ],
)
def test_a_quarter_or_a_projects_launch_gives_no_start(text):
    assert start_of(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Appel à bénévoles\nLa Banque alimentaire cherche des bénévoles pour sa collecte.\n"
            "Inscription avant le 20 novembre : benevoles@ba14.org",
            D(2026, 11, 20),
        ),
        (
            "Nous recherchons des bénévoles pour l'accueil du festival. Inscriptions jusqu'au 15 "
            "mai 2027 sur notre site.",
            D(2027, 5, 15),
        ),
        ("Devenez bénévole ! Inscrivez-vous avant le 1er décembre.", D(2026, 12, 1)),
    ],
)
def test_volunteers_register_to_apply(text, expected):
    assert deadline_of(text, reference=D(2026, 11, 2)) == expected


def test_a_registration_in_a_call_for_volunteers_is_still_no_interview_date():
    text = "Nous recherchons des bénévoles. Entretiens et inscriptions avant le 15 mai 2027."
    assert deadline_of(text) is None


# --- round 3: replacements of a leave, "début dès que possible", asides, year-less starts ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Contrat : CDD de remplacement (congé maternité), du 3 novembre 2025 au 30 avril 2026",
            date(2025, 11, 3),
        ),
        (
            "Contrat : CDD – remplacement d'un congé de formation, du 5 janvier au 5 juin 2026",
            date(2026, 1, 5),
        ),
        ("Remplacement congé parental du 01/09/2026 au 31/08/2027", date(2026, 9, 1)),
        (
            "CDD (remplacement d'un congé maladie) du 12 janvier au 30 juin 2026",
            date(2026, 1, 12),
        ),
        (
            "Poste en CDD pendant un congé sabbatique, du 1er mars au 31 décembre 2026",
            date(2026, 3, 1),
        ),
        (
            "CDD pour remplacer une salariée en congé de longue maladie du 2 février au 31 juillet"
            " 2026",
            date(2026, 2, 2),
        ),
    ],
)
def test_the_leave_a_cdd_replaces_does_not_hide_its_period(text, expected):
    assert start_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Fermeture de la structure pour congés du 1er au 15 août 2026.",
        "Congés payés du 20 juillet au 10 août 2026 à poser en accord avec l'équipe.",
        "Formation des nouveaux salariés du 5 au 9 janvier 2026.",
    ],
)
def test_the_structures_own_leave_or_training_is_still_no_start(text):
    assert start_of(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Intervenant·e social·e (H/F)\nCDD 3 mois – temps plein – début dès que possible",
        "Début dès que possible",
        "Démarrage dès que possible, dans nos locaux de Nantes",
        "CDI - début immédiat",
        "Début au plus vite",
        "Démarrage ASAP !",
        "Début dès maintenant si vous êtes disponible",
    ],
)
def test_a_start_word_then_as_soon_as_possible_is_asap(text):
    assert start_of(text) == "ASAP"


def test_a_newsletters_later_teaser_does_not_beat_the_offers_asap_start():
    text = (
        "Date : 10 mars 2026\n"
        "Intervenant·e social·e de maraude (H/F)\n"
        "CDD 3 mois – temps plein – début dès que possible\n"
        "Missions : aller vers les personnes à la rue.\n\n"
        "ESPACE SOLIDARITÉ – Paris 18e\n"
        "Stage – Assistant·e de projet – 6 mois – à partir d'avril\n"
        "→ Voir l'offre sur notre site emploi\n"
    )
    assert start_of(text) == "ASAP"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Envoyé : lundi 17 novembre 2025 09:31\nObjet : Offre CDD\n\n"
            "Prise de poste : lundi 5 janvier",
            date(2026, 1, 5),
        ),
        (
            "Prise de poste le lundi 5 janvier. Candidature avant le 12 décembre 2025.",
            date(2026, 1, 5),
        ),
        ("Publiée le 25/09/2025\nCDD à partir du 3 novembre, 30h par semaine", date(2025, 11, 3)),
        ("Publiée le 25/09/2025\nContrat à partir du 3 novembre 2025", date(2025, 11, 3)),
        ("Poste à pourvoir à compter du 3 novembre 2025", date(2025, 11, 3)),
    ],
)
def test_a_day_without_year_or_after_a_partir_du_keeps_its_day(text, expected):
    assert start_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Publié le 20 février 2026\nEnvoie-nous ta candidature (CV + ce qui te donne envie de"
            " nous rejoindre) avant le 15 mars à bonjour@tiers-lieu.org",
            date(2026, 3, 15),
        ),
        (
            "Candidatures (CV et lettre, en précisant quand vous pouvez nous rejoindre) avant le"
            " 10 avril 2026",
            date(2026, 4, 10),
        ),
        (
            "Merci d'envoyer CV et lettre (avec vos disponibilités pour démarrer) avant le 2 mai"
            " 2026",
            date(2026, 5, 2),
        ),
        ("Publiée le 20/02/2026\nCandidatures avant le 15 mars.", date(2026, 3, 15)),
        ("Mise en ligne : 20.02.2026\nEnvoyez votre CV avant le 15 mars.", date(2026, 3, 15)),
        ("Publication : 20 février 2026\nCV et lettre avant le 15 mars.", date(2026, 3, 15)),
        ("En ligne depuis le 20/02/2026\nPostulez avant le 15 mars !", date(2026, 3, 15)),
        ("Date de publication : 2026-02-20\nCandidature avant le 15 mars.", date(2026, 3, 15)),
    ],
)
def test_a_year_less_deadline_follows_the_publication_and_asides_do_not_hide_it(text, expected):
    assert deadline_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Vous nous rejoindrez avant le 1er mars 2026 pour la passation.",
        "Candidature : prise de poste avant le 15 mars 2026 souhaitée.",
        "Entretiens (CV présélectionnés) avant le 20 mars 2026.",
    ],
)
def test_a_date_about_joining_or_interviews_is_still_no_deadline(text):
    assert deadline_of(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Publication : 20 février 2026", date(2026, 2, 20)),
        ("En ligne depuis le 03/03/2026", date(2026, 3, 3)),
        ("Publiée le 27/10/2025 par Réseau Étudiant", date(2025, 10, 27)),
    ],
)
def test_more_ways_of_writing_the_publication_date_are_read(text, expected):
    assert scan(Doc.of(text)).posted == expected


_DIGEST = """Objet : Offres d'emploi du réseau – semaine 11

🔹 LES VEILLEURS DE BELLEVILLE – Paris 20e
Intervenant·e social·e de maraude (H/F)
CDD 3 mois – temps plein{start}
----------------------------------------
Les Veilleurs mènent chaque soir des maraudes auprès des personnes sans abri.
----------------------------------------
🔹 FOYER LE PHARE – Gentilly (94)
Veilleur·se de nuit – CDI – 35h – prise de poste le 2 mars 2026
→ Voir l'offre sur notre site emploi
----------------------------------------
🔹 ESPACE SOLIDARITÉ – Montreuil (93)
Stage – Assistant·e de projet – 6 mois – à partir d'avril 2026
→ Voir l'offre sur notre site emploi
"""


@pytest.mark.parametrize(
    ("start", "expected"),
    [
        ("", None),
        (" – dès que possible", "ASAP"),
        (" – début le 16 mars 2026", date(2026, 3, 16)),
        (" – à partir du 23 mars 2026", date(2026, 3, 23)),
    ],
)
def test_the_start_of_a_digests_teased_offers_is_not_the_featured_ones(start, expected):
    assert start_of(_DIGEST.format(start=start)) == expected


# --- a weekday pins the year of a date written without one ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The far dates are in 2027; Wednesday the 9th of December is in 2026.
        (
            "Prestation de janvier à juin 2027.\n" + "Contexte de la mission. " * 20 + "\n"
            "Audition des candidat·es le mercredi 9 décembre après-midi.",
            D(2026, 12, 9),
        ),
        ("Mission de février à juin 2027.\nEntretiens le jeudi 9 décembre.", D(2027, 12, 9)),
        ("Poste à pourvoir en septembre 2026. Jury le lundi 6 juillet.", D(2026, 7, 6)),
        ("Contrat de mars à août 2027. Entretiens le mardi 15/12.", D(2026, 12, 15)),
        ("Stage à partir de mars 2027. Rencontre le vendredi 8 janvier à 10 h.", D(2027, 1, 8)),
        ("CDD de janvier à juin 2027. Jury : samedi 12 décembre.", D(2026, 12, 12)),
    ],
)
def test_a_weekday_pins_the_year_of_a_date_without_one(text, expected):
    assert expected in [m.value for m in find_dates(Doc.of(text)) if not m.has_year]


def test_a_weekday_dated_line_lends_its_year_to_the_dates_near_it():
    text = (
        "APPEL À PRESTATAIRE\nPrestation de janvier à juin 2027\n\n"
        + "Les ateliers ont lieu le mardi et le jeudi matin. " * 12
        + "\nRéponse attendue avant le 4/12 : CV et note d'intention à contact@asso.example\n"
        "Audition des candidat·es le mercredi 9 décembre après-midi.\n"
    )
    assert deadline_of(text) == D(2026, 12, 4)


def test_a_weekday_no_near_year_matches_leaves_the_inferred_date():
    text = "Début : 4 janvier 2027. Entretiens le dimanche 20 décembre."
    assert D(2026, 12, 20) in [m.value for m in find_dates(Doc.of(text))]


# --- the season a posting names gives its year-less dates their year -----------------------


@pytest.mark.parametrize(
    ("text", "start", "deadline"),
    [
        (
            "Le club recherche son apprenti·e pour la saison 2026-2027 !\n"
            "Formation au CREPS, démarrage le 11 janvier.\n"
            "Envoie CV + lettre à club@hand.example avant le 10 décembre !",
            D(2027, 1, 11),
            D(2026, 12, 10),
        ),
        (
            "Animateur·rice périscolaire pour l'année scolaire 2026/2027.\n"
            "Prise de poste : 31 août. Candidatures jusqu'au 20 juillet.",
            D(2026, 8, 31),
            D(2026, 7, 20),
        ),
        (
            "Saison 2026-27 : l'école de musique recrute un·e professeur·e de piano.\n"
            "Début le 14 septembre. Candidature avant le 30 juin par mail.",
            D(2026, 9, 14),
            D(2026, 6, 30),
        ),
        (
            "Entraîneur·se pour la saison 2025-2026 puis la saison 2026-2027.\n"
            "Début des entraînements : 7 septembre. Postuler avant le 15 juillet par mail.",
            D(2026, 9, 7),
            D(2026, 7, 15),
        ),
    ],
)
def test_a_named_season_gives_year_less_dates_their_year(text, start, deadline):
    got = dates_of(text)
    assert (got.get("start_date"), got.get("deadline")) == (start, deadline)


@pytest.mark.parametrize(
    "text",
    [
        "Programme 2026-2028 : prise de poste le 11 janvier.",
        "Référence 2026-0427 : prise de poste le 11 janvier.",
        "Bilan 2019-2021 du projet. Prise de poste le 11 janvier.",
    ],
)
def test_years_that_are_no_season_give_no_year(text):
    assert start_of(text) is None


# --- a year-less deadline falls before the start --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prestation de janvier à juin 2027.\n" + "Présentation. " * 30 + "\n"
            "Réponse attendue avant le 4/12 par mail.",
            D(2026, 12, 4),
        ),
        (
            "Prise de poste : 4 janvier 2027.\n" + "Présentation. " * 30 + "\n"
            "Candidatures avant le 15 décembre à rh@asso.example",
            D(2026, 12, 15),
        ),
        (
            "Début de la mission : 1er février 2027.\n" + "Présentation. " * 30 + "\n"
            "Date limite de candidature : 20/12",
            D(2026, 12, 20),
        ),
        (
            "Prise de poste : 4 janvier 2027. Candidatures jusqu'au 15 janvier à rh@a.example",
            D(2027, 1, 15),
        ),
        (
            "Prise de poste : 1er mars 2027. Date limite de candidature : 15/02",
            D(2027, 2, 15),
        ),
    ],
)
def test_a_deadline_without_year_falls_before_the_start(text, expected):
    assert deadline_of(text) == expected


# --- now: ASAP ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "APPEL À BÉNÉVOLES\nTri et distribution le jeudi matin\n→ à partir de maintenant !\n",
        "Mission de bénévolat, à partir de maintenant, le jeudi matin.",
        "Poste à pourvoir à compter d'aujourd'hui.",
        "Nous recrutons un·e animateur·rice dès aujourd'hui.",
        "Contrat : CDD, à partir de maintenant et jusqu'en juin.",
        "Prise de poste : à partir de maintenant",
    ],
)
def test_from_now_on_is_asap(text):
    assert start_of(text) == "ASAP"


@pytest.mark.parametrize(
    "text",
    [
        "Les candidatures sont ouvertes à partir de maintenant.",
        "Inscrivez-vous dès aujourd'hui à la réunion d'information.",
        "Postulez à partir d'aujourd'hui sur notre site.",
    ],
)
def test_applying_from_now_on_is_no_start(text):
    assert start_of(text) is None


# --- a volunteer's departure is the start ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("📅 Départ à partir de février 2027, 10 mois", D(2027, 2, 1)),
        ("Départ le 2 mars 2027 pour Dakar.", D(2027, 3, 2)),
        ("Volontariat de 12 mois, départ à compter du 1er septembre 2026.", D(2026, 9, 1)),
        ("VSI au Bénin - départ dès le 4 janvier 2027", D(2027, 1, 4)),
    ],
)
def test_a_departure_date_is_the_start(text, expected):
    assert start_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Remplacement suite au départ en retraite de notre directrice le 31 décembre 2026.",
        "Au départ le 3 mars 2026, l'association comptait 10 bénévoles.",
    ],
)
def test_a_departure_that_is_not_the_jobs_gives_no_start(text):
    assert start_of(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Prise de poste : lundi 4 janvier",
        "Démarrage souhaité le mardi 2 mars",
        "Festival du jeudi 19 au dimanche 22 juin, mission de mi-avril à fin juin",
        "Candidatures jusqu'au dimanche 13 décembre inclus.",
    ],
)
def test_a_weekday_alone_gives_no_year(text):
    assert dates_of(text) == {}


def test_a_publication_date_wins_over_a_weekday_that_disagrees():
    # Reused text: the 4th of January 2027 is a Monday, not a Tuesday; the year is the
    # publication's.
    text = "Publiée le 20/11/2026\nPrise de poste : mardi 4 janvier"
    assert start_of(text) == D(2027, 1, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Stage – Assistant·e de projet\n6 mois à partir de début janvier 2026\n",
            date(2026, 1, 1),
        ),
        (
            "« Lien entre générations » – 7 mois, 24h/semaine, à partir de février 2026.",
            date(2026, 2, 1),
        ),
        ("Quelques éléments :\n- à partir du 16 mars 2026, jusqu'à fin juin\n", date(2026, 3, 16)),
        ("- 10 heures par semaine à partir du 4 mai 2026\n", date(2026, 5, 4)),
    ],
)
def test_a_start_among_the_jobs_terms_is_the_start(text, expected):
    assert start_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Candidatures à partir du 3 mars 2026, jusqu'au 20 mars.\n",
        "Formation de 3 mois à partir du 2 février 2026.\n",
    ],
)
def test_applications_and_trainings_terms_are_no_start(text):
    assert start_of(text) is None


@pytest.mark.parametrize(
    "line",
    ["🚀 Dès que possible", "📅 Dès que possible", "⏱ ASAP", "• Dès que possible"],
)
def test_a_header_tag_with_a_pictograph_says_asap(line):
    text = f"Responsable d'épicerie\nLa Cagette\nCDI · Temps plein\n{line}\n\nLe poste\n"
    assert start_of(text) == "ASAP"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Contrat renouvelable dans la limite de 24 mois. Démarrage des contrats le 14 "
            "décembre 2026.",
            D(2026, 12, 14),
        ),
        ("Début de la mission le 3 mars 2027 à Lille.", D(2027, 3, 3)),
        (
            "Calendrier : démarrage début janvier 2027, rapport final remis le 30 avril 2027.",
            D(2027, 1, 1),
        ),
        (
            "On démarre les nouvelles recrues dès que possible, une réunion d'accueil a lieu "
            "le 2 décembre à 18h.",
            "ASAP",
        ),
    ],
)
def test_a_start_phrase_naming_the_contracts_or_another_clause_after_asap(text, expected):
    assert start_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Démarrage des travaux le 14 décembre 2026.",
        "Début de la formation le 3 mars 2027.",
        "Envoyez votre candidature dès que possible, les entretiens auront lieu en mars.",
        "Merci de nous répondre dès que possible, avec votre CV.",
    ],
)
def test_a_works_or_training_start_or_an_asap_about_applying_is_no_start(text):
    assert start_of(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ACTUALITÉS\n► Appel à projets « Quartiers fertiles » : dépôt des dossiers avant le 15 "
            "janvier 2027.\n► Trophées de l'ESS : candidatures jusqu'au 20 janvier 2027.\n\n"
            "OFFRE D'EMPLOI\nEncadrant technique (H/F), CDD de 12 mois.\nCandidatures à envoyer "
            "à rh@regie.fr au plus tard le 18 décembre 2026.",
            D(2026, 12, 18),
        ),
        (
            "Le colloque régional : date limite d'inscription le 5 décembre 2026.\n\n"
            "Chargé·e de mission (H/F). Date limite de candidature : 12 décembre 2026.",
            D(2026, 12, 12),
        ),
        (
            "Chargé·e de projets (H/F) pour notre appel à projets annuel.\nDate limite de "
            "candidature : 12 décembre 2026.",
            D(2026, 12, 12),
        ),
    ],
)
def test_a_newsletter_s_calls_for_projects_prizes_and_events_do_not_give_the_deadline(
    text, expected
):
    assert deadline_of(text, reference=D(2026, 11, 20)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nous recherchons un animateur pour l'école du centre, du 4 janvier au 6 juillet "
            "2027 (CDD de 6 mois).",
            D(2027, 1, 4),
        ),
        ("Un·e éducateur·rice, du 1er mars au 30 juin 2027 (remplacement).", D(2027, 3, 1)),
        ("Renfort d'équipe du 2 février au 31 juillet 2027 (contrat aidé PEC).", D(2027, 2, 2)),
        (
            "Chaque année, de mars à août, les plages accueillent les pontes.\n"
            "Cadre de la mission :\n- durée : 7 mois, du 1er février au 31 août 2027 ;",
            D(2027, 2, 1),
        ),
    ],
)
def test_a_period_s_bracket_may_name_the_contract_and_a_yearly_season_is_not_it(text, expected):
    assert start_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Chaque année, de mars à août, nos bénévoles suivent les nids sur la plage.",
        "Tous les ans, de juin à septembre, le refuge accueille des chantiers de jeunes.",
        "Le jardin ouvre habituellement d'avril à octobre (hors jours fériés).",
        "Fermeture annuelle du 1er au 20 août 2027 (congés).",
    ],
)
def test_a_yearly_season_or_a_bracketed_leave_is_no_start(text):
    assert start_of(text, reference=D(2026, 11, 20)) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lieu | Contrat | Durée | Prise de poste\nLyon | CDD | 6 mois | 5 janvier 2027",
            D(2027, 1, 5),
        ),
        (
            "Poste | Début | Date limite\nAnimateur·rice | 04/01/2027 | 10/12/2026",
            D(2027, 1, 4),
        ),
        (
            "| Contrat | Date de début |\n| CDD de 8 mois | 1er février 2027 |",
            D(2027, 2, 1),
        ),
    ],
)
def test_a_start_label_in_a_table_header_reads_the_cell_below(text, expected):
    assert start_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Lieu | Contrat | Prise de poste\nLyon | CDD\nPublié le 20/11/2026",
        "Début | Public\nAteliers du jeudi | 12 ans et plus | 5 janvier 2027",
    ],
)
def test_a_table_cell_of_another_column_is_not_the_start(text):
    assert start_of(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mise en ligne le 21/11/2026\nConditions :\n- CDD de 8 mois.\n- Début janvier.",
            "2027-01",
        ),
        ("Publié le 02/12/2026\n• Début mars 2027, pour un CDD de 8 mois", "2027-03"),
        ("Publié le 15/06/2026\nDébut septembre", "2026-09"),
    ],
)
def test_a_line_saying_early_month_is_the_start(text, expected):
    assert start_of(text).isoformat()[:7] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Publié le 21/11/2026\nDébut mars : réunion d'information pour les candidats.",
        "Publié le 21/11/2026\nLes ateliers reprennent début janvier.",
        "Publié le 21/11/2026\n- Début janvier : entretiens à Lyon",
    ],
)
def test_early_month_in_another_sentence_is_no_start(text):
    assert start_of(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "APPEL À PRESTATAIRES\nFormateur·rice indépendant·e\n\nLes sessions auront lieu à "
            "Guéret, de janvier à mars 2027 (première session le 14 janvier 2027).",
            D(2027, 1, 14),
        ),
        (
            "Objet de la prestation : animation d'ateliers.\n1re intervention prévue le 3 mars "
            "2027, puis une par mois.",
            D(2027, 3, 3),
        ),
    ],
)
def test_a_call_for_providers_starts_with_its_first_session(text, expected):
    assert start_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a job's training is no start
        "CDI – Éducateur spécialisé\nPremière session de formation le 14 janvier 2027.",
        # a provider's call without a first session gives none from the meetings
        "APPEL À PRESTATAIRES\nRéunion de lancement le 5 janvier 2027 avec le comité.",
    ],
)
def test_a_first_session_outside_a_call_for_providers_is_no_start(text):
    assert start_of(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Contrat | CDD\nDébut | 04/01/2027\nFin | 30/06/2027", D(2027, 1, 4)),
        ("Début | 04/01/2027", D(2027, 1, 4)),
        ("Prise de poste | Lieu\n04/01/2027 | Lyon", D(2027, 1, 4)),
        ("Début | Fin\n04/01/2027 | 30/06/2027", D(2027, 1, 4)),
    ],
)
def test_a_key_value_row_and_a_two_column_header_are_both_read(text, expected):
    assert start_of(text) == expected


def test_a_key_value_row_gives_the_deadline_beside_its_key():
    assert deadline_of("Date limite | 10/12/2026\nDébut | 04/01/2027") == D(2026, 12, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Embauche au 4 janvier 2027", D(2027, 1, 4)),
        ("Intégration : 4 janvier 2027", D(2027, 1, 4)),
        ("Arrivée souhaitée : 4 janvier 2027", D(2027, 1, 4)),
        ("Date d'arrivée : 04/01/2027", D(2027, 1, 4)),
        ("Quand : janvier 2027", D(2027, 1, 1)),
    ],
)
def test_more_start_labels_are_read(text, expected):
    assert start_of("Publié le 20/11/2026\n" + text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Intégration : parcours d'accueil de 2 semaines",
        "Arrivée des familles le 4 janvier 2027 au centre.",
        "Arrivée : gare de Lyon, puis navette",
    ],
)
def test_arrival_and_integration_without_a_date_or_of_others_are_no_start(text):
    assert start_of("Publié le 20/11/2026\n" + text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Date limite de candidature : 30 novembre 2026\nPrise de poste : juin", D(2027, 6, 1)),
        ("Date limite de candidature : 30/11/2026\nPrise de poste : 1er juin", D(2027, 6, 1)),
        ("Candidatures avant le 15 janvier 2027.\nDémarrage le 2 mars.", D(2027, 3, 2)),
    ],
)
def test_a_year_less_start_falls_after_the_deadline(text, expected):
    assert start_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a start a few weeks before the deadline: applications are read as they come
        (
            "Poste à pourvoir dès le 1er décembre.\nCandidatures jusqu'au 15 décembre 2026.",
            D(2026, 12, 1),
        ),
        # a start written with its year is kept as written
        ("Date limite : 30 novembre 2026\nPrise de poste : 1er juin 2026", D(2026, 6, 1)),
    ],
)
def test_a_start_near_the_deadline_or_with_its_year_keeps_its_year(text, expected):
    assert start_of(text) == expected
