"""The editors' themes for a consultation: the list, a new theme, one theme's name,
description and order; and, by meaning (#31), the clusters the platform proposes before
there are themes (one made a theme in one step), a theme merged into another, and a theme
split in the two parts the platform proposes. Each posted step is one transition; a refused
one shows the page again with what the editor typed and why."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from civcare.core.params import parse_positive_int

from .. import clusters, transitions, worklist
from ..forms.coding import ClusterThemeForm, MergeThemeForm, ThemeForm
from ..models import Theme
from .versions import _version, editor_required

# The query parameter with the number of clusters the editor asked for.
COUNT = "clusters"


def _status(*forms) -> int:
    return 400 if any(f is not None and f.is_bound and f.errors for f in forms) else 200


@editor_required
@never_cache
@require_http_methods(["GET", "POST"])
def themes(request: HttpRequest, code: str, version: str) -> HttpResponse:
    paper_version = _version(request, code, version)
    making = request.method == "POST" and "cluster" in request.POST
    form = ThemeForm(None if making else (request.POST or None))
    count = parse_positive_int((request.POST if making else request.GET).get(COUNT))
    # Shown: an earlier state's clusters rather than a wait while the job works out this
    # one; a cluster made a theme is checked against the present state.
    clustering = clusters.for_version(paper_version, count, earlier_ok=not making)
    cluster_form = ClusterThemeForm(request.POST, clustering=clustering) if making else None
    done = (_theme_from_cluster(request, paper_version, cluster_form) if making
            else _new_theme(request, paper_version, form))  # fmt: skip
    if done:
        return done
    context = {
        "version": paper_version,
        "coding": worklist.coding(paper_version),
        "form": form,
        "can_code": transitions.can_code(paper_version),
        "clustering": clustering,
        "cluster_form": cluster_form,
        "counts": range(clusters.FEWEST, clusters.MOST + 1),
    }
    return render(request, "governance/themes.html", context, status=_status(form, cluster_form))


def _new_theme(request, version, form) -> HttpResponse | None:
    if request.method != "POST" or not form.is_valid():
        return None
    data = form.cleaned_data
    try:
        theme = transitions.create_theme(version, by=request.user, name=data["name"],
                                         description=data["description"])  # fmt: skip
    except transitions.InvalidTransition as refusal:
        form.add_error(None, refusal.message)
        return None
    messages.success(request, _("Thema ‘%(name)s’ toegevoegd.") % {"name": theme.name})
    return redirect("editor:themes", code=version.paper.code, version=version.number)


def _theme_from_cluster(request, version, form) -> HttpResponse | None:
    if not form.is_valid():
        return None
    data, chosen = form.cleaned_data, form.cleaned_data["cluster"]
    try:
        theme, given = transitions.theme_from_cluster(
            version, by=request.user, name=data["name"], description=data["description"],
            reflection_ids=chosen.ids, seen=data["gezien"],
        )  # fmt: skip
    except transitions.InvalidTransition as refusal:
        form.add_error(None, refusal.message)
        return None
    messages.success(request, ngettext(
        "Thema ‘%(name)s’ gemaakt en gegeven aan %(n)d reflectie zonder thema uit cluster "
        "%(number)d. De bulkstappen maken het ongedaan.",
        "Thema ‘%(name)s’ gemaakt en gegeven aan de %(n)d reflecties zonder thema uit cluster "
        "%(number)d. De bulkstappen maken het ongedaan.",
        given,
    ) % {"name": theme.name, "n": given, "number": chosen.number})  # fmt: skip
    target = reverse("editor:themes", args=[version.paper.code, version.number])
    return redirect(f"{target}?{COUNT}={form.clustering.count}#clusters")


# A theme's page posts one of these steps (``stap``); without one, the theme is saved.
SAVE, MERGE, SPLIT, DELETE = "opslaan", "samenvoegen", "splitsen", "verwijderen"


@editor_required
@never_cache
@require_http_methods(["GET", "POST"])
def theme(request: HttpRequest, code: str, version: str, pk: int) -> HttpResponse:
    paper_version = _version(request, code, version)
    theme = get_object_or_404(Theme, pk=pk, version=paper_version)
    others = list(Theme.objects.filter(version=paper_version).exclude(pk=theme.pk).in_order())
    step = request.POST.get("stap") or ("delete" in request.POST and DELETE) or SAVE
    posted = request.POST if request.method == "POST" else None
    initial = {"name": theme.name, "description": theme.description, "order": theme.order}
    forms = {
        SAVE: ThemeForm(posted if step == SAVE else None, initial=initial),
        MERGE: MergeThemeForm(posted if step == MERGE else None, others=others),
        SPLIT: ClusterThemeForm(posted if step == SPLIT else None,
                                clustering=clusters.Clustering(clusters=clusters.parts_of(theme))),
    }  # fmt: skip
    if posted is not None and step in STEPS:
        shown = forms.get(step, forms[SAVE])
        if step == DELETE or shown.is_valid():
            try:
                message = STEPS[step](theme, shown, by=request.user)
            except transitions.InvalidTransition as refusal:
                shown.add_error(None, refusal.message)
            else:
                messages.success(request, message)
                return redirect("editor:themes", code=code, version=version)
    context = {"version": paper_version, "theme": theme, "form": forms[SAVE],
               "count": theme.assignments.count(), "merge_form": forms[MERGE], "others": others,
               "parts": forms[SPLIT].clustering.clusters, "split_form": forms[SPLIT]}  # fmt: skip
    return render(request, "governance/theme.html", context, status=_status(*forms.values()))


def _save(theme: Theme, form, *, by) -> str:
    data = form.cleaned_data
    order = data["order"] if data["order"] is not None else theme.order
    transitions.change_theme(theme, by=by, name=data["name"], description=data["description"],
                             order=order)  # fmt: skip
    return _("Thema ‘%(name)s’ opgeslagen.") % {"name": data["name"]}


def _delete(theme: Theme, _form, *, by) -> str:
    transitions.delete_theme(theme, by=by)
    return _("Thema ‘%(name)s’ verwijderd.") % {"name": theme.name}


def _merge(theme: Theme, form, *, by) -> str:
    into = form.cleaned_data["into"]
    given = transitions.merge_themes(theme, into, by=by)
    return ngettext(
        "‘%(theme)s’ is samengevoegd met ‘%(into)s’: %(n)d reflectie kreeg ‘%(into)s’.",
        "‘%(theme)s’ is samengevoegd met ‘%(into)s’: %(n)d reflecties kregen ‘%(into)s’.",
        given,
    ) % {"theme": theme.name, "into": into.name, "n": given}


def _split(theme: Theme, form, *, by) -> str:
    data, part = form.cleaned_data, form.cleaned_data["cluster"]
    new = transitions.split_theme(theme, by=by, name=data["name"], description=data["description"],
                                  reflection_ids=part.ids, seen=data["gezien"])  # fmt: skip
    return ngettext(
        "%(n)d reflectie ging van ‘%(theme)s’ naar het nieuwe thema ‘%(new)s’.",
        "%(n)d reflecties gingen van ‘%(theme)s’ naar het nieuwe thema ‘%(new)s’.",
        part.size,
    ) % {"n": part.size, "theme": theme.name, "new": new.name}


STEPS = {SAVE: _save, DELETE: _delete, MERGE: _merge, SPLIT: _split}
