"""Who is reading which waiting item: a soft lock between moderators.

Opening an item claims it for MODERATION_CLAIM_MINUTES; the other moderators then see
"in behandeling bij …" on the queue card and on the item, and "alle N" publishing passes it
by. It is a courtesy that expires, not a guarantee: every transition locks the row and
refuses a second decision, whatever the claims say.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from .models import Claim, Reflection


def _expiry() -> datetime.datetime:
    return timezone.now() + datetime.timedelta(minutes=settings.MODERATION_CLAIM_MINUTES)


def take(reflection: Reflection, moderator) -> Claim | None:
    """Claim ``reflection`` for ``moderator`` (renewing their own claim). Returns the claim
    of another moderator that still holds, in which case nothing changes."""
    now = timezone.now()
    try:
        with transaction.atomic():
            held = (
                Claim.objects.select_for_update()
                .select_related("moderator")
                .filter(reflection=reflection)
                .first()
            )
            if held is not None and held.moderator_id != moderator.pk and held.expires_at > now:
                return held
            if held is None:
                Claim.objects.create(
                    reflection=reflection, moderator=moderator, expires_at=_expiry()
                )
            else:
                held.moderator, held.expires_at = moderator, _expiry()
                held.save(update_fields=["moderator", "expires_at"])
    except IntegrityError:  # claimed by another at the very same moment
        return Claim.objects.select_related("moderator").filter(reflection=reflection).first()
    return None


def end(reflection_ids) -> None:
    """A decision was taken: whoever held these items holds them no longer."""
    Claim.objects.filter(reflection_id__in=list(reflection_ids)).delete()


def held_by_others(moderator):
    """The claims of other moderators that still hold (a queryset, for filters)."""
    return Claim.objects.filter(expires_at__gt=timezone.now()).exclude(moderator=moderator)


def on_page(reflections, moderator) -> dict[int, Claim]:
    """Other moderators' live claims on these reflections, by reflection id (one query, also
    for none: the page's query count does not depend on what it holds)."""
    return {
        claim.reflection_id: claim
        for claim in held_by_others(moderator)
        .filter(reflection_id__in=[r.pk for r in reflections] or [0])
        .select_related("moderator")
    }
