"""The editors' coding pages cost the same number of queries for a few or for hundreds of
reflections (and themes on them): a consultation of 1,000 reflections is the target."""

import pytest
from django.urls import reverse

from civcare.accounts.tests.factories import editor
from papers.governance import transitions
from papers.tests.factories import build_paper
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
        for name in ("reflections", "themes", "standard_answers", "similar")
    }


# Page by page: what each costs on top of SIGNED_IN, for any number of reflections.
EXPECTED = {
    # the version, the coding (themes, groups, draft, answers), the filter's choices
    # (sections, questions, question groups), the page, the themes on it, the count, progress
    "reflections": 11,
    "themes": 4,
    "standard_answers": 1,
    # version, the state of its published texts (what the groups are cached by), the similar
    # pairs (worked out when that state is new), the reflections in them and in the editors'
    # groups
    "similar": 3,
}


@pytest.mark.parametrize("reflections", [0, 4, 150])
@pytest.mark.parametrize("page", sorted(EXPECTED))
def test_coding_pages(client, django_assert_num_queries, reflections, page):
    roos = editor()
    version = consultation(reflections, roos)
    client.force_login(roos)
    with django_assert_num_queries(SIGNED_IN + EXPECTED[page]):
        response = client.get(
            urls(version)[page], {"perspectief": "client"} if page == "reflections" else {}
        )
    assert response.status_code == 200


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
    # the disposition
    with django_assert_num_queries(SIGNED_IN + 5):
        assert client.get(url).status_code == 200
