"""Moderation in Django admin: the queue, approve, reject with a reason, e-mails, suspension."""

import datetime as dt

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from pytest_django.asserts import assertContains, assertNotContains

from board.models import Employer
from postings.models import ModerationDecision, Posting
from tests.factories import (
    EmployerFactory,
    PendingPostingFactory,
    PostingFactory,
    PublishedPostingFactory,
    UserFactory,
)

CHANGELIST = reverse("admin:postings_posting_changelist")


@pytest.fixture
def moderator(client, staff_user):
    client.force_login(staff_user)
    return staff_user


def act(client, action, postings, **extra):
    return client.post(
        CHANGELIST, {"action": action, "_selected_action": [p.pk for p in postings], **extra}
    )


def test_admin_is_for_staff_only(client, db):
    client.force_login(UserFactory())
    response = client.get(CHANGELIST)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    client.logout()
    assert client.get(CHANGELIST).status_code == 302


def test_the_list_opens_on_the_pending_queue_oldest_first(client, moderator):
    now = timezone.now()
    PendingPostingFactory(title="Récente", submitted_at=now)
    PendingPostingFactory(title="Ancienne", submitted_at=now - dt.timedelta(days=3))
    PublishedPostingFactory(title="Déjà publiée")
    response = client.get(CHANGELIST)
    assert response.status_code == 302 and response["Location"].endswith("?status__exact=pending")
    page = client.get(response["Location"]).content.decode()
    assert page.index("Ancienne") < page.index("Récente")
    assert "Déjà publiée" not in page


def test_the_change_page_shows_the_pasted_text_beside_the_fields(client, moderator):
    posting = PendingPostingFactory(
        raw_text="Texte collé <script>alert(1)</script>", title="Éducateur"
    )
    response = client.get(reverse("admin:postings_posting_change", args=[posting.pk]))
    assertContains(response, "Texte collé &lt;script&gt;alert(1)&lt;/script&gt;")
    assertNotContains(response, "<script>alert(1)")
    assertContains(response, 'value="Éducateur"')
    assertContains(response, "raw-text-column")


def test_approve_publishes_records_and_emails(client, moderator, committed):
    member = UserFactory(email="rh@asso.example")
    postings = [
        PendingPostingFactory(employer=member.employer, created_by=member) for _ in range(2)
    ]
    with committed():
        act(client, "approve_selected", postings)
    for posting in postings:
        posting.refresh_from_db()
        assert posting.status == Posting.Status.PUBLISHED and posting.published_at
        decision = posting.decisions.get()
        assert (decision.decision, decision.decided_by) == ("approved", moderator)
    assert len(mail.outbox) == 2
    message = mail.outbox[0]
    assert message.to == ["rh@asso.example"] and "est en ligne" in message.subject
    assert message.alternatives[0][1] == "text/html"
    assert (
        postings[0].get_absolute_url() in message.body
        or postings[1].get_absolute_url() in message.body
    )


def test_approve_skips_offers_that_are_not_pending(client, moderator):
    draft = PostingFactory()
    response = act(client, "approve_selected", [draft])
    draft.refresh_from_db()
    assert draft.status == Posting.Status.DRAFT
    assert response.status_code == 302
    assertContains(client.get(response["Location"], follow=True), "1 offre(s) ignorée(s)")


def test_reject_asks_for_a_reason_on_an_intermediate_page(client, moderator):
    posting = PendingPostingFactory(title="Offre douteuse")
    response = act(client, "reject_selected", [posting])
    assert response.status_code == 200
    assertContains(response, "Motif envoyé à l&#x27;employeur")
    assertContains(response, "Offre douteuse")
    posting.refresh_from_db()
    assert posting.status == Posting.Status.PENDING


def test_reject_without_a_reason_is_refused(client, moderator):
    posting = PendingPostingFactory()
    response = act(client, "reject_selected", [posting], confirm="1", reason="  ")
    assertContains(response, "Écrivez le motif du refus")
    posting.refresh_from_db()
    assert posting.status == Posting.Status.PENDING


def test_reject_with_a_reason_records_it_and_tells_the_employer(client, moderator, committed):
    member = UserFactory(email="rh@asso.example")
    postings = [
        PendingPostingFactory(employer=member.employer, created_by=member) for _ in range(2)
    ]
    with committed():
        response = act(
            client,
            "reject_selected",
            postings,
            confirm="1",
            canned="Cette offre est déjà publiée sur Tremplin.",
            reason="Voir l'offre n° 12.",
        )
    assert response.status_code == 302
    for posting in postings:
        posting.refresh_from_db()
        assert posting.status == Posting.Status.REJECTED
        assert posting.decisions.get().reason == (
            "Cette offre est déjà publiée sur Tremplin. Voir l'offre n° 12."
        )
    assert len(mail.outbox) == 2
    assert "Voir l'offre n° 12." in mail.outbox[0].body
    client.force_login(member)
    assertContains(client.get(reverse("postings:dashboard")), "Voir l&#x27;offre n° 12.")


def test_decisions_are_shown_on_the_offer_in_the_admin(client, moderator):
    posting = PendingPostingFactory()
    posting.reject("Salaire manquant", by=moderator)
    response = client.get(reverse("admin:postings_posting_change", args=[posting.pk]))
    assertContains(response, "Salaire manquant")
    assertContains(response, "moderation@tremplin.fr")


def test_staff_without_the_moderation_permission_cannot_approve(client, db):
    staff = UserFactory(is_staff=True, employer=None)
    staff.user_permissions.add(
        Permission.objects.get(codename="view_posting"),
        Permission.objects.get(codename="change_posting"),
    )
    client.force_login(staff)
    posting = PendingPostingFactory()
    response = client.get(f"{CHANGELIST}?status__exact=pending")
    assertNotContains(response, "approve_selected")
    act(client, "approve_selected", [posting])
    posting.refresh_from_db()
    assert posting.status == Posting.Status.PENDING
    staff.user_permissions.add(Permission.objects.get(codename="moderate_posting"))
    act(client, "approve_selected", [posting])
    posting.refresh_from_db()
    assert posting.status == Posting.Status.PUBLISHED


def test_status_is_not_editable_in_the_admin(client, moderator):
    posting = PendingPostingFactory()
    response = client.get(reverse("admin:postings_posting_change", args=[posting.pk]))
    assertNotContains(response, 'name="status"')


def test_suspending_an_organisation_hides_its_offers_and_blocks_posting(client, moderator):
    member = UserFactory()
    PublishedPostingFactory(employer=member.employer, title="Offre suspendue")
    client.post(
        reverse("admin:board_employer_changelist"),
        {"action": "suspend", "_selected_action": [member.employer.pk]},
    )
    assert Employer.objects.get(pk=member.employer.pk).is_suspended
    assertNotContains(client.get(reverse("postings:list")), "Offre suspendue")
    client.force_login(member)
    assert client.get(reverse("postings:new")).status_code == 403


def test_an_organisation_can_be_marked_as_verified(client, moderator):
    employer = EmployerFactory()
    client.post(
        reverse("admin:board_employer_changelist"),
        {"action": "verify", "_selected_action": [employer.pk]},
    )
    employer.refresh_from_db()
    assert employer.is_verified
    posting = PublishedPostingFactory(employer=employer)
    assertContains(client.get(posting.get_absolute_url()), "vérifiée")


def test_every_decision_is_a_row(client, moderator):
    posting = PendingPostingFactory()
    posting.reject("À corriger", by=moderator)
    posting.submit()
    posting.approve(by=moderator)
    assert list(posting.decisions.order_by("decided_at").values_list("decision", flat=True)) == [
        ModerationDecision.Decision.REJECTED,
        ModerationDecision.Decision.APPROVED,
    ]
