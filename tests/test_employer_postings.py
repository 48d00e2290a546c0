"""The employer's journey: paste or upload, review, submit, edit, close, duplicate, delete."""

import datetime as dt
import io
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from docx import Document
from pytest_django.asserts import assertContains, assertNotContains, assertRedirects

from postings import forms as posting_forms
from postings.models import Posting
from tests.factories import (
    EmployerFactory,
    PendingPostingFactory,
    PostingFactory,
    PublishedPostingFactory,
    UserFactory,
    salary,
)

SHARED = Path(settings.BASE_DIR).parent / "shared"
HALAGE = (SHARED / "seeds" / "000_2429b762aa731266.txt").read_text(encoding="utf-8")
FILES = Path(__file__).parent / "extract" / "files"
NEW = reverse("postings:new")


@pytest.fixture
def member(client, employer_user):
    client.force_login(employer_user)
    return employer_user


def draft_of(user, **fields):
    return PostingFactory(employer=user.employer, created_by=user, **fields)


def review_data(posting, **overrides):
    """The review form as the page would post it back."""
    data = {
        "title": posting.title,
        "employer_name": posting.employer_name,
        "contract_type": posting.contract_type,
        "duration_months": posting.duration_months or "",
        "city": posting.city,
        "department": posting.department,
        "remote": posting.remote,
        "full_time": {True: "true", False: "false", None: "unknown"}[posting.full_time],
        "hours_per_week": posting.hours_per_week or "",
        "salary_min": posting.salary_min if posting.salary_min is not None else "",
        "salary_max": posting.salary_max if posting.salary_max is not None else "",
        "salary_period": posting.salary_period,
        "salary_gross": {True: "true", False: "false", None: "unknown"}[posting.salary_gross],
        "salary_text": posting.salary_text,
        "start_date": posting.start_date or "",
        "deadline": posting.deadline or "",
        "apply_email": posting.apply_email,
        "apply_url": posting.apply_url,
        "description": posting.description,
    }
    if posting.start_asap:
        data["start_asap"] = "on"
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


# --- paste and upload -------------------------------------------------------------------


def test_pasting_saves_the_text_then_fills_the_draft(client, member):
    response = client.post(NEW, {"text": HALAGE})
    posting = Posting.objects.get()
    assertRedirects(response, reverse("postings:review", args=[posting.pk]))
    assert posting.raw_text == HALAGE
    assert posting.status == Posting.Status.DRAFT
    assert posting.employer == member.employer and posting.created_by == member
    assert posting.title.replace("’", "'") == "Chef.fe de projet Fleurs d'Halage"
    assert (posting.contract_type, posting.city, posting.department) == (
        "CDI",
        "L'Île-Saint-Denis",
        "93",
    )
    assert (posting.salary_min, posting.salary_max, posting.salary_period) == (2599, 2810, "MONTH")
    assert posting.apply_email == "recrutement@halage.fr"
    assert posting.start_asap
    assert "2599" in posting.evidence["salary_min"]


def test_the_text_is_kept_even_when_the_extraction_fails(client, member, monkeypatch):
    import postings.extract

    def broken(*args, **kwargs):
        raise RuntimeError("extracteur en panne")

    monkeypatch.setattr(postings.extract, "extract", broken)
    response = client.post(NEW, {"text": "Animateur jeunesse, CDI à Lyon"}, follow=True)
    posting = Posting.objects.get()
    assert posting.raw_text == "Animateur jeunesse, CDI à Lyon"
    assertContains(response, "son analyse automatique a échoué")


def test_review_page_shows_where_each_field_came_from(client, member):
    client.post(NEW, {"text": HALAGE})
    posting = Posting.objects.get()
    response = client.get(reverse("postings:review", args=[posting.pk]))
    assertContains(response, "trouvé dans : « ")
    assertContains(response, "2599 € / 2810 € brut mensuels")
    assertContains(response, "Non trouvé dans le texte")  # the deadline is not stated
    assertContains(response, "Aperçu de la page publique")
    assertContains(response, "2\u202f599 – 2\u202f810\u00a0€ brut/mois")


def test_uploading_a_docx_reads_its_text(client, member):
    document = Document()
    for line in [
        "Comptable H/F",
        "CDI à temps plein, basé à Nantes (44)",
        "Salaire : 2 400 € brut",
    ]:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    upload = SimpleUploadedFile("offre.docx", buffer.getvalue())
    client.post(NEW, {"file": upload})
    posting = Posting.objects.get()
    assert "Comptable H/F" in posting.raw_text
    assert posting.city == "Nantes" and posting.contract_type == "CDI"


def test_uploading_a_pdf_reads_its_text(client, member):
    upload = SimpleUploadedFile("offre.pdf", (FILES / "seed2.pdf").read_bytes())
    client.post(NEW, {"file": upload})
    assert "Noisy-le-Sec" in Posting.objects.get().raw_text


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("offre.exe", b"MZ\x90\x00", posting_forms.FILE_TYPE),
        ("offre.odt", (FILES / "fiche_de_poste.odt").read_bytes(), posting_forms.FILE_TYPE),
        ("offre.pdf", b"%PDF-1.4 corrupt", "PDF"),
    ],
)
def test_an_unreadable_file_gets_a_french_message(client, member, name, content, message):
    response = client.post(NEW, {"file": SimpleUploadedFile(name, content)})
    assert response.status_code == 200
    assertContains(response, message.replace("'", "&#x27;")[:40])
    assert not Posting.objects.exists()


def test_a_file_over_5_mb_is_refused(client, member):
    big = SimpleUploadedFile("offre.txt", b"a" * (5 * 1024 * 1024 + 1))
    response = client.post(NEW, {"file": big})
    assertContains(response, "5 Mo au plus")
    assert not Posting.objects.exists()


def test_nothing_given_or_both_given_get_a_message(client, member):
    assertContains(client.post(NEW, {"text": "  "}), posting_forms.NOTHING_GIVEN)
    both = client.post(NEW, {"text": "Offre", "file": SimpleUploadedFile("a.txt", b"Offre")})
    assertContains(both, posting_forms.BOTH_GIVEN)
    assert not Posting.objects.exists()


def test_posting_is_rate_limited_per_person(client, member, settings):
    settings.POSTINGS_PER_HOUR = 2
    for _ in range(2):
        client.post(NEW, {"text": "Animateur jeunesse à Lyon"})
    response = client.post(NEW, {"text": "Animateur jeunesse à Lyon"})
    assertContains(response, posting_forms.TOO_MANY.replace("'", "&#x27;"))
    assertContains(response, "Animateur jeunesse à Lyon")  # the text is still in the form
    assert Posting.objects.count() == 2


def test_an_unconfirmed_address_cannot_post(client, db):
    client.force_login(UserFactory(verified=False))
    response = client.get(NEW)
    assert response.status_code == 403
    assertContains(response, "Confirmez d&#x27;abord votre adresse", status_code=403)


def test_a_suspended_organisation_cannot_post(client, member):
    member.employer.is_suspended = True
    member.employer.save()
    response = client.post(NEW, {"text": HALAGE})
    assert response.status_code == 403
    assert not Posting.objects.exists()


def test_anonymous_visitors_are_sent_to_log_in(client, db):
    response = client.get(NEW)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


# --- review and submit ---------------------------------------------------------------------


def test_submit_sends_a_complete_draft_to_moderation(client, member):
    posting = draft_of(member, **salary(2000))
    response = client.post(reverse("postings:submit", args=[posting.pk]), review_data(posting))
    assertRedirects(response, reverse("postings:dashboard"))
    posting.refresh_from_db()
    assert posting.status == Posting.Status.PENDING and posting.submitted_at


def test_submit_saves_the_edits_made_on_the_page(client, member):
    posting = draft_of(member)
    data = review_data(posting, title="Coordinatrice de jardin", city="Lyon", department="")
    client.post(reverse("postings:submit", args=[posting.pk]), data)
    posting.refresh_from_db()
    assert posting.title == "Coordinatrice de jardin"
    assert (posting.city, posting.department) == ("Lyon", "69")


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"title": "", "apply_email": ""}, "l&#x27;intitulé du poste"),
        ({"deadline": dt.date(2020, 1, 1)}, posting_forms.DEADLINE_PAST),
        (
            {"salary_min": 3000, "salary_max": 2000, "salary_period": "MONTH"},
            posting_forms.SALARY_RANGE_INVERTED,
        ),
        ({"city": "Lyon", "department": "93"}, "Lyon n&#x27;est pas dans le département 93"),
        ({"contract_type": "CDD", "duration_months": ""}, posting_forms.CDD_WITHOUT_LENGTH),
        ({"city": "Atlantide"}, "Commune inconnue"),
        ({"salary_min": 2000, "salary_period": ""}, "horaire, mensuel ou annuel"),
    ],
)
def test_submit_checks_the_offer_with_french_messages(client, member, overrides, message):
    posting = draft_of(member)
    response = client.post(
        reverse("postings:submit", args=[posting.pk]), review_data(posting, **overrides)
    )
    assert response.status_code == 200
    assertContains(response, message)
    posting.refresh_from_db()
    assert posting.status == Posting.Status.DRAFT


def test_saving_a_draft_does_not_require_everything(client, member):
    posting = draft_of(member)
    response = client.post(
        reverse("postings:review", args=[posting.pk]),
        review_data(posting, title="", apply_email=""),
    )
    assert response.status_code == 302
    posting.refresh_from_db()
    assert posting.title == "" and posting.status == Posting.Status.DRAFT


def test_no_pay_figure_gives_advice_but_does_not_block(client, member):
    posting = draft_of(member, salary_text="selon CCN 66")
    page = client.get(reverse("postings:review", args=[posting.pk]))
    assertContains(page, "directive européenne sur la transparence des rémunérations")
    client.post(reverse("postings:submit", args=[posting.pk]), review_data(posting))
    posting.refresh_from_db()
    assert posting.status == Posting.Status.PENDING


def test_a_rejected_offer_can_be_edited_and_resubmitted(client, member, staff_user):
    posting = PendingPostingFactory(employer=member.employer, created_by=member)
    posting.reject("Salaire manquant", by=staff_user)
    page = client.get(reverse("postings:review", args=[posting.pk]))
    assertContains(page, "Salaire manquant")
    client.post(
        reverse("postings:submit", args=[posting.pk]),
        review_data(posting, salary_min=2100, salary_period="MONTH", salary_gross="true"),
    )
    posting.refresh_from_db()
    assert posting.status == Posting.Status.PENDING and posting.salary_min == 2100


def test_a_pending_offer_cannot_be_edited(client, member):
    posting = PendingPostingFactory(employer=member.employer, title="Avant")
    client.post(reverse("postings:review", args=[posting.pk]), review_data(posting, title="Après"))
    posting.refresh_from_db()
    assert posting.title == "Avant"


@pytest.mark.parametrize(
    ("overrides", "back_to_moderation"),
    [
        ({"title": "Nouvel intitulé"}, True),
        ({"salary_min": 2500, "salary_period": "MONTH"}, True),
        ({"apply_email": "autre@exemple.org"}, True),
        (
            {"description": "Missions : accompagner les habitants du quartier.\nProfil : motivé."},
            False,
        ),
        ({"description": "Postulez sur https://arnaque.example/"}, True),
        ({"deadline": dt.date.today() + dt.timedelta(days=30)}, False),
    ],
)
def test_a_published_offer_goes_back_to_moderation_only_when_its_facts_change(
    client, member, overrides, back_to_moderation
):
    posting = PublishedPostingFactory(employer=member.employer, created_by=member)
    client.post(reverse("postings:review", args=[posting.pk]), review_data(posting, **overrides))
    posting.refresh_from_db()
    expected = Posting.Status.PENDING if back_to_moderation else Posting.Status.PUBLISHED
    assert posting.status == expected


# --- actions: owner, other employer, anonymous, wrong method ---------------------------------

ACTIONS = ["submit", "close", "duplicate", "delete"]


@pytest.mark.parametrize("action", [*ACTIONS, "review"])
def test_another_organisation_gets_a_404(client, db, action):
    client.force_login(UserFactory())
    posting = PublishedPostingFactory(employer=EmployerFactory())
    response = client.post(reverse(f"postings:{action}", args=[posting.pk]), {})
    assert response.status_code == 404
    assert client.get(reverse("postings:review", args=[posting.pk])).status_code == 404


@pytest.mark.parametrize("action", [*ACTIONS, "review"])
def test_anonymous_users_are_sent_to_log_in_for_every_action(client, db, action):
    posting = PublishedPostingFactory()
    response = client.post(reverse(f"postings:{action}", args=[posting.pk]))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


@pytest.mark.parametrize("action", ACTIONS)
def test_actions_refuse_get(client, member, action):
    posting = draft_of(member)
    assert client.get(reverse(f"postings:{action}", args=[posting.pk])).status_code == 405


def test_actions_need_the_csrf_token(member, db):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(member)
    posting = draft_of(member)
    assert client.post(reverse("postings:delete", args=[posting.pk])).status_code == 403
    assert Posting.objects.filter(pk=posting.pk).exists()


def test_close_takes_a_published_offer_off_the_listing(client, member):
    posting = PublishedPostingFactory(employer=member.employer, title="Offre à clôturer")
    client.post(reverse("postings:close", args=[posting.pk]))
    posting.refresh_from_db()
    assert posting.status == Posting.Status.CLOSED
    assertNotContains(client.get(reverse("postings:list")), "Offre à clôturer")


def test_close_refuses_a_draft(client, member):
    posting = draft_of(member)
    response = client.post(reverse("postings:close", args=[posting.pk]), follow=True)
    assertContains(response, "Seule une offre publiée peut être clôturée.")
    posting.refresh_from_db()
    assert posting.status == Posting.Status.DRAFT


def test_duplicate_makes_a_new_draft_with_the_same_facts(client, member):
    posting = PublishedPostingFactory(employer=member.employer, **salary(2100, 2300))
    response = client.post(reverse("postings:duplicate", args=[posting.pk]))
    copy = Posting.objects.exclude(pk=posting.pk).get()
    assertRedirects(response, reverse("postings:review", args=[copy.pk]))
    assert copy.status == Posting.Status.DRAFT and copy.published_at is None
    assert (copy.title, copy.salary_max, copy.raw_text) == (
        posting.title,
        posting.salary_max,
        posting.raw_text,
    )
    assert copy.created_by == member


def test_delete_removes_a_draft_only(client, member):
    draft = draft_of(member)
    published = PublishedPostingFactory(employer=member.employer)
    client.post(reverse("postings:delete", args=[draft.pk]))
    client.post(reverse("postings:delete", args=[published.pk]))
    assert list(Posting.objects.all()) == [published]


# --- dashboard -------------------------------------------------------------------------------


def test_dashboard_lists_the_organisations_offers_by_status(client, member, staff_user):
    colleague = UserFactory(employer=member.employer)
    draft_of(member, title="Mon brouillon")
    PublishedPostingFactory(
        employer=member.employer,
        created_by=colleague,
        title="Offre en ligne",
        deadline=timezone.localdate() + dt.timedelta(days=9),
    )
    rejected = PendingPostingFactory(employer=member.employer, title="Offre refusée")
    rejected.reject("Hors ESS", by=staff_user)
    PublishedPostingFactory(title="Offre d'une autre organisation")
    response = client.get(reverse("postings:dashboard"))
    for text in ["Brouillon", "Mon brouillon", "Publiée", "Offre en ligne", "Refusée", "Hors ESS"]:
        assertContains(response, text)
    assertContains(response, "Date limite :")
    assertContains(response, "Voir en ligne")
    assertNotContains(response, "autre organisation")
