"""Sending the platform's own emails (allauth sends its own): Dutch, plain text, never fatal.

A failing mail server must not undo or break the action that caused the email, so
callers schedule these with transaction.on_commit and failures are logged, not raised.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation

logger = logging.getLogger(__name__)


def absolute(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def send(template: str, context: dict, recipients: list[str], headers: dict | None = None) -> bool:
    """Render ``<template>_subject.txt`` and ``<template>.txt`` and send them; True if sent."""
    recipients = [r for r in recipients if r]
    if not recipients:
        return False
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string(f"{template}_subject.txt", context).strip()
        body = render_to_string(f"{template}.txt", context)
    try:
        EmailMessage(
            f"[CIV-CARE] {subject}",
            body,
            settings.DEFAULT_FROM_EMAIL,
            recipients,
            headers=headers,
        ).send(fail_silently=False)
    except Exception:
        logger.warning(
            "Could not send %s to %d recipient(s)", template, len(recipients), exc_info=True
        )
        return False
    return True
