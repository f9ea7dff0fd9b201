"""Groups of similar reflections (a text posted twice, a text copied by several people): the
editor groups what governance.similarity suggests, so one theme and one disposition
serve the group (forming one is a bulk step, transitions/bulk.py). Audited on the consulted
version, naming every reflection."""

from __future__ import annotations

from decimal import Decimal

from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from civcare.core.audit import InvalidTransition
from papers.models import PaperVersion

from .. import similarity
from ..bulk import Ask
from ..models import BulkStep, SimilarityGroup, SimilarityThreshold
from .base import Action, _check, _coding_allowed, _event, _lock, _numbers
from .bulk import take_bulk_step


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


MSG_GROUP_CHANGED = gettext_lazy(
    "Deze groep is veranderd sinds u haar zag (er kwamen reflecties bij, of er werd al iets "
    "gegroepeerd). Bekijk haar hieronder opnieuw."
)
MSG_GROUP_GONE = gettext_lazy(
    "Deze reflecties vormen geen groep meer die op elkaar lijkt; er is niets gegroepeerd."
)


@transaction.atomic
def take_similar(version: PaperVersion, key: int, seen: str, *, by, name: str = "") -> BulkStep:
    """What the similar page proposed for the cluster of reflection ``key``, for all its
    members, exactly as the editor saw them (``seen``: Cluster.digest): a new group of all
    of them, the ones without a group joining the one group among them, or several groups
    merged into the largest (the others go, undone with the step). Refused when the cluster
    changed since it was shown: a reflection published or grouped since is never swept in
    unseen. Read under the version's lock, which every grouping step takes. ``name``: the
    name of a new group."""
    _check(by)
    # The pairs worked out before the lock, which every coding step on the version waits
    # for (seconds at 10,000 reflections when the job has not yet); under it, from the cache.
    similarity.pairs(version)
    similarity.meaning_pairs(version)
    version = _lock(version)
    _coding_allowed(version)
    found = similarity.cluster(version, key)
    if found is None:
        raise InvalidTransition(str(MSG_GROUP_GONE))
    if found.digest != seen or found.proposal == similarity.Proposal.DONE:
        raise InvalidTransition(str(MSG_GROUP_CHANGED))
    target = found.target
    ask = Ask(BulkStep.Action.GROUPED, group=target.pk if target is not None else None)
    step = take_bulk_step(
        version, ask, found.ids, by=by, replace=found.proposal == similarity.Proposal.MERGE
    )
    name = " ".join(name.split())
    if name and step.pk is not None and not step.joined:
        # Part of the step: undone, the group goes, and its name with it.
        step.group.name = name
        step.group.save(update_fields=["name"])
    return step


@transaction.atomic
def name_group(group: SimilarityGroup, name: str, *, by) -> SimilarityGroup:
    """Call the group ``name`` (empty: by its number again), shown wherever the group is
    (#29: "groups cannot be named"). Audited, with the name before and after."""
    _check(by)
    version = _lock(group.version)
    _coding_allowed(version)
    group = SimilarityGroup.objects.select_for_update().get(pk=group.pk)
    name = " ".join(name.split())
    if name == group.name:
        return group
    before = group.label
    group.name = name
    group.save(update_fields=["name"])
    _event(version, by=by, action=Action.GROUP_NAMED, from_status=version.status,
           note=f"{before} → {group.label}")  # fmt: skip
    return group


@transaction.atomic
def set_meaning_threshold(version: PaperVersion, *, by, meaning) -> SimilarityThreshold:
    """How alike in meaning two reflections must be for the similar page to show them side by
    side (a cosine, SimilarityThreshold.LOWEST to HIGHEST). Audited with the old and new."""
    _check(by)
    version = _lock(version)
    _coding_allowed(version)
    meaning = Decimal(str(meaning)).quantize(Decimal("0.01"))
    if not SimilarityThreshold.LOWEST <= meaning <= SimilarityThreshold.HIGHEST:
        raise InvalidTransition(
            _("Kies een drempel tussen %(low)s en %(high)s.")
            % {"low": SimilarityThreshold.LOWEST, "high": SimilarityThreshold.HIGHEST}
        )
    before = SimilarityThreshold.of(version)
    found, _created = SimilarityThreshold.objects.update_or_create(
        version=version, defaults={"meaning": meaning, "set_by": by}
    )
    _event(version, by=by, action=Action.SIMILARITY_THRESHOLD, from_status=version.status,
           note=f"{before} → {meaning}")  # fmt: skip
    return found
