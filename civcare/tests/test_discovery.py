"""robots.txt, sitemap.xml and the tags that make a shared link show its title and status."""

import re
import xml.etree.ElementTree as ET
from io import StringIO

import pytest
from django.conf import settings
from django.core.management import call_command

from civcare.accounts.tests.factories import UserFactory, moderator
from papers.models import PaperVersion
from reflections import moderation

pytestmark = pytest.mark.django_db
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture
def fifth():
    call_command("load_papers", verbosity=0, stdout=StringIO())
    return PaperVersion.objects.get(paper__code="SHPP003-05")


def test_robots_keeps_crawlers_out_of_accounts_moderation_and_forms(client):
    text = client.get("/robots.txt").content.decode()
    for path in ["/moderatie/", "/redactie/", "/mijn/", "/accounts/", "/beheer/"]:
        assert f"Disallow: {path}\n" in text
    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert "Disallow: /papers/\n" not in text


def test_the_sitemap_lists_public_pages_only(client, fifth):
    published, _ = moderation.submit(
        version=fifth,
        author=UserFactory(),
        perspective="client",
        body="Een gepubliceerde reflectie.",
    )
    published = moderation.approve(published, by=moderator())
    waiting, _ = moderation.submit(
        version=fifth, author=UserFactory(), perspective="client", body="Een wachtende reflectie."
    )
    index = ET.fromstring(client.get("/sitemap.xml").content)
    parts = [loc.text.removeprefix("http://testserver") for loc in index.iter(f"{SITEMAP}loc")]
    assert parts == ["/sitemap-pages.xml", "/sitemap-papers.xml", "/sitemap-reflections.xml"]
    locations = {
        loc.text
        for part in parts
        for loc in ET.fromstring(client.get(part).content).iter(f"{SITEMAP}loc")
    }
    assert "http://testserver/papers/SHPP003-05/v0.9/" in locations
    assert "http://testserver/papers/SHPP003-01/v0.9/" in locations
    assert f"http://testserver/reflecties/{published.pk}/" in locations
    assert f"http://testserver/reflecties/{waiting.pk}/" not in locations
    assert not any("/moderatie/" in loc or "/mijn/" in loc for loc in locations)


def test_a_shared_paper_link_shows_title_and_status(client, fifth):
    html = client.get("/papers/SHPP003-05/").content.decode()
    tags = dict(re.findall(r'<meta property="(og:[a-z_]+)" content="([^"]*)"', html))
    assert tags["og:title"] == "SHPP003-05 v0.9 – Herstel van het sociaal netwerk"
    assert "Concept — open voor publieke reflectie" in tags["og:description"]
    # The current version's own address, whatever address it was reached by, without the
    # query string (a ?utm=… must not end up in the cached page every visitor gets).
    canonical = settings.SITE_URL + "/papers/SHPP003-05/v0.9/"
    assert tags["og:url"] == canonical
    assert f'<link rel="canonical" href="{canonical}">' in html
    other = client.get("/papers/SHPP003-05/v0.9/?utm=iets-anders").content.decode()
    assert f'<meta property="og:url" content="{canonical}">' in other
    assert "iets-anders" not in other
    assert tags["og:type"] == "article"
    description = re.search(r'<meta name="description" content="([^"]*)"', html).group(1)
    assert "Van uitsluiting naar draagkracht" in description


def test_every_page_has_a_description(client, fifth):
    for url in ["/", "/papers/", "/zoeken/", "/privacy/"]:
        html = client.get(url).content.decode()
        assert re.search(r'<meta name="description" content="[^"]{40,}"', html), url
        assert '<meta property="og:title"' in html, url


def test_the_sitemap_index_lists_every_page_of_a_long_sitemap(client, fifth, monkeypatch):
    from public.sitemaps import Reflections

    mod = moderator()
    for number in range(3):
        reflection, _ = moderation.submit(
            version=fifth, author=UserFactory(), perspective="client",
            body=f"Gepubliceerde reflectie nummer {number}.",
        )  # fmt: skip
        moderation.approve(reflection, by=mod)
    monkeypatch.setattr(Reflections, "limit", 2)  # 5,000 in production
    index = ET.fromstring(client.get("/sitemap.xml").content)
    parts = [loc.text for loc in index.iter(f"{SITEMAP}loc")]
    assert "http://testserver/sitemap-reflections.xml?p=2" in parts
    second = ET.fromstring(client.get("/sitemap-reflections.xml", {"p": 2}).content)
    assert len(list(second.iter(f"{SITEMAP}loc"))) == 1
