"""The editors' view of where the passages reflections quote stand in the next version:
confirm or correct each mapping (papers.governance.continuity, transitions.passages)."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from civcare.core.params import parse_positive_int

from . import selectors, transitions
from .models import PassageResolution
from .views import _version, editor_required

MSG_CONFIRMED = gettext_lazy("De plaats van de passage van reflectie #%(pk)s is bevestigd.")
MSG_CORRECTED = gettext_lazy("De plaats van de passage van reflectie #%(pk)s is gecorrigeerd.")
# The correction's choice of "nowhere any more" (the passage is gone).
GONE = "nergens"


@editor_required
@never_cache
@require_http_methods(["GET", "POST"])
def passages(request: HttpRequest, code: str, version: str) -> HttpResponse:
    draft = _version(request, code, version)
    if not draft.based_on_id:
        raise Http404
    if request.method == "POST":
        return _decide(request, draft)
    status = request.GET.get("status", "")
    if status not in PassageResolution.Status.values:
        status = ""
    counts = selectors.passage_counts(draft)
    context = {
        "version": draft,
        "listing": selectors.passage_listing(draft, status=status),
        "counts": counts,
        "status": status,
        "status_counts": [
            (value, label, counts.get(value, 0))
            for value, label in PassageResolution.Status.choices
        ],
        "gone": GONE,
    }
    return render(request, "governance/passages.html", context)


def _decide(request: HttpRequest, draft) -> HttpResponse:
    resolution = get_object_or_404(
        PassageResolution, pk=parse_positive_int(request.POST.get("plaats")) or 0, version=draft
    )
    chosen = request.POST.get("alinea", "")
    paragraph = parse_positive_int(chosen)
    try:
        if "bevestigen" in request.POST:
            transitions.confirm_passage(resolution, by=request.user)
            messages.success(request, MSG_CONFIRMED % {"pk": resolution.reflection_id})
        elif chosen == GONE or paragraph is not None:
            transitions.correct_passage(resolution, by=request.user, paragraph=paragraph)
            messages.success(request, MSG_CORRECTED % {"pk": resolution.reflection_id})
        else:
            messages.error(request, _("Kies de alinea waar de passage nu staat."))
    except transitions.InvalidTransition as refusal:
        messages.error(request, refusal.message)
    url = reverse("editor:passages", kwargs={"code": draft.paper.code, "version": draft.number})
    return redirect(f"{url}#plaats-{resolution.pk}")
