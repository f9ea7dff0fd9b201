"""What visitors may read of the reflections, wherever the site shows or serves them.

A reply lives under the reflection it answers: when that one is withdrawn or taken down,
the reply leaves every public place with it (the paper page, its own page, search, feeds,
the sitemap and the open data), not only the paper page.
"""

from io import StringIO

import pytest
from django.conf import settings
from django.core.management import call_command

from civcare.accounts.tests.factories import UserFactory, moderator
from civcare.core.tests.outbox import wait_in_outbox
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


def _take_down(parent, author, how: str) -> None:
    if how == "withdrawn":
        moderation.withdraw(parent, by=author)
    elif how == "hidden":
        for _ in range(3):  # REPORTS_TO_HIDE
            moderation.report(parent, by=UserFactory(), reason="Noemt iemand.")
    else:
        moderation.decline(parent, by=moderator(), reason_code="identifiable")
    parent.refresh_from_db()
    assert parent.status == how


@pytest.mark.parametrize("how", ["withdrawn", "hidden", "declined"])
def test_a_reflection_taken_down_takes_its_replies_out_of_every_public_place(client, thread, how):
    parent, reply, author = thread
    _take_down(parent, author, how)
    for place, url in PLACES.items():
        assert not shows_reply(client, url, reply), place
    assert client.get(reply.get_permalink()).status_code == 404
    assert list(Reflection.objects.published()) == []
    # Nor through the forms that show the text they act on.
    client.force_login(UserFactory())
    assert client.get(f"/reflecties/{reply.pk}/melden/").status_code == 404
    assert client.get(f"/reflecties/{parent.pk}/reageren/").status_code == 404
    listing = "/papers/SHPP003-05/v0.9/reflecties/"
    assert not shows_reply(client, listing, reply)


@pytest.mark.parametrize("how", ["hidden", "declined"])
def test_the_consultation_report_leaves_out_replies_of_a_reflection_taken_down(client, how):
    from tests import scenario

    built = scenario.build(reflections=6)
    version = built.superseded
    # The one on a question (the scenario's campaign on that version is on a section).
    parent = version.reflections.get(status=Reflection.Status.APPROVED, question__isnull=False)
    Reflection.objects.create(
        version=version, parent=parent, question=parent.question, author=UserFactory(),
        perspective="client", body=REPLY_TEXT, may_quote=True,
        status=Reflection.Status.APPROVED,
    )  # fmt: skip
    base = f"/papers/{version.paper.code}/v{version.number}/consultatieverslag"
    assert "kwetsbare zorglandschap" in client.get(f"{base}/").content.decode()
    Reflection.objects.filter(pk=parent.pk).update(status=how)
    from papers import caching

    caching.bump(version.pk)
    for url in (f"{base}/", f"{base}.md", f"{base}.csv"):
        assert "kwetsbare zorglandschap" not in client.get(url).content.decode(), url


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


def test_a_question_title_is_plain_text_wherever_markdown_is_not_rendered(client):
    from django.core import mail

    from civcare.accounts.tests.factories import editor
    from civcare.core import mail as outbox
    from governance import transitions

    call_command("load_papers", verbosity=0, stdout=StringIO())
    first = PaperVersion.objects.get(paper__code="SHPP003-01")
    question = first.questions.get(text__contains="*vastloopt*")
    author, mod, redacteur = UserFactory(), moderator(), editor()
    reflection, _ = moderation.submit(
        version=first, author=author, perspective="relative", question=question,
        body="Als naaste zag ik het pas achteraf gebeuren.",
    )  # fmt: skip
    client.force_login(mod)
    assert "*vastloopt*" not in client.get("/moderatie/").content.decode()  # the card
    moderation.approve(reflection, by=mod)
    wait_in_outbox(settings.MODERATION_UNDO_MINUTES)
    outbox.deliver()
    assert "vastloopt" in mail.outbox[-1].body and "*vastloopt*" not in mail.outbox[-1].body
    client.force_login(author)
    mine = client.get("/mijn/reflecties/").content.decode()
    assert "vastloopt" in mine and "*vastloopt*" not in mine
    transitions.close_consultation(first, by=redacteur)
    transitions.create_draft(first, by=redacteur)
    client.force_login(redacteur)
    headings = client.get("/redactie/SHPP003-01/v0.9/reflecties/").content.decode()
    assert "vastloopt" in headings and "*vastloopt*" not in headings
