"""Site-wide pages: home, health check and error pages."""

import logging

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseForbidden
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from civcare.core.page_cache import public_page
from papers.caching import site_pages
from papers.selectors import published_papers

logger = logging.getLogger(__name__)


@require_safe
@public_page(depends_on=site_pages)
def home(request: HttpRequest) -> HttpResponse:
    papers = published_papers()
    series = []
    for paper in papers:
        if paper.series not in series:
            series.append(paper.series)
    return render(request, "home.html", {"papers": papers, "series_list": series})


@require_safe
def switch_language(request: HttpRequest, code: str) -> HttpResponse:
    """Choose the interface language with a plain link (no form, no JavaScript).

    Only a preference cookie changes, so a link is enough; it also keeps the pages of
    visitors free of per-request tokens, which lets them be cached whole.
    """
    if code not in dict(settings.LANGUAGES):
        raise Http404
    target = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        target = "/"
    response = redirect(target)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        code,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        samesite="Lax",
        secure=request.is_secure(),
        httponly=True,
    )
    return response


@require_safe
def accessibility(request: HttpRequest) -> HttpResponse:
    return render(request, "accessibility.html")


# What never_cache writes, as fixed text (never_cache also dates each response, which
# would be a fifth of what answering /ping costs): no proxy keeps a liveness answer.
NEVER_STORED = {"Cache-Control": "max-age=0, no-cache, no-store, must-revalidate, private"}


@require_safe
def ping(request: HttpRequest) -> HttpResponse:
    """Liveness: the process answers (no database). /healthz is readiness."""
    return HttpResponse("ok\n", content_type="text/plain; charset=utf-8", headers=NEVER_STORED)


def database_answers(database=connection) -> bool:
    if hasattr(database, "answers_directly"):  # PostgreSQL: civcare.core.postgresql
        return database.answers_directly()
    with database.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return True


@never_cache
@require_safe
def healthz(request: HttpRequest) -> HttpResponse:
    """200 when the database answers, 503 otherwise; plain text for load balancers."""
    try:
        healthy = database_answers()
    except DatabaseError:
        healthy = False
    if not healthy:
        logger.warning("Health check: database unreachable", exc_info=True)
        return HttpResponse(
            "database unavailable\n", status=503, content_type="text/plain; charset=utf-8"
        )
    return HttpResponse("ok\n", content_type="text/plain; charset=utf-8")


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """A form sent without a valid CSRF token (settings.CSRF_FAILURE_VIEW).

    Usually an honest mistake: the form stood open while the person signed in or out in
    another tab. Say so in plain Dutch and give back the text they typed, so nothing is lost.
    """
    text = request.POST.get("body", "") if request.method == "POST" else ""
    referer = request.META.get("HTTP_REFERER", "")
    back = (
        referer
        if url_has_allowed_host_and_scheme(
            referer, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        )
        else ""
    )
    html = render_to_string("403_csrf.html", {"text": text, "back": back})
    return HttpResponseForbidden(html, content_type="text/html; charset=utf-8")


# Pages for people, not for search engines: accounts, moderation, the editors, forms.
ROBOTS_DISALLOW = [
    "/accounts/",
    "/mijn/",
    "/moderatie/",
    "/redactie/",
    "/beheer/",
    "/zoeken/",
    "/taal/",
    "/reflecties/*/reageren/",
    "/reflecties/*/melden/",
    "/reflecties/*/bewerken/",
    "/reflecties/*/weergave/",
    "/reflecties/*/intrekken/",
    "/papers/*/reageren/",
]


@require_safe
def robots_txt(request: HttpRequest) -> HttpResponse:
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in ROBOTS_DISALLOW)]
    lines.append(f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
