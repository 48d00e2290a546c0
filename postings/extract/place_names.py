"""Place names in a posting's text: communes, départements, régions, France and countries abroad.

`scan_names(doc, start, end)` reads the words between two offsets left to right and returns each
place name it recognises, longest match first, so that "Seine-Saint-Denis" is a département (not
the commune Saint-Denis) and "France Grand Est" a country and a région (not the commune Grand).
A name must be a whole hyphenated compound ("Croix-Rouge" is not the commune Croix) and, unless
the caller says otherwise, start with a capital: "plan", "vue" or "orange" written in lower case
are words, not the communes of that name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from postings import geo
from postings.extract.place_short_forms import short_form_aliases
from postings.extract.text import Doc

COMMUNE = "commune"
DEPARTMENT = "department"
REGION = "region"
FRANCE = "france"
ABROAD = "abroad"


@dataclass(frozen=True, slots=True)
class PlaceName:
    """A place name found at `start:end`: its kind, and what it designates.

    `code` is the département's code for DEPARTMENT, the région's code for REGION. `communes`
    holds the communes of that name (most populous first); a name can be both a département and
    a commune ("Vienne"), in which case the reader decides from what surrounds it. `aliases`
    are more populous communes whose name starts with this one ("Saint-Ouen" for
    Saint-Ouen-sur-Seine, "Évry" for Évry-Courcouronnes): meant only where a code beside
    the name, the context or their size says so (see `place_short_forms`).
    """

    kind: str
    start: int
    end: int
    key: str
    code: str | None = None
    communes: tuple[geo.Commune, ...] = ()
    aliases: tuple[geo.Commune, ...] = ()


# Countries and parts of the world a French posting may send someone to (folded names).
_ABROAD = """
afghanistan, afrique, afrique du sud, afrique de l ouest, afrique de l est, afrique centrale,
albanie, algerie, allemagne, amerique latine, amerique du sud, amerique centrale,
amerique du nord, andorre, angleterre, angola, arabie saoudite, argentine, armenie, asie,
australie, autriche, bangladesh, belgique, benin, bolivie, bosnie, birmanie, bresil, bulgarie,
burkina faso, burkina, burundi, cambodge, cameroun, canada, cap vert, centrafrique, chili, chine,
chypre, colombie, comores, congo, coree, costa rica, cote d ivoire, croatie, cuba, danemark,
djibouti, ecosse, egypte, equateur, erythree, espagne, estonie, etats unis, ethiopie, finlande,
gabon, gambie, georgie, ghana, grece, guatemala, guinee, guinee bissau, guinee equatoriale,
haiti, honduras, hongrie, inde, indonesie, irak, iran, irlande, islande, israel, italie,
jamaique, japon, jordanie, kenya, kosovo, laos, liban, liberia, libye, lituanie, luxembourg,
macedoine, madagascar, maghreb, malaisie, malawi, mali, maroc, maurice, ile maurice, mauritanie,
mexique, moldavie, monaco, mongolie, moyen orient, mozambique, myanmar, namibie, nepal,
nicaragua, niger, nigeria, norvege, nouvelle zelande, oceanie, ouganda, ouzbekistan, pakistan,
palestine, panama, paraguay, pays bas, perou, philippines, pologne, portugal, qatar, quebec,
rdc, republique centrafricaine, republique democratique du congo, republique tcheque,
roumanie, royaume uni, russie, rwanda, sahel, salvador, sao tome, senegal, serbie,
sierra leone, singapour, slovaquie, slovenie, somalie, soudan, soudan du sud, sri lanka, suede,
suisse, syrie, tanzanie, tchad, tchequie, thailande, timor, togo, tunisie, turquie, ukraine,
uruguay, vanuatu, venezuela, vietnam, viet nam, yemen, zambie, zimbabwe
"""


def words(text: str) -> list[str]:
    """The comma-separated entries of a word list written as text."""
    return [entry.strip() for entry in text.split(",") if entry.strip()]


ABROAD_NAMES = tuple(words(_ABROAD))

# Communes whose name is also an everyday word, a first name or a month: outside an explicit
# place context ("basé à", "Lieu :", a postal code) they are read as words.
AMBIGUOUS_COMMUNES = frozenset(
    words(
        """
        abondance, aigre, aime, andouille, angles, anse, arches, avion, avoine, avril, baille, bar,
        bonne, bonnes, bourg, bras, brie, broc, chance, change, champagne, champs, charmes, chasse,
        chatte, chauve, cintre, clefs, colombe, conde, contes, corne, cours, coutures, croix, don,
        drain, drap, elan, entre deux, etable, etain, eu, falaise, fille, fontaine, fontaines,
        forges, francois, four, frenes, gap, gorges, graces, grand, grenade, haleine, hanches,
        jardin, joyeuse, jumelles, lent, levier, ligne, lire, loue, lux, male, mare, marie, marin,
        marines, marquise, mars, martel, mathieu, mer, mere, monnaie, mont, montagne, monts,
        moulins, noce, orange, ormes, palis, pannes, pierres, plaisir, plan, pommiers, port,
        publier, quarante, rives, rivieres, roche, rouge, rue, sales, salles, sauve, sens, signes,
        survie, tende, tierce, tonnerre, treve, val, vaux, vertus, veuves, vif, ville, vire,
        viviers, vue, y
        """
    )
)

# Words of the address to send applications to ("Envoyer votre CV à : …, 75011 Paris").
APPLY_WORDS = re.compile(
    r"\b(?:candidatures?|cv|lettre de motivation|adress(?:er|ez)|envoy(?:er|ez)|ecri(?:re|vez)"
    r"|candidater|postul(?:er|ez)|faire parvenir|transmett(?:re|ez)|courrier|a l'attention"
    r"|par voie postale|cedex|bp \d|cs \d)"
)
_WORD = re.compile(r"[^\W_]+")
_WORD_BEFORE = re.compile(r"([^\W_]+)$")
_JOINS = frozenset({" ", "-", "'", "' ", "- ", " -"})
_ELIDED = frozenset({"d", "l", "qu", "jusqu", "lorsqu", "puisqu"})
_ARTICLES = frozenset({"le", "la", "les", "l"})
_CONTRACTED = {"au": "le", "du": "le", "aux": "les", "des": "les"}
_SAINT = {"st": "saint", "ste": "sainte", "sts": "saints", "stes": "saintes"}
# Lower-case words that may start a capitalised name: "la Rochelle", "au Mans".
_LEADS = _ARTICLES | _CONTRACTED.keys()
# A name longer than this many words does not exist (the longest commune name has 8).
_MAX_WORDS = 8


@cache
def _named() -> tuple[dict[str, tuple[str, str | None]], dict[str, int]]:
    """Non-commune names (folded key → kind, code) and their first words' longest length."""
    named: dict[str, tuple[str, str | None]] = {"france": (FRANCE, None)}
    named.update(dict.fromkeys(ABROAD_NAMES, (ABROAD, None)))
    named.update({key: (REGION, code) for key, code in geo.REGION_NAMES.items()})
    named.update({key: (DEPARTMENT, code) for key, code in geo.DEPARTMENT_NAMES.items()})
    first_words: dict[str, int] = {}
    for key in named:
        first, *rest = key.split(" ")
        first_words[first] = max(first_words.get(first, 0), len(rest) + 1)
    return named, first_words


def word_matches(regex: re.Pattern[str], text: str, limit: int = 2000) -> Iterator[re.Match[str]]:
    """Matches of `regex` that start a word, at most `limit` of them.

    The boundary is checked here rather than with a leading `\\b` in the regex, which would
    keep `re` from jumping to the pattern's first letters (ten times slower on a posting).
    """
    count = 0
    for match in regex.finditer(text):
        start = match.start()
        if start and (text[start - 1].isalnum() or text[start - 1] in "_-"):
            continue
        yield match
        count += 1
        if count >= limit:
            return


def may_start(word: str) -> str:
    """The folded word as a name's first word: "st" is "saint", "au" stands for "le"."""
    word = _norm(word)
    return _CONTRACTED.get(word, word)


def _norm(word: str) -> str:
    word = _SAINT.get(word, word)
    return word.replace("œ", "oe").replace("æ", "ae") if not word.isascii() else word


def scan_names(doc: Doc, start: int, end: int, *, capitals: bool = True) -> list[PlaceName]:
    """Place names between two offsets of `doc`, in order (see the module docstring)."""
    words = [(m.start(), m.end()) for m in _WORD.finditer(doc.folded, start, end)]
    found: list[PlaceName] = []
    index = 0
    while index < len(words):
        match = _match_at(doc, words, index, capitals)
        if match is None:
            index += 1
            continue
        found.append(match[0])
        index = match[1]
    return found


def _match_at(
    doc: Doc, words: list[tuple[int, int]], index: int, capitals: bool
) -> tuple[PlaceName, int] | None:
    """The longest name starting at word `index`, with the index of the word after it."""
    first = doc.folded[words[index][0] : words[index][1]]
    if capitals and not doc.text[words[index][0]].isupper() and first not in _LEADS:
        return None  # the common case, ruled out before any lookup
    if not _can_start(doc, words, index):
        return None
    first = _norm(first)
    article = _CONTRACTED.get(first)
    if article is not None and index + 1 < len(words) and _joined(doc, words, index, " "):
        # "au Mans", "aux Ulis": the article of the name is inside the preposition.
        match = _longest(doc, words, index + 1, capitals, prefix=article)
        if match is not None:
            return match
    return _longest(doc, words, index, capitals)


def _longest(
    doc: Doc, words: list[tuple[int, int]], index: int, capitals: bool, prefix: str = ""
) -> tuple[PlaceName, int] | None:
    named, named_first = _named()
    gazetteer = geo.gazetteer()
    parts = [prefix] if prefix else []
    first = _norm(doc.folded[words[index][0] : words[index][1]])
    head = prefix or first
    most = max(gazetteer.words_after(head), named_first.get(head, 0)) - len(parts)
    if most <= 0 or (capitals and not _capitalised(doc, words, index, bool(prefix))):
        return None
    last = index
    parts.append(first)
    candidates = [(last, " ".join(parts))]
    while len(candidates) < most and last + 1 < len(words) and _joined(doc, words, last):
        last += 1
        parts.append(_norm(doc.folded[words[last][0] : words[last][1]]))
        candidates.append((last, " ".join(parts)))
    for last, key in reversed(candidates):
        if not _ends_compound(doc, words, last):
            continue
        kind, code = named.get(key, (None, None))
        communes = gazetteer.by_key(key)
        aliases = short_form_aliases(key, communes) if kind is None else ()
        if kind is None and not communes and not aliases:
            continue
        if kind is None and (department := _article_and_department(key)):
            kind, code = DEPARTMENT, department  # "toute la Creuse": the département
        start, end = words[index][0], words[last][1]
        return PlaceName(kind or COMMUNE, start, end, key, code, communes, aliases), last + 1
    return None


def _article_and_department(key: str) -> str | None:
    """ "la creuse", "la marne": an article and a département's name are the département,
    though a hamlet-sized commune bears the same name (the reader keeps the commune when a
    postal code or a département code beside it says so: "La Marne (44)")."""
    article, _, rest = key.partition(" ")
    if article not in _ARTICLES or not rest:
        return None
    kind, code = _named()[0].get(rest, (None, None))
    return code if kind == DEPARTMENT else None


def _gap(doc: Doc, words: list[tuple[int, int]], index: int) -> str:
    """The characters between word `index` and the next one."""
    return doc.text[words[index][1] : words[index + 1][0]]


def _joined(doc: Doc, words: list[tuple[int, int]], index: int, only: str = "") -> bool:
    gap = _gap(doc, words, index)
    return gap == only if only else gap in _JOINS


def _can_start(doc: Doc, words: list[tuple[int, int]], index: int) -> bool:
    """A name starts a compound: not "Denis" in "Saint-Denis"; "Amiens" in "d'Amiens" is."""
    start = words[index][0]
    before = doc.text[start - 1] if start else " "
    if before == "-":
        return False
    if before == "'":
        previous = _WORD_BEFORE.search(doc.folded, max(0, start - 9), start - 1)
        return previous is not None and previous.group(1) in _ELIDED
    return True


def _ends_compound(doc: Doc, words: list[tuple[int, int]], index: int) -> bool:
    """No hyphen or apostrophe joins the word after: "Croix" does not end "Croix-Rouge"."""
    end = words[index][1]
    after = doc.text[end : end + 2]
    return not (len(after) == 2 and after[0] in "-'" and after[1].isalpha())


def _capitalised(doc: Doc, words: list[tuple[int, int]], index: int, contracted: bool) -> bool:
    """The name's first significant word starts with a capital ("La Rochelle", "la Rochelle")."""
    word = doc.folded[words[index][0] : words[index][1]]
    if word in _ARTICLES and not contracted and index + 1 < len(words):
        if doc.text[words[index][0]].isupper():
            return True
        index += 1
    return doc.text[words[index][0]].isupper()
