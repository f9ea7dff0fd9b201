"""The editors' screens of #29 in a browser at 320 px: the passages page opens on what needs
a decision and "Klopt" lands at the next passage with the message there and focus on it; the
section editor and the synthesis form reflow. axe-core finds nothing on any of them."""

from __future__ import annotations

import pytest

from civcare.accounts.tests.factories import editor
from governance import transitions
from governance.models import PassageResolution
from papers.models import ChangeType
from papers.tests.factories import build_paper
from reflections.tests.factories import approved
from tests.e2e.conftest import log_in
from tests.e2e.test_accessibility import AXE, WCAG_TAGS

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

V09 = [
    "Een maatregel die tijdelijk bedoeld was, wordt ongemerkt permanent.",
    "Tijdloosheid ontstaat wanneer niemand verplicht opnieuw kijkt naar wat ooit voor even "
    "werd besloten.",
    "Het netwerk van de cliënt wordt zelden gevraagd wat het ziet.",
]
V10 = [
    "Een maatregel die tijdelijk bedoeld was, wordt ongemerkt permanent.",
    "Tijdloosheid ontstaat wanneer niemand verplicht en tijdig opnieuw kijkt naar wat ooit "
    "voor even werd besloten.",
]


def sideways(page) -> int:
    return page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )


def axe(page) -> list[str]:
    page.add_script_tag(content=AXE)
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS
    )
    return [f"{v['id']}: {n['target']}" for v in result["violations"] for n in v["nodes"]]


@pytest.fixture
def consultation():
    roos = editor(display_name="Redacteur Roos")
    consulted = build_paper(code="SHPP003-74", sections=2, groups=1)
    section = consulted.sections.get(anchor="sectie-1")
    section.body = "\n\n".join(V09)
    section.save()
    quoted = []
    for n, exact in [(2, "niemand verplicht opnieuw kijkt"), (3, "zelden gevraagd")]:
        quoted.append(approved(
            version=consulted, section=section, quote_paragraph=n, perspective="relative",
            quote_anchor=f"sectie-1-p{n}", quote_exact=exact, may_quote=True,
            body=f"Over alinea {n}: dit herken ik uit mijn eigen familie, al jaren.",
        ))  # fmt: skip
    theme = transitions.create_theme(consulted, by=roos, name="Wachttijden")
    transitions.assign_theme(theme, [r.pk for r in quoted], by=roos)
    transitions.close_consultation(consulted, by=roos)
    draft = transitions.create_draft(consulted, by=roos)
    amended = draft.sections.get(anchor="sectie-1")
    transitions.amend_section(
        amended,
        by=roos,
        title=amended.title,
        body="\n\n".join(V10),
        change_type=ChangeType.CLARIFICATION,
        explanation="Helderder.",
    )
    return roos, consulted, draft, theme, amended


def test_the_editors_screens_at_320_pixels(pages, live_server, consultation):
    roos, consulted, draft, theme, amended = consultation
    code = consulted.paper.code
    page = pages.new(width=320, height=640)
    log_in(page, roos.email)
    page.goto(f"/redactie/{code}/v{draft.number}/passages/")
    assert "2 van 2 vragen een besluit" in page.inner_text("main")
    assert sideways(page) <= 0
    assert axe(page) == []
    first, second = PassageResolution.objects.filter(version=draft).order_by("reflection_id")
    page.click(f"#plaats-{first.pk} button[name=bevestigen]")
    page.wait_for_url("**/passages/#melding")
    page.wait_for_load_state("load")
    page.wait_for_function("document.activeElement && document.activeElement.id === 'melding'")
    message = page.inner_text("#melding")
    assert f"reflectie #{first.reflection_id} is bevestigd" in message
    # just above the passage that came next, in view
    landing = page.evaluate("() => document.getElementById('melding').nextElementSibling.id")
    assert landing == f"plaats-{second.pk}"
    # in view once the page has settled (a reader sees it; a miss times out and fails)
    page.wait_for_function(
        "() => { const top = document.getElementById('melding').getBoundingClientRect().top;"
        " return top >= 0 && top < innerHeight; }",
        timeout=5000,
    )
    assert sideways(page) <= 0
    assert axe(page) == []

    for url in (
        f"/redactie/{code}/v{draft.number}/secties/{amended.pk}/",
        f"/redactie/{code}/v{consulted.number}/synthese/thema/{theme.pk}/",
    ):
        page.goto(url)
        assert sideways(page) <= 0, url
        assert axe(page) == [], url
