"""The official geographic code: départements, régions and the commune gazetteer (no Django)."""

from __future__ import annotations

import pytest

from postings import geo


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("SAINT-DENIS", "saint denis"),
        ("Saint Denis", "saint denis"),
        ("St-Denis", "saint denis"),
        ("Ste-Marie", "sainte marie"),
        ("L'Île-Saint-Denis", "l ile saint denis"),
        ("Évry-Courcouronnes", "evry courcouronnes"),
        ("Œuilly", "oeuilly"),
        ("  Paris  ", "paris"),
    ],
)
def test_fold_place_ignores_case_accents_hyphens_and_saint_abbreviations(name, key):
    assert geo.fold_place(name) == key


@pytest.mark.parametrize(
    ("name", "postcode", "department", "expected"),
    [
        ("Saint-Denis", None, None, ("Saint-Denis", "974")),
        ("Saint-Denis", "93200", None, ("Saint-Denis", "93")),
        ("Saint-Denis", None, "93", ("Saint-Denis", "93")),
        ("St Denis", "97400", None, ("Saint-Denis", "974")),
        ("Montreuil", None, None, ("Montreuil", "93")),
        ("Montreuil", None, "85", ("Montreuil", "85")),
        ("Paris 11e Arrondissement", None, None, ("Paris", "75")),
        ("Lyon 3e Arrondissement", None, None, ("Lyon", "69")),
        ("Marseille 1er Arrondissement", None, None, ("Marseille", "13")),
        ("Cherbourg-Octeville", None, None, ("Cherbourg-en-Cotentin", "50")),
        ("Ajaccio", None, None, ("Ajaccio", "2A")),
        ("Bastia", None, None, ("Bastia", "2B")),
        ("Mamoudzou", None, None, ("Mamoudzou", "976")),
        ("Pointe-à-Pitre", None, None, ("Pointe-à-Pitre", "971")),
    ],
)
def test_lookup_finds_the_commune_meant(name, postcode, department, expected):
    commune = geo.gazetteer().lookup(name, postcode=postcode, department=department)
    assert (commune.name, commune.department) == expected


@pytest.mark.parametrize("name", ["France", "Île-de-France", "Lieu", "Poste", "Centre-ville", ""])
def test_lookup_of_a_name_no_commune_bears_is_none(name):
    assert geo.gazetteer().lookup(name) is None


def test_homonyms_come_most_populous_first():
    gazetteer = geo.gazetteer()
    found = gazetteer.by_name("Saint-Denis")
    current = [c.population for c in found if gazetteer.bears(c, "saint denis")]
    assert current == sorted(current, reverse=True) and len(current) > 2
    assert found[: len(current)] == [c for c in found if gazetteer.bears(c, "saint denis")]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Olonne-sur-Mer", "Les Sables-d'Olonne"),
        ("Château-d'Olonne", "Les Sables-d'Olonne"),
        ("Châlons-sur-Marne", "Châlons-en-Champagne"),
        ("Courcouronnes", "Évry-Courcouronnes"),
        ("Herblay", "Herblay-sur-Seine"),
    ],
)
def test_a_former_commune_name_finds_the_commune_it_merged_into(name, expected):
    assert [c.name for c in geo.gazetteer().by_name(name)] == [expected]


def test_a_commune_bearing_a_former_name_itself_comes_before_the_merged_one():
    found = geo.gazetteer().by_name("Évry")
    assert [(c.name, c.department) for c in found] == [
        ("Évry", "89"),
        ("Évry-Courcouronnes", "91"),
    ]
    assert geo.gazetteer().bears(found[0], "evry") and not geo.gazetteer().bears(found[1], "evry")


@pytest.mark.parametrize(
    ("short", "expected"),
    [
        ("evry", "Évry-Courcouronnes"),
        ("charleville", "Charleville-Mézières"),
        ("romorantin", "Romorantin-Lanthenay"),
        ("saint ouen", "Saint-Ouen-sur-Seine"),
        ("la teste", "La Teste-de-Buch"),
        ("villefranche", "Villefranche-sur-Saône"),
    ],
)
def test_short_forms_list_the_longer_names_most_populous_first(short, expected):
    found = geo.gazetteer().short_forms(short)
    assert found[0].name == expected
    populations = [c.population for c in found]
    assert populations == sorted(populations, reverse=True)


@pytest.mark.parametrize(
    "short", ["saint ouen sur", "la", "le", "les", "saint ouen l", "la teste de"]
)
def test_a_short_form_never_ends_on_a_linking_word_or_an_article(short):
    assert geo.gazetteer().short_forms(short) == ()


def test_by_key_takes_a_folded_name():
    assert [c.name for c in geo.gazetteer().by_key("l ile saint denis")] == ["L'Île-Saint-Denis"]
    assert geo.gazetteer().by_key("not a commune") == ()


@pytest.mark.parametrize(("first", "at_least"), [("paris", 1), ("saint", 5), ("l", 3)])
def test_words_after_bounds_the_names_starting_with_a_word(first, at_least):
    assert geo.gazetteer().words_after(first) >= at_least


def test_words_after_a_word_no_name_starts_with_is_zero():
    assert geo.gazetteer().words_after("recrutement") == 0


@pytest.mark.parametrize(
    ("postcode", "department"),
    [
        ("93200", "93"),
        ("75011", "75"),
        ("97400", "974"),
        ("97600", "976"),
        ("20000", "2A"),
        ("20090", "2A"),
        ("20200", "2B"),
        ("20600", "2B"),
        ("33130", "33"),
        ("99999", None),
        ("abc", None),
    ],
)
def test_department_of_postcode(postcode, department):
    assert geo.department_of_postcode(postcode) == department


def test_by_postcode_lists_the_communes_served():
    assert [c.name for c in geo.gazetteer().by_postcode("35000")] == ["Rennes"]
    assert "Paris" in [c.name for c in geo.gazetteer().by_postcode("75011")]


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Seine-Saint-Denis", "93"),
        ("seine saint denis", "93"),
        ("Hauts-de-Seine", "92"),
        ("Côte-d'Or", "21"),
        ("Corse-du-Sud", "2A"),
        ("Haute-Corse", "2B"),
        ("La Réunion", "974"),
        ("Guyane française", "973"),
        ("Mayotte", "976"),
        ("Réunion", None),
        ("Bretagne", None),
    ],
)
def test_department_of_name(name, code):
    assert geo.department_of_name(name) == code


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Île-de-France", "11"),
        ("IDF", "11"),
        ("Occitanie", "76"),
        ("Picardie", "32"),
        ("Rhône-Alpes", "84"),
        ("PACA", "93"),
        ("Seine-Saint-Denis", None),
    ],
)
def test_region_of_name_knows_former_regions(name, code):
    assert geo.region_of_name(name) == code


def test_every_department_belongs_to_a_known_region_or_is_a_collectivity():
    for department in geo.DEPARTMENTS.values():
        assert department.region is None or department.region in geo.REGIONS


def test_departments_of_region_and_region_of_agree():
    assert "93" in geo.departments_of_region("11")
    assert geo.region_of("93").name == "Île-de-France"
    assert geo.region_of("988") is None


def test_department_label_reads_code_and_name():
    assert geo.department_label("93") == "93 – Seine-Saint-Denis"
    assert geo.department_label("00") == "00"


def test_choices_cover_every_department_and_region():
    assert len(geo.DEPARTMENT_CHOICES) == len(geo.DEPARTMENTS) >= 101
    assert {code for code, _ in geo.REGION_CHOICES} == set(geo.REGIONS)


@pytest.mark.parametrize(
    ("short", "longer"),
    [
        ("saint ouen", "Saint-Ouen-sur-Seine"),
        ("saint ouen", "Saint-Ouen-l'Aumône"),
        ("la teste", "La Teste-de-Buch"),
        ("le puy", "Le Puy-en-Velay"),
        ("les sables", "Les Sables-d'Olonne"),
        ("champigny", "Champigny-sur-Marne"),
        ("chalons", "Châlons-en-Champagne"),
        ("villeneuve", "Villeneuve-lès-Avignon"),
    ],
)
def test_short_forms_lead_to_the_communes_named_with_a_linking_word(short, longer):
    assert longer in [c.name for c in geo.gazetteer().short_forms(short)]


def test_short_forms_are_most_populous_first_and_only_current_names():
    found = geo.gazetteer().short_forms("saint ouen")
    assert found[0].name == "Saint-Ouen-sur-Seine"
    assert [c.population for c in found] == sorted((c.population for c in found), reverse=True)
    assert all(geo.fold_place(c.name).startswith("saint ouen ") for c in found)


@pytest.mark.parametrize("name", ["lyon", "saint ouen sur seine", "boulogne billancourt", "zzz"])
def test_a_name_no_commune_extends_with_a_linking_word_has_no_short_form(name):
    assert geo.gazetteer().short_forms(name) == ()
