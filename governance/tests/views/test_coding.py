"""The editors' coding through the site (views/coding.py): the filtered work list, bulk
actions on a selection and on "all N that match", themes, standard answers, similar
reflections, and the disposition of one reflection."""

import re
from decimal import Decimal

import pytest
from django.urls import reverse

from civcare.accounts.tests.factories import editor
from governance import selectors as governance_selectors
from governance import similarity, transitions
from governance.models import (
    BulkStep,
    Disposition,
    SimilarityGroup,
    StandardAnswer,
    Synthesis,
    Theme,
)
from governance.tests.test_similarity import near_copies
from governance.worklist import PROMPT_CANDIDATES
from papers.models import PaperEvent, PaperVersion
from papers.tests.factories import build_paper
from reflections.models import Reflection
from reflections.tests.factories import ReflectionFactory, approved

pytestmark = pytest.mark.django_db
Action = PaperEvent.Action
CODE = "SHPP003-71"


def url(name, version, **kwargs):
    return reverse(f"editor:{name}", kwargs={"code": CODE, "version": version.number, **kwargs})


@pytest.fixture
def consulted():
    return build_paper(code=CODE, sections=3, groups=2, questions_per_group=2)


@pytest.fixture
def roos(client):
    person = editor(display_name="Redacteur Roos")
    client.force_login(person)
    return person


@pytest.fixture
def spread(consulted):
    """Twelve published reflections: on the paper, on sections, on questions; four
    perspectives; one withdrawn text that must never appear."""
    sections = list(consulted.sections.order_by("order"))
    questions = list(consulted.questions.order_by("order"))
    perspectives = ["relative", "professional", "client", "lawyer"]
    made = []
    for n in range(12):
        target = {}
        if n % 3 == 1:
            target = {"section": sections[n % len(sections)]}
        elif n % 3 == 2:
            target = {"question": questions[n % len(questions)]}
        made.append(
            approved(
                version=consulted,
                perspective=perspectives[n % 4],
                body=f"Reflectie nummer {n} over wachttijden en regie. " * 2,
                **target,
            )
        )
    ReflectionFactory(
        version=consulted, body="Ingetrokken tekst", status=Reflection.Status.WITHDRAWN
    )
    return made


def shown(response) -> list[int]:
    return [r.pk for r in response.context["page_obj"]]


def confirmed(client, version, query: str = "") -> dict[str, str]:
    """What the list's page carries to confirm "all N": the count it showed, and when the
    newest of those reflections was published (hidden fields of the bulk form)."""
    page = client.get(f"{url('reflections', version)}?{query}").content.decode()
    return dict(re.findall(r'<input type="hidden" name="(aantal|gepubliceerd_tot)" value="([^"]*)"',
                           page))  # fmt: skip


def step(client, address: str, data: dict, *, replace: bool = True, leave_out: bool = False):
    """A bulk step as the editor takes it (#29): the page that says what it would change,
    then confirmed from that page (what it carries, the plan it showed, and the choice
    whether to replace earlier work and to leave out reflections decided otherwise)."""
    shown = client.post(address, data)
    assert shown.status_code == 200, shown.content.decode()[:2000]
    confirmation = {}
    for name, value in shown.context["bulk"].carried:
        confirmation.setdefault(name, []).append(value)
    confirmation["gezien"] = shown.context["plan"].digest
    confirmation["bestaande"] = "vervangen" if replace else "laten"
    if leave_out:
        confirmation["zonder_andere_themas"] = "on"
    return client.post(address, confirmation)


def test_the_work_list_filters_by_target_perspective_and_text(client, roos, consulted, spread):
    response = client.get(url("reflections", consulted))
    assert response.status_code == 200
    assert sorted(shown(response)) == sorted(r.pk for r in spread)
    assert "Ingetrokken tekst" not in response.content.decode()

    relatives = [r.pk for r in spread if r.perspective == "relative"]
    assert sorted(
        shown(client.get(url("reflections", consulted), {"perspectief": "relative"}))
    ) == sorted(relatives)

    question = spread[2].question
    on_question = client.get(url("reflections", consulted), {"vraag": question.pk})
    assert shown(on_question) == [r.pk for r in spread if r.question_id == question.pk]

    section = spread[1].section
    on_section = shown(client.get(url("reflections", consulted), {"sectie": section.pk}))
    assert set(on_section) == {r.pk for r in spread if r.section_id == section.pk}

    group = question.group
    in_group = shown(client.get(url("reflections", consulted), {"vraaggroep": group.pk}))
    assert set(in_group) == {r.pk for r in spread if r.question and r.question.group_id == group.pk}

    text = client.get(url("reflections", consulted), {"q": "nummer 7 "})
    assert shown(text) == [spread[7].pk]
    assert "1 reflectie voldoet aan dit filter." in text.content.decode()


def test_the_work_list_lists_the_reflections_on_the_paper_as_a_whole(
    client, roos, consulted, spread
):
    """#29: the 86 reflections on the paper as a whole (no section, no question) could not
    be selected; now they are a choice of the section filter."""
    response = client.get(url("reflections", consulted), {"sectie": "geheel"})
    whole = [r.pk for r in spread if r.section_id is None and r.question_id is None]
    assert whole and sorted(shown(response)) == sorted(whole)
    html = response.content.decode()
    assert '<option value="geheel" selected>De paper als geheel</option>' in html
    assert f"{len(whole)} reflecties voldoen aan dit filter." in html
    assert "Er is iets niet goed ingevuld" not in html


WRITTEN = {
    "meant": "Over geschreven afspraken in de zorg.",
    "praise": "Goed geschreven stuk, dank u.",
    "unwritten": "Een ongeschreven regel van het huis.",
}


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        # One literal substring found all three; a word is found at the start of a word.
        ("geschreven", {"meant", "praise"}),
        # The walk's case (#29): what the editor meant, without the praise.
        ('geschreven -"goed geschreven"', {"meant"}),
        ("geschreven -goed", {"meant"}),
        ('"goed geschreven"', {"praise"}),
        ("afspraken OR ongeschreven", {"meant", "unwritten"}),
        ("GOED geschreven", {"praise"}),
    ],
)
def test_the_work_list_searches_as_the_public_search_does(client, roos, consulted, typed, expected):
    made = {name: approved(version=consulted, body=body).pk for name, body in WRITTEN.items()}
    response = client.get(url("reflections", consulted), {"q": typed})
    assert {name for name, pk in made.items() if pk in shown(response)} == expected
    count = len(expected)
    assert (
        f"{count} reflecties voldoen aan dit filter." if count > 1
        else "1 reflectie voldoet aan dit filter."
    ) in response.content.decode()  # fmt: skip


def test_a_search_with_only_exclusions_says_so(client, roos, consulted, spread):
    response = client.get(url("reflections", consulted), {"q": "-wachttijden"})
    html = response.content.decode()
    assert "Geef ten minste één woord om naar te zoeken" in html
    assert '<a href="#id_q">' in html  # the summary leads to the field
    assert len(shown(response)) == len(spread)  # not an empty list without a reason


@pytest.mark.postgres
def test_the_work_list_finds_dutch_word_forms_on_postgresql(client, roos, consulted):
    one = approved(version=consulted, body="Over de beslissingen die over het gezin vielen.")
    approved(version=consulted, body="Over de regie van het gezin.")
    assert shown(client.get(url("reflections", consulted), {"q": "beslissing"})) == [one.pk]


def test_a_filter_value_that_does_not_exist_is_said_not_ignored_silently(
    client, roos, consulted, spread
):
    response = client.get(url("reflections", consulted), {"thema": "999", "perspectief": "client"})
    assert response.status_code == 200
    assert "Er is iets niet goed ingevuld" in response.content.decode()
    # The valid part of the filter still applies.
    assert set(shown(response)) == {r.pk for r in spread if r.perspective == "client"}


def test_assigning_a_theme_to_the_ticked_reflections_returns_to_the_same_list(
    client, roos, consulted, spread
):
    theme = transitions.create_theme(consulted, by=roos, name="Wachttijden")
    query = "perspectief=relative&pagina=1"
    chosen = [spread[0].pk, spread[4].pk]
    response = step(
        client,
        f"{url('reflections_bulk', consulted)}?{query}",
        {"action": "toekennen", "scope": "gekozen", "theme": theme.pk, "reflectie": chosen},
    )
    assert response.status_code == 302
    assert response.url == f"{url('reflections', consulted)}?{query}"
    assert sorted(theme.assignments.values_list("reflection_id", flat=True)) == sorted(chosen)
    note = consulted.events.get(action=Action.THEME_ASSIGNED).note
    assert note == f"Wachttijden: #{chosen[0]}, #{chosen[1]}"
    page = client.get(response.url).content.decode()
    assert "Thema ‘Wachttijden’ gegeven aan 2 reflecties." in page

    no_theme = shown(client.get(url("reflections", consulted), {"thema": "geen"}))
    assert set(no_theme) == {r.pk for r in spread} - set(chosen)


def test_all_n_that_match_the_filter_in_one_post(client, roos, consulted, spread):
    theme = transitions.create_theme(consulted, by=roos, name="Familie")
    relatives = {r.pk for r in spread if r.perspective == "relative"}
    page = client.get(url("reflections", consulted), {"perspectief": "relative"}).content.decode()
    assert f"Alle {len(relatives)} reflecties die aan dit filter voldoen" in page
    seen = confirmed(client, consulted, "perspectief=relative")
    assert seen["aantal"] == str(len(relatives))
    response = step(
        client,
        f"{url('reflections_bulk', consulted)}?perspectief=relative",
        {"action": "toekennen", "scope": "filter", "theme": theme.pk, **seen},
    )
    assert response.status_code == 302
    assert set(theme.assignments.values_list("reflection_id", flat=True)) == relatives

    response = step(
        client,
        f"{url('reflections_bulk', consulted)}?perspectief=relative",
        {"action": "weghalen", "scope": "filter", "theme": theme.pk, **seen},
    )
    assert theme.assignments.count() == 0
    assert consulted.events.filter(action=Action.THEME_REMOVED).count() == 1


def test_all_n_acts_only_on_the_reflections_the_list_showed(client, roos, consulted, spread):
    """The page said 1; a second matching reflection was published before the editor
    posted: one disposition is recorded, not two (#28)."""
    transitions.close_consultation(consulted, by=roos)
    draft = transitions.create_draft(consulted, by=roos)
    query = "q=nummer+7+"
    seen = confirmed(client, consulted, query)
    assert seen["aantal"] == "1"
    later = approved(version=consulted, body="Reflectie nummer 7 over wachttijden, later.")
    response = step(
        client,
        f"{url('reflections_bulk', consulted)}?{query}",
        {"action": "verwerken", "scope": "filter", "kind": "later", "response": "Later.", **seen},
    )
    assert response.status_code == 302
    assert list(Disposition.objects.filter(version=draft).values_list("reflection", flat=True)) \
        == [spread[7].pk]  # fmt: skip
    assert not Disposition.objects.filter(reflection=later).exists()
    page = client.get(response.url).content.decode()
    assert "Verwerking vastgelegd voor 1 reflectie;" in page


def test_all_n_is_refused_when_the_list_changed_and_works_once_seen_again(
    client, roos, consulted, spread
):
    theme = transitions.create_theme(consulted, by=roos, name="Familie")
    query = "perspectief=relative"
    relatives = [r for r in spread if r.perspective == "relative"]
    seen = confirmed(client, consulted, query)
    Reflection.objects.filter(pk=relatives[0].pk).update(status=Reflection.Status.HIDDEN)
    bulk = f"{url('reflections_bulk', consulted)}?{query}"
    response = client.post(
        bulk, {"action": "toekennen", "scope": "filter", "theme": theme.pk, **seen}
    )
    assert response.status_code == 400
    n = len(relatives)
    assert (f"De lijst is intussen veranderd: {n - 1} in plaats van {n}. Bekijk hem opnieuw."
            in response.content.decode())  # fmt: skip
    assert not theme.assignments.exists()
    # The page that said so carries the list as it is now: confirmed again, it is done.
    again = dict(re.findall(r'name="(aantal|gepubliceerd_tot)" value="([^"]*)"',
                            response.content.decode()))  # fmt: skip
    assert again["aantal"] == str(n - 1)
    response = step(
        client, bulk, {"action": "toekennen", "scope": "filter", "theme": theme.pk, **again}
    )
    assert response.status_code == 302 and theme.assignments.count() == n - 1


def test_all_n_takes_reflections_published_before_their_time_was_kept(
    client, roos, consulted, spread
):
    """Loaded or seeded reflections may have no publication time: they were there."""
    Reflection.objects.filter(pk__in=[r.pk for r in spread[:5]]).update(published_at=None)
    theme = transitions.create_theme(consulted, by=roos, name="Alles")
    response = step(
        client, url("reflections_bulk", consulted),
        {"action": "toekennen", "scope": "filter", "theme": theme.pk,
         **confirmed(client, consulted)},
    )  # fmt: skip
    assert response.status_code == 302 and theme.assignments.count() == len(spread)
    Reflection.objects.update(published_at=None)
    seen = confirmed(client, consulted)
    assert seen == {"aantal": str(len(spread)), "gepubliceerd_tot": ""}
    response = step(
        client,
        url("reflections_bulk", consulted),
        {"action": "weghalen", "scope": "filter", "theme": theme.pk, **seen},
    )
    assert response.status_code == 302 and not theme.assignments.exists()


def test_all_n_is_bounded_per_step_and_never_trusts_the_posted_count(
    client, roos, consulted, spread
):
    theme = transitions.create_theme(consulted, by=roos, name="Alles")
    page = client.get(url("reflections", consulted)).content.decode()
    assert "Eén stap behandelt hooguit 2000 reflecties" in page
    seen = confirmed(client, consulted)
    too_many = client.post(
        url("reflections_bulk", consulted),
        {"action": "toekennen", "scope": "filter", "theme": theme.pk, **seen, "aantal": "2001"},
    )
    assert too_many.status_code == 400
    assert "Eén stap behandelt hooguit 2000 reflecties" in too_many.content.decode()
    forged = client.post(
        url("reflections_bulk", consulted),
        {"action": "toekennen", "scope": "filter", "theme": theme.pk, **seen, "aantal": "3"},
    )
    assert forged.status_code == 400
    assert f"{len(spread)} in plaats van 3" in forged.content.decode()
    unconfirmed = client.post(
        url("reflections_bulk", consulted),
        {"action": "toekennen", "scope": "filter", "theme": theme.pk},
    )
    assert unconfirmed.status_code == 400
    assert not theme.assignments.exists()


def test_a_bulk_action_without_choice_says_what_is_missing_and_keeps_the_input(
    client, roos, consulted, spread
):
    transitions.close_consultation(consulted, by=roos)
    transitions.create_draft(consulted, by=roos)
    response = client.post(
        url("reflections_bulk", consulted),
        {
            "action": "verwerken",
            "scope": "gekozen",
            "reflectie": [spread[3].pk],
            "kind": "not_adopted",
            "response": "Dank voor uw reflectie, wij kozen anders.",
        },
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Geef kort de reden" in html
    assert "Dank voor uw reflectie, wij kozen anders." in html  # nothing typed is lost
    assert f'value="{spread[3].pk}" id="kies-{spread[3].pk}" checked' in html
    assert not Disposition.objects.exists()

    response = client.post(
        url("reflections_bulk", consulted), {"action": "toekennen", "scope": "gekozen"}
    )
    html = response.content.decode()
    assert "Vink eerst een of meer reflecties aan." in html and "Kies het thema." in html


def test_a_refused_bulk_request_builds_the_list_once(client, roos, consulted, spread):
    """#30: the refused bulk request shows the list again, with the same filters, coding and
    count as the list itself: built once, not once for the form and once for the page."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    query = "perspectief=relative&thema=geen"
    client.get(f"{url('reflections', consulted)}?{query}")  # sessions and caches warm
    with CaptureQueriesContext(connection) as listed:
        client.get(f"{url('reflections', consulted)}?{query}")
    with CaptureQueriesContext(connection) as refused:
        response = client.post(f"{url('reflections_bulk', consulted)}?{query}",
                               {"action": "toekennen", "scope": "gekozen"})  # fmt: skip
    assert response.status_code == 400
    # The same page, plus reading the posted form's choices: no second coding or filter.
    extra = [q["sql"] for q in refused.captured_queries[len(listed.captured_queries) :]]
    assert len(refused) <= len(listed) + 1, extra


def error_links_lead_somewhere(html: str) -> list[str]:
    """The addresses the error summary links to; each must be an element of the page."""
    summary = html[html.index('class="error-summary"') :]
    summary = summary[: summary.index("</div>")]
    targets = re.findall(r'href="#([^"]+)"', summary)
    for target in targets:
        assert f'id="{target}"' in html, f"the summary links #{target}, which is not there"
    return targets


def test_the_bulk_controls_stand_also_under_the_list(client, roos, consulted, spread):
    """#29: after ticking the fiftieth item, the controls were 165 Shift+Tabs back."""
    theme = transitions.create_theme(consulted, by=roos, name="Regie")
    html = client.get(url("reflections", consulted)).content.decode()
    last_box = html.rindex('type="checkbox" name="reflectie"')
    assert html.index('name="action" value="toekennen"') < html.index('id="kies-')
    assert html.index('name="onder-action" value="toekennen"') > last_box
    assert html.index('id="id_onder-theme"') > last_box
    assert html.count('name="aantal"') == 1  # one list, one count
    ticked = [spread[0].pk, spread[5].pk]
    response = step(client, url("reflections_bulk", consulted), {
        "onder-action": "toekennen", "onder-scope": "gekozen", "onder-theme": theme.pk,
        "reflectie": ticked,
    })  # fmt: skip
    assert response.status_code == 302
    assert sorted(theme.assignments.values_list("reflection_id", flat=True)) == sorted(ticked)


def test_the_error_summary_leads_to_the_controls_that_were_used(client, roos, consulted, spread):
    """#29: the summary linked #id_reflectie, which did not exist."""
    response = client.post(
        url("reflections_bulk", consulted), {"action": "toekennen", "scope": "gekozen"}
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Vink eerst een of meer reflecties aan." in html
    assert set(error_links_lead_somewhere(html)) >= {"id_reflectie", "id_theme"}
    assert '<ol class="work-list" id="id_reflectie" tabindex="-1" ' \
        'aria-describedby="id_reflectie-fout">' in html  # fmt: skip

    below = client.post(
        url("reflections_bulk", consulted),
        {"onder-action": "toekennen", "onder-scope": "gekozen", "reflectie": [spread[1].pk]},
    )
    html = below.content.decode()
    assert error_links_lead_somewhere(html) == ["id_onder-theme"]
    assert f'value="{spread[1].pk}" id="kies-{spread[1].pk}" checked' in html


def test_the_fixed_work_list_has_no_labels_for_boxes_it_does_not_show(
    client, roos, consulted, spread
):
    """#29: the read-only list kept 27 labels for absent checkboxes."""
    PaperVersion.objects.filter(pk=consulted.pk).update(status=PaperVersion.Status.SUPERSEDED)
    html = client.get(url("reflections", consulted)).content.decode()
    assert f"<strong>#{spread[0].pk}</strong>" in html
    assert 'for="kies-' not in html and "<label" not in html[html.index('class="work-list"') :]
    assert 'name="onder-action"' not in html and 'method="post"' not in html


def test_a_bulk_disposition_from_a_standard_answer_and_one_override(
    client, roos, consulted, spread
):
    answer = transitions.save_standard_answer(
        consulted,
        by=roos,
        title="Later",
        kind="later",
        text="Wij nemen dit mee bij de volgende herziening.",
    )
    transitions.close_consultation(consulted, by=roos)
    draft = transitions.create_draft(consulted, by=roos)
    response = step(
        client, url("reflections_bulk", consulted),
        {"action": "verwerken", "scope": "filter", "standard_answer": answer.pk,
         **confirmed(client, consulted)},
    )  # fmt: skip
    assert response.status_code == 302
    dispositions = Disposition.objects.filter(version=draft)
    assert dispositions.count() == len(spread)
    assert set(dispositions.values_list("kind", "response")) == {
        ("later", "Wij nemen dit mee bij de volgende herziening.")
    }
    assert draft.events.filter(action=Action.DISPOSITION_RECORDED).count() == len(spread)

    one = spread[5]
    override = reverse(
        "editor:disposition",
        kwargs={"code": CODE, "version": draft.number, "reflection_pk": one.pk},
    )
    page = client.get(override, {"perspectief": "professional"})
    assert page.status_code == 200
    assert "Wij nemen dit mee" in page.content.decode()  # the form starts from what it has
    response = client.post(
        f"{override}?perspectief=professional",
        {"kind": "out_of_scope", "response": "Dit valt buiten dit paper."},
    )
    assert response.status_code == 302
    assert response.url == f"{url('reflections', consulted)}?perspectief=professional"
    assert Disposition.objects.get(reflection=one).kind == "out_of_scope"
    assert dispositions.filter(kind="later").count() == len(spread) - 1

    left = client.get(url("reflections", consulted), {"verwerking": "out_of_scope"})
    assert shown(left) == [one.pk]


def test_the_old_dispositions_address_leads_to_the_work_list(client, roos, consulted, spread):
    transitions.close_consultation(consulted, by=roos)
    draft = transitions.create_draft(consulted, by=roos)
    response = client.get(
        reverse("editor:dispositions", kwargs={"code": CODE, "version": draft.number})
    )
    assert response.url == f"{url('reflections', consulted)}?verwerking=geen"


def test_themes_are_kept_on_their_own_page(client, roos, consulted, spread):
    response = client.post(
        url("themes", consulted), {"name": "Regie", "description": "Wie beslist"}
    )
    assert response.status_code == 302
    theme = Theme.objects.get(version=consulted)
    assert (theme.name, theme.description) == ("Regie", "Wie beslist")
    duplicate = client.post(url("themes", consulted), {"name": "regie"})
    assert duplicate.status_code == 400 and "Er is al een thema" in duplicate.content.decode()

    edit = client.post(
        url("theme", consulted, pk=theme.pk),
        {"name": "Regie en eigen kracht", "description": "", "order": 3},
    )
    assert edit.status_code == 302
    theme.refresh_from_db()
    assert (theme.name, theme.order) == ("Regie en eigen kracht", 3)
    transitions.assign_theme(theme, [spread[0].pk], by=roos)
    page = client.get(url("themes", consulted)).content.decode()
    assert f"?thema={theme.pk}" in page and "Regie en eigen kracht" in page

    assert "bij 1 reflectie" in client.get(url("theme", consulted, pk=theme.pk)).content.decode()
    client.post(url("theme", consulted, pk=theme.pk), {"delete": "1"})
    assert not Theme.objects.exists()
    assert consulted.events.filter(action=Action.THEME_DELETED).count() == 1


def test_standard_answers_are_kept_and_audited(client, roos, consulted):
    response = client.post(
        url("standard_answers", consulted),
        {"title": "Buiten", "kind": "out_of_scope", "text": "Buiten dit paper."},
    )
    assert response.status_code == 302
    answer = StandardAnswer.objects.get()
    client.post(
        url("standard_answer", consulted, pk=answer.pk),
        {"title": "Buiten de reikwijdte", "kind": "", "text": "Dit paper gaat daar niet over."},
    )
    answer.refresh_from_db()
    assert (answer.title, answer.kind) == ("Buiten de reikwijdte", "")
    empty = client.post(url("standard_answers", consulted), {"title": "", "text": ""})
    assert empty.status_code == 400
    client.post(url("standard_answer", consulted, pk=answer.pk), {"delete": "1"})
    assert not StandardAnswer.objects.exists()
    notes = list(
        consulted.events.filter(action__in=[Action.ANSWER_SAVED, Action.ANSWER_DELETED])
        .order_by("pk")
        .values_list("note", flat=True)
    )
    assert notes == ["Buiten", "Buiten de reikwijdte", "Buiten de reikwijdte"]


def test_coding_stops_once_the_next_version_is_adopted(client, roos, consulted, spread):
    theme = transitions.create_theme(consulted, by=roos, name="Vast")
    seen = confirmed(client, consulted)
    PaperVersion.objects.filter(pk=consulted.pk).update(status=PaperVersion.Status.SUPERSEDED)
    page = client.get(url("reflections", consulted)).content.decode()
    assert 'name="reflectie"' not in page  # nothing to tick: the coding is fixed
    response = client.post(
        url("reflections_bulk", consulted),
        {"action": "toekennen", "scope": "filter", "theme": theme.pk, **seen},
    )
    assert response.status_code == 400 and "liggen ze vast" in response.content.decode()
    assert theme.assignments.count() == 0


def proposals(response) -> list:
    return [cluster for cluster, _following in response.context["clusters"]]


def take(client, version, cluster, *, following=None):
    """The button of a proposal on the similar page, as the page wrote it."""
    data = {"voorstel": cluster.key, "leden": cluster.digest}
    if following:
        data["volgende"] = following
    return client.post(url("similar_take", version), data)


def test_similar_reflections_are_suggested_side_by_side_and_grouped(client, roos, consulted):
    text = (
        "Toen mijn broer vastliep in de zorg, sprak niemand met ons als familie. Het netwerk "
        "werd pas gehoord toen het te laat was."
    )
    first = approved(version=consulted, body=text)
    copied = approved(version=consulted, body=text + " Dat moet anders.")
    other = approved(
        version=consulted, body="Een heel andere reflectie over juridisering en regels."
    )
    page = client.get(url("similar", consulted))
    clusters = proposals(page)
    assert [[r.pk for r in c.reflections] for c in clusters] == [[first.pk, copied.pk]]
    assert other.body_html not in page.content.decode()
    assert "Deze 2 reflecties groeperen" in page.content.decode()

    response = take(client, consulted, clusters[0])
    assert response.status_code == 302
    group = SimilarityGroup.objects.get()
    in_group = shown(client.get(url("reflections", consulted), {"groep": group.pk}))
    assert in_group == [first.pk, copied.pk]
    assert proposals(client.get(url("similar", consulted)))[0].already_grouped

    client.post(url("dissolve_group", consulted, pk=group.pk))
    assert not SimilarityGroup.objects.exists()
    assert consulted.events.filter(action=Action.GROUP_DISSOLVED).count() == 1


def test_a_group_of_300_near_copies_is_proposed_whole(client, roos, consulted):
    """One group of all 300, headed with its true size: MAX_SHOWN cards side by side, all 300
    on its own page a page at a time, and one button that groups all of them (#29: "24
    reflecties" for a group of 127, and the rest never grouped)."""
    copies = [approved(version=consulted, body=text) for text in near_copies(300)]
    page = client.get(url("similar", consulted))
    (cluster,) = proposals(page)
    html = page.content.decode()
    assert cluster.ids == [r.pk for r in copies]
    assert len(cluster.reflections) == similarity.MAX_SHOWN
    assert "300 reflecties uit één campagne, hoogste overeenkomst" in html
    assert "Toon alle 300 reflecties" in html and "Deze 300 reflecties groeperen" in html
    assert html.count('class="reflection__body') == similarity.MAX_SHOWN  # the cards

    all_of_it = url("similar_cluster", consulted, pk=cluster.key)
    pages = [client.get(all_of_it, {"pagina": n}) for n in range(1, 8)]
    listed = {r.pk for p in pages for r in p.context["cluster"].reflections}
    assert listed == {r.pk for r in copies}
    assert "300 reflecties" in pages[0].content.decode()

    assert take(client, consulted, cluster).status_code == 302
    assert SimilarityGroup.objects.get().members.count() == 300
    assert proposals(client.get(url("similar", consulted)))[0].already_grouped


def test_after_grouping_the_editor_lands_at_the_next_proposal_with_the_message(
    client, roos, consulted
):
    words = near_copies(30)
    for text in words[:20]:
        approved(version=consulted, body=text)
    network = (
        "Toen mijn broer vastliep in de zorg, sprak niemand met ons als familie. Het netwerk "
        "werd pas gehoord toen het te laat was."
    )
    approved(version=consulted, body=network)
    approved(version=consulted, body=network + " Dat moet anders.")
    first, second = proposals(client.get(url("similar", consulted)))
    response = take(client, consulted, first, following=second.key)
    assert response.status_code == 302
    assert response["Location"].endswith("/vergelijkbaar/#melding")
    page = client.get(response["Location"])
    html = page.content.decode()
    assert page.context["message_before"] == second.anchor
    message = html.index('id="melding"')
    assert html.index(f'id="{first.anchor}"') < message < html.index(f'id="{second.anchor}"')
    group = SimilarityGroup.objects.get()
    assert f"20 reflecties vormen nu groep {group.pk}." in html[message:]

    # Ten more copies published: proposed to join that group, and joined to it.
    for text in words[20:]:
        approved(version=consulted, body=text)
    page = client.get(url("similar", consulted))
    joining = proposals(page)[0]
    assert joining.is_joining
    assert f"Deze 10 reflecties toevoegen aan groep {group.pk}" in page.content.decode()
    take(client, consulted, joining, following=second.key)
    html = client.get(url("similar", consulted)).content.decode()
    assert f"10 reflecties zijn bij groep {group.pk} gevoegd; die telt nu 30 reflecties" in html
    assert SimilarityGroup.objects.get().members.count() == 30


def test_a_group_that_changed_since_it_was_shown_is_shown_again(client, roos, consulted):
    texts = near_copies(16)
    for text in texts[:15]:
        approved(version=consulted, body=text)
    (seen,) = proposals(client.get(url("similar", consulted)))
    approved(version=consulted, body=texts[15])
    response = take(client, consulted, seen)
    page = client.get(response["Location"])
    assert not SimilarityGroup.objects.exists()
    (now,) = proposals(page)
    assert page.context["message_before"] == now.anchor and now.size == 16
    html = page.content.decode()
    assert "Deze groep is veranderd sinds u haar zag" in html
    assert html.index('id="melding"') < html.index(f'id="{now.anchor}"')
    assert "16 reflecties uit één campagne, hoogste overeenkomst" in html


def test_the_aanleiding_picker_searches_the_whole_consultation_and_keeps_what_was_typed(
    client, roos, consulted, spread
):
    transitions.close_consultation(consulted, by=roos)
    draft = transitions.create_draft(consulted, by=roos)
    section = draft.sections.order_by("order").first()
    editor_url = reverse(
        "editor:section", kwargs={"code": CODE, "version": draft.number, "pk": section.pk}
    )
    far = spread[8]  # on a question elsewhere in the paper
    typed = {
        "title": section.title,
        "body": section.body + "\n\nEen nieuwe zin.",
        "change_type": "sharpening",
        "explanation": "Naar aanleiding van #" + str(far.pk),
    }
    response = client.post(
        editor_url, {**typed, "zoek_aanleiding": "1", "aanleiding-q": "nummer 8 "}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Een nieuwe zin." in html  # nothing typed is lost
    assert "Er is iets niet goed ingevuld" not in html  # a search is no attempt to save
    choices = dict(response.context["form"].fields["prompted_by"].choices)
    assert list(choices) == [str(far.pk)]
    assert far.target_label in choices[str(far.pk)]  # what the reflection is about

    # Ticked and saved: the reflection is "verwerkt in" this section, in one step.
    response = client.post(editor_url, {**typed, "prompted_by": [str(far.pk)], "save": "1"})
    assert response.status_code == 302
    disposition = Disposition.objects.get(reflection=far)
    assert (disposition.kind, disposition.section_id) == ("incorporated", section.pk)
    page = client.get(response.url).content.decode()
    assert "kreeg de verwerking ‘verwerkt in" in page


def section_url(draft, section) -> str:
    return reverse("editor:section", kwargs={"code": CODE, "version": draft.number,
                                             "pk": section.pk})  # fmt: skip


def listed(response) -> list[int]:
    return [int(pk) for pk, _label in response.context["form"].fields["prompted_by"].choices]


def test_the_aanleiding_list_starts_from_the_reflections_on_that_section(client, roos):
    # #29: it showed the first 40 by number of the whole consultation, mostly campaign texts
    # on the paper as a whole, not the reflections on the section.
    consulted = build_paper(code=CODE, sections=3, groups=1, questions_per_group=1,
                            section_questions=1)  # fmt: skip
    first, second = consulted.sections.order_by("order")[:2]
    for _ in range(30):
        approved(version=consulted, body="Campagnetekst over de paper als geheel.")
    approved(version=consulted, section=second)
    on_question = approved(version=consulted, question=consulted.questions.get(section=first))
    in_group = approved(version=consulted, question=consulted.questions.get(group__isnull=False))
    on_section = [approved(version=consulted, section=first) for _ in range(PROMPT_CANDIDATES)]
    on_passage = approved(version=consulted, section=first, quote_paragraph=1,
                          quote_anchor=f"{first.anchor}-p1", quote_exact="Tekst")  # fmt: skip
    transitions.close_consultation(consulted, by=roos)
    draft = transitions.create_draft(consulted, by=roos)
    section = draft.sections.get(copied_from=first)
    response = client.get(section_url(draft, section))
    html = response.content.decode()
    newest_first = [r.pk for r in reversed(on_section)]
    assert listed(response) == [on_passage.pk, *newest_first[: PROMPT_CANDIDATES - 1]]
    assert "43 reflecties gaan over deze sectie, haar passages of haar vragen" in html
    assert "Hier staan 1 tot en met 40." in html and "Pagina 1 van 2" in html
    # The next page keeps what was typed and ticked, and comes back at the list.
    typed = {"title": section.title, "body": section.body + " Nieuw.", "change_type": "",
             "explanation": "", "prompted_by": [str(on_passage.pk)]}  # fmt: skip
    assert re.search(r'<button type="submit" name="zoek_aanleiding" value="2" '
                     r'formaction="#aanleiding-lijst"', html)  # fmt: skip
    response = client.post(section_url(draft, section), {**typed, "zoek_aanleiding": "2"})
    html = response.content.decode()
    # the chosen one on top (not counted again), then the 41st and 42nd
    assert listed(response) == [on_passage.pk, on_question.pk, in_group.pk]
    assert "Hier staan 41 tot en met 42." in html
    assert "De reflectie die u koos, staat bovenaan." in html
    assert f'value="{on_passage.pk}" id="id_prompted_by_0" checked' in html.replace("\n", "")
    assert " Nieuw." in html and "Er is iets niet goed ingevuld" not in html
    # Zoeken comes back at the list too, with what the filter found, over the whole paper.
    assert re.search(r'name="zoek_aanleiding" value="1" formaction="#aanleiding-lijst"', html)
    whole_paper = {**typed, "zoek_aanleiding": "1", "aanleiding-sectie": "geheel"}
    found = client.post(section_url(draft, section), whole_paper)
    assert "Het filter vond 30 reflecties, de nieuwste eerst." in found.content.decode()


def test_a_synthesis_per_theme_rests_on_its_reflections_and_names_the_changes(
    client, roos, consulted, spread
):
    theme = transitions.create_theme(consulted, by=roos, name="Wachttijden")
    transitions.assign_theme(theme, [r.pk for r in spread[:4]], by=roos)
    transitions.close_consultation(consulted, by=roos)
    draft = transitions.create_draft(consulted, by=roos)
    changed = draft.sections.order_by("order").first()
    transitions.amend_section(
        changed, by=roos, title=changed.title, body=changed.body + "\n\nKortere wachttijden.",
        change_type="sharpening", explanation="Wachttijden benoemd.",
    )  # fmt: skip
    blockers = " ".join(governance_selectors.promotion_blockers(draft))
    assert "Thema ‘Wachttijden’ heeft nog geen synthese" in blockers

    overview = client.get(url("syntheses", consulted)).content.decode()
    assert "ontbreekt" in overview
    edit = url("synthesis", consulted, kind="thema", pk=theme.pk)
    page = client.get(edit)
    assert "Alle 4 reflecties hierover" in page.content.decode()
    response = client.post(edit, {"heard": "Wachten breekt de relatie.", "did": "Sectie 1 "
                                  "noemt de wachttijd.", "rests_on": "alle",
                                  "changes": [changed.pk]})  # fmt: skip
    assert response.status_code == 302
    synthesis = Synthesis.objects.get(theme=theme)
    assert sorted(synthesis.reflections.values_list("pk", flat=True)) == [r.pk for r in spread[:4]]
    assert list(synthesis.changes.all()) == [changed]
    assert consulted.events.filter(action=Action.SYNTHESIS_SAVED).count() == 1
    assert "heeft nog geen synthese" not in " ".join(governance_selectors.promotion_blockers(draft))

    # Narrowed to one reflection, which is then withdrawn: the synthesis rests on nothing.
    client.post(edit, {"heard": "Wachten.", "rests_on": "gekozen", "reflections": [spread[0].pk]})
    Reflection.objects.filter(pk=spread[0].pk).update(status=Reflection.Status.WITHDRAWN)
    blockers = " ".join(governance_selectors.promotion_blockers(draft))
    assert "De synthese bij ‘Wachttijden’ rust op geen gepubliceerde reflectie." in blockers


def test_a_synthesis_needs_what_was_heard_and_keeps_what_was_typed(client, roos, consulted, spread):
    group = spread[2].question.group
    edit = url("synthesis", consulted, kind="vraaggroep", pk=group.pk)
    response = client.post(edit, {"heard": "", "did": "Iets gedaan.", "rests_on": "gekozen"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Iets gedaan." in html and "Vink de reflecties aan" in html
    other = build_paper(code="SHPP003-79", groups=1)
    foreign = other.question_set.groups.first()
    assert (
        client.get(url("synthesis", consulted, kind="vraaggroep", pk=foreign.pk)).status_code == 404
    )


# --- bulk work the editors can trust (#29) -------------------------------------------------


@pytest.fixture
def draft(consulted, roos):
    """v1.0 in preparation, its first section changed."""
    transitions.close_consultation(consulted, by=roos)
    made = transitions.create_draft(consulted, by=roos)
    first = made.sections.order_by("order").first()
    transitions.amend_section(first, by=roos, title=first.title, body=first.body + "\n\nNieuw.",
                              change_type="sharpening", explanation="Scherper.")  # fmt: skip
    return made


def test_a_bulk_disposition_says_first_what_it_replaces_and_replaces_only_when_asked(
    client, roos, consulted, spread, draft
):
    """#29: a bulk "Later" replaced 246 "Verwerkt in sectie 3" and said only "Verwerking
    vastgelegd voor 246 reflecties"."""
    first = draft.sections.order_by("order").first()
    earlier = [r.pk for r in spread[:4]]
    transitions.record_dispositions(earlier, by=roos, draft=draft, kind="incorporated",
                                    section=first, response="Verwerkt in sectie 1.")  # fmt: skip
    asked = {"action": "verwerken", "scope": "filter", "kind": "later",
             "response": "Voor een volgende versie.", **confirmed(client, consulted)}  # fmt: skip
    shown = client.post(url("reflections_bulk", consulted), asked)
    assert shown.status_code == 200
    page = shown.content.decode()
    assert "8 reflecties hebben nog geen verwerking en krijgen deze." in page
    assert "4 reflecties hebben al een andere verwerking." in page
    assert f"<td>Verwerkt in de nieuwe versie ({first.heading})</td>" in page
    assert "Ook de 4 bestaande verwerkingen vervangen" in page
    assert "Alleen de 8 reflecties zonder verwerking" in page
    assert Disposition.objects.count() == 4  # nothing yet

    response = step(client, url("reflections_bulk", consulted), asked, replace=False)
    assert response.status_code == 302
    kinds = dict(Disposition.objects.values_list("reflection_id", "kind"))
    assert {kinds[pk] for pk in earlier} == {"incorporated"}
    assert list(kinds.values()).count("later") == 8
    message = client.get(response.url).content.decode()
    assert "Verwerking vastgelegd voor 8 reflecties; de auteurs horen het bij de vaststelling. " \
        "4 bleven zoals zij waren." in message  # fmt: skip

    response = step(client, url("reflections_bulk", consulted), asked, replace=True)
    assert set(Disposition.objects.values_list("kind", flat=True)) == {"later"}
    assert "4 daarvan hadden al iets anders." in client.get(response.url).content.decode()


def test_a_bulk_step_shown_is_refused_when_its_reflections_changed_before_it_was_confirmed(
    client, roos, consulted, spread, draft
):
    asked = {"action": "verwerken", "scope": "gekozen", "reflectie": [spread[0].pk],
             "kind": "later", "response": "Later."}  # fmt: skip
    shown = client.post(url("reflections_bulk", consulted), asked)
    transitions.record_dispositions([spread[0].pk], by=editor(), draft=draft,
                                    kind="out_of_scope", response="Buiten.")  # fmt: skip
    confirmation = {**asked, "gezien": shown.context["plan"].digest, "bestaande": "vervangen"}
    response = client.post(url("reflections_bulk", consulted), confirmation)
    assert response.status_code == 400
    assert "Sinds u deze stap bekeek, is er iets veranderd" in response.content.decode()
    assert Disposition.objects.get().kind == "out_of_scope"


def test_a_search_that_matched_too_much_is_undone_in_one_step(client, roos, consulted, spread):
    """#29: "geschreven" also matched "goed geschreven": 62 reflections in the wrong theme."""
    meant = [approved(version=consulted, body="Over geschreven afspraken in de zorg.")
             for _ in range(3)]  # fmt: skip
    wrong = [approved(version=consulted, body="Goed geschreven stuk, dank u.") for _ in range(4)]
    theme = transitions.create_theme(consulted, by=roos, name="Afspraken op papier")
    response = step(client, f"{url('reflections_bulk', consulted)}?q=geschreven",
                    {"action": "toekennen", "scope": "filter", "theme": theme.pk,
                     **confirmed(client, consulted, "q=geschreven")})  # fmt: skip
    assert theme.assignments.count() == 7
    taken = BulkStep.objects.get(action=BulkStep.Action.THEME_ASSIGNED)
    undo = url("undo_bulk_step", consulted, pk=taken.pk)
    page = client.get(response.url).content.decode()
    assert "Thema ‘Afspraken op papier’ gegeven aan 7 reflecties." in page
    assert f'<a href="{undo}">Stap {taken.pk} ongedaan maken…</a>' in page  # in the message
    assert "Recente bulkstappen" in page and f"Stap {taken.pk}</strong>" in page

    shown = client.get(undo)
    assert shown.status_code == 200
    assert "<td>Afspraken op papier</td><td>zonder ‘Afspraken op papier’</td><td>7</td>" in \
        shown.content.decode()  # fmt: skip
    response = client.post(undo)
    assert response.url == url("reflections", consulted)
    assert not theme.assignments.exists()
    assert f"Stap {taken.pk} is ongedaan gemaakt: 7 reflecties hebben weer wat zij hadden." in \
        client.get(response.url).content.decode()  # fmt: skip
    history = client.get(
        reverse("editor:version", kwargs={"code": CODE, "version": consulted.number})
    )
    assert "bulkstap ongedaan gemaakt" in history.content.decode()
    # The right ones, given again, and the wrong ones taken out of the theme in one step.
    step(client, url("reflections_bulk", consulted), {"action": "toekennen", "scope": "gekozen",
         "theme": theme.pk, "reflectie": [r.pk for r in meant + wrong]})  # fmt: skip
    query = f"thema={theme.pk}&q=goed+geschreven"
    page = client.get(f"{url('reflections', consulted)}?{query}").content.decode()
    assert "Uit het thema ‘Afspraken op papier’ halen" in page
    response = step(client, f"{url('reflections_bulk', consulted)}?{query}",
                    {"action": "uithalen", "scope": "filter",
                     **confirmed(client, consulted, query)})  # fmt: skip
    assert response.status_code == 302
    assert sorted(theme.assignments.values_list("reflection_id", flat=True)) == sorted(
        r.pk for r in meant
    )


def test_undoing_is_refused_for_a_reflection_changed_since_and_the_page_says_which(
    client, roos, consulted, spread, draft
):
    ids = [r.pk for r in spread[:3]]
    step(client, url("reflections_bulk", consulted), {"action": "verwerken", "scope": "gekozen",
         "reflectie": ids, "kind": "later", "response": "Later."})  # fmt: skip
    taken = BulkStep.objects.get(action=BulkStep.Action.DISPOSITIONS, kind="later")
    transitions.record_disposition(spread[1], by=roos, draft=draft, kind="out_of_scope",
                                   response="Buiten de reikwijdte.")  # fmt: skip
    undo = url("undo_bulk_step", consulted, pk=taken.pk)
    page = client.get(undo).content.decode()
    assert f"1 reflectie van deze stap is sindsdien opnieuw veranderd: #{spread[1].pk}." in page
    assert "<button" not in page.split("Dit kan niet meer in één keer")[1]
    response = client.post(undo)
    assert response.url == undo
    assert "kan niet ongedaan worden gemaakt" in client.get(undo).content.decode()
    assert dict(Disposition.objects.values_list("reflection_id", "kind")) == {
        ids[0]: "later", ids[1]: "out_of_scope", ids[2]: "later"
    }  # fmt: skip


def test_reflections_in_another_theme_decided_otherwise_are_shown_and_can_be_left_out(
    client, roos, consulted, spread, draft
):
    """#29: #262, in a theme on section 8 too, silently got the bulk step that ran first."""
    first = draft.sections.order_by("order").first()
    mine = transitions.create_theme(consulted, by=roos, name="Wachttijden")
    other = transitions.create_theme(consulted, by=roos, name="Regie")
    transitions.assign_theme(mine, [r.pk for r in spread[:5]], by=roos)
    transitions.assign_theme(other, [r.pk for r in spread[4:8]], by=roos)
    transitions.record_dispositions([r.pk for r in spread[5:8]], by=roos, draft=draft,
                                    kind="incorporated", section=first,
                                    response="Verwerkt.")  # fmt: skip
    both = spread[4]
    page = client.get(url("reflections", consulted), {"thema": "meerdere"})
    assert shown(page) == [both.pk]  # the list can be filtered on them

    query = f"thema={mine.pk}"
    asked = {"action": "verwerken", "scope": "filter", "kind": "later", "response": "Later.",
             **confirmed(client, consulted, query)}  # fmt: skip
    preview = client.post(f"{url('reflections_bulk', consulted)}?{query}", asked)
    html = preview.content.decode()
    assert "1 reflectie zit ook in een ander thema met een andere verwerking" in html
    assert (f"Thema ‘Regie’, waarvan de andere reflecties meestal ‘Verwerkt in de nieuwe "
            f"versie ({first.heading})’ hebben: #{both.pk}") in html  # fmt: skip
    step(client, f"{url('reflections_bulk', consulted)}?{query}", asked, leave_out=True)
    assert not Disposition.objects.filter(reflection=both).exists()
    assert Disposition.objects.filter(kind="later").count() == 4


def test_the_disposition_of_one_reflection_shows_its_earlier_dispositions(
    client, roos, consulted, spread, draft
):
    one = spread[0]
    step(client, url("reflections_bulk", consulted), {"action": "verwerken", "scope": "gekozen",
         "reflectie": [one.pk], "kind": "later", "response": "Later."})  # fmt: skip
    taken = BulkStep.objects.get(kind="later")
    ruben = editor(display_name="Redacteur Ruben")
    transitions.record_disposition(one, by=ruben, draft=draft, kind="out_of_scope",
                                   response="Buiten de reikwijdte.")  # fmt: skip
    address = reverse(
        "editor:disposition",
        kwargs={"code": CODE, "version": draft.number, "reflection_pk": one.pk},
    )
    page = client.get(address).content.decode()
    earlier = page.split("Eerdere verwerkingen", 1)[1]
    assert "<strong>Buiten de reikwijdte van dit paper</strong> (nu) · Redacteur Ruben" in earlier
    assert "<strong>Meegenomen voor een latere versie</strong> · Redacteur Roos" in earlier
    assert f"in bulkstap {taken.pk}" in earlier and "op deze pagina" in earlier


def test_a_group_is_named_and_the_name_is_shown_wherever_the_group_is(client, roos, consulted):
    """Named when formed on the similar page, renamed there (back at that group, the message
    beside it), and the name in the work list's filter and on its rows (#29)."""
    for text in near_copies(14):
        approved(version=consulted, body=text)
    (cluster,) = proposals(client.get(url("similar", consulted)))
    data = {"voorstel": cluster.key, "leden": cluster.digest, "naam": "  Campagne   cliëntenraad "}
    client.post(url("similar_take", consulted), data)
    group = SimilarityGroup.objects.get()
    assert group.name == "Campagne cliëntenraad"

    page = client.get(url("similar", consulted)).content.decode()
    assert f"14 reflecties vormen nu groep {group.pk} ‘Campagne cliëntenraad’." in page
    assert f"Alle 14 al gegroepeerd: groep {group.pk} ‘Campagne cliëntenraad’." in page
    # Nothing left to decide: its texts folded, so the page stays short.
    assert '<details class="similar-cluster__texts"><summary>De 12 teksten naast' in page
    naming = {"naam": "Aanspreekpunt", "voorstel": cluster.key}
    response = client.post(url("name_group", consulted, pk=group.pk), naming)
    assert response["Location"].endswith("/vergelijkbaar/#melding")
    page = client.get(response["Location"])
    assert page.context["message_before"] == cluster.anchor
    assert f"Groep {group.pk} heet nu ‘Aanspreekpunt’." in page.content.decode()
    event = consulted.events.get(action=Action.GROUP_NAMED)
    n = group.pk
    assert event.note == f"groep {n} ‘Campagne cliëntenraad’ → groep {n} ‘Aanspreekpunt’"

    listed = client.get(url("reflections", consulted), {"groep": group.pk}).content.decode()
    assert f"Groep {group.pk} ‘Aanspreekpunt’ (14 reflecties)" in listed  # the filter
    assert f"groep {group.pk} ‘Aanspreekpunt’</a>" in listed  # each row

    too_long = client.post(url("name_group", consulted, pk=group.pk), {"naam": "x" * 121})
    assert "hoogstens 120 tekens" in client.get(too_long["Location"]).content.decode()
    assert SimilarityGroup.objects.get().name == "Aanspreekpunt"


def test_grouping_from_the_work_list_joins_the_group_they_are_in(client, roos, consulted):
    """Ticked in the work list with reflections of an existing group, they join that group
    (its number and name kept), said first on the confirmation page; the first group never
    vanishes into a new one (#29)."""
    texts = near_copies(15)
    first = [approved(version=consulted, body=text) for text in texts[:10]]
    group = transitions.form_group(consulted, [r.pk for r in first], by=roos)
    transitions.name_group(group, "Campagne", by=roos)
    later = [approved(version=consulted, body=text) for text in texts[10:]]
    ticked = [r.pk for r in first + later]
    data = {"action": "groeperen", "scope": "gekozen", "reflectie": ticked}
    shown = client.post(url("reflections_bulk", consulted), data).content.decode()
    assert f"15 reflecties bij groep {group.pk} ‘Campagne’ voegen." in shown
    assert f"10 reflecties zitten al in groep {group.pk} ‘Campagne’." in shown
    assert step(client, url("reflections_bulk", consulted), data).status_code == 302
    (kept,) = SimilarityGroup.objects.all()
    assert (kept.pk, kept.name, kept.members.count()) == (group.pk, "Campagne", 15)


def heard_field(response) -> str:
    html = response.content.decode()
    return re.search(r'<textarea name="heard"[^>]*>(.*?)</textarea>', html, re.S)[1].strip()


def test_a_synthesis_starts_from_the_breakdown_and_offers_quotes(client, roos, consulted):
    # #29: the form started blank although the report computes the breakdown per perspective.
    said = [("relative", True), ("relative", False), ("relative", True), ("client", True),
            ("lawyer", False)]  # fmt: skip
    made = [approved(version=consulted, perspective=p, may_quote=q,
                     body=f"Wachten op zorg ({p}, {n}) breekt het vertrouwen.")
            for n, (p, q) in enumerate(said)]  # fmt: skip
    theme = transitions.create_theme(consulted, by=roos, name="Wachttijden")
    transitions.assign_theme(theme, [r.pk for r in made], by=roos)
    edit = url("synthesis", consulted, kind="thema", pk=theme.pk)
    page = client.get(edit)
    html = page.content.decode()
    assert heard_field(page).startswith(
        "5 reflecties: 3 Naaste, 1 Cliënt, 1 Jurist. Niet gehoord: Zorgprofessional, "
        "Ervaringsdeskundige, Bestuurder / beleidsmaker, Toezichthouder, Anders.\n\n[Vat hier"
    )
    assert '<th scope="row">Naaste</th><td>3</td><td>60 %</td>' in html
    # One quote per perspective first, the most heard first; never one that may not be quoted.
    offered = [pk for pk, _label in page.context["form"].fields["quotes"].choices]
    assert offered == [made[0].pk, made[3].pk, made[2].pk]
    assert not Synthesis.objects.exists()  # a draft, nothing saved

    # Taking a quote into the text keeps what was typed and saves nothing.
    typed = {"heard": "Wachten breekt de relatie.", "did": "", "rests_on": "alle"}
    response = client.post(edit, {**typed, "quotes": [made[3].pk], "citaten_overnemen": "1"})
    assert response.status_code == 200
    assert heard_field(response) == (
        "Wachten breekt de relatie.\n\n"
        f"“Wachten op zorg (client, 3) breekt het vertrouwen.” (reflectie #{made[3].pk}, Cliënt)"
    )
    assert 'formaction="#id_heard"' in response.content.decode()
    assert not Synthesis.objects.exists()

    # The draft as it stands is no synthesis.
    response = client.post(edit, {**typed, "heard": heard_field(page)})
    assert response.status_code == 400
    assert "Vervang de tekst tussen [ ] door uw eigen samenvatting" in response.content.decode()
    assert not Synthesis.objects.exists()
    assert client.post(edit, typed).status_code == 302
    assert Synthesis.objects.get(theme=theme).heard == "Wachten breekt de relatie."


def test_texts_saying_the_same_in_other_words_are_side_by_side_with_the_reason(
    client, roos, consulted
):
    """#31: two reflections with few words in common but close in meaning (their vectors, as
    the job stores them) are one proposal, each card saying why it is there; the threshold
    is the consultation's own, set by an editor and audited."""
    import numpy as np

    from governance.models import SimilarityThreshold
    from governance.tests.test_clusters import store_vectors

    one = approved(version=consulted, body="Mijn vader wacht al een jaar op een verpleeghuis.")
    two = approved(version=consulted, body="Twaalf maanden op een lijst voor opname, voor pa.")
    three = approved(version=consulted, body="Mijn dossier werd zonder toestemming gedeeld.")
    store_vectors([one, two], 0, np.random.default_rng(1), spread=0.01)
    store_vectors([three], 1, np.random.default_rng(2), spread=0.01)
    page = client.get(url("similar", consulted))
    (cluster,) = proposals(page)
    html = page.content.decode()
    assert cluster.ids == [one.pk, two.pk] and cluster.best is None
    assert "2 reflecties, vergelijkbaar in betekenis (hoogste 1,00)" in html
    assert f"Waarom naast #{one.pk}: woorden gemeen 0,12, betekenis 1,00." in html
    # Other words: the second text is shown as written, not as a difference of every word.
    assert "[verwijderd: " not in html
    assert '<option value="0.93" selected>0,93</option>' in html
    # Set higher than the two reach: no proposal; the trail says who changed it and how.
    answer = client.post(url("similar_threshold", consulted), {"drempel": "0.99"})
    assert answer.status_code == 302 and answer["Location"].endswith("#kies-drempel")
    assert SimilarityThreshold.of(consulted) == Decimal("0.99")
    event = consulted.events.get(action=Action.SIMILARITY_THRESHOLD)
    assert (event.actor, event.note) == (roos, "0.93 → 0.99")
    for refused in ("0.5", "1.2", "", "veel"):
        client.post(url("similar_threshold", consulted), {"drempel": refused})
    assert SimilarityThreshold.of(consulted) == Decimal("0.99")
    assert consulted.events.filter(action=Action.SIMILARITY_THRESHOLD).count() == 1
    client.force_login(ReflectionFactory().author)
    forbidden = client.post(url("similar_threshold", consulted), {"drempel": "0.90"})
    assert forbidden.status_code == 403


def test_the_similar_page_says_when_it_shows_the_groups_of_a_moment_ago(
    client, roos, consulted, settings
):
    settings.EARLIER_RESULTS_SECONDS = 90
    words = near_copies(12)
    for text in words[:10]:
        approved(version=consulted, body=text)
    assert "groepen van kort daarvoor" not in client.get(url("similar", consulted)).content.decode()
    for text in words[10:]:
        approved(version=consulted, body=text)
    page = client.get(url("similar", consulted))
    assert "u de groepen van kort daarvoor, zonder wat niet meer gepubliceerd is" in (
        page.content.decode()
    )
    assert [c.size for c, _following in page.context["clusters"]] == [10]
    # So does the page of one cluster.
    shown = page.context["clusters"][0][0]
    one = client.get(url("similar_cluster", consulted, pk=shown.key)).content.decode()
    assert "u de groepen van kort daarvoor" in one
