"""The editors' coding of a consultation (/redactie/<paper>/v0.9/reflecties/ and around it):
the filtered work list with its bulk actions, the themes, the standard answers, the groups
of similar reflections and the disposition of one reflection. Thin: forms check the input,
governance.transitions makes every change, worklist.py knows the queries."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from civcare.core.pagination import page_number, paginate
from civcare.core.params import parse_positive_int
from reflections.models import Reflection

from .. import bulk as governance_bulk
from .. import selectors as governance_selectors
from .. import similarity, suggestions, transitions, worklist
from ..forms.coding import (
    MAX_PER_STEP,
    BulkForm,
    FilterForm,
    StandardAnswerForm,
    SynthesisForm,
)
from ..forms.versions import DispositionForm
from ..models import NAME_LENGTH, BulkStep, SimilarityGroup, SimilarityThreshold, StandardAnswer
from ..suggestions import Suggestions
from ..transitions.grouping import MSG_GROUP_GONE
from .versions import _version, editor_required

PAGE_SIZE = 50
# The list of a version's bulk steps, a page at a time.
STEPS_PAGE_SIZE = 50

MSG_NOTHING_CHANGED = gettext_lazy(
    "Deze stap veranderde niets: de reflecties hadden dit al, of u liet ze zoals ze waren."
)


def _list_url(version, query: str = "") -> str:
    url = reverse(
        "editor:reflections", kwargs={"code": version.paper.code, "version": version.number}
    )
    return f"{url}?{query}" if query else url


@dataclass
class WorkListRequest:
    """The work list as one request asks for it: what the filters offer, the filter read
    from the query string, the reflections matching it and what the list shows of them.
    Built once per request and handed on, to the list, the bulk form and its confirmation
    (#30: one refused bulk request built the coding and the filter three times over)."""

    version: object
    coding: worklist.Coding
    filter_form: FilterForm

    suggested: Suggestions

    @classmethod
    def of(cls, request: HttpRequest, version) -> WorkListRequest:
        coding = worklist.coding(version)
        suggested = suggestions.for_version(version, coding.themes)
        form = FilterForm(request.GET, version=version, coding=coding, suggested=suggested)
        return cls(version, coding, form, suggested)

    @property
    def filters(self) -> worklist.Filters:
        return self.filter_form.filters

    @cached_property
    def matching(self):
        return worklist.filtered(self.version, self.filters, suggested=self.suggested,
                                 clustering=self.filter_form.clustering)  # fmt: skip

    @cached_property
    def shown(self) -> worklist.Shown:
        return worklist.shown(self.matching)


@editor_required
@never_cache
@require_http_methods(["GET"])
def reflections(request: HttpRequest, code: str, version: str) -> HttpResponse:
    return _work_list(request, WorkListRequest.of(request, _version(request, code, version)))


def _work_list(request, asked: WorkListRequest, *, bulk: BulkForm | None = None,
               status: int = 200):  # fmt: skip
    version, coding = asked.version, asked.coding
    rows = worklist.page_rows(asked.matching)
    page = paginate(rows, request.GET.get("pagina"), PAGE_SIZE)
    worklist.with_themes(page, rows, PAGE_SIZE, coding.themes)
    worklist.with_suggestions(page, asked.suggested)
    posted = bulk
    above, below = _bulk_forms(asked, posted)
    chosen = {str(pk) for pk in posted.data.getlist("reflectie")} if posted else set()
    context = {
        "version": version,
        "coding": coding,
        "filter_form": asked.filter_form,
        "filters": asked.filters,
        "bulk": above,
        "bulk_below": below,
        "posted": posted or above,
        "page_obj": page,
        "shown": asked.shown,
        "suggested": asked.suggested,
        "suggested_counts": asked.suggested.counts(),
        "chosen": chosen,
        "progress": worklist.progress(version),
        "page_query": _without_page(request.GET),
        "full_query": request.GET.urlencode(),
        "can_code": transitions.can_code(version),
        "recent_steps": governance_bulk.recent_steps(version),
    }
    return render(request, "governance/reflections.html", context, status=status)


def _bulk_forms(asked: WorkListRequest, posted: BulkForm | None):
    """The controls above the list and the same again under it; the set that was posted
    keeps what was typed and shows its errors."""
    above, below = (_bulk_form(asked, prefix=prefix) for prefix in (None, BulkForm.BELOW))
    if posted is not None:
        above, below = (posted, below) if posted.prefix is None else (above, posted)
    return above, below


def _without_page(query) -> str:
    query = query.copy()
    query.pop("pagina", None)
    return query.urlencode()


@editor_required
@require_POST
def reflections_bulk(request: HttpRequest, code: str, version: str) -> HttpResponse:
    """One action for the chosen reflections, or for the N the list showed as matching its
    filter (the filter travels in the query string, so the list after the action is the same
    list; N and when the list was made travel in the form, see worklist.confirmed_ids).
    First what the step would change (bulk.preview, on its own page), then, confirmed
    from that page, the step itself (#29)."""
    paper_version = _version(request, code, version)
    asked = WorkListRequest.of(request, paper_version)
    form = _bulk_form(asked, request.POST, prefix=BulkForm.prefix_of(request.POST))
    if form.is_valid():
        try:
            ids = _chosen(asked, form)
            ask = governance_bulk.joining(form.ask, ids)
            if not form.is_confirmed:
                return _confirmation(request, paper_version, form, ask, ids)
            step = transitions.take_bulk_step(paper_version, ask, ids, by=request.user,
                                              **form.confirmation)  # fmt: skip
        except transitions.InvalidTransition as refusal:
            form.add_error(None, refusal.message)
        else:
            _say_what_was_done(request, paper_version, step)
            return redirect(_list_url(paper_version, request.GET.urlencode()))
    return _work_list(request, asked, bulk=form, status=400)


def _bulk_form(asked: WorkListRequest, data=None, *, prefix=None) -> BulkForm:
    return BulkForm(data, version=asked.version, coding=asked.coding,
                    matching=asked.shown.count, filter_theme=asked.filters.theme_of(asked.coding),
                    suggested_theme=asked.filters.suggested_theme_of(asked.coding),
                    prefix=prefix)  # fmt: skip


def _chosen(asked: WorkListRequest, form: BulkForm) -> list[int]:
    """The reflections a bulk step is for: the ticked ones, or the N the list showed."""
    if form.for_all_matching:
        return worklist.confirmed_ids(asked.matching, form.shown, most=MAX_PER_STEP)
    return form.cleaned_data["reflectie"]


def _confirmation(request, version, form: BulkForm, ask, ids: list[int]) -> HttpResponse:
    context = {
        "version": version,
        "plan": governance_bulk.preview(version, ask, ids),
        "bulk": form,
        "back": _list_url(version, request.GET.urlencode()),
        "full_query": request.GET.urlencode(),
    }
    return render(request, "governance/bulk_confirm.html", context)


def _say_what_was_done(request: HttpRequest, version, step: BulkStep) -> None:
    """What the step did, what it replaced and left alone, and how to undo it."""
    if step.pk is None:
        messages.info(request, MSG_NOTHING_CHANGED)
        return
    done = _done(step)
    if step.replaced:
        done += " " + ngettext(
            "%(n)d daarvan had al iets anders.", "%(n)d daarvan hadden al iets anders.",
            step.replaced,
        ) % {"n": step.replaced}  # fmt: skip
    if step.left_out:
        done += " " + ngettext(
            "%(n)d bleef zoals zij was.", "%(n)d bleven zoals zij waren.", step.left_out
        ) % {"n": step.left_out}
    undo = reverse("editor:undo_bulk_step", kwargs={
        "code": version.paper.code, "version": version.number, "pk": step.pk,
    })  # fmt: skip
    link = _("Stap %(n)d ongedaan maken…") % {"n": step.pk}
    messages.success(request, format_html('{} <a href="{}">{}</a>', done, undo, link))


def _done(step: BulkStep) -> str:
    n = step.changed
    if step.accepted_suggestions:
        return ngettext(
            "Voorgesteld thema ‘%(theme)s’ aangenomen voor %(n)d reflectie.",
            "Voorgesteld thema ‘%(theme)s’ aangenomen voor %(n)d reflecties.", n,
        ) % {"theme": step.theme_name, "n": n}  # fmt: skip
    if step.action == BulkStep.Action.THEME_ASSIGNED:
        return ngettext(
            "Thema ‘%(theme)s’ gegeven aan %(n)d reflectie.",
            "Thema ‘%(theme)s’ gegeven aan %(n)d reflecties.", n,
        ) % {"theme": step.theme_name, "n": n}  # fmt: skip
    if step.action == BulkStep.Action.THEME_REMOVED:
        return ngettext(
            "Thema ‘%(theme)s’ weggehaald bij %(n)d reflectie.",
            "Thema ‘%(theme)s’ weggehaald bij %(n)d reflecties.", n,
        ) % {"theme": step.theme_name, "n": n}  # fmt: skip
    if step.action == BulkStep.Action.GROUPED:
        group = step.group
        if step.joined:
            return ngettext(
                "%(n)d reflectie is bij %(group)s gevoegd; die telt nu %(size)d reflecties.",
                "%(n)d reflecties zijn bij %(group)s gevoegd; die telt nu %(size)d reflecties.", n,
            ) % {"n": n, "group": group.label, "size": group.size}  # fmt: skip
        return _("%(n)d reflecties vormen nu %(group)s.") % {"n": n, "group": group.label}
    return ngettext(
        "Verwerking vastgelegd voor %(n)d reflectie; de auteur hoort het bij de vaststelling.",
        "Verwerking vastgelegd voor %(n)d reflecties; de auteurs horen het bij de vaststelling.",
        n,
    ) % {"n": n}


@editor_required
@never_cache
@require_http_methods(["GET", "POST"])
def disposition(request: HttpRequest, code: str, version: str, reflection_pk: int):
    """The disposition of one reflection: to override what a bulk action gave it, or to give
    one on its own. The list's filter travels along, so "save" returns to the same list."""
    paper_version = _version(request, code, version)
    reflection = get_object_or_404(
        Reflection.objects.select_related("author", "section", "question", "version__paper"),
        pk=reflection_pk, version=paper_version.based_on_id or -1,
    )  # fmt: skip
    existing = getattr(reflection, "disposition", None)
    back = _list_url(paper_version.based_on, request.GET.urlencode())
    changed = governance_selectors.changed_sections(paper_version)
    form = DispositionForm.for_disposition(existing, changed, data=request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            transitions.record_disposition(
                reflection, by=request.user, draft=paper_version, **form.disposition
            )
        except transitions.InvalidTransition as refusal:
            form.add_error(None, refusal.message)
        else:
            messages.success(
                request, _("Verwerking van #%(pk)s opgeslagen.") % {"pk": reflection.pk}
            )
            return redirect(back)
    context = {"version": paper_version, "reflection": reflection, "form": form,
               "existing": existing, "back": back,
               "history": governance_bulk.history(reflection)}  # fmt: skip
    status = 400 if form.is_bound and form.errors else 200
    return render(request, "governance/disposition.html", context, status=status)


# --- the bulk steps of a consultation, and undoing one ------------------------------------


@editor_required
@never_cache
@require_http_methods(["GET"])
def bulk_steps(request: HttpRequest, code: str, version: str) -> HttpResponse:
    paper_version = _version(request, code, version)
    page = paginate(governance_bulk.steps(paper_version), request.GET.get("pagina"),
                    STEPS_PAGE_SIZE)  # fmt: skip
    context = {"version": paper_version, "page_obj": page,
               "can_code": transitions.can_code(paper_version)}  # fmt: skip
    return render(request, "governance/bulk_steps.html", context)


@editor_required
@never_cache
@require_http_methods(["GET", "POST"])
def undo_bulk_step(request: HttpRequest, code: str, version: str, pk: int) -> HttpResponse:
    """What undoing the step puts back (or which reflections changed since, which stop it);
    POST undoes it."""
    paper_version = _version(request, code, version)
    step = get_object_or_404(governance_bulk.steps(paper_version), pk=pk)
    if request.method == "POST":
        try:
            transitions.undo_bulk_step(step, by=request.user)
        except transitions.InvalidTransition as refusal:
            messages.error(request, refusal.message)
            return redirect("editor:undo_bulk_step", code=code, version=version, pk=pk)
        n = step.changes.count()
        messages.success(request, ngettext(
            "Stap %(step)d is ongedaan gemaakt: %(n)d reflectie heeft weer wat zij had.",
            "Stap %(step)d is ongedaan gemaakt: %(n)d reflecties hebben weer wat zij hadden.", n,
        ) % {"step": step.pk, "n": n})  # fmt: skip
        return redirect("editor:reflections", code=code, version=version)
    context = {"version": paper_version, "undo": governance_bulk.undo_preview(step)}
    return render(request, "governance/bulk_undo.html", context)


# --- themes and standard answers: a list with a form to add, a page to change or delete -----


def _status(form) -> int:
    return 400 if form.is_bound and form.errors else 200


@editor_required
@never_cache
@require_http_methods(["GET", "POST"])
def standard_answers(request: HttpRequest, code: str, version: str) -> HttpResponse:
    paper_version = _version(request, code, version)
    form = StandardAnswerForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            answer = transitions.save_standard_answer(
                paper_version, by=request.user, **form.cleaned_data
            )
        except transitions.InvalidTransition as refusal:
            form.add_error(None, refusal.message)
        else:
            messages.success(
                request, _("Standaardantwoord ‘%(title)s’ toegevoegd.") % {"title": answer.title}
            )
            return redirect("editor:standard_answers", code=code, version=version)
    context = {
        "version": paper_version,
        "answers": StandardAnswer.objects.filter(version=paper_version),
        "form": form,
        "can_code": transitions.can_code(paper_version),
    }
    return render(request, "governance/standard_answers.html", context, status=_status(form))


@editor_required
@never_cache
@require_http_methods(["GET", "POST"])
def standard_answer(request: HttpRequest, code: str, version: str, pk: int) -> HttpResponse:
    paper_version = _version(request, code, version)
    answer = get_object_or_404(StandardAnswer, pk=pk, version=paper_version)
    initial = {"title": answer.title, "kind": answer.kind, "text": answer.text}
    form = StandardAnswerForm(request.POST or None, initial=initial)
    if request.method == "POST" and ("delete" in request.POST or form.is_valid()):
        try:
            if "delete" in request.POST:
                transitions.delete_standard_answer(answer, by=request.user)
                done = _("Standaardantwoord ‘%(title)s’ verwijderd.")
            else:
                answer = transitions.save_standard_answer(
                    paper_version, by=request.user, answer=answer, **form.cleaned_data
                )
                done = _("Standaardantwoord ‘%(title)s’ opgeslagen.")
        except transitions.InvalidTransition as refusal:
            form.add_error(None, refusal.message)
        else:
            messages.success(request, done % {"title": answer.title})
            return redirect("editor:standard_answers", code=code, version=version)
    context = {"version": paper_version, "answer": answer, "form": form}
    return render(request, "governance/standard_answer.html", context, status=_status(form))


# --- similar reflections ----------------------------------------------------------------------


# Where an editor lands after acting on a proposal: the proposal that came next on the page,
# with the message just above it (as on the moderation queue), not the work list.
SIMILAR_LANDING = "similar_landing"


@editor_required
@never_cache
@require_http_methods(["GET"])
def similar(request: HttpRequest, code: str, version: str) -> HttpResponse:
    """Clusters of near-identical reflections as proposals, side by side, each with its true
    size; its button takes the whole cluster (similar_take)."""
    paper_version = _version(request, code, version)
    meaning = SimilarityThreshold.of(paper_version)  # for the pairs and for the form
    # An earlier state's groups rather than a wait while the job works out this one.
    clusters = similarity.clusters(paper_version, meaning, earlier_ok=True)
    following = [c.key for c in clusters[1:]] + [None] if clusters else []
    context = {
        "version": paper_version,
        "clusters": list(zip(clusters, following, strict=True)),
        "stale": clusters.stale,
        "threshold": similarity.THRESHOLD,
        "meaning": meaning,
        "meanings": similarity.MEANING_CHOICES,
        "can_code": transitions.can_code(paper_version),
        "name_length": NAME_LENGTH,
    }
    landing = request.session.pop(SIMILAR_LANDING, "")
    if any(c.anchor == landing for c in clusters):
        context["message_before"] = landing
    return render(request, "governance/similar.html", context)


@editor_required
@require_POST
def similar_threshold(request: HttpRequest, code: str, version: str) -> HttpResponse:
    """The consultation's threshold of alikeness in meaning (#31), for the similar page."""
    paper_version = _version(request, code, version)
    try:
        chosen = transitions.set_meaning_threshold(
            paper_version, by=request.user, meaning=request.POST.get("drempel", "")
        )
    except (transitions.InvalidTransition, ArithmeticError, ValueError) as refusal:
        messages.error(request, getattr(refusal, "message", None) or _(
            "Kies een drempel uit de lijst."))  # fmt: skip
    else:
        messages.success(request, _("De drempel op betekenis is nu %(value)s.")
                         % {"value": chosen.meaning})  # fmt: skip
    return redirect(reverse("editor:similar", args=[code, paper_version.number]) + "#kies-drempel")


@editor_required
@never_cache
@require_http_methods(["GET"])
def similar_cluster(request: HttpRequest, code: str, version: str, pk: int) -> HttpResponse:
    """All members of one cluster, a page at a time (the similar page shows MAX_SHOWN), with
    the same action for the whole cluster."""
    paper_version = _version(request, code, version)
    found = similarity.cluster(paper_version, pk, earlier_ok=True)
    if found is None:
        messages.info(request, MSG_GROUP_GONE)
        return redirect("editor:similar", code=code, version=version)
    number = page_number(request.GET.get("pagina"))
    size = similarity.PAGE_SIZE
    ordered = [found.representative, *(i for i in found.ids if i != found.representative)]
    page = paginate(ordered, number, size)
    # The representative heads every page: the others are read against it.
    shown = list(page.object_list)
    if number > 1:
        shown.insert(0, found.representative)
    similarity.with_cards(found, shown)
    context = {
        "version": paper_version,
        "cluster": found,
        "page_obj": page,
        "can_code": transitions.can_code(paper_version),
        "name_length": NAME_LENGTH,
    }
    return render(request, "governance/similar_cluster.html", context)


@editor_required
@require_POST
def similar_take(request: HttpRequest, code: str, version: str) -> HttpResponse:
    """Take the proposal for one cluster, for every member as the page showed them; then
    back to the similar page at the next proposal (or at this one, shown again, when it
    changed since)."""
    paper_version = _version(request, code, version)
    key = parse_positive_int(request.POST.get("voorstel"))
    if key is None:
        return redirect("editor:similar", code=code, version=version)
    following = parse_positive_int(request.POST.get("volgende"))
    landing = f"voorstel-{following or key}"
    name = _group_name(request)
    try:
        if name is None:
            raise transitions.InvalidTransition(str(MSG_NAME_TOO_LONG) % {"max": NAME_LENGTH})
        step = transitions.take_similar(
            paper_version, key, request.POST.get("leden", ""), by=request.user, name=name
        )
    except transitions.InvalidTransition as refusal:
        messages.error(request, refusal.message)
        now = similarity.cluster(paper_version, key)
        landing = now.anchor if now is not None else landing
    else:
        _say_what_was_done(request, paper_version, step)
    return _back_to_similar(request, paper_version, landing)


def _back_to_similar(request: HttpRequest, version, landing: str) -> HttpResponse:
    request.session[SIMILAR_LANDING] = landing
    url = reverse("editor:similar", kwargs={"code": version.paper.code, "version": version.number})
    return redirect(f"{url}#melding")


MSG_NAME_TOO_LONG = gettext_lazy("Een naam is hoogstens %(max)d tekens lang.")


def _group_name(request: HttpRequest) -> str | None:
    """The name typed for a group, spaces tidied; None when it is too long."""
    name = " ".join(request.POST.get("naam", "").split())
    return name if len(name) <= NAME_LENGTH else None


@editor_required
@require_POST
def name_group(request: HttpRequest, code: str, version: str, pk: int) -> HttpResponse:
    """Name a group (or take its name away); back on the similar page, at that group."""
    paper_version = _version(request, code, version)
    group = get_object_or_404(SimilarityGroup, pk=pk, version=paper_version)
    key = parse_positive_int(request.POST.get("voorstel"))
    landing = f"voorstel-{key}" if key else ""
    name = _group_name(request)
    try:
        if name is None:
            raise transitions.InvalidTransition(str(MSG_NAME_TOO_LONG) % {"max": NAME_LENGTH})
        group = transitions.name_group(group, name, by=request.user)
    except transitions.InvalidTransition as refusal:
        messages.error(request, refusal.message)
    else:
        if group.name:
            messages.success(request, _("Groep %(n)d heet nu ‘%(name)s’.") % {
                "n": group.pk, "name": group.name})  # fmt: skip
        else:
            messages.success(request, _("Groep %(n)d heeft geen naam meer.") % {"n": group.pk})
    return _back_to_similar(request, paper_version, landing)


@editor_required
@require_POST
def dissolve_group(request: HttpRequest, code: str, version: str, pk: int) -> HttpResponse:
    paper_version = _version(request, code, version)
    group = get_object_or_404(SimilarityGroup, pk=pk, version=paper_version)
    try:
        transitions.dissolve_group(group, by=request.user)
    except transitions.InvalidTransition as refusal:
        messages.error(request, refusal.message)
    else:
        messages.success(request, _("Groep %(n)d is opgeheven.") % {"n": pk})
    return redirect("editor:reflections", code=code, version=version)


# --- wat we hoorden, wat we deden -------------------------------------------------------------


@editor_required
@never_cache
@require_http_methods(["GET"])
def syntheses(request: HttpRequest, code: str, version: str) -> HttpResponse:
    paper_version = _version(request, code, version)
    context = {
        "version": paper_version,
        "subjects": governance_selectors.synthesis_subjects(paper_version),
        "can_code": transitions.can_code(paper_version),
    }
    return render(request, "governance/syntheses.html", context)


@editor_required
@never_cache
@require_http_methods(["GET", "POST"])
def synthesis(request: HttpRequest, code: str, version: str, kind: str, pk: int):
    paper_version = _version(request, code, version)
    subject = worklist.synthesis_subject(paper_version, kind, pk)
    if TAKE_QUOTES in request.POST:  # quotes into the text: shown again, nothing saved
        form = SynthesisForm.for_subject(subject, typed=request.POST)
    else:
        form = SynthesisForm.for_subject(subject, data=request.POST or None)
    if request.method == "POST" and form.is_bound and form.is_valid():
        try:
            transitions.save_synthesis(paper_version, by=request.user, **form.synthesis(subject))
        except transitions.InvalidTransition as refusal:
            form.add_error(None, refusal.message)
        else:
            messages.success(
                request, _("De synthese over ‘%(name)s’ is opgeslagen.") % {"name": subject.name}
            )
            return redirect("editor:syntheses", code=code, version=version)
    context = {"version": paper_version, "subject": subject, "form": form,
               "take_quotes": TAKE_QUOTES}  # fmt: skip
    return render(request, "governance/synthesis.html", context, status=_status(form))


# The synthesis form's button that takes the ticked quotes into "wat we hoorden".
TAKE_QUOTES = "citaten_overnemen"
