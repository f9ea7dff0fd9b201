"""Opening, planning the close of, and closing a version's public consultation."""

from __future__ import annotations

import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from civcare.core.audit import InvalidTransition
from papers import following
from papers.models import PaperVersion, rerender_references_to

from .base import MSG_CLOSING_IN_THE_PAST, Action, Status, _check, _event, _lock


def _refuse_a_past_closing_date(closes_on: datetime.date | None) -> None:
    if closes_on is not None and closes_on < timezone.localdate():
        raise InvalidTransition(str(MSG_CLOSING_IN_THE_PAST))


@transaction.atomic
def open_consultation(
    version: PaperVersion, *, by=None, closes_on: datetime.date | None = None
) -> PaperVersion:
    _check(by)
    version = _lock(version)
    if version.status == Status.CONSULTATION:
        return version  # already open: nothing to do
    if version.status != Status.DRAFT:
        raise InvalidTransition(
            _("Alleen een versie in voorbereiding kan in consultatie; %(version)s is '%(status)s'.")
            % {"version": version, "status": version.get_status_display()}
        )
    if version.paper.versions.filter(status=Status.CONSULTATION).exclude(pk=version.pk).exists():
        raise InvalidTransition(
            _("Er loopt al een consultatie voor %(paper)s. Sluit die eerst.")
            % {"paper": version.paper.code}
        )
    _refuse_a_past_closing_date(closes_on)
    was_public = version.paper.versions.public().exists()
    version.status = Status.CONSULTATION
    version.consultation_closes_on = closes_on
    version.save(update_fields=["status", "consultation_closes_on", "updated_at"])
    _event(
        version,
        by=by,
        action=Action.CONSULTATION_OPENED,
        from_status=Status.DRAFT,
        note=f"sluit gepland op {closes_on:%Y-%m-%d}" if closes_on else "",
    )
    if not was_public:
        # Papers that announced this one ("aangekondigd") can now link to it.
        rerender_references_to(version.paper.code)
    following.notify(version, following.Step.OPENED)
    return version


@transaction.atomic
def plan_closing(version: PaperVersion, *, by, closes_on: datetime.date | None) -> PaperVersion:
    _check(by)
    version = _lock(version)
    if version.status != Status.CONSULTATION:
        raise InvalidTransition(_("Een sluitingsdatum plant u voor een lopende consultatie."))
    _refuse_a_past_closing_date(closes_on)
    version.consultation_closes_on = closes_on
    version.save(update_fields=["consultation_closes_on", "updated_at"])
    _event(
        version,
        by=by,
        action=Action.CLOSING_PLANNED,
        from_status=version.status,
        note=f"{closes_on:%Y-%m-%d}" if closes_on else "geen",
    )
    return version


@transaction.atomic
def close_consultation(version: PaperVersion, *, by) -> PaperVersion:
    """Closing requires nothing: posting stops at once; moderation of what came in goes on."""
    _check(by)
    version = _lock(version)
    if version.status == Status.CLOSED:
        return version
    if version.status != Status.CONSULTATION:
        raise InvalidTransition(
            _("Alleen een lopende consultatie kan worden gesloten; %(version)s is '%(status)s'.")
            % {"version": version, "status": version.get_status_display()}
        )
    version.status = Status.CLOSED
    version.save(update_fields=["status", "updated_at"])
    _event(
        version,
        by=by,
        action=Action.CONSULTATION_CLOSED,
        from_status=Status.CONSULTATION,
    )
    following.notify(version, following.Step.CLOSED)
    return version


@transaction.atomic
def set_reflection_policy(version: PaperVersion, *, by, accepts: bool) -> PaperVersion:
    """Whether an adopted version still accepts new reflections (default: no)."""
    _check(by)
    version = _lock(version)
    version.accepts_reflections_after_adoption = accepts
    version.save(update_fields=["accepts_reflections_after_adoption", "updated_at"])
    _event(
        version,
        by=by,
        action=Action.REFLECTION_POLICY,
        from_status=version.status,
        note="open" if accepts else "gesloten",
    )
    return version
