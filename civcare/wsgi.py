"""WSGI entry point, used by gunicorn: `gunicorn civcare.wsgi`."""

import gc
import logging
import os

from django.core.wsgi import get_wsgi_application
from django.urls import get_resolver

from civcare.core import identifiability

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "civcare.settings")

application = get_wsgi_application()

# Import every view now (the URL configuration and all it names), not on the first
# visitor's request, which otherwise waits a second or more after each (re)start.
get_resolver().resolve("/")

# The herleidbaarheidscheck's lookup lists (about a second): loaded here, never in a request.
try:
    identifiability.load()
except identifiability.NotPrepared:
    logging.getLogger("civcare").error(
        "Herleidbaarheidscheck niet voorbereid: run `make install`", exc_info=True
    )

# Everything made so far lives as long as the process: leave it out of the garbage
# collector's rounds (gc.freeze), which otherwise walk these hundreds of thousands of
# objects again and again while requests make and drop their own.
gc.freeze()
