"""Each reflection on a page rendered once per state of what it shows, and reused.

A cold paper page (the first visit after an approval renews the paper's generation) used to
render every reflection it shows again: 150 items and their replies, about 0.5 s on the
benchmark's data. Most of them have not changed. Each item is cached under a digest of
every value its template reads: the reflection's own fields, its author's, the rows the
other parts show with it (reflections.extensions.RELATED, e.g. its disposition), whether
its version is open, and the same of each reply. Any change to any of those is a new key,
so a cached item is never stale; only new or changed items are rendered.
"""

from __future__ import annotations

from django.core.exceptions import ObjectDoesNotExist

from civcare.core.fragments import render_each
from civcare.core.generations import register_rendered_pages

from . import extensions

TEMPLATE = "reflections/_reflection.html"
# Erasure deletes these (civcare.core.generations.forget_rendered_pages): an item keyed by
# content keeps the old name in the cache until it is deleted.
register_rendered_pages(f"fragments:{TEMPLATE}:*")


def _values(obj) -> tuple | None:
    if obj is None:
        return None
    return tuple(getattr(obj, field.attname) for field in obj._meta.concrete_fields)


def _related(reflection, path: str):
    obj = reflection
    for name in path.split("__"):
        try:
            obj = getattr(obj, name)
        except ObjectDoesNotExist:  # a reverse one-to-one that does not exist (yet)
            return None
        if obj is None:
            return None
    return obj


def state_of(reflection) -> str:
    """Every value _reflection.html reads for this reflection and its replies."""
    return repr((
        _values(reflection),
        _values(reflection.author) if reflection.author_id else None,
        [_values(_related(reflection, path)) for path in extensions.RELATED],
        reflection.version.is_open_for_reflection,
        [state_of(reply) for reply in getattr(reflection, "reply_list", [])],
    ))  # fmt: skip


def render_items(reflections: list) -> None:
    """Give each reflection its rendered item (``html``), from the cache where unchanged."""
    for reflection, html in zip(
        reflections, render_each(reflections, TEMPLATE, state_of, name="reflection"), strict=True
    ):
        reflection.html = html
