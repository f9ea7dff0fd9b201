"""What the papers app holds about a person, for the data export (civcare.accounts.services).

Subscriptions and the record of emails sent go with the account when it is deleted
(foreign keys cascade), so no eraser is needed.
"""

from civcare.accounts.services import register_exporter

from .models import Notification, Subscription


@register_exporter("followed_papers")
def export_subscriptions(user) -> list[dict]:
    return [
        {"paper": s.paper.code, "since": s.created_at.isoformat()}
        for s in Subscription.objects.filter(user=user).select_related("paper").order_by("pk")
    ]


@register_exporter("emails_about_papers")
def export_notifications(user) -> list[dict]:
    return [
        {
            "paper": n.version.paper.code,
            "version": n.version.number,
            "event": n.event,
            "status": n.status,
            "sent_at": n.sent_at.isoformat() if n.sent_at else None,
        }
        for n in Notification.objects.filter(user=user)
        .select_related("version__paper")
        .order_by("pk")
    ]
