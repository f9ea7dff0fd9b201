import logging

from csp.utils import build_policy
from django.conf import settings
from django.contrib.messages.middleware import MessageMiddleware
from django.contrib.messages.storage import default_storage
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.functional import SimpleLazyObject, empty

from civcare.core.language import chosen_language

logger = logging.getLogger("civcare.database")


class DutchFirstLocaleMiddleware:
    """The interface language of each request: Dutch unless the visitor chose otherwise
    (civcare.core.language.chosen_language)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = chosen_language(request)
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        headers = response.headers
        headers.setdefault("Content-Language", language)
        # The page depends on the language cookie. Most responses carry no Vary yet: set
        # it without parsing (patch_vary_headers does, for the others).
        if "Vary" in headers:
            patch_vary_headers(response, ["Cookie"])
        else:
            headers["Vary"] = "Cookie"
        return response


class SecurityHeadersMiddleware:
    """The Content-Security-Policy and Permissions-Policy of every page, as two fixed strings.

    django-csp's middleware rebuilds the policy from the settings on every response (it
    supports per-view changes and nonces, which this site does not use): about a sixth of
    the whole stack's cost on a cached page. The policy is built once, with django-csp's
    own builder, from the same CONTENT_SECURITY_POLICY setting.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.headers = {
            "Content-Security-Policy": build_policy(),
            "Permissions-Policy": settings.PERMISSIONS_POLICY,
        }

    def __call__(self, request):
        response = self.get_response(request)
        for name, value in self.headers.items():
            response.headers.setdefault(name, value)
        return response


class LazyMessageMiddleware(MessageMiddleware):
    """Django's message middleware, with the message storage made when first used.

    Django builds the storage (a cookie and a session backend) for every request and asks
    it to store on every response; most responses (every cached page, /ping, feeds) never
    show or add a message. Adding or reading one makes it, and it is stored as before.
    A plain __call__ instead of MiddlewareMixin's hooks: this runs on every request.
    """

    async_capable = False  # under ASGI, Django adapts it (the __call__ below is sync)

    def __call__(self, request):
        storage = SimpleLazyObject(lambda: default_storage(request))
        request._messages = storage
        response = self.get_response(request)
        if getattr(request, "_messages", None) is storage and storage._wrapped is empty:
            return response  # never used: nothing to store or to clear
        return self.process_response(request, response)


class DatabaseUnavailableMiddleware:
    """When PostgreSQL is unreachable, say so plainly and give back what was typed.

    A reflection written while the database is down must not be silently lost: the person
    sees that it was not saved, with their text to copy, and nothing else is attempted.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        # Only a lost or refused connection is an outage; a DataError or IntegrityError is a
        # bug in this code and must surface as one (a 500 with its traceback in the log).
        if not isinstance(exception, OperationalError | InterfaceError):
            return None
        logger.error("Database unavailable: %s", exception)
        text = request.POST.get("body", "") if request.method == "POST" else ""
        html = render_to_string("503.html", {"text": text})
        response = HttpResponse(html, status=503, content_type="text/html; charset=utf-8")
        response["Retry-After"] = "60"
        return response
