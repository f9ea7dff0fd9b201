"""The fixtures carry the papers exactly as the foundation published them.

The seed texts (PDF extractions, in fixtures/seeds/) are the reference: every section
title, every question and every line of text in the fixtures must be found in them,
once the known extraction artefacts are repaired and whitespace is normalised.
"""

import html
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils.html import strip_tags

from papers.models import PaperVersion, Series

SEEDS = Path(settings.BASE_DIR) / "fixtures" / "seeds"

# PDF extraction artefacts and their repair; the wording itself is never changed.
ARTEFACTS = [("Poo1", "P001"), ("vo.9", "v0.9"), ("o. Inleiding", "0. Inleiding")]


def normalise(text: str) -> str:
    for wrong, right in ARTEFACTS:
        text = text.replace(wrong, right)
    text = re.sub(r"<(https?://[^>\s]+)>", r"\1", text)  # autolinks as typed in the seed
    text = text.replace("**", "").replace("*", "")
    text = re.sub(r"(?m)^\s*[-•]\s+", " ", text)  # list bullets
    return re.sub(r"\s+", " ", text).strip()


def seed(code: str) -> str:
    return normalise((SEEDS / f"{code}_v0.9.seed.txt").read_text(encoding="utf-8"))


def text_lines(rendered_html: str) -> list[str]:
    """The visible lines of rendered text, without the 'aangekondigd' markers we add."""
    text = html.unescape(strip_tags(rendered_html.replace("<br>", "\n")))
    text = text.replace(" (aangekondigd)", "")
    return [re.sub(r"\s+", " ", line).strip() for line in text.split("\n") if line.strip()]


@pytest.fixture
def loaded(db):
    call_command("load_papers", verbosity=0, stdout=open("/dev/null", "w"))  # noqa: SIM115
    return {v.paper.code: v for v in PaperVersion.objects.select_related("paper")}


def test_both_papers_are_loaded_open_for_reflection(loaded):
    assert set(loaded) == {"SHPP003-01", "SHPP003-05"}
    for version in loaded.values():
        assert version.number == "0.9"
        assert version.status == PaperVersion.Status.CONSULTATION
        assert version.get_status_display() == "Concept — open voor publieke reflectie"


def test_metadata_is_repaired(loaded):
    first = loaded["SHPP003-01"]
    assert first.document_code == (
        "CIV-CARE_P001_SHPP003-01_Herstel-bij-vastgelopen-zorgrelaties_v0.9"
    )
    assert str(first.date) == "2026-01-20"
    assert first.paper.subtitle == (
        "De systeemimpasse als startpunt voor herstel, niet voor escalatie"
    )
    fifth = loaded["SHPP003-05"]
    assert fifth.document_code == "CIV-CARE_P001_SHPP003-05_Herstel-van-het-sociaal-netwerk_v0.9"
    assert fifth.paper.part_of.startswith("CIV-CARE P001 – Normatief kader")


def test_shpp003_01_sections(loaded):
    headings = [s.heading for s in loaded["SHPP003-01"].sections.all()]
    assert headings == [
        "Introductie",
        "1. Aanleiding en context",
        "2. Kernstelling",
        "3. De impasse als herkenbaar patroon",
        "4. Waarom juridisering de impasse verdiept",
        "5. Herstel zonder bewijsstrijd",
        "6. Normatief kader",
        "7. Relatie tot de overige sub-positionpapers",
        "8. Gebruik binnen CIV-CARE",
        "9. Bronnen en referenties",
        "Slotopmerking (CIV-CARE-conform)",
    ]


def test_shpp003_05_sections(loaded):
    numbers = [s.number for s in loaded["SHPP003-05"].sections.all()]
    assert numbers == [str(n) for n in range(13)] + [""]


@pytest.mark.parametrize("code", ["SHPP003-01", "SHPP003-05"])
def test_every_section_title_is_in_the_seed(loaded, code):
    text = seed(code)
    for section in loaded[code].sections.all():
        assert section.heading in text, section.heading


def test_shpp003_01_question_set(loaded):
    groups = list(loaded["SHPP003-01"].question_set.groups.all())
    assert [g.label for g in groups] == [str(n) for n in range(1, 9)]
    assert sum(g.questions.count() for g in groups) == 22
    assert groups[3].title == "Over juridisering"
    assert [s.number for s in groups[3].sections.all()] == ["4"]
    assert [s.number for s in groups[0].sections.all()] == ["3"]
    closing = groups[-1]
    assert closing.is_closing and closing.title == "Slotvraag (dragend)"
    assert closing.questions.get().text == (
        "op welk moment had herstel ruimte nodig — maar kreeg escalatie voorrang?"
    )


def test_shpp003_05_question_set_and_section_questions(loaded):
    version = loaded["SHPP003-05"]
    groups = list(version.question_set.groups.all())
    assert [g.label for g in groups] == list("ABCDEF")
    group_questions = [q for g in groups for q in g.questions.order_by("order")]
    assert len(group_questions) == 30
    assert [q.number for q in group_questions] == [str(n) for n in range(1, 31)]
    assert version.sections.get(number="9").questions.count() == 5
    assert version.sections.get(number="10").questions.count() == 5


@pytest.mark.parametrize("code", ["SHPP003-01", "SHPP003-05"])
def test_every_question_matches_the_seed(loaded, code):
    text = seed(code)
    questions = loaded[code].questions.all()
    assert questions.count() in {22, 40}
    for question in questions:
        assert normalise(question.text) in text, question.text


@pytest.mark.parametrize("code", ["SHPP003-01", "SHPP003-05"])
def test_every_line_of_text_is_the_published_wording(loaded, code):
    text = seed(code)
    version = loaded[code]
    rendered = [s.body_html for s in version.sections.all()]
    rendered += [version.call_to_action_html, version.version_note_html]
    question_set = version.question_set
    rendered += [question_set.intro_html, question_set.invitation_html, question_set.usage_html]
    rendered += [g.intro_html for g in question_set.groups.all()]
    checked = 0
    for block in rendered:
        for line in text_lines(block):
            assert normalise(line) in text, line
            checked += 1
    assert checked > 80


@pytest.mark.parametrize("code", ["SHPP003-01", "SHPP003-05"])
def test_governance_text_is_stored_once_and_matches_each_paper(loaded, code):
    series = Series.objects.get()
    assert series.code == "SHPP003"
    for line in text_lines(series.governance_html):
        assert normalise(line) in seed(code), line


def test_sources_are_real_links(loaded):
    sources = loaded["SHPP003-01"].sections.get(number="9").sources.all()
    assert [s.url for s in sources] == [
        "https://www.nationaleombudsman.nl/publicaties/rapporten",
        "https://www.oecd.org/gov/trust/",
        "https://www.who.int/publications/i/item/9789240025707",
        "https://hudoc.echr.coe.int/eng?i=001-115249",
    ]
    fifth = loaded["SHPP003-05"].sections.get(anchor="bronnen")
    assert fifth.sources.count() == 4
    assert '<a href="https://hudoc.echr.coe.int/eng?i=001-60605"' in fifth.body_html


def test_cross_references_link_present_papers_and_mark_announced_ones(loaded):
    fifth = loaded["SHPP003-05"].sections.get(number="7").body_html
    assert '<a class="xref" href="/papers/SHPP003-01/"' in fifth
    assert "SHPP003-03 – Tijdelijkheid, pauzering en heroverweging van zorg" in fifth
    assert 'xref-badge">(aangekondigd)' in fifth
    first = loaded["SHPP003-01"].sections.get(number="7").body_html
    assert first.count("(aangekondigd)") == 3


def test_loading_twice_changes_nothing(loaded):
    from papers.models import PaperEvent, Question, Section

    before = (Section.objects.count(), Question.objects.count(), PaperEvent.objects.count())
    call_command("load_papers", verbosity=0, stdout=open("/dev/null", "w"))  # noqa: SIM115
    after = (Section.objects.count(), Question.objects.count(), PaperEvent.objects.count())
    assert before == after
    assert PaperVersion.objects.count() == 2
