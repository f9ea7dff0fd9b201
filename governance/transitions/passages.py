"""An editor confirms or corrects where a reflection's passage stands in the next version
(governance.continuity): audited, and only while that version is being prepared."""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from civcare.core.audit import InvalidTransition
from papers.caching import bump_after_commit
from reflections import paragraphs

from .. import continuity
from ..models import PassageResolution
from .base import Action, _check, _event, _lock

MSG_NOT_A_DRAFT = gettext_lazy(
    "De plaats van een passage kan alleen worden bevestigd of gecorrigeerd zolang de nieuwe "
    "versie in voorbereiding is."
)
MSG_NO_SUCH_PARAGRAPH = gettext_lazy("Die alinea staat niet in deze sectie van de nieuwe versie.")


def _locked(resolution: PassageResolution) -> PassageResolution:
    version = _lock(resolution.version)
    if not version.is_editable:
        raise InvalidTransition(str(MSG_NOT_A_DRAFT))
    resolution = (
        # Only this row is locked: its section may be empty (an outer join PostgreSQL
        # cannot lock).
        PassageResolution.objects.select_for_update(of=("self",))
        .select_related("reflection", "section")
        .get(pk=resolution.pk)
    )
    resolution.version = version
    return resolution


@transaction.atomic
def confirm_passage(resolution: PassageResolution, *, by) -> PassageResolution:
    """The mapping is right as the platform found it."""
    _check(by)
    resolution = _locked(resolution)
    resolution.is_confirmed, resolution.confirmed_by = True, by
    resolution.save(update_fields=["is_confirmed", "confirmed_by", "updated_at"])
    _event(
        resolution.version,
        by=by,
        action=Action.PASSAGE_CONFIRMED,
        from_status=resolution.version.status,
        note=_("reflectie #%(pk)s: %(status)s")
        % {"pk": resolution.reflection_id, "status": resolution.get_status_display()},
    )
    bump_after_commit(resolution.reflection.version_id)
    return resolution


@transaction.atomic
def correct_passage(
    resolution: PassageResolution, *, by, paragraph: int | None
) -> PassageResolution:
    """The passage is (became) ``paragraph`` of its section in the new version, or is gone
    (None)."""
    _check(by)
    resolution = _locked(resolution)
    reflection = resolution.reflection
    section = resolution.version.sections.filter(copied_from_id=reflection.section_id).first()
    target = section.paragraph(paragraph) if section is not None and paragraph else None
    if paragraph is not None and target is None:
        raise InvalidTransition(str(MSG_NO_SUCH_PARAGRAPH))
    before = resolution.get_status_display()
    fields = continuity.mapping_to(reflection, section, target)
    for name, value in fields.items():
        setattr(resolution, name, value)
    resolution.is_confirmed = resolution.is_corrected = True
    resolution.confirmed_by = by
    resolution.save()
    _event(
        resolution.version,
        by=by,
        action=Action.PASSAGE_CORRECTED,
        from_status=resolution.version.status,
        note=_("reflectie #%(pk)s: %(before)s → %(after)s")
        % {
            "pk": reflection.pk,
            "before": before,
            "after": (
                # named as readers see it, as on the passages page
                _("%(place)s (%(status)s)")
                % {
                    "place": paragraphs.name_of(section, paragraph),
                    "status": resolution.get_status_display(),
                }
                if paragraph is not None
                else resolution.get_status_display()
            ),
        },
    )
    bump_after_commit(reflection.version_id)
    return resolution
