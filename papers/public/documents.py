"""The official PDFs: each public paper version as the foundation publishes it, named by its
document code (CIV-CARE_P001_SHPP003-01_Herstel-bij-vastgelopen-zorgrelaties_v0.9.pdf).
Rendered once per change of the paper (the key holds the paper's generation) and cached."""

from __future__ import annotations

from django.conf import settings
from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils.translation import get_language

from civcare.core import generations
from civcare.core.pdf import render_pdf
from papers import selectors
from papers.caching import paper_scope
from papers.governance.models import BoardDecision
from reflections import selectors as reflection_selectors

TTL = 30 * 24 * 3600


def filename(version) -> str:
    return f"{version.document_code}.pdf"


def version_pdf(resolved: selectors.ResolvedVersion) -> bytes:
    version = resolved.version
    scopes = [paper_scope(version.paper.code), generations.GLOBAL]
    current = generations.generations(scopes)
    key = generations.digest_key(
        "papers:pdf", version.pk, *(current[s] for s in scopes), get_language()
    )
    cached = cache.get(key) if version.is_public else None
    if cached is not None:
        return cached
    page = selectors.load_page(resolved)
    context = {
        "page": page,
        "paper": page.paper,
        "version": version,
        "decision": BoardDecision.objects.filter(version=version).first(),
        "consultation_size": reflection_selectors.consultation_size(version),
        "site_url": settings.SITE_URL.rstrip("/"),
    }
    pdf = render_pdf(render_to_string("pdf/version.html", context))
    if version.is_public:
        cache.set(key, pdf, TTL)
    return pdf
