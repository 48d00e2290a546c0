import datetime as dt
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from postings.models import InvalidTransition, Posting
from tests.factories import PendingPostingFactory, PostingFactory, PublishedPostingFactory


@pytest.mark.parametrize(
    ("low", "high", "period", "gross", "expected"),
    [
        (2599, 2810, "MONTH", True, (2599, 2810)),
        (26000, 30000, "YEAR", True, (2167, 2500)),
        (Decimal("11.88"), None, "HOUR", True, (1802, 1802)),
        (1560, None, "MONTH", False, (2000, 2000)),
        (1900, None, "MONTH", None, (1900, 1900)),
    ],
)
def test_monthly_gross_pay_is_derived_from_the_stated_pay(db, low, high, period, gross, expected):
    posting = PostingFactory(
        salary_min=low, salary_max=high, salary_period=period, salary_gross=gross
    )
    posting.refresh_from_db()
    assert (posting.monthly_salary_min, posting.monthly_salary_max) == expected


def test_monthly_pay_follows_an_edit_of_the_stated_pay(db):
    posting = PostingFactory(salary_min=2000, salary_max=2200, salary_period="MONTH")
    posting.salary_period = "YEAR"
    posting.save(update_fields=["salary_period"])
    posting.refresh_from_db()
    assert posting.monthly_salary_max == 183


def test_posting_without_figures_has_no_monthly_pay(db):
    posting = PostingFactory(salary_text="selon CCN 66")
    assert posting.monthly_salary_min is None and posting.monthly_salary_max is None


def test_database_refuses_a_minimum_above_the_maximum(db):
    posting = PostingFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Posting.objects.filter(pk=posting.pk).update(
            monthly_salary_min=3000, monthly_salary_max=2000
        )
    with pytest.raises(IntegrityError), transaction.atomic():
        PostingFactory(salary_min=3000, salary_max=2000, salary_period="MONTH")


def test_department_must_be_an_official_code(db):
    posting = PostingFactory.build(department="99")
    with pytest.raises(ValidationError) as error:
        posting.full_clean(exclude=["employer"])
    assert "département" in str(error.value)
    PostingFactory.build(department="2A").full_clean(exclude=["employer"])
    PostingFactory.build(department="974").full_clean(exclude=["employer"])


def test_employer_name_defaults_to_the_organisation(db):
    posting = PostingFactory(employer__name="Halage")
    assert posting.employer_name == "Halage"


def test_submit_then_approve_publishes_and_records_the_decision(db, staff_user):
    posting = PostingFactory()
    posting.submit()
    assert posting.status == Posting.Status.PENDING and posting.submitted_at
    decision = posting.approve(by=staff_user)
    posting.refresh_from_db()
    assert posting.status == Posting.Status.PUBLISHED
    assert posting.published_at is not None
    assert posting.expires_at == posting.published_at + dt.timedelta(days=60)
    assert decision.decided_by == staff_user


def test_a_draft_cannot_be_approved(db, staff_user):
    with pytest.raises(InvalidTransition):
        PostingFactory().approve(by=staff_user)


def test_reject_needs_a_reason_and_keeps_it(db, staff_user):
    posting = PendingPostingFactory()
    with pytest.raises(ValueError):
        posting.reject("  ", by=staff_user)
    decision = posting.reject("Salaire manquant", by=staff_user)
    assert posting.status == Posting.Status.REJECTED
    assert decision.reason == "Salaire manquant"


def test_only_a_published_posting_can_be_closed(db):
    with pytest.raises(InvalidTransition):
        PendingPostingFactory().close()
    posting = PublishedPostingFactory()
    posting.close()
    assert posting.status == Posting.Status.CLOSED


def test_deadline_sets_the_end_of_publication(db):
    deadline = timezone.localdate() + dt.timedelta(days=10)
    posting = PublishedPostingFactory(deadline=deadline)
    assert timezone.localtime(posting.expires_at).date() == deadline + dt.timedelta(days=1)


def test_published_hides_offers_past_their_deadline_or_validity(db):
    live = PublishedPostingFactory()
    PublishedPostingFactory(deadline=timezone.localdate() - dt.timedelta(days=1))
    PublishedPostingFactory(published_at=timezone.now() - dt.timedelta(days=61))
    assert list(Posting.objects.published()) == [live]


def test_published_hides_offers_of_a_suspended_employer(db):
    posting = PublishedPostingFactory()
    posting.employer.is_suspended = True
    posting.employer.save()
    assert not Posting.objects.published().exists()


@pytest.mark.parametrize("status", ["draft", "pending", "rejected", "closed", "expired"])
def test_only_published_offers_are_public(db, status):
    PublishedPostingFactory(status=status)
    assert not Posting.objects.published().exists()
