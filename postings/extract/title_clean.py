"""Trimming a raw job-title candidate down to the title: `trim_title(text, folded, employer)`.

Job boards and employers wrap the title in extra words: pictographs (« 📣 », « ▶ »,
« ♻️ »), a prefix ("Poste :", "Offre de stage -", "Alternance -", "un·e"), the gender marker
("H/F", "(F/H/X)") and whatever follows it, a reference ("#108876", "Réf. 12-A"), how many
posts (« (6 postes) »), the contract ("CDI", "en CDD 6 mois", "(CDD de 6 mois)"), the
working time (« – 0,8 ETP », « (mi-temps) »), the place (" - Lille", ", Paris, France",
" 10 - Troyes", « – Cotonou (Bénin) ») or the employer (" – Association X"). Only the ends
are cut, so the title keeps its offsets in the text.
"""

from __future__ import annotations

import difflib
import re
import unicodedata

from postings.extract.text import fold
from postings.extract.title_case import sentence_case
from postings.extract.title_places import is_place
from postings.extract.title_words import GENDER_MARKER, role_position

# A careers page's reference before the title: « REF-2026-0873 – », « Réf. DA-12 : »,
# « 2026-045 | » (a code holding a figure, then a joint).
REFERENCE_LEAD = re.compile(
    r"\s*(?:ref(?:erence)?\.?\s*(?:n°\s*)?:?\s*)?(?=[a-z]{0,8}[-_/.]?\d)[a-z0-9]{1,8}"
    r"(?:[-_/.][a-z0-9]{1,8}){0,4}\s+[-|:]\s+(?=[^\W\d])"
)
_PREFIXES = (
    re.compile(r"\s*\[[^\]\n]{1,25}\]\s*"),  # "[URGENT]", "[CDI]"
    re.compile(r"\s*(?:#[a-z][\w-]*\s*[|:-]?\s*)+"),  # "#Recrutement | ", "#ESS #emploi"
    re.compile(r"\s*\.{2,}\s*"),  # "...un(e) comptable"
    re.compile(r"\s*(?:(?:tr|fw|fwd|re|ref)\s?:\s*)+"),  # forwarded e-mails
    # A careers page's reference before the title: « REF-2026-0873 – », « Réf. DA-12 : »,
    # « 2026-045 | » (a code holding a figure, then a joint).
    REFERENCE_LEAD,
    re.compile(r"\s*[(\[]?\s?[hf]\s?/\s?[hf](?:\s?/\s?x)?\s?[)\]]?\s*[-:|]?\s+"),  # "H/F Chargé…"
    re.compile(r"\s*candidature\s+(?:au|pour le|pour un|pour une)\s+(?:poste\s+)?(?:de\s+|d')?"),
    re.compile(r"\s*(?:urgent|nouveau|new|a pourvoir)\s*[:!-]\s*"),
    re.compile(
        r"\s*(?:avis de recrutement|appel a candidatures?|offre d'emploi|offre de stage|offre"
        r"|job description|description de poste|job offer|vacancy|position"
        r"|fiche de poste|intitule du poste|intitule|titre du poste|postes?|recrutement|recrute"
        r"|objet)\s*(?:[:|-]\s*|(?:de |d'|du )(?=\S))"
    ),
    # « Recherche AES / AMP (H/F) », « On recherche un·e … », « Nous recherchons : … »
    re.compile(
        r"\s*(?:on |nous )?(?:recherch(?:e|ons)|cherch(?:e|ons)|recrut(?:e|ons))\s*:?\s+(?=\S)"
    ),
    re.compile(
        r"\s*(?:cdi|cdd|cddi|stage|alternance|apprentissage|(?:mission de )?service civique"
        r"|volontariat|vsi|vsc|interim|freelance|benevolat)(?:\s+de\s+\d+\s+mois)?\s*[:|-]\s+"
    ),
    # The status of an international volunteer is a contract, like « CDI – »: « Volontaire de
    # Solidarité Internationale – Chargé·e de programme », « VIE – Assistant export ».
    re.compile(
        r"\s*(?:volontaire de solidarite internationale|volontaire international(?:e)?"
        r"(?: en (?:entreprise|administration))?|v\.?i\.?e\.?)\s*(?:\(\w+\)\s*)?[:|-]\s+"
    ),
    re.compile(
        r"\s*(?:un|une|des|son|sa|notre|leur)(?:\s?[(.·/-]\s?e\s?\)?|\s?/\s?une| ou une)?"
        r"\s+(?=\S)"
    ),
    re.compile(r"\s*(?:futur|nouveau|nouvel|nouvelle|prochain)(?:\s?[·.(/-]?\s?e\)?)?\s+(?=\S)"),
    re.compile(r"\s*\d{1,2}\s+(?=[^\W\d])"),  # "1 Éducateur spécialisé", "2 animateurs"
    re.compile(r"\s*(?:[:|-]\s*)+"),
)

_REFERENCE_TAIL = re.compile(
    r"\s*(?:#\s*\d[\w-]*|\(?\s*ref(?:erence)?\b\.?\s*(?:n°)?\s*:?\s*[\w/.-]+\)?|\(non publiee?\)"
    r"|\s-?\s*\d+\s+postes?\b.*|n°\s?\d+|\(\s?\d+\s?mois\s?\)|(?:\s#[a-z][\w-]*)+"
    # How many posts: « (6 postes) », « (2 postes à pourvoir) », « (x3) », « (2) ».
    r"|\(\s?(?:x\s?)?\d{1,2}\s?(?:postes?(?: a pourvoir| ouverts?)?)?\s?\))\s*$"
)
# The working time after a joint: « – 0,8 ETP », « (mi-temps) », « – 28 h/semaine », « – 80 % ».
_WORKTIME_TAIL = re.compile(
    r"(?:\s*[-|,(/]\s*)(?:a\s+|de\s+)?(?:\d{1,2}(?:[.,]\d{1,2})?\s?(?:etp\b|%|h\b|h\d\d|heures?\b)"
    r"|\d/\d\s?(?:etp|temps)\b|mi-temps|(?:plein|tiers|quart) temps"
    r"|temps (?:plein|partiel|complet|non complet)).*$"
)
# CDI/CDD are written in capitals; "en stage", "- Alternance", "(CDD 6 mois)" need a joint.
_CONTRACT_TAIL = re.compile(
    r"(?:\s+|\s*[-,|/(]\s*)(?:en\s+|sous\s+)?(?:cdi|cdd|cddi|cui|pec)\b.*$"
    r"|(?:\s+en\s+|\s*[-|(,]\s*)(?:stage|alternance|apprentissage|service civique|volontariat"
    r"|interim|freelance|contrat\b|temps (?:plein|partiel|complet)|mi-temps|cdi|cdd|vsi\b|vsc\b"
    r"|v\.?i\.?e\b).*$"
)
_TRAILING_JUNK = re.compile(r"[\s,;:!|/•*-]+$|\s*\($")
# Pictographs around a title (« 📣 », « ▶ », « ♻️ », arrows): symbols, variation selectors
# and joiners; "&" and "+" may belong to the title.
_DECORATION_CATEGORIES = frozenset({"So", "Sm", "Sk", "Cf", "Mn", "Co", "Cs"})
# Where a place or employer may be appended: " - Lille", ", Paris", " | Lyon", " à Nantes".
_TAIL_JOINT = re.compile(
    r"\s*[-|,/]\s+|\s+[-|]\s*|\s+\(|\s+(?:au sein d[eu']|a la|a l'|dans l'|dans la|dans le"
    r"|pour (?:son |sa |notre |nos |ses |le |la |l'|les |un |une )?|a|sur|base(?:e)? a|chez|@"
    r"|at|au|aux)\s*(?<=\s|')"
)
# An organisation or a site with its place in brackets (the closing one may be cut already).
_NAMED_AT_PLACE = re.compile(r"[A-ZÀ-Ý][^()\n]{1,60}?\s\((?P<place>[^()\n]{2,40})\)?")
# Where a contract is followed by the job it is for: "Service civique – Ambassadeur·rice".
_ROLE_JOINT = re.compile(r"\s[-|:]\s")
# A tail of dates: " – janvier à juillet", " – dès mars 2027", " – rentrée 2026".
_MONTHS = "janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre"
_DATES_ONLY = re.compile(
    rf"(?:(?:des|a partir d[eu']|de|du|d'|au|a|en|et|le|debut|fin|mi-?|rentree)\s*)*"
    rf"(?:{_MONTHS}|rentree|\d{{4}}|\d{{1,2}}(?:er)?(?:/\d{{1,2}}(?:/\d{{2,4}})?)?)"
    rf"(?:\s*(?:-|a|au|et|de|du|{_MONTHS}|\d{{4}}|\d{{1,2}}(?:er)?|/\d{{1,2}}(?:/\d{{2,4}})?)\b)*"
)
_DURATION = re.compile(
    r"(?:cdd |contrat )?(?:de )?\d{1,2}\s?(?:mois|ans?|semaines?)(?: renouvelables?)?"
)
# A tail naming the organisation or the establishment by its kind: " – ACI Sainte-Foy",
# " au cinéma La Bobine", " – Association X", " – EHPAD Les Lilas".
_ORGANISATION = re.compile(
    r"(?:l'|le |la |les )?(?:association|asso|aci|etti|ei|ehpad|mecs|esat|ime|chrs|cada|foyer"
    r"|centre social|maison de quartier|federation|reseau|collectif|cooperative|scic|scop"
    r"|compagnie|cie|cinema|theatre|festival|ressourcerie|recyclerie|creche|fondation|ong"
    r"|structure|entreprise|mission locale|regie)\b"
)
# " – Poste basé à Lyon", ", basée à Nantes", " (poste basé en Bretagne)".
_BASED_TAIL = re.compile(
    r"\s*[-,(|]?\s*(?:poste\s+)?base(?:e)?\s+(?:a|au|aux|en|sur|dans)\s+[^\n]{1,40}$"
)
_DEPARTMENT_TAIL = re.compile(r"(?:\s+|\s*[-,]\s*)\(?(?:\d{2,3}|2a|2b)\)?$")
_WORD = re.compile(r"\w")
_INVISIBLE = str.maketrans({"\u00ad": None, "\u200b": None, "\ufeff": None})
_LINE_BREAK_HYPHEN = re.compile(r"(\w)-[ ]*\n\s*(\w)")
_CONTRACT = """volontariat volontaire de solidarite internationale international vsi vsc vie
service civique stage stages stagiaire alternance apprentissage contrat cdi cdd cddi mois an
ans duree determinee indeterminee en a temps plein partiel mission missions poste postes emploi
offre offres interim freelance benevolat benevole professionnalisation l la le du des et ou d
pourvoir recrutement urgent nouvelle nouveau ouvert ouverte job jobs appel candidature
candidatures volontaires"""
_CONTRACT_WORDS = frozenset(_CONTRACT.split())


def trim_title(text: str, folded: str, employer: str | None = None) -> tuple[int, int]:
    """Offsets (start, end) within `text` of the title once its wrapping words are cut.

    `folded` is `text` folded (same length). Returns (0, 0) when nothing is left.
    """
    start, end = 0, len(text)
    marker = GENDER_MARKER.search(folded)
    if marker and marker.start() > 0:
        end = marker.start()
    for _ in range(4):
        before = start = _after_decorations(text, start, end)
        for prefix in _PREFIXES:
            hit = prefix.match(folded, start, end)
            if hit and hit.end() < end:
                start = hit.end()
        if start == before:
            break
    for _ in range(6):
        before = end
        end = _cut_tail(text, folded, start, end, employer)
        if end == before:
            break
    return (start, end) if _WORD.search(text, start, end) else (0, 0)


def _cut_tail(text: str, folded: str, start: int, end: int, employer: str | None) -> int:
    """One round of cutting: junk, pictographs, reference, contract, working time, place,
    employer at the end."""
    junk = _TRAILING_JUNK.search(folded, start, end)
    if junk and junk.start() > start:
        return junk.start()
    decorated = _before_decorations(text, start, end)
    if decorated < end:
        return decorated
    for pattern in (_REFERENCE_TAIL, _CONTRACT_TAIL, _WORKTIME_TAIL, _BASED_TAIL):
        hit = pattern.search(folded, start, end)
        if (
            hit
            and _has_words(folded[start : hit.start()], 1)
            and not _names_a_job(folded, hit)
            and not (pattern is _CONTRACT_TAIL and _names_the_mission(folded, start, hit))
        ):
            return hit.start()
    if text[start:end].rstrip().endswith(")") and "(" not in text[start:end]:
        return text.rindex(")", start, end)
    cut = _appended_tail(text, folded, start, end, employer)
    if cut is not None:
        return cut
    department = _DEPARTMENT_TAIL.search(folded, start, end)
    if department and _has_words(folded[start : department.start()], 2):
        return department.start()
    return end


def is_decoration(char: str) -> bool:
    """A pictograph, an arrow, a variation selector or a joiner (never part of a title)."""
    return char not in "&+#" and unicodedata.category(char) in _DECORATION_CATEGORIES


def _after_decorations(text: str, start: int, end: int) -> int:
    """`start` moved past leading pictographs, quote marks (« > ») and spaces."""
    while start < end and (
        text[start].isspace() or text[start] == ">" or is_decoration(text[start])
    ):
        start += 1
    return start


def _before_decorations(text: str, start: int, end: int) -> int:
    """`end` moved before trailing pictographs and spaces (`end` when there are none)."""
    cut = end
    while cut > start and (text[cut - 1].isspace() or is_decoration(text[cut - 1])):
        cut -= 1
    return cut if cut < end and any(is_decoration(c) for c in text[cut:end]) else end


def _names_a_job(folded: str, hit: re.Match[str]) -> bool:
    """Whether a role follows the contract: "Volontaire en service civique – Ambassadeur·rice"."""
    joint = _ROLE_JOINT.search(folded, hit.start() + 1, hit.end())
    return joint is not None and role_position(folded[joint.end() : hit.end()], within=2) >= 0


def _names_the_mission(folded: str, start: int, hit: re.Match[str]) -> bool:
    """« Volontaire en service civique – Épicerie solidaire X »: the volunteer is named only by
    the contract, and what follows the joint is where the mission is (kept whole)."""
    if not only_contract_words(folded[start : hit.start()]):
        return False
    joint = _ROLE_JOINT.search(folded, hit.start() + 1, hit.end())
    return joint is not None and _has_words(folded[joint.end() : hit.end()], 1)


def _appended_tail(
    text: str, folded: str, start: int, end: int, employer: str | None
) -> int | None:
    """Start of a place or employer appended after a joint, e.g. " - Lille", or None."""
    joints = [
        (joint, segment)
        for joint in _TAIL_JOINT.finditer(folded, start, end)
        if end - joint.end() <= 60
        and (joint.group().strip() != "a" or "à" in text[joint.start() : joint.end()])
        # (English "a": "co-manager of a cooperative")
        and _has_words(folded[start : joint.start()], 1)
        and " - " not in (segment := text[joint.end() : end].strip().rstrip(")").strip())
    ]
    for joint, segment in joints:  # the longest place: « – Cotonou (Bénin) », not « (Bénin) »
        # A country after « au », « en » belongs to the job (« … des coopérations au Sénégal »).
        punctuation = not joint.group().strip().isalpha()
        if is_place(segment, abroad=punctuation) or (punctuation and named_at_place(segment)):
            return joint.start()  # « – Lille », « – Terres de Cuisine (Nantes) »
    for joint, segment in reversed(joints):
        if employer and _same_name(segment, employer):
            return joint.start()
        key = fold(segment)
        if _DATES_ONLY.fullmatch(key) or _DURATION.fullmatch(key) or _ORGANISATION.match(key):
            return joint.start()  # " – janvier à juillet", " – 6 mois", " au cinéma X"
        if joint.group().strip() == "chez" and segment[:1].isupper():
            return joint.start()  # "Chargé de mission chez Emmaüs Connect"
    return None


def named_at_place(segment: str) -> bool:
    """ "Terres de Cuisine (Nantes)", « MECS Les Érables (Limoges » : a name and its place."""
    named = _NAMED_AT_PLACE.fullmatch(segment.strip())
    return named is not None and is_place(named.group("place").strip())


def _has_words(folded: str, count: int) -> bool:
    return len(re.findall(r"[a-z]{2,}", folded)) >= count


def _same_name(segment: str, employer: str) -> bool:
    a, b = segment.casefold().strip(), employer.casefold().strip()
    return a == b or difflib.SequenceMatcher(None, a, b).ratio() >= 0.85


def only_contract_words(folded: str) -> bool:
    """True for "Volontariat de solidarité internationale", "Stage de 6 mois": no job named."""
    words = re.findall(r"[a-z0-9]+", folded)
    return bool(words) and all(w in _CONTRACT_WORDS or w.isdigit() for w in words)


def tidy(value: str) -> str:
    """Whitespace collapsed, markdown stars and unbalanced brackets removed, capitals tamed.

    A word cut at the end of a PDF line ("CIRCU-" / "LAIRE") is joined again.
    """
    value = _LINE_BREAK_HYPHEN.sub(r"\1\2", value.translate(_INVISIBLE))
    quoted = re.fullmatch(r"\s*[«\"“]\s*(.+?)\s*[»\"”]\s*", value)
    if quoted:  # « Chargé·e de mission » written between quotes
        value = quoted.group(1)
    value = " ".join(value.replace("**", " ").split()).strip(" -,;:|")
    if value.count("(") > value.count(")") and value.endswith("("):
        value = value[:-1].rstrip()
    if value.count("«") != value.count("»"):
        value = value.replace("«", "").replace("»", "").strip()
    value = _STATUS.sub("", value)  # « formateur FLE en statut indépendant »: « … indépendant »
    letters = [c for c in value if c.isalpha()]
    if len(letters) >= 4 and all(c.isupper() for c in letters):
        value = sentence_case(value)
    return value


# « en statut indépendant », « sous statut auto-entrepreneur »: the status is the adjective.
_STATUS = re.compile(
    r"(?i)\b(?:en|sous) (?:le )?statut (?:d'|de )?(?=(?:ind[ée]pendant|salari[ée]|auto-?"
    r"|micro-?|lib[ée]ral|b[ée]n[ée]vole|cadre|fonctionnaire|contractuel))"
)
