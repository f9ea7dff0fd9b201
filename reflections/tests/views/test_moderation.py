"""The moderators' pages at volume: filters, the way back, resubmissions, notes."""

import json
import re
from html import escape
from urllib.parse import parse_qs, urlparse

import pytest
from django.conf import settings
from django.test import override_settings
from django.urls import reverse

from civcare.core import identifiability, textdiff
from civcare.core.tests.adversarial import diff_pairs
from papers.tests.factories import build_paper
from reflections import moderation
from reflections.models import ModeratorNote, Reflection
from reflections.tests.factories import ReflectionFactory, approved

pytestmark = pytest.mark.django_db


def test_from_a_filtered_page_a_decision_returns_there_at_the_next_item(client, version, mod):
    items = [
        ReflectionFactory(version=version, perspective="relative", body=f"Netwerk {n}, lang.")
        for n in range(3)
    ]
    client.force_login(mod)
    queue_url = f"{reverse('reflections:queue')}?perspectief=relative&volgorde=oudste"
    rows = client.get(queue_url).context["rows"]
    link = rows[0].detail_url
    back = parse_qs(urlparse(link).query)["terug"][0]
    assert back == f"{queue_url}#{items[1].anchor}"
    detail = client.get(link)
    assert f'value="{escape(back)}"' in detail.content.decode()  # every form carries the way back
    response = client.post(
        reverse("reflections:decide", args=[items[0].pk, "decline"]),
        {"reason_code": "spam", "next": back},
    )
    # The page opens at the message about the decision, shown just above the next card.
    assert response.url == f"{queue_url}#melding"
    page = client.get(response.url).content.decode()
    message = page.index('id="melding"')
    assert message < page.index(f'id="{items[1].anchor}"')
    assert "Niet geplaatst. De auteur krijgt de reden per e-mail." in page[message:]
    assert page.count("Niet geplaatst. De auteur krijgt de reden per e-mail.") == 1
    # A link to somewhere else is not followed.
    outside = client.post(
        reverse("reflections:decide", args=[items[1].pk, "approve"]),
        {"gezien": items[1].waiting_digest, "next": "//evil.example/moderatie/"},
    )
    assert outside.url == reverse("reflections:queue")


def test_publishing_from_the_card_returns_to_the_same_filtered_page(client, version, mod):
    first = ReflectionFactory(version=version)
    client.force_login(mod)
    url = f"{reverse('reflections:queue')}?pagina=2&q=reflectie"
    response = client.post(url, {"approve": f"{first.pk}:{first.waiting_digest}", "next": url})
    assert response.url == url


def test_version_reported_and_search_in_changes(client, mod, reader):
    one, two = build_paper(code="SHPP003-91"), build_paper(code="SHPP003-92")
    on_one = ReflectionFactory(version=one)
    ReflectionFactory(version=two)
    changed = approved(version=two, author=reader)
    moderation.edit(
        changed, by=reader, body="Nu ook over de wachtlijst, lang genoeg.", perspective="relative"
    )
    reported = approved(version=two, report_count=1)
    client.force_login(mod)
    url = reverse("reflections:queue")
    by_version = client.get(url, {"versie": one.pk}).context["reflections"]
    assert [r.pk for r in by_version] == [on_one.pk]
    searched = client.get(url, {"q": "wachtlijst"}).context["reflections"]
    assert [r.pk for r in searched] == [changed.pk]
    page = client.get(url, {"gemeld": "1"})
    assert [r.pk for r in page.context["reflections"]] == [reported.pk]
    html = page.content.decode()
    assert "Meldingen beoordelen" in html and "Alle 1" not in html  # no bulk publishing
    assert client.get(url, {"versie": "x' OR 1=1"}).context["filters"].version is None


def test_every_card_says_how_long_it_waits(client, version, mod):
    ReflectionFactory(version=version)
    client.force_login(mod)
    assert "Wacht sinds" in client.get(reverse("reflections:queue")).content.decode()


def test_publish_everything_on_this_page(client, version, mod, settings):
    settings.MODERATION_PAGE_SIZE = 2
    items = [ReflectionFactory(version=version) for _ in range(3)]
    client.force_login(mod)
    html = client.get(reverse("reflections:queue")).content.decode()
    assert "Alles op deze pagina publiceren" in html
    client.post(
        reverse("reflections:queue"),
        {"bulk_page": "1", "shown": [f"{r.pk}:{r.waiting_digest}" for r in items[:2]]},
    )
    statuses = [Reflection.objects.get(pk=r.pk).status for r in items]
    assert statuses == ["approved", "approved", "pending"]


def test_a_resubmission_shows_the_word_diff_and_the_earlier_request(client, version, reader, mod):
    reflection = ReflectionFactory(
        version=version, author=reader, body="Mijn broer Jan viel tussen wal en schip."
    )
    moderation.request_revision(reflection, by=mod, note="Laat de naam van uw broer weg.")
    moderation.edit(
        reflection, by=reader, body="Mijn broer viel tussen wal en schip.", perspective="relative"
    )
    client.force_login(mod)
    for url in (
        reverse("reflections:queue"),
        reverse("reflections:moderate", args=[reflection.pk]),
    ):
        html = client.get(url).content.decode()
        assert "Aangepast na verzoek" in html
        assert "[verwijderd: </span> Jan" in html
        assert "Laat de naam van uw broer weg." in html
    moderation.approve(reflection, by=mod)
    reflection.refresh_from_db()
    assert reflection.requested_body == ""  # the earlier text is not kept after the decision


def count_comparisons(monkeypatch) -> list:
    """Every comparison of two texts made from now on (civcare.core.textdiff.diff)."""
    made = []
    real = textdiff.diff
    monkeypatch.setattr(textdiff, "diff", lambda *a, **k: made.append(a) or real(*a, **k))
    return made


def test_the_queue_and_the_item_page_draw_the_stored_comparison_never_compare(
    client, version, reader, mod, monkeypatch
):
    """An edit of a published reflection is compared once, when the author sends it: a
    moderator opening the queue or the item (again and again) costs no comparison."""
    published = approved(version=version, author=reader, body="Mijn broer Jan viel tussen wal.")
    resubmitted = ReflectionFactory(version=version, author=reader, body="Een tekst met Piet.")
    moderation.request_revision(resubmitted, by=mod, note="Laat Piet weg.")
    made = count_comparisons(monkeypatch)
    moderation.edit(published, by=reader, body="Mijn broer viel tussen wal.", perspective="client")
    moderation.edit(resubmitted, by=reader, body="Een tekst zonder naam.", perspective="client")
    assert len(made) == 2
    client.force_login(mod)
    for url in (
        reverse("reflections:queue"),
        reverse("reflections:moderate", args=[published.pk]),
        reverse("reflections:moderate", args=[resubmitted.pk]),
    ):
        html = client.get(url).content.decode()
        assert "[verwijderd: </span> Jan" in html or "[verwijderd: </span> met Piet" in html
    assert len(made) == 2


@pytest.mark.parametrize(
    "pair", ["ordinary text against 'a ' repeated", "words against the same words shuffled"]
)
def test_a_change_too_large_to_compare_word_by_word_is_shown_beside_the_published_text(
    client, version, reader, mod, pair
):
    """The security review's pairs, as an edit of a published reflection: the comparison
    stops at its budget, and the moderator reads both texts side by side and decides."""
    old, new = diff_pairs(settings.REFLECTION_MAX_LENGTH)[pair]
    reflection = approved(version=version, author=reader, body=old)
    moderation.edit(reflection, by=reader, body=new, perspective="client")
    reflection.refresh_from_db()
    kept = reflection.change_diff
    assert kept["complete"] is False and kept["work"] <= textdiff.BUDGET + len(new)
    client.force_login(mod)
    html = client.get(reverse("reflections:moderate", args=[reflection.pk])).content.decode()
    assert "beide teksten staan naast elkaar" in html
    assert escape(old[:200]) in html and escape(new[:200]) in html
    assert "<ins>" not in html
    client.post(
        reverse("reflections:decide", args=[reflection.pk, "decline"]), {"reason_code": "spam"}
    )
    reflection.refresh_from_db()
    assert (reflection.body, reflection.has_pending_revision) == (old, False)


def test_the_1199_character_edit_of_the_review_is_shown_word_by_word(client, version, reader, mod):
    """ "a a a …" edited into "a. a. a. …" (8 s a view before): compared within the budget."""
    old, new = diff_pairs(1199)["'a a a' edited into 'a. a. a.'"]
    reflection = approved(version=version, author=reader, body=old)
    moderation.edit(reflection, by=reader, body=new, perspective="client")
    reflection.refresh_from_db()
    assert reflection.change_diff["complete"] and reflection.change_diff["work"] <= textdiff.BUDGET
    client.force_login(mod)
    html = client.get(reverse("reflections:moderate", args=[reflection.pk])).content.decode()
    assert "De wijziging, woord voor woord:" in html and "<ins>" in html


def test_notes_are_for_moderators_only(client, version, reader, mod):
    reflection = ReflectionFactory(version=version, author=reader)
    client.force_login(mod)
    url = reverse("reflections:note", args=[reflection.pk])
    too_long = client.post(url, {"body": "x" * 2001})
    assert too_long.status_code == 400
    assert "Een notitie is hoogstens 2000 tekens" in too_long.content.decode()
    assert "x" * 2001 in too_long.content.decode()  # nothing lost
    client.post(url, {"body": "Schrijft vaker over dezelfde instelling."})
    page = client.get(reverse("reflections:moderate", args=[reflection.pk])).content.decode()
    assert "Schrijft vaker over dezelfde instelling." in page
    assert ModeratorNote.objects.get().author == mod

    moderation.approve(reflection, by=mod)
    client.force_login(reader)
    assert client.post(url, {"body": "Ik ook."}).status_code == 403
    seen_by_author = [
        client.get(reverse("reflections:mine")).content.decode(),
        client.get(reverse("accounts:export")).content.decode(),
        client.get(reverse("reflections:detail", args=[reflection.pk])).content.decode(),
    ]
    assert not any("dezelfde instelling" in text for text in seen_by_author)
    export = json.loads(seen_by_author[1])
    assert "dezelfde instelling" not in json.dumps(export)


def test_the_detail_page_of_a_reported_item_returns_to_the_reports(client, mod):
    reflection = approved(version=build_paper(code="SHPP003-93"), report_count=1)
    client.force_login(mod)
    html = client.get(reverse("reflections:moderate", args=[reflection.pk])).content.decode()
    assert f'value="{reverse("reflections:reported")}"' in html
    assert settings.REPORTS_TO_HIDE == 3


# --- publishing without what may identify someone: see the result first --------------------

CARE_HOME = (
    "Mijn broer woont in Beschermd Wonen De Brug in Assen. Bel mij gerust op 06-12345678 als "
    "u wilt weten hoe zijn netwerk uit beeld raakte."
)


def _at(words: str, category: str) -> str:
    start = CARE_HOME.index(words)
    return f"{start}:{start + len(words)}:{category}"


def test_a_moderator_sees_the_redacted_text_before_it_is_published(client, version, mod):
    reflection = ReflectionFactory(version=version, body=CARE_HOME)
    client.force_login(mod)
    url = reverse("reflections:redact", args=[reflection.pk])
    choice = {
        "gezien": Reflection.digest(CARE_HOME),
        "weglaten": [_at("Assen", "plaats"), _at("06-12345678", "telefoon")],
        "woorden": "beschermd wonen de brug",
    }
    shown = client.post(url, choice)
    assert shown.status_code == 200
    page = shown.content.decode()
    assert "Zo wordt de reflectie gepubliceerd" in page
    expected = (
        "Mijn broer woont in [weggelaten] in [plaats]. Bel mij gerust op [telefoonnummer] als "
        "u wilt weten hoe zijn netwerk uit beeld raakte."
    )
    assert shown.context["result"].text == expected
    assert '<mark class="redaction">[weggelaten]</mark>' in page
    reflection.refresh_from_db()
    assert reflection.is_pending and reflection.body == CARE_HOME  # nothing published yet

    # "Keuze aanpassen" shows the form again as the moderator left it.
    back = client.post(url, {**choice, "aanpassen": "1"})
    form = back.content.decode()
    assert 'value="beschermd wonen de brug"' in form
    assert f'value="{_at("Assen", "plaats")}" checked' in form

    published = client.post(
        url, {**choice, "publiceren": "1", "resultaat": shown.context["result_digest"]}
    )
    assert published.status_code == 302
    reflection.refresh_from_db()
    assert reflection.is_approved and reflection.body == expected


def test_a_typed_phrase_that_is_not_in_the_text_is_shown_as_an_error_with_the_choice_kept(
    client, version, mod
):
    reflection = ReflectionFactory(version=version, body=CARE_HOME)
    client.force_login(mod)
    response = client.post(
        reverse("reflections:redact", args=[reflection.pk]),
        {
            "gezien": Reflection.digest(CARE_HOME),
            "weglaten": [_at("Assen", "plaats")],
            "woorden": "De Burg",
            "publiceren": "1",
            "resultaat": "whatever",
        },
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "Fout:" in page.split("</title>")[0]
    assert "&#x27;De Burg&#x27; staat niet in de tekst" in page
    assert 'value="De Burg"' in page and f'value="{_at("Assen", "plaats")}" checked' in page
    reflection.refresh_from_db()
    assert reflection.is_pending and reflection.body == CARE_HOME


# --- what a moderator publishes is what they were shown ----------------------------------------


def test_an_edit_after_the_moderator_opened_the_item_is_not_published_unread(
    client, version, reader, mod
):
    """Two steps: the moderator opens the item, the author changes the text, the moderator
    presses "Publiceren" on the page they read. Before, the approval carried only the id and
    the new, unread text went online."""
    reflection = ReflectionFactory(version=version, author=reader, body="Eerste versie, gelezen.")
    client.force_login(mod)
    page = client.get(reverse("reflections:moderate", args=[reflection.pk]))
    seen = reflection.waiting_digest
    assert f'name="gezien" value="{seen}"' in page.content.decode()
    moderation.edit(
        reflection, by=reader, body="Tweede versie, door niemand gelezen.", perspective="client"
    )
    response = client.post(
        reverse("reflections:decide", args=[reflection.pk, "approve"]), {"gezien": seen},
        follow=True,
    )  # fmt: skip
    assert "De auteur heeft de tekst intussen gewijzigd" in response.content.decode()
    reflection.refresh_from_db()
    assert reflection.is_pending and reflection.body == "Tweede versie, door niemand gelezen."
    # The same from the queue's card, and from the ticked cards.
    queue = reverse("reflections:queue")
    client.post(queue, {"approve": f"{reflection.pk}:{seen}"})
    ticked = client.post(
        queue, {"bulk_approve": "1", "selected": [f"{reflection.pk}:{seen}"]}, follow=True
    )
    assert "door de auteur gewijzigd nadat u de lijst zag" in ticked.content.decode()
    reflection.refresh_from_db()
    assert reflection.is_pending
    # What the moderator reads now can be published.
    client.post(queue, {"approve": f"{reflection.pk}:{reflection.waiting_digest}"})
    reflection.refresh_from_db()
    assert reflection.is_approved


def test_publishing_all_matching_takes_only_what_the_confirmation_counted(
    client, version, reader, mod
):
    earlier = [ReflectionFactory(version=version) for _ in range(3)]
    client.force_login(mod)
    url = reverse("reflections:approve_all")
    confirm = client.get(url)
    assert confirm.context["count"] == 3
    made = confirm.context["made"].isoformat()
    # After the page was made: a new reflection arrives, and an author changes one.
    later = ReflectionFactory(version=version)
    moderation.edit(
        earlier[0], by=earlier[0].author, body="Veranderd na de bevestiging.", perspective="client"
    )
    response = client.post(url, {"aantal": "3", "gemaakt": made}, follow=True)
    page = response.content.decode()
    assert "2 reflecties gepubliceerd." in page
    assert "1 niet gepubliceerd" in page
    statuses = {r.pk: Reflection.objects.get(pk=r.pk).status for r in [*earlier, later]}
    assert statuses == {
        earlier[0].pk: "pending", earlier[1].pk: "approved", earlier[2].pk: "approved",
        later.pk: "pending",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"aantal": "3"}, "Deze bevestiging is onvolledig"),
        ({"aantal": "²", "gemaakt": "2026-12-06T12:00:00+00:00"}, "onvolledig"),
        ({"aantal": "3", "gemaakt": "2026-12-06T12:00:00"}, "onvolledig"),
        ({"aantal": "3", "gemaakt": "2020-01-01T12:00:00+00:00"}, "Deze bevestiging is verlopen"),
    ],
)
def test_publishing_all_matching_needs_a_fresh_complete_confirmation(
    client, version, mod, data, message
):
    waiting = ReflectionFactory(version=version)
    client.force_login(mod)
    response = client.post(reverse("reflections:approve_all"), data, follow=True)
    assert message in response.content.decode()
    waiting.refresh_from_db()
    assert waiting.is_pending


def test_publishing_all_matching_asks_first_and_says_when_more_wait(client, version, mod):
    for _ in range(4):
        ReflectionFactory(version=version)
    client.force_login(mod)
    queue = client.get(reverse("reflections:queue")).content.decode()
    assert 'href="/moderatie/alle-publiceren/"' in queue  # a link to the question, no button
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("reflections.views.moderation.BULK_ALL_LIMIT", 3)
        page = client.get(reverse("reflections:approve_all")).content.decode()
    assert "3 reflecties in één keer publiceren?" in page
    assert "in één keer worden er hoogstens 3 gepubliceerd" in page
    assert Reflection.objects.filter(status="pending").count() == 4


# --- reported reflections decided from the list ---------------------------------------------


def test_reported_reflections_are_decided_from_the_list_and_it_returns_there(
    client, version, reader, other_reader, mod
):
    kept, removed, sent_back = (approved(version=version, author=reader) for _ in range(3))
    for reflection in (kept, removed, sent_back):
        moderation.report(reflection, by=other_reader, reason="Klopt dit wel?")
    own = approved(version=version, author=mod)
    moderation.report(own, by=other_reader, reason="Eigen tekst van de moderator.")
    client.force_login(mod)
    here = reverse("reflections:reported")
    page = client.get(here).content.decode()
    assert page.count("Laten staan en meldingen afhandelen") == 3
    assert page.count("Verwijderen met reden…") == 3 and page.count("Aanpassing vragen…") == 3
    assert "Dit is uw eigen reflectie" in page
    decide = lambda reflection, action: reverse("reflections:decide", args=[reflection.pk, action])  # noqa: E731
    assert client.post(decide(kept, "keep"), {"next": here}).url == here
    response = client.post(
        decide(removed, "decline"),
        {"next": here, "reason_code": "off_topic", "seen_status": "approved"},
    )
    assert response.url == here
    response = client.post(decide(sent_back, "revision"), {"next": here, "note": "Korter."})
    assert response.url == here
    statuses = [Reflection.objects.get(pk=r.pk).status for r in (kept, removed, sent_back)]
    assert statuses == ["approved", "declined", "revision"]
    remaining = client.get(here).context["reflections"]
    assert [r.pk for r in remaining] == [own.pk]


# --- The waiting text's check (#28) ---------------------------------------------------------

NAMING = "Mijn broer Kees Jansen woont sinds 3 februari in Woonzorgcentrum Het Baken in Zwolle."
UNAVAILABLE = "De herleidbaarheidscheck is op dit moment niet beschikbaar."


def test_a_waiting_text_the_check_cannot_finish_is_shown_unmarked(client, version, reader, mod):
    reflection = ReflectionFactory(version=version, author=reader, body=NAMING)
    client.force_login(mod)
    with override_settings(IDENTIFIABILITY_BUDGET_MS=0):
        response = client.get(reverse("reflections:moderate", args=[reflection.pk]))
    html = response.content.decode()
    assert response.status_code == 200 and UNAVAILABLE in html
    assert f'<p class="identifiability__text">{NAMING}</p>' in html  # the whole text, to read
    assert "<mark" not in html


def test_a_waiting_text_is_checked_once_for_every_opening(
    client, version, reader, mod, monkeypatch
):
    """Opened again (by this moderator or another) the findings come from the cache: deduce
    (counted by a wrapper around it) reads the text once."""
    detector = identifiability.load()
    runs, deidentify = [], detector.deidentify
    monkeypatch.setattr(detector, "deidentify", lambda text: runs.append(text) or deidentify(text))
    reflection = ReflectionFactory(version=version, author=reader, body=NAMING)
    client.force_login(mod)
    url = reverse("reflections:moderate", args=[reflection.pk])
    pages = [client.get(url).content.decode() for _ in range(3)]
    assert len(runs) == 1
    assert all('<mark class="finding finding--naam">Kees Jansen' in page for page in pages)


def test_a_finding_that_is_probably_wrong_is_shown_but_not_ticked(client, version, reader, mod):
    """The review (#28): "FACT" of "het FACT-team" was ticked as an institution."""
    body = "Het FACT-team kwam pas laat. Mijn broer Kees Jansen wachtte drie weken."
    reflection = ReflectionFactory(version=version, author=reader, body=body)
    client.force_login(mod)
    html = client.get(reverse("reflections:moderate", args=[reflection.pk])).content.decode()
    fact, kees = body.index("FACT"), body.index("Kees Jansen")
    assert f'value="{fact}:{fact + 4}:instelling">' in html  # shown, not ticked
    assert f'value="{kees}:{kees + 11}:naam" checked>' in html
    assert "(mogelijk de naam van een instelling, onzeker)" in html


def test_a_reported_reflections_page_has_each_id_once(client, version, reader, other_reader, mod):
    reflection = approved(version=version, author=reader)
    moderation.report(reflection, by=other_reader, reason="Klopt dit wel?")
    client.force_login(mod)
    page = client.get(reverse("reflections:moderate", args=[reflection.pk])).content.decode()
    assert "Laten staan en meldingen afhandelen" in page and 'id="aanpassing"' in page
    ids = re.findall(r'\bid="([^"]+)"', page)
    assert sorted({i for i in ids if ids.count(i) > 1}) == []


@pytest.mark.parametrize("value", ["²", "1" * 4301])
def test_a_number_that_is_none_is_refused_not_a_500(client, version, mod, value):
    # str.isdigit() let "²" through to int(): a 500 on the queue's filter and its actions.
    waiting = ReflectionFactory(version=version, body="Wacht op een moderator, lang genoeg.")
    client.force_login(mod)
    queue = client.get(reverse("reflections:queue"), {"versie": value})
    assert queue.status_code == 200 and waiting.body in queue.content.decode()  # no filter
    assert client.get(reverse("reflections:queue"), {"pagina": value}).status_code == 404
    assert client.post(reverse("reflections:queue"), {"approve": value}).status_code == 404
    client.post(reverse("reflections:queue"), {"bulk_approve": "1", "selected": [value]})
    redacted = client.post(
        reverse("reflections:redact", args=[waiting.pk]), {"weglaten": f"{value}:3:naam"}
    )
    assert redacted.status_code in (200, 400)  # the choice shown again, nothing left out
    waiting.refresh_from_db()
    assert waiting.status == Reflection.Status.PENDING


def test_publishing_from_a_card_lands_at_the_next_card_with_the_message_there(client, version, mod):
    first, second, third = (ReflectionFactory(version=version) for _ in range(3))
    client.force_login(mod)
    queue = reverse("reflections:queue")
    page = client.get(queue).content.decode()
    assert f'name="na-{first.pk}" value="{second.anchor}"' in page  # each card names the next
    response = client.post(
        queue,
        {
            "approve": f"{first.pk}:{first.waiting_digest}",
            f"na-{first.pk}": second.anchor,
            "next": queue,
        },
    )
    assert response.url == f"{queue}#melding"
    page = client.get(response.url).content.decode()
    assert page.index('id="melding"') < page.index(f'id="{second.anchor}"')
    # Something that is not a card's anchor is not followed.
    response = client.post(
        queue,
        {
            "approve": f"{second.pk}:{second.waiting_digest}",
            f"na-{second.pk}": "x#y",
            "next": queue,
        },
    )
    assert response.url == queue
    assert third.is_pending
