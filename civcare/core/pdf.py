"""HTML to PDF with WeasyPrint, for the official documents (a paper version, a consultation
report). The HTML is ours (templates/pdf/), with the sanitised texts of papers and
reflections in it; WeasyPrint fetches nothing but data: URIs (the charts are inline SVG),
so no text can make the server request a URL or read a local file."""

from __future__ import annotations

import weasyprint
from weasyprint.urls import URLFetcher

# WeasyPrint's own fetcher, limited to the one protocol that reaches nothing outside.
_FETCHER = URLFetcher(allowed_protocols={"data"}, allow_redirects=False)


def render_pdf(html: str) -> bytes:
    """A tagged PDF (headings, lists and tables readable by a screen reader), its title and
    language from the HTML's <title> and lang."""
    document = weasyprint.HTML(string=html, url_fetcher=_FETCHER)
    return document.write_pdf(pdf_tags=True)
