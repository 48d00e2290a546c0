"""Workplace extraction: city, department and postal_code, from the ways French postings say it."""

from __future__ import annotations

import random

import pytest

from postings.extract.place import extract_place
from postings.extract.text import Doc
from postings.geo import DEPARTMENTS


def place(text: str) -> tuple[str | None, str | None, str | None]:
    found = extract_place(Doc.of(text), {})
    return tuple(
        found[k].value if k in found else None for k in ("city", "department", "postal_code")
    )


def city_and_department(text: str) -> tuple[str | None, str | None]:
    return place(text)[:2]


# --- location fields of job boards and forms -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lieu de travail : 93 - ST DENIS", ("Saint-Denis", "93", None)),
        ("Lieu de travail : 75 - PARIS 11", ("Paris", "75", "75011")),
        ("Lieu de travail : 13 - MARSEILLE 01", ("Marseille", "13", "13001")),
        ("Lieu de travail : 69 - LYON 03", ("Lyon", "69", "69003")),
        ("Lieu de travail : 33 - BEGLES", ("Bègles", "33", "33130")),
        ("Lieu de travail : 974 - ST DENIS", ("Saint-Denis", "974", None)),
        ("Lieu de travail : 2A - AJACCIO", ("Ajaccio", "2A", None)),
        ("Lieu de travail : 972 - Fort-de-France", ("Fort-de-France", "972", None)),
        ("Lieu de travail : 976 - MAMOUDZOU", ("Mamoudzou", "976", None)),
        ("Lieu de travail\n75 - Paris 11e Arrondissement", ("Paris", "75", "75011")),
        (
            "Offre n° 195XYZK\nAide-soignant (H/F)\n13 - MARSEILLE 13\nPublié le 1er février",
            ("Marseille", "13", "13013"),
        ),
        ("Agent d'accueil (H/F)\n06 - Nice", ("Nice", "06", None)),
        ("Chef de service éducatif (H/F)\n2B - BASTIA", ("Bastia", "2B", None)),
        ("Chargée de projet insertion\n971 - Les Abymes", ("Les Abymes", "971", None)),
    ],
)
def test_france_travail_department_code_and_commune_are_read(text, expected):
    assert place(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ville : Échirolles", ("Échirolles", "38")),
        ("Ville : ECHIROLLES", ("Échirolles", "38")),
        ("Ville BÈGLES\nCode postal 33130", ("Bègles", "33")),
        ("Localisation Pantin, France", ("Pantin", "93")),
        ("Localisation Marseille, France", ("Marseille", "13")),
        ("Localisation : Nantes (44)", ("Nantes", "44")),
        ("- Localisation : Nantes (44)\n- Contrat : CDD 6 mois", ("Nantes", "44")),
        ("• Lieu de travail : Grenoble", ("Grenoble", "38")),
        ("Lieu d'exercice : Fort-de-France (972)", ("Fort-de-France", "972")),
        ("Lieu de la mission : Cayenne", ("Cayenne", "973")),
        (
            "Lieu du poste : Bureau basé à Rennes, déplacements fréquents en Bretagne",
            ("Rennes", "35"),
        ),
        ("Lieu : Montreuil (93) - déplacements ponctuels à Lyon", ("Montreuil", "93")),
        ("Location: Paris, France", ("Paris", "75")),
        ("Site d'affectation : Créteil", ("Créteil", "94")),
        ("Lieu de stage : Strasbourg", ("Strasbourg", "67")),
        ("Lieu du stage : Nantes ou télétravail", ("Nantes", "44")),
        ("Ville\nClermont-Ferrand", ("Clermont-Ferrand", "63")),
        ("Lieu de travail :\nAubervilliers", ("Aubervilliers", "93")),
        ("Lieu : Villeneuve-d'Ascq (59650)", ("Villeneuve-d'Ascq", "59")),
        ("Ville : Montigny-le-Bretonneux", ("Montigny-le-Bretonneux", "78")),
        (
            "Animateur périscolaire\nLieu : Amboise (37)\nDate de prise de poste : 1er mars",
            ("Amboise", "37"),
        ),
        (
            "Lieu de travail : Locaux de l'association, 5 avenue de Lyon, 21000 Dijon",
            ("Dijon", "21"),
        ),
        ("Lieu de travail : rue de Paris, 93100 Montreuil", ("Montreuil", "93")),
        ("Lieu de travail : rue de Marseille, Lyon 7e", ("Lyon", "69")),
        ("Accès : métro Gare de Lyon. Lieu de travail : Ivry-sur-Seine.", ("Ivry-sur-Seine", "94")),
        ("lieu de travail : saint-denis (93)", ("Saint-Denis", "93")),
        ("Lieu de travail : Lycée agricole de Castelnau-le-Lez", ("Castelnau-le-Lez", "34")),
        ("Lieu : ZI de Carquefou", ("Carquefou", "44")),
        ("Lieu : Université de Lyon, campus de la Doua", ("Lyon", "69")),
    ],
)
def test_location_field_gives_the_commune_and_its_department(text, expected):
    assert city_and_department(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Posté le : 11/10/2025 Ref : DIR Lieu : France Grand Est Ville : Nancy", ("Nancy", "54")),
        ("Type de contrat : CDI Localisation : Bordeaux", ("Bordeaux", "33")),
        ("Contrat : CDI | Lieu : Tours | Salaire : selon profil", ("Tours", "37")),
    ],
)
def test_field_after_other_fields_on_the_same_line_is_read(text, expected):
    assert city_and_department(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Code postal : 35000\nVille : Rennes", ("Rennes", "35", "35000")),
        (
            "Adresse : 12 rue des Lilas\nCode postal : 31000\nVille : Toulouse",
            ("Toulouse", "31", "31000"),
        ),
        ("Lieu de travail (siège) : 12 rue de la Paix, 75002 Paris", ("Paris", "75", "75002")),
        ("Adresse du poste : 4 rue Saint-Martin, 75004 Paris", ("Paris", "75", "75004")),
        ("Lieu : 59650 Villeneuve d'Ascq", ("Villeneuve-d'Ascq", "59", "59650")),
        ("Lieu de travail : 97400 Saint-Denis", ("Saint-Denis", "974", "97400")),
        (
            "Coordinateur de projet H/F\n93200 Saint-Denis\nTemps plein",
            ("Saint-Denis", "93", "93200"),
        ),
        ("Lieu : Saint-Denis 93200", ("Saint-Denis", "93", "93200")),
        ("Lieu : Montreuil 93100 au siège de l'association", ("Montreuil", "93", "93100")),
        ("Contact : 45 avenue Jean Jaurès 69007 Lyon", ("Lyon", "69", "69007")),
        ("Code postal : 33130", ("Bègles", "33", "33130")),
        ("Ville : Échirolles", ("Échirolles", "38", "38130")),
        ("Ville : Paris", ("Paris", "75", None)),
    ],
)
def test_postal_code_is_the_one_given_else_the_communes_only_one(text, expected):
    assert place(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Localisation : Paris 11e", ("Paris", "75", "75011")),
        ("Localisation : Paris 11ème (75)", ("Paris", "75", "75011")),
        ("Lieu : Paris XVe", ("Paris", "75", "75015")),
        ("Lieu de travail : Paris 8ème arrondissement", ("Paris", "75", "75008")),
        ("Lieu : Paris 1er", ("Paris", "75", "75001")),
        ("Lieu : Lyon 3ème", ("Lyon", "69", "69003")),
        ("Responsable de programme (F/H)\nLieu : Lyon 7e - 69", ("Lyon", "69", "69007")),
        ("Lieu : Marseille 1er", ("Marseille", "13", "13001")),
        ("Responsable administratif H/F - Paris 11e", ("Paris", "75", "75011")),
        (
            "Lieu : Siège de l'association (Paris 11e), déplacements en France",
            ("Paris", "75", "75011"),
        ),
        ("Lieu : Paris 75", ("Paris", "75", None)),
    ],
)
def test_arrondissement_gives_the_city_and_its_postal_code(text, expected):
    assert place(text) == expected


# --- names: homonyms, spellings, overseas, Corsica -----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lieu : Saint-Denis (93)", ("Saint-Denis", "93")),
        ("Lieu : Saint-Denis (974)", ("Saint-Denis", "974")),
        ("Lieu : Saint-Denis - 93", ("Saint-Denis", "93")),
        ("Localisation : St Denis 93", ("Saint-Denis", "93")),
        ("Lieu de travail : Saint-Denis de la Réunion", ("Saint-Denis", "974")),
        ("Lieu : Saint-Denis", ("Saint-Denis", "974")),
        (
            "Lieu : Saint-Denis\nAssociation implantée en Seine-Saint-Denis depuis 1990.",
            ("Saint-Denis", "93"),
        ),
        (
            "Lieu : Saint-Denis\nNous accompagnons les familles d'Île-de-France.",
            ("Saint-Denis", "93"),
        ),
        ("Lieu de travail : Saint-Louis (68)", ("Saint-Louis", "68")),
        (
            "Lieu de travail : Saint-Louis\nNous intervenons dans le Haut-Rhin depuis 1995.",
            ("Saint-Louis", "68"),
        ),
        (
            "Lieu de travail : Sainte-Marie\nLa Martinique compte de nombreuses associations.",
            ("Sainte-Marie", "972"),
        ),
        ("Moniteur d'atelier\nNotre ESAT est implanté à Saint-Paul (60).", ("Saint-Paul", "60")),
        (
            "Moniteur d'atelier\nNotre ESAT est implanté à Saint-Paul, sur la côte "
            "ouest de La Réunion.",
            ("Saint-Paul", "974"),
        ),
        ("Localisation du poste : Vienne (38)", ("Vienne", "38")),
        ("Localisation du poste : Vienne (86)", (None, "86")),
        ("Le poste est basé à Saint-Pierre (974).", ("Saint-Pierre", "974")),
    ],
)
def test_homonyms_are_told_apart_by_code_then_context_then_population(text, expected):
    assert city_and_department(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ville : Saint Etienne", "Saint-Étienne"),
        ("Ville : St-Étienne", "Saint-Étienne"),
        ("Ville : SAINT-ETIENNE", "Saint-Étienne"),
        ("Ville : L'Ile-Saint-Denis", "L'Île-Saint-Denis"),
        ("Ville : L'ILE SAINT DENIS", "L'Île-Saint-Denis"),
        ("Poste basé à L'Île-Saint-Denis (93) – à pourvoir dès que possible", "L'Île-Saint-Denis"),
        ("Lieu de travail : Le Mans", "Le Mans"),
        ("Vous serez basé(e) au Mans.", "Le Mans"),
        ("Poste basé aux Ulis (91).", "Les Ulis"),
        ("Lieu de travail : La Rochelle (17)", "La Rochelle"),
        ("Lieu de travail : Cherbourg-Octeville", "Cherbourg-en-Cotentin"),
        ("Lieu de travail : Annecy-le-Vieux", "Annecy"),
        ("Lieu de travail : Évry-Courcouronnes", "Évry-Courcouronnes"),
        ("Lieu de travail : Ville-d'Avray", "Ville-d'Avray"),
        ("Lieu de travail : Bar-le-Duc", "Bar-le-Duc"),
        ("Lieu de travail : Le Plan-de-la-Tour", "Le Plan-de-la-Tour"),
        ("Lieu de travail : Remire Montjoly", "Remire-Montjoly"),
    ],
)
def test_spelling_variants_give_the_official_name(text, expected):
    assert place(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lieu de travail : Pointe-à-Pitre, Guadeloupe", ("Pointe-à-Pitre", "971")),
        ("Poste basé à Pointe-à-Pitre (971).", ("Pointe-à-Pitre", "971")),
        ("Lieu d'exercice : Fort-de-France (972)", ("Fort-de-France", "972")),
        (
            "Le poste est basé à Cayenne, avec des missions à Saint-Laurent-du-Maroni.",
            ("Cayenne", "973"),
        ),
        (
            "Chargé de mission biodiversité - Saint-Laurent-du-Maroni (973)",
            ("Saint-Laurent-du-Maroni", "973"),
        ),
        ("Lieu de travail : Saint-Denis de la Réunion", ("Saint-Denis", "974")),
        ("Le poste est basé au Port.", ("Le Port", "974")),
        ("Lieu de travail : Mamoudzou", ("Mamoudzou", "976")),
        ("CDI à temps plein basé à La Réunion", (None, "974")),
        ("Chargé de projet Sentinelles de la Nature en Guyane\nCDD 6 mois", (None, "973")),
        ("Les Naturalistes de Mayotte recrutent un animateur nature à Mayotte.", (None, "976")),
    ],
)
def test_overseas_departments_are_read(text, expected):
    assert city_and_department(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lieu de travail : Bastia (Haute-Corse)", ("Bastia", "2B")),
        ("Lieu de travail : 20000 Ajaccio", ("Ajaccio", "2A")),
        ("Lieu de travail : Porto-Vecchio (2A)", ("Porto-Vecchio", "2A")),
        ("Poste basé à Bastia (2B).", ("Bastia", "2B")),
        (
            "Basé à Ajaccio, le poste implique des déplacements dans toute la Corse.",
            ("Ajaccio", "2A"),
        ),
        ("Lieu : 20200 Bastia", ("Bastia", "2B")),
        ("Localisation : Corse-du-Sud", (None, "2A")),
        ("Localisation : Corse", (None, None)),
    ],
)
def test_corsica_is_2a_or_2b(text, expected):
    assert city_and_department(text) == expected


# --- départements and régions without a commune --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lieu de travail : 59 - Nord", "59"),
        ("Lieu de travail : 93 - Seine-Saint-Denis", "93"),
        ("Département : 35 - Ille-et-Vilaine", "35"),
        ("Département : 35", "35"),
        ("Région : Bretagne\nDépartement : Finistère (29)", "29"),
        ("Localisation : Landes", "40"),
        ("Localisation 40 Landes", "40"),
        ("Localisation : Hauts-de-Seine", "92"),
        ("Localisation Hérault", "34"),
        ("Le poste est basé dans le Val-de-Marne (94).", "94"),
        ("Poste basé en Seine-Saint-Denis.", "93"),
        ("Éducateur spécialisé CDI (93)\nNotre établissement accueille des adolescents.", "93"),
        ("La structure accompagne des personnes sur le territoire de la Gironde.", "33"),
        (
            "Face à l'augmentation de ses activités dans le département du "
            "Pas-de-Calais, l'association crée une antenne.",
            "62",
        ),
        ("Depuis 2014, l'association agit sur le département de l'Aube.", "10"),
        ("L'association développe les énergies renouvelables en Haute-Loire.", "43"),
    ],
)
def test_department_stated_without_a_commune_gives_no_city(text, expected):
    assert city_and_department(text) == (None, expected)


@pytest.mark.parametrize(
    "text",
    [
        "Lieu de travail : Île-de-France",
        "Région : Occitanie",
        "Le poste est basé en Île-de-France.",
        "Lieu : France Auvergne-Rhône-Alpes",
        "Zone géographique : Grand Est",
        "Localisation : Nouvelle-Aquitaine",
    ],
)
def test_region_alone_gives_neither_city_nor_department(text):
    assert city_and_department(text) == (None, None)


# --- sentences about the job ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le poste est basé à Amiens.", "Amiens"),
        ("POSTE BASÉ À AMIENS", "Amiens"),
        ("Le poste est situé à Villeurbanne, au sein de notre siège.", "Villeurbanne"),
        (
            "Le ou la salarié·e sera basé·e à Bordeaux, avec des déplacements en "
            "Nouvelle-Aquitaine.",
            "Bordeaux",
        ),
        ("Le poste est à pourvoir au sein de notre établissement de Besançon.", "Besançon"),
        ("Vous travaillerez au sein de notre foyer d'hébergement de Quimper.", "Quimper"),
        ("Vous interviendrez sur le site de Gennevilliers.", "Gennevilliers"),
        ("Nos bureaux sont situés à Montreuil, à deux pas du métro.", "Montreuil"),
        ("CDI à Nantes, temps plein.", "Nantes"),
        ("Stage de 6 mois à Lille à partir de mars.", "Lille"),
        ("Nous recrutons un(e) chargé(e) de mission H/F en CDD à Toulouse.", "Toulouse"),
        ("Poste basé à Paris ou à Lyon selon le profil.", "Paris"),
        ("Poste basé à Mer (41)", "Mer"),
        (
            "Le CPIE recrute pour son site de Gap.\nLe poste est basé au Centre de "
            "découverte, à Gap (05).",
            "Gap",
        ),
        ("Nous recrutons pour notre crèche de Saint-Ouen-sur-Seine.", "Saint-Ouen-sur-Seine"),
        (
            "Vous serez rattaché au CSAPA de Lens.\nNotre association gère 3 CSAPA "
            "à Lens, Liévin et Hénin-Beaumont.",
            "Lens",
        ),
    ],
)
def test_sentence_about_the_job_states_the_workplace(text, expected):
    assert place(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vous serez basé(e) au Mans.", "Le Mans"),
        ("Le ou la salarié·e sera basé·e à Lyon.", "Lyon"),
        ("Les salarié.e.s seront situé.e.s à Nantes.", "Nantes"),
        ("Vous serez affecté(e) à Rennes.", "Rennes"),
        ("Le/la stagiaire sera basé(e) à Toulouse.", "Toulouse"),
    ],
)
def test_inclusive_spellings_of_based_are_read(text, expected):
    assert place(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chargé de mission (H/F) - Lille", "Lille"),
        ("Coordinateur·rice de projet – Marseille (13)", "Marseille"),
        ("Animateur jeunesse à Rennes\nCDD 12 mois", "Rennes"),
        ("Le Cnajep recherche un chargé de projet, H/F, Paris, France", "Paris"),
        ("Agent d'entretien (H/F) 10 - Troyes", "Troyes"),
        (
            "Éducateur spécialisé H/F\nAssociation Vivre Ensemble\nSaint-Denis (93)\nCDI",
            "Saint-Denis",
        ),
        ("Coordinateur social H/F\nMontreuil - 93\nPubliée le 12/02/2026", "Montreuil"),
        ("Animateur socioculturel H/F\nVilleurbanne (69)", "Villeurbanne"),
        ("Chargé de communication\nParis, Île-de-France", "Paris"),
        ("Chargée de plaidoyer\nLyon, Auvergne-Rhône-Alpes, France", "Lyon"),
        (
            "Coordinateur·rice de la vie associative\n- CDI\n- Nantes\nSite de la fédération",
            "Nantes",
        ),
        ("Chargé de mission Participation\nÉchirolles\nPosté le : 21/01/2026", "Échirolles"),
        ("ⓘ Paris\nCDI", "Paris"),
    ],
)
def test_job_board_header_places_the_job(text, expected):
    assert place(text)[0] == expected


# --- several places in one posting ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Siège social : 10 rue Victor Hugo, 69002 Lyon.\nLe poste est basé à Villeurbanne.",
            "Villeurbanne",
        ),
        ("Notre siège est à Paris. Le poste est basé à Marseille.", "Marseille"),
        (
            "Son siège social est à Aix-les-Bains ; le chantier concerné par ce recrutement est "
            "basé à Chambéry.",
            "Chambéry",
        ),
        (
            "Le siège de l'association se trouve à Lyon ; l'atelier est situé à Vénissieux.",
            "Vénissieux",
        ),
        ("Le poste est basé à Tours ; le siège de l'association est situé à Orléans.", "Tours"),
        (
            "Siège social : 14 boulevard Gambetta, 87000 Limoges\nLieu de travail : "
            "Brive-la-Gaillarde",
            "Brive-la-Gaillarde",
        ),
        (
            "L'association, dont le siège est à Rennes, recrute pour son antenne "
            "du Finistère. Poste basé à Quimper.",
            "Quimper",
        ),
        (
            "Envoyez votre candidature à : Association Aide, 12 rue de la Gare, "
            "75010 Paris.\nLieu de travail : Créteil",
            "Créteil",
        ),
        (
            "Le Secours Solidaire recrute\nPoste basé à Poitiers (86)\nEnvoyer CV à "
            ": 8 rue Carnot, 86000 Poitiers",
            "Poitiers",
        ),
        (
            "L'association, présente dans 4 départements (75, 92, 93, 95), recrute "
            "pour son service de Nanterre.\nPoste basé à Nanterre.",
            "Nanterre",
        ),
        (
            "Notre association intervient sur Paris et la petite couronne. Le "
            "poste est basé à Pantin.",
            "Pantin",
        ),
        (
            "Elle dispose d'antennes à Lyon, Grenoble et Valence. Le poste est basé à Grenoble.",
            "Grenoble",
        ),
        (
            "Créée à Lyon en 1990, l'association s'est développée.\nLe poste est "
            "basé à Saint-Étienne.",
            "Saint-Étienne",
        ),
        (
            "Nos partenaires : Ville de Lyon, Métropole de Lyon.\nLe poste est basé "
            "à Villeurbanne.",
            "Villeurbanne",
        ),
        (
            "Les Petits Débrouillards\nPoste à pourvoir à Nancy (54)\nLe réseau "
            "compte des antennes à Metz et Reims.",
            "Nancy",
        ),
        ("Lieu des entretiens : Paris\nLieu de travail : Lyon", "Lyon"),
        ("Lieu de formation : CFA de Lille\nLieu de travail : Roubaix", "Roubaix"),
        ("Zone géographique : Occitanie, bureau à Montpellier", "Montpellier"),
        ("Lieu d'intervention : quartiers prioritaires de Roubaix et Tourcoing", "Roubaix"),
        (
            "Directeur·rice\nLocalisation : Nord-Isère\nNos établissements sont "
            "situés à Bourgoin-Jallieu et Villefontaine.",
            "Bourgoin-Jallieu",
        ),
        (
            "Le Partenariat fait vivre le jumelage entre Lille (France) et "
            "Saint-Louis (Sénégal). Le Partenariat recrute un responsable à Lille.",
            "Lille",
        ),
    ],
)
def test_stated_workplace_wins_over_head_office_application_address_and_context(text, expected):
    assert place(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lieu : Saint-Pierre, La Réunion", ("Saint-Pierre", "974")),
        ("Lieu : Montreuil - réunions mensuelles à Lyon", ("Montreuil", "93")),
        (
            "Siège social : 12 rue Oberkampf, 75011 Paris\nDes missions à Lyon sont à prévoir.",
            ("Paris", "75"),
        ),
    ],
)
def test_travel_is_told_from_the_place_of_work(text, expected):
    assert city_and_department(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Offre d'emploi\nLa Fédération, basée à Nantes, fédère 160 lieux en France.", "Nantes"),
        (
            "Offre d'emploi\nL'association est située à Rochejean dans le Haut-Doubs (25).",
            "Rochejean",
        ),
        (
            "ASSOCIATION REGIONALE\nSiège social : 14 boulevard Gambetta, 87000 "
            "Limoges\nMissions : accompagner les allocataires du RSA.",
            "Limoges",
        ),
        (
            "Offre d'emploi\nL'ACI, situé à Saint-Herblain (44), recherche un "
            "conseiller.\nAdresser candidature : BP 12, 44800 Saint-Herblain Cedex.",
            "Saint-Herblain",
        ),
        (
            "Chargé de mission\nVous rejoindrez une équipe engagée à Marseille. Nos "
            "actions dans les quartiers de Marseille visent l'inclusion.",
            "Marseille",
        ),
        (
            "Chargé de projet\nL'équipe de Lille accueille un·e stagiaire. Lille "
            "est une ville dynamique.",
            "Lille",
        ),
        (
            "Travailleur social\nLa Maison des Solidarités de Bobigny recherche un "
            "travailleur social.",
            "Bobigny",
        ),
        ("Marseille, le 12 janvier 2026\nObjet : recrutement d'un chargé de mission", "Marseille"),
        ("La Présidente\nFait à Rennes, le 3 février 2026", "Rennes"),
    ],
)
def test_organisation_location_and_repeated_mentions_are_last_resorts(text, expected):
    assert place(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chargé de projet (H/F)\nHybride à 93200 Saint-Denis\nCDI", ("Saint-Denis", "93")),
        ("Responsable associatif\nHybride à Paris (75)", ("Paris", "75")),
        (
            "Coordinateur de programmes\nSaint-Denis, Île-de-France, France\nSur site",
            ("Saint-Denis", "93"),
        ),
        ("Chargé de mission F/H\nParis 11e - 75\nCDI", ("Paris", "75")),
        ("Région / Département : Auvergne-Rhône-Alpes / Isère (38)", (None, "38")),
        (
            "Région : Auvergne-Rhône-Alpes\nDépartement : Isère\nVille : Grenoble",
            ("Grenoble", "38"),
        ),
        ("Pays : Mali\nVille : Bamako\nDurée : 12 mois", ("Bamako", None)),
        ("Pays : France\nVille : Lyon", ("Lyon", "69")),
        ("Lieu de la mission : Paris, avec des missions terrain au Burkina Faso", ("Paris", "75")),
        ("Lieu : Siège (Montreuil)", ("Montreuil", "93")),
        ("Lieu de travail : à définir", (None, None)),
        ("Lieu de travail : Indifférent", (None, None)),
        ("Localisation : France entière", (None, None)),
        ("Localisation : National", (None, None)),
        ("Lieu de travail : Sur les départements 22, 29, 35 et 56", (None, None)),
        ("Poste basé au siège de l'association à Nantes (44).", ("Nantes", "44")),
        ("Le poste est basé dans nos locaux de Rouen.", ("Rouen", "76")),
        (
            "Le poste est situé dans les locaux de la Maison des associations de Grenoble.",
            ("Grenoble", "38"),
        ),
        (
            "Le/la chargé·e de mission sera basé·e à Tours et se déplacera en Centre-Val de Loire.",
            ("Tours", "37"),
        ),
        (
            "Lieu de travail principal : Angers (49), avec déplacements dans le département",
            ("Angers", "49"),
        ),
        ("Lieu de travail : Angers / Saumur", ("Angers", "49")),
        ("Lieu : Villeurbanne et Vaulx-en-Velin", ("Villeurbanne", "69")),
        ("Poste à pourvoir à Saint-Étienne (42)", ("Saint-Étienne", "42")),
        ("Infirmier (H/F) - EHPAD Les Lilas - Vannes (56)", ("Vannes", "56")),
        ("Offre d'emploi - Moniteur éducateur - Foyer de vie - 29200 Brest", ("Brest", "29")),
        ("Animateur·rice - Centre social de Grenoble\nCDD 6 mois", ("Grenoble", "38")),
        (
            "Association XYZ – 12 avenue Foch – 57000 Metz – Tél. 03 87 00 00 00\n"
            "Offre d'emploi : Comptable",
            ("Metz", "57"),
        ),
        (
            "Offre d'emploi : Comptable\nPour candidater, écrire à : Association "
            "XYZ, 12 avenue Foch, 57000 Metz",
            (None, None),
        ),
        (
            "Offre d'emploi : Comptable\nAssociation XYZ - 12 avenue Foch - 57000 "
            "Metz\nCandidatures : rh@xyz.fr",
            ("Metz", "57"),
        ),
        (
            "Le Centre social recrute à Clermont-Ferrand un animateur famille.",
            ("Clermont-Ferrand", "63"),
        ),
        ("L'EHPAD Les Tilleuls, situé à Limoges (87), recrute un infirmier.", ("Limoges", "87")),
        ("Localisation : Lille (59) - Télétravail partiel", ("Lille", "59")),
        ("Lieu : Montpellier, Occitanie", ("Montpellier", "34")),
        ("Ville : Aix-en-Provence", ("Aix-en-Provence", "13")),
        ("Ville : Aix en Provence", ("Aix-en-Provence", "13")),
        ("Ville : AIX EN PROVENCE", ("Aix-en-Provence", "13")),
        ("Ville : Boulogne-Billancourt", ("Boulogne-Billancourt", "92")),
        ("Ville : Boulogne-sur-Mer", ("Boulogne-sur-Mer", "62")),
        ("Ville : Châlons-en-Champagne", ("Châlons-en-Champagne", "51")),
        ("Ville : Charleville-Mézières", ("Charleville-Mézières", "08")),
        ("Ville : Sainte-Geneviève-des-Bois (91)", ("Sainte-Geneviève-des-Bois", "91")),
        ("Lieu : Saint-Germain-en-Laye", ("Saint-Germain-en-Laye", "78")),
        ("Lieu : Le Kremlin-Bicêtre", ("Le Kremlin-Bicêtre", "94")),
        ("Lieu : L'Haÿ-les-Roses", ("L'Haÿ-les-Roses", "94")),
        ("Lieu : Villeneuve-Saint-Georges", ("Villeneuve-Saint-Georges", "94")),
    ],
)
def test_other_board_layouts_and_address_blocks_are_read(text, expected):
    assert city_and_department(text) == expected


# --- localities, other offers, pins, the hiring establishment (round 2) ---------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Accueil de jour « Le Relais de la Chapelle » - 12 rue Riquet, 75019 Paris", "Paris"),
        ("Lieu : ferme de la Bastide, chemin des Vignes, 84120 Pertuis", "Pertuis"),
        ("Poste basé au centre social de la Chapelle, à Saint-Herblain (44).", "Saint-Herblain"),
        ("Lieu de travail : Maison relais de la Chapelle, Paris 18e", "Paris"),
        ("Implantation : pôle de la Bastide, 33100 Bordeaux", "Bordeaux"),
        ("Poste basé à la résidence du Breuil, 71300 Montceau-les-Mines", "Montceau-les-Mines"),
        (
            "Lieu d'exercice : Résidence Le Pin, 3 allée des Cèdres, 13090 Aix-en-Provence",
            "Aix-en-Provence",
        ),
        ("Lieu : hameau de la Rochette, 05000 Gap", "Gap"),
        ("Adresse du poste : Les Loges, 2 route de la Tour, 72000 Le Mans", "Le Mans"),
        ("Lieu : La Halte de la Chapelle, 32 rue Marx-Dormoy, 75018 Paris", "Paris"),
    ],
)
def test_a_hamlet_or_building_named_like_small_communes_is_not_the_workplace(text, expected):
    assert place(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lieu : Le Pin (77)", ("Le Pin", "77")),
        ("Lieu : Le Breuil", ("Le Breuil", "71")),
        ("Poste basé au Breuil (71)", ("Le Breuil", "71")),
        ("Lieu de travail : 03 - LA CHAPELLE", ("La Chapelle", "03")),
        ("Poste basé à La Souterraine", ("La Souterraine", "23")),
        ("Le poste est situé au Croisic.", ("Le Croisic", "44")),
        ("Poste basé à La Trinité (Martinique)", ("La Trinité", "972")),
    ],
)
def test_such_a_commune_qualified_alone_or_unique_is_still_read(text, expected):
    assert city_and_department(text) == expected


_POSTING_WITH_OTHER_OFFERS = (
    "Animateur·rice jeunesse (H/F)\nMaison des jeunes – 3 rue Nationale, 37000 Tours\n"
    "CDD 6 mois\n\nMissions : animer l'accueil de loisirs et les séjours.\n\n"
)


@pytest.mark.parametrize(
    "chrome",
    [
        "Offres similaires\nAnimateur H/F – Orléans – CDD 3 mois\nÉducateur H/F – Blois – CDI",
        "Vous aimerez aussi :\nAnimateur H/F - Orléans - CDD",
        "Ces offres pourraient vous intéresser\nAnimateur·rice (H/F) - 45 - ORLEANS - CDD 4 Mois",
        "Autres offres de cet employeur\n\nCoordinateur H/F – Orléans – CDI",
        "Les candidats ont aussi consulté\nAnimateur périscolaire H/F - Orléans - CDD",
        "OFFRES D'EMPLOI SIMILAIRES\n• Animateur BAFA H/F – Orléans (45)",
        "Dernières offres publiées\nAnimateur H/F – Orléans – CDD 2 mois",
        "Similar jobs\nYouth worker H/F - Orléans - CDD",
        "Ces offres peuvent aussi vous intéresser\nAnimateur H/F – Orléans – CDI",
        "Voir les offres similaires\nAnimateur H/F – Orléans – CDD",
        "Plus d'offres de cet employeur\nDirecteur·rice H/F - Orléans (45)",
        "Offres à proximité\n• Animateur (H/F) – Orléans – CDD 6 mois",
    ],
)
def test_a_job_boards_list_of_other_offers_names_no_workplace(chrome):
    assert city_and_department(_POSTING_WITH_OTHER_OFFERS + chrome) == ("Tours", "37")


def test_a_list_of_other_offers_above_the_posting_is_skipped_up_to_its_end():
    text = (
        "Offres similaires\nMoniteur d'atelier (H/F) - 2A - AJACCIO - CDI\n"
        "Agent valoriste (H/F) - 2B - BORGO - CDD\n\n"
        "Conseiller·ère en insertion professionnelle (H/F)\nPublié le 3 mars 2026\n"
        "Nous recrutons un conseiller ou une conseillère pour notre agence. Le poste est à "
        "pourvoir rapidement, en CDI, au sein d'une équipe de 8 personnes, avec des "
        "déplacements réguliers auprès des entreprises partenaires du territoire.\n"
        "20200 Bastia\n"
    )
    assert city_and_department(text) == ("Bastia", "2B")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("📍 Brest (29)", ("Brest", "29")),
        ("📍 Quimper – Finistère", ("Quimper", "29")),
        ("📌 Aurillac, Cantal", ("Aurillac", "15")),
        ("📍 Mamoudzou (Kawéni) – 976\n🏢 Association des jeunes", ("Mamoudzou", "976")),
        (
            "📍 12 rue de la République, 37700 Saint-Pierre-des-Corps\n#bénévolat #Tours",
            ("Saint-Pierre-des-Corps", "37"),
        ),
        (
            "Coordinateur (H/F)\n📍 Saint-Denis (974)\nAutres sites : Saint-Denis (93)",
            ("Saint-Denis", "974"),
        ),
    ],
)
def test_a_pin_emoji_marks_the_place_of_the_job(text, expected):
    assert city_and_department(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La crèche associative, qui accueille 30 enfants à Chinon, recherche une auxiliaire"
            " de puériculture.\n\nAssociation Petite Enfance – siège social : 2 place "
            "Jean-Jaurès, 37000 Tours",
            ("Chinon", "37"),
        ),
        (
            "Notre ESAT de 80 travailleurs à Lunéville recrute un moniteur d'atelier.\n\n"
            "Siège : 12 rue Saint-Dizier, 54000 Nancy",
            ("Lunéville", "54"),
        ),
        (
            "L'association recrute pour son centre d'hébergement à Vierzon un·e veilleur·se de "
            "nuit.\n\nSiège social : 18000 Bourges",
            ("Vierzon", "18"),
        ),
        (
            "Nous recherchons, pour notre épicerie solidaire à Saint-Dizier, un·e responsable de "
            "magasin.\nSiège de l'association : 52000 Chaumont",
            ("Saint-Dizier", "52"),
        ),
        (
            "Le service d'aide à domicile, qui intervient auprès de 200 personnes âgées à Figeac,"
            " embauche deux aides à domicile.\nSiège social : 46000 Cahors",
            ("Figeac", "46"),
        ),
        (
            "Le foyer de vie « Les Tilleuls », qui accompagne 40 adultes à St-Amand-Montrond, "
            "recherche un·e moniteur·rice-éducateur·rice.\n\nSiège : 5 boulevard Clemenceau, "
            "18000 Bourges",
            ("Saint-Amand-Montrond", "18"),
        ),
    ],
)
def test_the_hiring_establishments_town_beats_the_head_office(text, expected):
    assert city_and_department(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Notre association, présente à Lyon et à Grenoble, recrute un·e chargé·e de projet."
            "\nLieu de travail : Grenoble",
            ("Grenoble", "38"),
        ),
        (
            "Nous recrutons un·e éducateur·rice.\nEnvoyez votre candidature à Paris, au siège."
            "\nLieu : Melun",
            ("Melun", "77"),
        ),
        (
            "Le centre social recrute un·e animateur·rice.\nPoste basé à Rezé.\n"
            "Siège : 44000 Nantes",
            ("Rezé", "44"),
        ),
    ],
)
def test_a_stated_workplace_still_beats_the_hiring_sentence(text, expected):
    assert city_and_department(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lieu de travail : Ste-Foy-la-Grande", ("Sainte-Foy-la-Grande", "33")),
        ("Lieu de travail : 33 - STE FOY LA GRANDE", ("Sainte-Foy-la-Grande", "33")),
        ("Poste basé à St-Amand-Montrond (Cher)", ("Saint-Amand-Montrond", "18")),
        ("Localisation : ST JEAN DE LUZ", ("Saint-Jean-de-Luz", "64")),
        ("Lieu : St-Gaudens", ("Saint-Gaudens", "31")),
        ("Lieu : Ste Maxime (83)", ("Sainte-Maxime", "83")),
        ("Lieu : St-Étienne-du-Rouvray", ("Saint-Étienne-du-Rouvray", "76")),
        (
            "Lieu : parcelles route de Pineuilh, 33220 Ste-Foy-la-Grande",
            ("Sainte-Foy-la-Grande", "33"),
        ),
    ],
)
def test_saint_and_sainte_abbreviations_are_read(text, expected):
    assert city_and_department(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Poste basé à Saint-Denis.\nDepuis 20 ans, nous accompagnons les familles de La "
            "Réunion.",
            ("Saint-Denis", "974"),
        ),
        (
            "Lieu : Saint-Pierre\nL'association agit en Martinique depuis 1995.",
            ("Saint-Pierre", "972"),
        ),
        ("Lieu : Saint-Louis\nDépartement : Haut-Rhin", ("Saint-Louis", "68")),
        ("Poste basé à Sainte-Marie, en Martinique", ("Sainte-Marie", "972")),
        (
            "Offres d'emploi solidaires de La Réunion\nLieu : Saint-Denis\n\nOffres similaires\n"
            "Animateur H/F – Saint-Denis (93) – CDD",
            ("Saint-Denis", "974"),
        ),
    ],
)
def test_an_overseas_homonym_follows_the_territory_the_text_names(text, expected):
    assert city_and_department(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "L'association, dont le siège est à Bourges, recrute pour son antenne de Vierzon un·e "
            "travailleur·se social·e.\nCandidatures à : 12 rue Moyenne, 18000 Bourges",
            ("Vierzon", "18"),
        ),
        (
            "Nous recrutons pour notre centre d'hébergement à Vierzon un·e veilleur·se.\n"
            "Siège : 18000 Bourges",
            ("Vierzon", "18"),
        ),
        (
            "L'ADAPEI recherche pour son IME de Saint-Amand-Montrond un·e éducateur·rice.\n"
            "Direction générale : 36000 Châteauroux",
            ("Saint-Amand-Montrond", "18"),
        ),
        (
            "La fédération recrute, pour sa délégation de Brest, un·e chargé·e de mission.\n"
            "Siège national : 75011 Paris",
            ("Brest", "29"),
        ),
        (
            "Éducateur spécialisé (H/F)\nL'IME Les Grillons à Issoudun recherche un éducateur "
            "spécialisé en CDI.\nEnvoyer CV et lettre à : Association, Direction générale, 3 rue "
            "de la Gare, 36000 Châteauroux",
            ("Issoudun", "36"),
        ),
    ],
)
def test_the_site_a_sentence_hires_for_beats_the_head_office_and_the_address(text, expected):
    assert city_and_department(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le centre d'hébergement d'urgence situé porte de la Chapelle (Paris 18e) recrute un·e"
            " veilleur·se de nuit.",
            ("Paris", "75"),
        ),
        (
            "Accueil de jour du quartier de la Bastide (Bordeaux) - poste d'animateur",
            ("Bordeaux", "33"),
        ),
        ("Nos bureaux sont à deux pas du métro (ligne 14).", (None, None)),
    ],
)
def test_brackets_holding_only_a_place_state_it(text, expected):
    assert city_and_department(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chargé de communication\nAssociation Les Petits Frères · Nantes, Pays de la Loire, "
            "France (Hybride)",
            ("Nantes", "44"),
        ),
        (
            "Coordinateur·rice\nRéseau Cocagne · Besançon, Bourgogne-Franche-Comté, France",
            ("Besançon", "25"),
        ),
        (
            "Chargée de projet\nFondation · Lille, Hauts-de-France, France (Sur site)",
            ("Lille", "59"),
        ),
        ("Responsable administratif\nAssociation · Rodez, France", ("Rodez", "12")),
    ],
)
def test_linkedins_town_region_and_country_line_places_the_job(text, expected):
    assert city_and_department(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nous sommes une association de 30 salariés basée à Montreuil (93). Le poste est "
            "situé dans nos locaux de Bagnolet.",
            ("Bagnolet", "93"),
        ),
        (
            "Nos 12 salariés, basés à Lyon, accompagnent 300 familles. Poste basé à Vénissieux.",
            ("Vénissieux", "69"),
        ),
    ],
)
def test_the_staff_based_somewhere_is_the_organisation_not_the_job(text, expected):
    assert city_and_department(text) == expected


# --- traps: nothing to find ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Chargé de plaidoyer\nNotre ONG agit pour le respect de l'Accord de "
        "Paris. Vous rejoindrez l'équipe.",
        "Chargé de mission\nVous êtes diplômé·e de l'Université de Lyon ou équivalent.",
        "Profil\nFormation de niveau master, idéalement obtenue à Sciences Po "
        "Paris ou à l'IEP de Grenoble.",
        "Infirmier\nL'association accueille des patients de l'hôpital "
        "Saint-Louis et de l'Institut Curie.",
        "Coordinateur\nLa Société de Saint-Vincent-de-Paul recrute un coordinateur bénévolat.",
        "Animateur\nNous travaillons avec la Croix-Rouge, les Restos du Cœur et Emmaüs.",
        "Réunion d'équipe tous les lundis. Mission : animer le réseau.",
        "Lundi au vendredi, de 9h à 17h. Poste à pourvoir le 1er Mars.",
        "Envoyer CV et lettre de motivation avant le 15 avril à recrutement@asso.fr",
        "Expérience souhaitée. Permis B indispensable. Vous avez le sens du contact.",
        "Type de contrat : CDI\nRémunération : selon CCN 66\nPrise de poste : dès que possible",
        "Salaire : 30000 € brut annuel ; 13e mois",
        "Réf : 75011-2026 ; Tél : 01 23 45 67 89",
        "Bilan\nLe pôle compte 35000 bénéficiaires et 12000 bénévoles.",
        "Chargé de campagne\nAu Nord comme au Sud, nous défendons la justice climatique.",
        "Animateur\nLa Manche et la mer du Nord sont au cœur de notre programme.",
        "Chargé de mission\nLe Rhône, la Saône et la Loire : trois fleuves au programme.",
        "Chargée de mission\nNous travaillons sur le Rhône et la Loire pour "
        "restaurer les milieux humides.",
        "Chargé de mission fleuves\nNotre action couvre la vallée du Rhône, de Lyon à Marseille.",
        "Chargé de communication\nRejoignez l'Accélérateur Parisien de l'innovation sociale.",
        "Chargé de campagne\nLes Amis de la Terre France recrutent.",
        "Bonne humeur et sens du collectif indispensables. Plan de formation proposé.",
        "Vue d'ensemble du poste : vous rejoignez Orange Solidarité.",
        "Travail en équipe, Sens de l'organisation, Port de charges.",
        "Poste à pourvoir en Mars 2026 ; Avril au plus tard.",
        "Accueil\nMarie Dupont, directrice, vous accueillera.",
        "Éducateur\nL'association gère un lieu de vie et d'accueil.",
        "Chargé de mission\nNos partenaires sont présents en France et en Europe.",
        "Lieu : 100 % à distance (cours en visioconférence), aucun déplacement",
        "",
    ],
)
def test_words_institutions_and_rivers_are_not_taken_for_the_workplace(text):
    assert city_and_department(text) == (None, None)


# --- remote and abroad ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Poste en télétravail complet.", (None, None)),
        ("Localisation : Télétravail complet", (None, None)),
        ("Lieu de travail : télétravail (100 %)", (None, None)),
        ("Chargé de cours\nPoste 100 % à distance. L'association est basée à Lyon.", (None, None)),
        ("Formateur en full remote\nSiège : 3 rue des Lois, 31000 Toulouse", (None, None)),
        ("Télétravail possible 2 jours par semaine. Poste basé à Lyon.", ("Lyon", "69")),
        ("Lieu : Lyon (télétravail complet possible)", ("Lyon", "69")),
    ],
)
def test_fully_remote_job_keeps_only_a_place_stated_for_the_job(text, expected):
    assert city_and_department(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Localisation Afrique - Sénégal - Dakar\nDurée de la mission : 12 mois", ("Dakar", None)),
        ("Pays : Madagascar\nVille : Antananarivo", ("Antananarivo", None)),
        ("Lieu de mission : Bamako, Mali", ("Bamako", None)),
        ("Poste basé à Genève (Suisse).", ("Genève", None)),
        ("Lieu de mission : Sénégal", (None, None)),
        (
            "Mission VSI de 24 mois au Bénin.\nFrères des Hommes est une "
            "association basée à Paris.",
            (None, None),
        ),
        (
            "Volontariat de solidarité internationale au Cap-Vert.\nL'association "
            "est basée à Saverne (France).",
            (None, None),
        ),
        ("Chargé(e) de mission plaidoyer à Bruxelles, Belgique", (None, None)),
        (
            "Chargé de projet\nLieu : Paris\nPartenaires au Mali, au Sénégal et en Guinée.",
            ("Paris", "75"),
        ),
    ],
)
def test_workplace_abroad_has_no_department(text, expected):
    assert city_and_department(text) == expected


# --- evidence and robustness ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "field", "words"),
    [
        (
            "Contrat : CDI\nLieu de travail : 93 - ST DENIS\nSalaire : 2000 €",
            "city",
            "Lieu de travail : 93 - ST DENIS",
        ),
        ("Le poste est basé à Amiens. Il est à pourvoir en mars.", "city", "Amiens"),
        ("Lieu de travail : 65 rue Baron le Roy 75012 PARIS", "postal_code", "75012"),
        ("Localisation : Hauts-de-Seine", "department", "Localisation : Hauts-de-Seine"),
        ("Coordinateur\nMontreuil (93)\nCDI", "department", "Montreuil (93)"),
    ],
)
def test_evidence_covers_the_words_that_justify_the_value(text, field, words):
    doc = Doc.of(text)
    found = extract_place(doc, {})[field]
    assert doc.snippet(found.start, found.end) == words


@pytest.mark.parametrize(
    "text",
    [
        "1 " * 50000,
        "a" * 100000,
        "@." * 50000,
        "01/01/" * 20000,
        "de " * 30000,
        "Saint " * 20000,
        "Lieu : " * 15000,
        "93200 " * 20000,
        "(93) " * 20000,
        "à Paris " * 12000,
        "Poste basé à " * 8000,
        "Lieu de travail : Paris\n" * 5000,
        "A-B-C-D-" * 15000,
        "L'" * 50000,
        "12 rue de Paris, Lyon - " * 4000,
        "12 rue " * 15000,
        "Nantes · CDI · " * 7000,
        "> Comptable (Albi) cherche un CDI\n" * 3000,
        "Tél. 01 42 00 00 00 - 75001 Paris\n" * 3000,
        "Lieu : Évry,\n" * 8000,
        "Charleville (08) " * 6000,
        "Évry " * 20000,
        "🙂" * 1000,
        "\x00\x01\ufffd\x7f" * 5000,
        "\n" * 100000,
    ],
)
def test_pathological_text_returns(text):
    found = extract_place(Doc.of(text), {})
    assert set(found) <= {"city", "department", "postal_code"}


def test_two_megabytes_of_posting_returns_the_workplace():
    text = "Lieu de travail : Lille\n" + "Les missions sont variées et passionnantes. " * 48000
    assert city_and_department(text) == ("Lille", "59")


_TOKENS = (
    "Lieu de travail",
    ":",
    "Ville",
    "(93)",
    "(2A)",
    "93200",
    "75011",
    "-",
    ",",
    "\n",
    "Saint",
    "St",
    "Denis",
    "Paris",
    "11e",
    "basé",
    "à",
    "au",
    "l'",
    "Le",
    "Mans",
    "Réunion",
    "France",
    "Sénégal",
    "VSI",
    "télétravail",
    "100 %",
    "siège",
    "CV",
    "Île-de-France",
    "Nord",
    "Vienne",
    "(Suisse)",
    "Orange",
    "🙂",
    "\x00",
    "’",
    "·",
    "(e)",
    "Fait à",
    "le 12 mars",
    "rue de",
)


def test_any_mix_of_place_words_gives_well_formed_fields():
    rng = random.Random(7)
    for _ in range(500):
        words = (rng.choice(_TOKENS) for _ in range(rng.randint(0, 40)))
        text = "".join(word + rng.choice(("", " ", " ", "\n")) for word in words)
        found = extract_place(Doc.of(text), {})
        for key, item in found.items():
            assert 0 <= item.start <= item.end <= len(text)
            assert key != "postal_code" or (len(item.value) == 5 and item.value.isdigit())
            assert key != "department" or item.value in DEPARTMENTS


def test_a_job_descriptions_other_missions_are_not_a_list_of_other_offers():
    text = (
        "Chargé·e de projet (H/F)\nLieu : Nantes\n\nMissions principales\n- animer le réseau"
        "\n\nAutres missions\n- représenter l'association à Paris"
    )
    assert city_and_department(text) == ("Nantes", "44")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Responsable d'épicerie\nLa Cagette\n📍 Gap, France   ·   CDI   ·   Temps plein\n",
            ("Gap", "05"),
        ),
        (
            "Animateur·rice\nAssociation X\nVire, France · CDD · Publiée il y a 2 jours\n",
            ("Vire Normandie", "14"),
        ),
        ("Chargé·e de mission\nCollectif Y\n📍 Orange, France | CDI\n", ("Orange", "84")),
    ],
)
def test_an_everyday_word_commune_with_its_country_on_a_place_line_is_the_city(text, expected):
    assert city_and_department(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Animateur (H/F)\n\nUn grand plaisir, France entière, pour vous.\n",
        "Animateur (H/F)\n\nNotre projet ne laisse personne sur le bord de la route : un vrai "
        "plaisir, France ou ailleurs.\n",
    ],
)
def test_an_everyday_word_before_france_in_a_sentence_is_no_city(text):
    assert city_and_department(text) == (None, None)
