"""Every public page is served whole from the cache to visitors who are not signed in, and
an approval, a hide, a name change and a version change show on the next request of each.

The proof is the same for every page: after a change, the page the cache serves must be
byte for byte the page rendered afresh (cache emptied). And the pairs where the change is
visible are checked to have changed, so the comparison is never between two old pages.
"""

import gzip
import re

import pytest
from django.core.cache import cache
from django.core.management import call_command

from civcare.accounts import services
from civcare.accounts.tests.factories import UserFactory, editor, moderator
from civcare.core.generations import recent_pages
from governance import transitions
from papers.models import PaperVersion
from reflections import moderation
from reflections.models import Reflection
from reflections.tests.factories import approved
from tests import scenario

pytestmark = pytest.mark.django_db


@pytest.fixture
def site():
    """SHPP003-05 v0.9 open with a named author's reflection; SHPP003-01 taken to v1.0 with
    that author's reflection in its consultation (for history, diff and report)."""
    call_command("load_papers", verbosity=0)
    author = UserFactory(display_name="Anna Eerstestem")
    first = PaperVersion.objects.get(paper__code="SHPP003-01")
    earlier = approved(version=first, author=author, perspective="lawyer", may_quote=True,
                       body="De rechter ontbreekt in het verhaal over herstel.")  # fmt: skip
    scenario.adopt_next_version(
        first, editor=editor(), second_editor=editor(),
        amended=("neemt de bereidheid tot bewegen af.", ", ook bij de rechter"),
        prompted_by=earlier,
    )  # fmt: skip
    open_version = PaperVersion.objects.get(paper__code="SHPP003-05")
    body = "Het netwerk van de cliënt kwam te laat in beeld bij herstel."
    reflection = approved(version=open_version, author=author, may_quote=True, body=body)
    return {"open": open_version, "reflection": reflection, "author": author}


def pages(site) -> dict[str, str]:
    pk = site["reflection"].pk
    return {
        "home": "/",
        "paper list": "/papers/",
        "paper": "/papers/SHPP003-05/v0.9/",
        "paper, current": "/papers/SHPP003-05/",
        "paper, perspective": "/papers/SHPP003-05/v0.9/?perspectief=relative",
        "reflection": f"/reflecties/{pk}/",
        "reflections of the paper": "/papers/SHPP003-05/v0.9/reflecties/",
        "history": "/papers/SHPP003-05/geschiedenis/",
        "history, adopted": "/papers/SHPP003-01/geschiedenis/",
        "diff": "/papers/SHPP003-01/diff/0.9/1.0/",
        "consultation report": "/papers/SHPP003-01/v0.9/consultatieverslag/",
        "analysis": "/papers/SHPP003-01/v0.9/analyse/",
        "reflections feed": "/papers/SHPP003-05/v0.9/feed/",
        "paper feed": "/papers/SHPP003-05/feed/",
        "series feed": "/papers/feed/",
        "sitemap index": "/sitemap.xml",
        "sitemap of reflections": "/sitemap-reflections.xml",
        "open data CSV": "/papers/SHPP003-05/v0.9/reflecties.csv",
        "open data JSON": "/papers/SHPP003-05/v0.9/reflecties.json",
        "search": "/zoeken/?q=herstel",
    }


# The moment a copy was made: the open data's "generated_at", and an empty feed's own
# <updated> (Django gives it the current time); everything else must be equal.
MOMENT = re.compile(rb'"generated_at": "[^"]+"|</id><updated>[^<]+</updated><subtitle>')


def fetch(client, url: str) -> tuple[int, bytes]:
    response = client.get(url)
    return response.status_code, MOMENT.sub(b"", response.content)


def fresh(client, url: str) -> tuple[int, bytes]:
    cache.clear()
    recent_pages.clear()
    return fetch(client, url)


def approve_new(site):
    mod = moderator()
    for body, extra in (
        ("Een nieuwe stem over de wachtlijst en herstel.", {}),
        ("Een reactie die het netwerk bevestigt.", {"parent": site["reflection"]}),
    ):
        waiting, _ = moderation.submit(
            version=site["open"], author=UserFactory(),
            perspective="client", body=body, **extra,
        )  # fmt: skip
        moderation.approve(waiting, by=mod)


def hide(site, settings):
    settings.REPORTS_TO_HIDE = 1
    moderation.report(site["reflection"], by=UserFactory(), reason="Herleidbaar.")
    assert Reflection.objects.get(pk=site["reflection"].pk).status == "hidden"


def rename(site, settings):
    author = site["author"]
    author.display_name = "Anna Pseudoniem"
    author.save()


def close(site, settings):
    transitions.close_consultation(site["open"], by=editor())


def make_anonymous(site, settings):
    moderation.change_presentation(
        site["reflection"], by=site["author"], is_anonymous=True, may_quote=False
    )


CHANGES = {
    "approval": (lambda site, settings: approve_new(site)),
    "hide": hide,
    "name change": rename,
    "presentation change": make_anonymous,
    "version change": close,
}
# Where each change must be visible (elsewhere it may or may not be: the page must then
# still equal a fresh render).
VISIBLE = {
    "approval": {"paper", "paper, current", "reflection", "reflections of the paper",
                 "reflections feed", "sitemap of reflections", "search"},
    "hide": {"paper", "reflection", "reflections of the paper", "reflections feed",
             "open data CSV", "search"},
    "name change": {"paper", "reflection", "reflections feed", "consultation report",
                    "open data JSON", "search"},
    "presentation change": {"paper", "reflection", "reflections feed", "open data JSON",
                            "open data CSV", "search"},
    "version change": {"home", "paper list", "paper", "history", "paper feed", "series feed"},
}  # fmt: skip


# Where a change may show only with the next change of the site: the sitemaps' <lastmod> of
# a reflection shown differently (renewing every page of the site for it is what a stream of
# such changes must not do; search engines lose nothing by it).
LAGGING = {"presentation change": {"sitemap index", "sitemap of reflections"}}


@pytest.mark.parametrize("change", list(CHANGES))
def test_the_next_request_of_every_page_shows_the_change(client, site, settings, change):
    urls = pages(site)
    before = {name: fetch(client, url) for name, url in urls.items()}
    for name, (status, _) in before.items():
        assert status == 200, name
    assert {name: fetch(client, url) for name, url in urls.items()} == before  # now cached
    CHANGES[change](site, settings)
    served = {name: fetch(client, url) for name, url in urls.items()}
    for name, url in urls.items():
        if name not in LAGGING.get(change, ()):
            assert served[name] == fresh(client, url), f"{name} is stale after {change}"
    unchanged = sorted(name for name in VISIBLE[change] if served[name] == before[name])
    assert not unchanged, f"{change} did not show on {unchanged}"


# What a change of how an author is shown leaves cached: the pages of the whole site that
# name no author, and (a reflection on SHPP003-05 made anonymous) the other paper's pages.
SITE_WITHOUT_NAMES = {"home", "paper list", "sitemap index", "sitemap of reflections",
                      "series feed"}  # fmt: skip
OTHER_PAPER = {"history, adopted", "diff", "consultation report", "analysis"}


@pytest.mark.parametrize(
    ("change", "untouched"),
    [
        ("name change", SITE_WITHOUT_NAMES),
        ("presentation change", SITE_WITHOUT_NAMES | OTHER_PAPER),
    ],
)
def test_showing_an_author_differently_renews_no_page_that_does_not_show_it(
    client, site, settings, change, untouched, django_assert_num_queries
):
    # Anyone with an account can change this at will (within a limit): each change renewed
    # every page of the site, the home page and the sitemaps included.
    urls = pages(site)
    for url in urls.values():
        fetch(client, url)
    CHANGES[change](site, settings)
    with django_assert_num_queries(0):
        for name in sorted(untouched):
            assert client.get(urls[name]).status_code == 200


def test_pages_are_answered_without_the_database_once_cached(
    client, site, django_assert_num_queries
):
    urls = pages(site)
    for url in urls.values():
        fetch(client, url)
    with django_assert_num_queries(0):
        for url in urls.values():
            assert client.get(url).status_code == 200


def test_a_signed_in_reader_never_gets_the_anonymous_copy(client, site):
    url = pages(site)["reflection"]
    fetch(client, url)  # cached for visitors
    client.force_login(UserFactory(display_name="Carla Lezer"))
    assert "Uitloggen" in client.get(url).content.decode()  # her own frame, not the copy


def test_gzip_is_stored_once_and_unpacks_to_the_plain_page(client, site):
    url = pages(site)["reflection"]
    plain = client.get(url).content
    for _ in range(2):  # stored, then served
        response = client.get(url, HTTP_ACCEPT_ENCODING="gzip")
        assert response["Content-Encoding"] == "gzip"
        assert "Accept-Encoding" in response["Vary"]
        assert gzip.decompress(response.content) == plain
        if response.has_header("Content-Length"):
            assert int(response["Content-Length"]) == len(response.content)


def test_unknown_parameters_share_one_copy(client, site, django_assert_num_queries):
    url = pages(site)["reflections of the paper"]
    fetch(client, url)
    with django_assert_num_queries(0):
        for n in range(20):
            assert client.get(url, {f"junk{n}": "x", "perspectief": f"nee{n}"}).status_code == 200


def test_search_queries_that_read_the_same_share_one_copy(client, site, django_assert_num_queries):
    fetch(client, "/zoeken/?q=herstel+netwerk")
    with django_assert_num_queries(0):
        client.get("/zoeken/", {"q": "  herstel   netwerk "})
    assert b"herstel" in client.get("/zoeken/?q=herstel").content  # another query: its own


def test_an_erased_account_leaves_no_cached_page_with_its_name(
    client, site, django_capture_on_commit_callbacks
):
    url = pages(site)["reflection"]
    assert b"Anna Eerstestem" in client.get(url).content
    stored = cache._cache.values
    assert any(b"Anna Eerstestem" in value for value in stored())
    with django_capture_on_commit_callbacks(execute=True):
        services.delete_account(site["author"], keep_reflections=True)
    assert b"Anna Eerstestem" not in client.get(url).content
    assert not any(b"Anna Eerstestem" in value for value in stored())
