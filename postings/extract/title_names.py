"""An organisation's name out of the words found for it, for `title_employer`.

`clean_name` cuts what is not the name (« L'association », « le centre social », quotes,
"(Rennes)", ", association loi 1901", " – Bastia", "© …") and `is_name` refuses words that
are no name at all ("Notre structure", "L'association", "Nous", "Profil").
"""

from __future__ import annotations

import re
import unicodedata

from postings.extract.text import Doc, Found, fold
from postings.extract.title_places import is_place
from postings.extract.title_sanity import implausible_name
from postings.extract.title_subject import KIND_LEAD
from postings.extract.title_words import JOB_BOARD, SECTION_HEADING, role_position

_ARTICLE = re.compile(r"(?:le|la|les)\s+(?=\S+$)")
# How French words may begin: a name that starts otherwise ("Cnajep", "Grdr") is an acronym.
_FRENCH_ONSET = re.compile(
    r"(?:[aeiouyh]|[bcdfgkptv][lr]|ch|ph|th|gn|sc|sp|st|[bcdfgjklmnpqrstvwxz][aeiouy])"
)
# Words that stand for the employer without naming it.
_NOT_NAMES = frozenset(
    (
        "association",
        "federation",
        "reseau",
        "collectif",
        "fondation",
        "union",
        "mouvement",
        "centre",
        "maison",
        "groupement",
        "mutuelle",
        "l'association",
        "asso",
        "notre association",
        "cette association",
        "structure",
        "la structure",
        "notre structure",
        "entreprise",
        "l'entreprise",
        "notre entreprise",
        "societe",
        "la societe",
        "cooperative",
        "la cooperative",
        "organisme",
        "l'organisme",
        "nous",
        "equipe",
        "l'equipe",
        "notre equipe",
        "elle",
        "il",
        "ils",
        "elles",
        "on",
        "celle-ci",
        "celui-ci",
        "employeur",
        "l'employeur",
        "groupe",
        "le groupe",
        "ong",
        "l'ong",
        "client",
        "direction",
        "la direction",
        "le bureau",
        "le conseil d'administration",
        "le service",
        "le pole",
        "recruteur",
        "annonceur",
        "site web",
        "france",
        "confidentiel",
        "non communique",
        "anonyme",
        "nom",
    )
)
_NOT_NAME_WORDS = frozenset(" ".join(_NOT_NAMES).replace("'", " ").split()) | {
    "notre",
    "votre",
    "cette",
    "de",
    "la",
    "le",
    "l",
    "d",
    "des",
    "du",
}
_INTERNAL_UNIT = re.compile(
    r"(?:(?:le|la|l') ?)?(?:pole|service|departement|direction|equipe|cellule|bureau)\b"
)
LOCAL_MISSION = re.compile(r"missions? locales?\b")
# An article before a capitalised legal kind: "la Coopérative X", "L'Association X recrute"
# (but "Le Jardin Moderne", "La Ferme de X", "La Cimade" keep theirs).
_ARTICLE_BEFORE_KIND = re.compile(r"(?:[Ll]'|[Ll]a |[Ll]e |[Ll]es )(?=[A-ZÀ-Ý])")
_ACRONYM = re.compile(r"[A-ZÀ-Ý]{3,}\b")
_LEGAL_KIND = re.compile(
    r"(?:association|federation|fondation|cooperative|reseau|collectif|union|mutuelle|scic|scop"
    r"|societe|entreprise|ong|groupement|syndicat|organisation|coordination)\b"
)
_WORD_SPLIT = re.compile(r"[\s'’-]+")
# "GRAINE - Groupement Régional d'Animation …": an acronym, then the name it stands for.
_ACRONYM_LEAD = re.compile(r"([A-ZÀ-Ý][A-ZÀ-Ý0-9&]{1,9}) - (?=[A-ZÀ-Ý][a-zà-ÿ])")
_INVISIBLE = str.maketrans({"\u00ad": None, "\u200b": None, "\ufeff": None})
_PRONOUNS = """notre votre nos vos leur leurs cette ce son sa ses nous on il elle ils elles je
vous we our"""
_DETERMINERS = frozenset(_PRONOUNS.split())
_LEGAL = """association structure entreprise societe cooperative scic scop sas sarl ong fondation
    loi 1901 de la l d du des a but non lucratif interet general reconnue d'utilite utilite
    publique agreee ess l'ess esus economie sociale et solidaire d'interet adaptee d'insertion
    insertion privee locale nationale regionale departementale intermediaire anonyme"""
_LEGAL_WORDS = frozenset(_LEGAL.split())
_CUT = re.compile(r"\s+\(|\s*©|\s+-\s+(?:site|page|accueil)\b|\s*[|•]\s|\s+·\s")
# The kind of establishment before its proper name, when the establishment is the employer
# itself: a structure of insertion ("ETTI X", "ACI X"), or a care home said to be an
# association ("L'EHPAD associatif X"). A care home or an ESAT alone ("ESAT X") is often run
# by an association that is the employer, and a social centre is named with its kind
# ("Centre social Les Tilleuls"): left as they are.
_ESTABLISHMENT_LEAD = re.compile(
    r"(?:[Ll]'|[Ll]e |[Ll]a |[Ll]es )?(?:(?:ACI|ETTI|EI|AI|[Cc]hantier d'insertion"
    r"|[Ee]ntreprise d'insertion"
    r"|[Aa]telier chantier d'insertion)(?: associatif| associative)?"
    r"|(?:EHPAD|Ehpad|ESAT|Esat|IME|CHRS|SESSAD|SAVS|SAMSAH|MECS|ITEP|FAM|MAS|CADA|FJT"
    r"|[Ff]oyer(?: de vie| d'h[ée]bergement| de jeunes travailleurs)?|[Cc]rèche|[Mm]icro-crèche)"
    r" (?:associatif|associative))"
    r" (?=[A-ZÀ-Ý«\"])"
)
_SITE_LEAD = re.compile(r"site\s+(?!web|internet|:)")
# After " - ": what describes the organisation rather than naming it.
_DESCRIPTOR = re.compile(
    r"[a-zà-ÿ]|(?i:entreprise|association|structure|chantier|atelier|aci|etti|scic|scop|sarl"
    r"|coopérative|lettre d'information|newsletter|page|document|fiche|mentions|t[ée]l"
    r"|siret|si[èe]ge|licences?|contact|carri[èe]res?|careers?|jobs?|emplois?|recrutement"
    r"|offres?(?: d'emploi| de (?:missions?|stages?|postes?|b[ée]n[ée]volat|volontariat))?"
    r"|nos offres"
    r"|nous rejoindre|rejoignez-nous|join us|work with us|espace (?:candidat|emploi))\b"
    r"|[A-Z]{2,8}$"
    r"|[A-ZÀ-Ý][a-zà-ÿ'’-]+(?: [a-zà-ÿ'’-]+){1,5}$"  # a tagline: « – Traiteur solidaire »
    r"|(?:[ÉEée]quipe|[Aa]ntenne|[Dd][ée]l[ée]gation|[Cc]omit[ée]|[Ss]ection|[Pp][ôo]le|[Ss]ervice)"
    r" [a-zà-ÿ]"  # "– Équipe de Rennes Nord", but not "– SERVICE DE COOPÉRATION"
)


def clean_name(doc: Doc, start: int, end: int) -> Found | None:
    """The name in `doc.text[start:end]` once legal forms, quotes and tails are cut."""
    start, end = _trim_span(doc, start, end)
    lead = KIND_LEAD.match(doc.text, start, end)
    named = NAMED_KIND.match(doc.text, start, end)
    if named and named.end() < end:
        start = named.start("kind")  # "le centre social Jean-Moulin": the kind is the name's
        end = _town_tail(doc, named.end(), end)  # "… Jean-Moulin de Lens": where it stands
    elif lead and lead.end() < end:
        start = lead.end()  # "L'association Terre 2 Cultures", "la crèche parentale Les …"
    grammar = _ARTICLE_BEFORE_KIND.match(doc.text, start, end)
    if grammar and (
        _LEGAL_KIND.match(doc.folded, grammar.end(), end)
        or (_ACRONYM.match(doc.text, grammar.end(), end) and not _capital_article(grammar.group()))
    ):
        start = grammar.end()  # the article is the sentence's: "la Fédération X", "L'ADSEA 30"
    place = _ESTABLISHMENT_LEAD.match(doc.text, start, end)
    if place and place.end() < end:
        start = place.end()  # "EHPAD associatif A Casa", "ETTI Solidar'Intérim": the name
    site = _SITE_LEAD.match(doc.folded, start, end)
    if site and doc.text[site.end() : site.end() + 1].isupper():
        start = site.end()
    # `start < end`: an empty slice is `in` every string, and then `doc.text[start]` fails.
    quoted = start < end and doc.text[start] in '«"'
    if quoted:  # a quoted name is taken as written: « les Blongios, la nature en chantiers »
        close = doc.text.find("»" if doc.text[start] == "«" else '"', start + 1, start + 120)
        if close > 0:
            start, end = _trim_span(doc, start + 1, close)
    else:
        spelled = _ACRONYM_LEAD.match(doc.text, start, end)
        if spelled and spells(doc.text[spelled.end() : end], fold(spelled.group(1))):
            start = spelled.end()  # the name it stands for, rather than the acronym
        end = _cut_tails(doc, start, end)
        article = _ARTICLE.match(doc.folded, start, end)
        if article and _article_is_grammar(doc, article.start(), article.end(), end):
            start = article.end()
    raw = doc.original[start:end].replace("**", " ").translate(_INVISIBLE)
    value = " ".join(raw.split()).strip(" ,;:-–—'’\"«»“”")
    if not is_name(value):
        return None
    if not quoted and (named or re.match(r"(?:le|la|les|l')\b", value)):
        value = value[:1].upper() + value[1:]  # "la Fédération X" read mid-sentence
    return Found(value, start, end)


# Kinds written in lower case that are part of the name they come before (« le centre
# social Jean-Moulin » is the « Centre social Jean-Moulin », « la mission locale X »),
# unlike « l'association X », which is X.
NAMED_KIND = re.compile(
    r"(?:[Ll]e |[Ll]a |[Ll]')?(?P<kind>centre social(?: et culturel)?|centre socio-?culturel"
    r"|maison de quartier|maison des habitants|mission locale|r[ée]gie de quartier|mutuelle"
    r"|espace de vie sociale) (?=[A-ZÀ-Ý])"
)
# « … Jean-Moulin de Lens »: a capitalised name then the town it stands in.
_TOWN_TAIL = re.compile(r" (?:de|d'|à) (?=[A-ZÀ-Ý])")


def _town_tail(doc: Doc, start: int, end: int) -> int:
    """End of the name before « de Lens » when a proper name comes first (« Jean-Moulin de
    Lens ») and the text also writes the name without it; « mission locale de la Thiérache »
    has no name before its place, « Mission locale Rives de Saône » is written whole."""
    tail = _TOWN_TAIL.search(doc.text, start, end)
    if tail is None or tail.start() == start or not doc.text[start].isupper():
        return end
    if not is_place(doc.text[tail.end() : end].strip(" .,;")):
        return end
    shorter, longer = doc.folded[start : tail.start()], doc.folded[start:end]
    return tail.start() if doc.folded.count(shorter) > doc.folded.count(longer) else end


def _capital_article(article: str) -> bool:
    """ "LA " in "LA PILE" is the name's; "L'" in "L'ADSEA 30" is the sentence's."""
    letters = article.strip(" '")
    return len(letters) > 1 and letters.isupper()


# A legal form written after the name: « SOLEILS D'ARIÈGE SCIC SA », « Codéo SCOP SARL ».
_LEGAL_SUFFIX = re.compile(
    r"(?:\s+(?:scic|scop|sa|sas|sasu|sarl|eurl|sapo|sccv|scp))+\s*$", re.IGNORECASE
)


def _cut_tails(doc: Doc, start: int, end: int) -> int:
    """End of the name before "(…)", "©", ", association …", " – Bastia", " – RARS", and a
    legal form written after it (« X SCIC SA »)."""
    suffix = _LEGAL_SUFFIX.search(doc.text, start, end)
    if suffix is not None and suffix.start() > start and suffix.group().strip().isupper():
        end = suffix.start()
    cut = _CUT.search(doc.folded, start, end)
    if cut and cut.start() > start:
        end = cut.start()
    comma = doc.text.find(", ", start, end)
    if comma > start and (
        not doc.text[comma + 2 : comma + 3].isupper() or is_place(doc.text[comma + 2 : end])
    ):
        end = comma  # "Les Tables Voisines, association loi 1901", "Centre social X, Nîmes"
    for _ in range(4):  # "X – Lettre d'information – se désabonner": tail after tail
        dash = doc.text.rfind(" - ", start, end)
        tail = doc.text[dash + 3 : end].strip()
        if dash <= start or not (_DESCRIPTOR.match(tail) or is_place(tail)):
            break
        end = dash
    return _trim_span(doc, start, end)[1]


def _article_is_grammar(doc: Doc, start: int, word: int, end: int) -> bool:
    """Whether "le"/"la" before a one-word name is grammar ("le GEPOMAY") or part of the name.

    A lower-case article in a sentence is grammar; so is an article before an acronym
    ("Le Cnajep"), unless written in capitals with it ("LA PILE"). Before a common word
    ("Le Partenariat", "Le Relais") it is the name's.
    """
    name = doc.text[word:end]
    if not name[:1].isupper():
        return False
    if doc.text[start].islower():
        return True
    if _capital_article(doc.text[start:word]):
        return False  # "LA PILE": the article is written in capitals with the name
    letters = fold(name).strip(".'")
    return name.isupper() or not re.search(r"[aeiouy]", letters) or not _FRENCH_ONSET.match(letters)


def _trim_span(doc: Doc, start: int, end: int) -> tuple[int, int]:
    # Leading marks of a list or a newsletter's item ("▶ X", "► X", "# X") are no part of it.
    while start < end and (doc.text[start] in " \n*'-:,#>" or _is_symbol(doc.text[start])):
        start += 1
    while end > start and doc.text[end - 1] in " \n*,.;:-!'":
        end -= 1
    return start, end


def _is_symbol(char: str) -> bool:
    return unicodedata.category(char)[0] == "S" and char not in "&+"


def is_name(value: str, *, as_written: bool = True, unit_ok: bool = False) -> bool:
    """True for something that can be an organisation's name (not "Notre structure").

    `as_written=False` for a name made up from an address's domain, whose capitals say
    nothing; `unit_ok` for a name the domain spells, which is no internal unit nor a job
    even when it starts like one (« Pôle ESS du Pays de Dinan », « Aide et Présence »).
    """
    folded = fold(value)
    if not 2 <= len(value) <= 100 or len(value.split()) > 12 or folded in _NOT_NAMES:
        return False
    if not any(c.isupper() for c in value) or not (value[0].isalnum() or value[0] in "«\"'"):
        return False
    if folded.split()[0] in _DETERMINERS:  # "Notre réseau", "Cette association"
        return False
    if JOB_BOARD.match(folded) or (_INTERNAL_UNIT.match(folded) and not unit_ok):
        return False  # "France Travail recrute pour…", "Le Pôle Jeunesse recrute"
    if all(word in _NOT_NAME_WORDS for word in folded.replace("'", " ").split()):
        return False
    own = [w for w in re.split(r"[\s']+", folded) if w.strip('()"') not in _LEGAL_WORDS]
    if not any(c.isalpha() for w in own for c in w):  # "Association loi 1901"
        return False
    if (
        len(value.split()) <= 4
        and SECTION_HEADING.match(folded)
        and not LOCAL_MISSION.match(folded)
    ):
        return False  # "Profil", "Missions" (but "Mission locale de X" is an organisation)
    if implausible_name(value, as_written=as_written):
        return False  # "Créée en 1962", "La compagnie", "Accueil › Offres" (`title_sanity`)
    # "Chargé de mission" is a title; « Aide et Présence en Astarac », which the address's
    # domain spells, is a name.
    return unit_ok or role_position(folded, within=1) != 0


def spells(name: str, key: str) -> bool:
    """Whether `key` (an acronym, folded) abbreviates `name`.

    Its letters are the name's, in order, starting with its first letter, and all of them
    but one at most are initials of its words ("REAL": Réseau Étudiant pour l'ALimentation).
    """
    words = [w for w in _WORD_SPLIT.split(fold(name)) if w]
    if len(words) < 2 or not words[0].startswith(key[0]) or len(words) > 3 * len(key) + 2:
        return False
    letters = "".join(words)
    position = 0
    for char in key:  # the acronym's letters are the name's, in order
        position = letters.find(char, position) + 1
        if position == 0:
            return False
    initials = iter(w[0] for w in words)
    on_initials = sum(1 for char in key if any(initial == char for initial in initials))
    return on_initials >= max(2, len(key) - 1)
