"""The vocabulary of job-board page chrome, for `description`: what a whole line may be.

`kind_of(key)` says what kind of chrome a line is (or None), from its folded text (lower
case, accent-free; runs of spaces kept, as they separate menu items); the line must be that
and nothing else, apart from punctuation around it ("› Retour aux offres", "Postuler !").
The words are those of French job boards and association sites in general, not of one site.
`looks_like_content(key)` spots what only a posting says: an address to write to, a phone
number, how to apply.
"""

from __future__ import annotations

import re
from enum import Enum


class Kind(Enum):
    """NAV: the site's header (nothing of the posting is above it). MENU: a menu item that
    could also be a heading ("Contact", "Accueil"). BUTTON: a page button. COOKIE: a cookie
    banner. FOOTER: the start of the page footer (nothing of the posting is below it)."""

    NAV = "nav"
    MENU = "menu"
    BUTTON = "button"
    COOKIE = "cookie"
    FOOTER = "footer"


def _whole(*alternatives: str) -> re.Pattern[str]:
    return re.compile("(?:" + "|".join(alternatives) + ")")


_NAV = _whole(
    r"(?:ignorer et )?passer au contenu(?: principal)?",
    r"aller (?:directement )?au (?:contenu|menu|pied de page)(?: principal)?",
    r"(?:aller|passer) (?:a la|au) (?:navigation|menu|recherche)",
    r"(?:bouton |ouvrir le |afficher le )?menu(?: principal| de navigation)?",
    r"navigation(?: principale)?",
    r"retour(?: (?:a la|aux|au|a l'|vers la|vers les) ?(?:liste|liste des offres|offres"
    r"|offres d'emploi|annonces|resultats|resultats de recherche|recherche|accueil"
    r"|page precedente))?",
    r"detail (?:de l'|d'une )?(?:offre|annonce)(?: d'emploi)?",
    r"(?:le )?portail (?:de l'emploi|de l'engagement|du volontariat|du benevolat|des offres"
    r"|des annonces|emploi)\b.{0,80}",
    r"acces (?:membres?|adherents?|abonnes?)|espace membres?",
    r"[^>\u203a]{1,40}(?: ?[>\u203a] ?[^>\u203a]{1,60}){2,}",  # "Offres > Alternance > Com"
    r"bienvenue sur (?:le site|le portail|notre site).{0,80}",
    r"(?:se )?connecter|connexion|se deconnecter|deconnexion|creer (?:un|mon|votre) compte",
    r"mon compte|mon espace(?: candidat| recruteur| employeur)?",
    r"espace (?:candidats?|recruteurs?|employeurs?|adherents?)",
    r"(?:deposer|publier) (?:une|votre|vos) (?:offres?|annonces?)(?: d'emploi)?",
    r"(?:je suis )?(?:recruteur|employeur|candidat)s?",
    r"(?:vous etes ici|fil d'ariane)\b.{0,150}",
    r"accueil ?[>/|\u00bb\u203a].{0,150}",  # a breadcrumb: "Accueil > Offres > ..."
    r"(?:toutes les |nos )?offres d'emploi",
)
_MENU = _whole(
    r"accueil|rechercher|recherche(?: avancee)?|nouvelle recherche|inscription|s'inscrire",
    r"faq|aide|qui sommes-nous|a propos(?: de nous)?|presse|partenaires|blog|actualites",
    r"nos offres|contact|contactez-nous|nous contacter|plan d'acces|accessibilite.{0,40}",
    r"suivez-nous(?: sur .{0,60})?|nous suivre|retrouvez-nous(?: sur .{0,60})?",
    r"(?:inscri(?:vez-vous|ption|re) a (?:la|notre) )?newsletter|abonnez-vous.{0,60}",
    r"(?:modifier|affiner) (?:ma|la|votre) recherche|creer une alerte.{0,30}",
)
_SOCIAL = r"facebook|linkedin|twitter|x|whatsapp|instagram|youtube|tiktok|e-?mail|mail|courriel"
_BUTTON = _whole(
    r"(?:je )?postule[rz]?(?: (?:a|pour) (?:cette |l'|ce )?(?:offre|annonce|poste))?"
    r"(?: maintenant| en ligne| en 1 clic| rapidement)?",
    r"candidater(?: (?:a|pour) (?:cette |l')?(?:offre|annonce))?(?: maintenant| en ligne)?",
    r"je candidate|read more|apply(?: now)?|share|save",
    rf"partager(?: (?:cette |l')?(?:offre|annonce)| ce poste)?(?: ?:)?"
    rf"(?: ?(?:sur|par|via)? ?(?:{_SOCIAL})(?:[ ,/|]+(?:{_SOCIAL}))*)?",
    rf"{_SOCIAL}|copier le lien|lien copie",
    r"imprimer(?: (?:cette |l')?(?:offre|annonce|page))?",
    r"telecharger (?:cette |l'|la )?(?:offre|annonce|fiche(?: de poste)?|pdf)(?: en pdf)?",
    r"(?:enregistrer|sauvegarder)(?: (?:cette |l')?(?:offre|annonce))?",
    r"(?:ajouter (?:a|aux) (?:mes )?)?favoris|(?:mettre|ajouter) en favori",
    r"signaler (?:cette |l')?(?:offre|annonce)|signaler un abus",
    r"envoyer a une? amie?|actions rapides",
    r"recevoir (?:les|des) offres (?:similaires|par e-?mail)",
    r"(?:tout )?(?:accepter|refuser)(?: et fermer| tout| les cookies)?|j'accepte|ok(?: pour moi)?",
    r"personnaliser|parametrer(?: les cookies)?|fermer|continuer sans accepter",
    r"voir (?:l'offre|l'annonce|plus|moins|l'entreprise|la structure|le profil)|afficher plus",
    r"lire la suite",
)
_FOOTER = _whole(
    r"mentions legales",
    r"(?:politique de )?confidentialite|(?:politique de )?protection des donnees"
    r"(?: personnelles)?|donnees personnelles|rgpd",
    # "© 2025 Association ...", not a photo credit ("© Jean Dupont") inside the posting.
    r"(?:\u00a9|\(c\)|copyright) ?(?:\d{4}|tous droits).{0,120}|.{0,60}\u00a9 ?\d{4}.{0,60}",
    r".{0,80}tous droits reserves.{0,80}",
    r"plan du site",
    r"c\.?g\.?[uv]\.?|conditions generales(?: d'utilisation| de vente)?",
    r"(?:gestion|parametres|parametrage|politique|preferences) (?:des|de|en matiere de) cookies",
    r"(?:les |des |nos )?(?:offres|annonces|postes|emplois) (?:similaires|recommandees"
    r"|qui pourraient vous interesser|a la une)(?: ?:.{0,150})?",
    r"(?:d'autres|autres) (?:offres|annonces).{0,60}",
    r"ces (?:offres|annonces) (?:pourraient|peuvent) (?:aussi |egalement )?vous interesser",
    r"vous (?:pourriez|pouvez|aimerez) (?:aussi|egalement) .{0,40}",
    r"voir (?:toutes )?(?:les |plus d')?(?:offres|annonces).{0,60}|toutes les offres.{0,60}",
    r"retour en haut(?: de (?:la )?page)?|haut de page",
)
_COOKIE_WORD = re.compile(r"cookie|traceur")
# A banner's own words, not a posting's that mentions cookies (a bakery's, say).
_COOKIE_CONTEXT = re.compile(
    r"(?:nous|ce site|notre site|site web) (?:utilis|depos)|en poursuivant|consentement"
    r"|accepte[rz]? (?:les |tous les )?(?:cookies|traceurs)|(?:gerer|parametrer) (?:les |vos )"
)
_TRIM = " <>\u00ab\u00bb\u2039\u203a|-:.!?[]*#\u2190\u2192\u276f\u276e\u2714\u2713/\\"
_CONTENT = re.compile(
    r"[\w.+-]+@[\w-]+\.\w"  # an address to write to
    r"|(?:\+33|\b0)[ .]?[1-9](?:[ .-]?\d\d){4}\b"  # a French phone number
    r"|candidat|postul|\bcv\b|lettre de motivation|date limite|salaire|remuneration"
)


def kind_of(key: str) -> Kind | None:
    """What chrome the whole line `key` (folded, stripped) is, or None."""
    if not key or len(key) > 600:
        return None
    if len(key) <= 400 and _COOKIE_WORD.search(key) and _COOKIE_CONTEXT.search(key):
        return Kind.COOKIE
    core = key.strip(_TRIM)
    if not core or len(core) > 200:
        return None
    whole = _kind_of_piece(" ".join(core.split()))
    if whole is not None:
        return whole
    if _BUTTONS.fullmatch(
        " ".join(core.split())
    ):  # "Postuler Partager sur Facebook": buttons side by side
        return Kind.BUTTON
    pieces = (" ".join(piece.strip(_TRIM).split()) for piece in _SEPARATOR.split(core))
    kinds = [_kind_of_piece(piece) for piece in pieces]
    if None in kinds:
        return None
    return min(kinds, key=_STRENGTH.index)  # "Mentions légales | Contact" is a footer


def _kind_of_piece(piece: str) -> Kind | None:
    for kind, pattern in _PATTERNS:
        if pattern.fullmatch(piece):
            return kind
    return None


def looks_like_content(key: str) -> bool:
    """True when the folded line says what only a posting says (how and where to apply)."""
    return bool(_CONTENT.search(key))


# FOOTER before MENU: "Politique de cookies" is a footer. NAV before MENU likewise.
_PATTERNS = (
    (Kind.FOOTER, _FOOTER),
    (Kind.NAV, _NAV),
    (Kind.BUTTON, _BUTTON),
    (Kind.MENU, _MENU),
)
_STRENGTH = (Kind.FOOTER, Kind.NAV, Kind.COOKIE, Kind.BUTTON, Kind.MENU)
# Menu items on one line: "Mentions légales | CGU", "FAQ  -  Contact", "Presse · Blog".
_SEPARATOR = re.compile(r" ?[|\u2022\u00b7] ?| {2,}| - ")
_BUTTONS = re.compile(f"(?:{_BUTTON.pattern})(?: (?:{_BUTTON.pattern}))+")
