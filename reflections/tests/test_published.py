"""What visitors may read of the reflections, wherever the site shows or serves them.

A reply lives under the reflection it answers: when that one is withdrawn or taken down,
the reply leaves every public place with it (the paper page, its own page, search, feeds,
the sitemap and the open data), not only the paper page.
"""

from io import StringIO

import pytest
from django.core.management import call_command

from civcare.accounts.tests.factories import UserFactory, moderator
from papers.models import PaperVersion
from reflections import moderation
from reflections.models import Reflection

pytestmark = pytest.mark.django_db

REPLY_TEXT = "Een antwoord over het kwetsbare zorglandschap van de buurt."


@pytest.fixture
def thread():
    call_command("load_papers", verbosity=0, stdout=StringIO())
    fifth = PaperVersion.objects.get(paper__code="SHPP003-05")
    mod, author = moderator(), UserFactory()
    parent, _ = moderation.submit(
        version=fifth, author=author, perspective="client", body="De oorspronkelijke reflectie."
    )
    parent = moderation.approve(parent, by=mod)
    reply, _ = moderation.submit(
        version=fifth, author=UserFactory(), perspective="relative", body=REPLY_TEXT,
        parent=parent, may_quote=True,
    )  # fmt: skip
    moderation.approve(reply, by=mod)
    return parent, reply, author


PLACES = {
    "paper page": "/papers/SHPP003-05/",
    "search": "/zoeken/?q=zorglandschap",
    "version feed": "/papers/SHPP003-05/v0.9/feed/",
    "open data": "/papers/SHPP003-05/v0.9/reflecties.csv",
    "sitemap": "/sitemap-reflections.xml",
}


def shows_reply(client, url: str, reply: Reflection) -> bool:
    text = client.get(url).content.decode()
    return "antwoord over het kwetsbare" in text or f"/reflecties/{reply.pk}/" in text


def test_a_published_reply_is_everywhere_a_visitor_looks(client, thread):
    _parent, reply, _author = thread
    for place, url in PLACES.items():
        assert shows_reply(client, url, reply), place
    assert client.get(reply.get_permalink()).status_code == 200


def test_a_withdrawn_reflection_takes_its_replies_out_of_every_public_place(client, thread):
    parent, reply, author = thread
    moderation.withdraw(parent, by=author)
    for place, url in PLACES.items():
        assert not shows_reply(client, url, reply), place
    assert client.get(reply.get_permalink()).status_code == 404
    assert list(Reflection.objects.published()) == []


def test_an_unnumbered_question_is_named_in_plain_text_wherever_it_is_shown(client):
    call_command("load_papers", verbosity=0, stdout=StringIO())
    first = PaperVersion.objects.get(paper__code="SHPP003-01")
    question = first.questions.get(text__startswith="Wanneer vindt u dat een zorgrelatie")
    reflection, _ = moderation.submit(
        version=first, author=UserFactory(), perspective="relative", question=question,
        body="Als naaste zag ik het pas achteraf.", may_quote=True,
    )  # fmt: skip
    reflection = moderation.approve(reflection, by=moderator())
    plain = "Wanneer vindt u dat een zorgrelatie vastloopt? En wie mag dat vaststellen?"
    page = client.get(reflection.get_permalink()).content.decode()
    assert plain in page and "*vastloopt*" not in page
    assert plain in client.get("/papers/SHPP003-01/v0.9/reflecties.csv").content.decode()
    feed = client.get("/papers/SHPP003-01/v0.9/feed/").content.decode()
    assert "Naaste, over de vraag ‘Wanneer vindt u dat een zorgrelatie vastloopt? En wie…’" in (
        feed
    )
