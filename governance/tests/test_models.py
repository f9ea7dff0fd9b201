"""The one rule for what the public reads of the editors' coding (models.publishes_coding,
coding_is_public, and the dispositions and passages it decides for): a consultation's coding
is public once a version based on the consulted one is adopted, not when the consulted one
is adopted itself (#28). And the order of the themes wherever they are listed (#29)."""

import pytest

from civcare.accounts.tests.factories import editor
from governance import analysis, consultation_report, transitions
from governance import selectors as governance_selectors
from governance.models import Disposition, Theme, coding_is_public, publishes_coding
from papers.models import PaperVersion
from papers.tests.factories import PaperVersionFactory, adopted_successor, build_paper
from reflections.tests.factories import approved

pytestmark = pytest.mark.django_db
Status = PaperVersion.Status


def test_an_adopted_version_does_not_publish_its_own_coding():
    adopted = PaperVersionFactory(major=1, minor=0, status=Status.ADOPTED)
    assert not coding_is_public(adopted)
    PaperVersionFactory(paper=adopted.paper, major=1, minor=1, based_on=adopted,
                        status=Status.DRAFT)  # fmt: skip
    assert not coding_is_public(adopted)


@pytest.mark.parametrize("status", [Status.ADOPTED, Status.SUPERSEDED])
def test_the_adopted_successor_publishes_it_and_keeps_it_published(status):
    consulted = PaperVersionFactory(status=Status.CLOSED)
    successor = adopted_successor(consulted)
    PaperVersion.objects.filter(pk=successor.pk).update(status=status)
    consulted.refresh_from_db()
    assert coding_is_public(consulted)
    # From the versions a page loaded already, without a query: the same answer.
    versions = list(PaperVersion.objects.filter(paper=consulted.paper))
    assert coding_is_public(consulted, versions=versions)


@pytest.mark.parametrize(
    ("status", "public"),
    [(Status.DRAFT, False), (Status.CONSULTATION, False), (Status.CLOSED, False),
     (Status.ADOPTED, True), (Status.SUPERSEDED, True)],
)  # fmt: skip
def test_a_disposition_is_public_with_the_coding_it_belongs_to(status, public):
    consulted = PaperVersionFactory(major=1, minor=0, status=Status.ADOPTED)
    successor = PaperVersionFactory(paper=consulted.paper, major=1, minor=1, based_on=consulted,
                                    status=status)  # fmt: skip
    disposition = Disposition.objects.create(
        reflection=approved(version=consulted), version=successor, kind="later", response="Later."
    )
    assert disposition.is_public is public is publishes_coding(successor)
    assert coding_is_public(consulted) is public


# --- themes in the editors' order (#29) -----------------------------------------------------


def test_themes_are_listed_in_their_order_in_every_place_that_lists_them(client):
    """Themes created in one order and then put in another (issue #29: "Thema's, in volgorde"
    showed 8, 7, 1, 5, 4, 2, 6, 3): every dropdown, the themes page, the syntheses, the
    blockers, the adoption page, the report and the analysis list them by their order."""
    roos = editor(display_name="Redacteur Roos")
    consulted = build_paper(code="SHPP003-69", sections=2, groups=1, questions_per_group=1)
    names = ["Eerst gemaakt", "Tweede", "Derde", "Vierde", "Vijfde"]
    themes = [transitions.create_theme(consulted, by=roos, name=name) for name in names]
    wanted = [themes[3], themes[0], themes[4], themes[2], themes[1]]
    for order, theme in enumerate(wanted, start=1):
        transitions.change_theme(theme, by=roos, name=theme.name, description="", order=order)
    reflections = [approved(version=consulted) for _ in range(3)]
    for theme in themes:
        transitions.assign_theme(theme, [r.pk for r in reflections], by=roos)
    expected = [t.name for t in wanted]
    assert [t.name for t in Theme.objects.filter(version=consulted).in_order()] == expected

    def in_page_order(html: str) -> list[str]:
        """The themes' names as they first appear on the page."""
        places = {name: html.find(name) for name in expected}
        assert all(place >= 0 for place in places.values()), places
        return sorted(expected, key=places.get)

    client.force_login(roos)
    code = consulted.paper.code
    base = f"/redactie/{code}/v{consulted.number}"
    work_list = client.get(f"{base}/reflecties/")
    # After "Alle", "Nog zonder thema" and "In meer dan één thema".
    filter_choices = work_list.context["filter_form"].fields["thema"].choices
    assert [label for _pk, label in filter_choices][3:] == expected
    assert [label for _pk, label in work_list.context["bulk"].fields["theme"].choices][1:] == (
        expected
    )
    assert in_page_order(client.get(f"{base}/themas/").content.decode()) == expected
    assert in_page_order(client.get(f"{base}/synthese/").content.decode()) == expected

    transitions.close_consultation(consulted, by=roos)
    draft = transitions.create_draft(consulted, by=roos)
    blockers = " ".join(governance_selectors.promotion_blockers(draft))
    assert in_page_order(blockers) == expected
    promote = client.get(f"/redactie/{code}/v{draft.number}/vaststellen/").content.decode()
    assert in_page_order(promote.split("Wat we hoorden, wat we deden", 1)[1]) == expected
    section_page = client.get(
        f"/redactie/{code}/v{draft.number}/secties/{draft.sections.first().pk}/"
    )
    finder = section_page.context["finder"].fields["thema"].choices
    assert [label for _pk, label in finder][3:] == expected

    for theme in themes:
        transitions.save_synthesis(
            consulted, by=roos, heard=f"Gehoord over {theme.name}.", theme=theme,
            reflection_ids=[reflections[0].pk],
        )  # fmt: skip
    assert [row.label for row in analysis.build(consulted).themes.rows] == expected
    report = consultation_report.build(consulted)
    assert [name for name, _description, _n in report.themes] == expected
    assert [part.subject for part in report.syntheses if part.kind == "theme"] == expected
