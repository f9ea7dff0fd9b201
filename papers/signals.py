"""Invalidate cached paper pages exactly when what they show changes (see papers.caching)."""

from __future__ import annotations

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from .caching import bump_after_commit
from .models import (
    Paper,
    PaperEvent,
    PaperVersion,
    Question,
    QuestionGroup,
    QuestionSet,
    Section,
    Series,
)


@receiver(post_save, sender=PaperEvent)
def version_changed(sender, instance: PaperEvent, created: bool, **kwargs) -> None:
    if instance.action == PaperEvent.Action.CONSULTATION_OPENED:
        bump_after_commit()  # other papers' "aangekondigd" may have become a link
    bump_after_commit(instance.version_id)


@receiver([post_save, post_delete], sender=PaperVersion)
@receiver([post_save, post_delete], sender=QuestionSet)
@receiver([post_save, post_delete], sender=Section)
@receiver([post_save, post_delete], sender=Question)
def content_changed(sender, instance, **kwargs) -> None:
    version_id = instance.pk if sender is PaperVersion else instance.version_id
    bump_after_commit(version_id)


@receiver([post_save, post_delete], sender=QuestionGroup)
def group_changed(sender, instance: QuestionGroup, **kwargs) -> None:
    bump_after_commit(instance.question_set.version_id)


@receiver(m2m_changed, sender=QuestionGroup.sections.through)
def group_sections_changed(sender, instance, action: str, **kwargs) -> None:
    if action.startswith("post_") and isinstance(instance, QuestionGroup):
        bump_after_commit(instance.question_set.version_id)


@receiver([post_save, post_delete], sender=Paper)
@receiver([post_save, post_delete], sender=Series)
def everything_changed(sender, instance, **kwargs) -> None:
    bump_after_commit()
