"""Which generations a change of the papers' content renews (see civcare.core.generations).

When a reflection is published, hidden, edited or withdrawn, when a disposition is recorded,
and when a version's text or state changes, the cached pages of that version (and of its
paper: whole anonymous pages are cached per paper) are renewed, and so are the pages that
show the whole site (home, paper list, search, sitemaps, the series feed).

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


def bump(*version_ids: int | None) -> None:
    """Invalidate the cached pages of these versions (or of every version: no arguments).

    The paper of each version is renewed too: whole anonymous pages are cached per paper,
    since the URL /papers/<code>/ may show any of its versions.
    """
    ids = [pk for pk in version_ids if pk]
    scopes: Iterable = ids if version_ids else [GLOBAL]
    if ids:
        codes = PaperVersion.objects.filter(pk__in=ids).values_list("paper__code", flat=True)
        scopes = [*ids, *(paper_scope(code) for code in sorted(set(codes))), SITE]
    bump_scopes(scopes)


def bump_after_commit(*version_ids) -> None:
    if in_rolled_back_preview():
        return  # the rows are never committed: nothing any visitor sees changes
    # Also now: a request in the same transaction must not render the old page either.
    bump(*version_ids)
    transaction.on_commit(lambda: bump(*version_ids))


def paper_scope(code: str) -> str:
    return f"paper:{code}"


def paper_pages(request, code: str, *args, **kwargs) -> list[str]:
    """A page of one paper (any of its versions, its history, diffs, report, feeds)."""
    return [paper_scope(code)]


def site_pages(request, *args, **kwargs) -> list[str]:
    """A page that shows something of every paper."""
    return [SITE]
