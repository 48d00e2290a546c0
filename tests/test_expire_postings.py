import datetime as dt

from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from postings.models import Posting
from tests.factories import PublishedPostingFactory, UserFactory


def run(*args: str) -> None:
    call_command("expire_postings", *args, verbosity=0)


def test_offers_past_their_deadline_or_validity_become_expired(db):
    past_deadline = PublishedPostingFactory(deadline=timezone.localdate() - dt.timedelta(days=1))
    too_old = PublishedPostingFactory(published_at=timezone.now() - dt.timedelta(days=61))
    live = PublishedPostingFactory(deadline=timezone.localdate() + dt.timedelta(days=30))
    run()
    for posting, status in [(past_deadline, "expired"), (too_old, "expired"), (live, "published")]:
        posting.refresh_from_db()
        assert posting.status == status


def test_running_twice_changes_nothing_more(db, committed):
    member = UserFactory()
    PublishedPostingFactory(deadline=timezone.localdate() - dt.timedelta(days=1))
    soon = PublishedPostingFactory(
        employer=member.employer, deadline=timezone.localdate() + dt.timedelta(days=3)
    )
    with committed():
        run()
        run()
    assert Posting.objects.filter(status="expired").count() == 1
    assert len(mail.outbox) == 1
    soon.refresh_from_db()
    assert soon.expiry_reminder_sent_at is not None


def test_the_employer_is_reminded_a_week_before(db, committed):
    member = UserFactory(email="rh@asso.example")
    PublishedPostingFactory(
        employer=member.employer,
        created_by=member,
        title="Animateur",
        deadline=timezone.localdate() + dt.timedelta(days=5),
    )
    PublishedPostingFactory(deadline=timezone.localdate() + dt.timedelta(days=20))
    with committed():
        run()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["rh@asso.example"]
    assert "Animateur" in message.subject and "sera retirée" in message.subject
    assert message.alternatives[0][1] == "text/html"


def test_dry_run_changes_and_sends_nothing(db, committed):
    member = UserFactory()
    posting = PublishedPostingFactory(deadline=timezone.localdate() - dt.timedelta(days=1))
    PublishedPostingFactory(
        employer=member.employer, deadline=timezone.localdate() + dt.timedelta(days=2)
    )
    with committed():
        run("--dry-run")
    posting.refresh_from_db()
    assert posting.status == "published"
    assert mail.outbox == []


def test_the_listing_hides_ended_offers_before_the_command_runs(client, db):
    PublishedPostingFactory(title="Échue", deadline=timezone.localdate() - dt.timedelta(days=1))
    assert "Échue" not in client.get("/offres/").content.decode()


def test_a_new_deadline_allows_a_new_reminder(client, db, committed):
    member = UserFactory()
    posting = PublishedPostingFactory(
        employer=member.employer, deadline=timezone.localdate() + dt.timedelta(days=2)
    )
    with committed():
        run()
    posting.refresh_from_db()
    posting.deadline = timezone.localdate() + dt.timedelta(days=4)
    posting.save_edits({"deadline"}, previous_description=posting.description)
    posting.refresh_from_db()
    assert posting.expiry_reminder_sent_at is None
    with committed():
        run()
    assert len(mail.outbox) == 2
