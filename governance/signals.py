"""A governance step changes what the consulted version's page shows (papers.caching)."""

from __future__ import annotations

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from papers.caching import bump_after_commit
from papers.models import PaperVersion
from reflections.models import ModerationEvent

from . import continuity
from .models import BoardDecision, Disposition


@receiver([post_save, post_delete], sender=Disposition)
def disposition_changed(sender, instance: Disposition, **kwargs) -> None:
    # Shown under the reflection on the consulted version's page.
    bump_after_commit(instance.reflection.version_id)


@receiver([post_save, post_delete], sender=BoardDecision)
def decision_changed(sender, instance: BoardDecision, **kwargs) -> None:
    bump_after_commit(instance.version_id)


@receiver(post_save, sender=ModerationEvent)
def passage_published(sender, instance: ModerationEvent, created: bool, **kwargs) -> None:
    """A reflection on a passage published while the next version is being drafted (the
    moderators may still decide after the consultation closed): where its passage stands
    is worked out at once, like the others'."""
    if not created or instance.action != ModerationEvent.Action.APPROVED:
        return
    reflection = instance.reflection
    if reflection.quote_paragraph is None:
        return
    draft = PaperVersion.objects.filter(
        based_on_id=reflection.version_id, status=PaperVersion.Status.DRAFT
    ).first()
    if draft is not None:
        continuity.resolve_passages(
            draft, sections=draft.sections.filter(copied_from_id=reflection.section_id)
        )
