"""Vocabulary of job titles for `title.py`: role nouns, page chrome, headings, gender markers.

Everything here is matched on folded text (lower case, no accents, see `text.fold`). The role
nouns are how French (and English) job titles begin: "Chargé·e de mission", "Animateur/trice",
"Responsable", "Head of". A line or phrase is taken for a job title only when one of them
comes first, which keeps slogans, headings and menus out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# Masculine, feminine and plural forms, folded. Inclusive suffixes ("·e", "(trice)", "/ice")
# are cut off before lookup (see `base_token`), so only whole words are listed.
_ROLE_WORDS = """
charge chargee charges chargees responsable responsables coresponsable corresponsable
coordinateur coordinatrice coordinateurs coordinatrices coordonnateur coordonnatrice
directeur directrice directeurs directrices codirecteur codirectrice adjoint adjointe
animateur animatrice animateurs animatrices educateur educatrice educateurs educatrices
assistant assistante assistants assistantes agent agente agents agentes chef cheffe chefs
conseiller conseillere conseillers conseilleres accompagnateur accompagnatrice accompagnant
accompagnante mediateur mediatrice technicien technicienne techniciens ingenieur ingenieure
ingenieurs comptable comptables secretaire juriste delegue deleguee gestionnaire
gestionnaires encadrant encadrante encadrants moniteur monitrice infirmier infirmiere
psychologue psychologues aide aides auxiliaire stagiaire stagiaires stage stages volontaire
volontaires volontariat alternant alternante alternants alternance apprenti apprentie
apprentissage developpeur developpeuse formateur formatrice formateurs intervenant
intervenante intervenants conservateur conservatrice referent referente referents
administrateur administratrice attache attachee travailleur travailleuse ouvrier ouvriere
ouvriers jardinier jardiniere jardiniers maraicher maraichere cuisinier cuisiniere chauffeur
chauffeuse magasinier magasiniere vendeur vendeuse caissier caissiere employe employee
hote hotesse accueillant accueillante benevole benevoles psychomotricien psychomotricienne
orthophoniste ergotherapeute medecin kinesitherapeute dieteticien dieteticienne pharmacien
pharmacienne puericultrice soignant soignante dirigeant dirigeante gerant gerante cogerant
cogerante econome controleur controleuse auditeur auditrice analyste consultant consultante
chercheur chercheuse doctorant doctorante postdoctorant commercial commerciale graphiste
webmaster journaliste redacteur redactrice traducteur traductrice interprete logisticien
logisticienne acheteur acheteuse avocat avocate documentaliste bibliothecaire guide garde
ecogarde surveillant surveillante veilleur veilleuse operateur operatrice mecanicien
menuisier electricien plombier peintre macon eleveur eleveuse berger bergere boulanger
fromager serveur serveuse preparateur preparatrice facilitateur facilitatrice enseignant
enseignante professeur professeure tuteur tutrice ambassadeur ambassadrice expert experte
specialiste ecologue naturaliste botaniste cartographe geomaticien geomaticienne
statisticien paysagiste urbaniste architecte sociologue mandataire gardien gardienne
concierge equipier equipiere cadre manager managers officer coordinator director
lead intern internship trainee volunteer developer engineer advisor adviser analyst
consultant associate fellow co-manager comanager coordonateur moniteur-educateur
aide-soignant aide-soignante educ vsi vsc tresorier tresoriere valoriste valoristes
trieur trieuse ripeur couturier couturiere livreur livreuse coursier coursiere elagueur
charpentier couvreur soudeur regisseur regisseuse programmateur programmatrice coach
sophrologue psychotherapeute commis plongeur plongeuse barista patissier patissiere caviste
epicier epiciere libraire archiviste informaticien informaticienne designer webdesigner
integrateur integratrice photographe videaste monteur monteuse realisateur realisatrice
comedien comedienne musicien musicienne artiste producteur productrice mentor parrain
marraine repetiteur repetitrice conducteur conductrice lingere blanchisseur ecrivain maitre
maitresse puericulteur psychiatre pediatre nutritionniste sage-femme
kine drh daf raf rrh cesf eje aes amp cip eti fundraiser accountant editor writer researcher
trainer teacher specialist facilitator organizer organiser
president presidente vice-president vice-presidente
cariste caristes manutentionnaire manutentionnaires receptionniste standardiste brancardier
brancardiere ambulancier ambulanciere apiculteur apicultrice brasseur brasseuse barman boucher
bouchere aesh atsem ash bucheron bucheronne ebeniste tapissier tapissiere imprimeur laveur
nettoyeur evaluateur evaluatrice dessinateur dessinatrice projeteur projeteuse geometre
topographe agronome agriculteur agricultrice vigneron vigneronne forestier forestiere costumier
costumiere eclairagiste choregraphe danseur danseuse metteur metteuse scenographe mediateurs
mediatrices accompagnateurs accompagnatrices
"""
ROLE_WORDS = frozenset(_ROLE_WORDS.split())

# Words that only make a title together with the next one ("Service civique", "Head of").
_ROLE_PAIRS = re.compile(
    r"service civique|mission de service civique|head of|chef de|chef\.fe|product owner"
    r"|scrum master|product manager"
)

# Roles that are also heading words: "Responsable hiérarchique", "Contrat de travail".
_NOT_AFTER_ROLE = frozenset(
    {"hierarchique", "hierarchiques", "du recrutement", "de travail", "a duree", "a pourvoir"}
)
# Words skipped before a role noun: "Poste de chargé…", "Offre de stage", "Un·e animateur…".
PREFIX_WORDS = frozenset(
    {"poste", "postes", "un", "une", "des", "offre", "recrutement", "nouveau", "senior", "junior"}
)

_FUNCTION = """le la les l' dans pour sur avec en au aux et a par ce cette son sa ses notre nos
votre vos leur qui que ou est sont il elle nous vous on si de du d' des"""
_FUNCTION_WORDS = frozenset(_FUNCTION.split())


def at_word_starts(
    pattern: re.Pattern[str], folded: str, start: int, end: int
) -> Iterator[re.Match[str]]:
    """Matches of `pattern` that begin a word.

    The patterns leave out a leading `\\b`: without it Python's `re` skips ahead to the
    possible first letters, several times faster on a long text.
    """
    for match in pattern.finditer(folded, start, end):
        if match.start() == 0 or not folded[match.start() - 1].isalnum():
            yield match


_INCLUSIVE_CUT = re.compile(r"[·.(/\u2027\u22c5\u2022*]")


def base_token(token: str) -> str:
    """A folded word without inclusive endings: "charge·e" → "charge", "chef(fe)" → "chef"."""
    token = token.strip(" ,;:!?\"'«»()[]*")
    token = _INCLUSIVE_CUT.split(token, maxsplit=1)[0]
    if token[1:2] == "'":  # "d'aide-jardinier", "l'animateur"
        token = token[2:]
    if token.endswith("-e") or token.endswith("-es"):
        token = token[: token.rindex("-")]
    return token


def is_role_word(token: str) -> bool:
    """True when a folded word is a role noun, alone or as part of "co-…"/"aide-…"."""
    base = base_token(token)
    if base in ROLE_WORDS:
        return True
    if "-" in base:
        head, _, tail = base.partition("-")
        return head in ROLE_WORDS or (
            head in {"co", "sous", "vice", "aide", "super", "eco", "pair", "auto"}
            and tail in ROLE_WORDS
        )
    return False


def role_position(folded: str, *, within: int = 3) -> int:
    """Index of the first role noun among the first `within` words of `folded`, or -1.

    Prefixes such as "Poste de", "Offre de stage :" or "Un·e" do not count as words.
    """
    words = folded.split()
    seen, after_prefix = 0, False
    for index, word in enumerate(words[: within + 4]):
        base = base_token(word)
        if base in PREFIX_WORDS or base in {":", "-", "|", "(e)", ""}:
            after_prefix = base in PREFIX_WORDS
            continue
        if after_prefix and base in {"de", "d'", "du"}:  # "Poste de chargé…"
            continue
        after_prefix = False
        if is_role_word(word):
            rest = " ".join(words[index + 1 : index + 3])
            if not any(rest.startswith(stop) for stop in _NOT_AFTER_ROLE):
                return index
        if _ROLE_PAIRS.match(" ".join(words[index : index + 4])):
            return index
        if base in _FUNCTION_WORDS:  # "Dans le cadre…", "Portail du…": no title
            break
        seen += 1
        if seen >= within:
            break
    return -1


# H/F, F/H, (H/F/X), (F/H/NB), H-F, M/F, M/W/D, "(homme/femme)", and the truncated "H/".
GENDER_MARKER = re.compile(
    r"[(\[]?\s?\b(?:[hf]\s?[/\\-]\s?[hf]|m\s?/\s?[fw]|f\s?/\s?m|homme\s?/\s?femme"
    r"|femme\s?/\s?homme)(?:\s?[/-]\s?(?:x|nb|n|d|autres?))?(?:\s?/\s?d)?\b\s?[)\]]?"
    r"|[(\[]\s?[hf]\s?(?:ou|et)\s?[hf]\s?[)\]]|\bh/(?=\s|$)|\(h/f"
)

# Lines of job-board pages that are never the title (menus, buttons, dates, breadcrumbs).
CHROME_LINE = re.compile(
    r"(?:portail de l'emploi|bienvenue|accueil\s*[>»/]|.*\s[>»]\s|detail(?:s)? (?:de l')?offre"
    # a breadcrumb with slashes from a site's section: « Offres / Stage / Communication »
    r"|(?:offres?|emplois?|annonces?|missions?|jobs?|carrieres?|recrutement|home)\s+/\s.*\s/\s"
    r"|retour|aux$|offres?$|offres d'emploi$|emplois?$|(?:je )?postuler|candidater$|partager"
    r"|imprimer|sauvegarder|enregistrer|signaler|publie(?:e)? le|posted on|poste le"
    r"|mis(?:e)? a jour|mise en ligne|date de (?:publication|parution|mise)|il y a \d"
    r"|(?:bouton )?menu$|passer au contenu|aller au contenu|cookies?|accepter|refuser"
    r"|connexion|se connecter|inscription|acces membre|mon compte|rechercher?$"
    r"|offre n|n° d'offre|ref\b|reference|appel a candidature|recrutement$|nous recrutons$"
    r"|offre d'emploi$|fiche de poste$|candidature spontanee|voir (?:l'offre|plus)"
    # a job board's buttons beside the offer: « Voir l'entreprise   Postuler »
    r"|voir (?:l'entreprise|la structure|l'association|l'organisation|le recruteur|la page)\b"
    r"|lire la suite|toutes les offres|actions rapides|informations generales|localiser"
    r"|nouveau$|urgent$|sponsorise|facile a postuler|plan du site|mentions legales"
    # a job board's badges about the recruiter: « Répond généralement dans un délai de 3 jours »,
    # « Candidature simplifiée », « 4,1 ★ 230 avis », « Employeur réactif »
    r"|repond (?:generalement|en general|habituellement|sous|en moins)|candidature simplifiee"
    r"|employeur (?:reactif|engage|verifie)|recrute activement|\d(?:[,.]\d)?\s?(?:★|/ ?5\b)"
    r"|\d+ avis\b|entreprise verifiee|profil verifie"
    # a volunteering portal's counts: « 6 bénévoles recherchés · 2 déjà inscrits »
    r"|\d+ (?:benevoles?|volontaires?|personnes?|places?|postes?) (?:recherchee?s?|a pourvoir"
    r"|disponibles?|restante?s?)|\d+ (?:deja )?inscrite?s?\b"
    r"|a la une$|en bref$|sommaire\b|au sommaire|dans ce numero"  # a newsletter's sections
    r"|contact$|newsletter|facebook|twitter|linkedin|instagram|site\s|poste a pourvoir"
    r"|nous rejoindre|rejoignez-nous|travailler (?:avec|chez) nous|carrieres?$|nos offres"
    r"|on recrute\b|nous recrutons\b|recrutement\s*!|we are hiring|job offer$"
    r"|(?:welcome to the jungle|hellowork|indeed|apec|france travail|pole emploi|jobteaser"
    r"|monster|meteojob|cadremploi|jobijoba|emploi-ess|jobs that make sense|makesense"
    r"|ressources solidaires|jeveuxaider|benevolt|idealist|service-civique|linkedin)$"
    r"|(?:propose|publie|pourvu|expire|cloture|archive|ferme|ouvert|actif|active)e?s?$"
    # A newsletter's or a site's own lines: « Version en ligne | Se désabonner », « Propulsé
    # par <ATS> », "View this email in your browser", « Site réalisé par … ».
    r"|version (?:en ligne|web|navigateur|pdf)|voir (?:la version|en ligne|ce (?:mail|message"
    r"|courriel)|dans (?:le|votre) navigateur)|afficher (?:dans|en|la version)"
    r"|si (?:ce|cet) (?:message|mail|e-?mail|courriel)|(?:se )?(?:desabonn|desinscri)|unsubscribe"
    r"|view (?:it |this )?(?:e-?mail |newsletter )?(?:online|in)|propulsee?s? par|powered by"
    r"|(?:site )?(?:realise|cree|concu|developpe|heberge)e? (?:par|avec)|made with|built with)"
)

# Job boards and portals: the page's owner, never the employer.
JOB_BOARD = re.compile(
    r"(?:welcome to the jungle|hellowork|indeed|apec|france travail|pole emploi|jobteaser"
    r"|monster|meteojob|cadremploi|jobijoba|emploi-ess|jobs that make sense|makesense"
    r"|ressources solidaires|jeveuxaider|benevolt|idealist|service-civique|linkedin"
    r"|regionsjob|optioncarriere|jooble|glassdoor|leboncoin"
    # a social network's group or page that relays the post: « Groupe Facebook · … »
    r"|(?:(?:groupe|page|publication|compte|post) )?(?:facebook|instagram|twitter|tiktok))\b"
)

# Words that make a whole short line page chrome wherever they stand in it (site banners).
CHROME_ANYWHERE = re.compile(
    r"offres d'emploi|trouver (?:un|une) (?:job|emploi|mission|entreprise|stage)|portail"
    r"|je suis une?|mon compte|se connecter|cookies|plateforme (?:du|de l'|de la|des)"
    r"|publiee? le|mise? en ligne|il y a \d|\d{1,2}/\d{1,2}/\d{2,4}|, le \d"
    r"|\d{1,2}(?:er)? (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre"
    r"|novembre|decembre) \d{4}"
    r"|\S\s{3,}\S.*\S\s{3,}\S|\s>\s"
)

# Section headings of a posting, never a title.
SECTION_HEADING = re.compile(
    r"(?:\d+[.)/-]?\s*|[ivx]+[.)-]\s*)?"
    r"(?:le |la |l'|les |votre |vos |notre |nos |the |your |our )?"
    r"(?:contexte|missions?|profil|description|presentation|poste$|conditions?|candidature"
    r"|avantages|remuneration|qui sommes|a propos|competences|activites|taches|definition"
    r"|objectifs?|savoir|qualites|formation|experience|lieu|date|contrat|horaires|statut"
    r"|association$|structure$|entreprise$|environnement|modalites|informations|pour postuler"
    r"|comment postuler|positionnement|rattachement|relations|enjeux|cadre|partenaires|agenda"
    r"|actualites|contact|descriptif|detail du poste|fiche de poste"
    # English careers pages: "About us", "The role", "What we offer", "How to apply".
    r"|about(?: us| the (?:organi[sz]ation|role|job|company|team))?$|who we are|role$"
    r"|profile|responsibilities|key responsibilities|requirements|qualifications|skills"
    r"|what we offer|what you will do|how to apply|benefits|context|background)\b"
)

# The lines that tell a job board's header for sure: contract, place, date, "💡" badges.
HEADER_METADATA = re.compile(
    r"(?:cdi|cdd|cddi|stage|alternance|interim|freelance|benevolat|service civique|volontariat"
    r"|long-term|short-term|fixed-term|internship|temps (?:plein|partiel)|full[- ]time"
    r"|part[- ]time|localisation|publiee? le|posted|poste le|offre n|ref\b|\d|💡|>|teletravail"
    r"|remote|no remote|occasional remote|mise a jour|date)"
)

# Metadata lines of a job-board header: contract, place, pay, publication, "💡" badges.
METADATA_LINE = re.compile(
    r"(?:cdi|cdd|cddi|stage|alternance|interim|freelance|benevolat|service civique|volontariat"
    r"|long-term|short-term|fixed-term|internship|temps (?:plein|partiel|de travail)|full[- ]time"
    r"|part[- ]time|localisation|lieu|ville|publiee? le|posted|poste le|date|offre n|ref|\d|💡"
    r"|>|type de contrat|types? de contrats?|contrat|salaire|remuneration|teletravail|remote"
    r"|no remote|occasional remote|debut|start|fin\b|from \d|a partir|duree|employeur|site\s"
    r"|affectation|nature de|nombre|nb de|code postal|permis|secteur|fonction|formation"
    r"|annonceur|thematiques?|etat de l'offre|experience|niveau|categorie|offre (?:en ligne"
    r"|d'emploi vue)|departement|region|metier|domaine|statut|horaires|avantages|mise a jour"
    r"|candidature|entretiens?|ccn|convention|poste a pourvoir|a pourvoir|prise de poste|offre)"
)


_LEADING_MARKS = re.compile(r"^[^\w«\"'(]+")


def is_chrome(folded: str) -> bool:
    """A folded line that is page chrome: a menu, a button, a date, a banner, a breadcrumb."""
    if folded[:1] and not folded[0].isalnum():
        folded = _LEADING_MARKS.sub("", folded)  # "< Toutes les offres", "▶ Version en ligne"
    return CHROME_LINE.match(folded) is not None or (
        len(folded.split()) <= 12 and CHROME_ANYWHERE.search(folded) is not None
    )
