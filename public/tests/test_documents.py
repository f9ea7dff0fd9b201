"""The official PDFs (documents.py, governance/views/reports.py): named by the
document code, with the code, the status and, once adopted, the SHA-256 in their text;
rendered ahead by the background job (civcare.core.documents), once per change of what
they show, and never in a visitor's request."""

import datetime
import re
import subprocess
import zlib

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from civcare.accounts.tests.factories import editor, moderator
from civcare.core import documents as rendered_ahead
from civcare.core.models import Document
from governance import transitions
from papers.models import PaperVersion
from public import documents
from reflections import moderation
from reflections.tests.factories import approved
from tests import scenario

pytestmark = pytest.mark.django_db


def made_ahead() -> int:
    """What the background job does between deliveries (manage.py send_notifications), as
    it does with the shared cache of production: notice what changed, render it."""
    return rendered_ahead.work(watch=True)


def text_of(pdf: bytes) -> str:
    """What a reader's PDF tool extracts (poppler's pdftotext, installed by .ci/run)."""
    result = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True,
                            check=True, timeout=60)  # fmt: skip
    return " ".join(result.stdout.decode().split())


@pytest.fixture
def papers_loaded():
    cache.clear()
    call_command("load_papers", verbosity=0)
    return PaperVersion.objects.get(paper__code="SHPP003-01")


def test_a_version_in_consultation_as_pdf(client, papers_loaded):
    made_ahead()
    response = client.get(
        reverse("papers:version_pdf", kwargs={"code": "SHPP003-01", "version": "0.9"})
    )
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    name = "CIV-CARE_P001_SHPP003-01_Herstel-bij-vastgelopen-zorgrelaties_v0.9.pdf"
    assert response["Content-Disposition"] == f'inline; filename="{name}"'
    text = text_of(response.content)
    assert "CIV-CARE_P001_SHPP003-01_Herstel-bij-vastgelopen-zorgrelaties_v0.9" in text
    assert "Concept — open voor publieke reflectie" in text
    assert "Herstel bij vastgelopen zorgrelaties" in text
    assert "Tegenlezers" in text or "tegenlezers" in text  # the question set is in it


def test_an_adopted_version_carries_its_decision_and_hash(client, papers_loaded):
    roos, ruben = editor(), editor()
    adopted = scenario.adopt_next_version(
        papers_loaded, editor=roos, second_editor=ruben,
        amended=("neemt de bereidheid tot bewegen af.", ", ook bij de rechter"),
        reference="BB-2026-42",
    )  # fmt: skip
    url = reverse("papers:version_pdf", kwargs={"code": "SHPP003-01", "version": adopted.number})
    made_ahead()
    text = text_of(client.get(url).content)
    assert adopted.content_hash in text
    assert "Vastgesteld kaderdocument" in text
    assert "BB-2026-42" in text
    assert "_v1.0" in text


def test_rendered_ahead_once_per_change_of_what_it_shows(client, papers_loaded, monkeypatch):
    rendered = []
    real = documents.render_pdf
    monkeypatch.setattr(documents, "render_pdf", lambda html: rendered.append(1) or real(html))
    url = reverse("papers:version_pdf", kwargs={"code": "SHPP003-01", "version": "0.9"})
    made_ahead()
    assert len(rendered) == 2  # both public versions, before anyone asked
    first = client.get(url).content
    assert client.get(url).content == first and len(rendered) == 2  # kept
    # A reflection is not in the version's PDF: approving one renders nothing (during a
    # consultation, twenty a second).
    author = editor()
    reflection, _ = moderation.submit(version=papers_loaded, author=author, perspective="relative",
                                      body="Een reflectie die lang genoeg is.")  # fmt: skip
    moderation.approve(reflection, by=moderator())
    made_ahead()
    assert len(rendered) == 2
    # Its state is: closing the consultation renders it once, ahead of the next request.
    transitions.close_consultation(papers_loaded, by=editor())
    made_ahead()
    assert len(rendered) == 3
    assert "Concept — consultatie gesloten" in text_of(client.get(url).content)
    assert len(rendered) == 3


def test_a_request_never_renders_it_and_says_it_is_being_made(client, papers_loaded):
    url = reverse("papers:version_pdf", kwargs={"code": "SHPP003-01", "version": "0.9"})
    for _ in range(2):  # asked for twice before the job came round: no render in either
        response = client.get(url)
        assert response.status_code == 503
        assert response["Retry-After"] == "60"
        assert "no-store" in response["Cache-Control"]
        html = response.content.decode()
        assert "Het document wordt gemaakt" in html
        assert "Probeer het over een minuut opnieuw." in html
    assert not Document.objects.exclude(content=None).exists()
    assert rendered_ahead.work() == 1  # the one asked for, once
    assert client.get(url)["Content-Type"] == "application/pdf"


def test_a_draft_is_rendered_for_the_editors_and_never_twice_at_once(client, papers_loaded):
    roos = editor()
    transitions.close_consultation(papers_loaded, by=roos)
    draft = transitions.create_draft(papers_loaded, by=roos)
    url = reverse("papers:version_pdf", kwargs={"code": "SHPP003-01", "version": draft.number})
    assert client.get(url).status_code == 404  # not public
    client.force_login(roos)
    response = client.get(url)
    assert response["Content-Type"] == "application/pdf"
    assert "_v1.0" in text_of(response.content)
    assert Document.objects.get(subject=draft.pk).content is None  # never kept
    # An editor's second request while the first is still rendering waits for it instead.
    Document.objects.filter(subject=draft.pk).update(
        claim="een ander verzoek", claimed_until=timezone.now() + datetime.timedelta(minutes=5)
    )
    assert client.get(url).status_code == 503


def a_synthesis_on_a_lawyers_reflection(version, roos):
    """A quotable reflection, a theme on it and its synthesis: what the report reports."""
    earlier = approved(version=version, perspective="lawyer", may_quote=True,
                       body="Noem ook de rol van de rechter bij juridisering.")  # fmt: skip
    theme = transitions.create_theme(version, by=roos, name="De rechter")
    transitions.assign_theme(theme, [earlier.pk], by=roos)
    transitions.save_synthesis(
        version, by=roos, theme=theme, heard="Juristen missen de rechter.",
        reflection_ids=[earlier.pk],
    )  # fmt: skip
    return earlier


def test_the_consultation_report_as_pdf_after_adoption(client, papers_loaded):
    roos, ruben = editor(), editor()
    earlier = a_synthesis_on_a_lawyers_reflection(papers_loaded, roos)
    url = reverse("papers:consultation_report_pdf", kwargs={"code": "SHPP003-01", "version": "0.9"})
    assert client.get(url).status_code == 404  # not before adoption
    adopted = scenario.adopt_next_version(
        papers_loaded, editor=roos, second_editor=ruben,
        amended=("neemt de bereidheid tot bewegen af.", ", ook bij de rechter"),
        prompted_by=earlier,
    )  # fmt: skip
    made_ahead()
    response = client.get(url)
    assert response.status_code == 200
    text = text_of(response.content)
    assert "Consultatieverslag" in text and "_v0.9" in text
    assert adopted.content_hash in text
    assert "Wat we hoorden" in text and "Juristen missen de rechter." in text
    assert "Noem ook de rol van de rechter" in text  # quotable, so quoted


def test_a_name_made_anonymous_leaves_the_report_at_once_and_is_rendered_ahead(
    client, papers_loaded, monkeypatch
):
    from governance import report_pdf

    rendered = []
    real = report_pdf.render_pdf
    monkeypatch.setattr(report_pdf, "render_pdf", lambda html: rendered.append(1) or real(html))
    earlier = approved(version=papers_loaded, perspective="lawyer", may_quote=True,
                       body="Noem ook de rol van de rechter bij juridisering.")  # fmt: skip
    name = earlier.author.display_name
    scenario.adopt_next_version(
        papers_loaded, editor=editor(), second_editor=editor(),
        amended=("neemt de bereidheid tot bewegen af.", ", ook bij de rechter"),
        prompted_by=earlier,
    )  # fmt: skip
    made_ahead()
    url = reverse("papers:consultation_report_pdf", kwargs={"code": "SHPP003-01", "version": "0.9"})
    assert name in text_of(client.get(url).content)
    before = len(rendered)  # every public report
    versions = Document.objects.filter(kind=documents.KIND).order_by("pk")
    versions_made = list(versions.values_list("rendered_at", flat=True))
    moderation.change_presentation(earlier, by=earlier.author, is_anonymous=True, may_quote=True)
    assert client.get(url).status_code == 503  # never the copy with the name
    made_ahead()
    text = text_of(client.get(url).content)
    assert name not in text and "Anoniem" in text
    # This report only: not the next version's, and no version's PDF (they name no one).
    assert len(rendered) == before + 1
    assert list(versions.values_list("rendered_at", flat=True)) == versions_made


def pdf_objects(pdf: bytes) -> str:
    """The PDF's objects as text, its compressed streams (object streams included) inflated:
    what an accessibility checker reads (catalog, structure tree, metadata)."""
    parts = [pdf]
    for stream in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.S):
        try:
            parts.append(zlib.decompress(stream.group(1)))
        except zlib.error:
            continue  # a stream that is not Flate-compressed (e.g. already plain)
    return b"\n".join(parts).decode("latin-1")


def pdf_info(pdf: bytes, *options: str) -> str:
    """poppler's pdfinfo (installed by .ci/run): the document's info and XMP metadata."""
    result = subprocess.run(["pdfinfo", *options, "-"], input=pdf, capture_output=True,
                            check=True, timeout=60)  # fmt: skip
    return result.stdout.decode()


def assert_pdf_ua(pdf: bytes, title: str) -> str:
    """Identified as PDF/UA-1, tagged, in Dutch, its title shown; returns its objects."""
    assert 'pdfuaid:part="1"' in pdf_info(pdf, "-meta")
    info = pdf_info(pdf)
    assert re.search(r"^Tagged:\s+yes$", info, re.M)
    assert re.search(rf"^Title:\s+.*{re.escape(title)}", info, re.M)
    objects = pdf_objects(pdf)
    assert "/Lang (nl)" in objects
    assert "/DisplayDocTitle true" in objects  # a reader's window shows the title, not a file name
    cells = re.findall(r"/S /TD.*?>>", objects)
    # Every data cell names its header cells (th scope="row"/"col" in the HTML).
    assert all("/Headers [" in cell and "/Headers []" not in cell for cell in cells)
    return objects


def test_both_pdfs_are_pdf_ua_with_their_figures_described(client, papers_loaded):
    roos, ruben = editor(), editor()
    earlier = a_synthesis_on_a_lawyers_reflection(papers_loaded, roos)
    scenario.adopt_next_version(
        papers_loaded, editor=roos, second_editor=ruben,
        amended=("neemt de bereidheid tot bewegen af.", ", ook bij de rechter"),
        prompted_by=earlier,
    )  # fmt: skip
    made_ahead()
    kwargs = {"code": "SHPP003-01", "version": "0.9"}
    version = client.get(reverse("papers:version_pdf", kwargs=kwargs)).content
    assert_pdf_ua(version, "Herstel bij vastgelopen zorgrelaties")
    report = client.get(reverse("papers:consultation_report_pdf", kwargs=kwargs)).content
    objects = assert_pdf_ua(report, "Consultatieverslag")
    figures = re.findall(r"/S /Figure.*?>>\s*>>|/S /Figure[^\n]*", objects)
    assert len(figures) >= 2  # the two charts: per section and perspective, per theme
    described = re.findall(r"/Alt \(([^)]*)\)", objects)
    assert any(alt.startswith("Reflecties per sectie en vraag") for alt in described)
    assert any(alt.startswith("Reflecties per thema en perspectief") for alt in described)


def test_every_character_of_the_papers_has_a_glyph_in_the_pdf(papers_loaded, caplog):
    """SHPP003-05's call to action is four "👉" items: with no font that has them, WeasyPrint
    drew an empty box (.notdef) for each in the official PDF. Symbola (Debian fonts-symbola,
    installed by .ci/run, named in the README) has them."""
    with caplog.at_level("WARNING", logger="weasyprint"):
        assert made_ahead() >= 2  # every public version's PDF, SHPP003-05's among them
    missing = [r.getMessage() for r in caplog.records if ".notdef" in r.getMessage()]
    assert not missing, f"{missing[:3]} — apt-get install fonts-symbola"
