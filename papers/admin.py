from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from civcare.core.admin import ViewOnlyAdmin

from .models import (
    FROZEN_STATUSES,
    Paper,
    PaperEvent,
    PaperVersion,
    Question,
    QuestionGroup,
    QuestionSet,
    Section,
    Series,
    Source,
    Subscription,
)


@admin.register(Series)
class SeriesAdmin(admin.ModelAdmin):
    list_display = ["code", "title", "name"]
    search_fields = ["code", "title", "name"]


class VersionInline(admin.TabularInline):
    model = PaperVersion
    fields = ["major", "minor", "status", "date", "document_code"]
    readonly_fields = ["status"]
    extra = 0
    show_change_link = True


@admin.register(Paper)
class PaperAdmin(admin.ModelAdmin):
    list_display = ["code", "title", "series"]
    list_filter = ["series"]
    search_fields = ["code", "title", "subtitle"]
    inlines = [VersionInline]


class SectionInline(admin.StackedInline):
    model = Section
    fields = ["order", "number", "title", "anchor", "kind", "body"]
    extra = 0
    show_change_link = True


class SectionQuestionInline(admin.TabularInline):
    model = Question
    fk_name = "section"
    fields = ["order", "number", "text", "anchor"]
    extra = 0


class GroupQuestionInline(SectionQuestionInline):
    fk_name = "group"


class SourceInline(admin.TabularInline):
    model = Source
    fields = ["order", "title", "url"]
    readonly_fields = ["order", "title", "url"]
    extra = 0
    can_delete = False
    verbose_name_plural = _("bronnen (afgeleid uit de tekst van de sectie)")

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(PaperVersion)
class PaperVersionAdmin(admin.ModelAdmin):
    list_display = ["__str__", "status", "date", "document_code"]
    list_filter = ["status", "paper"]
    search_fields = ["paper__code", "paper__title", "document_code"]
    list_select_related = ["paper"]
    # Status changes go through the workflow (with audit trail), never through a form field.
    readonly_fields = ["status", "created_at", "updated_at"]
    inlines = [SectionInline]
    ordering = ["paper__code", "major", "minor"]


@admin.register(Section)
class SectionAdmin(admin.ModelAdmin):
    list_display = ["heading", "version", "order", "anchor", "change_type"]
    list_filter = ["version__paper", "version"]
    search_fields = ["title", "body", "version__paper__code"]
    list_select_related = ["version__paper"]
    ordering = ["version", "order"]
    inlines = [SectionQuestionInline, SourceInline]

    def get_readonly_fields(self, request, obj=None):
        # An adopted version is never edited in place; a correction is a new version.
        if obj is not None and obj.version.status in FROZEN_STATUSES:
            return [f.name for f in Section._meta.fields if f.editable]
        return []


class QuestionGroupInline(admin.StackedInline):
    model = QuestionGroup
    fields = ["order", "label", "title", "intro", "is_closing", "sections"]
    filter_horizontal = ["sections"]
    extra = 0
    show_change_link = True

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        # Only sections of the same version can be linked to a group.
        if db_field.name == "sections" and request.resolver_match.kwargs.get("object_id"):
            question_set = QuestionSet.objects.filter(
                pk=request.resolver_match.kwargs["object_id"]
            ).first()
            if question_set:
                kwargs["queryset"] = Section.objects.filter(version=question_set.version_id)
        return super().formfield_for_manytomany(db_field, request, **kwargs)


@admin.register(QuestionSet)
class QuestionSetAdmin(admin.ModelAdmin):
    list_display = ["__str__", "version"]
    list_select_related = ["version__paper"]
    search_fields = ["version__paper__code", "title"]
    inlines = [QuestionGroupInline]


@admin.register(QuestionGroup)
class QuestionGroupAdmin(admin.ModelAdmin):
    list_display = ["heading", "question_set", "order"]
    list_filter = ["question_set__version__paper"]
    search_fields = ["title", "questions__text"]
    list_select_related = ["question_set__version__paper"]
    filter_horizontal = ["sections"]
    inlines = [GroupQuestionInline]
    ordering = ["question_set", "order"]

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "sections" and request.resolver_match.kwargs.get("object_id"):
            group = (
                QuestionGroup.objects.filter(pk=request.resolver_match.kwargs["object_id"])
                .select_related("question_set")
                .first()
            )
            if group:
                kwargs["queryset"] = Section.objects.filter(version=group.question_set.version_id)
        return super().formfield_for_manytomany(db_field, request, **kwargs)


@admin.register(Question)
class QuestionAdmin(admin.ModelAdmin):
    list_display = ["__str__", "version", "group", "section", "anchor"]
    list_filter = ["version__paper", "version"]
    search_fields = ["text", "anchor"]
    list_select_related = ["version__paper", "group", "section"]
    readonly_fields = ["version"]


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    """Sources are derived from the text of a 'Bronnen' section; edit that section instead."""

    list_display = ["title", "url", "section"]
    search_fields = ["title", "url"]
    list_select_related = ["section__version__paper"]
    readonly_fields = ["section", "order", "title", "url"]

    def has_add_permission(self, request):
        return False


@admin.register(PaperEvent)
class PaperEventAdmin(ViewOnlyAdmin):
    list_display = ["created_at", "action", "version", "actor", "from_status", "to_status"]
    list_filter = ["action"]
    list_select_related = ["version__paper", "actor"]
    readonly_fields = [f.name for f in PaperEvent._meta.fields]


@admin.register(Subscription)
class SubscriptionAdmin(admin.ModelAdmin):
    """Who follows which paper; people manage this themselves (Mijn account)."""

    list_display = ["paper", "user", "created_at"]
    list_filter = ["paper"]
    list_select_related = ["paper", "user"]
    search_fields = ["user__email", "user__display_name"]
    readonly_fields = ["paper", "user", "created_at"]

    def has_add_permission(self, request):
        return False
