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


def test_the_warning_comes_first_with_the_choices_under_it_and_the_text_once(
    client, version, reader
):
    """On a phone the warning began 1,362 px down, below the guidelines, the next Plaatsen
    button 4,413 px down, and the text was shown twice besides its field (#29)."""
    client.force_login(reader)
    html = client.post(compose(version), data(NAMING, submit="1")).content.decode()
    main = html[html.index("<main") :]
    order = [
        main.index("<h1>"),
        main.index("Voordat u plaatst"),
        main.index("Mogelijk een naam: <q>Kees Jansen</q>"),
        main.index(">Aanpassen</a>"),
        main.index('<button type="submit" form="schrijven" name="submit" value="1"'),
        main.index("Uw tekst, met wat mogelijk herkenbaar is gemarkeerd"),
        main.index("Voordat u schrijft"),  # the guidelines
        main.index('<form method="post" class="form" id="schrijven"'),
    ]
    assert order == sorted(order)
    assert '<a class="button button--secondary" href="#id_body">Aanpassen</a>' in main
    # The text once, marked, and in its field to change it.
    assert main.count("Niemand vroeg ons als familie wat er nodig was") == 2
    assert re.search(r'<textarea name="body"[^>]*>\s*Mijn broer Kees Jansen', main)


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


# --- When the check cannot run (#28): the page says so and the text stays ----------------

UNAVAILABLE = "De controle op herkenbare gegevens is op dit moment niet beschikbaar"
NAMES = "Jan " * 1200  # the security review's run of names: minutes, then a RecursionError


def test_a_preview_of_a_run_of_1200_names_answers_with_the_text_kept(client, version, reader):
    client.force_login(reader)
    response = client.post(compose(version), data(NAMES, preview="1"))
    html = response.content.decode()
    assert response.status_code == 200
    assert NAMES.strip() in html  # in the form, to go on writing
    assert "Is iemand hierin herkenbaar?" in html or UNAVAILABLE in html


def test_a_preview_the_check_cannot_finish_says_so_and_keeps_the_text(
    client, version, reader, settings
):
    settings.IDENTIFIABILITY_BUDGET_MS = 0
    client.force_login(reader)
    response = client.post(compose(version), data(NAMING, preview="1"))
    html = response.content.decode()
    assert response.status_code == 200 and UNAVAILABLE in html
    assert f"{NAMING}</textarea>" in html
    assert not Reflection.objects.exists()


def test_a_post_the_check_cannot_finish_is_posted_and_says_so(client, version, reader, settings):
    """The text is not lost: it waits for a moderator, who reads it unchecked ("niet
    gecontroleerd" in the queue), and the author is told."""
    settings.IDENTIFIABILITY_BUDGET_MS = 0
    client.force_login(reader)
    response = client.post(compose(version), data(NAMING, submit="1"), follow=True)
    assert response.status_code == 200 and UNAVAILABLE in response.content.decode()
    reflection = Reflection.objects.get()
    assert reflection.body == NAMING and reflection.findings is None


def test_a_change_the_check_cannot_finish_says_so_and_keeps_the_text(
    client, version, reader, mod, settings
):
    own, _created = moderation.submit(
        version=version, author=reader, perspective="client", body=WITHOUT
    )
    moderation.approve(own, by=mod)
    settings.IDENTIFIABILITY_BUDGET_MS = 0
    client.force_login(reader)
    url = reverse("reflections:edit", args=[own.pk])
    preview = client.post(url, {"perspective": "client", "body": NAMING, "preview": "1"})
    assert preview.status_code == 200 and UNAVAILABLE in preview.content.decode()
    assert f"{NAMING}</textarea>" in preview.content.decode()
    posted = client.post(url, {"perspective": "client", "body": NAMING, "submit": "1"}, follow=True)
    assert UNAVAILABLE in posted.content.decode()
    own.refresh_from_db()
    assert own.revision_body == NAMING and own.findings is None


TOO_MANY = "U heeft het afgelopen uur al 2 keer een voorbeeld bekeken; meer kan even niet."


def test_previews_are_limited_per_hour_and_the_text_stays(client, version, reader, settings):
    settings.REFLECTION_CHECKS_PER_HOUR = 2
    client.force_login(reader)
    for n in range(2):
        html = client.post(compose(version), data(f"{NAMING} ({n})", preview="1")).content
        assert "Is iemand hierin herkenbaar?" in html.decode() and TOO_MANY not in html.decode()
    refused = client.post(compose(version), data(NAMING, preview="1"))
    html = refused.content.decode()
    assert refused.status_code == 200 and TOO_MANY in html
    assert "Is iemand hierin herkenbaar?" not in html  # not checked
    assert f"{NAMING}</textarea>" in html


def test_past_the_limit_of_checks_a_post_goes_ahead_unwarned(client, version, reader, settings):
    """Posting is limited by itself (REFLECTIONS_PER_HOUR); the moderators' queue still gets
    what the check finds."""
    settings.REFLECTION_CHECKS_PER_HOUR = 1
    client.force_login(reader)
    client.post(compose(version), data(WITHOUT, preview="1"))
    posted = client.post(compose(version), data(NAMING, submit="1"))
    assert posted.status_code == 302
    assert Reflection.objects.get().findings["naam"] == 1


def test_what_is_probably_not_personal_data_is_not_shown_to_the_author(client, version, reader):
    """ "Het FACT-team" and "een vader" name nobody: no warning, the text is posted at once,
    and the queue counts nothing."""
    body = "Het FACT-team kwam pas laat. Een vader die belt, wordt te vaak lastig gevonden."
    client.force_login(reader)
    preview = client.post(compose(version), data(body, preview="1")).content.decode()
    assert "Is iemand hierin herkenbaar?" not in preview and "<mark" not in preview
    assert client.post(compose(version), data(body, submit="1")).status_code == 302
    assert Reflection.objects.get().findings == {}
