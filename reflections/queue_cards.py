"""The cards of the moderation queue, around each reflection's cached text.

The text of a card is rendered once per version of the reflection and cached for every
moderator (civcare.core.fragments). What is around it is per moderator and per moment: how
long it waits, who has it open, the buttons and the way back. It used to be rendered by the
template, twenty-five times a page; built here, with each phrase translated once per page,
it costs a fifth of that, and a full queue no longer takes twice as long as an empty one
(bench/run).
"""

from __future__ import annotations

from django.utils import dateformat
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.timesince import timesince
from django.utils.timezone import localtime
from django.utils.translation import gettext as _


def phrases() -> dict[str, str]:
    """Every phrase of a card, in the active language, translated once for the page."""
    return {
        "waiting": _("Wacht sinds %(since)s"),
        "claim": _("In behandeling bij %(name)s (tot %(until)s)"),
        "own": _("Uw eigen reflectie: een andere moderator beoordeelt haar."),
        "choose": _("Kies #%(pk)s om in één keer te publiceren"),
        "request": _("Verzoek van %(name)s (%(date)s):"),
        "reports": _("Meldingen beoordelen"),
        "approve": _("Publiceren"),
        "decline": _("Niet plaatsen…"),
        "revision": _("Aanpassing vragen…"),
        "redact": _("Herkenbare gegevens weglaten…"),
        "history": _("Geschiedenis en notities"),
    }


def with_cards(rows: list) -> list:
    """The rows (views/moderation.py: QueueRow), each with its card."""
    words = phrases()
    for row in rows:
        row.card = card(row, words)
    return rows


def card(row, words: dict[str, str]) -> SafeString:
    """One <li> of the queue: ``row`` is a views.moderation.QueueRow."""
    reflection = row.reflection
    pk = reflection.pk
    waiting = words["waiting"] % {"since": timesince(reflection.submitted_at)}
    claim = (
        format_html(
            ' · <strong class="claim">{}</strong>',
            words["claim"]
            % {
                "name": row.claim.moderator.display_name,
                "until": dateformat.time_format(localtime(row.claim.expires_at), "H:i"),
            },
        )
        if row.claim
        else ""
    )
    if row.is_own:
        choice = format_html('<p class="notice">{}</p>', words["own"])
    elif row.selectable:
        choice = format_html(
            '<div class="checkbox"><input type="checkbox" name="selected" value="{}:{}" '
            'id="kies-{}"><label for="kies-{}">{}</label></div>',
            pk, reflection.waiting_digest, pk, pk, words["choose"] % {"pk": pk},
        )  # fmt: skip
    else:
        choice = ""
    request = (
        format_html(
            '<p class="mod-item__request small">{} {}</p>',
            words["request"]
            % {
                "name": row.request.actor_name,
                "date": dateformat.format(localtime(row.request.created_at), "j F Y, H:i"),
            },
            row.request.reason,
        )
        if row.request
        else ""
    )
    return format_html(
        '<li class="mod-item" id="{}"><p class="mod-item__waiting small">{}{}</p>{}{}{}{}</li>',
        reflection.anchor, waiting, claim, choice, row.html, request, _actions(row, words),
    )  # fmt: skip


def _actions(row, words: dict[str, str]) -> SafeString:
    if row.is_own:
        return mark_safe("")
    reflection, url = row.reflection, row.detail_url
    number = format_html('<span class="visually-hidden"> #{}</span>', reflection.pk)
    if reflection.report_count or reflection.is_hidden:
        buttons = format_html('<a href="{}" class="button">{}{}</a>', url, words["reports"], number)
    else:
        # What the moderator read: publishing is refused if the author changed it since.
        value = f"{reflection.pk}:{reflection.waiting_digest}"
        landing = (
            format_html(
                '<input type="hidden" name="na-{}" value="{}">', reflection.pk, row.next_anchor
            )
            if row.next_anchor
            else mark_safe("")
        )
        buttons = landing + format_html(
            '<button type="submit" name="approve" value="{}" class="button">{}{}</button> '
            '<a href="{}#weigeren">{}{}</a>',
            value, words["approve"], number, url, words["decline"], number,
        )  # fmt: skip
        if reflection.is_pending:
            buttons += format_html(
                ' <a href="{}#aanpassing">{}{}</a>', url, words["revision"], number
            )
        if reflection.findings:
            buttons += format_html(' <a href="{}#weglaten">{}{}</a>', url, words["redact"], number)
    return format_html(
        '<div class="mod-item__actions">{} <a href="{}">{}{}</a></div>',
        buttons, url, words["history"], number,
    )  # fmt: skip
