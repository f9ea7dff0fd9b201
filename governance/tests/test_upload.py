"""Publishing a paper from a Markdown file: upload, preview, save; the command; the export."""

import hashlib
import html as html_module
import re
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse

from civcare.accounts.tests.factories import editor
from civcare.core import generations as caching
from governance import transitions
from papers import canonical, fileformat
from papers.fileformat.tests.test_fileformat import VALID
from papers.models import Paper, PaperEvent, PaperVersion, Section
from papers.tests.factories import SeriesFactory

pytestmark = pytest.mark.django_db

FIXTURES = Path(settings.BASE_DIR) / "fixtures" / "papers"
UPLOAD = reverse("editor:upload")
SAVE = reverse("editor:upload_save")


@pytest.fixture
def editor_client(client):
    SeriesFactory()
    client.force_login(editor(display_name="Redacteur Roos"))
    return client


def digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


# --- the site ---------------------------------------------------------------------------------


def test_the_preview_shows_the_whole_paper_and_saves_nothing(editor_client):
    before = caching.generation(caching.GLOBAL)
    response = editor_client.post(UPLOAD, {"text": VALID})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Voorbeeld — nog niet opgeslagen." in html
    assert '<h1 lang="nl">De-escalatie vóór beoordeling</h1>' in html
    assert "Eerste vraag?" in html and "Reageer hieronder." in html  # questions, call to action
    assert "SHPP003-02 v0.9 – De-escalatie vóór beoordeling: 2 secties" in html
    assert not Paper.objects.filter(code="SHPP003-02").exists()
    assert not PaperEvent.objects.exists()
    # Nothing was saved, so the visitors' cached pages stay valid; and the preview offers no
    # links to addresses that do not exist yet (follow, feed, open data).
    assert caching.generation(caching.GLOBAL) == before
    assert "/papers/SHPP003-02/volgen/" not in html and "reflecties.csv" not in html


def test_confirming_the_preview_saves_a_draft_by_this_editor(editor_client):
    editor_client.post(UPLOAD, {"text": VALID})
    response = editor_client.post(SAVE, {"digest": digest(VALID)})
    version = PaperVersion.objects.get(paper__code="SHPP003-02")
    assert response.status_code == 302
    assert response["Location"] == reverse("editor:version", args=["SHPP003-02", "0.9"])
    assert version.status == PaperVersion.Status.DRAFT
    event = version.events.get()
    assert event.action == "papers.version.imported"
    assert event.actor.display_name == "Redacteur Roos"
    # The preview is used once: sending it again does not make a second version.
    again = editor_client.post(SAVE, {"digest": digest(VALID)})
    assert again.status_code == 302 and again["Location"] == UPLOAD
    assert PaperVersion.objects.filter(paper__code="SHPP003-02").count() == 1


def test_an_uploaded_file_works_like_pasted_text(editor_client):
    upload = SimpleUploadedFile("SHPP003-02_v0.9.md", VALID.encode(), "text/markdown")
    response = editor_client.post(UPLOAD, {"file": upload})
    assert "Voorbeeld — nog niet opgeslagen." in response.content.decode()


def test_problems_are_listed_with_their_lines_and_the_text_stays(editor_client):
    broken = VALID.replace("? 2. Tweede vraag?", "? 1. Tweede vraag?").replace(
        "reeks: SHPP003", "reeks: ONBEKEND"
    )
    response = editor_client.post(UPLOAD, {"text": broken})
    html = response.content.decode()
    assert response.status_code == 400
    assert "Het bestand heeft 2 problemen; er is niets opgeslagen" in html
    assert "<strong>Regel 2:</strong> Onbekende reeks &#x27;ONBEKEND&#x27;." in html
    assert "<strong>Regel 26:</strong> Vraagnummer 1 komt twee keer voor" in html
    assert "<code>? 1. Tweede vraag?</code>" in html  # the offending line itself
    textarea = re.search(r"<textarea[^>]*>(.*?)</textarea>", html, re.S).group(1)
    assert "reeks: ONBEKEND" in textarea and "De-escalatie" in textarea
    assert html.count("<title>Fout:") == 1
    assert not Paper.objects.filter(code="SHPP003-02").exists()


def test_a_file_that_is_not_utf8_is_refused_clearly(editor_client):
    upload = SimpleUploadedFile("paper.md", VALID.encode("utf-16"), "text/markdown")
    html = editor_client.post(UPLOAD, {"file": upload}).content.decode()
    assert "Dit bestand is geen UTF-8-tekst." in html


def test_a_file_with_a_control_character_or_an_overlong_title_is_explained(editor_client):
    # Both used to reach the database: PostgreSQL refused the NUL byte (a 503 "database
    # unavailable" page), SQLite stored the title whole.
    broken = VALID.replace("Tekst met", "Tekst\x00met").replace("titel: De", "titel: " + "x" * 200)
    upload = SimpleUploadedFile("paper.md", broken.encode(), "text/markdown")
    response = editor_client.post(UPLOAD, {"file": upload})
    html = response.content.decode()
    assert response.status_code == 400
    assert "<strong>Regel 4:</strong> Het kopveld &#x27;titel&#x27; is 227 tekens lang" in html
    assert "<strong>Regel 12:</strong> Deze regel bevat een onzichtbaar stuurteken" in html
    assert "\x00" not in html  # the text comes back without it, ready to send again
    assert not Paper.objects.filter(code="SHPP003-02").exists()


def test_pasted_text_is_limited_like_a_file(editor_client):
    html = editor_client.post(UPLOAD, {"text": VALID + "x" * 300_000}).content.decode()
    assert "Deze tekst is groter dan 300 kB; dat is geen paper." in html


def test_a_file_of_a_megabyte_is_refused_before_it_is_read(editor_client):
    upload = SimpleUploadedFile("paper.md", (VALID + "x" * 1_000_000).encode(), "text/markdown")
    html = editor_client.post(UPLOAD, {"file": upload}).content.decode()
    assert "Dit bestand is groter dan 300 kB; dat is geen paper." in html


def test_an_empty_form_asks_for_a_file(editor_client):
    html = editor_client.post(UPLOAD, {"text": "  "}).content.decode()
    assert "Kies een bestand of plak de tekst van de paper." in html


def test_if_the_version_appeared_meanwhile_the_save_explains_and_keeps_the_text(editor_client):
    editor_client.post(UPLOAD, {"text": VALID})
    fileformat.import_text(VALID)  # another editor was quicker
    response = editor_client.post(SAVE, {"digest": digest(VALID)})
    html = response.content.decode()
    assert response.status_code == 400
    assert "Versie 0.9 van SHPP003-02 bestaat al" in html
    assert "De-escalatie vóór beoordeling" in html  # still in the text box
    assert PaperVersion.objects.filter(paper__code="SHPP003-02").count() == 1


def test_editors_download_a_version_as_markdown(editor_client):
    call_command("load_papers", verbosity=0, stdout=StringIO())
    response = editor_client.get(reverse("editor:markdown", args=["SHPP003-05", "0.9"]))
    assert response["Content-Type"] == "text/markdown; charset=utf-8"
    assert 'filename="SHPP003-05_v0.9.md"' in response["Content-Disposition"]
    assert response.content.decode() == (FIXTURES / "SHPP003-05_v0.9.md").read_text()


# --- the round trip ---------------------------------------------------------------------------


def structure(version: PaperVersion) -> dict:
    """Everything a paper version consists of, without ids or its code."""
    question_set = version.question_set
    return {
        "title": version.paper.title,
        "sections": [
            (s.order, s.number, s.title, s.anchor, s.kind, s.body, s.body_html)
            for s in version.sections.order_by("order")
        ],
        "sources": [(src.section.anchor, src.title, src.url) for src in _sources(version)],
        "questions": list(
            version.questions.order_by("order").values_list("number", "text", "anchor")
        ),
        "groups": [
            (g.label, g.title, g.intro, g.is_closing, [s.anchor for s in g.sections.all()])
            for g in question_set.groups.order_by("order")
        ],
        "texts": (
            question_set.intro,
            question_set.invitation,
            question_set.usage,
            version.call_to_action,
        ),
    }


def _sources(version):
    from papers.models import Source

    return Source.objects.filter(section__version=version).order_by("section__order", "order")


@pytest.mark.parametrize("code", ["SHPP003-01", "SHPP003-05"])
def test_export_and_import_give_the_same_paper(code):
    call_command("load_papers", verbosity=0, stdout=StringIO())
    original = PaperVersion.objects.get(paper__code=code)
    text = fileformat.to_markdown(original)
    copy_code = code.replace("SHPP003", "KOPIE")
    copy_text = text.replace(f"code: {code}", f"code: {copy_code}", 1).replace(
        original.document_code, f"{original.document_code}-kopie"
    )
    copy = fileformat.import_text(copy_text)
    assert structure(copy) == structure(original)
    assert canonical.canonical_text(copy).replace(copy_code, code) == canonical.canonical_text(
        original
    )


# --- the command ------------------------------------------------------------------------------


def test_import_paper_command_checks_or_saves(tmp_path):
    SeriesFactory()
    path = tmp_path / "SHPP003-02_v0.9.md"
    path.write_text(VALID, encoding="utf-8")
    out = StringIO()
    call_command("import_paper", str(path), "--dry-run", stdout=out)
    assert "In orde (niets opgeslagen): SHPP003-02 v0.9" in out.getvalue()
    assert not PaperVersion.objects.exists()
    call_command("import_paper", str(path), stdout=out)
    assert PaperVersion.objects.get().status == PaperVersion.Status.DRAFT


def test_import_paper_command_lists_every_problem_and_saves_nothing(tmp_path):
    SeriesFactory()
    path = tmp_path / "fout.md"
    path.write_text(VALID.replace("{secties=1}", "{secties=9}").replace("versie: 0.9", "versie: x"))
    with pytest.raises(CommandError) as raised:
        call_command("import_paper", str(path))
    message = str(raised.value)
    assert "fout.md: 2 problemen, niets opgeslagen." in message
    assert "regel 5: Versie 'x' is geen versienummer" in message
    assert "regel 23: Vraaggroep A verwijst naar sectie '9'" in message
    assert not Section.objects.exists()


def test_a_new_version_must_be_newer_and_not_next_to_a_draft():
    SeriesFactory()
    fileformat.import_text(VALID)  # v0.9, a draft
    with pytest.raises(fileformat.PaperFileError) as raised:
        fileformat.check_text(VALID.replace("versie: 0.9", "versie: 1.0").replace("_v0.9", "_v1.0"))
    assert "Van SHPP003-02 staat versie 0.9 al in voorbereiding" in str(raised.value)
    with pytest.raises(fileformat.PaperFileError) as raised:
        fileformat.check_text(VALID.replace("versie: 0.9", "versie: 0.8").replace("_v0.9", "_v0.8"))
    assert "Versie 0.8 is lager dan de nieuwste versie van SHPP003-02 (0.9)" in str(raised.value)


def test_publishing_an_announced_paper_turns_its_mentions_into_links(client):
    call_command("load_papers", verbosity=0, stdout=StringIO())
    before = client.get("/papers/SHPP003-01/").content.decode()  # cached for visitors now
    assert 'href="/papers/SHPP003-02/"' not in before and "(aangekondigd)" in before
    editor_user = editor()
    version = fileformat.import_text(VALID, by=editor_user)
    assert 'href="/papers/SHPP003-02/"' not in client.get("/papers/SHPP003-01/").content.decode()
    transitions.open_consultation(version, by=editor_user)
    after = client.get("/papers/SHPP003-01/").content.decode()
    assert 'href="/papers/SHPP003-02/"' in after


def test_the_example_on_the_upload_page_is_a_valid_paper_file(editor_client):
    call_command("load_papers", verbosity=0, stdout=StringIO())
    html = editor_client.get(UPLOAD).content.decode()
    example = html_module.unescape(re.search(r"<pre><code>(.*?)</code></pre>", html, re.S).group(1))
    parsed = fileformat.parse_paper(example)  # raises with every problem if the help were wrong
    assert parsed.code == "SHPP003-02" and [g.label for g in parsed.groups] == ["A"]
    # The published papers, to download as complete examples.
    assert 'href="/redactie/SHPP003-05/v0.9/markdown/" download>SHPP003-05 v0.9</a>' in html
