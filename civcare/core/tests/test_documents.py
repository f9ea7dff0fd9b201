"""Documents rendered ahead of the request (civcare.core.documents): a request never renders
a public document, one render of a document at a time, the job renders a change before
anyone asks, and erasure leaves no copy that may name a person."""

import datetime
import threading
import time

import pytest
from django.db import connection
from django.utils import timezone, translation

from civcare.accounts.models import User
from civcare.core import documents, generations
from civcare.core.models import Document

pytestmark = pytest.mark.django_db

KIND = "test.document"


class Source:
    """The data behind a document, changed by the tests; every render is counted."""

    def __init__(self):
        self.data = {1: "de eerste stand"}
        self.renders: list[tuple[int, str]] = []
        self.during_render = None

    def states(self, ids):
        return {pk: documents.digest(text) for pk, text in self.data.items() if ids in (None, [pk])}

    def render(self, pk):
        if self.during_render:
            self.during_render()
        if pk not in self.data:
            return None
        self.renders.append((pk, translation.get_language()))
        return f"{self.data[pk]} ({translation.get_language()})".encode()


@pytest.fixture
def source():
    made = Source()
    documents.register(KIND, states=made.states, render=made.render, personal=True)
    yield made
    documents.KINDS.pop(KIND)


def test_a_request_asks_for_a_document_and_only_the_job_renders_it(source):
    for _ in range(2):  # two requests at once, or one after another: no render in either
        with pytest.raises(documents.NotReady):
            documents.fetch(KIND, 1)
    assert source.renders == []
    assert documents.work() == 1
    assert documents.fetch(KIND, 1) == b"de eerste stand (nl)"
    assert documents.fetch(KIND, 1) == b"de eerste stand (nl)"
    assert source.renders == [(1, "nl")]


def test_the_job_renders_a_change_before_anyone_asks(source):
    assert documents.work(watch=True) == 1
    assert documents.fetch(KIND, 1) == b"de eerste stand (nl)"
    source.data[1] = "de tweede stand"
    # Never the copy of the data before the change.
    with pytest.raises(documents.NotReady):
        documents.fetch(KIND, 1)
    assert documents.work(watch=True) == 1
    assert documents.fetch(KIND, 1) == b"de tweede stand (nl)"
    assert documents.work(watch=True) == 0  # nothing changed since: nothing rendered
    assert len(source.renders) == 2


def test_a_language_asked_for_once_is_kept_current_too(source):
    with translation.override("en"), pytest.raises(documents.NotReady):
        documents.fetch(KIND, 1)
    assert documents.work(watch=True) == 2
    source.data[1] = "de tweede stand"
    assert documents.work(watch=True) == 2
    with translation.override("en"):
        assert documents.fetch(KIND, 1) == b"de tweede stand (en)"
    assert sorted(source.renders[2:]) == [(1, "en"), (1, "nl")]


def test_while_one_render_runs_no_second_one_starts(source):
    documents.work(watch=True)
    source.data[1] = "de tweede stand"
    documents.notice_changes()
    # Another worker (or an app server's preview) holds the document: it renders it.
    Document.objects.update(claim="ander", claimed_until=timezone.now() + datetime.timedelta(60))
    assert documents.work(watch=True) == 0
    with pytest.raises(documents.NotReady):
        documents.fetch(KIND, 1)
    with pytest.raises(documents.NotReady):
        documents.render_now(KIND, 1, lambda: b"een voorproef")
    assert len(source.renders) == 1
    # A worker that died frees the document once its lease has passed.
    Document.objects.update(claimed_until=timezone.now() - datetime.timedelta(seconds=1))
    assert documents.work() == 1
    assert documents.fetch(KIND, 1) == b"de tweede stand (nl)"


def test_a_preview_is_rendered_at_once_and_never_kept(source):
    made = []
    assert documents.render_now(KIND, 7, lambda: made.append(1) or b"concept") == b"concept"
    assert Document.objects.get(subject=7).content is None
    assert documents.render_now(KIND, 7, lambda: made.append(1) or b"concept") == b"concept"
    assert made == [1, 1]


def test_a_document_that_is_no_longer_public_is_removed(source):
    documents.work(watch=True)
    with pytest.raises(documents.NotReady), translation.override("en"):
        documents.fetch(KIND, 1)  # asked for in English too
    del source.data[1]
    assert documents.work(watch=True) == 0
    assert not Document.objects.filter(language="en").exists()


def test_a_failed_render_is_tried_again_later_not_at_once(source, caplog):
    source.during_render = lambda: 1 / 0
    with pytest.raises(documents.NotReady):
        documents.fetch(KIND, 1)
    assert documents.work() == 0
    assert "Could not render test.document #1 (nl)" in caplog.text
    assert documents.work() == 0 and caplog.text.count("Could not render") == 1
    source.during_render = None
    Document.objects.update(claimed_until=timezone.now() - datetime.timedelta(seconds=1))
    assert documents.work() == 1


def test_erasure_deletes_every_copy_that_may_name_a_person(source):
    documents.register("test.public", states=source.states, render=source.render, personal=False)
    try:
        documents.work(watch=True)
        assert Document.objects.exclude(content=None).count() == 2
        generations.forget_rendered_pages()
        assert list(Document.objects.values_list("kind", flat=True)) == ["test.public"]
        # A render under way when the person is erased keeps nothing of what it read.
        source.data[1] = "de tweede stand"
        source.during_render = generations.forget_rendered_pages
        documents.work(watch=True)
        assert not Document.objects.filter(kind=KIND).exclude(content=None).exists()
    finally:
        documents.KINDS.pop("test.public")


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_workers_at_once_render_a_document_once(source):
    """Two jobs (two servers' loops, or a loop and cron) reach the same document together."""
    with pytest.raises(documents.NotReady):
        documents.fetch(KIND, 1)
    together = threading.Barrier(2)
    source.during_render = lambda: time.sleep(0.5)  # the other one arrives mid-render

    def worker():
        try:
            together.wait()
            documents.work()
        finally:
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert source.renders == [(1, "nl")]
    assert documents.fetch(KIND, 1) == b"de eerste stand (nl)"


def test_the_admin_shows_which_documents_are_current_and_changes_none(client, source):
    documents.work(watch=True)
    source.data[1] = "de tweede stand"
    documents.notice_changes()  # asked for again: not current until the job came round
    client.force_login(User.objects.create_superuser("b@example.org", "x", display_name="B"))
    page = client.get("/beheer/core/document/")
    assert page.status_code == 200
    html = page.content.decode()
    assert KIND in html and 'alt="False"' in html
    row = Document.objects.get()
    assert client.get(f"/beheer/core/document/{row.pk}/delete/").status_code == 403
