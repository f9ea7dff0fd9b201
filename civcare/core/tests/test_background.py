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
