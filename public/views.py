"""The public read side: the paper as visitors see it, its history and diffs, search, and the
open data. Reading only; every write goes through reflections or the governance."""

from django.contrib.sitemaps import views as sitemap_views
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from civcare.core import documents as core_documents
from civcare.core.page_cache import INVALID, page_param, public_page
from governance.models import publishes_coding
from governance.selectors import published_prompts, quoted_passages
from papers import compare
from papers import selectors as paper_selectors
from papers.caching import paper_pages, site_pages, site_pages_with_authors
from papers.permissions import is_editor
from reflections.selectors import parse_perspective

from . import documents, open_data, page, search, selectors


@require_safe
@public_page(depends_on=site_pages)
def paper_list(request: HttpRequest) -> HttpResponse:
    return render(request, "public/paper_list.html", {"papers": paper_selectors.published_papers()})


@require_safe
@public_page(depends_on=paper_pages, params={"perspectief": parse_perspective})
def paper_detail(request: HttpRequest, code: str, version: str | None = None) -> HttpResponse:
    return page.render_paper_page(request, code, version)


@require_safe
def version_pdf(request: HttpRequest, code: str, version: str) -> HttpResponse:
    """The version as the foundation publishes it: a PDF named by its document code (made
    ahead by the background job; a moment after a change, "being made")."""
    resolved = paper_selectors.resolve_version(code, version, user=request.user)
    try:
        pdf = documents.version_pdf(resolved)
    except core_documents.NotReady:
        return core_documents.pending_response(request)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{documents.filename(resolved.version)}"'
    return response


@require_safe
@public_page(depends_on=paper_pages)
def history(request: HttpRequest, code: str) -> HttpResponse:
    history_of_paper = selectors.paper_history(code, user=request.user)
    return render(request, "public/history.html", {"history": history_of_paper})


@require_safe
@public_page(depends_on=paper_pages)
def diff(request: HttpRequest, code: str, old: str, new: str) -> HttpResponse:
    old_version = paper_selectors.public_version(code, old, user=request.user)
    new_version = paper_selectors.public_version(code, new, user=request.user)
    # What prompted the changes and where the quoted passages went is the coding of the
    # version ``new`` is based on: public once ``new`` is adopted (#28), for editors always.
    coded = publishes_coding(new_version) or is_editor(request.user)
    sections = compare.compare(
        old_version,
        new_version,
        prompts=published_prompts(new_version) if coded else {},
        quoted=quoted_passages(new_version)
        if coded and new_version.based_on_id == old_version.pk
        else {},
    )
    return render(
        request,
        "public/diff.html",
        {
            "old": old_version,
            "new": new_version,
            "sections": sections,
            "changed_count": sum(1 for s in sections if s.changed),
        },
    )


@require_safe
@public_page(depends_on=site_pages_with_authors, params={"q": search.cache_variant})
def search_page(request: HttpRequest) -> HttpResponse:
    raw = request.GET.get("q", "")
    results = search.search(raw)
    _query, truncated = search.cache_variant(raw)
    context = {"results": results, "query": results.query, "truncated": truncated}
    return render(request, "public/search.html", context)


@require_safe
@public_page(depends_on=paper_pages)
def open_data_download(request: HttpRequest, code: str, version: str, fmt: str) -> HttpResponse:
    """The quotable published reflections of a version as CSV or JSON, and the CSVW metadata
    that describes them (public.open_data)."""
    paper_version = paper_selectors.public_version(code, version)  # public versions only
    content, content_type = {
        "csv": (open_data.as_csv, open_data.CSV_TYPE),
        "json": (open_data.as_json, open_data.JSON_TYPE),
        "metadata": (open_data.as_metadata, open_data.METADATA_TYPE),
    }[fmt]
    response = HttpResponse(content(paper_version), content_type=content_type)
    name = open_data.filename(paper_version, fmt)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["Link"] = open_data.links(paper_version, fmt)
    response["Access-Control-Allow-Origin"] = "*"  # open data: usable from any site
    return response


@require_safe
@public_page(depends_on=site_pages, params={"p": page_param})
def sitemap(request: HttpRequest, section: str, sitemaps: dict) -> HttpResponse:
    """One page of one sitemap. ``?p=`` is read as every page number is (civcare.core.params):
    Django's own view also takes "+1", " 1" and "1_0", each a copy of its own in the cache."""
    number = page_param(request.GET.get("p") or None)
    if number == INVALID:
        raise Http404
    request.GET = request.GET.copy()
    request.GET["p"] = str(number)  # "007" and "" as Django's view reads page 7 and page 1
    return sitemap_views.sitemap(request, sitemaps, section=section)
