from django.contrib import admin, messages
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .models import Document, OutgoingEmail


class ViewOnlyAdmin(admin.ModelAdmin):
    """A record kept by the site itself (an audit log, an index): to look at, never to
    add to, change or delete from by hand."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(OutgoingEmail)
class OutgoingEmailAdmin(admin.ModelAdmin):
    """The outbox: what went out, what waits and why (the mail server's last answer), what
    was given up after five attempts. Delivered mail is removed after MAIL_RETENTION_DAYS."""

    list_display = ["created_at", "subject", "to", "topic", "status", "attempts", "sent_at"]
    list_filter = ["status", "topic"]
    search_fields = ["to", "subject", "key"]
    date_hierarchy = "created_at"
    readonly_fields = [
        "recipient", "to", "from_email", "subject", "body", "html_body", "headers", "topic",
        "key", "status", "attempts", "next_attempt_at", "last_error", "created_at", "sent_at",
    ]  # fmt: skip
    exclude = ["claim"]
    actions = ["retry_now"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.action(description=_("Opnieuw proberen bij de volgende ronde"))
    def retry_now(self, request, queryset):
        count = queryset.exclude(status=OutgoingEmail.Status.SENT).update(
            status=OutgoingEmail.Status.PENDING,
            attempts=0,
            next_attempt_at=timezone.now(),
            claim="",
        )
        self.message_user(
            request,
            ngettext(
                "%(n)d e-mail gaat mee met de volgende ronde.",
                "%(n)d e-mails gaan mee met de volgende ronde.",
                count,
            )
            % {"n": count},
            messages.SUCCESS,
        )


@admin.register(Document)
class DocumentAdmin(ViewOnlyAdmin):
    """The PDFs the background job makes ahead (civcare.core.documents): which are current,
    which wait for it, how long each took. The job makes and removes them."""

    list_display = ["kind", "subject", "language", "is_current", "rendered_at", "render_seconds",
                    "asked_at", "claimed_until"]  # fmt: skip
    list_filter = ["kind", "language"]
    exclude = ["content", "claim"]

    @admin.display(boolean=True, description=_("actueel"))
    def is_current(self, document: Document) -> bool:
        return bool(document.wanted) and document.state == document.wanted

    def get_queryset(self, request):
        return super().get_queryset(request).defer("content")
