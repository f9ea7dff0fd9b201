"""Text from the public is rendered once, sanitised, wherever it is shown."""

import pytest
from django.test import override_settings
from django.urls import reverse

from civcare.core.tests.test_rendering import XSS_PAYLOADS, ElementAudit
from reflections.tests.factories import ReflectionFactory, approved

pytestmark = pytest.mark.django_db


def reflection_body(html: str, anchor: str) -> str:
    """The rendered body of one reflection: user HTML holds no <div>, so it ends at one."""
    start = html.index('class="reflection__body" lang="nl">', html.index(f'id="{anchor}"'))
    start += len('class="reflection__body" lang="nl">')
    return html[start : html.index("</div>", start)]


@override_settings(REFLECTIONS_SHOWN_PER_TARGET=100)
def test_every_payload_is_inert_on_the_paper_page(client, version):
    reflections = [
        approved(version=version, body=f"Reflectie met een aanval:\n\n{payload}")
        for payload in XSS_PAYLOADS
    ]
    html = client.get(version.get_absolute_url()).content.decode()
    for reflection in reflections:
        inner = reflection_body(html, reflection.anchor)
        audit = ElementAudit()
        audit.feed(inner)
        assert audit.problems == [], (reflection.body, inner)


def test_payloads_are_inert_in_the_moderation_queue(client, version, mod):
    for payload in XSS_PAYLOADS[:20]:
        ReflectionFactory(version=version, body=f"Tekst {payload}")
    client.force_login(mod)
    html = client.get(reverse("reflections:queue")).content.decode()
    main = html.lower().split("<main", 1)[1]  # the head loads the site's own static script
    assert "<script" not in main
    assert "onerror=" not in html and "javascript:" not in html.lower()


def test_rendered_html_is_stored_not_made_per_request(version):
    reflection = approved(version=version, body="Een **sterke** zin die lang genoeg is.")
    assert reflection.body_html == "<p>Een <strong>sterke</strong> zin die lang genoeg is.</p>"
