"""Contract family: the contract type (SCHEMA code) and its length in months."""

from __future__ import annotations

from datetime import date

import pytest

from postings.extract.contract import extract_contract
from postings.extract.dates import extract_dates
from postings.extract.text import Doc, Found
from postings.extract.worktime import extract_worktime


def contract_of(text: str, start: date | str | None = None, reference: date | None = None):
    found = {"start_date": Found(start, 0, 0)} if start is not None else {}
    result = extract_contract(Doc.of(text, reference_date=reference), found)
    return {key: value.value for key, value in result.items()}


def in_body(text: str) -> str:
    """The sentence in a posting's body, below its title lines."""
    return f"Chargé(e) de projet (H/F)\nAssociation Exemple\n\nContexte\n{text}\n"


def type_of(text: str):
    return contract_of(text).get("contract_type")


def months_of(text: str, start: date | str | None = None, reference: date | None = None):
    return contract_of(text, start, reference).get("duration_months")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Type de contrat : CDI", "CDI"),
        ("Contrat : CDD 12 mois", "CDD"),
        ("Nature du contrat : contrat à durée indéterminée", "CDI"),
        ("Type de contrat\nContrat à durée déterminée - 6 Mois\nContrat travail", "CDD"),
        ("Type de contrat : CDD insertion", "CDDI"),
        ("CDDI du 01/03/2026 au 28/02/2027 - 28H hebdomadaires", "CDDI"),
        ("Contrat à durée déterminée d'insertion de 4 mois renouvelable", "CDDI"),
        ("Nous recrutons un·e chargé·e de mission pour un CDD de 6 mois", "CDD"),
        ("La Fédération recrute un·e chargé·e de mission Zones humides (CDI).", "CDI"),
        ("Éducateur·rice spécialisé·e (H/F) en CDI à temps partiel (75%)", "CDI"),
        ("CDI à temps plein basé à La Réunion", "CDI"),
        ("Type de poste : CDI, à temps plein", "CDI"),
        ("Long-term contract", "CDI"),
        ("💡 Structure de l'ESS\nCDD\nLocalisation Lyon, France", "CDD"),
        ("Alternance - Appui à la coordination d'un projet - Pantin", "ALTERNANCE"),
        ("Type de contrat : Contrat d'apprentissage", "ALTERNANCE"),
        (
            "Poste en alternance (contrat de professionnalisation), rythme 3 semaines / 1 semaine",
            "ALTERNANCE",
        ),
        ("Offre de stage : chargé(e) de communication", "STAGE"),
        ("Stage de 6 mois à partir de février 2026, gratification légale", "STAGE"),
        ("OFFRE DE STAGE 2026\nMASTER 2 ESS", "STAGE"),
        (
            "Sous la responsabilité de la directrice, la personne stagiaire appuiera le plaidoyer.",
            "STAGE",
        ),
        ("Mission de service civique de 8 mois (24h/semaine)", "SERVICE_CIVIQUE"),
        (
            "Ces volontaires participent, avec le statut de service civique, à nos actions.",
            "SERVICE_CIVIQUE",
        ),
        ("Engagement de Service Civique - Ambassadeur du tri", "SERVICE_CIVIQUE"),
        ("Poste sous statut VSI (Volontaire de la Solidarité Internationale)", "VOLONTARIAT"),
        ("Cette mission de volontariat s'inscrit dans le programme V-Francophonie.", "VOLONTARIAT"),
        (
            "Gescod dispose de l'agrément pour l'envoi de Volontaire de Solidarité Internationale.",
            "VOLONTARIAT",
        ),
        ("Contrat : V.I.E de 12 mois à Dakar", "VOLONTARIAT"),
        ("Type de contrat : Intérim", "INTERIM"),
        ("Mission d'intérim de 3 mois renouvelable", "INTERIM"),
        ("Type de contrat : Freelance", "FREELANCE"),
        ("Formateur·rice en portage salarial ou auto-entrepreneur", "FREELANCE"),
        ("Type de contrat : Prestation de service", "FREELANCE"),
        ("Profession libérale", "FREELANCE"),
        ("Mission bénévole : accompagnement scolaire le mercredi", "BENEVOLAT"),
        ("Type de contrat : Bénévolat", "BENEVOLAT"),
        ("Contrat : CDD de 6 mois renouvelable, évolution possible en CDI", "CDD"),
        ("recherche un(e) animateur/trice en CDD évolutif en CDI", "CDD"),
        ("Contrat : CDD ou CDI selon profil", "CDD"),
        ("Co-responsable de l'Atelier Maraîchage CDI 35H (02)", "CDI"),
        ("Oiseau Lyre recrute en Contrat de 4 mois (jusqu'au 26 juillet 2024)", "CDD"),
        ("Durée du contrat : 12 mois", "CDD"),
        ("Nous proposons : un CDI à temps plein, statut cadre.", "CDI"),
        ("Contrat à durée indéterminée (CDI) à temps partiel (28h)", "CDI"),
        ("Animateur/trice périscolaire – CDD 10 mois", "CDD"),
        ("CDD de remplacement (congé maternité)", "CDD"),
        ("  • Types de contrat CDD", "CDD"),
        ("- Type d'emploi : contrat à durée déterminée ;", "CDD"),
        ("Contrat\nCDI\n", "CDI"),
        ("Poste : Chargé(e) d'accueil (CDI)", "CDI"),
        ("Contrat : PEC (Parcours Emploi Compétences) de 12 mois", "CDD"),
        ("Contrat d'engagement éducatif pour l'été", "CDD"),
        ("Internship", "STAGE"),
        ("Fixed-term contract", "CDD"),
        ("Type de contrat\n\nContrat à durée déterminée - 4 Mois\nCDD insertion\n", "CDDI"),
        (
            "Type de contrat\nContrat à durée déterminée - 12 Mois\nContrat apprentissage",
            "ALTERNANCE",
        ),
        ("Niort (79) | CDI | Temps plein", "CDI"),
        (
            "Posté le : 11/10/2025\nType d'expérience : Expérience exigée Contrat : CDI",
            "CDI",
        ),
        ("Mission intérimaire - 3 Mois\nContrat travail", "INTERIM"),
        ("Nature de la mission : prestation de service, ouverte aux consultants", "FREELANCE"),
        ("Statut : auto-entrepreneur, portage salarial ou profession libérale", "FREELANCE"),
        ("Lyon 3e (69003)\nBénévolat · Régulier\nPubliée il y a 3 jours", "BENEVOLAT"),
        ("Volontariat de Solidarité Internationale (VSI)\n\nChargé·e d'appui", "VOLONTARIAT"),
        ("Le Jardin accueille un(e) stagiaire pour 6 mois à partir de mars.", "STAGE"),
        ("Nous accueillons un·e volontaire en service civique pour 8 mois.", "SERVICE_CIVIQUE"),
        ("L'association souhaite former un·e apprenti·e au métier de jardinier.", "ALTERNANCE"),
    ],
)
def test_contract_type_is_read_from_the_ways_postings_say_it(text, expected):
    assert type_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Vous encadrerez des stagiaires et services civiques.",
        "Accompagner des salariés en CDDI dans leur parcours.",
        "Prise en charge de la mutuelle à 70 %.",
        "Possibilité de CDI à l'issue du contrat.",
        "Ancien stagiaire de l'association, il a fondé la coopérative.",
        "C'est un objectif de 20 à 25 emplois supplémentaires en CDI à créer par EBE.",
        "Accéder à un emploi durable (CDD supérieur ou égal à 6 mois, CDI).",
        "Le secteur comprend 2 responsables et potentiellement 1 stagiaire BPJEPS.",
        "Coordination SUD rassemble six collectifs (CLONG-Volontariat, Cnajep, CRID).",
        "Elle sera potentiellement tutrice d'un service civique.",
        "Dynamique bénévole : 140 bénévoles organisés en groupes locaux.",
        "Vous pourriez devenir maître de stage ou tuteur pour des volontaires en service civique.",
        "Identifier les exploitants réellement volontaires.",
        "Assurer l'intérim de la direction pendant les congés.",
        "Le directeur par intérim vous accueillera.",
        "Vous êtes autonome et indépendant dans votre travail.",
        "Organiser des prestations de services pour les adhérents.",
        "L'équipe salariée et bénévole conçoit les outils.",
        "Favoriser l'apprentissage du français pour les femmes accueillies.",
        "Alternance entre travail de bureau et terrain.",
        "Recrutement et encadrement des alternants et stagiaires.",
        "Dans le cadre d'un marché public de 3 ans avec la Communauté de Communes.",
        "Les bénévoles mènent des actions d'accueil.",
        "Nos volontaires en service civique animent les ateliers.",
        "Stage de préparation au départ : 3-7 novembre 2025",
        "Vous avez une première expérience en CDD dans le secteur social.",
        "Chargé(e) de mission bénévolat (H/F)",
        "Référent·e service civique et engagement des jeunes",
        "Chargé·e de mission alternance et stages",
        "Coordinateur·rice du bénévolat et de la vie associative",
        "Vous accueillerez et encadrerez un stagiaire chaque année.",
        "Le ou la coordinatrice encadrera un volontaire en service civique.",
    ],
)
def test_contracts_of_other_people_or_times_are_not_the_job(text):
    assert type_of(text) is None
    assert type_of(in_body(text)) is None


def test_a_site_menu_naming_contracts_is_not_the_job():
    text = "HelloWork\nOffres d'emploi   Entreprises   Conseils   Alternance\nSe connecter\n\n"
    text += "Infirmier Coordinateur H/F\nAssociation Soleïado\nMarseille 13e - 13\nCDD\nTemps plein"
    assert type_of(text) == "CDD"


def test_a_title_word_that_names_a_contract_only_as_a_tag_is_not_the_contract():
    text = "Accueil > Nous rejoindre\n\nGestionnaire prestations santé F/H\nRéférence : 26-031\n"
    text += "Niort (79) | CDI | Temps plein"
    assert type_of(text) == "CDI"


def test_a_label_line_beats_the_body():
    text = (
        "Nous accueillons régulièrement des stagiaires.\nAu sein d'un CDD...\nType de contrat : CDI"
    )
    assert type_of(text) == "CDI"


def test_the_title_beats_a_mention_in_the_body():
    text = "Stage - Chargé(e) de communication\n\nL'association recrute en CDI ses permanents."
    assert type_of(text) == "STAGE"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Contrat : CDD 12 mois", 12),
        ("Contrat : CDD de 6 mois renouvelable", 6),
        ("CDD d'un an à temps plein", 12),
        ("Type de contrat : CDD, 12 mois, temps plein (renouvelable)", 12),
        ("Type de contrat : CDD (6 mois)", 6),
        ("Contrat à durée déterminée - 6 Mois", 6),
        ("Oiseau Lyre recrute en Contrat de 4 mois (jusqu'au 26 juillet 2024)", 4),
        ("Durée du contrat : 12 mois", 12),
        ("Durée de la mission : 24 mois", 24),
        ("Durée : 6 mois (juin – décembre) pour un engagement à 35h par semaine", 6),
        ("Stage de 6 mois à partir de février 2026", 6),
        ("Stage de 4 à 6 mois", 4),
        ("Mission de service civique de 8 mois", 8),
        ("Contrat d'apprentissage de 2 ans", 24),
        ("CDD de 18 mois", 18),
        ("CDD de six mois", 6),
        ("Stage de 8 semaines", 2),
        ("CDD à temps plein (35h) de 6 mois", 6),
        ("Poste en CDD pour une durée de 8 mois.", 8),
        ("CDD 12 mois renouvelable", 12),
        (
            "Nous recrutons un·e chargé·e de mission pour un CDD de 6 mois "
            "(remplacement d'un congé maternité)",
            6,
        ),
        ("Contrat : CDDI du 01/03/2026 au 28/02/2027", 12),
        ("Type de contrat : CDD septembre - décembre 2024", 4),
        ("STAGE MÉDIATION CULTURELLE\n- 5 mois\n- 9 février – 9 juillet 2026", 5),
        ("Type de contrat : CDD du 1er mars au 31 août 2026", 6),
        ("Contrat : CDD\nDurée : 1 an", 12),
        ("Durée de l'engagement : 10 mois", 10),
        ("Conditions\nDurée : 24 mois\nDépart : janvier 2027", 24),
        ("Dans le cadre d'un Volontariat de Solidarité Internationale de 12 mois, vous", 12),
        ("Nous recherchons un(e) stagiaire en communication pour une durée de 6 mois.", 6),
        ("Type de contrat : CDD de 6 mois (du 1er avril au 30 septembre 2026)", 6),
        ("CDD à terme précis de 8 mois", 8),
        ("Poste à temps partiel (0,6 ETP) - CDD 1 an", 12),
    ],
)
def test_contract_length_is_read_from_the_ways_postings_say_it(text, expected):
    assert months_of(text) == expected


def test_contract_length_runs_from_the_start_date_to_the_stated_end():
    text = "Nature de l'offre CDD\nDate de prise de poste 02/01/2025\nDate de fin de CDD 31/12/2025"
    assert months_of(text, start=date(2025, 1, 2)) == 12


def test_contract_length_from_a_month_start_to_a_month_end_counts_whole_months():
    text = "Alternance\nDébut : septembre 2024\n> Fin : septembre 2025"
    assert months_of(text, start=date(2024, 9, 1)) == 12


def test_a_length_in_brackets_after_the_start_date_is_the_contract_length():
    text = "Service Civique\nQuand ?\nÀ partir du 2 novembre 2026 (8 mois, 24 h/semaine)"
    start = text.index("À partir")
    found = {"start_date": Found(date(2026, 11, 2), start, text.index("2026") + 4)}
    result = extract_contract(Doc.of(text), found)
    assert result["duration_months"].value == 8


def test_interim_freelance_and_volunteering_have_no_length():
    assert months_of("Type de contrat\nMission intérimaire - 3 Mois") is None
    assert months_of("Type de contrat : Freelance, mission de 6 mois") is None
    assert months_of("Mission bénévole de 6 mois") is None


def test_contract_length_of_an_asap_start_runs_from_the_reference_date():
    text = "CDD à pourvoir dès que possible, jusqu'au 31/12/2026."
    assert months_of(text, start="ASAP", reference=date(2026, 1, 5)) == 12


@pytest.mark.parametrize(
    "text",
    [
        "Type de contrat : CDI\nPériode d'essai de 3 mois",
        "CDD - remplacement congé maternité",
        "Expérience de 2 ans exigée. Contrat : CDD",
        "Contrat : CDD. Période d'essai de 2 mois.",
        "Formation de 3 mois en début de contrat. Type de contrat : CDD",
        "Un tuilage d'un mois est prévu. Contrat : CDD",
        "Dans le cadre d'un marché public de 3 ans. Type de contrat : CDD",
        "La convention N°2024-013 confie la gestion pour une durée de 5 ans.",
        "Accéder à un emploi durable (CDD supérieur ou égal à 6 mois, CDI)",
        "L'association existe depuis 25 ans. Contrat : CDD",
        "CDI à temps plein, 2 ans d'expérience minimum",
        "Travail en équipe 5h-12h ou 12h-19h en alternance une semaine sur deux.",
        "Type de contrat : CDI\nUn stage (6 à 12 mois) dans le cursus serait un plus.",
    ],
)
def test_lengths_that_are_not_the_contract_are_ignored(text):
    assert months_of(text) is None


def test_a_project_ending_is_not_the_contract_ending():
    text = (
        "Contrat : CDD\nPrise de poste : 1er mars 2026\nLe projet se terminera le 31 décembre 2027."
    )
    assert months_of(text, start=date(2026, 3, 1)) is None


def test_a_contract_ending_said_in_a_sentence_gives_the_length():
    text = "Contrat : CDD\nPrise de poste : 1er mars 2026\nLe CDD prendra fin le 31 août 2026."
    assert months_of(text, start=date(2026, 3, 1)) == 6


def test_a_cdi_has_no_length():
    assert months_of("CDI - période d'essai de 4 mois renouvelable") is None


@pytest.mark.parametrize(
    "text",
    ["", "🙂" * 40, "1 " * 50_000, "a" * 100_000, "de " * 30_000, "CDD " * 20_000,
     "stage de 6 mois " * 5_000, "01/01/" * 20_000, "@." * 50_000,
     "10 mois de volontariat " * 4_000, "> Comptable (Albi) cherche un CDI\n" * 3_000],
)  # fmt: skip
def test_any_text_gives_an_answer(text):
    assert isinstance(extract_contract(Doc.of(text), {}), dict)


# Whole postings as each kind of board lays them out (written for these tests).
FRANCE_TRAVAIL_CDD = """Animateur / Animatrice d'activités physiques (H/F)

33 - BORDEAUX - Localiser avec Mappy
Publié le 14 janvier 2026 - offre n° 198KXPL

L'association Sport Pour Tous Bordeaux recrute un animateur sportif pour ses ateliers seniors.
Vous animerez des séances de gym douce dans 4 résidences autonomie.
Prise de poste le 2 février.

Type de contrat

Contrat à durée déterminée - 5 Mois
Contrat travail

Durée du travail

24H/semaine
Travail en journée

Salaire

Salaire : Mensuel de 1300.0 Euros sur 12 mois
"""

INDEED_CDI = """Chargé(e) d'accompagnement socioprofessionnel
Les Ateliers du Bocage
Le Pin (79)
Temps plein, CDI

Nous recherchons un(e) CIP pour accompagner 25 salariés en parcours d'insertion (CDDI).
Vous assurerez le suivi individuel et collectif des salariés, en lien avec les encadrants.

Type d'emploi : Temps plein, CDI

Salaire : 2 050,00€ à 2 300,00€ par mois

Horaires :
- Du lundi au vendredi
- Travail en journée

Lieu du poste : En présentiel
Date de début prévue : 02/03/2026
"""

ASSOCIATION_PDF = """FICHE DE POSTE
Coordinateur·rice de l'épicerie solidaire

L'association La Passerelle, créée en 2004, gère une épicerie solidaire et accueille
des stagiaires et des bénévoles tout au long de l'année.

Conditions
Contrat à durée déterminée de 12 mois, évolution possible en CDI
Temps partiel : 28 heures hebdomadaires (0,8 ETP)
Rémunération : groupe D de la CCN ALISFA
Télétravail possible ponctuellement
Poste basé à Villeurbanne (69)
Prise de poste souhaitée : 16 mars 2026

Candidature
CV et lettre de motivation à adresser avant le 20 février 2026 à recrutement@passerelle.org
Les entretiens auront lieu la semaine du 2 mars.
"""

WTTJ_STAGE = """Stage - Chargé·e de communication digitale (6 mois)
Makesense
Stage
Paris
Télétravail occasionnel
Début : 02 mars 2026
Durée : 6 mois
Éducation : Bac +4

Gratification : 4,35 € / heure
"""

SERVICE_CIVIQUE = """Ambassadeur·rice du compostage
Service Civique – trouver une mission

Où ?
Rennes (35)

Quand ?
À partir du 1 octobre 2025 (10 mois, 28 h/semaine)

Description de la mission
Les volontaires sensibilisent les habitants au tri des biodéchets.
"""

JTMS_ENGLISH = """Project officer - Lyon

💡 SSE organization
Fixed-term contract
Localisation Lyon, France
Partial remote authorized
2000 - 2200€ gross (Monthly)
Posted on 01-15-2026
Start : February 2026
> End : July 2026
"""

VSI = """Chargé·e de projet santé communautaire – Bénin
Site France Volontaires
Durée de la mission : 24 mois
Début de la mission : mars 2026
Date limite de candidature : 15 janvier 2026

Contexte de la mission
L'association travaille avec des volontaires de solidarité internationale depuis 1990.
Statut : Volontaire de Solidarité Internationale (VSI)
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (FRANCE_TRAVAIL_CDD, {"start_date": date(2026, 2, 2), "contract_type": "CDD",
                              "duration_months": 5, "hours_per_week": 24, "full_time": False}),
        (INDEED_CDI, {"start_date": date(2026, 3, 2), "contract_type": "CDI", "full_time": True,
                      "remote": "NONE"}),
        (ASSOCIATION_PDF, {"start_date": date(2026, 3, 16), "deadline": date(2026, 2, 20),
                           "contract_type": "CDD", "duration_months": 12, "hours_per_week": 28,
                           "full_time": False, "remote": "PARTIAL"}),
        (WTTJ_STAGE, {"start_date": date(2026, 3, 2), "contract_type": "STAGE",
                      "duration_months": 6, "remote": "PARTIAL"}),
        (SERVICE_CIVIQUE, {"start_date": date(2025, 10, 1), "contract_type": "SERVICE_CIVIQUE",
                           "duration_months": 10, "hours_per_week": 28, "full_time": False}),
        (JTMS_ENGLISH, {"start_date": date(2026, 2, 1), "contract_type": "CDD",
                        "duration_months": 6, "remote": "PARTIAL"}),
        (VSI, {"start_date": date(2026, 3, 1), "deadline": date(2026, 1, 15),
               "contract_type": "VOLONTARIAT", "duration_months": 24}),
    ],
)  # fmt: skip
def test_whole_postings_give_their_dates_contract_and_working_time(text, expected):
    doc, found = Doc.of(text), {}
    for family in (extract_dates, extract_contract, extract_worktime):
        found.update(family(doc, found))
    assert {key: value.value for key, value in found.items()} == expected


# --- round 2: insertion jobs, calls for volunteers and for consultants ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ouvrier·ère polyvalent·e (H/F)\nL'atelier chantier d'insertion recrute 2 ouvriers en "
        "contrat à durée déterminée d'insertion pour son activité de maraîchage, avec un "
        "accompagnement socioprofessionnel.\n\nType de contrat\n\nContrat à durée déterminée - "
        "6 Mois",
        "Agent de tri (H/F)\nContrat : CDD\nLieu : Niort\n\nLe poste, en CDDI de 26 h "
        "hebdomadaires, est renouvelable dans la limite de 24 mois.",
        "Agent d'entretien (H/F)\nCDD 4 mois - 26 h\nPoste réservé aux personnes éligibles à "
        "l'IAE (pass IAE ou orientation par un prescripteur).",
        "Vendeur·se en boutique solidaire\nType de contrat : CDD\nVous devez être éligible à "
        "un parcours d'insertion par l'activité économique.",
        "Employé polyvalent (H/F)\n\nType de contrat\n\nContrat à durée déterminée - 4 Mois\n\n"
        "Informations complémentaires\n\nNature d'offre : Insertion par l'activ.éco.",
        "Manutentionnaire (H/F)\nContrat : CDD 6 mois\nÉligibilité IAE requise.",
    ],
)
def test_a_cdd_whose_body_hires_in_cddi_or_only_iae_eligible_people_is_a_cddi(text):
    assert type_of(text) == "CDDI"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Encadrant·e technique (H/F)\nType de contrat : CDD 12 mois\nVous encadrerez une "
            "équipe de 8 à 10 salarié·es en CDDI sur les chantiers.",
            "CDD",
        ),
        (
            "Conseiller·ère en insertion professionnelle\nContrat : CDD 12 mois\nVous "
            "accompagnerez une cinquantaine de salarié·es en parcours (CDDI de 26 h), "
            "éligibles à l'IAE.",
            "CDD",
        ),
        (
            "Chargé·e d'accompagnement socioprofessionnel (H/F)\nType de contrat : CDD\nVous "
            "accompagnerez des personnes éligibles à l'IAE vers l'emploi durable.",
            "CDD",
        ),
        (
            "Agent d'entretien espaces verts (H/F)\nMission d'intérim – 3 semaines\nÊtre "
            "éligible à un parcours d'insertion par l'activité économique (IAE).",
            "INTERIM",
        ),
        (
            "Encadrant technique (H/F)\nContrat : CDD 12 mois\nLes salariés en insertion doivent "
            "être éligibles à l'IAE.",
            "CDD",
        ),
    ],
)
def test_the_public_in_cddi_or_eligible_to_the_iae_does_not_change_the_staffs_contract(
    text, expected
):
    assert type_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "📣 L'ÉPICERIE SOLIDAIRE CHERCHE DES BÉNÉVOLES ! 📣\nVous avez un peu de temps libre ?",
        "Nous recherchons des bénévoles pour l'aide aux devoirs, le mardi soir.",
        "Devenez bénévole au sein de notre association !",
        "Appel à bénévoles : le festival a besoin de bras pour l'accueil du public.",
        "Rejoignez notre équipe de bénévoles pour les maraudes du soir.",
        "L'association recrute de nouveaux bénévoles pour ses distributions alimentaires.",
        "Nous cherchons 3 bénévoles pour tenir le stand le samedi.",
    ],
)
def test_a_call_for_volunteers_without_a_contract_is_volunteering(text):
    assert type_of(text) == "BENEVOLAT"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Coordinateur·rice (H/F)\nVous animerez une équipe de 40 bénévoles.", None),
        (
            "Chargé·e de mission (H/F) - CDI\nNous recherchons aussi des bénévoles pour nos "
            "événements.",
            "CDI",
        ),
        ("L'association compte 50 bénévoles et 3 salariés.", None),
        (
            "Coordinateur·rice de bénévoles (H/F)\nNous recherchons un·e coordinateur·rice "
            "pour animer notre réseau de bénévoles.",
            None,
        ),
        (
            "Coordinateur·rice de bénévoles (H/F)\nNous recherchons un·e coordinateur·rice pour "
            "animer notre réseau de bénévoles.",
            None,
        ),
    ],
)
def test_volunteers_the_job_works_with_are_no_call_for_volunteers(text, expected):
    assert type_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "COOP SOLIDAIRE\nAppel à consultant·e : évaluation de l'impact social",
        "Appel à prestataires – refonte du site internet de l'association",
        "Mission de communication\nTJM : 450 € HT selon expérience",
        "Nous recherchons un·e consultant·e pour accompagner notre projet associatif. Merci "
        "d'envoyer un devis avant le 10 mars.",
        "Le cahier des charges est joint. Propositions attendues : note méthodologique et devis.",
        "Appel à candidatures pour un prestataire de formation en gestion de projet",
        "Budget : 8 000 € HT. Le ou la consultant·e remettra un rapport final.",
        "Taux journalier : 500 €",
    ],
)
def test_a_call_for_a_consultant_or_a_provider_is_freelance(text):
    assert type_of(text) == "FREELANCE"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Consultant·e en insertion (H/F)\nRejoignez notre cabinet d'accompagnement des "
            "transitions professionnelles.",
            None,
        ),
        (
            "Chargé·e de mission (H/F) en CDI\nVous suivrez les prestataires et validerez les "
            "devis.",
            "CDI",
        ),
        ("Vous piloterez les prestations de nos partenaires.", None),
        (
            "Chargé·e de clientèle (H/F)\nVous établirez les devis et suivrez les prestations de "
            "l'atelier.",
            None,
        ),
        (
            "Chef de projet\nVous rédigerez les cahiers des charges et analyserez les devis des "
            "prestataires.",
            None,
        ),
    ],
)
def test_a_consultants_title_or_providers_the_job_manages_are_no_call_for_tenders(text, expected):
    assert type_of(text) == expected


def test_a_period_in_days_beats_a_period_in_months_for_the_length():
    text = (
        "Objet : Animateur·rice périscolaire – janvier à juillet\n\nQuand ? CDD du 4 janvier au "
        "2 juillet 2027\nCombien d'heures ? 20 h par semaine"
    )
    assert months_of(text, reference=date(2026, 11, 25)) == 6


@pytest.mark.parametrize(
    "text",
    [
        "Coordinateur·rice vie associative\nMissions : recruter de nouveaux bénévoles, animer les "
        "équipes.",
        "Vous rechercherez des bénévoles pour les événements.",
        "Vous inciterez les habitants à devenir bénévoles et à rejoindre l'équipe de bénévoles.",
    ],
)
def test_recruiting_volunteers_as_a_mission_is_no_call_for_volunteers(text):
    assert type_of(text) is None


# --- round 3: readers' comments under a social network's post ---------------------------------

_POST = (
    "Emploi Bassin d'Arcachon (groupe public · 23 k membres)\n\n"
    "Sandrine L.\n2 août à 18:42\n\n"
    "Bonjour à tous ! Notre asso recrute un·e animateur·rice périscolaire pour la rentrée,"
    " environ 20h/semaine. Envoyez votre CV à recrutement@ludo.fr\n\n"
    "#emploi #animation\n\n"
)


@pytest.mark.parametrize(
    "comments",
    [
        "👍 34   💬 9 commentaires   ↗ 21 partages\n\nCommentaires\n"
        "Marie D. : C'est en CDI ou juste pour l'année scolaire ?\n"
        "  Sandrine L. : On en parle en entretien 😉",
        "Commentaires\nKévin B. : Partagé ! C'est un CDD ?",
        "9 commentaires\nLaura M. : Moi je cherche un CDI, c'est possible ?",
        "Voir les 12 commentaires\nPaul R. : Stage possible ?",
        "Les plus pertinents\nAnne T. : c'est un CDI ?",
        "12 J'aime · 4 commentaires · 2 partages\nJulie P. : Service civique possible ?",
        "View all 5 comments\nTom : CDI?",
        "Réponses\nNadia : en CDD ?",
    ],
)
def test_a_readers_comment_under_a_post_does_not_state_the_contract(comments):
    assert type_of(_POST + comments) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _POST.replace("recrute un·e", "recrute en CDD un·e") + "Commentaires\nMarie : CDI ?",
            "CDD",
        ),
        (
            _POST.replace("pour la rentrée", "en CDI dès la rentrée")
            + "💬 3 commentaires\nLéo : stage possible ?",
            "CDI",
        ),
    ],
)
def test_the_post_still_states_its_own_contract_above_its_comments(text, expected):
    assert type_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Poste : Animateur\nCommentaires : poste en CDI après période d'essai", "CDI"),
        ("Type de contrat : CDD\nCommentaire : remplacement congé maternité", "CDD"),
        ("Commentaires\nType de contrat : CDI\nLieu : Lyon", "CDI"),
    ],
)
def test_a_forms_comment_field_or_a_first_line_heading_is_part_of_the_posting(text, expected):
    assert type_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nous recrutons en CDI dès la rentrée un·e animateur·rice pour notre centre.", "CDI"),
        ("L'association propose un CDD dès septembre pour renforcer l'équipe d'animation.", "CDD"),
        ("Le poste est proposé en CDD dès que possible, pour une durée de 6 mois environ.", "CDD"),
        ("Vous serez embauché·e en CDI dès la fin de votre période d'essai de deux mois.", "CDI"),
    ],
)
def test_a_contract_followed_by_des_with_an_accent_is_the_jobs(text, expected):
    assert type_of(in_body(text)) == expected


def test_a_contract_followed_by_des_without_accent_is_other_peoples():
    text = "Vous sécuriserez les parcours et les CDDI des salariés accompagnés par l'équipe."
    assert type_of(in_body(text)) is None


_LETTER = """Objet : [Lettre Emploi] Chef·fe de service – MECS Les Tilleuls (24)

À LA UNE
L'association Enfance Périgord recrute un·e chef·fe de service pour sa MECS.
Missions : encadrement de l'équipe éducative, suivi des projets personnalisés.

• Comptable (H/F) – CDI – Brive-la-Gaillarde (19) – voir l'offre
• Moniteur d'atelier – CDD 6 mois – Tulle (19) – voir l'offre
• Stage – Chargé·e de communication – 4 mois – Limoges (87) – voir l'offre
"""


def test_a_newsletters_teasers_do_not_give_the_featured_offer_a_contract():
    assert contract_of(_LETTER) == {}


def test_the_featured_offer_keeps_its_own_contract_beside_teasers():
    text = _LETTER.replace("pour sa MECS.", "pour sa MECS, en CDD de 8 mois.")
    assert contract_of(text) == {"contract_type": "CDD", "duration_months": 8}


@pytest.mark.parametrize(
    "heading",
    ["Commentaires", "COMMENTAIRES", "Réponses"],
)
def test_a_forms_bare_comments_section_on_a_page_without_social_signs_is_the_posting(heading):
    text = (
        "FICHE DE POSTE\nIntitulé : Animateur·rice jeunesse\nService : Pôle jeunesse\n\n"
        f"Missions : accueil des jeunes, projets d'animation.\n\n{heading}\n"
        "Poste en CDI à temps plein, à pourvoir rapidement.\n"
    )
    assert type_of(text) == "CDI"


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Rejoins-nous pour 10 mois de volontariat à Mamoudzou !", 10),
        ("Nous proposons 8 mois de service civique dans notre épicerie.", 8),
        ("6 mois de stage au sein du pôle communication, à partir de mars.", 6),
        ("Au programme : 24 mois d'apprentissage entre le CFA et l'association.", 24),
        ("Une belle aventure : 12 mois de volontariat de solidarité internationale au Bénin.", 12),
        ("Nous recrutons pour 3 mois de remplacement à l'accueil.", 3),
        ("Deux ans d'alternance pour préparer le DEJEPS.", 24),
    ],
)
def test_a_length_before_the_contracts_word_is_its_duration(text, months):
    assert months_of(text) == months


@pytest.mark.parametrize(
    "text",
    [
        "Profil : une première expérience de 6 mois de stage est demandée.",
        "Vous justifiez d'au moins 12 mois de contrat dans le secteur.",
        "Après 2 ans d'alternance chez nous, Léa a été embauchée en CDI.",
        "Idéalement, vous avez déjà effectué 6 mois de mission à l'étranger.",
    ],
)
def test_a_length_someone_already_has_is_no_duration(text):
    assert months_of(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Notre point d'accueil de Lille cherche son/sa futur·e médiateur·rice numérique "
            "en CDI, 35h, à partir de janvier.",
            "CDI",
        ),
        ("L'accueil de jour recrute un·e travailleur·se social·e en CDD de 6 mois.", "CDD"),
        ("Chargé·e d'accueil · CDI · Temps plein", "CDI"),
    ],
)
def test_inclusive_writings_middle_dot_does_not_make_a_line_a_sites_menu(text, expected):
    assert type_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nous recrutons : AUXILIAIRE DE VIE SOCIALE (H/F)\nCDI à temps partiel", "CDI"),
        ("ACCOMPAGNANT·E DE VIE SCOLAIRE\n\nContrat : CDD de 10 mois", "CDD"),
        ("LIEU DE VIE ET D'ACCUEIL\nÉducateur (H/F) en CDI", "CDI"),
        ("Offre de VIE à Dakar (24 mois)", "VOLONTARIAT"),
        ("Mission V.I.E en Inde, 18 mois", "VOLONTARIAT"),
        ("Poste en VIE au Brésil", "VOLONTARIAT"),
    ],
)
def test_vie_among_capitals_is_the_word_life_not_the_scheme(text, expected):
    assert type_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            in_body("La coopérative recrute un·e chargé·e d'accompagnement en CDI à temps plein."),
            "CDI",
        ),
        (in_body("Nous recrutons une conseillère d'accompagnement en CDD de 9 mois."), "CDD"),
        (
            in_body("Vous assurerez l'accompagnement des salariés en CDDI.\nContrat : CDD"),
            "CDD",
        ),
        (in_body("Missions : accompagnement en CDDI de 12 salariés.\nContrat : CDI"), "CDI"),
    ],
)
def test_a_job_named_for_accompagnement_keeps_its_contract(text, expected):
    assert type_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("« Lien entre générations » – 7 mois, 24h/semaine, à partir de février 2026.", 7),
        ("Service civique – 8 mois, 24 h/semaine, à partir du 2 mars 2026.", 8),
        ("Volontariat (10 mois, 30h/semaine) à partir du 1er septembre 2026", 10),
    ],
)
def test_a_length_among_the_terms_before_the_start_is_the_contract_length(text, expected):
    assert _months_with_found_start(text) == expected


def test_a_past_experience_before_the_start_is_no_length():
    assert _months_with_found_start("Stage – 2 ans d'expérience, à partir du 2 mars 2026.") is None


def _months_with_found_start(text: str):
    """The length read with the start date as the dates family finds it (with its span)."""
    doc = Doc.of(text)
    start = extract_dates(doc, {}).get("start_date")
    found = extract_contract(doc, {"start_date": start} if start else {})
    return found["duration_months"].value if "duration_months" in found else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Notre entreprise d'insertion emploie 65 salarié·es, dont 42 en contrat à durée "
            "déterminée d'insertion sur ses deux sites.\n\nConditions : CDI à temps plein (35 h).",
            "CDI",
        ),
        (
            "L'atelier compte 30 personnes, parmi lesquelles 20 en CDDI.\n\nPoste proposé en CDI.",
            "CDI",
        ),
        (
            "Le chantier accueille 12 salariés dont la plupart en contrat aidé.\n\nCDD de 6 mois.",
            "CDD",
        ),
    ],
)
def test_the_staff_counted_in_a_contract_are_not_the_job(text, expected):
    assert type_of(in_body(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Aidez au tri des denrées\n📍 Blois (41000)\n👥 6 bénévoles recherchés · 2 déjà "
            "inscrits\n\nLa banque alimentaire collecte 400 tonnes par an.",
            "BENEVOLAT",
        ),
        (
            "Accompagner des enfants à la lecture\n\nEn tant que bénévole, vous animerez un "
            "atelier chaque semaine.",
            "BENEVOLAT",
        ),
        (
            "Animateur·rice (H/F)\nCDD 6 mois\n\nEn tant que salarié·e, vous encadrerez 12 "
            "bénévoles de l'association.",
            "CDD",
        ),
    ],
)
def test_a_volunteering_portal_s_counts_and_role_say_benevolat(text, expected):
    assert type_of(text) == expected


def _months_with_start(text: str):
    doc = Doc.of(text)
    start = extract_dates(doc, {}).get("start_date")
    found = {"start_date": start} if start is not None else {}
    return {k: v.value for k, v in extract_contract(doc, found).items()}.get("duration_months")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ON CHERCHE UN·E VOLONTAIRE !\n📅 10 mois à partir de janvier 2027\n⏰ 28 h", 10),
        ("Service civique\n- 8 mois à compter du 5 janvier 2027", 8),
        ("Volontariat\nPour 6 mois à partir du 1er mars 2027.", 6),
    ],
)
def test_a_line_opening_on_a_length_before_the_start_gives_it(text, expected):
    assert _months_with_start(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Formation\nAprès 6 mois d'accompagnement, à partir du 1er mars 2027, vous serez autonome.",
        "Le projet a 3 ans. À partir de janvier 2027, nous recrutons.",
    ],
)
def test_a_length_inside_a_sentence_before_a_start_is_not_the_contract_s(text):
    assert _months_with_start(text) is None
