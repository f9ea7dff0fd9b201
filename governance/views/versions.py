"""The editors' screens (/redactie/): the workflow of a version, the section editor, dispositions.

Every state change is a POST after a confirmation page, performed by governance.transitions.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from civcare.core.params import parse_positive_int
from civcare.core.rendering import render_paper_markdown
from papers import fileformat
from papers.models import PaperVersion, Section
from papers.permissions import is_editor
from papers.selectors import public_version

from .. import selectors as governance_selectors
from .. import transitions, worklist
from .. import upload as paper_upload
from ..forms.coding import FilterForm
from ..forms.versions import (
    DecisionForm,
    OpenConsultationForm,
    PaperUploadForm,
    SectionForm,
)

MSG_PREVIEW_EXPIRED = gettext_lazy(
    "Dit voorbeeld is verlopen of vervangen. Upload het bestand opnieuw."
)
MSG_UPLOAD_SAVED = gettext_lazy(
    "%(version)s is opgeslagen als versie in voorbereiding. Controleer haar en open de "
    "consultatie wanneer zij klaar is."
)

MSG_DONE = {
    "open": gettext_lazy("De consultatie is geopend. Lezers kunnen nu reflecteren."),
    "close": gettext_lazy("De consultatie is gesloten. Er kunnen geen nieuwe reflecties meer bij."),
    "draft": gettext_lazy("De nieuwe versie is aangemaakt als kopie. Bewerk nu de secties."),
    "promote": gettext_lazy("De versie is vastgesteld en is nu de huidige versie van de paper."),
}


def editor_required(view):
    @wraps(view)
    @login_required
    def wrapped(request, *args, **kwargs):
        if not is_editor(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


def _version(request, code: str, version: str) -> PaperVersion:
    return public_version(code, version, user=request.user)


@editor_required
@never_cache
@require_http_methods(["GET"])
def dashboard(request: HttpRequest) -> HttpResponse:
    context = {
        "papers": governance_selectors.dashboard_papers(),
        "waiting_for_me": governance_selectors.waiting_for_adoption_by(request.user),
    }
    return render(request, "governance/dashboard.html", context)


@editor_required
@never_cache
@require_http_methods(["GET"])
def version_screen(request: HttpRequest, code: str, version: str) -> HttpResponse:
    paper_version = _version(request, code, version)
    context = governance_selectors.version_screen(paper_version, by=request.user)
    context["open_form"] = OpenConsultationForm(
        initial={"closes_on": paper_version.consultation_closes_on}
    )
    return render(request, "governance/version.html", context)


@dataclass(frozen=True)
class ConfirmedStep:
    """A workflow step behind a confirmation page (pretix keeps one template per transition):
    GET shows what will happen, POST runs the transition and returns to the version."""

    template: str
    done: str
    perform: Callable[[PaperVersion, object, dict], object]
    form_class: type[forms.Form] | None = None
    context: Callable[[PaperVersion, object], dict] = lambda version, user: {}


STEPS = {
    "open": ConfirmedStep(
        "governance/confirm_open.html",
        MSG_DONE["open"],
        lambda version, by, data: transitions.open_consultation(
            version, by=by, closes_on=data["closes_on"]
        ),
        form_class=OpenConsultationForm,
    ),
    "close": ConfirmedStep(
        "governance/confirm_close.html",
        MSG_DONE["close"],
        lambda version, by, data: transitions.close_consultation(version, by=by),
    ),
    "draft": ConfirmedStep(
        "governance/confirm_draft.html",
        MSG_DONE["draft"],
        lambda version, by, data: transitions.create_draft(version, by=by),
    ),
    "promote": ConfirmedStep(
        "governance/confirm_promote.html",
        MSG_DONE["promote"],
        lambda version, by, data: transitions.promote(version, by=by),
        context=lambda version, user: governance_selectors.promotion_page(version, by=user),
    ),
}


@editor_required
@never_cache
@require_http_methods(["GET", "POST"])
def confirm_step(request: HttpRequest, code: str, version: str, step: str) -> HttpResponse:
    paper_version = _version(request, code, version)
    confirmed = STEPS[step]
    form = confirmed.form_class(request.POST or None) if confirmed.form_class else None
    if request.method == "POST" and (form is None or form.is_valid()):
        data = form.cleaned_data if form else {}
        try:
            result = confirmed.perform(paper_version, request.user, data)
        except transitions.InvalidTransition as refusal:
            messages.error(request, refusal.message)
        else:
            messages.success(request, confirmed.done)
            target = result if isinstance(result, PaperVersion) else paper_version
            return redirect("editor:version", code=target.paper.code, version=target.number)
    context = {"version": paper_version, "form": form}
    context |= confirmed.context(paper_version, request.user)
    return render(request, confirmed.template, context)


@editor_required
@never_cache
@require_POST
def plan_closing(request, code, version):
    paper_version = _version(request, code, version)
    form = OpenConsultationForm(request.POST)
    if form.is_valid():
        try:
            transitions.plan_closing(
                paper_version, by=request.user, closes_on=form.cleaned_data["closes_on"]
            )
        except transitions.InvalidTransition as refusal:
            messages.error(request, refusal.message)
        else:
            messages.success(request, _("De geplande sluitingsdatum is opgeslagen."))
        return redirect("editor:version", code=code, version=version)
    # The version's screen again, with the date as typed and what is wrong with it.
    context = governance_selectors.version_screen(paper_version, by=request.user)
    context["open_form"] = form
    return render(request, "governance/version.html", context)


@editor_required
@never_cache
@require_http_methods(["GET", "POST"])
def record_decision(request, code, version):
    paper_version = _version(request, code, version)
    form = DecisionForm.for_version(paper_version, data=request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            transitions.record_decision(paper_version, by=request.user, **form.cleaned_data)
        except transitions.InvalidTransition as refusal:
            form.add_error(None, refusal.message)
        else:
            messages.success(request, _("Het bestuursbesluit is vastgelegd."))
            return redirect("editor:version", code=code, version=version)
    return render(request, "governance/decision.html", {"version": paper_version, "form": form})


@editor_required
@require_POST
def reflection_policy(request, code, version):
    paper_version = _version(request, code, version)
    accepts = request.POST.get("accepts") == "1"
    transitions.set_reflection_policy(paper_version, by=request.user, accepts=accepts)
    messages.success(
        request,
        _("Opgeslagen: deze versie staat %(state)s voor nieuwe reflecties.")
        % {"state": _("open") if accepts else _("niet open")},
    )
    return redirect("editor:version", code=code, version=version)


@editor_required
@never_cache
@require_http_methods(["GET", "POST"])
def edit_section(request: HttpRequest, code: str, version: str, pk: int) -> HttpResponse:
    paper_version = _version(request, code, version)
    section = get_object_or_404(
        Section.objects.select_related("copied_from", "version__based_on"),
        pk=pk,
        version=paper_version,
    )
    if not paper_version.is_editable:
        messages.error(request, _("Alleen een versie in voorbereiding kan worden bewerkt."))
        return redirect("editor:version", code=code, version=version)
    searching = request.method == "POST" and SEARCH_PROMPTS in request.POST
    choices, finder = _prompt_picker(request, section, searching=searching)
    if searching:
        # Looking for a reflection is no attempt to save: what was typed stays, without errors.
        form = SectionForm.for_section(section, choices, typed=request.POST)
    else:
        form = SectionForm.for_section(section, choices, data=request.POST or None)
    preview = None
    if request.method == "POST" and not searching and form.is_valid():
        if "preview" in request.POST:
            preview = render_paper_markdown(form.cleaned_data["body"], id_prefix="voorbeeld")
        elif _amended(request, section, form):
            return redirect("editor:version", code=code, version=version)
    passage_counts = governance_selectors.passage_counts(paper_version, section=section)
    context = {"version": paper_version, "section": section, "form": form, "preview": preview,
               "finder": finder, "choices": choices, "passage_counts": passage_counts,
               "search_prompts": SEARCH_PROMPTS}  # fmt: skip
    return render(request, "governance/section.html", context)


# "Zoeken" and the pages of the "Aanleiding" list send the whole form (what was typed stays)
# with this name; its value is the page of the list asked for.
SEARCH_PROMPTS = "zoek_aanleiding"


def _prompt_picker(request: HttpRequest, section: Section, *, searching: bool):
    """The "Aanleiding" list and its filter (the work list's, over the consulted version)."""
    consulted = section.version.based_on
    if consulted is None:
        return worklist.prompt_choices(section), None
    finder = FilterForm(
        request.POST if searching else None,
        version=consulted,
        coding=worklist.coding(consulted),
        prefix="aanleiding",
    )
    chosen = None
    if request.method == "POST":
        chosen = {n for v in request.POST.getlist("prompted_by") if (n := parse_positive_int(v))}
    page = parse_positive_int(request.POST.get(SEARCH_PROMPTS, "")) if searching else None
    choices = worklist.prompt_choices(
        section, filters=finder.filters, chosen=chosen, page=page or 1
    )
    return choices, finder


def _amended(request: HttpRequest, section: Section, form: SectionForm) -> bool:
    try:
        amended = transitions.amend_section(section, by=request.user, **form.amendment)
    except transitions.InvalidTransition as refusal:
        form.add_error(None, refusal.message)
        return False
    _say_what_changed(request, amended)
    return True


def _say_what_changed(request: HttpRequest, amended: Section) -> None:
    """The messages after a section is saved: what else the change set in motion."""
    messages.success(request, _("De sectie is opgeslagen."))
    if amended.moved_passages:
        messages.warning(
            request,
            ngettext(
                "%(n)d reflectie verwijst naar een passage die u wijzigt: zie waar zij nu staat "
                "onder Passages.",
                "%(n)d reflecties verwijzen naar een passage die u wijzigt: zie waar zij nu "
                "staan onder Passages.",
                amended.moved_passages,
            )
            % {"n": amended.moved_passages},
        )
    if amended.new_dispositions:
        messages.info(
            request,
            ngettext(
                "%(n)d reflectie die aanleiding was, kreeg de verwerking ‘verwerkt in %(s)s’; "
                "u kunt het antwoord aanpassen in de lijst van reflecties.",
                "%(n)d reflecties die aanleiding waren, kregen de verwerking ‘verwerkt in "
                "%(s)s’; u kunt het antwoord aanpassen in de lijst van reflecties.",
                amended.new_dispositions,
            )
            % {"n": amended.new_dispositions, "s": amended.heading},
        )


@editor_required
@require_safe
def dispositions(request, code, version):
    """The dispositions are given on the consulted version's work list (views/coding.py), where
    they can be given in bulk; this address, on the draft, leads there."""
    paper_version = _version(request, code, version)
    if paper_version.status != PaperVersion.Status.DRAFT or not paper_version.based_on_id:
        messages.error(request, _("De verwerking hoort bij een nieuwe versie in voorbereiding."))
        return redirect("editor:version", code=code, version=version)
    consulted = paper_version.based_on
    target = reverse("editor:reflections", kwargs={"code": code, "version": consulted.number})
    return redirect(f"{target}?verwerking=geen")


@editor_required
@never_cache
@require_safe
def markdown(request, code, version):
    """The version in the file format of fixtures/: the start of a new paper or version."""
    paper_version = _version(request, code, version)
    response = HttpResponse(
        fileformat.to_markdown(paper_version), content_type="text/markdown; charset=utf-8"
    )
    name = f"{paper_version.paper.code}_v{paper_version.number}.md"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@editor_required
@never_cache
@require_http_methods(["GET", "POST"])
def upload(request: HttpRequest) -> HttpResponse:
    """Step 1: upload or paste a paper file; every problem is shown with its line number.
    Without problems, step 2: the preview of the whole paper page, with "save as draft"."""
    form = PaperUploadForm(request.POST or None, request.FILES or None)
    if request.method != "POST" or not form.is_valid():
        return _upload_page(request, form)
    checked = paper_upload.check(request, form.cleaned_data["content"])
    if checked.problems:
        # Keep what was uploaded, in the text box, to correct it right here.
        return _upload_page(request, PaperUploadForm(initial={"text": checked.text}), checked)
    return render(request, "governance/upload_preview.html", checked.preview)


def _upload_page(request: HttpRequest, form, checked=None) -> HttpResponse:
    problems = checked.problems if checked else []
    context = {"form": form, "problems": problems, "examples": paper_upload.examples()}
    return render(request, "governance/upload.html", context, status=400 if problems else 200)


@editor_required
@require_POST
def upload_save(request: HttpRequest) -> HttpResponse:
    """Step 3: save the previewed file as a draft version (re-checked: all or nothing)."""
    text = paper_upload.previewed_text(request, digest=request.POST.get("digest"))
    if text is None:
        messages.error(request, MSG_PREVIEW_EXPIRED)
        return redirect("editor:upload")
    try:
        version = fileformat.import_text(text, by=request.user)
    except fileformat.PaperFileError as error:
        # Something changed since the preview (e.g. another editor imported this version).
        checked = paper_upload.Checked(text=text, problems=paper_upload.problems(error, text))
        return _upload_page(request, PaperUploadForm(initial={"text": text}), checked)
    paper_upload.forget_preview(request)
    messages.success(request, MSG_UPLOAD_SAVED % {"version": version})
    return redirect("editor:version", code=version.paper.code, version=version.number)
