"""Browser tests: Debian's Chromium driven by Playwright against pytest-django's live server.

Nothing here downloads a browser: Playwright launches /usr/bin/chromium (apt package
`chromium`). axe-core and the Nu HTML Checker come from node_modules (`npm ci`).
When a test fails, a screenshot and the page's HTML are saved under artifacts/e2e/.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core import mail
from django.core.management import call_command

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
NODE_MODULES = Path(settings.BASE_DIR) / "node_modules"
ARTIFACTS = Path(settings.BASE_DIR) / "artifacts" / "e2e"
PASSWORD = "een-lang-wachtwoord-42"

# Playwright's sync API runs an event loop in this thread; the ORM calls the tests make
# to set up data are still synchronous and safe here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

MISSING = [
    reason
    for reason, missing in [
        (f"no Chromium at {CHROMIUM} (apt-get install chromium)", not Path(CHROMIUM).exists()),
        ("no node_modules/axe-core (npm ci)", not (NODE_MODULES / "axe-core").exists()),
    ]
    if missing
]


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/e2e/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.e2e)
            if MISSING:
                item.add_marker(
                    pytest.mark.skip(reason="browser tests skipped: " + "; ".join(MISSING))
                )


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call":
        item.failed_in_call = report.failed
    return report


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield instance
        instance.close()


class Pages:
    """Opens browser contexts (one per person) and records what they saw if the test fails."""

    def __init__(self, browser, base_url: str):
        self.browser = browser
        self.base_url = base_url
        self.opened = []

    def new(self, *, width: int = 1100, height: int = 900):
        context = self.browser.new_context(
            base_url=self.base_url,
            viewport={"width": width, "height": height},
            locale="nl-NL",
            bypass_csp=True,  # axe-core is injected into the page by the tests
        )
        context.set_default_timeout(10_000)
        page = context.new_page()
        self.opened.append(page)
        return page

    def save(self, name: str) -> Path:
        folder = ARTIFACTS / re.sub(r"[^\w.-]+", "_", name)
        folder.mkdir(parents=True, exist_ok=True)
        for index, page in enumerate(self.opened):
            try:
                page.screenshot(path=folder / f"page{index}.png", full_page=True)
                (folder / f"page{index}.html").write_text(page.content(), encoding="utf-8")
                (folder / f"page{index}.url").write_text(page.url, encoding="utf-8")
            except Exception:
                continue
        return folder

    def close(self):
        for page in self.opened:
            page.context.close()


@pytest.fixture
def pages(request, browser, live_server):
    opened = Pages(browser, live_server.url)
    yield opened
    if getattr(request.node, "failed_in_call", False):
        folder = opened.save(request.node.nodeid)
        print(f"\nE2E artifacts (screenshot + HTML): {folder}")
    elif os.environ.get("E2E_SCREENSHOTS"):
        # E2E_SCREENSHOTS=1 keeps what every person saw last, also when the test passes.
        opened.save(request.node.nodeid)
    opened.close()


@pytest.fixture(autouse=True)
def _data_from_migrations(request):
    """Roles and policy texts come from data migrations; the flush between live-server tests
    removes them and serialized_rollback does not bring them back when live_server is used
    (seen on PostgreSQL), so they are put back the way the migrations made them."""
    if "live_server" not in request.fixturenames:
        return
    request.getfixturevalue("transactional_db")
    from importlib import import_module

    from django.core.management.sql import emit_post_migrate_signal

    from civcare.accounts import roles

    emit_post_migrate_signal(verbosity=0, interactive=False, db="default")  # types, permissions
    from civcare.accounts.models import PolicyDocument

    roles.ensure_groups()
    frozen = import_module("civcare.accounts.migrations.0002_roles_and_policies")
    for kind, title, body in [
        ("privacy", "Privacyverklaring", frozen.PRIVACY_V1),
        ("terms", "Gebruiksvoorwaarden", frozen.TERMS_V1),
    ]:
        PolicyDocument.objects.get_or_create(
            kind=kind,
            version="1.0",
            defaults={"title": title, "body": body, "effective_on": frozen.EFFECTIVE},
        )


@pytest.fixture
def papers_loaded(transactional_db):
    call_command("load_papers", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115


def verified_user(email: str, name: str, perspective: str = "relative", role: str | None = None):
    from allauth.account.models import EmailAddress

    from civcare.accounts import roles
    from civcare.accounts.models import User

    user = User.objects.create_user(email, PASSWORD, display_name=name, perspective=perspective)
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    if role:
        roles.grant(user, role)
    return user


def log_in(page, email: str) -> None:
    page.goto("/accounts/login/")
    page.fill("#id_login", email)
    page.fill("#id_password", PASSWORD)
    page.click("main button[type=submit]")
    page.wait_for_url(lambda url: "/accounts/login/" not in url)


def delivered() -> list:
    """What the periodic job does: deliver the outbox; returns every email sent so far."""
    from civcare.core import mail as outbox
    from civcare.core.tests.outbox import wait_in_outbox

    # A decision is mailed once its undo window has passed.
    wait_in_outbox(settings.MODERATION_UNDO_MINUTES)
    outbox.deliver()
    return mail.outbox


def last_email_link(path_pattern: str) -> str:
    """The path of the newest emailed link matching ``path_pattern`` (mails say https://…)."""
    for message in reversed(delivered()):
        match = re.search(rf"https?://[^/\s]+({path_pattern})", message.body)
        if match:
            return match.group(1)
    raise AssertionError(f"no email with a link like {path_pattern}")
