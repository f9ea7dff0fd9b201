"""Groups of similar reflections (a text posted twice, a text copied by several people): the
editor groups what papers.governance.similarity suggests, so one theme and one disposition
serve the group (forming one is a bulk step, transitions/bulk.py). Audited on the consulted
version, naming every reflection."""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from ..models import SimilarityGroup
from .base import Action, _check, _coding_allowed, _event, _lock, _numbers


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
