from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from . import selectors


@require_safe
def paper_list(request: HttpRequest) -> HttpResponse:
    return render(request, "papers/paper_list.html", {"papers": selectors.published_papers()})


@require_safe
def paper_detail(request: HttpRequest, code: str, version: str | None = None) -> HttpResponse:
    page = selectors.paper_page(code, version, user=request.user)
    return render(request, "papers/paper_detail.html", {"page": page})
