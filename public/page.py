"""The paper page, assembled from cached parts so that signed-in readers are served quickly.

    frame head  +  own pending reflections  +  frame middle  +  paper body  +  frame tail
    (shared by all readers       (per reader,          (shared)        (shared by
     with the same roles)         usually empty)                        everyone)

Every part is cached under generations (civcare.core.generations) that the writes which change it
bump, so nothing is stale: the paper's generation (any change to any of its versions, its
reflections or its state), the global one, the reader's own ("own:<id>") and the roles
one. The generations (and the session, the person and their roles) come from the
process's mirror of the cache (civcare.core.cache), and every part keyed by them from the
process's recent pages, so a reader's repeated visit usually asks Redis nothing; otherwise
the parts come in one round trip. The frame holds no per-request data (no CSRF token, no
messages); a request with flash messages is rendered in full.
Visitors who are not signed in get the whole page from civcare.core.page_cache.
"""

from __future__ import annotations

from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.cache import patch_vary_headers
from django.utils.functional import LazyObject
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from civcare.accounts.roles import Roles
from civcare.core import compression, generations
from civcare.core.compression import CompressedPart
from civcare.core.generations import recent_pages, register_rendered_pages
from governance.models import coding_is_public
from papers import following, selectors
from papers.caching import paper_scope
from public import body as body_parts
from reflections import selectors as reflection_selectors

OWN_MARK = mark_safe("<!-- civcare: own reflections -->")
BODY_MARK = mark_safe("<!-- civcare: paper body -->")
# Erasure deletes these (civcare.core.generations.forget_rendered_pages).
register_rendered_pages("papers:frame:*", "papers:body:*", "papers:own:*", "papers:resolve:*")

TTL = generations.FRAGMENT_TTL


def _has_messages(request: HttpRequest) -> bool:
    return "messages" in request.COOKIES or bool(request.session.get("_messages"))


def _split(content: bytes) -> tuple[bytes, bytes, bytes]:
    head, rest = content.split(OWN_MARK.encode(), 1)
    middle, tail = rest.split(BODY_MARK.encode(), 1)
    return head, middle, tail


def render_paper_page(request: HttpRequest, code: str, number: str | None) -> HttpResponse:
    signed_in = request.user.is_authenticated
    # The person, without request.user's lazy wrapper: read a dozen times below, and every
    # read through the wrapper is a detour.
    user = request.user._wrapped if isinstance(request.user, LazyObject) else request.user
    perspective = reflection_selectors.parse_perspective(request.GET.get("perspectief"))
    canonical = request.path + (f"?perspectief={perspective}" if perspective else "")
    language = get_language()
    gzip_ok = compression.accepts_gzip(request)

    # The generations everything else is keyed on, with the roles (stored with the
    # generation they were made under).
    scopes = [paper_scope(code), generations.GLOBAL]
    if signed_in:
        scopes += [f"own:{user.pk}", "roles"]
    extra = [Roles.cache_key(user)] if signed_in else []
    current, found = generations.generations_with(scopes, extra)
    paper_generation = (current[paper_scope(code)], current[generations.GLOBAL])
    roles = None
    if signed_in:
        roles = Roles(user, generation=current["roles"], cached=found.get(Roles.cache_key(user)))

    if roles is not None and roles.is_editor:
        resolved = selectors.resolve_version(code, number, user=user)  # drafts too
    else:
        # The resolved version (with its paper and versions) as this process last unpickled
        # it under the same generations: reused, not unpickled on every request.
        resolve_key = generations.digest_key("papers:resolve", code, number, *paper_generation)
        resolved = recent_pages.get(resolve_key)
        if resolved is None:
            resolved = cache.get(resolve_key)
            if resolved is None:
                resolved = selectors.resolve_version(code, number, user=None)
                cache.set(resolve_key, resolved, TTL)
            recent_pages.put(resolve_key, resolved)
    version = resolved.version

    # The parts: frame, own reflections and body.
    personal = _has_messages(request)
    role_key = "visitor"
    if roles is not None:
        counts = reflection_selectors.queue_counts() if roles.is_moderator else {}
        role_key = (roles.is_editor, roles.is_moderator, sorted(counts.items()))
    encoding = "gz" if gzip_ok else "plain"
    keys = {
        "frame": generations.digest_key(
            "papers:frame", version.pk, *paper_generation, language, canonical, role_key, encoding
        ),
        "body": generations.digest_key(
            "papers:body",
            version.pk,
            *paper_generation,
            perspective,
            language,
            encoding,
        ),
    }
    if signed_in:
        keys["own"] = generations.digest_key(
            "papers:own", user.pk, version.pk, current[f"own:{user.pk}"], language, encoding
        )
    # Every part's key holds the generations it was made under: this process's copy of it is
    # as good as the shared one, and costs no round trip.
    found = recent_pages.get_many(keys.values()) if version.is_public else {}
    missing = [key for key in keys.values() if key not in found] if version.is_public else []
    if missing:
        fetched = cache.get_many(missing)
        recent_pages.put_many(fetched)
        found.update(fetched)
    to_store = {}

    frame = None if personal else found.get(keys["frame"])
    if frame is None:
        context = {
            "version": version,
            "canonical_path": canonical,
            "own_block": OWN_MARK,
            "fragment": BODY_MARK,
        }
        frame = _split(render(request, "public/paper_detail.html", context).content)
        if gzip_ok:
            frame = tuple(CompressedPart.of(part) for part in frame)
        if not personal:  # flash messages are shown once, to this person: never cached
            to_store[keys["frame"]] = frame
    head, middle, tail = frame

    own = None
    if signed_in:
        own = found.get(keys["own"])
        if own is None:
            context = {
                "own_awaiting": reflection_selectors.own_awaiting(version, user),
                "following": following.is_following(user, version.paper),
                "paper": version.paper,
            }
            own = render_to_string("public/_own_awaiting.html", context).encode()
            if gzip_ok:
                own = CompressedPart.of(own)
            to_store[keys["own"]] = own

    body = found.get(keys["body"])
    if body is None:
        if version.is_public:
            plain = body_parts.assemble(resolved, perspective=perspective)
        else:  # a draft changes while editors work on it: rendered whole, never kept
            plain = _rendered_whole(resolved, perspective)
        body = CompressedPart.of(plain) if gzip_ok else plain
        to_store[keys["body"]] = body

    if to_store and version.is_public:  # drafts change while editors work on them
        cache.set_many(to_store, TTL)
        recent_pages.put_many(to_store)

    # Each part was compressed once, when it was made (civcare.core.compression).
    parts = [head, *([own] if own is not None else []), middle, body, tail]
    response = HttpResponse(content_type="text/html; charset=utf-8")
    if gzip_ok:
        response.content = compression.join(parts)
        response["Content-Encoding"] = "gzip"
    else:
        response.content = b"".join(parts)
    patch_vary_headers(response, ["Accept-Encoding", "Cookie"])
    return response


def _rendered_whole(resolved, perspective: str | None) -> bytes:
    page = selectors.load_page(resolved)
    on_page = reflection_selectors.for_paper_page(
        resolved.version,
        perspective=perspective,
        positions=reflection_selectors.positions_of(page.sections),
    )
    reflection_selectors.attach_to_page(page, on_page)
    page.consultation_size = reflection_selectors.consultation_size(resolved.version)
    page.report_is_public = coding_is_public(resolved.version, versions=resolved.versions)
    return render_to_string("papers/_paper_body.html", {"page": page}).encode()
