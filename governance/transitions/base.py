"""What every governance transition shares: the editor check, the row lock, the audit row.

``by=None`` is the operator at the command line (management commands only); views always
pass the signed-in user.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy

from civcare.core.audit import InvalidTransition, locked, log_action
from papers.models import PaperEvent, PaperVersion
from papers.permissions import is_editor

from ..bulk import published_ids
from ..models import MSG_CODING_FIXED, can_code

Status = PaperVersion.Status
Action = PaperEvent.Action


# A version would read "Vastgesteld op" a day that has not come yet.
MSG_DECISION_IN_THE_FUTURE = gettext_lazy(
    "Een bestuursbesluit ligt niet in de toekomst: vul de datum van het besluit in."
)


# Readers are told the planned closing date: one that has passed tells them nothing true
# (#29: "1 januari 2020" was accepted and shown). A date has no time: today may still be it.
MSG_CLOSING_IN_THE_PAST = gettext_lazy(
    "De geplande sluitingsdatum ligt in het verleden. Kies vandaag of een latere datum."
)


def _check(by) -> None:
    if by is not None and not is_editor(by):
        raise PermissionDenied


def _lock(version: PaperVersion) -> PaperVersion:
    return locked(version, "paper", "based_on")


def _event(version, *, by, action, from_status="", note="") -> PaperEvent:
    return log_action(
        PaperEvent,
        version=version,
        actor=by,
        action=action,
        from_status=from_status,
        to_status=version.status,
        note=note,
    )


def _coding_allowed(version: PaperVersion) -> None:
    if not can_code(version):
        raise InvalidTransition(str(MSG_CODING_FIXED))


def _reflections_of(version: PaperVersion, ids) -> list[int]:
    """The published reflections on ``version`` among ``ids``: all of them, or a refusal that
    names the others (a selection is applied completely or not at all)."""
    return published_ids(version, ids)


def _numbers(ids) -> str:
    return ", ".join(f"#{pk}" for pk in ids)
