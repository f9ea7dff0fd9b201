"""What the public reads about a consultation once its next version is adopted (editors read
it at any time): the consultation report in its formats, and the analysis with its charts.
Whether the public may read it is models.coding_is_public, asked once per request."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_safe

from civcare.core import documents
from civcare.core.page_cache import as_given, page_param, public_page
from civcare.core.params import parse_positive_int
from papers.caching import paper_pages
from papers.permissions import is_editor
from papers.selectors import public_version

from .. import analysis as consultation_analysis
from .. import charts, consultation_report, report_pdf
from ..models import coding_is_public


def _readable_version(request: HttpRequest, code: str, version: str):
    """The consulted version and whether its coding is public; 404 for a visitor until it is."""
    paper_version = public_version(code, version, user=request.user)
    public = coding_is_public(paper_version)
    if not (public or is_editor(request.user)):
        raise Http404("Het consultatieverslag en de analyse verschijnen na de vaststelling.")
    return paper_version, public


def _consultation_report_or_404(request: HttpRequest, code: str, version: str):
    paper_version, public = _readable_version(request, code, version)
    return consultation_report.build(paper_version), public


@require_safe
@public_page(depends_on=paper_pages, params={"deel": as_given, "pagina": page_param})
def consultation_report_page(request: HttpRequest, code: str, version: str) -> HttpResponse:
    built, _public = _consultation_report_or_404(request, code, version)
    page = parse_positive_int(request.GET.get("pagina", "1"))
    if not (page and consultation_report.open_annex(built, request.GET.get("deel"), page)):
        raise Http404("Dat deel of die pagina van de bijlage bestaat niet.")
    numbers = consultation_analysis.build(built.version)
    return render(
        request,
        "governance/consultation_report.html",
        {
            "consultation_report": built,
            "answered": consultation_report.changes_by_reflection(built),
            "analysis": numbers,
            "svgs": charts.drawn(numbers, only=("heatmap", "themes")),
        },
    )


@require_safe
def consultation_report_download(
    request: HttpRequest, code: str, version: str, fmt: str
) -> HttpResponse:
    if fmt == "redactie.xlsx" and not is_editor(request.user):
        raise Http404("Alleen voor de redactie.")
    built, _public = _consultation_report_or_404(request, code, version)
    name = f"consultatieverslag-{built.version.paper.code}-v{built.version.number}"
    if fmt == "md":
        body, kind = consultation_report.as_markdown(built), "text/markdown; charset=utf-8"
    elif fmt == "csv":
        body, kind = consultation_report.as_csv(built), "text/csv; charset=utf-8"
    else:
        body = consultation_report.as_xlsx(built, for_editors=fmt == "redactie.xlsx")
        kind = XLSX
    response = HttpResponse(body, content_type=kind)
    response["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    return response


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@require_safe
def consultation_report_pdf(request: HttpRequest, code: str, version: str) -> HttpResponse:
    """The report as the foundation publishes it, with its charts: made ahead by the
    background job (a moment after a change, "being made"); a draft for the editors."""
    paper_version, public = _readable_version(request, code, version)
    try:
        pdf = report_pdf.pdf(paper_version, public=public)
    except documents.NotReady:
        return documents.pending_response(request)
    response = HttpResponse(pdf, content_type="application/pdf")
    name = f"{paper_version.document_code}_consultatieverslag.pdf"
    response["Content-Disposition"] = f'inline; filename="{name}"'
    return response


@require_safe
@public_page(depends_on=paper_pages)
def analysis_page(request: HttpRequest, code: str, version: str) -> HttpResponse:
    paper_version, public = _readable_version(request, code, version)
    built = consultation_analysis.build(paper_version)
    svgs = charts.drawn(built)
    # The editors open each count as the work list of those reflections (#29); the public
    # reads the numbers, and each part of the paper links to its place in the paper.
    worklist = (
        reverse(
            "editor:reflections",
            kwargs={"code": paper_version.paper.code, "version": paper_version.number},
        )
        if is_editor(request.user)
        else ""
    )
    context = {"analysis": built, "version": paper_version, "svgs": svgs,
               "is_public": public, "worklist": worklist}  # fmt: skip
    return render(request, "governance/analysis.html", context)
