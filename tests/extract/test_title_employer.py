"""The hiring organisation: labels, hiring sentences, job boards' layouts, presentations."""

import pytest

from postings.extract.text import Doc, Found
from postings.extract.title import extract_title
from postings.extract.title_domain import domain_label
from postings.extract.title_names import is_name


def employer_of(text: str, email: str | None = None) -> str | None:
    found = {}
    if email:
        at = text.find(email)
        found["apply_email"] = Found(email, max(at, 0), max(at, 0) + len(email))
    result = extract_title(Doc.of(text), found).get("employer")
    return result.value if result else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Employeur : Association Les Petits Débrouillards\nContrat : CDI",
            "Association Les Petits Débrouillards",
        ),
        ("Structure : Emmaüs Connect\nLieu : Paris", "Emmaüs Connect"),
        (
            "Structure employeuse : Naturalistes de Mayotte (NM)\nContrat : CDD",
            "Naturalistes de Mayotte",
        ),
        (
            "Structure d'accueil : Maison de quartier des Bruyères\n",
            "Maison de quartier des Bruyères",
        ),
        (
            "Structure commanditaire : Les Tables Voisines, association loi 1901 (Tours)\n",
            "Les Tables Voisines",
        ),
        ("Entreprise : Coopérative Oxalis\n", "Coopérative Oxalis"),
        ("Nom de l'organisme : Secours Populaire de l'Hérault\n", "Secours Populaire de l'Hérault"),
        ("Recruteur : Groupe d'Étude des Oiseaux (GEO)\n", "Groupe d'Étude des Oiseaux"),
        ("Annonceur ASTEE\nContrat CDD 3 mois\nSecteur Eau", "ASTEE"),
        ("  • Employeur GEPOG\n  • Thématiques Biodiversité", "GEPOG"),
        (
            "Proposée par : Lire et Grandir à Montchat\nLyon 3e (69003)",
            "Lire et Grandir à Montchat",
        ),
        ("Quel organisme ?\nLIENS NUMÉRIQUES GUYANE\n\nContact", "LIENS NUMÉRIQUES GUYANE"),
        ("Entreprise\nASSOCIATION REGAIN\n50 à 99 salariés", "ASSOCIATION REGAIN"),
        (
            "Association d'envoi : Échanges Solidaires Nord-Sud (ESNS)\nPays : Madagascar",
            "Échanges Solidaires Nord-Sud",
        ),
    ],
)
def test_labelled_employer_is_read(text, expected):
    assert employer_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Structure : association loi 1901\nContrat : CDI",
        "Employeur : Confidentiel\n",
        "Entreprise : Notre structure\n",
        "Structure :\n\nQui sommes-nous ?",
    ],
)
def test_label_without_a_name_gives_no_employer(text):
    assert employer_of(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "L'association Terre 2 Cultures recrute un·e chargé·e de développement agricole.",
            "Terre 2 Cultures",
        ),
        (
            "La Fédération des Conservatoires d'espaces naturels recrute un·e chargé·e de mission.",
            "Fédération des Conservatoires d'espaces naturels",
        ),
        (
            "Terre de Liens Rhône-Alpes (TDLRA), association foncière solidaire, recherche "
            "un(e) animateur/trice.",
            "Terre de Liens Rhône-Alpes",
        ),
        (
            "La Ferme de Moyembrie, hébergement et chantier d'insertion, recherche\n- Un"
            ".e co-responsable",
            "La Ferme de Moyembrie",
        ),
        (
            "Dans le cadre d'un partenariat avec la Communauté de Communes, e-graine Gran"
            "d Est recrute un·e chargé·e de projet.",
            "e-graine Grand Est",
        ),
        (
            "Dans ce contexte et sous la responsabilité du directeur, le GEPOMAY recrute "
            "un coordinateur.",
            "GEPOMAY",
        ),
        (
            "Les Amis de la Terre France recherchent un·e chargé·e de mission.",
            "Les Amis de la Terre France",
        ),
        ("Le Cnajep recherche un chargé de projet « Dialogue structuré », H/F, Paris", "Cnajep"),
        ("Le Partenariat recrute un/une responsable de service à Lille.", "Le Partenariat"),
        ("ERE43 propose un stage pour Master 2 ESS", "ERE43"),
        ("Oiseau Lyre recrute en Contrat de 4 mois - Temps complet", "Oiseau Lyre"),
        (
            "Le centre social Les Tilleuls Vivants recrute un·e Animateur(trice) jeunesse",
            "Centre social Les Tilleuls Vivants",
        ),
        (
            "Les Passerelles du Nord recrute\nDirecteur·rice du Pôle Enfance (H/F) – CDI",
            "Les Passerelles du Nord",
        ),
        (
            "L'Accélérateur Parisien d'Innovation Locale pour l'Emploi (LA PILE), association"
            " créée pour accompagner l'expérimentation, recrute un.e chef.fe de projet.",
            "L'Accélérateur Parisien d'Innovation Locale pour l'Emploi",
        ),
    ],
)
def test_subject_of_the_hiring_verb_is_the_employer(text, expected):
    assert employer_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nous recrutons un·e chargé·e de mission pour un CDD de 6 mois.",
        "L'association recrute un·e animateur·rice.",
        "Notre structure recherche un·e comptable.",
        "Profil recherché :\nDiplôme d'État d'infirmier exigé.",
        "Dans le cadre de son développement, elle recrute un·e directeur·rice.",
    ],
)
def test_hiring_verb_without_a_named_subject_gives_no_employer(text):
    assert employer_of(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Indeed / HelloWork: the company line right under the title
        (
            "Médiateur social H/F\nAssociation Trait d'Union\nMontreuil (93)\nCDI",
            "Association Trait d'Union",
        ),
        (
            "Infirmier Coordinateur H/F\nAssociation Soleïado Santé Solidaire\nMarseille "
            "13e - 13\nCDD",
            "Association Soleïado Santé Solidaire",
        ),
        # makesense: the name after the header's block of metadata
        (
            "Chargé(e) de projet alimentation - Sablé-sur-Sarthe\n\n💡 Structure de l'ESS\n"
            "CDI\nTemps partiel\nLocalisation Sablé-sur-Sarthe, France\nAssociations\nTélétravail "
            "partiel possible\n2000€ brut (Mensuel)\nPubliée le 21/08/2024\n\nCultivons "
            "le mieux manger\n\nPromouvoir une alimentation saine et durable.",
            "Cultivons le mieux manger",
        ),
        (
            "Chargé·e de projet PAT - Auch\n\n💡 Structure de l'ESS\nCDD\nTemps plein\n"
            "Localisation Auch, France\nAlimentation & Agriculture\nTélétravail partiel possible"
            "\n2300€ brut (Mensuel)\nPubliée le 17/11/2026\n\nTerres du Gers\n\nRelier "
            "producteurs et cantines.",
            "Terres du Gers",
        ),
        (
            "Animateur·rice - Dijon\n\n💡 Structure de l'ESS\nCDI\nTemps partiel\n"
            "Localisation Dijon, France\nCulture / Loisirs\nTélétravail partiel possible\n"
            "Publiée le 02/11/2026\n\nLa Fabrique à Jeux\n\nDes jeux pour tous.",
            "La Fabrique à Jeux",
        ),
        (
            "Médiateur·rice - Metz\n\n💡 Structure de l'ESS\nCDI\nTemps partiel\n"
            "Localisation Metz, France\nSanté, Social, Solidarité\nTélétravail partiel possible\n"
            "Publiée le 02/11/2026\n\nPasserelles\n\nAccompagner les familles.",
            "Passerelles",
        ),
        # A name written with « & » right under the title, or after the block, stays a name.
        (
            "Chargé·e d'accueil H/F\nTerres & Partages\nLyon (69)\nCDI\n\nMissions\n- Accueillir.",
            "Terres & Partages",
        ),
        (
            "Animateur·rice - Dijon\n\n💡 Structure de l'ESS\nCDI\nTemps partiel\n"
            "Localisation Dijon, France\nPubliée le 02/11/2026\n\nJeux & Sociétés\n\nDes jeux.",
            "Jeux & Sociétés",
        ),
        (
            "Animateur·ice ECSI - Castelnau-le-Lez\n\nAssociation LAFI BALA\n\n💡 Service "
            "public\nCDD",
            "Association LAFI BALA",
        ),
        (
            "Chargé·e de développement au Sénégal\n\nLocalisation Afrique - Sénégal - Dakar\n"
            "\nFrance Volontaires\n\nDurée de la mission : 12 mois",
            "France Volontaires",
        ),
        # LinkedIn
        (
            "Chargée de partenariats\nAssociation Y · Lyon, Auvergne-Rhône-Alpes, France "
            "· il y a 2 semaines",
            "Association Y",
        ),
        (
            "**Coordinateur.rice de tiers-lieu (F/H/X)**\n\nLa Fabrique Commune · Toulouse "
            "(31)\nCDD 12 mois",
            "La Fabrique Commune",
        ),
        # Welcome to the Jungle: the name above the title
        (
            "Welcome to the Jungle\nTrouver un job   Trouver une entreprise\nSe connecter\n"
            "\nLe Bocal Circulaire\nProduct Owner – plateforme de réemploi\nCDI\nNantes",
            "Le Bocal Circulaire",
        ),
        # a PDF's letterhead
        (
            "OFFRE D'EMPLOI\nRéseau Auvergnat du Réemploi Solidaire – RARS\n\nCHARGÉ·E DE "
            "MISSION (F/H)\n\nCDD de 18 mois",
            "Réseau Auvergnat du Réemploi Solidaire",
        ),
        (
            "Passerelle Intérim Loire – Entreprise de travail temporaire d'insertion (ETTI)\n"
            "\nOffre : Préparateur de commandes H/F\nRéf. : PIL-0726-12",
            "Passerelle Intérim Loire",
        ),
        (
            "RESSOURCERIE DU VELAY – atelier chantier d'insertion\n\nNous recrutons 3 valoristes "
            "(H/F) en CDDI",
            "RESSOURCERIE DU VELAY",
        ),
        (
            "Service civique – Ambassadeur·rice du tri (F/H)\nAssociation Mare è Monti Pulitu "
            "– Bastia (Haute-Corse)\nMission de 8 mois",
            "Association Mare è Monti Pulitu",
        ),
        (
            "MISSION BÉNÉVOLE\n\nTrésorier·ère adjoint·e\nAssociation Kaz a Lanmou – aide "
            "alimentaire et épicerie solidaire\nLes Abymes, Guadeloupe (971)",
            "Association Kaz a Lanmou",
        ),
        # « Site X » and makesense's impact line
        (
            "Chargé·e de projet développement territorial\nSite Terre O Vent\nDate limite "
            "de candidature : 2 février 2026",
            "Terre O Vent",
        ),
        (
            "Stage\n\nLa coopérative n'a pas d'équipe.\nSuper Cafoutch did not yet commun"
            "icate its impact measurement.",
            "Super Cafoutch",
        ),
    ],
)
def test_job_board_layout_gives_the_employer(text, expected):
    assert employer_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Volontaire – animateur·rice (VSI)\nPérou – Cusco\nPublié le 1er septembre 2026",
        "Chargé de mission Participation\nÉchirolles\nPosté le : 21/01/2026\nType d'expérien"
        "ce : Expérience exigée",
        "Portail de l'emploi\n\nDes métiers qui ont du sens\n\nChargé de mission\nÉchirolles\nCDD",
        "Éducateur·rice spécialisé·e (H/F) en CDI\nPoste à pourvoir dès que possible\nCCNT "
        "du 15 mars 1966",
    ],
)
def test_place_date_or_slogan_lines_are_no_employer(text):
    assert employer_of(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Contexte\nFrance terre d'asile est une association de promotion des droits humains.",
            "France terre d'asile",
        ),
        (
            "Contexte\nCréée il y a plus de 50 ans, France terre d'asile est une association.",
            "France terre d'asile",
        ),
        (
            "Contexte\nLe GEPOMAY, association agréée de protection de l'environnement, "
            "a pour missions l'étude.",
            "GEPOMAY",
        ),
        (
            "Contexte\nL'association C.L.A.J. De Franche-comté est située à Rochejean.",
            "C.L.A.J. De Franche-comté",
        ),
        (
            "Contexte\nL'association « Pour une Sécurité Sociale de l'Alimentation - Alsace "
            "», s'inspirant de travaux.",
            "Pour une Sécurité Sociale de l'Alimentation - Alsace",
        ),
        (
            "Contexte\nL'association « les Blongios, la nature en chantiers » organise des "
            "chantiers.",
            "les Blongios, la nature en chantiers",
        ),
        (
            "Contexte\nle PTCE (Pôle Territorial de Coopération Économique) « **Le PÔPE** "
            "» (Pôle Petite Enfance) a pour objet",
            "Le PÔPE",
        ),
        (
            "Contexte\nDepuis 2014, e-graine Grand Est agit sur le département de l'Aube.",
            "e-graine Grand Est",
        ),
        (
            "Contexte\nDepuis ses origines, La Cimade est une association de solidarité.",
            "La Cimade",
        ),
        (
            "Contexte\nDepuis sa création en 1969, le Grdr accompagne les initiatives des "
            "migrants.",
            "Grdr",
        ),
        (
            "Contexte\nLa crèche parentale Les Petits Cailloux accueille 20 enfants à Sain"
            "t-Affrique.",
            "Les Petits Cailloux",
        ),
        (
            "1. Présentation générale de Coordination SUD\nAssociation loi 1901 fondée en 1994.",
            "Coordination SUD",
        ),
        (
            "À propos de Solidarités Nouvelles pour le Logement\nNous logeons des familles.",
            "Solidarités Nouvelles pour le Logement",
        ),
        (
            "Contexte\nLa Boussole 18 est un espace d'accès aux droits installé à Paris.",
            "La Boussole 18",
        ),
    ],
)
def test_how_the_posting_presents_the_organisation_gives_the_employer(text, expected):
    assert employer_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Activités au sein de l'Association diaconale protestante Marhaban © ADPM\n\nContexte",
            "Association diaconale protestante Marhaban",
        ),
        (
            "Vous aimez trier ? Rejoignez l'équipe de la Ressourcerie du Velay !",
            "Ressourcerie du Velay",
        ),
        (
            "Chez Le Bocal Circulaire, on fait revenir les contenants en verre.",
            "Le Bocal Circulaire",
        ),
    ],
)
def test_weaker_mentions_give_the_employer_when_nothing_else_does(text, expected):
    assert employer_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Au sein de la Direction des programmes, vous piloterez le budget.",
        "Rejoignez une équipe engagée !",
        "Au sein de l'équipe, vous animerez les ateliers.",
        "Depuis dix ans, notre réseau aide des paysan·nes à transmettre leur ferme.",
    ],
)
def test_teams_and_pronouns_are_no_employer(text):
    assert employer_of(text) is None


@pytest.mark.parametrize(
    ("text", "email", "expected"),
    [
        (
            "Pour candidater, envoyer CV et lettre à recrutement@halage.fr\nHalage cherche "
            "à répondre.",
            "recrutement@halage.fr",
            "Halage",
        ),
        (
            "La partie Hébergement de l'association l'Ilot coordonne.\nCV à rh@ilot.asso.fr",
            "rh@ilot.asso.fr",
            "L'Ilot",
        ),
        (
            "Envoyez votre CV à jobs@maison-des-possibles.org",
            "jobs@maison-des-possibles.org",
            "Maison des possibles",
        ),
        ("Candidatures : contact@resilience.fr", "contact@resilience.fr", "Resilience"),
    ],
)
def test_application_address_domain_is_the_last_resort(text, email, expected):
    assert employer_of(text, email) == expected


@pytest.mark.parametrize(
    "email",
    [
        "lepope93@gmail.com",
        "asso.x@orange.fr",
        "jean.dupont@wanadoo.fr",
        "recrutement@hotmail.fr",
        "contact@free.fr",
        "x@laposte.net",
        "y@yahoo.fr",
        "z@outlook.com",
        "direction@francetravail.fr",
    ],
)
def test_webmail_domain_is_never_an_employer(email):
    assert employer_of(f"Candidatures à {email}", email) is None


def test_employer_span_covers_the_name():
    text = "Contexte\nL'association Terre 2 Cultures recrute un·e chargé·e de mission."
    found = extract_title(Doc.of(text), {})["employer"]
    assert text[found.start : found.end] == "Terre 2 Cultures"


@pytest.mark.parametrize(
    "text",
    [
        "Ce dispositif est mené en collaboration avec ses partenaires : la Fondation "
        "pour la mémoire de l'esclavage, la DILCRAH et le ministère.",
        "Le programme est financé par la Fondation de France et la Région.",
        "Le projet est mené en partenariat avec l'association Les Amis du Zinc et la ville.",
        "Au siège de l'association sur l'île de Cayenne et en partie à distance.",
    ],
)
def test_partners_named_in_passing_are_no_employer(text):
    assert employer_of(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ANNONCE DE RECRUTEMENT\nMédiateur·rice santé\nAssociation pour l'accueil des "
            "voyageurs (ASAV)\nLieu : Nanterre (92)",
            "Association pour l'accueil des voyageurs",
        ),
        ("Qui sommes-nous ?\nSursaut est une start-up de l'ESS agréée ESUS.", "Sursaut"),
        (
            "Contexte\nLes Jardins de Cocagne de Thaury, chantier d'insertion créé en 2004, "
            "cultivent 6 hectares.",
            "Les Jardins de Cocagne de Thaury",
        ),
        (
            "ON RECRUTE !\n\nUn·e animateur·rice périscolaire\nCentre social La Passerelle\n\n20h",
            "Centre social La Passerelle",
        ),
        (
            "Contexte\nL'Union Régionale des Scop Hauts-de-France accompagne 180 coopératives.",
            "Union Régionale des Scop Hauts-de-France",
        ),
    ],
)
def test_more_ways_of_naming_the_organisation(text, expected):
    assert employer_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bonjour,\n\nNous recherchons un·e animateur·rice pour cet été.\n\nJean Martin\n"
            "Directeur\nAssociation Les Petits Pas\n12 rue de la Gare, 44000 Nantes",
            "Association Les Petits Pas",
        ),
        (
            "Merci de transmettre vos CV.\n\nPour l'association Les Jardins Partagés,\nla "
            "présidente",
            "Les Jardins Partagés",
        ),
        (
            "Chargé(e) de mission plaidoyer chez Réseau Action Climat\nCDD 18 mois · Montreuil\n\n"
            "Le Réseau Action Climat fédère 27 associations.",
            "Réseau Action Climat",
        ),
        (
            "Objet : [Offre d'emploi] Chargé de projet H/F\n\nVeuillez trouver ci-joint l'offre "
            "d'emploi de la Maison de l'Alimentation Durable.",
            "Maison de l'Alimentation Durable",
        ),
    ],
)
def test_signatures_and_forwarded_offers_name_the_employer(text, expected):
    assert employer_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("C'est pourquoi Emmaüs Connect recrute un·e chargé·e de mission.", "Emmaüs Connect"),
        ("Depuis 2010 Habitat et Humanisme recrute des bénévoles.", "Habitat et Humanisme"),
        ("Pour son développement, la jeune SCOP Oxalis recrute un·e gérant·e.", "SCOP Oxalis"),
        ("- Employeur : Les Amis du Vélo\n- Lieu : Rennes", "Les Amis du Vélo"),
    ],
)
def test_capitalised_name_ending_the_clause_before_the_verb_is_the_employer(text, expected):
    assert employer_of(text) == expected


def test_a_lone_kind_of_organisation_is_no_name():
    assert employer_of("Aujourd'hui la Fédération recrute un comptable.") is None


def test_name_wrapped_by_a_pdf_line_break_is_read_whole():
    text = (
        "Dans le cadre de son développement et de ses nouveaux projets, l'association Terre de\n"
        "Liens Normandie recrute un·e animateur·rice."
    )
    assert employer_of(text) == "Terre de Liens Normandie"


def test_a_heading_line_does_not_run_into_the_next_paragraph():
    assert employer_of(
        "L'ASSOCIATION\n\nLancé depuis 2023, Convergence Somme réunit les programmes."
    ) == ("Convergence Somme")


@pytest.mark.parametrize(
    "text",
    [
        "France Travail recrute pour le compte d'une association un·e animateur·rice.",
        "Pôle emploi recherche pour son client un chauffeur.",
        "Le Pôle Jeunesse recrute un animateur.",
        "La Direction recrute un·e comptable.",
        "Le Conseil d'Administration recrute un directeur.",
        "Vous rejoindrez une équipe dynamique au sein de la Métropole.",
        "Welcome to the Jungle\n\nChargé de mission\nCDI",
    ],
)
def test_job_boards_and_internal_units_are_no_employer(text):
    assert employer_of(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "UN.E ANIMATEUR.RICE RÉSEAU – NANTES\nUN.E ANIMATEUR.RICE RÉSEAU – NANTES\n"
            "CDD temps plein\nDepuis 1990, Le Relais Solidaire est une association d'entraide.",
            "Le Relais Solidaire",
        ),
        (
            "Offre de mission : La Ruche recherche un·e chargé·e de communication\n\nLieu : Albi",
            "La Ruche",
        ),
    ],
)
def test_a_repeated_title_or_a_label_before_the_sentence_is_no_employer(text, expected):
    assert employer_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Animateur enfance (h/f)\nOffre n° O0532\nPubliée le 09/12/2025\nSynthèse de l'offre\n"
        "Employeur\nLieu de travail\nPL DE LA MAIRIE, Chailland (Mayenne (53))",
        "Agent d'entretien (H/F)\nCDI\n12 rue des Lilas\n75020 Paris",
    ],
)
def test_addresses_in_the_header_are_no_employer(text):
    assert employer_of(text) is None


# Round 2: the sanity filter (`title_sanity`) and the scoring of candidates (`title_choice`).


@pytest.mark.parametrize(
    "value",
    [
        "Créée en 1962",
        "Fondée en 2004 et installée à Aurillac",
        "Depuis 1993",
        "Née de la fusion de deux associations",
        "HÉBERGEMENT",
        "ACCOMPAGNEMENT",
        "La compagnie",
        "la structure porteuse",
        "Le collectif",
        "Centre social",
        "Association gestionnaire d'établissements et services médico-sociaux",
        "Entreprise de Travail Temporaire d'Insertion",
        "Atelier et Chantier d'Insertion",
        "Maison d'Enfants à Caractère Social",
        "Société Coopérative d'Intérêt Collectif",
        "Bordeaux, Nouvelle-Aquitaine, France",
        "Lyon 3e, Auvergne-Rhône-Alpes",
        "Paris",
        "Accueil › Offres › Animation / Jeunesse",
        "Accueil > Emploi > Offres",
        "Objet",
        "Offre d'emploi",
        "Appel à consultant·e",
        "Appel à candidatures",
        "Fiche de poste",
        "Madame Sophie Lemarchand",
        "Monsieur le Président",
        "12 rue des Lilas",
        "Maison de quartier Ce",
        "Le Fil des Quartiers et",
    ],
)
def test_phrases_that_cannot_be_an_organisation_name_are_refused(value):
    assert not is_name(value)


@pytest.mark.parametrize(
    "value",
    [
        "Association Horizon Enfance Normandie",
        "Fédération française de randonnée pédestre",
        "Association pour l'accueil des voyageurs",
        "Les Amis de la Terre",
        "La Cimade",
        "Le Relais Saint-Martial",
        "Mission Locale de Lyon",
        "Régie de Quartier de Nîmes",
        "Maison des Jeunes et de la Culture de Belleville",
        "Cultivons le mieux manger",
        "les Blongios, la nature en chantiers",
        "Coop'Épargne Solidaire",
        "Convergence",
        "GEPOG",
        "Emmaüs Solidarité",
        "Secours populaire français",
        "Entreprise d'insertion Le Tremplin",
    ],
)
def test_organisation_names_pass_the_sanity_filter(value):
    assert is_name(value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Créée en 1985, l'association Les Jardins du Cœur accompagne des familles.",
            "Les Jardins du Cœur",
        ),
        (
            "Fondée en 2001 par des habitants, la Coopérative Oxalis regroupe 200 entrepreneurs.",
            "Coopérative Oxalis",
        ),
        (
            "Née en 2010 à Lille, l'Association Horizon Nord (AHN) gère trois foyers.",
            "Association Horizon Nord",
        ),
        (
            "Créée en 1962, l'Association Enfance Loire (AEL) gère 14 établisse-\nments et "
            "services.",
            "Association Enfance Loire",
        ),
        (
            "Implantée à Brest depuis 1998, la Fédération Bretonne des Jardins anime un réseau.",
            "Fédération Bretonne des Jardins",
        ),
        (
            "Agréée ESUS, la Recyclerie du Canal collecte et revend des objets.",
            "La Recyclerie du Canal",
        ),
    ],
)
def test_a_founding_clause_before_the_name_is_no_employer(text, expected):
    assert employer_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Association Littoral Vivant\nChargé·e de communication digitale\nBordeaux, "
            "Nouvelle-Aquitaine, France · il y a 1 semaine · Plus de 100 candidats\nÀ distance",
            "Association Littoral Vivant",
        ),
        (
            "Coopérative Oxalis\nComptable (H/F)\nLyon, Auvergne-Rhône-Alpes, France · il y a 3 "
            "jours\nSur site   CDI",
            "Coopérative Oxalis",
        ),
        (
            "Accueil › Offres › Animation / Jeunesse\n\nCOORDINATEUR·RICE JEUNESSE (H/F)\n\n"
            "📍 Mamoudzou – 976\n🏢 Association Wana Wa Shanga\n📄 CDI – Temps plein",
            "Association Wana Wa Shanga",
        ),
        (
            "Accueil > Offres > Environnement\n\nChargé de mission zones humides (H/F)\n"
            "🏢 Conservatoire des Marais\n📍 Rochefort (17)",
            "Conservatoire des Marais",
        ),
        (
            "CIE LA LANTERNE BLEUE\nthéâtre d'objets – Aurillac\n\nRECRUTEMENT\nChargé·e de "
            "production\nCDD de 10 mois\n\n\nLa compagnie\n\nFondée en 2004, la Lanterne Bleue "
            "crée des spectacles.",
            "CIE LA LANTERNE BLEUE",
        ),
        (
            "Alpes Intérim Solidaire\nEntreprise de Travail Temporaire d'Insertion\nNos offres | "
            "Nous contacter\n\nAgent d'entretien espaces verts (H/F)\nMission d'intérim – 3 "
            "semaines\nGrenoble (38000)\nPubliée le 19/11/2026\n\nDescription de la mission",
            "Alpes Intérim Solidaire",
        ),
        (
            "ATELIERS DU BOCAGE\nAssociation intermédiaire\n\nAgent de ménage (H/F)\nCDD 3 mois\n"
            "Bressuire (79300)\n\nDescription du poste",
            "ATELIERS DU BOCAGE",
        ),
    ],
)
def test_place_lines_breadcrumbs_headings_and_legal_forms_are_passed_over(text, expected):
    assert employer_of(text) == expected


@pytest.mark.parametrize(
    ("text", "email", "expected"),
    [
        (
            "ASSOCIATION LANMEN SOLIDÈ\nSiège : 27 rue Frébault – 97110 Pointe-à-Pitre\n\nFICHE DE"
            " POSTE\n\nIntitulé du poste : Conseiller·ère en insertion\n\nStructure : Atelier et "
            "Chantier d'Insertion « Jaden » (espaces verts)\n\nContrat : CDD\n\nCONTEXTE\nCréée en"
            " 2003, l'association Lanmen Solidè porte deux ateliers.\n\nCV à rh@lanmensolide.org",
            "rh@lanmensolide.org",
            "ASSOCIATION LANMEN SOLIDÈ",
        ),
        (
            "Structure : Entreprise d'Insertion « La Bricole »\nPoste : Menuisier·ère\n\n"
            "L'association Bois Debout porte l'entreprise d'insertion depuis 2008.\n"
            "Candidatures : emploi@boisdebout.fr",
            "emploi@boisdebout.fr",
            "Bois Debout",
        ),
        (
            "Les Jardins Partagés de la Plaine cherchent un·e coordinateur·rice.\n\nPour candidater"
            " : bonjour@jardins-plaine.org\n\nLes Jardins Partagés de la Plaine – association loi "
            "1901\nMaison de quartier Plaine, 5 rue du Landy, 93200 Saint-Denis",
            "bonjour@jardins-plaine.org",
            "Les Jardins Partagés de la Plaine",
        ),
    ],
)
def test_the_name_the_address_and_the_text_back_up_wins(text, email, expected):
    assert employer_of(text, email) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Merci de faire tourner !\n\nUn·e coordinateur·rice pour nos jardins.\n\nLes Jardins "
            "du Landy – association loi 1901\n5 rue du Landy, 93200 Saint-Denis",
            "Les Jardins du Landy",
        ),
        (
            "Chargé·e de production (H/F)\nCDD\n\nCie Les Oiseaux de Nuit – SIRET 512 884 305 00019"
            " – licence 2-1234",
            "Cie Les Oiseaux de Nuit",
        ),
        (
            "Poste de comptable à pourvoir.\n\nCentre Social Les Tilleuls, association loi 1901 – "
            "agréé CAF",
            "Centre Social Les Tilleuls",
        ),
        (
            "Offre de stage en communication.\n\n© La Fabrique Commune – SCIC SAS à capital "
            "variable – RCS Lyon",
            "La Fabrique Commune",
        ),
        ("Agent d'accueil (H/F)\n\nPage 2/2 – Document interne – v2 – Tél. 01 02 03 04 05", None),
    ],
)
def test_a_footer_with_legal_mentions_names_the_employer(text, expected):
    assert employer_of(text) == expected


RELAYED = (
    "De : Réseau des Ressourceries du Sud <contact@ressourceries-sud.org>\n"
    "Envoyé : mardi 17 novembre 2026 09:42\n"
    "Objet : TR: offre d'emploi\n\n"
    "Bonjour à toutes et à tous,\nNous relayons ci-dessous l'offre d'un adhérent. Merci de "
    "diffuser !\n\nBien cordialement,\nL'équipe du Réseau des Ressourceries du Sud\n\n"
    "-----\n\n"
)


@pytest.mark.parametrize(
    ("text", "email", "expected"),
    [
        (
            RELAYED + "Valoriste (H/F)\nCDDI 26 h\n\nRecyclerie des Pentes – association loi 1901"
            "\nCandidatures : emploi@recyclerie-pentes.fr",
            "emploi@recyclerie-pentes.fr",
            "Recyclerie des Pentes",
        ),
        (
            RELAYED + "Au sein de la Ressourcerie du Vieux Port, vous accueillerez le public."
            "\nCV à direction@vieuxport-ressourcerie.fr",
            "direction@vieuxport-ressourcerie.fr",
            "Ressourcerie du Vieux Port",
        ),
        (
            "De : Collectif Finance Solidaire IDF <info@cfs-idf.org>\nObjet : TR: Appel à "
            "consultant·e\n\nPour information, l'un de nos membres lance une consultation.\n\n"
            "L'équipe du Collectif Finance Solidaire Île-de-France\n\n>>>>>>>>>>\n\n"
            "COOP'ÉPARGNE SOLIDAIRE\n"
            "Appel à consultant·e : évaluation de l'impact social de notre portefeuille\n\nCoop'"
            "Épargne Solidaire est une société coopérative de finance solidaire.\n\nPropositions "
            "à appel-offres@coop-epargne-solidaire.fr",
            "appel-offres@coop-epargne-solidaire.fr",
            "Coop'Épargne Solidaire",
        ),
    ],
)
def test_a_relaying_network_is_not_the_employer_of_the_offer_it_passes_on(text, email, expected):
    assert employer_of(text, email) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ce dispositif national est géré par la Ligue de l'enseignement de Paris en "
            "collaboration avec plusieurs partenaires.",
            "Ligue de l'enseignement de Paris",
        ),
        (
            "Le festival est porté par l'Association Jazz en Baie depuis 1998.",
            "Association Jazz en Baie",
        ),
        (
            "Le chantier est piloté par la Régie Nord Services en lien avec la ville.",
            "Régie Nord Services",
        ),
        ("Ce programme est coordonné par le Réseau Cocagne, qui recrute.", "Réseau Cocagne"),
    ],
)
def test_the_organisation_that_runs_the_project_is_the_employer_when_nothing_else_is(
    text, expected
):
    assert employer_of(text) == expected


@pytest.mark.parametrize(
    ("text", "email", "expected"),
    [
        (
            "Employeur : Maison de quartier des Bruyères\nContrat : CDD\n\nLes Centres Sociaux "
            "Lyonnais sont une fédération de 12 centres.",
            "recrutement@centres-sociaux-lyonnais.fr",
            "Maison de quartier des Bruyères",
        ),
        (
            "Structure : Le Relais Vert\n\nAu sein de la Fédération Envie, vous serez chargé·e de…",
            "rh@envie.org",
            "Le Relais Vert",
        ),
        (
            "La Ressourcerie du Port recrute un·e valoriste.\n\nNous travaillons avec la "
            "Fédération des Ressourceries, qui anime le réseau national.",
            "valoriste@ressourceries.fr",
            "La Ressourcerie du Port",
        ),
    ],
)
def test_a_label_or_a_hiring_sentence_beats_a_name_that_only_the_domain_backs_up(
    text, email, expected
):
    assert employer_of(text, email) == expected


@pytest.mark.parametrize(
    ("text", "email", "expected"),
    [
        (
            "Chargé·e de mission (H/F)\nCDI\n\nNotre structure accompagne les familles depuis "
            "1990.\nAu sein de la Maison des Familles, vous animerez des ateliers.\n\n"
            "La Maison des Familles est une association. Écrire à la Maison des Familles.",
            None,
            "La Maison des Familles",
        ),
        (
            "Animateur nature (H/F)\n\nVous animerez des sorties en lien avec l'association Les "
            "Hérons du Lac.\nCandidatures : contact@heronsdulac.org",
            "contact@heronsdulac.org",
            "Les Hérons du Lac",
        ),
        (
            "Comptable (H/F)\n\nLe poste est ouvert en partenariat avec la Fondation Terre "
            "Solidaire, et basé à Lyon.\nCV à rh@fondation-terre-solidaire.org",
            "rh@fondation-terre-solidaire.org",
            "Fondation Terre Solidaire",
        ),
    ],
)
def test_a_name_the_text_repeats_or_the_address_spells_wins_among_weak_mentions(
    text, email, expected
):
    assert employer_of(text, email) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Welcome to the Jungle\n\nLes Biscuits Solidaires\nAgroalimentaire, Économie "
            "sociale et solidaire\nNantes · 25 salariés\n\nResponsable de production H/F\n"
            "CDI\nNantes",
            "Les Biscuits Solidaires",
        ),
        (
            "Atelier Vélo Solidaire\nMobilité, Insertion\n\nMécanicien·ne cycles (H/F)\nCDD\nTours",
            "Atelier Vélo Solidaire",
        ),
        (
            "SERVICE CIVIQUE\n\nAmbassadeur·rice de la biodiversité\n\nOù ? Strasbourg (67)\n"
            "Quand ? À partir du 1 février 2027\nQuel organisme ? Nature Alsace Ville\n\n"
            "Ce que vous ferez",
            "Nature Alsace Ville",
        ),
        (
            "Médiateur·rice numérique\n\nOù ? Lille\nQuoi ? Accompagner les habitants\n\nContact : "
            "Paul",
            None,
        ),
    ],
)
def test_sector_lines_and_portal_questions_are_no_employer(text, expected):
    assert employer_of(text) == expected


@pytest.mark.parametrize(
    ("text", "email", "expected"),
    [
        (
            "Poste : Chef·fe de cuisine\nRestaurant d'insertion Le Comptoir\nCDI 35h\n\n"
            "Le Comptoir est un chantier d'insertion porté par l'association Cuisine et "
            "Partage.\nCV à emploi@cuisine-et-partage.org",
            "emploi@cuisine-et-partage.org",
            "Cuisine et Partage",
        ),
        (
            "Organisme d'envoi : Association Enfants du Soleil Madagascar (AESM)\nPays : "
            "Madagascar\n\nL'association AESM accompagne des enfants.\n"
            "CV à volontariat@aesm-asso.org",
            "volontariat@aesm-asso.org",
            "Association Enfants du Soleil Madagascar",
        ),
        (
            "HelloWork\n\nÉducateur spécialisé H/F\nFondation des Amis du Foyer\nCréteil - 94\nCDI"
            "\n\nLa Fondation des Amis du Foyer recrute pour son foyer de Créteil.",
            None,
            "Fondation des Amis du Foyer",
        ),
        (
            "L'Union Régionale des Scop recrute un·e comptable.",
            None,
            "Union Régionale des Scop",
        ),
    ],
)
def test_the_legal_entity_and_its_full_name_are_preferred(text, email, expected):
    assert employer_of(text, email) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L'ADSEA 30 recrute pour son service d'AEMO un éducateur.", "ADSEA 30"),
        ("L'APEI des Deux Rivières recherche un·e accompagnant·e.", "APEI des Deux Rivières"),
        ("LA PILE recrute un·e chef·fe de projet.", "LA PILE"),
        (
            "Association : Les Petits Frères des Pauvres – Équipe de Rennes Nord\nDurée : 8 mois",
            "Les Petits Frères des Pauvres",
        ),
        (
            "Structure : Secours Catholique – Délégation du Gard\nLieu : Nîmes",
            "Secours Catholique",
        ),
        (
            "Organisation : SCD - SERVICE DE COOPERATION AU DEVELOPPEMENT\nLieu : Lyon",
            "SCD - SERVICE DE COOPERATION AU DEVELOPPEMENT",
        ),
    ],
)
def test_an_article_before_an_acronym_and_a_local_team_are_cut_from_the_name(text, expected):
    assert employer_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Coordinateur·rice de réseau (H/F)\nEnvoyez votre candidature à Jeanne Dupont, directrice,"
        " jeanne.dupont@exemple.fr",
        "Animateur (H/F)\nPostulez avant le 12 mars\nCDI",
        "Comptable (H/F)\nMerci de joindre votre CV\nCDD",
        "Agent d'accueil (H/F)\ncontact@exemple.fr – 01 02 03 04 05",
        "Chargé de projet (H/F)\nRejoignez-nous !\nCDI",
        "Médiateur (H/F)\nVotre Mission Au Quotidien\nCDD",
    ],
)
def test_instructions_and_contact_lines_under_the_title_are_no_employer(text):
    assert employer_of(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bonjour,\nNous recherchons un·e animateur·rice (CDD 6 mois).\n\nCordialement,\n\n"
            "Jean Martin\nDirecteur\nLes Jardins du Pays Vert\n12 route des Champs, 01000 Bourg",
            "Les Jardins du Pays Vert",
        ),
        (
            "Poste de comptable à pourvoir, CDI.\n\nBien à vous,\nSophie Durand\nPrésidente\n"
            "Épicerie Solidaire du Marais",
            "Épicerie Solidaire du Marais",
        ),
        (
            "Un poste d'encadrant technique est ouvert.\n\nBien cordialement,\nPaul Leroy\n"
            "Chargé de recrutement\nBati Solidaire Normandie\nTél. 02 31 00 00 00",
            "Bati Solidaire Normandie",
        ),
        (
            "Nous cherchons un·e médiateur·rice.\n\nCordialement,\nAnne\nCoordinatrice\n"
            "06 12 34 56 78",
            None,
        ),
    ],
)
def test_the_name_under_the_signers_role_is_the_employer(text, expected):
    assert employer_of(text) == expected


@pytest.mark.parametrize(
    ("email", "expected"),
    [
        ("recrutement@halage.fr", "halage"),
        ("rh@ilot.asso.fr", "ilot"),
        ("jobs@emploi.lanternesourde.org", "lanternesourde"),
        ("direction@horizon-enfance76.fr", "horizon-enfance76"),
        ("candidatures.acss@gmail.com", None),
        ("contact@mairie.gouv.fr", None),
        ("rh@asso.fr", None),
        ("x@jobs.org", None),
    ],
)
def test_the_domain_label_is_the_organisations_part_of_the_address(email, expected):
    assert domain_label(Found(email, 0, len(email))) == expected


@pytest.mark.parametrize(
    ("text", "email", "expected"),
    [
        (
            # "solidaire" is in many names: it backs up neither of them.
            "L'Épicerie Solidaire du Port recrute un·e vendeur·se.\n\nEn partenariat avec la "
            "Banque Solidaire, qui finance le projet.",
            "rh@banque-solidaire.fr",
            "L'Épicerie Solidaire du Port",
        ),
        (
            # Initials must be a whole part of the domain, not letters inside a word.
            "La Ferme du Bois recrute un·e maraîcher·ère.\n\nAvec l'Association Solidarité "
            "Ouest, qui accompagne les fermes.",
            "emploi@lasolidarite.fr",
            "La Ferme du Bois",
        ),
    ],
)
def test_a_common_word_or_stray_initials_do_not_back_up_a_partner(text, email, expected):
    assert employer_of(text, email) == expected


@pytest.mark.parametrize(
    ("text", "email", "expected"),
    [
        (
            "Employeur : Maison de quartier des Bruyères\n\nLes Centres Sociaux Lyonnais sont une "
            "fédération. Les Centres Sociaux Lyonnais animent 12 lieux. Les Centres Sociaux "
            "Lyonnais recrutent souvent.",
            "rh@centres-sociaux-lyonnais.fr",
            "Maison de quartier des Bruyères",
        ),
        (
            "Structure : Atelier et Chantier d'Insertion « Les Jardins »\n\nL'association Terre "
            "Vive est une association. Terre Vive porte le chantier. Terre Vive recrute.",
            "rh@terrevive.org",
            "Terre Vive",
        ),
    ],
)
def test_an_employer_label_outweighs_everything_a_structure_label_does_not(text, email, expected):
    assert employer_of(text, email) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "LES JARDINS DU CAUSSE\nMaraîchage biologique et insertion en Lozère\n\n"
            "Encadrant·e technique maraîchage\n\nCDI, temps plein.",
            "Les Jardins du Causse",
        ),
        (
            "Vélo Solidaire Tourangeau\nAtelier participatif de réparation et de réemploi\n\n"
            "Mécanicien·ne cycles (H/F)\n\nContrat : CDD de 12 mois",
            "Vélo Solidaire Tourangeau",
        ),
        (
            "Mutuelle des Vallées Vertes\nMutuelle régie par le livre II du Code de la "
            "mutualité\n\nGestionnaire prestations santé (F/H)\n\nCDI à Aurillac.",
            "Mutuelle des Vallées Vertes",
        ),
    ],
)
def test_a_letterheads_tagline_or_legal_mention_is_no_employer(text, expected):
    assert employer_of(text).casefold() == expected.casefold()


@pytest.mark.parametrize(
    "text",
    [
        # the tagline alone, with a blank line above it: no name above to prefer
        "Offre d'emploi\n\nCitoyens du Vent\n\nAnimateur·rice énergie (H/F)\n\nCDI.",
        # a name of capitalised words under another one is no tagline
        "Réseau Cocagne\nJardins de Cocagne du Sud\n\nMaraîcher·ère (H/F)\n\nCDD.",
    ],
)
def test_a_capitalised_name_under_a_line_stays_the_employer(text):
    assert employer_of(text) in {"Citoyens du Vent", "Jardins de Cocagne du Sud"}


@pytest.mark.parametrize(
    ("value", "implausible"),
    [
        ("Mutuelle régie par le livre II du Code de la mutualité", True),
        ("Société soumise aux dispositions du Code du travail", True),
        ("SAS immatriculée au RCS de Lyon", True),
        ("Régie de quartier Nord Est", False),
        ("Régie Services 13", False),
    ],
)
def test_legal_mentions_are_no_names(value, implausible):
    assert is_name(value) is not implausible


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TERRES D'OC SCIC SA\n\nChargé·e de projets (H/F)\n\nCDI à Albi.", "Terres d'Oc"),
        ("Ateliers du Bocage SCOP SARL\n\nMenuisier·ère (H/F)\n\nCDD.", "Ateliers du Bocage"),
        ("Coop Numérique SAS\n\nDéveloppeur·se web (H/F)\n\nCDI.", "Coop Numérique"),
    ],
)
def test_a_legal_form_after_the_name_is_cut(text, expected):
    assert employer_of(text).casefold() == expected.casefold()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bric à Vélos\nAtelier associatif · ESS\n\nAnimateur·rice atelier vélo\n\nCDI\n"
            "Rennes\nSalaire : 24K €\n\nVoir l'entreprise    Postuler\n\nLe poste\n\nNous "
            "réparons des vélos depuis 2012.",
            "Bric à Vélos",
        ),
        (
            "La Fabrique Solidaire\n\nChargé·e de communication (H/F)\n\nCDD\nNantes\n\n"
            "Voir la structure\n\nDescriptif du poste",
            "La Fabrique Solidaire",
        ),
    ],
)
def test_job_board_buttons_under_the_title_are_no_employer(text, expected):
    assert employer_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Réseau Alpha Info – La lettre des adhérents\nÉdition de mars\n\nBonjour,\n\n"
            "▶ ON RECRUTE\n\nLa Boussole – association d'accompagnement des jeunes vers "
            "l'emploi et le logement (Valence, Drôme)\n\nPoste : Éducateur·rice spécialisé·e\n"
            "Durée : CDI\n\nAu sein de l'équipe, vous accompagnerez 30 jeunes et leurs familles "
            "dans tous les aspects de leur parcours vers l'autonomie.\n",
            "La Boussole",
        ),
        (
            "Info Réseau Ressourceries\n\nGrenier Vert - structure d'insertion par l'activité "
            "économique, collecte et revente d'objets\n\nPoste : Valoriste (H/F)\nContrat : "
            "CDDI\n",
            "Grenier Vert",
        ),
    ],
)
def test_a_name_then_its_kind_after_a_dash_names_the_employer(text, expected):
    assert employer_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mission de service civique.\n\nRejoins l'équipe de Sourire Pays Basque pour "
            "accompagner les enfants hospitalisés.",
            "Sourire Pays Basque",
        ),
        (
            "Service civique.\n\nRejoignez l'équipe de Jardins de Traverse pour animer des "
            "ateliers de jardinage.",
            "Jardins de Traverse",
        ),
        (
            "Service civique.\n\nRejoignez l'équipe de l'Association pour le Droit au Logement "
            "des Jeunes.",
            "Association pour le Droit au Logement des Jeunes",
        ),
    ],
)
def test_a_purpose_clause_ends_the_name(text, expected):
    assert employer_of(text) == expected


@pytest.mark.parametrize(
    ("text", "email", "expected"),
    [
        (
            "Aide et Présence en Bigorre\nService d'aide à domicile\n\nAuxiliaire de vie "
            "(H/F)\n\nÉcrivez à rh@aidepresence-bigorre.fr",
            "rh@aidepresence-bigorre.fr",
            "Aide et Présence en Bigorre",
        ),
        (
            "Maison de la Solidarité\n\nAnimateur (H/F)\n\nCandidature : "
            "emploi@maisondesolidarite.org",
            "emploi@maisondesolidarite.org",
            "Maison de la Solidarité",
        ),
    ],
)
def test_the_domain_spells_a_name_written_with_its_small_words(text, email, expected):
    assert employer_of(text, email) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Aide-soignant de nuit (H/F)\n\nL'EHPAD associatif Les Jardins d'Automne (association "
            "loi 1901, 60 lits) recherche un aide-soignant de nuit en CDD.",
            "Les Jardins d'Automne",
        ),
        (
            "ETTI Tremplin Intérim Sud – Offres de missions\n\nChargé·e d'accompagnement (H/F)\n\n"
            "CDI à temps plein.",
            "Tremplin Intérim Sud",
        ),
        (
            "ACI Les Potagers du Val | Carrières\n\nEncadrant·e technique (H/F)\n\nCDI.",
            "Les Potagers du Val",
        ),
    ],
)
def test_an_insertion_structure_s_kind_or_an_associative_home_s_kind_before_its_name_is_cut(
    text, expected
):
    assert employer_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Poste de moniteur d'atelier.\n\nCentre social Les Acacias recrute un animateur.",
            "Centre social Les Acacias",
        ),
    ],
)
def test_a_social_centre_keeps_its_kind_in_its_name(text, expected):
    assert employer_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mission de bénévolat\nAccompagner des personnes exilées\n\nAssociation : Accueil "
            "Exilés Grésivaudan (AEG)\nLieu : Grenoble",
            "Accueil Exilés Grésivaudan",
        ),
        (
            "Animateur·rice (H/F)\n\nL'association Accueil Savoie Handicap recrute un·e "
            "animateur·rice.",
            "Accueil Savoie Handicap",
        ),
    ],
)
def test_a_name_opening_on_accueil_then_capitalised_words_is_an_organisation(text, expected):
    assert employer_of(text) == expected


@pytest.mark.parametrize("value", ["Accueil du public", "Accueil › Offres", "Accueil"])
def test_a_page_s_or_a_duty_s_accueil_is_no_name(value):
    assert not is_name(value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Animateur·rice jeunesse\n\nLe centre social Les Peupliers de Douai recrute un·e "
            "animateur·rice.\nCentre social Les Peupliers, 3 rue Haute, 59500 Douai",
            "Centre social Les Peupliers",
        ),
        (
            "Référent·e familles\n\nLe centre social et culturel Arc-en-Ciel accueille chaque "
            "semaine 300 familles.",
            "Centre social et culturel Arc-en-Ciel",
        ),
        (
            "Conseiller·ère emploi\n\nLa mission locale Rives de Saône accompagne 2 000 jeunes "
            "par an.",
            "Mission locale Rives de Saône",
        ),
        (
            "Agent d'entretien\n\nLa régie de quartier Saint-Jacques recrute un agent.",
            "Régie de quartier Saint-Jacques",
        ),
        (
            "Gestionnaire\n\nLa mutuelle Entraide du Littoral recrute un·e gestionnaire.",
            "Mutuelle Entraide du Littoral",
        ),
        (
            "Animateur·rice\n\nL'association Les Petits Pas de Rouen recrute un·e animateur·rice.",
            "Les Petits Pas de Rouen",
        ),
        (
            "Animateur·rice\n\nLe centre social Les Peupliers de Douai recrute un·e animateur.",
            "Centre social Les Peupliers de Douai",
        ),
    ],
)
def test_a_kind_that_belongs_to_the_name_is_kept_and_its_town_cut(text, expected):
    assert employer_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Conseiller en insertion professionnelle H/F\nMission Locale du Val de Sambre\n"
            "Maubeuge - 59\nCDD\nTemps plein\n\nLes missions du poste\nAccueillir les jeunes.",
            "Mission Locale du Val de Sambre",
        ),
        (
            "Aide-soignant de nuit (H/F)\nRésidence Les Tilleuls\nValence (26)\nCDI, Temps plein"
            "\nRépond généralement dans un délai de 3 jours\n\nDescription du poste\nSoins.",
            "Résidence Les Tilleuls",
        ),
        (
            "Agent d'accueil (H/F)\nLa Maison des Familles\nTours (37)\nCDD\n"
            "Candidature simplifiée\n\nDescription\nAccueil du public.",
            "La Maison des Familles",
        ),
    ],
)
def test_the_company_line_under_the_title_names_the_employer(text, expected):
    assert employer_of(text) == expected


@pytest.mark.parametrize(
    ("text", "not_expected"),
    [
        (
            "Aide à domicile (H/F)\nRépond généralement dans un délai de 2 jours\nLyon (69)\nCDI",
            "Répond généralement dans un délai de 2 jours",
        ),
        (
            "Groupe Facebook · Entraide associative du Gard\n\nOn cherche un·e animateur !",
            "Groupe Facebook",
        ),
        (
            "Éducateur (H/F)\n12 rue des Lilas\nLille (59)\nCDI\n\nDescription\nAccompagner.",
            "12 rue des Lilas",
        ),
    ],
)
def test_job_board_badges_social_networks_and_addresses_are_no_employer(text, not_expected):
    assert employer_of(text) != not_expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "FONDATION DU LITTORAL\nReconnue d'utilité publique\n\nOFFRE D'EMPLOI\n\n"
            "CHEF DE SERVICE ÉDUCATIF\nInstitut Médico-Éducatif Les Dunes\nCalais (62)\n\n"
            "LE POSTE\nEncadrer l'équipe.",
            "FONDATION DU LITTORAL",
        ),
        (
            "ASSOCIATION ENFANCE ET AVENIR\n\nÉDUCATEUR SPÉCIALISÉ\nDispositif ITEP Les Cèdres\n"
            "Nancy (54)\n\nLE POSTE\nAccompagner les jeunes.",
            "ASSOCIATION ENFANCE ET AVENIR",
        ),
        (
            "Aide-soignant (H/F)\nEHPAD Les Jardins\nNiort (79)\nCDI\n\nDescription\nSoins.",
            "EHPAD Les Jardins",
        ),
    ],
)
def test_an_establishment_under_the_title_yields_to_the_letterhead_that_runs_it(text, expected):
    assert employer_of(text) == expected


_BODY = (
    "\n\nMissions\n- Accueillir les personnes ;\n- Assurer la sécurité des locaux ;\n"
    "- Renseigner le cahier de liaison.\n\nProfil\n- Expérience souhaitée ;\n- Calme.\n\n"
    "Conditions\n- Temps plein ;\n- Salaire selon la convention collective.\n\n"
    "Candidature\nCV et lettre au chef de service avant le 10 janvier."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ASSOCIATION LE PONT DES ARCHES\nCentre d'Hébergement et de Réinsertion Sociale « Les "
            "Saules »\nTroyes\n\nOFFRE D'EMPLOI\n\nVeilleur·se de nuit\nCDD de 6 mois" + _BODY,
            "LE PONT DES ARCHES",
        ),
        (
            "Association La Main Tendue\nPension de famille Les Glycines\n\nMaîtresse de maison"
            "\nCDI" + _BODY,
            "La Main Tendue",
        ),
        (
            "ASSOCIATION ESPOIR ET PARTAGE\nRésidence Les Peupliers\nVesoul\n\nAgent·e "
            "d'entretien\nCDI" + _BODY,
            "ASSOCIATION ESPOIR ET PARTAGE",
        ),
    ],
)
def test_an_establishment_letterhead_yields_to_the_association_above_it(text, expected):
    assert employer_of(text) == expected


@pytest.mark.parametrize(
    ("value", "name"),
    [
        ("Groupe Facebook", False),
        ("Page Instagram", False),
        ("Groupe SOS", True),
        ("Mission Locale de Lens", True),
    ],
)
def test_a_social_network_s_group_is_no_name(value, name):
    assert is_name(value) is name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le Bon Repas – Traiteur solidaire\nNos menus | Recrutement | Contact\n\n"
            "Recrutement > Équipe permanente\n\nCOMMIS DE CUISINE – CDI – PARIS 20e\n\n"
            "Le Bon Repas est une entreprise d'insertion.",
            "Le Bon Repas",
        ),
        (
            "Les Jardins du Cœur – Épicerie sociale et solidaire\n\nVendeur·euse (H/F)\n"
            "CDD\nRennes",
            "Les Jardins du Cœur",
        ),
        (
            "Emmaüs – Communauté de Lescar\n\nCompagnon·ne (H/F)\nCDI\nPau",
            "Emmaüs – Communauté de Lescar",
        ),
    ],
)
def test_a_letterhead_s_tagline_after_a_dash_is_cut(text, expected):
    assert employer_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Accueil > Missions de bénévolat\n\nAidez au tri des denrées alimentaires\n"
            "Mission proposée par Banque Alimentaire du Loir\n\n📍 Blois (41000)",
            "Banque Alimentaire du Loir",
        ),
        (
            "Soutien scolaire\nMission proposée par l'Association Lire Ensemble\n📍 Tours",
            "Association Lire Ensemble",
        ),
    ],
)
def test_a_mission_proposed_by_an_organisation_names_it(text, expected):
    assert employer_of(text) == expected
