"""Bytes of a plain-text file → str, whatever encoding a French employer's computer used.

`decode_text(data)` never raises. In order: a byte-order mark decides (UTF-8, UTF-16, UTF-32);
UTF-16 without a mark is recognised by its zero bytes; text that is valid UTF-8 is UTF-8 (a
legacy encoding almost never yields valid UTF-8 by chance once it holds an accented letter);
otherwise Windows-1252 (which reads Latin-1 files the same for every printable character), Mac
Roman, UTF-8 with its stray bytes read as Windows-1252 (a file pieced together from two
sources) and charset-normalizer's guess compete, and the decoding that reads most like
French wins. `repair_mojibake(text)` undoes UTF-8 read once as Windows-1252 ("Ã©quipe" → "équipe").
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

# UTF-32 marks first: the UTF-32-LE mark begins with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_LEGACY = ("cp1252", "mac_roman")
# UTF-8 whose stray invalid bytes are read as Windows-1252: a file pieced together from two
# sources (a UTF-8 template with a paragraph pasted from an old document).
_MIXED = "utf-8-with-cp1252"
# What the detectors see: enough to judge, little enough to stay fast on a 2 MB file.
_SAMPLE_BYTES = 65_536
_SAMPLE_CHARS = 200_000

_FRENCH_LOWER = frozenset("àâäçéèêëîïôöùûüÿœæ")
_FRENCH_UPPER = frozenset("ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ")
_TYPOGRAPHY = frozenset("«»‘’“”–—…€°·\u00a0\u202f")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
# "Ã©" (é), "Ã " (à), "Â " (no-break space), "â€™" (’), "Å“" (œ): UTF-8 read as Windows-1252.
# Loose on purpose: `repair_mojibake` only keeps a repair that round-trips and reads better.
_MOJIBAKE = re.compile(r"Ã|Â|â€|Å[\u0152\u0153\u201c\u2019]")


def decode_text(data: bytes) -> str:
    """The text of `data`, decoded as well as can be guessed (undecodable bytes → U+FFFD)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    utf16 = _utf16_without_bom(data[:_SAMPLE_BYTES])
    if utf16:
        return data.decode(utf16, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    sample = _sample(data)
    candidates = list(_LEGACY)
    if sample.decode("utf-8", errors="replace").count("\ufffd") <= len(sample) // 20:
        candidates.append(_MIXED)  # mostly UTF-8 (and not binary: its repair would be slow)
    guess = _charset_normalizer_guess(sample)
    if guess and codecs.lookup(guess).name not in {codecs.lookup(c).name for c in _LEGACY}:
        candidates.append(guess)
    # max() keeps the first of equal scores: Windows-1252, the usual French legacy encoding.
    best = max(candidates, key=lambda name: french_score(_decode(sample, name)))
    return _decode(data, best)


def repair_mojibake(text: str) -> str:
    """`text` with UTF-8 that was once read as Windows-1252 repaired, when that is certain.

    The repair is kept only if the whole text re-encodes and decodes strictly and then reads
    more like French; a text mixing genuine "Ã" with other characters is left alone.
    """
    if not _MOJIBAKE.search(text):
        return text
    try:
        # "à" is C3 A0: its no-break space is often turned into a plain space on the way.
        repaired = text.replace("Ã ", "Ã\u00a0").encode("cp1252").decode("utf-8")
    except UnicodeError:
        return text
    return repaired if french_score(repaired) > french_score(text) else text


def french_score(text: str) -> int:
    """How much the non-ASCII characters of `text` look like written French (higher: more).

    French accented lower-case letters and French typography count for; an upper-case letter
    glued after a lower-case one ("chargÈ", "rÈunion": Windows-1252 read as Mac Roman), control
    characters and stray symbols ("ˆ", "‡", "™") count against.
    """
    score = 0
    sample = text[:_SAMPLE_CHARS]
    for match in _NON_ASCII.finditer(sample):
        char = match.group()
        before = sample[match.start() - 1] if match.start() else " "
        if char in _FRENCH_LOWER:
            score += 2
        elif char in _TYPOGRAPHY:
            score += 1
        elif char.isupper() and before.isalpha() and before.islower():
            score -= 3
        elif char in _FRENCH_UPPER:
            score += 1
        elif char.isalpha():
            score -= 1
        else:
            score -= 3
    return score


def _sample(data: bytes) -> bytes:
    """The start of `data`, plus the region of its first non-ASCII byte when that comes later
    (an ASCII start says nothing about the encoding)."""
    head = data[:_SAMPLE_BYTES]
    found = _HIGH_BYTE.search(data, _SAMPLE_BYTES // 2)
    if found is None or found.start() < _SAMPLE_BYTES // 2 or not head.isascii():
        return head
    return data[: _SAMPLE_BYTES // 2] + data[found.start() : found.start() + _SAMPLE_BYTES // 2]


def _decode(data: bytes, encoding: str) -> str:
    if encoding == _MIXED:
        return data.decode("utf-8", errors=_CP1252_FALLBACK)
    return data.decode(encoding, errors="replace")


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    """Error handler: the bytes UTF-8 cannot read, read as Windows-1252."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
    return bad.decode("cp1252", errors="replace"), error.end


_CP1252_FALLBACK = "tremplin-cp1252-fallback"
codecs.register_error(_CP1252_FALLBACK, _cp1252_fallback)


def _utf16_without_bom(sample: bytes) -> str | None:
    """'utf-16-le' or '-be' when half the bytes are zeros on one side (ASCII in UTF-16)."""
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    zeros_even, zeros_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if zeros_odd > 0.4 and zeros_even < 0.05:
        return "utf-16-le"
    if zeros_even > 0.4 and zeros_odd < 0.05:
        return "utf-16-be"
    return None


def _charset_normalizer_guess(sample: bytes) -> str | None:
    try:
        best = charset_normalizer.from_bytes(sample).best()
        if best is None:
            return None
        codecs.lookup(best.encoding)
        return best.encoding
    except Exception:  # a detector's failure only loses one candidate
        return None
