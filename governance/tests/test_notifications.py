"""What every author is told at adoption (governance.notifications): each of their
reflections quoted and linked to the comparison of the versions where it matters (#29)."""

import pytest

from governance import notifications
from governance.models import Disposition
from papers.tests.factories import QuestionFactory, adopted_successor, build_paper
from reflections.tests.factories import approved

pytestmark = pytest.mark.django_db

LONG = (
    "Wat hier staat, herken ik uit jaren van overleggen waarin niemand meer bewoog. Het "
    "gesprek werd pas weer mogelijk toen iemand durfde te zeggen dat het vastzat. Als "
    "professional zie ik hoe dossiers de plaats innemen van een gewoon telefoontje, en dat "
    "staat nergens in de paper."
)


def test_the_opening_words_of_a_text_cut_after_a_whole_word():
    assert notifications.excerpt("<p>Kort en <strong>goed</strong>.</p>") == "Kort en goed."
    cut = notifications.excerpt(f"<p>{LONG}</p>")
    assert cut.endswith(" …") and len(cut) <= notifications.EXCERPT_CHARS + 2
    assert LONG.startswith(cut.removesuffix(" …"))
    assert LONG[len(cut.removesuffix(" …"))] == " "  # after a whole word
    assert notifications.excerpt("<p>" + "a" * 300 + "</p>") == "a" * 200 + " …"
    assert notifications.excerpt("<p>Ik &amp; mijn broer</p>\n<p>daarna</p>") == (
        "Ik & mijn broer daarna"
    )


def test_each_reflection_is_quoted_and_linked_to_the_comparison_at_its_section(delivered):
    """The email said "#1390" with no word of what it was, and no link to what changed."""
    consulted = build_paper(sections=3, groups=1)
    consulted.status = consulted.Status.CLOSED
    consulted.save()
    adopted = adopted_successor(consulted)
    section, other = consulted.sections.order_by("order")[:2]
    on_section = approved(version=consulted, section=section, body=LONG)
    author = on_section.author
    of_section = QuestionFactory(group=None, section=other, order=900, number="9")
    on_question = approved(version=consulted, question=of_section, author=author, body="Kort.")
    on_paper = approved(version=consulted, author=author, body="Over het geheel.")
    for reflection in (on_section, on_question, on_paper):
        Disposition.objects.create(
            reflection=reflection, version=adopted, kind="later", response="Voor later."
        )
    notifications.tell_authors(adopted)
    body = delivered(waited=False)[-1].body
    diff = f"/papers/{consulted.paper.code}/diff/0.9/1.0/"
    assert f"Vergelijk v0.9 met v1.0: https://civ-care.nl{diff}#{section.anchor}\n" in body
    assert f"#{on_section.pk} · {section.heading}\n  “{LONG[:150]}" in body
    quoted = notifications.excerpt(on_section.body_html)
    assert f"  “{quoted}”\n" in body and quoted.endswith(" …")
    assert f"#{on_question.pk} · " in body and "  “Kort.”" in body
    assert f"Vergelijk v0.9 met v1.0: https://civ-care.nl{diff}#{other.anchor}\n" in body
    assert f"Vergelijk v0.9 met v1.0: https://civ-care.nl{diff}\n" in body  # the paper
