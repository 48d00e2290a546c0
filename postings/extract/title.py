"""Job title and hiring organisation: `extract_title(doc, found)` → keys `title`, `employer`.

The title is looked for, most trusted first:
1. a labelled field: « Intitulé du poste : … », « Poste : … », « Objet : Recrutement d'un·e … »,
   or a table's row flattened to text (« Intitulé<tab>… »); a mail's « Objet : » line comes
   after the posting's own words (it is a summary by whoever sent the mail). A volunteering
   mission (service civique, volontariat, bénévolat) is named by what the volunteer does:
   its « Mission : … » label or « une mission « … » » needs no role noun;
2. in the header (first dozen lines), a short line that starts with a role noun ("Chargé·e
   de…", "Animateur/trice", "Head of") or carries a gender marker ("… H/F"), or the line
   under a heading that announces an offer without naming the job (« OFFRE D'ALTERNANCE »,
   « MISSION DE BÉNÉVOLAT », « AES RECRUTE »), unless a hiring sentence comes before it
   (« X recrute un·e Y »);
3. the first line of a job board's header: a line followed by contract, place or date lines,
   or the line after a breadcrumb ("Accueil > Missions > …") (`title_lines`);
4. a hiring sentence further down, a mail's subject, a role-noun line further down, and last
   the sentence that gives the holder their missions (« le ou la Y aura pour missions »).
Lines that sign a message (« Cordialement, / Nadia / Chargée de mission du réseau ») are
never the title, nor are a social network's poster lines (« Lucie M. • 2e / Coordinatrice
@ Festival X | … »), a site's banner above its menu, the menu itself (« Offres | Écoles |
Conseils | Espace recruteur », `title_lines.is_menu`).
Whatever rule found it, a candidate goes through the same steps (`_finish`): it is cut down
to the title (`title_clean.trim_title`: prefixes, pictographs, gender marker, counts of
posts, contract, working time, place at home or abroad, employer), its case is tamed, and
it is refused when it names no job (`title_sanity.implausible_title`: an organisation, a
hiring sentence without its object, contract words only). The employer comes from
`title_employer`; once it is known, " – Employer" can be cut from the title's end.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from postings.extract.contact_mail import signature_lines, subject_line_indexes
from postings.extract.place_other_offers import other_offer_lists
from postings.extract.text import Doc, Found, Line, fold
from postings.extract.title_body import RECRUIT, body_title, recruit_title
from postings.extract.title_clean import REFERENCE_LEAD, only_contract_words, tidy, trim_title
from postings.extract.title_employer import find_employer
from postings.extract.title_lines import (
    MAX_LINE,
    banner_lines,
    folded_line,
    header_fallback,
    is_heading,
    is_menu,
    may_be_title_line,
    plain_title,
    plain_title_line,
    poster_lines,
    stripped_start,
    wrapped_end,
)
from postings.extract.title_names import spells
from postings.extract.title_sanity import announces_offer, implausible_title
from postings.extract.title_words import (
    GENDER_MARKER,
    is_chrome,
    role_position,
)

MAX_LINES = 150  # a title is in the first pages
TOP_LINES = 12  # the header of a posting
TOP_CHARS = 2500
EMPTY: frozenset[int] = frozenset()
_VOLUNTEERING = frozenset({"SERVICE_CIVIQUE", "VOLONTARIAT", "BENEVOLAT"})

_TITLE_LABEL = re.compile(
    r"(?:intitule(?: du poste| de l'offre| de la mission| de l'emploi| du stage| de poste)?"
    r"|titre(?: du poste| de l'offre| de la mission)?|nom du poste|poste(?: propose| a pourvoir)?"
    r"|fonction|emploi|metier|offre d'emploi|offre de stage|offre|fiche de poste|objet|subject"
    r"|job title|position|mission(?: benevole| de service civique| de benevolat)?"
    r"|recrutement|avis de recrutement|appel a candidatures?|on recrute|nous recrutons"
    r"|nous recherchons|on recherche|on cherche|nous cherchons|job description|job offer"
    r"|vacancy)(?:\s*(?::\s*|$)|(?P<cell>[ ]+))"
)
# Lines that may start with a title label (a quick scan before the exact pattern).
_LABEL_AT_LINE_START = re.compile(
    r"^[ ]*(?:[-*>][ ]*)?(?=intitule|titre|nom du|poste|fonction|emploi|metier|offre|fiche|objet"
    r"|subject|job|position|mission|recrutement|avis|appel|on recrute|on recherche|on cherche"
    r"|nous|vacancy)",
    re.MULTILINE,
)
_VAGUE_LABELS = frozenset(
    {"poste", "emploi", "fonction", "objet", "subject", "position", "metier", "offre", "mission"}
    | {"poste a pourvoir", "poste propose", "recrutement", "on recrute", "nous recrutons"}
    | {"nous recherchons", "appel a candidature", "appel a candidatures", "avis de recrutement"}
    | {"on recherche", "on cherche", "nous cherchons"}
)
# « pour une mission « Animation nature » », « Mission de service civique : "X" ».
# A person's function under a message, with its definite article: « L'animatrice du réseau »,
# « La directrice », « Le président » (a job is named without one, or « Le/La chargé·e »).
_SIGNER = re.compile(
    r"(?:l'|la |le )(?!\s*(?:/|ou |\())[\w·.()-]+(?: (?:du|de la|de l'|des|de)"
    r" [\w'-]+){0,2}\W*$"
)
# « Mission : "X" », or a volunteering offer's line that opens on a quoted name (« X » – 7 mois).
_QUOTED_MISSION = re.compile(
    r"mission(?: de service civique| de volontariat| de benevolat| benevole)?[ ]?:?[ ]?[«\"]"
    r"|^[^\w\n«\"]{0,4}[«\"]",
    re.MULTILINE,
)


def extract_title(doc: Doc, found: Mapping[str, Found]) -> dict[str, Found]:
    """Keys `title` and `employer` (each left out when the text does not show it)."""
    results: dict[str, Found] = {}
    contract = found.get("contract_type")
    volunteering = contract is not None and contract.value in _VOLUNTEERING
    title = find_title(doc, volunteering=volunteering)
    employer = find_employer(doc, found, title)
    if employer is not None:
        results["employer"] = employer
        if title is not None and (
            _ends_with(doc, title, employer.value)
            or _spelt_employer(doc.text[title.start : title.end], employer.value)
        ):
            # now " – Employer" is cut
            title = find_title(doc, employer.value, volunteering=volunteering) or title
    if title is not None:
        results["title"] = title
    return results


def _ends_with(doc: Doc, title: Found, name: str) -> bool:
    """Whether the title ends with the employer's name ("Title – Employer")."""
    return doc.folded[title.start : title.end].rstrip(" )").endswith(fold(name).strip())


def find_title(
    doc: Doc, employer: str | None = None, *, volunteering: bool = False
) -> Found | None:
    """The job title, with the span of its words, or None when no rule is confident.

    With `volunteering` (a service civique, volunteering or bénévolat offer), a « Mission : »
    label needs no role noun: such missions are named by what the volunteer does.
    """
    subjects, signed = subject_line_indexes(doc), signature_lines(doc)
    left_out = signed | subjects | poster_lines(doc) | banner_lines(doc) | _other_offers(doc)
    lines = [ln for ln in doc.lines[:MAX_LINES] if ln.text and ln.index not in left_out]
    top = [line for line in lines[:TOP_LINES] if line.start < TOP_CHARS * 2]
    limit = lines[-1].end if lines else 0
    labelled = _labelled_title(doc, limit, employer, skip=subjects, volunteering=volunteering)
    if labelled is None and volunteering:
        labelled = _quoted_mission(doc, limit, employer)
    if labelled is not None:
        return labelled
    # A role noun or a gender marker says it best; else the line an announcing heading gives.
    heading = next(filter(None, (_line_title(doc, line, employer) for line in top)), None) or next(
        filter(None, (_announced_title(doc, line, employer) for line in top)), None
    )
    # Only a hiring sentence that starts before that line can win over it.
    early_limit = doc.line_at(heading.start).end if heading else TOP_CHARS
    early = recruit_title(doc, _finish, employer, limit=early_limit, skip=subjects)
    if early is not None or heading is not None:
        return early or heading
    # A mail's subject is a summary by whoever sent it: the posting's own words come first.
    return (
        (None if subjects else header_fallback(doc, top, _finish, employer))
        or recruit_title(doc, _finish, employer, limit=20_000, skip=subjects)
        or _mail_subject_title(doc, subjects, employer)
        or next(filter(None, (_line_title(doc, line, employer) for line in lines)), None)
        or body_title(doc, _finish, employer)
    )


def _other_offers(doc: Doc) -> set[int]:
    """Lines of the lists of other offers under the posting (« Ces offres peuvent aussi vous
    intéresser », « Offres similaires »): other jobs' titles."""
    return {
        index
        for start, end in other_offer_lists(doc)
        for index in range(doc.line_at(start).index, doc.line_at(max(start, end - 1)).index + 1)
    }


# A call for consultants' heading: the next line is the mission's subject.
_CALL_FOR_PROVIDERS = re.compile(
    r"(?:appel (?:a |d')(?:consultation|consultants?|consultant\W?e?s?|prestataires?"
    r"|propositions?|offres?|manifestation d'interet)|avis de consultation|consultation"
    r"|termes de reference|cahier des charges)"
)
# « ADVS – Aide à Domicile du Val de Sambre », « GRAINE (Groupement régional …) ».
_ACRONYM_LINE = re.compile(
    r"(?P<acronym>[A-ZÀ-Ý][A-ZÀ-Ý0-9&]{1,9})\s*(?:[-–:]\s*|\()(?P<name>[^()\n]{5,120})\)?$"
)
_APPLY_LINE = re.compile(
    r"@|\b(?:adress\w*|envoy\w*|postul\w*|candidat\w*|transmet\w*|faire parvenir)\b"
)
_MAIL_HEADER = re.compile(r"(?:de|a|cc|cci|to|from|envoye|sent|date|expediteur)\s?:")
_PERIOD_AFTER = re.compile(r"\s*\((?:19|20)\d\d[^()]{0,20}\)$")


def _announced_title(doc: Doc, line: Line, employer: str | None) -> Found | None:
    """The title on the line under a heading that announces an offer without naming the job
    (« 📣 OFFRE D'ALTERNANCE 📣 », « ▶ MISSION DE SERVICE CIVIQUE À POURVOIR », « AES
    RECRUTE »): a role-noun line, or a short plain line (`title_lines.plain_title_line`)."""
    heading = doc.folded[stripped_start(doc, line) : line.end]
    call = _CALL_FOR_PROVIDERS.fullmatch(heading.strip(" !.:"))
    if not call and not announces_offer(heading):
        return None
    following = next((ln for ln in doc.lines[line.index + 1 : line.index + 3] if ln.text), None)
    if following is None:
        return None
    start = stripped_start(doc, following)
    if call and (mission := _mission_title(doc, start, following.end, employer)):
        return mission
    folded = doc.folded[start : following.end].strip()
    if is_chrome(folded) or implausible_title(folded):
        return None  # « ★ À LA UNE », « Libre Cours, SCIC du numérique, recrute »
    found = _line_title(doc, following, employer)
    if found is None and plain_title_line(doc, following):
        found = _finish(doc, start, following.end, employer)
    return found


def _spelt_employer(text: str, employer: str | None) -> bool:
    """A line « EMPLOYER – Name it spells » (or « EMPLOYER (Name) »), the employer being an
    acronym: the organisation's letterhead (« ADVS – Aide à Domicile du Val de Sambre »), not
    a job spelt out (« CESF – Conseiller·e en économie sociale et familiale »)."""
    if not employer:
        return False
    match = _ACRONYM_LINE.match(text.strip())
    return (
        match is not None
        and fold(match["acronym"]) == fold(employer).strip()
        and spells(match["name"], fold(match["acronym"]))
    )


def _mission_title(doc: Doc, start: int, end: int, employer: str | None) -> Found | None:
    """The subject line under a call for consultants (« APPEL À CONSULTATION » / « Évaluation
    d'impact du programme « X » (2023-2026) »): the mission is named by its subject, without
    the period in brackets after it."""
    text = doc.text[start:end].rstrip()
    period = _PERIOD_AFTER.search(text)
    if period is not None:
        text = text[: period.start()]
    if ":" in text or text.endswith(".") or not 2 <= len(text.split()) <= 16:
        return None
    return _finish(doc, start, start + len(text), employer)


def _mail_subject_title(doc: Doc, subjects: set[int], employer: str | None) -> Found | None:
    """The title a mail's « Objet : » line gives (« Objet : TR: Offre – Animateur·rice »)."""
    for index in sorted(subjects):
        line = doc.lines[index]
        found = _labelled_title(doc, line.end, employer, begin=line.start)
        if found is not None:
            return found
    return None


def _finish(doc: Doc, start: int, end: int, employer: str | None) -> Found | None:
    """Trim `doc.text[start:end]` to the title and check what is left looks like one."""
    text, folded = doc.text[start:end], doc.folded[start:end]
    if is_menu(text):
        return None  # « Offres d'alternance | Écoles | Conseils | Espace recruteur »
    if _spelt_employer(text, employer):
        return None  # « ADVS – Aide à Domicile du Val de Sambre »: the employer's letterhead
    first, last = trim_title(text, folded, employer)
    if last - first < 2:
        return None
    value = tidy(doc.original[start + first : start + last])
    key = doc.folded[start + first : start + last]
    if not value or len(value) > 160 or len(value.split()) > 20 or only_contract_words(key):
        return None
    if is_chrome(key.strip()) or implausible_title(key):
        return None  # "Offre de stage – Publié le 10/12", "Association gestionnaire de …"
    return Found(value, start + first, start + last)


def _labelled_title(
    doc: Doc,
    limit: int,
    employer: str | None,
    *,
    begin: int = 0,
    skip: frozenset[int] = EMPTY,
    volunteering: bool = False,
) -> Found | None:
    """« Intitulé du poste : X », or the label alone on its line and X on the next one.

    Vague labels (« Poste : », « Objet : ») and values on the next line must start with a
    role noun: « Poste : CDI » or « Le poste » followed by a paragraph are no title, except
    a volunteering mission's short label (« Mission : Favoriser la pratique sportive… »).
    Lines in `skip` (a mail's subject lines) are left out.
    """
    for count, hit in enumerate(_LABEL_AT_LINE_START.finditer(doc.folded, begin, limit)):
        if count >= 50:
            break
        line = doc.line_at(hit.end())
        if line.index in skip:
            continue
        label = _TITLE_LABEL.match(doc.folded, hit.end(), line.end)
        if label is None or line.end - hit.end() > MAX_LINE:
            continue
        if label.group("cell") and "\t" not in doc.original[label.start("cell") : label.end()]:
            continue  # "Intitulé<tab>Value" is a table's cell; "Poste de chargé…" is no label
        if label.group(0).startswith(("objet", "subject")) and _after_apply_line(doc, line):
            continue  # « Envoyez CV et lettre à x@y.org / Objet : VSC Lomé 2027 »: what to write
        following = next((ln for ln in doc.lines[line.index + 1 : line.index + 3] if ln.text), None)
        if label.end() < line.end:
            found = _finish(doc, label.end(), line.end, employer)
            needs_role = label.group(0).strip(" :") in _VAGUE_LABELS
        elif (
            following is not None
            and may_be_title_line(folded_line(doc, following))
            and not _TITLE_LABEL.match(folded_line(doc, following))  # a label of its own
        ):
            end = wrapped_end(doc, following)
            found = _finish(doc, stripped_start(doc, following), end, employer)
            needs_role = True
        else:
            continue
        if found is None or is_heading(doc.folded[found.start : found.end]):
            continue
        if volunteering and label.group(0).startswith("mission") and _plain(doc, found):
            needs_role = False  # a volunteering mission is named by what the volunteer does
        if not needs_role or role_position(doc.folded[found.start : found.end]) >= 0:
            return found
    return None


def _after_apply_line(doc: Doc, line: Line) -> bool:
    """The line above says how to apply (an address, « adresser … à : »): an « Objet : » under
    it is the subject the applicant must write, not the posting's title."""
    above = next(
        (ln for ln in reversed(doc.lines[max(0, line.index - 2) : line.index]) if ln.text), None
    )
    if above is None:
        return False
    folded = doc.folded[above.start : above.end].strip()
    return bool(_APPLY_LINE.search(folded)) and not _MAIL_HEADER.match(folded)


def _plain(doc: Doc, found: Found) -> bool:
    """A label's value that reads as a name, not a sentence about the mission."""
    return plain_title(doc.folded[found.start : found.end], found.value)


def _quoted_mission(doc: Doc, limit: int, employer: str | None) -> Found | None:
    """X in « une mission « X » », « Mission de service civique : "X" » (volunteering)."""
    for count, hit in enumerate(_QUOTED_MISSION.finditer(doc.folded, 0, limit)):
        if count >= 5:
            break
        closing = "»" if doc.folded[hit.end() - 1] == "«" else '"'
        close = doc.folded.find(closing, hit.end(), min(limit, hit.end() + 100))
        if close < 0 or "\n" in doc.folded[hit.end() : close]:
            continue
        found = _finish(doc, hit.end(), close, employer)
        if found is not None and _plain(doc, found):
            return found
    return None


# A heading that is only "new" and a noun announces news, not a job: a job's heading names
# the job with its marker or its terms ("Nouveau poste : animateur (H/F)").
_NEWS_HEADING = re.compile(r"(?:nouveau|nouvel|nouvelle|nouveaux|nouvelles)\s+[\w'-]+")


# A newsletter's numbered offer: « 1) Animateur·rice périscolaire – CDD 3 mois – Montauban »
# (the job's details after a dash: its contract, or its marker).
_NUMBERED = re.compile(r"\d{1,2}\s?[.)]\s+")
_NUMBERED_DETAILS = re.compile(
    r"\s[-|]\s+(?:cdi|cdd|cddi|stage|alternance|apprentissage|service civique|interim"
    r"|temps (?:plein|partiel))\b|\b[hf]\s?/\s?[hf]\b"
)


def _line_title(doc: Doc, line: Line, employer: str | None) -> Found | None:
    """A short line that starts with a role noun or carries a gender marker, trimmed."""
    start = stripped_start(doc, line)
    folded = doc.folded[start : line.end]
    number = _NUMBERED.match(folded)
    if (
        number is not None
        and role_position(folded[number.end() :], within=1) == 0
        and _NUMBERED_DETAILS.search(folded, number.end()) is not None
    ):
        start += number.end()
        folded = doc.folded[start : line.end]
    if not may_be_title_line(folded):
        return None
    end = wrapped_end(doc, line)
    folded = doc.folded[start:end]
    marker = GENDER_MARKER.search(folded)
    head = folded[: marker.start()] if marker and marker.start() > 0 else folded
    reference = REFERENCE_LEAD.match(head)
    if reference is not None and reference.end() < len(head):
        head = head[reference.end() :]  # « Réf. 26-CHRS-117 - Travailleur·euse social·e »
    if RECRUIT.search(head) or len(head.split()) > 16:
        return None  # a hiring sentence: `recruit_title` reads it
    if ". " in head.rstrip(". ") or (":" in head and not _TITLE_LABEL.match(head)):
        return None
    if head.startswith(("objet", "subject")) and _after_apply_line(doc, line):
        return None  # the subject an applicant must write (see `_labelled_title`)
    if head.rstrip().endswith(".") and len(head.split()) > 5:
        return None  # a sentence that starts with a role noun
    if role_position(head, within=2) < 0 and not (marker and 0 < len(head.split()) <= 10):
        return None
    if not marker and _SIGNER.match(head):
        return None  # « L'animatrice du réseau », « La directrice »: who signs, not the job
    if not marker and _NEWS_HEADING.fullmatch(head.strip(" !.:")):
        return None  # a newsletter's « NOUVEAU GUIDE », « Nouvelle formation »: news
    return _finish(doc, start, end, employer)
