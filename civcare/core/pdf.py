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
    """A PDF/UA-1 document: tagged (headings, lists, tables with their header cells, figures
    with their alternative text: an inline SVG's <title>), identified as PDF/UA in its XMP
    metadata, its title shown instead of the file name, its language from the HTML's
    <title> and lang. A screen reader reads it as the page; a checker such as veraPDF or
    PAC finds it claims what it is."""
    document = weasyprint.HTML(string=html, url_fetcher=_FETCHER)
    return document.write_pdf(pdf_variant="pdf/ua-1")
