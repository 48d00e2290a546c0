"""Application e-mail and URL: `extract_contact(doc, found)` → keys `apply_email`, `apply_url`.

An address counts only when the text says to apply through it: application words before it
(« envoyer CV et lettre de motivation à », « Candidature à adresser à », « par mail à »,
« Pour postuler : »), or a recruitment mailbox (recrutement@, rh@, jobs@). Addresses given
for questions, the press, personal data or newsletters (or « hors candidature ») are left out,
and so is a structure's
generic address shown in a job board's header or among the contact details that end the page
(« CSC X – accueil@x.fr – 02 33 … »), and those of a mail's senders and recipients (« De : »,
« À : » lines, see `contact_mail`). When the posting says applications come by post or
through a form only (« Les candidatures reçues par courriel ne seront pas étudiées »), an
address needs application words on its own line. When several qualify, the most clearly
designated wins, then the first ("a@x.fr & b@x.fr" gives a@x.fr). Without any, the posting's
only address under its « Pour postuler : » / « Candidature » heading is it, unless another
section, a question's wording or an application link comes first.

Obfuscated addresses are read: "recrutement [at] asso.fr", "rh(at)asso.fr", "x @ y . fr",
"x arobase y point fr" is not (too ambiguous). The URL rules live in `contact_url`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from postings.extract.contact_mail import from_line_spans, sender_line_spans
from postings.extract.contact_url import find_apply_url
from postings.extract.text import Doc, Found, Line

MAX_ADDRESSES = 300  # past that, a text is a mailing list, not a posting
MAX_MARKERS = 2000
HEAD = 40_000  # where a posting says how to apply
MAX_PARAGRAPH_LINES = 6  # the lines above an address that may hold its application words
PARAGRAPH_SPAN = 600  # characters of them read
DETAILS_SPAN = 150  # characters around an address where its contact details stand

# "@", and "[at]", "(at)", "{at}", "(arobase)", "[@]" with optional spaces. (Opening on a
# character class lets `re` jump between those characters.)
_AT = re.compile(r"[@\[({](?:(?<=@)|(?<=[\[({])\s?(?:at|arobase|@)\s?[\])}])")
_LOCAL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789._%+-")
_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
_PLAIN_DOMAIN = re.compile(rf"({_LABEL}(?:\.{_LABEL}){{1,6}})")
_OBFUSCATED_DOMAIN = re.compile(
    rf"\s?({_LABEL}(?:\s?(?:\.|[\[(]\s?(?:dot|point)\s?[\])])\s?{_LABEL}){{1,6}})"
)
_DOT = re.compile(r"\s?(?:\.|[\[(]\s?(?:dot|point)\s?[\])])\s?")
_TLD = re.compile(r"[a-z]{2,24}")
_TLDS = """fr com org net eu info coop asso be ch lu ca io co re bzh paris alsace corsica eus gp
mq gf yt nc pf pm de es it uk us int edu ong ngo africa sn ma tn dz ci bj bf ml cm mg ht"""
_KNOWN_TLDS = frozenset(_TLDS.split())

_APPLY_CUE = re.compile(
    r"candidat|postul|\bcv\b|c\.v\.|curriculum|lettre de motivation|\blm\b|envoy|transmet"
    r"|adress(?:er|ez|es|ee|ees|ant)\b|faire parvenir|a l'attention|par (?:e-?mail|mail|courriel)"
    r"|recrutement|apply|send (?:your|a)\b|\benvoi\b"
)
# Applying by replying to the mail itself: « répondre directement à ce mail », « envoyer votre
# CV à cette adresse », « par retour de mail ».
_REPLY = re.compile(
    r"\b(?:a|en reponse a|en repondant (?:directement )?a) (?:ce|cet|cette) (?:mail|e-?mail"
    r"|courriel|message|adresse)\b|\bpar (?:simple )?retour (?:de |du )?(?:mail|courriel|message)\b"
)
# Inviting words that count only when nothing about questions or information comes closer.
_INVITE_CUE = re.compile(
    r"contactez|ecrivez|ecrire a|manifestez-vous|interessee?s?\b|rejoindre|contacter"
    r"|ecris-(?:nous|moi)|contacte-(?:nous|moi)|envoie-(?:nous|moi)"  # a post's « Écris-nous à »
)
_CONTACT_CUE = re.compile(r"\bcontact|\be-?mail\s*:|\bmail\s*:|\bcourriel\s*:|\bmel\s*:")
_NEGATIVE_CUE = re.compile(
    r"renseignement|information|question|presse|newsletter|desinscri|donnees personnelles"
    r"|rgpd|\bdpo\b|cnil|de la structure\s*:|facturation|\bdons?\b|adhesion|signaler|webmaster"
    r"|partenariat|mentions legales|©|copyright|tous droits|cookies"
)
# A job board's button ("Postuler", "Je postule") says nothing about the addresses near it.
_BUTTON = re.compile(
    r"(?:^|\n)[ ]*(?:je )?(?:postuler|postule|candidater)(?: maintenant| en ligne)?[ ]*(?=\n|$)"
)
_RECRUITMENT_BOX = re.compile(
    r"(?:recrut|rh$|rh[._-]|drh|jobs?\b|emploi|candidat|career|hr$|hr[._-]|talent|postul)"
)
_BANNED_BOX = re.compile(
    r"(?:no-?reply|ne-?pas-?repondre|newsletter|dpo|rgpd|privacy|donnees|webmaster|unsubscribe"
    r"|abuse|postmaster|mailer-daemon|desinscri)"
)
# Departments' boxes: for applications only when application words share their line
# (« Candidatures à Pauline Martin : communication@… » for a communication internship).
_DEPARTMENT_BOX = re.compile(r"(?:presse|press\b|comptabilite|facturation|dons?$|communication)")
# « communication-rh@ », « rh.communication@ »: the department's recruitment box.
_RECRUITMENT_PART = re.compile(
    r"(?:^|[._-])(?:rh|drh|hr|recrutement|recrutements|jobs?)(?:$|[._-])"
)
# (A freelancer applies with a portfolio or a quote: « envoyez votre portfolio et un devis à ».)
_CANDIDACY = re.compile(
    r"candidat|postul|\bcv\b|lettre de motivation|curriculum|portfolio|\bbook\b|\bdevis\b"
    r"|offre de services?|note d'intention"
)
# A structure's generic box (accueil@, contact@, info@): for applications only when the
# application words share its paragraph, not when it ends the page among the phone and
# address.
_GENERIC = """contact contacts accueil info infos information informations bonjour hello
secretariat asso association office admin administration siege"""
_GENERIC_BOX = frozenset(_GENERIC.split())
_BOX_PARTS = re.compile(r"[._+-]")
# A line of contact details: a postcode, a phone number (even masked), SIRET, a website.
_DETAILS = re.compile(
    r"\b\d{5}\b|(?:\+33|\b0\d)[ .]?(?:\d\d|xx)[ .]?(?:\d\d|xx)|\btel\b|siret|siren|\brna\b|www\."
)
# The posting says applications do not come by e-mail: by post or through a form only.
_NO_MAIL = re.compile(
    r"candidatures?\s(?:[a-z']+\s){0,3}par (?:e-?mail|mail|courriel|voie electronique)"
    r"\s(?:ne (?:seront|sont|pourront)|non)"
    r"|(?:aucune|pas de) candidatures? (?:[a-z']+\s){0,2}par (?:e-?mail|mail|courriel)"
    r"|(?:uniquement|exclusivement|seulement) par (?:courrier|voie postale|la poste"
    r"|(?:le|notre|ce) formulaire)|par (?:courrier|voie postale) (?:uniquement|exclusivement"
    r"|seulement)"
)


# A sentence that turns applications away from the address it holds: « Pas de candidature
# par e-mail : contact@… », « Merci de ne pas envoyer votre CV à … », then « Les candidatures
# envoyées à info@… ne seront pas traitées », « Toute candidature adressée à … ne pourra être
# prise en compte », and « contact@… est réservé aux questions ».
_REFUSED_BEFORE = re.compile(
    r"(?:\bpas de|\baucune?) (?:candidatures?|cv)\b(?: [a-z'-]+){0,2}? (?:par|a|via|sur)"
    r" (?:e-?mail|mail|courriel|voie electronique|cette adresse)"
    r"|\bne (?:pas|jamais) (?:nous )?(?:envoyer|adresser|transmettre|postuler)"
    r"|\bn'(?:envoyez|adressez|envoie|envoyer) (?:pas|jamais|aucune?)\b"
)
_SENT_TO = re.compile(
    r"\bcandidatures?\b(?: [a-z'-]+){0,2}? (?:envoyee|adressee|recue|transmise|deposee)s?"
    r" (?:a|par|sur|via|vers|a l'adresse)\b"
)
_TURNED_AWAY = re.compile(
    r"\bne (?:seront|sera|pourront|pourra|sont|est|peuvent|peut)\b(?: pas| plus| jamais)?"
    r" (?:etre )?(?:traitee|prise|etudiee|examinee|acceptee|lue|retenue|consideree|recevable)"
    r"|\b(?:seront|sera) (?:ignoree|refusee|supprimee|rejetee|detruite)"
)
_RESERVED = re.compile(
    r"(?:est|sont) (?:reservee?s?|uniquement|exclusivement|destinee?s?) (?:aux|a|pour) (?:les )?"
    r"(?:questions|demandes|renseignements|informations|echanges)"
)
# Applications excepted from what an address is for: « (hors candidature) », « sauf pour
# postuler », « autres que les candidatures ».
_EXCEPTED = re.compile(
    r"\b(?:hors|sauf|excepte|autres? que|en dehors d(?:es|e la|e))\s(?:pour\s)?(?:les |la |vos "
    r"|votre |toute )?(?:candidatures?|postuler|postulations?|cv|envois? de cv)\b"
)
_SENTENCE_MARKS = (". ", "! ", "? ", "; ", "\n")
# A posting's application section heading, and the lines that open another section.
_APPLY_HEADING = re.compile(
    r"(?:pour |comment )?(?:postuler|candidater)(?: \?)?|candidatures?|modalites de candidature"
    r"|(?:pour )?(?:envoyer|deposer) (?:votre|ta) candidature|(?:pour )?nous rejoindre"
)
_OTHER_HEADING = re.compile(r"[^.!?,;]{2,40}:")
_SECTION_LINES = 8


@dataclass(frozen=True, slots=True)
class _Address:
    value: str
    start: int
    end: int


def extract_contact(doc: Doc, found: Mapping[str, Found]) -> dict[str, Found]:
    """Keys `apply_email` and `apply_url`, each only when the text designates it for applying."""
    results: dict[str, Found] = {}
    email = find_apply_email(doc)
    if email is not None:
        results["apply_email"] = email
    url = find_apply_url(doc)
    if url is not None:
        results["apply_url"] = url
    return results


def find_apply_email(doc: Doc) -> Found | None:
    """The address to send an application to, or None (see the module docstring)."""
    best: tuple[int, int, _Address] | None = None
    addresses = find_addresses(doc)
    if not addresses:
        return None
    senders = sender_line_spans(doc)
    no_mail = _NO_MAIL.search(doc.folded, 0, HEAD) is not None
    for address in addresses:
        if any(start <= address.start < end for start, end in senders):
            continue  # « De : Réseau X <jobs@reseau.org> » sent the mail; it is no application box
        score = _score(doc, address, no_mail=no_mail)
        if score > 0 and (best is None or score > best[0]):
            best = (score, -address.start, address)
    if best is None:
        return _reply_address(doc, addresses) or _only_in_apply_section(doc, addresses)
    address = best[2]
    return Found(address.value, address.start, address.end)


def _only_in_apply_section(doc: Doc, addresses: list[_Address]) -> Found | None:
    """The posting's only address, under its « Pour postuler : » / « Candidature » heading
    (« Merci d'envoyer CV et lettre. / Contact : contact@x.fr – 02 … »): where to apply."""
    values = {address.value for address in addresses}
    if len(values) != 1 or find_apply_url(doc) is not None:
        return None  # (with an application link, a bare address is for questions)
    address = addresses[0]
    local = address.value.split("@", 1)[0]
    if _BANNED_BOX.search(local) or _DEPARTMENT_BOX.search(local) or _refused(doc, address):
        return None
    line = doc.line_at(address.start)
    after = doc.folded[address.end : address.end + 200]
    if _NEGATIVE_CUE.search(_paragraph_before(doc, line, address.start)) or _TURNED_AWAY.search(
        after
    ):
        return None  # « Pour tout renseignement … à x@y.fr (les candidatures … ne seront pas …) »
    for above in reversed(doc.lines[max(0, line.index - _SECTION_LINES) : line.index + 1]):
        folded = doc.folded[above.start : above.end].strip(" *#>-:•")
        if _APPLY_HEADING.fullmatch(folded):
            return Found(address.value, address.start, address.end)
        written = doc.text[above.start : above.end].strip(" *#>-:•")
        if above.index != line.index and (
            _OTHER_HEADING.fullmatch(doc.folded[above.start : above.end].strip(" *#>-•"))
            or (written.isupper() and len(written) <= 40)
        ):
            return None  # another section lies between (« Infos pratiques : », « CONTACT »)
    return None


def _reply_address(doc: Doc, addresses: list[_Address]) -> Found | None:
    """The sender's address when a mail asks to apply by replying to it (« merci de répondre
    directement à ce mail avec votre CV », « envoyez votre CV à cette adresse »): the « De : »
    line nearest above those words."""
    reply = None
    for match in _REPLY.finditer(doc.folded, 0, HEAD):
        sentence = doc.folded[max(0, match.start() - 200) : match.end() + 80]
        if _APPLY_CUE.search(sentence) or "repond" in sentence:
            reply = match
            break
    if reply is None:
        return None
    above = [span for span in from_line_spans(doc) if span[1] <= reply.start()]
    if not above:
        return None
    start, end = above[-1]
    address = next((a for a in addresses if start <= a.start < end), None)
    if address is None or _BANNED_BOX.search(address.value.split("@", 1)[0]):
        return None
    return Found(address.value, address.start, address.end)


def find_addresses(doc: Doc) -> list[_Address]:
    """Every e-mail address of the text, plain or obfuscated, in order (at most 300)."""
    addresses: list[_Address] = []
    for count, marker in enumerate(_AT.finditer(doc.folded)):
        if len(addresses) >= MAX_ADDRESSES or count >= MAX_MARKERS:
            break
        address = _address_at(doc, marker.start(), marker.end(), plain=marker.group() == "@")
        if address is not None:
            addresses.append(address)
    return addresses


def _address_at(doc: Doc, at: int, after: int, *, plain: bool) -> _Address | None:
    """The address around the "@" (or "[at]") found at `at`..`after`, or None."""
    folded = doc.folded
    spaced = not plain or folded[after : after + 1] == " "
    left = at - 1 if spaced and folded[at - 1 : at] == " " else at  # "rh @ asso.fr"
    start = left
    while start > 0 and left - start < 64 and folded[start - 1] in _LOCAL_CHARS:
        start -= 1
    local = folded[start:left].lstrip(".-")
    start = left - len(local)
    local = local.rstrip(".-")
    if not any(c.isalnum() for c in local):
        return None
    match = (_OBFUSCATED_DOMAIN if spaced else _PLAIN_DOMAIN).match(folded, after)
    if match is None:
        return None
    labels = _cut_at_tld(_DOT.split(match.group(1)), spaced=spaced)
    if labels is None:
        return None
    end = _end_of(folded, match.start(1), labels)
    return _Address(f"{local}@{'.'.join(labels)}", start, end)


def _cut_at_tld(labels: list[str], *, spaced: bool) -> list[str] | None:
    """The labels up to the top-level domain ("fr", "org"), or None when there is none.

    A spaced address ("asso . fr . Merci") stops at the first known top-level domain that
    no other follows, so that the next sentence is not read as part of the domain.
    """
    if len(labels) < 2:
        return None
    if spaced:
        for index in range(1, len(labels)):
            last = index + 1 == len(labels) or labels[index + 1] not in _KNOWN_TLDS
            if labels[index] in _KNOWN_TLDS and last:
                return labels[: index + 1]
        return None
    return labels if _TLD.fullmatch(labels[-1]) else None


def _end_of(folded: str, start: int, labels: list[str]) -> int:
    """Offset just after the last kept label, walking the (maybe spaced) domain text."""
    pos = start
    for index, label in enumerate(labels):
        pos = folded.index(label, pos) + len(label)
        if index + 1 < len(labels):
            dot = _DOT.match(folded, pos)
            pos = dot.end() if dot else pos
    return pos


def _score(doc: Doc, address: _Address, *, no_mail: bool = False) -> int:
    """How clearly the text designates this address for applications (0: not at all).

    With `no_mail` (the posting says applications come by post or through a form only),
    an address counts only with application words on its own line.
    """
    local = address.value.split("@", 1)[0]
    if _BANNED_BOX.search(local):
        return 0
    line = doc.line_at(address.start)
    before = doc.folded[max(0, address.start - 350) : address.start]
    begin = _sentence_line_start(doc, line, address.start)
    same_line = doc.folded[max(begin, address.start - 350) : address.start]
    if _refused(doc, address):
        return 0
    department = _DEPARTMENT_BOX.search(local) and not _RECRUITMENT_PART.search(local)
    if department and not _CANDIDACY.search(same_line):
        return 0
    if no_mail and not _CANDIDACY.search(same_line):
        return 0  # « Les candidatures reçues par courriel ne seront pas étudiées »
    if _generic_in_details(doc, line, address) and not _APPLY_CUE.search(
        _paragraph_before(doc, line, address.start)
    ):
        return 0  # « CSC X – accueil@x.fr – 02 33 … – SIRET … » ends the page
    if _EXCEPTED.search(same_line):
        return 0  # « Pour toute question (hors candidature) : contact@… »: not for applying
    before = _EXCEPTED.sub(_blank, before)
    apply = _last(_APPLY_CUE, _BUTTON.sub(_blank, before))
    negative = _last(_NEGATIVE_CUE, before)
    recruitment_box = _RECRUITMENT_BOX.match(local) is not None
    invite = _last(_INVITE_CUE, before)
    score = 0
    if apply >= 0 and (negative < apply or _APPLY_CUE.search(same_line)):
        score = 3 + (_APPLY_CUE.search(same_line) is not None)
    elif recruitment_box and negative < 0:
        score = 2
    elif invite >= 0 and (negative < 0 or invite - negative > 200):
        score = 2  # « Contactez Mme X : … », but not « Une question ? Écrivez à … »
    elif (
        _CONTACT_CUE.search(same_line)
        and negative < 0
        and _APPLY_CUE.search(doc.folded[max(0, address.start - 1500) : address.start])
    ):
        score = 1
    if score and recruitment_box:
        score += 2
    return score


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


def _refused(doc: Doc, address: _Address) -> bool:
    """Whether the address's own sentence says applications sent there are not read."""
    before = doc.folded[max(0, address.start - 200) : address.start]
    before = before[max(before.rfind(mark) for mark in _SENTENCE_MARKS) + 1 :]
    after = doc.folded[address.end : address.end + 200]
    ends = [i for i in (after.find(mark) for mark in _SENTENCE_MARKS) if i >= 0]
    after = after[: min(ends)] if ends else after
    if _REFUSED_BEFORE.search(before) or _RESERVED.match(after.lstrip(" ,:")):
        return True
    return bool(_SENT_TO.search(before[-120:]) and _TURNED_AWAY.search(after[:150]))


def _generic_in_details(doc: Doc, line: Line, address: _Address) -> bool:
    """A generic box (contact@, accueil@) among contact details (phone, postcode) on its line."""
    local = address.value.split("@", 1)[0]
    if _BOX_PARTS.split(local, maxsplit=1)[0] not in _GENERIC_BOX:
        return False
    start, end = (
        max(line.start, address.start - DETAILS_SPAN),
        min(line.end, address.end + DETAILS_SPAN),
    )
    return _DETAILS.search(doc.folded, start, end) is not None


def _paragraph_before(doc: Doc, line: Line, at: int) -> str:
    """The folded text from the start of `line`'s paragraph (a few lines at most) to `at`."""
    first = line
    for above in reversed(doc.lines[max(0, line.index - MAX_PARAGRAPH_LINES) : line.index]):
        if not above.text:
            break
        first = above
    return doc.folded[max(first.start, at - PARAGRAPH_SPAN) : at]


def _sentence_line_start(doc: Doc, line: Line, at: int) -> int:
    """Start of `line`, or of the line above when the address at `at` opens its line and
    its sentence began above.

    A PDF wraps « Envoyer CV et lettre de motivation avant le 13/02 à » / « rh@… »: the
    line above ends without punctuation and the address opens its line.
    """
    if line.index == 0 or doc.text[line.start : at].strip():
        return line.start
    above = doc.lines[line.index - 1]
    if above.text and not above.text.endswith((".", "!", "?", ";")) and len(above.text) > 30:
        return above.start
    return line.start


def _last(pattern: re.Pattern[str], window: str) -> int:
    """Offset of the last match of `pattern` in `window`, or -1."""
    last = -1
    for match in pattern.finditer(window):
        last = match.start()
    return last
