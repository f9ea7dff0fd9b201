"""The reflections part of export and account deletion."""

import json

import pytest
from django.test import Client
from django.urls import reverse

from civcare.accounts.services import delete_account
from civcare.core import identifiability
from reflections import moderation
from reflections.models import ModeratorNote, Reflection
from reflections.tests.factories import ReflectionFactory, approved

pytestmark = pytest.mark.django_db


def test_export_contains_my_reflections_with_their_history(
    client, version, reader, mod, other_reader
):
    reflection = ReflectionFactory(version=version, author=reader, body="Mijn eigen tekst hier.")
    moderation.decline(reflection, by=mod, reason_code="spam")
    ReflectionFactory(version=version, author=other_reader, body="Tekst van iemand anders.")
    client.force_login(reader)
    data = json.loads(client.get(reverse("accounts:export")).content)
    assert [r["text"] for r in data["reflections"]] == ["Mijn eigen tekst hier."]
    history = data["reflections"][0]["moderation_history"]
    assert [h["action"] for h in history] == ["reflections.declined"]
    assert data["reflections"][0]["status_reason"] == "Reclame of herhaling"
    assert "Tekst van iemand anders." not in json.dumps(data)


def _values(node):
    if isinstance(node, dict):
        for value in node.values():
            yield from _values(value)
    elif isinstance(node, list):
        for value in node:
            yield from _values(value)
    else:
        yield node


def test_export_has_stable_types_and_null_for_what_is_not_there(client, version, reader, mod):
    parent = approved(version=version, author=reader, body="Mijn gepubliceerde reflectie.")
    ReflectionFactory(version=version, author=reader, parent=parent, body="Mijn antwoord, wacht.")
    client.force_login(reader)
    data = json.loads(client.get(reverse("accounts:export")).content)
    first, reply = data["reflections"]
    assert (first["reply_to"], reply["reply_to"]) == (None, parent.pk)
    assert reply["published_at"] is None and first["published_at"].startswith("20")
    assert reply["change_awaiting_moderation"] is None and reply["status_reason"] is None
    assert "" not in list(_values(data))  # a value that is not there is null, never ""


def test_export_holds_no_other_persons_words_nor_internal_notes(
    client, version, reader, mod, other_reader
):
    reflection = approved(version=version, author=reader, body="Mijn gepubliceerde tekst.")
    moderation.report(reflection, by=other_reader, reason="Noemt de buurvrouw, vind ik.")
    moderation.keep_published(reflection, by=mod, note="Interne notitie: geen naam te zien.")
    moderation.request_revision(
        ReflectionFactory(version=version, author=reader), by=mod, note="Laat de datum weg."
    )
    client.force_login(reader)
    exported = client.get(reverse("accounts:export")).content.decode()
    assert "buurvrouw" not in exported
    assert "Interne notitie" not in exported
    assert "Laat de datum weg." in exported  # what the author was told stays
    history = json.loads(exported)["reflections"][0]["moderation_history"]
    assert [h["action"] for h in history] == [
        "reflections.reported",
        "reflections.reports_dismissed",
    ]


def test_delete_keeping_published_reflections_anonymised(client, version, reader):
    published = approved(version=version, author=reader, body="Blijft staan zonder naam.")
    ReflectionFactory(version=version, author=reader, body="Wachtende tekst verdwijnt.")
    delete_account(reader, keep_reflections=True)
    published.refresh_from_db()
    assert published.author is None and published.status == Reflection.Status.APPROVED
    assert not Reflection.objects.filter(body="Wachtende tekst verdwijnt.").exists()
    html = client.get(version.get_absolute_url()).content.decode()
    assert "Blijft staan zonder naam." in html and "Verwijderd account" in html
    assert reader.display_name not in html


def test_delete_removing_reflections_keeps_other_peoples_replies(
    client, version, reader, other_reader
):
    lone = approved(version=version, author=reader, body="Zonder reacties, verdwijnt.")
    parent = approved(version=version, author=reader, body="Met een reactie, tekst gaat weg.")
    reply = approved(
        version=version, author=other_reader, parent=parent, body="De reactie van een ander blijft."
    )
    deletion = delete_account(reader, keep_reflections=False)
    assert deletion.reflections_affected == 2
    assert not Reflection.objects.filter(pk=lone.pk).exists()
    parent.refresh_from_db()
    assert (parent.body, parent.author, parent.status) == ("", None, Reflection.Status.WITHDRAWN)
    reply.refresh_from_db()
    assert reply.status == Reflection.Status.APPROVED


def test_a_new_display_name_replaces_the_old_one_on_cached_pages_at_once(client, version, reader):
    approved(version=version, author=reader, body="Mijn tekst onder mijn echte naam.")
    assert "Lezer Lotte" in client.get(version.get_absolute_url()).content.decode()  # cached
    signed_in = Client()
    signed_in.force_login(reader)
    assert "Lezer Lotte" in signed_in.get(version.get_absolute_url()).content.decode()
    signed_in.post(
        reverse("accounts:my_account"), {"display_name": "Pseudo", "perspective": "client"}
    )
    for visitor in (client, signed_in):
        html = visitor.get(version.get_absolute_url()).content.decode()
        assert "Lezer Lotte" not in html and "Pseudo" in html


def test_erasure_leaves_no_earlier_text_and_no_notes(version, reader, mod):
    asked = ReflectionFactory(version=version, author=reader, body="Mijn broer Jan, eerste tekst.")
    moderation.request_revision(asked, by=mod, note="Laat de naam weg.")
    moderation.edit(asked, by=reader, body="Mijn broer, tweede tekst.", perspective="relative")
    moderation.add_note(asked, by=mod, body="Eerder bij naam genoemd.")
    delete_account(reader, keep_reflections=True)
    assert not Reflection.objects.filter(requested_body__contains="Jan").exists()
    assert not ModeratorNote.objects.exists()


def test_export_holds_the_redaction_notices_the_person_received(client, version, reader, mod):
    text = "Mijn broer Kees Jansen liep vast toen het netwerk werd weggezet door de instelling."
    reflection, _ = moderation.submit(
        version=version, author=reader, perspective="relative", body=text
    )
    spans = [(f.start, f.end, f.category) for f in identifiability.find(text)]
    seen = Reflection.digest(text)
    shown = moderation.preview_redaction(reflection, by=mod, seen=seen, spans=spans)
    moderation.redact(
        reflection, by=mod, seen=seen, spans=spans, seen_result=Reflection.digest(shown.text)
    )
    client.force_login(reader)
    data = json.loads(client.get(reverse("accounts:export")).content)
    (exported,) = data["reflections"]
    assert exported["text"].startswith("Mijn broer [naam] liep vast")
    (notice,) = [e for e in exported["moderation_history"] if e["action"] == "reflections.redacted"]
    assert notice["reason"] == "Mogelijk een naam (1) → [naam]"
    assert "Kees" not in json.dumps(data)
