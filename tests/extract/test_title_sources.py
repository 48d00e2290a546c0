"""Employer and title where pages mislead: careers pages' chrome, newsletters, ATS credits,
recruitment agencies and their clients, acronyms spelled out, social networks' posters, site
menus and postings that list several posts."""

import pytest

from postings.extract.text import Doc, Found
from postings.extract.title import extract_title
from postings.extract.title_acronyms import expansion_of
from postings.extract.title_lines import is_menu
from postings.extract.title_names import spells
from postings.extract.title_words import is_chrome


def fields_of(text: str, email: str | None = None) -> tuple[str | None, str | None]:
    found = {}
    if email:
        at = text.find(email)
        found["apply_email"] = Found(email, max(at, 0), max(at, 0) + len(email))
    result = extract_title(Doc.of(text), found)
    title, employer = result.get("title"), result.get("employer")
    return (title.value if title else None, employer.value if employer else None)


def employer_of(text: str, email: str | None = None) -> str | None:
    return fields_of(text, email)[1]


def title_of(text: str) -> str | None:
    return fields_of(text)[0]


# --- Careers pages: section headings and the « — Careers » banner -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Open Sea Aid — Careers\n\nHome / Join us / Vacancies\n\n"
            "LOGISTICS OFFICER (H/F/X)\n\nLocation: Lyon, France\nContract: CDI\n\n"
            "About us\nWe deliver emergency aid in 12 countries.",
            "Open Sea Aid",
        ),
        (
            "Solidarités Nord — Recrutement\n\nCHARGÉ·E DE PLAIDOYER (F/H)\nLieu : Lille\n"
            "Contrat : CDD 12 mois\n\nQui sommes-nous ?\nNous défendons les droits des exilés.",
            "Solidarités Nord",
        ),
        (
            "Terre Commune | Nous rejoindre\n\nResponsable administratif·ve et financier·e\n"
            "CDI - Montreuil\n\nÀ propos\nNous accompagnons les paysans depuis 1998.",
            "Terre Commune",
        ),
        (
            "Green Paths Network - Jobs\n\nProject Manager – Climate Education (F/M/X)\n"
            "Location: Grenoble, France\nContract: fixed-term, 12 months\n\nWho we are\n"
            "A network of 40 schools.",
            "Green Paths Network",
        ),
        (
            "Les Ailes du Lien – Carrières\n\nCoordinateur·rice de bénévoles (H/F)\n"
            "Lieu : Toulouse\nContrat : CDI\n\nThe role\nYou will coordinate 80 volunteers.",
            "Les Ailes du Lien",
        ),
    ],
)
def test_a_careers_page_banner_gives_the_name_without_its_careers_tail(text, expected):
    assert employer_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Field Coordinator (H/F)\nLocation: Marseille\nContract: CDD\n\nAbout us\n"
        "We are a small NGO working with refugees.",
        "Fundraising Officer (F/H)\nLocation: Paris\nContract: CDI\n\nWho we are\n"
        "A team of twelve people.",
        "Data Analyst (H/F)\nLieu : Nantes\nContrat : CDI\n\nWhat we offer\n"
        "A friendly team and flexible hours.",
        "Chargé·e de projet (H/F)\nLieu : Lyon\nContrat : CDD\n\nHow to apply\n"
        "Send your CV before March 3.",
        "Animateur·rice nature (H/F)\nLieu : Rennes\nContrat : CDD\n\nAbout the organisation\n"
        "Founded in 2001.",
    ],
)
def test_an_english_section_heading_is_no_employer(text):
    assert employer_of(text) is None


# --- Newsletters and ATS pages: their own lines are no employer --------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lettre d'information du réseau – mars 2026\nVersion en ligne | Se désabonner\n\n"
            "► Ressourcerie du Val – Vierzon (18)\nVALORISTE (H/F) – CDDI\n\n"
            "Missions : tri, valorisation, vente.",
            "Ressourcerie du Val",
        ),
        (
            "Si ce message ne s'affiche pas correctement, consultez la version en ligne\n\n"
            "▶ Jardins du Marais – Bourges (18)\nENCADRANT·E TECHNIQUE (H/F) – CDI\n\n"
            "Missions : encadrer une équipe de 10 salariés en insertion.",
            "Jardins du Marais",
        ),
        (
            "Voir la version web\n\n"
            "➤ Atelier Vélo Solidaire – Tours (37)\nMÉCANICIEN·NE CYCLE (H/F) – CDD 6 mois\n\n"
            "Missions : réparer, conseiller.",
            "Atelier Vélo Solidaire",
        ),
        (
            "Fondation Graines d'Avenir — Carrières\nPropulsé par Hiring Cloud\n\n"
            "← Toutes nos offres\n\nChargé·e de partenariats (H/F)\nCDI · Paris\n\n"
            "Qui sommes-nous ?\nLa fondation soutient l'agriculture paysanne.",
            "Fondation Graines d'Avenir",
        ),
        (
            "Maison des Possibles — Offres d'emploi\nPowered by JobPortal\n\n"
            "Chargé·e d'accueil (H/F)\nCDD · Angers\n\nLa structure accueille 300 familles.",
            "Maison des Possibles",
        ),
    ],
)
def test_newsletter_and_ats_lines_are_no_employer(text, expected):
    assert employer_of(text) == expected


@pytest.mark.parametrize(
    "line",
    [
        "version en ligne | se desabonner",
        "voir la version web",
        "afficher dans le navigateur",
        "si ce message ne s'affiche pas correctement, cliquez ici",
        "view this email in your browser",
        "unsubscribe",
        "propulse par talentflow ats",
        "powered by workable",
        "site realise par agence web",
        "< toutes les offres",
        "▶ se desabonner",
    ],
)
def test_newsletter_and_site_credit_lines_are_chrome(line):
    assert is_chrome(line)


@pytest.mark.parametrize(
    "line",
    ["les jardins de la lede", "association realisons ensemble", "chargee de communication"],
)
def test_ordinary_lines_are_not_chrome(line):
    assert not is_chrome(line)


# --- Recruitment agencies: the client is the employer ------------------------------------


@pytest.mark.parametrize(
    ("text", "email", "expected"),
    [
        (
            "CABINET ALPHA RH – Recrutement social et médico-social\n\n"
            "DIRECTEUR D'ESAT (H/F)\n\nNotre client, l'association Les Papillons Blancs de "
            "l'Aube, recrute son directeur d'ESAT.\nCandidatures : recrutement@alpha-rh.fr",
            "recrutement@alpha-rh.fr",
            "Les Papillons Blancs de l'Aube",
        ),
        (
            "Le cabinet Horizon Talents recrute pour le compte de la Fondation Maison de "
            "l'Enfance un·e chef·fe de service (H/F).\nContact : cv@horizon-talents.com",
            "cv@horizon-talents.com",
            "Fondation Maison de l'Enfance",
        ),
        (
            "Pour le compte de notre client, l'ADAPEI du Var, nous recherchons un·e "
            "directeur·rice de foyer de vie.\nCandidature : offres@rhsolidaire.fr",
            "offres@rhsolidaire.fr",
            "ADAPEI du Var",
        ),
        (
            "Nous sommes mandatés par l'association Habitat et Partage pour le recrutement "
            "de son ou sa responsable de pôle.\nCV à jobs@mandat-conseil.fr",
            "jobs@mandat-conseil.fr",
            "Habitat et Partage",
        ),
        (
            "SILVA CONSEIL\nOffre réf. 2026-07\n\nRESPONSABLE FINANCIER (H/F)\n\n"
            "Nous accompagnons la Mutuelle des Bâtisseurs dans le recrutement de son/sa "
            "responsable financier·e.\nPostulez : candidat@silva-conseil.fr",
            "candidat@silva-conseil.fr",
            "Mutuelle des Bâtisseurs",
        ),
        (
            "L'un de nos clients, Coopérative Terres Vives, acteur de l'ESS en Bretagne, "
            "recherche un·e responsable logistique.\nCV : rh@pluriel-rh.fr",
            "rh@pluriel-rh.fr",
            "Coopérative Terres Vives",
        ),
        (
            "Notre cliente : Fédération des Centres Sociaux du Rhône\nPoste : Délégué·e "
            "fédéral·e\nCandidatures à recrutement@cabinet-trame.fr",
            "recrutement@cabinet-trame.fr",
            "Fédération des Centres Sociaux du Rhône",
        ),
        (
            "La Ligue de l'enseignement du Cher nous a confié le recrutement de son ou sa "
            "délégué·e vie associative.\nCandidatures : contact@talents-ess.fr",
            "contact@talents-ess.fr",
            "La Ligue de l'enseignement du Cher",
        ),
    ],
)
def test_a_recruitment_agency_s_client_is_the_employer(text, email, expected):
    assert employer_of(text, email) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nous accompagnons les Jardins de Cocagne depuis 2010 dans leur développement.\n"
            "Cabinet Vert Conseil recrute un·e consultant·e (H/F).",
            "Cabinet Vert Conseil",
        ),
        (
            "Notre client est une association du secteur médico-social basée à Caen.\n"
            "Le cabinet Vert Conseil recrute un·e consultant·e (H/F).",
            "Vert Conseil",
        ),
        (
            "Notre client, une fondation reconnue d'utilité publique, recherche un·e "
            "directeur·rice.\nAlto RH recrute pour lui.",
            "Alto RH",
        ),
    ],
)
def test_no_client_is_read_without_a_named_client_and_a_recruitment(text, expected):
    assert employer_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nos clients : Airbus, Thales et la SNCF.\nL'entreprise adaptée Atelier Sud "
            "recrute un·e opérateur·rice de production (H/F).",
            "Atelier Sud",
        ),
        (
            "L'association Les Tilleuls gère, pour le compte de la Ville de Lyon, trois "
            "centres sociaux.\nElle recrute un·e animateur·rice (H/F).",
            "Les Tilleuls",
        ),
        (
            "Le service exerce des mesures mandatées par le Juge des Enfants.\n"
            "L'association Sauvegarde 71 recrute un·e éducateur·rice (H/F).",
            "Sauvegarde 71",
        ),
        (
            "La Ville de Dijon nous confie la gestion de deux crèches.\n"
            "L'association Les Petits Pas recrute un·e auxiliaire de puériculture.",
            "Les Petits Pas",
        ),
        (
            "Nous accompagnons les Structures d'Insertion dans le recrutement de leurs "
            "salariés.\nLa Fédération Inser'Est recrute un·e chargé·e de mission (H/F).",
            "Fédération Inser'Est",
        ),
        (
            "Notre client principal, la Métropole, nous fait confiance depuis 10 ans.\n"
            "La Régie Nord Services recrute un·e encadrant·e technique (H/F).",
            "La Régie Nord Services",
        ),
    ],
)
def test_customers_partners_and_mandates_are_no_agency_client(text, expected):
    assert employer_of(text) == expected


# --- Acronyms: the full name the text spells out beats a name made from the domain --------


@pytest.mark.parametrize(
    ("text", "email", "expected"),
    [
        (
            "Publiée le 27/10/2025\nRéseau Étudiant pour l'Alimentation Durable (REAL)\n"
            "Le REAL fédère 35 associations.\nCandidatures : stage@reseau-real.org",
            "stage@reseau-real.org",
            "Réseau Étudiant pour l'Alimentation Durable",
        ),
        (
            "ASSOCIATION RELAIS ÉDUCATIF DE L'AIN (AREA)\nFICHE DE POSTE\n"
            "Candidature à direction@area-ain.org",
            "direction@area-ain.org",
            "ASSOCIATION RELAIS ÉDUCATIF DE L'AIN",
        ),
        (
            "Le CLAJ (Comité Local pour le Logement Autonome des Jeunes) accompagne 600 "
            "jeunes par an.\nCV à candidature@claj-lyon.fr",
            "candidature@claj-lyon.fr",
            "Comité Local pour le Logement Autonome des Jeunes",
        ),
        (
            "Association Départementale des Amis et Parents d'Enfants Inadaptés (ADAPEI)\n"
            "CV et lettre à rh@adapei79.org",
            "rh@adapei79.org",
            "Association Départementale des Amis et Parents d'Enfants Inadaptés",
        ),
        (
            "Depuis 1995, le GRAINE – Groupement Régional d'Animation et d'Initiation à la "
            "Nature œuvre pour l'éducation à l'environnement.\nCV à emploi@graine.org",
            "emploi@graine.org",
            "Groupement Régional d'Animation et d'Initiation à la Nature",
        ),
    ],
)
def test_an_acronym_of_the_domain_gives_the_full_name_written_in_the_text(text, email, expected):
    assert employer_of(text, email) == expected


@pytest.mark.parametrize(
    ("name", "acronym", "expected"),
    [
        ("Réseau Étudiant pour l'Alimentation Durable", "real", True),
        ("Association Relais Éducatif de l'Ain", "area", True),
        ("Comité Local pour le Logement Autonome des Jeunes", "claj", True),
        ("Union Régionale des Structures d'Insertion", "urssi", False),
        ("Groupement Régional d'Animation et d'Initiation à la Nature", "graine", True),
        ("Contrat à durée indéterminée", "ccn", False),
        ("Paris", "p", False),
        ("Réseau des Acteurs", "xyz", False),
    ],
)
def test_an_acronym_spells_a_name_only_with_its_letters_in_order(name, acronym, expected):
    assert spells(name, acronym) is expected


def test_a_bracket_after_a_word_in_capitals_is_no_expansion():
    doc = Doc.of("Poste en CDI (temps plein) à Lyon.")
    assert expansion_of(doc, "cdi") is None


# --- A job board's « Publiée le … par X » ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Accueil › Offres › Stage\n\n[STAGE] Chargé·e de mobilisation – Lyon\n\n"
            "Publiée le 27/10/2025 par Collectif Anti-Gaspi Étudiant\n\nMissions : animer.",
            "Collectif Anti-Gaspi Étudiant",
        ),
        (
            "Animateur·rice jeunesse (H/F)\nOffre publiée par Les Amis du Zinc le 3 mars 2025\n"
            "Lieu : Nantes",
            "Les Amis du Zinc",
        ),
        (
            "Chargé·e de communication (H/F)\nPublié par La Ressourcerie du Pays, il y a 3 jours\n"
            "CDD – Rodez",
            "La Ressourcerie du Pays",
        ),
        (
            "Programme Officer (F/H)\nPosted by Open Sea Aid on March 3\nLocation: Annecy",
            "Open Sea Aid",
        ),
        (
            "Éducateur·rice (H/F)\nAnnonce déposée le 12 mars par l'Association Solidarités "
            "Nouvelles\nCDI – Dijon",
            "Association Solidarités Nouvelles",
        ),
    ],
)
def test_a_job_board_s_publisher_line_names_the_employer(text, expected):
    assert employer_of(text) == expected


# --- Titles: social networks' posters, menus, lists of posts, contract words -------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Camille Durand • 2e\nChargée de communication @ Collectif Vélo Nantes | Mobilités\n"
            "1 sem • 🌐\n\n🚲 On recrute ! Le Collectif Vélo Nantes cherche un·e "
            "animateur·rice atelier vélo en CDD de 8 mois.",
            "animateur·rice atelier vélo",
        ),
        (
            "Thomas Leroy • 3e et +\nDirecteur chez Les Jardins Partagés\n2 j •\n\n"
            "Nous recrutons un·e encadrant·e technique maraîchage (CDI, 35h) !",
            "encadrant·e technique maraîchage",
        ),
        (
            "Sarah Kone • 1st\nHead of Programs @ Bridges | Youth & Inclusion\n\n"
            "Bridges recrute un·e chargé·e de projets jeunesse à Lille.",
            "chargé·e de projets jeunesse",
        ),
        (
            "Responsable RH @ Groupe Entraide Solidaire\n\n"
            "Je recrute un·e assistant·e RH en alternance, à Lyon !",
            "assistant·e RH",
        ),
        (
            "Julie Morel • 2e\nCoordinatrice @ Festival des Lanternes\n\n"
            "📣 Le festival cherche un·e régisseur·se lumière en prestation pour juin.",
            "régisseur·se lumière",
        ),
        (
            "Marie Dupont\nResponsable RH chez Emmaüs Solidaire\n3 j • Modifié • 🌐\n\n"
            "Nous recrutons un·e chargé·e d'insertion professionnelle (CDI) à Grenoble.",
            "chargé·e d'insertion professionnelle",
        ),
        (
            "Karim B.\nDirecteur de l'association Les Jardins du Lien\n1 sem •\n\n"
            "On cherche un·e jardinier·e encadrant·e pour la saison !",
            "jardinier·e encadrant·e",
        ),
    ],
)
def test_a_social_network_poster_s_headline_is_no_title(text, expected):
    assert title_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "EmploiSolidaire – le site\nOffres d'emploi | Stages | Services civiques | "
            "Espace recruteur\n\nAccueil > Offres > Accueil\n\nChargé·e d'accueil (H/F)\n"
            "📍 Valence",
            "Chargé·e d'accueil",
        ),
        (
            "Accueil | Qui sommes-nous | Nos actions | Nous rejoindre | Contact\n\n"
            "Animateur·rice périscolaire\nCDD – Rennes",
            "Animateur·rice périscolaire",
        ),
        (
            "AlterPro\nOffres d'alternance | Écoles | Conseils | Espace recruteur\n\n"
            "Assistant·e de gestion en alternance (H/F)\nGEIQ Sud\nValence",
            "Assistant·e de gestion",
        ),
        ("Chargé·e de projet | CDI | Lyon | Temps plein\n\nMissions : …", "Chargé·e de projet"),
        (
            "Éducateur spécialisé | CDI | Nantes (44) | 35 h\n\nMissions : …",
            "Éducateur spécialisé",
        ),
    ],
)
def test_a_site_menu_is_no_title(text, expected):
    assert title_of(text) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Offres d'alternance | Écoles | Conseils | Espace recruteur", True),
        ("Accueil | L'association | Nos établissements | Agir avec nous | Contact", True),
        ("Emploi | Formation | Actualités | Blog", True),
        ("Chargé·e de projet | CDI | Lyon | Temps plein", False),
        ("Animateur | CDD 6 mois | Rennes | 35h", False),
        ("Mentions légales | Cookies", False),
    ],
)
def test_a_menu_has_four_items_of_which_two_are_plain_words(line, expected):
    assert is_menu(line) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "L'association Les Lucioles recrute pour son foyer d'hébergement :\n\n"
            "- un·e moniteur·rice éducateur·rice (CDI)\n- un·e surveillant·e de nuit (CDD)",
            "moniteur·rice éducateur·rice",
        ),
        (
            "Nous recrutons :\n1. Un·e coordinateur·rice de projets (CDI)\n"
            "2. Un·e assistant·e administratif·ve (CDD)",
            "coordinateur·rice de projets",
        ),
        (
            "L'association Horizon recrute pour son CHRS « Le Phare » (Mâcon) :\n\n"
            "1) UN·E TRAVAILLEUR·SE SOCIAL·E (ES ou CESF) – CDI temps plein\n"
            "2) UN·E MAÎTRE·SSE DE MAISON – CDD de 6 mois",
            "TRAVAILLEUR·SE SOCIAL·E (ES ou CESF)",
        ),
        (
            "Le centre social recherche activement :\na) Animateur·rice enfance (H/F)\n"
            "b) Référent·e familles (H/F)",
            "Animateur·rice enfance",
        ),
        (
            "La régie de quartier recrute pour ses chantiers :\n• Encadrant·e technique "
            "bâtiment (H/F)\n• Agent·e d'entretien (H/F)",
            "Encadrant·e technique bâtiment",
        ),
    ],
)
def test_a_hiring_sentence_listing_several_posts_gives_the_first(text, expected):
    assert title_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Offre n° 123\n\nProfil recherché :\n- Éducateur spécialisé diplômé d'État\n"
        "- Expérience en MECS",
        "Référence 2026-04\n\nProfil recherché:\n- Animateur BAFA confirmé\n- Permis B",
        "Nous recherchons :\n- une personne motivée et autonome\n- le goût du travail en équipe",
    ],
)
def test_a_list_of_requirements_gives_no_title(text):
    assert title_of(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "L'association cherche un·e régisseur·se lumière en prestation pour son festival.",
            "régisseur·se lumière",
        ),
        (
            "Nous recherchons un·e formateur·rice FLE en vacations (20 h par mois).",
            "formateur·rice FLE",
        ),
        (
            "La compagnie recherche un·e administrateur·rice de production en portage salarial.",
            "administrateur·rice de production",
        ),
        ("Nous recrutons un·e animateur·rice en renfort pour l'été.", "animateur·rice"),
        ("Le collectif recrute un·e graphiste en auto-entrepreneur.", "graphiste"),
        (
            "La coopérative recherche un·e comptable en indépendant, 2 jours par mois.",
            "comptable",
        ),
    ],
)
def test_a_freelance_or_relief_status_after_the_title_is_cut(text, expected):
    assert title_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Les Rues Vives\n1 234 abonnés\n3 j • 🌐\n\n📣 On recrute ! Nous cherchons un·e "
            "chargé·e de production pour notre festival.",
            "Les Rues Vives",
        ),
        (
            "Collectif Paysan du Gers\n12K followers\n1 sem\n\nNous recrutons un·e "
            "animateur·rice réseau (CDD 12 mois).",
            "Collectif Paysan du Gers",
        ),
        (
            "Ressourcerie La Trouvaille\n856 abonné(e)s\n2 j •\n\nLa boutique cherche un·e "
            "vendeur·se en CDDI.",
            "Ressourcerie La Trouvaille",
        ),
    ],
)
def test_a_social_network_page_above_its_audience_is_the_employer(text, expected):
    assert employer_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Les Compagnons Bâtisseurs Bretagne — Offres d'emploi\n\n"
            "Animateur·rice technique habitat (H/F)\nCDD 12 mois - Rennes",
            "Les Compagnons Bâtisseurs Bretagne",
        ),
        (
            "Secours Solidaire 29 | Nos offres\n\nAssistant·e social·e (H/F)\nCDI - Brest",
            "Secours Solidaire 29",
        ),
        (
            "Fédération Léo Ferré - Espace candidats\n\nComptable (H/F)\nCDI - Limoges",
            "Fédération Léo Ferré",
        ),
        (
            "Deux postes à pourvoir :\n- Animateur·rice enfance (CDI)\n"
            "- Animateur·rice jeunesse (CDD)\nCentre social Les Acacias, Nîmes",
            "Centre social Les Acacias",
        ),
    ],
)
def test_a_banner_s_careers_tail_or_a_place_after_a_comma_is_cut(text, expected):
    assert employer_of(text) == expected


@pytest.mark.parametrize(
    ("text", "title", "employer"),
    [
        (
            "Le cabinet Trame RH recherche pour l'un de ses clients, l'association Les Ailes, "
            "un·e directeur·rice de pôle (H/F).",
            "directeur·rice de pôle",
            "Les Ailes",
        ),
        (
            "Alpha Conseil recrute pour l'association Habitat Jeunes du Mans un·e responsable "
            "de résidence (H/F).\nCandidatures : cv@alpha-conseil.fr",
            "responsable de résidence",
            "Habitat Jeunes du Mans",
        ),
        (
            "Nous recherchons pour le compte de la Fondation Arc-en-Ciel, reconnue d'utilité "
            "publique, un·e directeur·rice administratif·ve et financier·e.",
            "directeur·rice administratif·ve et financier·e",
            "Fondation Arc-en-Ciel",
        ),
        (
            "Pour notre client, la Mutuelle Entraide Santé, nous recrutons un·e gestionnaire "
            "paie (H/F).",
            "gestionnaire paie",
            "Mutuelle Entraide Santé",
        ),
    ],
)
def test_an_agency_s_sentence_gives_both_the_title_and_the_client(text, title, employer):
    assert fields_of(text) == (title, employer)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Deux postes à pourvoir :\n- Animateur·rice enfance (CDI)\n- Animateur·rice "
            "jeunesse (CDD)",
            "Animateur·rice enfance",
        ),
        (
            "3 postes ouverts :\n1. Éducateur·rice spécialisé·e (H/F)\n2. Veilleur·se de nuit",
            "Éducateur·rice spécialisé·e",
        ),
        (
            "Postes à pourvoir :\n• Chauffeur·se-livreur·se (CDDI 26h)\n• Valoriste (CDDI 26h)",
            "Chauffeur·se-livreur·se",
        ),
    ],
)
def test_a_list_of_open_posts_gives_the_first(text, expected):
    assert title_of(text) == expected


@pytest.mark.parametrize(
    ("text", "email", "expected"),
    [
        (
            "L'AREA gère 12 services éducatifs dans l'Ain.\nCV à direction@area-ain.org",
            "direction@area-ain.org",
            "AREA",
        ),
        (
            "Rejoignez Terre de Liens !\nCV à rh@terredeliens-idf.org",
            "rh@terredeliens-idf.org",
            "Terre de Liens",
        ),
        (
            "Le poste est basé à Paris.\nCV à rh@solidarites-paris.org",
            "rh@solidarites-paris.org",
            "Solidarites paris",
        ),
    ],
)
def test_a_part_of_the_domain_written_as_an_acronym_or_in_full_gives_the_name(
    text, email, expected
):
    assert employer_of(text, email) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Animateur·rice périscolaire (H/F)\n35 h - CDI - Lyon", "Animateur·rice périscolaire"),
        ("Chargé·e de mission habitat\n12 mois\nCDD - Nantes", "Chargé·e de mission habitat"),
        ("Médiateur·rice numérique\n6 mois - CDD\nQuimper", "Médiateur·rice numérique"),
    ],
)
def test_a_duration_or_hours_line_under_the_title_is_no_post_date(text, expected):
    assert title_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "LA LETTRE DU RÉSEAU\n\nNOUVEAU GUIDE\nTéléchargez notre guide juridique.\n\n"
            "OFFRE D'EMPLOI\nL'ATELIER RECRUTE\nCOORDINATEUR / COORDINATRICE DU LIEU\n\nCDI.",
            "Coordinateur / coordinatrice du lieu",
        ),
        (
            "Nouvelle formation\nInscrivez-vous à notre session de janvier.\n\n"
            "Animateur·rice jeunesse (H/F)\nCDD de 6 mois.",
            "Animateur·rice jeunesse",
        ),
        ("NOUVEAU GUIDE\n\nGuide nature (H/F)\nCDD de 4 mois.", "Guide nature"),
    ],
)
def test_a_news_heading_new_and_a_noun_is_no_title(text, expected):
    assert title_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "APPEL À CONSULTATION\nÉvaluation d'impact social du programme « Jardins Partagés » "
            "(2022-2025)\n\nÉmetteur : Fondation des Territoires\nDate limite de remise des offres"
            " : 15 décembre 2026",
            "Évaluation d'impact social du programme « Jardins Partagés »",
        ),
        (
            "Appel d'offres\nAccompagnement stratégique du réseau régional\n\nContexte\nLe "
            "réseau souhaite être accompagné.",
            "Accompagnement stratégique du réseau régional",
        ),
    ],
)
def test_the_subject_under_a_call_for_consultants_is_the_mission_s_title(text, expected):
    assert title_of(text) == expected


def test_a_sentence_under_a_call_for_consultants_is_no_title():
    text = "APPEL À CONSULTATION\nLa fondation souhaite évaluer son programme : voir ci-dessous.\n"
    assert title_of(text) is None


# --- breadcrumbs with slashes, the employer's spelt-out acronym, an application's subject ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "jobs_that_make_sense\n\nOffres  /  Stage  /  Communication\n\n"
            "Stage - Chargé·e de communication et mobilisation citoyenne\nLes Glaneurs\n\n"
            "Montreuil, France\nStage · 6 mois",
            "Chargé·e de communication et mobilisation citoyenne",
        ),
        (
            "Emplois / CDI / Social\n\nÉducateur spécialisé (H/F)\nFoyer Les Tilleuls\nLyon",
            "Éducateur spécialisé",
        ),
    ],
)
def test_a_breadcrumb_with_slashes_is_never_the_title(text, expected):
    assert title_of(text) == expected


@pytest.mark.parametrize(
    "line",
    ["offres / stage / communication", "missions / benevolat / paris", "emplois / cdd / lyon"],
)
def test_slashed_breadcrumbs_are_chrome(line):
    assert is_chrome(line)


@pytest.mark.parametrize(
    "line",
    ["animateur / animatrice", "educateur / educatrice specialise(e)", "offre de stage"],
)
def test_a_slashed_title_is_no_breadcrumb(line):
    assert not is_chrome(line) or line == "offre de stage"


def test_the_employer_s_acronym_spelt_out_is_not_the_title():
    text = (
        "OFFRE DE CONTRAT EN ALTERNANCE\n\n\nADVS – Aide à Domicile du Val de Sambre\n"
        "Service d'aide et d'accompagnement à domicile – Association loi 1901 – 180 salariés\n\n"
        "L'ADVS accompagne chaque jour plus de 900 personnes âgées.\n\n"
        "Dans le cadre de la rentrée décalée, l'association recrute :\n\n\n"
        "UN(E) APPRENTI(E) ASSISTANT(E) COMPTABLE\nPréparation du BTS\n\n"
        "Candidatures à rh@advs-sambre.fr"
    )
    assert fields_of(text, "rh@advs-sambre.fr") == ("Apprenti(e) assistant(e) comptable", "ADVS")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a job's acronym spelt out stays the title
        (
            "OFFRE D'EMPLOI\nCESF – Conseiller·e en économie sociale et familiale\n"
            "Association Les Tilleuls\nCDI",
            "CESF – Conseiller·e en économie sociale et familiale",
        ),
        (
            "AES - Accompagnant Éducatif et Social (H/F)\nFoyer de vie Le Rucher\nCDI",
            "AES - Accompagnant Éducatif et Social",
        ),
    ],
)
def test_a_job_s_acronym_spelt_out_stays_the_title(text, expected):
    assert title_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nous cherchons notre futur·e CHAUFFEUR·SE – COLLECTEUR·RICE (permis C) pour "
            "rejoindre l'équipe.",
            "Chauffeur·se – collecteur·rice",
        ),
        (
            "L'association recrute un·e animateur – coordinateur pour son centre.",
            "animateur – coordinateur",
        ),
        ("L'association recrute un·e animateur·rice - Lyon (CDD).", "animateur·rice"),
        ("Nous recherchons un·e agent·e d'accueil - CDD de 6 mois.", "agent·e d'accueil"),
    ],
)
def test_a_dash_joins_two_roles_but_cuts_a_place_or_a_contract(text, expected):
    assert title_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Accueil > Trouver une mission > Afrique > Togo\n\n"
            "Appui à la gestion d'un centre de formation agricole\n\nLocalisation : Togo\n"
            "Dispositif : Volontariat de Service Civique à l'international (VSC)\n\n"
            "Postuler\nMerci d'adresser CV et lettre de motivation à : volontariat@amis.org\n"
            "Objet : VSC Lomé 2027",
            "Appui à la gestion d'un centre de formation agricole",
        ),
        (
            "Chargé·e de mission ESS\nCDI - Lyon\n\nEnvoyez votre candidature à rh@asso.org\n"
            "Objet : Candidature CM 2027",
            "Chargé·e de mission ESS",
        ),
    ],
)
def test_the_subject_an_applicant_must_write_is_not_the_title(text, expected):
    assert title_of(text) == expected


def test_an_object_label_of_the_posting_itself_still_gives_the_title():
    text = "Association Les Tilleuls\n\nObjet : Recrutement d'un·e éducateur·rice spécialisé·e\n"
    assert title_of(text) == "éducateur·rice spécialisé·e"
