"""The background job's registry (civcare/core/background.py): a slice of every task per
round; one task failing stops neither the others nor the job."""

import pytest

from civcare.core import background


@pytest.fixture
def tasks(monkeypatch):
    registered = []
    monkeypatch.setattr(background, "TASKS", registered)
    return registered


def test_a_failing_task_does_not_stop_the_others(tasks, caplog):
    done = []

    def broken() -> int:
        raise RuntimeError("model gone")

    def working() -> int:
        done.append(1)
        return 1 if len(done) < 3 else 0

    tasks += [broken, working]
    assert background.run() == 1  # one slice
    assert "Background task failed" in caplog.text
    assert background.run(seconds=10) == 1  # slices until nothing is left
    assert len(done) == 3


def test_with_seconds_it_stops_when_the_time_is_up(tasks):
    calls = []

    def endless() -> int:
        calls.append(1)
        return 1

    tasks.append(endless)
    assert background.run(seconds=0) == 1
    # A task that always finds more work: the slices stop when the time is up.
    assert background.run(seconds=0.05) == len(calls) - 1 > 1


# serialized_rollback, as every test here that commits: the flush after it would otherwise
# run post_migrate and leave rows the next such test loads again (duplicate keys).
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_work_ahead_runs_at_the_lower_priority_and_the_job_does_not_wait_for_it(
    settings, monkeypatch
):
    """The groups and clusters the job works out ahead only fill the cache: they run in the
    job's low-priority thread (BACKGROUND_NICENESS), where they read the database through a
    connection of their own, closed after. The job's own thread keeps its priority and does
    not wait for them (its mail and PDFs go on; on a busy machine the work ahead may take
    minutes), and starts them again only when the last run is over; a preparer that fails
    stops neither the others nor the job."""
    import os
    import threading

    from django.db import connections

    from civcare.core import documents
    from papers.models import Paper
    from papers.tests.factories import build_paper

    settings.BACKGROUND_NICENESS = 19
    build_paper(code="SHPP003-81")
    here = threading.get_native_id()
    before = os.getpriority(os.PRIO_PROCESS, here)
    seen, release = [], threading.Event()

    def broken() -> int:
        raise RuntimeError("cache gone")

    def prepare() -> int:
        native = threading.get_native_id()
        seen.append((native, os.getpriority(os.PRIO_PROCESS, native), Paper.objects.count()))
        return 1

    def slow() -> int:
        release.wait(10)
        return 0

    monkeypatch.setattr(documents, "PREPARERS", [broken, prepare, slow])
    documents._prepare()
    running = documents._ahead[0]
    assert not running.done()  # the job's thread went on
    documents._prepare()  # the last run is not over: not started again
    assert documents._ahead[0] is running
    release.set()
    assert running.result(timeout=10) == 1
    ((native, priority, papers),) = seen
    assert native != here and priority == max(before, 19) and papers == 1
    assert os.getpriority(os.PRIO_PROCESS, here) == before
    # Closed after: nothing of the thread's holds the database (Django never closes SQLite's
    # in-memory test database; CI runs this on PostgreSQL).
    left = background._yielding.submit(lambda: connections["default"]).result()
    assert left.connection is None or left.is_in_memory_db()
