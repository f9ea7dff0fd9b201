"""Where the passages that reflections on a version are about stand in its next version
(issue #19): worked out with papers.passages, stored as a PassageResolution per reflection.

Run when the editors start the next version (every quoted reflection) and whenever they
amend a section (the reflections quoting that section), in the same transaction as the
change, so what the editors see is never older than the text. A mapping an editor confirmed
or corrected stands as long as the paragraph it points to is unchanged; when that paragraph
changes again, the passage is looked for afresh and the confirmation is dropped.
"""

from __future__ import annotations

from collections.abc import Iterable

from papers import passages
from papers.caching import bump_after_commit
from papers.models import PaperVersion, Section
from reflections.models import Reflection

from .models import PassageResolution

# What a resolution worked out afresh starts from: no editor has looked at it yet.
FRESH = {"is_confirmed": False, "is_corrected": False, "confirmed_by": None}
# Where the passage was found (_fields).
RESOLVED = ("section", "paragraph", "anchor", "status", "found", "similarity")


def quoted_reflections(version: PaperVersion, section_ids: Iterable[int] | None = None):
    """The published reflections on ``version`` that are about a passage."""
    quoted = Reflection.objects.filter(
        version=version, status=Reflection.Status.APPROVED, quote_paragraph__isnull=False
    )
    if section_ids is not None:
        quoted = quoted.filter(section_id__in=list(section_ids))
    return quoted.order_by("pk")


def resolve_passages(draft: PaperVersion, *, sections: Iterable[Section] | None = None) -> int:
    """Resolve every quoted reflection of the version ``draft`` follows (only those about
    the sources of ``sections``, when given) against ``draft``'s text. Returns how many
    passages now stand elsewhere, changed or nowhere (not ``ongewijzigd``)."""
    source = draft.based_on
    if source is None:
        return 0
    copies = {
        s.copied_from_id: s
        for s in (sections if sections is not None else Section.objects.filter(version=draft))
        if s.copied_from_id
    }
    section_ids = list(copies) if sections is not None else None
    reflections = list(quoted_reflections(source, section_ids))
    existing = {
        r.reflection_id: r for r in PassageResolution.objects.filter(reflection__in=reflections)
    }
    paragraphs = {pk: section.numbered_paragraphs() for pk, section in copies.items()}
    changed = 0
    to_create, to_update = [], []
    for reflection in reflections:
        section = copies.get(reflection.section_id)
        found = paragraphs.get(reflection.section_id, [])
        row = existing.get(reflection.pk)
        if row is not None and row.version_id == draft.pk and _still_holds(row, found):
            changed += row.status != PassageResolution.Status.UNCHANGED
            continue
        resolution = passages.resolve(reflection.quote, found)
        fields = _fields(resolution, section)
        if row is None:
            to_create.append(PassageResolution(reflection=reflection, version=draft, **fields))
        else:
            for name, value in {**FRESH, "version": draft, **fields}.items():
                setattr(row, name, value)
            to_update.append(row)
        changed += resolution.status != passages.Status.UNCHANGED
    PassageResolution.objects.bulk_create(to_create)
    PassageResolution.objects.bulk_update(to_update, ["version", *FRESH, *RESOLVED])
    if to_create or to_update:
        # Shown under the reflections on the consulted version's page, once public.
        bump_after_commit(source.pk)
    return changed


def _still_holds(row: PassageResolution, found: list[passages.Paragraph]) -> bool:
    """An editor's confirmation or correction stands while its paragraph still reads the
    same where the words were found (or, for "verdwenen", while nothing was amended that
    might bring them back: a later amendment looks again)."""
    if not row.is_confirmed or row.paragraph is None:
        return False
    paragraph = next((p for p in found if p.id == row.paragraph), None)
    return paragraph is not None and passages.normalized(row.found) in paragraph.text


def _fields(resolution: passages.Resolution, section: Section | None) -> dict:
    in_section = section if resolution.paragraph is not None else None
    anchor = f"{section.anchor}-p{resolution.paragraph}" if in_section else ""
    values = (in_section, resolution.paragraph, anchor, resolution.status, resolution.found,
              resolution.similarity)  # fmt: skip
    return dict(zip(RESOLVED, values, strict=True))


def mapping_to(
    reflection: Reflection, section: Section | None, target: passages.Paragraph | None
) -> dict:
    """The fields of an editor's correction: the passage is (what became of it is) in the
    paragraph ``target`` of ``section`` in the new version, or nowhere (None). Found there
    as the platform would find it, except that the editor's word stands below the
    similarity threshold too."""
    if target is None:
        return _fields(passages.Resolution(passages.Status.GONE, similarity=0.0), None)
    resolution = passages.resolve(reflection.quote, [target])
    if resolution.status == passages.Status.GONE:
        score, passage = passages.closest_passage(reflection.quote.exact, target.text)
        resolution = passages.Resolution(
            passages.Status.CHANGED, target.id, passage or target.text, round(score, 2)
        )
    return _fields(resolution, section)
