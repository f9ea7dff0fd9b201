"""Who may change what: every state-changing URL against every role, from the URL conf.

The URL conf is walked, so a new URL cannot be forgotten: each name in our namespaces must
be either in MATRIX (it changes state; every role's outcome is stated) or in READ_ONLY (it
must refuse POST with 405). For each pair the test asserts the outcome and that nothing in
the database changed unless the outcome is DONE — and then that something did.
"""

from __future__ import annotations

import datetime
import hashlib
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.apps import apps
from django.db import transaction
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone

from civcare.accounts import roles
from civcare.accounts.tests.factories import PASSWORD, UserFactory
from civcare.core import identifiability
from governance import bulk, continuity, similarity, transitions
from governance.bulk import Ask
from governance.models import BulkStep, PassageResolution
from papers import following
from papers.fileformat.tests.test_fileformat import VALID as NEW_PAPER
from papers.models import ChangeType, PaperVersion
from papers.tests.factories import PaperVersionFactory, SectionFactory, build_paper
from reflections import moderation
from reflections.models import Reflection, SavedReason
from reflections.tests.factories import approved

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "unverified", "reader", "author", "moderator", "editor", "admin"]

# Outcomes
LOGIN = "redirect to login"
FORBIDDEN = "403"
NOT_FOUND = "404 (no hint that someone else's object exists)"
REFUSED = "redirect with an explanation, nothing changed"
SHOWN = "200: the next step is shown (e.g. a preview), nothing saved yet"
DONE = "the change is made"

# Every URL except allauth's and the admin's, which are covered by
# test_no_view_is_exempt_from_csrf below and by their own test suites.
THEIRS = ("allauth.",)


@dataclass
class World:
    people: dict[str, object]
    setup_editor: object  # records board decisions, so the editors under test may promote
    consulted: PaperVersion
    pending: Reflection  # the author's, waiting for moderation
    published: Reflection  # the author's, approved
    closed: PaperVersion
    draft: PaperVersion  # based on ``closed``, with an approved reflection to dispose of
    on_closed: Reflection
    adopted: PaperVersion


def build_world() -> World:
    people = {
        "anonymous": None,
        "unverified": UserFactory(verified=False),
        "reader": UserFactory(),
        "author": UserFactory(),
        "moderator": UserFactory(),
        "editor": UserFactory(),
        "admin": UserFactory(is_superuser=True, is_staff=True),
    }
    roles.grant(people["moderator"], "moderatie")
    roles.grant(people["editor"], "redactie")
    setup_editor = UserFactory()
    roles.grant(setup_editor, "redactie")
    setup_moderator = UserFactory()
    roles.grant(setup_moderator, "moderatie")
    author = people["author"]

    consulted = build_paper(sections=2, groups=1, questions_per_group=1)
    pending, _ = moderation.submit(
        version=consulted, author=author, perspective="relative", body="Nog niet beoordeeld, " * 3
    )
    published, _ = moderation.submit(
        version=consulted, author=author, perspective="relative", body="Al gepubliceerd, " * 3
    )
    published = moderation.approve(published, by=setup_moderator)

    closed = build_paper(sections=2, groups=1, questions_per_group=1)
    on_closed, _ = moderation.submit(
        version=closed, author=author, perspective="client", body="Over de gesloten versie. " * 2
    )
    on_closed = moderation.approve(on_closed, by=setup_moderator)
    closed = transitions.close_consultation(closed, by=setup_editor)
    draft = transitions.create_draft(closed, by=setup_editor)

    adopted = PaperVersionFactory(major=1, minor=0, status=PaperVersion.Status.ADOPTED)
    SectionFactory(version=adopted)
    return World(
        people=people,
        setup_editor=setup_editor,
        consulted=consulted,
        pending=pending,
        published=published,
        closed=closed,
        draft=draft,
        on_closed=on_closed,
        adopted=adopted,
    )


def version_kwargs(version: PaperVersion) -> dict:
    return {"code": version.paper.code, "version": version.number}


def ready_to_promote(w: World) -> PaperVersion:
    transitions.record_disposition(
        w.on_closed, by=w.setup_editor, draft=w.draft, kind="later", response="Later bekeken."
    )
    return transitions.record_decision(
        w.draft, by=w.setup_editor, decided_on=datetime.date(2026, 11, 20), reference="BB-1"
    ).version


@dataclass
class Case:
    """One state-changing URL: how to reach it in the world, and what every role gets."""

    url: Callable[[World], str]
    data: Callable[[World], dict]
    outcomes: dict[str, str]
    get: int  # what GET does: 200 (form or confirmation page) or 405 (POST only)
    # Runs with the role's client before the request, e.g. to put a preview in the session.
    prepare: Callable[[Client, World], None] | None = None


def as_editor(done=DONE) -> dict[str, str]:
    return {
        "anonymous": LOGIN,
        "unverified": FORBIDDEN,
        "reader": FORBIDDEN,
        "author": FORBIDDEN,
        "moderator": FORBIDDEN,
        "editor": done,
        "admin": done,
    }


def as_moderator() -> dict[str, str]:
    return {**as_editor(), "moderator": DONE, "editor": FORBIDDEN}


def as_poster(author=DONE) -> dict[str, str]:
    """Anyone signed in with a verified address; an unverified account is asked to verify."""
    return {
        "anonymous": LOGIN,
        "unverified": REFUSED,
        "reader": DONE,
        "author": author,
        "moderator": DONE,
        "editor": DONE,
        "admin": DONE,
    }


def as_owner() -> dict[str, str]:
    others = dict.fromkeys(ROLES, NOT_FOUND)
    return {**others, "anonymous": LOGIN, "author": DONE}


def as_signed_in() -> dict[str, str]:
    return {**dict.fromkeys(ROLES, DONE), "anonymous": LOGIN}


def editor_url(name: str, version: Callable[[World], PaperVersion], **extra):
    return lambda w: reverse(f"editor:{name}", kwargs={**version_kwargs(version(w)), **extra})


def section_url(w: World) -> str:
    section = w.draft.sections.first()
    return reverse("editor:section", kwargs={**version_kwargs(w.draft), "pk": section.pk})


def section_data(w: World) -> dict:
    section = w.draft.sections.first()
    return {
        "title": section.title + " (aangescherpt)",
        "body": section.body,
        "change_type": ChangeType.SHARPENING,
        "explanation": "Scherper geformuleerd.",
    }


def a_theme(w: World):
    return transitions.create_theme(w.consulted, by=w.setup_editor, name="Wachttijden")


def a_given_theme(w: World):
    theme = a_theme(w)
    transitions.assign_theme(theme, [w.published.pk], by=w.setup_editor)
    return theme


def confirmed_digest(w: World) -> str:
    """The plan the confirmation page showed for giving the theme to the published reflection."""
    ask = Ask(BulkStep.Action.THEME_ASSIGNED, theme=w.consulted.themes.get())
    return bulk.plan(w.consulted, ask, [w.published.pk]).digest


def a_step(w: World):
    """A bulk step on the consulted version: its theme given to the published reflection."""
    theme = a_theme(w)
    return transitions.take_bulk_step(
        w.consulted, Ask(BulkStep.Action.THEME_ASSIGNED, theme=theme), [w.published.pk],
        by=w.setup_editor,
    )  # fmt: skip


def a_standard_answer(w: World):
    return transitions.save_standard_answer(
        w.consulted, by=w.setup_editor, title="Later", text="Wij nemen dit mee."
    )


def a_group(w: World):
    twin = approved(version=w.consulted, body=w.published.body)
    return transitions.form_group(w.consulted, [w.published.pk, twin.pk], by=w.setup_editor)


def a_twin(w: World):
    return approved(version=w.consulted, body=w.published.body)


def a_proposal(w: World) -> dict:
    """The similar page's button for the published reflection and its twin (a_twin)."""
    found = similarity.cluster(w.consulted, w.published.pk)
    return {"voorstel": found.key, "leden": found.digest}


def a_quoted_passage(w: World):
    """A published reflection on a passage of the closed version, and where that passage
    stands in its draft (made once, with the URL: before the fingerprint)."""
    found = PassageResolution.objects.filter(version=w.draft).first()
    if found is None:
        section = w.closed.sections.first()
        approved(
            version=w.closed, section=section, quote_paragraph=1,
            quote_anchor=f"{section.anchor}-p1", quote_exact="Tekst van de sectie",
        )  # fmt: skip
        continuity.resolve_passages(w.draft)
        found = PassageResolution.objects.get(version=w.draft)
    return found


def subscribed_token(w: World) -> str:
    following.follow(w.people["author"], w.consulted.paper)
    return following.unsubscribe_token(w.people["author"].subscriptions.get())


def upload_preview(client: Client, w: World) -> None:
    client.post(reverse("editor:upload"), {"text": NEW_PAPER})


REFLECTION = {"perspective": "relative", "is_anonymous": "naam", "may_quote": "on"}
BODY = "Een reflectie die lang genoeg is om geplaatst te worden."

MATRIX: dict[str, Case] = {
    # --- the foundation's editors (governance.transitions) -------------------------------------
    "editor:open": Case(
        url=lambda w: reverse(
            "editor:open",
            kwargs=version_kwargs(PaperVersionFactory(status=PaperVersion.Status.DRAFT)),
        ),
        data=lambda w: {"closes_on": ""},
        outcomes=as_editor(),
        get=200,
    ),
    "editor:plan_closing": Case(
        url=editor_url("plan_closing", lambda w: w.consulted),
        data=lambda w: {
            "closes_on": (timezone.localdate() + datetime.timedelta(days=30)).isoformat()
        },
        outcomes=as_editor(),
        get=405,
    ),
    "editor:close": Case(
        url=editor_url("close", lambda w: w.consulted),
        data=lambda w: {},
        outcomes=as_editor(),
        get=200,
    ),
    "editor:draft": Case(
        url=editor_url(
            "draft",
            lambda w: transitions.close_consultation(
                build_paper(sections=1, groups=1, questions_per_group=1), by=w.setup_editor
            ),
        ),
        data=lambda w: {},
        outcomes=as_editor(),
        get=200,
    ),
    "editor:decision": Case(
        url=editor_url("decision", lambda w: w.draft),
        data=lambda w: {"decided_on": "2026-11-20", "reference": "BB-2026-11"},
        outcomes=as_editor(),
        get=200,
    ),
    "editor:promote": Case(
        url=editor_url("promote", ready_to_promote),
        data=lambda w: {},
        outcomes=as_editor(),
        get=200,
    ),
    "editor:reflection_policy": Case(
        url=editor_url("reflection_policy", lambda w: w.adopted),
        data=lambda w: {"accepts": "1"},
        outcomes=as_editor(),
        get=405,
    ),
    "editor:section": Case(url=section_url, data=section_data, outcomes=as_editor(), get=200),
    "editor:passages": Case(
        url=lambda w: a_quoted_passage(w) and editor_url("passages", lambda w: w.draft)(w),
        data=lambda w: {"plaats": a_quoted_passage(w).pk, "bevestigen": "1"},
        outcomes=as_editor(),
        get=200,
    ),
    "editor:disposition": Case(
        url=lambda w: reverse(
            "editor:disposition",
            kwargs={**version_kwargs(w.draft), "reflection_pk": w.on_closed.pk},
        ),
        data=lambda w: {"kind": "later", "response": "Wij nemen dit mee in een latere versie."},
        outcomes=as_editor(),
        get=200,
    ),
    # --- the editors' coding of a consultation (governance.transitions themes, answers,
    # grouping, dispositions in bulk) ----------------------------------------------------------
    "editor:reflections_bulk": Case(
        # The theme is made with the URL: before the fingerprint, so it is no change.
        url=lambda w: (
            a_theme(w) and reverse("editor:reflections_bulk", kwargs=version_kwargs(w.consulted))
        ),
        # As confirmed on the page that said what the step changes (#29).
        data=lambda w: {
            "action": "toekennen",
            "scope": "gekozen",
            "theme": w.consulted.themes.get().pk,
            "reflectie": [w.published.pk],
            "gezien": confirmed_digest(w),
            "bestaande": "laten",
        },
        outcomes=as_editor(),
        get=405,
    ),
    # The step is taken with the URL: before the fingerprint.
    "editor:undo_bulk_step": Case(
        url=lambda w: reverse(
            "editor:undo_bulk_step", kwargs={**version_kwargs(w.consulted), "pk": a_step(w).pk}
        ),
        data=lambda w: {},
        outcomes=as_editor(),
        get=200,
    ),
    "editor:themes": Case(
        url=editor_url("themes", lambda w: w.consulted),
        data=lambda w: {"name": "Regie bij de cliënt", "description": ""},
        outcomes=as_editor(),
        get=200,
    ),
    "editor:theme": Case(
        url=lambda w: reverse(
            "editor:theme", kwargs={**version_kwargs(w.consulted), "pk": a_theme(w).pk}
        ),
        data=lambda w: {"name": "Hernoemd thema", "description": "", "order": 2},
        outcomes=as_editor(),
        get=200,
    ),
    "editor:standard_answers": Case(
        url=editor_url("standard_answers", lambda w: w.consulted),
        data=lambda w: {"title": "Later", "kind": "later", "text": "Wij nemen dit mee."},
        outcomes=as_editor(),
        get=200,
    ),
    "editor:standard_answer": Case(
        url=lambda w: reverse(
            "editor:standard_answer",
            kwargs={**version_kwargs(w.consulted), "pk": a_standard_answer(w).pk},
        ),
        data=lambda w: {"title": "Later (aangepast)", "kind": "", "text": "Wij nemen dit mee."},
        outcomes=as_editor(),
        get=200,
    ),
    "editor:synthesis": Case(
        url=lambda w: reverse(
            "editor:synthesis",
            kwargs={**version_kwargs(w.consulted), "kind": "thema", "pk": a_given_theme(w).pk},
        ),
        data=lambda w: {
            "heard": "Wat we hoorden.",
            "rests_on": "gekozen",
            "reflections": [w.published.pk],
        },
        outcomes=as_editor(),
        get=200,
    ),
    # The twin is published with the URL: before the fingerprint.
    "editor:similar_take": Case(
        url=lambda w: (
            a_twin(w) and reverse("editor:similar_take", kwargs=version_kwargs(w.consulted))
        ),
        data=a_proposal,
        outcomes=as_editor(),
        get=405,
    ),
    "editor:name_group": Case(
        url=lambda w: reverse(
            "editor:name_group", kwargs={**version_kwargs(w.consulted), "pk": a_group(w).pk}
        ),
        data=lambda w: {"naam": "Campagne cliëntenraad"},
        outcomes=as_editor(),
        get=405,
    ),
    "editor:similar_threshold": Case(
        url=lambda w: reverse("editor:similar_threshold", kwargs=version_kwargs(w.consulted)),
        data=lambda w: {"drempel": "0.95"},
        outcomes=as_editor(),
        get=405,
    ),
    "editor:dissolve_group": Case(
        url=lambda w: reverse(
            "editor:dissolve_group", kwargs={**version_kwargs(w.consulted), "pk": a_group(w).pk}
        ),
        data=lambda w: {},
        outcomes=as_editor(),
        get=405,
    ),
    "editor:upload": Case(
        url=lambda w: reverse("editor:upload"),
        data=lambda w: {"text": NEW_PAPER},
        outcomes=as_editor(done=SHOWN),
        get=200,
    ),
    "editor:upload_save": Case(
        url=lambda w: reverse("editor:upload_save"),
        data=lambda w: {"digest": hashlib.sha256(NEW_PAPER.encode()).hexdigest()},
        outcomes=as_editor(),
        get=405,
        prepare=upload_preview,
    ),
    # --- moderators (reflections.moderation) --------------------------------------------------
    "reflections:queue": Case(
        url=lambda w: reverse("reflections:queue"),
        data=lambda w: {"approve": f"{w.pending.pk}:{w.pending.waiting_digest}"},
        outcomes=as_moderator(),
        get=200,
    ),
    # "Alle N": the count the confirmation page showed, and when it was made.
    "reflections:approve_all": Case(
        url=lambda w: reverse("reflections:approve_all"),
        data=lambda w: {"aantal": "1", "gemaakt": timezone.now().isoformat()},
        outcomes=as_moderator(),
        get=200,
    ),
    "reflections:decide": Case(
        url=lambda w: reverse("reflections:decide", args=[w.pending.pk, "approve"]),
        data=lambda w: {"gezien": w.pending.waiting_digest},
        outcomes=as_moderator(),
        get=405,
    ),
    "reflections:note": Case(
        url=lambda w: reverse("reflections:note", args=[w.pending.pk]),
        data=lambda w: {"body": "Lijkt op een eerdere reflectie van dezelfde persoon."},
        outcomes=as_moderator(),
        get=405,
    ),
    # Nothing is found in the world's waiting text: the moderator names a word to leave out,
    # has seen the result (its digest) and publishes it.
    "reflections:redact": Case(
        url=lambda w: reverse("reflections:redact", args=[w.pending.pk]),
        data=lambda w: {
            "gezien": w.pending.body_digest,
            "woorden": "beoordeeld",
            "publiceren": "1",
            "resultaat": Reflection.digest(
                identifiability.redacted(w.pending.body, [], ["beoordeeld"]).text
            ),
        },
        outcomes=as_moderator(),
        get=405,
    ),
    # w.published was just approved from the queue, so its decision can still be reopened.
    "reflections:reopen": Case(
        url=lambda w: reverse("reflections:reopen", args=[w.published.pk]),
        data=lambda w: {"decision": w.published.events.order_by("-pk").first().pk},
        outcomes=as_moderator(),
        get=405,
    ),
    "reflections:saved_reasons": Case(
        url=lambda w: reverse("reflections:saved_reasons"),
        data=lambda w: {"use": "decline", "title": "Casus", "text": "Schrijf over het systeem."},
        outcomes=as_moderator(),
        get=200,
    ),
    "reflections:saved_reason": Case(
        url=lambda w: reverse(
            "reflections:saved_reason",
            args=[SavedReason.objects.create(use="decline", title="Casus", text="Oud.").pk],
        ),
        data=lambda w: {"use": "decline", "title": "Casus", "text": "Nieuw.", "order": 1},
        outcomes=as_moderator(),
        get=200,
    ),
    # --- readers and authors ------------------------------------------------------------------
    "reflections:compose": Case(
        url=lambda w: reverse("reflections:compose", kwargs=version_kwargs(w.consulted)),
        data=lambda w: {**REFLECTION, "target": "paper", "body": BODY},
        outcomes=as_poster(),
        get=200,
    ),
    "reflections:reply": Case(
        url=lambda w: reverse("reflections:reply", args=[w.published.pk]),
        data=lambda w: {**REFLECTION, "body": BODY},
        outcomes=as_poster(),
        get=200,
    ),
    "reflections:report": Case(
        url=lambda w: reverse("reflections:report", args=[w.published.pk]),
        data=lambda w: {"reason": "Deze reflectie noemt iemand bij naam."},
        # Authors cannot report their own reflection; they can withdraw it.
        outcomes=as_poster(author=REFUSED),
        get=200,
    ),
    "reflections:edit": Case(
        url=lambda w: reverse("reflections:edit", args=[w.pending.pk]),
        data=lambda w: {"perspective": "client", "body": BODY + " Aangepast."},
        outcomes=as_owner(),
        get=200,
    ),
    "reflections:presentation": Case(
        url=lambda w: reverse("reflections:presentation", args=[w.pending.pk]),
        data=lambda w: {"is_anonymous": "anoniem"},
        outcomes=as_owner(),
        get=200,
    ),
    "reflections:withdraw": Case(
        url=lambda w: reverse("reflections:withdraw", args=[w.pending.pk]),
        data=lambda w: {},
        outcomes=as_owner(),
        get=200,
    ),
    # --- following a paper ---------------------------------------------------------------------
    "papers:follow": Case(
        url=lambda w: reverse("papers:follow", args=[w.consulted.paper.code]),
        data=lambda w: {"action": "follow"},
        outcomes=as_signed_in(),
        get=200,
    ),
    # The signed link is the authority: whoever holds it may unsubscribe that person.
    "papers:unsubscribe": Case(
        url=lambda w: reverse("papers:unsubscribe", args=[subscribed_token(w)]),
        data=lambda w: {},
        outcomes=dict.fromkeys(ROLES, DONE),
        get=200,
    ),
    # --- one's own account --------------------------------------------------------------------
    "accounts:my_account": Case(
        url=lambda w: reverse("accounts:my_account"),
        data=lambda w: {"display_name": "Een nieuwe naam", "perspective": "client"},
        outcomes=as_signed_in(),
        get=200,
    ),
    "accounts:delete": Case(
        url=lambda w: reverse("accounts:delete"),
        data=lambda w: {"reflections": "anonymise", "password": PASSWORD},
        outcomes=as_signed_in(),
        get=200,
    ),
}

# Pages that only read. Each must answer POST with 405, so none can change state unnoticed.
READ_ONLY = {
    "home",
    "robots_txt",
    "sitemap",
    "sitemap_section",
    "papers:series_feed",
    "papers:paper_feed",
    "papers:version_feed",
    "search",
    "reflections:detail",
    "healthz",
    "ping",
    "accessibility",
    # Sets the language cookie only (a link, so it works without JavaScript).
    "switch_language",
    "papers:list",
    "papers:current",
    "papers:version",
    "papers:history",
    "papers:diff",
    "papers:consultation_report",
    "papers:analysis",
    "papers:version_pdf",
    "papers:consultation_report_pdf",
    "papers:consultation_report_markdown",
    "papers:consultation_report_csv",
    "papers:consultation_report_xlsx",
    "papers:consultation_report_editors_xlsx",
    "papers:open_data_csv",
    "papers:open_data_json",
    "papers:open_data_metadata",
    "editor:dashboard",
    "editor:version",
    "editor:markdown",
    "editor:dispositions",
    "editor:reflections",
    "editor:similar",
    "editor:similar_cluster",
    "editor:syntheses",
    "editor:bulk_steps",
    "reflections:list",
    "reflections:mine",
    # Opening an item claims it for a few minutes (reflections.claims: "in behandeling bij …"
    # for the other moderators); that soft lock is all a GET writes.
    "reflections:moderate",
    "reflections:reported",
    "reflections:handled",
    "accounts:my_data",
    "accounts:export",
    "accounts:privacy",
    "accounts:privacy_version",
    "accounts:terms",
    "accounts:terms_version",
}


def walk(patterns, namespace=""):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            inner = f"{namespace}:{entry.namespace}" if namespace and entry.namespace else None
            yield from walk(entry.url_patterns, inner or entry.namespace or namespace)
        elif isinstance(entry, URLPattern) and entry.name:
            yield namespace, entry


def our_url_names() -> set[str]:
    return {
        f"{namespace}:{pattern.name}" if namespace else pattern.name
        for namespace, pattern in walk(get_resolver().url_patterns)
        if namespace != "admin" and not pattern.lookup_str.startswith(THEIRS)
    }


def test_every_url_of_ours_is_in_the_matrix_or_read_only():
    names = our_url_names()
    unclassified = names - set(MATRIX) - READ_ONLY
    assert not unclassified, f"add these to MATRIX or READ_ONLY: {sorted(unclassified)}"
    assert not (set(MATRIX) | READ_ONLY) - names, "the tables name URLs that no longer exist"


def test_the_matrix_states_every_role():
    assert all(list(case.outcomes) == ROLES for case in MATRIX.values())


# The one exception, with its reason at the view: RFC 8058's one-click unsubscribe is a POST
# from a mail program, without a token; the signed link is the authority.
CSRF_EXEMPT = {"papers:unsubscribe"}


def test_no_view_is_exempt_from_csrf():
    exempt = {
        f"{namespace}:{pattern.name}"
        for namespace, pattern in walk(get_resolver().url_patterns)
        if getattr(pattern.callback, "csrf_exempt", False)
    }
    assert exempt == CSRF_EXEMPT


def fingerprint() -> dict:
    """Every row of our own apps and allauth's email addresses."""
    models = [
        model
        for label in ("accounts", "papers", "governance", "reflections", "account")
        for model in apps.get_app_config(label).get_models()
    ]
    return {model._meta.label: list(model.objects.order_by("pk").values_list()) for model in models}


def client_for(person, **kwargs) -> Client:
    client = Client(**kwargs)
    if person is not None:
        client.force_login(person)
    return client


class Rollback(Exception):
    pass


def check(name: str, role: str, expected: str) -> str | None:
    """One pair in its own savepoint. Returns a description of a mismatch, or None."""
    case = MATRIX[name]
    problem = None
    try:
        with transaction.atomic():
            world = build_world()
            url = case.url(world)
            data = case.data(world)
            client = client_for(world.people[role])
            if case.prepare:
                case.prepare(client, world)
            before = fingerprint()
            response = client.post(url, data)
            changed = fingerprint() != before
            location = response.get("Location", "")
            actual = {
                200: SHOWN,
                302: LOGIN if location.startswith(reverse("account_login")) else REFUSED,
                403: FORBIDDEN,
                404: NOT_FOUND,
            }.get(response.status_code, f"status {response.status_code}")
            if actual == SHOWN and changed:
                actual = f"200 and the database changed: {name} saves without a redirect"
            if actual == REFUSED and changed:
                actual = DONE
            if actual != expected:
                problem = f"{name} as {role}: expected {expected}, got {actual} ({location})"
            elif expected != DONE and changed:
                problem = f"{name} as {role}: refused, but the database changed"
            raise Rollback
    except Rollback:
        pass
    return problem


@pytest.mark.parametrize("name", sorted(MATRIX))
def test_each_role_gets_exactly_the_stated_outcome(name):
    problems = [check(name, role, expected) for role, expected in MATRIX[name].outcomes.items()]
    assert not [p for p in problems if p]


@pytest.mark.parametrize("name", sorted(MATRIX))
def test_a_get_never_changes_state(name):
    case = MATRIX[name]
    world = build_world()
    allowed = next(role for role, outcome in case.outcomes.items() if outcome in (DONE, SHOWN))
    url = case.url(world)
    client = client_for(world.people[allowed])
    if case.prepare:
        case.prepare(client, world)
    before = fingerprint()
    response = client.get(url, case.data(world))
    assert response.status_code == case.get
    assert fingerprint() == before


@pytest.mark.parametrize("name", sorted(set(MATRIX) - CSRF_EXEMPT))
def test_a_post_without_the_csrf_token_is_refused(name):
    case = MATRIX[name]
    world = build_world()
    allowed = next(role for role, outcome in case.outcomes.items() if outcome in (DONE, SHOWN))
    url = case.url(world)
    data = case.data(world)
    client = client_for(world.people[allowed], enforce_csrf_checks=True)
    before = fingerprint()
    response = client.post(url, data)
    assert response.status_code == 403
    assert "Dit formulier is verlopen" in response.content.decode()  # civcare.views.csrf_failure
    assert fingerprint() == before


@pytest.mark.parametrize("name", sorted(READ_ONLY))
def test_read_only_pages_refuse_post(name, admin_client):
    world = build_world()
    samples = {
        "code": world.consulted.paper.code,
        "version": world.consulted.number,
        "old": world.closed.number,
        "new": world.draft.number,
        "pk": world.published.pk,
        "section": "reflections",
    }
    pattern = next(
        p
        for ns, p in walk(get_resolver().url_patterns)
        if (f"{ns}:{p.name}" if ns else p.name) == name
    )
    kwargs = {key: samples[key] for key in pattern.pattern.converters}
    if name == "papers:diff":
        kwargs["code"] = world.closed.paper.code
    if name == "switch_language":
        kwargs = {"code": "en"}
    if name.endswith("_version"):
        kwargs = {"version": "1.0"}
    url = reverse(name, kwargs=kwargs)
    assert admin_client.post(url).status_code == 405


@pytest.mark.parametrize("name", ["edit", "presentation", "withdraw"])
def test_changing_the_id_shows_nothing_of_someone_elses_pending_reflection(name):
    world = build_world()
    url = reverse(f"reflections:{name}", args=[world.pending.pk])
    for role in ("reader", "unverified", "moderator", "editor", "admin"):
        response = client_for(world.people[role]).get(url)
        assert response.status_code == 404, role
        assert "Nog niet beoordeeld" not in response.content.decode(), role


def test_a_bulk_step_posted_without_its_confirmation_only_shows_what_it_would_do():
    """The first POST of a bulk step is the page that says what it would change (#29)."""
    world = build_world()
    theme = a_theme(world)
    client = client_for(world.people["editor"])
    before = fingerprint()
    response = client.post(
        reverse("editor:reflections_bulk", kwargs=version_kwargs(world.consulted)),
        {"action": "toekennen", "scope": "gekozen", "theme": theme.pk,
         "reflectie": [world.published.pk]},
    )  # fmt: skip
    assert response.status_code == 200 and "Controleer deze stap" in response.content.decode()
    assert fingerprint() == before


def test_an_editor_who_is_also_a_moderator_may_do_both():
    world = build_world()
    both = world.people["editor"]
    roles.grant(both, "moderatie")
    client = client_for(both)
    assert (
        client.post(
            reverse("reflections:decide", args=[world.pending.pk, "approve"]),
            {"gezien": world.pending.waiting_digest},
        ).status_code
        == 302
    )
    world.pending.refresh_from_db()
    assert world.pending.status == Reflection.Status.APPROVED
