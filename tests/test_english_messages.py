"""Every state change, done in English, tells its outcome in English (the flash messages).

The messages used to be translated when their module was imported, so the English
interface showed them in Dutch."""

from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.contrib.messages import get_messages
from django.test import Client
from django.utils import translation

from civcare.accounts.tests.factories import PASSWORD, UserFactory
from civcare.accounts.views import MSG_ACCOUNT_DELETED, MSG_PROFILE_SAVED
from governance.views.versions import MSG_DONE
from papers.models import PaperVersion
from reflections.views.moderation import MSG_APPROVED, MSG_DECLINED, MSG_KEPT, MSG_REVISION
from reflections.views.reflections import (
    MSG_ALREADY_REPORTED,
    MSG_PRESENTATION,
    MSG_REPORTED,
    MSG_WITHDRAWN,
)
from reflections.writing import (
    MSG_DUPLICATE,
    MSG_EDITED,
    MSG_SIGN_IN_TO_POST,
    MSG_SUBMITTED,
    MSG_VERIFY_FIRST,
)
from tests import scenario

pytestmark = pytest.mark.django_db

CATALOG = polib.pofile(str(Path(settings.BASE_DIR) / "locale/en/LC_MESSAGES/django.po"))
ENGLISH = {entry.msgid: entry.msgstr for entry in CATALOG if entry.msgstr}
DUTCH = {msgid for msgid, msgstr in ENGLISH.items() if msgstr != msgid}


def english_client(user=None) -> Client:
    client = Client()
    client.cookies["django_language"] = "en"
    if user is not None:
        client.force_login(user)
    return client


def told(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


def assert_english(response, message) -> None:
    """The response told ``message`` (one of the modules' constants) in English."""
    with translation.override("nl"):
        dutch = str(message)
    told_now = told(response)
    for text in told_now:
        assert text not in DUTCH, text
    assert ENGLISH[dutch] in told_now, told_now


BODY = "A reflection written in English on the network around a person."


def test_each_state_change_tells_its_outcome_in_english():
    built = scenario.build(reflections=6)
    c = built.consulted
    compose = f"/papers/{c.paper.code}/v{c.number}/reageren/"
    post = {"target": "paper", "perspective": "relative", "body": BODY, "is_anonymous": "naam"}

    reader = english_client(built.reader)
    response = reader.post(compose, post)
    assert_english(response, MSG_SUBMITTED)
    assert_english(reader.post(compose, post), MSG_DUPLICATE)
    mine = built.reader.reflections.get(body=BODY)
    response = reader.post(f"/reflecties/{mine.pk}/bewerken/", {**post, "body": BODY + " More."})
    assert_english(response, MSG_EDITED)
    response = reader.post(f"/reflecties/{mine.pk}/weergave/", {"is_anonymous": "anoniem"})
    assert_english(response, MSG_PRESENTATION)
    response = reader.post(f"/reflecties/{built.others.pk}/melden/", {"reason": "A name."})
    assert_english(response, MSG_REPORTED)
    response = reader.post(f"/reflecties/{built.others.pk}/melden/", {"reason": "Again."})
    assert_english(response, MSG_ALREADY_REPORTED)
    response = reader.post(f"/reflecties/{mine.pk}/intrekken/")
    assert_english(response, MSG_WITHDRAWN)
    response = reader.post("/mijn/account/", {"display_name": "Reader", "perspective": "client"})
    assert_english(response, MSG_PROFILE_SAVED)

    response = english_client().post(compose, post)
    assert_english(response, MSG_SIGN_IN_TO_POST)
    response = english_client(UserFactory(verified=False)).post(compose, post)
    assert_english(response, MSG_VERIFY_FIRST)

    moderator = english_client(built.moderator)
    pending = [built.pending, *c.reflections.filter(status="pending").exclude(pk=built.pending.pk)]
    response = moderator.post(
        f"/moderatie/{pending[0].pk}/approve/", {"gezien": pending[0].waiting_digest}
    )
    assert_english(response, MSG_APPROVED)
    response = moderator.post(
        f"/moderatie/{built.own.pk}/decline/", {"reason_code": "off_topic", "reason": ""}
    )
    assert_english(response, MSG_DECLINED)
    response = moderator.post(f"/moderatie/{built.reported.pk}/keep/", {"note": ""})
    assert_english(response, MSG_KEPT)
    other = scenario.person("derde@example.org", "Derde", "client")
    from reflections import moderation

    third, _ = moderation.submit(version=c, author=other, perspective="client", body=BODY * 2)
    response = moderator.post(f"/moderatie/{third.pk}/revision/", {"note": "Shorter, please."})
    assert_english(response, MSG_REVISION)

    editor = english_client(built.editor)
    base = f"/redactie/{c.paper.code}/v{c.number}/"
    assert_english(editor.post(base + "sluiten/"), MSG_DONE["close"])
    assert_english(editor.post(base + "nieuwe-versie/"), MSG_DONE["draft"])
    draft = c.paper.versions.get(status=PaperVersion.Status.DRAFT)
    response = editor.post(f"/redactie/{c.paper.code}/v{draft.number}/openen/", {"closes_on": ""})
    assert_english(response, MSG_DONE["open"])

    response = reader.post(
        "/mijn/account/verwijderen/", {"reflections": "remove", "password": PASSWORD}
    )
    assert_english(response, MSG_ACCOUNT_DELETED)
    assert PaperVersion.objects.filter(paper=c.paper).count() == 2


def test_a_bulk_step_is_shown_confirmed_and_undone_in_english():
    """The page that says what a bulk step changes, the message with its undo, and the
    undo (#29), in English."""
    built = scenario.build(reflections=6)
    c = built.consulted
    editor = english_client(built.editor)
    base = f"/redactie/{c.paper.code}/v{c.number}/"
    ids = list(c.reflections.approved().order_by("pk").values_list("pk", flat=True)[:3])
    asked = {"action": "weghalen", "scope": "gekozen", "theme": built.theme.pk, "reflectie": ids}
    shown = editor.post(base + "reflecties/bulk/", asked)
    html = shown.content.decode()
    assert '<html lang="en">' in html
    assert "Check this step" in html and "3 reflections lose this theme." in html
    confirmation = {**asked, "gezien": shown.context["plan"].digest, "bestaande": "laten"}
    response = editor.post(base + "reflecties/bulk/", confirmation)
    (done,) = told(response)
    assert done.startswith("Theme ‘Het netwerk’ removed from 3 reflections.")
    assert f">Undo step {c.bulk_steps.get(action='theme_removed').pk}…</a>" in done
    step = c.bulk_steps.get(action="theme_removed")
    response = editor.post(f"{base}bulkstappen/{step.pk}/ongedaan-maken/")
    assert told(response)[-1] == (
        f"Step {step.pk} has been undone: 3 reflections have what they had before again."
    )
