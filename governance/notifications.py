"""At adoption, every author hears once what was done with each of their reflections.

Dispositions are recorded while the draft can still change (and the board has not decided),
so nobody is mailed then: when the version is adopted, each author gets one email listing
all of theirs, with the link to the consultation report and to the changed sections.
Each reflection is quoted (its opening words) and linked to the comparison of the two
versions at the section it is about: "#1390" alone said nothing to its author (#29).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from html import unescape

from django.urls import reverse
from django.utils.html import strip_tags

from civcare.core.mail import Email, absolute, queue
from papers.models import PaperVersion

from .models import Disposition

# How much of a reflection the email quotes: enough to recognise it, never the whole text.
EXCERPT_CHARS = 200


def excerpt(html: str, limit: int = EXCERPT_CHARS) -> str:
    """The opening words of a rendered text as plain text on one line, at most ``limit``
    characters, cut after a whole word ("…" when cut)."""
    text = " ".join(unescape(strip_tags(html)).split())
    if len(text) <= limit:
        return text
    cut = text[: limit + 1]
    cut = cut[: cut.rindex(" ")] if " " in cut else text[:limit]
    return f"{cut.rstrip(' ,;:–-')} …"


@dataclass(frozen=True)
class Told:
    """One reflection in the email: what became of it, its opening words, and where the
    comparison of the versions shows the section it is about."""

    disposition: Disposition
    excerpt: str
    comparison_url: str


def comparison_url(disposition: Disposition, diff_url: str) -> str:
    """The comparison of the consulted and the adopted version, at the section the
    reflection was incorporated in, or else the one it is about (a section keeps its anchor
    from version to version); the whole comparison for a reflection on the paper or on a
    question of no one section."""
    reflection = disposition.reflection
    question = reflection.question if reflection.question_id else None
    section = (
        disposition.section
        or reflection.section
        or (question.section if question is not None and question.section_id else None)
    )
    return f"{diff_url}#{section.anchor}" if section is not None else diff_url


def changed_section_links(items: list[Disposition], version_url: str) -> list[tuple[str, str]]:
    """(heading, link) of each section the author's reflections were incorporated in."""
    found = {(d.section.heading, f"{version_url}#{d.section.anchor}") for d in items if d.section}
    return sorted(found)


def tell_authors(version: PaperVersion) -> None:
    """Inside the adoption's transaction: one email per author to the outbox."""
    dispositions = (
        Disposition.objects.filter(version=version, reflection__author__isnull=False)
        .select_related(
            "reflection__author",
            "reflection__question__section",
            "reflection__section",
            "section",
        )
        .order_by("reflection__author_id", "reflection__pk")
    )
    by_author: dict[int, list[Disposition]] = defaultdict(list)
    for disposition in dispositions:
        by_author[disposition.reflection.author_id].append(disposition)
    consulted = version.based_on
    consultation_report_url = absolute(
        reverse(
            "papers:consultation_report",
            kwargs={"code": version.paper.code, "version": consulted.number},
        )
    )
    version_url = absolute(version.get_absolute_url())
    diff_url = absolute(
        reverse(
            "papers:diff",
            kwargs={"code": version.paper.code, "old": consulted.number, "new": version.number},
        )
    )
    queue(
        Email.for_person(
            "governance/email/dispositions",
            {
                "author": items[0].reflection.author,
                "version": version,
                "consulted": consulted,
                "items": [
                    Told(item, excerpt(item.reflection.body_html), comparison_url(item, diff_url))
                    for item in items
                ],
                "consultation_report_url": consultation_report_url,
                "sections": changed_section_links(items, version_url),
                "mine_url": absolute(reverse("reflections:mine")),
            },
            items[0].reflection.author,
            key=f"dispositions:{version.pk}",
        )
        for items in by_author.values()
    )
