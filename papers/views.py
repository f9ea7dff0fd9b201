from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from . import caching, compare, page, report, search, selectors
from .permissions import is_editor


@require_safe
def paper_list(request: HttpRequest) -> HttpResponse:
    return render(request, "papers/paper_list.html", {"papers": selectors.published_papers()})


@require_safe
@caching.anonymous_page
def paper_detail(request: HttpRequest, code: str, version: str | None = None) -> HttpResponse:
    return page.respond(request, code, version)


@require_safe
def history(request: HttpRequest, code: str) -> HttpResponse:
    page = selectors.paper_history(code, user=request.user)
    return render(request, "papers/history.html", {"history": page})


@require_safe
def diff(request: HttpRequest, code: str, old: str, new: str) -> HttpResponse:
    old_version = selectors.public_version(code, old, user=request.user)
    new_version = selectors.public_version(code, new, user=request.user)
    sections = compare.compare(old_version, new_version)
    return render(
        request,
        "papers/diff.html",
        {
            "old": old_version,
            "new": new_version,
            "sections": sections,
            "changed_count": sum(1 for s in sections if s.changed),
        },
    )


def _report_or_404(request: HttpRequest, code: str, version: str):
    paper_version = selectors.public_version(code, version, user=request.user)
    if not (report.is_public(paper_version) or is_editor(request.user)):
        raise Http404("Het consultatieverslag verschijnt na de vaststelling.")
    return report.build(paper_version)


@require_safe
def consultation_report(request: HttpRequest, code: str, version: str) -> HttpResponse:
    built = _report_or_404(request, code, version)
    return render(
        request,
        "papers/report.html",
        {"report": built, "answered": report.changes_by_reflection(built)},
    )


@require_safe
def consultation_report_download(
    request: HttpRequest, code: str, version: str, fmt: str
) -> HttpResponse:
    built = _report_or_404(request, code, version)
    name = f"consultatieverslag-{built.version.paper.code}-v{built.version.number}"
    if fmt == "md":
        response = HttpResponse(
            report.as_markdown(built), content_type="text/markdown; charset=utf-8"
        )
    else:
        response = HttpResponse(report.as_csv(built), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    return response


@require_safe
def search_page(request: HttpRequest) -> HttpResponse:
    raw = request.GET.get("q", "")
    results = search.search(raw)
    return render(
        request,
        "papers/search.html",
        {
            "results": results,
            "query": results.query,
            "truncated": len(" ".join(raw.split())) > search.MAX_QUERY_LENGTH,
        },
    )
