"""Offers at national scale for `seed_bulk`: employers, places, contracts, pay and long texts.

Plain generation, no database: `BulkGenerator.employers(n)` gives the organisations,
`BulkGenerator.offer(employer, live=…)` the `Posting` fields of one offer and `write_text` its
description. Places follow the population
(a commune is drawn in proportion to its inhabitants, so départements are weighted by
population), contracts follow the labelled corpus in `../shared/corpus/labels_*.jsonl`, a third
of the offers state pay figures, and descriptions run from 2 to 5 kB so that full-text search
works on texts the size of real ones. The titles and missions of `postings.demo` are reused and
extended here.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import random
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from django.utils.text import slugify

from postings import demo, geo

# Slug prefix of the organisations `seed_bulk` creates: how it tells its offers from real ones.
BULK_SLUG_PREFIX = "seed-bulk-"

# Contract mix of the labelled corpus (labels_dev + labels_seeds, 45 offers), used when the
# files are not beside the checkout; "" is an offer that names no contract.
CORPUS_CONTRACTS = {
    "CDI": 16,
    "CDD": 14,
    "": 6,
    "VOLONTARIAT": 3,
    "STAGE": 3,
    "CDDI": 1,
    "ALTERNANCE": 1,
    "SERVICE_CIVIQUE": 1,
}
# Every contract keeps a small share, so that each value of the filter finds offers.
CONTRACT_FLOOR = 0.5
CONTRACTS = [c for c, _ in demo.CONTRACT_WEIGHTS]
DESCRIPTION_BYTES = (2000, 5000)

# (title, family, monthly gross range in euros): more trades than the demo's, some of them
# rare, so that a search for an uncommon word finds a handful of offers.
MORE_JOBS = [
    ("Psychologue clinicien·ne", "medico", (2600, 3200)),
    ("Orthophoniste en SESSAD", "medico", (2400, 3000)),
    ("Ergothérapeute", "medico", (2300, 2800)),
    ("Psychomotricien·ne", "medico", (2300, 2800)),
    ("Assistant·e de service social", "medico", (2100, 2500)),
    ("Aide médico-psychologique", "medico", (1850, 2100)),
    ("Maîtresse de maison en foyer", "medico", (1800, 1950)),
    ("Surveillant·e de nuit qualifié·e", "medico", (1850, 2050)),
    ("Interprète en langue des signes (LSF)", "medico", (2400, 3000)),
    ("Conseiller·ère en économie sociale et familiale", "logement", (2100, 2500)),
    ("Agent·e d'accueil de nuit", "logement", (1800, 2000)),
    ("Chargé·e de médiation locative", "logement", (2100, 2500)),
    ("Éducateur·rice de prévention spécialisée", "animation", (2100, 2600)),
    ("Animateur·rice socioculturel·le", "animation", (1900, 2250)),
    ("Référent·e familles", "animation", (2100, 2500)),
    ("Coordinateur·rice enfance jeunesse", "animation", (2300, 2800)),
    ("Éducateur·rice sportif·ve", "animation", (1900, 2200)),
    ("Encadrant·e technique espaces verts", "insertion", (2000, 2400)),
    ("Encadrant·e technique bâtiment second œuvre", "insertion", (2050, 2450)),
    ("Chargé·e de relations entreprises", "insertion", (2300, 2800)),
    ("Agent·e de tri en ressourcerie", "insertion", (1800, 1850)),
    ("Chauffeur·se livreur·se en chantier d'insertion", "insertion", (1800, 1900)),
    ("Menuisier·ère ébéniste encadrant·e", "insertion", (2000, 2400)),
    ("Couturier·ère retoucheur·se en atelier solidaire", "insertion", (1800, 1950)),
    ("Cuisinier·ère en restaurant d'insertion", "insertion", (1900, 2200)),
    ("Apiculteur·rice animateur·rice", "environnement", (1900, 2200)),
    ("Chargé·e de mission économie circulaire", "environnement", (2300, 2800)),
    ("Conseiller·ère en rénovation énergétique", "environnement", (2200, 2700)),
    ("Garde-animateur·rice de réserve naturelle", "environnement", (1950, 2300)),
    ("Chargé·e de mission agriculture biologique", "environnement", (2300, 2800)),
    ("Responsable des ressources humaines", "support", (3000, 3800)),
    ("Gestionnaire de paie", "support", (2200, 2700)),
    ("Chargé·e de collecte de fonds", "support", (2400, 3000)),
    ("Responsable de la vie associative", "support", (2300, 2800)),
    ("Chargé·e de projets numériques", "support", (2400, 3000)),
    ("Contrôleur·se de gestion", "support", (2800, 3400)),
    ("Secrétaire administratif·ve", "support", (1850, 2200)),
    ("Régisseur·se technique", "culture", (2100, 2600)),
    ("Chargé·e de billetterie et d'accueil des publics", "culture", (1900, 2200)),
    ("Bibliothécaire jeunesse", "culture", (1950, 2300)),
    ("Luthier·ère formateur·rice", "culture", (2000, 2400)),
    ("Conseiller·ère prévoyance", "mutuelle", (2200, 2800)),
    ("Gestionnaire prestations santé", "mutuelle", (1950, 2300)),
    ("Chargé·e de prévention santé", "mutuelle", (2200, 2700)),
    ("Responsable pays Madagascar", "international", (2700, 3300)),
    ("Volontaire logisticien·ne humanitaire", "international", (900, 1200)),
    ("Chargé·e de plaidoyer", "international", (2500, 3100)),
]
JOBS = demo.JOBS + MORE_JOBS
# Common trades are posted far more often than rare ones (Zipf-like weights).
JOB_WEIGHTS = [1 / (rank + 2) ** 0.8 for rank in range(len(JOBS))]

EMPLOYER_KINDS = [
    ("Association", "association"),
    ("Centre social", "association"),
    ("Maison de quartier", "association"),
    ("Foyer de vie", "association"),
    ("Institut médico-éducatif", "association"),
    ("Régie de quartier", "siae"),
    ("Chantier d'insertion", "siae"),
    ("Ressourcerie", "siae"),
    ("Entreprise d'insertion", "siae"),
    ("SCOP", "cooperative"),
    ("SCIC", "cooperative"),
    ("Coopérative d'activité", "cooperative"),
    ("Fondation", "fondation"),
    ("Mutuelle", "mutuelle"),
    ("Entreprise adaptée", "esus"),
    ("Épicerie solidaire", "association"),
]
EMPLOYER_NAMES = [
    "Les Jardins du Lien",
    "Terres Communes",
    "Horizons Solidaires",
    "La Passerelle",
    "Les Tilleuls",
    "Le Grenier Partagé",
    "Accueil et Partage",
    "Le Panier Commun",
    "Bois et Paille",
    "Arc-en-Ciel",
    "Les Sources",
    "Vélo en Ville",
    "Le Bocage",
    "Sud-Nord",
    "Trait d'Union",
    "La Fabrique",
    "Les Colibris",
    "L'Escale",
    "Le Relais",
    "Les Ateliers du Val",
    "Entraide",
    "L'Élan",
    "Les Compagnons",
    "La Clé",
    "Solidarités",
    "Le Phare",
    "Les Liens",
    "La Ruche",
    "L'Envol",
    "Les Semeurs",
    "Cap Emploi",
    "La Marelle",
    "Le Fil d'Ariane",
]

PRESENTATION = [
    "{employer} agit depuis {years} ans sur le territoire de {place} auprès des habitants.",
    "Notre équipe de {staff} salariés et de nombreux bénévoles porte un projet associatif "
    "fondé sur la solidarité, la participation et l'utilité sociale.",
    "La structure est membre d'un réseau national et travaille avec les collectivités, les "
    "services de l'État et les autres acteurs de l'économie sociale et solidaire.",
    "Notre gouvernance est démocratique : les adhérents, les salariés et les usagers "
    "participent aux décisions qui engagent le projet.",
    "Nous accueillons chaque année plus de {people} personnes dans nos différents services.",
    "Le budget annuel de la structure est de {budget} millions d'euros, financé par des "
    "subventions publiques, des dons et la vente de nos services.",
    "Agréée entreprise solidaire d'utilité sociale (ESUS), la structure réinvestit ses "
    "excédents dans son projet.",
    "Nos valeurs : le respect de chaque personne, le pouvoir d'agir des habitants et la "
    "coopération entre les acteurs du territoire.",
    "Implantée dans le département {department}, la structure rayonne sur un bassin de vie "
    "rural et urbain à la fois.",
    "Depuis sa création, elle a accompagné des milliers de personnes vers l'emploi, le "
    "logement, la culture ou la santé.",
]
CONTEXT = [
    "Dans le cadre du développement de nos activités, nous recrutons un·e {title}.",
    "Pour remplacer une salariée partie en retraite, nous recherchons un·e {title}.",
    "Le poste est créé pour accompagner l'ouverture d'un nouveau service à {city}.",
    "Vous rejoindrez une équipe pluridisciplinaire de {team} professionnels, sous la "
    "responsabilité de la direction.",
    "Le projet est soutenu par la région et par le fonds social européen pour trois ans.",
    "Vous travaillerez en binôme avec un·e collègue expérimenté·e pendant les premières semaines.",
]
MORE_MISSIONS = [
    "Participer à l'évaluation des actions et à la rédaction du rapport d'activité annuel",
    "Assurer la saisie des données de suivi dans les outils de la structure",
    "Contribuer à la vie associative et aux temps forts de l'année",
    "Accueillir et accompagner les stagiaires et les personnes en service civique",
    "Veiller au respect des procédures de sécurité et de qualité",
    "Entretenir des relations régulières avec les financeurs et les partenaires",
    "Organiser les plannings et la logistique des interventions",
    "Animer des réunions d'information collective auprès du public",
    "Proposer des améliorations des pratiques et des outils de l'équipe",
    "Participer aux astreintes selon le planning établi",
    "Tenir à jour les dossiers individuels dans le respect de la confidentialité",
    "Représenter la structure lors des instances locales de concertation",
]
PROFILE = [
    "Diplôme de niveau {level} dans le domaine du poste ou expérience équivalente",
    "Une première expérience dans le secteur associatif est un atout",
    "Capacité d'écoute, de bienveillance et de discrétion professionnelle",
    "Aisance rédactionnelle et maîtrise des outils bureautiques",
    "Permis B indispensable, déplacements fréquents sur le territoire",
    "Goût pour le travail en équipe et la coopération",
    "Autonomie, sens de l'organisation et rigueur",
    "Connaissance des dispositifs de l'action sociale et des acteurs locaux",
    "Capacité à gérer les situations de tension avec calme",
    "Intérêt pour les questions de transition écologique et de justice sociale",
    "La maîtrise de l'anglais serait appréciée",
    "Adhésion aux valeurs de l'économie sociale et solidaire",
]
BENEFITS = [
    "Mutuelle d'entreprise prise en charge à 60 %",
    "Tickets restaurant",
    "Vingt-cinq jours de congés payés et des congés trimestriels",
    "Accord de RTT et horaires aménageables",
    "Prise en charge de 75 % de l'abonnement de transport, forfait mobilités durables",
    "Formation continue et analyse de la pratique mensuelle",
    "Reprise d'ancienneté selon la convention collective",
    "Chèques vacances et comité social et économique",
]
CLOSING = [
    "Les entretiens auront lieu dans nos locaux de {city} au cours des deux semaines suivant "
    "la date limite.",
    "Nous étudions toutes les candidatures, sans discrimination, et nous encourageons les "
    "personnes en situation de handicap à postuler.",
    "Pour toute question sur le poste, vous pouvez joindre la direction par téléphone.",
    "Merci de préciser la référence de l'offre dans l'objet de votre message.",
    "Une journée d'immersion pourra être proposée aux candidats retenus.",
]
# Sentences a text is lengthened with, in section order; each is used at most once per text.
SENTENCES = [*PRESENTATION, *CONTEXT, *MORE_MISSIONS, *PROFILE, *BENEFITS, *CLOSING]


def contract_mix(shared: Path) -> dict[str, float]:
    """Weights of each contract type: the labelled corpus in `shared`, else its built-in copy.

    Every type gets at least `CONTRACT_FLOOR`, so a filter on a rare contract finds offers.
    """
    counts: Counter[str] = Counter()
    for labels in sorted((shared / "corpus").glob("labels_*.jsonl")):
        for line in labels.read_text(encoding="utf-8").splitlines():
            if line.strip():
                counts[json.loads(line).get("contract_type") or ""] += 1
    mix = dict(counts) if counts else dict(CORPUS_CONTRACTS)
    return {c: max(mix.get(c, 0), CONTRACT_FLOOR) for c in ["", *CONTRACTS]}


@dataclass(frozen=True)
class BulkEmployer:
    slug: str
    name: str
    legal_form: str
    town: str
    is_verified: bool
    is_suspended: bool


@dataclass
class BulkOffer:
    employer: BulkEmployer
    family: str  # the key of `demo.MISSIONS` its missions come from
    fields: dict[str, object]  # `Posting` fields
    text_seed: int  # its own, so that texts can be written in any order, in any thread

    @property
    def created_at(self) -> dt.datetime:
        return self.fields["created_at"]  # type: ignore[return-value]


class BulkGenerator:
    """Draws offers from a fixed seed: the same seed gives the same data."""

    def __init__(self, *, seed: int, contracts: dict[str, float], now: dt.datetime) -> None:
        self.rng = random.Random(seed)  # noqa: S311 - test data, not security
        self.now = now
        self.today = now.date()
        communes = [c for c in geo.gazetteer().by_code.values() if c.department in geo.DEPARTMENTS]
        self.communes = [c for c in communes if c.population > 0]
        self.commune_weights = list(itertools.accumulate(c.population for c in self.communes))
        self.contracts = list(contracts)
        self.contract_weights = list(itertools.accumulate(contracts.values()))
        self.job_weights = list(itertools.accumulate(JOB_WEIGHTS))

    def commune(self) -> geo.Commune:
        """A commune drawn in proportion to its population."""
        return self.rng.choices(self.communes, cum_weights=self.commune_weights)[0]

    def employers(self, count: int) -> list[BulkEmployer]:
        """`count` organisations; about 1 % suspended, a third verified."""
        found = []
        for n in range(count):
            kind, legal_form = self.rng.choice(EMPLOYER_KINDS)
            town = self.commune().name
            of = "d'" if town[0] in "AEIOUYÉÈÊÎÔ" else "de "
            name = f"{kind} {self.rng.choice(EMPLOYER_NAMES)} {of}{town}"
            found.append(
                BulkEmployer(
                    slug=f"{BULK_SLUG_PREFIX}{n:05d}-{slugify(name)[:150]}",
                    name=name,
                    legal_form=legal_form,
                    town=town,
                    is_verified=self.rng.random() < 0.33,
                    is_suspended=self.rng.random() < 0.01,
                )
            )
        return found

    def offer(self, employer: BulkEmployer, *, live: bool) -> BulkOffer:
        """One offer of `employer` without its text (see `write_text`): status and dates,
        place, contract and pay."""
        rng = self.rng
        title, family, monthly = rng.choices(JOBS, cum_weights=self.job_weights)[0]
        contract = rng.choices(self.contracts, cum_weights=self.contract_weights)[0]
        commune = self.commune()
        part_time = rng.random() < 0.2
        fields: dict[str, object] = {
            "title": title,
            "contract_type": contract,
            **demo.job_terms(rng, contract, part_time=part_time),
            "city": commune.name,
            "department": commune.department,
            "postal_code": commune.postcodes[0] if commune.postcodes else "",
            "apply_email": f"recrutement@{slugify(employer.name)[-30:].strip('-')}.example.org",
            **self.pay(monthly),
            **(self.live_dates() if live else self.old_dates()),
        }
        if not fields["start_asap"]:
            fields["start_date"] = self.today + dt.timedelta(days=rng.randrange(10, 120))
        return BulkOffer(employer, family, fields, text_seed=rng.getrandbits(64))

    def pay(self, monthly: tuple[int, int]) -> dict[str, object]:
        """A third state figures (by the month, year or hour), a third a wording, a third
        nothing."""
        roll, (low, high) = self.rng.random(), monthly
        if roll >= 2 / 3:
            return {}
        if roll >= 1 / 3:
            return {"salary_text": self.rng.choice(demo.CONVENTIONS)}
        if roll < 0.06:
            return demo.hourly_pay(low)
        if roll < 0.13:
            return demo.yearly_pay(low, high)
        return {
            "salary_min": Decimal(low),
            "salary_max": Decimal(high),
            "salary_period": "MONTH",
            "salary_gross": self.rng.random() < 0.9,
        }

    def live_dates(self) -> dict[str, object]:
        """Published within the validity period; half with a deadline still ahead."""
        published = self.moment(days_ago=self.rng.uniform(0, 58))
        fields: dict[str, object] = {"status": "published", "published_at": published}
        if self.rng.random() < 0.5:
            fields["deadline"] = self.today + dt.timedelta(days=self.rng.randrange(1, 60))
        return {**fields, **self.history(published)}

    def old_dates(self) -> dict[str, object]:
        """Expired, closed, rejected, or still marked published past its deadline."""
        roll = self.rng.random()
        if roll < 0.15:
            submitted = self.moment(days_ago=self.rng.uniform(1, 700))
            return {"status": "rejected", "submitted_at": submitted, "created_at": submitted}
        published = self.moment(days_ago=self.rng.uniform(61, 730))
        if roll < 0.70:
            fields: dict[str, object] = {"status": "expired", "published_at": published}
        elif roll < 0.96:
            published = self.moment(days_ago=self.rng.uniform(5, 730))
            fields = {"status": "closed", "published_at": published}
        else:  # not yet marked expired by the nightly command: still hidden by its deadline
            published = self.moment(days_ago=self.rng.uniform(20, 58))
            deadline = self.today - dt.timedelta(days=self.rng.randrange(1, 10))
            fields = {"status": "published", "published_at": published, "deadline": deadline}
        return {**fields, **self.history(published)}

    def history(self, published: dt.datetime) -> dict[str, object]:
        """Submitted a few hours or days before publication, created just before."""
        submitted = published - dt.timedelta(hours=self.rng.uniform(1, 72))
        return {"submitted_at": submitted, "created_at": submitted - dt.timedelta(hours=2)}

    def moment(self, *, days_ago: float) -> dt.datetime:
        """The moment `days_ago` (fractional) before now."""
        return self.now - dt.timedelta(days=days_ago)


def write_text(offer: BulkOffer) -> None:
    """Give the offer its description (2–5 kB), pasted as such (`raw_text`)."""
    rng = random.Random(offer.text_seed)  # noqa: S311 - test data, not security
    text = describe(offer.fields, offer.employer.name, offer.family, rng)
    offer.fields["description"] = offer.fields["raw_text"] = text


def describe(fields: dict[str, object], employer: str, family: str, rng: random.Random) -> str:
    """The demo's text for this offer, lengthened to 2–5 kB with sentences of every
    section (presentation, context, missions, profile, benefits, closing), none twice."""
    contract = str(fields["contract_type"])
    text = demo.describe({**fields, "contract_type": contract or "CDI"}, employer, family, rng)
    if not contract:  # an offer that names no contract does not say "CDI" either
        text = text.replace("\n- CDI\n", "\n", 1)
    target = rng.randrange(DESCRIPTION_BYTES[0], DESCRIPTION_BYTES[1] - 300)
    department = geo.DEPARTMENTS[str(fields["department"])].name
    values = {
        "employer": employer,
        "place": fields["city"],
        "city": fields["city"],
        "department": department,
        "title": fields["title"],
        "years": rng.randrange(5, 60),
        "staff": rng.randrange(4, 400),
        "people": rng.randrange(100, 20000),
        "budget": rng.randrange(1, 40),
        "team": rng.randrange(3, 25),
        "level": rng.choice(["3 (CAP)", "4 (bac)", "5 (bac +2)", "6 (bac +3)"]),
    }
    chosen: list[tuple[int, str]] = []
    size = len(text.encode())
    for index in rng.sample(range(len(SENTENCES)), len(SENTENCES)):
        if size >= target:
            break
        sentence = SENTENCES[index].format(**values)
        sentence = sentence if sentence.endswith(".") else f"- {sentence}"
        chosen.append((index, sentence))
        size += len(sentence.encode()) + 1
    # Sentences of one section stay together, in the order a posting reads.
    chosen.sort()
    return "\n".join([text, *(sentence for _, sentence in chosen)])
