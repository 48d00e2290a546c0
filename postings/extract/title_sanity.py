"""What an organisation's name and a job title cannot look like: the family's sanity filter.

Every employer candidate goes through `implausible_name`, every title through
`implausible_title`, whatever rule found it. French postings put many short capitalised
phrases where a name or a title could stand, and none of these is one:
- a founding or status clause (« Créée en 1962 », « Fondée par des parents », « …agréée
  Centre social par la CAF »), an address, a person (« Madame Sophie X »), a mail's header
  label (« Objet », « TR ») or greeting (« Bonjour »), a period or the job's terms
  (« Prestation de janvier à juin 2027 »), a hiring sentence (« X recrute un·e … »);
- a section heading (« HÉBERGEMENT », « La compagnie », « Offre d'emploi », « Appel à
  consultant·e »), a breadcrumb (« Accueil › Offres › … »), a job board's place line
  (« Bordeaux, Nouvelle-Aquitaine, France »), a portal's question (« Où ? Strasbourg »);
- a kind of organisation described in common words (« Entreprise de Travail Temporaire
  d'Insertion », « Association gestionnaire d'établissements », « le centre social »);
- for a title: an organisation (« Association gestionnaire de… ») rather than a job, or a
  hiring sentence without its object (« AES recrute »: the job is on the next line, see
  `announces_offer`).
`describes_kind` tells a legal-form description followed by a name (« Atelier et Chantier
d'Insertion « Jaden » »): a candidate, but a weak one (see `title_choice`).
"""

from __future__ import annotations

import re

from postings.extract.contact_mail import CLOSING
from postings.extract.text import fold
from postings.extract.title_clean import only_contract_words
from postings.extract.title_places import is_place
from postings.extract.title_words import is_role_word, role_position

# Nouns that say what kind of organisation it is, folded (singular and plural).
_KIND = """association associations asso federation federations fondation fondations entreprise
entreprises societe structure structures organisme organismes cooperative cooperatives reseau
reseaux collectif collectifs centre centres maison maisons compagnie cie groupement union
syndicat mutuelle etablissement etablissements atelier ateliers chantier chantiers regie foyer
foyers ong organisation service services ecole institut club coordination plateforme agence
creche ressourcerie recyclerie epicerie ferme jardin theatre cinema festival"""
KIND_NOUNS = frozenset(_KIND.split())
# The common words of the legal forms of French organisations (IAE, ESS) and of the kinds
# of establishment their acronyms stand for (MECS, CHRS, EHPAD, IME, CADA, ALSH, MJC).
_LEGAL_FORM = """association federation fondation entreprise entreprises societe structure
cooperative atelier ateliers chantier chantiers regie groupement travail temporaire insertion
intermediaire adaptee adapte employeurs qualification interet collectif participative activite
emploi economie sociale social solidaire solidaires utilite publique loi 1901 1908 agreee agree
esus ess but non lucratif d de du des la le l et a pour quartier service services aide domicile
etablissement etablissements medico-social medico-sociaux accueil hebergement reinsertion
gestionnaire sanitaire medico-sociale simplifiee responsabilite limitee anonyme par actions
scic scop sas sasu sarl eurl aci etti ei ea ai geiq esat ehpad chrs cada mecs ime saad ssiad
acteur acteurs economique sociaux
maison enfants enfant caractere centre personnes agees dependantes institut medico-educatif
education speciale soins medicalise specialisee foyer demandeurs asile loisirs sans jeune
jeunes communal intercommunal action culture espace vie"""
_LEGAL_FORM_WORDS = frozenset(_LEGAL_FORM.split())
# What opens a sentence about the organisation, never its name.
_OPENING = re.compile(
    r"(?:creee?s?|fondee?s?|nee?s?|issue?s?|implantee?s?|installee?s?|basee?s?|situee?s?"
    r"|agreee?s?|lancee?s?|depuis|reconnue?s?|conventionnee?s?|labellisee?s?|portee?s?)\b"
)
_YEAR_CLAUSE = re.compile(r"\b(?:en|depuis|des) (?:1[89]|20)\d\d\b")
# A status clause: « … agréée Centre social par la CAF », « affiliée à l'UDAF », « membre de ».
_STATUS_CLAUSE = re.compile(
    r"\b(?:agreee?s?|affiliee?s?|conventionnee?s?|habilitee?s?|labellisee?s?|reconnue?s?"
    r"|financee?s?|soutenue?s?|adherente?s?|membres?)\b(?: [\w'-]+){0,3} (?:par|a|au|aux|de|du)\b"
)
# A legal mention under a letterhead: « Mutuelle régie par le livre II du Code de la
# mutualité », « Société soumise à … », « immatriculée au RCS … ».
_LEGAL_MENTION = re.compile(
    r"\b(?:regie?s? (?:par|selon|conformement)|soumise?s? (?:a|au|aux)|immatriculee?s?"
    r"|enregistree?s? (?:a|au|aux|sous)|declaree?s? (?:a|en) (?:la )?prefecture)\b"
)
# An organisation's legal status on its letterhead: never in a job's title.
_LEGAL_STATUS = re.compile(
    r"\b(?:loi (?:du 1er juillet |de )?1901|reconnue? d'utilite publique|siret|siren)\b"
)
# The words of a posting's structure that cannot start a name.
_POSTING = """offre offres appel annonce annonces recrutement recrutements fiche avis candidature
candidatures poste postes vacancy job jobs emploi emplois description intitule profil missions
contexte presentation accueil objet tr fwd fw re sujet date"""
_POSTING_WORDS = frozenset(_POSTING.split())
# "Accueil" then a capitalised word names an organisation (« Accueil Exilés Grésivaudan »,
# « Accueil Savoie Handicap »), unlike a page's « Accueil › Offres » or « Accueil du public ».
_WELCOME_NAME = re.compile(r"Accueil\s+[A-ZÀ-Ý][\w'-]*\s+[A-ZÀ-Ý]")
# An instruction to the reader: « Envoyez », « Postulez », « Rejoignez-nous », « votre ».
_IMPERATIVE = re.compile(
    r"(?:envoy|adress|postul|candidat|rejoign|contact|transmett|ecriv|retrouv|decouvr|consult"
    r"|cliqu|inscriv|depos|renseign|appel)ez(?:-nous|-vous|-les)?|merci"
)
_ADDRESSING = frozenset({"votre", "vos", "vous", "ton", "ta", "tes"})
# A letter's or a mail's greeting: « Bonjour, », « Madame, Monsieur », « Chers adhérents ».
_SALUTATION = re.compile(
    r"(?:bonjour|bonsoir|hello|salut|coucou|hi|dear|madame,? monsieur|mesdames|messieurs"
    r"|chers|cheres|a toutes et (?:a )?tous)\b"
)
# A newsletter's own lines: « Se désinscrire », « Voir la version en ligne ».
_NEWSLETTER = re.compile(
    r"(?:se )?(?:desabonn|desinscri)|unsubscribe|voir (?:la version|en ligne|ce message)"
    r"|version (?:en ligne|web|navigateur)"
)
_HIRING_VERB = re.compile(
    r"\b(?:recrut(?:e|ent|ons)|embauch(?:e|ent|ons)|recherch(?:ent|ons)|cherch(?:e|ent|ons))\b"
)
# The terms of the job, not who offers it: « Prestation de… », « CDD de 6 mois ».
_TERMS = "prestation contrat cdd cdi cddi periode duree remplacement vacation vacations"
_TERMS_WORDS = frozenset(_TERMS.split())
_MONTH = r"(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)"
# A period: two months or a month and a year (« de janvier à juin 2027 », « mars 2027 »).
_PERIOD = re.compile(rf"\b{_MONTH}\b.{{0,30}}(?:\b{_MONTH}\b|\b(?:19|20)\d\d\b)")
_HEADERS = "objet de a cc date envoye subject from to sent tr fwd fw re"
_HEADER_LABELS = frozenset(_HEADERS.split())
_CIVILITIES = "madame monsieur mme mmes mlle mr mrs ms dr docteur m."
_CIVILITY = frozenset(_CIVILITIES.split())
# Words a name never ends with: a phrase cut in the middle ("Maison de quartier Ce").
_ENDS = "de du des la le les l d et a au aux en ce cette ces pour sur avec par qui que dont ou"
_FUNCTION_END = frozenset(_ENDS.split())
_TERRITORIAL = re.compile(
    r"(?:francaise?|nationale?|regionale?|departementale?|internationale?|europeenne?"
    r"|territoriale?|interregionale?|communale?|intercommunale?|metropolitaine?)\b"
)
_BREADCRUMB = re.compile(r"\s[>›»/]\s.*\s[>›»/]\s|›|\s>\s")
_ADDRESS = re.compile(
    r"\d{1,4}(?:\s?(?:bis|ter))?,?\s(?:rue|avenue|av\.?|bd|boulevard|place|chemin|allee"
    r"|impasse|route|quai|cours|square)\b|\b\d{5}\b|\b(?:bp|cs) \d|\bsiret\b"
)
# A common noun by its ending, for a one-word candidate ("HÉBERGEMENT", "Présentation").
_NOUN_ENDING = re.compile(r"\w{3,}(?:ment|tion|sion|ite|ence|ance|isme|ements|tions)$")
_ARTICLES = "le la les l' un une des du"
_ARTICLE = frozenset(_ARTICLES.split())
_LINK_WORDS = "de du des d l la le les pour a au aux en et sur contre avec"
_LINKS = frozenset(_LINK_WORDS.split())


def implausible_name(value: str, *, as_written: bool = True) -> bool:
    """True when `value` cannot be an organisation's name (see the module docstring).

    `as_written=False` leaves out the rules that read capitals (for a made-up name).
    """
    folded = fold(value).strip()
    words = folded.replace("'", "' ").split()
    if not words:
        return True
    first, last = words[0].strip(":,;"), words[-1].strip(".,;:'")
    if _OPENING.match(folded) or _YEAR_CLAUSE.search(folded) or _STATUS_CLAUSE.search(folded):
        return True  # « Créée en 1962 », « Depuis 1993 », « … agréée … par la CAF »
    if _LEGAL_MENTION.search(folded):
        return True  # « Mutuelle régie par le livre II du Code de la mutualité »
    if (
        (first in _POSTING_WORDS and not _WELCOME_NAME.match(value))
        or first in _CIVILITY
        or (first in _HEADER_LABELS and len(words) < 2)
    ):
        return True  # « Offre d'emploi », « Appel à consultant·e », « Madame X », « Objet »
    if _SALUTATION.match(folded) or first in _TERMS_WORDS or _PERIOD.search(folded):
        return True  # « Bonjour », « Prestation de janvier à juin 2027 », « CDD de 6 mois »
    if _HIRING_VERB.search(folded) or _NEWSLETTER.match(folded):
        return True  # « Les Tilleuls recrute un·e animateur », « Se désinscrire »
    if _IMPERATIVE.fullmatch(first) or any(w in _ADDRESSING for w in words):
        return True  # « Envoyez votre candidature à … », an instruction to the reader
    if CLOSING.match(folded):
        return True  # « Bien cordialement », « L'équipe du … »: a letter's closing
    if _BREADCRUMB.search(value) or _ADDRESS.search(folded) or "?" in value:
        return True  # "Accueil › Offres", "12 rue des Lilas", "Où ? Strasbourg"
    if last in _FUNCTION_END and len(words) > 1:
        return True  # « Maison de quartier Ce », a phrase cut in the middle
    if _places_only(value) or legal_form_only(folded):
        return True
    if as_written and _common_phrase(value, words):
        return True
    # A heading in capitals ("HÉBERGEMENT"); one capitalised word ("Convergence") may be a name.
    return len(words) == 1 and value.isupper() and _NOUN_ENDING.match(folded) is not None


def _places_only(value: str) -> bool:
    """ "Bordeaux, Nouvelle-Aquitaine, France", "Pérou - Cusco": a job board's place line."""
    parts = [p.strip() for p in re.split(r",\s*|\s+[-·|]\s+", value) if p.strip()]
    if len(parts) < 2:
        return is_place(value)
    places = sum(1 for part in parts if is_place(part.split(" (")[0]))
    return places == len(parts) or (places >= 2 and is_place(parts[0]))


def _common_phrase(value: str, words: list[str]) -> bool:
    """ "La compagnie", "le centre social", "Association gestionnaire d'établissements".

    An article followed by lower-case words only, or a kind of organisation and an
    adjective in lower case ("Centre social", "Fondation abritée") stand for the
    organisation without naming it. "Association pour l'accueil des voyageurs" and
    "Fédération française de …" are names written in lower case.
    """
    rest = value.replace("'", "' ").split()[1:]
    lower = all(word[:1].islower() for word in rest)
    if words[0] in _ARTICLE:
        return bool(rest) and lower
    if words[0] not in KIND_NOUNS or not rest:
        return False
    second = words[1].rstrip("'")
    return lower and second not in _LINKS and not _TERRITORIAL.match(second)


def legal_form_only(folded: str) -> bool:
    """Only the words of legal forms: "Entreprise de Travail Temporaire d'Insertion"."""
    words = [w.strip("'()«»\",.-") for w in folded.replace("'", "' ").split()]
    words = [w.rstrip("'") for w in words if w]
    return bool(words) and all(w in _LEGAL_FORM_WORDS or not w for w in words)


def describes_kind(value: str) -> bool:
    """A legal form's description before a quoted name: "Atelier et Chantier d'Insertion « X »".

    Such a line names an establishment or a programme as often as the employer, so it is
    a weak candidate. "Association Horizon" or "Entreprise d'insertion Le Tremplin" are names.
    """
    folded = fold(value)
    parts = re.split(r"[«\"(]", folded, maxsplit=1)
    return len(parts) == 2 and len(parts[0].split()) >= 2 and legal_form_only(parts[0])


_KINDS_OF_JOB = (
    r"(?:emplois?|stages?|service civique|alternance|volontariat|benevolat|cdi|cdd|jobs?)"
)
_CONTRACT_LIST = re.compile(rf"{_KINDS_OF_JOB}(?:\s*[/,|&]\s*|\s+et\s+){_KINDS_OF_JOB}")
# Kinds of organisation that never start a job title (unlike "Service civique – …").
_NOT_FIRST = """association associations asso federation fondation entreprise societe structure
organisme cooperative reseau collectif centre maison compagnie cie groupement union syndicat
mutuelle etablissement foyer ong organisation creche ressourcerie recyclerie epicerie regie"""
_TITLE_NOT_FIRST = frozenset(_NOT_FIRST.split())


# A hiring sentence without its object (« AES recrute », « L'association X recrute ! »):
# the job is named on the next line. « Chargé·e de recherche » is a job.
_HIRING_END = re.compile(
    r"(?:^|\s)(?:recrut(?:e|ent|ons)|(?<!l')embauch(?:e|ent|ons)|recherch(?:ons|ent)"
    r"|cherch(?:ons|ent)|(?P<noun>(?<!de )(?<!la )(?<!en )(?<!d')(?:re)?cherche))\s*[!.]*$"
)


# « Appel à bénévoles » announces volunteering missions (« Bénévoles » alone names the role).
_CALL_FOR_VOLUNTEERS = re.compile(r"(?:\W+ )?appel a (?:benevoles|volontaires)\W*")


def announces_offer(folded: str) -> bool:
    """A heading that announces an offer without naming the job: « OFFRE D'ALTERNANCE »,
    « MISSION DE SERVICE CIVIQUE À POURVOIR », « AES RECRUTE ! » (folded, no pictographs).

    Short, without figures (« Contrat d'apprentissage de 15 mois » states a contract).
    """
    folded = folded.strip(" !.:")
    if not folded or len(folded) > 80 or len(folded.split()) > 8:
        return False
    if any(c.isdigit() for c in folded):
        return False
    return (
        only_contract_words(folded)
        or _HIRING_END.search(folded) is not None
        or _CALL_FOR_VOLUNTEERS.fullmatch(folded) is not None
    )


# A period alone: « rentrée 2026 », « septembre 2026 », « saison 2026-2027 », « été 2026 ».
_PERIOD_ONLY = re.compile(
    rf"(?:(?:la |l')?(?:rentree|session|saison|promotion|promo|annee|ete|hiver|printemps|automne"
    rf"|debut|fin|mi-?)(?: scolaire| universitaire)?\s|{_MONTH}\s)?(?:(?:19|20)\d\d"
    rf"(?:\s?[-/]\s?(?:19|20)?\d\d)?|{_MONTH})"
)


# A sentence that denies something (« pas de rémunération », « aucune expérience requise »,
# « non rémunéré ») says what the offer is not; a job is never named that way.
_NEGATION = re.compile(r"\W*(?:pas (?:de|d'|besoin|d'|necessaire)|aucun(?:e)?|non |ni |sans )")


def implausible_title(folded: str) -> bool:
    """True when a folded title candidate names an organisation, a founding or a hiring
    sentence without its object, not a job."""
    words = folded.replace("'", "' ").split()
    if not words:
        return True
    hiring = _HIRING_END.search(folded, max(0, len(folded) - 20))
    if hiring and not (hiring.group("noun") and role_position(folded) == 0):
        return True  # « AES recrute », « Le collectif recherche » (« Responsable recherche »)
    if _NEGATION.match(folded):
        return True  # « Mission de bénévolat : pas de rémunération. »: a statement, no job
    if words[0] in _TITLE_NOT_FIRST:
        return True  # « Association gestionnaire d'établissements … » on a letterhead
    if not is_role_word(words[0]) and is_place(words[0].capitalize()):
        return True  # « France Volontaires », a portal's or a network's name
    if _PERIOD_ONLY.fullmatch(folded.strip(" .!-")):
        return True  # « Offre d'alternance – rentrée 2026 »: when, not what
    if _CONTRACT_LIST.match(folded):
        return True  # « Emploi / Stage / Service civique dans l'ESS », a job board's tagline
    if _LEGAL_STATUS.search(folded):
        return True  # « Service d'aide à domicile – Association loi 1901 »: a letterhead's line
    return _OPENING.match(folded) is not None and _YEAR_CLAUSE.search(folded) is not None
