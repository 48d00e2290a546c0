"""The job title: labelled fields, header lines, job boards' layouts, hiring sentences."""

import pytest

from postings.extract.text import Doc
from postings.extract.title import extract_title, find_title
from postings.extract.title_clean import tidy


def title_of(text: str) -> str | None:
    found = extract_title(Doc.of(text), {}).get("title")
    return found.value if found else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Intitulé du poste : Chargé·e de mission ESS\nCDI", "Chargé·e de mission ESS"),
        ("Intitulé : Animateur socioculturel (H/F)\nLieu : Lyon", "Animateur socioculturel"),
        ("Titre du poste : Coordinatrice de projets\n", "Coordinatrice de projets"),
        (
            "Poste : Responsable administratif et financier\nContrat : CDI",
            "Responsable administratif et financier",
        ),
        ("POSTE : ÉDUCATEUR SPÉCIALISÉ (F/H)\n", "Éducateur spécialisé"),
        (
            "Fonction : Conseiller en insertion professionnelle\n",
            "Conseiller en insertion professionnelle",
        ),
        ("Offre d'emploi : Chargée de communication – CDD 12 mois\n", "Chargée de communication"),
        ("Fiche de poste : Encadrant technique d'insertion\n", "Encadrant technique d'insertion"),
        (
            "Intitulé de la mission : Ambassadeur·rice du compostage\n",
            "Ambassadeur·rice du compostage",
        ),
        (
            "Objet : Recrutement d'un(e) assistant(e) de direction\n\nMadame, Monsieur,",
            "assistant(e) de direction",
        ),
        ("Objet : Offre d'emploi - Médiateur numérique H/F\n", "Médiateur numérique"),
        (
            "Objet : TR: Offre d'emploi – Coordinateur.rice vie associative (CDI 28h) – "
            "MCB Rennes\n",
            "Coordinateur.rice vie associative",
        ),
        (
            "Intitulé du poste\nChargé de projet alimentation durable\n\nContexte",
            "Chargé de projet alimentation durable",
        ),
        ("Poste à pourvoir : Directeur·rice de centre social\n", "Directeur·rice de centre social"),
        ("Offre : Préparateur de commandes H/F\nRéf. : PIL-0726-12", "Préparateur de commandes"),
    ],
)
def test_labelled_title_is_read(text, expected):
    assert title_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Poste : CDI à temps plein\nMissions : accompagner les publics",
        "Poste à pourvoir : dès que possible\n",
        "Le poste\nPlacé·e sous l'autorité de la directrice, vous animerez le réseau des "
        "adhérents et des partenaires.",
        "Objet : Candidature spontanée\n",
    ],
)
def test_vague_label_without_a_role_gives_no_title(text):
    assert title_of(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chargé de mission Participation\nÉchirolles\nPosté le : 21/01/2026",
            "Chargé de mission Participation",
        ),
        ("Animateur/trice nature\n\nL'association recrute pour l'été.", "Animateur/trice nature"),
        (
            "Coordinateur·rice de la vie associative\n\n• CDI\n• Nantes",
            "Coordinateur·rice de la vie associative",
        ),
        (
            "Chef.fe de projet Fleurs d'Halage\nFiche de Poste\n\nI. Contexte",
            "Chef.fe de projet Fleurs d'Halage",
        ),
        ("Responsable de programmes – GEPOG\n\n• Employeur GEPOG", "Responsable de programmes"),
        (
            "Assistant(e) administratif(ve) et comptable\nCDD 6 mois",
            "Assistant(e) administratif(ve) et comptable",
        ),
        ("Infirmier·e coordinateur·rice\nMarseille", "Infirmier·e coordinateur·rice"),
        ("Agent d'accueil polyvalent\n\nLe centre social recrute.", "Agent d'accueil polyvalent"),
        (
            "Éducateur de jeunes enfants (EJE)\nCrèche Les Lucioles",
            "Éducateur de jeunes enfants (EJE)",
        ),
        (
            "Head of Program Support Services - Lille\n\nLe Partenariat",
            "Head of Program Support Services",
        ),
        ("Chargée de plaidoyer senior\nParis (75)", "Chargée de plaidoyer senior"),
        (
            "Service civique – Ambassadeur·rice du tri (F/H)\nAssociation X – Bastia",
            "Ambassadeur·rice du tri",
        ),
        (
            "Stage - Assistant·e communication et événementiel\nDurée : 6 mois",
            "Assistant·e communication et événementiel",
        ),
        (
            "Volontaire – animateur·rice en éducation à l'environnement (VSI)\nPérou – Cusco",
            "Volontaire – animateur·rice en éducation à l'environnement",
        ),
        ("Un·e chargé·e de projet mobilité\nLieu : Rennes", "chargé·e de projet mobilité"),
    ],
)
def test_role_noun_line_at_the_top_is_the_title(text, expected):
    assert title_of(text) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Chargé de mission H/F", "Chargé de mission"),
        ("Chargé de mission (H/F)", "Chargé de mission"),
        ("Chargé de mission F/H", "Chargé de mission"),
        ("Chargé de mission (F/H)", "Chargé de mission"),
        ("Chargé de mission H/F/X", "Chargé de mission"),
        ("Chargé de mission (F/H/X)", "Chargé de mission"),
        ("Chargé de mission (H/F/NB)", "Chargé de mission"),
        ("Chargé de mission - H/F", "Chargé de mission"),
        ("Chargé de mission H-F", "Chargé de mission"),
        ("Chargé de mission (h/f)", "Chargé de mission"),
        ("Chargé de mission M/F", "Chargé de mission"),
        ("Chargé de mission (H ou F)", "Chargé de mission"),
        ("Chargé de mission H/ #126392", "Chargé de mission"),
        ("Chargé de mission H/F #108876", "Chargé de mission"),
    ],
)
def test_gender_marker_and_what_follows_it_are_cut(line, expected):
    assert title_of(line + "\nCDI\nParis") == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Coordinateur de projets H/F CDI STATUT CADRE Poste basé à AMIENS",
            "Coordinateur de projets",
        ),
        (
            "Co-responsable de l'atelier maraîchage CDI 35H (02) (Non publié)",
            "Co-responsable de l'atelier maraîchage",
        ),
        ("Animateur jeunesse - CDI", "Animateur jeunesse"),
        ("Animateur jeunesse – CDD 6 mois", "Animateur jeunesse"),
        ("Animateur jeunesse en CDD 6 mois", "Animateur jeunesse"),
        ("Animateur jeunesse (CDD de 6 mois)", "Animateur jeunesse"),
        ("Animateur jeunesse en alternance", "Animateur jeunesse"),
        ("Animateur jeunesse - Lille", "Animateur jeunesse"),
        ("Animateur jeunesse – Sablé-sur-Sarthe", "Animateur jeunesse"),
        ("Animateur jeunesse - Paris (75)", "Animateur jeunesse"),
        ("Animateur jeunesse, Paris, France", "Animateur jeunesse"),
        ("Animateur jeunesse (H/F) 10 - Troyes", "Animateur jeunesse"),
        ("Animateur jeunesse - Télétravail", "Animateur jeunesse"),
        ("Animateur jeunesse | Île-de-France", "Animateur jeunesse"),
        (
            "Aide jardinier - entretien des berges 8 postes ouverts au recrutement",
            "Aide jardinier - entretien des berges",
        ),
        (
            "Chargé·e de développement des coopérations au Sénégal",
            "Chargé·e de développement des coopérations au Sénégal",
        ),
        ("Chargé de projet - Mer et littoral", "Chargé de projet - Mer et littoral"),
    ],
)
def test_appended_contract_and_place_are_cut_but_not_the_title_words(line, expected):
    assert title_of(line + "\n\nDescription du poste") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "CHARGÉ·E DE DÉVELOPPEMENT AGRICOLE SOLIDAIRE F/H\n- Localisation 40 Landes",
            "Chargé·e de développement agricole solidaire",
        ),
        (
            "INTERVENANT.E SOCIAL.E SOCIO EDUCATIF.VE F/H\n\nRéf. 12122024-2341",
            "Intervenant.e social.e socio educatif.ve",
        ),
        ("POSTE – ANIMATEUR/TRICE NATURE\nStructure employeuse : X", "Animateur/trice nature"),
        (
            "OFFRE D'EMPLOI\nRéseau X – RARS\n\nCHARGÉ·E DE MISSION ÉCONOMIE CIRCU-\nLAIRE "
            "ET TERRITOIRES (F/H)\n\nCDD de 18 mois",
            "Chargé·e de mission économie circulaire et territoires",
        ),
        ("RESPONSABLE DU PÔLE RH ET ESS\nCDI", "Responsable du pôle RH et ESS"),
    ],
)
def test_title_in_capitals_is_put_in_sentence_case(text, expected):
    assert title_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # France Travail
        (
            "Offre n° 190XKPL\nChargé / Chargée de mission (H/F)\n75 - PARIS 11 - Localiser "
            "avec Mappy\nPublié le 12 mars 2025",
            "Chargé / Chargée de mission",
        ),
        # Indeed
        (
            "Médiateur social H/F\nAssociation Trait d'Union\nMontreuil (93)\nCDI\nPostuler "
            "maintenant",
            "Médiateur social",
        ),
        # HelloWork
        (
            "HelloWork\nOffres d'emploi   Entreprises   Conseils\nSe connecter\n\nInfirmier "
            "Coordinateur H/F\nAssociation X\nMarseille 13e - 13\nCDD",
            "Infirmier Coordinateur",
        ),
        # Welcome to the Jungle, no role noun
        (
            "Welcome to the Jungle\nTrouver un job   Trouver une entreprise   Média\nSe "
            "connecter\n\nLe Bocal Circulaire\nProduct Owner – plateforme de réemploi\nCDI\n"
            "Nantes",
            "Product Owner – plateforme de réemploi",
        ),
        # makesense
        (
            "Appui à la coordination d'un projet jeunesse - Pantin\n\n💡 Structure de l'ESS\n"
            "Alternance\nLocalisation Pantin, France",
            "Appui à la coordination d'un projet jeunesse",
        ),
        (
            "Versatile co-manager of a cooperative supermarket - Marseille\n\n💡 SSE organ"
            "ization\nLong-term contract",
            "Versatile co-manager of a cooperative supermarket",
        ),
        # emploi-ess.fr
        (
            "Portail de l'emploi dans l'économie sociale et solidaire\n\nDes métiers qui "
            "ont du sens\n\ndétail offre\n\nretour\naux\noffres\n\nChargé de mission Participation"
            "\nÉchirolles\nPosté le : 21/01/2026",
            "Chargé de mission Participation",
        ),
        # jobboard with a breadcrumb, no role noun
        (
            "Engagez-vous – la plateforme du bénévolat\nRechercher une mission   Mon compte\n"
            "\nAccueil > Missions > Éducation\n\nAccompagnement scolaire d'enfants du CP "
            "au CM2\nProposée par : Lire et Grandir",
            "Accompagnement scolaire d'enfants du CP au CM2",
        ),
        # Service civique portal: question headings
        (
            "Service Civique – trouver une mission\nAccueil > Trouver une mission > Guyan"
            "e\n\nFavoriser l'accès au numérique des habitants\n\nOù ?\nCayenne (973)",
            "Favoriser l'accès au numérique des habitants",
        ),
        # LinkedIn
        (
            "Chargée de partenariats\nAssociation Y · Lyon, Auvergne-Rhône-Alpes, France "
            "· il y a 2 semaines",
            "Chargée de partenariats",
        ),
        # a careers page
        (
            "Nous rejoindre\n\nChargé·e d'accueil et d'accès aux droits – CDD 6 mois (remplacemen"
            "t congé maternité)\n\nLa Boussole est un espace d'accès aux droits.",
            "Chargé·e d'accueil et d'accès aux droits",
        ),
        # markdown
        (
            "Offres d'emploi du réseau\n\n**Coordinateur.rice de tiers-lieu (F/H/X)**\n\n"
            "La Fabrique · Toulouse (31)",
            "Coordinateur.rice de tiers-lieu",
        ),
        # letterhead, then the date line, then the title
        (
            "Coopérative Solidaire du Nord (CSN)\nOffre de stage – Publié le 10/12/2026\n"
            "\nSTAGE DE 5 MOIS – ASSISTANT·E QUALITÉ (H/F)\n\nLa CSN est une SCIC.",
            "Assistant·e qualité",
        ),
    ],
)
def test_job_board_headers_give_the_title(text, expected):
    assert title_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La Fédération des Conservatoires recrute un·e chargé·e de mission Zones humides "
            "(CDI).",
            "chargé·e de mission Zones humides",
        ),
        (
            "Terre de Liens (TDL), association foncière, recherche un(e) animateur/trice "
            "en CDD évolutif en CDI.",
            "animateur/trice",
        ),
        (
            "La Fédération SEPANSO recrute un(e) Conservateur(trice) en CDI pour la Réserve.",
            "Conservateur(trice)",
        ),
        (
            "L'Accélérateur (LA PILE), association créée en 2019, recrute un.e chef.fe de "
            "projet pour soutenir la dynamique.",
            "chef.fe de projet",
        ),
        (
            "Nous recrutons un·e chargé·e de mission “Régulation des multinationales” pour "
            "un CDD de 6 mois.",
            "chargé·e de mission “Régulation des multinationales”",
        ),
        (
            "Le Cnajep recherche un chargé de projet « Dialogue structuré », H/F, Paris, France",
            "chargé de projet « Dialogue structuré »",
        ),
        (
            "ERE43 propose un stage pour Master 2 ESS\n\nOFFRE DE STAGE 2022",
            "stage pour Master 2 ESS",
        ),
        (
            "Interface Formation recrute 8 postes d'aide-jardinier(e) pour l'ACI espaces verts.",
            "aide-jardinier(e)",
        ),
        ("Nous recrutons 3 valoristes (H/F) en CDDI\n\nVous aimez bricoler ?", "valoristes"),
        (
            "Nous recherchons pour la maison d'enfants un.e :\nÉducateur·rice spécialisé·e "
            "(H/F) en CDI à temps partiel (75%)\nPoste à pourvoir dès que possible",
            "Éducateur·rice spécialisé·e",
        ),
        (
            "Dans le cadre de son développement, l'association recrute son futur directeur.",
            "directeur",
        ),
    ],
)
def test_hiring_sentence_gives_the_title(text, expected):
    assert title_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sous l'autorité de la déléguée régionale, le ou la chargé.e de projet région"
            "al aura pour missions :",
            "chargé.e de projet régional",
        ),
        (
            "Placé sous l'autorité du CA, le responsable d'antenne Pas-de-Calais aura pour "
            "missions :",
            "responsable d'antenne Pas-de-Calais",
        ),
        (
            "Sous la responsabilité du directeur, la·le chargé·e de mission coordonnera "
            "le concours.",
            "chargé·e de mission",
        ),
        (
            "Sous l'autorité de la directrice, l'éducateur (trice) spécialisé(e) assure "
            "les missions suivantes :",
            "éducateur (trice) spécialisé(e)",
        ),
        (
            "Au sein du pôle, le/la coordinateur.rice sera chargé.e de l'animation du réseau.",
            "coordinateur.rice",
        ),
    ],
)
def test_sentence_giving_the_missions_names_the_post(text, expected):
    assert title_of("Contexte\n" + text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n  ",
        "🙂🙂🙂",
        "Contexte\nL'association agit depuis 1990 pour l'insertion. Le volontaire sera accueilli "
        "dans l'équipe.",
        "Dans le cadre du projet de mutuelle de l'alimentation en Alsace\n- Type de contrat : CDD",
        "Missions principales\n● Gestion administrative : superviser la relation\ncontractuelle "
        "avec les partenaires\n● Gestion financière : budget",
        "Sous la responsabilité de la personne chargée de mission, la personne stagiaire "
        "appuiera le plaidoyer.",
        "Le professionnel interviendra auprès des enfants de 3 à 11 ans.",
        "Portail de l'emploi\nretour aux offres\nPostuler\nPartager",
        "Volontariat de Solidarité Internationale (VSI)\nDurée : 24 mois",
        "- Aide au suivi des projets d'action culturelle\n- Aide à l'organisation des réunions",
        "Il faut tout un village pour grandir.\nNous recherchons des financements pour le projet.",
        "L'association accueille un·e volontaire en service civique pour 8 mois.",
    ],
)
def test_no_title_is_made_up(text):
    assert title_of(text) is None


def test_the_span_covers_the_title_words():
    text = "Offre n° 190XKPL\nMédiateur social (H/F)\nParis"
    found = find_title(Doc.of(text))
    assert text[found.start : found.end] == "Médiateur social"


def test_title_followed_by_the_employer_name_is_cut_once_the_employer_is_known():
    text = (
        "Responsable de programmes – Association Oiseaux de Guyane\n\nEmployeur : Association"
        " Oiseaux de Guyane\nType de contrat : CDD"
    )
    assert title_of(text) == "Responsable de programmes"


def test_a_labelled_title_wins_over_a_heading():
    text = (
        "Codirection (Référent·e Administration)\n\nCDI\nIntitulé du poste : Codirection"
        " (Référent·e Administration)"
    )
    assert title_of(text) == "Codirection (Référent·e Administration)"


def test_pdf_word_cut_at_the_end_of_a_line_is_joined():
    assert (
        tidy("CHARGÉ·E DE MISSION ÉCONOMIE CIRCU-\nLAIRE")
        == "Chargé·e de mission économie circulaire"
    )


@pytest.mark.parametrize(
    "text",
    [
        "a" * 100_000,
        "1 " * 50_000,
        "@." * 50_000,
        "01/01/" * 20_000,
        "de " * 30_000,
        "Chargé de mission H/F " * 5_000,
        "L'association X recrute un·e " * 5_000,
        "le ou la chargé.e aura pour missions " * 3_000,
        "\n".join(["Accueil > Offres > Emploi"] * 5_000),
        "\x00\x01\ufffd" * 10_000,
        "\n" * 100_000,
        "\n " * 50_000,
        "  \n" * 30_000,
        "Depuis " + "x " * 40_000 + ", X est une association",
        "l'association « " + "a " * 50_000,
        "la crèche " + "parentale " * 20_000,
        "é" * 2_000_000,
    ],
)
def test_title_family_returns_on_adversarial_text(text):
    results = extract_title(Doc.of(text), {})
    assert set(results) <= {"title", "employer"}


@pytest.mark.parametrize(
    "text",
    [
        # A header line whose name candidate is only punctuation: its span is empty.
        "Chargé·e de mission (H/F) Chargé·e de mission (H/F) Chargé·e de mission (H/F)\n, ",
        "Chargé·e de mission (H/F)\n,",
        "Animateur nature (H/F)\n\n; ",
        "Éducateur spécialisé (F/H)\n- \n",
        "Chargé de projet (H/F)\n:",
        "Coordinateur (H/F)\n' ",
        "Pour l'association\n,",
        "Employeur :\n, ",
        "Chargée d'accueil H/F\n*",
    ],
)
def test_a_line_of_punctuation_under_the_title_gives_no_employer_and_no_error(text):
    results = extract_title(Doc.of(text), {})
    assert "employer" not in results
    for found in results.values():
        assert 0 <= found.start <= found.end <= len(text)
        assert found.value.strip()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Stage – Chargé·e de communication digitale (6 mois)\n\nQui sommes-nous ?",
            "Chargé·e de communication digitale",
        ),
        (
            "Nous recherchons notre futur·e Délégué·e Général·e !\n\nL'association X",
            "Délégué·e Général·e",
        ),
        ("JOB DESCRIPTION – PROGRAMME OFFICER (M/F)\nLocation: Paris", "Programme officer"),
        (
            "Mission bénévole : Accompagnateur·rice de devoirs\nAssociation : AFEV",
            "Accompagnateur·rice de devoirs",
        ),
        ("Recrutement : Éco-conseiller·ère (H/F)\nLieu : Nantes", "Éco-conseiller·ère"),
        ("Nous recrutons : un·e comptable à mi-temps\n", "comptable à mi-temps"),
    ],
)
def test_more_header_wordings(text, expected):
    assert title_of(text) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Chargé(e) de mission plaidoyer chez Réseau Action Climat",
            "Chargé(e) de mission plaidoyer",
        ),
        ("Coordinateur·rice de projets – Poste basé à Lyon", "Coordinateur·rice de projets"),
        ("Animatrice nature, basée à Nantes", "Animatrice nature"),
        (
            "« Chargé·e de mission transition écologique »",
            "Chargé·e de mission transition écologique",
        ),
        ("Chargé de mission (CDD - 12 mois) - Lyon", "Chargé de mission"),
        (
            "Objet : [Offre d'emploi] Chargé de projet alimentation H/F",
            "Chargé de projet alimentation",
        ),
    ],
)
def test_employer_place_and_quotes_around_the_title_are_cut(line, expected):
    assert title_of(line + "\n\nContexte") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("H/F Chargé de mission\nCDI", "Chargé de mission"),
        ("(F/H) Animatrice jeunesse\nCDD", "Animatrice jeunesse"),
        ("- Intitulé du poste : Animateur nature\n- Employeur : Les Amis\n", "Animateur nature"),
        (
            "Le poste de chargé de mission biodiversité est à pourvoir au 1er mars.",
            "chargé de mission biodiversité",
        ),
        ("Nous ouvrons un poste de comptable (H/F) à mi-temps.", "comptable"),
    ],
)
def test_leading_marker_bulleted_label_and_post_of_sentence(text, expected):
    assert title_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Madame, Monsieur,\n\nNous avons le plaisir de vous présenter notre association.",
        "Directrice : Mme Martin\nPrésident : M. Dupont\n",
        "Responsable hiérarchique\nLa directrice",
        "Contrat de travail\nCDI à temps plein",
        "Paris, le 3 mars 2025\n\nObjet : demande de subvention",
        "Nos partenaires\nFondation de France\nRégion Bretagne\nVille de Rennes",
        "Fondation de France\nRégion Bretagne",
        "Agenda\nConférence le 12 mars\nAtelier compost le 14 mars",
    ],
)
def test_letters_lists_and_headings_give_no_title(text):
    assert title_of(text) is None


def test_hiring_sentence_broken_by_ellipses_is_read():
    text = "La Fabrique recherche...\n\n...un(e) comptable de l'association.\n\nContexte"
    assert title_of(text) == "comptable de l'association"


# Round 2: organisations are no titles, mails' subjects come after the posting's own words,
# tails of dates and establishments are cut, contracts followed by a role are kept.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ALIZÉ INCLUSION\nAssociation gestionnaire d'établissements et services "
            "médico-sociaux\n"
            "Siège : 45 avenue Victor-Hugo – 26000 Valence\n\nRESPONSABLE DES RESSOURCES HUMAINES "
            "(F/H)\nCDI – temps plein",
            "Responsable des ressources humaines",
        ),
        (
            "LES AMIS DU BOCAGE\nFédération départementale d'associations gestionnaires\n\n"
            "Comptable (H/F)\nCDI",
            "Comptable",
        ),
        (
            "Coopérative d'activité et d'emploi Oxalis\nAnimateur·rice réseau (H/F)\nCDD 12 mois",
            "Animateur·rice réseau",
        ),
        (
            "Entreprise adaptée Les Ateliers du Lac\nAgent de conditionnement (H/F)\nCDI",
            "Agent de conditionnement",
        ),
        (
            "Association intermédiaire Coup de Main\nAide à domicile H/F\nCDD 6 mois\nLieu : Tulle",
            "Aide à domicile",
        ),
        (
            "Structure gestionnaire de 4 crèches associatives\nAuxiliaire de puériculture (F/H)\n"
            "CDI",
            "Auxiliaire de puériculture",
        ),
    ],
)
def test_a_line_that_describes_the_organisation_is_no_title(text, expected):
    assert title_of(text) == expected


MAIL = (
    "De : Réseau des Jardins <contact@reseau-jardins.org>\n"
    "Envoyé : mardi 17 novembre 2026 09:42\n"
    "À : adherents@reseau-jardins.org\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            MAIL + "Objet : [Offre] Encadrant·e maraîchage – ACI Sainte-Foy\n\nBonjour,\nNous "
            "relayons l'offre d'un adhérent.\n\nBien cordialement,\n\nNadia Martin\nChargée de "
            "mission animation du réseau – RJ\n05 56 40 71 22\n\n-----\n\nLe Potager recrute un·e"
            "\n\nENCADRANT·E TECHNIQUE D'INSERTION – MARAÎCHAGE BIO\nCDD 12 mois",
            "Encadrant·e technique d'insertion – maraîchage bio",
        ),
        (
            MAIL + "Objet : [Jobs & BAFA] Animateur·rice périscolaire – Villeurbanne – janvier à "
            "juillet\n\nBonjour,\nVoici une offre transmise par une association partenaire.\n\n"
            "=====\n\nLes Petits Castors (centre de loisirs) recrutent\n\nANIMATEUR·RICE "
            "PÉRISCOLAIRE (BAFA)\n\nOù ? Groupe scolaire Jean-Moulin",
            "Animateur·rice périscolaire (BAFA)",
        ),
        (
            "Objet : [Réseau] Offre : régisseur·se au cinéma La Bobine (Saint-Claude)\nDe : Réseau"
            " des salles <reseau@salles.org>\nDate : 18 novembre 2026\n\nChers adhérents,\nLe "
            "cinéma La Bobine nous a transmis l'offre suivante.\n\nCordialement,\nPierre, "
            "coordinateur – 03 81 52 09 67\n\n_____\n\nLa Bobine recrute son ou sa\nRÉGISSEUR·SE "
            "GÉNÉRAL·E – PROJECTIONNISTE\n\nVos missions : projections.",
            "Régisseur·se général·e – projectionniste",
        ),
        (
            "De : Réseau Breton <lettre@rb.bzh>\nEnvoyé : jeudi 26 novembre 2026\nObjet : Offre "
            "chez un membre : Kengred recrute un·e chargé·e d'investissement\n\nBonjour,\nNotre "
            "membre nous demande de relayer l'offre ci-dessous. Bonne lecture !\n\nAnne Guillou\n"
            "Animatrice du Réseau Breton\n07 68 12 90 44\n\n-----\n\nKENGRED RECRUTE\nChargé·e "
            "d'investissement ESS (F/H) – CDI – Rennes",
            "Chargé·e d'investissement ESS",
        ),
        (
            MAIL + "Objet : Offre d'emploi – Coordinateur·rice\n\nBonjour,\nLa Maison Citoyenne "
            "recrute un·e coordinateur·rice vie associative et bénévolat.\nMissions : animer.",
            "coordinateur·rice vie associative et bénévolat",
        ),
    ],
)
def test_a_relayed_mail_gives_the_title_of_its_posting_not_its_subject(text, expected):
    assert title_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            MAIL + "Objet : Offre d'emploi – Médiateur·rice numérique (CDD)\n\nBonjour, merci de "
            "diffuser l'offre en pièce jointe.\n\nCordialement,\nLe réseau",
            "Médiateur·rice numérique",
        ),
        (
            "From: jobs@network.org\nTo: members@network.org\nSubject: Vacancy – Programme "
            "officer (M/F)\n\nPlease find the job description attached.",
            "Programme officer",
        ),
    ],
)
def test_a_mail_whose_body_names_no_job_takes_its_subject(text, expected):
    assert title_of(text) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Animateur·rice périscolaire – Villeurbanne – janvier à juillet",
            "Animateur·rice périscolaire",
        ),
        ("Chargé de projet – dès mars 2027", "Chargé de projet"),
        ("Éducateur spécialisé – rentrée 2026", "Éducateur spécialisé"),
        ("Animateur nature – de avril à septembre", "Animateur nature"),
        ("Agent d'accueil – 01/03 au 30/06", "Agent d'accueil"),
        (
            "Encadrant·e technique maraîchage bio – ACI Sainte-Foy-la-Grande",
            "Encadrant·e technique maraîchage bio",
        ),
        ("Régisseur·se au cinéma La Bobine (Saint-Claude)", "Régisseur·se"),
        ("Infirmier·ère – EHPAD Les Lilas", "Infirmier·ère"),
        ("Chargé de mission au sein de l'association Les Amis", "Chargé de mission"),
        ("Animateur au centre social Les Tilleuls", "Animateur"),
        ("Éducateur – MECS « Le Clos »", "Éducateur"),
    ],
)
def test_appended_dates_and_establishments_are_cut(line, expected):
    assert title_of(line + "\nCDI\nLieu : Lyon") == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Versatile co-manager of a cooperative supermarket",
            "Versatile co-manager of a cooperative supermarket",
        ),
        ("Médiateur·rice à la ferme pédagogique", "Médiateur·rice à la ferme pédagogique"),
        ("Chargé·e de mission mars et avril", "Chargé·e de mission mars et avril"),
        ("Responsable de la boutique solidaire", "Responsable de la boutique solidaire"),
    ],
)
def test_words_that_only_look_like_tails_stay_in_the_title(line, expected):
    assert title_of(line + "\nCDI\nLieu : Lyon") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Volontaire en service civique – Ambassadeur·rice du réemploi\n\nStructure : La "
            "Recyclerie",
            "Volontaire en service civique – Ambassadeur·rice du réemploi",
        ),
        (
            "Stagiaire en alternance – Assistant·e de communication\nLieu : Lyon",
            "Stagiaire en alternance – Assistant·e de communication",
        ),
        ("Volontaire en service civique\nLieu : Lyon\nDurée : 8 mois", None),
        ("Animateur·rice en CDD – 6 mois\nLieu : Lyon", "Animateur·rice"),
    ],
)
def test_a_contract_followed_by_a_role_is_part_of_the_title(text, expected):
    assert title_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Volontaire de Solidarité Internationale – Chargé·e de programme eau (Togo)\n\n"
            "Organisation : X",
            "Chargé·e de programme eau",
        ),
        (
            "Volontaire International en Entreprise - Assistant export\nLieu : Lyon",
            "Assistant export",
        ),
        ("VIE – Chargée d'affaires\nLieu : Montréal", "Chargée d'affaires"),
        # Not a status: the job's own words stay.
        (
            "Volontaire en service civique – Épicerie solidaire « La Cagette »\n\nLieu : Metz",
            "Volontaire en service civique – Épicerie solidaire « La Cagette »",
        ),
        (
            "Volontaire en service civique - Jardin partagé des Tanneurs\nLieu : Metz",
            "Volontaire en service civique - Jardin partagé des Tanneurs",
        ),
        ("Volontaire de Solidarité Internationale\nLieu : Dakar\nDurée : 12 mois", None),
        (
            "Coordinateur des volontaires internationaux – Lyon\nCDI",
            "Coordinateur des volontaires internationaux",
        ),
    ],
)
def test_an_international_volunteer_status_is_a_contract_and_the_mission_place_is_kept(
    text, expected
):
    assert title_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le foyer recherche un·e moniteur·rice-éducateur·rice diplômé·e (DEME) en CDD.",
            "moniteur·rice-éducateur·rice",
        ),
        ("Nous recrutons un infirmier diplômé d'État pour notre EHPAD.", "infirmier"),
        ("L'association recherche un·e comptable confirmé·e.", "comptable"),
        ("Nous recherchons une animatrice expérimentée pour l'été.", "animatrice"),
        ("La régie recrute un électricien qualifié en CDI.", "électricien"),
        (
            "La Bobine du Haut-Jura recrute son ou sa\nRÉGISSEUR·SE GÉNÉRAL·E\n\nVos missions",
            "Régisseur·se général·e",
        ),
        ("Le Potager recrute un·e\n\nENCADRANT·E TECHNIQUE\nCDD 12 mois", "Encadrant·e technique"),
        (
            "La crèche recrute un ou une\nAuxiliaire de puériculture\n\nMissions",
            "Auxiliaire de puériculture",
        ),
    ],
)
def test_what_the_holder_must_be_is_no_part_of_the_title(text, expected):
    assert title_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "FICHE DE POSTE\n\nIntitulé\tAccompagnant·e éducatif·ve et social·e (AES)\nType de "
            "contrat\tCDI",
            "Accompagnant·e éducatif·ve et social·e (AES)",
        ),
        ("Intitulé du poste\tChargé de projet\nLieu\tLyon", "Chargé de projet"),
        ("Poste\t\tComptable\nContrat\t\tCDD", "Comptable"),
        (
            "OFFRE D'EMPLOI\n\nDIRECTEUR·RICE D'ACCUEIL DE LOISIRS SANS\nHÉBERGEMENT (ALSH)\n\n"
            "L'association X recrute.",
            "Directeur·rice d'accueil de loisirs sans hébergement (ALSH)",
        ),
        (
            "DIRECTEUR / DIRECTRICE DU SITE DE LANNION\nCDI",
            "Directeur / directrice du site de Lannion",
        ),
    ],
)
def test_table_rows_wrapped_lines_and_capitals_are_read(text, expected):
    assert title_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "France Volontaires\nOffre de mission VSI\n\nChargé·e de projet éducation (VSI) – "
            "Madagascar\n\nOrganisme d'envoi : AESM",
            "Chargé·e de projet éducation",
        ),
        ("Bretagne Animateurs Réseau\nCoordinateur·rice (H/F)\nCDI", "Coordinateur·rice"),
        (
            "[URGENT] Recherche AES / AMP pour foyer de vie (H/F)\n\nL'APEI recherche pour son "
            "foyer de vie un·e accompagnant·e.",
            "AES / AMP",
        ),
        ("On recherche : Animateur·rice BAFA\nCDD été\nLieu : Annecy", "Animateur·rice BAFA"),
        (
            "Nous recrutons un·e infirmier·ère pour notre EHPAD Les Lilas à Lyon.",
            "infirmier·ère",
        ),
        ("Aide-soignant·e pour l'EHPAD Les Tilleuls\nCDI\nLieu : Dijon", "Aide-soignant·e"),
        ("Chargé·e de mission pour la Fédération X\nCDD\nLieu : Paris", "Chargé·e de mission"),
        (
            "Chargé·e de mission pour la transition écologique\nCDD\nLieu : Paris",
            "Chargé·e de mission pour la transition écologique",
        ),
    ],
)
def test_portal_names_leading_verbs_and_workplaces_are_no_part_of_the_title(text, expected):
    assert title_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ressources Solidaires\nEmploi / Stage / Service civique dans l'ESS\n\nAccueil > "
            "Offres\n\nChargé(e) de développement commercial\nPubliée le 21 novembre 2026",
            "Chargé(e) de développement commercial",
        ),
        ("Stages et alternances en ESS\n\nAssistant·e RH (H/F)\nAlternance", "Assistant·e RH"),
        (
            "CDD - Assistant(e) administratif(ve) - 6 mois\nLieu : Nancy",
            "Assistant(e) administratif(ve)",
        ),
        ("Animateur nature – 8 mois\nLieu : Brest", "Animateur nature"),
        ("Agent d'accueil – CDD de 3 mois renouvelable\nLieu : Pau", "Agent d'accueil"),
        ("1 Éducateur Spécialisé (H/F)\nCDI - Temps plein", "Éducateur Spécialisé"),
        ("2 animateurs périscolaires (H/F)\nCDD", "animateurs périscolaires"),
    ],
)
def test_taglines_durations_and_counts_are_no_part_of_the_title(text, expected):
    assert title_of(text) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Cariste polyvalent",
        "Manutentionnaire",
        "Réceptionniste de nuit",
        "Standardiste bilingue",
        "Brancardier",
        "Apiculteur·rice",
        "Boucher·ère",
        "AESH",
        "Bûcheron·ne",
        "Ébéniste",
        "Dessinateur·rice projeteur·se",
        "Agronome",
        "Agriculteur·rice",
        "Costumier·ère",
        "Éclairagiste",
        "Metteur·se en scène",
        "Évaluateur·rice",
        "Vice-président·e",
    ],
)
def test_trades_and_roles_at_the_top_are_titles(line):
    assert title_of(f"{line}\nCDI\nLieu : Lyon") == line


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La Lettre du réseau – n° 12\n\nOFFRES D'EMPLOI\n\n1) Animateur·rice périscolaire – "
            "CDD 3 mois – Albi\n\nL'association X recrute un·e animateur·rice pour l'accueil.",
            "Animateur·rice périscolaire",
        ),
        (
            "Bulletin de novembre\n\n2. Coordinateur de chantier d'insertion (H/F)\n\nMissions :",
            "Coordinateur de chantier d'insertion",
        ),
        (
            "Infos du mois\n\n1) Éducatrice spécialisée - CDI - Rodez\n2) Comptable - CDD - Albi",
            "Éducatrice spécialisée",
        ),
    ],
)
def test_a_newsletters_numbered_offer_gives_the_title(text, expected):
    assert title_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Numbered steps or requirements are no offers, even when they start with a role word.
        "Profil\n\n1) Animateur expérimenté auprès d'enfants\n2) BAFA exigé",
        "Déroulé\n\n1) Assistante RH vous appelle\n2) Entretien avec la directrice",
        "Nos engagements\n\n1) Directeur de publication : Jean Dupont\n2) Hébergeur : OVH",
    ],
)
def test_a_numbered_line_without_a_contract_or_marker_is_no_title(text):
    numbered = text.split("1) ")[1].split("\n")[0]
    assert title_of(text) not in {numbered, numbered.split(" :")[0], numbered.split(" v")[0]}
