"""Municipal arrondissements: "Paris 11e", "Lyon 3ème", "MARSEILLE 01", "Paris XVe".

Paris, Lyon and Marseille are divided into arrondissements that postings write after the
city's name; each has its own postal code ("Paris 11e" is 75011), which qualifies the city
like a postal code would.
"""

from __future__ import annotations

import re

from postings.extract.place_names import PlaceName
from postings.extract.text import Doc

_ARRONDISSEMENT = re.compile(
    r"[ \t]*-?[ \t]*(?:(\d{1,2})(?:[ \t]?(?:er|re|e|eme|ème|è|ieme|ième|°))?"
    r"|([IVXivx]{1,5})(?:er|e|eme|ème))(?![\w])(?:[ \t]+arr\w*\.?)?"
)
_ARRONDISSEMENT_CITIES = {
    "paris": (20, "750{:02d}"),
    "lyon": (9, "6900{}"),
    "marseille": (16, "130{:02d}"),
}
_ARRONDISSEMENT_KEY = re.compile(r"(paris|lyon|marseille) (\d{1,2})(?:er|e) arrondissement$")
_ROMAN = {"i": 1, "v": 5, "x": 10}


def arrondissement_postcode(
    doc: Doc, name: PlaceName, end: int, limit: int
) -> tuple[str, int] | None:
    """The postal code of "Paris 11e", "Lyon 3ème", "MARSEILLE 01", "Paris XVe" and the end of
    its words, when the commune `name` (ending at `end`) is followed by an arrondissement."""
    alias = _ARRONDISSEMENT_KEY.match(name.key)
    if alias:  # the gazetteer's own name: "Paris 11e Arrondissement"
        city, number = _ARRONDISSEMENT_CITIES.get(alias.group(1)), int(alias.group(2))
    else:
        city = _ARRONDISSEMENT_CITIES.get(name.key)
        match = _ARRONDISSEMENT.match(doc.text, end, limit) if city else None
        if city is None or match is None:
            return None
        number = int(match.group(1)) if match.group(1) else _roman(match.group(2))
        end = match.end()
    if city is None:
        return None
    highest, postcode = city
    if not 1 <= number <= highest:
        return None
    return postcode.format(number), end


def _roman(numeral: str) -> int:
    values = [_ROMAN.get(c, 0) for c in numeral.lower()]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
