"""What became of each published reflection (verwerking), one disposition each, and each
value it had kept in its history (DispositionRecord). One answer for many reflections is a
bulk step (transitions/bulk.py)."""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from civcare.core.audit import InvalidTransition
from papers.models import PaperVersion, Section
from reflections.models import Reflection

from ..models import MSG_DISPOSITIONS_FIXED, Disposition, DispositionRecord
from .base import Action, Status, _check, _event, _lock


def _checked_answer(
    draft: PaperVersion, *, kind: str, response: str, reason: str, section: Section | None
) -> tuple[str, str, Section | None]:
    """The answer as it will be stored, or a refusal that says what is missing."""
    if draft.status != Status.DRAFT:
        raise InvalidTransition(str(MSG_DISPOSITIONS_FIXED))
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
    record = DispositionRecord.objects.create(
        reflection=reflection, version=draft, kind=kind, section=section, response=response,
        reason=reason, decided_by=by,
    )  # fmt: skip
    disposition, _created = Disposition.objects.update_or_create(
        reflection=reflection,
        defaults={
            "version": draft,
            "kind": kind,
            "response": response,
            "reason": reason,
            "section": section,
            "decided_by": by,
            "record": record,
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
