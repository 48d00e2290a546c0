"""Site-wide pages: home, health check, error pages."""

from __future__ import annotations

from allauth.account.views import SignupView as AllauthSignupView
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from board import emails
from board.forms import InvitationForm
from board.models import Invitation
from postings import geo
from postings.cards import posting_cards
from postings.models import ContractType, Posting
from postings.page_cache import cached_for_visitors, shows


@require_safe
@cached_for_visitors
def home(request: HttpRequest) -> HttpResponse:
    """A search box, the latest offers and the number of live offers per contract."""
    latest = list(Posting.objects.published().for_display().ordered()[:6])
    context = {
        "latest": posting_cards(latest),
        "by_contract": live_offers_by_contract(),
        "departments": geo.DEPARTMENT_CHOICES,
    }
    return shows(render(request, "board/home.html", context), latest)


def live_offers_by_contract() -> list[tuple[ContractType, int]]:
    """(contract, number of live offers) for the contracts that have some. Counting 100 000
    offers takes tens of milliseconds, so the counts are kept until an offer is saved (or
    five minutes, as offers also leave the listing by expiring)."""

    def count() -> list[tuple[str, int]]:
        rows = (
            Posting.objects.published()
            .order_by()
            .values_list("contract_type")
            .annotate(n=Count("pk"))
            .values_list("contract_type", "n")
        )
        return list(rows)

    key = f"home:by-contract:{Posting.objects.version()}"
    counts = dict(cache.get_or_set(key, count, 300))
    return [(c, counts[c.value]) for c in ContractType if counts.get(c.value)]


@never_cache
@require_safe
def healthz(request: HttpRequest) -> HttpResponse:
    """200 "ok" when the app and the database answer; 503 when the database does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception:  # any database failure is "not healthy", never a stack trace
        return HttpResponse("database unavailable", status=503, content_type="text/plain")
    return HttpResponse("ok", content_type="text/plain")


def page_not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    """The 404 page, in French."""
    return render(request, "404.html", status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    """The 500 page, in French, without any detail of the failure."""
    return render(request, "500.html", status=500)


class SignupView(AllauthSignupView):
    """allauth's sign-up, with the invitation token of `?invitation=` carried in the form."""

    def get_initial(self) -> dict:
        initial = super().get_initial()
        token = self.request.GET.get("invitation", "")
        if token:
            initial["invitation"] = token
        return initial

    def get_context_data(self, **kwargs: object) -> dict:
        context = super().get_context_data(**kwargs)
        token = self.request.GET.get("invitation") or self.request.POST.get("invitation")
        invitation = Invitation.objects.filter(token=token).first() if token else None
        context["invitation"] = invitation if invitation and invitation.is_usable else None
        return context


@login_required
@require_http_methods(["GET", "POST"])
def team(request: HttpRequest) -> HttpResponse:
    """The organisation's members and pending invitations; POST invites a colleague."""
    employer = request.user.employer
    if employer is None:
        messages.error(request, "Votre compte n'est rattaché à aucune organisation.")
        return redirect("postings:dashboard")
    form = InvitationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        email = form.cleaned_data["email"].lower()
        if employer.members.filter(email__iexact=email).exists():
            form.add_error("email", "Cette personne fait déjà partie de votre organisation.")
        else:
            with transaction.atomic():
                invitation = Invitation.objects.create(
                    employer=employer, email=email, invited_by=request.user
                )
                emails.send_invitation(invitation, request)
            messages.success(request, f"Invitation envoyée à {email}.")
            return redirect("team")
    context = {
        "employer": employer,
        "members": employer.members.order_by("email"),
        "invitations": employer.invitations.filter(accepted_at__isnull=True)[:20],
        "form": form,
    }
    return render(request, "board/team.html", context)


@require_http_methods(["GET", "POST"])
def accept_invitation(request: HttpRequest, token: str) -> HttpResponse:
    """The link of an invitation e-mail: sign up, or (logged in) join the organisation."""
    invitation = get_object_or_404(Invitation.objects.select_related("employer"), token=token)
    if not invitation.is_usable:
        return render(request, "board/invitation.html", {"invitation": None}, status=410)
    if not request.user.is_authenticated:
        signup = f"{reverse('account_signup')}?invitation={invitation.token}"
        return render(
            request, "board/invitation.html", {"invitation": invitation, "signup_url": signup}
        )
    if request.user.employer_id == invitation.employer_id:
        return redirect("postings:dashboard")
    if request.user.employer_id is not None:
        messages.error(
            request,
            f"Votre compte est déjà rattaché à {request.user.employer}. Utilisez une autre "
            "adresse pour rejoindre une seconde organisation.",
        )
        return redirect("postings:dashboard")
    if request.method == "POST":
        invitation.accept(request.user)
        messages.success(request, f"Vous avez rejoint {invitation.employer}.")
        return redirect("postings:dashboard")
    return render(request, "board/invitation.html", {"invitation": invitation})
