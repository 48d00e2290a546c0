"""The employer as job boards lay it out around the title, for `title_employer`.

- the organisation and its place after the title on its line, as lists of offers write
  them (« Title – Terres de Cuisine (Nantes) – CDD »);
- the company line under the title (Indeed, HelloWork, APEC: "Title / Company / City / CDI"),
  or the first name after the header's block of contract, place and date lines (makesense);
  LinkedIn's « Company · City · il y a 2 jours »;
- the letterhead: the name line above the title (Welcome to the Jungle, PDFs' headers, a
  careers page's « X — Carrières »);
- « Site X » near the top, « X n'a pas encore transmis de mesure d'impact »;
- a social network page's name above its audience (« X / 1 234 abonnés / 3 j »);
- the publisher a job board names in its header: « Publiée le 27/10/2025 par X », « Offre
  publiée par X le 3 mars », "Posted by X" (`published_by`).
Only a title found in a header counts: one read from a paragraph has no company line.
`name_line` says whether a line holds only a name; the footer's and the signature's names
are read in `title_signed`.
"""

from __future__ import annotations

import re
from itertools import pairwise

from postings.extract.text import Doc, Found, Line, fold
from postings.extract.title_clean import named_at_place
from postings.extract.title_lines import is_menu
from postings.extract.title_names import LOCAL_MISSION, clean_name
from postings.extract.title_places import is_place
from postings.extract.title_words import (
    CHROME_LINE,
    GENDER_MARKER,
    METADATA_LINE,
    SECTION_HEADING,
    is_chrome,
    role_position,
)

TOP_LINES = 12  # the header of a posting
_IMPACT_LINE = re.compile(
    r"(.{2,80}?) (?:n'a pas encore transmis|did not yet communicate|n'a pas souhaite)"
)
# « Publiée le 27/10/2025 par », « Offre publiée par », « Annonce déposée le 3 mars par ».
_PUBLISHED_BY = re.compile(
    r"(?:(?:offre|annonce|mission) )?(?:publiee?|postee?|deposee?|mise? en ligne|posted"
    r"|(?<=mission )proposee?)"
    r"(?: (?:le|on) [^\n]{1,30}?)? (?:par|by) "
)
_PUBLISHED_ON = re.compile(r",|\s(?:le|on|il y a|depuis) |\s-\s|\s\|")
# A careers page's banner after the name: « X — Offres d'emploi », « X | Nous rejoindre ».
_CAREERS_TAIL = re.compile(
    r"\s[-|]\s(?:nos )?(?:offres d'emploi|offres|emplois?|carrieres?|careers?|jobs|recrutement"
    r"|nous rejoindre|rejoignez-nous|join us|work with us|espace (?:candidats?|emploi))\s*$"
)
# A social network page's audience under its name: « 1 234 abonnés », "12K followers".
_FOLLOWERS = re.compile(r"[\d .,]{1,12}k?\s?(?:abonne(?:e|\(e\))?s|followers|membres)\s*")
# « – Terres de Cuisine (Nantes) » after a title: a name and its place in brackets.
_TAIL_NAME = re.compile(r"[ ]*[-|][ ]*(?P<name>[A-ZÀ-Ý][^()\n|]{1,60}?)[ ]\(")
_SITE_LINE = re.compile(r"site\s+(?!web|internet|:)(?=\S)")
# A postal address: "12 rue des Lilas", "PL DE LA MAIRIE", "75020 Paris", "BP 12".
ADDRESS = re.compile(
    r"^\d{0,4}\s?(?:bis|ter)?\s?,?\s?(?:rue|avenue|av|bd|boulevard|place|pl|chemin|allee|impasse"
    r"|route|quai|cours|square|zac|za|zi|lieu-dit|bp|cs|parc|residence)\b|\b\d{5}\b"
)
# Capitalised items after a comma on a line of its own: sectors under a company's name.
_SECTORS = re.compile(r"[^,«\"]+, [A-ZÀ-Ý][\w'-]*(?: [\w'-]+)*$")
# Volunteering portals' header: « Où ? Strasbourg », « Quand ? À partir du 1er mars ».
_QUESTION = re.compile(r"[^?\n]{1,40}\?\s")
_KEY_VALUE = re.compile(r"[^:]{1,40}\s?:\s")
# A name, a dash, then its kind without an article: « X – association porteuse d'un atelier
# chantier d'insertion (…) » (a site's banner says « X – le réseau de … »).
_DESCRIBED = re.compile(
    r"(?P<name>[^\n–—]{2,60}?)[ ]+[-–—][ ]+(?:association|cooperative"
    r"|coopérative|structure|entreprise|societe|société|fondation|federation|fédération|reseau"
    r"|réseau|collectif|atelier|chantier|scic|scop|centre|service|organisme)\b[^\n]*$"
)
# An establishment or a service under the title (« Dispositif ITEP Les Pins », « EHPAD Les
# Tilleuls »), below the letterhead of the foundation or association that runs it.
_ESTABLISHMENT = re.compile(
    r"(?:dispositif|institut|etablissement|ehpad|ime|itep|ditep|sessad|mecs|chrs|cada|esat"
    r"|foyer|service|pole|samsah|savs|fam|mas|maison d'enfants|unite|residence|pension de famille"
    r"|maison relais|lieu de vie|centre d'(?:hebergement|accueil|hebergement)|accueil de jour)\b"
)
_MANAGING_KIND = re.compile(
    r"(?:association|fondation|federation|groupe|groupement|union|mutuelle|ugecam|apajh|adapei"
    r"|apf)\b"
)
_SMALL = "de du des la le les l d et en au aux a à pour sur par & the of"
_SMALL_WORDS = frozenset(_SMALL.split())
_HIRING = re.compile(r"\b(?:recrut|recherch|embauch)(?:e|ent|ons)\b")  # not « Recrutement »


_NUMBERED_ITEM = re.compile(r"\s*\d{1,2}\s?[.)]\s")


# « ASSOCIATION LE RELAIS DU FOREZ »: the kind, then a name that opens on its own article.
_KIND_THEN_ARTICLE = re.compile(r"(?:association|fondation) (?=(?:le|la|les) \w|l'\w)")


def _named_after_kind(doc: Doc, found: Found) -> Found:
    """A letterhead's « Association Le X » as the name « Le X » (« Association Enfance et
    Avenir » stays whole: without an article, the kind is part of the name)."""
    kind = _KIND_THEN_ARTICLE.match(fold(found.value))
    if kind is None:
        return found
    return clean_name(doc, found.start + kind.end(), found.end) or found


def layout_employer(doc: Doc, lines: list[Line], title: Found | None) -> Found | None:
    """The employer shown by the page's layout, or None (see the module docstring)."""
    tail = _title_tail_name(doc, title)
    if tail is not None:
        return tail
    at = _header_title_line(doc, lines, title)
    if at is not None and title is not None and not _NUMBERED_ITEM.match(lines[at].text):
        # (a newsletter's numbered offer « 1) Title – CDD » has no letterhead above it)
        last = next((i for i in range(at, len(lines)) if title.end <= lines[i].end), at)
        result = _company_line(doc, lines, last)
        if result is not None and _ESTABLISHMENT.match(fold(result.value)):
            above = _letterhead(doc, lines, at)  # the organisation that runs it
            if above is not None and _MANAGING_KIND.match(fold(above.value)):
                return above
        if result is None:
            result = _letterhead(doc, lines, at)
            if result is not None and _ESTABLISHMENT.match(fold(result.value)):
                # « ASSOCIATION X » / « CHRS Les Tilleuls » / title: who runs it hires
                index = next((i for i, ln in enumerate(lines) if ln.end >= result.start), at)
                above = _letterhead(doc, lines, index)
                if above is not None and _MANAGING_KIND.match(fold(above.value)):
                    return _named_after_kind(doc, above)
        if result is not None:
            return result
    for line in lines[:8]:
        site = _SITE_LINE.match(doc.folded, start_of(doc, line), line.end)
        if site and doc.text[site.end() : site.end() + 1].isupper():
            return clean_name(doc, site.end(), line.end)
    for line in lines:
        impact = _IMPACT_LINE.match(doc.folded, start_of(doc, line), line.end)
        if impact:
            return clean_name(doc, impact.start(1), impact.end(1))
    return _page_author(doc, lines)


def _title_tail_name(doc: Doc, title: Found | None) -> Found | None:
    """X in a title's line « Title – X (Nantes) – CDD »: an organisation and its place, as
    job boards' and newsletters' lists of offers write them."""
    if title is None:
        return None
    line = doc.line_at(title.start)
    marker = GENDER_MARKER.match(doc.folded, title.end + 1, line.end)  # « Title (H/F) – X »
    tail = _TAIL_NAME.match(doc.text, marker.end() if marker else title.end, line.end)
    close = doc.text.find(")", tail.end(), line.end) if tail is not None else -1
    if tail is None or close < 0 or not named_at_place(doc.text[tail.start("name") : close + 1]):
        return None
    return clean_name(doc, tail.start("name"), tail.end("name"))


def _page_author(doc: Doc, lines: list[Line]) -> Found | None:
    """The organisation whose social-network page posted: « X / 1 234 abonnés / 3 j • 🌐 »."""
    for above, line in pairwise(lines[:6]):
        if _FOLLOWERS.fullmatch(doc.folded, start_of(doc, line), line.end):
            return name_line(doc, above, capitalised=True)
    return None


def published_by(doc: Doc, lines: list[Line]) -> Found | None:
    """X in a header's « Publiée le 27/10/2025 par X », « Offre publiée par X le … »."""
    for line in lines[: TOP_LINES * 2]:
        start = start_of(doc, line)
        match = _PUBLISHED_BY.match(doc.folded, start, line.end)
        if match is None or not _capital_name(doc.text[match.end() : match.end() + 3]):
            continue
        end = line.end
        date = _PUBLISHED_ON.search(doc.folded, match.end(), line.end)
        if date is not None:
            end = date.start()  # « … par X le 12/03/2025 », « … par X, il y a 2 jours »
        return clean_name(doc, match.end(), end)
    return None


def _capital_name(start: str) -> bool:
    """ "Les Amis…", "CAP Emploi", "l'Association X": a name starts here; "notre équipe": no."""
    return start[:1].isupper() or (start[:2] in ("l'", "L'") and start[2:].isupper())


def _header_title_line(doc: Doc, lines: list[Line], title: Found | None) -> int | None:
    """Index in `lines` of the title's line when it is a header line, else None."""
    if title is None:
        return None
    at = next((i for i, ln in enumerate(lines) if ln.start <= title.start <= ln.end), None)
    if at is None or at >= TOP_LINES or title.start - start_of(doc, lines[at]) > 20:
        return None  # a title read from a sentence
    if any(len(line.text) > 150 for line in lines[:at]):
        return None  # or one that comes after paragraphs: no job board's header
    return at


def _company_line(doc: Doc, lines: list[Line], at: int) -> Found | None:
    """The name line right under the title, or the first after its block of metadata."""
    for offset, line in enumerate(lines[at + 1 : at + 16]):
        if " · " in line.text and offset == 0:  # LinkedIn: "Association X · Paris · il y a 2 j"
            start = start_of(doc, line)
            end = start + line.text.index(" · ")
            first = doc.folded[start:end]
            if not (METADATA_LINE.match(first) or is_place(doc.text[start:end])):
                return clean_name(doc, start, end)
            continue
        if is_metadata(doc, line) and not (offset == 0 and _name_not_address(doc, line)):
            continue
        following = lines[at + 2 + offset] if at + 2 + offset < len(lines) else None
        inside = following is not None and is_metadata(doc, following)
        if offset > 0 and inside and not _several_capitals(line.text):
            continue  # a sector between metadata lines ("Associations", "Jeunesse")
        if offset > 0 and inside and _SECTOR_PAIR.fullmatch(line.text.strip()):
            continue  # « Alimentation & Agriculture », « Culture / Loisirs »: a job board's sector
        return name_line(doc, line)
    return None


def _letterhead(doc: Doc, lines: list[Line], at: int) -> Found | None:
    """The nearest name line above the title (skipping menus, banners and metadata)."""
    for line in reversed(lines[:at]):
        banner = doc.folded[line.start : _name_end(doc, line)].strip()
        if is_metadata(doc, line) or is_chrome(banner):
            continue
        result = name_line(doc, line, capitalised=True)
        if result is not None:
            return _above_tagline(doc, line, result)
    return None


def _above_tagline(doc: Doc, line: Line, found: Found) -> Found:
    """The name on the line right above a letterhead's tagline, or `found` itself.

    A letterhead writes the name, then what the organisation does in a phrase of common
    words (« SOLEILS D'ARIÈGE SCIC » / « Énergies citoyennes et renouvelables en Ariège »):
    the phrase is no name when the line above it, with no blank line between, is one.
    """
    if line.index == 0 or not _tagline(found.value):
        return found
    above = doc.lines[line.index - 1]
    if not above.text or is_metadata(doc, above):
        return found
    name = name_line(doc, above, capitalised=True)
    return name if name is not None and not _tagline(name.value) else found


def _tagline(value: str) -> bool:
    """A phrase of two common words at least after its first: « Énergies citoyennes et
    renouvelables en Ariège », not « Les Amis de la Terre » nor « Aide et Présence »."""
    words = [w for w in value.split()[1:] if fold(w).strip("'") not in _SMALL_WORDS]
    return sum(1 for w in words if w[:1].islower()) >= 2


def is_metadata(doc: Doc, line: Line, *, address: bool = True) -> bool:
    """A contract, place, date, salary or « Label : value » line of a job board's header
    (without `address`, not counting a line that reads as an address)."""
    folded = doc.folded[line.start : line.end].strip().lstrip("-*•> ")
    return (
        _KEY_VALUE.match(folded) is not None
        or _QUESTION.match(folded) is not None
        or METADATA_LINE.match(folded) is not None
        or CHROME_LINE.match(folded) is not None
        or line.text.startswith("💡")
        or line.text.endswith("?")
        or (address and ADDRESS.search(folded) is not None)
        or is_place(line.text.lstrip("-*•> ").split(" (")[0].split(",")[0])
    )


def _name_not_address(doc: Doc, line: Line) -> bool:
    """A line right under a title that reads as an address only by its first word, without a
    number nor a postcode: « Résidence Les Glycines », « Parc des Oiseaux » name the company."""
    text = line.text.strip()
    if any(c.isdigit() for c in text) or not capitalised_like_a_name(text):
        return False
    if is_metadata(doc, line, address=False):
        return False
    return ADDRESS.search(doc.folded[line.start : line.end].strip()) is not None


# Two or three single words joined by « & », « / » or a comma, each capitalised: how job boards
# write a sector among the header's metadata (an organisation's name says more than that).
_SECTOR_PAIR = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ'-]{3,}(?:(?:\s[&/]\s|,\s)[A-ZÀ-Ý][a-zà-ÿ'-]{3,}){1,2}")


def _several_capitals(text: str) -> bool:
    words = [w for w in text.split() if w[:1].isupper()]
    return len(words) >= 2 or any(len(w) >= 2 and w.isupper() for w in text.split())


def name_line(doc: Doc, line: Line, *, capitalised: bool = False) -> Found | None:
    """A line that holds only a name: short, no sentence, no heading, no job title.

    With `capitalised`, its words must also be capitalised like a name's (for lines whose
    place in the page says less, such as those above the title).
    """
    start, end = start_of(doc, line), _name_end(doc, line)
    described = _DESCRIBED.match(doc.text, start, end)
    if described is not None:
        end = described.end("name")  # « Recycl'Albi – association porteuse d'un chantier … »
    folded = doc.folded[start:end].strip()
    if len(folded.split()) > 12 or folded.endswith(("?", ".", ":", "!")) or ":" in folded:
        return None
    if is_chrome(folded) or role_position(folded, within=1) >= 0:
        return None
    if SECTION_HEADING.match(folded) and not LOCAL_MISSION.match(folded):
        return None  # « Missions », but « Mission Locale de la Thiérache » names the employer
    if _HIRING.search(folded) or "@" in folded or "http" in folded or is_menu(line.text):
        return None  # "X recrute": `title_employer` reads the sentence; a contact line; a menu
    parts = re.split(r"\s+-\s+|,\s+", line.text)
    if len(parts) > 1 and all(len(p.split()) == 1 for p in parts):
        return None  # "Pérou - Cusco", "Lyon, France": places
    if _SECTORS.match(line.text):
        return None  # "Agroalimentaire, Économie sociale et solidaire": a job board's sectors
    found = clean_name(doc, start, end)
    if found is None or (capitalised and not capitalised_like_a_name(found.value)):
        return None
    return found


def _name_end(doc: Doc, line: Line) -> int:
    """End of a line, or of its name before a careers page's tail (« X — Offres d'emploi »)."""
    careers = _CAREERS_TAIL.search(doc.folded, line.start, line.end)
    return careers.start() if careers is not None else line.end


def capitalised_like_a_name(value: str) -> bool:
    """ "Les Amis de la Terre", "LA PILE": yes; "Des métiers qui ont du sens": no."""
    words = [w for w in value.split() if fold(w).strip("'") not in _SMALL_WORDS]
    if not words:
        return False
    capitals = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit() or "-" in w[:3])
    return capitals * 2 >= len(words)


def start_of(doc: Doc, line: Line) -> int:
    """Offset of the first non-blank character of a line."""
    raw = doc.text[line.start : line.end]
    return line.start + len(raw) - len(raw.lstrip())
