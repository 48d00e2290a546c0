"""The URL to apply through: `find_apply_url(doc)` → Found or None.

A link counts only when the text makes it the way to apply: « Postuler sur https://… »,
« Candidatez via notre plateforme : … », « via le formulaire : … », or a recruitment
platform's link (Welcome to the Jungle, Jobaffinity, Teamtailor, Flatchr, Recruitee, Lever,
Workable, a form) with application words before it; a line ending with a colon that speaks
of applying (« Pour postuler, rendez-vous sur notre site carrière : ») designates the link
under it. The organisation's website (« Site : », « Lien : », a footer's www), social
networks, « En savoir plus » and a newsletter's unsubscribe links are left out.
The URL is returned as written, without the punctuation that ends its sentence.
"""

from __future__ import annotations

import re

from postings.extract.text import Doc, Found, Line

MAX_URLS = 200

_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"«»{}|\\^`]{2,500}")
_TRAILING = ".,;:!?'\"*»"
_OPENING = {")": "(", "]": "["}
_APPLY_CUE = re.compile(
    r"postul|candidat(?:ez|er)\b|candidatures? (?:[a-z]+ ){0,2}(?:en ligne|via|sur|par|ici|:)"
    r"|formulaire"
    r"|plateforme|apply|deposer (?:votre|sa|une) candidature|repondre a (?:cette|l') offre"
    r"|lien (?:pour|de) (?:postuler|candidature)|pour (?:postuler|candidater)|cliquez"
    r"|\bvia\s*:|en ligne\s*:|\binscri(?:vez|re|ption)|engagez-vous"
    r"|site (?:carrieres?|emplois?|de recrutement|recrutement)|espace (?:candidats?|emploi)"
    # « Merci d'adresser votre candidature (CV + lettre) sous la référence X via notre site : »
    r"|candidatures?\b[^.\n]{0,100}?\s(?:via|sur|depuis|par) (?:notre|le|ce|cet|la|leur) "
    r"(?:site|espace|portail|page|plateforme|formulaire)"
    # « CV et lettre de motivation via notre page recrutement : »
    r"|(?:\bcv\b|lettre de motivation)[^.\n]{0,60}?\s(?:via|sur|depuis) (?:notre|la|le|leur) "
    r"(?:site|espace|portail|page|plateforme)"
    r"|page (?:de )?(?:recrutement|carrieres?|emplois?|nous rejoindre|candidature)"
)
# Enough before a recruitment platform's link: any word about applying.
_PLATFORM_CUE = re.compile(r"candidat|postul|\bcv\b|lettre de motivation|apply|formulaire")
# Always decisive when closer than the application words.
_STRONG_NEGATIVE = re.compile(
    r"en savoir plus|plus d'info|decouvr|disponible ici|suivez|retrouvez|actualite|telecharg"
    r"|rapport|fiche de poste|consult|tout savoir|learn more|more info|newsletter"
    r"|lettre d'information|abonne|desinscri|desabonn|unsubscribe|ne plus recevoir"
)
# A newsletter's unsubscribe link, never the way to apply.
_UNSUBSCRIBE = re.compile(r"desinscri|desabonn|unsubscribe|optout|opt-out")
# Decisive only when no application word is on the link's own line. A footer's legal
# mentions (« – loi 1901 – SIRET … – www.asso.org ») mark the organisation's website.
_WEAK_NEGATIVE = re.compile(
    r"\bsite\b|\blien\s*:|\bpage\b|\bweb\b|internet|siret|loi 1901|\btel\b|telephone"
)
# « Aucune candidature par téléphone », « pas de candidature via … »: no invitation.
_NEGATED = re.compile(r"(?:aucune?|pas (?:de|d')|sans|ni|ne sera)\s+(?:[a-z]+\s+)?$")
# A site's home page ("www.asso.org", "https://asso.fr/"): the way to apply only when the
# application words are on its own line or the line just above it.
_HOME_PAGE = re.compile(r"(?:https?://)?(?:www\.)?[^/\s]+/?$")
_SOCIAL = re.compile(
    r"(?:https?://)?(?:www\.|[a-z]{2}\.)?(?:facebook|fb|twitter|x|instagram|youtube|youtu"
    r"|tiktok|linkedin|vimeo|flickr|mastodon|bsky|threads)\.(?:com|be|net|app|social)"
    r"(?!/jobs?/)"
)
_PLATFORM = re.compile(
    r"welcomekit|welcometothejungle|jobaffinity|teamtailor|flatchr|recruitee|lever\.co|workable"
    r"|smartrecruiters|taleez|gestmax|jobteaser|digitalrecruiters|softy\.pro|breezy|talentsoft"
    r"|beetween|inrecruiting|forms\.gle|docs\.google\.com/forms|framaforms|typeform|tally\.so"
    r"|jotform|/jobs?/|//jobs\.|//careers?\.|//carrieres?\.|//recrutement\.|/recrutement"
    r"|/carrieres?|/postuler|/candidature|/apply"
)


def find_apply_url(doc: Doc) -> Found | None:
    """The first link the text designates for applying, or None."""
    for count, match in enumerate(_URL.finditer(doc.folded)):
        if count >= MAX_URLS:
            break
        start, end = match.start(), _strip_end(doc.text, match.start(), match.end())
        url = doc.folded[start:end]
        if end - start < 6 or _SOCIAL.match(url) or _preceded_by_at(doc.folded, start):
            continue
        if _UNSUBSCRIBE.search(url):
            continue
        if _designated(doc, start, url):
            return Found(doc.text[start:end], start, end)
    return None


def _strip_end(text: str, start: int, end: int) -> int:
    """End of the URL once the sentence's punctuation and unmatched brackets are left out."""
    while end > start:
        char = text[end - 1]
        unmatched = char in ")]" and text.count(_OPENING[char], start, end) < text.count(
            char, start, end
        )
        if char not in _TRAILING and not unmatched:
            break
        end -= 1
    return end


def _preceded_by_at(folded: str, start: int) -> bool:
    """True for "www.asso.fr" read inside "rh@www.asso.fr"."""
    return start > 0 and folded[start - 1] in "@."


def _designated(doc: Doc, start: int, url: str) -> bool:
    """Whether the words before the link make it the way to apply.

    Application words must come after any « En savoir plus »-like words; « Site : » or
    « Lien : » also count against the link unless application words share its line.
    """
    folded = doc.folded
    line = doc.line_at(start)
    if _PLATFORM.search(url):
        apply = _last(_PLATFORM_CUE, folded, start - 600, start)
    else:
        apply = _last(_APPLY_CUE, folded, start - 250, start)
    if apply < 0 or _last(_STRONG_NEGATIVE, folded, start - 250, start) > apply:
        return False
    if apply >= line.start:
        return True
    above = _line_above_start(doc, line)
    if apply >= above and doc.text[above : line.start].rstrip().endswith(":"):
        return True  # « Pour postuler, rendez-vous sur notre site carrière : » / the link
    if _HOME_PAGE.match(url) and apply < _line_above_start(doc, line):
        return False  # « … Aucune candidature par téléphone. / Asso X – SIRET – www.x.org »
    return _last(_WEAK_NEGATIVE, folded, start - 250, start) < apply


def _line_above_start(doc: Doc, line: Line) -> int:
    """Start of the nearest non-blank line above `line` (or of `line` itself at the top)."""
    for above in reversed(doc.lines[max(0, line.index - 4) : line.index]):
        if above.text:
            return above.start
    return line.start


def _last(pattern: re.Pattern[str], text: str, start: int, end: int) -> int:
    """Offset in `text` of the last match of `pattern` between `start` and `end`, or -1.

    A match that a negation comes just before (« aucune candidature par … ») does not count.
    """
    last = -1
    for match in pattern.finditer(text, max(0, start), end):
        if not _NEGATED.search(text, max(0, match.start() - 25), match.start()):
            last = match.start()
    return last
