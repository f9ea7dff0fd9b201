"""The themes through the site (views/themes.py): the list and a new theme; by meaning (#31)
the proposed clusters, one made a theme in one step (its reflections given it as one bulk
step of accepted suggestions, undone as one), a theme merged into another, a theme split in
the parts the platform proposes; what was typed is kept when a step is refused."""

import numpy as np
import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from civcare.accounts.tests.factories import UserFactory, editor
from governance import clusters, transitions
from governance.models import BulkStep, Synthesis, Theme, ThemeAssignment
from governance.tests.test_clusters import consultation as clustered  # noqa: F401
from governance.tests.test_clusters import ids, store_vectors
from papers.models import PaperEvent
from reflections.models import Reflection
from reflections.tests.factories import approved

pytestmark = pytest.mark.django_db
Action = PaperEvent.Action


def url(name, version, **kwargs):
    return reverse(f"editor:{name}", kwargs={"code": version.paper.code,
                                             "version": version.number, **kwargs})  # fmt: skip


@pytest.fixture
def roos(client):
    user = editor(display_name="Redacteur Roos")
    client.force_login(user)
    return user


def cluster_of(version, members, count=3):
    return next(c for c in clusters.for_version(version, count).clusters
                if set(ids(members)) <= set(c.ids))  # fmt: skip


def test_the_themes_page_proposes_clusters_with_phrases_examples_and_a_way_to_all(
    client,
    roos,
    clustered,  # noqa: F811
):
    version, made = clustered
    page = client.get(url("themes", version), {"clusters": 3})
    html = page.content.decode()
    assert page.status_code == 200
    assert "Het platform deelde de 23 gelezen reflecties in 3 clusters in" in html
    privacy = cluster_of(version, made["privacy"])
    assert f"Cluster {privacy.number}: 6 reflecties" in html
    assert "Kernwoorden: dossier" in html
    assert f"?cluster=3-{privacy.number}" in html
    assert f'name="gezien" value="{privacy.digest}"' in html  # what its form posts
    # The list behind that link: the cluster's six, nothing else.
    listed = client.get(url("reflections", version), {"cluster": f"3-{privacy.number}"})
    assert "6 reflecties" in listed.content.decode()
    for reflection in made["carers"]:
        assert f'value="{reflection.pk}"' not in listed.content.decode()


def test_a_cluster_becomes_a_theme_in_one_step_marked_as_accepted_suggestions(
    client,
    roos,
    clustered,  # noqa: F811
):
    version, made = clustered
    carers = cluster_of(version, made["carers"])
    answer = client.post(url("themes", version), {
        "cluster": carers.number, "gezien": carers.digest, "clusters": 3,
        "name": "Belasting van mantelzorgers", "description": "Wie voor een naaste zorgt.",
    })  # fmt: skip
    assert answer.status_code == 302 and answer["Location"].endswith("?clusters=3#clusters")
    theme = Theme.objects.get(version=version, name="Belasting van mantelzorgers")
    given = ThemeAssignment.objects.filter(theme=theme)
    assert sorted(given.values_list("reflection_id", flat=True)) == ids(made["carers"])
    assert all(given.values_list("from_suggestion", flat=True))
    step = BulkStep.objects.get(theme=theme)
    assert (step.accepted_suggestions, step.new) == (True, 6)
    # One step, one audit row: the theme made, and whom it was given to as a suggestion.
    events = version.events.filter(action__in=[Action.THEME_CREATED, Action.SUGGESTIONS_ACCEPTED])
    assert [(e.action, e.note.split(";")[0]) for e in events] == [
        (Action.THEME_CREATED, "Belasting van mantelzorgers, uit een voorgesteld cluster")
    ]
    assert "als aangenomen voorstel gegeven aan #" in events[0].note
    followed = client.get(answer["Location"]).content.decode()
    assert "Thema ‘Belasting van mantelzorgers’ gemaakt en gegeven aan de 6 reflecties" in followed
    assert "Alle reflecties van dit cluster hebben een thema." in followed
    # Undone as one step: the theme stays, its reflections are free again.
    transitions.undo_bulk_step(step, by=roos)
    assert not given.exists()


def test_a_cluster_changed_since_it_was_shown_is_refused_and_the_name_kept(
    client,
    roos,
    clustered,  # noqa: F811
):
    version, made = clustered
    carers = cluster_of(version, made["carers"])
    # A seventh reflection joins the cluster: the job read it since the editor looked.
    newcomer = approved(version=version, body="Mantelzorgers hebben een adempauze nodig.")
    store_vectors([newcomer], 2, np.random.default_rng(3))
    answer = client.post(url("themes", version), {
        "cluster": cluster_of(version, made["carers"]).number, "gezien": carers.digest,
        "clusters": 3, "name": "Mijn eigen naam",
    })  # fmt: skip
    html = answer.content.decode()
    assert answer.status_code == 400
    assert "Sinds u dit cluster bekeek, is het veranderd" in html
    assert 'value="Mijn eigen naam"' in html
    assert not Theme.objects.filter(version=version).exists()


def test_a_name_taken_is_refused_on_the_cluster_itself(client, roos, clustered):  # noqa: F811
    version, made = clustered
    transitions.create_theme(version, by=roos, name="Dossier")
    privacy = cluster_of(version, made["privacy"])
    answer = client.post(url("themes", version), {
        "cluster": privacy.number, "gezien": privacy.digest, "clusters": 3, "name": "dossier",
    })  # fmt: skip
    html = answer.content.decode()
    assert answer.status_code == 400 and "Er is al een thema ‘dossier’." in html
    assert f'id="{privacy.anchor}"' in html and "open>" in html  # its form unfolded


def test_merging_two_themes_keeps_who_coded_and_is_one_audited_step(client, roos, clustered):  # noqa: F811
    version, made = clustered
    one = transitions.create_theme(version, by=roos, name="Dossier")
    other = transitions.create_theme(version, by=roos, name="Privacy")
    transitions.assign_theme(one, ids(made["privacy"])[:4], by=roos)
    transitions.assign_theme(other, ids(made["privacy"])[2:], by=roos)
    answer = client.post(url("theme", version, pk=one.pk), {"stap": "samenvoegen",
                                                            "into": other.pk})  # fmt: skip
    assert answer.status_code == 302
    assert not Theme.objects.filter(pk=one.pk).exists()
    assert sorted(other.assignments.values_list("reflection_id", flat=True)) == ids(made["privacy"])
    assert all(a.assigned_by_id == roos.pk for a in other.assignments.all())
    note = version.events.get(action=Action.THEMES_MERGED).note
    assert note == "Dossier → Privacy (4 reflecties, 2 kregen het thema nieuw)"
    shown = client.get(answer["Location"]).content.decode()
    assert "‘Dossier’ is samengevoegd met ‘Privacy’: 2 reflecties kregen ‘Privacy’." in shown


def test_a_theme_with_a_synthesis_is_not_merged_away(client, roos, clustered):  # noqa: F811
    version, made = clustered
    one = transitions.create_theme(version, by=roos, name="Dossier")
    other = transitions.create_theme(version, by=roos, name="Privacy")
    transitions.assign_theme(one, ids(made["privacy"]), by=roos)
    Synthesis.objects.create(version=version, theme=one, heard="Wat we hoorden.")
    answer = client.post(url("theme", version, pk=one.pk), {"stap": "samenvoegen",
                                                            "into": other.pk})  # fmt: skip
    assert answer.status_code == 400
    assert "‘Dossier’ heeft een synthese" in answer.content.decode()
    assert one.assignments.count() == 6


def test_a_theme_splits_in_the_part_the_editor_names(client, roos, clustered):  # noqa: F811
    version, made = clustered
    wide = transitions.create_theme(version, by=roos, name="Alles over de zorg")
    transitions.assign_theme(wide, ids(made["privacy"]) + ids(made["carers"]), by=roos)
    page = client.get(url("theme", version, pk=wide.pk)).content.decode()
    assert "Deel 1: 6 reflecties" in page and "Deel 2: 6 reflecties" in page
    carers = next(p for p in clusters.parts_of(wide) if set(p.ids) == set(ids(made["carers"])))
    # Each part's form carries that part and what it holds (as posted below).
    for part in clusters.parts_of(wide):
        assert f'name="cluster" value="{part.number}"' in page
        assert f'name="gezien" value="{part.digest}"' in page
    answer = client.post(url("theme", version, pk=wide.pk), {
        "stap": "splitsen", "cluster": carers.number, "gezien": carers.digest,
        "name": "Mantelzorg",
    })  # fmt: skip
    assert answer.status_code == 302
    new = Theme.objects.get(version=version, name="Mantelzorg")
    assert sorted(new.assignments.values_list("reflection_id", flat=True)) == ids(made["carers"])
    assert sorted(wide.assignments.values_list("reflection_id", flat=True)) == ids(made["privacy"])
    assert version.events.get(action=Action.THEME_SPLIT).note.startswith(
        "Alles over de zorg → Mantelzorg: 6 reflecties (#"
    )
    # The same part again: the theme changed since, refused.
    again = client.post(url("theme", version, pk=wide.pk), {
        "stap": "splitsen", "cluster": 1, "gezien": carers.digest, "name": "Nog eens",
    })  # fmt: skip
    assert again.status_code == 400


def test_only_editors_make_merge_or_split_themes(client, clustered):  # noqa: F811
    version, _made = clustered
    roos = editor()
    theme = transitions.create_theme(version, by=roos, name="Dossier")
    client.force_login(UserFactory())
    for address, data in (
        (url("themes", version), {"cluster": 1, "gezien": "x", "clusters": 3, "name": "X"}),
        (url("theme", version, pk=theme.pk), {"stap": "samenvoegen", "into": theme.pk}),
        (url("theme", version, pk=theme.pk), {"stap": "splitsen", "cluster": 1, "name": "X"}),
    ):
        assert client.post(address, data).status_code == 403
    with pytest.raises(PermissionDenied):
        transitions.merge_themes(theme, theme, by=UserFactory())
    assert Theme.objects.filter(version=version).count() == 1


def test_while_the_job_reads_new_reflections_the_page_shows_the_clusters_before_and_says_so(
    client,
    roos,
    clustered,  # noqa: F811
    settings,
):
    """The clusters of a new state are the job's work (about 10 s at 10,000 reflections);
    meanwhile the page shows those of the state before and says so; making a cluster a
    theme is checked against the present state (refused if it differs, the name kept)."""
    settings.EARLIER_RESULTS_SECONDS = 90
    version, made = clustered
    assert "kort daarvoor" not in client.get(url("themes", version)).content.decode()
    carers = cluster_of(version, made["carers"])
    newcomer = approved(version=version, body="Mantelzorgers hebben respijt nodig, nu.")
    store_vectors([newcomer], 2, np.random.default_rng(3))
    page = client.get(url("themes", version))
    html = page.content.decode()
    assert "u de clusters van kort daarvoor, zonder wat niet meer gepubliceerd is" in html
    shown = page.context["clustering"]
    assert shown.stale and newcomer.pk not in {pk for c in shown.clusters for pk in c.ids}
    # What it says it divided is what the clusters hold (23 of the 24 read now).
    assert (shown.read, shown.divided) == (24, 23)
    assert f"Het platform deelde de 23 gelezen reflecties in {len(shown.clusters)} clusters" in html
    answer = client.post(url("themes", version), {
        "cluster": carers.number, "gezien": carers.digest, "clusters": 3,
        "name": "Respijtzorg", "description": "",
    })  # fmt: skip
    refused = answer.content.decode()
    assert answer.status_code == 400 and "Sinds u dit cluster bekeek, is het veranderd" in refused
    assert 'value="Respijtzorg"' in refused
    assert not Theme.objects.filter(version=version, name="Respijtzorg").exists()


def test_a_text_hidden_or_redacted_since_is_never_in_the_clusters_shown(
    client,
    roos,
    clustered,  # noqa: F811
    settings,
):
    """The key phrases are words of the texts: clusters of an earlier state are shown only
    while every text they divided is published as it was; else they are worked out anew."""
    settings.EARLIER_RESULTS_SECONDS = 90
    version, made = clustered
    client.get(url("themes", version))
    gone, changed = made["carers"][0], made["privacy"][0]
    gone.status = Reflection.Status.HIDDEN  # hidden after reports
    gone.save()
    page = client.get(url("themes", version))
    shown = page.context["clustering"]
    assert not shown.stale and gone.pk not in {pk for c in shown.clusters for pk in c.ids}
    changed.body = "Tekst geredigeerd door de moderatie."
    changed.body_digest = Reflection.digest(changed.body)
    changed.save()
    store_vectors([changed], 1, np.random.default_rng(4))
    shown = client.get(url("themes", version)).context["clustering"]
    assert not shown.stale
    assert not any("mantelzorger" in " ".join(c.phrases) and gone.pk in c.ids
                   for c in shown.clusters)  # fmt: skip
