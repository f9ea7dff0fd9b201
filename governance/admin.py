from __future__ import annotations

from django.contrib import admin

from .models import (
    BoardDecision,
    Disposition,
    PassageResolution,
    SectionPrompt,
    Theme,
    ThemeAssignment,
)


@admin.register(BoardDecision)
class BoardDecisionAdmin(admin.ModelAdmin):
    """Recorded through the editor screens (/redactie/), which also write the audit trail."""

    list_display = ["version", "decided_on", "reference", "recorded_by"]
    list_select_related = ["version__paper", "recorded_by"]
    readonly_fields = ["version", "decided_on", "reference", "minutes_url", "recorded_by"]

    def has_add_permission(self, request):
        return False


@admin.register(Disposition)
class DispositionAdmin(admin.ModelAdmin):
    list_display = ["reflection", "kind", "version", "section", "decided_by", "updated_at"]
    list_filter = ["kind", "version__paper"]
    list_select_related = ["version__paper", "section", "decided_by", "reflection"]
    search_fields = ["response", "reason"]
    readonly_fields = [
        "reflection",
        "version",
        "kind",
        "section",
        "response",
        "reason",
        "decided_by",
    ]

    def has_add_permission(self, request):
        return False


@admin.register(SectionPrompt)
class SectionPromptAdmin(admin.ModelAdmin):
    """Set through the editor screens (a section's "aanleiding"), which write the audit trail."""

    list_display = ["section", "reflection"]
    list_select_related = ["section__version__paper", "reflection"]
    readonly_fields = ["section", "reflection"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class ThemeAssignmentInline(admin.TabularInline):
    model = ThemeAssignment
    fields = ["reflection", "assigned_by", "assigned_at"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Theme)
class ThemeAdmin(admin.ModelAdmin):
    """Kept through the editor screens and their transitions, which write the audit trail."""

    list_display = ["name", "version", "order", "created_at"]
    list_filter = ["version__paper"]
    list_select_related = ["version__paper"]
    search_fields = ["name", "description"]
    readonly_fields = ["version", "name", "description", "order", "created_at"]
    inlines = [ThemeAssignmentInline]

    def has_add_permission(self, request):
        return False


@admin.register(PassageResolution)
class PassageResolutionAdmin(admin.ModelAdmin):
    """Worked out by the platform and confirmed or corrected on the editors' Passages page
    (/redactie/…/passages/), which writes the audit trail: read-only here."""

    list_display = ["reflection", "version", "status", "paragraph", "similarity", "is_confirmed"]
    list_filter = ["status", "is_confirmed", "is_corrected", "version__paper"]
    list_select_related = ["reflection", "version__paper"]
    readonly_fields = [
        "reflection", "version", "section", "paragraph", "anchor", "status", "found",
        "similarity", "is_confirmed", "is_corrected", "confirmed_by", "updated_at",
    ]  # fmt: skip
    fields = readonly_fields

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
