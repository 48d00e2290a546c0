"""The title: one normalisation for every candidate, headings that announce an offer without
naming the job, sites' banners, volunteering missions named by their label."""

import pytest

from postings.extract.text import Doc, Found
from postings.extract.title import extract_title
from postings.extract.title_clean import tidy
from postings.extract.title_lines import banner_lines, is_menu
from postings.extract.title_places import is_place
from postings.extract.title_sanity import announces_offer, implausible_title


def title_of(text: str, contract: str | None = None) -> str | None:
    found = {"contract_type": Found(contract, 0, 0)} if contract else {}
    result = extract_title(Doc.of(text), found).get("title")
    return result.value if result else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("🌟 Animateur·rice périscolaire 🌟\nCDD – Nantes", "Animateur·rice périscolaire"),
        ("📣📣 Chargé·e de communication 📣📣\n\nCDI à Lille", "Chargé·e de communication"),
        (
            "▶ Coordinateur de chantier d'insertion\nLieu : Brest",
            "Coordinateur de chantier d'insertion",
        ),
        ("Valoriste en recyclerie ♻️🪑\nCDDI 26 h", "Valoriste en recyclerie"),
        ("➡️ Assistant·e administratif·ve (H/F)\nCDI", "Assistant·e administratif·ve"),
        ("✨ Médiatrice numérique ✨ (F/H)\nCDD 12 mois", "Médiatrice numérique"),
        ("🔔 Encadrant technique maraîchage 🥕🥬\nCDI – Rennes", "Encadrant technique maraîchage"),
        ("⭐ RESPONSABLE DE BOUTIQUE SOLIDAIRE ⭐\nCDI", "Responsable de boutique solidaire"),
    ],
)
def test_pictographs_around_a_title_are_cut(text, expected):
    assert title_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("AGENT·E DE TRI (4 postes)\nCDDI – Roubaix", "Agent·e de tri"),
        ("Aide à domicile (2 postes à pourvoir)\nCDI temps partiel", "Aide à domicile"),
        ("Animateur·rice nature (x3)\nSaison 2027", "Animateur·rice nature"),
        ("Chauffeur-livreur – 2 postes\nCDD", "Chauffeur-livreur"),
        ("Éducateur spécialisé (3 postes ouverts)\nMECS", "Éducateur spécialisé"),
    ],
)
def test_how_many_posts_is_no_part_of_the_title(text, expected):
    assert title_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Infirmière coordinatrice – 0,8 ETP\nCentre de santé", "Infirmière coordinatrice"),
        ("Secrétaire comptable (mi-temps)\nCDI", "Secrétaire comptable"),
        ("Agent·e d'accueil - 24h/semaine\nCDD 6 mois", "Agent·e d'accueil"),
        ("Psychologue clinicien – 0.5 ETP\nSAMSAH", "Psychologue clinicien"),
        ("Chargé·e de projet – 80 %\nCDD", "Chargé·e de projet"),
        ("Éducatrice de jeunes enfants – temps partiel\nCrèche", "Éducatrice de jeunes enfants"),
        ("Animateur sportif, 28 heures\nCDI", "Animateur sportif"),
        ("Comptable – 3/4 temps\nCDI", "Comptable"),
    ],
)
def test_working_time_after_the_title_is_cut(text, expected):
    assert title_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Coordinateur·rice pays – Niamey (Niger)\nVSI 24 mois", "Coordinateur·rice pays"),
        ("Chargé de programme – Dakar, Sénégal\nCDD", "Chargé de programme"),
        ("Responsable logistique – Haïti\nContrat local", "Responsable logistique"),
        (
            "Chef·fe de projet eau et assainissement – Goma (RDC)\nCDD",
            "Chef·fe de projet eau et assainissement",
        ),
        (
            "Volontaire en appui à la gestion – Antananarivo, Madagascar\nVSI",
            "Volontaire en appui à la gestion",
        ),
        (
            "Chargée de suivi-évaluation | Ouagadougou (Burkina Faso)\nCDD",
            "Chargée de suivi-évaluation",
        ),
    ],
)
def test_a_place_abroad_after_the_title_is_cut(text, expected):
    assert title_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chargé·e de développement des partenariats au Sénégal\nCDI",
            "Chargé·e de développement des partenariats au Sénégal",
        ),
        ("Coordinatrice des programmes en Haïti\nCDD", "Coordinatrice des programmes en Haïti"),
    ],
)
def test_a_country_after_a_preposition_belongs_to_the_title(text, expected):
    assert title_of(text) == expected


@pytest.mark.parametrize(
    ("segment", "expected"),
    [
        ("Bénin", True),
        ("Cotonou (Bénin)", True),
        ("Cotonou (Bénin", True),
        ("Dakar, Sénégal", True),
        ("Lomé – Togo", True),
        ("Côte d'Ivoire", True),
        ("Lyon", True),
        ("Cotonou", False),
        ("Accompagnement (aide aux devoirs)", False),
        ("Réseau (Afrique)", False),
    ],
)
def test_places_abroad_are_known_by_their_country(segment, expected):
    assert is_place(segment) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "OFFRE D'ALTERNANCE\nApprenti·e éducateur sportif\nDémarrage en septembre",
            "Apprenti·e éducateur sportif",
        ),
        (
            "MISSION DE BÉNÉVOLAT\nAccompagnement scolaire des primaires\n📍 Bègles",
            "Accompagnement scolaire des primaires",
        ),
        (
            "▶ Mission de service civique à pourvoir\nAmbassadeur·rice du réemploi\nDurée : 8 mois",
            "Ambassadeur·rice du réemploi",
        ),
        (
            "Offre de stage\nAppui à la communication événementielle\nDurée : 6 mois",
            "Appui à la communication événementielle",
        ),
        (
            "LA RECYCLERIE DU CANAL RECRUTE\nUn·e valoriste polyvalent·e\nCDDI 26 h",
            "valoriste polyvalent·e",
        ),
        (
            "Nous recrutons !\nCoordinateur·rice du tiers-lieu\nCDI à Tulle",
            "Coordinateur·rice du tiers-lieu",
        ),
        (
            "📣 Offre d'emploi 📣\nResponsable d'épicerie solidaire\nCDD 12 mois",
            "Responsable d'épicerie solidaire",
        ),
        (
            "Appel à bénévoles\nAccueil des familles au vestiaire\nLe samedi matin",
            "Accueil des familles au vestiaire",
        ),
    ],
)
def test_the_line_under_a_heading_that_announces_an_offer_is_the_title(text, expected):
    assert title_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "OFFRE D'EMPLOI\nLes Jardins de la Voie Romaine\n\nL'association gère deux jardins.",
        "MISSION DE BÉNÉVOLAT\nAssociation Lire et Faire Lire\n",
        "OFFRES D'EMPLOI\n★ À LA UNE\n",
        "OFFRE DE STAGE\nRéf. 2026-ST-04\n",
        "NOUS RECRUTONS\nLa Maison des Familles, centre social, recrute\n",
    ],
)
def test_an_announcing_heading_gives_no_title_from_a_name_or_a_detail_under_it(text):
    assert title_of(text) is None


@pytest.mark.parametrize(
    "folded",
    [
        "offre d'alternance",
        "mission de benevolat",
        "mission de service civique a pourvoir",
        "offre d'emploi",
        "nous recrutons !",
        "le relais recrute",
        "aes recrute",
        "stage",
    ],
)
def test_headings_that_announce_an_offer_are_recognised(folded):
    assert announces_offer(folded)


@pytest.mark.parametrize(
    "folded",
    [
        "contrat d'apprentissage de 15 mois",
        "charge de recherche",
        "animateur jeunesse",
        "offre d'emploi publiee le 12/03/2026",
    ],
)
def test_a_job_or_a_contract_s_terms_announce_no_offer(folded):
    assert not announces_offer(folded)


@pytest.mark.parametrize(
    "folded",
    [
        "aes recrute",
        "l'association d'aide a domicile du pays recrute",
        "la ressourcerie embauche !",
        "le collectif recherche",
        "nous recrutons",
    ],
)
def test_a_hiring_sentence_without_its_object_is_no_title(folded):
    assert implausible_title(folded)


@pytest.mark.parametrize(
    "folded", ["charge·e de recherche", "ingenieur de recherche", "assistant en recherche"]
)
def test_research_jobs_are_titles(folded):
    assert not implausible_title(folded)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "L'ASSOCIATION LES PETITS DÉBROUILLARDS RECRUTE\nUn·e animateur·rice scientifique\nCDD",
            "animateur·rice scientifique",
        ),
        (
            "Terre d'Ateliers recrute\n\nSon ou sa chef·fe d'atelier vélo\nCDI",
            "chef·fe d'atelier vélo",
        ),
        (
            "Le centre social recrute\n\nVous aimez le contact ? Le centre social recrute des "
            "animateurs périscolaires pour la rentrée.",
            "animateurs périscolaires",
        ),
    ],
)
def test_x_recrute_gives_the_job_named_after_it(text, expected):
    assert title_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Solidaires en Ligne\nTrouver une mission    Proposer une mission    Mon espace\n\n"
            "Accueil > Missions > Solidarité\n\nMISSION DE BÉNÉVOLAT\n\nÉcrivain public au "
            "point d'accès au droit\n",
            "Écrivain public au point d'accès au droit",
        ),
        (
            "Bénévoles du Cœur\nAccueil · Missions · Associations · Agenda · Contact\n\n"
            "Accueil > Missions\n\nMISSION DE BÉNÉVOLAT\nAide aux devoirs des écoliers\n",
            "Aide aux devoirs des écoliers",
        ),
    ],
)
def test_a_sites_banner_above_its_menu_is_no_title(text, expected):
    assert title_of(text) == expected


@pytest.mark.parametrize(
    ("text", "banner"),
    [
        (
            "Bénévoles en Ville\nTrouver une mission    Proposer une mission    "
            "Les associations    Je me connecte\n",
            0,
        ),
        (
            "Pôle ESS du Val\nAccueil · Le Pôle · Accompagner · Agenda · Offres d'emploi · "
            "Contact\n",
            0,
        ),
        ("Le Réseau\nOffres | Écoles | Conseils | Espace recruteur\n", 0),
    ],
)
def test_the_line_above_a_menu_is_a_banner(text, banner):
    assert banner in banner_lines(Doc.of(text))


@pytest.mark.parametrize(
    "line",
    [
        "Service civique · Le Bourget-du-Lac, France · 8 mois · Présentiel",
        "CDI · Lyon · Temps plein · Télétravail partiel",
        "Animateur | CDD | Lyon | 35 h",
        "Chargé de mission    CDI    Lyon    Temps plein",
        "Bénévolat · Bordeaux · Hybride · Éducation",
    ],
)
def test_a_jobs_details_between_separators_are_no_menu(line):
    assert not is_menu(line)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Accueil › Trouver une mission › Environnement\n\nSensibiliser les habitants au tri "
            "des biodéchets\n\nOù ? Lyon 8e\nQuand ? À partir du 1er mars",
            "Sensibiliser les habitants au tri des biodéchets",
        ),
        (
            "Accueil / Offres / Culture\n\n> Médiateur·rice culturel·le, jeune public et "
            "scolaires\n\nStructure : Cinéma Le Lux",
            "Médiateur·rice culturel·le, jeune public et scolaires",
        ),
    ],
)
def test_the_line_after_a_breadcrumb_is_the_title_whatever_its_arrows(text, expected):
    assert title_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "> Objet : Offre d'emploi\n>\n> Dans le cadre d'un départ, l'association recrute :\n>\n"
            "> UN·E ÉDUCATEUR·RICE SPÉCIALISÉ·E – CDI – temps plein\n>\n> Missions :",
            "Éducateur·rice spécialisé·e",
        ),
        (
            "> Bonjour,\n> Pour renforcer l'équipe, nous recherchons :\n> \n> Comptable (H/F) "
            "en CDD de 6 mois\n",
            "Comptable",
        ),
    ],
)
def test_a_quoted_mail_s_hiring_sentence_gives_the_post_on_the_next_quoted_line(text, expected):
    assert title_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Maison de quartier des Tilleuls\nMission : Animation d'ateliers numériques pour "
            "les seniors\nDurée : 8 mois",
            "Animation d'ateliers numériques pour les seniors",
        ),
        (
            "Nous accueillons un·e volontaire pour une mission « Ambassadeur du vélo en ville » "
            "de 8 mois.",
            "Ambassadeur du vélo en ville",
        ),
        (
            "Le collectif accueille un·e jeune en service civique pour la mission « Animer la "
            "ressourcerie et ses ateliers ».",
            "Animer la ressourcerie et ses ateliers",
        ),
        (
            'Mission de service civique : "Lutter contre l\'isolement des aînés"\nDébut : mars',
            "Lutter contre l'isolement des aînés",
        ),
    ],
)
def test_a_volunteering_mission_is_named_by_its_label(text, expected):
    assert title_of(text, "SERVICE_CIVIQUE") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mission : accompagner les habitants dans leurs démarches et animer des ateliers.\n",
        "Mission\nLe ou la volontaire appuiera l'équipe dans :\n- la gestion\n",
    ],
)
def test_a_sentence_about_the_mission_is_no_volunteering_title(text):
    assert title_of(text, "VOLONTARIAT") is None


def test_a_mission_label_without_a_role_names_no_salaried_job():
    text = "Contexte\nMission : Animation d'ateliers numériques pour les seniors\n"
    assert title_of(text, "CDI") is None


@pytest.mark.parametrize(
    "line",
    [
        "Éducation populaire · Jeunesse · Loisirs · Culture",
        "Environnement    Biodiversité    Sensibilisation    Jeunesse",
    ],
)
def test_a_jobs_sectors_between_separators_are_no_menu(line):
    assert not is_menu(line)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Animateur·rice d'éducation populaire\nÉducation populaire · Jeunesse · Loisirs · "
            "Culture\n\nCDI à Poitiers",
            "Animateur·rice d'éducation populaire",
        ),
        (
            "OFFRE D'EMPLOI\nHébergement d'urgence\nTravailleur social (H/F)\nCDI – Metz",
            "Travailleur social",
        ),
        ("Responsable recherche\nCDI – Paris", "Responsable recherche"),
    ],
)
def test_a_role_line_wins_over_lines_that_merely_sit_where_a_title_could(text, expected):
    assert title_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "► Chargé·e de mission alimentation – Terres de Cuisine (Nantes) – CDD 18 mois\n",
            "Chargé·e de mission alimentation",
        ),
        (
            "Animateur nature | Maison de la Nature (Annecy) | CDI\nPublié le 3 mars",
            "Animateur nature",
        ),
        ("Éducatrice spécialisée – MECS Les Tilleuls (Tulle)\nCDI", "Éducatrice spécialisée"),
    ],
)
def test_an_organisation_with_its_place_in_brackets_after_the_title_is_cut(text, expected):
    assert title_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "OFFRES D'EMPLOI\n► Chargé·e de mission alimentation – Terres de Cuisine (Nantes) – "
            "CDD 18 mois\nCandidatures à rh@tdc.fr\n\nSe désinscrire | Voir la version en ligne",
            "Terres de Cuisine",
        ),
        (
            "Animateur nature (H/F) – Maison de la Nature du Semnoz (Annecy)\nCDI – 35 h\n",
            "Maison de la Nature du Semnoz",
        ),
    ],
)
def test_the_organisation_and_place_after_a_title_name_the_employer(text, expected):
    result = extract_title(Doc.of(text), {}).get("employer")
    assert result is not None and result.value == expected


@pytest.mark.parametrize(
    "text",
    [
        "a" + " " * 100_000 + "b",
        "Accueil · " * 20_000,
        "| " * 50_000,
        "Mission « " * 10_000,
        "AES recrute\n" * 20_000,
        "📣" * 50_000,
        "> " * 50_000,
        "OFFRE D'EMPLOI\n" * 20_000,
        "Animateur – X (Lyon) " * 5_000,
        "Maore Jeunesse Solidaire " * 10_000,
        "Pôle ESS du Pays de " * 5_000,
        "janvier 2027 de " * 10_000,
    ],
)
def test_title_family_returns_on_adversarial_text_for_the_new_rules(text):
    found = {
        "apply_email": Found("contact@poless-dinan.bzh", 0, 10),
        "apply_url": Found("https://www.poless-dinan.bzh/x", 0, 10),
        "contract_type": Found("SERVICE_CIVIQUE", 0, 0),
    }
    assert set(extract_title(Doc.of(text), found)) <= {"title", "employer"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("#Recrutement | Chargé de mission ESS | CDI | Paris\n", "Chargé de mission ESS"),
        ("#JobESS #Emploi Animateur nature (H/F)\nCDD", "Animateur nature"),
        ("Coordinatrice de projets #ESS #emploi\nCDI – Lille", "Coordinatrice de projets"),
        ("Développeur C# (H/F)\nCDI – Nantes", "Développeur C#"),
    ],
)
def test_hashtags_around_a_title_are_cut(text, expected):
    assert title_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Service civique à Brest !\n\n« Sensibiliser au tri des déchets » – 8 mois, "
            "24h/semaine, dès octobre.\n\nTu as entre 18 et 25 ans ?",
            "Sensibiliser au tri des déchets",
        ),
        (
            "📣 Mission de volontariat\n\n▶ « Accompagnement numérique des seniors »\n"
            "Durée : 6 mois",
            "Accompagnement numérique des seniors",
        ),
        (
            'Engagez-vous en service civique\n\n"Jardins partagés et alimentation durable" - '
            "9 mois à Lille\n",
            "Jardins partagés et alimentation durable",
        ),
    ],
)
def test_a_volunteering_offer_opening_a_line_on_a_quoted_name_names_the_mission(text, expected):
    assert title_of(text, "SERVICE_CIVIQUE") == expected


@pytest.mark.parametrize(
    ("folded", "implausible"),
    [
        ("rentree 2026", True),
        ("septembre 2026", True),
        ("saison 2026-2027", True),
        ("ete 2026", True),
        ("promotion 2027", True),
        ("animateur ete 2026", False),
        ("charge de mission rentree 2026", False),
    ],
)
def test_a_period_alone_is_no_title(folded, implausible):
    assert implausible_title(folded) is implausible


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Offre d'alternance – rentrée 2026\n\nLes Amis du Marais\n\nApprenti·e Animateur·rice "
            "nature\n\nContrat d'apprentissage de 24 mois.",
            "Apprenti·e Animateur·rice nature",
        ),
        (
            "Stage – printemps 2026\n\nCollectif Vélo Rural\n\nAssistant·e de projet mobilité\n\n"
            "Stage de 6 mois.",
            "Assistant·e de projet mobilité",
        ),
    ],
)
def test_a_headers_period_gives_way_to_the_job(text, expected):
    assert title_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bonjour,\n\nVeuillez trouver une offre de nos adhérents.\n\nLa coordinatrice du "
            "réseau\n\n=====\n\nLA MAISON DU LIEN recrute\nun·e Éducateur·rice spécialisé·e\nen "
            "CDI à temps plein\n",
            "Éducateur·rice spécialisé·e",
        ),
        (
            "Bonjour à tous,\n\nJe relaie cette offre.\n\nLe directeur\n\n-----\n\nL'association "
            "Escale recrute un·e animateur·rice jeunesse en CDD.\n",
            "animateur·rice jeunesse",
        ),
    ],
)
def test_a_signers_function_with_its_article_is_no_title(text, expected):
    assert title_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Coordinatrice du réseau (H/F)\n\nCDD à Caen.", "Coordinatrice du réseau"),
        ("Animatrice du réseau (H/F)\n\nCDD à Caen.", "Animatrice du réseau"),
    ],
)
def test_a_job_line_without_a_definite_article_stays_the_title(text, expected):
    assert title_of(text) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Formateur·rice FLE en statut indépendant", "Formateur·rice FLE indépendant"),
        ("Consultant sous statut auto-entrepreneur", "Consultant auto-entrepreneur"),
        ("Intervenant en statut de salarié", "Intervenant salarié"),
        ("Chargé de mission statut cadre", "Chargé de mission statut cadre"),
    ],
)
def test_a_status_is_written_as_the_adjective(value, expected):
    assert tidy(value) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Carrières\nAccueil > Nos offres\n\nREF-2026-0873 – Gestionnaire prestations santé "
            "(F/H)\n\nContrat : CDD\nLieu : Niort",
            "Gestionnaire prestations santé",
        ),
        ("REF 2026-12 – Chef de service éducatif (H/F)\nCDI – Lyon", "Chef de service éducatif"),
        ("2026-045 | Animateur·rice jeunesse (H/F)\nCDD – Brest", "Animateur·rice jeunesse"),
    ],
)
def test_a_reference_before_the_title_is_cut(text, expected):
    assert title_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Carrières\n\nComptable (H/F)\nCDI – Niort\n\nVotre mission\nTenir les comptes de "
            "l'association et préparer le bilan annuel avec l'expert-comptable du réseau.\n\n"
            "Ces offres peuvent aussi vous intéresser\nREF-0861 – Conseiller clientèle (F/H) - "
            "Poitiers - CDI\nChargé de prévention (F/H) - La Rochelle - CDI",
            "Comptable",
        ),
        (
            "Nous accompagnons des familles depuis trente ans dans tout le département du Nord "
            "et cherchons à renforcer notre équipe pour la rentrée.\n\nOffres similaires\n"
            "Éducateur spécialisé (H/F) - Lille - CDI\nMoniteur éducateur (H/F) - Roubaix - CDD",
            None,
        ),
    ],
)
def test_a_list_of_other_offers_gives_no_title(text, expected):
    assert title_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Espace candidats\nAccueil > Nos offres\n\nRéf. 26-CHRS-117 - Travailleur·euse "
            "social·e (ES / ASS / CESF) F/H\n\nVille SAINT-DENIS",
            "Travailleur·euse social·e (ES / ASS / CESF)",
        ),
        (
            "Le Bon Repas – Traiteur solidaire\nNos menus | Recrutement | Contact\n\n"
            "Recrutement > Équipe permanente\n\nSECOND·E DE CUISINE – CDI – PARIS 20e\n\n"
            "Le Bon Repas est une entreprise d'insertion. Vous encadrez 6 commis en insertion.",
            "Second·e de cuisine",
        ),
        (
            "Nos offres > Animation\n\nRéférent·e parcours jeunes – CDD – Lille\n\n"
            "Description du poste",
            "Référent·e parcours jeunes",
        ),
    ],
)
def test_the_line_under_a_one_level_breadcrumb_or_after_a_reference_is_the_title(text, expected):
    assert title_of(text) == expected


@pytest.mark.parametrize("line", ["Animateur > Lyon > CDI", "Accueil > Offres"])
def test_breadcrumbs_are_no_title(line):
    assert title_of(f"{line}\n\nDescription du poste\nAnimer des ateliers.") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Accueil > Missions de bénévolat > Loir-et-Cher\n\nAidez au tri des denrées "
            "alimentaires\nMission proposée par Banque Alimentaire du Loir\n\n📍 Blois (41000)"
            "\n👥 6 bénévoles recherchés · 2 déjà inscrits\n\nLa mission en quelques mots",
            "Aidez au tri des denrées alimentaires",
        ),
        ("👥 3 volontaires recherchés\n\nLa mission en quelques mots", None),
    ],
)
def test_a_volunteering_portal_s_counts_are_no_title(text, expected):
    assert title_of(text, "BENEVOLAT") == expected


@pytest.mark.parametrize(
    ("folded", "implausible"),
    [
        ("pas de remuneration.", True),
        ("aucune experience requise", True),
        ("non remuneree", True),
        ("sans engagement de duree", True),
        ("pas besoin de diplome !", True),
        ("accompagnement scolaire d'enfants du primaire", False),
        ("animateur sans hebergement", False),
        ("agent d'entretien non titulaire", False),
    ],
)
def test_a_denial_is_no_title(folded, implausible):
    assert implausible_title(folded) is implausible


def test_a_volunteering_label_stating_no_pay_leaves_the_heading_as_title():
    text = (
        "Site › Missions › Éducation\n\nAide aux devoirs en école primaire – Tours\n\n"
        "Association : Les Cartables\nLieu : Tours\n\nMission de bénévolat : pas de rémunération."
    )
    assert title_of(text, "BENEVOLAT") == "Aide aux devoirs en école primaire"
