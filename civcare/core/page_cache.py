"""Whole public pages for visitors who are not signed in, served before most of the stack.

A view opts in with ``@public_page(depends_on=…, params=…)``:

- ``depends_on(request, **kwargs)`` names the generation scopes (civcare.core.generations)
  whose change alters the page, e.g. ``["paper:SHPP003-05"]``; the global scope is always
  added. It may answer None: this page cannot be cached (e.g. it does not exist).
- ``params`` maps each query parameter that selects a variant of the page to the function
  that normalises its value, so ``?perspectief=`` with fifty junk values is one copy of
  the unfiltered page, not fifty, and ``?pagina=007`` is page 7. A value that names no
  variant normalises to INVALID: such a request is passed to the view, which answers 404,
  and nothing is kept (a key per junk value would be a copy per junk value). Other
  parameters do not change the page.

PublicPageCacheMiddleware sits right after Django's SecurityMiddleware (which redirects to
HTTPS first). For a GET from a visitor without personal cookies to such a view it reads the
generations (from the process's mirror of the cache, civcare.core.cache: usually no round
trip) and answers from this process's recent pages or from the shared cache, skipping
everything below it: static files, the fixed security headers and the language (stored
with the page), session, CSRF, authentication, messages and the view itself. On a miss the
view renders as usual, and the response is stored with every header the stack below gave
it (compressed once for clients that accept gzip) unless it set a cookie: a page that
handed out a CSRF token or a message is personal. Nothing can be stale: the key holds the
generations, and every write that changes what a page shows bumps one of them.
"""

from __future__ import annotations

import functools
import gzip
from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps

from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.urls import Resolver404, resolve
from django.utils.cache import patch_vary_headers

from . import compression
from .generations import (
    FRAGMENT_TTL,
    GLOBAL,
    PERSONAL_COOKIES,
    digest_key,
    generations,
    recent_pages,
    register_rendered_pages,
)
from .language import chosen_language
from .params import parse_positive_int

KEY_PREFIX = "pages:whole"
SLOT_PREFIX = f"{KEY_PREFIX}:last"
# Erasure deletes these (civcare.core.generations.forget_rendered_pages).
register_rendered_pages(f"{KEY_PREFIX}:*")
# While one process renders a page anew, the others answer with the copy it replaces
# (see PublicPageCacheMiddleware); a process that dies mid-render holds it this long.
RENDERING_SECONDS = 5

# A parameter value is cut to this before it is normalised (longer than any value a page
# reads: a search query is cut to 200 characters), so no request makes a large key.
MAX_PARAM_LENGTH = 1000
# Below this size gzip saves too little to be worth a header.
MIN_COMPRESSED_SIZE = 512
COMPRESSED_TYPES = ("text/", "application/json", "application/xml", "application/rss+xml")


# A normaliser's answer for a value that selects no page (the view answers 404).
INVALID = "civcare:invalid"


def as_given(value: str | None) -> str | None:
    """A parameter whose value selects the page as it is, or no page at all (an anchor: the
    view answers 404 for one it does not know, and a 404 is never kept)."""
    return value


def page_param(value: str | None) -> int | str:
    """``?pagina=`` (or a sitemap's ``?p=``): the page number; none is page 1."""
    if value is None:
        return 1
    return parse_positive_int(value) or INVALID


def number_param(value: str | None) -> int | str | None:
    """A number that selects the page (``?alinea=``), or None when there is none."""
    if value is None:
        return None
    return parse_positive_int(value) or INVALID


@dataclass(frozen=True)
class PublicPage:
    depends_on: Callable[..., list[str] | None]
    params: tuple[tuple[str, Callable[[str | None], object]], ...] = ()  # sorted by name

    def keys(self, request: HttpRequest, match) -> tuple[str, str] | None:
        """The page's key under the current generations, and the key of its slot: the
        same page whatever the generations, where the last copy made is kept. None: not
        from the cache (the page does not exist, or a parameter names no page)."""
        scopes = self.depends_on(request, *match.args, **match.kwargs)
        if scopes is None:
            return None
        params = [
            (name, normalise(request.GET.get(name, "")[:MAX_PARAM_LENGTH] or None))
            for name, normalise in self.params
        ]
        if any(value == INVALID for _name, value in params):
            return None
        current = generations([*scopes, GLOBAL])
        variant = (
            match.view_name,
            request.path,
            params,
            chosen_language(request),
            request.get_host(),
            "gz" if compression.accepts_gzip(request) else "plain",
        )
        return digest_key(KEY_PREFIX, *current.items(), *variant), digest_key(SLOT_PREFIX, *variant)


def public_page(
    *,
    depends_on: Callable[..., list[str] | None],
    params: dict[str, Callable[[str | None], object]] | None = None,
):
    """Mark a view whose page is the same for every visitor who is not signed in."""
    spec = PublicPage(depends_on=depends_on, params=tuple(sorted((params or {}).items())))

    def decorate(view):
        @wraps(view)
        def wrapped(*args, **kwargs):
            return view(*args, **kwargs)

        wrapped.public_page = spec
        return wrapped

    return decorate


@functools.lru_cache(maxsize=4096)
def _public_route(path_info: str, urlconf) -> tuple[PublicPage, object] | None:
    """The public page a path leads to, and its match; None for any other path. Resolved
    once per path and process: a route does not change while the process runs."""
    try:
        match = resolve(path_info, urlconf)
    except Resolver404:
        return None
    spec = getattr(match.func, "public_page", None)
    return (spec, match) if spec is not None else None


def _cacheable_request(request: HttpRequest) -> bool:
    return request.method in ("GET", "HEAD") and not (request.COOKIES.keys() & PERSONAL_COOKIES)


def _replay(found: tuple) -> HttpResponse:
    content, headers = found
    response = HttpResponse(content)
    for name, value in headers.items():
        response[name] = value
    return response


def _compressed(request: HttpRequest, response: HttpResponse) -> None:
    """Compress the page once, as it is stored, for the clients that asked for gzip."""
    if (
        not compression.accepts_gzip(request)
        or response.has_header("Content-Encoding")
        or len(response.content) < MIN_COMPRESSED_SIZE
        or not response.get("Content-Type", "").startswith(COMPRESSED_TYPES)
    ):
        return
    response.content = gzip.compress(response.content, compression.LEVEL, mtime=0)
    response["Content-Encoding"] = "gzip"
    if response.has_header("Content-Length"):  # set by CommonMiddleware, for the plain page
        response["Content-Length"] = str(len(response.content))
    patch_vary_headers(response, ["Accept-Encoding"])


class PublicPageCacheMiddleware:
    """Answers a visitor's request for a public page from the cache (see the module's
    docstring); on a miss, one process renders the page at a time.

    A change (an approval, say) makes the page's key new for every process at once. Under
    load every worker would then render the same page at the same moment, each request
    waiting for a render that the others are also doing. Instead the first takes a short
    lock (``add`` in the shared cache) and renders; a request that meets the lock gets the
    copy being replaced, which was current when the render began. So a visitor is shown
    the page as it was at most one render ago, and only while that render runs; a request
    after it shows the change, as every request does when no render is under way.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        if not _cacheable_request(request):
            return self.get_response(request)
        route = _public_route(request.path_info, getattr(request, "urlconf", None))
        keys = route[0].keys(request, route[1]) if route is not None else None
        if keys is None:
            return self.get_response(request)
        key, slot = keys
        found = recent_pages.get(key)
        if found is None:
            found = cache.get(key)
            if found is not None:
                recent_pages.put(key, found)
        if found is not None:
            return _replay(found)
        rendering = f"{slot}:rendering"
        if not cache.add(rendering, 1, RENDERING_SECONDS):
            previous = cache.get(slot)
            if previous is not None:
                return _replay(previous)
            return self._render(request, key, slot)
        try:
            return self._render(request, key, slot)
        finally:
            cache.delete(rendering)

    def _render(self, request: HttpRequest, key: str, slot: str):
        response = self.get_response(request)
        if (
            request.method == "GET"
            and response.status_code == 200
            and not response.streaming
            and not response.cookies
        ):
            _compressed(request, response)
            stored = (response.content, dict(response.headers))
            cache.set_many({key: stored, slot: stored}, FRAGMENT_TTL)
            recent_pages.put(key, stored)
        return response
