"""The paper page is served from the cache, and every change a reader must see renews it."""

import re

import pytest

from civcare.accounts.tests.factories import UserFactory, editor, moderator
from governance import transitions
from papers.tests.factories import build_paper
from reflections import moderation
from reflections.tests.factories import ReflectionFactory, approved

pytestmark = pytest.mark.django_db


@pytest.fixture
def version():
    return build_paper(code="SHPP003-60", sections=2, groups=1, questions_per_group=2)


@pytest.fixture
def mod():
    return moderator()


def page(client, version, **params) -> str:
    return client.get(version.get_absolute_url(), params).content.decode()


def test_a_second_visit_is_served_from_the_cache(client, version, django_assert_num_queries):
    approved(version=version, body="Een gepubliceerde reflectie in de cache.")
    first = page(client, version)
    with django_assert_num_queries(0):  # the whole page, for visitors who are not signed in
        second = page(client, version)
    token = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"')
    assert token.sub("", first) == token.sub("", second)  # only the per-request token differs
    assert "Een gepubliceerde reflectie in de cache." in second


def test_an_approval_is_visible_on_the_next_request(client, version, mod):
    waiting = ReflectionFactory(version=version, body="Net goedgekeurd en meteen zichtbaar.")
    assert "Net goedgekeurd" not in page(client, version)  # cached without it
    moderation.approve(waiting, by=mod)
    assert "Net goedgekeurd en meteen zichtbaar." in page(client, version)


@pytest.mark.parametrize(
    "change",
    [
        lambda r, mod: moderation.decline(r, by=mod, reason_code="spam"),
        lambda r, mod: moderation.withdraw(r, by=r.author),
    ],
)
def test_removing_a_published_reflection_renews_the_page(client, version, mod, change):
    reflection = approved(version=version, body="Deze reflectie verdwijnt straks.")
    assert "Deze reflectie verdwijnt straks." in page(client, version)
    change(reflection, mod)
    assert "Deze reflectie verdwijnt straks." not in page(client, version)


def test_a_published_change_renews_the_page_and_a_waiting_one_does_not_show(client, version, mod):
    reflection = approved(version=version, body="De tekst zoals hij nu gepubliceerd is.")
    assert "zoals hij nu gepubliceerd" in page(client, version)
    moderation.edit(
        reflection, by=reflection.author, body="De aangepaste tekst die wacht.", perspective="other"
    )
    assert "zoals hij nu gepubliceerd" in page(client, version)  # still online
    assert "aangepaste tekst" not in page(client, version)
    reflection.refresh_from_db()
    moderation.approve(reflection, by=mod, seen=reflection.revision_digest)
    html = page(client, version)
    assert "aangepaste tekst" in html and "zoals hij nu gepubliceerd" not in html


def test_hiding_after_reports_renews_the_page(client, version, settings):
    settings.REPORTS_TO_HIDE = 1
    reflection = approved(version=version, body="Een gemelde reflectie verdwijnt.")
    assert "Een gemelde reflectie verdwijnt." in page(client, version)
    moderation.report(reflection, by=UserFactory(), reason="Herleidbaar.")
    assert "Een gemelde reflectie verdwijnt." not in page(client, version)


def test_anonymity_change_renews_the_page(client, version):
    reflection = approved(version=version)
    assert reflection.author.display_name in page(client, version)
    moderation.change_presentation(
        reflection, by=reflection.author, is_anonymous=True, may_quote=False
    )
    assert reflection.author.display_name not in page(client, version)


def test_a_version_state_change_renews_the_page(client, version):
    assert "Schrijf een reflectie" in page(client, version)
    transitions.close_consultation(version, by=editor())
    html = page(client, version)
    assert "Schrijf een reflectie" not in html
    assert "Concept — consultatie gesloten" in html


def test_perspective_filters_are_cached_separately(client, version):
    approved(version=version, perspective="relative", body="Van een naaste, gefilterd.")
    assert "Van een naaste, gefilterd." in page(client, version, perspectief="relative")
    assert "Van een naaste, gefilterd." not in page(client, version, perspectief="lawyer")


def test_signed_in_visits_reuse_the_cached_body(client, version, django_assert_num_queries):
    reader = UserFactory()
    client.force_login(reader)
    page(client, version)
    # Only the session (kept in Redis in production): the person, frame, roles, own
    # reflections, the version and the body (paper and reflections) come from the cache.
    with django_assert_num_queries(1):
        html = page(client, version)
    assert "Uitloggen" in html  # the frame is still per person


def test_own_waiting_reflections_are_not_in_the_shared_page(client, version):
    author = UserFactory()
    ReflectionFactory(version=version, author=author, body="Alleen voor de auteur zichtbaar.")
    page(client, version)  # fill the cache as a visitor
    client.force_login(author)
    assert "Alleen voor de auteur zichtbaar." in page(client, version)
    client.force_login(UserFactory())
    assert "Alleen voor de auteur zichtbaar." not in page(client, version)


def test_a_section_edited_in_the_admin_renews_the_page(client, version):
    section = version.sections.first()
    assert section.title in page(client, version)
    section.title = "Een gecorrigeerde titel"
    section.save()
    assert "Een gecorrigeerde titel" in page(client, version)


def test_browsers_get_the_same_page_gzipped(client, version):
    import gzip

    approved(version=version, body="Een reflectie die ook gecomprimeerd aankomt.")
    token = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"')
    plain = client.get(version.get_absolute_url()).content.decode()
    for _ in range(2):  # a cache miss and a hit
        response = client.get(version.get_absolute_url(), HTTP_ACCEPT_ENCODING="gzip, br")
        assert response["Content-Encoding"] == "gzip"
        assert "Accept-Encoding" in response["Vary"]
        unpacked = gzip.decompress(response.content).decode()
        assert token.sub("", unpacked) == token.sub("", plain)


def test_junk_perspective_values_share_the_unfiltered_copy(
    client, version, django_assert_num_queries
):
    page(client, version)  # cached
    with django_assert_num_queries(0):  # every junk value is served from that one copy
        for n in range(50):
            assert (
                client.get(version.get_absolute_url(), {"perspectief": f"x{n}"}).status_code == 200
            )
