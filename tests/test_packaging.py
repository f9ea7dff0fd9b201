"""Installs are reproducible: every dependency is pinned with hashes in requirements.lock,
and that lock is what make install (and so make run, make test and CI) installs."""

import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

from django.conf import settings

BASE = Path(settings.BASE_DIR)


def _name(requirement: str) -> str:
    return re.split(r"[\s\[<>=!~;]", requirement.strip(), maxsplit=1)[0].lower().replace("_", "-")


def locked() -> dict[str, str]:
    """name -> the block of the lock that pins it."""
    text = (BASE / "requirements.lock").read_text(encoding="utf-8")
    blocks = re.split(r"\n(?=[a-z0-9])", text)
    return {_name(block): block for block in blocks if re.match(r"[a-z0-9].*==", block)}


def test_every_declared_dependency_is_pinned_with_hashes():
    project = tomllib.loads((BASE / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = [*project["dependencies"], *project["optional-dependencies"]["dev"]]
    pins = locked()
    missing = [_name(r) for r in declared if _name(r) not in pins]
    assert not missing, f"not in requirements.lock (run make lock): {missing}"
    unhashed = [name for name, block in pins.items() if "--hash=sha256:" not in block]
    assert not unhashed, unhashed


def test_make_install_uses_the_lock_and_checks_hashes():
    makefile = (BASE / "Makefile").read_text(encoding="utf-8")
    assert "pip install --quiet --require-hashes -r requirements.lock" in makefile
    assert "'.[dev]'" not in makefile  # no unpinned resolution any more


def test_make_install_first_installs_the_locked_pip_from_the_lock():
    """A fresh `python3 -m venv` brings the pip its Python shipped with (23.2 with 3.11.7),
    which resolves WeasyPrint's `fonttools[woff]` extra outside the lock and stops in
    --require-hashes mode. The Makefile installs the lock's own pip first: the command it
    runs to cut that pin out of the lock must give exactly the pip block, with its hashes."""
    makefile = (BASE / "Makefile").read_text(encoding="utf-8")
    recipe = makefile.split("$(STAMP): requirements.lock\n", 1)[1].split("\n\n", 1)[0]
    lines = [line.strip() for line in recipe.splitlines()]
    awk_line = next(line for line in lines if line.startswith("awk "))
    pip_first = lines.index(
        "$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r $(VENV)/pip.lock"
    )
    assert pip_first < lines.index(
        "$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock"
    )
    # The recipe's awk program, with make's `$$` and the redirect undone, run on the real lock.
    program = awk_line.split("'")[1].replace("$$", "$")
    cut = subprocess.run(
        ["awk", program, str(BASE / "requirements.lock")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert cut.strip() == locked()["pip"].split("\n    #", 1)[0].strip()
    assert cut.startswith("pip==") and cut.count("--hash=sha256:") >= 1
    assert "--find-links" not in (BASE / "requirements.lock").read_text(encoding="utf-8")


def test_the_licence_is_an_spdx_expression():
    project = tomllib.loads((BASE / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "EUPL-1.2"  # the table form stops building in 2027


def test_a_fresh_process_starts_the_site_without_an_import_cycle():
    """The test run imports modules in its own order; a server starts from the URL conf. A
    circular import that only bites at start-up (it once did, between the governance
    selectors and transitions) is caught here, in a fresh interpreter."""
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        capture_output=True,
        text=True,
        env={**os.environ, "DEBUG": "1"},
        timeout=120,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert result.returncode == 0, result.stderr[-2000:]


def test_the_lock_names_the_extras_its_packages_ask_for():
    """WeasyPrint asks for fonttools[woff]; a lock that names only "fonttools" leaves the
    extra open, and the pip a fresh venv brings (23.2) then stops in --require-hashes mode
    ("must have their versions pinned with =="). The lock names it, and `make lock` keeps
    extras (no --strip-extras)."""
    lock = (BASE / "requirements.lock").read_text(encoding="utf-8")
    assert re.search(r"^fonttools\[woff\]==", lock, re.M)
    assert "--strip-extras" not in (BASE / "Makefile").read_text(encoding="utf-8")


def test_every_folder_with_tests_is_one_pytest_collects():
    """governance/ and public/ became top-level folders (#30): left out of testpaths, their
    400 tests would silently not run."""
    import tomllib

    paths = set(tomllib.loads((BASE / "pyproject.toml").read_text())["tool"]["pytest"]
                ["ini_options"]["testpaths"])  # fmt: skip
    outside = {".venv", "node_modules", ".git"}
    folders = {
        path.relative_to(BASE).parts[0]
        for path in BASE.rglob("test_*.py")
        if not outside & set(path.relative_to(BASE).parts) and path.parent != BASE
    }
    assert folders <= paths, folders - paths
