"""Whether a few words name a place, for the title family: `is_place(segment)`.

A title or a name line is often followed by where the job is: a French commune, département
or région (« – Lille », « Paris 11e », « 40 Landes »), "France", « Télétravail », or abroad,
for international solidarity: a country (« – Bénin »), or a city with its country (« –
Cotonou (Bénin) », « – Dakar, Sénégal »). Foreign cities are not listed: the country beside
them says they are places. A French commune must be written with a capital, so that words
that happen to name one ("mer") stay in a title.
"""

from __future__ import annotations

import re

from postings import geo

_PLACES = frozenset(
    {
        "france",
        "teletravail",
        "remote",
        "full remote",
        "a distance",
        "international",
        "ile de france",
        "idf",
        "dom tom",
        "outre mer",
        "national",
        "region",
        "europe",
        "afrique",
        "afrique de l ouest",
        "afrique de l est",
        "afrique centrale",
        "afrique du nord",
        "amerique latine",
        "asie",
        "moyen orient",
        "maghreb",
        "sahel",
        "caraibes",
        "ocean indien",
        "pacifique",
    }
)
# Countries as French postings write them (international solidarity, volunteering abroad).
_COUNTRY_NAMES = """
Afghanistan|Afrique du Sud|Albanie|Algérie|Allemagne|Angola|Arabie saoudite|Argentine|Arménie
|Australie|Autriche|Azerbaïdjan|Bangladesh|Belgique|Bénin|Birmanie|Myanmar|Bolivie
|Bosnie-Herzégovine|Botswana|Brésil|Bulgarie|Burkina Faso|Burkina|Burundi|Cambodge|Cameroun
|Canada|Cap-Vert|Centrafrique|République centrafricaine|Chili|Chine|Chypre|Colombie|Comores
|Congo|RDC|République démocratique du Congo|Corée du Sud|Costa Rica|Côte d'Ivoire|Croatie
|Cuba|Danemark|Djibouti|Égypte|Équateur|Érythrée|Espagne|Estonie|Éthiopie|Fidji|Finlande
|Gabon|Gambie|Géorgie|Ghana|Grèce|Guatemala|Guinée|Guinée-Bissau|Guinée équatoriale|Haïti
|Honduras|Hongrie|Inde|Indonésie|Irak|Iran|Irlande|Islande|Israël|Italie|Jamaïque|Japon
|Jordanie|Kenya|Kosovo|Laos|Lettonie|Liban|Liberia|Libéria|Libye|Lituanie|Luxembourg
|Macédoine du Nord|Madagascar|Malaisie|Malawi|Mali|Malte|Maroc|Maurice|Mauritanie|Mexique
|Moldavie|Mongolie|Monténégro|Mozambique|Namibie|Népal|Nicaragua|Niger|Nigeria|Nigéria
|Norvège|Nouvelle-Zélande|Ouganda|Ouzbékistan|Pakistan|Palestine|Panama|Paraguay|Pays-Bas
|Pérou|Philippines|Pologne|Portugal|Roumanie|Royaume-Uni|Russie|Rwanda|Salvador|Sénégal
|Serbie|Sierra Leone|Singapour|Slovaquie|Slovénie|Somalie|Soudan|Soudan du Sud|Sri Lanka
|Suède|Suisse|Syrie|Tadjikistan|Tanzanie|Tchad|Tchéquie|République tchèque|Territoires
palestiniens|Thaïlande|Timor oriental|Togo|Tunisie|Turquie|Ukraine|Uruguay|Vanuatu|Venezuela
|Viêt Nam|Vietnam|Yémen|Zambie|Zimbabwe|Québec|Gaza|Cisjordanie
"""
_COUNTRIES = frozenset(geo.fold_place(c) for c in _COUNTRY_NAMES.replace("\n", " ").split("|"))
_AREA_KEYS = frozenset(
    [geo.fold_place(d.name) for d in geo.DEPARTMENTS.values()]
    + [geo.fold_place(r.name) for r in geo.REGIONS.values()]
)
# "Cotonou (Bénin)", "Dakar, Sénégal", "Goma – RDC": a city named with its country (the
# closing bracket may already have been cut).
_WITH_COUNTRY = re.compile(
    r"(?P<city>[A-ZÀ-Ý][\w'-]*(?:[ -](?:[A-ZÀ-Ý][\w'-]*|de|du|des|la|el|es))*)"
    r"\s*(?:\(\s*|,\s*|\s[-–—]\s)(?P<country>[A-ZÀ-Ý][^()\n,]{1,40}?)\s*\)?"
)
_ARRONDISSEMENT = re.compile(r"\s*\d+\s*(?:e|er|eme)?(?:\s+arrondissement)?$")
_LEADING_CODE = re.compile(r"^\d{2,3}\s+")


def is_place(segment: str, *, abroad: bool = True) -> bool:
    """True for a commune ("Sablé-sur-Sarthe"), département, région, "France", "Télétravail",
    and with `abroad` a country ("Bénin") or a city with its country ("Cotonou (Bénin)")."""
    if len(segment) > 60:
        return False
    key = geo.fold_place(segment)
    if key in _PLACES or (abroad and key in _COUNTRIES):
        return True
    if not segment[:1].isupper() and not segment[:1].isdigit():
        return False
    city = _WITH_COUNTRY.fullmatch(segment.strip()) if abroad else None
    if city and geo.fold_place(city.group("country")) in _COUNTRIES:
        return True
    key = _ARRONDISSEMENT.sub("", key)  # "Paris 11e"
    key = _LEADING_CODE.sub("", key)  # "75 Paris", "40 Landes"
    return bool(key) and (key in _AREA_KEYS or geo.gazetteer().has_name(key))
