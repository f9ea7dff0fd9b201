"""WCAG 2.1 AA (axe-core) and valid HTML (Nu HTML Checker) on every page type, for every role.

A failure lists the rule, the element and the page, so it can be fixed without guessing.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
from django.template.loader import render_to_string
from django.utils.http import urlencode

from papers import passages
from tests import scenario
from tests.e2e.conftest import ARTIFACTS, NODE_MODULES, log_in

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

AXE = (NODE_MODULES / "axe-core" / "axe.min.js").read_text() if NODE_MODULES.exists() else ""
VNU = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
EXPECTED_STATUS = {"403": 403, "404": 404}
ROLE_EMAILS = {
    "reader": "lezer@example.org",
    "moderator": "moderator@example.org",
    "editor": "redacteur@example.org",
}


class Audit:
    def __init__(self, folder: Path):
        self.folder = folder
        self.folder.mkdir(parents=True, exist_ok=True)
        self.violations: list[str] = []
        self.audited: list[str] = []

    def check(self, page, label: str, html: str | None = None) -> None:
        if html is None:
            html = page.content()  # before axe-core is injected into the page
        page.add_script_tag(content=AXE)
        result = page.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS
        )
        for violation in result["violations"]:
            for node in violation["nodes"]:
                self.violations.append(
                    f"{label} ({page.url}): {violation['id']} — {violation['help']} — "
                    f"{' '.join(node['target'])}"
                )
        name = f"{len(self.audited):03d}.html"
        (self.folder / name).write_text(html, encoding="utf-8")
        self.audited.append(f"{name}: {label} ({page.url})")

    def validate_html(self) -> list[str]:
        files = sorted(str(p) for p in self.folder.glob("*.html"))
        result = subprocess.run(
            ["java", "-jar", str(VNU), "--format", "json", "--stdout", *files],
            capture_output=True,
            text=True,
            timeout=300,
        )
        labels = dict(line.split(": ", 1) for line in self.audited)
        messages = json.loads(result.stdout or "{}").get("messages", [])
        return [
            f"{labels.get(Path(m['url']).name, m['url'])}: line {m.get('lastLine')}: {m['message']}"
            for m in messages
            if m.get("type") == "error"
        ]


def passage_pages(built) -> list[tuple[str, str, str]]:
    """A paragraph's pages (issue #19): its reflections, and responding to it, also with
    words chosen by a selection in the paper (?passage=…&voor=…, static/js/passages.js)."""
    version = built.consulted
    section = next(s for s in version.sections.order_by("order") if s.paragraphs)
    paragraph = passages.numbered(section.body_html, section.paragraphs)[0]
    base = f"/papers/{version.paper.code}/v{version.number}"
    query = urlencode({"sectie": section.anchor, "alinea": paragraph.id})
    chosen = paragraph.text.split()
    selection = urlencode({"passage": " ".join(chosen[1:4]), "voor": chosen[0]})
    return [
        ("anonymous", "reflections on a paragraph", f"{base}/reflecties/?{query}"),
        ("reader", "reflection form for a paragraph", f"{base}/reageren/?{query}"),
        ("reader", "reflection form for a selection", f"{base}/reageren/?{query}&{selection}"),
    ]


NAMING = "Mijn broer Kees Jansen werd pas gehoord toen het netwerk al uit beeld was."


def redacted(built) -> None:
    """A reflection of the reader's, published by a moderator with the name replaced."""
    from civcare.core import identifiability
    from reflections import moderation
    from reflections.models import Reflection

    reflection, _created = moderation.submit(
        version=built.consulted, author=built.reader, perspective="relative", body=NAMING
    )
    spans = [(f.start, f.end, f.category) for f in identifiability.find(NAMING)]
    seen = Reflection.digest(NAMING)
    result = moderation.preview_redaction(reflection, by=built.moderator, seen=seen, spans=spans)
    moderation.redact(reflection, by=built.moderator, seen=seen, spans=spans,
                      seen_result=Reflection.digest(result.text))  # fmt: skip


def name_hint(page) -> None:
    """The sign-up form back with the hint on a name that looks real, the passwords kept."""
    page.goto("/accounts/signup/")
    page.fill("#id_email", "nieuw@example.org")
    page.fill("#id_password1", "een-lang-wachtwoord-42")
    page.fill("#id_password2", "een-lang-wachtwoord-42")
    page.fill("#id_display_name", "Marieke Bakker")
    page.check("#id_accept_terms")
    page.check("#id_accept_privacy")
    page.click("main button[type=submit]")
    assert page.input_value("#id_password2") == "een-lang-wachtwoord-42"


def focus_lands_on_the_error_summary(page) -> None:
    """site.js is deferred: wait for it to have run (the page's load event), then look."""
    page.wait_for_load_state("load")
    page.wait_for_function("document.activeElement && document.activeElement.id === 'fouten'")


# The audit in two halves (#30): what the public sees and what moderators and editors see,
# each with its own scenario, so that the two run on two workers at once. Together they
# audit every page type for every role, and every form state, as one test did before.
AUDIENCES = {"public": ("anonymous", "reader"), "staff": ("moderator", "editor")}
# At least this many pages each: every one the single audit checked (120 in all, #30).
AUDITED_AT_LEAST = {"public": 56, "staff": 64}


class Browsers(dict):
    """One browser page per role, logged in the first time it is asked for."""

    def __init__(self, pages):
        super().__init__()
        self.pages = pages

    def __missing__(self, role: str):
        page = self[role] = self.pages.new()
        if role in ROLE_EMAILS:
            log_in(page, ROLE_EMAILS[role])
        return page


@pytest.mark.parametrize("audience", list(AUDIENCES))
def test_every_page_type_for_every_role(pages, live_server, audience):
    built = scenario.build(reflections=60)
    draft_pages = scenario.draft_pages(scenario.draft_in_progress(built))
    audit = Audit(ARTIFACTS / "pages-audited" / audience)
    browsers = Browsers(pages)
    for role, label, url in scenario.pages(built) + passage_pages(built) + draft_pages:
        if role not in AUDIENCES[audience]:
            continue
        page = browsers[role]
        # Every page cold, some drawing charts: on a shared machine that can take seconds
        # (their speed is bench/run's to measure, not this audit's).
        response = page.goto(url, timeout=30_000)
        assert response.status == EXPECTED_STATUS.get(label, 200), (label, url)
        audit.check(page, f"{label} [{role}]", html=response.text())
    # Form states: errors, previews, messages, what moderators and editors submit.
    FORM_STATES[audience](browsers, audit, built, draft_pages)

    report = "\n".join(audit.violations)
    assert not audit.violations, f"{len(audit.violations)} axe violations:\n{report}"
    errors = audit.validate_html()
    assert not errors, f"{len(errors)} HTML errors:\n" + "\n".join(errors)
    print(f"\nAudited {len(audit.audited)} pages: 0 axe violations, 0 HTML errors.")
    assert len(audit.audited) >= AUDITED_AT_LEAST[audience]


def public_form_states(browsers, audit, built, draft_pages) -> None:
    reader = browsers["reader"]
    # The paper with "Reageer op deze passage" shown for a selection (static/js/passages.js).
    reader.goto("/papers/SHPP003-05/")
    reader.evaluate(
        """() => {
          const paragraph = document.querySelector(".paper-body p[id$='-p1']");
          const text = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT).nextNode();
          getSelection().setBaseAndExtent(text, 0, text, Math.min(20, text.length));
        }"""
    )
    reader.wait_for_selector("a.passage-action:not([hidden])")
    audit.check(reader, "paper with the link for a selected passage [reader]")
    # A target's reflections unfolded (#29).
    reader.goto("/papers/SHPP003-05/")
    reader.locator(".target-reflections__fold summary").first.click()
    audit.check(reader, "paper with a target's reflections unfolded [reader]")
    reader.goto("/papers/SHPP003-05/v0.9/reageren/?vraag=vraag-12")
    reader.fill("#id_body", "Een **voorbeeld** van een reflectie, lang genoeg om te tonen.")
    reader.click("button[name=preview]")
    audit.check(reader, "reflection form: preview [reader]")
    # The warning before posting, first on the page with its choices (#29).
    reader.fill("#id_body", NAMING)
    reader.click("#schrijven button[name=submit]")
    assert reader.locator("#voorbeeld button[name=submit]").is_visible()
    audit.check(reader, "reflection form: the warning before posting [reader]")
    reader.fill("#id_body", "Te kort")
    reader.click("button[name=submit]")
    expect_error_title(reader)
    # The browser lands on the error summary, and focus is there (static/js/site.js).
    focus_lands_on_the_error_summary(reader)
    audit.check(reader, "reflection form: error [reader]")
    reader.fill("#id_body", "Een reflectie die lang genoeg is om geplaatst te worden.")
    reader.click("button[name=submit]")
    assert "wacht op een moderator" in reader.inner_text("[role=status]")
    audit.check(reader, "my reflections: message after posting [reader]")
    redacted(built)
    reader.goto("/mijn/reflecties/")
    assert "Een moderator heeft bij het publiceren vervangen" in reader.content()
    audit.check(reader, "my reflections: a redacted text [reader]")
    reader.goto("/mijn/account/verwijderen/")
    reader.click("main button[type=submit]")
    audit.check(reader, "delete account: error [reader]")

    anonymous = browsers["anonymous"]
    anonymous.goto("/accounts/signup/")
    anonymous.click("main button[type=submit]")
    expect_error_title(anonymous)
    audit.check(anonymous, "sign-up: error [anonymous]")
    name_hint(anonymous)
    audit.check(anonymous, "sign-up: the hint on a name that looks real [anonymous]")
    anonymous.goto("/accounts/login/")
    anonymous.fill("#id_login", "onbekend@example.org")
    anonymous.fill("#id_password", "fout-wachtwoord-1")
    anonymous.click("main button[type=submit]")
    audit.check(anonymous, "login: error [anonymous]")

    # The error pages are static (they must render without a database): check them as served.
    server_error = browsers.pages.new()
    server_error.goto("/")
    typed = {"text": "Mijn tekst die niet kon worden opgeslagen.", "back": "/"}
    for template, context in [("500.html", {}), ("503.html", typed), ("403_csrf.html", typed)]:
        html = render_to_string(template, context)
        server_error.set_content(html)
        audit.check(server_error, f"{template} [anonymous]", html=html)


def expect_error_title(page) -> None:
    """The page after a refused form says "Fout:" first in its title (WCAG 3.3.1); waited for,
    as the answer to the click may still be loading (a bare title() once read "")."""
    from playwright.sync_api import expect

    expect(page).to_have_title(re.compile(r"^Fout:"))


def staff_form_states(browsers, audit, built, draft_pages) -> None:
    moderator = browsers["moderator"]
    moderator.goto(f"/moderatie/{built.pending.pk}/")
    moderator.fill("#weglaten-woorden", "onvindbaarwoord")
    moderator.click("#weglaten button[type=submit]")
    expect_error_title(moderator)
    audit.check(moderator, "redact: a typed word that is not in the text [moderator]")
    moderator.fill("#weglaten-woorden", built.pending.body.split()[0])
    moderator.click("#weglaten button[type=submit]")
    assert moderator.locator("#weglaten-resultaat mark").count() >= 1
    audit.check(moderator, "redact: the result before publishing [moderator]")
    moderator.goto(f"/moderatie/{built.pending.pk}/")
    moderator.check("input[value=other]")
    moderator.click("#weigeren button[type=submit]")
    audit.check(moderator, "decline: error [moderator]")
    from reflections import moderation as transitions

    transitions.edit(
        built.own, by=built.reader, perspective="relative",
        body="Mijn eigen gepubliceerde reflectie over het netwerk, nu aangevuld.",
    )  # fmt: skip
    moderator.goto("/moderatie/")
    assert "Aanpassing van een gepubliceerde reflectie" in moderator.content()
    audit.check(moderator, "moderation queue: a change to a published reflection [moderator]")
    reader = browsers["reader"]
    reader.goto("/mijn/reflecties/")
    audit.check(reader, "my reflections: a change awaiting moderation [reader]")
    moderator.goto(f"/moderatie/{built.pending.pk}/")
    moderator.click("main form[action$='/approve/'] button[type=submit]")
    assert "Gepubliceerd" in moderator.inner_text("[role=status]")
    audit.check(moderator, "moderation queue: message after approving [moderator]")

    editor = browsers["editor"]
    editor.goto(draft_pages[-1][2])  # the disposition of one reflection
    editor.check("main input[value=not_adopted]")
    editor.click("main form button[type=submit] >> nth=0")
    focus_lands_on_the_error_summary(editor)
    audit.check(editor, "disposition: error [editor]")
    editor.goto(draft_pages[2][2])  # the work list, with a draft to dispose in
    editor.click("main button[value=toekennen]")
    focus_lands_on_the_error_summary(editor)
    audit.check(editor, "coding: bulk action without a choice [editor]")
    # The same controls under the list (#29), their errors linked to them.
    editor.goto(draft_pages[2][2])
    editor.click("main button[name=onder-action][value=toekennen]")
    focus_lands_on_the_error_summary(editor)
    audit.check(editor, "coding: bulk action under the list without a choice [editor]")
    # A bulk step (#29): what it would change, then the message with its undo.
    editor.goto(draft_pages[2][2])
    editor.check("main input[name=reflectie] >> nth=0")
    editor.click("main details.bulk-form__disposition summary")
    editor.check("main input[name=kind][value=later]")
    editor.fill("#id_response", "Voor een volgende versie.")
    editor.click("main button[value=verwerken]")
    assert "Controleer deze stap" in editor.content()
    audit.check(editor, "coding: what a bulk step would change [editor]")
    editor.click("main button[name=bestaande] >> nth=0")
    assert "ongedaan maken…" in editor.inner_text("[role=status]")
    audit.check(editor, "coding: message after a bulk step, with its undo [editor]")
    # Similar reflections (#29): a proposal taken whole, the editor back on the page with the
    # message just above the next proposal; all members of a proposal on its own page.
    editor.goto("/redactie/SHPP003-05/v0.9/vergelijkbaar/")
    editor.locator("main form.similar-take button").first.click()
    editor.wait_for_selector("#melding")
    assert "vormen nu groep" in editor.inner_text("#melding")
    audit.check(editor, "similar reflections: message after grouping [editor]")
    editor.click("main a:has-text('Toon alle')")
    audit.check(editor, "similar reflections: all members of a group [editor]")
    editor.goto(draft_pages[3][2])  # board decision
    editor.click("main button[type=submit]")
    audit.check(editor, "board decision: error [editor]")
    editor.goto(draft_pages[1][2])  # section editor
    editor.fill("#id_body", "Een gewijzigde tekst zonder soort wijziging.")
    editor.click("button[name=save]")
    audit.check(editor, "section editor: error [editor]")
    editor.click("button[name=preview]")
    audit.check(editor, "section editor: preview [editor]")

    # Publishing a paper from a file: the problems, then the preview.
    from papers.fileformat.tests.test_fileformat import VALID

    editor.goto("/redactie/nieuwe-paper/")
    editor.fill("#id_text", VALID.replace("? 2. Tweede vraag?", "? 1. Tweede vraag?"))
    editor.click("main button[type=submit]")
    audit.check(editor, "paper upload: problems [editor]")
    editor.fill("#id_text", VALID)
    editor.click("main button[type=submit]")
    assert "Voorbeeld" in editor.title()
    audit.check(editor, "paper upload: preview [editor]")


FORM_STATES = {"public": public_form_states, "staff": staff_form_states}


@pytest.mark.parametrize(
    "url",
    [
        "/papers/SHPP003-05/",
        "/papers/SHPP003-01/diff/0.9/1.0/",
        "/accounts/signup/",
        "/papers/SHPP003-05/v0.9/reageren/?vraag=vraag-11",
        "/mijn/account/",
        "/moderatie/",
        "/redactie/",
        "/papers/SHPP003-01/v0.9/consultatieverslag/",
        "/papers/SHPP003-01/v0.9/consultatieverslag/?deel={annex_part}&pagina=1",
        "/papers/SHPP003-01/v0.9/analyse/",
        "/redactie/SHPP003-05/v0.9/reflecties/",
        "/redactie/SHPP003-05/v0.9/",
        "/redactie/SHPP003-05/v0.9/themas/",
        "/redactie/SHPP003-05/v0.9/synthese/",
        "/redactie/SHPP003-05/v0.9/vergelijkbaar/",
        "/redactie/SHPP003-05/v0.9/vergelijkbaar/{campaign}/",
        "/redactie/SHPP003-05/v0.9/standaardantwoorden/",
    ],
)
def test_no_horizontal_scrolling_at_320_pixels(pages, live_server, url):
    built = scenario.build(reflections=6)
    # A cluster's own page and a page of the annex: the scenario's (#29).
    url = url.format(campaign=built.campaign.pk, annex_part=built.annex_part)
    page = pages.new(width=320, height=640)
    email = {
        "/mijn/account/": built.reader.email,
        "/moderatie/": built.moderator.email,
        "/redactie/": built.editor.email,
    }.get(url, built.editor.email if url.startswith("/redactie/") else None)
    if email:
        log_in(page, email)
    page.goto(url)
    overflow = page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"{url} scrolls {overflow}px sideways at 320px"


def test_the_charts_text_grows_with_the_page_at_200_percent_zoom(pages, live_server):
    """WCAG 1.4.4: at 200 % a chart's text grows as the page's does. A 1280-pixel window
    zoomed to 200 % lays the page out in 640 CSS pixels: a chart that shrank to fit them
    grew its text only ×1.27 on screen; at its own size in em it stays the same in CSS
    pixels (×2 on screen) and scrolls inside its figure."""
    built = scenario.build(reflections=6)
    heights = {}
    for width in (1280, 640):
        page = pages.new(width=width, height=900)
        log_in(page, built.editor.email)
        page.goto("/papers/SHPP003-01/v0.9/analyse/")
        heights[width] = page.evaluate(
            "() => [...document.querySelectorAll('svg.chart__svg text')]"
            ".map(t => t.getBoundingClientRect().height)"
        )
        overflow = page.evaluate(
            "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"the analysis scrolls {overflow}px sideways at {width}px"
    assert heights[1280] and len(heights[640]) == len(heights[1280])
    assert min(b / a for a, b in zip(heights[1280], heights[640], strict=True)) > 0.98


def test_the_states_of_29_reflow_at_320_pixels(pages, live_server):
    """The paper page with every fold open, the warning before posting, the hint on the
    name at sign-up, Mijn reflecties with a redacted text, and the similar reflections after
    grouping and a group's own page: no sideways scrolling."""
    built = scenario.build(reflections=12)
    redacted(built)

    def overflow(page) -> int:
        return page.evaluate(
            "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )

    page = pages.new(width=320, height=640)
    name_hint(page)
    assert overflow(page) <= 0, "sign-up with the hint on the name"
    log_in(page, built.reader.email)
    page.goto("/papers/SHPP003-05/")
    page.evaluate("() => document.querySelectorAll('details').forEach(d => { d.open = true; })")
    assert overflow(page) <= 0, "the paper page with every fold open"
    page.goto("/papers/SHPP003-05/v0.9/reageren/?vraag=vraag-12")
    page.fill("#id_body", NAMING)
    page.click("#schrijven button[name=submit]")
    assert page.locator("#voorbeeld").is_visible()
    assert overflow(page) <= 0, "the warning before posting"
    page.goto("/mijn/reflecties/")
    assert overflow(page) <= 0, "my reflections with a redacted text"
    editor = pages.new(width=320, height=640)
    log_in(editor, built.editor.email)
    editor.goto("/redactie/SHPP003-05/v0.9/vergelijkbaar/")
    key = editor.locator("main section.similar-cluster").first.get_attribute("id").split("-")[1]
    editor.locator("main form.similar-take button").first.click()
    editor.wait_for_selector("#melding")
    assert overflow(editor) <= 0, "similar reflections with the message after grouping"
    editor.goto(f"/redactie/SHPP003-05/v0.9/vergelijkbaar/{key}/")
    assert overflow(editor) <= 0, "all members of a group of similar reflections"


def test_the_audit_itself_finds_violations_and_invalid_html(pages, live_server, tmp_path):
    """Guard against a silent audit: a known-bad page must be reported by both checkers."""
    page = pages.new()
    page.goto("/toegankelijkheid/")
    bad = (
        '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Fout</title></head>'
        '<body><main><img src="/static/favicon.svg"><p style="color:#ccc;background:#fff">'
        "Grijs op wit</p><div><p>open</div></main></body></html>"
    )
    page.set_content(bad)
    audit = Audit(tmp_path / "audit")
    audit.check(page, "known bad page", html=bad)
    rules = " ".join(audit.violations)
    assert "image-alt" in rules and "color-contrast" in rules
    errors = audit.validate_html()
    assert any("“alt” attribute" in error for error in errors), errors
