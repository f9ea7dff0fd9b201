"""Each reflection on a page rendered once per state of what it shows, and reused.

A cold paper page (the first visit after an approval renews the paper's generation) used to
render every reflection it shows again: 150 items and their replies, about 0.5 s on the
benchmark's data. Most of them have not changed. Each item is cached under a digest of
every value its template reads: the reflection's own fields, its author's, the rows the
other parts show with it (reflections.extensions.RELATED, e.g. its disposition, and each row
on the way there), whether its version is open, and the same of each reply. Any change to
any of those is a new key, so a cached item is never stale; only new or changed items are
rendered.

The paper page reads those values as plain rows (``row_fields``), not as model objects:
making 400 reflections with their authors and dispositions into objects cost more than the
rest of a cold page together. Only a reflection whose item is not cached is made into
objects, from the same row (``shown_items``), without another query.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ObjectDoesNotExist
from django.db import DEFAULT_DB_ALIAS
from django.utils.safestring import SafeString

from civcare.accounts.models import User
from civcare.core.fragments import render_states
from civcare.core.generations import register_rendered_pages

from . import extensions
from .models import Reflection

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


def related_steps() -> list[str]:
    """Every row shown with a reflection, as paths: each RELATED path and each step on the
    way ("disposition", then "disposition__section")."""
    steps: list[str] = []
    for path in extensions.RELATED:
        names = path.split("__")
        for end in range(1, len(names) + 1):
            step = "__".join(names[:end])
            if step not in steps:
                steps.append(step)
    return steps


def _state(own, author, related, is_open: bool, replies: list[str]) -> str:
    return repr((own, author, related, is_open, replies))


def state_of(reflection) -> str:
    """Every value _reflection.html reads for this reflection and its replies."""
    return _state(
        _values(reflection),
        _values(reflection.author) if reflection.author_id else None,
        [_values(_related(reflection, step)) for step in related_steps()],
        reflection.version.is_open_for_reflection,
        [state_of(reply) for reply in getattr(reflection, "reply_list", [])],
    )


@dataclass(frozen=True)
class _Part:
    path: str  # "" for the reflection itself, "author", "disposition", …
    model: type
    names: tuple[str, ...]  # the model's concrete fields' attnames
    start: int
    stop: int

    @property
    def pk_index(self) -> int:
        return self.start + self.names.index(self.model._meta.pk.attname)


@functools.cache
def _layout() -> tuple[_Part, ...]:
    """Where each model's values sit in a row (after the apps have said what they show)."""
    parts, start = [], 0
    models = [("", Reflection), ("author", User)]
    for step in related_steps():
        model = Reflection
        for name in step.split("__"):
            model = model._meta.get_field(name).related_model
        models.append((step, model))
    for path, model in models:
        names = tuple(field.attname for field in model._meta.concrete_fields)
        parts.append(_Part(path, model, names, start, start + len(names)))
        start += len(names)
    return tuple(parts)


def row_fields() -> list[str]:
    """The values_list fields of a row: every value an item shows."""
    return [
        f"{part.path}__{name}" if part.path else name for part in _layout() for name in part.names
    ]


@dataclass
class ShownItem:
    """A reflection as the paper page shows it: its rendered item and where it goes."""

    pk: int
    status: str
    section_id: int | None
    question_id: int | None
    html: SafeString


class _Row:
    """One row of row_fields(): its state, and the objects it describes when needed."""

    def __init__(self, values: tuple, replies: list[_Row], version, positions=None):
        self.values, self.replies, self.version = values, replies, version
        own = _layout()[0]
        self.fields = dict(zip(own.names, values[own.start : own.stop], strict=True))
        # Where its quoted paragraph is as readers see it ("alinea 2, punt 1"), from the
        # page's sections: its own section is not among the row's values.
        self.quote_position = None
        self.knows_position = positions is not None and self.fields["quote_paragraph"] is not None
        if self.knows_position:
            self.quote_position = positions.get(
                (self.fields["section_id"], self.fields["quote_paragraph"])
            )

    def _part(self, part: _Part) -> tuple | None:
        values = tuple(self.values[part.start : part.stop])
        return None if self.values[part.pk_index] is None else values

    def state(self) -> str:
        own, author, *related = _layout()
        return _state(
            self._part(own),
            self._part(author) if self.fields["author_id"] is not None else None,
            [self._part(part) for part in related],
            self.version.is_open_for_reflection,
            [reply.state() for reply in self.replies],
        ) + (repr(self.quote_position) if self.quote_position else "")

    def build(self) -> Reflection:
        """The reflection with its author, related rows and replies as objects, as
        select_related would have made them (from_db), for rendering its item."""
        objects: dict[str, Any] = {}
        for part in _layout():
            values = self._part(part)
            objects[part.path] = (
                None
                if values is None
                else part.model.from_db(DEFAULT_DB_ALIAS, list(part.names), values)
            )
        reflection = objects[""]
        for path, obj in objects.items():
            if not path:
                continue
            parent_path, _, name = path.rpartition("__")
            parent = objects[parent_path]
            if parent is not None:
                parent._meta.get_field(name).set_cached_value(parent, obj)
        reflection.version = self.version
        if self.knows_position:
            reflection.quote_position = self.quote_position
        reflection.reply_list = [reply.build() for reply in self.replies]
        return reflection


def shown_items(
    parents: list[tuple], replies: list[tuple], version, positions: dict | None = None
) -> list[ShownItem]:
    """The rendered items of ``parents`` (rows of row_fields(), in page order) with their
    ``replies`` (rows too): from the cache where their state is unchanged, otherwise made
    into objects from their rows and rendered. ``positions``: where each paragraph of the
    version's sections is as readers see it, by (section id, paragraph identifier)
    (papers.models.Section.positions), for the quotes."""
    own = _layout()[0]
    parent_at = own.start + own.names.index("parent_id")
    replies_of: dict[int, list[_Row]] = defaultdict(list)
    for values in replies:
        replies_of[values[parent_at]].append(_Row(values, [], version))
    rows = [
        _Row(values, replies_of.get(values[own.pk_index], []), version, positions)
        for values in parents
    ]
    html = render_states([(row.state(), row.build) for row in rows], TEMPLATE, name="reflection")
    return [
        ShownItem(
            pk=row.fields["id"],
            status=row.fields["status"],
            section_id=row.fields["section_id"],
            question_id=row.fields["question_id"],
            html=item,
        )
        for row, item in zip(rows, html, strict=True)
    ]
