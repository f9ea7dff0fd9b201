"""Rendered list items cached one by one, so a long list renders only what changed."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable

from django.conf import settings
from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from .generations import recent_fragments

TTL = 60 * 60 * 24


def _key(template: str, version: str, language: str) -> str:
    return f"fragments:{template}:{hashlib.sha1(version.encode()).hexdigest()}:{language}"


def forget(template: str, versions: Iterable[str]) -> None:
    """Remove cached items (every language): for erasure, where unreachable is not enough."""
    keys = [_key(template, version, code) for version in versions for code, _ in settings.LANGUAGES]
    cache.delete_many(keys)
    recent_fragments.forget(keys)


def render_each(
    objects: Iterable, template: str, version_of: Callable[[object], str], name: str = "item"
) -> list[SafeString]:
    """``template`` rendered for each object; cached under what ``version_of`` says about it.

    ``version_of`` must change whenever the rendered item would (e.g. an updated_at), so a
    cached item is never stale. One cache round trip for the whole list.
    """
    return render_states(
        [(version_of(obj), lambda obj=obj: obj) for obj in objects],
        template,
        name,
    )


def render_states(
    entries: list[tuple[str, Callable[[], object]]], template: str, name: str = "item"
) -> list[SafeString]:
    """``template`` rendered for each (state, make) pair, cached under the state: ``make``
    gives the object to render, and is called only when the item is not cached. The state
    must change whenever the rendered item would, so a cached item is never stale. This
    process's own copies first (content-keyed, so never stale either), then one cache round
    trip for the rest."""
    language = get_language() or "nl"
    keys = [_key(template, state, language) for state, _make in entries]
    found = recent_fragments.get_many(keys)
    wanted = [key for key in keys if key not in found]
    if wanted:
        fetched = cache.get_many(wanted)
        recent_fragments.put_many(fetched)
        found.update(fetched)
    missing = {}
    html = []
    for key, (_state, make) in zip(keys, entries, strict=True):
        if key not in found:
            found[key] = missing[key] = render_to_string(template, {name: make()})
        html.append(mark_safe(found[key]))
    if missing:
        cache.set_many(missing, TTL)
        recent_fragments.put_many(missing)
    return html
