"""The board's decision and the adoption of a version (four eyes)."""

from __future__ import annotations

import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from civcare.core.audit import InvalidTransition
from papers import following
from papers.canonical import content_hash
from papers.models import Paper, PaperVersion

from .. import notifications
from ..models import BoardDecision
from ..selectors import promotion_blockers
from .base import MSG_DECISION_IN_THE_FUTURE, Action, Status, _check, _event, _lock


@transaction.atomic
def record_decision(
    version: PaperVersion, *, by, decided_on: datetime.date, reference: str, minutes_url: str = ""
) -> BoardDecision:
    _check(by)
    version = _lock(version)
    if version.status != Status.DRAFT:
        raise InvalidTransition(
            _(
                "Een bestuursbesluit hoort bij een versie in voorbereiding; %(version)s is "
                "'%(status)s'."
            )
            % {"version": version, "status": version.get_status_display()}
        )
    if version.based_on and version.based_on.status == Status.CONSULTATION:
        raise InvalidTransition(
            _("Sluit eerst de consultatie van %(version)s.") % {"version": version.based_on}
        )
    if not reference.strip():
        raise InvalidTransition(_("Vul het kenmerk van het besluit in."))
    if decided_on > timezone.localdate():
        raise InvalidTransition(str(MSG_DECISION_IN_THE_FUTURE))
    decision, _created = BoardDecision.objects.update_or_create(
        version=version,
        defaults={
            "decided_on": decided_on,
            "reference": reference.strip(),
            "minutes_url": minutes_url.strip(),
            "recorded_by": by,
        },
    )
    _event(
        version,
        by=by,
        action=Action.DECISION_RECORDED,
        from_status=version.status,
        note=f"{decision.reference}, {decided_on:%Y-%m-%d}",
    )
    return decision


@transaction.atomic
def promote(version: PaperVersion, *, by) -> PaperVersion:
    """Adopt the version (vastgesteld kaderdocument); the version it replaces stays readable."""
    _check(by)
    # Lock the paper first: two editors promoting at once are served one after the other,
    # and the second finds the version already adopted.
    Paper.objects.select_for_update().get(pk=version.paper_id)
    version = _lock(version)
    if version.status == Status.ADOPTED:
        raise InvalidTransition(_("%(version)s is al vastgesteld.") % {"version": version})
    missing = promotion_blockers(version, by=by)
    if missing:
        raise InvalidTransition(
            _("Vaststellen kan nog niet: %(list)s") % {"list": " ".join(missing)}, missing=missing
        )
    decision = version.board_decision
    for previous in (
        version.paper.versions.filter(status__in=[Status.ADOPTED, Status.CLOSED])
        .exclude(pk=version.pk)
        .select_for_update()
    ):
        old_status = previous.status
        previous.status = Status.SUPERSEDED
        previous.save(update_fields=["status", "updated_at"])
        _event(
            previous,
            by=by,
            action=Action.SUPERSEDED,
            from_status=old_status,
            note=_("vervangen door %(v)s") % {"v": version.label},
        )
    version.status = Status.ADOPTED
    version.adopted_on = decision.decided_on
    version.date = version.date or decision.decided_on
    version.content_hash = content_hash(version)
    version.save(update_fields=["status", "adopted_on", "date", "content_hash", "updated_at"])
    _event(
        version,
        by=by,
        action=Action.ADOPTED,
        from_status=Status.DRAFT,
        note=f"{decision.reference}; SHA-256 {version.content_hash}",
    )
    following.notify(version, following.Step.ADOPTED)
    notifications.tell_authors(version)
    return version
