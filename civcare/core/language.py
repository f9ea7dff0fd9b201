"""Which interface language a request is served in."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest

SUPPORTED = frozenset(code for code, _name in settings.LANGUAGES)


def chosen_language(request: HttpRequest) -> str:
    """Dutch unless the visitor chose another language with the language switch.

    Django's LocaleMiddleware follows the browser's Accept-Language, which would show many
    Dutch readers (with an English browser) an English interface around Dutch papers. The
    foundation's platform is Dutch first; English is an explicit choice, remembered in the
    language cookie that the language switch writes.
    """
    chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
    return chosen if chosen in SUPPORTED else settings.LANGUAGE_CODE
