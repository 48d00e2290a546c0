"""Demo offers: realistic, varied ESS postings generated from a fixed seed (`load_demo`).

Each generated offer is a dict of `Posting` fields plus `employer` (a key of `EMPLOYERS`); the
same seed always gives the same offers, so loading twice updates rather than duplicates.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from decimal import Decimal

from django.utils.text import slugify

from postings import geo
from postings.extract.pay import HOURS_PER_MONTH

# (name, legal form) of fictional organisations.
EMPLOYERS = [
    ("Association Les Jardins du Lien", "association"),
    ("Coopérative Terres Communes", "cooperative"),
    ("Fondation Horizons Solidaires", "fondation"),
    ("Mutuelle Entraide Santé", "mutuelle"),
    ("Atelier Chantier d'Insertion La Passerelle", "siae"),
    ("Régie de Quartier Nord-Est", "siae"),
    ("Centre Social Les Tilleuls", "association"),
    ("Ressourcerie Le Grenier Partagé", "siae"),
    ("SCIC Énergies Citoyennes", "cooperative"),
    ("Association Accueil et Logement", "association"),
    ("Épicerie Solidaire Le Panier", "association"),
    ("Fédération Éducation Populaire 21", "association"),
    ("SCOP Bois et Paille", "cooperative"),
    ("Entreprise Adaptée Les Ateliers du Val", "esus"),
    ("Association Culture en Partage", "association"),
    ("Maison des Solidarités Locales", "association"),
    ("Foyer de Vie Les Sources", "association"),
    ("Institut Médico-Éducatif Arc-en-Ciel", "association"),
    ("Mutuelle des Métiers du Lien", "mutuelle"),
    ("Banque Alimentaire Solidaire", "association"),
    ("Collectif Vélo en Ville", "association"),
    ("Ferme Pédagogique du Bocage", "association"),
    ("Finance Solidaire Territoires", "esus"),
    ("Association Solidarité Internationale Sud-Nord", "association"),
]

# (title, family, monthly gross range in euros)
JOBS = [
    ("Éducateur spécialisé (H/F)", "medico", (2100, 2600)),
    ("Moniteur-éducateur F/H", "medico", (1900, 2300)),
    ("Accompagnant éducatif et social", "medico", (1850, 2100)),
    ("Infirmier·ère coordinateur·rice", "medico", (2500, 3100)),
    ("Aide-soignant de nuit", "medico", (1950, 2250)),
    ("Chef de service éducatif", "medico", (3000, 3600)),
    ("Encadrant technique d'insertion", "insertion", (2000, 2400)),
    ("Conseiller en insertion professionnelle", "insertion", (2100, 2500)),
    ("Chargé·e d'accompagnement socioprofessionnel", "insertion", (2050, 2450)),
    ("Salarié polyvalent en chantier d'insertion", "insertion", (1800, 1800)),
    ("Animateur jeunesse (BPJEPS)", "animation", (1850, 2150)),
    ("Directeur·rice d'accueil de loisirs", "animation", (2200, 2700)),
    ("Coordinateur·rice de centre social", "animation", (2600, 3200)),
    ("Animatrice / Animateur périscolaire", "animation", (1800, 1900)),
    ("Chargé de mission transition écologique", "environnement", (2300, 2800)),
    ("Maraîcher·ère encadrant·e", "environnement", (1950, 2300)),
    ("Animateur nature et biodiversité", "environnement", (1900, 2200)),
    ("Chargé·e de communication", "support", (2200, 2700)),
    ("Comptable", "support", (2300, 2900)),
    ("Responsable administratif et financier", "support", (3200, 4000)),
    ("Assistant·e de direction", "support", (2000, 2400)),
    ("Chargé de développement partenarial", "support", (2400, 3000)),
    ("Directeur·rice d'association", "support", (3500, 4500)),
    ("Travailleur social en CHRS", "logement", (2100, 2500)),
    ("Intervenant·e social·e hébergement d'urgence", "logement", (2000, 2400)),
    ("Chargé·e de gestion locative adaptée", "logement", (2150, 2550)),
    ("Médiateur·rice culturel·le", "culture", (2000, 2400)),
    ("Chargé de production spectacle vivant", "culture", (2200, 2600)),
    ("Conseiller mutualiste", "mutuelle", (2100, 2600)),
    ("Chargé d'études actuarielles", "mutuelle", (3000, 3800)),
    ("Vendeur·se en ressourcerie", "insertion", (1800, 1950)),
    ("Mécanicien·ne cycles en atelier solidaire", "environnement", (1850, 2200)),
    ("Chargé·e de programme Afrique de l'Ouest", "international", (2500, 3000)),
    ("Coordinateur·rice logistique d'épicerie solidaire", "logement", (2000, 2300)),
    ("Analyste crédit en finance solidaire", "support", (2800, 3400)),
]

CONVENTIONS = [
    "Salaire selon la CCN 66 (convention collective du 15 mars 1966), reprise d'ancienneté",
    "Rémunération selon la CCNT 51, coefficient selon expérience",
    "Selon la convention collective ALISFA, pesée du poste en cours",
    "Rémunération selon la convention collective ECLAT, groupe D",
    "Selon la convention collective des Ateliers et Chantiers d'Insertion",
    "Salaire selon profil et expérience",
    "Rémunération à négocier selon expérience",
]

MISSIONS = {
    "medico": [
        "Accompagner au quotidien les personnes accueillies dans les actes de la vie courante",
        "Élaborer et mettre en œuvre les projets personnalisés avec l'équipe pluridisciplinaire",
        "Travailler en lien avec les familles et les partenaires du territoire",
        "Participer aux réunions d'équipe et aux analyses de pratiques",
    ],
    "insertion": [
        "Encadrer une équipe de salariés en parcours d'insertion sur les chantiers",
        "Transmettre les savoir-faire techniques et les règles de sécurité",
        "Évaluer les compétences acquises et suivre les parcours avec l'équipe",
        "Développer les liens avec les entreprises du territoire",
    ],
    "animation": [
        "Concevoir et animer des activités éducatives pour les enfants et les jeunes",
        "Encadrer l'équipe d'animation et veiller à la sécurité du public",
        "Construire des projets avec les habitants et les partenaires du quartier",
        "Assurer le lien avec les familles",
    ],
    "environnement": [
        "Animer des ateliers de sensibilisation auprès de publics variés",
        "Participer à la conduite des projets de l'association",
        "Assurer l'entretien des espaces et le suivi des cultures",
        "Mobiliser les bénévoles et les partenaires",
    ],
    "support": [
        "Piloter les dossiers dont vous avez la charge en lien avec la direction",
        "Préparer les budgets, les bilans et les demandes de subvention",
        "Coordonner les outils de communication interne et externe",
        "Représenter la structure auprès des partenaires",
    ],
    "logement": [
        "Accompagner les personnes hébergées dans leurs démarches d'accès aux droits",
        "Assurer l'accueil et la médiation au sein de la structure",
        "Travailler en réseau avec les services sociaux et de santé",
        "Rédiger les écrits professionnels et les bilans d'accompagnement",
    ],
    "culture": [
        "Concevoir des actions culturelles avec les publics éloignés de l'offre culturelle",
        "Coordonner la programmation et la logistique des événements",
        "Suivre les budgets et les relations avec les artistes",
        "Développer les partenariats avec les établissements scolaires",
    ],
    "mutuelle": [
        "Conseiller les adhérents sur leurs garanties santé et prévoyance",
        "Développer le portefeuille d'adhérents sur votre secteur",
        "Assurer le suivi administratif des dossiers",
        "Participer aux actions de prévention santé de la mutuelle",
    ],
    "international": [
        "Suivre la mise en œuvre des projets avec les partenaires locaux",
        "Préparer les rapports narratifs et financiers pour les bailleurs",
        "Effectuer des missions de suivi sur le terrain",
        "Contribuer à la recherche de nouveaux financements",
    ],
}

CONTRACT_WEIGHTS = [
    ("CDI", 40),
    ("CDD", 22),
    ("CDDI", 8),
    ("ALTERNANCE", 6),
    ("STAGE", 6),
    ("SERVICE_CIVIQUE", 6),
    ("VOLONTARIAT", 3),
    ("INTERIM", 3),
    ("FREELANCE", 3),
    ("BENEVOLAT", 3),
]
CONTRACT_WORDS = {
    "CDI": "CDI",
    "CDD": "CDD",
    "CDDI": "CDD d'insertion (CDDI)",
    "ALTERNANCE": "Contrat d'apprentissage",
    "STAGE": "Stage conventionné",
    "SERVICE_CIVIQUE": "Engagement de service civique",
    "VOLONTARIAT": "Volontariat de solidarité internationale (VSI)",
    "INTERIM": "Mission d'intérim",
    "FREELANCE": "Prestation en indépendant",
    "BENEVOLAT": "Mission bénévole",
}
MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"


def french_date(day: dt.date) -> str:
    """15 septembre 2026."""
    return f"{day.day} {MONTHS.split()[day.month - 1]} {day.year}"


def places() -> list[tuple[str, str, str]]:
    """(commune, département, postal code): the 3 most populous communes of each département."""
    by_department: dict[str, list[geo.Commune]] = {}
    for commune in geo.gazetteer().by_code.values():
        by_department.setdefault(commune.department, []).append(commune)
    found = []
    for code in geo.DEPARTMENTS:
        communes = sorted(by_department.get(code, []), key=lambda c: -c.population)[:3]
        found += [(c.name, c.department, c.postcodes[0] if c.postcodes else "") for c in communes]
    return found


def hourly_pay(monthly: int) -> dict[str, object]:
    """A gross monthly figure stated by the hour (151.67 hours a month)."""
    hourly = Decimal(str(round(monthly / HOURS_PER_MONTH, 2)))
    return {"salary_min": hourly, "salary_period": "HOUR", "salary_gross": True}


def yearly_pay(low: int, high: int) -> dict[str, object]:
    """Gross monthly figures stated by the year, in round thousands."""
    return {
        "salary_min": Decimal(low * 12 // 1000 * 1000),
        "salary_max": Decimal(high * 12 // 1000 * 1000),
        "salary_period": "YEAR",
        "salary_gross": True,
    }


def pay_for(rng: random.Random, contract: str, monthly: tuple[int, int]) -> dict[str, object]:
    """Pay fields as an employer would state them for this contract."""
    if contract == "SERVICE_CIVIQUE":
        return {"salary_min": Decimal("619.92"), "salary_period": "MONTH", "salary_gross": False}
    if contract == "STAGE":
        return {"salary_min": Decimal("4.35"), "salary_period": "HOUR", "salary_gross": None}
    if contract == "BENEVOLAT":
        return {}
    roll = rng.random()
    low, high = monthly
    if roll < 0.25:
        return {"salary_text": rng.choice(CONVENTIONS)}
    if roll < 0.33:
        return hourly_pay(low)
    if roll < 0.5:
        return yearly_pay(low, high)
    if roll < 0.58:
        return {}
    if low == high:
        return {"salary_min": Decimal(low), "salary_period": "MONTH", "salary_gross": True}
    return {
        "salary_min": Decimal(low),
        "salary_max": Decimal(high),
        "salary_period": "MONTH",
        "salary_gross": True,
    }


def describe(fields: dict[str, object], employer: str, family: str, rng: random.Random) -> str:
    """The posting's text, as an association would write it."""
    missions = "\n".join(f"- {m}" for m in rng.sample(MISSIONS[family], 3))
    contract = CONTRACT_WORDS[str(fields["contract_type"])]
    if fields.get("duration_months"):
        contract += f" de {fields['duration_months']} mois"
    hours = fields.get("hours_per_week")
    time = f"{hours} heures par semaine" if hours else "Temps plein"
    if fields.get("salary_min") is not None:
        unit = {"HOUR": "de l'heure", "MONTH": "par mois", "YEAR": "par an"}[
            str(fields["salary_period"])
        ]
        amount = f"{fields['salary_min']}".replace(".", ",")
        if fields.get("salary_max"):
            amount += f" à {fields['salary_max']}".replace(".", ",")
        kind = {True: " brut", False: " net", None: ""}[fields.get("salary_gross")]
        pay = f"Rémunération : {amount} €{kind} {unit}"
    else:
        pay = str(fields.get("salary_text") or "Rémunération : selon profil")
    remote = {
        "PARTIAL": "Télétravail possible deux jours par semaine.",
        "FULL": "Poste en télétravail complet, avec des regroupements trimestriels.",
        "NONE": "Poste en présentiel.",
    }.get(str(fields.get("remote") or ""), "")
    start = (
        "dès que possible"
        if fields.get("start_asap")
        else (french_date(fields["start_date"]) if fields.get("start_date") else "à définir")
    )
    deadline = (
        f"Candidatures jusqu'au {french_date(fields['deadline'])}."
        if fields.get("deadline")
        else ""
    )
    return (
        f"{fields['title']}\n{employer}\n\n"
        f"Présentation de la structure\n{employer} agit depuis plus de quinze ans sur son "
        f"territoire auprès des habitants, avec une équipe de salariés et de bénévoles.\n\n"
        f"Missions\n{missions}\n\n"
        f"Profil recherché\n- Expérience appréciée dans un poste similaire\n"
        f"- Sens du travail en équipe et de l'écoute\n- Adhésion aux valeurs de l'ESS\n\n"
        f"Conditions\n- {contract}\n- {time}\n- Poste basé à {fields['city']} "
        f"({fields['department']})\n- {pay}\n- Prise de poste : {start}\n"
        + (f"- {remote}\n" if remote else "")
        + f"\nCandidature\nCV et lettre de motivation à {fields['apply_email']}. {deadline}\n"
    )


def job_terms(rng: random.Random, contract: str, *, part_time: bool) -> dict[str, object]:
    """Length, remote work, hours and whether it starts at once: drawn alike for the demo
    offers and for `seed_bulk`'s (postings/bulk_data.py)."""
    return {
        "duration_months": rng.choice([3, 6, 8, 10, 12, 18, 24])
        if contract in ("CDD", "CDDI", "ALTERNANCE", "STAGE", "SERVICE_CIVIQUE")
        else None,
        "remote": rng.choice(["", "", "", "NONE", "PARTIAL", "PARTIAL", "FULL"]),
        "hours_per_week": Decimal(rng.choice([17.5, 24, 28])) if part_time else Decimal(35),
        "full_time": not part_time,
        "start_asap": rng.random() < 0.4,
    }


def generate(count: int, *, today: dt.date, seed: int = 2026) -> Iterator[dict[str, object]]:
    """`count` demo offers; published ones are spread over the last 50 days.

    No two share employer, title and commune (the key `load_demo` updates by).
    """
    rng = random.Random(seed)  # noqa: S311 - demo data, not security
    all_places = places()
    overseas_and_corsica = [p for p in all_places if p[1] in ("2A", "2B") or len(p[1]) == 3]
    contracts, weights = zip(*CONTRACT_WEIGHTS, strict=True)
    seen: set[tuple[str, str, str]] = set()
    n = -1
    while len(seen) < count:
        n += 1
        # Every département first (so that each has offers), then at random.
        city, department, postal_code = (
            all_places[n * 3 % len(all_places)]
            if n < len(all_places) // 3
            else rng.choice(all_places if rng.random() > 0.1 else overseas_and_corsica)
        )
        employer, _ = EMPLOYERS[rng.randrange(len(EMPLOYERS))]
        title, family, monthly = JOBS[rng.randrange(len(JOBS))]
        contract = contracts[n % len(contracts)] if n < 40 else rng.choices(contracts, weights)[0]
        if (employer, title, city) in seen:
            continue
        seen.add((employer, title, city))
        part_time = rng.random() < 0.2
        fields: dict[str, object] = {
            "employer": employer,
            "title": title,
            "contract_type": contract,
            **job_terms(rng, contract, part_time=part_time),
            "city": city,
            "department": department,
            "postal_code": postal_code,
            "apply_email": f"recrutement@{slugify(employer)[-24:].strip('-')}.example.org",
            **pay_for(rng, contract, monthly),
        }
        if not fields["start_asap"]:
            fields["start_date"] = today + dt.timedelta(days=rng.randrange(10, 120))
        age = rng.randrange(0, 50)
        roll = rng.random()
        if roll < 0.06:
            fields["state"] = "expired"
            age = rng.randrange(61, 120)
        elif roll < 0.11:
            fields["state"] = "closed"
        elif roll < 0.15:
            fields["state"] = "published"
            fields["deadline"] = today - dt.timedelta(days=rng.randrange(1, 10))  # not yet marked
        else:
            fields["state"] = "published"
            if rng.random() < 0.5:
                fields["deadline"] = today + dt.timedelta(days=rng.randrange(5, 60))
        fields["published_days_ago"] = age
        fields["description"] = describe(fields, employer, family, rng)
        yield fields
