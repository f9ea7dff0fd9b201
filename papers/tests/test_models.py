import pytest
from django.db import IntegrityError

from papers.models import PaperVersion, Question, rerender_references_to
from papers.tests.factories import (
    PaperVersionFactory,
    QuestionGroupFactory,
    SectionFactory,
    build_paper,
)

pytestmark = pytest.mark.django_db


def test_markdown_is_rendered_on_save_and_sanitised():
    section = SectionFactory(body="Een **sterke** zin.\n\n<script>alert(1)</script>")
    assert "<strong>sterke</strong>" in section.body_html
    assert "<script" not in section.body_html and "alert" not in section.body_html


def test_subheadings_get_prefixed_anchors_below_the_section_heading():
    section = SectionFactory(anchor="sectie-4", body="## 4.1 Hoe uitsluiting ontstaat\n\nTekst")
    assert '<h3 id="sectie-4-41-hoe-uitsluiting-ontstaat">' in section.body_html


def test_version_label_and_parse():
    version = PaperVersionFactory(major=1, minor=0)
    assert version.label == "v1.0"
    assert PaperVersion.parse_number("v0.9") == (0, 9)
    with pytest.raises(ValueError):
        PaperVersion.parse_number("0.9.1")


def test_one_version_number_per_paper():
    version = PaperVersionFactory()
    with pytest.raises(IntegrityError):
        PaperVersionFactory(paper=version.paper, major=0, minor=9)


def test_a_question_belongs_to_a_group_or_a_section_not_both():
    group = QuestionGroupFactory()
    section = SectionFactory(version=group.question_set.version)
    with pytest.raises(IntegrityError):
        Question.objects.create(group=group, section=section, order=1, text="Beide?")


def test_question_anchors_are_stable_and_derived_from_numbers():
    group = QuestionGroupFactory(label="C")
    numbered = Question.objects.create(group=group, order=1, number="11", text="Wat?")
    plain = Question.objects.create(group=group, order=2, text="Waarom?")
    section = SectionFactory(version=group.question_set.version, anchor="sectie-9")
    in_section = Question.objects.create(section=section, order=3, text="Wie?")
    assert (numbered.anchor, plain.anchor, in_section.anchor) == (
        "vraag-11",
        "vraag-c-2",
        "sectie-9-vraag-3",
    )
    assert in_section.version == group.question_set.version


def test_announced_reference_becomes_a_link_when_the_paper_is_published():
    citing = SectionFactory(body="Zie [SHPP003-20](paper:SHPP003-20).")
    assert "(aangekondigd)" in citing.body_html
    target = build_paper(code="SHPP003-20")
    target.status = PaperVersion.Status.CONSULTATION
    target.save()
    assert rerender_references_to("SHPP003-20") == 1
    citing.refresh_from_db()
    assert '<a class="xref" href="/papers/SHPP003-20/"' in citing.body_html


def test_text_from_a_browser_is_stored_with_plain_newlines():
    section = SectionFactory(body="Eerste alinea.\r\n\r\nTweede alinea.")
    assert section.body == "Eerste alinea.\n\nTweede alinea."


def test_every_id_the_templates_use_is_in_the_site_namespace():
    """SITE_ANCHORS must know each id the site's templates give an element, or a paper
    could take it."""
    import re
    from pathlib import Path

    from django.conf import settings

    from papers.models import is_site_anchor

    base = Path(settings.BASE_DIR)
    # Every app's templates, however deep the app sits (governance/templates too).
    outside = {".venv", "node_modules", ".git", "artifacts"}
    templates = [
        path
        for path in base.glob("**/templates/**/*.html")
        if not outside & set(path.relative_to(base).parts)
    ]
    assert any("governance" in path.parts for path in templates)
    literal = set()
    for template in templates:
        for value in re.findall(r'\bid="([^"]*)"', template.read_text(encoding="utf-8")):
            head = value.split("{", 1)[0]
            if head and not head.startswith(("id_",)):
                literal.add(head if "{" not in value else head + "x")
    unknown = sorted(value for value in literal if not is_site_anchor(value))
    assert not unknown, unknown


def test_markdown_headings_in_paper_text_never_take_a_site_id():
    from civcare.core.rendering import render_paper_markdown

    html = render_paper_markdown("## Inhoud\n\nTekst.")
    assert 'id="inhoud"' not in html and 'id="p-inhoud"' in html


BODY = "Eerste alinea.\n\n- een punt\n- nog een punt\n\nLaatste alinea over tijdloosheid."


def test_every_paragraph_and_list_item_has_its_own_link():
    section = SectionFactory(anchor="sectie-4", body=BODY)
    for number in range(1, 5):
        assert f' id="sectie-4-p{number}"' in section.body_html
    assert section.paragraphs == [[1, None], [2, None], [3, None], [4, None]]
    assert section.next_paragraph == 5


def test_a_copy_keeps_the_identifiers_of_unchanged_paragraphs():
    from papers.models import Section

    first = SectionFactory(anchor="sectie-4", body=BODY)
    amended = BODY.replace("Laatste alinea over tijdloosheid.", "Laatste alinea, over tijd.")
    copy = Section.objects.create(
        version=PaperVersionFactory(paper=first.version.paper, major=1, minor=0),
        order=first.order, number=first.number, title=first.title, anchor=first.anchor,
        body="Een nieuwe inleiding.\n\n" + amended, copied_from=first,
    )  # fmt: skip
    # New text first (p5), the three unchanged keep 1–3, the changed one is p6 replacing p4.
    assert copy.paragraphs == [[5, None], [1, None], [2, None], [3, None], [6, 4]]
    assert ' id="sectie-4-p6">Laatste alinea, over tijd.' in copy.body_html
    assert copy.next_paragraph == 7
    # Saving the draft again numbers against the adopted text, not the earlier draft.
    copy.body = "Een nieuwe inleiding.\n\n" + BODY
    copy.save()
    assert copy.paragraphs == [[5, None], [1, None], [2, None], [3, None], [4, None]]


def test_a_paragraph_is_placed_where_readers_see_it_whatever_its_identifier():
    """The identifiers count every block and survive edits; readers see paragraphs, with a
    list as part of the paragraph before it (#29)."""
    from papers.models import Section
    from papers.passages import Position

    first = SectionFactory(anchor="sectie-4", body=BODY)
    assert first.positions() == {
        1: Position(1), 2: Position(1, "1"), 3: Position(1, "2"), 4: Position(2)
    }  # fmt: skip
    copy = Section.objects.create(
        version=PaperVersionFactory(paper=first.version.paper, major=1, minor=0),
        order=first.order, number=first.number, title=first.title, anchor=first.anchor,
        body="Een nieuwe inleiding.\n\n" + BODY, copied_from=first,
    )  # fmt: skip
    assert copy.position(5) == Position(1)  # the new first paragraph
    assert copy.position(1) == Position(2)
    assert copy.position(3) == Position(2, "2")
    assert copy.position(99) is None
