"""The consultation report as the foundation publishes it: a PDF with its charts.

It takes seconds to render (2.7 s at 40 reflections, 8 s at 100, about 80 s expected at
1,000), so the background job renders it ahead, once per change of what it shows
(civcare.core.documents): the consulted version and its reflections, their authors as
shown and the dispositions (that version's generation), and the versions based on it (their
text, decision and hash). It names the people who wrote under their name: erasure deletes
it. Public with the coding it reports (models.publishes_coding); before that, the editors'
draft of it is rendered when asked for (never two at once) and never kept."""

from __future__ import annotations

from django.db.models import QuerySet
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy

from civcare.core import documents, generations
from civcare.core.pdf import render_pdf
from papers.caching import version_scope
from papers.models import FROZEN_STATUSES, PaperVersion

from . import analysis, charts, consultation_report

KIND = "governance.consultation-report-pdf"


def pdf(version: PaperVersion, *, public: bool) -> bytes:
    """The report of ``version`` (documents.NotReady while it is being made); ``public``:
    whether its coding is (models.coding_is_public), else the editors' draft of it."""
    if public:
        return documents.fetch(KIND, version.pk)
    return documents.render_now(KIND, version.pk, lambda: _rendered(version))


def _public() -> QuerySet:
    """The versions whose report is public (models.publishes_coding): one based on it is
    adopted."""
    return PaperVersion.objects.filter(successors__status__in=FROZEN_STATUSES).distinct()


def _states(ids: list[int] | None) -> dict[int, str]:
    consulted = _public() if ids is None else _public().filter(pk__in=ids)
    consulted = list(consulted.values_list("pk", flat=True))
    followed = PaperVersion.objects.filter(based_on_id__in=consulted).values_list(
        "based_on_id", "pk"
    )
    successors: dict[int, list[int]] = {pk: [] for pk in consulted}
    for based_on, pk in followed:
        successors[based_on].append(pk)
    scopes = [*map(version_scope, consulted), *(pk for pks in successors.values() for pk in pks)]
    current = generations.generations([*scopes, generations.GLOBAL])
    return {
        pk: documents.digest(
            charts.FORMAT,  # a chart drawn differently by this release: made again
            current[version_scope(pk)],
            [current[version_scope(successor)] for successor in sorted(successors[pk])],
            current[generations.GLOBAL],
        )
        for pk in consulted
    }


def _render(version_id: int) -> bytes | None:
    version = _public().filter(pk=version_id).select_related("paper__series").first()
    return _rendered(version) if version is not None else None


# Each chart's alternative text in the PDF: what it shows, and where the same numbers stand
# as text (PDF/UA: a figure without it is unreadable to a screen reader).
FIGURES = {
    "heatmap": gettext_lazy(
        "Reflecties per sectie en vraag (rijen) en per perspectief (kolommen); het aantal staat "
        "in elk vak."
    ),
    "themes": gettext_lazy(
        "Reflecties per thema en perspectief, met het aandeel van de reflecties uit dat "
        "perspectief."
    ),
}


def _rendered(version: PaperVersion) -> bytes:
    numbers = analysis.build(version)
    drawn = charts.drawn(numbers, only=("heatmap", "themes"))
    context = {
        "report": consultation_report.build(version),
        "version": version,
        "svgs": {name: charts.titled(svg, str(FIGURES[name])) for name, svg in drawn.items()},
    }
    return render_pdf(render_to_string("pdf/consultation_report.html", context))


documents.register(KIND, states=_states, render=_render, personal=True)
