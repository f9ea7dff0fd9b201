"""The editors' view of where the passages reflections quote stand in the next version:
confirm or correct each mapping (governance.continuity, transitions.passages)."""

from __future__ import annotations

import re
from dataclasses import replace

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from civcare.core.pagination import MAX_PAGE, Page, page_number
from civcare.core.params import parse_positive_int

from .. import selectors, transitions
from ..models import PassageResolution
from .versions import _version, editor_required

MSG_CONFIRMED = gettext_lazy("De plaats van de passage van reflectie #%(pk)s is bevestigd.")
MSG_CORRECTED = gettext_lazy("De plaats van de passage van reflectie #%(pk)s is gecorrigeerd.")
# The correction's choice of "nowhere any more" (the passage is gone).
GONE = "nergens"
# What the page shows (?status=): by default only what needs a decision (#29: it opened on
# all 151 passages, 150 of them unchanged), or all, or one status.
NEEDS_DECISION = "besluit"
ALL = "alle"
# Where an editor lands after deciding on one passage: the passage that came after it in
# the same view, with the message just above it (not at the top of a long page, out of
# view; as on the moderation queue). "einde": after the last one.
LANDING = "passages_landing"
END = "einde"
# The passages a page shows (#29: 151 at once were 62 screens on a phone).
PER_PAGE = 25
_LANDING_RE = re.compile(rf"plaats-[1-9][0-9]{{0,9}}|{END}")


def _shown(value: str) -> str:
    return value if value in {NEEDS_DECISION, ALL, *PassageResolution.Status.values} else ""


@editor_required
@never_cache
@require_http_methods(["GET", "POST"])
def passages(request: HttpRequest, code: str, version: str) -> HttpResponse:
    draft = _version(request, code, version)
    if not draft.based_on_id:
        raise Http404
    if request.method == "POST":
        return _decide(request, draft)
    return render(request, "governance/passages.html", _page(request, draft))


def _page(request: HttpRequest, draft) -> dict:
    shown = _shown(request.GET.get("status", "")) or NEEDS_DECISION
    counts = selectors.passage_counts(draft)
    listing = selectors.passage_listing(
        draft,
        status=shown if shown in PassageResolution.Status.values else "",
        undecided=shown == NEEDS_DECISION,
    )
    listing, page = _one_page(listing, request.GET.get("pagina"))
    landing = _mark_landing(listing, request.session.pop(LANDING, ""))
    context = {
        "version": draft,
        "listing": listing,
        "counts": counts,
        "status": shown,
        "needs_decision": NEEDS_DECISION,
        "all": ALL,
        "status_counts": [
            (value, label, counts.get(value, 0))
            for value, label in PassageResolution.Status.choices
        ],
        "gone": GONE,
        "end": END,
        "page_obj": page,
        "query": urlencode({"status": shown}),
    }
    if landing:
        context["message_before"] = landing
    return context


def _mark_landing(listing: list, landing: str) -> str:
    """Give each passage shown the one after it (where a decision on it lands) and mark the
    one landed at; returns ``landing`` if it is on this page (or the end), else ""."""
    order = [r for item in listing for r in item.resolutions]
    for resolution, following in zip(order, [*order[1:], None], strict=False):
        resolution.next_place = f"plaats-{following.pk}" if following else END
        resolution.is_landing = landing == f"plaats-{resolution.pk}"
    return landing if landing == END or any(r.is_landing for r in order) else ""


def _one_page(listing: list, asked: str | None) -> tuple[list, Page]:
    """The passages of page ``asked`` (PER_PAGE, by section as on the whole list): rendering
    each costs more than finding them all (its text, diff and paragraphs). A page beyond the
    last (after the last passages on it were decided) is the last."""
    order = [r for item in listing for r in item.resolutions]
    last = max(1, -(-len(order) // PER_PAGE))
    number = min(page_number(asked), last)
    on_page = {r.pk for r in order[(number - 1) * PER_PAGE : number * PER_PAGE]}
    listing = [
        replace(item, resolutions=[r for r in item.resolutions if r.pk in on_page])
        for item in listing
    ]
    return [item for item in listing if item.resolutions], Page([], number, number < last)


def _decide(request: HttpRequest, draft) -> HttpResponse:
    resolution = get_object_or_404(
        PassageResolution, pk=parse_positive_int(request.POST.get("plaats")) or 0, version=draft
    )
    chosen = request.POST.get("alinea", "")
    paragraph = parse_positive_int(chosen)
    landing = request.POST.get("na", "")
    try:
        if "bevestigen" in request.POST:
            transitions.confirm_passage(resolution, by=request.user)
            messages.success(request, MSG_CONFIRMED % {"pk": resolution.reflection_id})
        elif chosen == GONE or paragraph is not None:
            transitions.correct_passage(resolution, by=request.user, paragraph=paragraph)
            messages.success(request, MSG_CORRECTED % {"pk": resolution.reflection_id})
        else:
            messages.error(request, _("Kies de alinea waar de passage nu staat."))
            landing = f"plaats-{resolution.pk}"  # nothing changed: back at the same one
    except transitions.InvalidTransition as refusal:
        messages.error(request, refusal.message)
        landing = f"plaats-{resolution.pk}"
    return _back(request, draft, resolution, landing)


def _back(request: HttpRequest, draft, resolution, landing: str) -> HttpResponse:
    """To the same view and page, at ``landing`` with the message (else at the passage)."""
    url = reverse("editor:passages", kwargs={"code": draft.paper.code, "version": draft.number})
    shown = _shown(request.POST.get("status", ""))
    query = {"status": shown} if shown and shown != NEEDS_DECISION else {}
    if (page := parse_positive_int(request.POST.get("pagina", ""))) and 1 < page <= MAX_PAGE:
        query["pagina"] = page
    if query:
        url += "?" + urlencode(query)
    if not _LANDING_RE.fullmatch(landing):
        return redirect(f"{url}#plaats-{resolution.pk}")
    request.session[LANDING] = landing
    return redirect(f"{url}#melding")
