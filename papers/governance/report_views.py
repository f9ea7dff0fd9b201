"""What the public reads about a consultation once its next version is adopted (editors read
it at any time): the consultation report in its formats, and the analysis with its charts.
Whether the public may read it is models.coding_is_public, asked once per request."""

from __future__ import annotations

import hashlib

from django.core.cache import cache
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.translation import get_language
from django.views.decorators.http import require_safe

from civcare.core import generations
from civcare.core.page_cache import public_page
from civcare.core.pdf import render_pdf
from papers.caching import paper_pages, paper_scope
from papers.permissions import is_editor
from papers.selectors import public_version

from . import analysis as consultation_analysis
from . import charts, consultation_report
from .models import coding_is_public


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
@public_page(depends_on=paper_pages)
def consultation_report_page(request: HttpRequest, code: str, version: str) -> HttpResponse:
    built, _public = _consultation_report_or_404(request, code, version)
    numbers = consultation_analysis.build(built.version)
    return render(
        request,
        "governance/consultation_report.html",
        {
            "consultation_report": built,
            "answered": consultation_report.changes_by_reflection(built),
            "analysis": numbers,
            "svgs": _svgs(numbers, only=("heatmap", "themes")),
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
    """The report as the foundation publishes it, with its charts: rendered once per change
    of the paper (its generation is in the key) and cached; drafts of it are not cached."""
    built, public = _consultation_report_or_404(request, code, version)
    paper_version = built.version
    scopes = [paper_scope(paper_version.paper.code), generations.GLOBAL]
    current = generations.generations(scopes)
    key = generations.digest_key(
        "governance:report-pdf",
        charts.FORMAT,
        paper_version.pk,
        *(current[s] for s in scopes),
        get_language(),
    )
    pdf = cache.get(key) if public else None
    if pdf is None:
        numbers = consultation_analysis.build(paper_version)
        context = {"report": built, "version": paper_version,
                   "svgs": _svgs(numbers, only=("heatmap", "themes"))}  # fmt: skip
        pdf = render_pdf(render_to_string("pdf/consultation_report.html", context))
        if public:
            cache.set(key, pdf, 30 * 24 * 3600)
    response = HttpResponse(pdf, content_type="application/pdf")
    name = f"{paper_version.document_code}_consultatieverslag.pdf"
    response["Content-Disposition"] = f'inline; filename="{name}"'
    return response


def _chart(name: str, draw, data) -> str:
    """A chart's SVG, drawn once per distinct set of numbers (the key is their digest, so
    nothing needs invalidating: new numbers are a new key)."""
    digest = hashlib.sha256(repr(data).encode()).hexdigest()[:32]
    return cache.get_or_set(f"chart:{charts.FORMAT}:{name}:{digest}", draw, timeout=7 * 24 * 3600)


def _svgs(built, *, only=("heatmap", "themes", "timeline", "processing")) -> dict[str, str]:
    drawings = {
        "heatmap": (lambda: charts.heatmap(built.targets, "heatmap"), built.targets),
        "themes": (lambda: charts.heatmap(built.themes, "themes", shares=built.theme_shares),
                   (built.themes, built.theme_shares)),
        "timeline": (lambda: charts.timeline(built.timeline, "timeline"), built.timeline),
        "processing": (lambda: charts.processing(built, "processing"),
                       (built.progress, built.dispositions)),
    }  # fmt: skip
    if not built.themes.rows:
        only = tuple(name for name in only if name != "themes")
    return {"themes": ""} | {name: _chart(name, *drawings[name]) for name in only}


@require_safe
@public_page(depends_on=paper_pages)
def analysis_page(request: HttpRequest, code: str, version: str) -> HttpResponse:
    paper_version, public = _readable_version(request, code, version)
    built = consultation_analysis.build(paper_version)
    svgs = _svgs(built)
    context = {"analysis": built, "version": paper_version, "svgs": svgs,
               "is_public": public}  # fmt: skip
    return render(request, "governance/analysis.html", context)
