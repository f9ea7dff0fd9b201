"""Readers' and authors' pages: write, preview, reply, edit, withdraw, report, my reflections."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from papers.selectors import public_version, reflection_targets

from . import moderation, selectors
from .forms import PAPER_TARGET, EditForm, PresentationForm, ReflectionForm, ReplyForm, ReportForm
from .models import Reflection
from .permissions import can_change_presentation, can_edit, can_withdraw, is_author
from .selectors import Viewer

MSG_SUBMITTED = gettext_lazy(
    "Dank u. Uw reflectie is ontvangen en wacht op een moderator. U krijgt een e-mail "
    "zodra zij is beoordeeld."
)
MSG_DUPLICATE = gettext_lazy("Deze reflectie had u al geplaatst; zij staat er één keer.")
MSG_SIGN_IN_TO_POST = gettext_lazy(
    "Log in of maak een account om uw reflectie te plaatsen. Uw tekst is bewaard: u vindt "
    "hem terug in het formulier."
)
MSG_VERIFY_FIRST = gettext_lazy(
    "Bevestig eerst uw e-mailadres met de link uit onze e-mail. Uw tekst is bewaard."
)
MSG_EDITED = gettext_lazy("Uw aanpassing is ontvangen en wacht op een moderator.")
MSG_WITHDRAWN = gettext_lazy("Uw reflectie is ingetrokken.")
MSG_PRESENTATION = gettext_lazy("Uw keuze is opgeslagen.")
MSG_REPORTED = gettext_lazy("Dank u voor uw melding. Een moderator bekijkt haar.")
MSG_ALREADY_REPORTED = gettext_lazy("U heeft deze reflectie al gemeld.")

DRAFT_FIELDS = ["target", "perspective", "body", "is_anonymous", "may_quote"]
# One draft per session: the latest text someone wrote before they could post, already
# checked against the length limit. Sessions expire (SESSION_COOKIE_AGE) and the periodic
# job (manage.py send_notifications) removes expired ones with clearsessions, so a
# health-related text does not stay in the database for good.
DRAFT_SESSION_KEY = "reflection-draft"


def _save_draft(request: HttpRequest, url: str, label: str, form) -> None:
    data = {k: str(form.data.get(k, ""))[: settings.REFLECTION_MAX_LENGTH] for k in DRAFT_FIELDS}
    data["body"] = form.cleaned_data["body"]
    request.session[DRAFT_SESSION_KEY] = {"url": url, "label": label, "data": data}


def _take_draft(request: HttpRequest, url: str) -> dict | None:
    draft = request.session.get(DRAFT_SESSION_KEY) or {}
    data = draft.get("data") if draft.get("url") == url else None
    if data and not data.get("perspective"):
        # Written before signing in: the profile's perspective is the best guess.
        data = {**data, "perspective": getattr(request.user, "perspective", "")}
    return data


def _drop_draft(request: HttpRequest, url: str) -> None:
    if (request.session.get(DRAFT_SESSION_KEY) or {}).get("url") == url:
        del request.session[DRAFT_SESSION_KEY]


def _guard_posting(request: HttpRequest, url: str, label: str, form) -> HttpResponse | None:
    """Keep the (valid) text of someone who may not post yet, and send them to sign in or
    verify their address."""
    viewer = Viewer(request.user)
    if viewer.can_post:
        return None
    _save_draft(request, url, label, form)
    if not request.user.is_authenticated:
        messages.info(request, MSG_SIGN_IN_TO_POST)
        return redirect_to_login(url)
    messages.warning(request, MSG_VERIFY_FIRST)
    return redirect(url)


def _account_links(url: str) -> dict[str, str]:
    """Sign-in and sign-up links that bring the person back to this form."""
    next_query = f"?{urlencode({'next': url})}"
    return {
        "login": reverse("account_login") + next_query,
        "signup": reverse("account_signup") + next_query,
        "email": reverse("account_email"),
    }


def _initial_target(request: HttpRequest, sections, questions) -> str:
    anchor = request.GET.get("vraag")
    if anchor:
        for question in questions:
            if question.anchor == anchor:
                return f"question:{question.pk}"
    anchor = request.GET.get("sectie")
    if anchor:
        for section in sections:
            if section.anchor == anchor:
                return f"section:{section.pk}"
    return PAPER_TARGET


def _post_or_preview(
    request: HttpRequest, form, *, version, url: str, label: str, target=lambda form: {}
):
    """Shared by a reflection and a reply: returns (response or None, preview HTML or None).

    The text is validated first (length, Markdown), so nothing oversized is previewed,
    parsed or kept as a draft. A preview renders the text without saving; a refusal
    (closed, too many…) becomes a form error, so the text stays in the form.
    """
    is_valid = form.is_valid()
    if "body" in form.errors:
        return None, None
    # Someone who cannot post yet keeps a valid text even without a perspective: after
    # signing in, the profile's perspective fills it in.
    refused = _guard_posting(request, url, label, form)
    if refused:
        return refused, None
    if not is_valid:
        return None, None
    data = form.cleaned_data
    if "preview" in request.POST:
        return None, form.body_html
    try:
        _reflection, created = moderation.submit(
            version=version,
            author=request.user,
            body=data["body"],
            perspective=data["perspective"],
            is_anonymous=data["is_anonymous"],
            may_quote=data["may_quote"],
            **target(form),
        )
    except moderation.PostingRefused as refusal:
        form.add_error(None, refusal.message)
        return None, None
    _drop_draft(request, url)
    messages.success(request, MSG_SUBMITTED if created else MSG_DUPLICATE)
    return redirect("reflections:mine"), None


@never_cache
@require_http_methods(["GET", "POST"])
def compose(request: HttpRequest, code: str, version: str) -> HttpResponse:
    paper_version = public_version(code, version, user=request.user)
    sections, questions = reflection_targets(paper_version)
    url = request.get_full_path()
    preview = None
    if request.method == "POST":
        form = ReflectionForm(request.POST, sections=sections, questions=questions)
        response, preview = _post_or_preview(
            request,
            form,
            version=paper_version,
            url=url,
            label=str(paper_version),
            target=lambda form: {"section": form.section, "question": form.question},
        )
        if response:
            return response
    else:
        initial = _take_draft(request, url) or {
            "target": _initial_target(request, sections, questions),
            "perspective": getattr(request.user, "perspective", None),
        }
        form = ReflectionForm(initial=initial, sections=sections, questions=questions)
    return render(
        request,
        "reflections/compose.html",
        {
            "version": paper_version,
            "form": form,
            "preview": preview,
            "viewer": Viewer(request.user),
            "account_links": _account_links(url),
        },
    )


@require_safe
def target_list(request: HttpRequest, code: str, version: str) -> HttpResponse:
    paper_version = public_version(code, version, user=request.user)
    sections, questions = reflection_targets(paper_version)
    section = question = None
    if anchor := request.GET.get("vraag"):
        question = next((q for q in questions if q.anchor == anchor), None)
        if question is None:
            raise Http404
    elif anchor := request.GET.get("sectie"):
        section = next((s for s in sections if s.anchor == anchor), None)
        if section is None:
            raise Http404
    perspective = selectors.parse_perspective(request.GET.get("perspectief"))
    page, reflections = selectors.for_target_list(
        paper_version,
        section=section,
        question=question,
        whole_paper=question is None and section is None,
        perspective=perspective,
        page_number=request.GET.get("pagina", 1),
    )
    return render(
        request,
        "reflections/target_list.html",
        {
            "version": paper_version,
            "section": section,
            "question": question,
            "page_obj": page,
            "reflections": reflections,
            "perspective": perspective,
            "page_query": urlencode([(k, v) for k, v in request.GET.items() if k != "pagina"]),
        },
    )


@require_safe
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    """One published reflection with its published replies: a link to share, to find."""
    reflection = get_object_or_404(
        Reflection.objects.published().select_related(
            "version__paper", "author", "section", "question", "disposition__section",
            "disposition__version",
            "parent__author",
        ),
        pk=pk,
    )  # fmt: skip
    parent = reflection.parent
    if parent is None:
        reflection.reply_list = list(
            Reflection.objects.published()
            .filter(parent=reflection)
            .select_related("author", "version", "disposition__section", "disposition__version")
            .order_by("published_at", "pk")
        )
    return render(request, "reflections/detail.html", {"reflection": reflection, "parent": parent})


@never_cache
@require_http_methods(["GET", "POST"])
def reply(request: HttpRequest, pk: int) -> HttpResponse:
    parent = get_object_or_404(
        Reflection.objects.published().select_related(
            "version__paper", "author", "section", "question"
        ),
        pk=pk,
        parent__isnull=True,
    )
    url = request.get_full_path()
    preview = None
    if request.method == "POST":
        form = ReplyForm(request.POST)
        response, preview = _post_or_preview(
            request,
            form,
            version=parent.version,
            url=url,
            label=str(parent.version),
            target=lambda form: {"parent": parent},
        )
        if response:
            return response
    else:
        form = ReplyForm(
            initial=_take_draft(request, url)
            or {"perspective": getattr(request.user, "perspective", None)}
        )
    return render(
        request,
        "reflections/reply.html",
        {
            "parent": parent,
            "form": form,
            "preview": preview,
            "viewer": Viewer(request.user),
            "account_links": _account_links(url),
        },
    )


def _own(request: HttpRequest, pk: int) -> Reflection:
    """The signed-in author's reflection. Someone else's id gives 404, not a hint it exists."""
    reflection = get_object_or_404(
        Reflection.objects.select_related("version__paper", "section", "question"), pk=pk
    )
    if not is_author(request.user, reflection):
        raise Http404
    return reflection


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
def edit(request: HttpRequest, pk: int) -> HttpResponse:
    reflection = _own(request, pk)
    if not can_edit(request.user, reflection):
        messages.error(
            request,
            moderation.closed_for_editing(reflection)
            if not reflection.version.is_open_for_reflection
            else _("Deze reflectie kan niet meer worden aangepast."),
        )
        return redirect("reflections:mine")
    preview = None
    form = EditForm(
        request.POST or None,
        initial={
            "body": reflection.revision_body or reflection.body,
            "perspective": reflection.revision_perspective or reflection.perspective,
        },
    )
    if request.method == "POST" and form.is_valid():
        if "preview" in request.POST:
            preview = form.body_html
        else:
            try:
                moderation.edit(
                    reflection,
                    by=request.user,
                    body=form.cleaned_data["body"],
                    perspective=form.cleaned_data["perspective"],
                )
            except (moderation.PostingRefused, moderation.InvalidTransition) as refusal:
                form.add_error(None, refusal.message)
            else:
                messages.success(request, MSG_EDITED)
                return redirect("reflections:mine")
    return render(
        request,
        "reflections/edit.html",
        {"reflection": reflection, "form": form, "preview": preview},
    )


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
def presentation(request: HttpRequest, pk: int) -> HttpResponse:
    reflection = _own(request, pk)
    if not can_change_presentation(request.user, reflection):
        raise PermissionDenied
    form = PresentationForm(
        request.POST or None,
        initial={
            "is_anonymous": "anoniem" if reflection.is_anonymous else "naam",
            "may_quote": reflection.may_quote,
        },
    )
    if request.method == "POST" and form.is_valid():
        moderation.change_presentation(
            reflection,
            by=request.user,
            is_anonymous=form.cleaned_data["is_anonymous"],
            may_quote=form.cleaned_data["may_quote"],
        )
        messages.success(request, MSG_PRESENTATION)
        return redirect("reflections:mine")
    return render(
        request, "reflections/presentation.html", {"reflection": reflection, "form": form}
    )


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
def withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    reflection = _own(request, pk)
    if not can_withdraw(request.user, reflection):
        messages.error(request, _("Deze reflectie kan niet worden ingetrokken."))
        return redirect("reflections:mine")
    if request.method == "POST":
        moderation.withdraw(reflection, by=request.user)
        messages.success(request, MSG_WITHDRAWN)
        return redirect("reflections:mine")
    return render(request, "reflections/withdraw.html", {"reflection": reflection})


@never_cache
@require_http_methods(["GET", "POST"])
def report(request: HttpRequest, pk: int) -> HttpResponse:
    # The form shows the text it reports: only what any visitor may read (a reply of a
    # hidden reflection is not).
    reflection = get_object_or_404(
        Reflection.objects.published().select_related(
            "version__paper", "author", "section", "question"
        ),
        pk=pk,
    )
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    viewer = Viewer(request.user)
    if not viewer.can_post:
        messages.warning(request, _("Bevestig eerst uw e-mailadres; daarna kunt u melden."))
        return redirect(reflection.get_absolute_url())
    if viewer.is_author(reflection):
        messages.info(
            request,
            _(
                "U kunt uw eigen reflectie niet melden; u kunt haar wel "
                "aanpassen of intrekken via Mijn reflecties."
            ),
        )
        return redirect(reflection.get_absolute_url())
    form = ReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            moderation.report(reflection, by=request.user, reason=form.cleaned_data["reason"])
        except moderation.AlreadyReported:
            messages.info(request, MSG_ALREADY_REPORTED)
        except moderation.InvalidTransition as refusal:
            form.add_error(None, refusal.message)  # the reason stays in the form
        else:
            messages.success(request, MSG_REPORTED)
        if not form.errors:
            return redirect(reflection.version.get_absolute_url())
    return render(request, "reflections/report.html", {"reflection": reflection, "form": form})


@login_required
@never_cache
@require_safe
def mine(request: HttpRequest) -> HttpResponse:
    page = selectors.mine(request.user, page_number=request.GET.get("pagina", 1))
    draft = request.session.get(DRAFT_SESSION_KEY)
    return render(
        request,
        "reflections/my_reflections.html",
        {
            "page_obj": page,
            "reflections": page.object_list,
            "draft": draft,
            "compose_base": reverse("papers:list"),
        },
    )
