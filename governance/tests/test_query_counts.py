"""The editors' coding pages cost the same number of queries for a few or for hundreds of
reflections (and themes on them): a consultation of 1,000 reflections is the target."""

import pytest
from django.core.cache import cache
from django.urls import reverse

from civcare.accounts.tests.factories import editor
from governance import transitions
from governance.consultation_report import ANNEX_PAGE
from governance.views.passages import PER_PAGE
from papers.tests.factories import adopted_successor, build_paper
from reflections.tests.factories import approved

pytestmark = pytest.mark.django_db

# session, user, role check (2), the navigation's counts
SIGNED_IN = 5


def consultation(reflections: int, by):
    version = build_paper(code="SHPP003-72", sections=3, groups=2, questions_per_group=2)
    targets = [{}, *({"section": s} for s in version.sections.all()),
               *({"question": q} for q in version.questions.all())]  # fmt: skip
    made = [
        approved(version=version, perspective=["relative", "client"][n % 2],
                 body=f"Reflectie {n} over het netwerk van de cliënt en de zorgrelatie.",
                 **targets[n % len(targets)], **passage(targets[n % len(targets)]))
        for n in range(reflections)
    ]  # fmt: skip
    for name in ("Netwerk", "Regie", "Wachttijden"):
        theme = transitions.create_theme(version, by=by, name=name)
        if made:
            transitions.assign_theme(theme, [r.pk for r in made[::2]], by=by)
    transitions.save_standard_answer(version, by=by, title="Later", text="Wij nemen dit mee.")
    if len(made) > 1:
        transitions.form_group(version, [made[0].pk, made[1].pk], by=by)
    return version


def passage(target: dict) -> dict:
    """A reflection on a section is on a passage of its first paragraph (shown as a quote)."""
    section = target.get("section")
    if section is None:
        return {}
    return {"quote_paragraph": 1, "quote_anchor": f"{section.anchor}-p1",
            "quote_exact": "Tekst van de sectie"}  # fmt: skip


def urls(version) -> dict[str, str]:
    kwargs = {"code": version.paper.code, "version": version.number}
    return {
        name: reverse(f"editor:{name}", kwargs=kwargs)
        for name in ("reflections", "themes", "standard_answers", "similar", "bulk_steps")
    }


# Page by page: what each costs on top of SIGNED_IN, for any number of reflections.
EXPECTED = {
    # the version, the coding (themes, groups, draft, answers), the filter's choices
    # (sections, questions, question groups), the page, the themes on it, the count, progress,
    # the recent bulk steps; the suggestions (#31: how many published reflections have their
    # vector, the themes given; the rest is cached by that state)
    "reflections": 14,
    # the version, the coding; the proposed clusters (#31: how many reflections have their
    # vector; with vectors, the themes given and the examples shown, the rest cached)
    "themes": 5,
    "standard_answers": 1,
    # version, the state of its published texts (what the groups are cached by), the similar
    # pairs (worked out when that state is new), the members of the editors' groups, the
    # reflections shown side by side; alike in meaning (#31): the consultation's threshold,
    # the state of the vectors, the vectors of the cards (why each is beside the first)
    "similar": 7,
    # a page of steps (the version as on every page)
    "bulk_steps": 1,
}


@pytest.mark.parametrize("reflections", [0, 4, 150])
@pytest.mark.parametrize("page", sorted(EXPECTED))
def test_coding_pages(client, django_assert_num_queries, reflections, page):
    roos = editor()
    version = consultation(reflections, roos)
    client.force_login(roos)
    # No cluster at all: no cards to read, nor their vectors.
    nothing = 2 * (page == "similar" and reflections == 0)
    with django_assert_num_queries(SIGNED_IN + EXPECTED[page] - nothing):
        response = client.get(
            urls(version)[page], {"perspectief": "client"} if page == "reflections" else {}
        )
    assert response.status_code == 200


@pytest.mark.parametrize("reflections", [0, 4, 150])
def test_the_work_list_with_a_search_and_a_target(client, django_assert_num_queries, reflections):
    """The search in the public search's language is a subquery of the list's queries, and
    so is the paper as a whole (#29)."""
    roos = editor()
    version = consultation(reflections, roos)
    client.force_login(roos)
    query = {"q": '"het netwerk" -regie OR zorgrelatie', "sectie": "geheel"}
    with django_assert_num_queries(SIGNED_IN + EXPECTED["reflections"]):
        response = client.get(urls(version)["reflections"], query)
    assert response.status_code == 200
    assert response.context["shown"].count == len(range(0, reflections, 8))


@pytest.mark.parametrize("reflections", [4, 150])
def test_all_of_one_cluster_of_similar_reflections(client, django_assert_num_queries, reflections):
    """A cluster's own page, a page at a time (#29): as many queries as the similar page."""
    roos = editor()
    version = consultation(reflections, roos)
    client.force_login(roos)
    first = version.reflections.order_by("pk").first()
    url = reverse(
        "editor:similar_cluster",
        kwargs={"code": version.paper.code, "version": version.number, "pk": first.pk},
    )
    with django_assert_num_queries(SIGNED_IN + EXPECTED["similar"]):
        response = client.get(url, {"pagina": 2 if reflections > 100 else 1})
    assert response.status_code == 200
    assert len(response.context["cluster"].reflections) == min(reflections, 51)


@pytest.mark.parametrize("reflections", [2, 150])
def test_the_disposition_of_one_reflection(client, django_assert_num_queries, reflections):
    roos = editor()
    version = consultation(reflections, roos)
    transitions.close_consultation(version, by=roos)
    draft = transitions.create_draft(version, by=roos)
    one = version.reflections.order_by("pk").first()
    client.force_login(roos)
    url = reverse(
        "editor:disposition",
        kwargs={"code": version.paper.code, "version": draft.number, "reflection_pk": one.pk},
    )
    # version, the reflection, the changed sections of the draft (2: sections, their sources),
    # the disposition, its history
    with django_assert_num_queries(SIGNED_IN + 6):
        assert client.get(url).status_code == 200


@pytest.mark.parametrize("reflections", [2, 150])
def test_what_a_bulk_step_would_change_and_undoing_one(
    client, django_assert_num_queries, reflections
):
    """The confirmation page of a bulk disposition for all N (with earlier dispositions and
    reflections in two themes), and the page that undoes it (#29)."""
    roos = editor()
    version = consultation(reflections, roos)
    transitions.close_consultation(version, by=roos)
    draft = transitions.create_draft(version, by=roos)
    changed = draft.sections.order_by("order").first()
    transitions.amend_section(changed, by=roos, title=changed.title, body=changed.body + " Nieuw.",
                              change_type="sharpening", explanation="Scherper.")  # fmt: skip
    ids = list(version.reflections.order_by("pk").values_list("pk", flat=True))
    transitions.record_dispositions(ids[::3], by=roos, draft=draft, kind="incorporated",
                                    section=changed, response="Verwerkt.")  # fmt: skip
    client.force_login(roos)
    kwargs = {"code": version.paper.code, "version": version.number}
    page = client.get(reverse("editor:reflections", kwargs=kwargs))
    shown = {"aantal": page.context["shown"].count,
             "gepubliceerd_tot": page.context["shown"].until.isoformat()}  # fmt: skip
    asked = {"action": "verwerken", "scope": "filter", "kind": "later", "response": "Later.",
             **shown}  # fmt: skip
    # The coding (themes, groups, draft, answers), the changed sections (2), the filter's
    # choices (sections, questions, question groups), the count, the reflections shown, the
    # suggestions' state (2, #31), then the plan: they are published, their themes, their
    # dispositions and the sections those name, the other themes' decisions.
    with django_assert_num_queries(SIGNED_IN + 16):
        response = client.post(reverse("editor:reflections_bulk", kwargs=kwargs), asked)
    assert response.status_code == 200 and response.context["plan"].replaced
    step = transitions.take_bulk_step(version, response.context["bulk"].ask, ids, by=roos,
                                      replace=True)  # fmt: skip
    undo = reverse("editor:undo_bulk_step", kwargs={**kwargs, "pk": step.pk})
    # the step, its changes, which of them changed since, what they go back to (the user is
    # known from the request before)
    with django_assert_num_queries(SIGNED_IN + 3):
        assert client.get(undo).status_code == 200


@pytest.mark.parametrize("reflections", [2, 150])
def test_the_version_screen_of_a_draft(client, django_assert_num_queries, reflections):
    roos = editor()
    version = consultation(reflections, roos)
    transitions.close_consultation(version, by=roos)
    draft = transitions.create_draft(version, by=roos)
    changed = draft.sections.order_by("order").first()
    transitions.amend_section(changed, by=roos, title=changed.title, body=changed.body + " Nieuw.",
                              change_type="sharpening", explanation="Scherper.")  # fmt: skip
    ids = list(version.reflections.order_by("pk").values_list("pk", flat=True))
    transitions.record_dispositions(ids, by=roos, draft=draft, kind="incorporated",
                                    section=changed, response="Verwerkt.")  # fmt: skip
    client.force_login(roos)
    url = reverse("editor:version", kwargs={"code": version.paper.code, "version": draft.number})
    with django_assert_num_queries(SIGNED_IN + 16):
        response = client.get(url)
    assert response.context["outcome"].incorporated == len(ids)


@pytest.mark.parametrize("reflections", [2, 150])
@pytest.mark.parametrize("status", ["", "alle"])
def test_the_passages_page(client, django_assert_num_queries, reflections, status):
    """Where the quoted passages stand in the draft, named as readers see them (#29)."""
    roos = editor()
    version = consultation(reflections, roos)
    transitions.close_consultation(version, by=roos)
    draft = transitions.create_draft(version, by=roos)
    for changed in draft.sections.order_by("order")[:2]:  # rewritten: every passage changed
        transitions.amend_section(changed, by=roos, title=changed.title, body="Nieuw begin.\n\n"
                                  + changed.body.replace("Tekst", "Andere tekst"),
                                  change_type="sharpening", explanation="Scherper.")  # fmt: skip
    client.force_login(roos)
    url = reverse("editor:passages", kwargs={"code": version.paper.code, "version": draft.number})
    # the version, its counts, its sections with their sources, the passages
    with django_assert_num_queries(SIGNED_IN + 4):
        response = client.get(url, {"status": status})
    shown = sum(len(item.resolutions) for item in response.context["listing"])
    counts = response.context["counts"]
    assert counts["undecided"] > 0
    assert shown == min(PER_PAGE, counts["total"] if status else counts["undecided"])


@pytest.mark.parametrize("reflections", [2, 150])
@pytest.mark.parametrize("searching", [False, True])
def test_the_section_editor(client, django_assert_num_queries, reflections, searching):
    """Its "Aanleiding" list: a page of the reflections on the section, or of a search (#29)."""
    roos = editor()
    version = consultation(reflections, roos)
    transitions.close_consultation(version, by=roos)
    draft = transitions.create_draft(version, by=roos)
    section = draft.sections.order_by("order").first()
    client.force_login(roos)
    url = reverse("editor:section", kwargs={"code": version.paper.code, "version": draft.number,
                                            "pk": section.pk})  # fmt: skip
    typed = {"title": section.title, "body": section.body, "zoek_aanleiding": "2",
             "aanleiding-perspectief": "client"}  # fmt: skip
    # the version, the section, the finder (the coding: themes, groups, draft, answers; its
    # choices: sections, questions, question groups), what prompted the section, the
    # consultation's reflections, how many the list holds and a page of them, the passages'
    # counts, the header's versions (2)
    with django_assert_num_queries(SIGNED_IN + 16):
        response = client.post(url, typed) if searching else client.get(url)
    assert response.status_code == 200
    assert response.context["choices"].found


@pytest.mark.parametrize("reflections", [4, 150])
def test_the_synthesis_form(client, django_assert_num_queries, reflections):
    """A theme's synthesis form, with its breakdown per perspective and quotes (#29)."""
    roos = editor()
    version = consultation(reflections, roos)
    theme = version.themes.order_by("pk").first()
    client.force_login(roos)
    url = reverse("editor:synthesis", kwargs={"code": version.paper.code,
                                              "version": version.number, "kind": "thema",
                                              "pk": theme.pk})  # fmt: skip
    # the version, the theme, its synthesis, its reflections (all, and the first to tick),
    # the draft and its changed sections (none: no draft)
    with django_assert_num_queries(SIGNED_IN + 5):
        response = client.get(url)
    assert response.status_code == 200
    assert sum(n for _p, n in response.context["subject"].breakdown) == (reflections + 1) // 2


# The consultation report's page for a reader once the next version is adopted: the report,
# its numbers and its charts (test_consultation_report counts the same page on other data).
# (+1, #31: how many codings came from accepted suggestions; +2 the campaigns: the state of
# the published texts and, the cache being cleared, the texts)
REPORT = 30


@pytest.mark.parametrize("reflections", [4, 120])
def test_a_page_of_the_reports_annex(client, django_assert_num_queries, reflections):
    """A page of one part of the consultation report's annex (?deel=…&pagina=…, #29) costs
    what the whole report costs, for a few reflections on that part or for pages of them."""
    roos = editor()
    version = consultation(reflections, roos)
    theme = version.themes.order_by("pk").first()
    quoted = [a.reflection_id for a in theme.assignments.all()]
    transitions.save_synthesis(version, by=roos, theme=theme, heard="Gehoord.",
                               reflection_ids=quoted)  # fmt: skip
    adopted_successor(version)
    part = version.sections.order_by("order").first()
    for n in range(reflections):  # one part with more than a page of them at 120
        approved(version=version, section=part, may_quote=n % 2 == 0, body=f"Over deel {n}.")
    url = reverse("papers:consultation_report",
                  kwargs={"code": version.paper.code, "version": version.number})  # fmt: skip
    page = 2 if reflections > ANNEX_PAGE else 1
    for query in ({}, {"deel": part.anchor, "pagina": page}):
        cache.clear()  # the expensive path: nothing drawn or rendered yet
        with django_assert_num_queries(REPORT):
            response = client.get(url, query)
        assert response.status_code == 200
    opened = next(p for p in response.context["consultation_report"].parts if p.is_open)
    assert (opened.anchor, opened.page) == (part.anchor, page)
    assert opened.shown and len(opened.shown) <= ANNEX_PAGE
