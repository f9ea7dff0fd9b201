"""The moderators' pages: the queue, one reflection with its history, the reported list."""

from __future__ import annotations

from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from civcare.accounts.models import Perspective
from civcare.core.fragments import render_each
from papers.models import Paper

from . import moderation, selectors
from .forms import DeclineForm, KeepForm, RevisionForm
from .models import Reflection
from .permissions import is_moderator

MSG_APPROVED = gettext_lazy("Gepubliceerd: de reflectie is nu voor iedereen zichtbaar.")
MSG_DECLINED = gettext_lazy("Niet geplaatst. De auteur krijgt de reden per e-mail.")
MSG_REVISION = gettext_lazy("De auteur is gevraagd de reflectie aan te passen.")
MSG_KEPT = gettext_lazy("De reflectie blijft gepubliceerd; de meldingen zijn afgehandeld.")


def moderator_required(view):
    """Signed-in moderators only: others are sent to log in, or get a 403."""

    @wraps(view)
    @login_required
    def wrapped(request, *args, **kwargs):
        if not is_moderator(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


def _back_to_queue(request: HttpRequest) -> HttpResponse:
    target = request.POST.get("next", "")
    if target.startswith("/moderatie/"):
        return redirect(target)
    return redirect("reflections:queue")


@moderator_required
@never_cache
@require_http_methods(["GET", "POST"])
def queue(request: HttpRequest) -> HttpResponse:
    filters = _queue_filters(request.GET)
    if request.method == "POST":
        if "approve" in request.POST:
            _approve_one(request)
        elif "bulk_approve" in request.POST:
            _approve_selected(request)
        elif "bulk_all" in request.POST:
            _approve_all_matching(request, filters)
        return _back_to_queue(request)
    page = selectors.moderation_queue(filters, page_number=request.GET.get("pagina"))
    query = request.GET.copy()
    query.pop("pagina", None)
    context = {
        "page_obj": page,
        "reflections": page.object_list,
        "items": _queue_items(page.object_list, moderator=request.user),
        "papers": Paper.objects.order_by("code").only("code", "title"),
        "filters": filters,
        "overview": selectors.queue_overview(filters),
        "matching": selectors.awaiting(filters).count(),
        "perspectives": Perspective.choices,
        "orders": QUEUE_ORDER_LABELS,
        "page_query": query.urlencode(),
        "bulk_all_limit": BULK_ALL_LIMIT,
    }
    return render(request, "reflections/moderation/queue.html", context)


QUEUE_ORDER_LABELS = [
    ("oudste", gettext_lazy("Oudste eerst")),
    ("nieuwste", gettext_lazy("Nieuwste eerst")),
    ("paper", gettext_lazy("Per paper, sectie en vraag")),
]
# "Alle N die aan dit filter voldoen" publishes at most this many in one step (each is its
# own transition, audited and mailed).
BULK_ALL_LIMIT = 500


def _queue_filters(query) -> selectors.QueueFilters:
    """The queue's filter from the query string; a value that is not in the lists is left
    out (the filter form only offers what exists)."""
    perspective = query.get("perspectief", "")
    order = query.get("volgorde", "oudste")
    return selectors.QueueFilters(
        paper=query.get("paper", "")[:40],
        perspective=perspective if perspective in Perspective.values else "",
        revised=query.get("aangepast") == "1",
        text=" ".join(query.get("q", "").split())[:200],
        order=order if order in selectors.QUEUE_ORDERS else "oudste",
    )


def _approve_all_matching(request: HttpRequest, filters) -> None:
    ids = list(
        selectors.awaiting(filters)
        .filter(revision_body="")  # a change to a published text is read as a diff, one by one
        .exclude(author=request.user)
        .order_by("submitted_at", "pk")
        .values_list("pk", flat=True)[:BULK_ALL_LIMIT]
    )
    _publish(request, ids)


def _queue_items(reflections, *, moderator) -> list[str]:
    """Items are cached for every moderator; one's own are rendered apart (without the
    buttons: another moderator decides about them)."""
    others = [r for r in reflections if r.author_id != moderator.pk]
    cached = iter(
        render_each(
            others,
            selectors.QUEUE_ITEM_TEMPLATE,
            version_of=selectors.queue_item_version,
            name="reflection",
        )
    )
    own = {"is_own": True}
    return [
        next(cached)
        if reflection.author_id != moderator.pk
        else render_to_string(selectors.QUEUE_ITEM_TEMPLATE, {"reflection": reflection, **own})
        for reflection in reflections
    ]


def _approve_one(request: HttpRequest) -> None:
    # "12", or "12:<digest>" for a change to a published reflection (what was seen).
    pk, _sep, seen = request.POST["approve"].partition(":")
    reflection = get_object_or_404(Reflection, pk=pk if pk.isdigit() else 0)
    try:
        moderation.approve(reflection, by=request.user, seen_revision=seen or None)
    except (moderation.InvalidTransition, moderation.OwnReflection) as refusal:
        messages.error(request, refusal.message)
    else:
        messages.success(request, MSG_APPROVED)


def _approve_selected(request: HttpRequest) -> None:
    _publish(request, [int(pk) for pk in request.POST.getlist("selected") if pk.isdigit()])


def _publish(request: HttpRequest, ids: list[int]) -> None:
    if not ids:
        messages.error(request, _("Kies eerst de reflecties die u wilt publiceren."))
        return
    approved, skipped = moderation.bulk_approve(ids, by=request.user)
    messages.success(
        request,
        ngettext("%(n)d reflectie gepubliceerd.", "%(n)d reflecties gepubliceerd.", approved)
        % {"n": approved},
    )
    if skipped:
        messages.warning(
            request,
            ngettext(
                "%(n)d niet gepubliceerd: al beoordeeld door iemand anders, of uw eigen reflectie.",
                "%(n)d niet gepubliceerd: al beoordeeld door iemand anders, of "
                "uw eigen reflecties.",
                skipped,
            )
            % {"n": skipped},
        )


@moderator_required
@never_cache
@require_http_methods(["GET"])
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    reflection = get_object_or_404(
        Reflection.objects.select_related(
            "version__paper", "section", "question", "author", "parent"
        ),
        pk=pk,
    )
    return _render_detail(request, reflection)


def _render_detail(
    request, reflection, *, decline_form=None, revision_form=None, keep_form=None, status=200
):
    return render(
        request,
        "reflections/moderation/detail.html",
        {
            "reflection": reflection,
            **selectors.moderation_history(reflection),
            "decline_form": decline_form or DeclineForm(),
            "revision_form": revision_form or RevisionForm(),
            "keep_form": keep_form or KeepForm(),
            "is_own": reflection.author_id == request.user.pk,
            "reports_to_hide": settings.REPORTS_TO_HIDE,
        },
        status=status,
    )


# What each button on a reflection's page does: its form (the reason), the transition, and
# what the moderator is told.
DECISIONS = {
    "decline": ("decline_form", DeclineForm, moderation.decline, MSG_DECLINED),
    "revision": ("revision_form", RevisionForm, moderation.request_revision, MSG_REVISION),
    "keep": ("keep_form", KeepForm, moderation.keep_published, MSG_KEPT),
}


@moderator_required
@require_POST
def decide(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    reflection = get_object_or_404(
        Reflection.objects.select_related("version__paper", "section", "question", "author"),
        pk=pk,
    )
    if action != "approve" and action not in DECISIONS:
        raise PermissionDenied
    try:
        if action == "approve":
            seen = request.POST.get("revision") or None
            moderation.approve(reflection, by=request.user, seen_revision=seen)
            messages.success(request, MSG_APPROVED)
        else:
            name, form_class, transition, done = DECISIONS[action]
            form = form_class(request.POST)
            if not form.is_valid():
                return _render_detail(request, reflection, **{name: form}, status=400)
            transition(reflection, by=request.user, **form.cleaned_data)
            messages.success(request, done)
    except (moderation.InvalidTransition, moderation.OwnReflection) as refusal:
        messages.error(request, refusal.message)
        return redirect("reflections:moderate", pk=reflection.pk)
    return _back_to_queue(request)


@moderator_required
@never_cache
@require_http_methods(["GET"])
def reported(request: HttpRequest) -> HttpResponse:
    page, reflections = selectors.reported(page_number=request.GET.get("pagina"))
    return render(
        request,
        "reflections/moderation/reported.html",
        {"page_obj": page, "reflections": reflections},
    )
