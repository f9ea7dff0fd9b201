"""What became of each published reflection (verwerking), one disposition each."""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from civcare.core.audit import InvalidTransition, log_actions
from papers.caching import bump_after_commit
from papers.models import PaperEvent, PaperVersion, Section
from reflections.models import Reflection

from ..models import Disposition
from .base import Action, Status, _check, _event, _lock


def _checked_answer(
    draft: PaperVersion, *, kind: str, response: str, reason: str, section: Section | None
) -> tuple[str, str, Section | None]:
    """The answer as it will be stored, or a refusal that says what is missing."""
    if draft.status != Status.DRAFT:
        raise InvalidTransition(_("De verwerking wordt vastgelegd vóór de vaststelling."))
    if kind not in Disposition.Kind.values:
        raise InvalidTransition(_("Kies wat er met de reflectie is gebeurd."))
    if not response.strip():
        raise InvalidTransition(_("Schrijf een kort openbaar antwoord aan de auteur."))
    if section is not None:
        section = Section.objects.select_related("copied_from", "version").get(pk=section.pk)
    if kind == Disposition.Kind.INCORPORATED:
        if section is None or section.version_id != draft.pk or not section.differs_from_source():
            raise InvalidTransition(
                _("Kies de gewijzigde sectie van %(version)s waarin de reflectie is verwerkt.")
                % {"version": draft.label}
            )
    else:
        section = None
    if kind == Disposition.Kind.NOT_ADOPTED and not reason.strip():
        raise InvalidTransition(_("Geef kort de reden waarom de reflectie niet is overgenomen."))
    return response.strip(), reason.strip(), section


def _not_on_the_consulted_version(draft: PaperVersion) -> InvalidTransition:
    return InvalidTransition(
        _("Alleen gepubliceerde reflecties op %(version)s krijgen hier een verwerking.")
        % {"version": draft.based_on}
    )


@transaction.atomic
def record_disposition(
    reflection,
    *,
    by,
    draft: PaperVersion,
    kind: str,
    response: str,
    reason: str = "",
    section: Section | None = None,
) -> Disposition:
    """Say what became of a reflection; its author is told at adoption (nothing about me
    without me), with everything else that became of theirs."""
    _check(by)
    draft = _lock(draft)
    reflection = Reflection.objects.select_for_update().get(pk=reflection.pk)
    response, reason, section = _checked_answer(
        draft, kind=kind, response=response, reason=reason, section=section
    )
    if (
        reflection.version_id != draft.based_on_id
        or reflection.status != Reflection.Status.APPROVED
    ):
        raise _not_on_the_consulted_version(draft)
    disposition, _created = Disposition.objects.update_or_create(
        reflection=reflection,
        defaults={
            "version": draft,
            "kind": kind,
            "response": response,
            "reason": reason,
            "section": section,
            "decided_by": by,
        },
    )
    _event(
        draft,
        by=by,
        action=Action.DISPOSITION_RECORDED,
        from_status=draft.status,
        note=f"#{reflection.pk}: {disposition.get_kind_display()}",
    )
    # No email now: the disposition can still change; the author hears at adoption.
    return disposition


@transaction.atomic
def record_dispositions(
    reflection_ids,
    *,
    by,
    draft: PaperVersion,
    kind: str,
    response: str,
    reason: str = "",
    section: Section | None = None,
) -> int:
    """One answer for many reflections (a selection, a theme): each still gets its own
    disposition row and its own audit row, and can be overridden one by one afterwards.
    All or nothing; a constant number of queries however many reflections. Returns how many."""
    _check(by)
    draft = _lock(draft)
    response, reason, section = _checked_answer(
        draft, kind=kind, response=response, reason=reason, section=section
    )
    wanted = sorted({int(pk) for pk in reflection_ids})
    if not wanted:
        raise InvalidTransition(_("Kies eerst de reflecties."))
    # Locked in one order, so two editors answering overlapping selections take turns: the
    # later one's answer stands, and both are in the audit trail.
    locked_ids = list(
        Reflection.objects.select_for_update()
        .filter(pk__in=wanted, version_id=draft.based_on_id, status=Reflection.Status.APPROVED)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    if len(locked_ids) != len(wanted):
        raise _not_on_the_consulted_version(draft)
    Disposition.objects.bulk_create(
        [
            Disposition(
                reflection_id=pk, version=draft, kind=kind, response=response, reason=reason,
                section=section, decided_by=by,
            )
            for pk in locked_ids
        ],
        update_conflicts=True,
        unique_fields=["reflection"],
        update_fields=["version", "kind", "response", "reason", "section", "decided_by"],
    )  # fmt: skip
    label = Disposition.Kind(kind).label
    log_actions(
        PaperEvent,
        [
            {
                "version": draft, "actor": by, "action": Action.DISPOSITION_RECORDED,
                "from_status": draft.status, "to_status": draft.status,
                "note": f"#{pk}: {label}",
            }
            for pk in locked_ids
        ],
    )  # fmt: skip
    # bulk_create sends no signals: renew the pages of both versions once.
    bump_after_commit(draft.pk, draft.based_on_id)
    return len(locked_ids)


def record_dispositions_for_theme(theme, *, by, draft: PaperVersion, **answer) -> int:
    """One answer for every reflection that carries ``theme`` (a theme of the consulted
    version); the same step as for a selection, audited per reflection."""
    if theme.version_id != draft.based_on_id:
        raise InvalidTransition(
            _("Dit thema hoort niet bij %(version)s.") % {"version": draft.based_on}
        )
    ids = list(theme.assignments.values_list("reflection_id", flat=True))
    if not ids:
        raise InvalidTransition(_("Dit thema is nog aan geen enkele reflectie gegeven."))
    return record_dispositions(ids, by=by, draft=draft, **answer)
