"""Every text in the code and templates is in the English catalog (so English is complete)."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import polib
from django.conf import settings


def test_catalog_knows_every_interface_text(tmp_path):
    project = tmp_path / "project"
    shutil.copytree(
        Path(settings.BASE_DIR),
        project,
        ignore=shutil.ignore_patterns(
            ".venv",
            ".git",
            "node_modules",
            "staticfiles",
            "__pycache__",
            "*.sqlite3",
            "fixtures",
            ".pytest_cache",
            ".ruff_cache",
            "artifacts",
            "bench",
        ),
    )
    env = {**os.environ, "DEBUG": "1", "DJANGO_SETTINGS_MODULE": "civcare.settings"}
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "en", "--no-obsolete"],
        cwd=project,
        env=env,
        check=True,
        capture_output=True,
        timeout=120,
    )
    catalog = polib.pofile(str(project / "locale" / "en" / "LC_MESSAGES" / "django.po"))
    missing = [e.msgid for e in catalog if not e.obsolete and not e.translated()]
    assert missing == [], (
        "Run `manage.py makemessages -l en` and translate these texts in "
        f"locale/en/LC_MESSAGES/django.po: {missing[:20]}"
    )
