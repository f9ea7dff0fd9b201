"""A reader on a phone (390 × 844) at the size of a real consultation (#29): the paper page
with hundreds of reflections, a reflection on one passage with a warning before posting,
and Mijn reflecties with a text a moderator redacted."""

from __future__ import annotations

import itertools

import pytest
from django.utils import timezone

from civcare.accounts.models import User
from papers.models import PaperVersion
from reflections import moderation
from reflections.models import Reflection
from tests.e2e.conftest import log_in, verified_user
from tests.e2e.test_journeys import expect_text

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PHONE = {"width": 390, "height": 844}
# The paper page with at_volume()'s reflections, 390 px wide, measured before #29 folded
# the reflections away (every target showed its first five, with their replies).
HEIGHT_BEFORE = 102_973

SENTENCES = [
    "Wat hier staat, herken ik uit jaren van overleggen waarin niemand meer bewoog.",
    "Het gesprek werd pas weer mogelijk toen iemand durfde te zeggen dat het vastzat.",
    "Als professional zie ik hoe dossiers de plaats innemen van een gewoon telefoontje.",
    "De paper benoemt scherp wat er gebeurt wanneer tijdelijke maatregelen blijven staan.",
    "Ik mis nog hoe naasten betrokken worden voordat de posities verharden.",
    "Herstel zonder bewijsstrijd vraagt ruimte die in de huidige regels zelden bestaat.",
    "Voor cliënten voelt juridisering als bescherming, tot zij merken dat het gesprek stopt.",
    "Een onafhankelijke gespreksleider heeft bij ons meer gedaan dan drie procedures.",
]


def at_volume(version: PaperVersion, *, reflections: int = 320, replies: int = 40) -> None:
    """Published reflections on every section, question and the paper as a whole, every
    seventh on a passage of its section, some with replies; texts of 80 to 650 characters."""
    authors = [
        User.objects.create_user(f"schrijver{n}@example.org", None, display_name=f"Schrijver {n}")
        for n in range(40)
    ]
    sections = list(version.sections.order_by("order"))
    targets = [{}, *({"section": s} for s in sections)]
    targets += [{"question": q} for q in version.questions.order_by("order")]
    perspectives = itertools.cycle(["relative", "professional", "client", "lawyer", "other"])
    now = timezone.now()
    made = []
    for n in range(reflections):
        target = dict(targets[n % len(targets)])
        if "section" in target and n % 7 == 0:
            section = target["section"]
            paragraphs = section.numbered_paragraphs()
            paragraph = paragraphs[n % len(paragraphs)]
            exact = " ".join(paragraph.text.split()[:6])
            target.update(
                quote_paragraph=paragraph.id,
                quote_anchor=f"{section.anchor}-p{paragraph.id}",
                quote_exact=exact,
            )
        body = " ".join(SENTENCES[(n + k) % len(SENTENCES)] for k in range(1 + n % 8))
        made.append(
            Reflection.objects.create(
                version=version, author=authors[n % len(authors)], perspective=next(perspectives),
                body=body, status=Reflection.Status.APPROVED, published_at=now, **target,
            )
        )  # fmt: skip
    for n in range(replies):
        Reflection.objects.create(
            version=version, parent=made[n * 3], author=authors[(n + 1) % len(authors)],
            perspective=next(perspectives), body=SENTENCES[n % len(SENTENCES)],
            status=Reflection.Status.APPROVED, published_at=now,
        )  # fmt: skip


def page_height(page) -> int:
    return page.evaluate("document.documentElement.scrollHeight")


def in_first_viewport(page, selector: str) -> bool:
    """Whether the element is wholly on the screen as the page opens (bounding boxes are
    relative to the viewport)."""
    box = page.locator(selector).bounding_box()
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= PHONE["height"]


NAMING = (
    "Bij ons liep het vast toen mevrouw Anna de Vries van het wijkteam niet meer terugbelde; "
    "daarna verliep alles via brieven en niemand sprak nog met ons."
)


def redacted_reflection(version, author) -> Reflection:
    """A reflection of ``author`` a moderator published with a name replaced by [naam]."""
    from civcare.accounts.tests.factories import moderator
    from civcare.core import identifiability

    body = "Mijn broer Kees Jansen werd pas gehoord toen het netwerk al uit beeld was geraakt."
    reflection, _created = moderation.submit(
        version=version, author=author, perspective="relative", body=body
    )
    spans = [(f.start, f.end, f.category) for f in identifiability.find(body)]
    mod = moderator()
    seen = Reflection.digest(body)
    result = moderation.preview_redaction(reflection, by=mod, seen=seen, spans=spans)
    moderation.redact(
        reflection, by=mod, seen=seen, spans=spans, seen_result=Reflection.digest(result.text)
    )
    return reflection


def test_a_reader_on_a_phone_reads_the_paper_reacts_on_a_passage_and_sees_a_redaction(
    pages, papers_loaded
):
    version = PaperVersion.objects.get(paper__code="SHPP003-01")
    at_volume(version)
    reader = verified_user("lezer@example.org", "Lezer op de bank")
    redacted_reflection(version, reader)
    page = pages.new(**PHONE)
    log_in(page, "lezer@example.org")

    # The paper reads straight through: each target's reflections folded under their number.
    page.goto("/papers/SHPP003-01/")
    height = page_height(page)
    print(f"\nThe paper page at 390 px with 320 reflections: {height} px high")
    assert height < HEIGHT_BEFORE / 3
    section = page.locator("#sectie-3")
    first = section.locator(".target-reflections .reflection").first
    assert not first.is_visible()
    fold = section.locator(".target-reflections__fold summary")
    count = fold.inner_text().split()[0]
    assert fold.inner_text().startswith(f"{count} reflecties")
    fold.click()
    assert first.is_visible()
    section.locator(f".more-link >> text=Lees alle {count} reflecties").click()
    page.wait_for_url("**/reflecties/?sectie=sectie-3")
    assert page.locator(".reflection-list > .reflection").count() == min(int(count), 20)

    # A passage: the second item of the list in the section's first paragraph, named so.
    page.goto("/papers/SHPP003-01/#sectie-3")
    marker = page.locator("#sectie-3-p3 a.passage-marker")
    assert "alinea 1, punt 2" in marker.get_attribute("aria-label").lower()
    marker.click()
    page.wait_for_url("**/reflecties/?sectie=sectie-3&alinea=3")
    title = "sectie 3, ‘De impasse als herkenbaar patroon’"
    expect_text(page, f"Over punt 2 van de lijst in de eerste alinea van {title}:")
    page.click("main >> text=Reageer op deze alinea")
    expect_text(page, f"U reageert op punt 2 van de lijst in de eerste alinea van {title}:")

    # Posting a text that names someone: the page opens at the warning, its choices in view.
    page.fill("#id_body", NAMING)
    page.click("#schrijven button[name=submit]")
    expect_text(page, "Voordat u plaatst")
    assert in_first_viewport(page, "#voorbeeld-titel")
    assert in_first_viewport(page, "#voorbeeld >> text=Aanpassen")
    assert in_first_viewport(page, "#voorbeeld button[name=submit]")
    assert page.locator("main").inner_text().count("niemand sprak nog met ons") == 1  # + field
    page.click("#voorbeeld button[name=submit]")
    page.wait_for_url("**/mijn/reflecties/")
    expect_text(page, "Dank u. Uw reflectie is ontvangen")
    posted = Reflection.objects.get(author=reader, quote_paragraph=3)
    assert posted.quote_anchor == "sectie-3-p3" and posted.body == NAMING

    # Mijn reflecties says why the other text shows [naam].
    expect_text(
        page,
        "Een moderator heeft bij het publiceren vervangen wat iemand herkenbaar kan maken: "
        "Mogelijk een naam (1) → [naam].",
    )


def test_a_newcomer_on_a_phone_keeps_the_passwords_when_the_name_looks_real(pages, live_server):
    from tests.e2e.conftest import PASSWORD

    page = pages.new(**PHONE)
    page.goto("/accounts/signup/")
    page.fill("#id_email", "nieuw@example.org")
    page.fill("#id_password1", PASSWORD)
    page.fill("#id_password2", PASSWORD)
    page.fill("#id_display_name", "Marieke Bakker")
    page.check("#id_accept_terms")
    page.check("#id_accept_privacy")
    page.click("main button[type=submit]")
    expect_text(page, "Deze naam lijkt op een voor- en achternaam")
    assert page.input_value("#id_password1") == PASSWORD
    assert page.input_value("#id_password2") == PASSWORD
    page.check("#id_keep_name")
    page.click("main button[type=submit]")
    expect_text(page, "e-mail")
    assert User.objects.get(email="nieuw@example.org").display_name == "Marieke Bakker"
