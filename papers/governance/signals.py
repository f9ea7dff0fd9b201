"""A governance step changes what the consulted version's page shows (papers.caching)."""

from __future__ import annotations

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from papers.caching import bump_after_commit

from .models import BoardDecision, Disposition


@receiver([post_save, post_delete], sender=Disposition)
def disposition_changed(sender, instance: Disposition, **kwargs) -> None:
    # Shown under the reflection on the consulted version's page.
    bump_after_commit(instance.reflection.version_id)


@receiver([post_save, post_delete], sender=BoardDecision)
def decision_changed(sender, instance: BoardDecision, **kwargs) -> None:
    bump_after_commit(instance.version_id)
