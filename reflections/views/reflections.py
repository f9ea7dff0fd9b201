"""Readers' and authors' pages: write, preview, reply, edit, withdraw, report, my reflections."""

from __future__ import annotations

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

from civcare.core.page_cache import as_given, number_param, page_param, public_page
from papers.caching import paper_pages
from papers.selectors import public_version, reflection_targets

from .. import moderation, selectors, writing
from ..forms import EditForm, PresentationForm, ReplyForm, ReportForm
from ..models import Reflection
from ..permissions import can_change_presentation, can_edit, can_withdraw, is_author
from ..selectors import Viewer

MSG_CLOSED_FOR_REFLECTIONS = gettext_lazy(
    "De consultatie van %(version)s is gesloten: er kunnen geen reflecties meer bij."
)
MSG_CLOSED_FOR_REPLIES = gettext_lazy(
    "De consultatie van deze versie is gesloten: er kunnen geen reacties meer bij."
)
MSG_WITHDRAWN = gettext_lazy("Uw reflectie is ingetrokken.")
MSG_PRESENTATION = gettext_lazy("Uw keuze is opgeslagen.")
MSG_REPORTED = gettext_lazy("Dank u voor uw melding. Een moderator bekijkt haar.")
MSG_ALREADY_REPORTED = gettext_lazy("U heeft deze reflectie al gemeld.")
MSG_OWN_REFLECTION_NOT_REPORTED = gettext_lazy(
    "U kunt uw eigen reflectie niet melden; u kunt haar wel "
    "aanpassen of intrekken via Mijn reflecties."
)


@never_cache
@require_http_methods(["GET", "POST"])
def compose(request: HttpRequest, code: str, version: str) -> HttpResponse:
    paper_version = public_version(code, version, user=request.user)
    url = request.get_full_path()
    form = writing.reflection_form(request, paper_version, url)
    response, preview = writing.post_or_preview(
        request, form, version=paper_version, url=url, label=str(paper_version),
        target=lambda form: form.target_fields,
    )  # fmt: skip
    if response:
        return response
    page = writing.ComposePage(
        heading=_("Reflectie schrijven"),
        title_suffix=f"{paper_version.paper.code} {paper_version.label}",
        back_url=paper_version.get_absolute_url(),
        back_label=f"{paper_version.paper.code} {paper_version.label} – {paper_version.paper}",
        submit_label=_("Plaatsen"),
        closed_notice=writing.closed_notice(paper_version, _(MSG_CLOSED_FOR_REFLECTIONS)),
        about_template="reflections/_compose_about_passage.html" if form.paragraph else "",
    )
    return writing.render_page(
        request, form, preview, page, version=paper_version, section=form.paragraph_section
    )


# The query parameters that choose what a target's list of reflections shows, each read as
# the cache reads it: a value that selects no list is a 404, never one more copy of a page.
LIST_PARAMS = {
    "perspectief": selectors.parse_perspective,
    "sectie": as_given,
    "alinea": number_param,
    "vraag": as_given,
    "pagina": page_param,
}


@require_safe
@public_page(depends_on=paper_pages, params=LIST_PARAMS)
def target_list(request: HttpRequest, code: str, version: str) -> HttpResponse:
    paper_version = public_version(code, version, user=request.user)
    section, question = _target_of(request, paper_version)
    paragraph = writing.paragraph_of(request, [section] if section else [])[1]
    perspective = selectors.parse_perspective(request.GET.get("perspectief"))
    page, reflections = selectors.for_target_list(
        paper_version,
        section=section,
        question=question,
        whole_paper=question is None and section is None,
        paragraph=paragraph.id if paragraph else None,
        perspective=perspective,
        page_number=request.GET.get("pagina"),
    )
    # The list's links as the cache keys it ("alinea=007" is "alinea=7"): the copy kept is
    # shown to every visitor, whatever the address of the request that made it.
    chosen = (perspective, section, paragraph, question)
    context = {
        "version": paper_version,
        "section": section,
        "paragraph": paragraph,
        "by_perspective": selectors.paragraph_perspectives(paper_version, section, paragraph),
        "question": question,
        "page_obj": page,
        "reflections": reflections,
        "perspective": perspective,
        "page_query": _list_query(*chosen),
        "canonical_path": _list_query(*chosen, page=page.number, path=request.path),
    }
    return render(request, "reflections/target_list.html", context)


def _list_query(perspective, section, paragraph, question, *, page=1, path=None) -> str:
    """The query string that selects this list (and, given a path, its address)."""
    pairs = [
        ("perspectief", perspective),
        ("sectie", section and section.anchor),
        ("alinea", paragraph and paragraph.id),
        ("vraag", question and question.anchor),
        ("pagina", page if page > 1 else None),
    ]
    query = urlencode([(name, value) for name, value in pairs if value])
    return query if path is None else f"{path}?{query}" if query else path


def _target_of(request: HttpRequest, version):
    """The section or question named by ``?sectie=`` or ``?vraag=`` (404 when unknown, and
    for both at once: a list is about one of them)."""
    sections, questions = reflection_targets(version)
    if "vraag" in request.GET and "sectie" in request.GET:
        raise Http404
    if anchor := request.GET.get("vraag"):
        question = next((q for q in questions if q.anchor == anchor), None)
        if question is None:
            raise Http404
        return None, question
    if anchor := request.GET.get("sectie"):
        section = next((s for s in sections if s.anchor == anchor), None)
        if section is None:
            raise Http404
        return section, None
    return None, None


@require_safe
@public_page(depends_on=selectors.reflection_pages)
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    """One published reflection with its published replies: a link to share, to find."""
    reflection = selectors.reflection_page(pk)
    context = {"reflection": reflection, "parent": reflection.parent}
    return render(request, "reflections/detail.html", context)


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
    initial = writing.take_draft(request, url) or {
        "perspective": getattr(request.user, "perspective", None)
    }
    form = ReplyForm(request.POST or None, initial=initial)
    response, preview = writing.post_or_preview(
        request, form, version=parent.version, url=url, label=str(parent.version),
        target=lambda form: {"parent": parent},
    )  # fmt: skip
    version = parent.version
    page = writing.ComposePage(
        heading=_("Reageren op een reflectie"),
        back_url=parent.get_absolute_url(),
        back_label=f"{version.paper.code} {version.label} – {version.paper}",
        submit_label=_("Plaatsen"),
        about_template="reflections/_compose_about_reply.html",
        closed_notice=writing.closed_notice(version, _(MSG_CLOSED_FOR_REPLIES)),
    )
    return response or writing.render_page(request, form, preview, page, parent=parent)


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
        messages.error(request, moderation.why_not_editable(reflection))
        return redirect("reflections:mine")
    form = EditForm(
        request.POST or None,
        initial={
            "body": reflection.revision_body or reflection.body,
            "perspective": reflection.revision_perspective or reflection.perspective,
        },
    )
    response, preview = writing.edit_or_preview(request, form, reflection)
    page = writing.ComposePage(
        heading=_("Reflectie aanpassen"),
        back_url=reverse("reflections:mine"),
        back_label=_("Mijn reflecties"),
        submit_label=_("Aanpassing indienen"),
        about_template="reflections/_compose_about_edit.html",
        is_new_text=False,
        cancel_url=reverse("reflections:mine"),
    )
    return response or writing.render_page(request, form, preview, page, reflection=reflection)


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
        try:
            moderation.change_presentation(reflection, by=request.user, **form.cleaned_data)
        except moderation.InvalidTransition as refusal:
            form.add_error(None, refusal.message)  # the choice stays in the form
        else:
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
    refused = _may_not_report(request, reflection)
    if refused:
        return refused
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


def _may_not_report(request: HttpRequest, reflection: Reflection) -> HttpResponse | None:
    """Where to send someone who cannot report this reflection (None: they can)."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    viewer = Viewer(request.user)
    if not viewer.can_post:
        messages.warning(request, _("Bevestig eerst uw e-mailadres; daarna kunt u melden."))
        return redirect(reflection.get_absolute_url())
    if viewer.is_author(reflection):
        messages.info(request, MSG_OWN_REFLECTION_NOT_REPORTED)
        return redirect(reflection.get_absolute_url())
    return None


@login_required
@never_cache
@require_safe
def mine(request: HttpRequest) -> HttpResponse:
    page = selectors.mine(request.user, page_number=request.GET.get("pagina", 1))
    draft = request.session.get(writing.DRAFT_SESSION_KEY)
    return render(
        request,
        "reflections/my_reflections.html",
        {
            "page_obj": page,
            "reflections": page.object_list,
            "draft": draft,
        },
    )
