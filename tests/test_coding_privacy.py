"""The editors' coding of a consultation stays internal until a version based on the
consulted one is adopted (#28), on every public output: the consultation report (HTML,
Markdown, CSV, the spreadsheets, PDF), the analysis with its charts, the reflection's own
page and the paper page (the verwerking under a reflection), the comparison of the versions,
the history, the feeds and the open data.

An adopted version may take reflections (v1.0 is open for reflection toward v1.1): the
coding of those belongs to the next round, so v1.0 being adopted publishes none of it."""

import datetime
import io
import subprocess

import openpyxl
import pytest
from django.test import Client, override_settings
from django.urls import reverse

from civcare.accounts.tests.factories import editor
from civcare.core import documents
from governance import selectors as governance_selectors
from governance import transitions
from papers.models import ChangeType, PaperVersion
from papers.tests.factories import build_paper
from reflections.tests.factories import approved

pytestmark = pytest.mark.django_db
CODE = "SHPP003-88"
DECIDED = datetime.date(2026, 6, 1)

# What the editors wrote about v1.0's own reflections while v1.1 is prepared.
THEME = "Thema-in-wording"
DESCRIPTION = "Interne-beschrijving-van-het-thema"
HEARD = "Concept-van-wat-we-hoorden"
RESPONSE = "Antwoord-in-concept-aan-de-auteur"
SECRETS = (THEME, DESCRIPTION, HEARD, RESPONSE)

REPORT_OUTPUTS = [
    "papers:consultation_report",
    "papers:consultation_report_markdown",
    "papers:consultation_report_csv",
    "papers:consultation_report_xlsx",
    "papers:consultation_report_pdf",
    "papers:analysis",
]


def _adopt(draft, by) -> PaperVersion:
    for reflection in governance_selectors.reflections_needing_disposition(draft):
        if not hasattr(reflection, "disposition"):
            transitions.record_disposition(
                reflection, by=by, draft=draft, kind="later", response="Voor later."
            )
    transitions.record_decision(draft, by=by, decided_on=DECIDED, reference=f"B-{draft.pk}")
    return transitions.promote(draft, by=by)


@pytest.fixture
def coded_adopted_version(settings):
    """v1.0 adopted after a consultation on v0.9, open for reflection, with one reflection on
    it that the editors coded (theme, synthesis) and answered in the draft v1.1."""
    settings.PROMOTION_FOUR_EYES = False  # one editor does every step here
    roos = editor()
    consulted = build_paper(code=CODE, sections=2, groups=1, questions_per_group=1)
    transitions.close_consultation(consulted, by=roos)
    adopted = _adopt(transitions.create_draft(consulted, by=roos), roos)
    transitions.set_reflection_policy(adopted, by=roos, accepts=True)
    reflection = approved(version=adopted, may_quote=True, body="Een reflectie op versie 1.0.")
    theme = transitions.create_theme(adopted, by=roos, name=THEME, description=DESCRIPTION)
    transitions.assign_theme(theme, [reflection.pk], by=roos)
    transitions.save_synthesis(
        adopted, by=roos, theme=theme, heard=HEARD, reflection_ids=[reflection.pk]
    )
    draft = transitions.create_draft(adopted, by=roos)
    transitions.record_disposition(
        reflection, by=roos, draft=draft, kind="later", response=RESPONSE
    )
    return adopted, reflection, draft, roos


def _urls(version, reflection) -> dict[str, str]:
    kwargs = {"code": CODE, "version": version.number}
    urls = {name: reverse(name, kwargs=kwargs) for name in REPORT_OUTPUTS}
    urls |= {
        "reflection": reflection.get_permalink(),
        "paper page": version.get_absolute_url(),
        "version feed": reverse("papers:version_feed", kwargs=kwargs),
        "paper feed": reverse("papers:paper_feed", kwargs={"code": CODE}),
        "open data csv": reverse("papers:open_data_csv", kwargs=kwargs),
        "open data json": reverse("papers:open_data_json", kwargs=kwargs),
        "history": reverse("papers:history", kwargs={"code": CODE}),
    }
    return urls


def _shown(response) -> str:
    """What a reader gets to see of a response (the PDF and spreadsheet as text)."""
    kind = response["Content-Type"]
    if kind.startswith("application/pdf"):
        return pdf_text(response.content)
    if "spreadsheetml" in kind:
        return xlsx_text(response.content)
    return response.content.decode()


def pdf_text(pdf: bytes) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode()


def xlsx_text(content: bytes) -> str:
    sheet = openpyxl.load_workbook(io.BytesIO(content)).active
    return " ".join(str(cell.value) for row in sheet.iter_rows() for cell in row)


def test_an_adopted_version_that_takes_reflections_keeps_their_coding_internal(
    coded_adopted_version,
):
    adopted, reflection, _draft, _roos = coded_adopted_version
    visitor = Client()
    for name, url in _urls(adopted, reflection).items():
        response = visitor.get(url)
        if name in REPORT_OUTPUTS:
            assert response.status_code == 404, name
        else:
            assert response.status_code == 200, name
            shown = _shown(response)
            assert not [secret for secret in SECRETS if secret in shown], name
    # Nor a link to a report the visitor may not read.
    page = visitor.get(adopted.get_absolute_url()).content.decode()
    report = reverse("papers:consultation_report", kwargs={"code": CODE, "version": "1.0"})
    assert report not in page
    history = visitor.get(reverse("papers:history", kwargs={"code": CODE}))
    assert report not in history.content.decode()


def test_the_coding_is_published_once_the_version_based_on_it_is_adopted(
    coded_adopted_version,
):
    adopted, reflection, draft, roos = coded_adopted_version
    _adopt(draft, roos)
    visitor = Client()
    urls = _urls(adopted, reflection)
    # The PDF is made by the background job once a reader asks for it (civcare.core.documents).
    assert visitor.get(urls["papers:consultation_report_pdf"]).status_code == 503
    assert documents.work() == 1
    for name in REPORT_OUTPUTS:
        assert visitor.get(urls[name]).status_code == 200, name
    page = visitor.get(urls["papers:consultation_report"]).content.decode()
    assert all(secret in page for secret in (THEME, DESCRIPTION, HEARD, RESPONSE))
    assert THEME in visitor.get(urls["papers:analysis"]).content.decode()
    assert HEARD in _shown(visitor.get(urls["papers:consultation_report_pdf"]))
    assert RESPONSE in visitor.get(urls["reflection"]).content.decode()
    report = reverse("papers:consultation_report", kwargs={"code": CODE, "version": "1.0"})
    assert report in visitor.get(urls["history"]).content.decode()


@override_settings(PROMOTION_FOUR_EYES=False)
def test_a_next_version_in_consultation_does_not_publish_what_prompted_its_changes():
    """v1.1 drafted from v1.0 and put out for consultation itself: the comparison shows its
    changes, not which reflections on v1.0 prompted them (that is v1.0's coding)."""
    roos = editor()
    consulted = build_paper(code=CODE, sections=2, groups=1, questions_per_group=1)
    transitions.close_consultation(consulted, by=roos)
    adopted = _adopt(transitions.create_draft(consulted, by=roos), roos)
    transitions.set_reflection_policy(adopted, by=roos, accepts=True)
    reflection = approved(version=adopted, body="Een reflectie op versie 1.0.")
    draft = transitions.create_draft(adopted, by=roos)
    section = draft.sections.first()
    transitions.amend_section(
        section, by=roos, title=section.title, body=section.body + "\n\nScherper.",
        change_type=ChangeType.SHARPENING, explanation="Scherper gezegd.",
        prompted_by=[reflection],
    )  # fmt: skip
    transitions.open_consultation(draft, by=roos)
    diff = reverse("papers:diff", kwargs={"code": CODE, "old": "1.0", "new": "1.1"})
    page = Client().get(diff).content.decode()
    assert "Scherper gezegd." in page  # the change itself is public
    assert "Naar aanleiding van" not in page and f"#{reflection.pk}" not in page
