import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings


def run_settings(**env_overrides: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DEBUG"}}
    env.update(env_overrides, DJANGO_SETTINGS_MODULE="civcare.settings")
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); "
            "from django.conf import settings as s; print(s.DEBUG, s.LANGUAGE_CODE, s.TIME_ZONE)",
        ],
        cwd=Path(settings.BASE_DIR),
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = run_settings()
    assert result.returncode != 0
    assert "SECRET_KEY must be set when DEBUG is off" in result.stderr


def test_defaults_are_dutch_amsterdam_and_debug_off():
    result = run_settings(SECRET_KEY="x" * 50)
    assert result.stdout.split() == ["False", "nl", "Europe/Amsterdam"]


def test_development_runs_without_configuration():
    assert run_settings(DEBUG="1").stdout.split()[0] == "True"


def test_sqlite_is_the_default_database():
    assert settings.DATABASES["default"]["ENGINE"] in {
        "django.db.backends.sqlite3",
        "civcare.core.postgresql",  # when DATABASE_URL points at PostgreSQL (CI)
    }


def test_production_cookies_and_transport_are_secure():
    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_SSL_REDIRECT, "
        "s.SECURE_HSTS_SECONDS > 0, s.SESSION_COOKIE_HTTPONLY)"
    )
    env = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "SECURE_SSL_REDIRECT"}}
    env.update(SECRET_KEY="x" * 50, DJANGO_SETTINGS_MODULE="civcare.settings")
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=Path(settings.BASE_DIR),
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.stdout.split() == ["True"] * 5


def test_language_switch_is_a_link_and_stays_on_the_site(client):
    response = client.get("/taal/en/", {"next": "/papers/"})
    assert response.status_code == 302 and response["Location"] == "/papers/"
    assert response.cookies["django_language"].value == "en"
    away = client.get("/taal/en/", {"next": "https://evil.example/"})
    assert away["Location"] == "/"
    assert client.get("/taal/xx/").status_code == 404


@pytest.mark.parametrize("typo", ["flase", "nein", "2", "Y"])
def test_an_unknown_yes_no_value_stops_start_up(typo):
    result = run_settings(SECRET_KEY="x" * 50, SECURE_COOKIES=typo)
    assert result.returncode != 0
    assert f"SECURE_COOKIES={typo!r} is not a yes/no value" in result.stderr


@pytest.mark.parametrize(("word", "debug"), [("0", "False"), ("nee", "False"), ("Ja", "True")])
def test_known_yes_no_words_are_read(word, debug):
    assert run_settings(SECRET_KEY="x" * 50, DEBUG=word).stdout.split()[0] == debug


def test_make_run_links_its_emails_to_the_address_it_serves():
    """Mail from `make run` linked to 127.0.0.1:8000 whatever address the site was on."""
    import shutil

    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    planned = subprocess.run(
        ["make", "-n", "run", "HOST=0.0.0.0", "PORT=8123"],
        cwd=Path(settings.BASE_DIR),
        capture_output=True,
        text=True,
        timeout=30,
    ).stdout
    commands = [line for line in planned.splitlines() if "runserver" in line or "--loop" in line]
    assert len(commands) == 2, planned
    assert all("SITE_URL=http://0.0.0.0:8123" in line for line in commands)
