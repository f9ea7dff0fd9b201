"""The paper page's body, made from parts that a change to the reflections leaves alone.

Every approval changes the paper page, and under a steady stream of them the whole body
(the paper's text, its questions and some 400 reflections, 450 kB of HTML) was rendered
again each time: 120 ms, while the change was one reflection on one question. Now the body
is assembled from:

- the **skeleton**: everything but the reflections, rendered once per state of the
  version's text (its ``text`` scope, papers.caching), with a marked slot where each
  target's reflections, the overview, each group's count and the consultation notice go;
- a **block** per target (a section, a question, the paper as a whole): its reflections
  and count, cached under the target's own scope, renewed when a reflection on it changes
  (papers.caching.bump_targets), and under its count and the latest change of its
  reflections as well (a change that bumped nothing is still a new key);
- the counts (the overview, the groups, the consultation notice), made on each assembly
  from two small queries.

So after an approval only that target's block is rendered (two queries for its
reflections). The pieces are plain HTML; the assembled body is compressed as one stream
(civcare.core.compression.CompressedPart, 6 ms): compressed one by one, the pieces made a
page twice the size, without the text they share.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils.translation import get_language

from civcare.core import generations
from civcare.core.generations import recent_fragments, recent_pages, register_rendered_pages
from governance.models import coding_is_public
from papers import passages, selectors
from papers.caching import target_scope, text_scope
from reflections import passage_markers
from reflections import selectors as reflection_selectors
from reflections.selectors import TargetReflections

SLOT = re.compile(rb"<!--civcare:slot:([a-z0-9-]+)-->")
# Part of the skeleton's key: a skeleton cached by an earlier release (without the paragraphs'
# slots, or their positions) is never read by this one.
SKELETON_FORMAT = 3
TTL = generations.FRAGMENT_TTL
# Erasure deletes these (civcare.core.generations.forget_rendered_pages).
register_rendered_pages("papers:skeleton:*", "papers:block:*")


@dataclass
class Skeleton:
    """The body without its reflections: static pieces around named slots."""

    pieces: list[bytes]  # one more than slots
    slots: list[str]
    targets: dict[str, TargetReflections]  # a target's slot → the target, without reflections
    groups: dict[str, list[str]]  # a group's slot → the slots of its questions
    paragraphs: dict[str, passage_markers.Place]  # a paragraph's slot → where its marker goes
    # (section id, paragraph identifier) → where readers see it, for the quotes
    positions: dict[tuple[int, int], passages.Position]


def _skeleton(resolved) -> Skeleton:
    page = selectors.load_page(resolved)
    page.report_is_public = coding_is_public(resolved.version, versions=resolved.versions)
    targets = reflection_selectors.targets_of(page)
    paragraphs = {}
    for section in page.sections:
        # A slot at the end of each paragraph, for its marker (reflections.passage_markers).
        places = passage_markers.places(section)
        slots = [f"passage-{place.section_id}-{place.number}" for place in places]
        paragraphs.update(zip(slots, places, strict=True))
        section.body_with_markers = passages.at_block_ends(
            section.body_html, [f"<!--civcare:slot:{slot}-->" for slot in slots]
        )
    html = render_to_string("papers/_paper_body.html", {"page": page, "slots": True}).encode()
    parts = SLOT.split(html)
    return Skeleton(
        pieces=parts[0::2],
        slots=[name.decode() for name in parts[1::2]],
        targets={target.slot: target for target in targets},
        groups={
            f"group-{group.pk}": [q.target_reflections.slot for q in group.question_list]
            for group in page.groups
        },
        paragraphs=paragraphs,
        positions=reflection_selectors.positions_of(page.sections),
    )


def assemble(resolved, *, perspective: str | None) -> bytes:
    """The paper body of ``resolved``, in HTML."""
    version = resolved.version
    language = get_language()
    current = generations.generations([text_scope(version.pk), generations.GLOBAL])
    skeleton_key = generations.digest_key(
        "papers:skeleton", SKELETON_FORMAT, version.pk, *current.values(), language
    )
    skeleton = recent_pages.get(skeleton_key) or cache.get(skeleton_key)
    if skeleton is None:
        skeleton = _skeleton(resolved)
        cache.set(skeleton_key, skeleton, TTL)
    recent_pages.put(skeleton_key, skeleton)

    counted, on_paragraphs = reflection_selectors.counts_on_page(version, perspective)
    scopes = {
        slot: target_scope(version.pk, *target.key) for slot, target in skeleton.targets.items()
    }
    target_generations = generations.generations(list(scopes.values()))
    keys = {
        slot: generations.digest_key(
            "papers:block",
            version.pk,
            *current.values(),
            target_generations[scopes[slot]],
            counted.get(target.key, (0, None)),
            perspective,
            language,
        )
        for slot, target in skeleton.targets.items()
    }
    blocks = recent_fragments.get_many(keys.values())
    wanted = [key for key in keys.values() if key not in blocks]
    if wanted:
        blocks.update(cache.get_many(wanted))
    missing = {
        slot: target for slot, target in skeleton.targets.items() if keys[slot] not in blocks
    }
    if missing:
        shown = reflection_selectors.shown_on(
            version, [target.key for target in missing.values()], perspective, skeleton.positions
        )
        made = {}
        for slot, target in missing.items():
            filled = target.filled(
                shown.get(target.key, []), counted.get(target.key, (0, None))[0], perspective
            )
            html = render_to_string(
                "reflections/_target_block.html", {"t": filled, "version": version}
            )
            made[keys[slot]] = html.encode()
        cache.set_many(made, TTL)
        blocks.update(made)
    recent_fragments.put_many({key: blocks[key] for key in keys.values()})

    counts = {
        slot: counted.get(target.key, (0, None))[0] for slot, target in skeleton.targets.items()
    }
    context = {"version": version, "paper": version.paper, "preview": False}
    perspectives, total = reflection_selectors.perspective_counts(version)
    on_page = reflection_selectors.ReflectionsOnPage(
        perspectives=perspectives, total=total, perspective=perspective
    )
    pieces: list[bytes] = []
    for index, slot in enumerate(skeleton.slots):
        pieces.append(skeleton.pieces[index])
        if slot in keys:
            pieces.append(blocks[keys[slot]])
        elif slot in skeleton.groups:
            n = sum(counts[question] for question in skeleton.groups[slot])
            pieces.append(render_to_string("papers/_group_count.html", {"n": n}).encode())
        elif slot in skeleton.paragraphs:
            place = skeleton.paragraphs[slot]
            pieces.append(passage_markers.marker(place, on_paragraphs, version).encode())
        elif slot == "overview":
            html = render_to_string("reflections/_overview.html", {**context, "on_page": on_page})
            pieces.append(html.encode())
        elif slot == "consultation":
            size = reflection_selectors.consultation_size(version)
            html = render_to_string(
                "papers/_consultation_notice.html", {**context, "consultation_size": size}
            )
            pieces.append(html.encode())
    pieces.append(skeleton.pieces[-1])
    return b"".join(pieces)
