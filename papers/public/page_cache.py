"""Whole anonymous paper pages, cached per paper generation (the public read side)."""

from __future__ import annotations

from functools import wraps

from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils.translation import get_language

from civcare.accounts.models import Perspective
from civcare.core import compression
from civcare.core.generations import (
    FRAGMENT_TTL,
    GLOBAL,
    PERSONAL_COOKIES,
    digest_key,
    generations,
    recent_pages,
    register_rendered_pages,
)

# Erasure deletes these (civcare.core.generations.forget_rendered_pages).
register_rendered_pages("papers:whole:*")

CACHED_HEADERS = ("Content-Type", "Content-Encoding", "Vary", "Content-Language")


def whole_page_key(request: HttpRequest, code: str) -> str:
    """The cache key of a visitor's whole page: the paper's generations, the path, and what
    the page is shown with, as parsed (so ``?perspectief=`` with 50 junk values is one
    copy of the unfiltered page, not 50)."""
    perspective = request.GET.get("perspectief")
    variant = "gz" if compression.accepts_gzip(request) else "plain"
    current = generations([f"paper:{code}", GLOBAL])
    return digest_key(
        "papers:whole",
        code,
        *current.values(),
        request.path,
        perspective if perspective in Perspective.values else "-",
        get_language(),
        variant,
    )


def anonymous_page(view):
    """Serve the whole page from the cache to visitors who are not signed in.

    Their pages carry nothing personal (no session, no messages, no forms), so one copy per
    URL, language and encoding serves them all, without touching the database. It is
    renewed with the paper's generation.
    """

    @wraps(view)
    def wrapped(request: HttpRequest, code: str, *args, **kwargs) -> HttpResponse:
        if request.method != "GET" or request.COOKIES.keys() & PERSONAL_COOKIES:
            return view(request, code, *args, **kwargs)
        key = whole_page_key(request, code)
        found = recent_pages.get(key)
        if found is None:
            found = cache.get(key)
            if found is not None:
                recent_pages.put(key, found)
        if found is not None:
            content, headers = found
            response = HttpResponse(content)
            for name, value in headers.items():
                response[name] = value
            return response
        response = view(request, code, *args, **kwargs)
        if response.status_code == 200 and not response.cookies:
            headers = {name: response[name] for name in CACHED_HEADERS if name in response}
            cache.set(key, (response.content, headers), FRAGMENT_TTL)
            recent_pages.put(key, (response.content, headers))
        return response

    return wrapped
