"""The fullest written form of the employer's name: `fullest_form(doc, chosen, others)`.

Whatever rule found the employer, it may hold only part of the name: « des Abers recrute »
gives "Abers" where the text also writes « l'Association d'aide à domicile des Abers »; an
address's domain gives « Maore Jeunesse » where the text writes « Maore Jeunesse Solidaire
accueille… ». The name the text writes in full is the employer's:
- another rule's name that begins or ends with the chosen one, word for word;
- the chosen name where the text writes it followed by more capitalised words on the same
  line (at most `MAX_EXTRA_WORDS`), up to a verb, a punctuation mark or a lower-case word.
The longer form must still pass the names' sanity check (`title_names.is_name`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from postings.extract.text import Doc, Found, fold, normalize
from postings.extract.title_names import is_name
from postings.extract.title_sanity import KIND_NOUNS
from postings.extract.title_words import is_role_word

HEAD = 40_000
MAX_OCCURRENCES = 10
MAX_EXTRA_WORDS = 3

_SEPARATORS = re.compile(r"[\s\-–—]+")
_NEXT_WORD = re.compile(r"[ ]+([A-ZÀ-Ý][\w'’-]*)")
# Capitalised words that start a sentence or name something else, never carry a name on.
_STOP = """le la les l un une des du de nous vous il elle ils elles on ce cette dans pour avec
depuis en au aux et ou si recrute recrutent recrutons recherche recherchent cherche cdi cdd
stage direction service pole equipe rh secretariat scic scop sa sas sasu sarl eurl"""
_STOP_WORDS = frozenset(_STOP.split())
_LINKS = frozenset({"de", "du", "des", "d'", "la", "le", "les", "l'", "et", "&", "en", "sur"})
_MONTH_NAMES = (
    "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre"
)
_MONTHS = frozenset(_MONTH_NAMES.split())


def fullest_form(doc: Doc, chosen: Found, others: Iterable[Found]) -> Found:
    """The fullest form of `chosen` that another rule found or the text writes (see above).

    A longer form counts only when the text writes it at least as often as the shorter one
    alone: « SOS Villages d'Enfants » written five times is not « SOS Villages d'Enfants
    International », its federation named once.
    """
    best, key = chosen, _key(chosen.value)
    last_word = chosen.value.split()[-1].casefold() if chosen.value.split() else ""
    for other in others:
        if last_word not in other.value.casefold() or len(other.value) <= len(best.value):
            continue  # quickly: it cannot be a longer form of the name
        other_key = _key(other.value)
        if (
            len(other_key) > len(_key(best.value))
            and _extends(other_key, key)
            and _name_like_extension(other.value, len(key.split()), other_key.startswith(key))
            and _used_as_much(doc, other.value, chosen.value)
        ):
            best = other
    return _written_longer(doc, best) or best


def _key(value: str) -> str:
    return " ".join(_SEPARATORS.split(fold(normalize(value)).strip()))


def _extends(longer: str, shorter: str) -> bool:
    """Whether `longer` begins or ends with `shorter`, on word boundaries."""
    if not shorter:
        return False
    return longer.startswith(shorter + " ") or longer.endswith(" " + shorter)


def _name_like_extension(value: str, kept: int, after: bool) -> bool:
    """Whether the words `value` adds to the chosen name (its `kept` words) belong to a name.

    Added after it (`after`), they must be capitalised or link such words (« – Pays de
    Morlaix »); added before it, they must start with a kind of organisation (« Association
    d'aide à domicile des » Abers). « est située à Rochejean », « - Espace candidats »,
    « Structure commanditaire : » are no part of a name.
    """
    words = _SEPARATORS.split(normalize(value).strip())
    extra = words[kept:] if after else words[:-kept]
    if not extra or ":" in value:
        return False
    if not after:
        return fold(extra[0]) in KIND_NOUNS and extra[0][:1].isupper()
    return extra[-1][:1].isupper() and all(
        word[:1].isupper() or word[:1].isdigit() or fold(word) in _LINKS for word in extra
    )


def _used_as_much(doc: Doc, longer: str, shorter: str) -> bool:
    """Whether the text writes `longer` at least as often as `shorter` outside it."""
    long_count = len(_occurrences(doc, fold(normalize(longer)).strip()))
    short_count = len(_occurrences(doc, fold(normalize(shorter)).strip()))
    return long_count >= short_count - long_count


def _occurrences(doc: Doc, key: str) -> list[int]:
    """Offsets where the text writes `key` (folded) as whole words (the first few)."""
    found: list[int] = []
    if len(key) < 2:
        return found
    pos, limit = 0, min(HEAD, len(doc.folded))
    while len(found) < MAX_OCCURRENCES:
        start = doc.folded.find(key, pos, limit)
        if start < 0:
            break
        pos = start + len(key)
        after = doc.folded[pos : pos + 1]
        if not (start > 0 and doc.folded[start - 1].isalnum()) and not after.isalnum():
            found.append(start)
    return found


def _written_longer(doc: Doc, found: Found) -> Found | None:
    """The name where the text writes it followed by more capitalised words, as often as it
    writes it alone, or None."""
    key = fold(normalize(found.value)).strip()
    if len(key) < 3:
        return None
    starts = _occurrences(doc, key)
    longer: dict[str, Found] = {}
    counts: dict[str, int] = {}
    for start in starts:
        end = _extra_words_end(doc, start + len(key))
        if end > start + len(key):
            value = " ".join(doc.original[start:end].split())
            longer.setdefault(value, Found(value, start, end))
            counts[value] = counts.get(value, 0) + 1
    alone = len(starts) - sum(counts.values())
    usable = [f for v, f in longer.items() if counts[v] >= alone and is_name(v)]
    return max(usable, key=lambda f: f.end - f.start, default=None)


def _extra_words_end(doc: Doc, pos: int) -> int:
    """End of the capitalised words that carry a name on from `pos` (`pos` when none)."""
    end = pos
    for _ in range(MAX_EXTRA_WORDS):
        word = _NEXT_WORD.match(doc.text, end)
        if word is None:
            break
        folded = fold(word.group(1)).strip("'’")
        if folded in _STOP_WORDS or folded in _MONTHS or is_role_word(folded):
            break
        if word.group(1).isupper() and len(word.group(1)) > 1 and not doc.text[pos - 1].isupper():
            break  # « Maore Jeunesse CDI »: a detail in capitals after a name that has none
        end = word.end()
    following = doc.text[end : end + 1]
    return end if not following or not (following.isalnum() or following in "'’-") else pos
