"""Worktime family: weekly hours, full or part time, remote work."""

from __future__ import annotations

import pytest

from postings.extract.text import Doc, Found
from postings.extract.worktime import extract_worktime


def worktime_of(text: str) -> dict:
    return {key: value.value for key, value in extract_worktime(Doc.of(text), {}).items()}


def in_body(text: str) -> str:
    """The sentence in a posting's body, below its title lines."""
    return f"Chargé(e) de projet (H/F)\nAssociation Exemple\n\nContexte et missions\n{text}\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CDI - 35 heures par semaine", 35),
        ("Temps complet, soit 35 heures hebdomadaires", 35),
        ("35h/semaine", 35),
        ("POSTE A TEMPS PLEIN 35h/ par semaine.", 35),
        ("Rémunération : 28h/semaine soit 80%, ≈ 1700€ brut mensuel", 28),
        ("CDDI du 01/03/2026 au 28/02/2027 - 28H hebdomadaires", 28),
        ("Nombre d'heures par semaine 28h / semaine", 28),
        ("Nombre d'heures par semaine 17.5", 17.5),
        ("Durée hebdomadaire de travail : 35 heures", 35),
        ("Temps de travail : 24h", 24),
        ("Durée du travail\n35H/semaine\nTravail en journée", 35),
        ("Volume horaire : 30h par semaine", 30),
        ("un engagement estimé à 35h par semaine", 35),
        ("Temps partiel : 24,5 heures par semaine", 24.5),
        ("17h30 par semaine", 17.5),
        ("35 h/sem.", 35),
        ("39h hebdo", 39),
        ("35 hours per week", 35),
        ("Co-responsable de l'Atelier Maraîchage CDI 35H (02)", 35),
        ("Temps partiel 24h, du lundi au jeudi", 24),
        ("sur la base de 28 heures", 28),
        ("CDI à temps plein (35h annualisées)", 35),
        ("Service civique : 24h par semaine sur 8 mois", 24),
        ("Horaires hebdomadaires : 26 heures", 26),
        ("1 h 30 par semaine, le lundi ou le jeudi de 16h30 à 18h", 1.5),
        ("Durée du travail\n\n26H/semaine\nTravail en journée", 26),
        ("Type d'emploi : CDD, Temps partiel\nNombre d'heures : 24 par semaine", 24),
        ("Conditions\n- Salaire : 2 100 € brut ;\n- 35 heures, horaires variables ;", 35),
        ("Conditions\n• 28h ;\n• Mutuelle prise en charge", 28),
        ("Conditions :\n* 24 heures (lundi au jeudi)\n* Tickets restaurant", 24),
    ],
)
def test_weekly_hours_are_read_from_the_ways_postings_say_them(text, expected):
    assert worktime_of(text).get("hours_per_week") == expected


@pytest.mark.parametrize(
    "text",
    [
        "35 heures de formation à la prise de poste",
        "Structure ouverte 7j/7 et 24h/24",
        "Horaires : 9h-17h du lundi au vendredi",
        "Travail de 7h par jour",
        "La garderie accueille les enfants pendant les cours, soit 12 heures par semaine.",
        "L'encadrement représente l'équivalent de 1.15 temps plein (40H).",
        "Poste à temps partiel (80 %)",
        "Quotité : 0,8 ETP",
        "Réunion d'équipe le lundi à 14h",
        "Chaque coopérateur réalise 3 heures de travail bénévole toutes les 4 semaines.",
        "Salaire : 2 100 € mensuel",
        "Le centre est ouvert 50 heures par semaine.",
        "Ouvert du lundi au vendredi de 9h à 17h, soit 40 heures par semaine.",
        "Les bénévoles donnent en moyenne 3h par semaine.",
        "Conditions\n- 35 heures de formation à l'arrivée ;\n- Mutuelle",
        "Planning\n- 7 heures, de 9h à 17h ;\n- Pause d'une heure",
        "Ateliers\n- 20 heures, séances de cours collectifs ;",
    ],
)
def test_figures_that_are_not_the_weekly_hours_are_ignored(text):
    assert worktime_of(text).get("hours_per_week") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Temps de travail : Temps plein", True),
        ("CDI à temps plein basé à La Réunion", True),
        ("Type de poste : CDI, à temps plein", True),
        ("Temps complet", True),
        ("Poste à plein temps", True),
        ("Full time", True),
        ("Quotité : 1 ETP", True),
        ("Poste à 100 %", True),
        ("CDI - 35 heures par semaine", True),
        ("39h hebdo", True),
        ("Temps partiel", False),
        ("Éducateur·rice spécialisé·e (H/F) en CDI à temps partiel (75%)", False),
        ("Poste à mi-temps", False),
        ("Temps non complet (24h)", False),
        ("Part-time", False),
        ("Poste à 80 %", False),
        ("Quotité de travail : 50%", False),
        ("Poste à 0,8 ETP", False),
        ("28h/semaine soit 80%", False),
        ("CDI à 80 % (28h par semaine)", False),
        ("Temps de travail hebdomadaire Temps partiel", False),
        ("Nombre d'heures par semaine 17.5", False),
        ("Temps plein (temps partiel possible)", True),
        ("Poste à temps complet (35h)", True),
        ("Temps plein sur 4 jours", True),
        ("Type d'emploi : Temps plein, CDI", True),
        ("Temps plein · Confirmé", True),
        ("Poste à pourvoir à temps plein ou à 80 %", True),
        ("CDI 28h", False),
        ("Poste à mi-temps (17h30)", False),
        ("Temps de travail : 0,5 ETP", False),
        ("Temps de travail : 80%", False),
        ("Temps partiel (24h/semaine)", False),
        ("CDD de 12 mois renouvelable – Temps plein :\n– 50% à la Réserve,\n– 50% au pôle", True),
    ],
)
def test_full_or_part_time_is_read_from_the_ways_postings_say_it(text, expected):
    assert worktime_of(text).get("full_time") is expected


@pytest.mark.parametrize(
    "text",
    [
        "L'encadrement représente l'équivalent de 1.15 temps plein (40H).",
        "Les salariés à temps partiel bénéficient des mêmes avantages.",
        "Temps partiel possible",
        "Il·Elle interviendra à 50 % de son temps sur la mission de prévention.",
        "Salaire selon CCNT 51, avec reprise à 100 % de l'ancienneté.",
        "Encadrement technique (60% du temps de travail)",
        "Assurer le suivi régulier des fermes (estimation : 0,10 ETP)",
        "Équipe de 18 salariés, pour un total de 21 ETP",
        "Prise en charge de la mutuelle à 70 %",
        "Poste 100 % en télétravail, depuis n'importe où en France.",
        "Chacune des deux missions occupe environ 50% du temps du coordinateur.",
        "L'équipe compte 12 salariés, dont 4 à temps partiel.",
        "Le poste est financé à 80 % par l'État.",
    ],
)
def test_shares_of_time_that_are_not_the_job_give_no_answer(text):
    assert worktime_of(in_body(text)).get("full_time") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pas de télétravail", "NONE"),
        ("Télétravail non possible", "NONE"),
        ("Poste en présentiel", "NONE"),
        ("No remote", "NONE"),
        ("Télétravail : non", "NONE"),
        ("Le télétravail n'est pas possible sur ce poste.", "NONE"),
        ("Poste 100 % présentiel", "NONE"),
        ("Télétravail non autorisé", "NONE"),
        ("Lieu du poste : En présentiel", "NONE"),
        ("Télétravail partiel possible", "PARTIAL"),
        ("2 jours de télétravail par semaine", "PARTIAL"),
        ("Télétravail possible jusque 2 jours par semaine", "PARTIAL"),
        ("Travail hybride (3 jours au bureau)", "PARTIAL"),
        ("Remote partiel", "PARTIAL"),
        ("Télétravail occasionnel", "PARTIAL"),
        ("Télétravail ponctuel autorisé", "PARTIAL"),
        ("Occasional remote authorized", "PARTIAL"),
        ("Télétravail fréquent", "PARTIAL"),
        ("au siège de l'association et en partie à distance en télétravail", "PARTIAL"),
        ("peu de télétravail (présence sur le terrain + réunions au bureau)", "PARTIAL"),
        ("Avantages : tickets restaurant, télétravail, mutuelle", "PARTIAL"),
        ("Lieu du poste : Télétravail hybride", "PARTIAL"),
        ("Télétravail : 1 jour par semaine après la période d'essai", "PARTIAL"),
        ("100 % télétravail", "FULL"),
        ("Full remote", "FULL"),
        ("Télétravail complet", "FULL"),
        ("Poste à distance", "FULL"),
        ("Télétravail total possible", "FULL"),
        ("Poste en full remote depuis la France", "FULL"),
        ("Lieu du poste : Télétravail", "FULL"),
        ("Poste non éligible au télétravail", "NONE"),
        ("Temps de travail : 35 heures par semaine, pas de télétravail possible", "NONE"),
        ("Lieu : sur site, le reste du travail pouvant se faire à distance", "PARTIAL"),
        ("Poste 100 % en télétravail, depuis n'importe où en France", "FULL"),
        ("Lieu : 100 % à distance (cours en visioconférence)", "FULL"),
        ("Télétravail : jusqu'à 2 jours par semaine après 6 mois d'ancienneté", "PARTIAL"),
        ("Le poste ne permet pas le télétravail.", "NONE"),
        ("Ce poste n'est pas ouvert au télétravail.", "NONE"),
        ("Sans possibilité de télétravail", "NONE"),
        ("Mode de travail : hybride", "PARTIAL"),
        ("Possibilité de télétravail selon l'accord d'entreprise", "PARTIAL"),
        ("Remote : oui", "PARTIAL"),
        ("Emmaüs Connect · Paris, Île-de-France (Hybride)", "PARTIAL"),
        ("Association Exemple · Lyon (Sur site)", "NONE"),
        ("Association Exemple · France (À distance)", "FULL"),
    ],
)
def test_remote_work_is_read_from_the_ways_postings_say_it(text, expected):
    assert worktime_of(text).get("remote") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Maîtrise des outils numériques et du télétravail (Teams, Zoom).",
        "Maîtrise des logiciels de travail à distance.",
        "Animer des formations à distance et en présentiel.",
        "Suivi des bénéficiaires à distance par téléphone.",
        "Nos véhicules hybrides sont à disposition.",
        "Un modèle économique hybride entre dons et ventes.",
    ],
)
def test_remote_words_about_other_things_give_no_answer(text):
    assert worktime_of(in_body(text)).get("remote") is None


def test_a_working_time_label_line_beats_a_mention_in_the_body():
    text = "Chargé(e) de mission\n\nNos salariés travaillent à temps plein ou partiel.\n\n"
    text += "Temps de travail : Temps partiel (80 %)"
    assert worktime_of(text)["full_time"] is False


@pytest.mark.parametrize(
    "text",
    ["", "🙂" * 40, "1 " * 50_000, "a" * 100_000, "de " * 30_000, "35h " * 20_000,
     "télétravail " * 8_000, "01/01/" * 20_000, "@." * 50_000, "100 % " * 15_000,
     "Poste 100 % " * 8_000],
)  # fmt: skip
def test_any_text_gives_an_answer(text):
    assert isinstance(extract_worktime(Doc.of(text), {}), dict)


# --- round 2: yearly hours, labels, half time, shares of full time ------------------------


@pytest.mark.parametrize(
    ("text", "full_time"),
    [
        ("Temps de travail : 1 607 heures annuelles, horaires variables", True),
        ("Temps plein : 1 607 heures annuelles", True),
        ("1607h/an", True),
        ("Durée du travail : 1607 h annualisées", True),
        ("151,67 heures mensuelles", True),
        ("121,33 h mensuelles", False),
        ("Temps de travail : 1 400 heures annuelles", False),
        ("Contrat annualisé sur la base de 1 607 h par an.", True),
    ],
)
def test_hours_per_year_or_month_give_no_weekly_hours_but_full_or_part_time(text, full_time):
    found = worktime_of(text)
    assert found.get("hours_per_week") is None
    assert found.get("full_time") is full_time


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Horaires : 35h du lundi au samedi matin (par roulement).", 35),
        ("Horaires : 24 h réparties sur 4 jours", 24),
        ("- Horaires : 28 heures, du mardi au samedi", 28),
        ("Poste à mi-temps (17 h 30) du lundi au mercredi.", 17.5),
        ("Poste à mi-temps (17h30 par semaine)", 17.5),
        ("Le poste est proposé à hauteur de 30 heures hebdomadaires, du lundi au jeudi.", 30),
        ("Vous travaillerez 30 heures par semaine, principalement en journée.", 30),
        ("Un mi-temps, soit 17,5 heures par semaine", 17.5),
        ("Poste à temps partiel (24h30)", 24.5),
    ],
)
def test_weekly_hours_in_a_bare_schedule_label_or_a_sentence_are_read(text, expected):
    assert worktime_of(text).get("hours_per_week") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Horaires : 9h - 17h",
        "Horaires : 14h à 18h",
        "Horaires : de 8 h à 12 h",
        "Horaires : 7h par jour",
        "Horaires : 9h00-12h00 / 14h00-17h00",
        "Horaires : 10 h, du lundi au vendredi",
        "Horaires : 12h et 19h30 en alternance",
    ],
)
def test_a_days_times_under_a_schedule_label_are_no_weekly_hours(text):
    assert worktime_of(text).get("hours_per_week") is None


@pytest.mark.parametrize(
    ("text", "full_time"),
    [
        ("CDD de remplacement du 4 janvier 2027 au 31 août 2027, à 0,80 ETP.", False),
        ("Un poste d'éducateur à 0,5 ETP, renouvelable.", False),
        ("Recrutement d'un·e chargé·e de mission à 1 ETP.", True),
        ("CDI à 0,6 équivalent temps plein", False),
    ],
)
def test_a_share_of_full_time_after_a_gives_part_time_but_no_hours(text, full_time):
    found = worktime_of(text)
    assert found.get("hours_per_week") is None
    assert found.get("full_time") is full_time


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Poste à 80 % (28 h)", 28),
        ("Quotité : 0,8 ETP (28h)", 28),
        ("Temps de travail : 60% (soit 21h)", 21),
        ("CDI à 50 % (17 h 30)", 17.5),
        ("Réduction de 10 % (5 h) sur les repas", None),
        ("Mutuelle prise en charge à 100 % (35 € par mois)", None),
    ],
)
def test_hours_in_brackets_after_a_share_of_full_time_are_the_weekly_hours(text, expected):
    assert worktime_of(text).get("hours_per_week") == expected


# --- round 3: hours a line ends with, hours spread over the week, bare labels --------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Conditions\n- CDI temps plein, 35h\n- 2 200 – 2 500 € bruts / mois", 35),
        ("Temps partiel, 24h\n- 1 500 € brut mensuel", 24),
        ("CDI 35H\n- Mutuelle prise en charge à 60 %", 35),
        ("Contrat : CDD temps plein 35 heures\n-  Prise de poste : 1er mars", 35),
        ("Poste basé au siège, en présentiel, 35h du lundi au vendredi.", 35),
        ("39 heures du lundi au samedi, un week-end sur trois", 39),
        ("28 heures sur 4 jours (lundi-jeudi)", 28),
        ("Temps de travail 30h réparties sur 4 jours", 30),
        ("32 h, réparties sur la semaine selon le planning", 32),
        ("Travail du lundi au vendredi, 35 heures", 35),
        ("Horaires du lundi au samedi (39h), repos le dimanche", 39),
        ("Du mardi au samedi : 35h", 35),
        ("Durée : 35 h", 35),
        ("Quotité de travail : 28h", 28),
        ("Poste à 35h00 du lundi au vendredi", 35),
    ],
)
def test_weekly_hours_written_without_per_week_are_read(text, expected):
    assert worktime_of(in_body(text)).get("hours_per_week") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ouvert de 9h à 17h du lundi au vendredi",
        "Accueil du public jusqu'à 18h du lundi au vendredi",
        "Fermeture à 19h du lundi au samedi",
        "Travail de 8h à 16h du lundi au vendredi",
        "7h du lundi au vendredi, pause déjeuner d'une heure",
        "Permanences : 14h du lundi au vendredi",
        "Du lundi au vendredi : 13h-19h",
        "Du lundi au vendredi, 9h - 17h",
        "Durée : 6 mois",
        "Durée : 12h de formation",
        "1607 h annuelles, annualisées",
        "Temps plein, 1607 heures annuelles",
    ],
)
def test_times_of_day_and_other_durations_are_no_weekly_hours(text):
    assert worktime_of(in_body(text)).get("hours_per_week") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Horaires de travail : 35 h", 35),
        ("Volume : 35 heures", 35),
        ("Le poste est à 35 heures.", 35),
        ("Le contrat est de 28 heures, réparties selon le planning.", 28),
        ("Nombre d'heures : 35", 35),
        ("Temps de travail\n35 heures\nTravail en journée", 35),
    ],
)
def test_more_labels_and_sentences_give_the_weekly_hours(text, expected):
    assert worktime_of(in_body(text)).get("hours_per_week") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Horaires de travail : 9h-17h",
        "Horaires de travail : 14h - 18h, pause incluse",
        "Volume : 200 heures de formation sur l'année",
        "Nombre d'heures : 10",
        "Nombre d'heures : 35 par mois",
        "Le contrat est de 6 mois renouvelable.",
    ],
)
def test_these_labels_and_sentences_give_no_weekly_hours(text):
    assert worktime_of(in_body(text)).get("hours_per_week") is None


def test_a_newsletters_teasers_do_not_give_the_featured_offer_hours():
    text = (
        "À LA UNE\nLe foyer recrute un·e éducateur·rice, temps plein.\n"
        "Missions : accompagnement des jeunes accueillis.\n\n"
        "• Veilleur de nuit – CDI – 35h – Gentilly (94) – voir l'offre\n"
        "• Animateur – CDD – 24h/semaine – Montreuil (93) – voir l'offre\n"
    )
    found = worktime_of(text)
    assert found.get("hours_per_week") is None
    assert found.get("full_time") is True


@pytest.mark.parametrize(
    "text",
    [
        "Poste 100 % terrain, basé à Saint-Herblain : pas de télétravail",
        "Poste à 100 % financé par l'ARS jusqu'en 2028",
        "Emploi 100 % bénévole, sans rémunération",
        "Un poste 100 % associatif, au cœur du quartier",
        "Mission 100 % digitale au sein de l'équipe communication",
        "Contrat 100 % pris en charge par l'État (PEC)",
    ],
)
def test_a_percentage_qualifying_the_job_is_no_share_of_working_time(text):
    assert "full_time" not in worktime_of(text)


@pytest.mark.parametrize(
    ("text", "full_time"),
    [
        ("Poste à 80 %", False),
        ("Poste à 80%.", False),
        ("CDI à 100 %, 35 h par semaine", True),
        ("Quotité : 80 % (28 h)", False),
        ("Temps de travail : 80 % soit 28 h", False),
        ("Poste à 90 % d'un temps plein", False),
        ("Contrat à 60 %\nDébut : mars", False),
        ("Poste à 50 % ou 60 % selon le profil", False),
        ("Poste à 100 % sur l'année", True),
    ],
)
def test_a_share_of_working_time_ends_its_clause_or_is_explained(text, full_time):
    assert worktime_of(text)["full_time"] == full_time


def worktime_with(text: str, contract: str) -> dict:
    found = {"contract_type": Found(contract, 0, 0)}
    return {key: value.value for key, value in extract_worktime(Doc.of(text), found).items()}


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Mission de bénévolat, 3 h par semaine", 3),
        ("Nous recherchons des bénévoles pour l'aide aux devoirs (2 h par semaine).", 2),
        ("Bénévole - 2h/semaine", 2),
        ("Engagement bénévole : 4 heures par semaine, le mercredi après-midi", 4),
        ("Un·e bénévole pour la distribution, 3 h hebdomadaires", 3),
    ],
)
def test_a_volunteers_hours_are_the_jobs_in_a_call_for_volunteers(text, hours):
    assert worktime_with(text, "BENEVOLAT")["hours_per_week"] == hours


@pytest.mark.parametrize(
    "text",
    [
        "L'association compte 40 bénévoles, présents 3 h par semaine en moyenne.",
        "Vous coordonnez les bénévoles (2 h par semaine chacun).",
    ],
)
def test_the_associations_volunteers_hours_are_not_a_jobs(text):
    assert "hours_per_week" not in worktime_with(text, "CDI")


@pytest.mark.parametrize(
    "text",
    [
        "Le tiers-lieu recrute un·e chargé·e de communication en CDD de 8 mois à 80 %, à partir "
        "du 4 janvier. Salaire : 2 200 € brut mensuel pour un temps plein, soit 1 760 € brut.",
        "Poste en CDI à 60 %.",
        "Contrat de 12 mois à 50 % (17 h 30)",
        "Salaire : 2 000 € brut sur la base d'un temps plein ; le poste est à mi-temps.",
        "Rémunération : 1 900 € brut équivalent temps plein. Poste à 80 %.",
    ],
)
def test_a_full_time_named_as_a_figures_basis_is_not_the_jobs_time(text):
    assert worktime_of(text)["full_time"] is False


@pytest.mark.parametrize(
    "text",
    [
        "Mutuelle prise en charge à 60 %, poste en CDI.",
        "Frais de transport remboursés à 50 %.",
        "Poste en CDI financé à 80 % par l'ARS.",
        "Reprise d'ancienneté à 50 % pour ce poste.",
    ],
)
def test_a_share_of_something_else_than_working_time_gives_no_part_time(text):
    assert "full_time" not in worktime_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Conditions\n- Contrat d'apprentissage de 36 mois, alternance crèche / centre de "
            "formation\n- 35 heures hebdomadaires (temps de formation inclus)",
            35,
        ),
        ("Conditions :\n* Formation interne prévue\n* 28 h par semaine", 28),
        (
            "Nous proposons une formation continue de 3 h par semaine aux bénévoles.",
            None,
        ),
        (
            "Accueil des stagiaires en formation :\n4 h par semaine d'accompagnement.",
            None,
        ),
    ],
)
def test_a_list_item_opening_on_its_hours_is_its_own_clause(text, expected):
    assert worktime_of(text).get("hours_per_week") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Établissement | Contrat | Durée | Temps de travail | Convention\n"
            "ESAT Les Ajoncs – Quimper | CDI | – | 35 h | CCN 66",
            35,
        ),
        ("Poste | Durée hebdomadaire\nMoniteur d'atelier | 28 heures", 28),
        ("| Contrat | Horaires hebdomadaires |\n| CDD | 24,5 h |", 24.5),
    ],
)
def test_a_working_time_header_reads_the_cell_below(text, expected):
    assert worktime_of(text).get("hours_per_week") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Contrat | Temps de travail | Lieu\nCDI | temps plein | Quimper",
        "Poste | Temps de travail\nAnimateur | 9h - 17h du lundi au vendredi",
        "Temps de travail | Contrat\n35 h\n",
    ],
)
def test_a_table_without_weekly_hours_under_its_header_gives_none(text):
    assert worktime_of(text).get("hours_per_week") is None
