from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from civcare.core.admin import ViewOnlyAdmin

from .models import (
    Claim,
    ModerationEvent,
    ModeratorNote,
    Reflection,
    ReflectionVector,
    Report,
    SavedReason,
    SearchEntry,
)


class EventInline(admin.TabularInline):
    model = ModerationEvent
    fields = ["created_at", "action", "actor", "from_status", "to_status", "reason"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


class ReportInline(admin.TabularInline):
    model = Report
    fields = ["created_at", "reporter", "reason", "resolved_at"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Reflection)
class ReflectionAdmin(admin.ModelAdmin):
    """Read and search; decisions are taken in /moderatie/ so that they are audited."""

    list_display = [
        "pk",
        "version",
        "status",
        "perspective",
        "author",
        "is_anonymous",
        "created_at",
    ]
    list_filter = ["status", "perspective", "version__paper", "is_anonymous", "may_quote"]
    search_fields = ["body", "author__display_name", "author__email"]
    list_select_related = ["version__paper", "author"]
    date_hierarchy = "created_at"
    readonly_fields = [
        "version",
        "section",
        "quote_anchor",
        "quote_exact",
        "question",
        "parent",
        "author",
        "perspective",
        "body",
        "status",
        "status_reason",
        "is_anonymous",
        "may_quote",
        "created_at",
        "submitted_at",
        "published_at",
        "report_count",
    ]
    fields = readonly_fields
    inlines = [EventInline, ReportInline]
    show_full_result_count = False

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(ModerationEvent)
class ModerationEventAdmin(ViewOnlyAdmin):
    list_display = ["created_at", "action", "reflection", "actor", "from_status", "to_status"]
    list_filter = ["action"]
    list_select_related = ["reflection__version__paper", "actor"]
    readonly_fields = [
        "reflection",
        "actor",
        "action",
        "from_status",
        "to_status",
        "reason_code",
        "reason",
        "created_at",
    ]
    show_full_result_count = False


@admin.register(Report)
class ReportAdmin(admin.ModelAdmin):
    list_display = ["created_at", "reflection", "reporter", "resolved_at"]
    list_filter = [("resolved_at", admin.EmptyFieldListFilter)]
    list_select_related = ["reflection__version__paper", "reporter"]
    readonly_fields = ["reflection", "reporter", "reason", "created_at", "resolved_at"]
    verbose_name_plural = _("meldingen")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    """Who has which item open; a stuck claim can be removed here (it also expires)."""

    list_display = ["reflection", "moderator", "expires_at"]
    list_select_related = ["reflection__version__paper", "moderator"]
    readonly_fields = ["reflection", "moderator", "expires_at"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(SearchEntry)
class SearchEntryAdmin(ViewOnlyAdmin):
    """What search finds: one entry per published reflection, kept by PostgreSQL itself (a
    trigger on the reflections). To look at, not to change: an entry that is missing or
    too many would be a fault of the trigger, to be reported."""

    list_display = ["reflection", "version_id", "parent_id"]
    readonly_fields = ["reflection", "version_id", "parent_id", "vector"]


@admin.register(ReflectionVector)
class ReflectionVectorAdmin(ViewOnlyAdmin):
    """Which published reflections have their vector (#31), made by the background job from
    which model: to see how far it got, not to change (the numbers themselves are not
    shown: they are derived from the text and say nothing to a reader)."""

    list_display = ["reflection", "model", "created_at"]
    fields = readonly_fields = ["reflection", "model", "digest", "created_at"]
    list_filter = ["model"]


@admin.register(ModeratorNote)
class ModeratorNoteAdmin(admin.ModelAdmin):
    """Internal notes are written on the moderation page; here they are read only."""

    list_display = ["created_at", "reflection", "author"]
    list_select_related = ["reflection__version__paper", "author"]
    search_fields = ["body"]
    readonly_fields = ["reflection", "author", "body", "created_at"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(SavedReason)
class SavedReasonAdmin(admin.ModelAdmin):
    list_display = ["title", "use", "order"]
    list_filter = ["use"]
    search_fields = ["title", "text"]
