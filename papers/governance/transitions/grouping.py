"""Groups of similar reflections (a text posted twice, a text copied by several people): the
editor groups what papers.governance.similarity suggests, so one theme and one disposition
serve the group. Audited on the consulted version, naming every reflection."""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from civcare.core.audit import InvalidTransition
from papers.models import PaperVersion

from ..models import SimilarityGroup, SimilarityMember
from .base import Action, _check, _coding_allowed, _event, _lock, _numbers, _reflections_of


@transaction.atomic
def form_group(version: PaperVersion, reflection_ids, *, by) -> SimilarityGroup:
    """Group at least two published reflections on ``version``. A reflection already in a
    group moves to the new one (a group left with one member is dissolved): the editor's
    last grouping stands."""
    _check(by)
    version = _lock(version)
    _coding_allowed(version)
    ids = _reflections_of(version, reflection_ids)
    if len(ids) < 2:
        raise InvalidTransition(_("Een groep bestaat uit minstens twee reflecties."))
    earlier = set(
        SimilarityMember.objects.filter(reflection_id__in=ids).values_list("group_id", flat=True)
    )
    SimilarityMember.objects.filter(reflection_id__in=ids).delete()
    group = SimilarityGroup.objects.create(version=version, formed_by=by)
    SimilarityMember.objects.bulk_create(
        [SimilarityMember(group=group, reflection_id=pk) for pk in ids]
    )
    _dissolve_lonely(earlier)
    note = _("Groep %(n)d: %(list)s") % {"n": group.pk, "list": _numbers(ids)}
    _event(version, by=by, action=Action.GROUP_FORMED, from_status=version.status, note=note)
    return group


def _dissolve_lonely(group_ids) -> None:
    for group in SimilarityGroup.objects.filter(pk__in=group_ids).prefetch_related("members"):
        if len(group.members.all()) < 2:
            group.delete()


@transaction.atomic
def dissolve_group(group: SimilarityGroup, *, by) -> None:
    """The reflections stay, with their themes and dispositions; only the group goes."""
    _check(by)
    version = _lock(group.version)
    _coding_allowed(version)
    group = SimilarityGroup.objects.select_for_update().get(pk=group.pk)
    ids = sorted(group.members.values_list("reflection_id", flat=True))
    note = _("Groep %(n)d: %(list)s") % {"n": group.pk, "list": _numbers(ids)}
    group.delete()
    _event(version, by=by, action=Action.GROUP_DISSOLVED, from_status=version.status, note=note)
