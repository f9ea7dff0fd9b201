"""The platform the way its people meet it: its journeys in a real browser."""

import pytest
from django.test import override_settings

from papers.models import PaperVersion
from reflections.models import Reflection
from tests.e2e.conftest import PASSWORD, delivered, last_email_link, log_in, verified_user

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def expect_text(page, text: str) -> None:
    from playwright.sync_api import expect

    expect(page.locator("body")).to_contain_text(text)


def test_1_newcomer_reads_signs_up_verifies_and_reflects(pages, papers_loaded):
    page = pages.new()
    page.goto("/")
    page.click("text=Herstel van het sociaal netwerk")
    assert page.url.endswith("/papers/SHPP003-05/")
    expect_text(page, "Concept — open voor publieke reflectie")

    page.click("nav.toc >> text=6. Kernprincipes van netwerkgericht herstel")
    assert page.url.endswith("#sectie-6")
    assert page.locator("#sectie-6-titel").is_visible()
    page.click("nav.toc >> text=C. Over macht en afhankelijkheid")
    assert page.url.endswith("#vraaggroep-c")

    page.click("#vraag-12 .compose-link")  # "Reageer op deze vraag"
    page.fill("#id_body", "Als naaste word ik afhankelijker van wat professionals doorgeven.")
    page.click("button[name=submit]")
    assert "/accounts/login/" in page.url
    page.click("main >> text=Maak dan eerst een account aan")

    page.fill("#id_email", "nieuw@example.org")
    page.fill("#id_password1", PASSWORD)
    page.fill("#id_password2", PASSWORD)
    page.fill("#id_display_name", "Zus van Sam")
    page.select_option("#id_perspective", "relative")
    page.check("#id_accept_terms")
    page.check("#id_accept_privacy")
    page.click("main button[type=submit]")
    expect_text(page, "e-mail")

    page.goto(last_email_link(r"/accounts/confirm-email/[^\s]+/"))
    page.click("main button[type=submit]")

    page.goto("/papers/SHPP003-05/v0.9/reageren/?vraag=vraag-12")
    assert page.input_value("#id_body").startswith("Als naaste word ik afhankelijker")
    assert page.locator("#id_perspective").input_value() == "relative"
    page.click("button[name=submit]")
    assert page.url.endswith("/mijn/reflecties/")
    expect_text(page, "Wacht op moderatie")
    expect_text(page, "12. Wie wordt er afhankelijker door netwerkuitsluiting?")


@override_settings(REFLECTIONS_SHOWN_PER_TARGET=5)
def test_2_moderator_approves_and_declines_and_everyone_sees_the_outcome(pages, papers_loaded):
    version = PaperVersion.objects.get(paper__code="SHPP003-05")
    question = version.questions.get(anchor="vraag-12")
    naaste = verified_user("naaste@example.org", "Broer Bram", "relative")
    other = verified_user("ander@example.org", "Professional Pia", "professional")
    verified_user("mod@example.org", "Moderator Mo", role="moderatie")
    kept = Reflection.objects.create(
        version=version,
        question=question,
        author=naaste,
        perspective="relative",
        body="Zonder ons als familie verschuift de macht.",
    )
    refused = Reflection.objects.create(
        version=version,
        author=other,
        perspective="professional",
        body="Mevrouw J. de Vries uit kamer 12 kreeg geen bezoek.",
    )

    moderator = pages.new()
    log_in(moderator, "mod@example.org")
    moderator.goto("/moderatie/")
    expect_text(moderator, "2 reflecties wachten op een beslissing")
    moderator.click(f"#reflectie-{kept.pk} button[name=approve]")
    expect_text(moderator, "Gepubliceerd: de reflectie is nu voor iedereen zichtbaar.")
    # The message is where the moderator landed, at the next card, and has the focus.
    assert moderator.evaluate("document.activeElement.id") == "melding"
    moderator.wait_for_function(
        "() => { const top = document.getElementById('melding').getBoundingClientRect().top;"
        " return top >= 0 && top < innerHeight; }",
        timeout=5000,
    )
    moderator.click(f"#reflectie-{refused.pk} >> text=Niet plaatsen…")
    moderator.check("input[value=identifiable]")
    moderator.fill("#id_reason", "U noemt een herkenbare bewoner.")
    moderator.click("#weigeren button[type=submit]")
    expect_text(moderator, "Niet geplaatst. De auteur krijgt de reden per e-mail.")
    # Second thoughts within the undo window: the log of handled items reopens it, and the
    # author, whose email was still waiting, hears only of the final decision.
    moderator.click("nav.subnav >> text=Afgehandeld")
    moderator.click(f"button:has-text('Heropenen #{refused.pk}')")
    expect_text(moderator, f"#{refused.pk} staat weer in de wachtrij")
    moderator.click("nav.subnav >> text=Wachtrij")
    moderator.click(f"#reflectie-{refused.pk} >> text=Niet plaatsen…")
    moderator.check("input[value=identifiable]")
    moderator.fill("#id_reason", "U noemt een herkenbare bewoner.")
    moderator.click("#weigeren button[type=submit]")
    expect_text(moderator, "Niet geplaatst. De auteur krijgt de reden per e-mail.")
    told = [m for m in delivered() if "ander@example.org" in m.to]
    assert len(told) == 1 and "herkenbare bewoner" in told[0].body

    visitor = pages.new()
    visitor.goto("/papers/SHPP003-05/?perspectief=relative#vraag-12")
    visitor.click("#vraag-12 summary")  # a target's reflections are folded (#29)
    assert visitor.locator("#vraag-12").inner_text().count("Zonder ons als familie") == 1
    visitor.goto("/papers/SHPP003-05/?perspectief=professional")
    assert "Zonder ons als familie" not in visitor.locator("#vraag-12").text_content()
    assert "kamer 12" not in visitor.content()

    author = pages.new()
    log_in(author, "ander@example.org")
    author.goto("/mijn/reflecties/")
    expect_text(author, "Niet geplaatst")
    expect_text(
        author, "Herleidbaar tot een individuele casus of persoon. U noemt een herkenbare bewoner."
    )


@override_settings(REPORTS_TO_HIDE=2)
def test_3_reports_hide_a_reflection_until_a_moderator_decides(pages, papers_loaded):
    version = PaperVersion.objects.get(paper__code="SHPP003-05")
    author = verified_user("auteur@example.org", "Auteur A")
    verified_user("lezer1@example.org", "Lezer Een")
    verified_user("lezer2@example.org", "Lezer Twee")
    verified_user("mod@example.org", "Moderator Mo", role="moderatie")
    reflection = Reflection.objects.create(
        version=version,
        author=author,
        perspective="relative",
        status="approved",
        body="Een reflectie die sommige lezers te ver vinden gaan.",
    )

    for email in ("lezer1@example.org", "lezer2@example.org"):
        reader = pages.new()
        log_in(reader, email)
        # A link to the reflection opens the fold it is in (#29).
        reader.goto(f"/papers/SHPP003-05/#reflectie-{reflection.pk}")
        reader.click(f"#reflectie-{reflection.pk} >> text=Melden")
        reader.fill("#id_reason", "Dit lijkt over een herkenbare persoon te gaan.")
        reader.click("main button[type=submit]")
        expect_text(reader, "Dank u voor uw melding.")

    visitor = pages.new()
    visitor.goto("/papers/SHPP003-05/")
    assert "te ver vinden gaan" not in visitor.content()

    moderator = pages.new()
    log_in(moderator, "mod@example.org")
    moderator.goto("/moderatie/meldingen/")
    expect_text(moderator, "Een reflectie die sommige lezers te ver vinden gaan.")
    # Decided from the list itself; the reflection's page has the history for who wants it.
    moderator.click("text=Weer tonen en meldingen afhandelen")
    assert moderator.url.endswith("/moderatie/meldingen/")  # back to the reports
    expect_text(moderator, "De reflectie blijft gepubliceerd; de meldingen zijn afgehandeld.")
    expect_text(moderator, "Er zijn geen open meldingen.")
    visitor.reload()
    assert "te ver vinden gaan" in visitor.content()


def test_4_editors_take_a_paper_from_v09_to_v10(pages, papers_loaded):
    version = PaperVersion.objects.get(paper__code="SHPP003-01")
    author = verified_user("jurist@example.org", "Jurist J.", "lawyer")
    reflection = Reflection.objects.create(
        version=version,
        author=author,
        perspective="lawyer",
        status="approved",
        question=version.questions.get(anchor="vraag-4-3"),
        body="Bewijsverzameling blokkeert herstel; noem ook de rechter.",
    )
    verified_user("red1@example.org", "Redacteur Een", role="redactie")
    verified_user("red2@example.org", "Redacteur Twee", role="redactie")

    editor = pages.new()
    log_in(editor, "red1@example.org")
    editor.goto("/redactie/")
    editor.click("text=v0.9 beheren >> nth=0")
    editor.click("text=Consultatie sluiten…")
    editor.click("main button[type=submit]")
    expect_text(editor, "De consultatie is gesloten.")
    editor.click("text=Nieuwe versie aanmaken…")
    editor.click("main button[type=submit]")
    expect_text(editor, "De nieuwe versie is aangemaakt")

    editor.click("a:has-text('Bewerken'):has(span:text('4. Waarom juridisering'))")
    body = editor.input_value("#id_body")
    editor.fill(
        "#id_body",
        body.replace(
            "neemt de bereidheid tot bewegen af.",
            "neemt de bereidheid tot bewegen af, ook bij de rechter.",
        ),
    )
    editor.check("input[value=sharpening]")
    editor.fill("#id_explanation", "De rol van de rechter is toegevoegd.")
    editor.check(f"#id_prompted_by input[value='{reflection.pk}']")
    editor.click("button[name=save]")
    expect_text(editor, "De sectie is opgeslagen.")
    # Named as the section's reason, the reflection is "verwerkt" in it already.
    expect_text(editor, "kreeg de verwerking ‘verwerkt in 4. Waarom juridisering")

    editor.click("text=Naar de verwerking")
    expect_text(editor, "Geen reflecties die aan dit filter voldoen.")  # none left without one
    editor.click("text=Filter wissen")
    item = editor.locator(f"#reflectie-{reflection.pk}")
    expect_text(editor, "Verwerkt in de nieuwe versie")
    item.locator("text=Verwerking aanpassen").click()
    editor.fill("#id_response", "Verwerkt: de rechter staat nu in sectie 4.")
    editor.click("main form button[type=submit]")
    expect_text(editor, "Verwerking van")

    editor.goto("/redactie/SHPP003-01/v1.0/besluit/")
    editor.fill("#id_decided_on", "2026-11-20")
    editor.fill("#id_reference", "BB-2026-11")
    editor.click("main button[type=submit]")
    editor.goto("/redactie/SHPP003-01/v1.0/vaststellen/")
    expect_text(editor, "Vier ogen")

    second = pages.new()
    log_in(second, "red2@example.org")
    second.goto("/redactie/SHPP003-01/v1.0/vaststellen/")
    second.click("main button[type=submit]")
    expect_text(second, "De versie is vastgesteld")

    visitor = pages.new()
    visitor.goto("/papers/SHPP003-01/")
    expect_text(visitor, "Vastgesteld kaderdocument")
    expect_text(visitor, "v1.0")
    visitor.click("text=Vergelijk v0.9 met v1.0")
    assert visitor.locator("ins", has_text="ook bij de rechter").count() == 1
    expect_text(visitor, "De rol van de rechter is toegevoegd.")
    visitor.goto("/papers/SHPP003-01/v0.9/")
    expect_text(visitor, "Deze versie is vervangen")
    visitor.click("text=Consultatieverslag")
    expect_text(visitor, "Verwerkt in de nieuwe versie")


def test_6_publish_a_paper_from_a_file_find_a_reflection_and_follow_a_paper(pages, papers_loaded):
    from django.core import mail

    from papers.fileformat.tests.test_fileformat import VALID

    verified_user("red1@example.org", "Redacteur Een", role="redactie")
    reader = verified_user("volger@example.org", "Volger Vera", "relative")
    fifth = PaperVersion.objects.get(paper__code="SHPP003-05")
    Reflection.objects.create(
        version=fifth,
        author=reader,
        perspective="relative",
        status="approved",
        body="Mijn broer verloor zijn zorgrelaties toen de woongroep het netwerk weerde.",
    )

    # An editor publishes SHPP003-02 from its Markdown file: a problem first, then the preview.
    editor = pages.new()
    log_in(editor, "red1@example.org")
    editor.goto("/redactie/")
    editor.click("text=Nieuwe paper of versie uploaden…")
    editor.fill("#id_text", VALID.replace("reeks: SHPP003", "reeks: SHPP999"))
    editor.click("main button[type=submit]")
    expect_text(editor, "Regel 2: Onbekende reeks 'SHPP999'.")
    editor.fill("#id_text", VALID)
    editor.click("main button[type=submit]")
    expect_text(editor, "Voorbeeld — nog niet opgeslagen.")
    assert not PaperVersion.objects.filter(paper__code="SHPP003-02").exists()
    editor.click("main button:has-text('Opslaan als versie in voorbereiding') >> nth=0")
    expect_text(editor, "is opgeslagen als versie in voorbereiding")
    assert PaperVersion.objects.get(paper__code="SHPP003-02").status == "draft"

    # A visitor finds the reflection by a word in it (another form of the word, on PostgreSQL).
    visitor = pages.new()
    visitor.goto("/")
    visitor.fill("#zoekterm-home", "zorgrelatie woongroep")
    visitor.click("form[role=search] button")
    expect_text(visitor, "1 resultaat voor ‘zorgrelatie woongroep’")
    visitor.click(".search-hit--reflection a")
    expect_text(visitor, "Mijn broer verloor zijn zorgrelaties")

    # A reader follows SHPP003-01 and gets the email when its consultation closes.
    follower = pages.new()
    log_in(follower, "volger@example.org")
    follower.goto("/papers/SHPP003-01/")
    follower.click("text=Volg deze paper per e-mail")
    follower.click("main button:has-text('SHPP003-01 volgen')")
    expect_text(follower, "U volgt SHPP003-01.")
    mail.outbox.clear()
    editor.goto("/redactie/SHPP003-01/v0.9/sluiten/")
    editor.click("main button[type=submit]")
    expect_text(editor, "De consultatie is gesloten.")
    closed = [m for m in delivered() if m.to == ["volger@example.org"]]
    assert [m.subject for m in closed] == ["[CIV-CARE] Consultatie gesloten: SHPP003-01 v0.9"]
    follower.goto(last_email_link(r"/papers/afmelden/[^\s]+/"))
    follower.click("main button:has-text('Afmelden')")
    expect_text(follower, "U bent afgemeld.")


FOCUSED_ELEMENT = """() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    return {
        tag: el.tagName, id: el.id, name: el.name || '', type: el.type || '',
        text: (el.innerText || el.value || '').trim().slice(0, 80),
        href: el.getAttribute('href') || '',
        outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
        shadow: style.boxShadow !== 'none',
    };
}"""


def tab_until(page, predicate, *, backwards=False, limit=250):
    """Tab until the focused element satisfies predicate; every stop must show focus."""
    for _ in range(limit):
        page.keyboard.press("Shift+Tab" if backwards else "Tab")
        info = page.evaluate(FOCUSED_ELEMENT)
        if info["tag"] == "BODY":
            continue  # focus left the page (browser chrome) and comes back around
        assert info["outline"] or info["shadow"], f"focus not visible on {info}"
        if predicate(info):
            return info
    raise AssertionError("control not reachable with the keyboard")


def test_5_post_and_moderate_with_the_keyboard_only(pages, papers_loaded):
    verified_user("toetsenbord@example.org", "Toetsenbord T.", "client")
    verified_user("mod@example.org", "Moderator Mo", role="moderatie")
    page = pages.new()

    def tab_to(predicate, *, backwards=False, limit=250):
        return tab_until(page, predicate, backwards=backwards, limit=limit)

    page.goto("/accounts/login/")
    page.keyboard.press("Tab")
    skip = page.evaluate("document.activeElement.textContent")
    assert skip.strip() == "Naar de inhoud"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "inhoud"
    tab_to(lambda i: i["id"] == "id_login")
    page.keyboard.type("toetsenbord@example.org")
    tab_to(lambda i: i["id"] == "id_password")
    page.keyboard.type(PASSWORD)
    tab_to(lambda i: i["tag"] == "BUTTON" and i["type"] == "submit")
    page.keyboard.press("Enter")
    page.wait_for_url("**/mijn/account/")

    page.goto("/papers/SHPP003-05/")
    tab_to(lambda i: "reageren/?vraag=vraag-11" in i["href"])
    page.keyboard.press("Enter")
    page.wait_for_url("**/reageren/?vraag=vraag-11")
    tab_to(lambda i: i["id"] == "id_body")
    page.keyboard.type("Met alleen het toetsenbord: de macht verschuift naar het systeem.")
    # A radio group is one tab stop; the arrow keys choose within it.
    tab_to(lambda i: i["id"] == "id_is_anonymous_0")
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.id") == "id_is_anonymous_1"
    tab_to(lambda i: i["id"] == "id_may_quote")
    page.keyboard.press("Space")
    tab_to(lambda i: i["name"] == "submit")
    tab_to(lambda i: i["name"] == "preview", backwards=True)  # and back again
    tab_to(lambda i: i["name"] == "submit")
    page.keyboard.press("Enter")
    page.wait_for_url("**/mijn/reflecties/")
    reflection = Reflection.objects.get()
    assert reflection.is_anonymous and reflection.may_quote

    page.goto("/accounts/logout/")
    tab_to(lambda i: i["tag"] == "BUTTON" and "Uitloggen" in i["text"] and i["type"] == "submit")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    page.goto("/accounts/login/")
    tab_to(lambda i: i["id"] == "id_login")
    page.keyboard.type("mod@example.org")
    tab_to(lambda i: i["id"] == "id_password")
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url("**/moderatie/")  # a moderator with work waiting lands on the queue
    tab_to(lambda i: i["name"] == "approve")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    reflection.refresh_from_db()
    assert reflection.status == "approved"
    expect_text(page, "Gepubliceerd")


SENTENCES = [
    "Het netwerk van de cliënt werd pas betrokken toen het te laat was.",
    "Wachttijden maakten dat de relatie met de hulpverlening verhardde.",
    "De dossiers groeiden, maar het contact werd minder.",
    "Als naaste werd ik gehoord als informant, niet als deel van de oplossing.",
    "Toezicht keek naar procedures en niet naar de relatie.",
    "De regels van de instelling stonden tussen ons en de zorg in.",
    "Tijdelijke maatregelen bleven jaren van kracht zonder evaluatie.",
    "Een onafhankelijke gespreksleider bracht de beweging terug.",
]
CAMPAIGN = (
    "Als cliëntenraad vragen wij dat elke zorgaanbieder een vast aanspreekpunt aanwijst voor "
    "naasten, bereikbaar binnen een werkdag, ook bij een crisis buiten kantoortijden."
)


def consultation_of_200(version) -> tuple:
    """200 published reflections on ``version`` from 20 people (Nora wrote 12), over the
    paper, its sections and questions, in every perspective; ten copy one campaign text."""
    import random

    from civcare.core.rendering import render_user_markdown

    rng = random.Random(15)
    people = [verified_user(f"schrijver{n}@example.org", f"Schrijver {n}") for n in range(19)]
    nora = verified_user("nora@example.org", "Naaste Nora", "relative")
    targets = [{}, *({"section": s} for s in version.sections.all()),
               *({"question": q} for q in version.questions.all())]  # fmt: skip
    perspectives = ["relative", "professional", "client", "experience_expert", "policymaker",
                    "supervisor", "lawyer", "other"]  # fmt: skip
    rows = []
    for n in range(200):
        body = CAMPAIGN if n % 20 == 7 else f"Reflectie {n}. " + " ".join(rng.sample(SENTENCES, 2))
        rows.append(Reflection(
            version=version, author=nora if n < 12 else people[n % 19],
            perspective=perspectives[n % 8], status="approved", body=body,
            body_html=render_user_markdown(body), may_quote=n % 3 != 0, **targets[n % len(targets)],
        ))  # fmt: skip
    Reflection.objects.bulk_create(rows)
    return nora


def test_7_editors_turn_200_reflections_into_v10_with_themes_groups_and_bulk_answers(
    pages, papers_loaded
):
    version = PaperVersion.objects.get(paper__code="SHPP003-01")
    consultation_of_200(version)
    verified_user("red1@example.org", "Redacteur Een", role="redactie")
    verified_user("red2@example.org", "Redacteur Twee", role="redactie")
    editor = pages.new()
    log_in(editor, "red1@example.org")
    base = "/redactie/SHPP003-01/v0.9"

    editor.goto(f"{base}/sluiten/")
    editor.click("main button[type=submit]")
    editor.click("text=Nieuwe versie aanmaken…")
    editor.click("main button[type=submit]")
    expect_text(editor, "De nieuwe versie is aangemaakt")
    editor.click("a:has-text('Bewerken'):has(span:text('4. Waarom juridisering'))")
    editor.fill("#id_body", editor.input_value("#id_body") + "\n\nHet netwerk hoort aan tafel.")
    editor.check("input[value=sharpening]")
    editor.fill("#id_explanation", "Het netwerk is toegevoegd.")
    editor.click("button[name=save]")
    expect_text(editor, "De sectie is opgeslagen.")

    # Themes, then each given to everything that matches a word, in one POST each.
    for name in ("Het netwerk", "Wachttijden"):
        editor.goto(f"{base}/themas/")
        editor.fill("#id_name", name)
        editor.click("main form button[type=submit]")
        expect_text(editor, f"Thema ‘{name}’ toegevoegd.")
    for word, name in (("netwerk", "Het netwerk"), ("Wachttijden", "Wachttijden")):
        editor.goto(f"{base}/reflecties/")
        editor.fill("#id_q", word)
        editor.click("text=Filteren")
        editor.check("input[name=scope][value=filter]")
        editor.select_option("#id_theme", label=name)
        editor.click("button[value=toekennen]")
        expect_text(editor, "Controleer deze stap")  # what it changes, then confirmed (#29)
        editor.click("button[name=bestaande]")
        expect_text(editor, f"Thema ‘{name}’ gegeven aan")

    # The campaign text, found as similar, grouped whole in one step, and the editor is back
    # on the similar page, the message where the group was (#29).
    editor.goto(f"{base}/vergelijkbaar/")
    campaign = editor.locator(
        "section.similar-cluster",
        has_text="10 reflecties uit één campagne, hoogste overeenkomst 1,00",
    )
    campaign.locator("text=Deze 10 reflecties groeperen").click()
    expect_text(editor, "10 reflecties vormen nu groep")
    assert "/vergelijkbaar/" in editor.url

    editor.goto(f"{base}/standaardantwoorden/")
    editor.fill("#id_title", "Later")
    editor.select_option("#id_kind", "later")
    editor.fill("#id_text", "Wij nemen uw reflectie mee bij de volgende herziening.")
    editor.click("main form button[type=submit]")

    def bulk_disposition(filters: dict, kind: str | None, response: str = "", section=None):
        editor.goto(f"{base}/reflecties/")
        for field, value in filters.items():
            editor.select_option(f"#id_{field}", label=value)
        editor.click("text=Filteren")
        editor.check("input[name=scope][value=filter]")
        editor.click("text=Verwerking vastleggen (in v1.0)")
        if kind:
            editor.check(f"input[name=kind][value={kind}]")
        if section:
            editor.select_option("#id_section", label=section)
        if response:
            editor.fill("#id_response", response)
        else:
            editor.select_option("#id_standard_answer", label="Later")
        editor.click("button[value=verwerken]")
        expect_text(editor, "Controleer deze stap")
        others = editor.locator("#id_zonder_andere_themas")
        if others.count():
            # Reflections in a theme whose others were processed otherwise: the editor read
            # them and gives them this answer too.
            others.uncheck()
        editor.click("button[name=bestaande] >> nth=0")
        expect_text(editor, "Verwerking vastgelegd voor")

    editor.goto(f"{base}/reflecties/")
    group = editor.locator("#id_groep option").nth(1).text_content()
    bulk_disposition({"groep": group}, None)  # the standard answer brings its type
    bulk_disposition({"thema": "Het netwerk", "verwerking": "Nog zonder verwerking"},
                     "incorporated", "Verwerkt in sectie 4: het netwerk hoort aan tafel.",
                     section="4. Waarom juridisering de impasse verdiept")  # fmt: skip
    bulk_disposition({"verwerking": "Nog zonder verwerking"}, "out_of_scope",
                     "Dank u wel; dit valt buiten de reikwijdte van deze paper.")  # fmt: skip
    expect_text(editor, "0 nog zonder verwerking")

    # One reflection overridden afterwards, on its own.
    editor.goto(f"{base}/reflecties/?verwerking=out_of_scope")
    editor.click("text=Verwerking aanpassen >> nth=0")
    editor.check("input[name=kind][value=not_adopted]")
    editor.fill("#id_reason", "De paper kiest bewust voor een andere ingang.")
    editor.click("main form button[type=submit]")
    expect_text(editor, "opgeslagen")

    for name in ("Het netwerk", "Wachttijden"):
        editor.goto(f"{base}/synthese/")
        editor.click(f"a:has-text('Schrijven'):has(span:text-is(': {name}'))")
        editor.fill("#id_heard", f"Over {name.lower()} zeiden naasten en professionals hetzelfde.")
        editor.fill("#id_did", "Sectie 4 is aangescherpt.")
        editor.check("#id_changes input >> nth=0")
        editor.click("button:has-text('Synthese opslaan')")  # not the quotes' button above it
        expect_text(editor, "is opgeslagen")

    editor.goto("/redactie/SHPP003-01/v1.0/besluit/")
    editor.fill("#id_decided_on", "2026-11-20")
    editor.fill("#id_reference", "BB-2026-15")
    editor.click("main button[type=submit]")
    editor.goto("/redactie/SHPP003-01/v1.0/")
    expect_text(editor, "Vier ogen: u legde het besluit vast")

    second = pages.new()
    log_in(second, "red2@example.org")
    second.goto("/redactie/")
    second.click("text=SHPP003-01 v1.0 – Herstel bij vastgelopen zorgrelaties")
    expect_text(second, "Wat u vaststelt")
    second.click("main button[type=submit]")
    expect_text(second, "De versie is vastgesteld")

    visitor = pages.new()
    visitor.goto("/papers/SHPP003-01/")
    expect_text(visitor, "na een publieke consultatie over v0.9 met 200 reflecties")
    visitor.click("text=Consultatieverslag: wat we hoorden, wat we deden")
    expect_text(visitor, "Wat we hoorden, wat we deden")
    expect_text(visitor, "Over het netwerk zeiden naasten en professionals hetzelfde.")
    assert visitor.locator("svg.chart__svg").count() == 2  # the heatmap and the themes
    pages.save("journey-7-consultation-report")

    nora_mails = [m for m in delivered() if "nora@example.org" in m.to]
    assert len(nora_mails) == 1  # twelve reflections, one email at adoption
    assert nora_mails[0].body.count("#") >= 12


def test_10_a_bulk_step_that_took_too_much_is_undone_in_one_step(pages, papers_loaded):
    """#29: a search for "geschreven" also matched "goed geschreven" and put reflections in
    the wrong theme. The editor sees what the step will do, takes it, and undoes it from
    the message in one step; then takes the right one."""
    version = PaperVersion.objects.get(paper__code="SHPP003-01")
    consultation_of_200(version)
    author = verified_user("schrijver@example.org", "Schrijver Sam")
    for n in range(6):
        meant = f"Reflectie {n}: geschreven afspraken tussen naasten en zorg werken niet."
        Reflection.objects.create(
            version=version,
            author=author,
            perspective="relative",
            status="approved",
            body=meant,
            body_html=f"<p>{meant}</p>",
        )
    for n in range(5):
        praise = f"Reactie {n}: een goed geschreven paper, dank u."
        Reflection.objects.create(
            version=version,
            author=author,
            perspective="other",
            status="approved",
            body=praise,
            body_html=f"<p>{praise}</p>",
        )
    verified_user("red1@example.org", "Redacteur Een", role="redactie")
    editor = pages.new()
    log_in(editor, "red1@example.org")
    base = "/redactie/SHPP003-01/v0.9"
    editor.goto(f"{base}/themas/")
    editor.fill("#id_name", "Geschreven afspraken")
    editor.click("main form button[type=submit]")

    def give_to_all(word: str) -> None:
        editor.goto(f"{base}/reflecties/")
        editor.fill("#id_q", word)
        editor.click("text=Filteren")
        editor.check("input[name=scope][value=filter]")
        editor.select_option("#id_theme", label="Geschreven afspraken")
        editor.click("button[value=toekennen]")
        expect_text(editor, "Controleer deze stap")

    give_to_all("geschreven")
    expect_text(editor, "11 reflecties krijgen dit thema.")
    pages.save("journey-10-what-the-step-changes")
    editor.click("button[name=bestaande]")
    expect_text(editor, "Thema ‘Geschreven afspraken’ gegeven aan 11 reflecties.")
    # Too many: undone from the message, in one step.
    editor.click("[role=status] a:has-text('ongedaan maken…')")
    expect_text(editor, "Wat wordt teruggezet")
    editor.click("main form button[type=submit]")
    expect_text(editor, "is ongedaan gemaakt: 11 reflecties hebben weer wat zij hadden.")
    expect_text(editor, "ongedaan gemaakt door Redacteur Een")  # in the recent bulk steps
    pages.save("journey-10-undone")

    give_to_all("geschreven afspraken")
    expect_text(editor, "6 reflecties krijgen dit thema.")
    editor.click("button[name=bestaande]")
    expect_text(editor, "Thema ‘Geschreven afspraken’ gegeven aan 6 reflecties.")
    editor.goto(base + "/")
    expect_text(editor, "bulkstap ongedaan gemaakt")  # the version's log


def test_8_the_herleidbaarheidscheck_warns_the_author_and_lets_a_moderator_redact(
    pages, papers_loaded
):
    verified_user("zus@example.org", "Zus van Sam", "relative")
    verified_user("pro@example.org", "Professional Pia", "professional")
    verified_user("mod@example.org", "Moderator Mo", role="moderatie")
    compose = "/papers/SHPP003-05/v0.9/reageren/"

    # A relative names her brother and his care home; the preview marks both, in words.
    relative = pages.new()
    log_in(relative, "zus@example.org")
    relative.goto(compose)
    relative.fill(
        "#id_body",
        "Mijn broer Pieter Jansen woont in zorginstelling Altrecht; zijn netwerk viel weg.",
    )
    relative.click("button[name=preview]")
    expect_text(relative, "Is iemand hierin herkenbaar?")
    findings = relative.locator(".identifiability__list").inner_text()
    assert "Mogelijk een naam" in findings and "Pieter Jansen" in findings
    assert "Mogelijk de naam van een instelling" in findings and "Altrecht" in findings
    marks = relative.locator(".identifiability__text mark")
    assert marks.count() == 2 and "(mogelijk een naam)" in marks.first.inner_text()
    pages.save("journey-8-preview-marks")
    # She writes it without the names; the preview is quiet and the reflection is posted.
    relative.fill(
        "#id_body",
        "Mijn broer woont in een woonvoorziening; zijn netwerk viel weg toen hij verhuisde.",
    )
    relative.click("button[name=preview]")
    assert relative.locator(".identifiability").count() == 0
    relative.click("button[name=submit]")
    assert relative.url.endswith("/mijn/reflecties/")
    expect_text(relative, "Wacht op moderatie")

    # A professional posts a phone number: warned once before posting, and posts anyway.
    professional = pages.new()
    log_in(professional, "pro@example.org")
    professional.goto(compose)
    professional.fill("#id_body", "Bel mij gerust op 06-12345678 over hoe het netwerk uitviel.")
    professional.click("button[name=submit]")
    expect_text(professional, "Voordat u plaatst")
    expect_text(professional, "Een telefoonnummer")
    professional.click("button[name=submit]")
    assert professional.url.endswith("/mijn/reflecties/")
    posted = Reflection.objects.get(author__email="pro@example.org")
    assert posted.findings == {"telefoon": 1}

    # The moderator filters the queue on possible personal data, redacts and publishes.
    moderator = pages.new()
    log_in(moderator, "mod@example.org")
    moderator.goto("/moderatie/")
    moderator.check("#filter-persoonsgegevens")
    moderator.click("main button:has-text('Filteren')")
    queue = moderator.locator("main").inner_text()
    assert "Een telefoonnummer (1)" in queue and "woonvoorziening" not in queue
    moderator.goto(f"/moderatie/{posted.pk}/")
    assert moderator.locator("#weglaten mark").inner_text().startswith("06-12345678")
    pages.save("journey-8-redact")
    # A word that is not in the text stops it, with the choice kept.
    moderator.fill("#weglaten-woorden", "gerustt")
    moderator.click("#weglaten button[type=submit]")
    expect_text(moderator, "'gerustt' staat niet in de tekst")  # waits for the answer
    assert moderator.title().startswith("Fout:")
    assert moderator.input_value("#weglaten-woorden") == "gerustt"
    moderator.fill("#weglaten-woorden", "")
    # The result is shown before anything is published.
    moderator.click("#weglaten button[type=submit]")
    expect_text(moderator, "Zo wordt de reflectie gepubliceerd")
    assert moderator.locator("#weglaten-resultaat mark").inner_text() == "[telefoonnummer]"
    assert Reflection.objects.get(pk=posted.pk).is_pending
    pages.save("journey-8-redact-result")
    moderator.click("button[name=publiceren]")
    expect_text(moderator, "Gepubliceerd zonder wat u koos.")

    visitor = pages.new()
    visitor.goto("/papers/SHPP003-05/")
    expect_text(visitor, "Bel mij gerust op [telefoonnummer] over hoe het netwerk uitviel.")
    assert "06-12345678" not in visitor.content()
    told = [m for m in delivered() if "pro@example.org" in m.to]
    assert len(told) == 1 and "[telefoonnummer]" in told[0].body
    assert "06-12345678" not in told[0].body


FIRST_SENTENCE = "Wanneer zorg vastloopt, verdwijnt het sociaal netwerk vaak als eerste uit beeld."


def test_9_a_reflection_on_one_sentence_with_the_keyboard_only_and_where_it_went_in_v10(
    pages, papers_loaded
):
    from civcare.accounts.tests.factories import moderator
    from governance import transitions
    from papers.models import ChangeType
    from reflections import moderation

    verified_user("alinea@example.org", "Alinea A.", "relative")
    page = pages.new()
    log_in(page, "alinea@example.org")
    page.goto("/papers/SHPP003-05/")

    def tab_to(predicate):
        return tab_until(page, predicate)

    # The first paragraph's marker: a screen reader hears which paragraph it is.
    marker = tab_to(lambda i: "sectie=sectie-0&alinea=1" in i["href"])
    assert page.evaluate("document.activeElement.ariaLabel") == "Reageer op alinea 1"
    assert marker["href"].endswith("/reflecties/?sectie=sectie-0&alinea=1")
    page.keyboard.press("Enter")
    page.wait_for_url("**/reflecties/?sectie=sectie-0&alinea=1")
    tab_to(lambda i: i["text"] == "Reageer op deze alinea")
    page.keyboard.press("Enter")
    page.wait_for_url("**/reageren/?sectie=sectie-0&alinea=1")
    expect_text(page, "U reageert op de eerste alinea van")
    # Narrow to the first sentence: the radio group is one tab stop, arrows choose.
    tab_to(lambda i: i["id"] == "id_passage_0")
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.id") == "id_passage_1"
    tab_to(lambda i: i["id"] == "id_body")
    page.keyboard.type("Precies dit: eerst verdween mijn broer uit beeld, daarna wij.")
    tab_to(lambda i: i["name"] == "preview")
    page.keyboard.press("Enter")
    page.wait_for_load_state()
    # The preview step marks the chosen sentence in the paragraph, and keeps the choice.
    assert page.locator(".passage-choice mark").inner_text() == FIRST_SENTENCE
    tab_to(lambda i: i["name"] == "submit")
    page.keyboard.press("Enter")
    page.wait_for_url("**/mijn/reflecties/")
    reflection = Reflection.objects.get()
    assert (reflection.quote_anchor, reflection.quote_exact) == ("sectie-0-p1", FIRST_SENTENCE)

    # After moderation, the quote shows with the section's reflections; the marker counts it.
    moderation.approve(reflection, by=moderator())
    page.goto(f"/papers/SHPP003-05/#reflectie-{reflection.pk}")  # opens its fold (#29)
    marker = page.locator('a.passage-marker[href$="sectie=sectie-0&alinea=1"]')
    assert marker.inner_text() == "1 reflectie"
    quote = page.locator(f"#reflectie-{reflection.pk} .passage-quote blockquote")
    assert quote.inner_text() == FIRST_SENTENCE

    # The editors change that paragraph in v1.0; the comparison shows the reflection there.
    lead = verified_user("redactie@example.org", "Redacteur Roos", role="redactie")
    consulted = reflection.version
    transitions.close_consultation(consulted, by=lead)
    draft = transitions.create_draft(consulted, by=lead)
    section = draft.sections.get(anchor="sectie-0")
    transitions.amend_section(
        section, by=lead, title=section.title,
        body=section.body.replace("vaak als eerste", "meestal als allereerste"),
        change_type=ChangeType.CLARIFICATION, explanation="Preciezer.",
    )  # fmt: skip
    page = pages.new()
    log_in(page, "redactie@example.org")
    page.goto(f"/papers/SHPP003-05/diff/{consulted.number}/{draft.number}/")
    link = page.locator(f'a[href$="/reflecties/{reflection.pk}/"]')
    row = page.locator(".diff-paragraph--changed", has=link)
    assert "gewijzigd" in row.locator(".badge").inner_text()
    assert "% gelijk" in row.inner_text()


def consultation_of_1000(version) -> None:
    """1,000 published reflections on ``version`` from 100 people, over the paper, its
    sections and questions, in seven perspectives (lawyers stayed silent); a campaign of 45
    near-copies of one text (a word or two changed), 6 on written agreements and 5 that
    praise a well-written paper."""
    import random

    from civcare.core.rendering import render_user_markdown

    rng = random.Random(29)
    people = [verified_user(f"lezer{n}@example.org", f"Lezer {n}") for n in range(100)]
    targets = [{}, *({"section": s} for s in version.sections.all()),
               *({"question": q} for q in version.questions.all())]  # fmt: skip
    perspectives = ["relative", "professional", "client", "experience_expert", "policymaker",
                    "supervisor", "other"]  # fmt: skip
    endings = ["", " Dank u.", " Graag.", " Alstublieft.", " Echt waar.", " Dat is nodig."]
    bodies = [CAMPAIGN + endings[n % len(endings)] + f" ({n})" for n in range(45)]
    bodies += [f"Reflectie {n}: geschreven afspraken tussen naasten en zorg werken niet."
               for n in range(6)]  # fmt: skip
    bodies += [f"Reactie {n}: een goed geschreven paper, dank u." for n in range(5)]
    while len(bodies) < 1000:
        bodies.append(f"Reflectie {len(bodies)}. " + " ".join(rng.sample(SENTENCES, 2)))
    Reflection.objects.bulk_create(
        Reflection(
            version=version,
            author=people[n % 100],
            perspective=perspectives[n % 7],
            status="approved",
            body=body,
            body_html=render_user_markdown(body),
            **targets[n % len(targets)],
        )
        for n, body in enumerate(bodies)
    )


def test_11_an_editor_codes_1000_reflections_a_campaign_whole_a_wrong_step_undone_a_cell(
    pages, papers_loaded
):
    """#29 at volume: the campaign of 45 shown with its true size and grouped whole from the
    similar page (the editor lands back at it); a bulk step whose search took too much,
    undone in one step, then the right one; a cell of the analysis opened as the work list
    with the same number, and the silent perspective named."""
    from playwright.sync_api import expect

    version = PaperVersion.objects.get(paper__code="SHPP003-01")
    consultation_of_1000(version)
    verified_user("red1@example.org", "Redacteur Een", role="redactie")
    editor = pages.new()
    log_in(editor, "red1@example.org")
    base = "/redactie/SHPP003-01/v0.9"

    # The campaign: its heading counts all 45, fewer cards stand side by side, taken whole.
    editor.goto(f"{base}/vergelijkbaar/", timeout=60_000)  # worked out once, cold
    campaign = editor.locator("section.similar-cluster", has_text="45 reflecties")
    assert campaign.locator(".side-by-side > li").count() < 45
    expect(campaign).to_contain_text("Toon alle 45 reflecties")
    campaign.locator("input[name=naam]").fill("Campagne bereikbaarheid")
    campaign.locator("button:has-text('Deze 45 reflecties groeperen')").click()
    expect_text(editor, "45 reflecties vormen nu groep")
    assert "#melding" in editor.url
    grouped = editor.locator("section.similar-cluster", has_text="Campagne bereikbaarheid")
    expect(grouped).to_contain_text("Alle 45 al gegroepeerd")
    grouped.locator("a:has-text('in de werklijst')").click()
    expect_text(editor, "45 reflecties voldoen aan dit filter.")
    pages.save("journey-11-campaign-whole")

    # A search that took too much, undone in one step; then what the editor meant.
    editor.goto(f"{base}/themas/")
    editor.fill("#id_name", "Geschreven afspraken")
    editor.click("main form button[type=submit]")

    def give_to_all(search: str, count: int) -> None:
        editor.goto(f"{base}/reflecties/")
        editor.fill("#id_q", search)
        editor.click("text=Filteren")
        expect_text(editor, f"{count} reflecties voldoen aan dit filter.")
        editor.check("input[name=scope][value=filter]")
        editor.select_option("#id_theme", label="Geschreven afspraken")
        editor.click("button[value=toekennen]")
        expect_text(editor, f"{count} reflecties krijgen dit thema.")
        editor.click("button[name=bestaande]")
        expect_text(editor, f"Thema ‘Geschreven afspraken’ gegeven aan {count} reflecties.")

    give_to_all("geschreven", 11)
    editor.click("[role=status] a:has-text('ongedaan maken…')")
    editor.click("main form button[type=submit]")
    expect_text(editor, "is ongedaan gemaakt: 11 reflecties hebben weer wat zij hadden.")
    give_to_all('geschreven -"goed geschreven"', 6)

    # The analysis: the silent perspective named; a cell opened as that filtered work list.
    editor.goto("/papers/SHPP003-01/v0.9/analyse/", timeout=60_000)  # charts drawn, cold
    expect_text(editor, "Geen reflecties van: Jurist")
    cell = editor.locator("table a[href*='perspectief=relative'][href*='sectie=']").first
    count = int(cell.text_content())
    assert count > 0
    cell.click()
    expect_text(editor, f"{count} reflecties voldoen aan dit filter.")
    assert editor.locator("#id_perspectief").input_value() == "relative"
    pages.save("journey-11-analysis-cell")


def test_12_a_cell_of_the_analysis_opens_as_the_work_list_and_is_coded_from_under_it(
    pages, papers_loaded
):
    """#29: "Jurist × sectie 4 = 21" could not be opened; a silent perspective had no column;
    after ticking items the bulk controls were 165 Shift+Tabs back up."""
    from governance import transitions

    version = PaperVersion.objects.get(paper__code="SHPP003-01")
    consultation_of_200(version)
    Reflection.objects.filter(version=version, perspective="supervisor").delete()
    roos = verified_user("red1@example.org", "Redacteur Een", role="redactie")
    transitions.create_theme(version, by=roos, name="Het netwerk")
    editor = pages.new()
    log_in(editor, "red1@example.org")
    editor.goto("/papers/SHPP003-01/v0.9/analyse/")
    expect_text(editor, "Geen reflecties van: Toezichthouder.")
    whole = (
        editor.locator("#heatmap-tabel")
        .locator("xpath=..")
        .locator("tr", has=editor.locator("th", has_text="De paper als geheel"))
    )
    cells = whole.locator("td a")
    counts = [int(cells.nth(i).inner_text()) for i in range(cells.count())]
    biggest = counts.index(max(counts))
    assert counts[biggest] > 1
    cells.nth(biggest).click()
    expect_text(editor, f"{counts[biggest]} reflecties voldoen aan dit filter.")
    assert editor.input_value("#id_sectie") == "geheel"
    pages.save("journey-11-a-cell-as-the-work-list")

    # Tick the last two on the page, then act from the controls under the list.
    boxes = editor.locator("main input[name=reflectie]")
    boxes.nth(boxes.count() - 1).check()
    boxes.nth(boxes.count() - 2).check()
    editor.select_option("#id_onder-theme", label="Het netwerk")
    editor.click("button[name=onder-action][value=toekennen]")
    expect_text(editor, "2 reflecties krijgen dit thema.")
    editor.click("button[name=bestaande]")
    expect_text(editor, "Thema ‘Het netwerk’ gegeven aan 2 reflecties.")


def consultation_by_meaning(version) -> dict[str, int]:
    """1,000 published reflections on ``version`` on three subjects, each with the vector the
    background job would store (#31; made here per subject, not by the model, which would
    take a minute): 502 on waiting (45 of them one campaign, two about a nursing home), 249
    on privacy and 249 on carers, in the subjects' own words."""
    import random

    import numpy as np

    from civcare.core import embeddings
    from civcare.core.rendering import render_user_markdown
    from reflections.models import ReflectionVector

    rng = random.Random(31)
    noise = np.random.default_rng(31)
    people = [verified_user(f"stem{n}@example.org", f"Stem {n}") for n in range(100)]
    words = {
        0: ["De wachtlijst is maanden lang.", "Wachten zonder aanspreekpunt maakt het erger.",
            "Op de wachtlijst hoor je niets.", "Wachttijden in de ggz zijn onaanvaardbaar.",
            "Wie wacht, krijgt geen hulp.", "De wachtlijst voor begeleid wonen groeit."],
        1: ["Mijn dossier werd zonder toestemming gedeeld.", "Wie mag mijn dossier inzien?",
            "In het dossier stonden fouten.", "Het dossier hoort bij de cliënt.",
            "Toestemming vragen voor het delen van gegevens is nodig."],
        2: ["Als mantelzorger draai ik alles zelf.", "Respijtzorg is niet te krijgen.",
            "De mantelzorger wordt vergeten.", "Mantelzorgers raken overbelast.",
            "Een mantelzorger heeft recht op steun."],
    }  # fmt: skip
    bodies = [(0, "Mijn vader wacht al een jaar op een verpleeghuis."),
              (0, "Mijn moeder wacht op een plek in een verpleeghuis.")]  # fmt: skip
    bodies += [(0, f"{CAMPAIGN_LETTER} Groet uit {n}.") for n in range(45)]
    for subject, count in ((0, 455), (1, 249), (2, 249)):
        bodies += [(subject, f"{n}. " + " ".join(rng.sample(words[subject], 2)))
                   for n in range(count)]  # fmt: skip
    made = Reflection.objects.bulk_create(
        Reflection(version=version, author=people[n % 100], perspective="relative",
                   status="approved", body=body, body_html=render_user_markdown(body))
        for n, (_subject, body) in enumerate(bodies)
    )  # fmt: skip
    letter = noise.normal(0, 0.25, embeddings.DIMENSIONS)
    vectors = []
    for reflection, (subject, body) in zip(made, bodies, strict=True):
        vector = (letter + noise.normal(0, 0.01, embeddings.DIMENSIONS)
                  if body.startswith(CAMPAIGN_LETTER)
                  else noise.normal(0, 0.25, embeddings.DIMENSIONS))  # fmt: skip
        vector[subject] += 3.0
        reflection.refresh_from_db(fields=["body_digest"])
        vectors.append(ReflectionVector(
            reflection=reflection, digest=reflection.body_digest, model=embeddings.MODEL,
            vector=embeddings.to_bytes((vector / np.linalg.norm(vector)).astype("float32")),
        ))  # fmt: skip
    ReflectionVector.objects.bulk_create(vectors)
    return {"waiting": 502, "privacy": 249, "carers": 249}


CAMPAIGN_LETTER = (
    "Geachte redactie, namens het cliëntenplatform vragen wij u de wachttijden in versie 1.0 "
    "te begrenzen: niemand mag langer dan vier weken wachten zonder vast aanspreekpunt."
)


def test_13_an_editor_reads_1000_reflections_by_meaning_from_clusters_to_500_suggestions(
    pages, papers_loaded
):
    """#31 at volume: the editor starts from the clusters the platform proposes (no theme
    yet), makes two of them themes in one step each, gives a third theme two examples, takes
    the platform's suggestion for the other 500 in one bulk step, and finds the campaign of
    45 on the similar page as one, grouped whole in one step."""
    from playwright.sync_api import expect

    version = PaperVersion.objects.get(paper__code="SHPP003-01")
    consultation_by_meaning(version)
    verified_user("red3@example.org", "Redacteur Drie", role="redactie")
    editor = pages.new()
    log_in(editor, "red3@example.org")
    base = "/redactie/SHPP003-01/v0.9"

    editor.goto(f"{base}/themas/?clusters=3", timeout=60_000)
    expect_text(editor, "Nog geen thema's.")
    expect_text(editor, "Het platform deelde de 1.000 gelezen reflecties in 3 clusters in")
    pages.save("journey-13-clusters")
    for phrase, name, size in (("dossier", "Privacy en dossier", 249),
                               ("mantelzorger", "Mantelzorg", 249)):  # fmt: skip
        cluster = editor.locator("article.cluster").filter(
            has=editor.locator(".cluster__phrases", has_text=phrase)
        )
        expect(cluster.locator("h3")).to_contain_text(f"{size} reflecties")
        cluster.locator("summary:has-text('Maak er een thema van')").click()
        cluster.locator("input[name=name]").fill(name)
        cluster.locator("button[type=submit]").click()
        expect_text(editor, f"Thema ‘{name}’ gemaakt en gegeven aan de {size} reflecties")

    # A third theme by hand, with two examples; the platform then suggests it for the rest.
    editor.fill("#id_name", "Wachttijden")
    editor.fill("#id_description", "Wachten op hulp, wachtlijsten, een plek in de zorg.")
    editor.click("main form[aria-labelledby=nieuw-thema] button[type=submit]")
    editor.goto(f"{base}/reflecties/?q=verpleeghuis")
    expect_text(editor, "2 reflecties voldoen aan dit filter.")
    editor.check("input[name=scope][value=filter]")
    editor.select_option("#id_theme", label="Wachttijden")
    editor.click("button[value=toekennen]")
    editor.click("button[name=bestaande]")
    expect_text(editor, "Thema ‘Wachttijden’ gegeven aan 2 reflecties.")

    editor.goto(f"{base}/reflecties/")
    expect_text(editor, "500 reflecties zonder thema hebben een voorgesteld thema")
    editor.click(".suggestions-status a:has-text('Wachttijden')")
    expect_text(editor, "500 reflecties voldoen aan dit filter.")
    editor.check("input[name=scope][value=filter]")
    editor.click("button[value=toekennen]")
    expect_text(editor, "500 reflecties krijgen dit thema.")
    editor.click("button[name=bestaande]")
    expect_text(editor, "Voorgesteld thema ‘Wachttijden’ aangenomen voor 500 reflecties.")
    pages.save("journey-13-500-accepted")
    editor.goto(f"{base}/reflecties/?thema=geen")
    expect_text(editor, "Geen reflecties die aan dit filter voldoen.")
    expect_text(editor, "1.000 gepubliceerde reflecties · 0 nog zonder thema")
    expect_text(editor, "Elke gelezen reflectie heeft een thema: er is niets meer voor te stellen.")

    # The campaign: one proposal of all 45, grouped in one step, listed as one group.
    editor.goto(f"{base}/vergelijkbaar/", timeout=60_000)
    campaign = editor.locator("section.similar-cluster", has_text="45 reflecties uit één campagne")
    campaign.locator("input[name=naam]").fill("Brief cliëntenplatform")
    campaign.locator("button:has-text('Deze 45 reflecties groeperen')").click()
    expect_text(editor, "45 reflecties vormen nu groep")
    grouped = editor.locator("section.similar-cluster", has_text="Brief cliëntenplatform")
    grouped.locator("a:has-text('in de werklijst')").click()
    expect_text(editor, "45 reflecties voldoen aan dit filter.")
    pages.save("journey-13-campaign")
