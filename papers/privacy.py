"""What the papers app holds about a person, for the data export (civcare.accounts.services).

Subscriptions and the record of emails sent go with the account when it is deleted
(foreign keys cascade), so no eraser is needed.
"""

from civcare.accounts.services import register_exporter

from .models import SentNotification, Subscription


@register_exporter("followed_papers")
def export_subscriptions(user) -> list[dict]:
    return [
        {"paper": s.paper.code, "since": s.created_at.isoformat()}
        for s in Subscription.objects.filter(user=user).select_related("paper").order_by("pk")
    ]


@register_exporter("emails_about_papers")
def export_sent_notifications(user) -> list[dict]:
    return [
        {"event": n.key, "sent_at": n.sent_at.isoformat()}
        for n in SentNotification.objects.filter(user=user).order_by("pk")
    ]
