"""Dates: start date (ISO date or ASAP) and application deadline.

`find_dates(doc)` lists every day-level date the text writes (see `dates_parse` for the
formats and how a missing year is inferred). `extract_dates` then reads two of them:

- `start_date`: the date after a start label ("Prise de poste :", "Début :", "Date de début",
  "Entrée en fonction", "Départ :", "Démarrage des ... :", "Quand ?", "Start :", "Lancement
  de la mission :"; under a table's header, the cell below it; a line « - Début janvier. »),
  else after
  "à pourvoir", else a contract period's first day ("CDDI du 01/03/2026 au ..."), "à partir
  du"/"à compter du"/"pour" in a hiring sentence or "le contrat débutera le", else a bare
  "dès que possible" in a hiring sentence; in a call for providers, its first session
  (« première session le 14 janvier 2027 »). A month alone gives its 1st ("Début : septembre
  2024"), "mi-septembre" its 15th; "fin août" gives nothing. "dès que possible", "immédiatement",
  "au plus vite", "de suite", "au plus tôt", "ASAP"... give "ASAP". A start more than two
  months before the publication date is a past event.
- `deadline`: see `dates_deadline` ("Date limite de candidature", "Réponse souhaitée pour
  le", "avant le" in a sentence about applying...). One written without its year falls
  before the start: more than two months after it, it takes the year before; a start written
  without its year before a deadline written with one takes the year after.

The posting's publication date is never either of them, nor is a date in another offer's
teaser (see `place_other_offers`) the start.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, timedelta

from postings.extract.dates_deadline import find_deadline
from postings.extract.dates_parse import scan
from postings.extract.dates_ranges import contract_ranges
from postings.extract.dates_words import (
    clause_after,
    clause_before,
    first_date,
    label_window,
    matches_at,
)
from postings.extract.dates_years import DateMention
from postings.extract.place_other_offers import in_other_offers
from postings.extract.text import Doc, Found

__all__ = ["DateMention", "extract_dates", "find_dates"]

ASAP = "ASAP"

_ASAP_WORDS = ("des que", "le plus", "au plus", "immediat", "des maint", "de suite", "asap",
               "as soon", "sans delai", "des a pres", "dans les", "demarrage", "disponibilite",
               "entree", "embauche", "prise de", "start", "a pourvoir", "a partir de maint",
               "a compter de maint", "a partir d'aujourd", "des aujourd")  # fmt: skip
_ASAP = re.compile(
    r"\b(?:des que possible|au plus vite|immediatement|des maintenant|(?<!ainsi )de suite"
    r"|(?:a partir|a compter) (?:de maintenant|d'aujourd'hui)|des aujourd'hui"
    r"|le plus (?:rapidement|tot|vite) possible"
    r"|tout de suite|asap|as soon as possible|immediately|sans delai|des a present"
    r"|dans les (?:plus brefs|meilleurs) delais|(?:demarrage|disponibilite|entree|embauche"
    r"|prise de (?:poste|fonctions?)|start|poste a pourvoir|a pourvoir) immediate?)\b"
)
# Words that say "now" only right after a start label ("Prise de poste : au plus tôt").
_ASAP_AFTER_LABEL = re.compile(r"\b(?:immediate?|au plus tot|rapidement|urgent|maintenant|now)\b")
_START_WORDS = ("date d", "prise de", "entree en", "debut", "demarrage", "commencement", "start",
                "disponibilite", "embauche", "depart", "quand", "lancement", "arrivee",
                "integration")  # fmt: skip
_START_LABEL = re.compile(
    r"\b(?:date (?:de |d')(?:prise de (?:poste|fonctions?)|debut|demarrage|embauche|entree"
    r"|commencement|depart)|prise de (?:poste|fonctions?)|entree en (?:poste|fonctions?)"
    # "Démarrage des premiers groupes :", "Début de la mission :", "Début le 1er mars"
    r"|(?:debut|demarrage|commencement)(?!(?: [\w'-]+){0,4}? (?:du |de la |des |de l')?(?:projet"
    r"|programme|formation|chantier|travaux|exercice|saison|festival|activite de l'association)"
    r"\b)(?:(?: [\w'-]+){1,4}\s{0,3}(?=:)"
    # "Démarrage le 3 mars", "Démarrage des contrats le 14 décembre", "démarrage début janvier"
    r"|(?: (?:du|des|de la|de l'|de votre|de ton|de ta|de vos) ?(?:contrats?|missions?|postes?"
    r"|cdd|cdi|stages?|volontariats?|engagements?|services? civiques?|fonctions))?"
    r"\s(?=le |au |en |prevu|envisage|souhaite|debut |courant "
    r"|des que|des maintenant|immediat|asap|au plus (?:vite|tot)))"
    r"|(?:debut|demarrage|start(?:ing)?(?: date)?|disponibilite|date d'effet|embauche"
    r"|prise de poste|(?<!au )depart|integration|date d'arrivee|arrivee)(?=\s{0,3}[:|])"
    r"|(?:depart|embauche|arrivee) (?:prevue?|envisagee?|souhaitee?)"
    # « Embauche au 4 janvier 2027 », « embauche à compter du 1er mars »
    r"|embauche(?= (?:au |le |a compter d|a partir d|des le ))"
    # a volunteer's or an expatriate's "Départ à partir de février 2027", "Départ le 2 mars"
    r"|(?<!au )(?<!le )(?<!un )depart(?= (?:a partir d|a compter d|des le |le \d|le 1er))"
    # the Service Civique and volunteering sites: "Quand ? À partir du 2 novembre 2026"
    r"|quand\s?[?:]"
    # a call for a consultant: "Lancement de la mission : février 2027"
    r"|lancement (?:de la |du )(?:mission|prestation|contrat)(?=\s{0,3}:| le | en | prevu))"
)
_TOP_LINES = 15
# A deadline this long after the start is a year-less date given the wrong year.
_AFTER_START = timedelta(days=62)
_TO_FILL = re.compile(r"\b(?:a pourvoir|to be filled)\b")
_WEAK_START = re.compile(
    r"(?:\ba (?:partir|compter) (?:du|de|d')|\bdes(?: le)?|\bpour(?: le)?|\bstarting(?: on| from)?"
    r"|\bfrom|\b(?P<verb>debutera|commencera|demarrera|debute|commence|demarre)(?: le| au| en"
    r"| des| courant| a partir du)?)\s{0,2}$"
)
_JOB_SUBJECT = re.compile(
    r"\b(?:(?:le|la|l'|votre|ton|ta|mon|ma|notre|son|sa) (?:contrat|mission|stage|poste|cdd|cdi"
    r"|engagement|volontariat|service civique|alternance|apprentissage|emploi|embauche|prise de"
    r" poste))\b[^.;]{0,20}$"
)
_HIRING = re.compile(
    r"\b(?:recrut\w*|recherch\w*|poste|pourvoir|contrat|cdd|cddi|cdi|stage|alternance"
    r"|apprentissage|embauch\w*|mission|engagement|volontariat|service civique|rejoindre"
    r"|integrer|emploi|prise de|demarr\w*|start|hire|hiring|position|job)\b"
    # the job's terms around it: « 6 mois à partir de janvier », « 24h/semaine, à partir de
    # février », « à partir du 16 mars, jusqu'à fin juin »
    r"|\b\d{1,2}\s?mois\b|\b\d{1,2}\s?h(?:eures)?\s?(?:/|par )\s?semaine|\bjusqu'(?:au|a|en)\b"
)
# A call for providers (« Appel à prestataires », « Objet de la prestation », « cahier des
# charges »): its sessions or interventions are the job.
_PROVIDERS = re.compile(
    r"\b(?:appel a (?:prestataires?|consultants?|intervenants?|formateur\w*)|objet de la "
    r"prestation|cahier des charges|consultation (?:de prestataires|restreinte))\b"
)
_PROVIDERS_REACH = 3000
_FIRST_SESSION = re.compile(
    r"\b(?:premiere?|1ere?|1re) (?:session|seance|intervention|journee|atelier|rencontre"
    r"|formation|animation)s?(?: [\w'-]+){0,3}? (?:(?:aura|auront) lieu |prevue? |programmee? )?"
    r"(?:le|du|au|des le)\s"
)
_NOT_HIRING = re.compile(
    r"\b(?:candidat\w*|postul\w*|cv|lettres?|entretiens?|jury|selection|reponses?|envoy\w*"
    r"|dossiers?|inscri\w*|formations?|reunions?|seminaires?|sessions?|conges?|vacances"
    r"|festival|apply|send)\b"
)


def find_dates(doc: Doc) -> list[DateMention]:
    """Every date the text writes, in order, years inferred where missing.

    Only day-level dates ("15 septembre 2024", "le 2 mai"); a date whose year the posting
    does not let us infer is left out.
    """
    return [mention for mention in scan(doc).mentions if mention.has_day]


def _value_at(doc: Doc, pos: int, mentions: list[DateMention], *, day_only: bool) -> Found | None:
    """The date (or ASAP when `day_only` is False) a label ending at `pos` announces."""
    start, end = label_window(doc, pos)
    mention = first_date(mentions, start, end, day_only=day_only)
    asap = None
    if not day_only:
        asap = _ASAP.search(doc.folded, start, end) or _ASAP_AFTER_LABEL.search(
            doc.folded, start, end
        )
    # "dès que possible, au plus tard le 1er mars" is ASAP; "au plus tôt le 1er mars" a date.
    if asap and (mention is None or (mention.start > asap.start() and asap[0] != "au plus tot")):
        return Found(ASAP, pos, asap.end())
    return Found(mention.value, pos, mention.end) if mention else None


def _labelled(
    doc: Doc, words: tuple[str, ...], pattern: re.Pattern[str], mentions: list[DateMention], **kw
) -> list[Found]:
    found = []
    for match in matches_at(doc.folded, words, pattern):
        value = _value_at(doc, match.end(), mentions, **kw)
        if value is not None:
            found.append(Found(value.value, match.start(), value.end))
    return found


def _hiring_sentence(doc: Doc, pos: int, *, own_clause: bool = False) -> bool:
    """Whether the sentence around `pos` is about the job (not applying, a training...).

    With `own_clause`, what follows a comma after `pos` is another clause, not looked at:
    « On démarre dès que possible, une réunion d'accueil a lieu le 2 décembre »."""
    after = clause_after(doc, pos)
    clause = clause_before(doc, pos) + " " + (after.split(", ", 1)[0] if own_clause else after)
    return bool(_HIRING.search(clause)) and not _NOT_HIRING.search(clause)


def _weak_start_fits(doc: Doc, before: re.Match[str]) -> bool:
    if before["verb"]:  # "Le contrat débutera le", not "Le projet a démarré en"
        return bool(_JOB_SUBJECT.search(clause_before(doc, before.start(), limit=60)))
    return _hiring_sentence(doc, before.start())


def _weak_starts(doc: Doc, mentions: list[DateMention]) -> list[Found]:
    found = []
    for mention in mentions:
        before = _WEAK_START.search(doc.folded, max(0, mention.start - 24), mention.start)
        month_start = mention.has_day or mention.value.day == 1
        if before and month_start and _weak_start_fits(doc, before):
            found.append(Found(mention.value, before.start(), mention.end))
    for item in contract_ranges(doc):
        if item.first.has_day or item.first.value.day == 1:
            found.append(Found(item.first.value, item.start, item.end))
    return found


def _early_month_lines(doc: Doc, mentions: list[DateMention]) -> list[Found]:
    """A conditions list's « - Début janvier. » (or « Début mars 2027, pour 8 mois »): a line
    opening on « début <month> » that says nothing else, or only the job's terms, is the start.
    """
    found = []
    for mention in mentions:
        if mention.has_day or not doc.folded.startswith("debut ", mention.start):
            continue
        line = doc.line_at(mention.start)
        head = doc.folded[line.start : mention.start].strip(" \t-*•>·")
        rest = doc.folded[mention.end : line.end].strip(" .;!")
        if head or (rest and not (_HIRING.search(rest) and not _NOT_HIRING.search(rest))):
            continue
        found.append(Found(mention.value, mention.start, mention.end))
    return found


def _first_session(doc: Doc, mentions: list[DateMention]) -> list[Found]:
    """A call for providers' first session: « (première session le 14 janvier 2027) », « 1re
    intervention prévue le 3 mars » is when the service starts (its sessions are the job)."""
    if not _PROVIDERS.search(doc.folded, 0, _PROVIDERS_REACH):
        return []
    found = []
    for match in matches_at(doc.folded, ("premier", "1re", "1ere"), _FIRST_SESSION):
        mention = first_date(mentions, match.end(), match.end() + 4, day_only=True)
        if mention is not None:
            found.append(Found(mention.value, match.start(), mention.end))
    return found


def _is_top_tag(doc: Doc, start: int, end: int, top: set[int]) -> bool:
    """HelloWork's tag line "Dès que possible" among the first lines (`top`): the start."""
    line = doc.line_at(start)
    if line.index not in top:
        return False
    rest = doc.folded[line.start : start] + doc.folded[end : line.end]
    return not any(c.isalnum() for c in rest)  # « 🚀 Dès que possible »: a pictograph at most


def _start_date(doc: Doc, mentions: list[DateMention], posted: date | None) -> Found | None:
    """The first start of the strongest kind: labels, "à pourvoir", weaker phrases, ASAP."""
    top = {line.index for line in doc.nonblank_lines()[:_TOP_LINES]}
    tiers = (
        _labelled(doc, _START_WORDS, _START_LABEL, mentions, day_only=False)
        + _early_month_lines(doc, mentions),
        _labelled(doc, ("a pourvoir", "to be filled"), _TO_FILL, mentions, day_only=False),
        _weak_starts(doc, mentions),
        _first_session(doc, mentions),
        [
            Found(ASAP, m.start(), m.end())
            for m in matches_at(doc.folded, _ASAP_WORDS, _ASAP)
            if _hiring_sentence(doc, m.start(), own_clause=True)
            or _is_top_tag(doc, m.start(), m.end(), top)
        ],
    )
    for tier in tiers:
        # A start well before the posting was published is a past event, not the start; a
        # newsletter's teaser of another offer ("Stage - 6 mois - à partir d'avril") another's.
        valid = [
            f
            for f in tier
            if (f.value == ASAP or posted is None or f.value >= posted - timedelta(days=62))
            and not in_other_offers(doc, f.start)
        ]
        if valid:
            return min(valid, key=lambda f: f.start)
    return None


def _before_start(
    deadline: Found | None, start: Found | None, mentions: list[DateMention]
) -> Found | None:
    """A deadline written without its year comes before the job starts: "avant le 4/12" in a
    posting for a mission from January 2027 is in December 2026, whatever year the other
    dates lent it."""
    if deadline is None or start is None or not isinstance(start.value, date):
        return deadline
    written = next((m for m in mentions if m.end == deadline.end), None)
    if written is None or written.has_year or deadline.value <= start.value + _AFTER_START:
        return deadline
    try:
        earlier = deadline.value.replace(year=deadline.value.year - 1)
    except ValueError:  # the 29th of February
        return deadline
    return Found(earlier, deadline.start, deadline.end)


def _after_deadline(
    start: Found | None, deadline: Found | None, mentions: list[DateMention]
) -> Found | None:
    """A start written without its year comes after the deadline written with one: « Date
    limite : 30 novembre 2026 … Prise de poste : juin » starts in June 2027."""
    if start is None or deadline is None or not isinstance(start.value, date):
        return start
    if start.value >= deadline.value - _AFTER_START:
        return start  # (a start a few weeks before the deadline: rolling applications)
    written = next((m for m in mentions if m.end == start.end), None)
    dated = next((m for m in mentions if m.end == deadline.end), None)
    if written is None or written.has_year or dated is None or not dated.has_year:
        return start
    try:
        later = start.value.replace(year=start.value.year + 1)
    except ValueError:  # the 29th of February
        return start
    return Found(later, start.start, start.end) if later >= deadline.value else start


def extract_dates(doc: Doc, found: Mapping[str, Found]) -> dict[str, Found]:
    """Keys `start_date` (a date or "ASAP") and `deadline` (a date); absent when not stated."""
    result = scan(doc)
    posted = result.posted
    mentions = [m for m in result.mentions if not (posted and m.value == posted and m.has_day)]
    start = _start_date(doc, mentions, posted)
    deadline = _before_start(find_deadline(doc, mentions, posted), start, mentions)
    start = _after_deadline(start, deadline, mentions)
    fields = {"start_date": start, "deadline": deadline}
    return {key: value for key, value in fields.items() if value is not None}
