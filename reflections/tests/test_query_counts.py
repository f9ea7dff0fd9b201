"""Pages that list reflections cost the same number of queries for a few or for hundreds."""

import re

import pytest
from django.conf import settings
from django.urls import reverse

from civcare.accounts.tests.factories import UserFactory
from papers.tests.factories import build_paper
from reflections import moderation
from reflections.tests.factories import ReflectionFactory, approved

pytestmark = pytest.mark.django_db

# paper: 7 (see public/tests/test_views.py); reflections: first per target, counts
# per target, counts per perspective, replies.
ANONYMOUS_PAPER_PAGE = 11
# + session, user, own reflections awaiting moderation, whether they follow the paper, roles
# for the navigation
SIGNED_IN_PAPER_PAGE = 16


def populate(version, *, reflections: int, replies: int, author=None):
    targets = [None, *version.sections.all(), *version.questions.all()]
    perspectives = ["relative", "professional", "client", "lawyer", "other"]
    parents = []
    for n in range(reflections):
        target = targets[n % len(targets)]
        kwargs = (
            {"section": target}
            if target is not None
            and hasattr(target, "anchor")
            and target.__class__.__name__ == "Section"
            else {"question": target}
            if target
            else {}
        )
        if "section" in kwargs and n % 2:
            # Every other one on a passage: the paragraph markers count them on the page.
            kwargs.update(quote_of(kwargs["section"]))
        parents.append(
            approved(
                version=version,
                perspective=perspectives[n % 5],
                **({"author": author} if author else {}),
                **kwargs,
            )
        )
    for n in range(replies):
        approved(version=version, parent=parents[n % len(parents)])
    if author:
        section = version.sections.first()
        ReflectionFactory(version=version, author=author, section=section, **quote_of(section))


def quote_of(section) -> dict:
    """A reflection's fields for a passage of the section's first paragraph."""
    return {
        "quote_paragraph": 1,
        "quote_anchor": f"{section.anchor}-p1",
        "quote_exact": "Tekst van de sectie",
    }


@pytest.mark.parametrize(("reflections", "replies"), [(0, 0), (3, 1), (300, 60)])
def test_paper_page_anonymous(client, django_assert_num_queries, reflections, replies):
    version = build_paper(code="SHPP003-93", sections=4, groups=3, section_questions=2)
    populate(version, reflections=reflections, replies=replies)
    with django_assert_num_queries(ANONYMOUS_PAPER_PAGE):
        response = client.get(version.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count('class="passage-marker') == 4  # one paragraph in each section
    if reflections >= 3:
        assert re.search(r'aria-label="Alinea 1: \d+ reflecties?\. Lees of reageer"', html)


@pytest.mark.parametrize("count", [0, 3, 80])
def test_a_paragraphs_list(client, django_assert_num_queries, count):
    version = build_paper(code="SHPP003-95", sections=2)
    section = version.sections.first()
    for n in range(count):
        approved(version=version, section=section, perspective=["client", "relative"][n % 2],
                 **quote_of(section))  # fmt: skip
    url = reverse("reflections:list", args=[version.paper.code, version.number])
    # the version with its paper, its sections and questions, the page of reflections, their
    # replies, the counts per perspective
    with django_assert_num_queries(6):
        response = client.get(url, {"sectie": section.anchor, "alinea": 1})
    html = response.content.decode()
    assert html.count("<p>Tekst van de sectie</p>") == min(count, settings.REFLECTIONS_PAGE_SIZE)


@pytest.mark.parametrize(("reflections", "replies"), [(0, 0), (3, 1), (300, 60)])
def test_paper_page_signed_in_with_perspective_filter(
    client, django_assert_num_queries, reader, reflections, replies
):
    version = build_paper(code="SHPP003-94", sections=4, groups=3, section_questions=2)
    populate(version, reflections=reflections, replies=replies, author=reader)
    client.force_login(reader)
    with django_assert_num_queries(SIGNED_IN_PAPER_PAGE):
        response = client.get(version.get_absolute_url(), {"perspectief": "relative"})
    assert response.status_code == 200


@pytest.mark.parametrize("pending", [0, 5, 120])
def test_moderation_queue(client, django_assert_num_queries, version, mod, pending):
    for _ in range(pending):
        ReflectionFactory(version=version)
    client.force_login(mod)
    # session, user, permissions x2 (role check), counts for the navigation, queue, papers
    # and versions for the filter, the waiting per paper (with the oldest; without a filter
    # that is also the number matching), other moderators' claims and the revision
    # requests on the page
    with django_assert_num_queries(11):
        response = client.get(reverse("reflections:queue"))
    assert response.status_code == 200
    # The counts and the overview are kept until the next moderation step: the next visit
    # counts nothing over the waiting reflections.
    with django_assert_num_queries(8):
        client.get(reverse("reflections:queue"))


@pytest.mark.parametrize("pending", [0, 5, 600])
def test_the_confirmation_of_publishing_all_matching(
    client, django_assert_num_queries, version, mod, pending
):
    for _ in range(pending):
        ReflectionFactory(version=version)
    client.force_login(mod)
    # session, user, permissions x2 (role check), counts for the navigation, the ids (at
    # most the limit and one more)
    with django_assert_num_queries(6):
        response = client.get(reverse("reflections:approve_all"))
    assert response.context["count"] == min(pending, 500)
    assert response.context["more"] is (pending > 500)


def test_the_queue_overview_is_renewed_by_a_moderation_step(client, version, mod):
    client.force_login(mod)

    def submit(body):
        moderation.submit(version=version, author=UserFactory(), perspective="relative", body=body)

    submit("Een eerste wachtende reflectie hier.")
    assert (
        "1 reflectie wacht op een beslissing"
        in client.get(reverse("reflections:queue")).content.decode()
    )
    submit("Een tweede wachtende reflectie hier.")
    html = client.get(reverse("reflections:queue")).content.decode()
    assert "2 reflecties wachten op een beslissing" in html


@pytest.mark.parametrize("count", [0, 4, 60])
def test_my_reflections(client, django_assert_num_queries, version, reader, count):
    section = version.sections.first()
    for n in range(count):
        quoted = {"section": section, **quote_of(section)} if n % 2 else {}
        ReflectionFactory(version=version, author=reader, **quoted)
    client.force_login(reader)
    # session, user, roles for the navigation, the page of reflections
    with django_assert_num_queries(4):
        response = client.get(reverse("reflections:mine"))
    assert response.status_code == 200


@pytest.mark.parametrize("count", [0, 3, 45])
def test_reported_list(client, django_assert_num_queries, version, mod, count):
    for _ in range(count):
        approved(version=version, report_count=1)
    client.force_login(mod)
    # session, user, permissions x2, counts for the navigation, the page, its open reports
    with django_assert_num_queries(7):
        response = client.get(reverse("reflections:reported"))
    assert response.status_code == 200


@pytest.mark.parametrize("replies", [0, 1, 25])
def test_a_reflection_page_with_its_replies(client, django_assert_num_queries, replies):
    # Each reply may carry a disposition (how the editors used it): fetched with the replies,
    # not one query per reply (bench/run found 32 queries for a reflection with 30 replies).
    version = build_paper(code="SHPP003-92")
    reflection = approved(version=version)
    for _ in range(replies):
        approved(version=version, parent=reflection)
    # which paper it is on (for the page cache's key; once per process), the reflection with
    # its paper, question, section and disposition; its replies
    with django_assert_num_queries(3):
        response = client.get(reflection.get_permalink())
    assert response.status_code == 200
    assert response.content.decode().count('class="reflection reflection--reply"') == replies
