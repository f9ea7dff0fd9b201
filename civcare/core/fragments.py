"""Rendered list items cached one by one, so a long list renders only what changed."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable

from django.conf import settings
from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

TTL = 60 * 60 * 24


def _key(template: str, version: str, language: str) -> str:
    return f"fragments:{template}:{hashlib.sha1(version.encode()).hexdigest()}:{language}"


def forget(template: str, versions: Iterable[str]) -> None:
    """Remove cached items (every language): for erasure, where unreachable is not enough."""
    cache.delete_many(
        [_key(template, version, code) for version in versions for code, _ in settings.LANGUAGES]
    )


def render_each(
    objects: Iterable, template: str, version_of: Callable[[object], str], name: str = "item"
) -> list[SafeString]:
    """``template`` rendered for each object; cached under what ``version_of`` says about it.

    ``version_of`` must change whenever the rendered item would (e.g. an updated_at), so a
    cached item is never stale. One cache round trip for the whole list.
    """
    objects = list(objects)
    language = get_language() or "nl"
    keys = [_key(template, version_of(o), language) for o in objects]
    found = cache.get_many(keys)
    missing = {}
    html = []
    for key, obj in zip(keys, objects, strict=True):
        if key not in found:
            found[key] = missing[key] = render_to_string(template, {name: obj})
        html.append(mark_safe(found[key]))
    if missing:
        cache.set_many(missing, TTL)
    return html
