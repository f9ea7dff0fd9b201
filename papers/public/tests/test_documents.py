"""The official PDFs (documents.py, report_views.consultation_report_pdf): named by the
document code, with the code, the status and, once adopted, the SHA-256 in their text;
rendered once per change and cached."""

import subprocess

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.urls import reverse

from civcare.accounts.tests.factories import editor, moderator
from papers.governance import transitions
from papers.models import PaperVersion
from papers.public import documents
from reflections import moderation
from reflections.tests.factories import approved
from tests import scenario

pytestmark = pytest.mark.django_db


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
    text = text_of(client.get(url).content)
    assert adopted.content_hash in text
    assert "Vastgesteld kaderdocument" in text
    assert "BB-2026-42" in text
    assert "_v1.0" in text


def test_rendered_once_per_change(client, papers_loaded, monkeypatch):
    rendered = []
    real = documents.render_pdf
    monkeypatch.setattr(documents, "render_pdf", lambda html: rendered.append(1) or real(html))
    url = reverse("papers:version_pdf", kwargs={"code": "SHPP003-01", "version": "0.9"})
    first = client.get(url).content
    assert client.get(url).content == first and len(rendered) == 1  # cached
    # Any change to the paper renews it (here: a reflection approved on it).
    author = editor()
    reflection, _ = moderation.submit(version=papers_loaded, author=author, perspective="relative",
                                      body="Een reflectie die lang genoeg is.")  # fmt: skip
    moderation.approve(reflection, by=moderator())
    client.get(url)
    assert len(rendered) == 2


def test_the_consultation_report_as_pdf_after_adoption(client, papers_loaded):
    roos, ruben = editor(), editor()
    earlier = approved(version=papers_loaded, perspective="lawyer", may_quote=True,
                       body="Noem ook de rol van de rechter bij juridisering.")  # fmt: skip
    theme = transitions.create_theme(papers_loaded, by=roos, name="De rechter")
    transitions.assign_theme(theme, [earlier.pk], by=roos)
    transitions.save_synthesis(
        papers_loaded,
        by=roos,
        theme=theme,
        heard="Juristen missen de rechter.",
        reflection_ids=[earlier.pk],
    )
    url = reverse("papers:consultation_report_pdf", kwargs={"code": "SHPP003-01", "version": "0.9"})
    assert client.get(url).status_code == 404  # not before adoption
    adopted = scenario.adopt_next_version(
        papers_loaded, editor=roos, second_editor=ruben,
        amended=("neemt de bereidheid tot bewegen af.", ", ook bij de rechter"),
        prompted_by=earlier,
    )  # fmt: skip
    response = client.get(url)
    assert response.status_code == 200
    text = text_of(response.content)
    assert "Consultatieverslag" in text and "_v0.9" in text
    assert adopted.content_hash in text
    assert "Wat we hoorden" in text and "Juristen missen de rechter." in text
    assert "Noem ook de rol van de rechter" in text  # quotable, so quoted
