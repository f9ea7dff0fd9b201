"""A reflection's moderation step invalidates the cached page of its version (papers.caching)."""

from collections import defaultdict

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from civcare.accounts.signals import public_name_changed
from civcare.core.generations import bump_scopes
from papers.caching import bump_targets_after_commit

from .models import ModerationEvent, Reflection
from .selectors import QUEUE_KEYS, target_key, target_key_of

Action = ModerationEvent.Action


@receiver(post_save, sender=ModerationEvent)
def queue_changed(sender, instance: ModerationEvent, **kwargs) -> None:
    """Every step (submit, decide, report, withdraw) may change the moderators' counts, and
    what the author sees of their own reflections awaiting moderation. Showing a reflection
    with or without a name counts nothing."""
    author_id = instance.reflection.author_id
    counts = instance.action != Action.PRESENTATION_CHANGED
    _renew_counts_and_own_views({author_id} if author_id else set(), counts=counts)


def _renew_counts_and_own_views(author_ids: set[int], *, counts: bool = True) -> None:
    """Now (this transaction reads its own writes) and again after the commit (others)."""
    if counts:
        cache.delete_many(QUEUE_KEYS)
        transaction.on_commit(lambda: cache.delete_many(QUEUE_KEYS))
    _renew_own_views(author_ids)


def _renew_own_views(author_ids: set[int]) -> None:
    scopes = [f"own:{author_id}" for author_id in sorted(author_ids)]
    bump_scopes(scopes)
    transaction.on_commit(lambda: bump_scopes(scopes))


@receiver(post_save, sender=ModerationEvent)
def publication_changed(sender, instance: ModerationEvent, created: bool, **kwargs) -> None:
    """Published, hidden, edited, withdrawn, declined after publication, or shown differently."""
    reflection = instance.reflection
    # A reply shows inside the reflection it answers, on the same target (submit gives it
    # its parent's section or question).
    targets = {reflection.version_id: {target_key(reflection)}}
    entered_or_left = instance.from_status != instance.to_status and Reflection.Status.APPROVED in (
        instance.from_status,
        instance.to_status,
    )
    if entered_or_left or instance.action in {
        Action.REVISION_APPROVED,  # the published text itself changed
        Action.REDACTED,  # the same, for a change published without what it named
    }:
        bump_targets_after_commit(targets)
    elif instance.action == Action.PRESENTATION_CHANGED and reflection.is_approved:
        # With or without a name, quotable or not: the pages that show this reflection; of
        # the site's own pages, only those naming authors. Before publication: nothing
        # public shows it (the author's own pages are renewed above).
        bump_targets_after_commit(targets, site=False)


def moderated_in_bulk(*, author_ids: set[int], targets: dict[int, set[tuple]]) -> None:
    """What the receivers above do for each step, once for a step applied to many
    reflections at once (reflections.moderation.bulk_approve, whose bulk insert sends no
    post_save): the counts, each author's own view, and the pages of the versions (their
    targets' parts of the paper page: ``{version id: {target, …}}``)."""
    _renew_counts_and_own_views(author_ids)
    if targets:
        bump_targets_after_commit(targets)


@receiver(public_name_changed)
def author_renamed(sender, user, **kwargs) -> None:
    """Every page that may show the old name: those showing a published reflection of theirs
    under their name (the blocks of its target on the paper page, its version's pages and
    the site's pages naming authors), and their own pages. Nothing else: a name can be
    changed by anyone with an account (within civcare.accounts' limit)."""
    named = (
        Reflection.objects.published()
        .filter(author=user, is_anonymous=False)
        .values_list("version_id", "section_id", "question_id")
    )
    targets: dict[int, set[tuple]] = defaultdict(set)
    for version_id, section_id, question_id in named:
        targets[version_id].add(target_key_of(section_id, question_id))
    if targets:
        bump_targets_after_commit(dict(targets), site=False)
    _renew_own_views({user.pk})
