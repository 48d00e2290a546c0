"""The application address and link: what the text says to apply through, nothing else."""

import pytest

from postings.extract.contact import extract_contact, find_addresses
from postings.extract.text import Doc


def contact_of(text: str) -> tuple[str | None, str | None]:
    found = extract_contact(Doc.of(text), {})
    email, url = found.get("apply_email"), found.get("apply_url")
    return (email.value if email else None, url.value if url else None)


def email_of(text: str) -> str | None:
    return contact_of(text)[0]


def url_of(text: str) -> str | None:
    return contact_of(text)[1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Envoyer lettre de motivation + CV à recrutement@asso.org avant le 11 février.",
            "recrutement@asso.org",
        ),
        (
            "Pour candidater, envoyer CV et lettre de motivation par courriel à l'adresse "
            ": recrutement@halage.fr & \ndirection@halage.fr",
            "recrutement@halage.fr",
        ),
        (
            "Lettre de motivation et CV à adresser exclusivement par mail à rh@ilot.asso.fr\n"
            "AVANT LE 18 AVRIL",
            "rh@ilot.asso.fr",
        ),
        (
            "POUR CANDIDATER : Merci de faire parvenir CV + lettre de motivation par mail, "
            "lepope93@gmail.com, objet « POSTE »",
            "lepope93@gmail.com",
        ),
        (
            "Candidature à adresser à Mme la Directrice : direction@creche-lucioles.fr",
            "direction@creche-lucioles.fr",
        ),
        ("Les candidatures (CV + LM) sont à envoyer à emploi@tilleuls.fr.", "emploi@tilleuls.fr"),
        ("COMMENT POSTULER\n\nEnvoyez votre CV à jobs@fabrique.coop", "jobs@fabrique.coop"),
        (
            "Candidature (CV + lettre) : recrutement@soleiado-sante.fr",
            "recrutement@soleiado-sante.fr",
        ),
        (
            "Merci d'adresser votre candidature par e-mail à candidatures@reseau-cocagne.asso.fr",
            "candidatures@reseau-cocagne.asso.fr",
        ),
        (
            "CV et lettre de motivation à transmettre à Marie Durand, marie.durand@lasource.org",
            "marie.durand@lasource.org",
        ),
        ("Postuler : stage@casnc.mq", "stage@casnc.mq"),
        ("Candidature avant le 15 janvier 2027 par mail à stage@casnc.mq", "stage@casnc.mq"),
        (
            "Envoi des propositions et questions : evaluation@tables-voisines.org",
            "evaluation@tables-voisines.org",
        ),
        (
            "Vous voulez être utile ? Contactez Mme Bélénus, présidente : benevolat@kazalanmou.org",
            "benevolat@kazalanmou.org",
        ),
        (
            "Dossier de candidature à envoyer à l'attention du président, mailto:presiden"
            "t@amap-beaumont.fr",
            "president@amap-beaumont.fr",
        ),
        (
            "Pour postuler, écrivez-nous : Recrutement@Emmaus-Connect.org",
            "recrutement@emmaus-connect.org",
        ),
        (
            "Candidatures (CV + lettre en français et en espagnol) jusqu'au 15 octobre à "
            ": volontariat@andes-partage.org\nInformations : www.andes-partage.org",
            "volontariat@andes-partage.org",
        ),
        (
            "Contact recrutement : Paul Martin – p.martin@regie-nord.fr – 03 20 00 00 00",
            "p.martin@regie-nord.fr",
        ),
        ("rh@asso-exemple.fr", "rh@asso-exemple.fr"),
        ("Send your CV and cover letter to jobs@ngo-example.org", "jobs@ngo-example.org"),
    ],
)
def test_application_address_is_read(text, expected):
    assert email_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Envoyez votre candidature à recrutement [at] asso.fr", "recrutement@asso.fr"),
        ("Envoyez votre candidature à recrutement(at)asso.fr", "recrutement@asso.fr"),
        ("Envoyez votre candidature à recrutement [@] asso.fr", "recrutement@asso.fr"),
        ("Envoyez votre candidature à recrutement @ asso . fr. Merci !", "recrutement@asso.fr"),
        ("Envoyez votre candidature à recrutement{at}asso.fr", "recrutement@asso.fr"),
        (
            "Envoyez votre candidature à recrutement (arobase) asso (point) fr",
            "recrutement@asso.fr",
        ),
        ("Envoyez votre candidature à recrutement[at]asso[dot]org", "recrutement@asso.org"),
        ("Envoyez votre CV à rh@asso.fr.", "rh@asso.fr"),
        ("Envoyez votre CV (rh@asso.fr) avant lundi", "rh@asso.fr"),
        ("Envoyez votre CV à <rh@asso.fr>", "rh@asso.fr"),
    ],
)
def test_obfuscated_and_punctuated_addresses_are_read(text, expected):
    assert email_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pour toute question : info@asso.fr\nCandidatures à recrutement@asso.fr",
            "recrutement@asso.fr",
        ),
        (
            "Candidatures à rh@asso.fr. Pour toute information sur le poste, contactez Jean"
            " : jean@asso.fr",
            "rh@asso.fr",
        ),
        (
            "Contact presse : presse@asso.fr\n\nEnvoyez CV et lettre à candidature@asso.fr",
            "candidature@asso.fr",
        ),
        (
            "Adresse mail de la structure : accueil@lieu.org\n\nCandidature par mail à direction"
            "@lieu.org",
            "direction@lieu.org",
        ),
        ("Envoyez votre CV à a@asso.fr ou b@asso.fr", "a@asso.fr"),
    ],
)
def test_the_application_address_wins_over_other_addresses(text, expected):
    assert email_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Adresse mail de la structure : accueil@jardinmoderne.org\nSite web : http://www.jardin"
        "moderne.org/",
        "Pour plus d'informations sur l'association : info@asso.fr",
        "Une question ? Écrivez à bonjour@langues.org (aucune candidature ne sera traitée "
        "par mail).",
        "Contact presse : Julie Martin, julie@asso.fr",
        "Pour vous désinscrire de la newsletter : newsletter@asso.fr",
        "Conformément au RGPD, vous pouvez écrire à dpo@asso.fr",
        "Ne pas répondre : no-reply@jobboard.fr",
        "Pour ne plus recevoir nos relais d'offres : desinscription@rbva.bzh",
        "Nos partenaires : contact@fondation.org, info@region.fr",
        "Le coordinateur accompagne les familles. Renseignements : accueil@centre.fr",
        "Envoyez-nous vos dons à dons@asso.fr",
        "mail@",
        "@asso.fr",
        "a@b",
        "prix : 3 @ 5 €",
    ],
)
def test_addresses_not_given_for_applying_are_left_out(text):
    assert email_of(text) is None


def test_fifty_addresses_in_one_text_are_all_seen_and_the_designated_one_wins():
    listing = "\n".join(f"Membre {i} : membre{i}@reseau.org" for i in range(50))
    text = f"Annuaire du réseau\n{listing}\n\nCandidatures à recrutement@reseau.org"
    assert len(find_addresses(Doc.of(text))) == 51
    assert email_of(text) == "recrutement@reseau.org"


def test_email_span_covers_the_address():
    text = "Envoyez votre CV à recrutement@asso.fr avant lundi."
    found = extract_contact(Doc.of(text), {})["apply_email"]
    assert text[found.start : found.end] == "recrutement@asso.fr"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Postuler sur https://asso.welcomekit.co/jobs/charge-de-mission",
            "https://asso.welcomekit.co/jobs/charge-de-mission",
        ),
        (
            "Candidatez via notre plateforme : https://recrutement.asso.org/offre/12.",
            "https://recrutement.asso.org/offre/12",
        ),
        (
            "Pour candidater, remplissez le formulaire : https://www.langues.org/rejoindre/formulaire",
            "https://www.langues.org/rejoindre/formulaire",
        ),
        (
            "Candidatures au plus tard le 9 novembre via : https://collectif.welcomekit.co/jobs/stage-plaidoyer",
            "https://collectif.welcomekit.co/jobs/stage-plaidoyer",
        ),
        (
            "Envoie ta candidature via ce formulaire jusqu'au 18/09 : https://lafabrique.fr/can"
            "didater",
            "https://lafabrique.fr/candidater",
        ),
        ("Pour postuler : https://forms.gle/AbCdEf123", "https://forms.gle/AbCdEf123"),
        (
            "Candidature en ligne uniquement :\nhttps://asso.jobaffinity.fr/apply/42",
            "https://asso.jobaffinity.fr/apply/42",
        ),
        (
            "Déposez votre candidature sur www.asso.teamtailor.com/jobs/123",
            "www.asso.teamtailor.com/jobs/123",
        ),
        ("Postulez ici (https://jobs.lever.co/asso/123).", "https://jobs.lever.co/asso/123"),
        (
            "To apply: https://apply.workable.com/asso/j/ABC123/",
            "https://apply.workable.com/asso/j/ABC123/",
        ),
        (
            "Lien pour postuler : https://www.hellowork.com/fr-fr/emplois/123.html",
            "https://www.hellowork.com/fr-fr/emplois/123.html",
        ),
        (
            "Comment postuler ?\nCV et lettre via notre page carrières : https://asso.flatchr.io/fr/compan"
            "y/asso/vacancy/x",
            "https://asso.flatchr.io/fr/company/asso/vacancy/x",
        ),
    ],
)
def test_application_link_is_read(text, expected):
    assert url_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Lien : https://groupementdespossibles.org/\n\nDescriptif du poste",
        "Site web : http://www.jardinmoderne.org/",
        "Plus d'informations disponibles sur www.lepartenariat.org.",
        "Tout savoir : https://supercafoutch.fr/le-super-cafoutch/",
        "L'offre pour le poste A est disponible ici : https://bit.ly/JM_Recrutement",
        "Informations : www.andes-partage.org",
        "Suivez-nous sur https://www.facebook.com/asso et https://www.linkedin.com/company/asso",
        "En savoir plus sur www.gescod.org.",
        "Terre O Vent mène des projets au Cap-Vert. https://terreovent.fr/.",
        "Abonnez-vous à notre lettre d'information : https://www.langues.org/newsletter",
        "Date limite de candidature : 12 octobre\n\nNos actualités : https://asso.org/actualites",
        "Pour postuler, envoyez CV et lettre à rh@asso.fr. En savoir plus : https://asso.org",
        "Retrouvez toutes nos offres sur https://asso.teamtailor.com",
    ],
)
def test_links_that_are_not_the_way_to_apply_are_left_out(text):
    assert url_of(text) is None


def test_email_and_link_can_both_be_given():
    text = "Postuler sur https://asso.welcomekit.co/jobs/x ou par mail à recrutement@asso.fr"
    assert contact_of(text) == ("recrutement@asso.fr", "https://asso.welcomekit.co/jobs/x")


@pytest.mark.parametrize(
    "text",
    [
        "",
        "🙂" * 1000,
        "a" * 100_000,
        "@" * 100_000,
        "@." * 50_000,
        "a@" * 50_000,
        "a@b." * 25_000,
        "x@y.fr " * 20_000,
        "https://" * 15_000,
        "www." * 25_000,
        "[at]" * 25_000,
        "Postuler : https://x.fr/" + "a" * 100_000,
        "Candidature à " + "a" * 100_000 + "@asso.fr",
        "1 " * 50_000,
        "01/01/" * 20_000,
        "de " * 30_000,
        "\x00\ufffd" * 50_000,
        "\n" * 100_000,
        "a" * 99_000 + " rh@x.fr" * 300,
        "Envoyez votre CV " + "a" * 99_000 + " rh@x.fr" * 300,
        "contact@x.fr – 02 " * 5_000,
        "Les candidatures par mail ne seront pas étudiées " * 2_000,
        "https://x.org/desinscription " * 5_000,
        "Postuler :\n" * 20_000,
    ],
)
def test_contact_family_returns_on_adversarial_text(text):
    results = extract_contact(Doc.of(text), {})
    assert set(results) <= {"apply_email", "apply_url"}


@pytest.mark.parametrize(
    "text",
    [
        "Postuler\nPartager\n\n© 2025 Emploi ESS – contact@emploi-ess.fr – Mentions légales",
        "Je postule\n\nUne question sur le site ? support@jobboard.fr",
        "Candidater\nImprimer l'offre\nwebmaster@portail-emploi.org",
    ],
)
def test_job_board_buttons_and_footers_do_not_designate_an_address(text):
    assert email_of(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pour vous engager, inscrivez-vous sur https://afev.org/devenir-benevole",
            "https://afev.org/devenir-benevole",
        ),
        ("Inscrivez-vous à notre newsletter : https://asso.org/newsletter", None),
        (
            (
                "Pour candidater : https://energie-partagee.org/recrutement/dg\nQuestions : "
                "contact@ep.org"
            ),
            "https://energie-partagee.org/recrutement/dg",
        ),
    ],
)
def test_volunteering_sign_up_link_is_the_way_to_apply_but_a_newsletter_is_not(text, expected):
    assert url_of(text) == expected


# Mails relayed by a network: the sender's and the recipients' addresses are no application box.
RELAY_HEADER = (
    "De : Point Jobs du BIJ <jobs@bij-exemple.info>\n"
    "Envoyé : mardi 3 mars 2026 10:12\n"
    "À : liste-offres@bij-exemple.info\n"
    "Objet : [Jobs] Animateur·rice périscolaire\n\n"
    "Bonjour, voici une offre transmise par une association partenaire.\n\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            RELAY_HEADER + "Pour candidater : envoie ton CV à animation@castors-exemple.fr",
            "animation@castors-exemple.fr",
        ),
        (
            "From: Réseau Emploi <recrutement@reseau-exemple.org>\nTo: membres@reseau-exemple.org"
            "\nSubject: Offre chargé de mission\n\nCV et lettre à direction@asso-exemple.fr",
            "direction@asso-exemple.fr",
        ),
        (
            "De : RH Fédération <rh@federation-exemple.fr>\nDate : 4 mai 2026\nObjet : TR: offre"
            "\n\nMerci d'adresser vos candidatures à emploi@creche-exemple.fr",
            "emploi@creche-exemple.fr",
        ),
        (
            "-------- Message transféré --------\nDe : Direction <jobs@asso-exemple.org>\nÀ : "
            "Liste <candidatures@liste-exemple.org>\nObjet : Offre\n\nEnvoyez votre CV à "
            "coordination@jardin-exemple.fr",
            "coordination@jardin-exemple.fr",
        ),
        (
            "Expéditeur : emplois@portail-exemple.fr\nObjet : Nouvelle offre\n\nCandidature "
            "(CV + lettre) à recrutement@regie-exemple.fr",
            "recrutement@regie-exemple.fr",
        ),
    ],
)
def test_a_relayed_mail_gives_the_address_of_its_posting_not_of_its_sender(text, expected):
    assert email_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        RELAY_HEADER + "Candidatures par téléphone uniquement au 04 78 00 00 00.",
        "De : Recrutement <recrutement@reseau-exemple.org>\nÀ : jobs@liste-exemple.org\n"
        "Objet : offre de stage\n\nPostuler en passant à l'agence.",
        "From: jobs@network-example.org\nTo: members@network-example.org\nSubject: vacancy",
    ],
)
def test_a_mail_header_alone_gives_no_application_address(text):
    assert email_of(text) is None


def test_a_date_label_in_a_posting_is_no_mail_header():
    text = "Date : 12 mars 2026\nCandidatures à recrutement@asso-exemple.fr"
    assert email_of(text) == "recrutement@asso-exemple.fr"


@pytest.mark.parametrize(
    "text",
    [
        "CV et lettre à rh@asso.fr. Aucune candidature par téléphone ne sera traitée.\n\n"
        "Association X - loi 1901 - SIRET 449 120 775 00024 - www.asso-exemple.org",
        "Merci de ne pas candidater par courrier.\nAsso Y – 12 rue du Port – Tél. 01 02 03 04 05"
        " – https://asso-exemple.fr/",
        "Pas de candidature spontanée.\n\nwww.asso-exemple.org",
        "Candidatures à recrutement@asso.fr avant le 12 mai.\n\n\n\nLa Ressourcerie – SIRET 1"
        "23 456 789 00012\nwww.ressourcerie-exemple.fr",
        "Postuler : voir ci-dessous.\nPlus bas, la page de l'association : www.asso-exemple.org"
        "\nQuestions : 01 02 03 04 05\nSite : https://www.asso-exemple.org",
    ],
)
def test_a_footer_or_a_negated_invitation_gives_no_application_link(text):
    assert url_of(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Postulez sur notre site : www.asso-exemple.org", "www.asso-exemple.org"),
        ("Pour postuler :\nhttps://asso-exemple.fr/", "https://asso-exemple.fr/"),
        (
            "Candidatures via le formulaire en ligne, sans CV :\nhttps://asso-exemple.fr/rejoindre",
            "https://asso-exemple.fr/rejoindre",
        ),
        (
            "Candidature en ligne uniquement, pas de candidature papier : "
            "https://asso.jobaffinity.fr/apply/7",
            "https://asso.jobaffinity.fr/apply/7",
        ),
    ],
)
def test_a_home_page_or_link_next_to_the_invitation_is_the_way_to_apply(text, expected):
    assert url_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Stage communication. Candidatures avant le 20 décembre à Pauline : "
            "communication@civam-exemple.fr",
            "communication@civam-exemple.fr",
        ),
        (
            "Poste de comptable : CV et lettre à comptabilite@asso-exemple.fr",
            "comptabilite@asso-exemple.fr",
        ),
        (
            "Pour vos dons : dons@asso-exemple.fr. Candidatures à rh@asso-exemple.fr",
            "rh@asso-exemple.fr",
        ),
        ("Contact presse : presse@asso-exemple.fr", None),
        ("Envoyez vos dons à dons@asso-exemple.fr", None),
        ("Pour toute communication : communication@asso-exemple.fr", None),
    ],
)
def test_a_department_box_counts_only_next_to_words_about_applying(text, expected):
    assert email_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Candidature uniquement via ce lien : https://bit.ly/3xYzAbC", "https://bit.ly/3xYzAbC"),
        (
            "Candidatures exclusivement en ligne : https://asso-exemple.fr/offres/12",
            "https://asso-exemple.fr/offres/12",
        ),
        (
            "Candidature complète sur https://asso-exemple.fr/postes/animateur",
            "https://asso-exemple.fr/postes/animateur",
        ),
        ("Aucune candidature par courrier. Plus d'informations : https://asso-exemple.fr/a", None),
    ],
)
def test_a_link_a_few_words_after_candidature_is_the_way_to_apply(text, expected):
    assert url_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Candidatures à communication-rh@fondation-abri.org avant le 3 mars.",
            "communication-rh@fondation-abri.org",
        ),
        (
            "Envoyer CV et lettre à rh-communication@asso-trame.fr avant le 3 mars.",
            "rh-communication@asso-trame.fr",
        ),
        (
            "Candidatures (CV + LM) : communication.recrutement@ligue44.org",
            "communication.recrutement@ligue44.org",
        ),
        (
            "Envoyer CV et lettre de motivation jusqu'au 13/02/2026 inclus à\n"
            "communication@fondation-abri.org en précisant la référence « COM 26 ».",
            "communication@fondation-abri.org",
        ),
        (
            "Merci d'adresser votre candidature (CV et lettre) avant le 30 avril à\n"
            "presse-emploi@festival-lueurs.fr",
            "presse-emploi@festival-lueurs.fr",
        ),
        (
            "Lettre de motivation et CV à faire parvenir par courriel avant le 12 mai à\n"
            "comptabilite@regie-nord.fr (poste de comptable).",
            "comptabilite@regie-nord.fr",
        ),
    ],
)
def test_a_department_box_with_a_recruitment_part_or_after_application_words_is_read(
    text, expected
):
    assert email_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Pour toute question sur la fondation : communication@fondation-abri.org",
        "Contact presse : presse@festival-lueurs.fr",
        "Une question sur nos actions ?\ncommunication@asso-trame.fr",
        "Envoyer vos factures avant le 30 du mois à\ncomptabilite@regie-nord.fr",
    ],
)
def test_a_department_box_without_application_words_is_not_read(text):
    assert email_of(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Merci d'adresser votre candidature (CV + lettre) sous la référence SR-2026-14 "
            "via notre site : https://www.cabinet-sillon.fr/offres/SR-2026-14",
            "https://www.cabinet-sillon.fr/offres/SR-2026-14",
        ),
        (
            "Candidature à déposer sur notre site carrières : https://www.asso-lien.org/offre/123",
            "https://www.asso-lien.org/offre/123",
        ),
        (
            "Les candidatures se font uniquement sur notre portail : https://www.trame.fr/emplois/77",
            "https://www.trame.fr/emplois/77",
        ),
        (
            "Candidatures (CV et lettre) par le biais de notre formulaire : https://asso.org/f/4",
            "https://asso.org/f/4",
        ),
        (
            "Envoyez votre candidature, référence AB-12, depuis notre espace candidats : "
            "https://www.horizon-rh.com/candidats/AB-12",
            "https://www.horizon-rh.com/candidats/AB-12",
        ),
    ],
)
def test_an_agency_or_organisation_page_named_for_applications_is_the_url(text, expected):
    assert url_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Pour en savoir plus sur notre association, rendez-vous sur notre site : https://x.org",
        "Candidatures à rh@asso-lien.org.\nRetrouvez nos autres offres sur notre site : "
        "https://asso-lien.org/offres",
        "Découvrez notre projet sur notre site : https://www.trame.fr",
    ],
)
def test_a_site_link_without_application_words_is_no_apply_url(text):
    assert url_of(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Pour postuler, merci de remplir le formulaire : https://asso.org/candidater\n\n"
        "Association X – 12 rue des Lilas – 35000 Rennes – contact@asso.org",
        "Candidatures (CV + lettre) via notre formulaire en ligne.\n\n"
        "Le Relais – accueil@lerelais.fr – 02 99 12 34 56",
        "Envoyez votre candidature par courrier à Madame la Présidente.\n\n"
        "Maison de quartier – 3 place du Marché, 44000 Nantes – Tél. 02 40 xx xx xx – "
        "info@mdq-nantes.fr",
        "Dépôt des candidatures sur notre site carrière.\n\nCSC X – SIRET 780 946 221 00018 – "
        "secretariat@csc-x.fr",
    ],
)
def test_a_generic_box_among_the_contact_details_ending_the_page_is_no_application_box(text):
    assert email_of(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Candidatures à envoyer à contact@asso.org – 02 99 12 34 56", "contact@asso.org"),
        (
            "Envoyez CV et lettre de motivation avant le 12 mars à :\n"
            "Association Les Lilas, 4 rue Haute, 29000 Quimper – accueil@leslilas.fr",
            "accueil@leslilas.fr",
        ),
        ("Pour postuler : CV + lettre à info@recyclerie.org", "info@recyclerie.org"),
        (
            "Candidatures à l'attention de la directrice.\nMail : contact@ferme-x.fr\n",
            "contact@ferme-x.fr",
        ),
    ],
)
def test_a_generic_box_next_to_application_words_is_the_application_box(text, expected):
    assert email_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Lettre manuscrite et CV à adresser par courrier au siège.\nLes candidatures reçues "
        "par courriel ne seront pas étudiées.\n\nContact : direction@csc-x.fr",
        "Candidatures uniquement par courrier postal.\nRenseignements : secretariat@asso.fr",
        "Aucune candidature par mail ne sera acceptée : postulez sur le formulaire.\n"
        "Une question ? Écrivez à contact@asso.fr",
        "Candidature exclusivement par le formulaire en ligne.\n\nEnvoyer un message à "
        "l'équipe : equipe@asso.fr",
    ],
)
def test_when_applications_come_by_post_or_form_only_no_address_is_the_application_box(text):
    assert email_of(text) is None


def test_a_no_mail_statement_still_reads_an_address_with_application_words_on_its_line():
    text = (
        "Candidatures par courrier uniquement, ou CV et lettre à recrutement@asso.fr pour les "
        "candidatures spontanées."
    )
    assert email_of(text) == "recrutement@asso.fr"


@pytest.mark.parametrize(
    "text",
    [
        "Inscriptions ouvertes !\n\nSe désinscrire : https://reseau.org/lettre/desinscription",
        "Candidatures à rh@asso.fr\n\nPour ne plus recevoir nos offres : "
        "https://reseau.org/unsubscribe?id=12",
        "Postulez avant le 12 mars.\nVous recevez ce message car vous êtes adhérent. "
        "Se désabonner : https://lettre.reseau.org/desabonnement",
    ],
)
def test_a_newsletters_unsubscribe_link_is_never_the_way_to_apply(text):
    assert url_of(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pour postuler, rendez-vous sur notre site carrière :\n"
            "https://mutuelle-x.softy.pro/offre/71204",
            "https://mutuelle-x.softy.pro/offre/71204",
        ),
        (
            "Candidatures sur notre site de recrutement :\nhttps://jobs.asso.org/offre/12",
            "https://jobs.asso.org/offre/12",
        ),
        (
            "Pour candidater, merci de passer par notre page :\nhttps://www.asso.org/nous-rejoindre",
            "https://www.asso.org/nous-rejoindre",
        ),
        (
            "Déposez votre candidature dans notre espace candidats : https://asso.talent-soft.fr/x",
            "https://asso.talent-soft.fr/x",
        ),
    ],
)
def test_a_link_under_a_line_about_applying_that_ends_with_a_colon_is_the_way_to_apply(
    text, expected
):
    assert url_of(text) == expected


def test_a_site_link_under_a_line_about_something_else_is_no_apply_url():
    text = "Postuler avant le 12 mars.\n\nDécouvrez notre association sur notre site :\nhttps://asso.org"
    assert url_of(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "-------- Message transféré --------\nSujet : TR: Offre Psychologue\n"
            "De : Réseau X <animation@reseau-x.org>\nPour : membres@reseau-x.org\n\n"
            "Candidatures par mail à rh@asso-y.fr",
            "rh@asso-y.fr",
        ),
        (
            "Sujet : Offre d'emploi\nDe : Jobs Réseau <jobs@reseau.org>\n\nBonjour,\n"
            "Pour postuler : cv@ferme.org",
            "cv@ferme.org",
        ),
    ],
)
def test_a_sujet_header_makes_a_mail_header_whose_sender_is_no_application_box(text, expected):
    assert email_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Candidature (CV + LM) à adresser à Mme Dupont, directrice.\n"
            "Tél : 01 23 45 67 89 – contact@asso.fr",
            "contact@asso.fr",
        ),
        (
            "Pour postuler\nEnvoyez votre CV à la coordinatrice.\n"
            "Maison de quartier – 44000 Nantes – accueil@mdq.fr",
            "accueil@mdq.fr",
        ),
    ],
)
def test_a_generic_box_in_the_paragraph_about_applying_is_the_application_box(text, expected):
    assert email_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "De : Claire Dumas <c.dumas@atelier-lien.org>\nEnvoyé : lundi 2 mars 2026\nÀ : "
            "liste@reseau-alpha.org\nObjet : Recherche formateur\n\nBonjour,\n\nSi vous êtes "
            "intéressé·e, merci de répondre directement à ce mail avec votre CV.\n",
            "c.dumas@atelier-lien.org",
        ),
        (
            "De: Paul Rossi <accueil@maison-quartier.fr>\nDate: 12 janvier 2026\nObjet: Offre "
            "PEC\nÀ: emploi@listes-locales.fr\n\nPoste : agent d'accueil.\n\nMerci d'envoyer "
            "votre CV et quelques lignes de motivation à cette adresse.\n",
            "accueil@maison-quartier.fr",
        ),
        (
            "From: Lina <lina@asso-trait-union.org>\nSubject: Offre de stage\nTo: "
            "stages@univ-exemple.fr\n\nCandidatures (CV + lettre) par retour de mail avant le 3 "
            "avril.\n",
            "lina@asso-trait-union.org",
        ),
    ],
)
def test_replying_to_the_mail_applies_to_its_sender(text, expected):
    assert email_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no invitation to reply: the sender's and recipients' addresses stay out
        "De : Claire <c.dumas@atelier-lien.org>\nÀ : liste@reseau-alpha.org\nObjet : Info\n\n"
        "Bonjour, voici notre lettre d'information.\n",
        # « à ce mail » without a mail header: no sender to reply to
        "Merci de répondre à ce mail avec votre CV.\n",
    ],
)
def test_no_reply_invitation_or_no_sender_gives_no_address(text):
    assert email_of(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Envie de donner un coup de main ? Écris-nous à benevolat@epicerie-exemple.fr !",
            "benevolat@epicerie-exemple.fr",
        ),
        (
            "Partante ? Contacte-nous : coucou@ressourcerie-exemple.org",
            "coucou@ressourcerie-exemple.org",
        ),
        (
            "Une idée ? Envoie-nous un message à equipe@jardins-exemple.fr",
            "equipe@jardins-exemple.fr",
        ),
    ],
)
def test_informal_invitations_designate_the_address(text, expected):
    assert email_of(text) == expected


def test_an_informal_question_box_is_no_application_address():
    text = "Une question sur nos horaires ? Écris-nous à info@epicerie-exemple.fr\n"
    assert email_of(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "CV et lettre de motivation via notre page recrutement : "
            "https://www.asso-exemple.org/nous-rejoindre/stage-2026",
            "https://www.asso-exemple.org/nous-rejoindre/stage-2026",
        ),
        (
            "Envoyez votre CV sur notre site : https://coop-exemple.fr/offres/42",
            "https://coop-exemple.fr/offres/42",
        ),
        (
            "Toutes nos offres sont sur notre page carrières : https://exemple.org/equipe",
            "https://exemple.org/equipe",
        ),
    ],
)
def test_a_cv_sent_through_a_recruitment_page_designates_its_link(text, expected):
    assert url_of(text) == expected


def test_a_page_to_learn_more_is_no_recruitment_page():
    text = "En savoir plus sur notre projet : https://asso-exemple.org/nous-connaitre\n"
    assert url_of(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pour postuler, cliquez sur « Postuler » ci-dessous. Pas de candidature par e-mail : "
            "contact@atelier.org est réservé aux questions des adhérents.",
            None,
        ),
        ("Les candidatures envoyées à info@asso.org ne seront pas traitées.", None),
        (
            "Toute candidature envoyée à dpo@fondation.org ou à info@fondation.org ne pourra "
            "être prise en compte.",
            None,
        ),
        ("Merci de ne pas envoyer votre CV à accueil@centre.fr, postulez en ligne.", None),
        ("N'envoyez pas de candidature à contact@asso.fr : postulez sur notre site.", None),
        (
            "Candidatures à envoyer à rh@asso.org avant le 10 mars. Les candidatures "
            "incomplètes ne seront pas traitées.",
            "rh@asso.org",
        ),
        (
            "Pas de candidature par courrier postal : envoyez CV et lettre à recrutement@asso.fr",
            "recrutement@asso.fr",
        ),
        (
            "Les candidatures envoyées à info@asso.org ne seront pas traitées. Envoyez votre "
            "CV à recrutement@asso.org",
            "recrutement@asso.org",
        ),
    ],
)
def test_an_address_in_a_sentence_turning_applications_away_is_not_the_way_to_apply(text, expected):
    assert email_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Candidatures uniquement via notre plateforme : https://asso.recrutee.com/o/x\n\n"
        "Pour toute question (hors candidature) : contact@asso.org – 01 43 57 28 90",
        "Postulez sur notre site.\nPour toute demande, sauf pour postuler : info@asso.fr",
        "Candidature via le formulaire en ligne.\n"
        "Renseignements (autres que les candidatures) : accueil@asso.fr",
    ],
)
def test_an_address_for_anything_but_applications_is_not_the_application_address(text):
    assert email_of(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Si ça vous intéresse, envoyez votre portfolio et un petit devis avant le 4 décembre à"
            "\ncommunication@jardins.fr 🙏",
            "communication@jardins.fr",
        ),
        ("Envoyez votre book à communication@studio-asso.fr", "communication@studio-asso.fr"),
        (
            "Pour toute question : contact@asso.org\nCandidatures (CV + lettre) à rh@asso.org",
            "rh@asso.org",
        ),
    ],
)
def test_a_freelancer_s_portfolio_or_quote_is_an_application(text, expected):
    assert email_of(text) == expected


def test_a_communication_box_for_news_is_still_no_application_address():
    text = "Consultant·e (H/F)\nPour les demandes de presse : communication@asso.fr"
    assert email_of(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pour postuler :\nMerci d'envoyer CV et lettre.\n\n"
            "Contact : contact@asso.fr – 02 33 44 55 66",
            "contact@asso.fr",
        ),
        (
            "CANDIDATURE\nCV et lettre à l'attention de la directrice.\n"
            "Association X – 41000 Blois – accueil@asso.fr",
            "accueil@asso.fr",
        ),
    ],
)
def test_the_only_address_under_an_application_heading_is_where_to_apply(text, expected):
    assert email_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Pour postuler :\nMerci d'envoyer CV et lettre.\n\nINFOS PRATIQUES\n"
        "Contact : contact@asso.fr – 02 33 44 55 66",
        "Pour postuler :\nMerci d'envoyer CV et lettre.\n\nInfos pratiques :\n"
        "Contact : contact@asso.fr – 02 33 44 55 66",
        "Pour postuler :\nvia le formulaire en ligne.\nPour toute question : contact@asso.fr",
        "Missions :\n- accueil du public\nContact : contact@asso.fr – 02 33 44 55 66",
        "Candidature\nvia notre site.\nPresse : communication@asso.fr",
    ],
)
def test_an_address_outside_the_application_section_or_for_questions_is_not_it(text):
    assert email_of(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "CANDIDATURE\nCandidature avant le 18 décembre, exclusivement sur notre espace "
        "recrutement : https://recrutement.asso.org/offres/DA-33\n\nPour tout renseignement sur "
        "le poste, vous pouvez joindre la directrice,\nà direction@asso.org (les candidatures "
        "envoyées à cette adresse ne seront pas étudiées).",
        "Pour postuler :\nhttps://asso.recrutee.com/o/animateur\n\n"
        "Contact : contact@asso.fr – 02 33 44 55 66",
    ],
)
def test_under_an_application_heading_a_link_or_a_question_address_is_no_e_mail(text):
    assert email_of(text) is None
