"""Responding to a passage (issue #19): words selected in the paper, by mouse or by keyboard,
become the compose page's choice of words (static/js/passages.js); without JavaScript the
paragraph's marker is the way in."""

import re

import pytest

from papers.tests.factories import build_paper
from reflections.models import Reflection
from tests.e2e.conftest import log_in, verified_user

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

BODY = (
    "Dat moment noemen wij geen conflict, geen falen en geen schuldvraag. Wij noemen het een "
    "**vastgelopen zorgrelatie**.\n\n"
    "In deze situaties verschuift de aandacht vaak naar:\n\n"
    "- het vaststellen van feiten;\n"
    "- het aanwijzen van verantwoordelijkheden.\n"
)
TEXT = "Dit is precies waar het in onze familie steeds op vastliep."
ACTION = "a.passage-action:not([hidden])"

# Where words of a paragraph are on the screen, to point the mouse at (the selection itself
# is made with the mouse).
WORDS_ON_SCREEN = """([id, firstWord, lastWord]) => {
  const text = document.getElementById(id).firstChild;
  const range = document.createRange();
  range.setStart(text, text.data.indexOf(firstWord));
  range.setEnd(text, text.data.indexOf(lastWord) + lastWord.length);
  const rects = range.getClientRects();
  const first = rects[0], last = rects[rects.length - 1];
  return [
    first.left + 1, (first.top + first.bottom) / 2, last.right - 1, (last.top + last.bottom) / 2,
  ];
}"""


@pytest.fixture
def paper():
    version = build_paper(code="SHPP003-90", sections=1, groups=1, questions_per_group=1)
    section = version.sections.get()
    section.body = BODY
    section.save()
    return version


def paragraph_id(version, number: int = 1) -> str:
    """The id of the section's ``number``-th paragraph or list item on the paper page."""
    section = version.sections.get()
    return f"{section.anchor}-p{section.paragraphs[number - 1][0]}"


def signed_in(pages):
    verified_user("naaste@example.org", "Broer Bram", "relative")
    page = pages.new()
    log_in(page, "naaste@example.org")
    return page


def post_from_compose_page(page, words: str) -> Reflection:
    """On the compose page reached from a selection: the words are marked and chosen."""
    page.wait_for_url(re.compile(r"/reageren/\?"))
    assert page.inner_text(".passage-choice blockquote mark") == words
    assert page.is_checked("input[name=passage][value=woorden]")
    chosen = words.split()
    assert page.inner_text("#id_word_from option:checked").endswith(f". {chosen[0]}")
    assert page.inner_text("#id_word_to option:checked").endswith(f". {chosen[-1]}")
    page.fill("#id_body", TEXT)
    page.select_option("#id_perspective", "relative")
    page.click("button[name=submit]")
    page.wait_for_url(re.compile(r"/mijn/reflecties/$"))
    return Reflection.objects.get()


def test_words_selected_with_the_mouse_are_the_passage_responded_to(pages, paper):
    page = signed_in(pages)
    page.goto(paper.get_absolute_url())
    paragraph = paragraph_id(paper)
    page.locator(f"#{paragraph}").scroll_into_view_if_needed()
    assert page.locator(ACTION).count() == 0

    x1, y1, x2, y2 = page.evaluate(WORDS_ON_SCREEN, [paragraph, "noemen", "conflict"])
    page.mouse.move(x1, y1)
    page.mouse.down()
    page.mouse.move(x2, y2, steps=5)
    page.mouse.up()

    action = page.locator(ACTION)
    action.wait_for()
    assert action.inner_text() == "Reageer op deze passage"
    # Shown below the selection, so it covers none of the selected words.
    selection_bottom = page.evaluate(
        "() => getSelection().getRangeAt(0).getBoundingClientRect().bottom"
    )
    assert action.bounding_box()["y"] >= selection_bottom
    action.click()

    reflection = post_from_compose_page(page, "noemen wij geen conflict")
    assert reflection.quote_exact == "noemen wij geen conflict"
    assert reflection.quote_prefix == "Dat moment "
    assert reflection.quote_paragraph == paper.sections.get().paragraphs[0][0]


def test_words_selected_with_the_keyboard_are_the_passage_responded_to(pages, paper):
    page = signed_in(pages)
    page.goto(paper.get_absolute_url())
    item = paragraph_id(paper, 3)  # the first list item
    page.locator(f"#{item}").scroll_into_view_if_needed()
    x, y, _x2, _y2 = page.evaluate(WORDS_ON_SCREEN, [item, "het", "het"])
    page.mouse.click(x, y)  # the caret before the item's first word
    page.keyboard.press("Shift+ArrowRight")
    for _ in range(3):
        page.keyboard.press("Shift+Control+ArrowRight")
    selected = " ".join(page.evaluate("() => getSelection().toString()").split())
    assert selected.startswith("het vaststellen"), selected

    for _ in range(3):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.matches('a.passage-action')"):
            break
    else:
        raise AssertionError("Tab does not reach 'Reageer op deze passage'")
    page.keyboard.press("Enter")

    reflection = post_from_compose_page(page, selected)
    assert reflection.quote_exact == selected


def test_a_touch_selection_in_english_and_escape(pages, paper):
    """A selection made without mouse or keys (a long press on a phone) shows the link after
    its changes settle; Escape closes it, and a selection across paragraphs offers none."""
    page = pages.new()
    page.goto(f"/taal/en/?next={paper.get_absolute_url()}")
    select = """([id, start, end]) => {
      const text = document.getElementById(id).firstChild;
      getSelection().setBaseAndExtent(text, start, text, end);
    }"""
    page.evaluate(select, [paragraph_id(paper), 4, 9])  # "momen": the whole word is the passage
    action = page.locator(ACTION)
    action.wait_for()
    assert action.inner_text() == "Respond to this passage"
    assert "passage=moment&voor=Dat" in action.get_attribute("href")
    page.keyboard.press("Escape")
    action.wait_for(state="detached")

    page.evaluate(
        """([first, second]) => getSelection().setBaseAndExtent(
             document.getElementById(first).firstChild, 4,
             document.getElementById(second).firstChild, 3)""",
        [paragraph_id(paper, 1), paragraph_id(paper, 2)],
    )
    page.wait_for_timeout(400)
    assert page.locator(ACTION).count() == 0


def test_a_version_closed_to_reflections_offers_no_link(pages, paper):
    """Its markers stay for the paragraphs that have reflections, to read them."""
    section = paper.sections.get()
    Reflection.objects.create(
        version=paper,
        section=section,
        author=verified_user("naaste@example.org", "Broer Bram", "relative"),
        perspective="relative",
        body="Een gepubliceerde reflectie op de eerste alinea.",
        status=Reflection.Status.APPROVED,
        quote_paragraph=section.paragraphs[0][0],
        quote_exact="noemen wij geen conflict",
    )
    paper.status = paper.Status.CLOSED
    paper.save()
    page = pages.new()
    page.goto(paper.get_absolute_url())
    assert page.locator(f"#{paragraph_id(paper)} .passage-marker").count() == 1
    page.evaluate(
        """id => {
          const text = document.getElementById(id).firstChild;
          getSelection().setBaseAndExtent(text, 4, text, 20);
        }""",
        paragraph_id(paper),
    )
    page.wait_for_timeout(400)
    assert page.locator(".passage-action").count() == 0


def test_without_javascript_the_markers_are_the_way_in(browser, live_server, paper):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(paper.get_absolute_url())
        markers = page.locator(".paper-body .passage-marker")
        assert markers.count() == len(paper.sections.get().paragraphs)
        assert page.locator(".passage-action").count() == 0
        markers.first.click()
        assert "alinea=" in page.url
        page.click("main >> text=Reageer op deze alinea")
        assert page.locator(".passage-choice blockquote").count() == 1
    finally:
        context.close()
