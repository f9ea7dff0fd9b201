"""Which generations a change of the papers' content renews (see civcare.core.generations).

When a reflection is published, hidden, edited or withdrawn, when a disposition is recorded,
and when a version's text or state changes, the cached pages of that version (and of its
paper: whole anonymous pages are cached per paper) are renewed, and so are the pages that
show the whole site (home, paper list, search, sitemaps, the series feed). A change to the
reflections on one target (bump_targets) leaves the rest of the paper page's parts as
they are (public.body): only that target's block and the counts are made again.

How a published reflection's author is shown (a new display name, a reflection made
anonymous) changes less: its version's pages and, of the pages of the whole site, only
those that name authors (search, the AUTHORS scope). Neither is limited by anything but
the people themselves (civcare.core.ratelimit), so such a change renews no page that does
not show it: not home, the paper list or the sitemaps, nor another paper's pages.

The functions at the end name, for civcare.core.page_cache.public_page, which of these
generations a public page depends on.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction

from civcare.core.generations import GLOBAL, bump_scopes, in_rolled_back_preview

from .models import PaperVersion

# Pages that show something of every paper: renewed by any change to any version.
SITE = "site"
# Of those, the pages that name the authors of reflections (search): renewed with SITE, and
# on their own when only how an author is shown changes (bump_targets(…, site=False)).
AUTHORS = "authors"


def _version_scopes(ids: list[int], *, site: bool = True) -> list:
    codes = PaperVersion.objects.filter(pk__in=ids).values_list("paper__code", flat=True)
    papers = [paper_scope(code) for code in sorted(set(codes))]
    return [*map(version_scope, ids), *papers, SITE if site else AUTHORS]


def bump(*version_ids: int | None) -> None:
    """Invalidate the cached pages of these versions (or of every version: no arguments).

    The paper of each version is renewed too: whole anonymous pages are cached per paper,
    since the URL /papers/<code>/ may show any of its versions. So is everything of the
    paper page that does not depend on one target's reflections alone (its text scope).
    """
    ids = [pk for pk in version_ids if pk]
    scopes: Iterable = [*_version_scopes(ids), *map(text_scope, ids)] if ids else [GLOBAL]
    bump_scopes(scopes)


def bump_after_commit(*version_ids) -> None:
    if in_rolled_back_preview():
        return  # the rows are never committed: nothing any visitor sees changes
    # Also now: a request in the same transaction must not render the old page either.
    bump(*version_ids)
    transaction.on_commit(lambda: bump(*version_ids))


def bump_targets(targets: dict[int, set[tuple[str, int | None]]], *, site: bool = True) -> None:
    """The reflections on these targets changed (``{version id: {(kind, pk), …}}``): one
    published, hidden, edited, withdrawn or shown differently. The version's pages are
    renewed, but of the paper page only those targets' blocks (and its counts): the rest
    of the page keeps its text scope. ``site=False``: only how their authors are shown
    changed, and of the pages of the whole site only those naming authors are renewed."""
    ids = sorted(targets)
    scopes = [*_version_scopes(ids, site=site)] if ids else []
    for version_id in ids:
        scopes += [
            target_scope(version_id, *target) for target in sorted(targets[version_id], key=str)
        ]
    bump_scopes(scopes)


def bump_targets_after_commit(
    targets: dict[int, set[tuple[str, int | None]]], *, site: bool = True
) -> None:
    if in_rolled_back_preview():
        return
    bump_targets(targets, site=site)
    transaction.on_commit(lambda: bump_targets(targets, site=site))


def version_scope(version_id: int) -> int:
    """Anything a version shows: its text and state, and its reflections and their authors
    (renewed by bump and bump_targets alike)."""
    return version_id


def paper_scope(code: str) -> str:
    return f"paper:{code}"


def text_scope(version_id: int) -> str:
    """Everything of a version's paper page but the reflections on each target: its text,
    its state, and the people and answers its reflections show (renewed by bump)."""
    return f"text:{version_id}"


def target_scope(version_id: int, kind: str, pk: int | None) -> str:
    """The reflections on one target of a version: a question, a section or the paper as a
    whole (kind "paper", pk None)."""
    return f"target:{version_id}:{kind}:{pk or 0}"


def paper_pages(request, code: str, *args, **kwargs) -> list[str]:
    """A page of one paper (any of its versions, its history, diffs, report, feeds)."""
    return [paper_scope(code)]


def site_pages(request, *args, **kwargs) -> list[str]:
    """A page that shows something of every paper."""
    return [SITE]


def site_pages_with_authors(request, *args, **kwargs) -> list[str]:
    """A page that shows something of every paper, the authors of reflections included."""
    return [SITE, AUTHORS]
