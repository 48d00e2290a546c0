"""Short and former names of communes: "Évry" for Évry-Courcouronnes, "Charleville" for
Charleville-Mézières, "Olonne-sur-Mer" for Les Sables-d'Olonne.

Postings write a commune the way people say it: its first words ("Charleville", "Romorantin",
"Saint-Ouen", "Villefranche"), or the name it had before a merger or a renaming ("Évry",
"Châlons-sur-Marne", "Olonne-sur-Mer": the gazetteer knows them, see `geo.Gazetteer`). Such a
name may also be a small commune's own (Évry in the Yonne, 400 inhabitants). It is read:

- beside a postal code or a département code ("Évry (91)", "41200 Romorantin"): among every
  commune whose name starts with it there (`place_read` narrows them);
- else as a commune of that very name in a département the posting states or names, then as a
  far more populous longer one the posting places (`confirmable`): "La Teste" in a posting
  that names Arcachon;
- else as the longer or former one that dwarfs its homonyms (`dominant`): Évry-Courcouronnes
  (67 000 inhabitants) rather than Évry (400), Charleville-Mézières rather than Charleville
  (262), Romorantin-Lanthenay where no commune is named Romorantin; never where two longer
  ones compare ("Villeneuve": Villeneuve-d'Ascq, Villeneuve-Saint-Georges; "Montigny").

An everyday word that begins commune names ("Saint", "Grand", "Petit", "Bon") is no short form.
"""

from __future__ import annotations

import re

from postings import geo

# Words that begin commune names but are, alone (or after an article), everyday words.
_COMMON = frozenset(
    re.findall(
        r"[a-z]+",
        """
        bas, basse, baie, bain, beau, belle, bois, bon, bonne, bons, cap, champs, chapelle,
        chasse, chateau, col, croix, deux, eglise, entre, fort, grand, grande, grandes, grands,
        gros, haut, haute, hautes, hauts, ile, lac, lieu, maisons, mont, neuf, neuve, notre,
        nouvelle, petit, petite, petites, petits, plan, pointe, pont, port, porte, puits, rive,
        saint, sainte, saintes, saints, sept, six, trois, val, vallee, vieille, vieux
        """,
    )
)
_ARTICLES = ("la ", "le ", "les ", "l ")
_SHORTEST = 3  # letters: "Aix", "Gif" are short forms, "Ay" and "M'" are not
# A longer commune the context places must be this populous, and this many times the
# homonyms ("Saint-Ouen (41)", 3 000 inhabitants; Saint-Ouen-sur-Seine, 50 000).
_CONTEXT_POPULATION = 5_000
_CONTEXT_RATIO = 5
# Without context, the longer one must be this populous (this much where no commune bears the
# name itself), this many times the homonyms, and this many times the next longer one.
_DOMINANT_POPULATION = 15_000
_DOMINANT_ALONE = 5_000
_DOMINANT_RATIO = 10
_RIVAL_RATIO = 2


def short_form_aliases(key: str, communes: tuple[geo.Commune, ...]) -> tuple[geo.Commune, ...]:
    """The communes a name (`key`, folded) may shorten: named `key` + more words and more
    populous than every commune of that name itself, most populous first."""
    if len(key) < _SHORTEST or _is_common(key):
        return ()
    longer = geo.gazetteer().short_forms(key)
    if not longer:
        return ()
    largest = max((c.population for c in exact_homonyms(key, communes)), default=0)
    return tuple(c for c in longer if c.population > largest and c not in communes)


def _is_common(key: str) -> bool:
    for article in _ARTICLES:
        if key.startswith(article):
            return key[len(article) :] in _COMMON
    return key in _COMMON


def exact_homonyms(key: str, communes: tuple[geo.Commune, ...]) -> list[geo.Commune]:
    """The communes whose current name is the name read (not a former name, not longer)."""
    gazetteer = geo.gazetteer()
    return [c for c in communes if gazetteer.bears(c, key)]


def confirmable(commune: geo.Commune, exact: list[geo.Commune]) -> bool:
    """A longer or former commune is far enough above the homonyms for the context to pick."""
    largest = max((c.population for c in exact), default=0)
    return commune.population >= max(_CONTEXT_POPULATION, largest * _CONTEXT_RATIO)


def dominant(exact: list[geo.Commune], others: list[geo.Commune]) -> geo.Commune | None:
    """The longer or former commune that a bare name stands for without context, if one
    dwarfs both the homonyms and the other longer ones."""
    if not others:
        return None
    ranked = sorted(others, key=lambda c: -c.population)
    best, rival = ranked[0], (ranked[1].population if len(ranked) > 1 else 0)
    largest = max((c.population for c in exact), default=0)
    floor = _DOMINANT_POPULATION if exact else _DOMINANT_ALONE
    if best.population >= max(floor, largest * _DOMINANT_RATIO, rival * _RIVAL_RATIO):
        return best
    return None
