"""The moderators' pages: the queue, one reflection with its history, the reported list."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import wraps
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from civcare.accounts.models import Perspective
from civcare.core import identifiability
from civcare.core.fragments import render_each
from civcare.core.params import parse_number, parse_positive_int
from papers.models import Paper, PaperVersion

from .. import claims, moderation, queue_cards, selectors
from ..forms import DeclineForm, KeepForm, NoteForm, RedactionChoice, RevisionForm
from ..models import Reflection
from ..permissions import is_moderator

MSG_APPROVED = gettext_lazy("Gepubliceerd: de reflectie is nu voor iedereen zichtbaar.")
MSG_DECLINED = gettext_lazy("Niet geplaatst. De auteur krijgt de reden per e-mail.")
MSG_REVISION = gettext_lazy("De auteur is gevraagd de reflectie aan te passen.")
MSG_KEPT = gettext_lazy("De reflectie blijft gepubliceerd; de meldingen zijn afgehandeld.")
MSG_REDACTED = gettext_lazy(
    "Gepubliceerd zonder wat u koos. De auteur krijgt per e-mail te horen wat er is vervangen "
    "en waarom; de weggelaten woorden zijn nergens bewaard."
)


def moderator_required(view):
    """Signed-in moderators only: others are sent to log in, or get a 403."""

    @wraps(view)
    @login_required
    def wrapped(request, *args, **kwargs):
        if not is_moderator(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


def safe_return(target: str) -> str:
    """A place in the moderation pages to return to (from a form or a link), or ""."""
    target = target.strip()
    if target.startswith("/moderatie/") and url_has_allowed_host_and_scheme(target, None):
        return target
    return ""


# Where a moderator lands after a decision from the queue: the card that came next. The
# message about the decision is shown just above it (not at the top of a long page, out of
# view), and the page opens at the message.
LANDING = "moderation_landing"


def _back_to_queue(request: HttpRequest, *, landing: str = "") -> HttpResponse:
    target = safe_return(request.POST.get("next", "")) or reverse("reflections:queue")
    path, _sep, anchor = target.partition("#")
    anchor = anchor or landing
    if anchor.startswith("reflectie-") and path.startswith(reverse("reflections:queue")):
        request.session[LANDING] = anchor
        target = f"{path}#melding"
    return redirect(target)


@moderator_required
@never_cache
@require_http_methods(["GET", "POST"])
def queue(request: HttpRequest) -> HttpResponse:
    filters = _queue_filters(request.GET)
    if request.method == "POST":
        _queue_action(request, filters)
        # A decision on one card lands at the card after it (each card names it).
        decided = _seen([request.POST.get("approve", "")])
        landing = request.POST.get(f"na-{next(iter(decided), '')}", "")
        return _back_to_queue(request, landing=landing if _ANCHOR.fullmatch(landing) else "")
    context = _queue_context(request, filters)
    landing = request.session.pop(LANDING, "")
    if any(row.reflection.anchor == landing for row in context["rows"]):
        context["message_before"] = landing
    return render(request, "reflections/moderation/queue.html", context)


def _queue_action(request: HttpRequest, filters) -> None:
    if "approve" in request.POST:
        _approve_one(request)
    elif "bulk_approve" in request.POST:
        _approve_selected(request, "selected")
    elif "bulk_page" in request.POST:
        _approve_selected(request, "shown")


def _queue_context(request: HttpRequest, filters) -> dict:
    page = selectors.moderation_queue(filters, page_number=request.GET.get("pagina"))
    query = request.GET.copy()
    query.pop("pagina", None)
    rows = _queue_rows(page.object_list, moderator=request.user, back=request.get_full_path())
    return {
        "page_obj": page,
        "reflections": page.object_list,
        "rows": rows,
        "papers": Paper.objects.order_by("code").only("code", "title"),
        "versions": PaperVersion.objects.select_related("paper").order_by(
            "paper__code", "major", "minor"
        ),
        "filters": filters,
        "overview": (overview := selectors.queue_overview(filters)),
        "matching": overview["matching"],
        "perspectives": Perspective.choices,
        "orders": QUEUE_ORDER_LABELS,
        "page_query": query.urlencode(),
        "bulk_all_limit": BULK_ALL_LIMIT,
    }


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
    version = query.get("versie", "")
    return selectors.QueueFilters(
        paper=query.get("paper", "")[:40],
        version=parse_positive_int(version),
        perspective=perspective if perspective in Perspective.values else "",
        revised=query.get("aangepast") == "1",
        reported=query.get("gemeld") == "1",
        findings=query.get("persoonsgegevens") == "1",
        text=" ".join(query.get("q", "").split())[:200],
        order=order if order in selectors.QUEUE_ORDERS else "oudste",
    )


# How long a confirmation of "alle N" stays valid: the count it showed grows stale.
APPROVE_ALL_VALID_FOR = timedelta(minutes=30)


def _publishable_in_bulk(filters, moderator, *, until):
    """The ids "alle N" publishes: what matches the filter and was submitted or changed no
    later than ``until``, without changes to published texts (read as a diff, one by one),
    the moderator's own, or what another moderator has open; oldest first."""
    return (
        selectors.awaiting(filters)
        .filter(revision_body="", submitted_at__lte=until)
        .exclude(author=moderator)
        .exclude(pk__in=claims.held_by_others(moderator).values("reflection_id"))
        .order_by("submitted_at", "pk")
        .values_list("pk", flat=True)
    )


@moderator_required
@never_cache
@require_http_methods(["GET", "POST"])
def approve_all(request: HttpRequest) -> HttpResponse:
    """ "Alle N die aan dit filter voldoen publiceren": first the count and what it skips
    (GET), then exactly those: at most the confirmed number, none submitted after the
    confirmation page was made (POST)."""
    filters = _queue_filters(request.GET)
    back = f"{reverse('reflections:queue')}?{request.GET.urlencode()}".rstrip("?")
    if filters.reported:
        return redirect(back)
    if request.method == "POST":
        _approve_all_confirmed(request, filters)
        return redirect(back)
    made = timezone.now()
    ids = list(_publishable_in_bulk(filters, request.user, until=made)[: BULK_ALL_LIMIT + 1])
    context = {"filters": filters, "count": min(len(ids), BULK_ALL_LIMIT), "made": made}
    context |= {"more": len(ids) > BULK_ALL_LIMIT, "limit": BULK_ALL_LIMIT, "back": back}
    return render(request, "reflections/moderation/approve_all.html", context)


def _approve_all_confirmed(request: HttpRequest, filters) -> None:
    count = request.POST.get("aantal", "")
    confirmed = parse_number(count)
    try:
        made = datetime.fromisoformat(request.POST.get("gemaakt", ""))
    except ValueError:
        made = None
    if confirmed is None or made is None or made.tzinfo is None:
        messages.error(request, _("Deze bevestiging is onvolledig. Open de lijst opnieuw."))
        return
    if timezone.now() - made > APPROVE_ALL_VALID_FOR:
        messages.error(request, _("Deze bevestiging is verlopen. Open de lijst opnieuw."))
        return
    limit = min(confirmed, BULK_ALL_LIMIT)
    ids = list(_publishable_in_bulk(filters, request.user, until=made)[:limit])
    _publish(request, ids, until=made, confirmed=confirmed)


@dataclass
class QueueRow:
    """One card of the queue: the cached rendering of the text, and what is per moderator
    and per moment around it (the claim, the buttons, the way back)."""

    reflection: Reflection
    html: str
    claim: object | None
    is_own: bool
    request: object | None  # the moderator's request a resubmission answers
    detail_url: str
    next_anchor: str = ""  # the card after this one: where a decision here lands
    card: str = ""  # the whole <li>, built by queue_cards

    @property
    def selectable(self) -> bool:
        reflection = self.reflection
        return not (
            self.is_own
            or reflection.has_pending_revision
            or reflection.report_count
            or reflection.is_hidden
        )


def _queue_rows(reflections, *, moderator, back: str) -> list[QueueRow]:
    """Texts are rendered once and cached for every moderator (two queries beside them:
    the claims and the revision requests on the page)."""
    html = render_each(
        reflections,
        selectors.QUEUE_ITEM_TEMPLATE,
        version_of=selectors.queue_item_version,
        name="reflection",
    )
    held = claims.on_page(reflections, moderator)
    requests = selectors.revision_requests(r for r in reflections if r.is_resubmission)
    rows = []
    for index, (reflection, text) in enumerate(zip(reflections, html, strict=True)):
        # After a decision on this item, the moderator lands where it stood: on the next one.
        following = reflections[index + 1] if index + 1 < len(reflections) else None
        back_here = f"{back}#{following.anchor}" if following else back
        detail = reverse("reflections:moderate", args=[reflection.pk])
        rows.append(
            QueueRow(
                reflection=reflection,
                html=text,
                claim=held.get(reflection.pk),
                is_own=reflection.author_id == moderator.pk,
                request=requests.get(reflection.pk),
                detail_url=f"{detail}?{urlencode({'terug': back_here})}",
                next_anchor=following.anchor if following else "",
            )
        )
    return queue_cards.with_cards(rows)


_SEEN = re.compile(r"([0-9]{1,9}):([0-9a-f]{16,64})")
_ANCHOR = re.compile(r"reflectie-[0-9]{1,9}")


def _seen(values: list[str]) -> dict[int, str]:
    """ "12:<digest>" per card: the reflection and the text the moderator was shown."""
    return {int(m[1]): m[2] for value in values if (m := _SEEN.fullmatch(value))}


def _approve_one(request: HttpRequest) -> None:
    ((pk, seen),) = _seen([request.POST["approve"]]).items() or [(0, "")]
    reflection = get_object_or_404(Reflection, pk=pk)
    try:
        moderation.approve(reflection, by=request.user, seen=seen)
    except (moderation.InvalidTransition, moderation.OwnReflection) as refusal:
        messages.error(request, refusal.message)
    else:
        messages.success(request, MSG_APPROVED)


def _approve_selected(request: HttpRequest, field: str) -> None:
    """The ticked items ("selected"), or every one that could be ticked on the page
    ("shown"); at most a page's worth is read from the form."""
    seen = _seen(request.POST.getlist(field)[:BULK_ALL_LIMIT])
    _publish(request, list(seen), seen=seen)


def _publish(
    request: HttpRequest, ids: list[int], *, seen=None, until=None, confirmed=None
) -> None:
    if not ids:
        messages.error(request, _("Kies eerst de reflecties die u wilt publiceren."))
        return
    approved, skipped = moderation.bulk_approve(ids, by=request.user, seen=seen, until=until)
    messages.success(
        request,
        ngettext("%(n)d reflectie gepubliceerd.", "%(n)d reflecties gepubliceerd.", approved)
        % {"n": approved},
    )
    skipped = confirmed - approved if confirmed is not None else skipped
    if skipped:
        messages.warning(
            request,
            ngettext(
                "%(n)d niet gepubliceerd: intussen beoordeeld door iemand anders, in "
                "behandeling bij een andere moderator, door de auteur gewijzigd nadat u de "
                "lijst zag, of uw eigen reflectie.",
                "%(n)d niet gepubliceerd: intussen beoordeeld door iemand anders, in "
                "behandeling bij een andere moderator, door de auteur gewijzigd nadat u de "
                "lijst zag, of uw eigen reflecties.",
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
    claim = None
    if reflection.author_id != request.user.pk and (
        reflection.is_pending or reflection.has_pending_revision or reflection.report_count
    ):
        claim = claims.take(reflection, request.user)
    return _render_detail(request, reflection, claim=claim)


def _render_detail(
    request, reflection, *, status=200, claim=None, redaction=None, redaction_error="", **forms
):
    back = safe_return(request.GET.get("terug", "") or request.POST.get("next", ""))
    if not back and (reflection.report_count or reflection.is_hidden):
        back = reverse("reflections:reported")
    return render(
        request,
        "reflections/moderation/detail.html",
        {
            "reflection": reflection,
            **selectors.moderation_history(reflection),
            "decline_form": forms.get("decline_form")
            or DeclineForm(initial={"seen_status": reflection.moderation_state}),
            "revision_form": forms.get("revision_form") or RevisionForm(),
            "keep_form": forms.get("keep_form") or KeepForm(),
            "note_form": forms.get("note_form") or NoteForm(),
            "is_own": reflection.author_id == request.user.pk,
            "check": _waiting_text_check(reflection, redaction, redaction_error),
            "reports_to_hide": settings.REPORTS_TO_HIDE,
            "claim": claim,
            "back": back,
        },
        status=status,
    )


def _waiting_text_check(
    reflection: Reflection, choice: RedactionChoice | None = None, error: str = ""
) -> dict | None:
    """The text waiting for a decision with what may identify someone marked, for the
    moderator's "weglaten en publiceren"; None when nothing waits. A finding is ticked when
    it is probably right, or, when the form comes back (an error, "aanpassen"), as the
    moderator left it."""
    if not (reflection.is_pending or reflection.has_pending_revision):
        return None
    text = reflection.revision_body if reflection.has_pending_revision else reflection.body
    try:
        findings = identifiability.find(text)
    except identifiability.CheckUnavailable:
        findings = None
    rows = []
    for f in findings or []:
        value = f"{f.start}:{f.end}:{f.category}"
        ticked = value in choice.ticked if choice else f.is_probable
        label = identifiability.LABELS[f.category]
        rows.append((value, label, f.text, identifiability.PLACEHOLDERS[f.category], ticked))
    return {
        "findings": rows,
        "available": findings is not None,
        "marked": identifiability.marked(text, findings or []),
        "seen": Reflection.digest(text),
        "other_placeholder": identifiability.OTHER_PLACEHOLDER,
        "typed": choice.typed if choice else "",
        "error": error,
    }


@moderator_required
@require_POST
def redact(request: HttpRequest, pk: int) -> HttpResponse:
    """Two steps: the result is shown first ("Bekijk het resultaat"), and only what the
    moderator saw is published ("publiceren"); "aanpassen" returns to the choices as left."""
    reflection = get_object_or_404(
        Reflection.objects.select_related("version__paper", "section", "question", "author"),
        pk=pk,
    )
    choice = RedactionChoice.from_post(request.POST)
    if "aanpassen" in request.POST:
        return _render_detail(request, reflection, redaction=choice)
    arguments = {"seen": choice.seen, "spans": list(choice.spans), "words": choice.words}
    try:
        if "publiceren" not in request.POST:
            result = moderation.preview_redaction(reflection, by=request.user, **arguments)
            return _render_redaction(request, reflection, choice, result)
        moderation.redact(reflection, by=request.user, seen_result=choice.result, **arguments)
    except (moderation.InvalidTransition, moderation.OwnReflection) as refusal:
        return _render_detail(
            request, reflection, redaction=choice, redaction_error=refusal.message, status=400
        )
    messages.success(request, MSG_REDACTED)
    return _back_to_queue(request)


def _render_redaction(request, reflection, choice: RedactionChoice, result) -> HttpResponse:
    return render(
        request,
        "reflections/moderation/redact_confirm.html",
        {
            "reflection": reflection,
            "choice": choice,
            "result": result,
            "result_digest": Reflection.digest(result.text),
            "summary": identifiability.summary(result.replaced),
            "back": safe_return(request.POST.get("next", "")),
        },
    )


@moderator_required
@require_POST
def add_note(request: HttpRequest, pk: int) -> HttpResponse:
    reflection = get_object_or_404(
        Reflection.objects.select_related("version__paper", "section", "question", "author"),
        pk=pk,
    )
    form = NoteForm(request.POST)
    if not form.is_valid():
        return _render_detail(request, reflection, note_form=form, status=400)
    moderation.add_note(reflection, by=request.user, body=form.cleaned_data["body"])
    messages.success(request, _("Notitie bewaard. Alleen moderatoren lezen haar."))
    target = reverse("reflections:moderate", args=[reflection.pk])
    back = safe_return(request.POST.get("next", ""))
    return redirect(f"{target}?{urlencode({'terug': back})}#notities" if back else target)


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
            moderation.approve(reflection, by=request.user, seen=request.POST.get("gezien", ""))
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
        {
            "page_obj": page,
            "reflections": reflections,
            "decline_reasons": moderation.DECLINE_REASONS,
            "here": request.get_full_path(),
        },
    )
