"""A pasted e-mail's structure: its header lines and its senders' signatures.

Postings often arrive as e-mails, and often relayed: a network forwards a member's offer to
its list (« TR : », « Message transféré », « Nous relayons l'offre de… »). Such a text holds
header blocks (« De : X <x@reseau.org> », « À : liste@… », « Objet : … » or « Sujet : … »,
« Envoyé : … », or From:/To:/Subject:; quoted with "> " in a reply), whose addresses are
the sender's and the recipients', never the one to apply to, and whose subject is a summary
written by whoever sent the mail. It also holds the relayer's signature after « Cordialement »
(« Nadia, chargée de mission du réseau »), which is nobody's job title, and whose name is not
the employer's. `mail_header_lines`,
`signature_lines` and `relaying_sender` find them, for the contact family (addresses) and
the title family (title and employer).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from types import MappingProxyType

from postings.extract.text import Doc, Line
from postings.extract.title_words import GENDER_MARKER

HEAD = 40_000  # characters looked at: forwarded headers are near the top
MAX_SIGNATURE = 6  # lines of a signature after the closing formula

# A header line's key, folded: « De : », « Envoyé le : », "From:", "Subject:".
_HEADER_KEY = re.compile(
    r"[ >]*(?P<key>de|a|cc|cci|objet|sujet|date|envoye(?: le| par)?|from|to|sent|subject|reply-to"
    r"|repondre a|expediteur|destinataires?|pour)[ ]?:(?=\s|$)"
)
_SENDER_KEYS = frozenset({"de", "from", "expediteur", "a", "to", "cc", "cci", "destinataire"})
_SUBJECT_KEYS = frozenset({"objet", "sujet", "subject"})
_FROM_KEYS = frozenset({"de", "from", "expediteur"})
# A block is a mail header only with a sender or a subject and one more key.
_ANCHOR_KEYS = frozenset({"de", "from", "objet", "sujet", "subject", "expediteur"})
# Closing formulas after which a sender signs.
CLOSING = re.compile(
    r"(?:(?:tres |bien |tres bien )?cordialement|bien a (?:vous|toi|tous)|belle journee"
    r"|bonne (?:journee|soiree|lecture|fin de (?:journee|semaine))|a (?:tres )?bientot"
    r"|amities|amicalement|merci (?:d'avance|par avance|encore)"
    r"|salutations(?: distinguees)?|sinceres salutations|best(?: regards)?|kind regards"
    r"|regards|l'equipe d[eu'][^\n]{0,60})[ ]*[,.!]?[ ]*$"
)
# A mail that passes on someone else's offer.
_RELAY = re.compile(
    r"\b(?:tr|fwd?|fw)\s?:|message transfere|relai?[ey]|relayons|relayer|diffuser|diffusion"
    r"|faire (?:tourner|suivre|circuler)|transmis|transmet|nous a (?:transmis|confie)"
    r"|de la part d|pour information|offre (?:d'un|de notre|d'une) (?:membre|adherent|partenaire)"
)
_SENDER = re.compile(
    r"[ >]*(?:de|from|expediteur)\s?:\s*(?P<name>[^<\n]*?)\s*<?(?P<address>\S+@\S+?)?>?\s*$"
)
_PHONE = re.compile(r"(?:\+\d{2,3}\s?(?:\(0\))?\s?|0)[1-9](?:[\s.-]?\d{2}){4}\b")
# What ends a signature: a separator line or a new header block.
_SEPARATOR = re.compile(r"[-_=*>~#. ]{3,}$|-+ ?(?:message|mail) (?:transfere|d'origine)|begin forw")


def _once[T](doc: Doc, compute: Callable[[Doc], T]) -> T:
    """`compute(doc)`, worked out once per posting: the contact and title families ask for
    the same mail structure several times. Kept in the `Doc`'s own attributes, so it goes
    with the posting (never read them elsewhere)."""
    memo = doc.__dict__.setdefault("_contact_mail_memo", {})
    if compute not in memo:
        memo[compute] = compute(doc)
    return memo[compute]


def mail_header_lines(doc: Doc) -> Mapping[int, str]:
    """Index → folded key ("de", "objet") of every line of a mail header block."""
    return _once(doc, _mail_header_lines)


def _mail_header_lines(doc: Doc) -> Mapping[int, str]:
    headers: dict[int, str] = {}
    block: list[tuple[int, str]] = []
    for line in doc.lines:
        if line.start > HEAD:
            break
        key = _key_of(doc, line) if line.text else None
        if key is not None:
            block.append((line.index, key))
            continue
        _close_block(block, headers)
        block = []
    _close_block(block, headers)
    return MappingProxyType(headers)


def _key_of(doc: Doc, line: Line) -> str | None:
    match = _HEADER_KEY.match(doc.folded, line.start, line.end)
    return match.group("key") if match else None


def _close_block(block: list[tuple[int, str]], headers: dict[int, str]) -> None:
    keys = {key for _, key in block}
    if len(block) >= 2 and keys & _ANCHOR_KEYS and len(keys) >= 2:
        headers.update(block)


def sender_line_spans(doc: Doc) -> list[tuple[int, int]]:
    """Spans of the header lines that name senders or recipients (« De : », « À : »)."""
    headers = mail_header_lines(doc)
    return [
        (doc.lines[index].start, doc.lines[index].end)
        for index, key in headers.items()
        if key in _SENDER_KEYS
    ]


def from_line_spans(doc: Doc) -> list[tuple[int, int]]:
    """Spans of the header lines that name the mail's sender (« De : », "From:")."""
    headers = mail_header_lines(doc)
    return [
        (doc.lines[index].start, doc.lines[index].end)
        for index, key in sorted(headers.items())
        if key in _FROM_KEYS
    ]


def subject_line_indexes(doc: Doc) -> frozenset[int]:
    """Indexes of the mail header lines that give a subject (« Objet : », "Subject:")."""
    return frozenset(i for i, key in mail_header_lines(doc).items() if key in _SUBJECT_KEYS)


def signature_lines(doc: Doc) -> frozenset[int]:
    """Indexes of the short lines that sign a message after a closing formula.

    « Bien cordialement, / Nadia Ferreira / Chargée de mission – Réseau X / 05 56 … »: the
    block of lines after the formula (a blank line may come first), up to a separator, a
    header line, a line with a gender marker ("… (H/F)": a title) or `MAX_SIGNATURE` lines.
    In a mail, a block of short lines that ends with a phone number is one too.
    """
    return _once(doc, _signature_lines)


def _signature_lines(doc: Doc) -> frozenset[int]:
    signed: set[int] = set()
    lines = doc.lines
    for line in lines:
        if line.start > HEAD:
            break
        if not line.text or len(line.text) > 60 or not CLOSING.match(_folded(doc, line)):
            continue
        count = 0
        for following in lines[line.index + 1 : line.index + 3 * MAX_SIGNATURE]:
            if not following.text:
                if count:
                    break  # the signature is one block of lines
                continue
            folded = _folded(doc, following)
            if count >= MAX_SIGNATURE or not _may_sign(folded, following.text):
                break
            signed.add(following.index)
            count += 1
    if mail_header_lines(doc):
        _phone_blocks(doc, signed)
    return frozenset(signed)


def _phone_blocks(doc: Doc, signed: set[int]) -> None:
    """In a mail, the block of short lines around a phone number is a sender's signature.

    "Anne Martin / Animatrice du Réseau X / 07 68 12 90 44" after a relayer's note: the
    lines above the number, up to a blank line (at most `MAX_SIGNATURE`).
    """
    lines = doc.lines
    for line in lines:
        if line.start > HEAD:
            break
        if (
            not line.text
            or len(line.text) > 90
            or not _PHONE.search(doc.folded, line.start, line.end)
        ):
            continue
        block = []
        for above in reversed(lines[max(0, line.index - MAX_SIGNATURE) : line.index + 1]):
            if not above.text or not _may_sign(_folded(doc, above), above.text):
                break
            block.append(above.index)
        if len(block) >= 2:
            signed.update(block)


def _may_sign(folded: str, text: str) -> bool:
    """A short line that is no separator, header line or job title with its gender marker."""
    return (
        len(text) <= 90
        and _SEPARATOR.match(folded) is None
        and _HEADER_KEY.match(folded) is None
        and GENDER_MARKER.search(folded) is None
    )


def _folded(doc: Doc, line: Line) -> str:
    return doc.folded[line.start : line.end].strip()


def relaying_sender(doc: Doc) -> tuple[str, str] | None:
    """(folded display name, folded address) of the first sender of a relayed mail, or None.

    « De : Réseau X <contact@reseau-x.org> » above « Nous relayons l'offre de notre adhérent »:
    the network that passes the offer on, not its employer.
    """
    headers = mail_header_lines(doc)
    first = min(
        (i for i, key in headers.items() if key in {"de", "from", "expediteur"}), default=None
    )
    if first is None:
        return None
    line = doc.lines[first]
    sender = _SENDER.match(doc.folded, line.start, line.end)
    if sender is None or not _RELAY.search(doc.folded, 0, min(len(doc.folded), 3000)):
        return None
    return (sender.group("name").strip(" \"'"), (sender.group("address") or "").strip("<>"))
