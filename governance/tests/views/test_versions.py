"""The governance workflow through the site: editor screens, diff, timeline."""

import datetime

import pytest
from django.urls import reverse
from django.utils import formats, timezone

from civcare.accounts.tests.factories import UserFactory, editor, moderator
from governance import transitions
from papers.models import ChangeType, PaperEvent, PaperVersion
from papers.tests.factories import PaperVersionFactory, build_paper
from reflections import moderation as reflection_moderation
from reflections.models import ModerationEvent
from reflections.tests.factories import ReflectionFactory, approved

pytestmark = pytest.mark.django_db
Status = PaperVersion.Status
CODE = "SHPP003-70"


def url(name, version=None, **kwargs):
    args = {"code": CODE, **({"version": version} if version else {}), **kwargs}
    return reverse(f"editor:{name}", kwargs=args)


@pytest.fixture
def consulted():
    return build_paper(code=CODE, sections=3, groups=2, questions_per_group=2)


@pytest.fixture
def first_editor(client):
    return editor(display_name="Redacteur Een")


@pytest.fixture
def second_editor():
    return editor(display_name="Redacteur Twee")


def test_editor_screens_are_for_editors_only(client, consulted):
    urls = [
        reverse("editor:dashboard"),
        url("version", "0.9"),
        url("close", "0.9"),
        url("draft", "0.9"),
        url("decision", "0.9"),
        url("promote", "0.9"),
    ]
    for target in urls:
        assert client.get(target).status_code == 302  # to log in
    for person in (UserFactory(), moderator()):
        client.force_login(person)
        for target in urls:
            assert client.get(target).status_code == 403, target
        assert client.post(url("close", "0.9")).status_code == 403
    consulted.refresh_from_db()
    assert consulted.status == Status.CONSULTATION


def test_state_changes_need_a_post_after_a_confirmation_page(client, consulted, first_editor):
    client.force_login(first_editor)
    page = client.get(url("close", "0.9"))
    assert page.status_code == 200
    assert "Na het sluiten kunnen er geen nieuwe reflecties meer bij" in page.content.decode()
    consulted.refresh_from_db()
    assert consulted.status == Status.CONSULTATION
    response = client.post(url("close", "0.9"), follow=True)
    assert "De consultatie is gesloten." in response.content.decode()
    consulted.refresh_from_db()
    assert consulted.status == Status.CLOSED


def in_days(days: int) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=days)


def test_planned_closing_date_is_shown_to_readers(client, consulted, first_editor):
    client.force_login(first_editor)
    client.post(url("plan_closing", "0.9"), {"closes_on": in_days(25).isoformat()})
    client.logout()
    html = client.get(consulted.get_absolute_url()).content.decode()
    assert "Consultatie sluit" in html and formats.date_format(in_days(25), "j F Y") in html


PAST = "De geplande sluitingsdatum ligt in het verleden. Kies vandaag of een latere datum."


def test_a_closing_date_in_the_past_is_refused_and_the_date_kept(client, consulted, first_editor):
    client.force_login(first_editor)
    response = client.post(url("plan_closing", "0.9"), {"closes_on": "2020-01-01"})
    assert response.status_code == 200  # the version's screen again, not a redirect
    html = response.content.decode()
    assert PAST in html and 'name="closes_on" value="2020-01-01"' in html
    consulted.refresh_from_db()
    assert consulted.consultation_closes_on is None and not PaperEvent.objects.exists()
    client.logout()
    assert "1 januari 2020" not in client.get(consulted.get_absolute_url()).content.decode()


def test_opening_with_a_closing_date_in_the_past_is_refused_and_the_date_kept(client, first_editor):
    draft = PaperVersionFactory(paper__code="SHPP003-71", status=Status.DRAFT)
    client.force_login(first_editor)
    target = reverse("editor:open", kwargs={"code": "SHPP003-71", "version": "0.9"})
    response = client.post(target, {"closes_on": "2020-01-01"})
    html = response.content.decode()
    assert response.status_code == 200 and PAST in html
    assert 'name="closes_on" value="2020-01-01"' in html
    draft.refresh_from_db()
    assert draft.status == Status.DRAFT


def test_the_whole_workflow_through_the_site(
    client, consulted, first_editor, second_editor, delivered, django_capture_on_commit_callbacks
):
    first = approved(
        version=consulted, body="Eerste reflectie die een wijziging vraagt.", may_quote=True
    )
    second = approved(
        version=consulted,
        body="Tweede reflectie, niet geciteerd.",
        may_quote=False,
        is_anonymous=True,
    )
    client.force_login(first_editor)
    client.post(url("close", "0.9"))
    response = client.post(url("draft", "0.9"))
    assert response.url == url("version", "1.0")
    draft = PaperVersion.objects.get(paper__code=CODE, major=1, minor=0)
    section = draft.sections.get(order=2)

    # A changed section without a type is refused, and the new text is kept.
    edited = client.post(
        url("section", "1.0", pk=section.pk),
        {"title": section.title, "body": "Nieuwe tekst van de sectie.", "save": "1"},
    )
    html = edited.content.decode()
    assert "kies aanscherping, verduidelijking of onderbouwing" in html
    assert "Nieuwe tekst van de sectie." in html
    preview = client.post(
        url("section", "1.0", pk=section.pk),
        {
            "title": section.title,
            "body": "Een **vette** tekst.",
            "change_type": "sharpening",
            "explanation": "Scherper.",
            "preview": "1",
        },
    )
    assert "<strong>vette</strong>" in preview.content.decode()
    client.post(
        url("section", "1.0", pk=section.pk),
        {
            "title": section.title,
            "body": "Nieuwe tekst van de sectie.",
            "change_type": ChangeType.SHARPENING,
            "explanation": "Scherper geformuleerd.",
            "other_reflections": str(first.pk),
            "save": "1",
        },
    )
    section.refresh_from_db()
    assert section.change_type == "sharpening"
    assert [prompt.reflection for prompt in section.prompts.all()] == [first]

    # The reflection named as the section's "aanleiding" is "verwerkt in" it already.
    page = client.get(url("reflections", "0.9")).content.decode()
    assert "1 nog zonder verwerking" in page
    bad = client.post(
        url("disposition", "1.0", reflection_pk=second.pk),
        {"kind": "not_adopted", "response": "Dank u wel."},
    )
    assert bad.status_code == 400
    assert "Dank u wel." in bad.content.decode()  # nothing the editor typed is lost
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            url("disposition", "1.0", reflection_pk=first.pk),
            {
                "kind": "incorporated",
                "section": str(section.pk),
                "response": "Verwerkt in sectie 2.",
            },
        )
        client.post(
            url("disposition", "1.0", reflection_pk=second.pk),
            {
                "kind": "not_adopted",
                "response": "Dank u.",
                "reason": "Valt buiten het kader.",
            },
        )
    assert "0 nog zonder verwerking" in client.get(url("reflections", "0.9")).content.decode()
    # Before the board decides, a disposition is the editors' alone: not on the public page,
    # not on the author's Mijn reflecties, and nobody is mailed while it can still change.
    from django.test import Client

    assert "Verwerkt in sectie 2." not in Client().get(f"/papers/{CODE}/v0.9/").content.decode()
    author = Client()
    author.force_login(first.author)
    assert "Verwerkt in sectie 2." not in author.get("/mijn/reflecties/").content.decode()
    assert not [m for m in delivered() if "Wat er met uw reflecties" in m.subject]

    client.post(url("decision", "1.0"), {"decided_on": "2026-06-01", "reference": "BB-7"})
    refused = client.get(url("promote", "1.0")).content.decode()
    assert "Vier ogen" in refused
    assert client.post(url("promote", "1.0"), follow=True).status_code == 200
    draft.refresh_from_db()
    assert draft.status == Status.DRAFT

    client.force_login(second_editor)
    client.post(url("promote", "1.0"))
    draft.refresh_from_db()
    assert draft.status == Status.ADOPTED

    # A visitor sees v1.0 as current, the superseded v0.9, the diff and the report.
    client.logout()
    current = client.get(f"/papers/{CODE}/").content.decode()
    assert "Vastgesteld kaderdocument" in current and draft.content_hash in current
    assert "Gewijzigd ten opzichte van v0.9: Aanscherping." in current
    old = client.get(f"/papers/{CODE}/v0.9/").content.decode()
    assert "Deze versie is vervangen" in old
    assert "Eerste reflectie die een wijziging vraagt." in old  # the record stays readable
    assert "Verwerkt in de nieuwe versie" in old
    diff = client.get(f"/papers/{CODE}/diff/0.9/1.0/").content.decode()
    assert "<ins>" in diff and "<del>" in diff and "[toegevoegd:" in diff
    assert "Scherper geformuleerd." in diff and f"#{first.pk}" in diff
    report = client.get(f"/papers/{CODE}/v0.9/consultatieverslag/").content.decode()
    assert "Eerste reflectie die een wijziging vraagt." in report
    assert "Tweede reflectie, niet geciteerd." not in report
    assert "Niet geciteerd: de auteur gaf geen toestemming." in report
    assert draft.content_hash in report

    # At adoption (not before) each author was told, once, what became of their reflections.
    told = [m for m in delivered() if "Wat er met uw reflecties is gedaan" in m.subject]
    assert sorted(m.to[0] for m in told) == sorted([first.author.email, second.author.email])
    to_first = next(m for m in told if m.to == [first.author.email]).body
    assert "Verwerkt in sectie 2." in to_first and f"/papers/{CODE}/v0.9/consultatieverslag/" in (
        to_first
    )
    assert f"/papers/{CODE}/v1.0/#{section.anchor}" in to_first


def test_timeline_shows_public_steps_to_readers(client, consulted, first_editor, second_editor):
    transitions.close_consultation(consulted, by=first_editor)
    draft = transitions.create_draft(consulted, by=first_editor)
    transitions.record_decision(
        draft,
        by=first_editor,
        decided_on=datetime.date(2026, 6, 1),
        reference="BB-9",
        minutes_url="https://example.org/notulen-9",
    )
    html = client.get(f"/papers/{CODE}/geschiedenis/").content.decode()
    assert "consultatie gesloten" in html
    assert "v1.0" not in html  # a draft is not public
    transitions.promote(draft, by=second_editor)
    html = client.get(f"/papers/{CODE}/geschiedenis/").content.decode()
    assert "vastgesteld" in html and "bestuursbesluit BB-9" in html
    assert "https://example.org/notulen-9" in html
    assert f"/papers/{CODE}/diff/0.9/1.0/" in html


def test_one_adoption_date_the_board_decision_everywhere(
    client, consulted, first_editor, second_editor
):
    """The board decided two days before an editor put the adoption on the site: history,
    v1.0, the timeline and the report all give the day of the decision; the timeline adds
    when it was put on the site, as that."""
    transitions.close_consultation(consulted, by=first_editor)
    draft = transitions.create_draft(consulted, by=first_editor)
    decided = in_days(-2)
    transitions.record_decision(draft, by=first_editor, decided_on=decided, reference="BB-12")
    transitions.promote(draft, by=second_editor)
    decided_text = formats.date_format(decided, "j F Y")
    today_text = formats.date_format(timezone.localdate(), "j F Y")

    history = client.get(f"/papers/{CODE}/geschiedenis/").content.decode()
    assert f"vastgesteld op {decided_text}" in history  # the list of versions
    adoption = next(item for item in history.split("<li>") if "v1.0: vastgesteld" in item)
    assert f'<time datetime="{decided.isoformat()}">{decided_text}</time>' in adoption
    assert f"bestuursbesluit BB-12 van {decided_text}" in adoption
    assert f"op de site vastgelegd op {today_text}" in adoption
    closed = next(item for item in history.split("<li>") if "consultatie gesloten" in item)
    assert "op de site vastgelegd" not in closed  # it took effect when it was recorded

    version_page = client.get(f"/papers/{CODE}/v1.0/").content.decode()
    assert f"Vastgesteld op {decided_text}" in version_page
    report = client.get(f"/papers/{CODE}/v0.9/consultatieverslag/").content.decode()
    assert f"als v1.0 op {decided_text}, de datum van het bestuursbesluit" in report
    assert today_text not in report.split('id="cijfers-titel"')[0].split("Vastgesteld")[1]


def test_drafts_and_their_diff_are_hidden_from_readers(client, consulted, first_editor):
    transitions.close_consultation(consulted, by=first_editor)
    transitions.create_draft(consulted, by=first_editor)
    assert client.get(f"/papers/{CODE}/v1.0/").status_code == 404
    assert client.get(f"/papers/{CODE}/diff/0.9/1.0/").status_code == 404
    client.force_login(first_editor)
    assert client.get(f"/papers/{CODE}/diff/0.9/1.0/").status_code == 200


def test_pending_queue_blocks_promotion_with_a_clear_message(client, consulted, first_editor):
    ReflectionFactory(version=consulted)
    transitions.close_consultation(consulted, by=first_editor)
    transitions.create_draft(consulted, by=first_editor)
    client.force_login(first_editor)
    html = client.get(url("version", "1.0")).content.decode()
    assert "Er wachten nog 1 reflecties op v0.9 op de moderatie." in html
    assert "Het bestuursbesluit is nog niet vastgelegd." in html


def test_author_sees_the_disposition_on_my_reflections_once_adopted(
    client, consulted, first_editor, second_editor
):
    reflection = approved(version=consulted)
    transitions.close_consultation(consulted, by=first_editor)
    draft = transitions.create_draft(consulted, by=first_editor)
    transitions.record_disposition(
        reflection, by=first_editor, draft=draft, kind="later", response="We nemen dit mee in v1.1."
    )
    client.force_login(reflection.author)
    assert "We nemen dit mee" not in client.get(reverse("reflections:mine")).content.decode()
    transitions.record_decision(
        draft, by=first_editor, decided_on=datetime.date(2026, 11, 20), reference="BB-3"
    )
    transitions.promote(draft, by=second_editor)
    html = client.get(reverse("reflections:mine")).content.decode()
    assert "Wat ermee is gedaan in v1.0:" in html
    assert "Meegenomen voor een latere versie" in html and "We nemen dit mee in v1.1." in html


def test_an_incorporated_reflection_links_its_section_and_the_diff_on_my_reflections(
    client, consulted, first_editor, second_editor
):
    reflection = approved(version=consulted)
    transitions.close_consultation(consulted, by=first_editor)
    draft = transitions.create_draft(consulted, by=first_editor)
    section = draft.sections.order_by("order").first()
    transitions.amend_section(
        section, by=first_editor, title=section.title, body=section.body + " Scherper.",
        change_type=ChangeType.SHARPENING, explanation="Scherper.", prompted_by=[reflection],
    )  # fmt: skip
    transitions.record_disposition(
        reflection, by=first_editor, draft=draft, kind="incorporated",
        response="Verwerkt.", section=section,
    )  # fmt: skip
    transitions.record_decision(
        draft, by=first_editor, decided_on=datetime.date(2026, 11, 20), reference="BB-4"
    )
    transitions.promote(draft, by=second_editor)
    client.force_login(reflection.author)
    html = client.get(reverse("reflections:mine")).content.decode()
    assert f'href="/papers/{CODE}/v1.0/#{section.anchor}"' in html
    assert f'href="/papers/{CODE}/diff/0.9/1.0/#{section.anchor}"' in html
    assert "wat er veranderde tussen v0.9 en v1.0" in html


def _date_value(html: str, name: str) -> str:
    import re

    field = re.search(rf'<input type="date" name="{name}"[^>]*>', html).group()
    found = re.search(r'value="([^"]*)"', field)
    return found.group(1) if found else ""


def test_a_saved_closing_date_comes_back_and_survives_a_resave(client, consulted, first_editor):
    client.force_login(first_editor)
    client.post(url("plan_closing", "0.9"), {"closes_on": in_days(22).isoformat()})
    shown = _date_value(client.get(url("version", "0.9")).content.decode(), "closes_on")
    assert shown == in_days(22).isoformat()
    client.post(url("plan_closing", "0.9"), {"closes_on": shown})  # saved again, untouched
    consulted.refresh_from_db()
    assert consulted.consultation_closes_on == in_days(22)


def test_a_saved_decision_date_comes_back_and_survives_a_resave(client, consulted, first_editor):
    transitions.close_consultation(consulted, by=first_editor)
    draft = transitions.create_draft(consulted, by=first_editor)
    client.force_login(first_editor)
    data = {"decided_on": "2026-11-28", "reference": "BB-1", "minutes_url": ""}
    client.post(url("decision", draft.number), data)
    html = client.get(url("decision", draft.number)).content.decode()
    assert _date_value(html, "decided_on") == "2026-11-28"
    response = client.post(
        url("decision", draft.number), {**data, "decided_on": _date_value(html, "decided_on")}
    )
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.board_decision.decided_on == datetime.date(2026, 11, 28)


def test_a_board_decision_in_the_future_is_refused(client, consulted, first_editor):
    transitions.close_consultation(consulted, by=first_editor)
    draft = transitions.create_draft(consulted, by=first_editor)
    client.force_login(first_editor)
    tomorrow = datetime.date.today() + datetime.timedelta(days=2)
    response = client.post(
        url("decision", draft.number), {"decided_on": tomorrow.isoformat(), "reference": "BB-2"}
    )
    assert "Een bestuursbesluit ligt niet in de toekomst" in response.content.decode()
    assert not hasattr(PaperVersion.objects.get(pk=draft.pk), "board_decision")


def test_a_disposition_error_is_announced_at_the_top_and_the_list_is_kept(
    client, consulted, first_editor
):
    reflections = [approved(version=consulted) for _ in range(60)]
    transitions.close_consultation(consulted, by=first_editor)
    draft = transitions.create_draft(consulted, by=first_editor)
    client.force_login(first_editor)
    listing = url("reflections", consulted.number) + "?verwerking=geen&pagina=2"
    page = client.get(listing).content.decode()
    target = reflections[-1]
    action = (
        f"{url('disposition', draft.number, reflection_pk=target.pk)}?verwerking=geen&amp;pagina=2"
    )
    assert f'href="{action}"' in page  # the list's filter and page travel along
    action = action.replace("&amp;", "&")
    response = client.post(action, {"kind": "not_adopted", "response": "Dank u."})
    assert response.status_code == 400
    html = response.content.decode()
    summary = html.index('class="error-summary" id="fouten"')
    assert summary < html.index('id="id_kind"')
    assert 'href="#id_reason"' in html[summary:]
    assert "Dank u." in html  # what the editor typed is kept
    response = client.post(
        action, {"kind": "not_adopted", "response": "Dank u.", "reason": "Buiten het kader."}
    )
    assert response.url == url("reflections", consulted.number) + "?verwerking=geen&pagina=2"


def test_the_second_editor_sees_what_they_adopt_and_the_first_why_it_is_not_theirs(
    client, consulted, first_editor, second_editor
):
    reflection = approved(version=consulted, perspective="relative")
    transitions.close_consultation(consulted, by=first_editor)
    draft = transitions.create_draft(consulted, by=first_editor)
    section = draft.sections.order_by("order").first()
    transitions.amend_section(
        section, by=first_editor, title=section.title, body=section.body + "\n\nScherper.",
        change_type=ChangeType.SHARPENING, explanation="Scherper gezegd.",
        prompted_by=[reflection],
    )  # fmt: skip
    transitions.record_decision(
        draft, by=first_editor, decided_on=datetime.date(2026, 11, 20), reference="BB-7"
    )
    client.force_login(first_editor)
    screen = client.get(url("version", draft.number)).content.decode()
    assert "Vier ogen: u legde het besluit vast" in screen
    assert "Vaststellen…" not in screen  # no button that leads to "kan nog niet"
    assert (
        "Wacht op uw vaststelling" not in client.get(reverse("editor:dashboard")).content.decode()
    )

    client.force_login(second_editor)
    dashboard = client.get(reverse("editor:dashboard")).content.decode()
    assert "Wacht op uw vaststelling" in dashboard
    assert url("promote", draft.number) in dashboard
    page = client.get(url("promote", draft.number)).content.decode()
    assert section.heading in page and "Aanscherping" in page  # the change and its type
    assert reverse("papers:diff", kwargs={"code": CODE, "old": "0.9", "new": draft.number}) in page
    assert "Verwerkt in de nieuwe versie</span> 1" in page  # the totals per type

    client.post(url("promote", draft.number))
    client.logout()
    adopted = client.get(reverse("papers:current", kwargs={"code": CODE})).content.decode()
    assert "na een publieke consultatie over v0.9 met 1 reflectie." in adopted
    assert reverse("papers:analysis", kwargs={"code": CODE, "version": "0.9"}) in adopted
    assert "Nog geen reflecties" not in adopted  # v1.0 takes none: a closed consultation


def test_the_dashboard_shows_how_long_reflections_waited_last_week(client):
    version = build_paper(code="SHPP003-88")
    mod = moderator()
    waits = [60, 3 * 60, 10 * 60, 8 * 24 * 60]  # minutes; the last one is older than 7 days
    for minutes in waits:
        reflection = ReflectionFactory(version=version)
        ModerationEvent.objects.create(
            reflection=reflection, actor=reflection.author,
            action=ModerationEvent.Action.SUBMITTED, from_status="", to_status="pending",
        )  # fmt: skip
        reflection_moderation.approve(reflection, by=mod)
        decided = reflection.events.get(action=ModerationEvent.Action.APPROVED)
        submitted = reflection.events.get(action=ModerationEvent.Action.SUBMITTED)
        submitted.created_at = decided.created_at - datetime.timedelta(minutes=minutes)
        submitted.save()
        if minutes > 7 * 24 * 60:
            ModerationEvent.objects.filter(reflection=reflection).update(
                created_at=decided.created_at - datetime.timedelta(days=9)
            )
    client.force_login(editor())
    html = client.get(reverse("editor:dashboard")).content.decode()
    assert "afgelopen 7 dagen (3 besluiten): mediaan 3 uur, langste 10 uur" in html


def test_the_version_screen_flags_an_unlikely_outcome(client, consulted, first_editor):
    """#29: "Verwerkt in de nieuwe versie: 791 van 1078" against four changed sections, and
    nothing flagged it. The rule (docs/governance.md): more reflections said to be processed
    than there are about the changed sections or the paper as a whole; and a disposition
    "verwerkt in" a section that did not change."""
    first, _second, third = consulted.sections.order_by("order")
    on_first = [approved(version=consulted, section=first) for _ in range(2)]
    on_third = [approved(version=consulted, section=third) for _ in range(4)]
    whole = approved(version=consulted)
    transitions.close_consultation(consulted, by=first_editor)
    draft = transitions.create_draft(consulted, by=first_editor)
    changed = draft.sections.get(number="1")
    original = (changed.title, changed.body)
    transitions.amend_section(changed, by=first_editor, title=changed.title,
                              body=changed.body + "\n\nNieuw.", change_type="sharpening",
                              explanation="Scherper.")  # fmt: skip
    client.force_login(first_editor)
    screen = url("version", draft.number)

    transitions.record_dispositions([r.pk for r in [*on_first, whole]], by=first_editor,
                                    draft=draft, kind="incorporated", section=changed,
                                    response="Verwerkt.")  # fmt: skip
    page = client.get(screen).content.decode()
    assert "3 van 7 verwerkt in de nieuwe versie, bij 1 gewijzigde sectie." in page
    assert "Klopt dit?" not in page

    transitions.record_dispositions([r.pk for r in on_third], by=first_editor, draft=draft,
                                    kind="incorporated", section=changed,
                                    response="Verwerkt.")  # fmt: skip
    page = client.get(screen).content.decode()
    assert "7 van 7 verwerkt in de nieuwe versie, bij 1 gewijzigde sectie." in page
    assert ("Er heten meer reflecties verwerkt (7) dan er over de gewijzigde secties of over "
            "het paper als geheel gaan (3); 4 verwerkte reflecties gaan over een andere sectie "
            "dan die waarin zij verwerkt heten.") in page  # fmt: skip

    transitions.amend_section(changed, by=first_editor, title=original[0], body=original[1],
                              change_type="sharpening", explanation="Toch niet.")  # fmt: skip
    page = client.get(screen).content.decode()
    assert "7 van 7 verwerkt in de nieuwe versie, bij 0 gewijzigde secties." in page
    assert f"7 verwerkingen noemen ‘{changed.heading}’, maar die sectie is niet gewijzigd." in page


def test_the_version_screen_links_the_consultation_report_and_its_xlsx(
    client, consulted, first_editor
):
    # #29: both existed while the consultation ran, and no screen of the editors linked them.
    approved(version=consulted, body="Een reflectie op het concept.")
    client.force_login(first_editor)
    report = reverse("papers:consultation_report", args=[CODE, "0.9"])
    workbook = reverse("papers:consultation_report_editors_xlsx", args=[CODE, "0.9"])
    html = client.get(url("version", "0.9")).content.decode()
    assert f'<a href="{report}">Consultatieverslag van v0.9</a>' in html
    assert f'<a href="{workbook}" download>Consultatieverslag van v0.9 als XLSX</a>' in html
    assert client.get(report).status_code == 200
    assert client.get(workbook)["Content-Type"].startswith("application/vnd.openxmlformats")
    # The draft that answers the consultation links them too.
    transitions.close_consultation(consulted, by=first_editor)
    draft = transitions.create_draft(consulted, by=first_editor)
    html = client.get(url("version", draft.number)).content.decode()
    assert f'<a href="{report}">Consultatieverslag van v0.9</a>' in html
    assert f'href="{workbook}"' in html
    # A reader cannot open them before the adoption.
    client.force_login(UserFactory())
    assert client.get(report).status_code == 404
