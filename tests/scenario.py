"""A realistic platform, built through the real transitions, and every page type in it.

Used by the accessibility/HTML audit (browser) and by the English-interface check, so
that every page type is covered by both — a new page joins both by being added here.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Sequence
from dataclasses import dataclass

from allauth.account.models import EmailAddress
from django.core.management import call_command

from civcare.accounts import roles
from civcare.accounts.models import User
from governance import consultation_report, similarity, transitions
from governance.bulk import Ask
from governance.models import BulkStep, Disposition
from papers import following
from papers.models import ChangeType, PaperVersion
from reflections import claims, moderation
from reflections.models import Reflection, SavedReason

PASSWORD = "een-lang-wachtwoord-42"
PERSPECTIVES = [
    "relative",
    "professional",
    "client",
    "experience_expert",
    "policymaker",
    "supervisor",
    "lawyer",
    "other",
]


@dataclass
class Scenario:
    reader: User
    moderator: User
    editor: User
    second_editor: User
    own: Reflection  # the reader's approved reflection
    declined: Reflection  # the reader's declined reflection
    others: Reflection  # someone else's approved reflection (to reply to / report)
    pending: Reflection  # a reflection in the moderation queue
    reported: Reflection  # a hidden reflection with reports
    consulted: PaperVersion  # SHPP003-05 v0.9, open, with many reflections
    adopted: PaperVersion  # SHPP003-01 v1.0
    superseded: PaperVersion  # SHPP003-01 v0.9
    theme: object  # a theme of the consulted version, given to some of its reflections
    answer: object  # a standard answer of the consulted version
    resubmitted: Reflection  # sent back after a revision request, open at another moderator
    saved_reason: object  # a moderators' reusable reason text
    step: object  # the bulk step that gave ``theme`` to some reflections
    # One of the consulted version's near-copies: a cluster with more members than the
    # similar page shows side by side, so it has its own page ("Toon alle N reflecties").
    campaign: Reflection
    # The part of SHPP003-01 v0.9's report with more reflections than its annex folds in,
    # so the report opens a page of that part (?deel=…&pagina=…).
    annex_part: str


def person(email: str, name: str, perspective: str = "relative", role: str | None = None) -> User:
    user = User.objects.create_user(email, PASSWORD, display_name=name, perspective=perspective)
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    if role:
        roles.grant(user, role)
    return user


def build(*, reflections: int = 40) -> Scenario:
    roles.ensure_groups()  # a transactional test before this one may have flushed them
    call_command("load_papers", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115
    reader = person("lezer@example.org", "Lezer Lotte", "relative")
    moderator_user = person("moderator@example.org", "Moderator Mo", "other", "moderatie")
    editor_user = person("redacteur@example.org", "Redacteur Roos", "policymaker", "redactie")
    second_editor = person("redacteur2@example.org", "Redacteur Ruben", "policymaker", "redactie")
    # Enough writers to stay under the hourly posting limit of each.
    writers = [
        person(f"schrijver{n}@example.org", f"Schrijver {n}", PERSPECTIVES[n % 8])
        for n in range(max(8, reflections // 5))
    ]

    consulted = PaperVersion.objects.get(paper__code="SHPP003-05")
    targets = [None, *consulted.sections.all()[:4], *consulted.questions.all()[:12]]
    approved = []
    for n in range(reflections):
        target = targets[n % len(targets)]
        kwargs = {}
        if target is not None:
            kwargs = {"question": target} if hasattr(target, "text") else {"section": target}
        author = writers[n % len(writers)]
        reflection, _ = moderation.submit(
            version=consulted,
            author=author,
            perspective=author.perspective,
            body=f"Reflectie {n}: **netwerken** doen ertoe. Zie [de WHO](https://www.who.int).",
            is_anonymous=n % 3 == 0,
            may_quote=n % 2 == 0,
            **kwargs,
        )
        approved.append(moderation.approve(reflection, by=moderator_user))
    for number, parent in enumerate(approved[:5]):
        reply, _ = moderation.submit(
            version=consulted,
            author=writers[7],
            perspective="other",
            body=f"Reactie {number} die de dialoog verder brengt.",
            parent=parent,
        )
        moderation.approve(reply, by=moderator_user)

    own, _ = moderation.submit(
        version=consulted,
        author=reader,
        perspective="relative",
        body="Mijn eigen gepubliceerde reflectie over het netwerk.",
        question=consulted.questions.get(anchor="vraag-11"),
    )
    own = moderation.approve(own, by=moderator_user)
    declined, _ = moderation.submit(
        version=consulted,
        author=reader,
        perspective="relative",
        body="Een reflectie die een persoon bij naam noemde.",
    )
    moderation.decline(
        declined, by=moderator_user, reason_code="third_parties", reason="Laat de naam weg."
    )
    pending, _ = moderation.submit(
        version=consulted,
        author=writers[1],
        perspective="client",
        body="Deze reflectie wacht nog op de moderatie.",
    )
    resubmitted, _ = moderation.submit(
        version=consulted,
        author=writers[2],
        perspective="relative",
        body="Mijn broer Jan kwam in 2019 in de crisisopvang terecht en niemand belde ons.",
    )
    moderation.request_revision(
        resubmitted,
        by=moderator_user,
        note="Laat de naam en het jaar weg: schrijf over het systeem.",
    )
    resubmitted = moderation.edit(
        resubmitted,
        by=writers[2],
        perspective="relative",
        body="Mijn broer kwam in de crisisopvang terecht en niemand belde ons als naasten.",
    )
    moderation.add_note(pending, by=moderator_user, body="Lijkt op een eerdere reflectie.")
    second_moderator = person("moderator2@example.org", "Moderator Max", "other", "moderatie")
    claims.take(resubmitted, second_moderator)
    saved_reason = SavedReason.objects.create(
        use=SavedReason.Use.REVISION,
        title="Casus zonder namen",
        text="Schrijf over het systeem, zonder namen of data van personen.",
    )
    reported = approved[1]
    for reporter in writers[2:5]:
        moderation.report(reported, by=reporter, reason="Lijkt herleidbaar.")

    superseded = PaperVersion.objects.get(paper__code="SHPP003-01")
    earlier, _ = moderation.submit(
        version=superseded,
        author=writers[3],
        perspective="lawyer",
        body="Noem ook de rol van de rechter bij juridisering.",
        may_quote=True,
        question=superseded.questions.get(anchor="vraag-4-3"),
    )
    earlier = moderation.approve(earlier, by=moderator_user)
    campaigners = [
        person(f"campagne{n}@example.org", f"Campagne {n}", PERSPECTIVES[n]) for n in range(5)
    ]
    consulted_copies = campaign(
        consulted, similarity.MAX_SHOWN + 1, by=campaigners, moderator=moderator_user
    )
    annexed = superseded.sections.order_by("order").first()
    signed = campaign(superseded, consultation_report.ANNEX_FOLD + 1, by=campaigners[::-1],
                      moderator=moderator_user, section=annexed)  # fmt: skip
    adopted = adopt_next_version(
        superseded,
        editor=editor_user,
        second_editor=second_editor,
        amended=("neemt de bereidheid tot bewegen af.", ", ook bij de rechter"),
        prompted_by=earlier,
        later=signed,
    )
    superseded.refresh_from_db()

    theme = transitions.create_theme(
        consulted, by=editor_user, name="Het netwerk", description="Familie en naasten."
    )
    published = consulted.reflections.approved().order_by("pk")[:5]
    step = transitions.take_bulk_step(
        consulted, Ask(BulkStep.Action.THEME_ASSIGNED, theme=theme), [r.pk for r in published],
        by=editor_user,
    )  # fmt: skip
    answer = transitions.save_standard_answer(
        consulted, by=editor_user, title="Meegenomen", kind=Disposition.Kind.LATER,
        text="Dank voor uw reflectie. Wij nemen haar mee bij de volgende herziening.",
    )  # fmt: skip

    following.follow(reader, consulted.paper)
    read_by_meaning(consulted)
    return Scenario(
        reader=reader,
        moderator=moderator_user,
        editor=editor_user,
        second_editor=second_editor,
        own=own,
        declined=declined,
        others=approved[4],
        pending=pending,
        reported=reported,
        consulted=consulted,
        adopted=adopted,
        superseded=superseded,
        theme=theme,
        answer=answer,
        resubmitted=resubmitted,
        saved_reason=saved_reason,
        step=step,
        campaign=consulted_copies[0],
        annex_part=annexed.anchor,
    )


def read_by_meaning(version: PaperVersion) -> int:
    """Every published reflection on ``version`` given a vector, as the background job would
    store it (#31), so the pages that read by meaning (proposed clusters, a theme's parts)
    show what they show with the model: made here from the reflection's number (four
    directions and some noise), not by the model, which the suite does not run for every
    page. Returns how many."""
    import numpy as np

    from civcare.core import embeddings
    from reflections.models import ReflectionVector

    published = list(version.reflections.approved().order_by("pk"))
    made = []
    for reflection in published:
        vector = np.random.default_rng(reflection.pk).normal(0, 0.3, embeddings.DIMENSIONS)
        vector[reflection.pk % 4] += 2.0
        made.append(ReflectionVector(
            reflection=reflection, digest=reflection.body_digest, model=embeddings.MODEL,
            vector=embeddings.to_bytes((vector / np.linalg.norm(vector)).astype("float32")),
        ))  # fmt: skip
    ReflectionVector.objects.bulk_create(made)
    return len(made)


CAMPAIGN = (
    "Naasten horen vanaf het eerste gesprek bij de zorgrelatie. Vraag het netwerk wie "
    "meedenkt en leg vast wat er is afgesproken, zodat niemand buiten beeld raakt."
)


def campaign(
    version: PaperVersion, count: int, *, by: list[User], moderator: User, section=None
) -> list[Reflection]:
    """``count`` published near-copies of one text (a campaign: each copy signed with its own
    number), written in turn by ``by`` (each stays under the hourly posting limit)."""
    copies = []
    for n in range(count):
        author = by[n % len(by)]
        reflection, _ = moderation.submit(
            version=version,
            author=author,
            perspective=author.perspective,
            body=f"{CAMPAIGN} Steun nummer {n + 1}.",
            may_quote=n % 2 == 0,
            section=section,
        )
        copies.append(moderation.approve(reflection, by=moderator))
    return copies


def adopt_next_version(
    consulted: PaperVersion,
    *,
    editor: User,
    second_editor: User,
    amended: tuple[str, str],
    prompted_by: Reflection | None = None,
    reference: str = "BB-2026-11",
    later: Sequence[Reflection] = (),
) -> PaperVersion:
    """The whole v0.9 → v1.0 walk through the real transitions: close the consultation, draft
    the next version, sharpen section 4 (``amended``: the words after which ``addition`` is
    inserted), record a disposition for ``prompted_by`` (and "later" for each of ``later``),
    the board decision, and adoption by a second editor (four eyes). Shared by the tests and
    bench/run."""
    after, addition = amended
    transitions.close_consultation(consulted, by=editor)
    draft = transitions.create_draft(consulted, by=editor)
    section = draft.sections.get(number="4")
    transitions.amend_section(
        section,
        by=editor,
        title=section.title,
        body=section.body.replace(after, after.rstrip(".") + addition + ".", 1),
        change_type=ChangeType.SHARPENING,
        explanation="De rechter is genoemd.",
        prompted_by=[prompted_by] if prompted_by else [],
    )
    if prompted_by is not None:
        transitions.record_disposition(
            prompted_by,
            by=editor,
            draft=draft,
            kind=Disposition.Kind.INCORPORATED,
            response="Verwerkt in sectie 4.",
            section=section,
        )
    if later:
        transitions.record_dispositions(
            [r.pk for r in later],
            by=editor,
            draft=draft,
            kind=Disposition.Kind.LATER,
            response="Meegenomen voor een volgende versie.",
        )
    transitions.record_decision(
        draft, by=editor, decided_on=datetime.date(2026, 11, 20), reference=reference
    )
    return transitions.promote(draft, by=second_editor)


def draft_in_progress(scenario: Scenario) -> PaperVersion:
    """SHPP003-01 in the middle of its next step: v1.0 took reflections, a v1.1 draft exists.

    SHPP003-05 stays open for reflection, so the reflection forms stay reachable.
    """
    adopted = transitions.set_reflection_policy(scenario.adopted, by=scenario.editor, accepts=True)
    for number, author in enumerate([scenario.reader, scenario.second_editor]):
        reflection, _ = moderation.submit(
            version=adopted,
            author=author,
            perspective=author.perspective,
            body=f"Reflectie {number} op de vastgestelde versie, voor een volgende versie.",
        )
        moderation.approve(reflection, by=scenario.moderator)
    return transitions.create_draft(adopted, by=scenario.editor)


def pages(s: Scenario) -> list[tuple[str, str, str]]:
    """(role, page type, URL) for every page type; roles: anonymous, reader, moderator, editor."""
    c, o = "SHPP003-05", "SHPP003-01"
    return [
        ("anonymous", "home", "/"),
        ("anonymous", "paper list", "/papers/"),
        ("anonymous", "paper with many reflections", f"/papers/{c}/"),
        ("anonymous", "paper filtered by perspective", f"/papers/{c}/?perspectief=relative"),
        ("anonymous", "adopted paper", f"/papers/{o}/"),
        ("anonymous", "superseded paper", f"/papers/{o}/v0.9/"),
        ("anonymous", "diff", f"/papers/{o}/diff/0.9/1.0/"),
        ("anonymous", "consultation report", f"/papers/{o}/v0.9/consultatieverslag/"),
        (
            "anonymous",
            "consultation report: a page of one part of the annex",
            f"/papers/{o}/v0.9/consultatieverslag/?deel={s.annex_part}&pagina=1",
        ),
        ("anonymous", "version history", f"/papers/{o}/geschiedenis/"),
        ("anonymous", "analysis of a consultation", f"/papers/{o}/v0.9/analyse/"),
        (
            "anonymous",
            "all reflections on a question",
            f"/papers/{c}/v0.9/reflecties/?vraag=vraag-11",
        ),
        ("anonymous", "reflection form (signed out)", f"/papers/{c}/v0.9/reageren/?vraag=vraag-11"),
        ("anonymous", "sign-up", "/accounts/signup/"),
        ("anonymous", "login", "/accounts/login/"),
        ("anonymous", "password reset", "/accounts/password/reset/"),
        ("anonymous", "search results", "/zoeken/?q=netwerk"),
        ("anonymous", "search without results", "/zoeken/?q=onvindbaarwoord"),
        ("anonymous", "one reflection with replies", f"/reflecties/{s.others.pk}/"),
        (
            "anonymous",
            "unsubscribe link",
            "/papers/afmelden/"
            f"{following.unsubscribe_token(s.reader.subscriptions.get(paper=s.consulted.paper))}/",
        ),
        ("anonymous", "privacy statement", "/privacy/"),
        ("anonymous", "terms of use", "/voorwaarden/"),
        ("anonymous", "accessibility statement", "/toegankelijkheid/"),
        ("anonymous", "404", "/papers/BESTAAT-NIET/"),
        ("reader", "paper as reader", f"/papers/{c}/"),
        ("reader", "my account", "/mijn/account/"),
        ("reader", "follow a paper", f"/papers/{c}/volgen/"),
        ("reader", "my reflections", "/mijn/reflecties/"),
        ("reader", "my data", "/mijn/gegevens/"),
        ("reader", "delete account", "/mijn/account/verwijderen/"),
        ("reader", "reflection form", f"/papers/{c}/v0.9/reageren/?vraag=vraag-11"),
        ("reader", "reply form", f"/reflecties/{s.others.pk}/reageren/"),
        ("reader", "report form", f"/reflecties/{s.others.pk}/melden/"),
        ("reader", "edit reflection", f"/reflecties/{s.own.pk}/bewerken/"),
        ("reader", "name or anonymous", f"/reflecties/{s.own.pk}/weergave/"),
        ("reader", "withdraw", f"/reflecties/{s.own.pk}/intrekken/"),
        ("reader", "change email", "/accounts/email/"),
        ("reader", "change password", "/accounts/password/change/"),
        ("reader", "403", "/moderatie/"),
        ("moderator", "moderation queue", "/moderatie/"),
        ("moderator", "reported reflections", "/moderatie/meldingen/"),
        ("moderator", "publish all matching: confirmation", "/moderatie/alle-publiceren/"),
        ("moderator", "moderate one reflection", f"/moderatie/{s.pending.pk}/"),
        ("moderator", "hidden reflection", f"/moderatie/{s.reported.pk}/"),
        ("moderator", "resubmitted reflection", f"/moderatie/{s.resubmitted.pk}/"),
        ("moderator", "queue: reported only", "/moderatie/?gemeld=1"),
        ("moderator", "queue: filtered", "/moderatie/?aangepast=1&perspectief=relative&q=broer"),
        ("moderator", "handled items", "/moderatie/afgehandeld/"),
        ("moderator", "handled items, filtered", "/moderatie/afgehandeld/?wie=mij&dagen=30"),
        ("moderator", "saved reasons", "/moderatie/teksten/"),
        ("moderator", "one saved reason", f"/moderatie/teksten/{s.saved_reason.pk}/"),
        ("editor", "editor dashboard", "/redactie/"),
        ("editor", "version in consultation", f"/redactie/{c}/v0.9/"),
        ("editor", "adopted version", f"/redactie/{o}/v1.0/"),
        ("editor", "superseded version", f"/redactie/{o}/v0.9/"),
        ("editor", "close consultation", f"/redactie/{c}/v0.9/sluiten/"),
        ("editor", "paper as editor", f"/papers/{c}/"),
        ("editor", "paper upload", "/redactie/nieuwe-paper/"),
        ("editor", "coding: reflections", f"/redactie/{c}/v0.9/reflecties/"),
        (
            "editor",
            "coding: filtered reflections",
            f"/redactie/{c}/v0.9/reflecties/?thema=geen&perspectief=relative&q=netwerken",
        ),
        ("editor", "coding: themes", f"/redactie/{c}/v0.9/themas/"),
        ("editor", "coding: one theme", f"/redactie/{c}/v0.9/themas/{s.theme.pk}/"),
        ("editor", "coding: a proposed cluster", f"/redactie/{c}/v0.9/reflecties/?cluster=2-1"),
        ("editor", "coding: standard answers", f"/redactie/{c}/v0.9/standaardantwoorden/"),
        (
            "editor",
            "coding: one standard answer",
            f"/redactie/{c}/v0.9/standaardantwoorden/{s.answer.pk}/",
        ),
        ("editor", "coding: similar reflections", f"/redactie/{c}/v0.9/vergelijkbaar/"),
        (
            "editor",
            "coding: all of one cluster of similar reflections",
            f"/redactie/{c}/v0.9/vergelijkbaar/{s.campaign.pk}/",
        ),
        ("editor", "analysis during the consultation", f"/papers/{c}/v0.9/analyse/"),
        ("editor", "coding: syntheses", f"/redactie/{c}/v0.9/synthese/"),
        ("editor", "coding: one synthesis", f"/redactie/{c}/v0.9/synthese/thema/{s.theme.pk}/"),
        ("editor", "coding: bulk steps", f"/redactie/{c}/v0.9/bulkstappen/"),
        (
            "editor",
            "coding: undo a bulk step",
            f"/redactie/{c}/v0.9/bulkstappen/{s.step.pk}/ongedaan-maken/",
        ),
        (
            "editor",
            "coding: a cell of the analysis opened, with a search",
            f"/redactie/{c}/v0.9/reflecties/?sectie=geheel&perspectief=relative"
            '&q=netwerken+-"de+WHO"+OR+ertoe',
        ),
        (
            "editor",
            "coding: the fixed work list of an adopted consultation",
            f"/redactie/{o}/v0.9/reflecties/",
        ),
        (
            "editor",
            "coding: reflections in more than one theme",
            f"/redactie/{c}/v0.9/reflecties/?thema=meerdere",
        ),
        (
            "editor",
            "coding: reflections of one theme",
            f"/redactie/{c}/v0.9/reflecties/?thema={s.theme.pk}",
        ),
    ]


def draft_pages(draft: PaperVersion) -> list[tuple[str, str, str]]:
    c, new, old = draft.paper.code, draft.number, draft.based_on.number
    section = draft.sections.order_by("order").first()
    reflection = draft.based_on.reflections.approved().order_by("pk").first()
    return [
        ("editor", "draft version", f"/redactie/{c}/v{new}/"),
        ("editor", "section editor", f"/redactie/{c}/v{new}/secties/{section.pk}/"),
        ("editor", "dispositions", f"/redactie/{c}/v{old}/reflecties/?verwerking=geen"),
        ("editor", "board decision", f"/redactie/{c}/v{new}/besluit/"),
        ("editor", "promote (refused)", f"/redactie/{c}/v{new}/vaststellen/"),
        ("editor", "new version", f"/redactie/{c}/v{old}/nieuwe-versie/"),
        ("editor", "open consultation", f"/redactie/{c}/v{new}/openen/"),
        ("editor", "draft diff", f"/papers/{c}/diff/{old}/{new}/"),
        ("editor", "draft consultation report", f"/papers/{c}/v{old}/consultatieverslag/"),
        (
            "editor",
            "disposition of one reflection",
            f"/redactie/{c}/v{new}/verwerking/{reflection.pk}/?verwerking=geen",
        ),
    ]
