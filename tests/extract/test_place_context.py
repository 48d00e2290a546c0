"""Workplace extraction where the context decides: départements named like hamlets, acronyms
named like villages, other offers of a newsletter, second sites, short forms of communes."""

from __future__ import annotations

import pytest

from postings.extract.place import extract_place
from postings.extract.place_other_offers import other_offer_spans
from postings.extract.text import Doc


def place(text: str) -> tuple[str | None, str | None]:
    found = extract_place(Doc.of(text), {})
    return tuple(found[k].value if k in found else None for k in ("city", "department"))


# --- an article and a département's name: the département, not a hamlet of that name -------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lieu de travail : interventions sur toute la Creuse", (None, "23")),
        ("Zone d'intervention : l'ensemble de la Creuse (permis B exigé)", (None, "23")),
        ("Secteur géographique : la Marne\nContrat : CDI", (None, "51")),
        ("Lieu : poste itinérant sur la Marne et les Ardennes", (None, "51")),
        ("Vous interviendrez au domicile des personnes âgées dans toute la Creuse.", (None, "23")),
        ("Localisation : la Creuse (déplacements fréquents)", (None, "23")),
        (
            "Auxiliaire de vie\nLieu de travail : département de la Creuse, agence de "
            "rattachement : Guéret",
            (None, "23"),
        ),
        ("Poste basé dans la Marne, à Épernay.", ("Épernay", "51")),
    ],
)
def test_an_article_and_a_departments_name_mean_the_departement(text, expected):
    assert place(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lieu de travail : 44 - LA MARNE", ("La Marne", "44")),
        ("Adresse : 2 rue de l'Église, 44270 La Marne", ("La Marne", "44")),
        ("Poste basé à La Marne (44), près de Machecoul.", ("La Marne", "44")),
    ],
)
def test_the_hamlet_named_like_a_departement_is_kept_with_its_code(text, expected):
    assert place(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Lieu de travail : agglomération lilloise (secteurs Nord et Est prioritaires)",
        "Zone : Rennes, quartiers Nord",
        "Lieu : Marseille, secteur nord",
    ],
)
def test_nord_after_a_part_of_an_area_is_a_direction(text):
    assert place(text)[1] != "59"


# --- acronyms that are also villages --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Publiée par Réseau Étudiant pour l'Alimentation Durable (REAL)\nStage - 6 mois - Lyon",
            ("Lyon", "69"),
        ),
        ("L'Association Intercommunale d'Aide à Domicile (AIDE) recrute à Brest.", ("Brest", "29")),
        ("Le Collectif Urbain (CU) recrute un·e animateur·rice à Nantes.", ("Nantes", "44")),
        (
            "Offre publiée par l'Union des Centres Sociaux (ORANGE)\nLieu : Valence",
            ("Valence", "26"),
        ),
    ],
)
def test_initials_in_brackets_are_no_commune(text, expected):
    assert place(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Réseau Étudiant pour l'Alimentation Durable (REAL)",
        "Mission locale (AIX) : plus d'informations sur notre site",
    ],
)
def test_initials_alone_give_no_place(text):
    assert place(text) == (None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chargé de mission (Lyon 3e)", ("Lyon", "69")),
        ("Animateur jeunesse (Vitré 35)", ("Vitré", "35")),
        ("Éducateur spécialisé (Castelnau-le-Lez)", ("Castelnau-le-Lez", "34")),
    ],
)
def test_a_place_written_in_brackets_still_counts(text, expected):
    assert place(text) == expected


# --- newsletters: the offer of the letter, not the teasers of the others --------------------

_LETTER = """Objet : [Lettre Emploi] Chef de service – MECS Les Tilleuls (24)

À LA UNE
L'association Enfance Périgord recrute un·e chef·fe de service
MECS Les Tilleuls – Boulazac Isle Manoire (24)
CDI temps plein

Missions : encadrement de l'équipe éducative, suivi des projets personnalisés.
Candidature avant le 28 février à recrutement@enfance-perigord.fr

{heading}

• Comptable (H/F) – CDI – Brive-la-Gaillarde (19) – voir l'offre
• Moniteur d'atelier – CDD 6 mois – ESAT de Tulle (19) – voir l'offre
• Stage – Chargé·e de communication – 4 mois – Limoges (87) – voir l'offre
"""


@pytest.mark.parametrize(
    "heading",
    [
        "ÉGALEMENT DANS LE RÉSEAU",
        "Aussi chez nos adhérents",
        "Et aussi :",
        "D'autres postes à pourvoir",
        "Encore dans le réseau cette semaine",
        "",
    ],
)
def test_a_newsletters_other_offers_do_not_place_the_job(heading):
    assert place(_LETTER.format(heading=heading)) == ("Boulazac Isle Manoire", "24")


@pytest.mark.parametrize(
    "line",
    [
        "Comptable (H/F) – CDI – Aurillac (15) – voir l'offre",
        "→ Infirmier·e de nuit – CDI – Vichy (03) – Voir l'annonce",
        "Secrétaire médicale | CDD | Riom (63) | Lire l'offre",
        "Animateur·rice – Clermont-Ferrand (63) (voir l'offre)",
    ],
)
def test_a_teaser_line_linking_to_another_offer_is_not_read(line):
    text = (
        "Directeur·rice adjoint·e\nFoyer de vie Les Sorbiers – Espaly-Saint-Marcel (43)\n\n"
        f"{line}\n• Aide médico-psychologique – CDD – MAS de Thiers (63) – voir l'offre\n"
    )
    assert place(text) == ("Espaly-Saint-Marcel", "43")


_DIGEST = """Objet : Offres d'emploi du réseau – semaine 11

🔹 LES VEILLEURS DE BELLEVILLE – Paris 20e
Intervenant·e social·e de maraude (H/F)
CDD 3 mois – temps plein – dès que possible
----------------------------------------
Les Veilleurs mènent chaque soir des maraudes auprès des personnes sans abri.
Candidature à maraude@veilleurs.org
----------------------------------------
🔹 FOYER LE PHARE – Gentilly (94)
Veilleur·se de nuit – CDI – 35h
→ Voir l'offre sur notre site emploi
----------------------------------------
🔹 ESPACE SOLIDARITÉ – Montreuil (93)
Stage – Assistant·e de projet – 6 mois – à partir d'avril
→ Voir l'offre sur notre site emploi
----------------------------------------
"""


def test_a_digests_teaser_blocks_above_a_link_line_are_other_offers():
    spans = other_offer_spans(Doc.of(_DIGEST))
    teased = [_DIGEST[start:end] for start, end in spans]
    assert len(teased) == 2
    assert teased[0].startswith("🔹 FOYER LE PHARE") and "Voir l'offre" in teased[0]
    assert "VEILLEURS DE BELLEVILLE" not in "".join(teased)


def test_a_digests_featured_offer_is_placed_not_its_teasers():
    text = _DIGEST.replace("– Paris 20e", "").replace(
        "Candidature à", "Local : 72 rue des Pyrénées, 75020 Paris.\nCandidature à"
    )
    assert place(text) == ("Paris", "75")


@pytest.mark.parametrize(
    "text",
    [
        "Chargé·e de projet\nLieu : Lyon\n→ Voir l'offre complète sur notre site\n",
        "Animateur·rice – CDI – Nantes (44)\n→ Voir l'offre\n",
    ],
)
def test_a_single_link_or_the_featured_offers_own_link_is_no_teaser(text):
    assert other_offer_spans(Doc.of(text)) == ()


# --- a second site the job visits is not its workplace --------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Épicerie sociale - Saint-Denis - 974\nVous assurez ponctuellement des permanences "
            "dans notre antenne de Saint-Paul.",
            ("Saint-Denis", "974"),
        ),
        (
            "Poste basé à Rennes.\nVous tenez aussi une permanence par mois dans notre antenne "
            "de Vitré.",
            ("Rennes", "35"),
        ),
        (
            "Lieu de travail : Quimper\nDéplacements réguliers sur le site de Brest.",
            ("Quimper", "29"),
        ),
        (
            "CDI - Angers\nDes interventions occasionnelles au sein de notre établissement de "
            "Cholet sont à prévoir.",
            ("Angers", "49"),
        ),
        ("Lieu : Montreuil, antenne à Saint-Denis", ("Montreuil", "93")),
        ("Lieu de travail : Nevers (rattachement administratif : Dijon)", ("Nevers", "58")),
    ],
)
def test_an_occasional_or_second_site_does_not_win_over_the_workplace(text, expected):
    assert place(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vous travaillerez au sein de notre établissement de Cholet.", ("Cholet", "49")),
        ("L'association recrute pour son antenne de Vierzon un·e conseiller·e.", ("Vierzon", "18")),
        ("Lieu de travail : antenne de Vitré", ("Vitré", "35")),
    ],
)
def test_a_site_stated_as_the_workplace_still_counts(text, expected):
    assert place(text) == expected


# --- a département and a commune on one line --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DIRECTEUR DE PÔLE (H/F)\nManche (50) – Saint-Lô\n\nNotre client", ("Saint-Lô", "50")),
        ("Animateur·rice\nGironde - Libourne\nCDI", ("Libourne", "33")),
        ("Comptable\nFinistère, Morlaix\nCDD 6 mois", ("Morlaix", "29")),
        ("Aide-soignant\nHaute-Savoie (74) / Annecy", ("Annecy", "74")),
    ],
)
def test_a_line_with_a_departement_and_a_commune_gives_the_commune(text, expected):
    assert place(text) == expected


def test_a_line_with_a_departement_and_a_commune_elsewhere_keeps_the_departement():
    assert place("Directeur\nManche (50) – Brest\n") == (None, "50")


# --- location words of job boards and offices ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[STAGE] Chargé·e de mobilisation – 6 mois – Lyon", ("Lyon", "69")),
        ("Service civique - 8 mois - Poitiers", ("Poitiers", "86")),
        ("Bureaux : Maison des associations, 6 cours des Alliés, Rennes", ("Rennes", "35")),
        ("Locaux : 12 rue de la Paix, 44000 Nantes", ("Nantes", "44")),
        ("Bureaux : Lyon 7e (métro Jean Macé)", ("Lyon", "69")),
        ("C'est à Quimperlé, dans une équipe de 6 salariés 😊", ("Quimperlé", "29")),
        ("Ça se passe à Brest, dans nos locaux du port !", ("Brest", "29")),
    ],
)
def test_durations_offices_and_social_posts_place_the_job(text, expected):
    assert place(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "C'est à vous de jouer : envoyez votre candidature !",
        "Bureaux : ouverts du lundi au vendredi",
        "Stage de 6 mois à partir de mars",
    ],
)
def test_these_phrases_without_a_place_give_none(text):
    assert place(text) == (None, None)


# --- short forms of communes, chosen by the context -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "CDI – Saint-Ouen – Poste à pourvoir en mars\n"
            "Bureaux : 9 rue du Docteur-Bauer, 93400 Saint-Ouen-sur-Seine",
            "Saint-Ouen-sur-Seine",
        ),
        ("Lieu de travail : Saint-Ouen (93)", "Saint-Ouen-sur-Seine"),
        ("Poste basé à Saint-Ouen, en Seine-Saint-Denis.", "Saint-Ouen-sur-Seine"),
        ("Poste basé à Saint-Ouen (Val-d'Oise), près de Cergy.", "Saint-Ouen-l'Aumône"),
        ("Lieu : Saint-Ouen, Île-de-France", "Saint-Ouen-sur-Seine"),
        (
            "Notre asso recrute ! C'est à La Teste (quartier Cazaux), 20h/semaine.\n"
            "#emploi #Arcachon",
            "La Teste-de-Buch",
        ),
        ("Lieu : La Teste, Gironde", "La Teste-de-Buch"),
        ("Poste basé à Champigny (94)", "Champigny-sur-Marne"),
        ("Lieu de travail : Les Sables (85)", "Les Sables-d'Olonne"),
        ("Lieu : Boulogne (62)", "Boulogne-sur-Mer"),
        ("Lieu : Le Puy (43)", "Le Puy-en-Velay"),
        ("CDI - La Roche (Vendée)", "La Roche-sur-Yon"),
        ("Animateur - Bourg (01)", "Bourg-en-Bresse"),
    ],
)
def test_a_short_form_is_the_populous_commune_the_context_places(text, expected):
    assert place(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lieu : Saint-Ouen (41)", ("Saint-Ouen", "41")),
        ("Poste basé à Saint-Ouen, dans le Loir-et-Cher.", ("Saint-Ouen", "41")),
        ("Lieu de travail : Champigny (89)", ("Champigny", "89")),
        ("Lieu : Charleville (51)", ("Charleville", "51")),
        ("Poste basé à Évry, dans l'Yonne.", ("Évry", "89")),
        ("Lieu : Villefranche, Aveyron", ("Villefranche-de-Rouergue", "12")),
    ],
)
def test_a_code_or_a_departement_beside_the_name_keeps_the_commune_it_places(text, expected):
    assert place(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lieu : Saint-Ouen", ("Saint-Ouen-sur-Seine", "93")),
        ("Lieu de travail : Champigny", ("Champigny-sur-Marne", "94")),
        ("C'est à La Teste, avec des enfants de 6 à 11 ans.", ("La Teste-de-Buch", "33")),
        ("Lieu : Les Sables", ("Les Sables-d'Olonne", "85")),
        ("Lieu : Évry", ("Évry-Courcouronnes", "91")),
        ("Lieu de travail : siège social d'Évry (à 5 min du RER D)", ("Évry-Courcouronnes", "91")),
        ("📍 Charleville", ("Charleville-Mézières", "08")),
        ("Poste basé à Romorantin.", ("Romorantin-Lanthenay", "41")),
        ("Animateur·rice jeunesse - Villefranche", ("Villefranche-sur-Saône", "69")),
        ("Localisation : Aix, France", ("Aix-en-Provence", "13")),
        ("Le poste est basé à Cherbourg.", ("Cherbourg-en-Cotentin", "50")),
        ("Lieu : Le Puy", ("Le Puy-en-Velay", "43")),
        ("Lieu : Châlons", ("Châlons-en-Champagne", "51")),
        ("Ville : Saint-Maur", ("Saint-Maur-des-Fossés", "94")),
    ],
)
def test_a_short_form_stands_for_the_commune_that_dwarfs_its_homonyms(text, expected):
    assert place(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Villeneuve-d'Ascq and Villeneuve-Saint-Georges compare: the commune of that name.
        ("Lieu : Villeneuve", "Villeneuve"),
        ("Lieu : Montigny", "Montigny"),
        ("Lieu : Saint-Martin-d'Hères", "Saint-Martin-d'Hères"),
    ],
)
def test_a_short_form_of_comparable_communes_is_the_commune_of_that_name(text, expected):
    assert place(text)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le poste est situé dans les locaux de la Maison des associations.",
        "Lieu : Grande salle polyvalente",
        "Poste basé à Petit, au bord de l'eau.",
        "Lieu : Pointe",
        "Fort de votre expérience, vous animerez les ateliers.",
    ],
)
def test_an_everyday_word_or_the_start_of_a_village_name_is_no_place(text):
    assert place(text)[0] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lieu de travail : Olonne-sur-Mer", ("Les Sables-d'Olonne", "85")),
        ("Poste basé au Château-d'Olonne (85)", ("Les Sables-d'Olonne", "85")),
        ("Ville : Châlons-sur-Marne", ("Châlons-en-Champagne", "51")),
        ("Lieu : Cherbourg-Octeville", ("Cherbourg-en-Cotentin", "50")),
        ("Lieu : Courcouronnes (91)", ("Évry-Courcouronnes", "91")),
        ("Localisation : Herblay", ("Herblay-sur-Seine", "95")),
        ("Lieu : Chemillé-Melay", ("Chemillé-en-Anjou", "49")),
    ],
)
def test_a_former_commune_is_the_commune_it_merged_into(text, expected):
    assert place(text) == expected


def test_a_locality_is_no_short_form_of_a_town_whose_code_is_near():
    text = "Poste basé au centre social de la Chapelle, à Saint-Herblain (44)."
    assert place(text) == ("Saint-Herblain", "44")


@pytest.mark.parametrize(
    ("text", "long_form"),
    [
        ("Lieu : Pont (38), près de Grenoble", "Pont-de-Chéruy"),
        ("Lieu de travail : Bois (78)", "Bois-d'Arcy"),
        ("Lieu : Mont (40)", "Mont-de-Marsan"),
    ],
)
def test_a_common_word_is_no_short_form(text, long_form):
    assert place(text)[0] != long_form


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "C'est à Lyon que notre association a vu le jour, en 1990.\nLe foyer, qui accueille"
            " 40 jeunes à Villeurbanne, recrute un·e éducateur·rice.",
            ("Villeurbanne", "69"),
        ),
        (
            "C'est à Marseille qu'est né notre premier jardin.\nL'association, basée à Aubagne,"
            " recrute un·e jardinier·ère.",
            ("Aubagne", "13"),
        ),
    ],
)
def test_a_cleft_sentence_about_the_past_does_not_place_the_job(text, expected):
    assert place(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "REAL\nRéseau Étudiant pour l'Alimentation Durable\n\nChargé·e de mobilisation (stage)",
        "Offre de stage – REAL\nLe réseau fédère 35 associations étudiantes.",
        "ASTRE\nAssociation pour la Sauvegarde des Territoires Ruraux\nChargé·e de mission",
    ],
)
def test_initials_heading_a_page_or_ending_a_title_are_no_village(text):
    assert place(text)[0] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Éducateur spécialisé\nNANTES\nCDI", ("Nantes", "44")),
        ("Chargé de mission - PARIS", ("Paris", "75")),
        ("Animateur\nREAL (66)\nCDD", ("Réal", "66")),
        ("Agent d'entretien\n66210 REAL", ("Réal", "66")),
    ],
)
def test_towns_in_capitals_and_coded_villages_are_still_places(text, expected):
    assert place(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nous recrutons également un·e comptable, poste basé à Lyon.", ("Lyon", "69")),
        ("Le centre recrute aussi un·e animateur·rice, basé·e à Brest.", ("Brest", "29")),
        (
            "Après une période de formation, vous serez affecté·e à Nantes.\n"
            "Siège social : 3 rue de la Paix, 75002 Paris",
            ("Nantes", "44"),
        ),
    ],
)
def test_also_or_a_comma_before_the_workplace_phrase_does_not_make_it_occasional(text, expected):
    assert place(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le service intervient dans toute la Somme.", "80"),
        ("Vous interviendrez sur l'ensemble de la Manche.", "50"),
        ("Nous intervenons sur tout le Morbihan.", "56"),
        ("Secteur : Nord Isère", "38"),
        ("Poste itinérant en Sud Gironde, véhicule de service.", "33"),
        ("Intervention sur l'ensemble du département de la Loire.", "42"),
        ("Basé en Dordogne, le poste nécessite le permis B.", "24"),
    ],
)
def test_a_posting_that_names_only_a_departement_gives_it(text, expected):
    assert place("Chargé de mission (H/F)\n\n" + text) == (None, expected)


@pytest.mark.parametrize(
    "text",
    [
        "Nous travaillons sur la Loire et ses affluents.",
        "Un projet de restauration des berges le long de la Marne.",
        "Le bassin versant de la Vienne abrite 40 espèces protégées.",
    ],
)
def test_a_river_named_like_a_departement_gives_none(text):
    assert place("Chargé de mission (H/F)\n\n" + text) == (None, None)


# --- a commune named like a job's word: only a place where a place is written ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Alternance - Chargé·e de communication digitale (F/H)\nMutuelle X\nMontpellier (34)",
            ("Montpellier", "34"),
        ),
        ("Chargé(e) de mission - Lyon\nCDI", ("Lyon", "69")),
        ("Chargé.e d'accueil\nLieu : Rennes", ("Rennes", "35")),
        ("CDD - Chargé de projet\n\nPoste basé à Nantes (44).", ("Nantes", "44")),
        ("Chargé / Chargée de mission ESS\nLieu de travail : Tours", ("Tours", "37")),
        ("Lieu de travail : 37530 Chargé", ("Chargé", "37")),
    ],
)
def test_a_commune_named_like_a_job_s_word_needs_a_place_s_context(text, expected):
    assert place(text) == expected


# --- the hiring establishment against the head office and the network's seat -------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lieu | Contrat | Durée\nSaint-Laurent-du-Maroni (Balaté) | CDDI | 4 mois\n"
            "Siège social : 24 rue Lallouette, 97300 Cayenne",
            ("Saint-Laurent-du-Maroni", "973"),
        ),
        ("Poste | Lieu | Contrat\nAnimateur·rice | Vierzon | CDD", ("Vierzon", "18")),
        (
            "OFFRE D'EMPLOI\nSiège social : 14 rue Blatin, 63000 Clermont-Ferrand.\n"
            "Nous recrutons un·e chargé·e d'accompagnement basé·e\n"
            "à notre établissement d'Aurillac.",
            ("Aurillac", "15"),
        ),
        (
            "LE RÉSEAU RECRUTE\nLe centre social Jean-Moulin de Lens accueille un·e volontaire "
            "en service civique\n\nFédération des centres sociaux\n20 rue Baudimont, 62000 Arras"
            " - contact@fede.org",
            ("Lens", "62"),
        ),
        (
            "La crèche Les Lucioles de Tours recrute une auxiliaire de puériculture.\n"
            "Siège : 3 rue Nationale, 41000 Blois",
            ("Tours", "37"),
        ),
        (
            "ACCOMPAGNANT ÉDUCATIF ET SOCIAL H/F\nLa Fondation gère 9 établissements. Son siège "
            "est situé à Verdun.\nLe foyer de vie "
            "accueille 36 adultes en situation de handicap à Bar-le-Duc.",
            ("Bar-le-Duc", "55"),
        ),
    ],
)
def test_the_hiring_establishment_beats_the_head_office(text, expected):
    assert place(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a table header whose row below is cut short is no field
        ("Lieu | Contrat | Durée\nCDD\n\nSiège : 8 rue Haute, 41000 Blois", ("Blois", "41")),
        # the head office named before the verb is no hiring establishment
        (
            "Le siège de Blois recrute un comptable.\nPoste basé à Tours.",
            ("Tours", "37"),
        ),
        # a seat welcoming people is still the seat when the job is placed
        (
            "Lieu de travail : Orléans\nL'association accueille 200 familles à Tours.",
            ("Orléans", "45"),
        ),
    ],
)
def test_a_broken_table_or_a_placed_job_keeps_its_place(text, expected):
    assert place(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "📍 MJC, rue du 11 Novembre, Saint-Pierre\n#ServiceCivique #SaintPierreEtMiquelon",
            ("Saint-Pierre", "975"),
        ),
        ("📍 Saint-Pierre\n#LaRéunion #jeunesse", ("Saint-Pierre", "974")),
        ("Lieu : Saint-Pierre\n#Martinique", ("Saint-Pierre", "972")),
    ],
)
def test_a_hashtag_naming_a_departement_or_region_tells_homonyms_apart(text, expected):
    assert place(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Animateur·rice (H/F)\nCDD\n\nSiège social : 3 rue Nationale, 37000 Tours.\n"
            "Le poste est à pourvoir à notre antenne de Blois.",
            ("Blois", "41"),
        ),
        (
            "Animateur·rice (H/F)\nCDD\n\nLe réseau (siège à Paris) recrute pour l'épicerie "
            "solidaire de Vierzon un·e animateur·rice.",
            ("Vierzon", "18"),
        ),
        (
            "Aide-soignant·e (H/F)\n\nL'association recherche pour son EHPAD de Loches un·e "
            "aide-soignant·e.\nSiège : 41000 Blois",
            ("Loches", "37"),
        ),
    ],
)
def test_the_site_a_hiring_sentence_names_beats_the_seat(text, expected):
    assert place(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vendeur·se (H/F)\n\nNous recrutons pour la saison de Noël un·e vendeur·se.\n"
            "Siège : 12 rue Haute, 41000 Blois",
            ("Blois", "41"),
        ),
        (
            "Chargé·e de mission (H/F)\n\nLa fédération recrute pour le compte de ses adhérents."
            "\nLieu de travail : Orléans",
            ("Orléans", "45"),
        ),
    ],
)
def test_a_hiring_sentence_naming_no_site_leaves_the_place_to_others(text, expected):
    assert place(text) == expected
