"""Workplace extraction from layouts: split header lines, street addresses, letterheads and
footers, location fields wrapped over two lines."""

from __future__ import annotations

import pytest

from postings.extract.place import extract_place
from postings.extract.text import Doc


def place(text: str) -> tuple[str | None, str | None]:
    found = extract_place(Doc.of(text), {})
    return tuple(found[k].value if k in found else None for k in ("city", "department"))


# --- a header line split into parts, one of which is the place -----------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("CDD · 18 mois · Temps plein · Télétravail partiel · Corte, Corse", ("Corte", "2B")),
        ("Évry (91) · Apprentissage · 24 mois · Bac+3 à Bac+5", ("Évry-Courcouronnes", "91")),
        ("Association Bouger Ensemble (ABE) – Besançon", ("Besançon", "25")),
        ("Chargé·e de mission | CDI | Lyon 3e", ("Lyon", "69")),
        ("Stage · 6 mois · Montpellier (34) · Gratification légale", ("Montpellier", "34")),
        ("Animateur·rice / Mi-temps / Quimper", ("Quimper", "29")),
        ("Les Amis du Vivant · Rennes · Environnement & biodiversité", ("Rennes", "35")),
        ("CDI - Temps partiel - Vannes", ("Vannes", "56")),
        ("Publié le 3 mars · Saint-Nazaire · CDI", ("Saint-Nazaire", "44")),
        ("Coordinateur·rice | Aubervilliers, Île-de-France | Hybride", ("Aubervilliers", "93")),
    ],
)
def test_a_part_of_a_split_header_line_holding_only_a_place_gives_it(line, expected):
    text = f"JOBS SOLIDAIRES\n\nChargé·e de projet\n{line}\n\nNous recrutons pour notre équipe."
    assert place(text) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Rédaction - Communication - Événementiel",
        "Aide à domicile - Auxiliaire de vie - Garde d'enfants",
        "Association loi 1901 · Agréée jeunesse · Reconnue d'utilité publique",
        "Accueil | Nos missions | Nous rejoindre | Contact",
    ],
)
def test_a_split_header_line_without_a_place_gives_none(line):
    assert place(f"Chargé·e de projet\n{line}\n\nNous recrutons.") == (None, None)


def test_an_address_split_over_a_header_line_is_the_letterheads_not_a_layout():
    text = (
        "UNION DES ASSOCIATIONS RURALES\n"
        "Maison des associations – 12 rue Victor-Hugo – 32000 Auch\n\n"
        "Intitulé du poste : Comptable\n"
        "Le poste est basé dans le Gers, sur l'un de nos trois sites.\n"
    )
    assert place(text) == (None, "32")


# --- a commune right after a street address ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("→ au local : 15 rue d'Orchies – SAINT-AMAND-LES-EAUX", ("Saint-Amand-les-Eaux", "59")),
        ("Rendez-vous au 7 route de Selles, Romorantin", ("Romorantin-Lanthenay", "41")),
        ("La permanence se tient au 12 avenue Jean-Jaurès, Vénissieux.", ("Vénissieux", "69")),
        ("Accueil du public : 4 bis rue des Lilas - Tourcoing", ("Tourcoing", "59")),
        ("Atelier : 21 chemin des Vignes, Gaillac (81)", ("Gaillac", "81")),
        ("Le chantier se situe 2 allée des Tilleuls, Saint-Herblain.", ("Saint-Herblain", "44")),
        ("Distribution tous les mardis, 8 place du Marché - Montbéliard", ("Montbéliard", "25")),
        ("Ressourcerie : 140 boulevard de la Liberté, Lille", ("Lille", "59")),
    ],
)
def test_a_commune_after_a_street_address_is_read(text, expected):
    assert place(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nous sommes au 12 rue de Paris, bâtiment B, au 2e étage.",
        "Envoyez votre CV au 5 rue Victor-Hugo, Lyon, avant le 3 mars.",
        "Adressez votre candidature au 18 avenue de la Gare, Dijon.",
        "Le local est au 3 rue Neuve, Maison des associations.",
    ],
)
def test_a_street_address_without_a_workplace_commune_gives_none(text):
    assert place("Chargé·e d'accueil (H/F)\n\n" + text) == (None, None)


# --- letterheads and footers: where the organisation is, below the job's own place ---------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "FOYER DU PARTAGE\n27 rue du Jeu-des-Enfants – 67000 Strasbourg – 03 88 32 41 07\n\n"
            "Travailleur·se social·e\nLieu de travail : service Logement, 3 rue de la Glacière,"
            "\n67300 Schiltigheim\n",
            ("Schiltigheim", "67"),
        ),
        (
            "Association Les Jardins\n12 rue de la Paix\n75002 Paris\nTél. 01 42 00 00 00\n\n"
            "Animateur·rice - Montreuil (93)\nCDI à temps plein.\n",
            ("Montreuil", "93"),
        ),
        (
            "Maison de l'emploi solidaire – 4 place de la Mairie – 29200 Brest – "
            "contact@mes.example\n\nChargé·e d'accueil\nLe poste est basé dans le Finistère, "
            "avec des permanences sur tout le département.\n",
            (None, "29"),
        ),
        (
            "Éducateur·rice spécialisé·e\nNous recrutons pour notre service de "
            "Castelnau-le-Lez (34).\nCDI, 35 h.\n\n"
            "Association Trait d'Union – 5 rue Foch – 34000 Montpellier – 04 67 00 00 00\n",
            ("Castelnau-le-Lez", "34"),
        ),
    ],
)
def test_a_letterhead_or_footer_address_yields_to_the_jobs_own_place(text, expected):
    assert place(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Association Les Jardins\n12 rue de la Paix - 75002 Paris - 01 42 00 00 00\n\n"
            "Nous recrutons un·e comptable en CDI.\n",
            ("Paris", "75"),
        ),
        (
            "Comptable (H/F)\nCDI à temps partiel.\n\n"
            "Les Jardins de la Sauldre – association loi 1901 – 7 route de Selles 41200 "
            "Romorantin\nTél. 02 54 00 00 00 – www.jardins.example\n",
            ("Romorantin-Lanthenay", "41"),
        ),
    ],
)
def test_a_letterhead_or_footer_address_is_the_place_when_nothing_else_is(text, expected):
    assert place(text) == expected


# --- a location field whose address goes on over the next line ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lieu de travail : service Logement, 3 rue de la Glacière,\n67300 Schiltigheim",
            ("Schiltigheim", "67"),
        ),
        (
            "Adresse du poste : Maison de quartier, 12 rue des Écoles,\n59000 Lille",
            ("Lille", "59"),
        ),
        ("Lieu : Résidence Les Tilleuls,\nAngers", ("Angers", "49")),
        ("- Lieu de travail : antenne Nord, 8 rue Haute,\n  Roubaix (59)", ("Roubaix", "59")),
    ],
)
def test_a_location_field_ending_with_a_comma_goes_on_over_the_next_line(text, expected):
    assert place("Siège : 10 rue Nationale, 59000 Lille\n\n" + text) == expected


# --- a newsletter's teasers of other offers, whatever their heading -------------------------

_FEATURED = (
    "Bonjour à toutes et à tous,\n\nNous relayons l'offre d'un adhérent du réseau.\n\n"
    "L'ÉPICERIE DU LAC RECRUTE\nson/sa coordinateur·rice\n\n"
    "L'épicerie solidaire d'Annecy accueille 200 foyers par an, orientés par les travailleurs "
    "sociaux, et fonctionne avec une salariée et 40 bénévoles.\n"
    "- Coordonner l'activité de l'épicerie et l'équipe de bénévoles\n"
    "- Monter et suivre les dossiers de financement\n"
    "Conditions : CDD de 12 mois, 30 h par semaine, 1 900 € brut mensuel.\n"
    "Candidature avant le 18 décembre à epicerie@lac.example\n\n"
)


@pytest.mark.parametrize(
    "teasers",
    [
        "À voir aussi sur le réseau cette semaine :\n"
        "> L'épicerie Graines de Partage (Albi) cherche un·e animateur·rice en service civique\n"
        "> Le Relais du Pays de Tarbes recrute un·e chauffeur·se en CDDI\n",
        "Chez nos voisins\n"
        "• Comptable (H/F) – Chambéry – CDI\n"
        "• Animateur·rice jeunesse – Grenoble – CDD 8 mois\n"
        "• Chargé·e d'accueil – Valence – temps partiel\n",
        "Comptable\nAssociation Horizons\nCDD 6 mois - Bourges\n\n"
        "Animateur·rice jeunesse\nMJC des Rives\nCDI - Vierzon\n",
        "Ils recrutent aussi :\n"
        "La ressourcerie de Chambéry recherche un·e valoriste (CDDI, 26 h).\n"
        "Le centre social de Rumilly cherche un·e animateur·rice famille en CDI.\n",
    ],
)
def test_a_newsletters_teasers_of_other_offers_do_not_place_the_job(teasers):
    text = _FEATURED + teasers + "\n--\nRéseau des épiceries solidaires\n"
    assert place(text) == ("Annecy", "74")


def test_a_postings_own_list_of_posts_near_its_top_is_read():
    text = (
        "Nous recrutons :\n- un·e éducateur·rice en CDI à Lyon\n"
        "- un·e moniteur·rice en CDD à Villeurbanne\n\n" + "Présentation de l'association. " * 40
    )
    assert place(text) == ("Lyon", "69")


def test_two_teasers_in_the_same_place_are_no_run_of_other_offers():
    text = (
        "Présentation de l'association. " * 40
        + "\nConditions :\n- CDI à temps plein à Nantes\n- 35 h par semaine à Nantes\n"
    )
    assert place(text) == ("Nantes", "44")


# --- more layouts and wordings ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Animateur H/F\nAssociation Les Amis - Bordeaux - 33\nCDD", ("Bordeaux", "33")),
        ("Coordinateur H/F\nRéseau Solidaire | Rennes (35) | CDI", ("Rennes", "35")),
        ("Chargé·e d'accueil\nAU CŒUR DE LA ROCHE-SUR-YON\nCDI", ("La Roche-sur-Yon", "85")),
        ("NOUS RECRUTONS À LA ROCHE-SUR-YON UN·E ANIMATEUR·RICE", ("La Roche-sur-Yon", "85")),
        ("POSTE BASÉ À SAINT-NAZAIRE, CDI À TEMPS PLEIN", ("Saint-Nazaire", "44")),
        ("Éducateur spécialisé (H/F) – LA ROCHE-SUR-YON (85)", ("La Roche-sur-Yon", "85")),
    ],
)
def test_capitals_and_job_board_header_parts_give_the_place(text, expected):
    assert place(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lieu : St Quentin en Yvelines", (None, "78")),
        ("Lieu de travail : Saint-Paul (78)", (None, "78")),
        ("Poste basé à Villeneuve (Essonne)", (None, "91")),
        ("Lieu : Saint-Denis (974)", ("Saint-Denis", "974")),
        ("Lieu : Bruges en Gironde", ("Bruges", "33")),
        ("Lieu de travail : Maison relais de la Chapelle, Paris 18e", ("Paris", "75")),
    ],
)
def test_a_departement_beside_a_name_it_holds_no_commune_of_is_the_one_meant(text, expected):
    assert place(text) == expected


# --- a job that covers a whole département ------------------------------------------------

_LETTERHEAD = "Association Picarde\n12 rue des Jacobins - 80000 Amiens - 03 22 00 00 00\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Poste itinérant : vous interviendrez dans toute la Somme.",
        "Le poste couvre l'ensemble du département de la Somme.",
        "La mission s'étend sur tout le territoire de la Somme.",
        "Vous intervenez à domicile sur l'ensemble de la Somme (véhicule de service).",
        "Poste itinérant sur toute la Somme",
    ],
)
def test_a_job_covering_a_whole_departement_has_no_commune(sentence):
    assert place(_LETTERHEAD + "Chargé·e de mission (H/F)\n" + sentence) == (None, "80")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("L'association intervient dans toute la Somme.", ("Amiens", "80")),
        ("Des déplacements sont à prévoir dans toute la Somme.", ("Amiens", "80")),
        ("Lieu de travail : Abbeville, interventions dans toute la Somme", ("Abbeville", "80")),
        ("Poste basé à Péronne, vous interviendrez dans toute la Somme.", ("Péronne", "80")),
    ],
)
def test_an_organisations_area_or_trips_leave_the_workplace(sentence, expected):
    assert place(_LETTERHEAD + "Chargé·e de mission (H/F)\n" + sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Vous travaillerez en lien avec l'équipe de Lyon 8e.",
        "Vous travaillerez en collaboration avec nos bureaux de Paris.",
        "Le ou la salarié·e travaillera en partenariat avec la mairie de Bron.",
        "Vous travaillerez au contact des familles de Vénissieux.",
    ],
)
def test_working_with_people_elsewhere_does_not_place_the_job(sentence):
    text = "Animateur socioculturel H/F\nAssociation Léo Partage - Villeurbanne - 69\n\n"
    assert place(text + sentence) == ("Villeurbanne", "69")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Où ? Poitiers (86 - Vienne)\nQuand ? À partir du 1 décembre 2026", ("Poitiers", "86")),
        ("Où ?\nSaint-Brieuc (22)", ("Saint-Brieuc", "22")),
        ("- Où ? À la Maison des associations de Tours", ("Tours", "37")),
    ],
)
def test_the_service_civique_sites_where_field_gives_the_place(text, expected):
    assert place(text) == expected
