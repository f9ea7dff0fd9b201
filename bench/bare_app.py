"""The ceiling civcare's pages are compared with: the smallest Django app there is.

settings.configure with SecurityMiddleware and CommonMiddleware only, one view returning
"ok". bench/run starts it under the same gunicorn settings as civcare (gunicorn
bench.bare_app:application) and measures it in the same rounds, so every page's figure
is a share of what Django itself can serve on this machine at that moment.
"""

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path

settings.configure(
    DEBUG=False,
    SECRET_KEY="bare-" + "b" * 60,
    ALLOWED_HOSTS=["127.0.0.1", "localhost"],
    ROOT_URLCONF=__name__,
    MIDDLEWARE=[
        "django.middleware.security.SecurityMiddleware",
        "django.middleware.common.CommonMiddleware",
    ],
)


def ok(request):
    return HttpResponse("ok\n", content_type="text/plain; charset=utf-8")


urlpatterns = [path("ping", ok)]

application = get_wsgi_application()
