import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

pytestmark = pytest.mark.django_db

PROBE = """
import django
django.setup()
from django.test import Client
response = Client().get("/healthz")
print(response.status_code)
print(response["Content-Type"])
print(response.content.decode())
"""


def test_healthz_answers_ok_when_the_database_is_reachable(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok\n"
    assert response["Content-Type"].startswith("text/plain")
    assert "no-cache" in response["Cache-Control"]


def test_healthz_answers_503_in_plain_text_when_the_database_is_down():
    """A separate process whose database is a closed port: a real failure, nothing mocked."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "civcare.settings_test",
        "DATABASE_URL": "postgres://civcare@127.0.0.1:9/civcare",
        "DATABASE_POOL": "1",
    }
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=Path(settings.BASE_DIR),
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
    )
    status, content_type, *body = result.stdout.splitlines()
    assert status == "503"
    assert content_type.startswith("text/plain")
    assert body[0] == "database unavailable"
    assert "Traceback" not in result.stdout
