"""The herleidbaarheidscheck where a text is written (reflections.writing): the author sees
what may identify someone, and why, before anything is posted, and decides."""

import re

import pytest
from django.urls import reverse

from reflections import moderation
from reflections.models import Reflection
from reflections.tests.factories import approved

pytestmark = pytest.mark.django_db

NAMING = (
    "Mijn broer Kees Jansen woont sinds 3 februari in Woonzorgcentrum Het Baken. Niemand "
    "vroeg ons als familie wat er nodig was toen het netwerk werd weggezet."
)
WITHOUT = (
    "Mijn broer woont sinds vorig voorjaar in een woonvoorziening. Niemand vroeg ons als "
    "familie wat er nodig was toen het netwerk werd weggezet."
)


def compose(version) -> str:
    return reverse("reflections:compose", args=[version.paper.code, version.number])


def data(body, **extra):
    return {"target": "paper", "perspective": "relative", "body": body, "is_anonymous": "naam",
            **extra}  # fmt: skip


def seen_value(html: str) -> str:
    return re.search(r'name="gezien" value="([0-9a-f]+)"', html).group(1)


def test_the_preview_marks_what_may_identify_someone_and_says_why(client, version, reader):
    client.force_login(reader)
    html = client.post(compose(version), data(NAMING, preview="1")).content.decode()
    assert "Is iemand hierin herkenbaar?" in html
    assert "Mogelijk een naam: <q>Kees Jansen</q>" in html
    assert "Een datum: <q>3 februari</q>" in html
    assert "Mogelijk de naam van een instelling: <q>Woonzorgcentrum Het Baken</q>" in html
    # Marked in the text, and named in words: not by colour alone.
    assert (
        '<mark class="finding finding--naam">Kees Jansen<span class="finding__label"> '
        "(mogelijk een naam)</span></mark>" in html
    )
    assert "Schrijf bijvoorbeeld ‘mijn broer’ in plaats van zijn naam" in html
    assert not Reflection.objects.exists()


def test_posting_such_a_text_first_shows_the_warning_then_posts_it_as_it_is(
    client, version, reader
):
    client.force_login(reader)
    first = client.post(compose(version), data(NAMING, submit="1"))
    html = first.content.decode()
    assert first.status_code == 200 and "Voordat u plaatst" in html
    assert not Reflection.objects.exists()  # a warning, nothing posted yet
    posted = client.post(compose(version), data(NAMING, submit="1", gezien=seen_value(html)))
    assert posted.status_code == 302
    reflection = Reflection.objects.get()
    assert reflection.body == NAMING
    # The moderators see what kinds were found, never the words.
    assert reflection.findings == {"naam": 1, "instelling": 1, "datum": 1}


def test_a_changed_text_is_checked_again(client, version, reader):
    client.force_login(reader)
    html = client.post(compose(version), data(NAMING, submit="1")).content.decode()
    changed = NAMING.replace("Kees Jansen", "Kees Jansen uit Zwolle")
    again = client.post(compose(version), data(changed, submit="1", gezien=seen_value(html)))
    assert again.status_code == 200 and "Mogelijk een plaats of adres: <q>Zwolle</q>" in (
        again.content.decode()
    )


def test_a_text_without_findings_is_posted_at_once(client, version, reader):
    client.force_login(reader)
    response = client.post(compose(version), data(WITHOUT, submit="1"))
    assert response.status_code == 302
    assert Reflection.objects.get().findings == {}


def test_a_post_runs_the_check_once(client, version, reader, monkeypatch):
    """The warning and the stored categories come from one run of the check (it takes tens
    of milliseconds on a long text)."""
    from civcare.core import identifiability

    runs = []
    find = identifiability.find
    monkeypatch.setattr(identifiability, "find", lambda text: runs.append(text) or find(text))
    client.force_login(reader)
    client.post(compose(version), data(WITHOUT, submit="1"))
    assert len(runs) == 1
    assert Reflection.objects.get(author=reader).findings == {}


def test_replies_and_changes_are_checked_too(client, version, reader, mod):
    parent = approved(version=version)
    client.force_login(reader)
    reply = client.post(reverse("reflections:reply", args=[parent.pk]),
                        {"perspective": "relative", "body": NAMING, "is_anonymous": "naam",
                         "submit": "1"})  # fmt: skip
    assert "Voordat u plaatst" in reply.content.decode()
    own, _created = moderation.submit(
        version=version, author=reader, perspective="client", body=WITHOUT
    )
    moderation.approve(own, by=mod)
    edit = client.post(reverse("reflections:edit", args=[own.pk]),
                       {"perspective": "client", "body": NAMING, "submit": "1"})  # fmt: skip
    html = edit.content.decode()
    assert "Voordat u plaatst" in html
    client.post(reverse("reflections:edit", args=[own.pk]), {
        "perspective": "client", "body": NAMING, "submit": "1", "gezien": seen_value(html),
    })  # fmt: skip
    own.refresh_from_db()
    assert own.revision_body == NAMING and own.findings["naam"] == 1
