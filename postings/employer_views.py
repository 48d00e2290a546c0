"""The employer's space (`/espace/`): paste an offer, review it, submit, close, duplicate.

Every query starts from `Posting.objects.owned_by(request.user)`: another organisation's offer
is a 404. State changes are POST only and call one model method each.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from postings import drafts
from postings.forms import PasteForm, PostingForm
from postings.models import InvalidTransition, ModerationDecision, Posting

EXTRACTION_FAILED = (
    "Votre texte est enregistré, mais son analyse automatique a échoué : "
    "remplissez les champs vous-même."
)


def owned_posting(request: HttpRequest, pk: int) -> Posting:
    """One of the user's organisation's offers, or 404."""
    return get_object_or_404(
        Posting.objects.owned_by(request.user).select_related("employer"), pk=pk
    )


def refused(request: HttpRequest) -> HttpResponse | None:
    """The page explaining why this account cannot post (suspended, unconfirmed…), if so."""
    reason = request.user.posting_refusal()
    if reason:
        return render(request, "postings/employer/cannot_post.html", {"reason": reason}, status=403)
    return None


@login_required
@require_safe
def dashboard(request: HttpRequest) -> HttpResponse:
    """The organisation's offers by status, with their dates and moderation reasons."""
    postings = (
        Posting.objects.owned_by(request.user)
        .prefetch_related(Prefetch("decisions", queryset=ModerationDecision.objects.all()))
        .order_by("-updated_at")
    )
    groups = {status: [] for status in Posting.Status}
    for posting in postings:
        groups[Posting.Status(posting.status)].append(posting)
    context = {
        "groups": [(status, items) for status, items in groups.items() if items],
        "refusal": request.user.posting_refusal(),
        "employer": request.user.employer,
    }
    return render(request, "postings/employer/dashboard.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def new_posting(request: HttpRequest) -> HttpResponse:
    """Paste or upload: the text is saved as a draft first, then the extractor fills it."""
    if response := refused(request):
        return response
    form = PasteForm(request.POST or None, request.FILES or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        text = form.cleaned_data["posting_text"]
        posting = Posting.objects.create(
            employer=request.user.employer,
            created_by=request.user,
            raw_text=text,
            description=text,
        )
        try:
            drafts.fill_from_text(posting, today=timezone.localdate())
        except Exception:  # the draft and its text are saved; the employer fills the fields
            messages.warning(request, EXTRACTION_FAILED)
        return redirect("postings:review", pk=posting.pk)
    return render(request, "postings/employer/new.html", {"form": form})


def review_page(request: HttpRequest, posting: Posting, form: PostingForm, status: int = 200):
    """The review page: the form, the evidence beside each field, a preview."""
    return render(
        request,
        "postings/employer/review.html",
        {"posting": posting, "form": form, "sections": form.sections(posting.evidence or {})},
        status=status,
    )


@login_required
@require_http_methods(["GET", "POST"])
def review(request: HttpRequest, pk: int) -> HttpResponse:
    """Review and edit an offer; POST saves it (a draft stays a draft)."""
    posting = owned_posting(request, pk)
    form = PostingForm(request.POST or None, instance=posting)
    if request.method == "POST":
        if not posting.is_editable:
            messages.error(request, "Cette offre ne peut pas être modifiée dans son état actuel.")
            return redirect("postings:review", pk=pk)
        if form.is_valid():
            if form.save_edits():
                messages.warning(
                    request,
                    "Vos modifications changent des informations de l'offre : elle repasse en "
                    "validation et reste hors ligne jusqu'à la décision.",
                )
            else:
                messages.success(request, "Modifications enregistrées.")
            return redirect("postings:review", pk=pk)
        return review_page(request, posting, form)
    return review_page(request, posting, form)


@login_required
@require_POST
def submit(request: HttpRequest, pk: int) -> HttpResponse:
    """Save the review form and send the offer to moderation."""
    if response := refused(request):
        return response
    posting = owned_posting(request, pk)
    if not posting.can_be_submitted:
        messages.error(request, "Cette offre a déjà été envoyée en validation.")
        return redirect("postings:review", pk=pk)
    form = PostingForm(request.POST, instance=posting, submitting=True)
    if not form.is_valid():
        return review_page(request, posting, form)
    form.save_edits()
    posting.submit()
    messages.success(
        request, "Votre offre est envoyée en validation : vous recevrez un e-mail à la décision."
    )
    return redirect("postings:dashboard")


@login_required
@require_POST
def close(request: HttpRequest, pk: int) -> HttpResponse:
    """End a published offer: it leaves the listing."""
    posting = owned_posting(request, pk)
    try:
        posting.close()
    except InvalidTransition as error:
        messages.error(request, str(error))
    else:
        messages.success(request, "L'offre est clôturée : elle n'apparaît plus dans les offres.")
    return redirect("postings:dashboard")


@login_required
@require_POST
def duplicate(request: HttpRequest, pk: int) -> HttpResponse:
    """Copy any offer of the organisation into a new draft."""
    if response := refused(request):
        return response
    copy = owned_posting(request, pk).duplicate(by=request.user)
    messages.success(request, "Copie créée : relisez-la puis envoyez-la en validation.")
    return redirect("postings:review", pk=copy.pk)


@login_required
@require_POST
def delete(request: HttpRequest, pk: int) -> HttpResponse:
    """Delete a draft."""
    posting = owned_posting(request, pk)
    try:
        posting.delete_draft()
    except InvalidTransition as error:
        messages.error(request, str(error))
    else:
        messages.success(request, "Brouillon supprimé.")
    return redirect("postings:dashboard")
