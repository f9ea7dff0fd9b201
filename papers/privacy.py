"""What the papers app holds about a person, for the data export (civcare.accounts.services).

Subscriptions go with the account when it is deleted (foreign keys cascade), so no eraser
is needed; the emails about a paper are in the outbox, which accounts exports and erases.
"""

from civcare.accounts.services import register_account_page_part, register_exporter

from . import following
from .models import Subscription


@register_account_page_part
def followed_papers(user) -> dict:
    return {"subscriptions": following.for_user(user)}


@register_exporter("followed_papers")
def export_subscriptions(user) -> list[dict]:
    return [
        {"paper": s.paper.code, "since": s.created_at.isoformat()}
        for s in Subscription.objects.filter(user=user).select_related("paper").order_by("pk")
    ]
