"""What every governance transition shares: the editor check, the row lock, the audit row.

``by=None`` is the operator at the command line (management commands only); views always
pass the signed-in user.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy

from civcare.core.audit import locked, log_action
from papers.models import PaperEvent, PaperVersion
from papers.permissions import is_editor

Status = PaperVersion.Status
Action = PaperEvent.Action


# A version would read "Vastgesteld op" a day that has not come yet.
MSG_DECISION_IN_THE_FUTURE = gettext_lazy(
    "Een bestuursbesluit ligt niet in de toekomst: vul de datum van het besluit in."
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
