"""What the moderators decided: the log of handled items with its undo, and the reason
texts they keep for reuse."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from civcare.core.params import parse_positive_int
from papers.models import Paper

from .. import moderation, selectors
from ..forms import SavedReasonForm
from ..models import ModerationEvent, Reflection, SavedReason
from .moderation import moderator_required, safe_return


def _handled_filters(query) -> selectors.HandledFilters:
    action = query.get("besluit", "")
    days = query.get("dagen", "7")
    return selectors.HandledFilters(
        action=action if action in ModerationEvent.DECISION_ACTIONS else "",
        moderator="mij" if query.get("wie") == "mij" else "",
        paper=query.get("paper", "")[:40],
        days=days if (days := parse_positive_int(days)) in selectors.HANDLED_DAYS else 7,
    )


@moderator_required
@never_cache
@require_http_methods(["GET"])
def handled(request: HttpRequest) -> HttpResponse:
    filters = _handled_filters(request.GET)
    page = selectors.handled(filters, viewer=request.user, page_number=request.GET.get("pagina"))
    query = request.GET.copy()
    query.pop("pagina", None)
    return render(
        request,
        "reflections/moderation/handled.html",
        {
            "page_obj": page,
            "events": page.object_list,
            "filters": filters,
            "actions": [
                (code, label)
                for code, label in ModerationEvent.Action.choices
                if code in ModerationEvent.DECISION_ACTIONS
            ],
            "day_choices": selectors.HANDLED_DAYS,
            "papers": Paper.objects.order_by("code").only("code", "title"),
            "page_query": query.urlencode(),
            "undo_minutes": settings.MODERATION_UNDO_MINUTES,
        },
    )


@moderator_required
@require_POST
def reopen(request: HttpRequest, pk: int) -> HttpResponse:
    reflection = get_object_or_404(Reflection, pk=pk)
    decision = request.POST.get("decision", "")
    try:
        moderation.reopen(
            reflection, by=request.user, decision_id=parse_positive_int(decision) or 0
        )
    except (moderation.InvalidTransition, moderation.OwnReflection) as refusal:
        messages.error(request, refusal.message)
    else:
        restored = _(
            "Verwijdering teruggedraaid: #%(pk)d staat weer online. De auteur krijgt daarvan "
            "bericht."
        )
        reopened = _(
            "Besluit heropend: #%(pk)d staat weer in de wachtrij. De auteur krijgt alleen "
            "bericht van het besluit dat u nu neemt."
        )
        reflection.refresh_from_db(fields=["status"])
        message = restored if reflection.is_approved else reopened
        messages.success(request, message % {"pk": reflection.pk})
    return redirect(safe_return(request.POST.get("next", "")) or reverse("reflections:handled"))


@moderator_required
@never_cache
@require_http_methods(["GET", "POST"])
def saved_reasons(request: HttpRequest) -> HttpResponse:
    form = SavedReasonForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        return _saved(request, form)
    return render(
        request,
        "reflections/moderation/saved_reasons.html",
        {"form": form, "reasons": SavedReason.objects.all()},
        status=400 if form.errors else 200,
    )


@moderator_required
@never_cache
@require_http_methods(["GET", "POST"])
def saved_reason(request: HttpRequest, pk: int) -> HttpResponse:
    reason = get_object_or_404(SavedReason, pk=pk)
    if request.method == "POST" and "delete" in request.POST:
        reason.delete()
        messages.success(request, _("Standaardtekst verwijderd."))
        return redirect("reflections:saved_reasons")
    form = SavedReasonForm(request.POST or None, instance=reason)
    if request.method == "POST" and form.is_valid():
        return _saved(request, form)
    return render(
        request,
        "reflections/moderation/saved_reason.html",
        {"form": form, "reason": reason},
        status=400 if form.errors else 200,
    )


def _saved(request: HttpRequest, form: SavedReasonForm) -> HttpResponse:
    form.save()
    messages.success(request, _("Standaardtekst bewaard."))
    return redirect("reflections:saved_reasons")
