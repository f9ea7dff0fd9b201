"""The official PDFs: each public paper version as the foundation publishes it, named by its
document code (CIV-CARE_P001_SHPP003-01_Herstel-bij-vastgelopen-zorgrelaties_v0.9.pdf).

Rendered ahead by the background job once per change of what it shows (civcare.core.
documents): the version's text and state, its decision, and for an adopted version the size
of the consultation before it. A reflection on the version is none of that: approving one
renders nothing. A draft (for the editors) is rendered when asked for, never kept."""

from __future__ import annotations

from django.conf import settings
from django.template.loader import render_to_string

from civcare.core import documents, generations
from civcare.core.pdf import render_pdf
from governance.models import BoardDecision
from papers import selectors
from papers.caching import text_scope
from papers.models import PaperVersion
from reflections import selectors as reflection_selectors

KIND = "papers.version-pdf"


def filename(version) -> str:
    return f"{version.document_code}.pdf"


def version_pdf(resolved: selectors.ResolvedVersion) -> bytes:
    """The PDF of ``resolved.version`` (documents.NotReady while it is being made)."""
    version = resolved.version
    if version.is_public:
        return documents.fetch(KIND, version.pk)
    return documents.render_now(KIND, version.pk, lambda: _rendered(resolved))


def _states(ids: list[int] | None) -> dict[int, str]:
    versions = PaperVersion.objects.public().only("pk", "based_on_id", "status")
    versions = list(versions if ids is None else versions.filter(pk__in=ids))
    sizes = reflection_selectors.consultation_sizes(versions)
    current = generations.generations([*(text_scope(v.pk) for v in versions), generations.GLOBAL])
    return {
        v.pk: documents.digest(current[text_scope(v.pk)], current[generations.GLOBAL], sizes[v.pk])
        for v in versions
    }


def _render(version_id: int) -> bytes | None:
    version = PaperVersion.objects.public().select_related("paper").filter(pk=version_id).first()
    if version is None:
        return None
    return _rendered(selectors.resolve_version(version.paper.code, version.number))


def _rendered(resolved: selectors.ResolvedVersion) -> bytes:
    version = resolved.version
    page = selectors.load_page(resolved)
    context = {
        "page": page,
        "paper": page.paper,
        "version": version,
        "decision": BoardDecision.objects.filter(version=version).first(),
        "consultation_size": reflection_selectors.consultation_size(version),
        "site_url": settings.SITE_URL.rstrip("/"),
    }
    return render_pdf(render_to_string("pdf/version.html", context))


documents.register(KIND, states=_states, render=_render, personal=False)
