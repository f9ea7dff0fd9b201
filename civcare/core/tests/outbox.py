"""Moving the outbox through time in tests."""

import datetime

from django.db.models import F

from civcare.core.models import OutgoingEmail


def wait_in_outbox(minutes: float) -> None:
    """As if ``minutes`` passed for the emails waiting in the outbox: a moderator's decision
    is mailed only after the time in which it can be reopened."""
    OutgoingEmail.objects.filter(status=OutgoingEmail.Status.PENDING).update(
        next_attempt_at=F("next_attempt_at") - datetime.timedelta(minutes=minutes)
    )
