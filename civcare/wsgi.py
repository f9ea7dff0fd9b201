"""WSGI entry point, used by gunicorn: `gunicorn civcare.wsgi`."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "civcare.settings")

application = get_wsgi_application()
