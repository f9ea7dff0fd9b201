"""Where quoted passages stand in the next version (governance.continuity) and the
editors' confirmation and correction of it (transitions.passages): stored when the draft is
made and whenever a section is amended, shown to the editors, in the comparison of the
versions, under the reflection and in the consultation report."""

import datetime
import re

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from civcare.accounts.models import User
from civcare.accounts.tests.factories import UserFactory, editor, moderator
from governance import consultation_report, transitions
from governance.models import PassageResolution
from governance.views.passages import PER_PAGE
from papers.models import ChangeType, PaperEvent
from papers.tests.factories import build_paper
from reflections import moderation
from reflections.models import Reflection
from reflections.tests.factories import ReflectionFactory, approved

pytestmark = pytest.mark.django_db
Status = PassageResolution.Status

V09 = (
    "Een maatregel die tijdelijk bedoeld was, wordt ongemerkt permanent.\n\n"
    "Tijdloosheid van maatregelen ontstaat wanneer niemand verplicht opnieuw kijkt naar wat "
    "ooit voor even werd besloten.\n\n"
    "Het netwerk van de cliënt wordt zelden gevraagd wat het ziet.\n\n"
    "Herstel begint niet bij gelijk krijgen, maar bij ruimte maken."
)
# The second paragraph reworded slightly, the third deleted, the last one moved up front.
V10 = (
    "Herstel begint niet bij gelijk krijgen, maar bij ruimte maken.\n\n"
    "Een maatregel die tijdelijk bedoeld was, wordt ongemerkt permanent.\n\n"
    "Tijdloosheid van maatregelen ontstaat wanneer niemand verplicht en tijdig opnieuw kijkt "
    "naar wat ooit voor even werd besloten."
)


@pytest.fixture
def an_editor():
    return editor(display_name="Redacteur Roos")


@pytest.fixture
def consulted():
    version = build_paper(code="SHPP003-70", sections=2, groups=1)
    section = version.sections.get(anchor="sectie-1")
    section.body = V09
    section.save()
    return version


def quoting(version, paragraph: int, exact: str, **kwargs) -> Reflection:
    section = version.sections.get(anchor="sectie-1")
    text = [p for p in V09.split("\n\n")][paragraph - 1]
    start = text.index(exact)
    return approved(
        version=version, section=section, quote_paragraph=paragraph,
        quote_anchor=f"sectie-1-p{paragraph}", quote_exact=exact,
        quote_prefix=text[max(0, start - 32) : start], quote_suffix=text[start + len(exact) :][:32],
        **kwargs,
    )  # fmt: skip


@pytest.fixture
def quoted(consulted):
    return {
        "kept": quoting(consulted, 1, "ongemerkt permanent", may_quote=True),
        "reworded": quoting(consulted, 2, "niemand verplicht opnieuw kijkt naar wat ooit"),
        "deleted": quoting(consulted, 3, "zelden gevraagd wat het ziet"),
        "moved": quoting(consulted, 4, "bij ruimte maken"),
    }


@pytest.fixture
def draft(consulted, quoted, an_editor):
    transitions.close_consultation(consulted, by=an_editor)
    return transitions.create_draft(consulted, by=an_editor)


def amend(draft, by, body=V10):
    section = draft.sections.get(anchor="sectie-1")
    return transitions.amend_section(
        section, by=by, title=section.title, body=body,
        change_type=ChangeType.CLARIFICATION, explanation="Verduidelijkt.",
    )  # fmt: skip


def resolution_of(reflection) -> PassageResolution:
    return PassageResolution.objects.get(reflection=reflection)


def test_a_new_draft_finds_every_passage_where_it_was(draft, quoted):
    for reflection in quoted.values():
        resolution = resolution_of(reflection)
        assert (resolution.status, resolution.paragraph, resolution.version) == (
            Status.UNCHANGED, reflection.quote_paragraph, draft,
        )  # fmt: skip


def test_amending_a_section_resolves_its_passages_and_stores_the_status(draft, quoted, an_editor):
    amended = amend(draft, an_editor)
    assert amended.moved_passages == 2  # the reworded and the deleted one
    kept, reworded = resolution_of(quoted["kept"]), resolution_of(quoted["reworded"])
    assert (kept.status, kept.paragraph, kept.anchor) == (Status.UNCHANGED, 1, "sectie-1-p1")
    assert reworded.status == Status.CHANGED
    assert reworded.paragraph == 5  # the reworded paragraph's new identifier
    assert reworded.found == "niemand verplicht en tijdig opnieuw kijkt naar wat ooit"
    assert 0.6 <= reworded.similarity < 1
    assert "<ins>" in reworded.found_diff and "tijdig" in reworded.found_diff
    gone = resolution_of(quoted["deleted"])
    assert (gone.status, gone.paragraph, gone.anchor) == (Status.GONE, None, "")
    # A paragraph that moved keeps its identifier: its passage is where it was.
    assert resolution_of(quoted["moved"]).status == Status.UNCHANGED


def test_a_passage_moved_into_another_paragraph_is_found_there(draft, quoted, an_editor):
    amend(draft, an_editor, body=V09.replace(" Het netwerk", "").replace(
        "Het netwerk van de cliënt wordt zelden gevraagd wat het ziet.\n\n", ""
    ).replace("ongemerkt permanent.", "ongemerkt permanent. Het netwerk van de cliënt wordt "
              "zelden gevraagd wat het ziet."))  # fmt: skip
    moved = resolution_of(quoted["deleted"])
    assert (moved.status, moved.paragraph) == (Status.MOVED, 5)


def test_a_reflection_published_while_drafting_is_resolved_at_once(draft, an_editor):
    section = draft.based_on.sections.get(anchor="sectie-1")
    late = ReflectionFactory(
        version=draft.based_on, section=section, quote_paragraph=3, quote_anchor="sectie-1-p3",
        quote_exact="Het netwerk van de cliënt",
    )  # fmt: skip
    moderation.approve(late, by=moderator())
    assert resolution_of(late).status == Status.UNCHANGED


def test_confirming_is_audited_and_survives_an_unrelated_change(draft, quoted, an_editor):
    amend(draft, an_editor)
    reworded = resolution_of(quoted["reworded"])
    transitions.confirm_passage(reworded, by=an_editor)
    event = draft.events.order_by("pk").last()
    assert event.action == PaperEvent.Action.PASSAGE_CONFIRMED
    assert event.actor == an_editor and f"#{quoted['reworded'].pk}" in event.note
    amend(draft, an_editor, body=V10 + "\n\nEen nieuwe slotalinea.")
    again = resolution_of(quoted["reworded"])
    assert again.is_confirmed and again.confirmed_by == an_editor
    # A change to its own paragraph looks again, and drops the confirmation.
    amend(draft, an_editor, body=V10.replace("en tijdig ", "en op tijd "))
    again = resolution_of(quoted["reworded"])
    assert not again.is_confirmed and again.status == Status.CHANGED


def test_correcting_points_the_passage_elsewhere_and_is_audited(draft, quoted, an_editor):
    amend(draft, an_editor)
    gone = resolution_of(quoted["deleted"])
    corrected = transitions.correct_passage(gone, by=an_editor, paragraph=1)
    assert (corrected.status, corrected.paragraph, corrected.is_corrected) == (
        Status.CHANGED, 1, True,
    )  # fmt: skip
    assert corrected.anchor == "sectie-1-p1"
    event = draft.events.order_by("pk").last()
    assert event.action == PaperEvent.Action.PASSAGE_CORRECTED
    # identifier 1 is the second paragraph of the amended text, and named so (#29)
    assert "verdwenen → alinea 2 (gewijzigd)" in event.note
    back = transitions.correct_passage(corrected, by=an_editor, paragraph=None)
    assert (back.status, back.paragraph) == (Status.GONE, None)


def test_correction_refusals(draft, quoted, an_editor):
    resolution = resolution_of(quoted["kept"])
    with pytest.raises(PermissionDenied):
        transitions.correct_passage(resolution, by=UserFactory(), paragraph=1)
    with pytest.raises(PermissionDenied):
        transitions.confirm_passage(resolution, by=moderator())
    with pytest.raises(transitions.InvalidTransition):
        transitions.correct_passage(resolution, by=an_editor, paragraph=99)
    draft.status = draft.Status.ADOPTED
    draft.save(update_fields=["status"])
    with pytest.raises(transitions.InvalidTransition):
        transitions.confirm_passage(resolution, by=an_editor)
    assert not draft.events.filter(action__startswith="papers.passage.").exists()


def passages_url(draft) -> str:
    return reverse("editor:passages", args=[draft.paper.code, draft.number])


def test_the_editors_see_and_correct_the_passages_through_the_site(
    client, draft, quoted, an_editor
):
    amend(draft, an_editor)
    client.force_login(an_editor)
    section_page = client.get(
        reverse("editor:section", args=[draft.paper.code, draft.number,
                                        draft.sections.get(anchor="sectie-1").pk])
    ).content.decode()  # fmt: skip
    assert "4 reflecties verwijzen naar een passage in deze sectie." in section_page
    assert "2 reflecties verwijzen naar een passage die u wijzigt" in section_page
    html = client.get(passages_url(draft)).content.decode()
    assert "4 reflecties gaan over een passage: 2 ongewijzigd, 0 verplaatst, 1 gewijzigd, " \
        "1 verdwenen." in html  # fmt: skip
    reworded = resolution_of(quoted["reworded"])
    assert f'id="plaats-{reworded.pk}"' in html
    assert re.search(r"<ins><span class=\"visually-hidden\">\[toegevoegd: </span>[^<]*tijdig", html)
    only_gone = client.get(passages_url(draft) + "?status=verdwenen").content.decode()
    assert only_gone.count('class="passage-resolution"') == 1
    gone = resolution_of(quoted["deleted"])
    response = client.post(passages_url(draft), {"plaats": gone.pk, "alinea": "1"}, follow=True)
    assert f"De plaats van de passage van reflectie #{quoted['deleted'].pk} is gecorrigeerd." in (
        response.content.decode()
    )
    assert resolution_of(quoted["deleted"]).paragraph == 1
    client.post(passages_url(draft), {"plaats": reworded.pk, "bevestigen": "1"})
    assert resolution_of(quoted["reworded"]).is_confirmed


def articles(html: str) -> list[str]:
    return re.findall(r'<article class="passage-resolution" id="(plaats-\d+)"', html)


def test_the_passages_page_opens_on_what_needs_a_decision(client, draft, quoted, an_editor):
    # #29: it opened on all 151 passages, 150 of them unchanged.
    amend(draft, an_editor)
    reworded, deleted = resolution_of(quoted["reworded"]), resolution_of(quoted["deleted"])
    client.force_login(an_editor)
    html = client.get(passages_url(draft)).content.decode()
    assert "2 van 4 vragen een besluit" in html
    version_screen = client.get(reverse("editor:version", args=[draft.paper.code, draft.number]))
    assert "2 vragen nog een besluit." in version_screen.content.decode()
    assert articles(html) == [f"plaats-{reworded.pk}", f"plaats-{deleted.pk}"]
    assert '<a href="?status=alle">Toon alle 4 passages</a>' in html
    everything = client.get(passages_url(draft), {"status": "alle"}).content.decode()
    assert len(articles(everything)) == 4
    assert "Toon alleen wat een besluit vraagt" in everything
    transitions.confirm_passage(reworded, by=an_editor)
    html = client.get(passages_url(draft)).content.decode()
    assert "1 van 4 vraagt een besluit" in html
    assert articles(html) == [f"plaats-{deleted.pk}"]
    transitions.correct_passage(deleted, by=an_editor, paragraph=None)
    html = client.get(passages_url(draft)).content.decode()
    assert "0 van 4 vragen een besluit" in html and "Geen passage vraagt nog een besluit." in html


def test_the_paragraphs_are_named_and_ordered_as_readers_see_them(client, draft, quoted, an_editor):
    # The rewritten paragraph's identifier is 5 and the moved last one's 4: the list read
    # "alinea 4, alinea 1, alinea 5", and quotes and the list item were named by identifier.
    amend(draft, an_editor, body=V10 + "\n\nTwee dingen blijven:\n\n- de ruimte\n- de tijd")
    client.force_login(an_editor)
    html = client.get(passages_url(draft), {"status": "alle"}).content.decode()
    reworded = resolution_of(quoted["reworded"])
    choices = re.search(rf'<select id="alinea-{reworded.pk}" name="alinea">(.*?)</select>',
                        html, re.S)[1]  # fmt: skip
    assert re.findall(r">([^<:]+):", choices) == [
        "alinea 1", "alinea 2", "alinea 3", "alinea 4", "alinea 4, punt 1", "alinea 4, punt 2"
    ]  # fmt: skip
    assert '<option value="5" selected>alinea 3: Tijdloosheid van maatregelen' in choices
    assert f"Reflectie #{quoted['reworded'].pk} (" in html
    assert re.search(rf"Reflectie #{quoted['reworded'].pk} \([^)]*\), op alinea 2</h3>", html)
    assert "Nu, in alinea 3 van v1.0:" in html
    assert "alinea 5" not in html


def test_klopt_returns_to_the_same_view_at_the_next_passage(client, draft, quoted, an_editor):
    amend(draft, an_editor)
    reworded, deleted = resolution_of(quoted["reworded"]), resolution_of(quoted["deleted"])
    client.force_login(an_editor)
    html = client.get(passages_url(draft)).content.decode()
    # What the browser sends with "Klopt": the view it came from, and the passage after it.
    assert (
        '<input type="hidden" name="status" value="besluit"><input type="hidden" name="pagina" '
        f'value="1"><input type="hidden" name="na" value="plaats-{deleted.pk}">'
    ) in html
    response = client.post(passages_url(draft), {
        "plaats": reworded.pk, "bevestigen": "1", "status": "besluit", "na": f"plaats-{deleted.pk}"
    })  # fmt: skip
    assert response.url == passages_url(draft) + "#melding"
    html = client.get(response.url).content.decode()
    message = f"De plaats van de passage van reflectie #{quoted['reworded'].pk} is bevestigd."
    assert html.count(message) == 1  # just above the next passage, not at the top
    assert (
        html.index('id="melding"') < html.index(message) < html.index(f'id="plaats-{deleted.pk}"')
    )
    assert articles(html) == [f"plaats-{deleted.pk}"]
    # On a view of one status, after the last passage: the same view, the message at its end.
    response = client.post(passages_url(draft), {
        "plaats": deleted.pk, "bevestigen": "1", "status": "verdwenen", "na": "einde"
    })  # fmt: skip
    assert response.url == passages_url(draft) + "?status=verdwenen#melding"
    html = client.get(response.url).content.decode()
    assert html.index(f'id="plaats-{deleted.pk}"') < html.index('id="melding"')
    # A refusal lands at the passage itself: nothing changed.
    response = client.post(passages_url(draft), {
        "plaats": deleted.pk, "corrigeren": "1", "status": "alle", "na": "einde"
    }, follow=True)  # fmt: skip
    html = response.content.decode()
    assert html.index('id="melding"') < html.index("Kies de alinea waar de passage nu staat.") \
        < html.index(f'id="plaats-{deleted.pk}"')  # fmt: skip


def test_the_passages_page_shows_them_a_page_at_a_time(client, consulted, an_editor):
    for n in range(PER_PAGE + 3):
        quoting(consulted, 3, "zelden gevraagd wat het ziet", body=f"Over het netwerk ({n}).")
    transitions.close_consultation(consulted, by=an_editor)
    draft = transitions.create_draft(consulted, by=an_editor)
    amend(draft, an_editor)  # the third paragraph is gone: every one needs a decision
    client.force_login(an_editor)
    first = client.get(passages_url(draft)).content.decode()
    assert f"{PER_PAGE + 3} van {PER_PAGE + 3} vragen een besluit" in first
    assert len(articles(first)) == PER_PAGE
    assert 'href="?status=besluit&amp;pagina=2" rel="next"' in first
    second = client.get(passages_url(draft), {"status": "besluit", "pagina": "2"})
    assert len(articles(second.content.decode())) == 3
    # Deciding on the second page comes back to it, at the next passage.
    last_two = articles(second.content.decode())[-2:]
    response = client.post(passages_url(draft), {
        "plaats": last_two[0].removeprefix("plaats-"), "bevestigen": "1", "status": "besluit",
        "pagina": "2", "na": last_two[1],
    })  # fmt: skip
    assert response.url == passages_url(draft) + "?pagina=2#melding"
    html = client.get(response.url).content.decode()
    assert html.index('id="melding"') < html.index(f'id="{last_two[1]}"')
    # A page that no longer exists is the last one.
    assert len(articles(client.get(passages_url(draft), {"pagina": "9"}).content.decode())) == 2


def test_the_passages_page_is_for_editors_only(client, draft):
    assert client.get(passages_url(draft)).status_code == 302  # to sign in
    client.force_login(UserFactory())
    assert client.get(passages_url(draft)).status_code == 403
    client.force_login(moderator())
    assert client.post(passages_url(draft), {"plaats": 1, "bevestigen": "1"}).status_code == 403


def test_the_comparison_shows_each_reflection_beside_its_paragraph(
    client, draft, quoted, an_editor
):
    amend(draft, an_editor)
    client.force_login(an_editor)
    consulted = draft.based_on
    html = client.get(
        reverse("papers:diff", args=[draft.paper.code, consulted.number, draft.number])
    ).content.decode()
    changed = html.index('<div class="diff-paragraph diff-paragraph--changed" id="sectie-1-p5">')
    removed = html.index('<div class="diff-paragraph diff-paragraph--removed">')
    reworded = html.index(f"reflectie #{quoted['reworded'].pk} (")
    deleted = html.index(f"reflectie #{quoted['deleted'].pk} (")
    assert changed < reworded < removed < deleted
    assert 'badge--passage-gewijzigd">gewijzigd</span> (' in html
    assert 'badge--passage-verdwenen">verdwenen</span>' in html


def adopt(draft, by):
    for reflection in Reflection.objects.filter(version=draft.based_on):
        transitions.record_disposition(
            reflection, by=by, draft=draft, kind="later", response="Later meegenomen."
        )
    transitions.record_decision(
        draft, by=by, decided_on=datetime.date(2026, 6, 1), reference="B-1", minutes_url=""
    )
    return transitions.promote(draft, by=editor())


def test_after_adoption_the_reflection_and_the_report_say_where_the_passage_went(
    client, draft, quoted, an_editor
):
    amend(draft, an_editor)
    adopt(draft, an_editor)
    page = client.get(reverse("reflections:detail", args=[quoted["reworded"].pk])).content.decode()
    assert "De passage in de vastgestelde versie:" in page
    assert 'badge--passage-gewijzigd">gewijzigd</span>' in page
    # named as the reader of v1.0 sees it: the rewritten paragraph 5 is the third
    assert f'href="{draft.paper.get_absolute_url()}#sectie-1-p5">alinea 3</a>' in page
    report = consultation_report.build(draft.based_on)
    rows = consultation_report.as_csv(report).splitlines()
    assert rows[0].endswith("passage,passage_in_nieuwe_versie,passage_overeenkomst")
    kept = next(row for row in rows if row.startswith(f"{quoted['kept'].pk},"))
    assert kept.endswith("ongemerkt permanent,ongewijzigd,")
    changed = next(row for row in rows if row.startswith(f"{quoted['reworded'].pk},"))
    left = round(resolution_of(quoted["reworded"]).similarity, 2)
    assert ",gewijzigd," in changed and changed.endswith(f",{left}")  # a number, not "80 %"


def test_the_admin_shows_the_resolutions_read_only(client, draft, quoted):
    client.force_login(User.objects.create_superuser("beheer@example.org", "x", display_name="B"))
    resolution = resolution_of(quoted["kept"])
    changelist = reverse("admin:governance_passageresolution_changelist")
    assert client.get(changelist).status_code == 200
    change = reverse("admin:governance_passageresolution_change", args=[resolution.pk])
    html = client.get(change).content.decode()
    assert "ongemerkt permanent" in html and 'name="status"' not in html
    reflection = reverse("admin:reflections_reflection_change", args=[quoted["kept"].pk])
    assert "sectie-1-p1" in client.get(reflection).content.decode()


@pytest.mark.parametrize("value", ["²", "1" * 4301])
def test_a_number_that_is_none_is_refused_not_a_500(client, draft, quoted, an_editor, value):
    # str.isdigit() let "²" through to int() and to the database: a 500 for the editor.
    client.force_login(an_editor)
    place = resolution_of(quoted["deleted"])
    assert client.post(passages_url(draft), {"plaats": value, "alinea": "1"}).status_code == 404
    response = client.post(passages_url(draft), {"plaats": place.pk, "alinea": value}, follow=True)
    assert "Kies de alinea waar de passage nu staat." in response.content.decode()
    assert resolution_of(quoted["deleted"]).paragraph == place.paragraph
