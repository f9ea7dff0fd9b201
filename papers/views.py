from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from reflections import selectors as reflection_selectors

from . import selectors


@require_safe
def paper_list(request: HttpRequest) -> HttpResponse:
    return render(request, "papers/paper_list.html", {"papers": selectors.published_papers()})


@require_safe
def paper_detail(request: HttpRequest, code: str, version: str | None = None) -> HttpResponse:
    page = selectors.paper_page(code, version, user=request.user)
    perspective = reflection_selectors.parse_perspective(request.GET.get("perspectief"))
    on_page = reflection_selectors.for_paper_page(
        page.version, user=request.user, perspective=perspective
    )
    reflection_selectors.attach_to_page(page, on_page)
    return render(
        request,
        "papers/paper_detail.html",
        {"page": page, "viewer": reflection_selectors.Viewer(request.user)},
    )
