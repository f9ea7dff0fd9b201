from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.cache import patch_vary_headers
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_safe

from civcare import compression
from reflections import selectors as reflection_selectors

from . import caching, compare, report, selectors
from .permissions import is_editor


@require_safe
def paper_list(request: HttpRequest) -> HttpResponse:
    return render(request, "papers/paper_list.html", {"papers": selectors.published_papers()})


FRAGMENT_MARK = mark_safe("<!-- civcare: paper body -->")


@require_safe
@caching.anonymous_page
def paper_detail(request: HttpRequest, code: str, version: str | None = None) -> HttpResponse:
    resolved = selectors.resolve_version(code, version, user=request.user)
    perspective = reflection_selectors.parse_perspective(request.GET.get("perspectief"))

    def render_body() -> str:
        page = selectors.load_page(resolved)
        on_page = reflection_selectors.for_paper_page(page.version, perspective=perspective)
        reflection_selectors.attach_to_page(page, on_page)
        return render_to_string("papers/_paper_body.html", {"page": page})

    response = render(
        request,
        "papers/paper_detail.html",
        {
            "version": resolved.version,
            "canonical_path": request.path + (f"?perspectief={perspective}" if perspective else ""),
            "fragment": FRAGMENT_MARK,
            "own_awaiting": reflection_selectors.own_awaiting(resolved.version, request.user),
        },
    )
    # The per-request frame around the cached body; see civcare.compression.
    prefix, suffix = response.content.split(FRAGMENT_MARK.encode(), 1)
    gzip_ok = compression.accepts_gzip(request)
    body = caching.fragment(resolved.version, perspective, render_body, compressed=gzip_ok)
    if gzip_ok:
        response.content = compression.splice(prefix, body, suffix)
        response["Content-Encoding"] = "gzip"
    else:
        response.content = prefix + body + suffix
    patch_vary_headers(response, ["Accept-Encoding"])
    return response


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
