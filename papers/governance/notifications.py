"""At adoption, every author hears once what was done with each of their reflections.

Dispositions are recorded while the draft can still change (and the board has not decided),
so nobody is mailed then: when the version is adopted, each author gets one email listing
all of theirs, with the link to the consultation report and to the changed sections.
"""

from __future__ import annotations

from collections import defaultdict

from django.urls import reverse

from civcare.core.mail import Email, absolute, queue
from papers.models import PaperVersion

from .models import Disposition


def changed_section_links(items: list[Disposition], version_url: str) -> list[tuple[str, str]]:
    """(heading, link) of each section the author's reflections were incorporated in."""
    found = {(d.section.heading, f"{version_url}#{d.section.anchor}") for d in items if d.section}
    return sorted(found)


def tell_authors(version: PaperVersion) -> None:
    """Inside the adoption's transaction: one email per author to the outbox."""
    dispositions = (
        Disposition.objects.filter(version=version, reflection__author__isnull=False)
        .select_related(
            "reflection__author", "reflection__question", "reflection__section", "section"
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
    queue(
        Email.for_person(
            "governance/email/dispositions",
            {
                "author": items[0].reflection.author,
                "version": version,
                "consulted": consulted,
                "items": items,
                "consultation_report_url": consultation_report_url,
                "sections": changed_section_links(items, version_url),
                "mine_url": absolute(reverse("reflections:mine")),
            },
            items[0].reflection.author,
            key=f"dispositions:{version.pk}",
        )
        for items in by_author.values()
    )
