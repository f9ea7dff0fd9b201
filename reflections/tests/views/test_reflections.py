"""Posting, visibility and moderation through the real pages."""

import datetime
import re

import pytest
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from civcare.accounts.tests.factories import UserFactory
from reflections import moderation
from reflections.models import Reflection
from reflections.tests.factories import ReflectionFactory, approved

pytestmark = pytest.mark.django_db
Status = Reflection.Status
BODY = "Als naaste zie ik dat het netwerk uit beeld verdwijnt zodra zorg vastloopt."


def compose_url(version, **query):
    url = reverse("reflections:compose", args=[version.paper.code, version.number])
    if query:
        url += "?" + "&".join(f"{k}={v}" for k, v in query.items())
    return url


def form_data(**overrides):
    data = {
        "target": "paper",
        "perspective": "relative",
        "body": BODY,
        "is_anonymous": "naam",
        "submit": "1",
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def test_reader_posts_on_one_question(client, version, reader):
    question = version.questions.filter(group__isnull=False).first()
    client.force_login(reader)
    page = client.get(compose_url(version, vraag=question.anchor))
    html = page.content.decode()
    assert f'value="question:{question.pk}" selected' in html
    assert "Elke reflectie wordt eerst gelezen door een moderator" in html
    assert "Kies één of twee vragen." in html and "Neem de tijd." in html
    assert "Geen herleidbare individuele casus" in html
    response = client.post(
        compose_url(version, vraag=question.anchor), form_data(target=f"question:{question.pk}")
    )
    assert response.status_code == 302 and response.url == reverse("reflections:mine")
    reflection = Reflection.objects.get()
    assert (reflection.question, reflection.author, reflection.status) == (
        question,
        reader,
        Status.PENDING,
    )
    mine = client.get(reverse("reflections:mine")).content.decode()
    assert "Wacht op moderatie" in mine
    assert "wacht op een moderator" in mine  # the success message


def test_preview_renders_without_saving(client, version, reader):
    client.force_login(reader)
    response = client.post(
        compose_url(version), form_data(body=f"**Vet** {BODY}", submit=None, preview="1")
    )
    html = response.content.decode()
    assert "<strong>Vet</strong>" in html
    assert f"**Vet** {BODY}" in html  # still in the textarea
    assert not Reflection.objects.exists()


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"body": "Kort."}, "te kort"),
        ({"body": "x" * 7000}, "te lang"),
        ({"body": ""}, "Schrijf eerst uw reflectie."),
        ({"target": "question:999999"}, "Selecteer een geldige keuze"),
        ({"perspective": ""}, "Kies het perspectief"),
    ],
)
def test_bad_input_gets_a_clear_message_and_keeps_the_text(
    client, version, reader, overrides, message
):
    client.force_login(reader)
    data = form_data(**overrides)
    response = client.post(compose_url(version), data)
    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert "Er is iets niet goed ingevuld" in html
    assert "<title>Fout:" in html
    if data["body"] and len(data["body"]) < 7000:
        assert data["body"] in html
    assert not Reflection.objects.exists()


def test_a_closed_consultation_refuses_but_keeps_the_text(client, version, reader):
    client.force_login(reader)
    version.status = version.Status.CLOSED
    version.save()
    response = client.post(compose_url(version), form_data())
    html = response.content.decode()
    assert "gesloten" in html and BODY in html
    assert not Reflection.objects.exists()


def test_a_closed_consultation_says_so_first_and_offers_no_form(client, version, reader):
    client.force_login(reader)
    version.status = version.Status.CLOSED
    version.save()
    html = client.get(compose_url(version)).content.decode()
    main = html[html.index("<h1>") :]
    assert main.index("is gesloten") < main.index("</h1>") + 200  # right under the heading
    assert "Voordat u schrijft" not in html and 'name="body"' not in html


def test_double_submit_creates_one_reflection(client, version, reader):
    client.force_login(reader)
    client.post(compose_url(version), form_data())
    response = client.post(compose_url(version), form_data(), follow=True)
    assert Reflection.objects.count() == 1
    assert "Deze reflectie had u al geplaatst" in response.content.decode()


@override_settings(REFLECTIONS_PER_HOUR=1)
def test_hourly_limit_keeps_the_text(client, version, reader):
    client.force_login(reader)
    client.post(compose_url(version), form_data())
    response = client.post(compose_url(version), form_data(body=f"{BODY} En nog iets."))
    assert "probeer het over een uur opnieuw" in response.content.decode()
    assert f"{BODY} En nog iets." in response.content.decode()


def test_signed_out_visitor_is_sent_to_log_in_and_finds_the_text_back(client, version, reader):
    question = version.questions.first()
    url = compose_url(version, vraag=question.anchor)
    response = client.post(url, form_data(target=f"question:{question.pk}", perspective=""))
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))
    assert "next=" in response.url
    assert not Reflection.objects.exists()
    client.force_login(reader)
    html = client.get(url).content.decode()
    assert BODY in html
    assert f'value="question:{question.pk}" selected' in html
    assert 'value="relative" selected' in html  # the profile's perspective filled in
    assert "Verder schrijven" in client.get(reverse("reflections:mine")).content.decode()


def test_unverified_account_is_asked_to_verify_and_keeps_the_text(client, version):
    client.force_login(UserFactory(verified=False))
    response = client.post(compose_url(version), form_data(), follow=True)
    html = response.content.decode()
    assert "Bevestig eerst uw e-mailadres" in html
    assert BODY in html
    assert not Reflection.objects.exists()


# --- who sees what ---------------------------------------------------------------------------


def test_visibility_on_the_paper_page(client, version, reader, other_reader, mod):
    published = approved(version=version, author=reader, body="Gepubliceerde reflectie hier.")
    waiting = ReflectionFactory(version=version, author=reader, body="Wachtende reflectie hier.")
    ReflectionFactory(
        version=version, author=reader, status=Status.DECLINED, body="Geweigerde reflectie hier."
    )
    url = version.get_absolute_url()

    anonymous = client.get(url).content.decode()
    assert published.body in anonymous
    assert waiting.body not in anonymous and "Geweigerde" not in anonymous

    client.force_login(reader)
    author_view = client.get(url).content.decode()
    assert waiting.body in author_view and "alleen u ziet dit" in author_view
    assert "Geweigerde" not in author_view

    for person in (other_reader, mod):
        client.force_login(person)
        html = client.get(url).content.decode()
        assert published.body in html and waiting.body not in html


def test_anonymous_reflections_never_show_the_name(client, version, reader):
    approved(version=version, author=reader, is_anonymous=True)
    html = client.get(version.get_absolute_url()).content.decode()
    assert "Anoniem" in html
    assert reader.display_name not in html
    assert reader.email not in html


def test_perspective_filter_and_counts(client, version):
    question = version.questions.filter(group__isnull=False).first()
    approved(version=version, question=question, perspective="relative", body="Van een naaste.")
    approved(
        version=version, question=question, perspective="professional", body="Van een professional."
    )
    approved(version=version, perspective="client", body="Van een cliënt over de paper.")
    html = client.get(version.get_absolute_url()).content.decode()
    assert "Naaste (1)" in html and "Zorgprofessional (1)" in html and "Cliënt (1)" in html
    assert "Alle perspectieven (3)" in html
    filtered = client.get(version.get_absolute_url(), {"perspectief": "relative"})
    text = filtered.content.decode()
    assert "Van een naaste." in text
    assert "Van een professional." not in text and "Van een cliënt" not in text
    assert 'aria-current="true">Naaste (1)' in text


@override_settings(REFLECTIONS_SHOWN_PER_TARGET=2)
def test_long_lists_link_to_a_paginated_page(client, version):
    question = version.questions.filter(group__isnull=False).first()
    for n in range(25):
        approved(version=version, question=question, body=f"Reflectie nummer {n:02d} op de vraag.")
    html = client.get(version.get_absolute_url()).content.decode()
    assert "Reflectie nummer 00" in html and "Reflectie nummer 01" in html
    assert "Reflectie nummer 02" not in html
    assert "Lees alle 25 reflecties" in html
    listing = client.get(
        reverse("reflections:list", args=[version.paper.code, version.number]),
        {"vraag": question.anchor},
    ).content.decode()
    assert "Reflectie nummer 19" in listing and "Reflectie nummer 20" not in listing
    assert "Pagina 1" in listing and 'rel="next"' in listing
    second = client.get(
        reverse("reflections:list", args=[version.paper.code, version.number]),
        {"vraag": question.anchor, "pagina": 2},
    ).content.decode()
    assert "Reflectie nummer 24" in second


@override_settings(REFLECTIONS_SHOWN_PER_TARGET=2)
def test_the_paper_page_folds_each_targets_reflections_under_their_number(client, version):
    """Unfolded, a consultation's reflections made the paper page 100,000 px high on a phone
    (#29): each target's come folded, the number on the fold, the paper's text between."""
    question = version.questions.filter(group__isnull=False).first()
    section = version.sections.first()
    for n in range(3):
        approved(version=version, question=question, body=f"Reflectie nummer {n:02d} op de vraag.")
    approved(version=version, section=section, body="De enige reflectie op deze sectie.")
    html = client.get(version.get_absolute_url()).content.decode()
    folds = re.findall(
        r'<details class="target-reflections__fold">\s*<summary><span class="count">([^<]+)'
        r"</span>.*?</summary>(.*?)</details>",
        html,
        re.DOTALL,
    )
    assert [count for count, _inside in folds] == ["1 reflectie", "3 reflecties"]
    single, three = (inside for _count, inside in folds)
    assert "De enige reflectie op deze sectie." in single
    assert "Reflectie nummer 01" in three and "Reflectie nummer 02" not in three
    listing = reverse("reflections:list", args=[version.paper.code, version.number])
    assert f'<a href="{listing}?vraag={question.anchor}">Lees alle 3 reflecties' in three
    # A target without reflections has nothing to fold, and says so.
    empty = (version.sections.count() - 1) + (version.questions.count() - 1) + 1  # + the paper
    assert html.count("Nog geen reflecties") == empty


def test_replies_are_shown_under_their_reflection(client, version, reader, other_reader):
    parent = approved(version=version, author=reader, body="De oorspronkelijke reflectie.")
    approved(version=version, author=other_reader, parent=parent, body="Een reactie daarop hier.")
    ReflectionFactory(
        version=version, author=other_reader, parent=parent, body="Een wachtende reactie hier."
    )
    html = client.get(version.get_absolute_url()).content.decode()
    assert html.index("De oorspronkelijke reflectie.") < html.index("Een reactie daarop hier.")
    assert "Een wachtende reactie hier." not in html


def test_reply_through_the_page(client, version, reader, other_reader):
    parent = approved(version=version, author=reader)
    client.force_login(other_reader)
    response = client.post(
        reverse("reflections:reply", args=[parent.pk]),
        {"perspective": "client", "body": BODY, "is_anonymous": "naam", "submit": "1"},
    )
    assert response.status_code == 302
    reply = Reflection.objects.get(parent=parent)
    assert reply.status == Status.PENDING and reply.question == parent.question


def test_someone_elses_reflection_is_404_by_id(client, version, reader, other_reader):
    reflection = ReflectionFactory(version=version, author=reader, body="Geheime wachtende tekst.")
    client.force_login(other_reader)
    for name in ["reflections:edit", "reflections:withdraw", "reflections:presentation"]:
        response = client.get(reverse(name, args=[reflection.pk]))
        assert response.status_code == 404
        assert "Geheime wachtende tekst." not in response.content.decode()
    assert client.post(reverse("reflections:withdraw", args=[reflection.pk])).status_code == 404
    reflection.refresh_from_db()
    assert reflection.status == Status.PENDING


def test_author_edits_and_withdraws(client, version, reader):
    reflection = approved(version=version, author=reader)
    client.force_login(reader)
    form = client.get(reverse("reflections:edit", args=[reflection.pk])).content.decode()
    assert "Tot die tijd blijft de gepubliceerde tekst zichtbaar" in form
    client.post(
        reverse("reflections:edit", args=[reflection.pk]),
        {"perspective": "client", "body": f"{BODY} Aangepast.", "submit": "1"},
    )
    reflection.refresh_from_db()
    # Published stays published; the change waits for a moderator, and both show.
    assert reflection.status == Status.APPROVED and "Aangepast." in reflection.revision_body
    mine = client.get(reverse("reflections:mine")).content.decode()
    assert "Uw aanpassing wacht op een moderator" in mine and f"{BODY} Aangepast." in mine
    client.post(
        reverse("reflections:presentation", args=[reflection.pk]),
        {"is_anonymous": "anoniem", "may_quote": "on"},
    )
    reflection.refresh_from_db()
    assert reflection.is_anonymous and reflection.may_quote
    assert client.get(reverse("reflections:withdraw", args=[reflection.pk])).status_code == 200
    client.post(reverse("reflections:withdraw", args=[reflection.pk]))
    reflection.refresh_from_db()
    assert reflection.status == Status.WITHDRAWN


def test_over_the_presentation_limit_the_choice_stays_in_the_form(
    client, version, reader, settings
):
    settings.PRESENTATION_CHANGES_PER_HOUR = 1
    reflection = approved(version=version, author=reader, is_anonymous=False, may_quote=False)
    client.force_login(reader)
    url = reverse("reflections:presentation", args=[reflection.pk])
    assert client.post(url, {"is_anonymous": "anoniem"}).status_code == 302
    response = client.post(url, {"is_anonymous": "naam", "may_quote": "on"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "U heeft het afgelopen uur al 1 keer gewijzigd hoe uw reflecties verschijnen" in html
    assert re.search(r'value="naam"[^>]*checked', html)  # what they chose, not what is stored
    assert re.search(r'name="may_quote"[^>]*checked', html)
    reflection.refresh_from_db()
    assert reflection.is_anonymous and not reflection.may_quote


def test_author_sees_the_reason_of_a_decline(client, version, reader, mod):
    from reflections import moderation

    reflection = ReflectionFactory(version=version, author=reader)
    moderation.decline(reflection, by=mod, reason_code="third_parties", reason="Zonder namen aub.")
    client.force_login(reader)
    html = client.get(reverse("reflections:mine")).content.decode()
    assert "Niet geplaatst" in html
    assert "Bevat namen of persoonsgegevens van anderen. Zonder namen aub." in html


NAMING = (
    "Toen mijn broer Kees Jansen vastliep, belde niemand terug. Het netwerk werd pas gehoord "
    "toen het te laat was."
)


def published_redacted(version, author, mod) -> Reflection:
    from civcare.core import identifiability
    from reflections import moderation

    reflection, _created = moderation.submit(
        version=version, author=author, perspective="relative", body=NAMING
    )
    spans = [(f.start, f.end, f.category) for f in identifiability.find(NAMING)]
    seen = Reflection.digest(NAMING)
    result = moderation.preview_redaction(reflection, by=mod, seen=seen, spans=spans)
    return moderation.redact(
        reflection, by=mod, seen=seen, spans=spans, seen_result=Reflection.digest(result.text)
    )


def test_my_reflections_says_why_a_text_shows_a_placeholder(client, version, reader, mod):
    """A redacted text showed [naam] on Mijn reflecties with no word of why (#29)."""
    from reflections import moderation

    redacted = published_redacted(version, reader, mod)
    plain = approved(version=version, author=reader, body=BODY)
    client.force_login(reader)
    html = client.get(reverse("reflections:mine")).content.decode()
    said = (
        "Een moderator heeft bij het publiceren vervangen wat iemand herkenbaar kan maken: "
        "Mogelijk een naam (1) → [naam]."
    )
    # Newest first: the plain one, then the redacted one.
    item = html[html.index(f'id="{redacted.anchor}"') :]
    assert said in item and "Toen mijn broer [naam] vastliep" in item
    assert said not in html[html.index(f'id="{plain.anchor}"') : html.index(item)]
    # Once the author's own change is published in its place, the note goes.
    moderation.edit(redacted, by=reader, body=BODY, perspective="relative")
    assert said in client.get(reverse("reflections:mine")).content.decode()  # still online
    redacted.refresh_from_db()
    moderation.approve(redacted, by=mod, seen=redacted.revision_digest)
    assert said not in client.get(reverse("reflections:mine")).content.decode()


# --- moderation pages ------------------------------------------------------------------------


def test_moderation_is_for_moderators_only(client, reader, an_editor):
    assert client.get("/moderatie/").status_code == 302  # to log in
    for person in (reader, an_editor):
        client.force_login(person)
        assert client.get("/moderatie/").status_code == 403
        assert client.get("/moderatie/meldingen/").status_code == 403


def test_queue_lists_pending_oldest_first_and_approves(client, version, reader, mod):
    first = ReflectionFactory(
        version=version, author=reader, body="Eerst ingediende reflectie.", is_anonymous=True
    )
    ReflectionFactory(version=version, body="Later ingediende reflectie.")
    approved(version=version, body="Al gepubliceerde reflectie.")
    client.force_login(mod)
    html = client.get("/moderatie/").content.decode()
    assert html.index("Eerst ingediende") < html.index("Later ingediende")
    assert "Al gepubliceerde" not in html
    assert reader.display_name in html and "verschijnt anoniem" in html
    assert 'Moderatie <span class="nav-count">(2 wachten)</span>' in html
    response = client.post(
        "/moderatie/", {"approve": f"{first.pk}:{first.waiting_digest}"}, follow=True
    )
    assert "Gepubliceerd: de reflectie is nu voor iedereen zichtbaar." in response.content.decode()
    first.refresh_from_db()
    assert first.status == Status.APPROVED
    assert "Eerst ingediende" in client.get(version.get_absolute_url()).content.decode()


def test_queue_filter_by_paper_and_bulk_approve(client, version, mod):
    from papers.tests.factories import build_paper

    other = build_paper(code="SHPP003-92")
    mine = [ReflectionFactory(version=version) for _ in range(2)]
    theirs = ReflectionFactory(version=other, body="Bij de andere paper.")
    client.force_login(mod)
    html = client.get("/moderatie/", {"paper": "SHPP003-90"}).content.decode()
    assert "Bij de andere paper." not in html
    selected = [f"{r.pk}:{r.waiting_digest}" for r in mine]
    client.post("/moderatie/", {"bulk_approve": "1", "selected": selected})
    assert Reflection.objects.approved().count() == 2
    theirs.refresh_from_db()
    assert theirs.status == Status.PENDING


def test_decline_through_the_detail_page(client, version, reader, mod):
    reflection = ReflectionFactory(version=version, author=reader)
    client.force_login(mod)
    page = client.get(reverse("reflections:moderate", args=[reflection.pk])).content.decode()
    assert "Herleidbaar tot een individuele casus of persoon" in page
    missing = client.post(
        reverse("reflections:decide", args=[reflection.pk, "decline"]),
        {"reason_code": "other", "reason": ""},
    )
    assert missing.status_code == 400
    assert "Geef bij &#x27;Anders&#x27; een toelichting" in missing.content.decode()
    client.post(
        reverse("reflections:decide", args=[reflection.pk, "decline"]),
        {"reason_code": "disrespectful", "reason": "Toon graag milder."},
    )
    reflection.refresh_from_db()
    assert reflection.status == Status.DECLINED
    history = client.get(reverse("reflections:moderate", args=[reflection.pk])).content.decode()
    assert "niet geplaatst" in history and "Moderator Mo" in history


def test_moderation_state_changes_need_post_and_csrf(version, mod):
    from django.test import Client

    reflection = ReflectionFactory(version=version)
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(mod)
    url = reverse("reflections:decide", args=[reflection.pk, "approve"])
    assert strict.get(url).status_code == 405
    assert strict.post(url).status_code == 403  # no CSRF token
    reflection.refresh_from_db()
    assert reflection.status == Status.PENDING


# --- reporting -------------------------------------------------------------------------------


@override_settings(REPORTS_TO_HIDE=2)
def test_reports_through_the_page_hide_at_the_threshold(client, version, reader, mod):
    reflection = approved(version=version, author=reader, body="Een gemelde reflectie hier.")
    for _ in range(2):
        client.force_login(UserFactory())
        client.post(reverse("reflections:report", args=[reflection.pk]), {"reason": "Noemt X."})
    client.logout()
    assert (
        "Een gemelde reflectie hier." not in client.get(version.get_absolute_url()).content.decode()
    )
    client.force_login(mod)
    reported = client.get("/moderatie/meldingen/").content.decode()
    assert "Een gemelde reflectie hier." in reported and "Noemt X." in reported
    client.post(reverse("reflections:decide", args=[reflection.pk, "keep"]), {"note": ""})
    client.logout()
    assert "Een gemelde reflectie hier." in client.get(version.get_absolute_url()).content.decode()


@override_settings(REPORTS_PER_HOUR=1)
def test_over_the_report_limit_the_reason_stays_in_the_form(client, version, reader):
    first, second = (approved(version=version, author=reader) for _ in range(2))
    client.force_login(UserFactory())
    client.post(reverse("reflections:report", args=[first.pk]), {"reason": "Noemt X."})
    response = client.post(
        reverse("reflections:report", args=[second.pk]), {"reason": "Noemt Y bij naam."}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "al 1 reflecties gemeld" in html and "Noemt Y bij naam." in html
    assert second.reports.count() == 0


def test_reporting_needs_sign_in(client, version, reader):
    reflection = approved(version=version, author=reader)
    response = client.get(reverse("reflections:report", args=[reflection.pk]))
    assert response.status_code == 302 and response.url.startswith(reverse("account_login"))


# --- bounded input: nothing oversized is previewed, parsed or kept -------------------------


def _reply_url(reflection):
    return reverse("reflections:reply", args=[reflection.pk])


@pytest.mark.parametrize("where", ["compose", "reply", "edit"])
def test_an_overlong_preview_is_refused_with_the_text_kept(client, version, reader, where):
    client.force_login(reader)
    too_long = "[" * 7000
    if where == "compose":
        url, data = compose_url(version), form_data(body=too_long, submit=None, preview="1")
    elif where == "reply":
        parent = approved(version=version)
        url, data = _reply_url(parent), form_data(body=too_long, submit=None, preview="1")
        data.pop("target")
    else:
        own = ReflectionFactory(version=version, author=reader)
        url = reverse("reflections:edit", args=[own.pk])
        data = {"perspective": "relative", "body": too_long, "preview": "1"}
    response = client.post(url, data)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Uw reflectie is te lang: hoogstens 6000 tekens (nu 7000)." in html
    assert "Voorbeeld" not in html.split("<main", 1)[1].split("<form", 1)[0]
    assert too_long in html  # still in the textarea


@override_settings(REFLECTION_MAX_LENGTH=100_000)
def test_a_text_that_cannot_be_rendered_gets_a_message_not_a_500(client, version, reader):
    import sys

    client.force_login(reader)
    deep = "\n".join("    " * depth + "- x" for depth in range(150))
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(500)  # stands in for nesting far beyond a reflection's length
    try:
        response = client.post(compose_url(version), form_data(body=deep))
    finally:
        sys.setrecursionlimit(limit)
    assert response.status_code == 200
    assert "Deze tekst kunnen wij niet weergeven" in response.content.decode()
    assert not Reflection.objects.exists()


def test_a_signed_out_visitor_keeps_one_draft_within_the_limit(client, version):
    first = version.questions.first()
    client.post(compose_url(version), form_data(body="x" * 2_000_000))
    assert "reflection-draft" not in client.session  # too long: refused, not stored
    client.post(compose_url(version), form_data(body=BODY))
    client.post(
        compose_url(version, vraag=first.anchor),
        form_data(target=f"question:{first.pk}", body=f"{BODY} Tweede."),
    )
    draft = client.session["reflection-draft"]
    assert draft["data"]["body"] == f"{BODY} Tweede."  # only the latest
    assert draft["url"] == compose_url(version, vraag=first.anchor)
    assert [k for k, _ in client.session.items() if "draft" in k] == ["reflection-draft"]


def test_a_reported_reflection_shows_its_reports_first_and_returns_to_the_reports(
    client, version, reader, mod
):
    reflection = approved(version=version, author=reader, body="Een gemelde reflectie, lang.")
    for reporter in [UserFactory() for _ in range(3)]:
        moderation.report(reflection, by=reporter, reason="Noemt een herkenbaar persoon.")
    client.force_login(mod)
    page = client.get(reverse("reflections:moderate", args=[reflection.pk])).content.decode()
    assert page.index('id="meldingen-titel"') < page.index('id="weigeren-titel"')  # reports first
    assert "Bij 3 meldingen wordt een reflectie verborgen tot een moderator beslist." in page
    assert "Deze reflectie is nu verborgen." in page
    assert "Verwijderen met reden</button>" in page and "Niet plaatsen</button>" not in page
    response = client.post(
        reverse("reflections:decide", args=[reflection.pk, "keep"]),
        {"next": reverse("reflections:reported"), "note": ""},
    )
    assert response.url == reverse("reflections:reported")


def test_the_queue_filters_sorts_searches_and_publishes_all_that_match(client, version, mod):
    relative = [
        ReflectionFactory(
            version=version, perspective="relative", body=f"Over het netwerk {n}, lang genoeg."
        )
        for n in range(3)
    ]
    client_one = ReflectionFactory(
        version=version, perspective="client", body="Over de wachttijd, lang genoeg."
    )
    Reflection.objects.filter(pk=client_one.pk).update(
        submitted_at=timezone.now() - datetime.timedelta(days=3)
    )
    client.force_login(mod)
    url = reverse("reflections:queue")
    page = client.get(url)
    assert page.context["reflections"][0].pk == client_one.pk  # oldest first
    assert "De oudste wacht sinds" in page.content.decode()
    newest = client.get(url, {"volgorde": "nieuwste"}).context["reflections"]
    assert newest[-1].pk == client_one.pk
    filtered = client.get(url, {"perspectief": "relative", "q": "netwerk"})
    assert sorted(r.pk for r in filtered.context["reflections"]) == sorted(r.pk for r in relative)
    assert "Alle 3 reflecties die aan dit filter voldoen publiceren…" in filtered.content.decode()
    assert not client.get(url, {"aangepast": "1"}).context["reflections"]

    confirm_url = f"{reverse('reflections:approve_all')}?perspectief=relative"
    confirm = client.get(confirm_url)
    assert "3 reflecties in één keer publiceren?" in confirm.content.decode()
    response = client.post(
        confirm_url, {"aantal": "3", "gemaakt": confirm.context["made"].isoformat()}
    )
    assert response.url == f"{url}?perspectief=relative"  # the same filtered queue
    assert Reflection.objects.filter(status="approved", perspective="relative").count() == 3
    assert Reflection.objects.get(pk=client_one.pk).status == Reflection.Status.PENDING


def test_only_resubmitted_after_a_revision_request(client, version, reader, mod):
    asked = ReflectionFactory(
        version=version, author=reader, body="Een tekst die beter kan, lang genoeg."
    )
    moderation.request_revision(asked, by=mod, note="Laat de naam weg.")
    moderation.edit(
        asked, by=reader, body="Een tekst zonder naam, lang genoeg nu.", perspective="relative"
    )
    ReflectionFactory(version=version)
    client.force_login(mod)
    shown = client.get(reverse("reflections:queue"), {"aangepast": "1"}).context["reflections"]
    assert [r.pk for r in shown] == [asked.pk]
