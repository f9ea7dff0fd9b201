"""Section-by-section comparison of two versions of a paper, with word-level changes.

The text compared is what readers read: the rendered section as plain text, not its
Markdown source (no ``**``, ``>`` or ``-`` in the diff). Insertions and deletions are marked
with <ins>/<del> and a visually hidden word ("toegevoegd"/"verwijderd") so that the change
is not carried by colour alone; the counts are of words, not of punctuation. The comparison
itself is civcare.core.textdiff's, whose work is bounded whatever the texts: what it could
not compare word by word within its budget is shown as whole lines deleted and inserted.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.utils.html import escape, strip_tags
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from civcare.core import textdiff

from .models import PaperVersion, Section

LIST_ITEM_RE = re.compile(r"<li\b[^>]*>", re.IGNORECASE)
# Where one block of the rendered text ends: kept as a line break in the plain text.
BLOCK_END_RE = re.compile(r"</(?:p|li|h[1-6]|blockquote|pre|tr|dt|dd)>|<br\s*/?>", re.IGNORECASE)


def plain_text(rendered: str) -> str:
    """The words of rendered HTML as a reader sees them, one block per line."""
    marked = LIST_ITEM_RE.sub("\\g<0>• ", rendered)  # a list item still reads as one
    text = html.unescape(strip_tags(BLOCK_END_RE.sub("\n", marked)))
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n\n".join(line for line in lines if line)


@dataclass
class SectionDiff:
    anchor: str
    old: Section | None
    new: Section | None
    heading_html: SafeString
    body_html: SafeString
    changed: bool
    insertions: int = 0
    deletions: int = 0
    prompted_by: list = field(default_factory=list)
    # Paragraph by paragraph, with the reflections whose passage stands in each (issue #19).
    rows: list[ParagraphRow] = field(default_factory=list)
    # Reflections on a passage of this section that no paragraph here holds any more.
    unplaced: list = field(default_factory=list)

    @property
    def is_added(self) -> bool:
        return self.old is None

    @property
    def is_removed(self) -> bool:
        return self.new is None

    @property
    def status(self) -> str:
        if self.old is None:
            return "added"
        if self.new is None:
            return "removed"
        return "changed" if self.changed else "unchanged"


@dataclass
class ParagraphRow:
    """One paragraph in the comparison: kept, changed (against the one it replaced), new or
    removed, and the reflections whose quoted passage now stands in it (or stood in it, for
    a removed one)."""

    status: str  # "unchanged", "changed", "added", "removed"
    html: SafeString
    new_id: int | None = None
    old_id: int | None = None
    passages: list = field(default_factory=list)

    @property
    def is_added(self) -> bool:
        return self.status == "added"

    @property
    def is_removed(self) -> bool:
        return self.status == "removed"

    @property
    def is_changed(self) -> bool:
        return self.status == "changed"


def paragraph_rows(old: Section, new: Section) -> list[ParagraphRow]:
    """The paragraphs of ``new`` in order, each compared with its counterpart in ``old`` (the
    same identifier, or the one it records replacing), and the removed paragraphs of ``old``
    where they stood."""
    before, after = old.numbered_paragraphs(), new.numbered_paragraphs()
    old_by_id = {p.id: p for p in before}
    position = {p.id: i for i, p in enumerate(before)}
    rows: list[ParagraphRow] = []
    placed: dict[int, int] = {}  # an old paragraph's position → its row
    for paragraph in after:
        if paragraph.id in old_by_id:
            row = ParagraphRow("unchanged", escape(paragraph.text), paragraph.id, paragraph.id)
            counterpart = paragraph.id
        elif paragraph.replaces in old_by_id and paragraph.replaces not in placed.values():
            counterpart = paragraph.replaces
            html = word_diff(old_by_id[counterpart].text, paragraph.text)[0]
            row = ParagraphRow("changed", html, paragraph.id, counterpart)
        else:
            counterpart = None
            row = ParagraphRow("added", word_diff("", paragraph.text)[0], paragraph.id)
        if counterpart is not None:
            placed[position[counterpart]] = len(rows)
        rows.append(row)
    kept = {row.old_id for row in rows}
    for paragraph in reversed(before):  # removed paragraphs, after the row they followed
        if paragraph.id in kept:
            continue
        earlier = [placed[i] for i in placed if i < position[paragraph.id]]
        at = max(earlier) + 1 if earlier else 0
        rows.insert(
            at, ParagraphRow("removed", word_diff(paragraph.text, "")[0], None, paragraph.id)
        )
        placed = {i: (r + 1 if r >= at else r) for i, r in placed.items()}
    return rows


def _place_passages(diff: SectionDiff, resolutions: list) -> None:
    """Each reflection beside the paragraph its passage now stands in; a passage that is
    gone beside the paragraph it stood in, if that row exists."""
    by_new = {row.new_id: row for row in diff.rows if row.new_id is not None}
    by_old = {row.old_id: row for row in diff.rows if row.old_id is not None}
    for resolution in resolutions:
        row = by_new.get(resolution.paragraph) or (
            by_old.get(resolution.reflection.quote_paragraph)
            if resolution.paragraph is None
            else None
        )
        (row.passages if row is not None else diff.unplaced).append(resolution)


def diff_html(old: str, new: str, changes: Iterable[tuple]) -> SafeString:
    """HTML of ``new`` with the ``changes`` from ``old`` marked (textdiff.Diff.changes, or
    ones stored earlier): drawing them is linear in the texts, no comparison is made."""
    added_label = escape(_("toegevoegd:"))
    removed_label = escape(_("verwijderd:"))
    parts: list[str] = []
    for op, text in textdiff.segments(old, new, changes):
        if op == textdiff.EQUAL:
            parts.append(escape(text))
        elif op == textdiff.DELETE:
            parts.append(
                f'<del><span class="visually-hidden">[{removed_label} </span>{escape(text)}'
                '<span class="visually-hidden">]</span></del>'
            )
        else:
            parts.append(
                f'<ins><span class="visually-hidden">[{added_label} </span>{escape(text)}'
                '<span class="visually-hidden">]</span></ins>'
            )
    return mark_safe("".join(parts))


def word_diff(old: str, new: str) -> tuple[SafeString, int, int]:
    """HTML of ``new`` compared with ``old``, and the number of inserted/deleted words."""
    found = textdiff.diff(old, new)
    return diff_html(old, new, found.changes), found.insertions, found.deletions


def compare(
    old_version: PaperVersion,
    new_version: PaperVersion,
    *,
    prompts: dict | None = None,
    quoted: dict | None = None,
) -> list[SectionDiff]:
    """Match sections by their stable anchor, in the order of the newer version.

    ``prompts`` maps a section of the newer version to what prompted its change (the
    governance's published reflections), shown beside it. ``quoted`` maps a section of the
    older version to where the passages its reflections quote stand in the newer one (the
    governance's PassageResolution rows), shown beside each paragraph."""
    prompts = prompts or {}
    quoted = quoted or {}
    old_sections = {s.anchor: s for s in old_version.sections.order_by("order")}
    new_sections = list(new_version.sections.order_by("order"))
    diffs: list[SectionDiff] = []
    seen: set[str] = set()
    for new in new_sections:
        old = old_sections.get(new.anchor)
        seen.add(new.anchor)
        old_heading, old_body = (old.heading, plain_text(old.body_html)) if old else ("", "")
        heading_html, h_ins, h_del = word_diff(old_heading, new.heading)
        body_html, b_ins, b_del = word_diff(old_body, plain_text(new.body_html))
        changed = old is None or (old.heading, old.body) != (new.heading, new.body)
        diffs.append(
            SectionDiff(
                anchor=new.anchor,
                old=old,
                new=new,
                heading_html=heading_html,
                body_html=body_html,
                changed=changed,
                insertions=h_ins + b_ins,
                deletions=h_del + b_del,
                prompted_by=prompts.get(new.pk, []),
            )
        )
        if old is not None and changed:
            diffs[-1].rows = paragraph_rows(old, new)
            _place_passages(diffs[-1], quoted.get(old.pk, []))
    for anchor, old in old_sections.items():
        if anchor not in seen:
            heading_html, _i, h_del = word_diff(old.heading, "")
            body_html, _i, b_del = word_diff(plain_text(old.body_html), "")
            diffs.append(
                SectionDiff(
                    anchor=anchor,
                    old=old,
                    new=None,
                    heading_html=heading_html,
                    body_html=body_html,
                    changed=True,
                    deletions=h_del + b_del,
                    unplaced=list(quoted.get(old.pk, [])),
                )
            )
    return diffs
