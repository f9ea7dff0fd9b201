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


def message(
    template: str,
    context: dict,
    recipients: list[str],
    headers: dict | None = None,
    connection=None,
) -> EmailMessage:
    """The email from ``<template>_subject.txt`` and ``<template>.txt``, in the site's language.

    ``connection``: one open mail connection for a batch (papers.following)."""
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string(f"{template}_subject.txt", context).strip()
        body = render_to_string(f"{template}.txt", context)
    return EmailMessage(
        f"[CIV-CARE] {subject}",
        body,
        settings.DEFAULT_FROM_EMAIL,
        recipients,
        headers=headers,
        connection=connection,
    )


def send(template: str, context: dict, recipients: list[str], headers: dict | None = None) -> bool:
    """Render and send ``template``; True if sent, False (logged) if the server refused."""
    recipients = [r for r in recipients if r]
    if not recipients:
        return False
    try:
        message(template, context, recipients, headers).send(fail_silently=False)
    except Exception:
        logger.warning(
            "Could not send %s to %d recipient(s)", template, len(recipients), exc_info=True
        )
        return False
    return True
