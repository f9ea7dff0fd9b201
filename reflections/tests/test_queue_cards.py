"""The cards of the moderation queue (reflections.queue_cards): what each moderator sees
around a reflection's cached text."""

import datetime
import re
from types import SimpleNamespace

import pytest
from django.utils import timezone
from django.utils.safestring import mark_safe

from reflections import queue_cards
from reflections.tests.factories import ReflectionFactory

pytestmark = pytest.mark.django_db


def row(reflection, **overrides):
    fields = {
        "reflection": reflection, "html": mark_safe("<div>tekst</div>"), "claim": None,
        "is_own": False, "request": None, "selectable": True,
        "detail_url": f"/moderatie/{reflection.pk}/?terug=%2Fmoderatie%2F", "next_anchor": "",
    }  # fmt: skip
    return SimpleNamespace(**{**fields, **overrides})


def test_a_waiting_reflection_can_be_chosen_published_declined_or_sent_back():
    reflection = ReflectionFactory()
    html = queue_cards.card(row(reflection), queue_cards.phrases())
    assert f'<li class="mod-item" id="{reflection.anchor}">' in html
    # Both carry the text the moderator read: publishing is refused if it changed since.
    assert f'name="approve" value="{reflection.pk}:{reflection.body_digest}"' in html
    assert f'name="selected" value="{reflection.pk}:{reflection.body_digest}"' in html
    assert f"Kies #{reflection.pk} om in één keer te publiceren" in html
    assert "#weigeren" in html and "#aanpassing" in html and "<div>tekst</div>" in html


def test_own_reflection_has_no_buttons_and_says_why():
    reflection = ReflectionFactory()
    html = queue_cards.card(row(reflection, is_own=True), queue_cards.phrases())
    assert "Uw eigen reflectie: een andere moderator beoordeelt haar." in html
    assert "approve" not in html and "kies-" not in html


def test_a_claim_names_the_colleague_escaped_and_until_when():
    reflection = ReflectionFactory()
    until = timezone.make_aware(datetime.datetime(2026, 12, 3, 14, 25))
    claim = SimpleNamespace(moderator=SimpleNamespace(display_name="<b>Mo</b>"), expires_at=until)
    html = queue_cards.card(row(reflection, claim=claim), queue_cards.phrases())
    assert "In behandeling bij &lt;b&gt;Mo&lt;/b&gt; (tot 14:25)" in html


def test_a_reported_reflection_is_reviewed_on_its_own_page():
    reflection = ReflectionFactory(report_count=2)
    html = queue_cards.card(row(reflection, selectable=False), queue_cards.phrases())
    assert "Meldingen beoordelen" in html and 'name="approve"' not in html


def test_a_card_with_possible_personal_data_shows_the_words_and_offers_to_leave_them_out(
    client, mod
):
    """Before, a card said only "Mogelijk de naam van een instelling (1)": 33 flagged items
    meant opening 33 pages."""
    flagged = ReflectionFactory(
        body="Mijn broer Kees Jansen belde 06-12345678 en niemand nam op.",
        findings={"naam": 1, "telefoon": 1},
    )
    ReflectionFactory(body="Het netwerk werd pas gehoord toen het te laat was.")
    client.force_login(mod)
    page = client.get("/moderatie/").content.decode()
    assert "Mogelijk een naam: <q>Kees Jansen</q>" in page
    assert "Een telefoonnummer: <q>06-12345678</q>" in page
    redact_links = re.findall(r'href="/moderatie/(\d+)/\?[^"]*#weglaten"', page)
    assert redact_links == [str(flagged.pk)]
    assert "Herkenbare gegevens weglaten…" in page
