"""Settings for the test suite: production settings with test-only keys and fast hashing.

Tests run with DEBUG off, like production; DATABASE_URL decides SQLite or PostgreSQL.
"""

import os

os.environ.setdefault("SECRET_KEY", "test-only-not-a-secret")
os.environ.setdefault("SECURE_SSL_REDIRECT", "0")
os.environ.setdefault("ALLOWED_HOSTS", "testserver,localhost,127.0.0.1")

from civcare.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# The manifest storage needs collectstatic; pages under test only need the URLs.
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# No collectstatic in tests: serve static files straight from the app folders.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
# A test asks for a PDF and then runs the job itself (civcare.core.documents.work): no
# request waits for a worker that does not run.
DOCUMENT_WAIT_SECONDS = 0
# The vectors of published texts (#31) are made where a test asks for them (the job's task
# with the model switched on, reflections/tests/test_vectors.py), not whenever a test runs
# the job for its mail.
EMBEDDINGS_ENABLED = False
# A test worker that loads the model keeps its priority (the suite's time).
BACKGROUND_NICENESS = 0
# No background job in a test: a page works out a new state at once (a test of the earlier
# state sets it).
EARLIER_RESULTS_SECONDS = 0
AHEAD_INTERVAL_SECONDS = 0
