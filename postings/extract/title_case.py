"""A title written all in capitals put in sentence case: `sentence_case(value)`.

« CHARGÉ·E DE MISSION ESS » → « Chargé·e de mission ESS »: the first word keeps its capital,
acronyms (« ESS », « (ALSH) », « RH », words without vowels) keep theirs, and so does a
commune named after « de », « à », « sur » (« … DU SITE DE LANNION » → « … du site de
Lannion »); every other word goes to lower case.
"""

from __future__ import annotations

import re

from postings.extract.text import fold
from postings.extract.title_places import is_place

# Acronyms kept in capitals when a title written all in capitals is put in sentence case.
_ACRONYMS = """
ESS RH IAE ACI ECSI RSE ONG EJE ES ME AES AMP CIP CESF DAF RAF DRH SIAE EHPAD CHRS CADA HUDA
MECS IME ESAT SAVS SESSAD ITEP FLE QPV ASE PJJ SI IT UX UI ERP CRM SIG QSE HSE RGPD EEDD EDD
PTCE SCIC SCOP TZCLD EBE ETI CNV VAE RNN PNR ENS ONF OFB LPO FNE BTS DUT BPJEPS DEJEPS CAP
BAFA BAFD ADMR CCAS CIAS MDPH UE EU NGO CSE VSI CDI CDD AESH ATSEM ASH AVS ASS ETAPS EPS DEES
DEME DEAES DEJE IDE IDEC CAF
"""
_UPPER_KEEP = frozenset(_ACRONYMS.split())


def sentence_case(value: str) -> str:
    """ "CHARGÉ·E DE MISSION ESS" → "Chargé·e de mission ESS" (acronyms kept)."""
    words: list[str] = []
    for index, word in enumerate(value.split(" ")):
        bare = word.strip("()[],.;:!?«»\"'")
        bracketed = word.startswith("(") and word.endswith(")") and 2 <= len(bare) <= 6
        if (
            bare in _UPPER_KEEP
            or bracketed
            or (len(bare) >= 2 and not re.search(r"[AEIOUYÀ-Ü]", bare))
        ):
            words.append(word)  # acronyms: "ESS", "(ALSH)", "RH"
        elif index == 0 or _place_after(words, word):
            words.append(word[:1] + word[1:].lower())  # "… du site de Lannion"
        else:
            words.append(word.lower())
    return " ".join(words)


def _place_after(words: list[str], word: str) -> bool:
    """A commune named after "de", "à", "sur": "DIRECTEUR DU SITE DE LANNION"."""
    if not words or fold(words[-1]) not in {"de", "a", "sur", "en"} or len(word) < 4:
        return False
    return is_place(word[:1] + word[1:].lower())
