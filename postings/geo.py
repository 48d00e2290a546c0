"""Régions, départements and communes of the official geographic code (COG).

Plain Python (no Django): the models, the filters and the extractor share it. The data files
under `postings/data/` are derived from `@etalab/decoupage-administratif` by
`python -m postings.data.build_geo`. Départements and régions load at import (10 kB); the
commune gazetteer (38 274 names: the current communes, their arrondissements, communes
déléguées and former names) loads once, lazily, on the first call to `gazetteer()`.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True, slots=True)
class Region:
    code: str
    name: str


@dataclass(frozen=True, slots=True)
class Department:
    code: str
    name: str
    region: str | None  # None for the overseas collectivities (975, 977, 978, 986–988)

    @property
    def label(self) -> str:
        return f"{self.code} – {self.name}"


def _load_geo() -> tuple[dict[str, Region], dict[str, Department]]:
    raw = json.loads((DATA / "geo.json").read_text(encoding="utf-8"))
    regions = {r["code"]: Region(r["code"], r["name"]) for r in raw["regions"]}
    departments = {
        d["code"]: Department(d["code"], d["name"], d["region"]) for d in raw["departements"]
    }
    return regions, departments


REGIONS, DEPARTMENTS = _load_geo()
DEPARTMENT_CHOICES = [(d.code, d.label) for d in DEPARTMENTS.values()]
REGION_CHOICES = [(r.code, r.name) for r in sorted(REGIONS.values(), key=lambda r: r.name)]


def department_label(code: str) -> str:
    """ "93 – Seine-Saint-Denis" for "93"; the code itself when it is unknown."""
    department = DEPARTMENTS.get(code)
    return department.label if department else code


def departments_of_region(code: str) -> list[str]:
    """Codes of the départements of a région (INSEE code), empty when the code is unknown."""
    return [d.code for d in DEPARTMENTS.values() if d.region == code]


def region_of(department_code: str) -> Region | None:
    """The région of a département; None for an overseas collectivity or an unknown code."""
    department = DEPARTMENTS.get(department_code)
    return REGIONS.get(department.region or "") if department else None


def department_of_postcode(postcode: str) -> str | None:
    """The département a French postal code belongs to, from its communes (or its prefix)."""
    communes = gazetteer().by_postcode(postcode)
    if communes:
        return communes[0].department
    if len(postcode) == 5 and postcode.isdigit():
        prefix = postcode[:3] if postcode.startswith("97") else postcode[:2]
        if prefix == "20":  # Corsica: 200xx/201xx are 2A, 202xx/206xx are 2B
            return "2A" if postcode[2] in "01" else "2B"
        return prefix if prefix in DEPARTMENTS else None
    return None


# --- names of départements and régions -----------------------------------------------------

# Other ways postings name a département (the official name is always understood).
_DEPARTMENT_ALIASES = {
    "ile de la reunion": "974", "guyane francaise": "973", "cotes du nord": "22",
    "polynesie": "987", "saint pierre et miquelon": "975", "wallis and futuna": "986",
}  # fmt: skip

# Région names as postings write them, the former régions (before 2016) and their usual
# abbreviations included, each with the current région it lies in.
_REGION_ALIASES = {
    "idf": "11", "ile de france": "11", "region parisienne": "11",
    "region centre": "24", "centre val de loire": "24",
    "bourgogne": "27", "franche comte": "27",
    "basse normandie": "28", "haute normandie": "28",
    "nord pas de calais": "32", "picardie": "32", "hauts de france": "32",
    "alsace": "44", "lorraine": "44", "champagne ardenne": "44", "grand est": "44",
    "pays de loire": "52",
    "aquitaine": "75", "limousin": "75", "poitou charentes": "75",
    "midi pyrenees": "76", "languedoc roussillon": "76", "languedoc": "76",
    "auvergne": "84", "rhone alpes": "84", "aura": "84",
    "paca": "93", "provence": "93", "region sud": "93", "cote d azur": "93",
}  # fmt: skip


def _name_index() -> tuple[dict[str, str], dict[str, str]]:
    departments = {fold_place(d.name): d.code for d in DEPARTMENTS.values()}
    departments.update(_DEPARTMENT_ALIASES)
    regions = {fold_place(r.name): r.code for r in REGIONS.values()}
    regions.update(_REGION_ALIASES)
    return departments, regions


def department_of_name(name: str) -> str | None:
    """The code of the département a name designates ("Seine-Saint-Denis" → "93"), or None."""
    return DEPARTMENT_NAMES.get(fold_place(name))


def region_of_name(name: str) -> str | None:
    """The code of the région a name designates, former régions included ("Picardie" → "32")."""
    return REGION_NAMES.get(fold_place(name))


# --- communes ------------------------------------------------------------------------------

_SAINT = re.compile(r"\b(st|ste|sts|stes)\b")
_SAINT_FULL = {"st": "saint", "ste": "sainte", "sts": "saints", "stes": "saintes"}
_NON_WORD = re.compile(r"[^a-z0-9]+")


def _strip_accent(char: str) -> str:
    base = unicodedata.normalize("NFKD", char)
    return "".join(c for c in base if not unicodedata.combining(c)) or char


# Latin letters with diacritics → plain letters, built once (a translate is ~20× faster than
# NFKD per name, which keeps the gazetteer's load time low).
_ACCENTS = str.maketrans(
    {chr(i): _strip_accent(chr(i)) for i in range(0xC0, 0x250)} | {"œ": "oe", "Œ": "OE"}
)


def fold_place(name: str) -> str:
    """Comparison key of a place name: no case, accents, hyphens or apostrophes; "St" = "Saint".

    "SAINT-DENIS", "Saint Denis" and "St-Denis" all give "saint denis"; "L'Île-Saint-Denis"
    gives "l ile saint denis".
    """
    name = name.translate(_ACCENTS).lower()
    if not name.isascii():
        name = unicodedata.normalize("NFKD", name)
        name = "".join(c for c in name if not unicodedata.combining(c))
    name = _NON_WORD.sub(" ", name).strip()
    return _SAINT.sub(lambda m: _SAINT_FULL[m.group(1)], name)


# The words that join a commune's name to what tells it apart: "Saint-Ouen-sur-Seine",
# "La Teste-de-Buch", "Saint-Ouen-l'Aumône", "Villeneuve-lès-Avignon" (folded).
_LINKING_WORDS = frozenset(
    {"sur", "sous", "de", "du", "des", "d", "en", "les", "la", "le", "l", "aux", "au"}
)


@dataclass(frozen=True, slots=True)
class Commune:
    code: str  # INSEE code
    name: str  # official name
    department: str
    postcodes: tuple[str, ...]
    population: int


class Gazetteer:
    """Name and postal-code indexes over the current communes.

    Old communes (déléguées, associées, merged or renamed since 1990) and municipal
    arrondissements resolve to the current commune they belong to: "Paris 11e Arrondissement"
    → Paris, "Cherbourg-Octeville" → Cherbourg-en-Cotentin, "Olonne-sur-Mer" → Les
    Sables-d'Olonne. A current commune of that very name comes first ("Évry" is Évry in the
    Yonne before Évry-Courcouronnes, whose former name it is): see `bears`.
    """

    def __init__(self, lines: Iterable[str]) -> None:
        self.by_code: dict[str, Commune] = {}
        keys: dict[str, str] = {}
        aliases: list[tuple[str, str]] = []
        alias_postcodes: list[tuple[str, str]] = []
        for line in lines:
            code, name, department, postcodes, population, parent, key = line.split("\t")
            if parent:
                aliases.append((key, parent))
                alias_postcodes.extend((p, parent) for p in postcodes.split())
                continue
            self.by_code[code] = Commune(
                code, name, department, tuple(postcodes.split()), int(population)
            )
            keys[code] = key
        names: dict[str, list[Commune]] = {}
        postcode_index: dict[str, list[Commune]] = {}
        for commune in sorted(self.by_code.values(), key=lambda c: -c.population):
            names.setdefault(keys[commune.code], []).append(commune)
            for postcode in commune.postcodes:
                postcode_index.setdefault(postcode, []).append(commune)
        for key, parent_code in aliases:
            parent = self.by_code.get(parent_code)
            if parent is None:
                continue
            found = names.setdefault(key, [])
            if parent not in found:
                found.append(parent)
        for postcode, parent_code in alias_postcodes:
            parent = self.by_code.get(parent_code)
            found = postcode_index.setdefault(postcode, [])
            if parent is not None and parent not in found:
                found.append(parent)
        self._names = names
        self._postcodes = postcode_index
        # First word of every name → the most words a name starting with it has, so that a
        # reader of running text tries only the lengths that can match ("saint" → up to 7).
        first_words: dict[str, int] = {}
        for key in names:
            first, _, rest = key.partition(" ")
            count = rest.count(" ") + 2 if rest else 1
            if count > first_words.get(first, 0):
                first_words[first] = count
        self._first_words = first_words
        self._keys = keys
        self._short_forms: dict[str, tuple[Commune, ...]] | None = None

    def by_name(self, name: str, department: str | None = None) -> list[Commune]:
        """Communes with this name (any spelling variant), most populous first."""
        found = self._names.get(fold_place(name), [])
        if department:
            return [c for c in found if c.department == department]
        return list(found)

    def by_postcode(self, postcode: str) -> list[Commune]:
        """Communes served by a postal code, most populous first."""
        return list(self._postcodes.get(postcode, []))

    def has_name(self, folded: str) -> bool:
        """True when `folded` (already passed through `fold_place`) names a commune."""
        return folded in self._names

    def by_key(self, folded: str) -> tuple[Commune, ...]:
        """Communes whose name folds to `folded` (see `fold_place`), most populous first."""
        return tuple(self._names.get(folded, ()))

    def bears(self, commune: Commune, folded: str) -> bool:
        """True when `folded` (a `fold_place` key) is the commune's current name, not a former
        name, a commune déléguée's or an arrondissement's."""
        return self._keys.get(commune.code) == folded

    def words_after(self, first: str) -> int:
        """The most words of a commune name starting with the folded word `first` (0: none)."""
        return self._first_words.get(first, 0)

    def short_forms(self, folded: str) -> tuple[Commune, ...]:
        """Communes whose name is `folded` (a `fold_place` key) followed by more words, most
        populous first: "saint ouen" → Saint-Ouen-sur-Seine, Saint-Ouen-l'Aumône…; "evry" →
        Évry-Courcouronnes, Évry-Grégy-sur-Yerre; "charleville" → Charleville-Mézières.
        Postings write such short forms, often a renamed or merged commune's former name; the
        caller decides from the context if one is meant. A short form never ends with a
        linking word or an article ("saint ouen sur", "la"). Indexed on the first call."""
        if self._short_forms is None:
            self._short_forms = self._index_short_forms()
        return self._short_forms.get(folded, ())

    def _index_short_forms(self) -> dict[str, tuple[Commune, ...]]:
        # Current names only: a former commune's short name would lead to the whole new one.
        index: dict[str, list[Commune]] = {}
        for code, key in self._keys.items():
            words = key.split(" ")
            for position in range(1, len(words)):
                if words[position - 1] not in _LINKING_WORDS:
                    index.setdefault(" ".join(words[:position]), []).append(self.by_code[code])
        return {
            key: tuple(sorted(found, key=lambda c: -c.population)) for key, found in index.items()
        }

    def lookup(
        self, name: str, *, postcode: str | None = None, department: str | None = None
    ) -> Commune | None:
        """The commune a posting most likely means by `name`, or None.

        A postal code or a département narrows homonyms (Saint-Denis 93 vs 974); otherwise
        the most populous commune of that name wins.
        """
        candidates = self.by_name(name)
        if not candidates:
            return None
        if postcode:
            exact = [c for c in candidates if postcode in c.postcodes]
            if exact:
                return exact[0]
            department = department or department_of_postcode(postcode)
        if department:
            in_department = [c for c in candidates if c.department == department]
            if in_department:
                return in_department[0]
        return candidates[0]


@cache
def gazetteer() -> Gazetteer:
    """The commune gazetteer, loaded on first use and kept for the life of the process."""
    with (DATA / "communes.tsv").open(encoding="utf-8") as lines:
        return Gazetteer(line.rstrip("\n") for line in lines if line.strip())


# Folded name → code, for départements and for régions (see `department_of_name`).
DEPARTMENT_NAMES, REGION_NAMES = _name_index()
